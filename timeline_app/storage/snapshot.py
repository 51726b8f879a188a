"""Undo for every curation action: copy the rows an action may touch, put them back on undo.

One generic mechanism instead of an inverse per action: an action names the events and actors
it is about to change; `take` copies their rows (events, participants, the links
of their mentions; actors, aliases, and every row that points at those actors); `restore`
deletes what the action created and re-inserts the copies with their original ids. So undo is
exact for merges, splits, edits and actor merges alike, and a new action needs no undo code.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.orm import Session

from .models import Actor, Alias, Event, Mention, MentionParticipant, Participant

Row = dict[str, Any]


@dataclass
class Snapshot:
    event_ids: frozenset[int]
    actor_ids: frozenset[int]
    events: list[Row] = field(default_factory=list)
    participants: list[Row] = field(default_factory=list)
    links: list[tuple[int, int | None]] = field(default_factory=list)  # (mention id, event id)
    actors: list[Row] = field(default_factory=list)
    aliases: list[Row] = field(default_factory=list)
    mention_participants: list[Row] = field(default_factory=list)
    affiliations: list[tuple[int, int | None]] = field(default_factory=list)  # (actor id, affiliation id)


@dataclass
class Change:
    """What an action did, enough to undo it: the copy taken before, and what it created."""

    before: Snapshot
    created_events: set[int] = field(default_factory=set)
    created_mentions: set[int] = field(default_factory=set)
    created_actors: set[int] = field(default_factory=set)
    result: Any = None  # what the action returns to its caller (a new event id, ...)


def _rows(session: Session, table: Any, where: Any) -> list[Row]:
    return [dict(r._mapping) for r in session.execute(select(table).where(where))]


def _participant_scope(event_ids: list[int], actor_ids: list[int]) -> Any:
    p = Participant.__table__.c
    return or_(p.event_id.in_(event_ids), p.actor_id.in_(actor_ids), p.organization_id.in_(actor_ids))


def _mp_scope(actor_ids: list[int]) -> Any:
    c = MentionParticipant.__table__.c
    return or_(c.actor_id.in_(actor_ids), c.organization_id.in_(actor_ids))


def take(session: Session, event_ids: set[int], actor_ids: set[int] = frozenset()) -> Snapshot:  # type: ignore[assignment]
    session.flush()
    e, a = sorted(event_ids), sorted(actor_ids)
    snap = Snapshot(frozenset(e), frozenset(a))
    snap.events = _rows(session, Event.__table__, Event.__table__.c.id.in_(e))
    snap.participants = _rows(session, Participant.__table__, _participant_scope(e, a))
    snap.links = [tuple(r) for r in session.execute(select(Mention.id, Mention.event_id).where(Mention.event_id.in_(e)))]
    snap.actors = _rows(session, Actor.__table__, Actor.__table__.c.id.in_(a))
    snap.aliases = _rows(session, Alias.__table__, Alias.__table__.c.actor_id.in_(a))
    snap.mention_participants = _rows(session, MentionParticipant.__table__, _mp_scope(a))
    snap.affiliations = [tuple(r) for r in session.execute(select(Actor.id, Actor.affiliation_id).where(Actor.affiliation_id.in_(a)))]
    return snap


def restore(session: Session, change: Change) -> None:
    """Put the rows back as they were before the action (ids included)."""
    snap = change.before
    e, a = sorted(snap.event_ids), sorted(snap.actor_ids)
    session.flush()
    if change.created_mentions:
        session.execute(delete(Mention).where(Mention.id.in_(sorted(change.created_mentions))))
    if change.created_events:
        session.execute(delete(Event).where(Event.id.in_(sorted(change.created_events - snap.event_ids))))
    if change.created_actors:
        session.execute(delete(Actor).where(Actor.id.in_(sorted(change.created_actors - snap.actor_ids))))
    session.execute(delete(Participant.__table__).where(_participant_scope(e, a)))
    session.execute(delete(MentionParticipant.__table__).where(_mp_scope(a)))
    session.execute(delete(Alias.__table__).where(Alias.__table__.c.actor_id.in_(a)))
    session.execute(delete(Event.__table__).where(Event.__table__.c.id.in_(e)))
    session.execute(delete(Actor.__table__).where(Actor.__table__.c.id.in_(a)))
    if snap.actors:  # affiliations may point at each other: set them once all exist
        session.execute(insert(Actor.__table__), [{**r, "affiliation_id": None} for r in snap.actors])
    affiliations = [(r["id"], r["affiliation_id"]) for r in snap.actors if r["affiliation_id"]] + snap.affiliations
    for actor_id, affiliation_id in affiliations:
        session.execute(update(Actor.__table__).where(Actor.__table__.c.id == actor_id).values(affiliation_id=affiliation_id))
    for table, rows in ((Alias.__table__, snap.aliases), (Event.__table__, snap.events)):
        if rows:
            session.execute(insert(table), rows)
    if snap.participants:
        existing = set(session.scalars(select(Event.id).where(Event.id.in_({r["event_id"] for r in snap.participants}))))
        # marked as possibly holding an undated report / naming nobody (schema 8): the merge's
        # indexes may over-report, never miss one, and reports moved since the copy was taken
        rows = [{**r, "undated_report": True} for r in snap.participants if r["event_id"] in existing]
        if rows:
            session.execute(insert(Participant.__table__), rows)
    if snap.mention_participants:  # a report deleted by an ingest since then stays deleted
        alive = set(session.scalars(select(Mention.id).where(Mention.id.in_({r["mention_id"] for r in snap.mention_participants}))))
        rows = [{**r, "nobody_named": True} for r in snap.mention_participants if r["mention_id"] in alive]
        if rows:
            session.execute(insert(MentionParticipant.__table__), rows)
            mp = MentionParticipant.__table__
            session.execute(update(mp).where(mp.c.mention_id.in_(sorted(alive))).values(nobody_named=True))
    for mention_id, event_id in snap.links:
        session.execute(update(Mention.__table__).where(Mention.__table__.c.id == mention_id).values(event_id=event_id))
    session.flush()
    session.expire_all()
