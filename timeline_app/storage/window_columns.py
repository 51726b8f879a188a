"""What the window needs of *every* event, as compact numpy columns read straight from SQL.

Opening a window on a million events must not build a Python object per event: the timeline,
the filters and the counts only need, per event, its id, day extent, type, review state, number
of sources and which delegations and officials it names. SQLite hands each column over as one
`group_concat` string (the aggregation runs in C with the GIL released, so the three scans run
side by side on separate connections) and numpy parses and sorts them. Titles, places and
names are read later, a page at a time, for the events actually shown (`PagedEvents`).

No Qt here: plain data for any thread.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import Connection, Engine, select, text

from ..domain import EVENT_TYPES, EventColumns
from .curation_state import NEEDS_REVIEW_BELOW
from .models import Actor
from .column_days import _order, day_extents, radix_argsort32, split_date  # noqa: F401 (re-exported: gui, tests)
from .window_scans import read_plain_events, scan_connection

STATUS_WORDS = ("", "curated", "reviewed", "needs review", "source gone")
NEEDS_REVIEW = STATUS_WORDS.index("needs review")


@dataclass
class WindowColumns:
    """Every shown event in date order (dated by start day, then undated), one array per field.

    Position *i* everywhere (bitsets, lanes, the table) means the *i*-th event of this order.
    """

    ids: np.ndarray  # int64
    start: np.ndarray  # float64 ordinal day, inf when undated
    end: np.ndarray  # float64, exclusive
    types: np.ndarray  # uint8 code into type_names
    type_names: tuple[str, ...]
    status: np.ndarray  # uint8 code into STATUS_WORDS
    sources: np.ndarray  # int32: distinct documents reporting the event
    delegations: dict[str, np.ndarray] = field(default_factory=dict)  # name -> positions, ascending
    officials: dict[str, np.ndarray] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.ids)


# ----------------------------------------------------------------------------- loading

def _agg(conn: Connection, column: str) -> str:
    return f"group_concat({column})" if conn.dialect.name == "sqlite" else f"string_agg(CAST({column} AS TEXT), ',')"


def _ints(value: str | None, dtype: type = np.int64) -> np.ndarray:
    """A comma-separated list of integers (one `group_concat`) as an array, parsed in C."""
    if not value:
        return np.zeros(0, dtype=dtype)
    return np.fromstring(value, dtype=np.int64, sep=",").astype(dtype, copy=False)


def _status_sql() -> str:
    return (f"CASE WHEN source_gone THEN 4 WHEN curated != '' THEN 1 WHEN reviewed THEN 2 "
            f"WHEN coalesce(confidence, 0) < {NEEDS_REVIEW_BELOW} THEN 3 ELSE 0 END")


def _type_sql() -> str:
    return "CASE type " + " ".join(f"WHEN '{t}' THEN {k}" for k, t in enumerate(EVENT_TYPES)) + f" ELSE {len(EVENT_TYPES)} END"


# "2021-02-04" -> 20210204, "2021-02" -> 202102, "2021" -> 2021 (NULL or not a number: 0),
# shifted above the id: one integer per event, the cheapest expression SQLite can format
_PACKED_DATE = "coalesce(replace(date, '-', '') * 4294967296, 0) + id"
_DELEGATION_ROLE = "CASE WHEN role = 'delegation' THEN 1 ELSE 0 END"


# first letter of the type, 16 x it plus the review flags: cheaper for SQLite than CASE chains
# (the four types start with four different letters; any other type reads as "other")
_PACKED_CODES = ("coalesce(unicode(type), 0) * 16 + coalesce(source_gone, 0) + 2 * (coalesce(curated, '') != '') "
                 f"+ 4 * coalesce(reviewed, 0) + 8 * (coalesce(confidence, 0) < {NEEDS_REVIEW_BELOW})")
_TYPE_OF_LETTER = np.full(256, len(EVENT_TYPES), dtype=np.uint8)  # any letter past 254 is 255: "other"
_TYPE_OF_LETTER[[ord(t[0]) for t in EVENT_TYPES]] = np.arange(len(EVENT_TYPES))
assert len({t[0] for t in EVENT_TYPES}) == len(EVENT_TYPES), "packed codes need distinct first letters"


def _read_packed_events(conn: Connection, where: str) -> dict[str, np.ndarray]:
    """One scan of the events table, two integers per event (id and date; type and flags):
    fewer, larger numbers to format are cheaper for SQLite than more aggregates or scans."""
    dates, codes = conn.execute(text(
        f"SELECT group_concat({_PACKED_DATE}), group_concat({_PACKED_CODES}) FROM events {where}")).one()
    packed, flags = _ints(dates), _ints(codes)
    return _events(packed & 0xFFFFFFFF, _digits_to_packed(packed >> 32), _codes(np.minimum(flags >> 4, 255), flags))


def _codes(letter: np.ndarray, flags: np.ndarray) -> np.ndarray:
    """Type code + 8 x review state from a type's first letter and the flags (1 source gone,
    2 curated, 4 reviewed, 8 low confidence), the first that applies deciding the state."""
    sources_gone, curated, reviewed, low = flags & 1, flags & 2, flags & 4, flags & 8
    status = np.where(sources_gone > 0, 4, np.where(curated > 0, 1, np.where(reviewed > 0, 2, np.where(low > 0, 3, 0))))
    return _TYPE_OF_LETTER[letter] + 8 * status


def _digits_to_packed(digits: np.ndarray) -> np.ndarray:
    """yyyymmdd / yyyymm / yyyy integers as (year * 13 + month) * 32 + day (0: undated)."""
    day_form, month_form, year_form = digits >= 10_000_000, (digits >= 100_000) & (digits < 10_000_000), \
        (digits >= 1000) & (digits < 10_000)
    year = np.where(day_form, digits // 10_000, np.where(month_form, digits // 100, np.where(year_form, digits, 0)))
    month = np.where(day_form, digits // 100 % 100, np.where(month_form, digits % 100, 0))
    day = np.where(day_form, digits % 100, 0)
    good = (month <= 12) & ~((day_form | month_form) & (month == 0)) & ~(day_form & (day == 0))
    return np.where(good, (year * 13 + month) * 32 + day, 0)


def _read_events(conn: Connection, include_hidden: bool) -> dict[str, np.ndarray]:
    """Every event's compact fields in one snapshot (one query)."""
    where = "" if include_hidden else "WHERE NOT hidden"
    if conn.dialect.name == "sqlite" and _small_ids(conn):
        plain = read_plain_events(conn, where, NEEDS_REVIEW_BELOW)  # the columns as stored: cheapest
        if plain is not None:
            ids, dates, letter, flags = plain
            return _events(ids, dates, _codes(letter, flags))
        return _read_packed_events(conn, where)
    rows = conn.execute(text(f"SELECT id, date, {_type_sql()} + 8 * ({_status_sql()}) FROM events {where}")).all()
    dates = np.array([_pack(*split_date(r[1])) for r in rows], dtype=np.int64)
    return _events(np.array([r[0] for r in rows], dtype=np.int64), dates, np.array([r[2] for r in rows], dtype=np.int64))


def _pack(year: int, month: int, day: int) -> int:
    return (year * 13 + month) * 32 + day


def _events(ids: np.ndarray, dates: np.ndarray, codes: np.ndarray) -> dict[str, np.ndarray]:
    """Columns from packed dates: the extents of each distinct date (a few thousand over decades)
    computed once and looked up through a table over their range."""
    start = np.full(len(dates), np.inf)
    end = np.full(len(dates), np.inf)
    dated = dates > 0
    if dated.any():
        low, high = int(dates[dated].min()), int(dates.max())
        if high - low < 1 << 20:
            values, where = np.arange(low, high + 1), dates[dated] - low
        else:  # pragma: no cover - dates millennia apart
            values, where = np.unique(dates[dated], return_inverse=True)
        first, last = day_extents(values // 416, values // 32 % 13, values % 32)
        start[dated], end[dated] = first[where], last[where]
    return {"ids": ids, "start": start, "end": end, "types": (codes % 8).astype(np.uint8), "status": (codes // 8).astype(np.uint8)}


def _small_ids(conn: Connection) -> bool:
    """Ids that fit the packed forms (32 bits for events, 24 for actors, 31 for documents):
    always, in practice."""
    top_event = conn.execute(text("SELECT max(id) FROM events")).scalar() or 0
    top_actor = conn.execute(text("SELECT max(id) FROM actors")).scalar() or 0
    top_document = conn.execute(text("SELECT max(id) FROM documents")).scalar() or 0
    return top_event < 1 << 32 and top_actor < 1 << 24 and top_document < 1 << 31


def _read_participants(conn: Connection) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    if conn.dialect.name == "sqlite" and _small_ids(conn):
        packed = _ints(conn.execute(text(
            "SELECT group_concat(event_id * 33554432 + actor_id * 2 + (coalesce(role, '') = 'delegation')) "
            "FROM participants")).scalar())
        return packed >> 25, (packed >> 1) & 0xFFFFFF, (packed & 1).astype(np.uint8)
    row = conn.execute(text(
        f"SELECT {_agg(conn, 'event_id')}, {_agg(conn, 'actor_id')}, {_agg(conn, _DELEGATION_ROLE)} FROM participants"
    )).one()
    return _ints(row[0]), _ints(row[1]), _ints(row[2], np.uint8)


def _read_mentions(conn: Connection) -> tuple[np.ndarray, np.ndarray]:
    if conn.dialect.name == "sqlite" and _small_ids(conn):
        packed = _ints(conn.execute(text(
            "SELECT group_concat(event_id * 2147483648 + document_id) FROM mentions WHERE event_id IS NOT NULL")).scalar())
        return packed >> 31, packed & 0x7FFFFFFF
    row = conn.execute(text(
        f"SELECT {_agg(conn, 'event_id')}, {_agg(conn, 'document_id')} FROM mentions WHERE event_id IS NOT NULL"
    )).one()
    return _ints(row[0]), _ints(row[1])


def _in_parallel(engine: Engine, jobs: Sequence[Callable[[Connection], object]]) -> list[object]:
    """Run each job on its own connection and thread: SQLite aggregates with the GIL released."""
    results: list[object] = [None] * len(jobs)
    errors: list[BaseException] = []

    def run(k: int) -> None:
        try:
            with scan_connection(engine) as conn:
                results[k] = jobs[k](conn)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(k,)) for k in range(1, len(jobs))]
    for t in threads:
        t.start()
    run(0)
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return results


def load_window_columns(engine: Engine, *, include_hidden: bool = False, parallel: bool = True,
                        settle: Callable[[], None] | None = None) -> WindowColumns:
    """Compact columns of every event (hidden ones left out unless asked for): three scans
    (events, participants, mentions) side by side, or one after the other (`parallel` off: a
    reload beside a shown window, where the peak memory of three aggregate strings at once
    matters more than the wall time nobody waits for). `settle`, when given, runs after each
    scan of a sequential read (the window hands the memory the scan's strings took back to the
    system there, so a reload's peak is one scan's, not the sum of what the allocator kept)."""
    with scan_connection(engine) as conn:
        actors = conn.execute(select(Actor.id, Actor.name, Actor.kind)).all()
    jobs: list[Callable[[Connection], object]] = [lambda c: _read_events(c, include_hidden), _read_participants, _read_mentions]
    if parallel:
        events, parts, mentions = _in_parallel(engine, jobs)
    else:
        found = []
        with scan_connection(engine) as conn:
            for job in jobs:
                found.append(job(conn))
                if settle is not None:
                    settle()
        events, parts, mentions = found
    return _assemble(events, *parts, *mentions, actors)  # type: ignore[arg-type,misc]


def _assemble(events: dict[str, np.ndarray], p_event: np.ndarray, p_actor: np.ndarray, p_deleg: np.ndarray,
              m_event: np.ndarray, m_doc: np.ndarray, actors: Iterable[tuple[int, str, str]]) -> WindowColumns:
    """The columns in date order. Every temporary of a million-row pass is let go as soon as it
    is used (this runs beside the shown index on a reload, where its peak is the window's)."""
    order = _order(events["ids"], events["start"], events["end"])
    ids = events["ids"][order]
    ordered = {name: events[name][order] for name in ("start", "end", "types", "status")}
    del order
    n = len(ids)
    top = int(max(ids.max(initial=0), p_event.max(initial=0), m_event.max(initial=0))) + 1
    position = np.full(top, -1, dtype=np.int64)
    position[ids] = np.arange(n)
    p_pos = position[p_event] if len(p_event) else p_event
    del position

    names: dict[int, str] = {}
    persons: list[int] = []
    for actor_id, name, kind in actors:
        names[actor_id] = name
        if kind == "person":
            persons.append(actor_id)
    is_person = np.zeros(max(int(max(names, default=0)), int(p_actor.max(initial=0))) + 1, dtype=bool)
    is_person[np.array(persons, dtype=np.int64)] = True  # an actor id not in the table: no person
    known = p_pos >= 0
    person_row = known & is_person[p_actor]
    deleg_row = known & ~person_row & (p_deleg == 1)
    del known
    delegations = _positions_by_actor(p_actor[deleg_row], p_pos[deleg_row], names, True)
    del deleg_row
    officials = _positions_by_actor(p_actor[person_row], p_pos[person_row], names, False)
    del person_row, p_pos
    return WindowColumns(ids=ids, **ordered, type_names=EVENT_TYPES + ("other",),
                         sources=_source_counts(m_event, m_doc, ids, top), delegations=delegations, officials=officials)


def _source_counts(m_event: np.ndarray, m_doc: np.ndarray, ids: np.ndarray, top: int) -> np.ndarray:
    """Distinct documents per event (in `ids` order): mentions per event, less the repeated
    (event, document) pairs, which only events with several mentions can have (sorted: a
    fraction of the rows)."""
    if not len(m_event):
        return np.zeros(len(ids), dtype=np.int32)
    per_id = np.bincount(m_event, minlength=top)
    several = per_id[m_event] > 1
    if several.any():
        width = int(m_doc.max()) + 1
        pairs = np.sort(m_event[several] * width + m_doc[several])
        del several
        repeated = pairs[1:][pairs[1:] == pairs[:-1]] // width
        del pairs
        per_id -= np.bincount(repeated, minlength=top)
    return per_id[ids].astype(np.int32)


def _positions_by_actor(actor: np.ndarray, pos: np.ndarray, names: dict[int, str], ordered: bool) -> dict[str, np.ndarray]:
    """name -> positions of the events naming that actor, each once (`ordered`: ascending).

    Rows are grouped with numpy's stable sort of small integers (a radix sort); only the groups
    that need it (lanes) are sorted by position. A (event, actor) pair is unique in the table."""
    if not len(actor):
        return {}
    present = np.unique(actor) if len(actor) < 1 << 12 else np.flatnonzero(np.bincount(actor))
    code = np.zeros(int(present[-1]) + 1, dtype=np.int64)
    code[present] = np.arange(len(present))
    key = code[actor] << 21 | pos if ordered and int(pos.max(initial=0)) < 1 << 21 and len(present) < 1 << 11 else None
    if key is not None:  # by actor, then position: both in one radix sort (no sort per group)
        order = radix_argsort32(key)
        ordered = False
    else:
        order = np.argsort(code[actor].astype(np.uint16) if len(present) < 1 << 16 else actor, kind="stable")
    actor, pos = actor[order], pos[order]
    cuts = np.flatnonzero(actor[1:] != actor[:-1]) + 1
    out: dict[str, np.ndarray] = {}
    for a, chunk in zip(actor[np.r_[0, cuts]].tolist(), np.split(pos, cuts)):
        name = names.get(a, "?")
        previous = out.get(name)
        if previous is not None:
            out[name] = np.union1d(previous, chunk)  # two actors of one name: one list, sorted
            continue
        out[name] = np.sort(chunk) if ordered else chunk
    return out


def columns_from_event_columns(cols: EventColumns) -> tuple[WindowColumns, np.ndarray]:
    """The same compact columns from in-memory `EventColumns` (tests, small tools), and the order
    that puts `cols` into their date order."""
    ids = np.array(cols.ids, dtype=np.int64)
    parts = np.array([split_date(d) for d in cols.dates], dtype=np.int64).reshape(-1, 3)
    start, end = day_extents(parts[:, 0], parts[:, 1], parts[:, 2])
    type_names = tuple(dict.fromkeys(list(EVENT_TYPES) + list(cols.types)))
    type_code = {t: k for k, t in enumerate(type_names)}
    status_code = {w: k for k, w in enumerate(STATUS_WORDS)}
    events = {"ids": ids, "start": start, "end": end,
              "types": np.array([type_code[t] for t in cols.types], dtype=np.uint8),
              "status": np.array([status_code.get(s, 0) for s in cols.statuses] if cols.statuses else [0] * len(ids), dtype=np.uint8)}
    order = _order(ids, start, end)
    n = len(ids)
    columns = WindowColumns(
        ids=ids[order], start=start[order], end=end[order], types=events["types"][order], type_names=type_names,
        status=events["status"][order], sources=np.array(cols.source_counts, dtype=np.int32)[order] if n else np.zeros(0, np.int32),
    )
    for target, values in ((columns.delegations, cols.delegations), (columns.officials, cols.officials)):
        lists: dict[str, list[int]] = {}
        for p, i in enumerate(order.tolist()):
            for item in values[i]:
                name = item if isinstance(item, str) else item[0]
                found = lists.setdefault(name, [])
                if not found or found[-1] != p:
                    found.append(p)
        target.update((k, np.array(v, dtype=np.int64)) for k, v in lists.items())
    return columns, order
