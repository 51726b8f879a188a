"""An arrival told on its own and a meeting of that same day: one event (issue 9).

"Qin and Muttaqi had arrived on Friday. The Chinese minister held a meeting with Muttaqi on Friday
evening": the arrivals are the journeys to that meeting, not visits of their own. The grouper
joins an arrival and the meeting told right after it ("landed and held talks with X"); when the
article tells the arrivals first, each side apart, and the meeting later, this pass folds each
one-sided arrival into the meeting of its day that the same people attended. An arrival on the eve
of a meeting stays its own event (its day is not the meeting's), and so does an arrival that
names its host or two sides.
"""
from __future__ import annotations

from .drafts import Draft


def fold_arrivals(drafts: list[Draft]) -> list[Draft]:
    """The article's drafts without the one-sided arrivals that a same-day meeting holds."""
    meetings = [d for d in drafts if _dated_day(d) and any(t not in ("visit", "call") for t in d.types)]
    if not meetings:
        return drafts
    kept: list[Draft] = []
    for d in drafts:
        target = _meeting_of(d, meetings) if _lone_arrival(d) else None
        if target is None:
            kept.append(d)
            continue
        for name, person in d.people.items():
            target.people.setdefault(name, person)
        for name, org in d.orgs.items():
            target.orgs.setdefault(name, org)
        target.evidence = sorted(set(target.evidence) | set(d.evidence))
        target.places = target.places or list(d.places)
    return kept


def _dated_day(d: Draft) -> bool:
    return d.resolved is not None and d.resolved.precision == "day"


def _lone_arrival(d: Draft) -> bool:
    """A journey of one side with nobody met: no host, one side, people named ('had arrived on
    Tuesday and met X': the arrival's draft may carry the meeting's word without its counterpart)."""
    if "visit" not in d.types or not _dated_day(d) or d.host is not None or not (d.people or d.orgs):
        return False  # ("The Hamas delegation arrived on Monday": named by its group alone)
    sides = set(d.orgs) | {p.affiliation for p in d.people.values() if p.affiliation}
    return len(sides) == 1 or not d.people  # (nobody named: whoever welcomed the group is checked against the meeting)


def _meeting_of(d: Draft, meetings: list[Draft]) -> Draft | None:
    """The first meeting of the arrival's day, in its town (or with none told), that all its people attended."""
    assert d.resolved is not None
    places = {p.name for p in d.places}
    for m in meetings:
        assert m.resolved is not None
        if m is d or m.resolved.value != d.resolved.value or not set(d.people) <= set(m.people):
            continue
        if not d.people and not set(d.orgs) <= set(m.orgs) | {p.affiliation for p in m.people.values()}:
            continue  # a group's arrival: the same-day meeting of that group (and of whoever welcomed it)
        if places and m.places and not places & {p.name for p in m.places}:
            continue
        return m
    return None
