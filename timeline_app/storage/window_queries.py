"""Whole-database questions the window asks SQL instead of its memory: which events match a
search, and in which order a table column sorts them.

The window keeps no titles or names in memory (`window_columns`), so these run where the text
is; each returns event ids, which the window maps to its positions with one array lookup.
"""
from __future__ import annotations

from sqlalchemy import func, literal, or_, select
from sqlalchemy.orm import Session

from .models import Actor, Event, Participant
from .queries import events_quoting


def _like(words: str) -> str:
    return "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def events_matching(session: Session, words: str) -> set[int]:
    """Events whose title, place, delegations, officials or evidence quotes contain `words`
    (case-insensitive; `%` and `_` literal)."""
    pattern = _like(words)
    found = set(session.scalars(select(Event.id).where(or_(
        Event.title.ilike(pattern, escape="\\"), Event.location.ilike(pattern, escape="\\")))))
    named = (
        select(Participant.event_id).join(Actor, Actor.id == Participant.actor_id)
        .where(Actor.name.ilike(pattern, escape="\\"), or_(Actor.kind == "person", Participant.role == "delegation"))
    )
    found.update(session.scalars(named))
    found.update(events_quoting(session, words))
    return found


SORTABLE = ("title", "location", "confidence", "delegations", "officials")


def ids_in_column_order(session: Session, column: str) -> list[int]:
    """Every event id, ascending by a table column (ties by id); the caller drops what it does not show.

    Names sort by the event's participants joined in participant order, as the table shows them."""
    if column == "title":
        query = select(Event.id).order_by(func.lower(Event.title), Event.id)
    elif column == "location":
        query = select(Event.id).order_by(func.lower(func.coalesce(Event.location, literal(""))), Event.id)
    elif column == "confidence":
        query = select(Event.id).order_by(Event.confidence, Event.id)
    elif column in ("delegations", "officials"):
        which = Actor.kind == "person" if column == "officials" else (Actor.kind != "person") & (Participant.role == "delegation")
        names = (
            select(Participant.event_id.label("event_id"), func.group_concat(Actor.name, ", ").label("names"))
            .join(Actor, Actor.id == Participant.actor_id).where(which).group_by(Participant.event_id)
        ) if session.get_bind().dialect.name == "sqlite" else (
            select(Participant.event_id.label("event_id"),
                   func.string_agg(Actor.name, ", ").label("names"))
            .join(Actor, Actor.id == Participant.actor_id).where(which).group_by(Participant.event_id)
        )
        sub = names.subquery()
        query = (select(Event.id).outerjoin(sub, sub.c.event_id == Event.id)
                 .order_by(func.lower(func.coalesce(sub.c.names, literal(""))), Event.id))
    else:
        raise ValueError(f"cannot sort by {column!r}")
    return list(session.scalars(query))
