"""An arrival told on its own and a meeting of that same day: one event (issue 9).

"Qin and Muttaqi had arrived on Friday. The Chinese minister held a meeting with Muttaqi on Friday
evening": the arrivals are the journeys to that meeting, not visits of their own. The grouper
joins an arrival and the meeting told right after it ("landed and held talks with X"); when the
article tells the arrivals first, each side apart, and the meeting later, this pass folds each
one-sided arrival into the meeting of its day that the same people attended. An arrival on the eve
of a meeting stays its own event (its day is not the meeting's) when the article tells it first, as
the start of the trip; told after the meeting ("X hosted Y in Tehran on Monday. Y arrived in Tehran
on Sunday night"), it is how the visitor came to that meeting, and folds into it. An arrival that
names its host or two sides stays its own event. Told with no day at all, a one-sided journey and the meeting of the
same sentence ("attended a memorial in Beirut and met Y") are one event too.
"""
from __future__ import annotations

from datetime import date, timedelta

from .clause_parts import TRIP_MONTH
from .described_counterparts import kept_visitor_meetings
from .drafts import Draft


def fold_arrivals(drafts: list[Draft]) -> list[Draft]:
    """The article's drafts without the one-sided arrivals that a same-day meeting holds."""
    drafts = kept_visitor_meetings(drafts)
    meetings = [d for d in drafts if any(t not in ("visit", "call") for t in d.types)]
    if not meetings and not any(_dated_vaguely(d) for d in drafts):
        return drafts  # (a journey told again with its month only may fold into the day's journey: see _dated_journey_of)
    kept: list[Draft] = []
    for d in drafts:
        target = (_meeting_of(d, meetings) or _meeting_after_eve(d, meetings)) if _lone_arrival(d) else _meeting_of_sentence(d, meetings) if _lone_undated(d) \
            else _meeting_of_side(d, meetings) if _lone_journey_before(d) else None
        target = target or _undated_meeting_of_trip(d, drafts) or _dated_journey_of(d, drafts) or _trip_told_by_its_end(d, drafts)
        asked = None if target is not None else _meeting_asked_about(d, kept)
        if asked is not None:  # its date only: whoever said it withholds the day is no participant
            asked.resolved, asked.date_expr = d.resolved, d.date_expr
            asked.evidence = sorted(set(asked.evidence) | set(d.evidence))
            continue
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


def _undated(d: Draft) -> bool:
    return d.resolved is None and d.date_expr is None and not d.past_perfect


def _lone_undated(d: Draft) -> bool:
    """'X attended a memorial in Beirut and met Y' told with no day, or with a month only ('had visited
    Tehran in late July, when he attended the inauguration and met Y'): the journey is that meeting's."""
    if set(d.types) != {"visit"} or not (_undated(d) or _dated_vaguely(d)) or d.host is not None or not d.people:
        return False
    return len(set(d.orgs) | {p.affiliation for p in d.people.values() if p.affiliation}) == 1


def _dated_vaguely(d: Draft) -> bool:
    return d.resolved is not None and d.resolved.precision != "day"


def _meeting_of_sentence(d: Draft, meetings: list[Draft]) -> Draft | None:
    """The meeting told in the same sentence as the journey, on the same (or no) date, by all its people."""
    for m in meetings:
        same_date = _undated(m) and _undated(d) or (_dated_vaguely(m) and _dated_vaguely(d) and m.resolved == d.resolved)
        if m is not d and same_date and set(d.evidence) <= set(m.evidence) and set(d.people) <= set(m.people):
            return m
    return None


def _sides(d: Draft) -> set[str]:
    return set(d.orgs) | {p.affiliation for p in d.people.values() if p.affiliation}


def _lone_journey_before(d: Draft) -> bool:
    """'The Islamic Jihad delegation had flown in from Beirut': one side's journey told in the past
    perfect with no day, the way to a meeting the article tells."""
    return set(d.types) == {"visit"} and d.past_perfect and d.resolved is None and d.date_expr is None and d.host is None \
        and len(_sides(d)) == 1


def _meeting_of_side(d: Draft, meetings: list[Draft]) -> Draft | None:
    """The one dated meeting of the article that the journey's side and all its people attended."""
    found = [m for m in meetings if m is not d and _dated_day(m) and _sides(d) <= _sides(m) and set(d.people) <= set(m.people)]
    return found[0] if len(found) == 1 else None


def _lone_arrival(d: Draft) -> bool:
    """A journey of one side with nobody met: no host, one side, people named ('had arrived on
    Tuesday and met X': the arrival's draft may carry the meeting's word without its counterpart)."""
    if "visit" not in d.types or not (_dated_day(d) or _undated(d)) or d.host is not None or not (d.people or d.orgs):
        return False  # ("The Hamas delegation arrived on Monday": named by its group alone)
    sides = set(d.orgs) | {p.affiliation for p in d.people.values() if p.affiliation}
    if d.resolved is None:  # "Upon arrival, X was received by Lebanese officials" (no day): the hosts' side named by nobody
        return "meeting" in d.types and len(sides) == 2 and len({p.affiliation for p in d.people.values()}) == 1
    return len(sides) == 1 or not d.people  # (nobody named: whoever welcomed the group is checked against the meeting)


def _meeting_of(d: Draft, meetings: list[Draft]) -> Draft | None:
    """The first meeting of the arrival's day, in its town (or with none told), of its side, that its traveller attended."""
    places = {p.name for p in d.places}
    for m in meetings:
        if m is d or (m.resolved.value if m.resolved else None) != (d.resolved.value if d.resolved else None):
            continue  # (both undated: "X has arrived in Beirut. Upon arrival, he was received by officials. He then met Y": that day's)
        if d.resolved is None and (not _undated(m) or min(m.evidence, default=(0, 0)) < min(d.evidence, default=(0, 0))):
            continue
        if d.people and (not set(d.people) & set(m.people) or not _sides(d) <= _sides(m)):
            continue  # ("X flew in on Wednesday, accompanied by A and B": X at the meeting, A and B with him)
        if not d.people and not set(d.orgs) <= set(m.orgs) | {p.affiliation for p in m.people.values()}:
            continue  # a group's arrival: the same-day meeting of that group (and of whoever welcomed it)
        if not _same_town(places, m):
            continue
        return m
    return None


def _same_town(places: set[str], m: Draft) -> bool:
    """An arrival's town is the meeting's, or one of the two names none."""
    return not places or not m.places or bool(places & {p.name for p in m.places})


def _meeting_after_eve(d: Draft, meetings: list[Draft]) -> Draft | None:
    """The meeting, told before the arrival, held the day after it in its town by its side: 'Zarif hosted Mekdad
    in Tehran on Monday. ... Mekdad arrived in Tehran on Sunday night' is one visit."""
    if d.resolved is None or set(d.types) != {"visit"} or not d.evidence:
        return None
    eve = date.fromisoformat(d.resolved.value[:10])
    places = {p.name for p in d.places}
    for m in meetings:
        if m is d or not _dated_day(m) or not m.evidence or min(m.evidence) >= min(d.evidence) or m.legislators:
            continue  # (a meeting with the host's legislators only, no side named: one of the trip's days, not the trip)
        assert m.resolved is not None
        if date.fromisoformat(m.resolved.value[:10]) - eve != timedelta(days=1):
            continue
        if not set(d.people) <= set(m.people) or not _sides(d) <= _sides(m):
            continue  # ("arrived on Saturday at the head of a delegation that included A and B": the trip's own event)
        if not _same_town(places, m):
            continue
        return m
    return None


def _undated_meeting_of_trip(d: Draft, drafts: list[Draft]) -> Draft | None:
    """'Wang has already visited Pakistan earlier in the week. // During his trip to Pakistan, he discussed
    with Imran Khan ...': a meeting told right after a one-sided trip, in its country or town, with no day of
    its own, is held on that trip; it takes the trip's date and the trip folds into it. So is the next one told
    with no place at all ('X arrived in Islamabad on Thursday. X was received by Y at the Foreign Office')."""
    if set(d.types) != {"visit"} or d.resolved is None or d.host is not None or not d.people or not d.places or len(_sides(d)) != 1:
        return None
    after = [m for m in drafts if m.order > d.order]
    m = min(after, key=lambda x: x.order) if after else None
    if m is None or not _undated(m) or set(m.types) <= {"visit", "call"} or not set(d.people) <= set(m.people) \
            or (m.places and not {p.name for p in d.places} & {p.name for p in m.places}):
        return None  # (a meeting that names no place of its own is held where the trip went: "was received by Y at the ministry")
    m.resolved, m.date_expr = d.resolved, d.date_expr
    return m


def _dated_journey_of(d: Draft, drafts: list[Draft]) -> Draft | None:
    """'The delegation arrived in Cairo on Tuesday evening. ... its negotiators had recently arrived in
    Cairo': a journey told with the month only ('recently'), by one side, to the town of that side's
    day-dated journey of the same month, is that journey told again."""
    if set(d.types) != {"visit"} or not _dated_vaguely(d) or d.resolved is None or d.resolved.precision != "month" \
            or d.host is not None or len(_sides(d)) != 1 or not d.places:
        return None
    towns = {p.name for p in d.places}
    found = [m for m in drafts if m is not d and "visit" in m.types and _dated_day(m) and m.resolved is not None
             and m.resolved.value.startswith(d.resolved.value) and _sides(d) <= _sides(m) and towns & {p.name for p in m.places}]
    return found[0] if len(found) == 1 else None


def _trip_told_by_its_end(d: Draft, drafts: list[Draft]) -> Draft | None:
    """'X returned home on Friday from a four-day visit to Y during which he held talks with Y's
    officials', then 'X arrived in Y's capital on Monday ...': a trip summed up from its end (dated
    with the trip's month, see clause_parts) is the trip the article tells day by day; it joins the
    first dated journey of those sides that month, not an event of its own."""
    if d.date_expr is None or d.date_expr.rel != TRIP_MONTH or d.resolved is None or not _sides(d):
        return None
    found = [m for m in drafts if m is not d and "visit" in m.types and _dated_day(m) and m.resolved is not None
             and m.resolved.value.startswith(d.resolved.value) and _sides(d) & _sides(m) and set(d.people) <= set(m.people)]  # (its hosts too: "visit to Y")
    return min(found, key=lambda m: (m.resolved.value, m.order)) if found else None  # type: ignore[union-attr]


def _meeting_asked_about(d: Draft, before: list[Draft]) -> Draft | None:
    """'China said Hamas and Fatah held talks in Beijing. ... the spokesman added, without specifying when the
    two sides had met': a meeting whose day the text withholds, of the sides of the undated meeting told just
    before it, is that meeting; it gives it its month (and nobody new)."""
    if d.date_expr is None or not d.date_expr.undisclosed or not before:
        return None
    m = before[-1]
    if not _undated(m) or set(m.types) <= {"visit", "call"} or not set(d.orgs) <= set(m.orgs) or not d.orgs:
        return None
    return m
