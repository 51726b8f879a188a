"""The events as the window sees them: time extents, lanes and filter bitsets (no Qt).

Built once per database load (in a worker thread for reloads), then every filter change is a
few big-integer ORs and ANDs: bit *i* of a mask stands for the *i*-th event in date order. With
100,000 events a mask is a 12.5 kB integer and an AND costs microseconds, so filters stay far
below one frame even with hundreds of officials.

Filter semantics (documented for users in docs/gui.md):

* a facet (delegations, officials, types) whose items are all checked is *off*: it lets every
  event through, including events that have no value for it (no official named, no delegation);
* a facet with some items unchecked is *on*: an event passes when it has at least one checked
  value; events with no value pass only when "include events without …" is ticked;
* facets combine with AND; the date range keeps events whose day, month or year overlaps it
  (undated events are hidden while a date range is set).
"""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import compress

from ..domain import EventColumns

OTHER_LANE = "\x00other"  # lane key of events without a delegation (never a delegation name)
MAX_SPAN_DAYS = 366
_BITS = bytes.maketrans(b"01", b"\x00\x01")


# ----------------------------------------------------------------------------- dates

def date_extent(value: str | None) -> tuple[int, int] | None:
    """[start, end) in ordinal days for "YYYY-MM-DD", "YYYY-MM" or "YYYY"; None if undated/bad."""
    if not value:
        return None
    try:
        if len(value) == 10:
            start = date.fromisoformat(value).toordinal()
            return start, start + 1
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            start = date(year, month, 1).toordinal()
            end = date(year + month // 12, month % 12 + 1, 1).toordinal()
            return start, end
        if len(value) == 4:
            year = int(value)
            return date(year, 1, 1).toordinal(), date(year + 1, 1, 1).toordinal()
    except ValueError:
        return None
    return None


# ----------------------------------------------------------------------------- bitsets

def bits_from_indices(indices: Iterable[int], size: int) -> int:
    """A mask with the given bits set, built through a bytearray (OR-ing ints one by one is O(n²))."""
    buf = bytearray((size + 7) // 8)
    for i in indices:
        buf[i >> 3] |= 1 << (i & 7)
    return int.from_bytes(buf, "little")


def mask_flags(mask: int, size: int) -> bytes:
    """One byte (0 or 1) per event: O(1) membership tests for the lane filters."""
    text = bin(mask)[:1:-1].encode()
    return text.translate(_BITS).ljust(size, b"\x00")[:size]


def mask_indices(mask: int, size: int) -> list[int]:
    """Indices of the set bits in increasing order (C speed through itertools.compress)."""
    if not mask:
        return []
    return list(compress(range(size), mask_flags(mask, size)))


def range_mask(lo: int, hi: int) -> int:
    return ((1 << hi) - 1) ^ ((1 << lo) - 1) if hi > lo else 0


# ----------------------------------------------------------------------------- filters

@dataclass(frozen=True)
class FilterState:
    """What the side panel asks for; None for a facet means "all checked" (facet off)."""

    delegations: frozenset[str] | None = None
    officials: frozenset[str] | None = None
    types: frozenset[str] | None = None
    without_delegation: bool = False  # while the delegation facet is on: keep events with none
    without_official: bool = False
    date_from: int | None = None  # ordinal day, inclusive
    date_to: int | None = None  # ordinal day, inclusive

    def with_(self, **changes) -> "FilterState":  # type: ignore[no-untyped-def]
        return replace(self, **changes)

    @property
    def is_default(self) -> bool:
        return self == FilterState()


@dataclass
class Lane:
    """One horizontal band: a delegation (or the "other" lane) and its dated events.

    The lists are aligned and in centre-time order, precomputed once per load, so a filter
    only has to pick positions (`LaneView`), with `itertools.compress` at C speed.
    """

    key: str
    name: str
    count: int
    color: int  # index into the lane palette, stable for a given database
    by_center: list[int] = field(default_factory=list)  # event indices sorted by centre time
    centers: list[float] = field(default_factory=list)
    starts: list[float] = field(default_factory=list)
    ends: list[float] = field(default_factory=list)
    spans: list[int] = field(default_factory=list)  # month/year events, by start day
    span_starts: list[float] = field(default_factory=list)


class Gather(Sequence[float]):
    """`values[members[p]]` as a read-only sequence: a filtered column without copying it."""

    __slots__ = ("_values", "_members")

    def __init__(self, values: list[float], members: list[int]) -> None:
        self._values, self._members = values, members

    def __len__(self) -> int:
        return len(self._members)

    def __getitem__(self, p):  # type: ignore[no-untyped-def,override]
        if isinstance(p, slice):
            return [self._values[i] for i in self._members[p]]
        return self._values[self._members[p]]


@dataclass
class LaneView:
    """A lane's events that pass the current filters, in centre order.

    Only `members` is materialised: centres, starts and ends are looked up through it for the
    few positions a layout touches (bisections and the events in view), so a filter change
    costs one pass over the lane, not four.
    """

    lane: Lane
    members: list[int]
    centers: Sequence[float]
    starts: Sequence[float]
    ends: Sequence[float]
    spans: list[int]
    span_starts: list[float]

    def position_of(self, event: int, center: float) -> int:
        """Position of `event` in this lane (-1 if absent): bisect on its centre, then scan ties."""
        lo = bisect_left(self.centers, center)
        hi = bisect_right(self.centers, center, lo)
        for p in range(lo, hi):
            if self.members[p] == event:
                return p
        return -1


class EventIndex:
    """Immutable view of all events plus everything filters and layout need precomputed."""

    def __init__(self, cols: EventColumns) -> None:
        cols, extents = _dated_first(cols)
        self.cols = cols
        n = self.size = len(cols)
        self.dated = sum(1 for e in extents if e is not None)
        inf = math.inf
        self.start: list[float] = [e[0] if e else inf for e in extents]
        self.end: list[float] = [e[1] if e else inf for e in extents]
        self.center: list[float] = [(e[0] + e[1]) / 2 if e else inf for e in extents]
        self.span: list[bool] = [bool(e) and e[1] - e[0] > 1 for e in extents]
        self.id_to_index: dict[int, int] = {event_id: i for i, event_id in enumerate(cols.ids)}
        self._time_range = (self.start[0], max(self.end[: self.dated])) if self.dated else None
        self.all_mask = (1 << n) - 1
        self.dated_mask = (1 << self.dated) - 1

        by_delegation: dict[str, list[int]] = {}
        by_official: dict[str, list[int]] = {}
        by_type: dict[str, list[int]] = {}
        no_delegation: list[int] = []
        no_official: list[int] = []
        for i in range(n):
            dels = cols.delegations[i]
            if dels:
                for name in dels:
                    by_delegation.setdefault(name, []).append(i)
            else:
                no_delegation.append(i)
            offs = cols.officials[i]
            if offs:
                for o in offs:
                    by_official.setdefault(o[0], []).append(i)
            else:
                no_official.append(i)
            by_type.setdefault(cols.types[i], []).append(i)
        # a name listed twice for one event must count once
        by_official = {k: sorted(set(v)) if len(v) != len(set(v)) else v for k, v in by_official.items()}
        self.delegation_counts = {k: len(v) for k, v in by_delegation.items()}
        self.official_counts = {k: len(v) for k, v in by_official.items()}
        self.type_counts = {k: len(v) for k, v in by_type.items()}
        self.delegation_bits = {k: bits_from_indices(v, n) for k, v in by_delegation.items()}
        self.official_bits = {k: bits_from_indices(v, n) for k, v in by_official.items()}
        self.type_bits = {k: bits_from_indices(v, n) for k, v in by_type.items()}
        self.no_delegation_bits = bits_from_indices(no_delegation, n)
        self.no_official_bits = bits_from_indices(no_official, n)
        self.delegations = sorted(by_delegation, key=lambda k: (-len(by_delegation[k]), k.casefold()))
        self.officials = sorted(by_official, key=str.casefold)
        self.lanes = self._build_lanes(by_delegation, no_delegation)

    # ------------------------------------------------------------------ construction
    def _build_lanes(self, by_delegation: dict[str, list[int]], no_delegation: list[int]) -> list[Lane]:
        center, start, end, span, dated = self.center, self.start, self.end, self.span, self.dated

        def make(key: str, name: str, count: int, color: int, indices: list[int]) -> Lane:
            # indices arrive in start order, and the sort is stable: ties in centre stay by start
            order = sorted((i for i in indices if i < dated), key=center.__getitem__)
            spans = sorted((i for i in order if span[i]), key=start.__getitem__)
            return Lane(
                key, name, count, color, order, [center[i] for i in order], [start[i] for i in order],
                [end[i] for i in order], spans, [start[i] for i in spans],
            )

        lanes = [make(name, name, len(by_delegation[name]), color, by_delegation[name]) for color, name in enumerate(self.delegations)]
        if no_delegation:
            lanes.append(make(OTHER_LANE, "Other (no delegation)", len(no_delegation), -1, no_delegation))
        return lanes

    # ------------------------------------------------------------------ queries
    @property
    def time_range(self) -> tuple[float, float] | None:
        """First start and last end of dated events, in ordinal days."""
        return self._time_range

    def mask(self, state: FilterState) -> int:
        mask = self.all_mask
        if state.delegations is not None:
            facet = self.no_delegation_bits if state.without_delegation else 0
            for name in state.delegations:
                facet |= self.delegation_bits.get(name, 0)
            mask &= facet
        if state.officials is not None:
            facet = self.no_official_bits if state.without_official else 0
            for name in state.officials:
                facet |= self.official_bits.get(name, 0)
            mask &= facet
        if state.types is not None:
            facet = 0
            for name in state.types:
                facet |= self.type_bits.get(name, 0)
            mask &= facet
        if state.date_from is not None or state.date_to is not None:
            mask &= self.date_mask(state.date_from, state.date_to)
        return mask

    def date_mask(self, first: int | None, last: int | None) -> int:
        """Dated events whose extent overlaps the days [first, last]."""
        starts = self.start
        hi = self.dated if last is None else bisect_right(starts, last, 0, self.dated)
        if first is None:
            return range_mask(0, hi)
        lo = bisect_left(starts, first, 0, self.dated)
        mask = range_mask(lo, hi)
        # events that start before `first` but still run into it (months, years)
        early = bisect_left(starts, first - MAX_SPAN_DAYS, 0, lo)
        extra = [i for i in range(early, lo) if self.end[i] > first and i < hi]
        return mask | bits_from_indices(extra, self.size) if extra else mask

    def lanes_for(self, state: FilterState, mask: int) -> list[LaneView]:
        """Lanes to draw with their filtered events (centre order); empty lanes are left out."""
        wanted = [
            lane for lane in self.lanes
            if state.delegations is None
            or (lane.key == OTHER_LANE and state.without_delegation)
            or lane.key in state.delegations
        ]
        dated = mask & self.dated_mask
        if dated.bit_count() * 8 < self.size:
            return self._sparse_lanes(wanted, dated)
        flags = mask_flags(dated, self.size)
        get = flags.__getitem__
        out = []
        for lane in wanted:
            keep = bytes(map(get, lane.by_center))
            if not any(keep):
                continue
            if keep.count(1) == len(keep):
                out.append(LaneView(lane, lane.by_center, lane.centers, lane.starts, lane.ends, lane.spans, lane.span_starts))
                continue
            spans = list(compress(lane.spans, map(get, lane.spans)))
            members = list(compress(lane.by_center, keep))
            out.append(LaneView(
                lane, members, Gather(self.center, members), Gather(self.start, members), Gather(self.end, members),
                spans, [self.start[i] for i in spans],
            ))
        return out

    def _sparse_lanes(self, wanted: list[Lane], dated: int) -> list[LaneView]:
        """Few events pass: walk them instead of every lane position (O(k log k), not O(n))."""
        cols, center, start = self.cols, self.center, self.start
        keys = {lane.key for lane in wanted}
        members: dict[str, list[int]] = {}
        for i in mask_indices(dated, self.size):
            for name in cols.delegations[i] or (OTHER_LANE,):
                if name in keys:
                    members.setdefault(name, []).append(i)
        out = []
        for lane in wanted:
            found = members.get(lane.key)
            if not found:
                continue
            found.sort(key=lambda i: (center[i], start[i]))
            spans = sorted((i for i in found if self.span[i]), key=start.__getitem__)
            out.append(LaneView(lane, found, [center[i] for i in found], Gather(start, found), Gather(self.end, found),
                                spans, [start[i] for i in spans]))
        return out

    def undated_indices(self, mask: int) -> list[int]:
        dated = self.dated
        return [dated + i for i in mask_indices(mask >> dated, self.size - dated)]

    def ids(self, mask: int) -> list[int]:
        ids = self.cols.ids
        return [ids[i] for i in mask_indices(mask, self.size)]


def _extents(dates: list[str | None]) -> list[tuple[int, int] | None]:
    """`date_extent` of every date, parsing each distinct string once (dates repeat a lot)."""
    cache: dict[str | None, tuple[int, int] | None] = {}
    out = []
    for value in dates:
        try:
            out.append(cache[value])
        except KeyError:
            cache[value] = extent = date_extent(value)
            out.append(extent)
    return out


def _dated_first(cols: EventColumns) -> tuple[EventColumns, list[tuple[int, int] | None]]:
    """Guarantee the order the bitsets rely on: dated events by start day, then undated.

    The storage order (sort_key, id) already is that order for well-formed dates; only a
    malformed date string forces the (rare) re-sort here.
    """
    extents = _extents(cols.dates)
    previous = -math.inf
    in_order = True
    seen_undated = False
    for extent in extents:
        if extent is None:
            seen_undated = True
            continue
        if extent[0] < previous or seen_undated:
            in_order = False
            break
        previous = extent[0]
    if in_order:
        return cols, extents
    keys = [(e[0] if e else math.inf, position) for position, e in enumerate(extents)]
    order = [p for _, p in sorted(keys)]
    reordered = EventColumns(**{name: [getattr(cols, name)[p] for p in order] for name in cols.__dataclass_fields__})
    return reordered, [extents[p] for p in order]
