"""Dates as day extents and sets of events as big-integer bitsets (bit i = event i in date order).

The C-speed building blocks of `EventIndex`: no Python loop over events where a bytes or int
operation can do it."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from operator import itemgetter

import numpy as np

from ..storage.event_filter import partial_date_range

MAX_SPAN_DAYS = 366
_BITS = bytes.maketrans(b"01", b"\x00\x01")


# ----------------------------------------------------------------------------- dates

def date_extent(value: str | None) -> tuple[int, int] | None:
    """[start, end) in ordinal days for "YYYY-MM-DD", "YYYY-MM" or "YYYY"; None if undated/bad.
    One meaning of a partial date everywhere: storage's `partial_date_range` (the filters of
    `export`, `events list` and `render`) decides what a date covers."""
    days = partial_date_range(value)
    return (days[0].toordinal(), days[1].toordinal() + 1) if days else None


# ----------------------------------------------------------------------------- bitsets

def bits_from_indices(indices: Iterable[int], size: int) -> int:
    """A mask with the given bits set (OR-ing ints one by one would be O(n²)).

    Few bits: set them in a bytearray of n/8 bytes. Many bits: write one ASCII digit per event
    and let `int(…, 2)` parse the whole string in C, which costs less than the bit arithmetic.
    """
    indices = indices if isinstance(indices, list) else list(indices)
    if not indices:
        return 0
    if len(indices) * 32 < size:
        buf = bytearray((size + 7) // 8)
        for i in indices:
            buf[i >> 3] |= 1 << (i & 7)
        return int.from_bytes(buf, "little")
    digits = bytearray(b"0") * size
    for i in indices:
        digits[i] = 49  # "1"
    return int(digits[::-1], 2)


def mask_flags(mask: int, size: int) -> bytes:
    """One byte (0 or 1) per event: O(1) membership tests for the lane filters."""
    text = bin(mask)[:1:-1].encode()
    return text.translate(_BITS).ljust(size, b"\x00")[:size]


def mask_indices(mask: int, size: int) -> list[int]:
    """Indices of the set bits in increasing order (C speed through itertools.compress)."""
    if not mask:
        return []
    from .compact import flags_array

    return np.flatnonzero(flags_array(mask, size)).tolist()


def range_mask(lo: int, hi: int) -> int:
    return ((1 << hi) - 1) ^ ((1 << lo) - 1) if hi > lo else 0


def _picker(indices: list[int]) -> Callable[[bytes], bytes]:
    """`flags[i] for i in indices` as bytes, in C (a prebuilt `itemgetter`)."""
    if len(indices) > 1:
        get = itemgetter(*indices)
        return lambda flags: bytes(get(flags))
    if indices:
        only = indices[0]
        return lambda flags: flags[only:only + 1]
    return lambda flags: b""
