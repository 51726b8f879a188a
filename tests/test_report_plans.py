"""Meetings and talks named as nouns in a future or conditional clause are plans, not events
(issue 9, blind5 round): each rule on sentences written for this test."""
from __future__ import annotations

from tests.test_report_shapes import delegations, events, page, people

_REAL = "Sergei Lavrov received Amir Khan Muttaqi in Moscow on Tuesday. "


def _only_the_real_meeting(extra: str) -> None:
    found = events(page(_REAL + extra))
    assert len(found) == 1, [(m.date, people(m), delegations(m)) for m in found]
    assert {"Amir Khan Muttaqi"} <= people(found[0])


def test_a_meeting_with_an_adjective_that_is_due_to_take_place_is_a_plan() -> None:
    _only_the_real_meeting("A four-way meeting with Kazakhstan on the gas pipeline is due to take place in Tashkent in May.")


def test_a_wider_meeting_that_could_follow_is_a_plan() -> None:
    _only_the_real_meeting("Turkey's foreign minister is expected to fly to Beirut next week, the diplomat added, "
                           "and a broader meeting with UN envoy Tor Wennesland could follow if the ceasefire holds.")


def test_someone_due_in_a_region_for_talks_is_a_plan() -> None:
    _only_the_real_meeting("French Foreign Minister Catherine Colonna is due in the Gulf on Sunday for talks in Riyadh and Doha.")


def test_plans_to_invite_for_a_new_round_of_talks_is_a_plan() -> None:
    _only_the_real_meeting("Moscow plans to invite the Afghan factions for a fresh round of talks early next year.")
