"""Pure rules that turn an event's mentions into the event's own facts (no database access).

Kept apart from the repository so the rules (which date wins, which place, which title) can be
tested on plain data.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

PRECISION_RANK = {"day": 3, "month": 2, "year": 1, "unknown": 0}
BASIS_RANK = {"explicit": 4, "relative": 3, "corroborated": 2, "publication": 1, "unknown": 0}
TYPE_PRIORITY = ("meeting", "talks", "call", "visit")
ROLE_PRIORITY = {"delegation": 4, "delegation_member": 3, "host": 2, "official": 1}


class MentionFacts(NamedTuple):  # a named tuple: made for every report of every event refreshed
    document_id: int
    date: str | None
    precision: str
    basis: str
    type: str
    location: str | None
    location_country: str | None


@dataclass(frozen=True)
class EventFacts:
    date: str | None
    precision: str
    basis: str
    type: str
    location: str | None


def sort_key(date: str | None) -> str:
    return date if date else "9999"


def choose_date(mentions: list[MentionFacts]) -> tuple[str | None, str, str]:
    """Most precise date, explicit text over inference; agreement of documents breaks ties.

    A date that only comes from publication dates but is given by two or more documents
    independently is reported as "corroborated".
    """
    dated = [m for m in mentions if m.date]
    if not dated:
        return None, "unknown", "unknown"
    votes = Counter(m.date for m in dated)

    best = min(
        dated,
        key=lambda m: (-PRECISION_RANK.get(m.precision, 0), -BASIS_RANK.get(m.basis, 0), -votes[m.date], m.date),
    )
    basis = best.basis
    if basis == "publication":
        docs = {m.document_id for m in dated if m.date == best.date}
        if len(docs) > 1:
            basis = "corroborated"
    return best.date, best.precision, basis


def choose_location(mentions: list[MentionFacts]) -> str | None:
    """The place most reports name, a city over a bare country."""
    cities = Counter(m.location for m in mentions if m.location and m.location != m.location_country)
    if cities:
        return cities.most_common(1)[0][0]
    any_place = Counter(m.location for m in mentions if m.location)
    return any_place.most_common(1)[0][0] if any_place else None


def choose_type(mentions: list[MentionFacts]) -> str:
    types = {m.type for m in mentions}
    for t in TYPE_PRIORITY:
        if t in types:
            return t
    return "meeting"


def aggregate(mentions: list[MentionFacts]) -> EventFacts:
    date, precision, basis = choose_date(mentions)
    return EventFacts(date, precision, basis, choose_type(mentions), choose_location(mentions))


def make_title(event_type: str, delegations: list[str], hosts: list[str], members: list[str], location: str | None) -> str:
    """A short label a reader recognises on the timeline: who met whom (where)."""
    side_a = ", ".join(delegations[:3]) + (" et al." if len(delegations) > 3 else "")
    if not side_a:
        side_a = ", ".join(members[:2])
    side_b = ", ".join(hosts[:2]) + (" et al." if len(hosts) > 2 else "")
    where = f" in {location}" if location and event_type != "call" else ""
    if event_type == "call":
        if side_a and side_b:
            return f"Call: {side_a} – {side_b}"
        # one side known: say whose call it was, not "Call: Hamas", which reads as a call with Hamas
        return f"{side_a or side_b} phone call" if (side_a or side_b) else "Phone call"
    if side_a and side_b:
        verb = {"talks": "talks with", "visit": "visit,"}.get(event_type, "meets")
        if event_type == "visit":
            return f"{side_a} delegation{where} (with {side_b})"
        return f"{side_a} {verb} {side_b}{where}"
    if side_a:
        noun = {"visit": "visit", "talks": "talks", "meeting": "meeting"}.get(event_type, "meeting")
        return f"{side_a} {noun}{where}"
    if side_b:
        return f"{side_b}: {event_type}{where}"
    return f"{event_type.capitalize()}{where}"


def merge_role(current: str | None, new: str) -> str:
    if current is None:
        return new
    return current if ROLE_PRIORITY.get(current, 0) >= ROLE_PRIORITY.get(new, 0) else new
