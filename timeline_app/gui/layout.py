"""Pure timeline geometry: clustering of lane items, density strips, undated chips.

No Qt here (text measurement is passed in as a function), so every rule that decides what
the user sees can be unit-tested on plain numbers, and the same layout serves the window and
the headless `timeline-app render`. Time <-> x lives in `layout_scale.py`, axis ticks in
`time_axis.py`; both are re-exported here.

Units: time is in ordinal days (`date.toordinal()`, fractions allowed), x in pixels measured
from the left edge of the time area.

What a lane shows at a given zoom:

* every event whose marker does not overlap the previous one gets its own marker; its label is
  drawn only when it fits before the next marker (labels never cause clustering);
* events whose markers would overlap merge into a cluster badge with a count, and a cluster
  covers at most MAX_CLUSTER_PX of time (no chaining into one pill over years);
* a lane with more events in view than markers can show (on average closer than
  DENSE_SPACING px) is drawn as a density strip: counts per BIN_PX bucket, each bucket
  clickable to zoom in.
"""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import compress

from .layout_scale import MAX_SCALE, MIN_SCALE, MONTHS, MONTHS_LONG, TimeScale, fit_scale
from .time_axis import LABEL_GAP, TICK_PAD, Axis, TickLabel, axis_ticks

TextWidth = Callable[[str], float]

MARKER_RADIUS = 6.0
MIN_GAP = 2 * MARKER_RADIUS + 2.0  # markers whose centres are closer than this would overlap
MAX_CLUSTER_PX = 36.0  # a cluster gathers overlapping markers within this many px, no more
MAX_LABEL = 240.0
MIN_LABEL = 18.0
BIN_PX = 8.0  # density strip bucket
DENSE_SPACING = 24.0  # more events than one per this many px in the layout window: density strip
MIN_DENSE_LIMIT = 24

__all__ = [
    "Axis", "BIN_PX", "Chip", "LABEL_GAP", "LaneItem", "LaneLayout", "MARKER_RADIUS", "MAX_LABEL", "MAX_SCALE",
    "MIN_GAP", "MIN_LABEL", "MIN_SCALE", "MONTHS", "MONTHS_LONG", "TICK_PAD", "TickLabel", "TimeScale", "axis_ticks",
    "cluster_badge_half_width", "fit_scale", "layout_chips", "layout_lane",
]


# ----------------------------------------------------------------------------- lane items

@dataclass
class LaneItem:
    """One drawn thing in a lane: a single event marker or a cluster with a count.

    `members` are positions in the lane's centre-ordered event list (a range when binned).
    """

    x: float  # marker centre, px from the time area's left edge
    members: Sequence[int]
    t0: float  # earliest start of the members (days)
    t1: float  # latest end
    x_first: float = 0.0  # centres of the first and last member (cluster extent line)
    x_last: float = 0.0
    label_room: float = 0.0  # px available for a single event's label
    half_width: float = MARKER_RADIUS

    @property
    def count(self) -> int:
        return len(self.members)

    @property
    def is_cluster(self) -> bool:
        return len(self.members) > 1

    @property
    def left(self) -> float:
        return self.x - self.half_width

    @property
    def right(self) -> float:
        return self.x + self.half_width


@dataclass
class LaneLayout:
    items: list[LaneItem] = field(default_factory=list)
    binned: bool = False  # a density strip: items are buckets, drawn as bars, clicked to zoom
    x_lo: float = 0.0  # the x range (px) the layout covers
    x_hi: float = 0.0
    peak: int = 0  # largest bucket of a density strip (scales its bars)

    def item_of(self, position: int) -> LaneItem | None:
        for item in self.items:
            members = item.members
            if isinstance(members, range):
                if position in members:
                    return item
            elif position in members:
                return item
        return None


def cluster_badge_half_width(count: int, text_width: TextWidth) -> float:
    return max(11.0, (text_width(str(count)) + 12.0) / 2)


def layout_lane(
    centers: Sequence[float],
    starts: Sequence[float],
    ends: Sequence[float],
    ts: TimeScale,
    x_lo: float,
    x_hi: float,
    text_width: TextWidth,
    *,
    min_gap: float = MIN_GAP,
    dense_limit: int | None = None,
    keep: bytes | None = None,
) -> LaneLayout:
    """Markers and clusters of one lane for the x range [x_lo, x_hi] (px, may exceed the view).

    `centers`, `starts`, `ends` are the lane's filtered events in centre order. Events whose
    markers would overlap (centres closer than `min_gap`) merge into a cluster (greedy, left to
    right, at most MAX_CLUSTER_PX wide); events with the same day (or the same month/year)
    spread over their extent when it is wide enough, so zooming in always separates them.
    Above `dense_limit` events (default: one per DENSE_SPACING px of the window) the lane is a
    density strip on a fixed time grid instead, which costs a few bisections per bucket,
    whatever the event count.

    `keep` (one byte per position, 1 = the event passes the filters) lays out only the kept
    events of unfiltered columns, with member positions counted among the kept ones: the same
    layout as for the compressed columns, without building them (a filter change then costs
    bisections and C-speed `bytes.count` calls, not a pass over the lane).
    """
    if dense_limit is None:
        dense_limit = max(MIN_DENSE_LIMIT, int((x_hi - x_lo) / DENSE_SPACING))
    t_lo, t_hi = ts.t(x_lo), ts.t(x_hi)
    i0 = bisect_left(centers, t_lo)
    i1 = bisect_right(centers, t_hi)
    offset = 0
    if keep is not None:
        offset = keep.count(1, 0, i0)  # kept events before the window: position of the first one in it
        if keep.count(1, i0, i1) > dense_limit:
            return _binned(centers, starts, ends, ts, x_lo, x_hi, i0, i1, text_width, keep, offset)
        chosen = list(compress(range(i0, i1), keep[i0:i1]))
        centers, starts, ends = [centers[p] for p in chosen], [starts[p] for p in chosen], [ends[p] for p in chosen]
        i0, i1 = 0, len(chosen)
    elif i1 - i0 > dense_limit:
        return _binned(centers, starts, ends, ts, x_lo, x_hi, i0, i1, text_width)
    points: list[tuple[float, int]] = []
    i = i0
    while i < i1:
        j = i + 1
        while j < i1 and starts[j] == starts[i] and ends[j] == ends[i]:
            j += 1
        m = j - i
        if m == 1:
            points.append((ts.x(centers[i]), i))
        else:  # same extent: spread the group evenly over it
            xa, xb = ts.x(starts[i]), ts.x(ends[i])
            for k in range(m):
                points.append((xa + (k + 0.5) * (xb - xa) / m, i + k))
        i = j
    points.sort()
    groups: list[list[tuple[float, int]]] = []
    for point in points:
        if groups and point[0] - groups[-1][-1][0] < min_gap and point[0] - groups[-1][0][0] < MAX_CLUSTER_PX:
            groups[-1].append(point)
        else:
            groups.append([point])
    items = []
    for group in groups:
        members = [p for _, p in group]
        xs = (group[0][0], group[-1][0])
        item = LaneItem(
            x=(xs[0] + xs[1]) / 2 if len(group) > 1 else xs[0], members=[p + offset for p in members] if offset else members,
            t0=min(starts[p] for p in members), t1=max(ends[p] for p in members), x_first=xs[0], x_last=xs[1],
        )
        if item.is_cluster:
            item.half_width = cluster_badge_half_width(item.count, text_width)
        items.append(item)
    _assign_label_room(items)
    return LaneLayout(items, False, x_lo, x_hi)


def _binned(
    centers: Sequence[float], starts: Sequence[float], ends: Sequence[float], ts: TimeScale,
    x_lo: float, x_hi: float, i0: int, i1: int, text_width: TextWidth, keep: bytes | None = None, offset: int = 0,
) -> LaneLayout:
    """A density strip: one item per BIN_PX bucket holding events (its count drives the bar);
    with `keep`, buckets count only the kept events (in C)."""
    width_days = BIN_PX / ts.scale
    k0 = math.floor(ts.t(x_lo) / width_days)
    k1 = math.floor(ts.t(x_hi) / width_days)
    items: list[LaneItem] = []
    peak = 0
    lo = i0
    q = offset if keep is not None else i0  # position (among the kept events) of the bin's first event
    for k in range(k0, k1 + 1):
        hi = bisect_left(centers, (k + 1) * width_days, lo, i1) if k < k1 else i1
        if hi > lo:
            if keep is None:
                m, first = hi - lo, lo
            else:
                m = keep.count(1, lo, hi)
                first = keep.find(1, lo, hi)
            if m:
                last = hi - 1 if keep is None else keep.rfind(1, lo, hi)
                x = k * BIN_PX - ts.origin * ts.scale + BIN_PX / 2  # bucket k's middle, without rounding drift
                # the markers' extent (what zooming into the bucket must show), in O(1)
                t0, t1 = min(centers[first] - 0.5, starts[first]), max(centers[last] + 0.5, ends[last])
                item = LaneItem(x, range(q, q + m), t0, t1, ts.x(centers[first]), ts.x(centers[last]))
                item.half_width = BIN_PX / 2
                items.append(item)
                peak = max(peak, m)
                q += m
        lo = hi
    for item in items:
        item.label_room = 0.0
    return LaneLayout(items, True, x_lo, x_hi, peak)


def _assign_label_room(items: list[LaneItem]) -> None:
    for a, b in zip(items, items[1:]):
        # a cluster's extent line starts at its first member: labels stop before it too
        left = min(b.left, b.x_first - MARKER_RADIUS) if b.is_cluster else b.left
        a.label_room = min(MAX_LABEL, left - a.right - 8.0)
    if items:
        items[-1].label_room = MAX_LABEL
    for item in items:
        if item.is_cluster or item.label_room < MIN_LABEL:
            item.label_room = 0.0


# ----------------------------------------------------------------------------- undated chips

@dataclass(frozen=True)
class Chip:
    kind: str  # "event" | "earlier" | "later"
    x: float
    width: float
    position: int = -1  # index into the undated list for "event"
    count: int = 0  # hidden events for "earlier"/"later"


def layout_chips(
    widths: Sequence[float], offset: int, available: float, more_width: Callable[[int], float], gap: float = 8.0
) -> list[Chip]:
    """Undated events as a row of chips from `offset`, with paging chips when they don't fit."""
    chips: list[Chip] = []
    x = 0.0
    total = len(widths)
    offset = max(0, min(offset, max(total - 1, 0)))
    if offset > 0:
        w = more_width(offset)
        chips.append(Chip("earlier", x, w, count=offset))
        x += w + gap
    for pos in range(offset, total):
        remaining = total - pos - 1
        need = widths[pos] + (gap + more_width(remaining) if remaining else 0.0)
        if x + need > available and pos > offset:
            w = more_width(total - pos)
            chips.append(Chip("later", x, w, count=total - pos))
            return chips
        w = min(widths[pos], max(available - x - (gap + more_width(remaining) if remaining else 0.0), 24.0))
        chips.append(Chip("event", x, w, position=pos))
        x += w + gap
    return chips
