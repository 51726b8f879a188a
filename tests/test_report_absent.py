"""Clauses and people that are not part of the event (issue 9, blind5 round): each rule on
sentences written for this test, never a test article's words."""
from __future__ import annotations

from tests.test_report_shapes import delegations, events, page, people


def test_what_a_visit_came_days_after_is_no_event_and_adds_no_side() -> None:
    found = events(page("Sergei Lavrov received Amir Khan Muttaqi in Moscow on Tuesday.\n\n"
                        "The visit came days after the Doha Agreement was signed by Afghan factions, including the "
                        "Taliban and Hezb-e-Islami, on February 29."))
    assert len(found) == 1 and found[0].date == "2021-03-09"
    assert "Hezb-e-Islami" not in delegations(found[0])
