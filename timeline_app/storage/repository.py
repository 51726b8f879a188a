"""Write side: documents, actors, mentions and the events they are clustered into.

Every function takes the caller's Session (the ingest pipeline's write transaction, a savepoint
per document), so a document is stored with all its events or not at all. Ingest writes through
Core statements (executemany); the ORM serves the curation commands.
"""
from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import delete, func, insert, inspect, select
from sqlalchemy.orm import Session

from ..domain import ActorRef, DocumentExtraction
from .actor_resolver import ActorCache, ActorResolver, ActorRow
from .event_refresh import refresh_events
from .fast_sql import FastStatement, connection
from .fresh_reports import FreshReport
from .models import Article, Document, Event, Evidence, Mention, MentionParticipant, Participant
from .regroup import MentionRow



def delete_document(session: Session, document_id: int) -> set[int]:
    """Remove a document with its mentions; returns the events that must be re-aggregated."""
    session.flush()
    conn = connection(session)
    M = Mention.__table__
    affected = set(conn.execute(select(M.c.event_id).where(M.c.document_id == document_id, M.c.event_id.is_not(None))).scalars())
    mention_ids = select(M.c.id).where(M.c.document_id == document_id)
    conn.execute(delete(Evidence.__table__).where(Evidence.__table__.c.document_id == document_id))
    conn.execute(delete(MentionParticipant.__table__).where(MentionParticipant.__table__.c.mention_id.in_(mention_ids)))
    conn.execute(delete(M).where(M.c.document_id == document_id))
    conn.execute(delete(Article.__table__).where(Article.__table__.c.document_id == document_id))
    conn.execute(delete(Document.__table__).where(Document.__table__.c.id == document_id))
    session.expire_all()  # the ORM may hold rows just deleted (curation's remember read them)
    return affected


# --------------------------------------------------------------------------- documents

def store_document(
    session: Session,
    *,
    path: str,
    content_hash: str,
    size: int,
    mtime_ns: int,
    encoding: str,
    text: str,
    extraction: DocumentExtraction,
    actors: ActorCache | None = None,
    fresh: dict[int, FreshReport] | None = None,
) -> list[int]:
    """Insert a document with its articles and mentions; returns the new mention ids.

    Participants and evidence in one executemany each (they were 60% of a document's
    statements), everything on the DBAPI cursor (fast_sql). `actors` is the write transaction's
    actor cache (a new one when not given). `fresh`, when given, receives each new report as
    stored (mention id -> FreshReport), for the merge (storage/fresh_reports.py)."""
    conn = connection(session)
    first = extraction.articles[0] if extraction.articles else None
    doc_id = _NEW_DOCUMENT.insert_ids(conn, [dict(
        path=path, content_hash=content_hash, size=size, mtime_ns=mtime_ns, encoding=encoding, text=text,
        published=first.published if first else None, published_how=first.published_how if first else "none",
    )])[0]
    article_ids = _NEW_ARTICLE.insert_ids(conn, [
        {"document_id": doc_id, "position": info.position, "start": info.start, "end": info.end,
         "headline": (info.headline or "")[:1024] or None, "published": info.published,
         "published_how": info.published_how,
         "published_start": info.published_span[0] if info.published_span else None,
         "published_end": info.published_span[1] if info.published_span else None}
        for info in extraction.articles
    ])
    by_position = {info.position: i for info, i in zip(extraction.articles, article_ids)}
    resolver = ActorResolver(actors or ActorCache(conn))
    resolver.prefetch(extraction)
    resolved = [
        [(resolver.resolve(p.actor), p, resolver.resolve(ActorRef(p.actor.affiliation, p.actor.affiliation_kind or "organisation"))
          if p.actor.affiliation else None) for p in m.participants]
        for m in extraction.mentions
    ]
    rows = [{"document_id": doc_id, "article_id": by_position.get(m.article), "event_id": None, "date": m.date,
             "precision": m.precision, "basis": m.basis, "date_text": (m.date_text or "")[:256] or None, "type": m.type,
             "location": m.location, "location_country": m.location_country, "topic": " ".join(m.topic), "curated": False}
            for m in extraction.mentions]
    mention_ids = _NEW_MENTION.insert_ids(conn, rows)
    participants: list[dict] = []
    evidence: list[dict] = []
    for mention_id, m, people, row in zip(mention_ids, extraction.mentions, resolved, rows):
        seen: set[int] = set()
        nobody = not any(actor.kind == "person" for actor, _, _ in people)  # for the merge's index (schema 8)
        held: list[tuple[ActorRow, str, str | None, int | None]] = []
        for actor, p, org in people:
            if actor.id not in seen:
                seen.add(actor.id)
                participants.append({"mention_id": mention_id, "actor_id": actor.id, "role": p.role, "title": p.title,
                                     "organization_id": org.id if org else None, "nobody_named": nobody})
                held.append((actor, p.role, p.title, org.id if org else None))
        if fresh is not None:
            fresh[mention_id] = FreshReport(
                MentionRow(mention_id, doc_id, row["article_id"], content_hash, None, m.date, m.precision, m.basis, m.type,
                           m.location, m.location_country, frozenset(row["topic"].split()),
                           tuple((actor.id, role, actor.kind == "person") for actor, role, _, _ in held)),
                row["topic"], tuple(held))
        evidence += [{"mention_id": mention_id, "document_id": doc_id, "start": start, "end": end}
                     for start, end in sorted(set(m.evidence))]  # one row per span (a unique constraint)
    _NEW_PARTICIPANTS.many(conn, participants)
    _NEW_EVIDENCE.many(conn, evidence)
    if resolver.renamed:
        retitle = select(Participant.__table__.c.event_id).where(Participant.__table__.c.actor_id.in_(sorted(resolver.renamed)))
        refresh_events(session, set(conn.execute(retitle).scalars()))
    return mention_ids


_NEW_DOCUMENT = FastStatement(insert(Document.__table__).returning(Document.__table__.c.id))
_NEW_ARTICLE = FastStatement(insert(Article.__table__).returning(Article.__table__.c.id))
_NEW_MENTION = FastStatement(insert(Mention.__table__).returning(Mention.__table__.c.id))
_NEW_PARTICIPANTS = FastStatement(insert(MentionParticipant.__table__))
_NEW_EVIDENCE = FastStatement(insert(Evidence.__table__))


# --------------------------------------------------------------------------- clustering views

class ClusterView(NamedTuple):
    """What the merge rules look at, for one mention or one event (plain data). A named tuple:
    the merge makes tens of thousands per 1,000 pages, and a frozen dataclass's constructor
    (a setattr per field) was a visible part of the writer's time."""

    id: int
    sources: frozenset[int]  # the articles told in (see merge_rules.source_of): one article's reports never join
    date: str | None
    precision: str
    basis: str
    type: str
    location: str | None
    location_country: str | None
    delegations: frozenset[int]
    people: frozenset[int]
    topics: tuple[frozenset[str], ...]  # one per report: a merged event must not grow a vaguer topic
    counterparts: frozenset[int] = frozenset()  # the people met (hosts, officials of the other side)


def assign_mention(session: Session, mention_id: int, event_id: int | None) -> int:
    """Put a mention into an event (a new one when event_id is None) and re-aggregate it."""
    if event_id is None:
        event = Event(date=None, precision="unknown", basis="unknown", type="meeting", title="", sort_key="9999")
        session.add(event)
        session.flush()
        event_id = event.id
    session.get_one(Mention, mention_id).event_id = event_id
    session.flush()
    refresh_event(session, event_id)
    return event_id


def refresh_event(session: Session, event_id: int) -> bool:
    """Recompute one event from its mentions (curation commands); see event_refresh. The
    session's objects for the event are expired (or dropped, with its participant rows), since
    the rows were rewritten behind the ORM's back."""
    session.flush()
    alive = event_id in refresh_events(session, [event_id])
    for obj in list(session.identity_map.values()):
        loaded = inspect(obj).dict  # what is loaded, without loading anything
        if isinstance(obj, Participant) and loaded.get("event_id") == event_id:
            session.expunge(obj)
        elif isinstance(obj, Event) and loaded.get("id") == event_id:
            session.expire(obj) if alive else session.expunge(obj)
    return alive


def count_events(session: Session) -> int:
    return session.scalar(select(func.count(Event.id))) or 0
