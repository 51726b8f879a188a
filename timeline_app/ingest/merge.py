"""Merge reports of the same event across documents (extraction stage 7).

Two reports describe one event when they share participants, do not contradict each other on
place, and have compatible dates. An undated report only joins a dated event when exactly one
candidate fits on participants, place *and topic*: otherwise it stays its own event, because a
wrong merge would give it a date no source supports.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from ..storage import repository as repo
from ..storage.curation_state import pinned_events
from ..storage.repository import ClusterView

PUBLICATION_LAG_DAYS = 3  # a report dated by its publication may appear a few days after the event
TOPIC_MIN_SHARED = 4
TOPIC_MIN_RATIO = 0.18


@dataclass
class MergeStats:
    added: int = 0
    merged: int = 0


def participants_fit(a: ClusterView, b: ClusterView) -> bool:
    if a.delegations and b.delegations and not (a.delegations & b.delegations):
        return False
    return bool((a.delegations & b.delegations) or (a.people & b.people))


def place_fits(a: ClusterView, b: ClusterView) -> bool:
    if not a.location or not b.location:
        return True
    if a.location == b.location:
        return True
    return a.location in (b.location_country,) or b.location in (a.location_country,)


def type_fits(a: ClusterView, b: ClusterView) -> bool:
    return (a.type == "call") == (b.type == "call")


def _as_day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def dates_fit(a: ClusterView, b: ClusterView) -> bool:
    if not a.date or not b.date:
        return True
    if a.precision != "day" or b.precision != "day":
        shorter, longer = sorted((a.date, b.date), key=len)
        return longer.startswith(shorter)
    if a.date == b.date:
        return True
    da, db = _as_day(a.date), _as_day(b.date)
    if da is None or db is None:
        return False
    for pub, other, pub_day, other_day in ((a, b, da, db), (b, a, db, da)):
        if pub.basis in ("publication", "corroborated") and other.basis not in ("publication", "corroborated"):
            if other_day <= pub_day <= other_day + timedelta(days=PUBLICATION_LAG_DAYS):
                return True
    return False


def topic_fits(a: ClusterView, b: ClusterView) -> bool:
    """Some report of one shares the topic of some report of the other (compared report by
    report: the union of many reports' words would match almost anything)."""
    return any(_terms_fit(x, y) for x in a.topics for y in b.topics)


def _terms_fit(x: frozenset[str], y: frozenset[str]) -> bool:
    shared = len(x & y)
    smaller = min(len(x), len(y))
    return smaller > 0 and shared >= TOPIC_MIN_SHARED and shared / smaller >= TOPIC_MIN_RATIO


def same_event(a: ClusterView, b: ClusterView, *, need_topic: bool) -> bool:
    """need_topic is set when one side is undated: then the date cannot confirm the match, so
    the topic must, and when both name people at least one person must be the same (a movement
    meets in the same capital many times)."""
    lagged = bool(a.date and b.date and a.date != b.date and a.precision == b.precision == "day")
    return (
        type_fits(a, b)
        and participants_fit(a, b)
        and place_fits(a, b)
        and dates_fit(a, b)
        and (not lagged or bool(a.people & b.people))  # a publication date a day or two late: same people too
        and (not need_topic or (topic_fits(a, b) and (not (a.people and b.people) or bool(a.people & b.people))))
    )


def _closeness(a: ClusterView, b: ClusterView) -> tuple[int, int, int]:
    overlap = len(a.delegations & b.delegations) + len(a.people & b.people)
    return (int(a.date == b.date), overlap, -b.id)


def compatible_dates(value: str, precision: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Stored dates that can fit a report's date: (exact values, prefixes). A day admits the
    days a publication date may lag behind it, and its month and year; a month admits its days."""
    if precision == "day":
        day = _as_day(value)
        if day is None:
            return (value,), ()
        window = tuple((day + timedelta(days=d)).isoformat() for d in range(-PUBLICATION_LAG_DAYS, PUBLICATION_LAG_DAYS + 1))
        return (*window, value[:7], value[:4]), ()
    if precision == "month":
        return (value[:4],), (value,)
    return (), (value[:4],)


def _candidate_ids(session: Session, view: ClusterView) -> list[int]:
    """Dated events that may fit: within the date window for a dated report; for an undated
    one, any date but TOPIC_MIN_SHARED shared topic terms (it needs them to merge), found
    through the term index rather than by reading every dated event of its actors."""
    actors = set(view.delegations | view.people)
    if view.date:
        exact, prefixes = compatible_dates(view.date, view.precision)
        return sorted(repo.events_with_actors(session, actors, dates=exact, prefixes=prefixes))
    return sorted(repo.events_sharing_topic(session, actors, set().union(*view.topics), TOPIC_MIN_SHARED, dated=True))


def _others(session: Session, view: ClusterView, ids: set[int]) -> list[ClusterView]:
    return [c for c in repo.event_views(session, ids) if c.id != view.id and not (c.document_ids & view.document_ids)]


def _dated_fits(session: Session, view: ClusterView, *, enough: int | None = None) -> list[ClusterView]:
    """The dated events this report fits. With `enough`, stop once that many are found: an
    undated report only cares whether exactly one fits, and a story reported many times has
    many candidates, so they are read a few at a time."""
    ids = _candidate_ids(session, view)
    step = _CHUNK if enough else max(len(ids), 1)
    fits: list[ClusterView] = []
    for start in range(0, len(ids), step):
        fits += [c for c in _others(session, view, set(ids[start:start + step]))
                 if c.date and same_event(view, c, need_topic=not view.date)]
        if enough is not None and len(fits) >= enough:
            break
    return fits


_CHUNK = 16


def cluster_mentions(session: Session, mention_ids: list[int]) -> MergeStats:
    """Place each new mention into an existing event or a new one."""
    stats = MergeStats()
    for mention_id in mention_ids:
        view = repo.mention_view(session, mention_id)
        fits = _dated_fits(session, view, enough=None if view.date else 2)
        if view.date and fits:
            target_id = max(fits, key=lambda c: _closeness(view, c)).id
            repo.assign_mention(session, mention_id, target_id)
            stats.merged += 1
        elif not view.date and len(fits) == 1:
            target_id = repo.assign_mention(session, mention_id, fits[0].id)
            stats.merged += 1
        else:
            target_id = repo.assign_mention(session, mention_id, None)
            stats.added += 1
        if view.date:
            stats.merged += _absorb_undated(session, target_id)
    return stats


def _absorb_undated(session: Session, event_id: int) -> int:
    """An undated event whose only fitting dated event is this new one joins it.

    The undated events that could fit are found through their (topic term, actor) index: a
    fit needs a shared actor and TOPIC_MIN_SHARED shared terms, so nothing else is read.
    """
    (event,) = repo.event_views(session, {event_id})
    terms = set().union(*event.topics)
    ids = repo.events_sharing_topic(session, set(event.delegations | event.people), terms, TOPIC_MIN_SHARED, dated=False)
    absorbed = 0
    pinned = pinned_events(session, ids)  # an event a human decided about is never dissolved
    for other in _others(session, event, ids):
        if other.date or other.id in pinned or not same_event(other, event, need_topic=True):
            continue
        fits = _dated_fits(session, other, enough=2)
        if len(fits) == 1 and fits[0].id == event_id:
            repo.move_event(session, other.id, event_id)
            absorbed += 1
    return absorbed
