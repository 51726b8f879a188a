"""Read side: rows for the timeline, the event table, the source viewer and the exporters.

Everything returned is a plain dataclass, safe to hand to another thread or to Qt.
Queries are batched (a few SELECTs for all events) so 100,000 events load in seconds.
"""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ..domain import DocumentText, EventRow, OfficialRow, SourceRow
from .models import Actor, Article, Document, Event, Evidence, Mention, Participant


def load_event_rows(session: Session) -> list[EventRow]:
    """All events in date order (undated last), with their delegations and officials."""
    events = session.execute(
        select(Event.id, Event.title, Event.type, Event.date, Event.precision, Event.basis, Event.location)
        .order_by(Event.sort_key, Event.id)
    ).all()
    org = aliased(Actor)
    delegations: dict[int, list[str]] = defaultdict(list)
    officials: dict[int, list[OfficialRow]] = defaultdict(list)
    for event_id, name, kind, role, title, org_name in session.execute(
        select(Participant.event_id, Actor.name, Actor.kind, Participant.role, Participant.title, org.name)
        .join(Actor, Actor.id == Participant.actor_id)
        .outerjoin(org, org.id == Participant.organization_id)
        .order_by(Participant.event_id, Participant.id)
    ):
        if kind == "person":
            officials[event_id].append(OfficialRow(name, org_name, title))
        elif role == "delegation":
            delegations[event_id].append(name)
    sources: dict[int, int] = dict(
        session.execute(
            select(Mention.event_id, func.count(func.distinct(Mention.document_id)))
            .where(Mention.event_id.is_not(None))
            .group_by(Mention.event_id)
        ).all()
    )
    return [
        EventRow(
            id=e.id, title=e.title, type=e.type, date=e.date, precision=e.precision, basis=e.basis,
            location=e.location, delegations=tuple(delegations[e.id]), officials=tuple(officials[e.id]),
            source_count=sources.get(e.id, 0),
        )
        for e in events
    ]


def load_sources(session: Session, event_ids: list[int] | None = None) -> dict[int, list[SourceRow]]:
    """Evidence spans per event, each with its exact quote from the stored text."""
    query = (
        select(Mention.event_id, Document.id, Document.path, Article.published, Document.published, Evidence.start, Evidence.end,
               func.substr(Document.text, Evidence.start + 1, Evidence.end - Evidence.start))
        .join(Mention, Mention.id == Evidence.mention_id)
        .join(Document, Document.id == Evidence.document_id)
        .outerjoin(Article, Article.id == Mention.article_id)
        .where(Mention.event_id.is_not(None))
        .order_by(Mention.event_id, Document.path, Evidence.start)
    )
    if event_ids is not None:
        query = query.where(Mention.event_id.in_(event_ids))
    out: dict[int, list[SourceRow]] = defaultdict(list)
    for event_id, doc_id, path, art_pub, doc_pub, start, end, quote in session.execute(query):
        out[event_id].append(SourceRow(doc_id, path, art_pub or doc_pub, start, end, quote or ""))
    return dict(out)


def load_document(session: Session, document_id: int) -> DocumentText | None:
    doc = session.get(Document, document_id)
    if doc is None:
        return None
    return DocumentText(doc.id, doc.path, doc.text, doc.published)


def document_count(session: Session) -> int:
    return session.scalar(select(func.count(Document.id))) or 0
