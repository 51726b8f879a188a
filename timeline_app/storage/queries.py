"""Read side: rows for the timeline, the event table, the source viewer and the exporters.

Everything returned is a plain dataclass, safe to hand to another thread or to Qt.
Queries are batched (a few SELECTs for all events) and events come back as columns, so
100,000 events load in about a second; `load_event_rows` builds full rows from those columns.
"""
from __future__ import annotations

import gc
import threading
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter

from sqlalchemy import Connection, Select, false, func, literal_column, select
from sqlalchemy.orm import Session

from ..domain import DocumentText, EventColumns, EventRow, Official, SourceRow
from .curation_state import status_word
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


_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = True


@contextmanager
def gc_paused(freeze: bool = False) -> Iterator[None]:
    """Pause the cyclic garbage collector while hundreds of thousands of objects are built.

    With the collector running, young-generation collections walk every container allocated so
    far and several full collections run while the heap grows: a third of the load time at
    100,000 events, for objects that form no cycles (reference counting frees them).

    `freeze`: when the pause ends, move every surviving object to the permanent generation
    (`gc.freeze()`). Otherwise the survivors would still be walked three times later (young,
    middle, then full collection), 100-200 ms each at 100,000 events, at some random moment such
    as the user's first clicks. Frozen objects are still freed by reference counting (a reload
    frees the previous index); only a reference cycle among them would outlive its use.

    Nested and concurrent pauses (a reload in a worker while the GUI thread loads) are counted:
    the collector runs again when the last one ends, if it was running before the first.
    """
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    completed = False
    try:
        yield
        completed = True
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if completed and freeze:
                gc.freeze()
            if _gc_pauses == 0 and _gc_was_enabled:
                gc.enable()


def load_event_columns(session: Session, *, include_hidden: bool = False) -> EventColumns:
    """Same facts and order as `load_event_rows`, without building a dataclass per event.
    Events the analyst hid are left out unless asked for (the Hidden view, --include-hidden)."""
    with gc_paused():
        return _load_event_columns(session.connection(), include_hidden)


def _events_in_date_order(conn: Connection, include_hidden: bool = False) -> list[tuple]:
    """Event rows ordered by (sort_key, id).

    SQLite would read the table through `ix_events_sort`, one random page access per row (the
    slowest query of the load); the unary `+` (a no-op on the value, which SQLite documents as
    the way to keep a term off an index) makes it scan the table and sort, about 30% faster, and
    the rows then also lie in memory in date order, which halves the time of every later pass.
    """
    sort_key = literal_column(f"+{Event.__tablename__}.sort_key") if conn.dialect.name == "sqlite" else Event.sort_key
    query = select(Event.id, Event.title, Event.type, Event.date, Event.precision, Event.basis, Event.location,
                   Event.curated, Event.reviewed, Event.confidence, Event.source_gone)
    if not include_hidden:
        query = query.where(Event.hidden == false())
    return _fetch_all(conn, query.order_by(sort_key, Event.id))


def _load_event_columns(conn: Connection, include_hidden: bool = False) -> EventColumns:
    events = _events_in_date_order(conn, include_hidden)
    actor_rows = _fetch_all(conn, select(Actor.id, Actor.name, Actor.kind))
    names = {a_id: name for a_id, name, _kind in actor_rows}
    persons = {a_id for a_id, _name, kind in actor_rows if kind == "person"}
    empty: tuple = ()
    delegations: dict[int, tuple[str, ...]] = {}
    officials: dict[int, tuple[Official, ...]] = {}
    interned: dict[Official, Official] = {}
    intern, name_of, dget, oget = interned.setdefault, names.get, delegations.get, officials.get
    # No join and no sort beyond the rowid: ordering by the primary key is free in SQLite, and
    # actor names come from one small lookup; grouping per event keeps the participant order.
    # Tuples grow in place (most events have one or two of each): no second pass to freeze lists.
    for event_id, actor_id, role, title, org_id in _fetch_all(conn,
        select(Participant.event_id, Participant.actor_id, Participant.role, Participant.title, Participant.organization_id)
        .order_by(Participant.id)
    ):
        if actor_id in persons:
            key = (names[actor_id], name_of(org_id), title)
            officials[event_id] = oget(event_id, empty) + (intern(key, key),)
        elif role == "delegation":
            delegations[event_id] = dget(event_id, empty) + (name_of(actor_id, "?"),)
    # distinct documents per event, counted here: SQLite's count(DISTINCT) per group reads the
    # table through the event_id index and sorts each group (about twice as slow as this scan)
    pairs = set(_fetch_all(conn, select(Mention.event_id, Mention.document_id).order_by(Mention.id)))
    sources = Counter(map(itemgetter(0), pairs))
    cols = EventColumns()
    if not events:
        return cols
    ids, titles, types, dates, precisions, bases, locations = (list(map(itemgetter(k), events)) for k in range(7))
    cols.ids, cols.titles, cols.types, cols.dates = ids, titles, types, dates
    cols.precisions, cols.bases, cols.locations = precisions, bases, locations
    cols.delegations = list(map(dget, ids, repeat(empty)))
    cols.officials = list(map(oget, ids, repeat(empty)))
    cols.source_counts = list(map(sources.get, ids, repeat(0)))
    cols.confidences = [float(e[9] or 0.0) for e in events]
    cols.statuses = [status_word(e[7], e[8], e[9], e[10]) for e in events]
    return cols


def load_event_rows(session: Session, *, include_hidden: bool = False) -> list[EventRow]:
    """All events in date order (undated last), with their delegations and officials."""
    columns = load_event_columns(session, include_hidden=include_hidden)
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


def events_quoting(session: Session, words: str) -> set[int]:
    """Events with an evidence quote containing `words` (case-insensitive; `%` and `_` literal)."""
    pattern = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    quote = func.substr(Document.text, Evidence.start + 1, Evidence.end - Evidence.start)
    query = (
        select(Mention.event_id).distinct()
        .select_from(Evidence)
        .join(Mention, Mention.id == Evidence.mention_id)
        .join(Document, Document.id == Evidence.document_id)
        .where(Mention.event_id.is_not(None), quote.ilike(pattern, escape="\\"))
    )
    return set(session.scalars(query))


@dataclass(frozen=True)
class DocumentExcerpt:
    """Part of a stored document's text: `text` is characters offset..offset+len(text) of `total`.

    Reading and showing a 20 MB document whole blocks a window for seconds; the viewer asks for
    at most a window of characters around the evidence, and SQLite cuts it out (`substr` counts
    characters, the same code points the evidence offsets count).
    """

    id: int
    path: str
    text: str
    published: str | None
    offset: int = 0
    total: int = 0


def load_document_excerpt(session: Session, document_id: int, start: int, end: int, limit: int) -> DocumentExcerpt | None:
    """The whole text when it has at most `limit` characters, else `limit` characters around
    the span start..end (the span first: it is what the user asked to see)."""
    row = session.execute(
        select(Document.path, Document.published, func.length(Document.text)).where(Document.id == document_id)
    ).first()
    if row is None:
        return None
    path, published, total = row[0], row[1], int(row[2] or 0)
    if total <= limit:
        text = session.scalar(select(Document.text).where(Document.id == document_id)) or ""
        return DocumentExcerpt(document_id, path, text, published, 0, len(text))
    before = max(0, (limit - max(0, end - start)) // 3)
    offset = max(0, min(start - before, total - limit))
    text = session.scalar(
        select(func.substr(Document.text, offset + 1, limit)).where(Document.id == document_id)
    ) or ""
    return DocumentExcerpt(document_id, path, text, published, offset, total)


def document_count(session: Session) -> int:
    return session.scalar(select(func.count(Document.id))) or 0
