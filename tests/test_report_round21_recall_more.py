"""Round 21 (recx21), continued: hosts that gather sides, gatherings that end, unnamed host
officials, tours.

Sentences written for this file in the shapes news uses, never a test set's words."""
from __future__ import annotations

import pytest

from tests.test_report_round21_recall import _events  # the same page head (DOHA, 12 March 2024) and event tuples


@pytest.mark.parametrize("body", [
    "On 4 March Qatar gathered Hamas, Fatah and Islamic Jihad in Doha for talks.",
    "Qatar convened Hamas and Fatah in Doha on 4 March.",
])
def test_a_host_gathering_the_factions_is_their_meeting(body: str) -> None:
    events = _events(body)
    assert len(events) == 1 and events[0][1] == "2024-03-04" and {"Hamas", "Fatah"} <= set(events[0][2])


def test_a_host_that_will_gather_the_factions_is_a_plan() -> None:
    assert _events("Qatar will gather Hamas and Fatah in Doha next week.") == []


def test_a_host_bringing_together_n_factions_takes_the_sides_named_next() -> None:
    events = _events("Egyptian Foreign Minister Badr Abdelatty brought together 12 Palestinian factions for two days of talks "
                     "that ended on 4 March. Hamas was represented by Khalil al-Hayya and Fatah by Azzam al-Ahmad.")
    assert len(events) == 1 and events[0][1] == "2024-03-04"
    assert {"Badr Abdelatty", "Khalil al-Hayya", "Azzam al-Ahmad", "Hamas", "Fatah"} <= set(events[0][2])


def test_talks_that_ended_on_a_day_date_the_attendance() -> None:
    events = _events("An Iraqi delegation led by Foreign Minister Fuad Hussein took part in the talks in Amman, which ended on Sunday.")
    assert [e[1] for e in events] == ["2024-03-10"]


def test_a_foreign_envoy_meeting_unnamed_host_officials_is_an_event() -> None:
    events = _events("The UN special envoy, Hans Grundberg, held talks with Omani officials in Muscat on Monday, his office said.")
    assert len(events) == 1 and events[0][1] == "2024-03-11" and "Hans Grundberg" in events[0][2]


def test_a_host_official_meeting_his_own_officials_is_no_event() -> None:
    assert _events("Omani Foreign Minister Badr Albusaidi met Omani officials in Muscat on Monday.") == []


def test_a_foreign_leader_touring_an_area_is_a_visit() -> None:
    events = _events("Iraqi militia leader Qais al-Khazali toured the border area near the town of Kfar Kila on Thursday, "
                     "escorted by members of Hezbollah's military wing.")
    assert [(e[0], e[1]) for e in events] == [("visit", "2024-03-07")] and "Qais al-Khazali" in events[0][2]


def test_a_leader_touring_his_own_country_is_no_event() -> None:
    assert _events("Egyptian President Abdel Fattah al-Sisi toured the New Administrative Capital on Thursday.") == []


def test_touring_the_region_is_no_visit_of_its_own() -> None:
    events = _events("The two ministers had previously met in Amman in May 2021, when the Kuwaiti minister toured the region.")
    assert all(e[0] != "visit" and e[1] != "2024-03-12" for e in events)


def test_meeting_the_heads_of_the_delegations_before_the_ceremony_is_its_own_meeting() -> None:
    events = _events("Hamas and Fatah signed a unity declaration in Algiers on Thursday at the end of two days of talks.\n\n"
                     "Algerian President Abdelmadjid Tebboune met the heads of the delegations on Thursday before the signing ceremony.")
    tebboune = [e for e in events if "Abdelmadjid Tebboune" in e[2]]
    assert len(events) == 2 and len(tebboune) == 1
    assert {"Hamas", "Fatah"} <= set(tebboune[0][2]) and tebboune[0][1] == "2024-03-07"


def test_meeting_the_heads_of_the_delegations_with_no_ceremony_named_stays_one_event() -> None:
    events = _events("Hamas and Fatah signed a unity declaration in Algiers on Thursday.\n\n"
                     "Algerian President Abdelmadjid Tebboune met the heads of the delegations on Thursday.")
    assert len(events) == 1 and {"Hamas", "Fatah", "Abdelmadjid Tebboune"} <= set(events[0][2])
