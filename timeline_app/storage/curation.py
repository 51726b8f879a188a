"""Analyst curation of events: edit, hide, merge, split, make from a selection, mark reviewed.

Every action takes a writing Session, checks all its arguments before changing anything (an
unknown id or name raises CurationError and leaves the database as it was), and returns a
`snapshot.Change` that `undo` reverts exactly. What an action sets is marked as the analyst's
(`curation_state.own`), so a later ingest never overwrites it.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .actor_lookup import canonical_names
from .aggregate import BASIS_RANK, PRECISION_RANK
from .curation_state import own, owned_fields
from .event_filter import EVENT_TYPES, partial_date_range
from .models import Actor, Article, Event, Evidence, Mention, Participant
from .repository import refresh_event
from .snapshot import Change, restore, take


class CurationError(ValueError):
    """An action that cannot be done as asked (unknown id or name, bad date); one line."""


def parse_date(value: str) -> tuple[str, str]:
    """"2023", "2023-05" or "2023-05-04" -> (date, precision); anything else is refused."""
    text = value.strip()
    if partial_date_range(text) is None:
        raise CurationError(f"{value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return text, {4: "year", 7: "month", 10: "day"}[len(text)]


def _events(session: Session, ids: Iterable[int]) -> list[Event]:
    wanted = list(dict.fromkeys(ids))
    found = {e.id: e for e in session.scalars(select(Event).where(Event.id.in_(wanted)))}
    missing = [i for i in wanted if i not in found]
    if missing:
        raise CurationError(f"no event with id {missing[0]}")
    return [found[i] for i in wanted]


def _actor(session: Session, name: str, *, people: bool) -> Actor:
    canonical = canonical_names(session, [name], people=people)[name]
    actor = session.scalar(select(Actor).where(Actor.name == canonical, (Actor.kind == "person") if people else (Actor.kind != "person"))) if canonical else None
    if actor is None:
        raise CurationError(f"unknown {'official' if people else 'delegation'} {name!r}")
    return actor


@dataclass(frozen=True)
class EventEdit:
    """Fields to change; None leaves a field as it is."""

    date: str | None = None
    type: str | None = None
    location: str | None = None
    title: str | None = None
    add_delegations: tuple[str, ...] = ()
    remove_delegations: tuple[str, ...] = ()
    add_officials: tuple[str, ...] = ()
    remove_officials: tuple[str, ...] = ()


def edit_event(session: Session, event_id: int, edit: EventEdit) -> Change:
    (event,) = _events(session, [event_id])
    date = parse_date(edit.date) if edit.date is not None else None
    if edit.type is not None and edit.type not in EVENT_TYPES:
        raise CurationError(f"unknown event type {edit.type!r} (use {', '.join(EVENT_TYPES)})")
    adds = [(_actor(session, n, people=False), "delegation") for n in edit.add_delegations]
    adds += [(_actor(session, n, people=True), "official") for n in edit.add_officials]
    removes = [_actor(session, n, people=False) for n in edit.remove_delegations]
    removes += [_actor(session, n, people=True) for n in edit.remove_officials]
    present = set(session.scalars(select(Participant.actor_id).where(Participant.event_id == event_id)))
    for actor in removes:
        if actor.id not in present:
            raise CurationError(f"{actor.name!r} is not in event {event_id}")
    change = Change(take(session, {event_id}))
    if date is not None:
        event.date, event.precision, event.basis = date[0], date[1], "curated"
        own(event, "date")
    if edit.type is not None:
        event.type = edit.type
        own(event, "type")
    if edit.location is not None:
        event.location = edit.location.strip() or None
        own(event, "location")
    if edit.title is not None and edit.title.strip():
        event.title = edit.title.strip()[:1024]
        own(event, "title")
    if adds or removes:
        own(event, "people")
        session.flush()
        _change_people(session, event_id, present, adds, removes)
    session.flush()
    refresh_event(session, event_id)
    return change


def _change_people(session: Session, event_id: int, present: set[int], adds: list[tuple[Actor, str]], removes: list[Actor]) -> None:
    for actor in removes:
        session.execute(Participant.__table__.delete().where(Participant.event_id == event_id, Participant.actor_id == actor.id))
        present.discard(actor.id)
    for actor, role in adds:
        if actor.id not in present:
            session.add(Participant(event_id=event_id, actor_id=actor.id, role=role, title=None,
                                    organization_id=actor.affiliation_id if actor.kind == "person" else None, curated=True))
            present.add(actor.id)


def set_hidden(session: Session, event_ids: Iterable[int], hidden: bool) -> Change:
    return _set_flag(session, event_ids, "hidden", hidden)


def mark_reviewed(session: Session, event_ids: Iterable[int], reviewed: bool = True) -> Change:
    return _set_flag(session, event_ids, "reviewed", reviewed)


def _set_flag(session: Session, event_ids: Iterable[int], flag: str, value: bool) -> Change:
    """Set one of an event's yes/no marks, after taking the snapshot its undo restores."""
    events = _events(session, event_ids)
    change = Change(take(session, {e.id for e in events}))
    for event in events:
        setattr(event, flag, value)
    session.flush()
    return change


def _date_rank(event: Event) -> tuple[int, int, int]:
    owned = "date" in owned_fields(event)
    return (PRECISION_RANK.get(event.precision, 0), int(owned), BASIS_RANK.get(event.basis, 0))


def merge_events(session: Session, event_ids: Iterable[int]) -> Change:
    """Fold the events into the first one: all reports, all people, the most precise date; the
    analyst's own fields are kept (the first event's win). The result is visible if any was."""
    events = _events(session, event_ids)
    if len(events) < 2:
        raise CurationError("merging needs two or more different events")
    target, others = events[0], events[1:]
    change = Change(take(session, {e.id for e in events}), result=target.id)
    best = max(events, key=_date_rank)
    people_owned = any("people" in owned_fields(e) for e in events)
    if people_owned:  # the union of the events' people becomes the analyst's list
        present = set(session.scalars(select(Participant.actor_id).where(Participant.event_id == target.id)))
        for row in session.scalars(select(Participant).where(Participant.event_id.in_([e.id for e in others]))):
            if row.actor_id not in present:
                present.add(row.actor_id)
                session.add(Participant(event_id=target.id, actor_id=row.actor_id, role=row.role, title=row.title,
                                        organization_id=row.organization_id, curated=row.curated))
    target_owned = owned_fields(target)
    for other in others:
        for name in ("type", "location", "title"):
            if name in owned_fields(other) and name not in target_owned:
                setattr(target, name, getattr(other, name))
                own(target, name)
                target_owned.add(name)
    if "date" in owned_fields(best) and best is not target:
        target.date, target.precision, target.basis = best.date, best.precision, best.basis
        own(target, "date")
    own(target, "sources", *(["people"] if people_owned else []))
    target.hidden = all(e.hidden for e in events)
    target.reviewed = any(e.reviewed for e in events)
    for mention in session.scalars(select(Mention).where(Mention.event_id.in_([e.id for e in others]))):
        mention.event_id = target.id
    session.flush()
    for other in others:
        session.delete(other)
    session.flush()
    refresh_event(session, target.id)
    return change


def split_source(session: Session, event_id: int, mention_id: int) -> Change:
    """Take one report out of an event into a new event of its own (both keep that decision)."""
    (event,) = _events(session, [event_id])
    mention = session.get(Mention, mention_id)
    if mention is None or mention.event_id != event_id:
        raise CurationError(f"report {mention_id} is not a source of event {event_id}")
    if session.scalar(select(Mention.id).where(Mention.event_id == event_id, Mention.id != mention_id).limit(1)) is None:
        raise CurationError(f"event {event_id} has only this source")
    change = Change(take(session, {event_id}))
    new = Event(date=None, precision="unknown", basis="unknown", type=mention.type, title="", sort_key="9999", curated="sources")
    session.add(new)
    session.flush()
    mention.event_id = new.id
    own(event, "sources")
    session.flush()
    refresh_event(session, event_id)
    refresh_event(session, new.id)
    change.created_events.add(new.id)
    change.result = new.id
    return change


def mention_for_span(session: Session, event_id: int, document_id: int, start: int, end: int) -> int | None:
    """The report of an event that a source row (document, span) shown in the window belongs to."""
    return session.scalar(
        select(Mention.id).join(Evidence, Evidence.mention_id == Mention.id)
        .where(Mention.event_id == event_id, Evidence.document_id == document_id, Evidence.start == start, Evidence.end == end)
        .limit(1)
    )


def new_event_from_span(session: Session, document_id: int, start: int, end: int, *, type: str = "meeting",
                        date: str | None = None, location: str | None = None, title: str | None = None) -> Change:
    """A selection in a source becomes the evidence of a new event the analyst owns."""
    from .models import Document

    doc = session.get(Document, document_id)
    if doc is None:
        raise CurationError(f"no document with id {document_id}")
    if not (0 <= start < end <= len(doc.text)) or not doc.text[start:end].strip():
        raise CurationError("the selection is empty or outside the document")
    if type not in EVENT_TYPES:
        raise CurationError(f"unknown event type {type!r} (use {', '.join(EVENT_TYPES)})")
    day = parse_date(date) if date else None
    article = session.scalar(select(Article).where(Article.document_id == document_id, Article.start <= start, Article.end >= end).limit(1))
    event = Event(date=None, precision="unknown", basis="unknown", type=type, title="", sort_key="9999", curated="sources")
    session.add(event)
    session.flush()
    mention = Mention(document_id=document_id, article_id=article.id if article else None, event_id=event.id,
                      date=day[0] if day else None, precision=day[1] if day else "unknown",
                      basis="curated" if day else "unknown", date_text=None, type=type, location=location or None,
                      location_country=None, topic="", curated=True)
    session.add(mention)
    session.flush()
    session.add(Evidence(mention_id=mention.id, document_id=document_id, start=start, end=end))
    change = Change(take(session, set()), created_events={event.id}, created_mentions={mention.id}, result=event.id)
    edit = EventEdit(date=date, type=type, location=location, title=title)
    session.flush()
    edit_event(session, event.id, edit)
    return change


def undo(session: Session, change: Change) -> None:
    restore(session, change)


def run(db: Any, action: Callable[..., Change], *args: Any, **kwargs: Any) -> Change:
    """Do one action in its own write transaction and tell open windows (revision bump)."""
    from .db import bump_revision

    with db.writing() as session:
        change = action(session, *args, **kwargs)
        bump_revision(session)
    return change


def run_undo(db: Any, change: Change) -> None:
    from .db import bump_revision

    with db.writing() as session:
        restore(session, change)
        bump_revision(session)
