"""Analyst curation of actors: merge two spellings into one person, rename, split an alias off,
set kind and affiliation.

Ingest resolves every name through the alias table (repository.ActorResolver), so what is
decided here is what later ingests use: after "Abu Marzuk" is merged into "Mousa Abu Marzouk",
a new article's "Abu Marzuk" lands on the kept actor. Every action returns a `snapshot.Change`
that undo reverts exactly; unknown names raise CurationError before anything changes.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from ..names import compact_key
from .actor_lookup import canonical_names
from .curation import CurationError
from .models import Actor, Alias, MentionParticipant, Participant
from .repository import refresh_event
from .snapshot import Change, take

KINDS = ("person", "movement", "government", "organisation")


def find_actor(session: Session, name: str) -> Actor:
    """The actor a user means by any of its names (canonical, alias, unique surname)."""
    canonical = canonical_names(session, [name])[name]
    actor = session.scalar(select(Actor).where(Actor.name == canonical).order_by(Actor.id).limit(1)) if canonical else None
    if actor is None:
        raise CurationError(f"unknown actor {name!r}")
    return actor


def _events_of(session: Session, actor_ids: list[int]) -> set[int]:
    return set(session.scalars(select(Participant.event_id).where(
        (Participant.actor_id.in_(actor_ids)) | (Participant.organization_id.in_(actor_ids)))))


def _add_alias(session: Session, actor: Actor, name: str) -> None:
    key = compact_key(name)
    exists = session.scalar(select(Alias.id).where(Alias.actor_id == actor.id, Alias.fold_key == key))
    if key and exists is None:
        session.add(Alias(actor_id=actor.id, alias=name, fold_key=key))


def _refresh(session: Session, event_ids: Iterable[int]) -> None:
    session.flush()
    for event_id in sorted(event_ids):
        refresh_event(session, event_id)


def may_name_nobody(session: Session, actor_ids: Iterable[int]) -> None:
    """The reports naming these actors may now name no person (an actor's kind changed, or a
    person became an organisation's spelling): mark them so (schema 8, nobody_named) for the
    merge's index, which must never miss a report naming nobody; it checks the kinds itself."""
    ids = sorted(set(actor_ids))
    mp, naming = MentionParticipant.__table__, MentionParticipant.__table__.alias("naming")
    session.execute(update(mp).where(mp.c.mention_id.in_(select(naming.c.mention_id).where(naming.c.actor_id.in_(ids))))
                    .values(nobody_named=True))


def merge_actors(session: Session, keep_name: str, other_names: Iterable[str]) -> Change:
    """The others become the kept actor: their roles in events and reports, their aliases and
    their names (as aliases) move to it, and they are removed."""
    keep = find_actor(session, keep_name)
    others = [find_actor(session, n) for n in other_names]
    others = [o for o in {o.id: o for o in others}.values() if o.id != keep.id]
    if not others:
        raise CurationError("merging actors needs another actor than the one kept")
    ids = [keep.id, *(o.id for o in others)]
    other_ids = ids[1:]
    events = _events_of(session, ids)
    change = Change(take(session, events, set(ids)), result=keep.id)
    keep_events = set(session.scalars(select(Participant.event_id).where(Participant.actor_id == keep.id)))
    for row in session.scalars(select(Participant).where(Participant.actor_id.in_(other_ids)).order_by(Participant.id)):
        if row.event_id in keep_events:
            session.delete(row)
        else:
            row.actor_id = keep.id
            keep_events.add(row.event_id)
    session.flush()
    session.execute(update(MentionParticipant).where(MentionParticipant.actor_id.in_(other_ids)).values(actor_id=keep.id))
    may_name_nobody(session, [keep.id])
    for table in (Participant, MentionParticipant):
        session.execute(update(table).where(table.organization_id.in_(other_ids)).values(organization_id=keep.id))
    session.execute(update(Actor).where(Actor.affiliation_id.in_(other_ids)).values(affiliation_id=keep.id))
    names = [o.name for o in others] + list(session.scalars(select(Alias.alias).where(Alias.actor_id.in_(other_ids))))
    session.execute(delete(Alias).where(Alias.actor_id.in_(other_ids)))
    for other in others:
        session.delete(other)
    session.flush()
    for name in names:
        _add_alias(session, keep, name)
    _refresh(session, events)
    return change


def rename_actor(session: Session, name: str, new_name: str) -> Change:
    """A new canonical name; the old one stays an alias, so text still finds the actor."""
    actor = find_actor(session, name)
    new_name = new_name.strip()
    if not new_name:
        raise CurationError("the new name is empty")
    taken = session.scalar(select(Actor.id).where(Actor.name == new_name, Actor.id != actor.id))
    if taken is not None:
        raise CurationError(f"another actor is already called {new_name!r} (merge them instead)")
    events = _events_of(session, [actor.id])
    change = Change(take(session, events, {actor.id}), result=actor.id)
    old = actor.name
    actor.name, actor.fold_key = new_name[:512], compact_key(new_name)
    session.flush()
    _add_alias(session, actor, old)
    _add_alias(session, actor, new_name)
    _refresh(session, events)
    return change


def split_alias(session: Session, name: str, alias: str) -> Change:
    """An alias that is really someone else becomes an actor of its own (same kind); later
    ingests then resolve that spelling to the new actor. Reports already stored keep theirs."""
    actor = find_actor(session, name)
    key = compact_key(alias)
    row = session.scalar(select(Alias).where(Alias.actor_id == actor.id, Alias.fold_key == key))
    if row is None or key == actor.fold_key:
        raise CurationError(f"{alias!r} is not an alias of {actor.name!r} (or is its own name)")
    if session.scalar(select(Actor.id).where(Actor.name == alias)) is not None:
        raise CurationError(f"an actor is already called {alias!r}")
    change = Change(take(session, set(), {actor.id}))
    new = Actor(name=alias[:512], kind=actor.kind, fold_key=key)
    session.add(new)
    session.flush()
    row.actor_id = new.id
    session.flush()
    change.created_actors.add(new.id)
    change.result = new.id
    return change


def set_actor_kind(session: Session, name: str, kind: str | None = None, affiliation: str | None = None) -> Change:
    actor = find_actor(session, name)
    if kind is not None and kind not in KINDS:
        raise CurationError(f"unknown kind {kind!r} (use {', '.join(KINDS)})")
    org = find_actor(session, affiliation) if affiliation else None
    events = _events_of(session, [actor.id])
    change = Change(take(session, events, {actor.id}))
    if kind is not None:
        actor.kind = kind
        session.flush()
        may_name_nobody(session, [actor.id])
    if org is not None and org.id != actor.id:
        actor.affiliation_id = org.id
    _refresh(session, events)
    return change


def list_actors(session: Session) -> list[dict[str, Any]]:
    """Every actor with its aliases and how many events it takes part in (for `actors list`
    and the edit dialog's completion)."""
    counts = dict(session.execute(select(Participant.actor_id, func.count()).group_by(Participant.actor_id)).all())
    aliases: dict[int, list[str]] = {}
    for actor_id, alias in session.execute(select(Alias.actor_id, Alias.alias).order_by(Alias.id)):
        aliases.setdefault(actor_id, []).append(alias)
    names = dict(session.execute(select(Actor.id, Actor.name)).all())
    return [
        {"id": a.id, "name": a.name, "kind": a.kind, "affiliation": names.get(a.affiliation_id) if a.affiliation_id else None,
         "aliases": [x for x in aliases.get(a.id, []) if x != a.name], "events": counts.get(a.id, 0)}
        for a in session.scalars(select(Actor).order_by(Actor.name, Actor.id))
    ]
