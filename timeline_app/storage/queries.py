"""Read side: rows for the timeline, the event table, the source viewer and the exporters.

Everything returned is a plain dataclass, safe to hand to another thread or to Qt.
Queries are batched (a few SELECTs for all events) and events come back as columns, so
100,000 events load in about a second; `load_event_rows` builds full rows from those columns.
"""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, Select, func, select
from sqlalchemy.orm import Session

from ..domain import DocumentText, EventColumns, EventRow, Official, SourceRow
from .models import Actor, Article, Document, Event, Evidence, Mention, Participant


def _fetch_all(conn: Connection, statement: Select) -> list[tuple]:
    """Rows as plain tuples straight from the driver: SQLAlchemy's per-row processing is what
    makes 300,000 rows slow, and these columns (ints, strings) need no type conversion."""
    if conn.dialect.name != "sqlite":
        return [tuple(r) for r in conn.execute(statement)]
    sql = str(statement.compile(dialect=conn.dialect))
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        return cursor.execute(sql).fetchall()
    finally:
        cursor.close()


def load_event_columns(session: Session) -> EventColumns:
    """Same facts and order as `load_event_rows`, without building a dataclass per event."""
    conn = session.connection()
    events = _fetch_all(conn, 
        select(Event.id, Event.title, Event.type, Event.date, Event.precision, Event.basis, Event.location)
        .order_by(Event.sort_key, Event.id)
    )
    actors = {a_id: (name, kind) for a_id, name, kind in _fetch_all(conn, select(Actor.id, Actor.name, Actor.kind))}
    delegations: dict[int, list[str]] = {}
    officials: dict[int, list[Official]] = {}
    interned: dict[Official, Official] = {}
    # No join and no sort beyond the rowid: ordering by the primary key is free in SQLite, and
    # actor names come from one small lookup; grouping per event keeps the participant order.
    for event_id, actor_id, role, title, org_id in _fetch_all(conn, 
        select(Participant.event_id, Participant.actor_id, Participant.role, Participant.title, Participant.organization_id)
        .order_by(Participant.id)
    ):
        name, kind = actors.get(actor_id, ("?", "organisation"))
        if kind == "person":
            key = (name, actors[org_id][0] if org_id in actors else None, title)
            officials.setdefault(event_id, []).append(interned.setdefault(key, key))
        elif role == "delegation":
            delegations.setdefault(event_id, []).append(name)
    sources = dict(
        _fetch_all(conn,
            select(Mention.event_id, func.count(func.distinct(Mention.document_id)))
            .where(Mention.event_id.is_not(None))
            .group_by(Mention.event_id)
        )
    )
    cols = EventColumns()
    if not events:
        return cols
    ids, titles, types, dates, precisions, bases, locations = (list(c) for c in zip(*events))
    empty: tuple = ()
    cols.ids, cols.titles, cols.types, cols.dates = ids, titles, types, dates
    cols.precisions, cols.bases, cols.locations = precisions, bases, locations
    dget, oget, sget = delegations.get, officials.get, sources.get
    cols.delegations = [tuple(dget(i, empty)) for i in ids]
    cols.officials = [tuple(oget(i, empty)) for i in ids]
    cols.source_counts = [sget(i, 0) for i in ids]
    return cols


def load_event_rows(session: Session) -> list[EventRow]:
    """All events in date order (undated last), with their delegations and officials."""
    columns = load_event_columns(session)
    return [columns.row(i) for i in range(len(columns))]


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
