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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import compress, islice
from operator import itemgetter, le

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
    return list(compress(range(size), mask_flags(mask, size)))


def range_mask(lo: int, hi: int) -> int:
    return ((1 << hi) - 1) ^ ((1 << lo) - 1) if hi > lo else 0


def _code_bits(codes: bytes, code: int) -> int:
    """Mask of the positions whose byte in `codes` is `code`, built in C (translate + parse)."""
    table = bytearray(b"0") * 256
    table[code] = 49
    return int(codes.translate(table)[::-1], 2) if codes else 0


def _picker(indices: list[int]) -> Callable[[bytes], bytes]:
    """`flags[i] for i in indices` as bytes, in C (a prebuilt `itemgetter`)."""
    if len(indices) > 1:
        get = itemgetter(*indices)
        return lambda flags: bytes(get(flags))
    if indices:
        only = indices[0]
        return lambda flags: flags[only:only + 1]
    return lambda flags: b""


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
    bits: int = field(default=0, repr=False, compare=False)  # the lane's dated events as a mask
    _pick: Callable[[bytes], bytes] | None = field(default=None, init=False, repr=False, compare=False)

    def pick(self, flags: bytes) -> bytes:
        """`flags` (one byte per event) of this lane's events, in centre order."""
        if self._pick is None:
            self._pick = _picker(self.by_center)
        return self._pick(flags)


class LaneView:
    """A lane's events that pass the current filters, in centre order.

    Three shapes, all read through the same attributes (`members`, `centers`, `starts`, `ends`,
    `spans`, `span_starts`, `count`):

    * every event of the lane passes: the lane's own lists;
    * most do (dense filters): `keep`, one byte per lane position (1 = passes), over the lane's
      lists. Nothing else is built on a filter change: the layout bisects the lane's lists and
      counts `keep` in C (`layout.layout_lane(..., keep=)`); `members` and the filtered columns
      are materialised only when asked for (`itertools.compress`, once per filter change);
    * few do (sparse filters): explicit lists.
    """

    __slots__ = ("lane", "keep", "count", "_flags", "_members", "_centers", "_starts", "_ends", "_spans", "_span_starts")

    def __init__(
        self, lane: Lane, members: list[int] | None = None, centers: Sequence[float] | None = None,
        starts: Sequence[float] | None = None, ends: Sequence[float] | None = None, spans: list[int] | None = None,
        span_starts: list[float] | None = None, *, keep: bytes | None = None, count: int | None = None,
        flags: bytes | None = None,
    ) -> None:
        self.lane = lane
        self.keep = keep
        self._flags = flags  # every event's filter flag (keep shape): for the filtered spans
        if members is None and keep is None:  # the whole lane
            members, centers, starts, ends = lane.by_center, lane.centers, lane.starts, lane.ends
            spans, span_starts = lane.spans, lane.span_starts
        self._members, self._centers, self._starts, self._ends = members, centers, starts, ends
        self._spans, self._span_starts = spans, span_starts
        if count is None:
            count = len(members) if members is not None else (keep or b"").count(1)
        self.count = count

    # ------------------------------------------------------------------ the filtered columns
    def _compress(self, values: list) -> list:  # type: ignore[type-arg]
        assert self.keep is not None
        return list(compress(values, self.keep))

    @property
    def members(self) -> list[int]:
        if self._members is None:
            self._members = self._compress(self.lane.by_center)
        return self._members

    @property
    def centers(self) -> Sequence[float]:
        if self._centers is None:
            self._centers = self._compress(self.lane.centers)
        return self._centers

    @property
    def starts(self) -> Sequence[float]:
        if self._starts is None:
            self._starts = self._compress(self.lane.starts)
        return self._starts

    @property
    def ends(self) -> Sequence[float]:
        if self._ends is None:
            self._ends = self._compress(self.lane.ends)
        return self._ends

    @property
    def spans(self) -> list[int]:
        if self._spans is None:
            spans = self.lane.spans
            assert self._flags is not None
            self._spans = list(compress(spans, _picker(spans)(self._flags)))
        return self._spans

    @property
    def span_starts(self) -> list[float]:
        if self._span_starts is None:
            starts = dict(zip(self.lane.spans, self.lane.span_starts))
            self._span_starts = [starts[i] for i in self.spans]
        return self._span_starts

    # ------------------------------------------------------------------ layout and lookups
    def layout_columns(self) -> tuple[Sequence[float], Sequence[float], Sequence[float], bytes | None]:
        """(centers, starts, ends, keep) for `layout.layout_lane`: the lane's lists and `keep`
        while the view is a selection of them, else the view's own lists."""
        if self.keep is not None:
            return self.lane.centers, self.lane.starts, self.lane.ends, self.keep
        return self.centers, self.starts, self.ends, None

    def time_extent(self, edge: int = 64) -> tuple[float, float]:
        """Min start among the first `edge` events and max end among the last `edge` (centre
        order: an event's extent is at most a year, so the extremes are near the ends)."""
        keep = self.keep
        if keep is None:
            return min(self.starts[:edge]), max(self.ends[-edge:])
        lane = self.lane
        return (min(islice(compress(lane.starts, keep), edge)),
                max(islice(compress(reversed(lane.ends), reversed(keep)), edge)))

    def position_of(self, event: int, center: float) -> int:
        """Position of `event` in this lane (-1 if absent): bisect on its centre, then scan ties."""
        keep = self.keep
        if keep is not None:  # find it among the lane's events, then count the kept ones before it
            lane = self.lane
            lo = bisect_left(lane.centers, center)
            hi = bisect_right(lane.centers, center, lo)
            for p in range(lo, hi):
                if lane.by_center[p] == event:
                    return keep.count(1, 0, p) if keep[p] else -1
            return -1
        centers, members = self.centers, self.members
        lo = bisect_left(centers, center)
        hi = bisect_right(centers, center, lo)
        for p in range(lo, hi):
            if members[p] == event:
                return p
        return -1


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
        cols = EventColumns(**{name: [getattr(cols, name)[p] for p in order] for name in cols.__dataclass_fields__})
        start = [start[p] for p in order]
    end_of = {v: (e[1] if e else inf) for v, e in extents.items()}
    center_of = {v: ((e[0] + e[1]) / 2 if e else inf) for v, e in extents.items()}
    span_of = {v: bool(e) and e[1] - e[0] > 1 for v, e in extents.items()}
    dates = cols.dates
    return (cols, start, list(map(end_of.__getitem__, dates)), list(map(center_of.__getitem__, dates)),
            list(map(span_of.__getitem__, dates)))
