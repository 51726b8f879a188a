"""Issue 9, recall round 5: events the blind11 run missed, by class, each on sentences written for
this test in the shape real reports use (never a test article's words, names or dates)."""
from __future__ import annotations

from tests.test_report_round3 import events, people, with_person


def test_a_chain_of_calls_told_as_and_then_with_makes_one_call_per_counterpart() -> None:
    found = events(
        "Turkish President Recep Tayyip Erdogan spoke by phone on Monday with Jordan's King Abdullah II, "
        "and then with Egyptian President Abdel Fattah al-Sisi and Iraqi Prime Minister Mohammed Shia al-Sudani, "
        "his office said.")
    for name in ("Abdel Fattah el-Sisi", "Mohammed Shia al-Sudani"):
        call = with_person(found, name)
        assert call and people(call[0]) == {"Recep Tayyip Erdogan", name}
        assert call[0].date == "2021-03-08"


def test_separate_meetings_with_two_people_stay_two_when_a_later_with_names_nobody() -> None:
    found = events(
        "Egyptian Foreign Minister Sameh Shoukry arrived in Beijing on Sunday.\n\n"
        "On Tuesday, Shoukry held separate meetings with Ismail Haniyeh and Jibril Rajoub at a guesthouse, "
        "urging them to negotiate with patience, his ministry said.")
    for name in ("Ismail Haniyeh", "Jibril Rajoub"):
        meeting = with_person(found, name)
        assert meeting and people(meeting[0]) == {"Sameh Shoukry", name}
        assert meeting[0].date == "2021-03-09"


def test_a_counterpart_named_after_the_relative_clause_of_the_first_is_met_too() -> None:
    found = events(
        "Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani was received on Tuesday by President Joseph Aoun in Baabda.\n\n"
        "The Qatari minister later met Prime Minister Nawaf Salam, who is still forming his cabinet, "
        "and Speaker Nabih Berri at his residence.")
    for name in ("Nawaf Salam", "Nabih Berri"):
        meeting = with_person(found, name)
        assert meeting and people(meeting[0]) == {"Mohammed bin Abdulrahman Al Thani", name}
        assert meeting[0].date == "2021-03-09"


def test_a_third_side_meeting_the_delegation_separately_is_its_own_meeting() -> None:
    found = events(
        "A delegation of the Lebanese Hezbollah movement held talks at the Iranian Foreign Ministry on Tuesday.\n\n"
        "Russian Deputy Foreign Minister Mikhail Bogdanov, who was also in Tehran, met the Hezbollah delegation "
        "separately on Tuesday, Russian media reported.")
    separate = with_person(found, "Mikhail Bogdanov")
    assert len(found) == 2 and len(separate) == 1
    assert all(m.date == "2021-03-09" for m in found)


def test_two_named_people_who_discussed_a_matter_were_at_the_talks_just_told() -> None:
    found = events(
        "A delegation of the Lebanese Hezbollah movement held talks at the Iranian Foreign Ministry on Tuesday.\n\n"
        "Hezbollah official Ibrahim Amin al-Sayyed and Deputy Foreign Minister Ali Bagheri Kani discussed "
        "the situation in southern Lebanon, the ministry said.")
    assert len(found) == 1 and {"Ibrahim Amin al-Sayyed", "Ali Bagheri Kani"} <= people(found[0])  # (al-Sayyed: his family name, no honorific)


def test_those_taking_part_in_a_meeting_told_as_held_were_there() -> None:
    found = events(
        "A trilateral meeting of foreign ministers was held in Kabul on Tuesday, with Pakistan's Foreign Minister "
        "Ishaq Dar taking part alongside Amir Khan Muttaqi and Wang Yi.")
    assert found and {"Ishaq Dar", "Amir Khan Muttaqi", "Wang Yi"} <= people(found[0])
    assert found[0].date == "2021-03-09"
