"""Recompute events from their mentions, many at a time, in a few Core statements.

An event's facts (date, place, type, title, participants) are a function of its
mentions (storage/aggregate.py) and of what an analyst owns (storage/curation_state.py). Ingest
recomputes every event a new document touches; doing it one event at a time through the ORM
cost ~8 ms per document (a dozen statements per event), so this reads the mentions and
participants of all the events in two queries and writes the results with executemany, on the
DBAPI cursor (fast_sql: SQLAlchemy's per-statement work was most of the time).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Set as AbstractSet
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import Connection, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from .aggregate import MentionFacts, aggregate, merge_role
from .curation_state import apply_facts, participant_slots
from .fast_sql import FastStatement, connection
from .models import Actor, Document, Event, Mention, MentionParticipant, Participant

if TYPE_CHECKING:
    from .fresh_reports import FreshReport

E, M, MP, P, D, A = (Event.__table__, Mention.__table__, MentionParticipant.__table__, Participant.__table__,
                     Document.__table__, Actor.__table__)
CHUNK = 400  # ids per IN (...): well under every backend's parameter limit

_EVENTS = FastStatement(select(E.c.id, E.c.curated, E.c.hidden, E.c.date, E.c.precision, E.c.basis, E.c.type, E.c.location,
                 E.c.title).where(E.c.id.in_(bindparam("ids", expanding=True))))
# in the order of their documents' content (not of arrival), so an event reads the same whichever
# analyst's ingest stored which report first
_MENTIONS = FastStatement(
    select(M.c.id, M.c.event_id, M.c.document_id, M.c.date, M.c.precision, M.c.basis, M.c.type, M.c.location,
           M.c.location_country, M.c.topic)
    .join(D, D.c.id == M.c.document_id)
    .where(M.c.event_id.in_(bindparam("ids", expanding=True)))
    .order_by(D.c.content_hash, M.c.id)
)
_PARTICIPANTS = FastStatement(
    select(MP.c.mention_id, MP.c.id, MP.c.actor_id, MP.c.role, MP.c.title, MP.c.organization_id, A.c.kind, A.c.name)
    .join(A, A.c.id == MP.c.actor_id)
    .where(MP.c.mention_id.in_(bindparam("ids", expanding=True)))
)
_DELETE_PARTICIPANTS = FastStatement(delete(P).where(P.c.event_id.in_(bindparam("ids", expanding=True))))
_DELETE_EVENTS = FastStatement(delete(E).where(E.c.id.in_(bindparam("ids", expanding=True))))
_SOURCE_GONE = FastStatement(update(E).where(E.c.id.in_(bindparam("ids", expanding=True))).values(source_gone=True))
_UPDATE = FastStatement(update(E).where(E.c.id == bindparam("eid")).values(
    date=bindparam("date"), precision=bindparam("precision"), basis=bindparam("basis"), type=bindparam("type"),
    location=bindparam("location"), title=bindparam("title"), sort_key=bindparam("sort_key"),
    source_gone=bindparam("source_gone"), confidence=bindparam("confidence"),
))
_INSERT_PARTICIPANTS = FastStatement(insert(P))
_MARK_UNDATED = FastStatement(update(P).where(P.c.event_id == bindparam("eid")).values(undated_report=bindparam("undated")))


class _MentionRow(NamedTuple):
    id: int
    event_id: int
    document_id: int
    date: str | None
    precision: str
    basis: str
    type: str
    location: str | None
    location_country: str | None
    topic: str


class _PartRow(NamedTuple):
    mention_id: int
    id: int
    actor_id: int
    role: str
    title: str | None
    organization_id: int | None
    kind: str
    name: str


@dataclass
class _EventState:
    """The columns apply_facts reads and writes (it works on any object with these attributes)."""
    id: int
    curated: str
    hidden: bool
    date: str | None
    precision: str
    basis: str
    type: str
    location: str | None
    title: str
    sort_key: str = "9999"
    source_gone: bool = False
    confidence: float = 0.0


TERM_KEY_LENGTH = 64


def term_key(term: str) -> str:
    """A topic term as the merge compares it (the first 64 characters: what schemas 3-6 indexed)."""
    return term[:TERM_KEY_LENGTH]


def term_keys(terms: Iterable[str]) -> AbstractSet[str]:
    """{term_key(t) for t in terms}, without a call per term when none is that long (nearly
    always: the merge keys every term of every candidate event's reports, ~100 per page). A set
    given is returned as it is then: read it, do not change it."""
    keys = terms if isinstance(terms, (set, frozenset)) else set(terms)
    if keys and max(map(len, keys)) > TERM_KEY_LENGTH:
        return {t[:TERM_KEY_LENGTH] for t in keys}
    return keys


def refresh_events(session: Session, event_ids: Iterable[int], *, known: Mapping[int, FreshEvent] | None = None) -> set[int]:
    """Recompute the given events from their mentions; an event left without mentions is
    deleted, unless a human decided about it (then it stays, marked "source gone").
    Returns the events that still exist.

    `known`: events inserted in this transaction (storage/regroup) already as computed from
    reports the writer has just stored and holds in memory (`fresh_event`): only their
    participant rows are written, in the order of the others'."""
    ids = sorted(set(event_ids))
    conn = connection(session)
    alive: set[int] = set()
    for start in range(0, len(ids), CHUNK):
        alive |= _refresh_chunk(session, conn, ids[start:start + CHUNK], known or {})
    return alive


# the row regroup inserts for a new event (curated "", not hidden, no place: the columns' defaults); an
# event made of fresh reports is computed from it (fresh_event) and inserted as computed
BLANK_EVENT = {"date": None, "precision": "unknown", "basis": "unknown", "type": "meeting", "title": "", "sort_key": "9999"}


class FreshEvent(NamedTuple):
    """A new event computed from fresh reports before it is inserted: the row to insert (the blank
    row with what the refresh would have written into it) and its participant rows, to which the
    refresh adds the event's id."""
    row: dict
    participants: list[dict]


def fresh_event(reports: list[FreshReport]) -> FreshEvent:
    """What refreshing a blank event made of these just-stored reports gives (the rows the
    refresh's queries would read back, in their order), computed before the event is inserted:
    the event is inserted once, as it will stay, instead of blank and then updated (an INSERT and
    an UPDATE of its indexed date and sort key, per new event)."""
    state = _EventState(0, curated="", hidden=False, location=None, **BLANK_EVENT)
    ms: list[_MentionRow] = []
    position: dict[int, int] = {}
    parts: dict[int, list] = defaultdict(list)
    sequence = 0  # participant rows' order (their ids follow the order they were stored in)
    for n, f in enumerate(sorted(reports, key=lambda f: (f.row.content_hash, f.row.id))):
        r = f.row
        ms.append(_MentionRow(r.id, 0, r.document_id, r.date, r.precision, r.basis, r.type, r.location, r.location_country,
                              f.topic))
        position[r.id] = n
        for actor, role, title, organization_id in f.participants:
            parts[r.id].append(_PartRow(r.id, sequence, actor.id, role, title, organization_id, actor.kind, actor.name))
            sequence += 1
    update, merged, undated = _recompute(state, ms, parts, position, None)
    row = {**BLANK_EVENT, **{k: v for k, v in update.items() if k != "eid"}}
    return FreshEvent(row, _participant_rows(0, merged, undated))


def _refresh_chunk(session: Session, conn: Connection, ids: list[int], known: Mapping[int, FreshEvent]) -> set[int]:
    asked = [e for e in ids if e not in known]
    events = {r[0]: _EventState(*r) for r in _EVENTS.rows(conn, {"ids": asked})} if asked else {}
    mentions: dict[int, list] = defaultdict(list)
    if events:
        for m in map(_MentionRow._make, _MENTIONS.rows(conn, {"ids": list(events)})):
            mentions[m.event_id].append(m)
    position = {m.id: n for ms in mentions.values() for n, m in enumerate(ms)}
    parts: dict[int, list] = defaultdict(list)
    mention_ids = list(position)
    for start in range(0, len(mention_ids), CHUNK):
        for row in map(_PartRow._make, _PARTICIPANTS.rows(conn, {"ids": mention_ids[start:start + CHUNK]})):
            parts[row.mention_id].append(row)
    people_owned = {e for e, s in events.items() if "people" in s.curated.split(",")}
    recomputed = [e for e in sorted(events) if e not in people_owned]
    if recomputed:
        _DELETE_PARTICIPANTS.run(conn, {"ids": recomputed})
    gone = [e for e in sorted(events) if not mentions.get(e)]
    pinned_gone = [e for e in gone if events[e].curated or events[e].hidden]
    if pinned_gone:
        _SOURCE_GONE.run(conn, {"ids": pinned_gone})
    deleted = [e for e in gone if not (events[e].curated or events[e].hidden)]
    if deleted:
        _DELETE_EVENTS.run(conn, {"ids": deleted})
    updates: list[dict] = []
    participant_rows: list[dict] = []
    marks: list[dict] = []  # an analyst's participant rows, kept: told whether the event holds an undated report
    for event_id in sorted({*events, *(e for e in ids if e in known)}):  # participant rows in the order of their events
        if event_id in known:
            participant_rows += [{**r, "event_id": event_id} for r in known[event_id].participants]
            continue
        ms = mentions.get(event_id)
        if not ms:
            continue
        owned = participant_slots(session, event_id) if event_id in people_owned else None
        update, merged, undated = _recompute(events[event_id], ms, parts, position, owned)
        if owned is not None:  # curation: the analyst's participant rows are the truth
            marks.append({"eid": event_id, "undated": undated})
        else:
            participant_rows += _participant_rows(event_id, merged, undated)
        updates.append(update)
    _UPDATE.many(conn, updates)
    _INSERT_PARTICIPANTS.many(conn, participant_rows)
    _MARK_UNDATED.many(conn, marks)
    return set(pinned_gone) | {u["eid"] for u in updates} | {e for e in ids if e in known}


def _recompute(state: _EventState, ms: list[_MentionRow], parts: Mapping[int, list], position: Mapping[int, int],
               owned: dict[int, dict] | None) -> tuple[dict, dict[int, dict], bool]:
    """One event's new columns (the UPDATE's parameters), its participants merged over its
    reports (actor -> slot; `owned`, the analyst's, instead when given) and whether it holds an
    undated report."""
    facts = aggregate([MentionFacts(m.document_id, m.date, m.precision, m.basis, m.type, m.location,
                                    m.location_country) for m in ms])
    rows = sorted((p for m in ms for p in parts.get(m.id, ())), key=lambda p: (position[p.mention_id], p.id))
    merged: dict[int, dict] = {}
    for p in rows:
        slot = merged.setdefault(p.actor_id, {"role": None, "title": None, "org": None, "kind": p.kind, "name": p.name})
        slot["role"] = merge_role(slot["role"], p.role)
        slot["title"] = slot["title"] or p.title
        slot["org"] = slot["org"] or p.organization_id
    undated = any(m.date is None for m in ms)  # what the merge's index of undated reports reads
    if owned is not None:
        merged = owned
    delegations = [s["name"] for s in merged.values() if s["kind"] != "person" and s["role"] == "delegation"]
    hosts = [s["name"] for s in merged.values() if s["kind"] == "person" and s["role"] == "host"]
    if facts.type == "call" and not hosts:  # the far end of a call is marked an official, not a host
        hosts = [s["name"] for s in merged.values() if s["kind"] == "person" and s["role"] == "official"]
    members = [s["name"] for s in merged.values() if s["kind"] == "person" and s["name"] not in hosts]
    apply_facts(state, facts, (delegations, hosts, members), documents=len({m.document_id for m in ms}))  # type: ignore[arg-type]
    return ({"eid": state.id, "date": state.date, "precision": state.precision, "basis": state.basis,
             "type": state.type, "location": state.location, "title": state.title,
             "sort_key": state.sort_key, "source_gone": state.source_gone, "confidence": state.confidence}, merged, undated)


def _participant_rows(event_id: int, merged: dict[int, dict], undated: bool) -> list[dict]:
    return [{"event_id": event_id, "actor_id": a, "role": s["role"], "title": s["title"],
             "organization_id": s["org"], "curated": False, "undated_report": undated}
            for a, s in merged.items()]
