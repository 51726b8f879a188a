"""Issue 9, round 6 (blind15 as development set): wire datelines without a year dated by the day
the report was told, and sentences that name a meeting without reporting one (denied reports, a
country's long habit, a tour summed up over weeks, a speech at a gathering). Each on sentences
written for this test in the shape real reports use (never a test article's words)."""
from __future__ import annotations

from datetime import date

from timeline_app.ingest.extract import extract_document
from timeline_app.ingest.year_inference import infer_year
from helpers.reports import events, participants as people

SAVED = date(2026, 11, 30)


def test_the_weekday_the_report_was_told_dates_a_yearless_dateline() -> None:
    # "met ... on Saturday, the ministry said on Monday": the wire is filed on the Monday
    text = ("Turkish minister meets Qatari premier in Doha\n\n"
            "DOHA, Nov. 6 (Reuters) - Turkish Foreign Minister Hakan Fidan met Qatari "
            "Prime Minister Mohammed bin Abdulrahman Al Thani in Doha on Saturday, the Turkish foreign ministry said on Monday.\n\n"
            "The two discussed the war in Gaza and aid deliveries, the ministry said.\n")
    found = extract_document(text, saved_on=SAVED)
    assert found.articles[0].published == "2023-11-06"  # the one Monday within both men's terms
    assert [m.date for m in found.mentions] == ["2023-11-04"]


def test_the_telling_weekday_wins_over_the_meeting_weekday() -> None:
    monday, saturday = 0, 5
    assert infer_year(11, 7, SAVED, saturday, None, told_on=monday) == date(2022, 11, 7)
    assert infer_year(11, 7, SAVED, saturday) == date(2026, 11, 7)  # no telling weekday: the meeting's own


def test_a_dateline_closed_by_three_dashes_is_the_dateline() -> None:
    text = ("Omani minister receives envoy\n\n"
            "Salalah, 3 February 2025 (ONA) --- Foreign Minister Sayyid Badr bin Hamad Al Busaidi received "
            "at the ministry yesterday Hans Grundberg, the UN Special Envoy for Yemen.\n\n"
            "The meeting reviewed the situation in Yemen.\n")
    found = extract_document(text, saved_on=SAVED)
    assert found.articles[0].published == "2025-02-03"
    assert [m.date for m in found.mentions] == ["2025-02-02"]


def test_a_denied_report_of_a_meeting_is_no_meeting() -> None:
    found = events("A Pakistani official later denied reports that Ishaq Dar had secretly met with "
                   "Ahmad Massoud, the opposition leader, in Dushanbe.")
    assert not [m for m in found if "Ahmad Massoud" in people(m)]


def test_a_country_that_has_long_hosted_a_movement_reports_no_meeting() -> None:
    found = events("Amir Khan Muttaqi held talks in Islamabad on Tuesday with Pakistani Foreign Minister Ishaq Dar.\n\n"
                   "Turkey has long hosted the political leadership of Hamas, a role it says keeps a channel open.")
    assert len(found) == 1 and "Ishaq Dar" in people(found[0])


def test_a_tour_summed_up_over_the_weeks_after_an_event_is_no_meeting() -> None:
    found = events("Amir Khan Muttaqi held talks in Islamabad on Tuesday with Pakistani Foreign Minister Ishaq Dar.\n\n"
                   "Muttaqi toured the region in the months after the takeover, holding talks in Iran, Qatar and Turkey.")
    assert len(found) == 1 and found[0].date == "2021-03-09"
    assert "Qatar" not in people(found[0])


def test_a_speech_to_a_gatherings_session_is_no_meeting() -> None:
    found = events("The two-day conference in Beirut, organised by a solidarity group, was convened to reject the US proposal.\n\n"
                   "Hezbollah official Hashem Safieddine addressed the conference's closing session on Tuesday, "
                   "calling the US proposal an insult to the region.")
    assert found == []


def test_the_countrys_official_after_a_movements_negotiator_is_that_negotiator() -> None:
    # "the Palestinian official" after a Hamas man: the movement's man the article follows, of that country
    found = events("Hamas politburo member Osama Hamdan met Lebanese Parliament Speaker Nabih Berri in Beirut on Tuesday.\n\n"
                   "On Monday, the Palestinian official also met Iranian Foreign Minister Hossein Amir-Abdollahian, "
                   "who praised the resistance.")
    second = [m for m in found if "Hossein Amir-Abdollahian" in people(m)]
    assert [m.date for m in second] == ["2021-03-08"]
    assert "Osama Hamdan" in people(second[0]) and "Nabih Berri" not in people(second[0])


def test_the_content_of_talks_is_what_was_said_not_another_meeting() -> None:
    found = events("President Recep Tayyip Erdogan received Hamas leader Ismail Haniyeh in Istanbul on Monday.\n\n"
                   "Erdogan had said last month that he would keep the content of his talks with Haniyeh private.")
    assert [m.date for m in found] == ["2021-03-08"]


def test_in_a_separate_meeting_opens_another_meeting_of_the_same_trip() -> None:
    found = events("Turkish Foreign Minister Hakan Fidan met Hamas political bureau chief Ismail Haniyeh in Doha on Tuesday, "
                   "the ministry said.\n\n"
                   "In a separate meeting, Khalil al-Hayya, the movement's deputy head in Gaza, asked Turkey to press for "
                   "more aid deliveries, the ministry added.")
    hayya = [m for m in found if "Khalil al-Hayya" in people(m)]
    assert len(found) == 2 and len(hayya) == 1
    assert hayya[0].date == "2021-03-09" and "Hakan Fidan" in people(hayya[0]) and "Ismail Haniyeh" not in people(hayya[0])


def test_a_tally_of_rounds_is_no_meeting() -> None:
    found = events("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Hamas leader Ismail Haniyeh in Doha on Tuesday.\n\n"
                   "Qatari and Egyptian envoys held seven rounds of negotiations with Hamas in Cairo during 2019 before the process stalled.")
    assert [m.date for m in found] == ["2021-03-09"]


def test_a_minister_who_was_in_a_city_on_a_day_where_he_met_others_visited_it() -> None:
    found = events("Separately, US Defense Secretary Lloyd Austin was in Baghdad on Monday, where he issued a joint statement "
                   "with Iraqi Prime Minister Mohammed Shia al-Sudani.")
    visit = [m for m in found if "Lloyd Austin" in people(m)]
    assert [(m.date, m.type) for m in visit] == [("2021-03-08", "visit")]


def test_factions_received_at_a_residence_are_the_visitors_the_next_sentence_names() -> None:
    found = events("Lebanese President Michel Aoun on Tuesday received at his palace in Baabda delegations of Palestinian "
                   "factions attending a conference in Beirut, the presidency said.\n\n"
                   "The visitors included Hamas official Ali Baraka and Islamic Jihad official Mohammad al-Hindi.")
    assert len(found) == 1 and found[0].date == "2021-03-09"
    assert {"Michel Aoun", "Ali Baraka", "Mohammed al-Hindi"} <= people(found[0])


def test_a_meeting_between_another_man_of_a_side_and_the_same_visitor_is_another_meeting() -> None:
    found = events("Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on Tuesday.\n\n"
                   "Qatari media pointed to a meeting in Doha between Turkish intelligence chief Ibrahim Kalin and "
                   "Haniyeh, without giving a date.")
    fidan = [m for m in found if "Hakan Fidan" in people(m)]
    kalin = [m for m in found if "Ibrahim Kalin" in people(m)]
    assert len(fidan) == 1 and len(kalin) == 1 and fidan[0] is not kalin[0]


def test_the_delegations_meeting_with_another_man_of_the_side_is_another_meeting_that_day() -> None:
    found = events("A Pakistani delegation led by Foreign Minister Ishaq Dar met several senior Taliban officials in Kabul on Sunday.\n\n"
                   "Dar discussed trade with Amir Khan Muttaqi, the ministry said.\n\n"
                   "The Taliban's interior ministry wrote on X that the Pakistani delegation held a meeting with "
                   "Interior Minister Sirajuddin Haqqani.")
    haqqani = [m for m in found if "Sirajuddin Haqqani" in people(m)]
    assert len(found) == 2 and len(haqqani) == 1
    assert haqqani[0].date == "2021-03-07" and "Amir Khan Muttaqi" not in people(haqqani[0])
