"""Day arithmetic and sorting of the window's numpy columns, apart from the SQL that reads them:
partial dates ("2021", "2021-03", "2021-03-14") to [start, end) days in one vectorised pass, and
the storage order a million rows need, by radix sort instead of a comparison sort."""
from __future__ import annotations

from datetime import date

import numpy as np

_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def day_extents(year: np.ndarray, month: np.ndarray, day: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """[start, end) in ordinal days of partial dates (month 0: a year; day 0: a month; year 0 or
    an impossible date: undated, inf), vectorised: what `event_bits.date_extent` does per string."""
    year = year.astype(np.int64)
    month = month.astype(np.int64)
    day = day.astype(np.int64)
    valid = (year >= 1) & (year <= 9998) & (month >= 0) & (month <= 12) & (day >= 0) & (day <= 31) & ~((month == 0) & (day > 0))
    y = np.where(valid, year, 1970)
    m = np.where(month > 0, month, 1)
    d = np.where(day > 0, day, 1)
    first_month = ((y - 1970) * 12 + m - 1).astype("datetime64[M]")
    start = first_month.astype("datetime64[D]") + (d - 1).astype("timedelta64[D]")
    valid &= start.astype("datetime64[M]") == first_month  # 31 April rolls into May: not a date
    months_long = np.where(month == 0, 12, np.where(day == 0, 1, 0))
    end_month = (first_month + months_long.astype("timedelta64[M]")).astype("datetime64[D]")
    end = np.where(day > 0, start + np.timedelta64(1, "D"), end_month)
    start_days = start.astype(np.int64).astype(np.float64) + _EPOCH_ORDINAL
    end_days = end.astype(np.int64).astype(np.float64) + _EPOCH_ORDINAL
    return np.where(valid, start_days, np.inf), np.where(valid, end_days, np.inf)


def split_date(value: str | None) -> tuple[int, int, int]:
    """(year, month, day) of "YYYY-MM-DD", "YYYY-MM" or "YYYY"; zeros when absent or malformed."""
    if not value or len(value) not in (4, 7, 10):
        return 0, 0, 0
    try:
        parts = [int(p) for p in value.split("-")] + [0, 0]
    except ValueError:
        return 0, 0, 0
    if (len(value) >= 7 and parts[1] < 1) or (len(value) == 10 and parts[2] < 1):
        return 0, 0, 0  # "2021-00", "2021-02-00": not a month, not a day
    return parts[0], parts[1], parts[2]


def _order(ids: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """The storage order (sort_key, id) the window has always used: by start day; on one start
    day a year before a month before a day (as the date strings sort); then by id. One sort of
    one packed int64 key (start day, rank, id), several times faster than `lexsort`."""
    dated = np.isfinite(start)
    with np.errstate(invalid="ignore"):
        length = end - start
    rank = np.where(length > 300, 0, np.where(length > 1, 1, 2))
    day = np.where(dated, start, (1 << 22) - 1).astype(np.int64)
    if len(ids) > 1 and bool((ids[1:] > ids[:-1]).all()):  # a table scan reads in id order
        first = int(day.min())
        key = (day - first) * 3 + rank  # ties keep id order: a stable sort of (day, rank) is enough
        if int(key.max()) < 1 << 32:
            return radix_argsort32(key)
    if len(ids) and (int(ids.max()) >= 1 << 38 or int(ids.min()) < 0):  # pragma: no cover - ids are small
        return np.lexsort((ids, rank, day))
    return np.argsort((day << 40) | (rank << 38) | ids)


def radix_argsort32(key: np.ndarray) -> np.ndarray:
    """Stable argsort of non-negative integers below 2**32: two passes of numpy's radix sort on
    16-bit halves (numpy sorts 16-bit integers by radix when asked for a stable sort), several
    times faster than a comparison sort of a million int64."""
    low = (key & 0xFFFF).astype(np.uint16)
    order = np.argsort(low, kind="stable")
    high = (key >> 16).astype(np.uint16)[order]
    if not high.any():
        return order
    return order[np.argsort(high, kind="stable")]
