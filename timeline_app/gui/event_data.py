"""Loading every event as columns of plain values, fast enough for 100,000 events.

`storage.queries.load_event_rows` builds one frozen `EventRow` (plus `OfficialRow`s) per event,
which costs about 4 s for 100,000 events. The window needs the same facts but only ever looks at
a few full rows at a time (details panel), so this module runs the same three SELECTs through
SQLAlchemy Core and keeps the answer as parallel lists; `EventColumns.row(i)` rebuilds the
`EventRow` on demand. A test checks that both loaders agree.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, Select, func, select
from sqlalchemy.orm import Session

from ..domain import EventRow, OfficialRow
from ..storage.models import Actor, Event, Mention, Participant

Official = tuple[str, "str | None", "str | None"]  # name, organization, role (title)


@dataclass
class EventColumns:
    """All events in date order (undated last), one list per field; plain data for any thread."""

    ids: list[int] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    dates: list[str | None] = field(default_factory=list)
    precisions: list[str] = field(default_factory=list)
    bases: list[str] = field(default_factory=list)
    locations: list[str | None] = field(default_factory=list)
    delegations: list[tuple[str, ...]] = field(default_factory=list)
    officials: list[tuple[Official, ...]] = field(default_factory=list)
    source_counts: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.ids)

    def row(self, i: int) -> EventRow:
        return EventRow(
            id=self.ids[i], title=self.titles[i], type=self.types[i], date=self.dates[i],
            precision=self.precisions[i], basis=self.bases[i], location=self.locations[i],
            delegations=self.delegations[i], officials=tuple(OfficialRow(*o) for o in self.officials[i]),
            source_count=self.source_counts[i],
        )

    @classmethod
    def from_rows(cls, rows: list[EventRow]) -> "EventColumns":
        """Columns from `load_event_rows` output (small databases, tests)."""
        return cls(
            ids=[r.id for r in rows], titles=[r.title for r in rows], types=[r.type for r in rows],
            dates=[r.date for r in rows], precisions=[r.precision for r in rows], bases=[r.basis for r in rows],
            locations=[r.location for r in rows], delegations=[tuple(r.delegations) for r in rows],
            officials=[tuple((o.name, o.organization, o.role) for o in r.officials) for r in rows],
            source_counts=[r.source_count for r in rows],
        )


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
