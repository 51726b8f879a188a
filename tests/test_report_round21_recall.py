"""Round 21 (recx21): recall and traps on new text.

Sentences written for this file in the shapes news uses, never a test set's words."""
from __future__ import annotations

import pytest

from timeline_app.ingest.extract import extract_document

HEAD = "Diplomacy in the region\n\nDOHA, 12 March 2024\n\n"


def _events(body: str) -> list[tuple[str, str | None, dict[str, str | None]]]:
    doc = extract_document(HEAD + body + "\n")
    return [(m.type, m.date, {p.actor.name: getattr(p, "role", None) for p in m.participants}) for m in doc.mentions]


@pytest.mark.parametrize("body", [
    "Visiting Jordanian Foreign Minister Ayman Safadi met Omani Foreign Minister Badr Albusaidi in Muscat on Monday.",
    "Visiting Foreign Minister Ayman Safadi met Omani Sultan Haitham bin Tariq in Muscat on Monday.",
])
def test_a_sentence_opening_visiting_title_names_the_visitor(body: str) -> None:
    events = _events(body)
    assert len(events) == 1
    etype, day, people = events[0]
    assert day == "2024-03-11"
    assert "Ayman Safadi" in people and people["Ayman Safadi"] in ("delegation_member", "visitor", "delegation")


def test_visiting_a_place_still_fronts_the_clause() -> None:
    events = _events("Visiting Muscat on Monday, Jordanian Foreign Minister Ayman Safadi met Omani Foreign Minister Badr Albusaidi.")
    assert len(events) == 1 and {"Ayman Safadi", "Badr Albusaidi"} <= set(events[0][2])


def test_visiting_title_with_a_plan_is_no_event() -> None:
    assert _events("Visiting Jordanian Foreign Minister Ayman Safadi is expected to meet Omani Foreign Minister Badr Albusaidi on Monday.") == []


@pytest.mark.parametrize("body", [
    "Iraqi Deputy Prime Minister Fuad Hussein discussed trade with a delegation from Jordan's chambers of industry on Monday.",
    "Iraqi Deputy Prime Minister Fuad Hussein met a delegation from Jordan's ministry of water on Monday.",
])
def test_a_delegation_from_a_country_s_common_body_is_that_country(body: str) -> None:
    events = _events(body)
    assert len(events) == 1
    assert events[0][1] == "2024-03-11" and "Fuad Hussein" in events[0][2] and "Jordan" in events[0][2]


def test_a_delegation_from_a_country_s_named_movement_is_the_movement() -> None:
    events = _events("Iraqi Deputy Prime Minister Fuad Hussein met a delegation from Yemen's Houthi movement on Monday.")
    assert len(events) == 1 and "Houthis" in events[0][2] and "Yemen" not in events[0][2]


def test_a_second_official_meeting_a_delegation_of_the_visit_is_its_own_meeting() -> None:
    events = _events("Omani Foreign Minister Badr Albusaidi met Jordanian Foreign Minister Ayman Safadi in Muscat on Monday. "
                     "Omani Minister of Commerce Qais al-Yousef discussed trade with a delegation from Jordan's chambers of commerce on the same day.")
    assert len(events) == 2
    second = [e for e in events if "Qais al-Yousef" in e[2]]
    assert len(second) == 1 and "Jordan" in second[0][2] and second[0][1] == "2024-03-11"


@pytest.mark.parametrize("day,opener,iso", [("today", "Also today,", "2024-03-12"), ("on Monday", "Also on Monday,", "2024-03-11"),
                                             ("on Monday", "Also on the same day,", "2024-03-11")])
def test_also_today_opener_with_a_new_official_is_another_meeting(day: str, opener: str, iso: str) -> None:
    events = _events(f"Omani Foreign Minister Badr Albusaidi met Jordanian Foreign Minister Ayman Safadi in Muscat {day}. "
                     f"{opener} Omani Minister of Commerce Qais al-Yousef discussed investment with a Jordanian delegation.")
    assert len(events) == 2
    second = [e for e in events if "Qais al-Yousef" in e[2]]
    assert len(second) == 1 and "Jordan" in second[0][2] and second[0][1] == iso
    assert "Qais al-Yousef" not in [e for e in events if "Badr Albusaidi" in e[2]][0][2]


@pytest.mark.parametrize("body", [
    "Qatari Minister of State Mohammed Al-Khulaifi on Monday delivered a written message to the President, Joseph Aoun.",
    "Qatari Minister of State Mohammed Al-Khulaifi on Monday handed over a letter to Lebanese President Joseph Aoun.",
    "Qatari Minister of State Mohammed Al-Khulaifi on Monday conveyed to Lebanese President Joseph Aoun a message from Emir Tamim bin Hamad Al Thani.",
])
def test_delivering_a_message_to_a_leader_is_a_meeting_with_the_addressee(body: str) -> None:
    events = _events(body)
    assert len(events) == 1
    assert events[0][1] == "2024-03-11"
    assert set(events[0][2]) >= {"Mohammed Al-Khulaifi", "Joseph Aoun"}
    assert "Tamim bin Hamad Al Thani" not in events[0][2]  # the sender was not there


@pytest.mark.parametrize("body", [
    "Qatari Minister of State Mohammed Al-Khulaifi on Monday conveyed a message to Lebanese President Joseph Aoun by phone.",
    "Qatari Minister of State Mohammed Al-Khulaifi will deliver a message to Lebanese President Joseph Aoun on Monday.",
])
def test_a_message_by_phone_or_planned_is_no_meeting(body: str) -> None:
    assert [e for e in _events(body) if e[0] == "meeting"] == []


def test_a_draft_handed_to_the_sides_is_no_meeting() -> None:
    assert _events("A revised draft of the truce was handed to Hamas and Israel on Monday, mediators said.") == []


@pytest.mark.parametrize("body", [
    "In separate meetings with Omani Foreign Minister Badr Albusaidi and Kuwaiti Foreign Minister Abdullah Al-Yahya on Monday, "
    "Jordanian Foreign Minister Ayman Safadi reviewed the situation in Gaza.",
    "In separate meetings on Monday, Jordanian Foreign Minister Ayman Safadi received Omani Foreign Minister Badr Albusaidi "
    "and Kuwaiti Foreign Minister Abdullah Al-Yahya.",
])
def test_in_separate_meetings_gives_one_meeting_per_counterpart(body: str) -> None:
    events = _events(body)
    assert len(events) == 2
    met = sorted(n for e in events for n in e[2] if n in ("Badr Albusaidi", "Abdullah Al-Yahya"))
    assert met == ["Abdullah Al-Yahya", "Badr Albusaidi"]  # one each
    assert all("Ayman Safadi" in e[2] and e[1] == "2024-03-11" for e in events)


def test_in_separate_meetings_with_the_subject_resolved_from_before() -> None:
    events = _events("Jordanian Foreign Minister Ayman Safadi met Omani Foreign Minister Badr Albusaidi in Amman on Monday.\n\n"
                     "In separate meetings, the minister also received Kuwaiti Foreign Minister Abdullah Al-Yahya "
                     "and Bahraini Foreign Minister Abdullatif Al-Zayani.")
    kuwait = [e for e in events if "Kuwait" in e[2]]
    bahrain = [e for e in events if "Bahrain" in e[2]]
    assert len(kuwait) == 1 and len(bahrain) == 1 and kuwait != bahrain
    assert "Ayman Safadi" in kuwait[0][2] and "Ayman Safadi" in bahrain[0][2]


def test_in_separate_meetings_planned_is_no_event() -> None:
    assert _events("In separate meetings, Jordanian Foreign Minister Ayman Safadi will receive Omani Foreign Minister "
                   "Badr Albusaidi and Kuwaiti Foreign Minister Abdullah Al-Yahya on Monday.") == []


@pytest.mark.parametrize("second", [
    "Those signing were Hamas politburo member Mousa Abu Marzouk and Fatah deputy chief Mahmoud al-Aloul.",
    "Those signing the declaration were Hamas politburo member Mousa Abu Marzouk and Fatah deputy chief Mahmoud al-Aloul.",
    "The signatories were Hamas politburo member Mousa Abu Marzouk and Fatah deputy chief Mahmoud al-Aloul.",
])
def test_those_signing_were_lists_the_participants(second: str) -> None:
    events = _events("Hamas and Fatah signed a unity declaration in Algiers on Thursday. " + second)
    assert len(events) == 1
    assert events[0][1] == "2024-03-07"
    assert {"Mousa Abu Marzouk", "Mahmoud al-Aloul", "Hamas", "Fatah"} <= set(events[0][2])


@pytest.mark.parametrize("body,day", [
    ("An Iraqi delegation led by Foreign Minister Fuad Hussein took part in a regional conference on water in Amman, which opened on Sunday and closes on Monday.", "2024-03-10"),
    ("An Iraqi delegation led by Foreign Minister Fuad Hussein took part for the first time in the Baghdad-format consultations, which began Saturday.", "2024-03-09"),
    ("An Iraqi delegation led by Foreign Minister Fuad Hussein is taking part in the talks in Amman, which opened on 10 March.", "2024-03-10"),
])
def test_a_gathering_that_opened_on_a_day_dates_the_attendance(body: str, day: str) -> None:
    events = _events(body)
    assert len(events) == 1
    assert events[0][1] == day and {"Fuad Hussein", "Iraq"} <= set(events[0][2])


@pytest.mark.parametrize("body", [
    "An Iraqi delegation led by Foreign Minister Fuad Hussein took part in the previous round of talks in Amman, which opened on 4 February 2023.",
    "An Iraqi delegation led by Foreign Minister Fuad Hussein took part in the last conference in Amman, which opened on 4 February 2023.",
])
def test_a_previous_gathering_that_opened_on_a_day_is_not_today_s(body: str) -> None:
    assert all(e[1] != "2023-02-04" for e in _events(body))


def test_a_gathering_that_opened_in_a_month_gives_no_day_of_its_own() -> None:
    events = _events("An Iraqi delegation led by Foreign Minister Fuad Hussein took part in the talks in Amman, which opened in January.")
    assert all(e[1] != "2024-01" for e in events)


def test_a_country_s_neighbours_are_not_that_country() -> None:
    assert all("Iraq" not in e[2] for e in _events("The foreign ministers of Iraq's neighbours met in Amman on Monday."))


@pytest.mark.parametrize("tail", [
    "focusing on the hurdles that have so far delayed the prisoner exchange.",
    "focused on disputes that postponed the opening of the border crossing.",
])
def test_a_delay_in_the_topic_does_not_negate_the_talks(tail: str) -> None:
    events = _events("A Houthi delegation held talks with Omani Foreign Minister Badr Albusaidi in Muscat on Monday, " + tail)
    assert len(events) == 1 and events[0][1] == "2024-03-11"
    assert {"Houthis", "Badr Albusaidi"} <= set(events[0][2])


def test_talks_that_were_postponed_stay_no_event() -> None:
    assert _events("Talks between a Houthi delegation and Omani Foreign Minister Badr Albusaidi planned for Monday were postponed.") == []


def test_speaking_with_after_a_chain_of_calls_is_another_call() -> None:
    events = _events("Kuwaiti Foreign Minister Abdullah Al-Yahya held phone calls on Saturday with Jordanian Foreign Minister Ayman Safadi "
                     "and with Omani Foreign Minister Badr Albusaidi.\n\nThe calls dealt with the situation in Gaza.\n\n"
                     "Speaking with his Egyptian counterpart Badr Abdelatty later on Saturday, Al-Yahya discussed the summit.")
    egypt = [e for e in events if "Badr Abdelatty" in e[2]]
    assert len(egypt) == 1 and egypt[0][0] == "call" and egypt[0][1] == "2024-03-09"


def test_speaking_with_after_a_meeting_is_no_call() -> None:
    events = _events("Kuwaiti Foreign Minister Abdullah Al-Yahya met Jordanian Foreign Minister Ayman Safadi in Kuwait on Saturday.\n\n"
                     "Speaking with reporters later on Saturday, the minister said the talks were useful.")
    assert [e[0] for e in events] == ["meeting"]


@pytest.mark.parametrize("opener", ["Earlier in the day,", "\u201cEarlier in the day,", "Later on Saturday,"])
def test_two_of_a_trilateral_meeting_earlier_that_day_is_their_own_meeting(opener: str) -> None:
    end = "\u201d the ministry said." if opener.startswith("\u201c") else ""
    events = _events("The foreign ministers of Iran, Oman and Qatar held a trilateral meeting in Muscat on Saturday. "
                     "Iranian Foreign Minister Abbas Araghchi, Omani Foreign Minister Badr Albusaidi and Qatari Prime Minister "
                     "Mohammed bin Abdulrahman Al Thani attended.\n\n"
                     f"{opener} Araghchi held talks with Albusaidi on trade{',' if end else '.'}{end}")
    assert len(events) == 2
    pair = [e for e in events if "Mohammed bin Abdulrahman Al Thani" not in e[2]]
    assert len(pair) == 1 and {"Abbas Araghchi", "Badr Albusaidi"} <= set(pair[0][2]) and pair[0][1] == "2024-03-09"


@pytest.mark.parametrize("subject", [
    "The Prime Minister of the Government of National Unity, Abdul Hamid Dbeibah,",
    "Government of National Unity head Abdul Hamid Dbeibah",
])
def test_the_head_of_a_named_government_is_a_participant(subject: str) -> None:
    events = _events(f"{subject} received on Thursday a phone call from Egyptian President Abdel Fattah al-Sisi.")
    assert len(events) == 1 and events[0][0] == "call" and events[0][1] == "2024-03-07"
    assert {"Abdul Hamid Dbeibah", "Abdel Fattah el-Sisi"} <= set(events[0][2])


def test_the_government_of_a_person_is_still_talked_about() -> None:
    events = _events("Egyptian President Abdel Fattah al-Sisi on Thursday discussed the fall of the government of Bashar al-Assad "
                     "with Libyan Prime Minister Abdul Hamid Dbeibah in Cairo.")
    assert len(events) == 1 and "Bashar al-Assad" not in events[0][2]


@pytest.mark.parametrize("body", [
    "The Astana-format consultations on Syria opened on Tuesday, chaired by Kazakh Foreign Minister Murat Nurtleu. "
    "Envoys from Russia, Iran and Turkey attended.",
    "Russian Foreign Minister Sergey Lavrov met Iranian Foreign Minister Abbas Araghchi in Astana on Tuesday.\n\n"
    "The Astana-format consultations themselves opened later on Tuesday, chaired by Kazakh Foreign Minister Murat Nurtleu. "
    "Envoys from Russia, Iran and Turkey attended along with United Nations observers.",
])
def test_a_gathering_opened_with_its_chair_takes_the_delegations_that_attended(body: str) -> None:
    events = _events(body)
    gathering = [e for e in events if "Murat Nurtleu" in e[2]]
    assert len(gathering) == 1 and gathering[0][1] == "2024-03-12"
    assert {"Russia", "Iran", "Turkey"} <= set(gathering[0][2])
    assert all("Murat Nurtleu" not in e[2] for e in events if "Sergey Lavrov" in e[2])


@pytest.mark.parametrize("body", [
    "The previous round of Astana-format consultations opened on 3 March 2023, chaired by Kazakh Foreign Minister Murat Nurtleu. Envoys from Russia and Iran attended.",
    "The cabinet session opened on Tuesday, chaired by Kazakh Prime Minister Olzhas Bektenov. Ministers attended.",
])
def test_no_event_for_a_previous_or_internal_opened_session(body: str) -> None:
    assert _events(body) == []


@pytest.mark.parametrize("body", [
    "Hamas and Fatah officials recently held talks in Beijing, a Chinese spokesman told a briefing on Tuesday.",
    "Representatives of Hamas and Fatah lately came to Beijing for talks, the foreign ministry said on Tuesday.",
])
def test_recently_leaves_the_day_untold(body: str) -> None:
    events = _events(body)
    assert len(events) == 1
    assert events[0][1] == "2024-03"  # some day of the month reported, not the day it was told
    assert {"Hamas", "Fatah"} <= set(events[0][2])


def test_recently_with_a_day_of_its_own_keeps_the_day() -> None:
    events = _events("Hamas and Fatah officials recently met in Beijing on Monday.")
    assert [e[1] for e in events] == ["2024-03-11"]


def _locations(body: str) -> list[str | None]:
    return [m.location for m in extract_document("Talks\n\nCAIRO, 12 March 2024\n\n" + body + "\n").mentions]


def test_the_office_a_delegation_comes_from_is_not_the_venue() -> None:
    assert _locations("A delegation from the Hamas political office in Doha held talks with Egyptian Foreign Minister "
                      "Badr Abdelatty on Tuesday.") != ["Doha"]


def test_the_host_s_own_office_stays_the_venue() -> None:
    assert _locations("Egyptian Foreign Minister Badr Abdelatty received a Hamas delegation at his office in Cairo on Tuesday.") == ["Cairo"]


@pytest.mark.parametrize("aside", ["who is visiting five Gulf countries", "who is touring the region", "who is currently visiting several capitals"])
def test_a_tour_in_a_who_clause_is_no_visit_of_its_own(aside: str) -> None:
    events = _events("Iraqi Foreign Minister Fuad Hussein met Kuwaiti Foreign Minister Abdullah Al-Yahya in Kuwait on Friday.\n\n"
                     f"French Foreign Minister Jean-Noel Barrot, {aside}, met Omani Foreign Minister Badr Albusaidi in Muscat on Saturday.")
    assert [e[0] for e in events if "France" in e[2]] == ["meeting"]
    assert all(e[0] != "visit" for e in events)


@pytest.mark.parametrize("tail", [
    "and pressed Qatar to use its influence with Hamas to free the captives.",
    "urging Qatar to lean on Hamas over the captives.",
])
def test_sides_named_in_what_the_visitor_pressed_for_are_not_there(tail: str) -> None:
    events = _events("British Foreign Secretary David Lammy met Qatari Emir Sheikh Tamim bin Hamad Al Thani in Doha on Friday " + tail)
    assert len(events) == 1 and "Hamas" not in events[0][2]
    assert {"David Lammy", "Tamim bin Hamad Al Thani"} <= set(events[0][2])


def test_officials_who_attended_that_day_s_meeting_join_it() -> None:
    events = _events("Jordanian King Abdullah II on Monday hosted Palestinian President Mahmoud Abbas and Egyptian President "
                     "Abdel Fattah al-Sisi in Amman.\n\nJordanian Foreign Minister Ayman Safadi and intelligence chief "
                     "Ahmad Husni attended Monday's meeting, the royal court said.")
    assert len(events) == 1
    assert {"Ayman Safadi", "Mahmoud Abbas"} <= set(events[0][2]) and events[0][1] == "2024-03-11"


def test_attending_that_day_s_meeting_with_no_meeting_told_is_the_meeting() -> None:
    events = _events("Hamas leader Khalil al-Hayya and Fatah official Azzam al-Ahmad attended Monday's meeting in Cairo.")
    assert len(events) == 1 and {"Hamas", "Fatah"} <= set(events[0][2])


def test_offering_condolences_in_person_is_a_meeting_of_its_own() -> None:
    events = _events("Egyptian Foreign Minister Badr Abdelatty was received by Qatari Emir Sheikh Tamim bin Hamad Al Thani in Doha on Friday.\n\n"
                     "The Egyptian delegation also offered condolences to Hamas leaders Khaled Mashal and Khalil al-Hayya at a reception "
                     "on Friday evening.")
    hamas = [e for e in events if "Hamas" in e[2]]
    assert len(hamas) == 1 and {"Khaled Mashal", "Khalil al-Hayya", "Egypt"} <= set(hamas[0][2]) and hamas[0][1] == "2024-03-08"
    assert "Tamim bin Hamad Al Thani" not in hamas[0][2]


@pytest.mark.parametrize("body", [
    "Egyptian President Abdel Fattah al-Sisi offered his condolences to the Iranian people in a message on Friday.",
    "Egyptian President Abdel Fattah al-Sisi will offer condolences to Hamas leader Khalil al-Hayya on Friday.",
])
def test_condolences_in_a_message_or_planned_are_no_meeting(body: str) -> None:
    assert _events(body) == []


@pytest.mark.parametrize("body", [
    "Iraqi Foreign Minister Fuad Hussein received an Omani deputy foreign minister in Baghdad on Monday.",
    "Iraqi Foreign Minister Fuad Hussein received a deputy foreign minister of Oman in Baghdad on Monday.",
    "Iraqi Foreign Minister Fuad Hussein met the Chinese ambassador in Baghdad on Monday.",
])
def test_an_unnamed_official_still_gives_a_meeting_with_his_side(body: str) -> None:
    events = _events(body)
    assert len(events) == 1 and events[0][1] == "2024-03-11"
    assert "Fuad Hussein" in events[0][2] and ({"Oman", "China"} & set(events[0][2]))


def test_later_joined_by_a_third_for_a_trilateral_is_another_meeting() -> None:
    events = _events("Saudi Foreign Minister Faisal bin Farhan met Iranian Foreign Minister Abbas Araghchi in Tehran on Monday.\n\n"
                     "Later the same day the two ministers were joined by Chinese Foreign Minister Wang Yi for the second round "
                     "of their trilateral dialogue.")
    assert len(events) == 2
    three = [e for e in events if "Wang Yi" in e[2]]
    two = [e for e in events if "Wang Yi" not in e[2]]
    assert len(three) == 1 and {"Faisal bin Farhan", "Abbas Araghchi"} <= set(three[0][2]) and three[0][1] == "2024-03-11"
    assert len(two) == 1 and {"Faisal bin Farhan", "Abbas Araghchi"} <= set(two[0][2])


def test_joined_by_during_the_meeting_stays_one_meeting() -> None:
    events = _events("Saudi Foreign Minister Faisal bin Farhan met Iranian Foreign Minister Abbas Araghchi in Tehran on Monday. "
                     "They were joined by Iranian Deputy Foreign Minister Kazem Gharibabadi.")
    assert len(events) == 1 and "Kazem Gharibabadi" in events[0][2]


def test_a_gathering_held_on_a_day_dates_the_attendance() -> None:
    events = _events("An Iraqi delegation led by Foreign Minister Fuad Hussein took part in the consultations in Amman, which were held on Sunday.")
    assert len(events) == 1 and events[0][1] == "2024-03-10"


def test_a_deal_signed_on_a_day_in_a_which_clause_does_not_date_the_meeting() -> None:
    events = _events("Iraqi Foreign Minister Fuad Hussein met Kuwaiti Foreign Minister Abdullah Al-Yahya in Kuwait on Monday "
                     "to review the border deal, which was signed on 19 January.")
    assert [e[1] for e in events] == ["2024-03-11"]
