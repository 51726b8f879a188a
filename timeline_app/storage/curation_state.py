"""What a human decided about an event, and how re-aggregation respects it (no Qt, no I/O).

An event's facts are normally recomputed from its mentions (see repository.refresh_event). A
field the analyst set by hand is *owned* by the analyst: `Event.curated` lists such fields
("date", "type", "location", "title", "people", "sources") and refresh never overwrites them.
"sources" means the analyst decided which reports belong together (a merge, a split, an event
made from a selection): re-ingest then re-attaches the same evidence to the same event.

An event is *pinned* when it is curated or hidden: it is kept, marked `source_gone`, when its
last report disappears, because deleting it would silently undo a human decision.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import false, select
from sqlalchemy.orm import Session

from .aggregate import EventFacts, make_title, sort_key
from .models import Actor, Event, Participant

OWNABLE = ("date", "type", "location", "title", "people", "sources")
NEEDS_REVIEW_BELOW = 0.6  # confidence under this, not reviewed and not curated: "needs review"

_BASIS_WEIGHT = {"curated": 0.35, "explicit": 0.3, "relative": 0.2, "corroborated": 0.2, "publication": 0.1, "unknown": 0.0}


def owned_fields(event: Event) -> set[str]:
    return {f for f in (event.curated or "").split(",") if f}


def own(event: Event, *fields: str) -> None:
    """Mark fields as the analyst's (kept in OWNABLE order so the stored text is stable)."""
    owned = owned_fields(event) | set(fields)
    event.curated = ",".join(f for f in OWNABLE if f in owned)


def is_pinned(event: Event) -> bool:
    return bool(event.curated) or bool(event.hidden)


def confidence(basis: str, people: int, delegations: int, documents: int) -> float:
    """How sure the extraction is, 0..1, from how the event was found: a date written in the
    text beats one taken from the publication day, named people and a named delegation count,
    and each further independent report adds (up to two). Trigger strength is not stored per
    report, so it does not count yet."""
    score = 0.25 + _BASIS_WEIGHT.get(basis, 0.0)
    score += 0.15 if people else 0.0
    score += 0.1 if delegations else 0.0
    score += 0.1 * min(max(documents - 1, 0), 2)
    return round(min(score, 1.0), 2)


def needs_review(*, conf: float, reviewed: bool, curated: str) -> bool:
    return not reviewed and not curated and conf < NEEDS_REVIEW_BELOW


def status_word(curated: str | None, reviewed: bool, conf: float | None, source_gone: bool) -> str:
    """What the table says about an event's review state (one word or two)."""
    if source_gone:
        return "source gone"
    if curated:
        return "curated"
    if reviewed:
        return "reviewed"
    return "needs review" if needs_review(conf=float(conf or 0.0), reviewed=False, curated="") else ""


def apply_facts(event: Event, facts: EventFacts, people: tuple[list[str], list[str], list[str]], *, documents: int) -> None:
    """Write recomputed facts into the event, except the fields the analyst owns; the title is
    made from the event's final type, people and place (`people`: delegations, hosts, members)."""
    owned = owned_fields(event)
    if "date" not in owned:
        event.date, event.precision, event.basis = facts.date, facts.precision, facts.basis
    if "type" not in owned:
        event.type = facts.type
    if "location" not in owned:
        event.location = facts.location
    delegations, hosts, members = people
    if "title" not in owned:
        event.title = make_title(event.type, delegations, hosts, members, event.location)[:1024]
    event.sort_key = sort_key(event.date)
    event.source_gone = False
    event.confidence = confidence(facts.basis, len(hosts) + len(members), len(delegations), documents)


def participant_slots(session: Session, event_id: int) -> dict[int, dict]:
    """The event's own participant rows in the shape refresh_event builds from mentions (used
    when the analyst owns the people: the rows are then the truth)."""
    rows = session.execute(
        select(Participant.actor_id, Participant.role, Participant.title, Participant.organization_id, Actor.kind, Actor.name)
        .join(Actor, Actor.id == Participant.actor_id)
        .where(Participant.event_id == event_id).order_by(Participant.id)
    ).all()
    return {a: {"role": role, "title": title, "org": org, "kind": kind, "name": name} for a, role, title, org, kind, name in rows}


@dataclass(frozen=True)
class EventState:
    curated: bool
    hidden: bool
    reviewed: bool
    confidence: float
    source_gone: bool

    @property
    def needs_review(self) -> bool:
        return needs_review(conf=self.confidence, reviewed=self.reviewed, curated="x" if self.curated else "")


def load_states(session: Session, event_ids: Iterable[int] | None = None) -> dict[int, EventState]:
    """Curation state per event, for exports, `events list` and the window's table."""
    query = select(Event.id, Event.curated, Event.hidden, Event.reviewed, Event.confidence, Event.source_gone)
    if event_ids is not None:
        query = query.where(Event.id.in_(sorted(set(event_ids))))
    return {
        i: EventState(bool(c), bool(h), bool(r), float(conf or 0.0), bool(g))
        for i, c, h, r, conf, g in session.execute(query)
    }


def curation_fields(state: EventState | None) -> dict[str, object]:
    """The export's curation keys for one event (stable names: other tools read them)."""
    if state is None:
        return {"curated": False, "hidden": False, "reviewed": False, "source_gone": False, "confidence": 0.0}
    return {"curated": state.curated, "hidden": state.hidden, "reviewed": state.reviewed,
            "source_gone": state.source_gone, "confidence": state.confidence}


@dataclass(frozen=True)
class ListedEvent:
    id: int
    date: str | None
    title: str
    confidence: float
    curated: bool
    hidden: bool
    source_gone: bool


def list_events(session: Session, *, hidden: bool = False, needs_review_only: bool = False) -> list[ListedEvent]:
    """The Hidden view (hidden=True) and the review list (visible events needing review), in
    date order: small lists, read straight from the events table."""
    query = select(Event.id, Event.date, Event.title, Event.confidence, Event.curated, Event.hidden, Event.source_gone,
                   Event.reviewed).where(Event.hidden == hidden)
    if needs_review_only:
        query = query.where(Event.reviewed == false(), Event.curated == "", Event.confidence < NEEDS_REVIEW_BELOW)
    query = query.order_by(Event.sort_key, Event.id)
    return [ListedEvent(i, d, t, float(c or 0), bool(cur), bool(h), bool(g)) for i, d, t, c, cur, h, g, _r in session.execute(query)]
