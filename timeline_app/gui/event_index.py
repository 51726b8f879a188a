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

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from ..domain import EventColumns
from ..storage.event_pages import PagedEvents
from ..storage.window_columns import NEEDS_REVIEW, WindowColumns, columns_from_event_columns, radix_argsort32
from .compact import IdPositions, Memberships, WindowEventColumns, as_array, bits_from_positions, flags_array
from .event_bits import (  # noqa: F401 (re-exported: the window and tests use them from here)
    MAX_SPAN_DAYS, bits_from_indices, date_extent, mask_flags, mask_indices, range_mask,
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

    Built from compact columns (`storage.window_columns`, read from SQL as numpy arrays) with
    numpy passes: no Python object per event, so a million events index in a fraction of a
    second. `cols` answers per-event questions (`cols.titles[i]`); for a database its text
    fields are read page by page for what is shown. Plain `EventColumns` (tests) work too.
    """

    def __init__(self, data: EventColumns | WindowColumns, paged: PagedEvents | None = None,
                 ranks: Callable[[str], tuple[np.ndarray, np.ndarray]] | None = None) -> None:
        if isinstance(data, EventColumns):
            compact, order = columns_from_event_columns(data)
            self.cols: EventColumns | WindowEventColumns = _reordered(data, order.tolist())
        else:
            compact = data
        n = self.size = len(compact)
        start, end = compact.start, compact.end
        self.start, self.end = as_array(start, "d"), as_array(end, "d")
        with np.errstate(invalid="ignore"):
            center = (start + end) / 2
            span = np.isfinite(start) & (end - start > 1)
        self.center = as_array(center, "d")
        self.span = span.astype(np.uint8).tobytes()
        if not isinstance(data, EventColumns):
            assert paged is not None, "events from the database need their paged text fields"
            self.cols = WindowEventColumns(compact, paged, self.start, self.end, ranks)
        self.dated = dated = int(np.isfinite(start).sum())  # dated events come first
        self.id_to_index = IdPositions(compact.ids)
        self._time_range = (float(start[0]), float(end[:dated].max())) if dated else None
        self.all_mask = (1 << n) - 1
        self.dated_mask = (1 << dated) - 1

        by_delegation, by_official = compact.delegations, compact.officials
        has = np.zeros(n, dtype=bool)
        for positions in by_delegation.values():
            has[positions] = True
        no_delegation = np.flatnonzero(~has)
        has[:] = False
        for positions in by_official.values():
            has[positions] = True
        self.delegation_counts = {k: len(v) for k, v in by_delegation.items()}
        self.official_counts = {k: len(v) for k, v in by_official.items()}
        present = np.bincount(compact.types, minlength=len(compact.type_names)) if n else np.zeros(len(compact.type_names), int)
        self.type_counts = {name: int(present[k]) for k, name in enumerate(compact.type_names) if present[k]}
        self.type_bits = {name: bits_from_positions(np.flatnonzero(compact.types == k), n)
                          for k, name in enumerate(compact.type_names) if present[k]}
        self.review_bits = bits_from_positions(np.flatnonzero(compact.status == NEEDS_REVIEW), n)
        self.delegation_bits = {k: bits_from_positions(v, n) for k, v in by_delegation.items()}
        self.delegation_members = Memberships(by_delegation, n)
        self.official_members = Memberships(by_official, n)
        self._official_bits: dict[str, int] | None = None
        self._undated_bits: dict[str, int] | None = None  # per lane key: its undated events' bits >> dated
        self._types, self._type_names = compact.types, compact.type_names
        self.no_delegation_bits = bits_from_positions(no_delegation, n)
        self.no_official_bits = bits_from_positions(np.flatnonzero(~has), n)
        self.delegations = sorted(by_delegation, key=lambda k: (-len(by_delegation[k]), k.casefold()))
        self.officials = sorted(by_official, key=str.casefold)
        self._lane_of = {name: k for k, name in enumerate(self.delegations)}
        self.lanes = self._build_lanes(by_delegation, no_delegation, center, start, span)

    @property
    def official_bits(self) -> dict[str, int]:
        """One bitset per official, built when first asked for (filters use `official_members`)."""
        if self._official_bits is None:
            members, n = self.official_members, self.size
            self._official_bits = {name: bits_from_positions(members.positions[members.codes == k], n)
                                   for k, name in enumerate(members.names)}
        return self._official_bits

    # ------------------------------------------------------------------ construction
    def _build_lanes(self, by_delegation: dict[str, np.ndarray], no_delegation: np.ndarray, center: np.ndarray,
                     start: np.ndarray, span: np.ndarray) -> list[Lane]:
        dated, end = self.dated, np.frombuffer(self.end, dtype=np.float64) if self.size else np.zeros(0)

        def make(key: str, name: str, count: int, color: int, positions: np.ndarray, bits: int) -> Lane:
            # positions ascend (start order, dated first); a stable sort keeps ties in centre by start
            inside = positions[:np.searchsorted(positions, dated)]
            order = inside[_stable_order(start[inside] + end[inside])]  # twice the centre
            spans = order[span[order].astype(bool)]
            spans = spans[_stable_order(start[spans])]
            lane = Lane(key, name, count, color, order.tolist(), as_array(center[order], "d"),
                        as_array(start[order], "d"), as_array(end[order], "d"), spans.tolist(),
                        as_array(start[spans], "d"), bits & self.dated_mask)
            lane.order = order
            return lane

        lanes = [make(name, name, len(by_delegation[name]), color, by_delegation[name], self.delegation_bits[name])
                 for color, name in enumerate(self.delegations)]
        if len(no_delegation):
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
            if len(state.officials) <= 8 and self._official_bits is not None:
                for name in state.officials:
                    facet |= self._official_bits.get(name, 0)
            elif state.officials:
                facet |= self.official_members.union(state.officials)
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
        what checking that name would show. One numpy `bincount` per facet over its (name, event)
        rows, no walk over events in Python."""
        n = self.size
        flags = [flags_array(self.mask(replace(state, **{facet: None})), n) for facet in ("delegations", "officials", "types")]
        present = np.bincount(self._types[flags[2].view(bool)], minlength=len(self._type_names)) if n else None
        types = {name: int(present[k]) if present is not None else 0 for k, name in enumerate(self._type_names)
                 if name in self.type_bits}
        return self.delegation_members.counts(flags[0]), self.official_members.counts(flags[1]), types

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
        flags: np.ndarray | None = None
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
                flags = flags_array(dated, self.size)
            keep = lane.pick(flags)
            out.append(LaneView(lane, keep=keep, count=inside.bit_count(), flags=flags))
        return out

    def _sparse_lanes(self, wanted: list[Lane], dated: int) -> list[LaneView]:
        """Few events pass: each lane's passing events picked from its centre-ordered positions
        by one flag array (C-speed fancy indexing), as explicit lists of k events."""
        flags = flags_array(dated, self.size).view(bool)
        center = np.frombuffer(self.center, dtype=np.float64)
        start = np.frombuffer(self.start, dtype=np.float64)
        end = np.frombuffer(self.end, dtype=np.float64)
        out = []
        for lane in wanted:
            order = lane.order if lane.order is not None else np.asarray(lane.by_center, dtype=np.int64)
            found = order[flags[order]]
            if not len(found):
                continue
            spans = np.asarray(lane.spans, dtype=np.int64)
            spans = spans[flags[spans]] if len(spans) else spans
            out.append(LaneView(lane, found.tolist(), center[found].tolist(), start[found].tolist(), end[found].tolist(),
                                spans.tolist(), start[spans].tolist()))
        return out

    def undated_in_lane(self, key: str, mask: int) -> int:
        """How many of `mask`'s undated events a lane would hold (they are drawn in the Undated
        strip, so lane headers say "3 + 4 undated" to match the filter list's counts)."""
        return self.undated_in_lanes([key], mask)[0]

    def undated_in_lanes(self, keys: list[str], mask: int) -> list[int]:
        """`undated_in_lane` for several lanes: the undated events are the top bits, so each
        lane's count is an AND of two small integers (not of two million-bit ones)."""
        dated = self.dated
        undated = mask >> dated
        if self._undated_bits is None:
            self._undated_bits = {key: bits >> dated for key, bits in self.delegation_bits.items()}
            self._undated_bits[OTHER_LANE] = self.no_delegation_bits >> dated
        found = self._undated_bits
        return [(found.get(key, 0) & undated).bit_count() for key in keys]

    def undated_indices(self, mask: int) -> list[int]:
        dated = self.dated
        return [dated + i for i in mask_indices(mask >> dated, self.size - dated)]

    def ids(self, mask: int) -> list[int]:
        ids = self.cols.ids
        return [ids[i] for i in mask_indices(mask, self.size)]


def _stable_order(days: np.ndarray) -> np.ndarray:
    """Stable argsort of whole (ordinal) day numbers: a radix sort when they span less than
    2**32 days (always), several times faster than sorting floats."""
    if not len(days):
        return np.zeros(0, dtype=np.int64)
    low = days.min()
    if days.max() - low < 2 ** 32 and bool((days == np.floor(days)).all()):
        return radix_argsort32((days - low).astype(np.int64))
    return np.argsort(days, kind="stable")  # pragma: no cover - days are whole numbers


def _reordered(cols: EventColumns, order: list[int]) -> EventColumns:
    """`cols` in the index's date order (an empty column stays empty: "unknown")."""
    if order == list(range(len(order))):
        return cols
    return EventColumns(**{name: [getattr(cols, name)[p] for p in order] if getattr(cols, name) else []
                           for name in cols.__dataclass_fields__})
