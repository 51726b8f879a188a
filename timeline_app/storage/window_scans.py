"""The events scan of `window_columns` in its cheapest form for SQLite: the columns as stored.

Measured at a million events, SQLite spends most of an aggregate scan computing and formatting
expressions, not reading rows: `group_concat(date)` costs a sixth of packing the date into an
integer in SQL. So the scan hands over ids, dates, types and one review flag as they are (one
`group_concat` each), numpy parses the text (fixed positions of "YYYY-MM-DD" by fancy indexing),
and the rare analyst flags (source gone, curated, reviewed) come from a filtered aggregate of
the same scan. A database whose text does not have the shapes the app writes (a date that is not
"YYYY", "YYYY-MM" or "YYYY-MM-DD", a comma in a type) gets None, and the caller reads it the
general way: the result is the same either way.

Whole-table scans also get a connection whose SQLite page cache is kept small while it scans
(`scan_connection`): a scan reads every page once, so a cache only keeps what will not be read
again, and each pooled read connection's cache (64 MB, `db.CACHE_KIB`, sized for the merge's
re-reads) filled by the scans of a million events was most of the window's memory.

No Qt here: plain data for any thread.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import SQLAlchemyError

_DASH, _ZERO, _COMMA = ord("-"), ord("0"), ord(",")
_SHAPES = (0, 4, 7, 10)  # "", "YYYY", "YYYY-MM", "YYYY-MM-DD"


SCAN_CACHE_KIB = 2048  # SQLite's own default: enough for the b-tree's inner pages


@contextmanager
def scan_connection(engine: Engine) -> Iterator[Connection]:
    """A connection for scans of whole tables, its SQLite page cache at `SCAN_CACHE_KIB` while
    it scans (lowering it frees what the pooled connection kept), its size restored for the
    indexed page reads that reuse the connection afterwards. Measured at a million events:
    the scans of a window's open and refresh each left 60 MB of cached pages per connection,
    and the scans take no longer with the small cache (each page is read once)."""
    with engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            yield conn
            return
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql(f"PRAGMA cache_size = -{SCAN_CACHE_KIB}")
        try:
            yield conn
        finally:
            try:
                conn.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")
            except SQLAlchemyError:  # pragma: no cover - a broken connection: the pool drops it
                pass


def read_plain_events(conn: Connection, where: str, needs_review_below: float) -> tuple[np.ndarray, ...] | None:
    """(ids, packed dates, first byte of each type, flags) of every event; None when the text
    needs the general reading. Packed dates are (year * 13 + month) * 32 + day (0: undated);
    flags: 1 source gone, 2 curated, 4 reviewed, 8 low confidence."""
    rare = "source_gone OR reviewed OR coalesce(curated, '') != ''"  # analysts' marks: few events
    row = conn.execute(text(
        "SELECT count(*), group_concat(id), group_concat(coalesce(date, '')), group_concat(coalesce(type, '')), "
        f"group_concat(ifnull(confidence < {needs_review_below!r}, 1)), "
        "group_concat(id * 8 + (ifnull(source_gone, 0) != 0) + 2 * (coalesce(curated, '') != '') "
        f"+ 4 * (ifnull(reviewed, 0) != 0)) FILTER (WHERE {rare}) "
        f"FROM events {where}")).one()
    n = int(row[0])
    if n == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty.astype(np.uint8), empty
    ids = np.fromstring(row[1], dtype=np.int64, sep=",")
    dates = parse_dates(row[2].encode("ascii", "replace"), n)
    type_starts = _field_starts(np.frombuffer(row[3].encode("utf-8"), dtype=np.uint8), n)
    low = np.frombuffer(row[4].encode("ascii"), dtype=np.uint8)[::2]
    if len(ids) != n or dates is None or type_starts is None or len(low) != n or not np.isin(low, (48, 49)).all():
        return None
    types_raw = np.frombuffer((row[3] + ",").encode("utf-8"), dtype=np.uint8)
    first_byte = types_raw[type_starts[0]]
    first_byte = np.where(type_starts[1] > 0, first_byte, 0)  # an empty type: no letter
    flags = (low - 48).astype(np.int64) * 8
    if row[5]:
        rare = np.fromstring(row[5], dtype=np.int64, sep=",")
        rare_ids = rare >> 3
        if len(ids) < 2 or bool((ids[1:] > ids[:-1]).all()):  # a table scan reads in id order
            where_rare = np.searchsorted(ids, rare_ids)
        else:  # pragma: no cover - another scan order
            order = np.argsort(ids)
            where_rare = order[np.searchsorted(ids, rare_ids, sorter=order)]
        flags[where_rare] += rare & 7
    return ids, dates, first_byte, flags


def _field_starts(buf: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray] | None:
    """(first byte, length) of each of the `n` comma-separated fields of `buf`; None if not n."""
    commas = np.flatnonzero(buf == _COMMA)
    if len(commas) != n - 1:
        return None
    starts = np.empty(n, dtype=np.int64)
    starts[0] = 0
    starts[1:] = commas + 1
    ends = np.empty(n, dtype=np.int64)
    ends[:-1] = commas
    ends[-1] = len(buf)
    return starts, ends - starts


def parse_dates(raw: bytes, n: int) -> np.ndarray | None:
    """Packed (year * 13 + month) * 32 + day of `n` comma-separated dates; 0 for an empty one or
    a month past 12, a month or day 0 (not dates); None when a field is not shaped like a date
    the app writes (then the general path decides what it means).

    One gather per character position (a view of the buffer shifted by k, indexed by the field
    starts), arithmetic in small integers: about 50 ms for a million dates."""
    buf = np.frombuffer(raw, dtype=np.uint8)
    fields = _field_starts(buf, n)
    if fields is None:
        return None
    starts, length = fields
    if not np.isin(length, _SHAPES).all():
        return None
    padded = np.zeros(len(buf) + 11, dtype=np.uint8)
    padded[:len(buf)] = buf

    def at(k: int) -> np.ndarray:
        return padded[k:][starts]

    zero = np.uint8(_ZERO)
    d = {k: at(k) - zero for k in (0, 1, 2, 3, 5, 6, 8, 9)}  # a non-digit wraps past 9
    has_month, has_day, dated = length >= 7, length == 10, length > 0
    year_ok = (d[0] < 10) & (d[1] < 10) & (d[2] < 10) & (d[3] < 10)
    month_ok = (at(4) == _DASH) & (d[5] < 10) & (d[6] < 10)
    day_ok = (at(7) == _DASH) & (d[8] < 10) & (d[9] < 10)
    if not ((~dated | year_ok) & (~has_month | month_ok) & (~has_day | day_ok)).all():
        return None
    i32 = np.int32
    year = d[0].astype(i32) * 1000 + d[1].astype(i32) * 100 + d[2].astype(i32) * 10 + d[3]
    month = np.where(has_month, d[5].astype(i32) * 10 + d[6], 0)
    day = np.where(has_day, d[8].astype(i32) * 10 + d[9], 0)
    good = dated & (month <= 12) & ~(has_month & (month == 0)) & ~(has_day & (day == 0))
    return np.where(good, (year.astype(np.int64) * 13 + month) * 32 + day, 0)
