"""Issue 9, round 6 (blind12/blind13): the date, trap and extra-event classes their first runs
showed, each on sentences written for this test in the shape real reports use (never a test
article's words, names or dates)."""
from __future__ import annotations

from datetime import date

from timeline_app.ingest.extract import extract_document
from timeline_app.ingest.year_inference import infer_year
from tests.test_report_round3 import events, people, with_person

SAVED = date(2024, 12, 1)


# ------------------------------------------------------------------ publication dates


def test_a_term_that_began_late_in_a_month_does_not_date_a_yearless_wire_earlier_that_month() -> None:
    """The minister took office on 27 September 2022: a 'Sept 22' wire that names him as minister
    and tells 'on Thursday' is of 2023 (22 September a Friday), not of 2022 (a Thursday, before his term)."""
    text = ("Saudi minister receives Yemeni negotiators\n\nRIYADH, Sept 22 \u2014 Saudi Defence Minister Prince Khalid bin Salman "
            "received on Thursday a Houthi delegation headed by Mohammed Abdulsalam, the Saudi Press Agency said.\n")
    result = extract_document(text, saved_on=SAVED)
    assert result.articles[0].published == "2023-09-22"
    assert [m.date for m in with_person(result.mentions, "Khalid bin Salman")] == ["2023-09-21"]


def test_infer_year_honours_a_term_given_to_the_day() -> None:
    term = [[(date(2022, 9, 27), None)]]
    assert infer_year(9, 22, SAVED, 3, term) == date(2023, 9, 22)  # Thursday told; 2022's Thursday lies before the term
    assert infer_year(9, 22, SAVED, 3, [[(date(2022, 9, 1), None)]]) == date(2022, 9, 22)


def test_the_weekday_a_yearless_wire_was_given_out_on_is_its_datelines_weekday() -> None:
    text = ("Qatar hosts Hamas leader\n\nDOHA, Nov 14 (Reuters) - Qatari mediators met Hamas leader Ismail Haniyeh in Doha on Sunday, "
            "the foreign ministry said on Tuesday, in the first such meeting since the truce collapsed.\n")
    result = extract_document(text, saved_on=SAVED)
    assert result.articles[0].published == "2023-11-14"  # 14 November a Tuesday (2021's was the Sunday itself)
    assert [m.date for m in with_person(result.mentions, "Ismail Haniyeh")] == ["2023-11-12"]


def test_a_yearless_place_and_agency_line_above_the_lede_dates_the_report() -> None:
    text = ("Hamas delegation in Cairo for truce talks\n\nCAIRO, May 14 (Wire service)\n\n"
            "Egyptian intelligence chief Abbas Kamel on Tuesday received a Hamas delegation headed by Khalil al-Hayya, "
            "an Egyptian official said.\n")
    result = extract_document(text, saved_on=SAVED)
    assert result.articles[0].published == "2024-05-14"  # the latest 14 May that was a Tuesday, in Kamel's term
    assert [m.date for m in with_person(result.mentions, "Khalil al-Hayya")] == ["2024-05-14"]


def test_a_line_of_dates_alone_under_the_lede_is_the_publication_stamp() -> None:
    text = ("ANKARA (AA) - Turkish Foreign Minister Hakan Fidan met on Monday with a Hamas delegation led by Khalil al-Hayya "
            "in Ankara, diplomatic sources said.\n\n17.06.2024 - Update : 17.06.2024\n\n"
            "The meeting at the ministry lasted about an hour, the sources said.\n")
    result = extract_document(text, saved_on=SAVED)
    assert result.articles[0].published == "2024-06-17"
    assert [m.date for m in with_person(result.mentions, "Khalil al-Hayya")] == ["2024-06-17"]


def test_a_place_date_and_agency_line_set_apart_by_bars_is_the_dateline() -> None:
    text = ("Cairo | 5 Mar 2024 | Reuters / agencies\n\nEgypt hosts Hamas negotiators\n\n"
            "Egyptian intelligence chief Abbas Kamel met a Hamas delegation led by Khalil al-Hayya in Cairo on Tuesday.\n")
    result = extract_document(text, saved_on=SAVED)
    assert result.articles[0].published == "2024-03-05"
    assert [m.date for m in with_person(result.mentions, "Khalil al-Hayya")] == ["2024-03-05"]


# ------------------------------------------------------------------ the day of a report


def test_the_same_evening_after_a_background_arrival_is_the_arrival_day() -> None:
    found = events("The Turkish ministers had landed in Doha on Sunday and met the same evening with Hamas leader Ismail Haniyeh, "
                   "state media reported.")
    meeting = with_person(found, "Ismail Haniyeh")
    assert [m.date for m in meeting] == ["2021-03-07"]
    assert len(found) == 1  # the arrival and the meeting of its evening are one event


def test_earlier_in_the_day_after_a_meeting_dated_by_its_publication_is_that_day() -> None:
    found = events("Iranian Foreign Minister Mohammad Javad Zarif has met Parliament Speaker Nabih Berri in Beirut, his office says.\n\n"
                   "Earlier in the day the minister met and held talks with Prime Minister Hassan Diab at the Grand Serail.")
    diab = with_person(found, "Hassan Diab")
    assert diab and diab[0].date == "2021-03-10"
    assert "Mohammad Javad Zarif" in people(diab[0]) and "Nabih Berri" not in people(diab[0])


def test_a_day_of_a_summit_still_to_be_held_does_not_date_the_call_that_mentions_it() -> None:
    found = events("Iraqi Prime Minister Mustafa al-Kadhimi held telephone conversations on Monday with the Emir of Qatar, "
                   "Sheikh Tamim bin Hamad Al Thani, and with Turkish President Recep Tayyip Erdogan.\n\n"
                   "In his call with President Erdogan, al-Kadhimi reviewed preparations for the regional summit to be held on Saturday, "
                   "in which Iraq will take part.")
    assert found and all(m.date == "2021-03-08" for m in found)


def test_a_day_of_a_death_in_an_apposition_is_not_the_visit_day_and_the_dead_is_no_participant() -> None:
    found = events("Iranian Foreign Minister Mohammad Javad Zarif met Prime Minister Hassan Diab in Beirut on Tuesday.\n\n"
                   "On his previous visit in January he had paid condolences over Qassem Soleimani, the commander killed in a strike "
                   "near Baghdad airport on 3 January, and attended a memorial at which Soleimani's portrait hung beside the stage.")
    assert not with_person(found, "Qassem Soleimani")
    assert all(m.date != "2021-01-03" for m in found)


# ------------------------------------------------------------------ reports kept and dropped


def test_what_the_sides_said_after_the_talks_does_not_negate_them() -> None:
    found = events("The third round of negotiations between Iran and the Houthis ended on Monday in Muscat after four days of meetings, "
                   "with both sides saying a final text was not yet agreed.")
    assert [m.date for m in found] == ["2021-03-08"]


def test_a_trailing_attribution_in_a_post_that_showed_them_keeps_the_report() -> None:
    found = events("On the sidelines, Turkish Foreign Minister Mevlut Cavusoglu met Hamas officials Khaled Mashal and Mousa Abu Marzouk, "
                   "the ministry said in a post that showed the three men seated together.")
    assert with_person(found, "Khaled Mashal") and with_person(found, "Mevlut Cavusoglu")


def test_receiving_a_body_is_no_meeting() -> None:
    for sentence in ("Qatar had received Qassem Soleimani's body late on Tuesday from Baghdad.",
                     "Iraqi officials received the coffin of the commander at Baghdad airport on Tuesday."):
        found = events("Iraqi Prime Minister Adel Abdul Mahdi met Iranian Foreign Minister Mohammad Javad Zarif in Baghdad on Monday.\n\n"
                       + sentence)
        assert [m.date for m in found] == ["2021-03-08"], sentence


def test_an_arrival_on_the_day_of_a_meeting_dated_by_publication_is_that_meeting() -> None:
    found = events("Before the ceremony, Lebanese President Michel Aoun received Mohammad Javad Zarif and Ali Larijani at the Baabda palace.\n\n"
                   "Larijani had arrived on Tuesday, a day after the airport reopened. Zarif flew in on Wednesday morning.")
    wednesday = [m for m in found if m.date == "2021-03-10"]
    assert len(wednesday) == 1 and {"Michel Aoun", "Mohammad Javad Zarif"} <= people(wednesday[0])


def test_who_flew_in_with_a_delegation_just_told_is_its_member_not_a_visit() -> None:
    found = events("Qatari and Egyptian delegations held talks in Gaza on Monday with Hamas leader Yahya Sinwar, the movement said.\n\n"
                   "Hamas official Khalil al-Hayya, who lives in Doha, flew in with the Qatari delegation.")
    assert len(found) == 1 and {"Yahya Sinwar", "Khalil al-Hayya"} <= people(found[0])


def test_a_subject_named_by_three_words_and_office_is_the_visitor() -> None:
    found = events("Ali Larijani, the secretary of Iran's security council, met President Michel Aoun in Beirut on Monday.\n\n"
                   "On Monday evening, the top Iranian security official met with Hezbollah Secretary General Hassan Nasrallah.")
    nasrallah = with_person(found, "Hassan Nasrallah")
    assert nasrallah and "Ali Larijani" in people(nasrallah[0]) and "Michel Aoun" not in people(nasrallah[0])


def test_co_hosts_opening_a_session_together_do_not_meet_each_other() -> None:
    found = events("Qatar's Foreign Minister Mohammed bin Abdulrahman Al Thani opened Monday's session of the Doha conference "
                   "alongside UN envoy Deborah Lyons.")
    assert found == []
    found = events("Egypt's intelligence chief Abbas Kamel chaired Monday's meeting with the Hamas delegation alongside Qatari envoy Mohammed al-Emadi.")
    assert with_person(found, "Abbas Kamel")  # a meeting 'with' its other side is still one


def test_a_summary_of_a_trip_with_two_unnamed_sides_does_not_join_one_meeting() -> None:
    found = events("Iran's Foreign Minister Mohammad Javad Zarif has held talks with senior Lebanese officials and with Hezbollah's leadership "
                   "during a two-day visit to Beirut.\n\n"
                   "Zarif met with Lebanese President Michel Aoun at Baabda Palace on Tuesday.\n\n"
                   "On Tuesday evening, the Iranian minister met with Hezbollah Secretary General Hassan Nasrallah.")
    aoun, nasrallah = with_person(found, "Michel Aoun"), with_person(found, "Hassan Nasrallah")
    assert aoun and nasrallah and aoun[0] is not nasrallah[0]
    assert "Hezbollah" not in {p.actor.name for p in aoun[0].participants}
    assert len(found) == 2  # the summary sentence is no third event


def test_a_joint_journey_to_one_meeting_is_one_event() -> None:
    found = events("In January, Qatari envoy Mohammed al-Emadi and an Egyptian delegation travelled to Gaza and sat down with "
                   "Hamas leader Yahya Sinwar.")
    assert len(found) == 1 and {"Mohammed al-Emadi", "Yahya Sinwar"} <= people(found[0])


def test_a_spokesman_named_so_once_is_not_a_participant_when_he_speaks_again() -> None:
    found = events("The fifth round of negotiations between the United States and the Taliban ended on Monday in Doha.\n\n"
                   "Taliban spokesman Suhail Shaheen said the two sides had discussed the withdrawal of foreign forces.\n\n"
                   "\"A sixth round is planned after Eid,\" Shaheen said.")
    assert found and not with_person(found, "Suhail Shaheen")


def test_the_organisers_of_a_gathering_are_no_delegation() -> None:
    found = events("Taliban representatives sat down on Monday with Afghan politicians in Doha at a conference organised by Qatar and Germany.")
    assert found and not {"Qatar", "Germany"} & {p.actor.name for m in found for p in m.participants}


def test_meeting_the_delegation_named_before_is_a_meeting_with_its_movement() -> None:
    found = events("A Hamas delegation arrived in Cairo on Saturday for talks on a prisoner exchange. Its members included Khalil al-Hayya.\n\n"
                   "On Sunday, before the talks, Egyptian intelligence chief Abbas Kamel met the delegation at his office to go over the agenda.")
    sunday = [m for m in found if m.date == "2021-03-07"]
    assert sunday and "Abbas Kamel" in people(sunday[0]) and "Hamas" in {p.actor.name for p in sunday[0].participants}


def test_delegations_at_a_funeral_ceremony_join_no_meeting() -> None:
    found = events("Tens of thousands of mourners gathered in Baghdad on Tuesday for the funeral of the slain commander.\n\n"
                   "Iranian Foreign Minister Mohammad Javad Zarif met Iraqi Prime Minister Adel Abdul Mahdi on Tuesday evening.\n\n"
                   "Delegations from Syria, Yemen and several other countries attended the ceremony at the stadium.")
    assert found and not {"Syria", "Yemen"} & {p.actor.name for m in found for p in m.participants}
