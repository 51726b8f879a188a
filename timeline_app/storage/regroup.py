"""Write side of the order-independent merge: read a group of stored reports with what the merge
rules need, find the events they could join through indexed lookups, and store a new
clustering of them (see ingest/merge.py).

Statements are built once (expanding IN parameters) and run on the DBAPI cursor of the session's
connection (fast_sql): building and compiling a statement per lookup, and SQLAlchemy's work per
execution, cost more than SQLite spent answering it.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, insert, or_, select, update
from sqlalchemy.orm import Session

from .event_refresh import BLANK_EVENT, FreshEvent, fresh_event, refresh_events, term_keys
from .fit_conditions import COUNTERPART_ROLES
from .fast_sql import FastStatement, connection
from .models import Actor, Document, Event, Mention, MentionParticipant, Participant

if TYPE_CHECKING:
    from .fresh_reports import FreshReport

E, M, MP, P, D, A = (Event.__table__, Mention.__table__, MentionParticipant.__table__, Participant.__table__,
                     Document.__table__, Actor.__table__)
CHUNK = 400


class MentionRow:
    """One stored report as the merge re-clusters it: its facts, its document's content hash (the
    order-independent sort key), the article of the file it was told in, and its participants as
    (actor id, role, is a person).

    A plain class with slots rather than a frozen dataclass: the merge makes thousands per page
    and a frozen dataclass sets each of 13 fields through object.__setattr__; and the actor sets
    the rules compare (ingest/merge_rules) are worked out once here, where the merge asked for
    them again for every comparison. Read-only by convention."""

    __slots__ = ("id", "document_id", "article_id", "content_hash", "event_id", "date", "precision", "basis", "type",
                 "location", "location_country", "topic", "participants", "actors", "delegations", "people", "met")

    def __init__(self, id: int, document_id: int, article_id: int | None, content_hash: str, event_id: int | None,
                 date: str | None, precision: str, basis: str, type: str, location: str | None,
                 location_country: str | None, topic: frozenset[str], participants: tuple[tuple[int, str, bool], ...]) -> None:
        self.id, self.document_id, self.article_id, self.content_hash, self.event_id = id, document_id, article_id, content_hash, event_id
        self.date, self.precision, self.basis, self.type = date, precision, basis, type
        self.location, self.location_country, self.topic, self.participants = location, location_country, topic, participants
        # what merge_rules compares: persons or delegations; delegations (organisations); persons; people met
        self.actors = frozenset([a for a, role, person in participants if person or role == "delegation"])
        self.delegations = frozenset([a for a, role, person in participants if not person and role == "delegation"])
        self.people = frozenset([a for a, _, person in participants if person])
        self.met = frozenset([a for a, role, person in participants if person and role in COUNTERPART_ROLES])

    def __repr__(self) -> str:
        return f"MentionRow(id={self.id}, event_id={self.event_id}, date={self.date!r}, participants={self.participants!r})"


_MENTION_COLUMNS = (M.c.id, M.c.document_id, M.c.article_id, D.c.content_hash, M.c.event_id, M.c.date, M.c.precision, M.c.basis,
                    M.c.type, M.c.location, M.c.location_country, M.c.topic)
_MENTIONS_BY_ID = FastStatement(select(*_MENTION_COLUMNS).join(D, D.c.id == M.c.document_id).where(
    M.c.id.in_(bindparam("ids", expanding=True))))
_MENTIONS_BY_EVENT = FastStatement(select(*_MENTION_COLUMNS).join(D, D.c.id == M.c.document_id).where(
    M.c.event_id.in_(bindparam("ids", expanding=True))))
_PARTICIPANTS = FastStatement(
    select(MP.c.mention_id, MP.c.actor_id, MP.c.role, A.c.kind)
    .join(A, A.c.id == MP.c.actor_id)
    .where(MP.c.mention_id.in_(bindparam("ids", expanding=True)))
    .order_by(MP.c.mention_id, MP.c.id)
)


def mention_rows(session: Session, *, mention_ids: set[int] = frozenset(), event_ids: set[int] = frozenset()) -> list[MentionRow]:
    """The given mentions and every mention of the given events (each once)."""
    conn = connection(session)
    found: dict[int, tuple] = {}
    for statement, ids in ((_MENTIONS_BY_ID, sorted(mention_ids)), (_MENTIONS_BY_EVENT, sorted(event_ids))):
        for start in range(0, len(ids), CHUNK):
            for r in statement.rows(conn, {"ids": ids[start:start + CHUNK]}):
                found.setdefault(r[0], r)
    rows = [found[i] for i in sorted(found)]
    parts: dict[int, list[tuple[int, str, bool]]] = defaultdict(list)
    ids = [r[0] for r in rows]
    for start in range(0, len(ids), CHUNK):
        for mention_id, actor_id, role, kind in _PARTICIPANTS.rows(conn, {"ids": ids[start:start + CHUNK]}):
            parts[mention_id].append((actor_id, role, kind == "person"))
    return [MentionRow(*r[:11], frozenset(r[11].split()), tuple(parts[r[0]])) for r in rows]


_MENTION_DATES = FastStatement(select(M.c.event_id, M.c.date, M.c.precision, M.c.basis, M.c.topic).where(
    M.c.event_id.in_(bindparam("ids", expanding=True))))


def mention_dates(session: Session, event_ids: set[int]) -> list[tuple[int, str | None, str, str, str]]:
    """(event, date, precision, basis, topic) of every report of the given events."""
    ids, conn = sorted(event_ids), connection(session)
    return [r for start in range(0, len(ids), CHUNK) for r in _MENTION_DATES.rows(conn, {"ids": ids[start:start + CHUNK]})]


_PINNED = FastStatement(select(E.c.id).where(E.c.id.in_(bindparam("ids", expanding=True)), (E.c.curated != "") | E.c.hidden))  # is_pinned


def fixed_events(session: Session, event_ids: set[int]) -> set[int]:
    """Events whose reports the merge must leave together and in place (others may still join
    them): those an analyst curated or hid, so re-clustering never dissolves a human decision."""
    ids = sorted(set(event_ids))
    conn = connection(session)
    return {e for start in range(0, len(ids), CHUNK) for e in _PINNED.scalars(conn, {"ids": ids[start:start + CHUNK]})}


_MOVE = FastStatement(update(M).where(M.c.id == bindparam("mid")).values(event_id=bindparam("eid")))
_NEW_EVENT = FastStatement(insert(E).returning(E.c.id))


def regroup(session: Session, clusters: list[list[int]], current: dict[int, int | None],
            fresh: Mapping[int, FreshReport] | None = None) -> tuple[int, set[int]]:
    """Store a new clustering of some mentions (each cluster a list of mention ids; `current` their
    events now). A cluster keeps the event holding most of its mentions, so unchanged events keep
    their ids; events that lose or gain a mention are re-aggregated, empty ones deleted.
    Returns (events created, events changed). `fresh`: the reports just stored, held in memory
    (storage/fresh_reports): a new event made of those only is inserted as the refresh would make it
    (event_refresh.fresh_event), not inserted blank, read back and updated."""
    conn = connection(session)
    taken: set[int] = set()
    changed: set[int] = set()
    moves: list[dict] = []
    created = 0
    known: dict[int, FreshEvent] = {}
    for cluster in clusters:
        votes: dict[int, int] = defaultdict(int)
        for mention_id in cluster:
            if current.get(mention_id) is not None:
                votes[current[mention_id]] += 1  # type: ignore[index]
        free = sorted((-n, e) for e, n in votes.items() if e not in taken)
        if free:
            event_id = free[0][1]
        elif fresh and all(mention_id in fresh for mention_id in cluster):  # inserted as it will stay
            new = fresh_event([fresh[mention_id] for mention_id in cluster])
            event_id, created = _NEW_EVENT.insert_ids(conn, [new.row])[0], created + 1
            known[event_id] = new
        else:
            event_id, created = _NEW_EVENT.insert_ids(conn, [BLANK_EVENT])[0], created + 1
        taken.add(event_id)
        for mention_id in cluster:
            if current.get(mention_id) != event_id:
                old = current.get(mention_id)
                if old is not None:
                    changed.add(old)
                changed.add(event_id)
                moves.append({"mid": mention_id, "eid": event_id})
    _MOVE.many(conn, moves)
    refresh_events(session, changed, known=known)
    return created, changed


_DATE_WINDOW = or_(E.c.date.in_(bindparam("dates", expanding=True)),
                   E.c.date.between(bindparam("lo"), bindparam("hi")))
_WITH_ACTORS_IN_WINDOW = FastStatement(select(P.c.event_id).where(
    P.c.actor_id.in_(bindparam("actors", expanding=True)),
    P.c.event_id.in_(select(E.c.id).where(_DATE_WINDOW)),
).distinct())
_WITH_ACTORS = FastStatement(select(P.c.event_id).where(P.c.actor_id.in_(bindparam("actors", expanding=True))).distinct())
_WITH_ACTORS_DATED = FastStatement(select(P.c.event_id).join(E, E.c.id == P.c.event_id)
                                   .where(P.c.actor_id.in_(bindparam("actors", expanding=True)), E.c.date.is_not(None)).distinct())
_NO_RANGE = {"lo": "~", "hi": "~"}  # an empty range: no stored date sorts after "~"


def events_with_actors(
    session: Session, actor_ids: set[int], *, dates: tuple[str, ...] = (), prefixes: tuple[str, ...] = (),
    dated: bool = False,
) -> set[int]:
    """Events that share an actor; narrowed to some dates (exact or by prefix) so merge
    candidates stay few however large the database grows: the dates are looked up first
    (ix_events_date), then only those events' participants (the (event, actor) unique index).
    At most one prefix (a month or a year: what compatible_dates gives)."""
    if not actor_ids:
        return set()
    conn = connection(session)
    actors = sorted(actor_ids)
    if dates or prefixes:
        assert len(prefixes) <= 1
        # ranges rather than LIKE: an index serves "2021-02" <= date <= "2021-02-99" everywhere
        window = {"lo": prefixes[0], "hi": prefixes[0] + "-99-99"} if prefixes else _NO_RANGE
        return set(_WITH_ACTORS_IN_WINDOW.scalars(conn, {"actors": actors, "dates": list(dates), **window}))
    return set((_WITH_ACTORS_DATED if dated else _WITH_ACTORS).scalars(conn, {"actors": actors}))


# each participant row of the given events naming one of the actors, and whether the actor counts for
# the merge's topic lookups there (a person or a delegation: what topic_terms_among looks at)
_ACTORS_AMONG = FastStatement(
    select(P.c.event_id, P.c.actor_id, or_(A.c.kind == "person", P.c.role == "delegation")).join(A, A.c.id == P.c.actor_id)
    .where(P.c.event_id.in_(bindparam("ids", expanding=True)), P.c.actor_id.in_(bindparam("actors", expanding=True))))
_REPORTS_WITHIN: dict[int, FastStatement] = {}  # by the number of prefixes


def _reports_within(prefixes: int) -> FastStatement:
    """Events with a report dated on one of :dates or between :lo_N and :hi_N (one range per prefix)."""
    if prefixes not in _REPORTS_WITHIN:
        windows = [M.c.date.in_(bindparam("dates", expanding=True))]
        windows += [M.c.date.between(bindparam(f"lo_{n}"), bindparam(f"hi_{n}")) for n in range(prefixes)]
        _REPORTS_WITHIN[prefixes] = FastStatement(select(M.c.event_id).where(or_(*windows), M.c.event_id.is_not(None)))
    return _REPORTS_WITHIN[prefixes]


def events_with_reports_within(session: Session, dates: tuple[str, ...], prefixes: tuple[str, ...], *,
                               actor_ids: set[int]) -> dict[int, set[int]]:
    """Events sharing one of the actors and having a report dated on one of `dates` or under one
    of `prefixes` (ix_mentions_date, then the (event, actor) key of participants): as few as the
    actors have events in those days, where the events sharing a popular actor's topic terms
    are hundreds, and all events of those days grow with the database. Each with those of the
    actors it counts as a person or a delegation (for topic_terms_among, read in the same
    statement rather than in one more)."""
    if not actor_ids:
        return {}
    params: dict = {"dates": sorted(dates)}
    for n, p in enumerate(sorted(prefixes)):
        params[f"lo_{n}"], params[f"hi_{n}"] = p, p + "-99-99"
    conn = connection(session)
    # in two steps: given both, SQLite starts from a busy actor's participant rows
    ids = sorted(set(_reports_within(len(prefixes)).scalars(conn, params)))
    actors = sorted(actor_ids)
    found: dict[int, set[int]] = {}
    for start in range(0, len(ids), CHUNK):
        for event_id, actor_id, indexed in _ACTORS_AMONG.rows(conn, {"actors": actors, "ids": ids[start:start + CHUNK]}):
            counted = found.setdefault(event_id, set())
            if indexed:
                counted.add(actor_id)
    return found


_TOPICS_OF = FastStatement(select(M.c.event_id, M.c.topic).where(M.c.event_id.in_(bindparam("ids", expanding=True))))


def event_terms(session: Session, event_ids: set[int]) -> dict[int, set[str]]:
    """event -> the topic terms of all its reports (term_key), read from the reports themselves."""
    conn, ids = connection(session), sorted(event_ids)
    out: dict[int, set[str]] = defaultdict(set)
    for start in range(0, len(ids), CHUNK):
        for event_id, topic in _TOPICS_OF.rows(conn, {"ids": ids[start:start + CHUNK]}):
            out[event_id].update(term_keys(topic.split()))
    return out


def topic_terms_among(session: Session, within: Mapping[int, set[int]], terms: set[str]) -> dict[int, list[tuple[int, frozenset[str]]]]:
    """actor -> [(event, the given terms that the event's reports hold)], for the events of
    `within` (events_with_reports_within: event -> the actors it counts as a person or a
    delegation): read once for a whole frontier of reports. Read by event (the event index of
    reports) and filtered here: the events of a frontier's date windows are few, their reports
    fewer than an index of (term, actor, event) rows of every event (~180 per event) was to keep."""
    if not within or not terms:
        return {}
    keys = term_keys(terms)
    pairs = sorted((a, e) for e, actors in within.items() for a in actors)
    held_by_event = {e: frozenset(t & keys) for e, t in event_terms(session, {e for _, e in pairs}).items()}
    out: dict[int, list[tuple[int, frozenset[str]]]] = defaultdict(list)
    for actor_id, event_id in pairs:
        held = held_by_event.get(event_id)
        if held:
            out[actor_id].append((event_id, held))
    return dict(out)
