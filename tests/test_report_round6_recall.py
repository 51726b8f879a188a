"""Issue 9, round 6 (recall and who took part): events the blind12/blind13 first runs missed, by
class, each on sentences written for this test in the shape real reports use (never a test
article's words, names or dates)."""
from __future__ import annotations

from tests.test_report_round3 import events, people, with_person

_LEDE = "Egyptian President Abdel Fattah el-Sisi met Jordan's King Abdullah II in Cairo on Tuesday.\n\n"


def test_a_ruler_named_by_title_after_a_sentence_adverb_received_the_call() -> None:
    found = events(_LEDE + "Separately, the President received a phone call on Monday evening from "
                           "French President Emmanuel Macron, in which the two leaders discussed the region.")
    call = with_person(found, "Emmanuel Macron")
    assert len(call) == 1 and call[0].type == "call"
    assert people(call[0]) == {"Abdel Fattah el-Sisi", "Emmanuel Macron"}  # not the king of the sentence before
    assert call[0].date == "2021-03-08"


def test_a_royal_highness_named_by_office_received_the_call() -> None:
    found = events("Saudi Defence Minister Prince Khalid bin Salman received Iraqi Prime Minister "
                   "Mohammed Shia al-Sudani in Riyadh on Tuesday.\n\n"
                   "HRH the Minister of Defense also received a phone call on Monday from "
                   "US Secretary of State Antony Blinken, during which they reviewed the talks.")
    call = with_person(found, "Antony Blinken")
    assert len(call) == 1 and call[0].type == "call" and call[0].date == "2021-03-08"
    assert "Khalid bin Salman" in people(call[0]) and "Mohammed Shia al-Sudani" not in people(call[0])


def test_hours_earlier_is_the_day_of_the_meeting_just_told() -> None:
    found = events("Egyptian President Abdel Fattah el-Sisi received on Monday Jordan's King Abdullah II in Cairo.\n\n"
                   "Hours earlier, Abdullah met with Foreign Minister Sameh Shoukry at the ministry.")
    meeting = with_person(found, "Sameh Shoukry")
    assert len(meeting) == 1 and meeting[0].date == "2021-03-08"
    assert people(meeting[0]) == {"Abdullah II", "Sameh Shoukry"}


def test_a_sentence_glued_to_the_one_before_by_scraping_still_tells_its_meeting() -> None:
    found = events("Jordan's King Abdullah II met with Foreign Minister Sameh Shoukry in Cairo on Monday.In the meeting, "
                   "Shoukryunderlined that Egypt would keep up its support for a truce.")
    meeting = with_person(found, "Sameh Shoukry")
    assert len(meeting) == 1 and meeting[0].date == "2021-03-08"


def test_a_reported_meeting_between_him_and_someone_new_is_another_meeting() -> None:
    found = events("Jordan's King Abdullah II met with Foreign Minister Sameh Shoukry at the ministry in Cairo on Tuesday.\n\n"
                   "Egyptian media also pointed to a meeting in Cairo on Tuesday evening between Abdullah and the "
                   "intelligence chief, Major General Abbas Kamel, without giving details.")
    assert len(found) == 2
    kamel = with_person(found, "Abbas Kamel")
    assert len(kamel) == 1 and "Sameh Shoukry" not in people(kamel[0])


def test_talks_told_in_the_passive_take_their_sides_from_between() -> None:
    found = events("Under Qatari auspices, indirect talks were held in Doha on Tuesday between the delegation of Egypt, "
                   "headed by Foreign Minister Sameh Shoukry, and the delegation of Turkey, headed by Foreign Minister "
                   "Mevlut Cavusoglu, the ministry said.")
    assert len(found) == 1 and found[0].type == "talks" and found[0].date == "2021-03-09"
    assert {"Sameh Shoukry", "Mevlut Cavusoglu"} <= people(found[0])


def test_talks_between_other_sides_earlier_that_day_are_not_the_audience_just_told() -> None:
    found = events("Jordan's King Abdullah II received Egyptian Foreign Minister Sameh Shoukry in Amman on Tuesday.\n\n"
                   "Earlier in the day, the second round of the talks between the Egyptian delegation and the Turkish "
                   "delegation, headed by Mevlut Cavusoglu, was held in Amman with Jordanian mediation.")
    audience = with_person(found, "Abdullah II")
    assert len(audience) == 1 and "Mevlut Cavusoglu" not in people(audience[0])
    assert with_person(found, "Mevlut Cavusoglu")


def test_thanks_for_hosting_talks_between_two_states_add_no_side_and_no_event() -> None:
    found = events("Egyptian Foreign Minister Sameh Shoukry met Jordan's King Abdullah II in Amman on Wednesday and "
                   "thanked him for hosting the indirect talks between Egypt and Turkey.")
    assert len(found) == 1
    assert not any(p.actor.name == "Turkey" for p in found[0].participants)


def test_went_to_a_place_for_talks_with_someone_is_a_further_meeting_of_the_trip() -> None:
    found = events("Egyptian Foreign Minister Sameh Shoukry had arrived in Beirut on Friday evening.\n\n"
                   "On Saturday he first met caretaker Prime Minister Najib Mikati at the Grand Serail. "
                   "He then went to Baabda for talks with President Michel Aoun, the presidency said.")
    talks = with_person(found, "Michel Aoun")
    assert len(talks) == 1 and people(talks[0]) == {"Sameh Shoukry", "Michel Aoun"}
    assert talks[0].date == "2021-03-06"


def test_discussions_held_under_a_hedge_are_still_held() -> None:
    found = events("Jordan's Foreign Minister Ayman Safadi spent Monday in Damascus, where he held what his ministry "
                   "called frank discussions with Syrian Foreign Minister Faisal Mekdad on the return of refugees.")
    assert len(found) == 1 and {"Ayman Safadi", "Faisal Mekdad"} <= people(found[0])
    assert found[0].date == "2021-03-08"


def test_received_by_one_and_held_talks_with_another_are_two_meetings_at_the_place_told() -> None:
    found = events("Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on Monday.\n\n"
                   "The Turkish minister, on a regional tour that had already taken him to Amman, Cairo and Riyadh, was also "
                   "received in Doha by the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, and held talks with Prime Minister "
                   "Sheikh Mohammed bin Abdulrahman Al Thani, the ministry said.")
    emir, premier = with_person(found, "Tamim bin Hamad Al Thani"), with_person(found, "Mohammed bin Abdulrahman Al Thani")
    assert len(emir) == 1 and len(premier) == 1 and emir[0] is not premier[0]
    assert people(premier[0]) == {"Hakan Fidan", "Mohammed bin Abdulrahman Al Thani"}
    for m in (emir[0], premier[0]):
        assert m.location == "Doha"  # the earlier stops of the tour are not the venue
        assert "Qatar" not in {p.actor.name for p in m.participants if p.role == "delegation"}  # the host at home


_TWO_STORY_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Jordan's king receives Egyptian minister | Desk</title>
<meta property="article:published_time" content="2021-03-09T10:00:00+02:00"></head><body>
<main><article><h1>Jordan's king receives Egyptian minister</h1>
<p>AMMAN -- Jordan's King Abdullah II received Egyptian Foreign Minister Sameh Shoukry in Amman on Tuesday, the royal court said,
and the two discussed the situation in the region and the coordination between their countries.</p>
<p>The minister carried a message from President Abdel Fattah el-Sisi, the court said, without giving its content.</p>
</article>
<section class="read-next"><h2>Read next</h2>
<article><h3>Turkish minister in Baghdad for talks</h3>
<p class="dl">BAGHDAD, Thursday 11 March 2021</p>
<p>Turkish Foreign Minister Mevlut Cavusoglu met Iraqi Prime Minister Mustafa al-Kadhimi in Baghdad on Wednesday, the Iraqi government said.</p>
<p>The two sides discussed water sharing and trade, and the minister also visited the Turkish embassy before flying home.</p>
</article>
<article><h3>Photos: spring in Amman</h3><p>A short caption line.</p></article>
</section></main></body></html>
"""


def test_a_second_full_story_printed_under_read_next_on_a_saved_page_is_read(tmp_path) -> None:
    import json

    from helpers.cli import run_cli

    page = tmp_path / "pages" / "two-stories.html"
    page.parent.mkdir()
    page.write_text(_TWO_STORY_PAGE, encoding="utf-8")
    db = str(tmp_path / "t.sqlite")
    assert run_cli(tmp_path, "ingest", "--db", db, str(page.parent)).returncode == 0
    exported = json.loads(run_cli(tmp_path, "export", "--db", db, "--format", "json").stdout)["events"]
    names = [{o["name"] for o in e["officials"]} for e in exported]
    assert {"Abdullah II", "Sameh Shoukry"} in [n & {"Abdullah II", "Sameh Shoukry"} for n in names]
    baghdad = [e for e, n in zip(exported, names) if "Mevlut Cavusoglu" in n]
    assert len(baghdad) == 1 and baghdad[0]["date"] == "2021-03-10"
    assert len(exported) == 2  # the teaser with one caption line is no story


def test_a_source_named_after_the_report_with_a_relative_that_does_not_hide_the_meeting() -> None:
    found = events("On the sidelines, Safadi met senior Hamas officials Mousa Abu Marzouk and Khalil al-Hayya and "
                   "offered condolences, the Jordanian Foreign Ministry said in a post that showed the three men together.",
                   dateline="AMMAN, 10 March 2021")
    meeting = with_person(found, "Khalil al-Hayya")
    assert len(meeting) == 1 and {"Ayman Safadi", "Mousa Abu Marzouk", "Khalil al-Hayya"} <= people(meeting[0])


def test_a_source_opening_the_sentence_still_masks_its_own_words() -> None:
    found = events("Speaking to reporters on Monday, the spokesman said that the two delegations would meet soon.")
    assert found == []


def test_receiving_the_body_of_the_dead_is_no_meeting_and_he_is_no_participant() -> None:
    found = events("Turkish Foreign Minister Hakan Fidan met Hamas official Khalil al-Hayya in Doha on Tuesday.\n\n"
                   "Qatar had received Haniyeh's body late on Monday from Tehran, and the funeral prayer was held in Doha.")
    assert len(found) == 1
    assert "Ismail Haniyeh" not in people(found[0])


def test_a_middle_initial_joins_the_known_name_after_it() -> None:
    found = events("King Abdullah II held a telephone call on Monday with President Joseph R. Biden of the United States.")
    assert len(found) == 1 and people(found[0]) == {"Abdullah II", "Joe Biden"}


def test_the_place_in_what_the_host_said_is_not_the_venue_and_he_stays_host() -> None:
    found = events("Supreme Leader Ayatollah Ali Khamenei received on Monday Hamas leader Ismail Haniyeh, "
                   "saying the resistance in Gaza had changed the region.", dateline="TEHRAN, 10 March 2021")
    assert len(found) == 1 and found[0].location == "Tehran"
    assert "Iran" not in {p.actor.name for p in found[0].participants if p.role == "delegation"}


def test_the_countries_a_tour_has_already_taken_him_to_are_no_delegations_here() -> None:
    found = events("Iraqi Prime Minister Mohammed Shia al-Sudani received Turkish Foreign Minister Hakan Fidan in Baghdad on Tuesday.\n\n"
                   "Fidan arrived in Baghdad earlier in the day on the latest stop of a regional tour that has also taken "
                   "him to Saudi Arabia, Qatar and Oman.")
    delegations = {p.actor.name for m in found for p in m.participants if p.role == "delegation"}
    assert delegations == {"Turkey"}


def test_a_minister_named_by_office_after_earlier_in_the_day_is_the_one_the_article_follows() -> None:
    found = events("Turkish Foreign Minister Hakan Fidan arrived in Amman on Monday morning.\n\n"
                   "Earlier in the day the minister met and held talks with King Abdullah II at the royal palace, "
                   "according to a statement from the royal court.")
    meeting = with_person(found, "Abdullah II")
    assert len(meeting) == 1 and "Hakan Fidan" in people(meeting[0]) and meeting[0].date == "2021-03-08"


def test_a_known_residence_is_placed_in_its_city_so_the_visitor_is_the_delegation() -> None:
    found = events("Egyptian Foreign Minister Sameh Shoukry has met a senior Lebanese official at Ain al-Tineh, "
                   "the residence of the speaker, and later Prime Minister Najib Mikati, his ministry says.")
    assert found and all(m.location == "Beirut" for m in found)
    assert {"Egypt"} <= {p.actor.name for m in found for p in m.participants if p.role == "delegation"}


def test_members_listed_after_two_meetings_of_a_delegations_trip_were_at_both() -> None:
    found = events("A Hamas delegation headed by Khalil al-Hayya met Egypt's intelligence chief Abbas Kamel in Cairo on Monday.\n\n"
                   "The delegation, which arrived in Cairo on Sunday, also held talks on Tuesday with Foreign Minister Sameh Shoukry. "
                   "The delegation also included Mousa Abu Marzouk and Hossam Badran.")
    kamel, shoukry = with_person(found, "Abbas Kamel"), with_person(found, "Sameh Shoukry")
    assert len(kamel) == 1 and len(shoukry) == 1 and kamel[0] is not shoukry[0]
    for m in (kamel[0], shoukry[0]):
        assert {"Mousa Abu Marzouk", "Husam Badran"} <= people(m)


def test_the_late_founder_at_whose_tomb_a_wreath_was_laid_is_no_participant() -> None:
    found = events("A Hamas delegation headed by Khalil al-Hayya met Iran's Foreign Minister Hossein Amir-Abdollahian in Tehran on Monday.\n\n"
                   "In the first visit of its kind in years, al-Hayya laid a wreath at the tomb of the late founder of the "
                   "Islamic Republic, Ayatollah Ruhollah Khomeini.")
    assert not with_person(found, "Ruhollah Khomeini")


def test_a_surname_shared_with_a_spokesman_named_before_stays_with_the_man_it_ends() -> None:
    found = events("Qatari envoy Mutlaq al-Qahtani met Taliban Foreign Minister Amir Khan Muttaqi in Kabul on Tuesday. "
                   "Zabihullah Mujahid, the Taliban's chief spokesman, said the two sides discussed aid.\n\n"
                   "Al-Qahtani later met the acting Minister of Defence, Mullah Mohammad Yaqoob Mujahid, at the ministry.")
    assert not with_person(found, "Zabihullah Mujahid")
    assert with_person(found, "Mohammad Yaqoob")


def test_dignitaries_who_attended_the_rite_just_told_do_not_join_the_next_meeting() -> None:
    found = events("Thousands of mourners filled the streets of Cairo on Monday for the funeral of a senior cleric. "
                   "President Abdel Fattah el-Sisi and Prime Minister Mostafa Madbouly attended.\n\n"
                   "On the sidelines of the ceremony, Foreign Minister Sameh Shoukry received a Hamas delegation headed by "
                   "Khalil al-Hayya, the ministry said.")
    meeting = with_person(found, "Khalil al-Hayya")
    assert len(meeting) == 1 and not {"Abdel Fattah el-Sisi", "Mostafa Madbouly"} & people(meeting[0])


def test_delegations_that_attended_and_members_listed_after_join_the_gathering_told_sentences_before() -> None:
    found = events("Russia hosted a Taliban delegation and officials from several regional countries on Tuesday for "
                   "consultations on Afghanistan.\n\n"
                   "The Taliban team was led by Abdul Salam Hanafi. Its members were Amir Khan Muttaqi and Shahabuddin Delawar.\n\n"
                   "The Kremlin's envoy Zamir Kabulov chaired the working sessions. Analysts said the meeting mattered.\n\n"
                   "Delegations from China, Iran and India attended, among others.\n\n"
                   "On the sidelines, Hanafi held a separate meeting with Pakistan's special representative Mohammad Sadiq.")
    gathering = with_person(found, "Zamir Kabulov")
    assert len(gathering) == 1
    assert {"Abdul Salam Hanafi", "Amir Khan Muttaqi", "Shahabuddin Delawar"} <= people(gathering[0])
    sides = {p.actor.name for p in gathering[0].participants if p.role == "delegation"}
    assert {"China", "Iran", "India"} <= sides
    sideline = with_person(found, "Mohammad Sadiq")
    assert len(sideline) == 1 and not {"China", "Iran", "India"} & {p.actor.name for p in sideline[0].participants}


def test_a_leader_who_rarely_receives_visitors_was_not_at_the_meeting() -> None:
    found = events("Turkish Foreign Minister Hakan Fidan was received on Monday by the Taliban administration's prime minister, "
                   "Mullah Mohammad Hassan Akhund, in Kabul.\n\n"
                   "Fidan did not travel to Kandahar to meet the Taliban's supreme leader Haibatullah Akhundzada, "
                   "who rarely receives foreign officials.")
    assert len(found) == 1 and "Hibatullah Akhundzada" not in people(found[0])


def test_a_meeting_told_in_a_where_clause_of_an_earlier_stop_is_its_own_event() -> None:
    found = events("Turkish Foreign Minister Hakan Fidan met with Hamas leader Ismail Haniyeh in Doha on Tuesday.\n\n"
                   "Fidan arrived in Doha after a stop in Amman, where he had met on Monday with Jordan's King Abdullah II "
                   "and Jordanian officials.")
    haniyeh, king = with_person(found, "Ismail Haniyeh"), with_person(found, "Abdullah II")
    assert len(haniyeh) == 1 and len(king) == 1 and haniyeh[0] is not king[0]
    assert "Abdullah II" not in people(haniyeh[0]) and king[0].date == "2021-03-08"


def test_factions_that_also_signed_or_that_the_other_delegations_included_took_part() -> None:
    for tail in ("Delegations of the Palestinian Islamic Jihad and the Popular Front for the Liberation of Palestine also signed.",
                 "The other delegations included Palestinian Islamic Jihad and the Popular Front for the Liberation of Palestine."):
        found = events("Hamas and Fatah signed a reconciliation declaration in Algiers on Monday at the close of talks hosted "
                       "by President Abdelmadjid Tebboune.\n\n" + tail)
        assert len(found) == 1
        sides = {p.actor.name for p in found[0].participants if p.role == "delegation"}
        assert {"Hamas", "Fatah", "Palestinian Islamic Jihad", "PFLP"} <= sides


def test_whom_members_of_the_delegation_spoke_with_are_no_members_of_it() -> None:
    found = events("A Hamas delegation headed by Khalil al-Hayya held talks in Moscow on Monday with Deputy Foreign Minister "
                   "Mikhail Bogdanov.\n\n"
                   "Members of the delegation also spoke with Chinese and Turkish representatives, Hamas officials said, "
                   "without naming them.")
    assert len(found) == 1
    sides = {p.actor.name for p in found[0].participants if p.role == "delegation"}
    assert not {"China", "Turkey"} & sides
