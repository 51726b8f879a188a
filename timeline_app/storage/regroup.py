"""Write side of the order-independent merge: read a group of stored reports with what the merge
rules need, find the events they could join through indexed lookups, and store a new
clustering of them (see ingest/merge.py)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from .curation_state import pinned_events
from .models import Actor, Document, Event, Mention, MentionParticipant, MergeTerm, Participant
from .repository import _term_key, refresh_event


@dataclass(frozen=True)
class MentionRow:
    """One stored report as the merge re-clusters it: its facts, its document's content hash (the
    order-independent sort key) and its participants as (actor id, role, is a person)."""

    id: int
    document_id: int
    content_hash: str
    event_id: int | None
    date: str | None
    precision: str
    basis: str
    type: str
    location: str | None
    location_country: str | None
    topic: frozenset[str]
    participants: tuple[tuple[int, str, bool], ...]


def mention_rows(session: Session, *, mention_ids: set[int] = frozenset(), event_ids: set[int] = frozenset()) -> list[MentionRow]:
    """The given mentions and every mention of the given events, read in two queries."""
    if not mention_ids and not event_ids:
        return []
    where = or_(Mention.id.in_(sorted(mention_ids)), Mention.event_id.in_(sorted(event_ids)))
    rows = session.execute(
        select(Mention.id, Mention.document_id, Document.content_hash, Mention.event_id, Mention.date, Mention.precision,
               Mention.basis, Mention.type, Mention.location, Mention.location_country, Mention.topic)
        .join(Document, Document.id == Mention.document_id).where(where)
    ).all()
    parts: dict[int, list[tuple[int, str, bool]]] = defaultdict(list)
    ids = [r[0] for r in rows]
    for start in range(0, len(ids), 500):
        for mention_id, actor_id, role, kind in session.execute(
            select(MentionParticipant.mention_id, MentionParticipant.actor_id, MentionParticipant.role, Actor.kind)
            .join(Actor, Actor.id == MentionParticipant.actor_id)
            .where(MentionParticipant.mention_id.in_(ids[start:start + 500]))
            .order_by(MentionParticipant.mention_id, MentionParticipant.id)
        ):
            parts[mention_id].append((actor_id, role, kind == "person"))
    return [MentionRow(*r[:10], frozenset(r[10].split()), tuple(parts[r[0]])) for r in rows]


def fixed_events(session: Session, event_ids: set[int]) -> set[int]:
    """Events whose reports the merge must leave together and in place (others may still join
    them): those an analyst curated or hid, so re-clustering never dissolves a human decision."""
    return pinned_events(session, event_ids)


def regroup(session: Session, clusters: list[list[int]], current: dict[int, int | None]) -> tuple[int, set[int]]:
    """Store a new clustering of some mentions (each cluster a list of mention ids; `current` their
    events now). A cluster keeps the event holding most of its mentions, so unchanged events keep
    their ids; events that lose or gain a mention are re-aggregated, empty ones deleted.
    Returns (events created, events changed)."""
    taken: set[int] = set()
    changed: set[int] = set()
    created = 0
    for cluster in clusters:
        votes: dict[int, int] = defaultdict(int)
        for mention_id in cluster:
            if current.get(mention_id) is not None:
                votes[current[mention_id]] += 1  # type: ignore[index]
        free = sorted((-n, e) for e, n in votes.items() if e not in taken)
        if free:
            event_id = free[0][1]
        else:
            event = Event(date=None, precision="unknown", basis="unknown", type="meeting", title="", sort_key="9999")
            session.add(event)
            session.flush()
            event_id, created = event.id, created + 1
        taken.add(event_id)
        for mention_id in cluster:
            if current.get(mention_id) != event_id:
                old = current.get(mention_id)
                if old is not None:
                    changed.add(old)
                changed.add(event_id)
                session.execute(update(Mention).where(Mention.id == mention_id).values(event_id=event_id))
    session.flush()
    for event_id in sorted(changed):
        refresh_event(session, event_id)
    return created, changed


def events_with_actors(
    session: Session, actor_ids: set[int], *, dates: tuple[str, ...] = (), prefixes: tuple[str, ...] = (),
    dated: bool = False,
) -> set[int]:
    """Events that share an actor; narrowed to some dates (exact or by prefix) so merge
    candidates stay few however large the database grows: the dates are looked up first
    (ix_events_date), then only those events' participants (the (event, actor) unique index)."""
    if not actor_ids:
        return set()
    query = select(Participant.event_id).where(Participant.actor_id.in_(sorted(actor_ids))).distinct()
    if dates or prefixes:
        # ranges rather than LIKE: an index serves "2021-02" <= date <= "2021-02-99" everywhere
        windows = [Event.date.in_(dates)] if dates else []
        windows += [Event.date.between(p, p + "-99-99") for p in prefixes]
        in_window = select(Event.id).where(or_(*windows))
        query = query.where(Participant.event_id.in_(in_window))
    elif dated:
        query = query.join(Event, Event.id == Participant.event_id).where(Event.date.is_not(None))
    return set(session.scalars(query))


def events_sharing_topic(session: Session, actor_ids: set[int], terms: set[str], min_shared: int, *,
                         dated: bool | None) -> set[int]:
    """Dated (or undated, or with dated=None any) events sharing an actor and at least min_shared
    topic terms: the only events an undated report can be merged with, looked up by (term, actor)
    (see MergeTerm)."""
    keys = sorted({_term_key(t) for t in terms})
    if not actor_ids or len(keys) < min_shared:
        return set()
    matches = (
        select(MergeTerm.event_id)
        .where(MergeTerm.actor_id.in_(sorted(actor_ids)), MergeTerm.term.in_(keys))
        .group_by(MergeTerm.event_id, MergeTerm.actor_id)
        .having(func.count() >= min_shared)
    )
    if dated is None:
        return set(session.scalars(matches))
    when = Event.date.is_not(None) if dated else Event.date.is_(None)
    return set(session.scalars(select(Event.id).where(Event.id.in_(matches), when)))
