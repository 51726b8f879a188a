"""Pure timeline geometry: time↔x mapping, axis ticks, clustering of lane items, undated chips.

No Qt here (text measurement is passed in as a function), so every rule that decides what
the user sees can be unit-tested on plain numbers, and the same layout serves the window and
the headless `timeline-app render`.

Units: time is in ordinal days (`date.toordinal()`, fractions allowed), x in pixels measured
from the left edge of the time area.
"""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import compress

TextWidth = Callable[[str], float]

MIN_SCALE = 0.01  # px per day: 1,000 px show about 270 years
MAX_SCALE = 1200.0  # px per day: one day is most of the window
MARKER_RADIUS = 6.0
MIN_GAP = 44.0  # markers closer than this (px) merge into a cluster: marker plus a short label
MAX_LABEL = 240.0
MIN_LABEL = 18.0
BIN_PX = 48.0  # cluster grid used when a lane has too many events in view to walk one by one
DENSE_LIMIT = 400  # events in the layout window above which a lane is binned
LABEL_GAP = 10.0
TICK_PAD = 3.0
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_LONG = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")


# ----------------------------------------------------------------------------- scale

@dataclass(frozen=True)
class TimeScale:
    """x = (t - origin) * scale: `origin` is the day shown at the left edge of the time area."""

    origin: float
    scale: float  # px per day

    def x(self, t: float) -> float:
        return (t - self.origin) * self.scale

    def t(self, x: float) -> float:
        return self.origin + x / self.scale

    def zoomed(self, factor: float, anchor_x: float, lo: float = MIN_SCALE, hi: float = MAX_SCALE) -> "TimeScale":
        """Zoom keeping the day under `anchor_x` under it (Ctrl+wheel around the cursor)."""
        scale = min(hi, max(lo, self.scale * factor))
        anchor_t = self.t(anchor_x)
        return TimeScale(anchor_t - anchor_x / scale, scale)

    def panned(self, dx: float) -> "TimeScale":
        return TimeScale(self.origin + dx / self.scale, self.scale)

    def visible(self, width: float) -> tuple[float, float]:
        return self.origin, self.origin + width / self.scale


def fit_scale(t0: float, t1: float, width: float, margin: float = 0.06, right_px: float = 0.0) -> TimeScale:
    """A scale that shows [t0, t1] with margins (Home / "fit all").

    `right_px` keeps room after the last event for its label.
    """
    span = max(t1 - t0, 1.0)
    left = width * margin
    usable = max(width - left - max(width * margin, right_px), width * 0.3, 1.0)
    scale = min(MAX_SCALE, max(MIN_SCALE, usable / span))
    if scale * span < usable:  # capped zoom (a single day): centre it in the usable part
        left += (usable - scale * span) / 2
    return TimeScale(t0 - left / scale, scale)


# ----------------------------------------------------------------------------- axis ticks

@dataclass(frozen=True)
class TickLabel:
    t: float
    x: float
    text: str


@dataclass(frozen=True)
class Axis:
    unit: str  # "day" | "month" | "year"
    step: int
    fine: list[TickLabel]  # tick lines with short labels (4, Feb, 2021)
    coarse: list[TickLabel]  # context row (February 2021, 2021); may be empty


_UNITS: tuple[tuple[str, int], ...] = (
    ("day", 1), ("day", 2), ("day", 5), ("day", 10),
    ("month", 1), ("month", 2), ("month", 3), ("month", 6),
    ("year", 1), ("year", 2), ("year", 5), ("year", 10), ("year", 20), ("year", 50), ("year", 100),
    ("year", 200), ("year", 500), ("year", 1000),
)
_MIN_DAYS = {"day": 1, "month": 28, "year": 365}


def _clamp_day(t: float) -> date:
    return date.fromordinal(int(min(max(t, 1), date.max.toordinal())))


def _month_length(day: date) -> int:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1) if day.year < date.max.year or day.month < 12 else date.max
    return (following - date(day.year, day.month, 1)).days


def _fine_ticks(unit: str, step: int, t0: float, t1: float) -> list[tuple[float, str]]:
    out: list[tuple[float, str]] = []
    first, last = _clamp_day(t0), _clamp_day(t1)
    if unit == "day":
        # days 1, 1+step, 1+2·step … restarting each month, never closer than `step` to the next 1st
        for d in range(first.toordinal(), last.toordinal() + 2):
            day = date.fromordinal(d)
            if (day.day - 1) % step == 0 and day.day + step <= _month_length(day) + 1:
                out.append((d, str(day.day)))
        return out
    if unit == "month":
        y, m = first.year, first.month
        while (y, m) <= (last.year, last.month):
            if (m - 1) % step == 0:
                out.append((date(y, m, 1).toordinal(), MONTHS[m - 1]))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out
    y = first.year - first.year % step
    while y <= last.year and y <= date.max.year:
        if y >= 1:
            out.append((date(y, 1, 1).toordinal(), str(y)))
        y += step
    return out


def _coarse_ticks(unit: str, t0: float, t1: float) -> list[tuple[float, str, str]]:
    """Context labels (long and short form): months above day ticks, years above month ticks."""
    first, last = _clamp_day(t0), _clamp_day(t1)
    out: list[tuple[float, str, str]] = []
    if unit == "day":
        y, m = first.year, first.month
        while (y, m) <= (last.year, last.month):
            out.append((date(y, m, 1).toordinal(), f"{MONTHS_LONG[m - 1]} {y}", f"{MONTHS[m - 1]} {y}"))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    elif unit == "month":
        for y in range(first.year, last.year + 1):
            out.append((date(y, 1, 1).toordinal(), str(y), str(y)))
    return out


def axis_ticks(ts: TimeScale, width: float, text_width: TextWidth, gap: float = LABEL_GAP) -> Axis:
    """Choose the finest tick step whose labels never overlap, then place the context row.

    A label is drawn left-aligned just after its tick (x + TICK_PAD). Labels are checked
    against their real measured widths, so the result holds for any font.
    """
    t0, t1 = ts.visible(width)
    for unit, step in _UNITS:
        min_spacing = _MIN_DAYS[unit] * step * ts.scale
        widest = text_width("28") if unit == "day" else (text_width("May") if unit == "month" else text_width("2000"))
        if min_spacing < widest + TICK_PAD + gap:
            continue
        raw = _fine_ticks(unit, step, t0 - _MIN_DAYS[unit] * step, t1 + 1)
        fine = [TickLabel(t, ts.x(t), text) for t, text in raw]
        if _labels_fit(fine, text_width, gap):
            break
    else:  # pragma: no cover - the widest step always fits at MIN_SCALE
        unit, step, fine = "year", 1000, []
    coarse = _place_coarse(unit, ts, width, text_width, gap)
    return Axis(unit, step, fine, coarse)


def _labels_fit(labels: Sequence[TickLabel], text_width: TextWidth, gap: float) -> bool:
    return all(a.x + TICK_PAD + text_width(a.text) + gap <= b.x for a, b in zip(labels, labels[1:]))


def _place_coarse(unit: str, ts: TimeScale, width: float, text_width: TextWidth, gap: float) -> list[TickLabel]:
    t0, t1 = ts.visible(width)
    ticks = _coarse_ticks(unit, t0 - 400, t1 + 1)
    if not ticks:
        return []
    # long names when all fit, else short names, else drop the ones that would collide
    for form in (1, 2):
        labels = [TickLabel(tk[0], ts.x(tk[0]), tk[form]) for tk in ticks]
        if _labels_fit(labels, text_width, gap):
            break
    # the period the left edge falls into stays named ("sticky"), pushed left by the next one
    placed: list[TickLabel] = []
    for i, lab in enumerate(labels):
        nxt = labels[i + 1].x if i + 1 < len(labels) else math.inf
        if nxt <= 0:
            continue  # wholly left of the view
        x = max(lab.x, 0.0)
        w = text_width(lab.text) + TICK_PAD
        if x + w + gap > nxt:
            x = nxt - w - gap  # pushed by the next label
            if x < lab.x:
                x = lab.x
            if x < 0:
                continue  # would be cut by the left edge: the next label takes over
        if x > width:
            break
        if placed and x < placed[-1].x + text_width(placed[-1].text) + TICK_PAD + gap:
            continue
        placed.append(TickLabel(lab.t, x, lab.text))
    return placed


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
    binned: bool = False
    x_lo: float = 0.0  # the x range (px) the layout covers
    x_hi: float = 0.0

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
    dense_limit: int = DENSE_LIMIT,
    keep: bytes | None = None,
) -> LaneLayout:
    """Markers and clusters of one lane for the x range [x_lo, x_hi] (px, may exceed the view).

    `centers`, `starts`, `ends` are the lane's filtered events in centre order. Events whose
    markers would be closer than `min_gap` merge into a cluster (greedy, left to right); events
    with the same day (or the same month/year) spread over their extent when it is wide enough,
    so zooming in always separates them. Above `dense_limit` events the lane is binned on a
    fixed time grid instead, which costs a few bisections per bin, whatever the event count.

    `keep` (one byte per position, 1 = the event passes the filters) lays out only the kept
    events of unfiltered columns, with member positions counted among the kept ones: the same
    layout as for the compressed columns, without building them (a filter change then costs
    bisections and C-speed `bytes.count` calls, not a pass over the lane).
    """
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
        if groups and point[0] - groups[-1][-1][0] < min_gap:
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
    """One item per bin of BIN_PX; with `keep`, bins count only the kept events (in C)."""
    width_days = BIN_PX / ts.scale
    k0 = math.floor(ts.t(x_lo) / width_days)
    k1 = math.floor(ts.t(x_hi) / width_days)
    items: list[LaneItem] = []
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
                bin_left = ts.x(k * width_days)
                if m == 1:
                    x = min(max(ts.x(centers[first]), bin_left + MARKER_RADIUS + 2), bin_left + BIN_PX - MARKER_RADIUS - 2)
                    items.append(LaneItem(x, range(q, q + 1), starts[first], ends[first], x, x))
                else:
                    last = hi - 1 if keep is None else keep.rfind(1, lo, hi)
                    x = bin_left + BIN_PX / 2
                    # the markers' extent (what zooming into the cluster must show), in O(1)
                    t0, t1 = centers[first] - 0.5, centers[last] + 0.5
                    item = LaneItem(x, range(q, q + m), t0, t1, ts.x(centers[first]), ts.x(centers[last]))
                    item.half_width = min(BIN_PX / 2 - 2, cluster_badge_half_width(m, text_width))
                    items.append(item)
                q += m
        lo = hi
    _assign_label_room(items)
    return LaneLayout(items, True, x_lo, x_hi)


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
