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
