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
from dataclasses import dataclass, replace
from itertools import compress, islice
from operator import le

from ..domain import EventColumns
from .event_bits import (  # noqa: F401 (re-exported: the window and tests use them from here)
    MAX_SPAN_DAYS, _code_bits, bits_from_indices, date_extent, mask_flags, mask_indices, range_mask,
)
from .lanes import Lane, LaneView  # noqa: F401 (re-exported)

OTHER_LANE = "\x00other"  # lane key of events without a delegation (never a delegation name)


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
    matches: int | None = None  # full-text search: bitset of the events that match (None: no search)
    needs_review: bool = False  # only events the analyst has yet to review (low confidence)

    def with_(self, **changes) -> "FilterState":  # type: ignore[no-untyped-def]
        return replace(self, **changes)

    @property
    def is_default(self) -> bool:
        return self == FilterState()


class EventIndex:
    """Immutable view of all events plus everything filters and layout need precomputed.

    Built with C-speed passes (`map`, `compress`, `bytes.translate`) wherever a column allows it:
    100,000 events take a fraction of a second.
    """

    def __init__(self, cols: EventColumns) -> None:
        cols, self.start, self.end, self.center, self.span = _dated_first(cols)
        self.cols = cols
        n = self.size = len(cols)
        self.dated = dated = bisect_left(self.start, math.inf)  # dated events come first
        self.id_to_index: dict[int, int] = dict(zip(cols.ids, range(n)))
        self._time_range = (self.start[0], max(self.end[:dated])) if dated else None
        self.all_mask = (1 << n) - 1
        self.dated_mask = (1 << dated) - 1

        by_delegation: dict[str, list[int]] = {}
        by_official: dict[str, list[int]] = {}
        no_delegation: list[int] = []
        no_official: list[int] = []
        get = by_delegation.get
        for i, dels in enumerate(cols.delegations):
            if not dels:
                no_delegation.append(i)
                continue
            for name in dels:
                found = get(name)
                if found is None:
                    by_delegation[name] = [i]
                else:
                    found.append(i)
        get = by_official.get
        for i, offs in enumerate(cols.officials):
            if not offs:
                no_official.append(i)
                continue
            for o in offs:
                found = get(o[0])
                if found is None:
                    by_official[o[0]] = [i]
                elif found[-1] != i:  # a name listed twice for one event counts once
                    found.append(i)
        self.delegation_counts = {k: len(v) for k, v in by_delegation.items()}
        self.official_counts = {k: len(v) for k, v in by_official.items()}
        self.type_counts, self.type_bits = _value_bits(cols.types)
        self.review_bits = bits_from_indices(list(compress(range(n), map("needs review".__eq__, cols.statuses))), n)
        self.delegation_bits = {k: bits_from_indices(v, n) for k, v in by_delegation.items()}
        self.official_bits = {k: bits_from_indices(v, n) for k, v in by_official.items()}
        self.no_delegation_bits = bits_from_indices(no_delegation, n)
        self.no_official_bits = bits_from_indices(no_official, n)
        self.delegations = sorted(by_delegation, key=lambda k: (-len(by_delegation[k]), k.casefold()))
        self.officials = sorted(by_official, key=str.casefold)
        self.lanes = self._build_lanes(by_delegation, no_delegation)

    # ------------------------------------------------------------------ construction
    def _build_lanes(self, by_delegation: dict[str, list[int]], no_delegation: list[int]) -> list[Lane]:
        center, start, end, span, dated = self.center, self.start, self.end, self.span, self.dated

        def make(key: str, name: str, count: int, color: int, indices: list[int], bits: int) -> Lane:
            # indices arrive in start order, dated first, and the sort is stable: ties in centre stay by start
            order = sorted(indices[:bisect_left(indices, dated)], key=center.__getitem__)
            spans = sorted(compress(order, map(span.__getitem__, order)), key=start.__getitem__)
            return Lane(
                key, name, count, color, order, list(map(center.__getitem__, order)), list(map(start.__getitem__, order)),
                list(map(end.__getitem__, order)), spans, list(map(start.__getitem__, spans)), bits & self.dated_mask,
            )

        lanes = [make(name, name, len(by_delegation[name]), color, by_delegation[name], self.delegation_bits[name])
                 for color, name in enumerate(self.delegations)]
        if no_delegation:
            lanes.append(make(OTHER_LANE, "Other (no delegation)", len(no_delegation), -1, no_delegation, self.no_delegation_bits))
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
        if state.matches is not None:
            mask &= state.matches
        if state.needs_review:
            mask &= self.review_bits
        return mask

    def facet_counts(self, state: FilterState) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
        """Counts per delegation, official and type under every *other* filter (faceted search):
        what checking that name would show. One big-int AND per name, no walk over events."""
        def counts(bits: dict[str, int], base: int) -> dict[str, int]:
            return {name: (b & base).bit_count() for name, b in bits.items()}

        return (
            counts(self.delegation_bits, self.mask(replace(state, delegations=None))),
            counts(self.official_bits, self.mask(replace(state, officials=None))),
            counts(self.type_bits, self.mask(replace(state, types=None))),
        )

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
        """Lanes to draw with their filtered events (centre order); empty lanes are left out.

        Costs a few big-int ANDs when lanes are wholly in or out (delegation filters), else one
        C-speed pick of the lane's flags (`Lane.pick`): no per-event Python work either way.
        """
        wanted = [
            lane for lane in self.lanes
            if state.delegations is None
            or (lane.key == OTHER_LANE and state.without_delegation)
            or lane.key in state.delegations
        ]
        dated = mask & self.dated_mask
        if dated.bit_count() * 8 < self.size:
            return self._sparse_lanes(wanted, dated)
        flags: bytes | None = None
        out = []
        for lane in wanted:
            inside = lane.bits & dated
            if inside == lane.bits:
                if lane.by_center:
                    out.append(LaneView(lane))
                continue
            if not inside:
                continue
            if flags is None:
                flags = mask_flags(dated, self.size)
            keep = lane.pick(flags)
            out.append(LaneView(lane, keep=keep, count=inside.bit_count(), flags=flags))
        return out

    def _sparse_lanes(self, wanted: list[Lane], dated: int) -> list[LaneView]:
        """Few events pass: walk them instead of every lane position (O(k log k), not O(n))."""
        cols, center, start, end = self.cols, self.center, self.start, self.end
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
            out.append(LaneView(lane, found, [center[i] for i in found], [start[i] for i in found], [end[i] for i in found],
                                spans, [start[i] for i in spans]))
        return out

    def undated_in_lane(self, key: str, mask: int) -> int:
        """How many of `mask`'s undated events a lane would hold (they are drawn in the Undated
        strip, so lane headers say "3 + 4 undated" to match the filter list's counts)."""
        bits = self.no_delegation_bits if key == OTHER_LANE else self.delegation_bits.get(key, 0)
        return (bits & mask & ~self.dated_mask).bit_count()

    def undated_indices(self, mask: int) -> list[int]:
        dated = self.dated
        return [dated + i for i in mask_indices(mask >> dated, self.size - dated)]

    def ids(self, mask: int) -> list[int]:
        ids = self.cols.ids
        return [ids[i] for i in mask_indices(mask, self.size)]


def _value_bits(values: list[str]) -> tuple[dict[str, int], dict[str, int]]:
    """Count and mask of each distinct value (event types: a handful), in C via one code per event."""
    distinct = list(dict.fromkeys(values))  # first-seen order
    n = len(values)
    if len(distinct) > 255:  # pragma: no cover - four event types exist
        positions: dict[str, list[int]] = {v: [] for v in distinct}
        for i, v in enumerate(values):
            positions[v].append(i)
        return {v: len(p) for v, p in positions.items()}, {v: bits_from_indices(p, n) for v, p in positions.items()}
    code = {v: k for k, v in enumerate(distinct)}
    codes = bytes(map(code.__getitem__, values))
    return {v: codes.count(k) for k, v in enumerate(distinct)}, {v: _code_bits(codes, k) for k, v in enumerate(distinct)}


def _dated_first(cols: EventColumns) -> tuple[EventColumns, list[float], list[float], list[float], list[bool]]:
    """Start, end, centre (ordinal days, inf if undated) and span flag of every event, in the
    order the bitsets rely on: dated events by start day, then undated.

    Dates repeat a lot: each distinct string is parsed once and the columns are mapped in C.
    The storage order (sort_key, id) already is that order for well-formed dates; only a
    malformed date string forces the (rare) stable re-sort here.
    """
    inf = math.inf
    extents = {value: date_extent(value) for value in set(cols.dates)}
    start_of = {v: (e[0] if e else inf) for v, e in extents.items()}
    start = list(map(start_of.__getitem__, cols.dates))
    if not all(map(le, start, islice(start, 1, None))):  # undated (inf) before dated, or out of order
        order = sorted(range(len(start)), key=start.__getitem__)
        cols = EventColumns(**{name: [getattr(cols, name)[p] for p in order] if getattr(cols, name) else []
                               for name in cols.__dataclass_fields__})  # an empty column is "unknown"
        start = [start[p] for p in order]
    end_of = {v: (e[1] if e else inf) for v, e in extents.items()}
    center_of = {v: ((e[0] + e[1]) / 2 if e else inf) for v, e in extents.items()}
    span_of = {v: bool(e) and e[1] - e[0] > 1 for v, e in extents.items()}
    dates = cols.dates
    return (cols, start, list(map(end_of.__getitem__, dates)), list(map(center_of.__getitem__, dates)),
            list(map(span_of.__getitem__, dates)))
