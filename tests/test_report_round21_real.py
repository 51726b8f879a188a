"""Round 21 (real21): classes found on a batch of real reports, tested on sentences written here.

Sentences written for this file in the shapes news uses, never a test set's words."""
from __future__ import annotations

import pytest

from timeline_app.ingest.extract import extract_document

HEAD = "Envoys on the move\n\nDOHA, 14 March 2024\n\n"  # a Thursday


def _events(body: str) -> list[tuple[str, str | None, set[str]]]:
    doc = extract_document(HEAD + body + "\n")
    return [(m.type, m.date, {p.actor.name for p in m.participants}) for m in doc.mentions]


# --- a time clause with a subject and a verb of its own after the trigger is another happening ---

@pytest.mark.parametrize("body", [
    "Afghanistan's acting commerce minister arrived in Doha on a two-day visit after the Taliban seized power in August, the ministry said.",
    "A Hamas delegation arrived in Doha for talks after Israel's cabinet approved the offensive in January, a source said.",
])
def test_a_day_in_an_after_clause_is_not_the_visits_day(body: str) -> None:
    events = [e for e in _events(body) if {"Taliban", "Hamas"} & e[2]]
    assert events
    assert events[0][1] == "2024-03-14"  # the report's day, not August / January


def test_a_participle_after_its_noun_keeps_its_day() -> None:
    # "talks held in Cairo on Monday": no clause of its own, the day stays the one the sentence gives
    events = _events("A Hamas delegation met Qatari officials after talks held in Cairo on Monday.")
    assert any(e[1] == "2024-03-11" for e in events)
