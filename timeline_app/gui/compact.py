"""numpy glue of `EventIndex`: bitsets from position arrays, id lookups, and the columns object
the widgets read (`index.cols`) when events come from the database's compact columns (no Qt).

A million events must not cost a million Python objects: positions stay in numpy arrays and
`array.array`s (which `bisect`, `compress` and slicing read at C speed), and the text fields
come page by page from `PagedEvents`.
"""
from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence

import numpy as np

from ..domain import EventRow
from ..storage.event_pages import CodeColumn, FieldColumn, PagedEvents, event_row
from ..storage.window_columns import STATUS_WORDS, WindowColumns


def bits_from_positions(positions: np.ndarray, size: int) -> int:
    """A bitset (bit i = position i) from an array of positions, built in C either way: few
    positions OR into a zeroed byte buffer, many set a flag array that `packbits` packs."""
    if not len(positions):
        return 0
    if len(positions) * 16 < size:
        buf = np.zeros((size + 7) // 8, dtype=np.uint8)
        np.bitwise_or.at(buf, positions >> 3, np.left_shift(1, positions & 7).astype(np.uint8))
        return int.from_bytes(buf.tobytes(), "little")
    flags = np.zeros(size, dtype=bool)
    flags[positions] = True
    return int.from_bytes(np.packbits(flags, bitorder="little").tobytes(), "little")


def flags_array(mask: int, size: int) -> np.ndarray:
    """One uint8 (0 or 1) per position of `mask`."""
    if size == 0:
        return np.zeros(0, dtype=np.uint8)
    raw = np.frombuffer(mask.to_bytes((size + 7) // 8, "little"), dtype=np.uint8)
    return np.unpackbits(raw, bitorder="little")[:size]


def as_array(values: np.ndarray, typecode: str) -> array:  # type: ignore[type-arg]
    """An `array.array` copy (indexing gives Python numbers fast; `bisect` works on it)."""
    out = array(typecode)
    out.frombytes(np.ascontiguousarray(values, dtype=np.dtype(typecode)).tobytes())
    return out


class Memberships:
    """Which events name which names (delegations or officials): two aligned arrays, one row per
    (name, event). Counting every name under a filter is one `bincount`, and the events naming
    any of hundreds of checked names are one fancy-indexing pass, where one big-int AND and
    popcount per name costs 70 µs each at a million events."""

    def __init__(self, by_name: dict[str, np.ndarray], size: int) -> None:
        self.names = list(by_name)
        self.code = {name: k for k, name in enumerate(self.names)}
        self.size = size
        lengths = [len(v) for v in by_name.values()]
        self.positions = np.concatenate(list(by_name.values())) if by_name else np.zeros(0, dtype=np.int64)
        self.codes = np.repeat(np.arange(len(self.names), dtype=np.int32), lengths)

    def counts(self, flags: np.ndarray) -> dict[str, int]:
        """Per name: how many of its events have their flag set (`flags`: one 0/1 per position)."""
        if not self.names:
            return {}
        passing = self.codes[flags[self.positions].view(bool)]  # integer counting: no float weights
        found = np.bincount(passing, minlength=len(self.names))
        return dict(zip(self.names, found.tolist()))

    def union(self, names: frozenset[str] | set[str]) -> int:
        """Bitset of the events naming at least one of `names`."""
        chosen = np.zeros(len(self.names) + 1, dtype=bool)
        chosen[[self.code[n] for n in names if n in self.code]] = True
        return bits_from_positions(self.positions[chosen[self.codes]], self.size)


class IdPositions:
    """Event id -> position, a dict's reading interface over one numpy array (a dict of a
    million ints costs about 100 MB and a tenth of a second to build)."""

    def __init__(self, ids: np.ndarray) -> None:
        top = int(ids.max()) + 1 if len(ids) else 0
        self._positions = np.full(top, -1, dtype=np.int64)
        self._positions[ids] = np.arange(len(ids))
        self._size = len(ids)

    def get(self, event_id: int, default: int = -1) -> int:  # type: ignore[override]
        if not isinstance(event_id, (int, np.integer)) or not 0 <= event_id < len(self._positions):
            return default
        found = int(self._positions[event_id])
        return default if found < 0 else found

    def __contains__(self, event_id: object) -> bool:
        return self.get(event_id, -1) >= 0  # type: ignore[arg-type]

    def __getitem__(self, event_id: int) -> int:
        found = self.get(event_id, -1)
        if found < 0:
            raise KeyError(event_id)
        return found

    def __len__(self) -> int:
        return self._size

    def lookup(self, event_ids: np.ndarray) -> np.ndarray:
        """Position of each id, aligned with `event_ids` (-1: not shown)."""
        ids = np.asarray(event_ids, dtype=np.int64)
        inside = (ids >= 0) & (ids < len(self._positions))
        out = np.full(len(ids), -1, dtype=np.int64)
        out[inside] = self._positions[ids[inside]]
        return out

    def positions(self, event_ids: Sequence[int]) -> np.ndarray:
        """Positions of the ids that are shown (the others dropped), in the order given."""
        ids = np.asarray(event_ids, dtype=np.int64)
        ids = ids[(ids >= 0) & (ids < len(self._positions))]
        found = self._positions[ids]
        return found[found >= 0]


class WindowEventColumns:
    """What `EventColumns` offers (`ids`, `titles`, … `row(i)`), over compact columns: numbers
    from arrays, words from codes, text fields (dates as stored too) paged from SQL."""

    def __init__(self, compact: WindowColumns, paged: PagedEvents, start: Sequence[float], end: Sequence[float],
                 ranks: Callable[[str], tuple[np.ndarray, np.ndarray]] | None = None) -> None:
        self.paged = paged
        self._ranks = ranks
        self.ids = as_array(compact.ids, "q")
        self.types = CodeColumn(compact.types, compact.type_names)
        self.statuses = CodeColumn(compact.status, STATUS_WORDS)
        self.source_counts = as_array(compact.sources, "i")
        self.dates = FieldColumn(paged, "date")  # as stored (a malformed date is shown, and undated)
        self.precisions = FieldColumn(paged, "precision")
        self.titles = FieldColumn(paged, "title")
        self.bases = FieldColumn(paged, "basis")
        self.locations = FieldColumn(paged, "location")
        self.confidences = FieldColumn(paged, "confidence")
        self.delegations = FieldColumn(paged, "delegations")
        self.officials = FieldColumn(paged, "officials")

    def __len__(self) -> int:
        return len(self.ids)

    def row(self, i: int) -> EventRow:
        return event_row(self, i)

    def ranks(self, column: str) -> tuple[np.ndarray, np.ndarray]:
        """(event ids, rank of each in a table column's order; equal texts share a rank), from SQL."""
        if self._ranks is None:
            ids = np.frombuffer(self.ids, dtype=np.int64)
            return ids, np.arange(len(ids), dtype=np.int64)
        return self._ranks(column)

    def prefetch_titles(self, positions: Sequence[int]) -> None:
        """Read just the titles of these positions in one round trip (a paint's labels)."""
        self.paged.prefetch_titles(positions)

    def prefetch(self, positions: Sequence[int]) -> None:
        """Read the text fields of these positions in one round trip (before a paint uses them)."""
        self.paged.prefetch(positions)
