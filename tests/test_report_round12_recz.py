"""Round 12 report shapes (recz): appeals and agreements' terms that name talks not yet held, a hyphenated
'face-to-face' that is no infinitive, a welcome to one's office, and a working session."""
from __future__ import annotations

from helpers.reports import events, people


def test_appeal_to_come_to_the_table_is_no_meeting() -> None:
    body = "King Salman of Saudi Arabia called on the Taliban to come to the negotiating table."
    assert events(body) == []


def test_appeal_to_return_to_talks_is_no_meeting() -> None:
    body = "Egyptian Foreign Minister Sameh Shoukry urged the Houthis to return to talks with Riyadh."
    assert events(body) == []


def test_called_on_a_leader_is_still_a_visit() -> None:
    body = "Saudi Crown Prince Mohammed bin Salman called on King Abdullah II on Monday."
    (m,) = events(body)
    assert people(m) == {"Mohammed bin Salman", "Abdullah II"}


def test_agreement_foreseeing_the_start_of_talks_is_no_report() -> None:
    body = "The accord foresees the start of negotiations between Hamas and Fatah on April 2, and a ceasefire."
    assert events(body) == []


def test_face_to_face_meeting_is_a_report() -> None:
    body = ("The phone calls came after a face-to-face meeting in Cairo on Monday between Ismail Haniyeh and "
            "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani.")
    (m,) = events(body)
    assert m.date == "2021-03-08"
    assert {"Ismail Haniyeh", "Mohammed bin Abdulrahman Al Thani"} <= people(m)


def test_welcomed_to_his_office_is_a_meeting() -> None:
    body = "Turkish President Recep Tayyip Erdogan welcomed Ismail Haniyeh to his office in Ankara on Monday."
    (m,) = events(body)
    assert people(m) == {"Recep Tayyip Erdogan", "Ismail Haniyeh"}


def test_working_session_is_a_meeting() -> None:
    body = "On Monday Palestinian President Mahmoud Abbas held a working session with Egyptian President Abdel Fattah al-Sisi."
    (m,) = events(body)
    assert m.date == "2021-03-08"
    assert people(m) == {"Mahmoud Abbas", "Abdel Fattah el-Sisi"}


def test_president_elect_possessor_is_not_a_participant() -> None:
    body = ("On Monday, Qatari Prime Minister Mohammed bin Abdulrahman Al Thani held talks in Doha with "
            "US President-elect Donald Trump's special envoy Steve Witkoff.")
    (m,) = events(body)
    assert "Donald Trump" not in people(m)
    assert {"Mohammed bin Abdulrahman Al Thani", "Steve Witkoff"} <= people(m)


def test_host_bringing_two_leaders_together_is_a_meeting() -> None:
    body = ("Egyptian President Abdel Fattah el-Sisi brought Mahmoud Abbas and Ismail Haniyeh into the same room "
            "in Cairo on Monday evening.")
    (m,) = events(body)
    assert m.date == "2021-03-08"
    assert people(m) == {"Abdel Fattah el-Sisi", "Mahmoud Abbas", "Ismail Haniyeh"}


def test_a_war_bringing_sides_closer_together_is_no_meeting() -> None:
    assert events("The war in Gaza brought Hamas and Fatah closer together on Monday.") == []


def test_critic_writing_that_a_host_received_a_guest_is_not_there() -> None:
    body = ("Israeli Foreign Minister Israel Katz reacted angrily on Monday, saying that Erdogan had hosted "
            "Ismail Haniyeh in Istanbul on Sunday.")
    for m in events(body):
        assert "Israel Katz" not in people(m)


def test_speaker_adding_that_he_met_someone_is_there() -> None:
    body = ("Israeli Foreign Minister Israel Katz spoke to reporters on Monday, adding that he had met "
            "Egyptian President Abdel Fattah el-Sisi in Cairo.")
    (m,) = events(body)
    assert {"Israel Katz", "Abdel Fattah el-Sisi"} <= people(m)


def test_it_after_a_delegation_arrived_is_that_delegation() -> None:
    body = ("A Hamas delegation arrived in Cairo on Saturday. On Monday it held talks with Egyptian President "
            "Abdel Fattah el-Sisi.")
    talks = [m for m in events(body) if "Abdel Fattah el-Sisi" in people(m)]
    assert len(talks) == 1 and talks[0].date == "2021-03-08"
    assert "Hamas" in {p.actor.name for p in talks[0].participants}
