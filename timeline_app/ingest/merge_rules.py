"""The merge rules: whether two reports (or a report and an event) tell one event.

Pure functions on ClusterView (what a report or an event shows the rules: dates, place, type,
delegations, people, the people met, topics) and the views of stored reports; ingest/merge.py
finds the reports that could interact and clusters them with these rules.
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from ..storage.aggregate import MentionFacts, aggregate, merge_role
from ..storage.regroup import MentionRow
from ..storage.repository import ClusterView
from .resources import load_json

PUBLICATION_LAG_DAYS = 3  # a report dated by its publication may appear a few days after the event
TOPIC_MIN_SHARED = 4
TOPIC_MIN_RATIO = 0.18


def participants_fit(a: ClusterView, b: ClusterView) -> bool:
    if a.delegations and b.delegations and not (a.delegations & b.delegations):
        return False
    return bool((a.delegations & b.delegations) or (a.people & b.people))


COUNTERPART_ROLES = ("host", "official")


def counterparts_fit(a: ClusterView, b: ClusterView) -> bool:
    """Two reports naming the people met, none of them the same, tell two meetings (one visitor
    meeting two hosts on one trip), whatever else they share (issue 9)."""
    if a.counterparts and b.counterparts and not (a.counterparts & b.counterparts):
        return False
    # "the visitor met the prime minister" and "the visitor met the factions' leaders" on one day: one
    # names a host the other does not, the other names sides the first lacks (two meetings)
    for x, y in ((a, b), (b, a)):
        if x.counterparts and not (x.counterparts & y.people) and (y.delegations - x.delegations):
            return False
    return True


@lru_cache(maxsize=1)
def _seats() -> dict[str, str]:
    """Town -> the capital whose seat of power it holds (resources/regions.json 'seats')."""
    return dict(load_json("regions.json").get("seats", {}))


def place_fits(a: ClusterView, b: ClusterView) -> bool:
    if not a.location or not b.location:
        return True
    if a.location == b.location or _seats().get(a.location, a.location) == _seats().get(b.location, b.location):
        return True  # ("met Y at Baabda" and "met Y in Beirut": the presidential palace, one place)
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
    if a.basis == b.basis == "publication" and abs((da - db).days) <= 1:
        return True  # two undated reports of one meeting printed a day apart (same_event asks for the same people)
    return False


def topic_fits(a: ClusterView, b: ClusterView) -> bool:
    """Some report of one shares the topic of some report of the other (compared report by
    report: the union of many reports' words would match almost anything)."""
    return any(_terms_fit(x, y) for x in a.topics for y in b.topics)


def _shared_if_fit(x: frozenset[str], y: frozenset[str]) -> int:
    """The terms two reports share when their topics fit (_terms_fit), else 0."""
    return len(x & y) if _terms_fit(x, y) else 0


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
        and counterparts_fit(a, b)
        and place_fits(a, b)
        and dates_fit(a, b)
        and (not lagged or bool(a.people & b.people))  # a publication date a day or two late: same people too
        and (not _coarse_vs_day(a, b) or not (a.people and b.people) or bool(a.people & b.people))
        and not _relative_month_takes_others(a, b)
        and (not need_topic or (topic_fits(a, b) and (not (a.people and b.people) or bool(a.people & b.people))))
    )


def _coarse_vs_day(a: ClusterView, b: ClusterView) -> bool:
    """A month or year report against a day-dated one: the month contains the day, but a month
    holds many meetings of one movement, so the people must confirm it (as for a lagged date)."""
    return bool(a.date and b.date) and (a.precision == "day") != (b.precision == "day")


def _relative_month_takes_others(a: ClusterView, b: ClusterView) -> bool:
    """A month worked out from the article's date ("last month", "earlier this month") against a
    day-dated event of another document that names people: a month holds many meetings, so
    when each names someone the other does not, they tell two meetings, even with a person in
    common ("earlier this month the prime minister met a delegation headed by X" is not the
    day's meeting of X with someone else; it would bring the prime minister into it). One
    side naming everyone the other names is the same meeting told more or less fully, and a
    month report naming nobody cannot tell which meeting it was (issue 9)."""
    for month, day in ((a, b), (b, a)):
        if (month.precision == "month" and month.basis == "relative" and day.precision == "day" and day.date
                and not (month.sources & day.sources) and day.people
                and not (month.people and (month.people <= day.people or day.people <= month.people))):
            return True
    return False


def _closeness(a: ClusterView, b: ClusterView) -> tuple[int, int, int]:
    overlap = len(a.delegations & b.delegations) + len(a.people & b.people)
    return (int(a.date == b.date), overlap, -b.id)  # the earliest-made of equally close events


@lru_cache(maxsize=65536)
def compatible_dates(value: str, precision: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Stored dates that can fit a report's date: (exact values, prefixes). A day admits the
    days a publication date may lag behind it, and its month and year; a month admits its days.
    (Remembered: the merge asks for each report's dates several times per page.)"""
    if precision == "day":
        day = _as_day(value)
        if day is None:
            return (value,), ()
        window = tuple((day + timedelta(days=d)).isoformat() for d in range(-PUBLICATION_LAG_DAYS, PUBLICATION_LAG_DAYS + 1))
        return (*window, value[:7], value[:4]), ()
    if precision == "month":
        return (value[:4],), (value,)
    return (), (value[:4],)


def _actors(r: MentionRow) -> frozenset[int]:
    return r.actors  # persons or delegations, worked out once per row


def _canonical(r: MentionRow) -> tuple[str, int]:
    """Content-derived order: a document's content, then the report's place in it (ids of one
    document's reports follow extraction order)."""
    return (r.content_hash, r.id)


def source_of(r: MentionRow) -> int:
    """The article a report was told in. The extractor has already decided which of one article's
    reports are one event, so those never join; but a saved page often holds two articles (a
    story and the follow-up below it), and the second one's "confirmed Monday's meeting" is the
    first one's meeting, exactly as if it came from another file. A report stored without an
    article stands for its whole document (negative ids keep the two kinds apart)."""
    return r.article_id if r.article_id is not None else -r.document_id


def _mention_view(r: MentionRow, key: int) -> ClusterView:
    return ClusterView(key, frozenset({source_of(r)}), r.date, r.precision, r.basis, r.type, r.location,
                       r.location_country, r.delegations, r.people, (r.topic,), r.met)


def _cluster_view(members: list[MentionRow], key: int) -> ClusterView:
    """What refresh_event will store for these reports, computed in memory (same rules)."""
    ordered = sorted(members, key=_canonical)
    facts = aggregate([MentionFacts(m.document_id, m.date, m.precision, m.basis, m.type, m.location, m.location_country)
                       for m in ordered])
    roles: dict[int, tuple[str, bool]] = {}
    for m in ordered:
        for actor, role, person in m.participants:
            roles[actor] = (merge_role(roles[actor][0] if actor in roles else None, role), person)
    country = next((m.location_country for m in ordered if m.location and m.location == facts.location), None)
    return ClusterView(
        key, frozenset(source_of(m) for m in ordered), facts.date, facts.precision, facts.basis, facts.type,
        facts.location, country, frozenset(a for a, (role, person) in roles.items() if not person and role == "delegation"),
        frozenset(a for a, (_, person) in roles.items() if person), tuple(m.topic for m in ordered),
        frozenset(a for a, (role, person) in roles.items() if person and role in COUNTERPART_ROLES),
    )
