"""Extraction on a few sentences written for a test: the scaffolding every report-shape test shares
(a headline, a dateline that anchors weekdays, the body), and the names an event carries."""
from __future__ import annotations

from timeline_app.domain import EventMention
from timeline_app.ingest.extract import extract_document


def events(body: str, dateline: str = "Wednesday 10 March 2021") -> list[EventMention]:
    """The events of `body` printed under a headline and `dateline` (a Wednesday, so "on Monday" is 8 March 2021)."""
    return extract_document(f"Minister holds talks with visitors\n\n{dateline}\n\n{body}\n").mentions


def participants(m: EventMention) -> set[str]:
    """Every participant's name: people and sides."""
    return {p.actor.name for p in m.participants}


def people(m: EventMention) -> set[str]:
    """The people who took part (officials and delegation members)."""
    return {p.actor.name for p in m.participants if p.actor.kind == "person"}


def sides(m: EventMention) -> set[str]:
    """The sides (movements, governments) that took part."""
    return {p.actor.name for p in m.participants if p.actor.kind != "person"}
