"""Lanes of the timeline: one per delegation (and "other"), and a lane's filtered view."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import compress, islice

import numpy as np

from .event_bits import _picker


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
    order: np.ndarray | None = field(default=None, repr=False, compare=False)  # by_center as numpy

    def pick(self, flags: bytes | np.ndarray) -> bytes:
        """`flags` (one byte per event) of this lane's events, in centre order (numpy flags: one
        fancy-indexing pass in C, also for a lane of a million events)."""
        if isinstance(flags, np.ndarray):
            order = self.order if self.order is not None else np.asarray(self.by_center, dtype=np.int64)
            return flags[order].tobytes()
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
        flags: bytes | np.ndarray | None = None,
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
            flags = self._flags
            assert flags is not None
            if isinstance(flags, np.ndarray):
                picked = flags[np.asarray(spans, dtype=np.int64)].tobytes() if len(spans) else b""
            else:
                picked = _picker(spans)(flags)
            self._spans = list(compress(spans, picked))
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
