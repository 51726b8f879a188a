"""The timeline as a drawable scene: view state, cached lane layouts, painting and hit tests.

No widgets here (QtGui only), so the window's `TimelineView` and the headless
`timeline-app render` paint exactly the same thing. The scene keeps:

* the filtered events per lane, as centre-ordered arrays (rebuilt on filter change);
* one `LaneLayout` per lane for a window of three viewport widths around the view, computed
  by `layout.layout_lane` on zoom, filter or page change and reused by every paint in between;
* the view: a `TimeScale` for the time area and a vertical offset for the lanes.

A paint only walks the cached items whose x falls in the view (bisect), and clustering keeps
their number bounded by the width of the window, whatever the number of events.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication, QStaticText

from . import layout as L
from .event_index import EventIndex, FilterState, LaneView
from .scene_lookup import Hit, SceneLookup
from .timeline_painting import AXIS_H, LANE_H, SWATCH, UNDATED_H, ScenePainting

HEADER_MIN, HEADER_MAX = 120.0, 230.0
CHIP_MAX = 230.0  # widest undated chip
CHIP_PLACEHOLDER = 150.0  # a chip whose title is still being read

__all__ = ["Hit", "TimelineScene"]


class _LazyWidths(Sequence[float]):
    """Chip widths measured only for the chips actually laid out (there may be thousands)."""

    def __init__(self, scene: "TimelineScene", indices: list[int]) -> None:
        self._scene, self._indices, self._cache = scene, indices, {}

    def __len__(self) -> int:
        return len(self._indices)

    def __getitem__(self, pos):  # type: ignore[no-untyped-def,override]
        if pos not in self._cache:
            title = self._scene.chip_texts(self._indices[pos])[0]
            if title is None:  # being read: a chip of the usual width until the title arrives
                return CHIP_PLACEHOLDER
            self._cache[pos] = min(CHIP_MAX, self._scene.text_width(title) + 26.0)
        return self._cache[pos]


class TimelineScene(ScenePainting, SceneLookup):
    """Geometry, view state, cached layouts and hit tests of the timeline (painting: `ScenePainting`)."""

    def __init__(self, font: QFont | None = None) -> None:
        self.index: EventIndex | None = None
        self.state = FilterState()
        self.mask = 0
        self.lanes: list[LaneView] = []
        self.undated: list[int] = []
        self.lane_undated: list[int] = []  # per drawn lane: its undated events (in the Undated strip)
        self.width, self.height = 800.0, 400.0
        self.ts = L.TimeScale(date.today().toordinal() - 365.0, 1.0)
        self.v_offset = 0.0
        self.undated_offset = 0
        self.selected = -1
        self.has_focus = False
        self.message = ""  # shown instead of events (e.g. a database error)
        self.header_w = HEADER_MIN
        self._generation = 0
        self._layouts: dict[int, L.LaneLayout] = {}  # lane -> its layout on the view's page
        self._pages: dict[tuple, dict[int, L.LaneLayout]] = {}  # the view's page and those beside it
        self._strips: dict[int, tuple] = {}  # id(layout) -> (layout, dpr, pixmap of its density strip)
        self._layout_key: tuple | None = None
        self._labels: dict[tuple[int, int], tuple[str, float]] = {}
        self._widths: dict[str, float] = {}
        self._axis_key: tuple | None = None
        self._axis: L.Axis | None = None
        self._chip_widths: _LazyWidths | None = None
        self.drawn_labels: dict[int, str] = {}  # event -> its label in the last paint ("": none)
        self._prefetched: list[L.LaneLayout] = []  # lane layouts whose labels were read (`_prefetch_texts`)
        self._sprites: dict[tuple, tuple] = {}
        self._statics: dict[tuple[int, int], QStaticText] = {}
        self._count_statics: dict[str, tuple[QStaticText, float]] = {}
        self.use_sprites = True  # pixmap caches; off for SVG output, which must stay vector
        self.device_pixel_ratio = 1.0
        self.set_font(font or QGuiApplication.font())

    # ------------------------------------------------------------------ fonts and text
    def set_font(self, font: QFont) -> None:
        self.font = QFont(font)
        self.small_font = QFont(font)
        self.small_font.setPointSizeF(max(6.5, font.pointSizeF() * 0.85))
        self.bold_font = QFont(font)
        self.bold_font.setBold(True)
        self.bold_small_font = QFont(self.small_font)
        self.bold_small_font.setBold(True)
        self._metrics = QFontMetricsF(self.font)
        self._small_metrics = QFontMetricsF(self.small_font)
        self._bold_metrics = QFontMetricsF(self.bold_font)
        self._widths.clear()
        self._labels.clear()
        self._axis_key = None
        if hasattr(self, "_sprites"):
            self._sprites.clear()
            self._statics.clear()
            self._count_statics.clear()

    def text_width(self, text: str) -> float:
        width = self._widths.get(text)
        if width is None:
            width = self._metrics.horizontalAdvance(text)
            if len(self._widths) > 20000:
                self._widths.clear()
            self._widths[text] = width
        return width

    def _small_width(self, text: str) -> float:
        return self._small_metrics.horizontalAdvance(text)

    # ------------------------------------------------------------------ data
    def set_index(self, index: EventIndex | None, state: FilterState | None = None) -> None:
        self.index = index
        self._labels.clear()
        self._statics.clear()
        if index is not None:
            names = [lane.name for lane in index.lanes] + ["Undated"]
            widest = max((self._bold_metrics.horizontalAdvance(n) for n in names), default=60.0)
            most = max((lane.count for lane in index.lanes), default=0)
            count_w = self._small_width(f"{most:,} + {index.size - index.dated:,} undated")
            self.header_w = min(HEADER_MAX, max(HEADER_MIN, widest + count_w + SWATCH + 30))
        self.set_filter(state or self.state)

    def set_filter(self, state: FilterState) -> None:
        self.state = state
        if self.index is None:
            self.mask, self.lanes, self.undated = 0, [], []
            self.lane_undated = []
        else:
            self.mask = self.index.mask(state)
            self.lanes = self.index.lanes_for(state, self.mask)
            self.undated = self.index.undated_indices(self.mask)
            self.lane_undated = self.index.undated_in_lanes([v.lane.key for v in self.lanes], self.mask)
        self._chip_widths = _LazyWidths(self, self.undated)
        self.undated_offset = min(self.undated_offset, max(len(self.undated) - 1, 0))
        self._generation += 1
        self._layout_key = None
        self.v_offset = min(self.v_offset, self.max_v_offset)

    def lane_count_text(self, k: int) -> str:
        """The lane header's count: its dated events, plus those in the Undated strip."""
        dated = self.lanes[k].count
        undated = self.lane_undated[k] if k < len(self.lane_undated) else 0
        return f"{dated:,} + {undated:,} undated" if undated else f"{dated:,}"

    def visible_indices(self) -> list[int]:
        from .event_index import mask_indices

        return mask_indices(self.mask, self.index.size) if self.index else []

    # ------------------------------------------------------------------ geometry
    def resize(self, width: float, height: float) -> None:
        self.width, self.height = float(width), float(height)
        self.v_offset = min(self.v_offset, self.max_v_offset)

    @property
    def time_left(self) -> float:
        """Width of the lane headers: the widest name and count, but at most 40% of a narrow
        timeline (a 380 px one kept 150 px for time); names are elided or wrapped to fit."""
        return min(self.header_w, max(HEADER_MIN, 0.4 * self.width))

    @property
    def time_width(self) -> float:
        return max(self.width - self.time_left, 50.0)

    @property
    def undated_h(self) -> float:
        return UNDATED_H if self.undated else 0.0

    @property
    def lanes_top(self) -> float:
        return AXIS_H

    @property
    def lanes_bottom(self) -> float:
        return max(self.height - self.undated_h, self.lanes_top)

    @property
    def lanes_view_h(self) -> float:
        return self.lanes_bottom - self.lanes_top

    @property
    def content_h(self) -> float:
        return len(self.lanes) * LANE_H

    @property
    def max_v_offset(self) -> float:
        return max(0.0, self.content_h - self.lanes_view_h)

    def lane_y(self, k: int) -> float:
        return self.lanes_top + k * LANE_H - self.v_offset

    def x_of(self, t: float) -> float:
        """Widget x of day `t`."""
        return self.time_left + self.ts.x(t)

    # ------------------------------------------------------------------ view changes
    def data_range(self) -> tuple[float, float]:
        """Extent of the filtered dated events (all events if none pass, a year if none exist)."""
        if self.lanes:
            extents = [d.time_extent() for d in self.lanes]
            return min(e[0] for e in extents), max(e[1] for e in extents)
        if self.index is not None and self.index.time_range:
            return self.index.time_range
        today = date.today().toordinal()
        return today - 365.0, today + 1.0

    def scroll_range(self) -> tuple[float, float]:
        """Days the horizontal scroll bar covers: the data plus half a view on each side."""
        t0, t1 = self.data_range()
        if self.index is not None and self.index.time_range:
            a, b = self.index.time_range
            t0, t1 = min(t0, a), max(t1, b)
        half = self.time_width / self.ts.scale / 2
        lo, hi = t0 - half, t1 + half
        view0, view1 = self.ts.visible(self.time_width)
        return min(lo, view0), max(hi, view1)

    def min_scale(self) -> float:
        t0, t1 = self.data_range()
        return min(L.MIN_SCALE * 5, self.time_width / max((t1 - t0) * 3, 1.0), L.MAX_SCALE)

    def fit_all(self) -> None:
        self.fit_days(*self.data_range())
        self.v_offset = 0.0

    def fit_days(self, t0: float, t1: float) -> None:
        """Show days t0..t1 with room on the right for the last label."""
        self.ts = L.fit_scale(t0, t1, self.time_width, right_px=min(L.MAX_LABEL * 0.8, self.time_width * 0.22))

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom around widget x `anchor_x` (default: the middle of the time area)."""
        ax = self.time_width / 2 if anchor_x is None else anchor_x - self.time_left
        self.ts = self.ts.zoomed(factor, ax, self.min_scale(), L.MAX_SCALE)

    def set_view(self, origin: float, scale: float) -> None:
        scale = min(L.MAX_SCALE, max(self.min_scale(), scale))
        self.ts = L.TimeScale(origin, scale)

    def center_on(self, t: float) -> None:
        self.ts = L.TimeScale(t - self.time_width / 2 / self.ts.scale, self.ts.scale)

    def pan(self, dx: float) -> None:
        self.ts = self.ts.panned(dx)

    def scroll_v(self, dy: float) -> None:
        self.v_offset = min(self.max_v_offset, max(0.0, self.v_offset + dy))

    # ------------------------------------------------------------------ layout
    def _ensure_layout_key(self) -> tuple[float, float]:
        """Layouts cover three view widths around the view; same page and zoom: reuse them. The
        pages beside it may have been laid out while idle (`prepare_neighbours`): kept."""
        width = self.time_width
        origin_px = self.ts.origin * self.ts.scale
        page = math.floor(origin_px / width)
        key = (self._generation, self.ts.scale, page, width)
        if key != self._layout_key:
            self._layout_key = key
            self._pages = {other: layouts for other, layouts in self._pages.items()
                           if other[:2] == key[:2] and other[3] == width and abs(other[2] - page) <= 1}
            self._layouts = self._pages.setdefault(key, {})
            live = {id(layout) for layouts in self._pages.values() for layout in layouts.values()}
            self._strips = {i: strip for i, strip in self._strips.items() if i in live}
        return (page - 1) * width, (page + 2) * width

    def lane_layout(self, k: int) -> L.LaneLayout:
        x_lo, x_hi = self._ensure_layout_key()
        cached = self._layouts.get(k)
        if cached is None:
            cached = self._layouts[k] = self._lay_out(k, x_lo, x_hi)
        return cached

    def _lay_out(self, k: int, x_lo: float, x_hi: float) -> L.LaneLayout:
        centers, starts, ends, keep = self.lanes[k].layout_columns()
        return L.layout_lane(centers, starts, ends, L.TimeScale(0.0, self.ts.scale), x_lo, x_hi, self.text_width, keep=keep)

    def prepare_neighbours(self) -> bool:
        """One step of idle work: the layout (and density strip) of one shown lane on the page
        left or right of the view, so that a pan across a page boundary paints from ready layouts
        instead of laying out every lane in that paint. False when there is nothing left to do."""
        if self.index is None or self._layout_key is None or not self.lanes:
            return False
        generation, scale, page, width = self._layout_key
        if (generation, scale, width) != (self._generation, self.ts.scale, self.time_width):
            return False  # the view changed since the last paint: that paint's pages are moot
        for other in (page + 1, page - 1):
            layouts = self._pages.setdefault((generation, scale, other, width), {})
            for k in self.visible_lane_range():
                if k not in layouts:
                    layout = layouts[k] = self._lay_out(k, (other - 1) * width, (other + 2) * width)
                    if layout.binned and self.use_sprites:
                        self._density_strip(k, layout)
                    return True
        return False

    @property
    def _shift(self) -> float:
        """Add to a layout x (absolute px) to get a widget x."""
        return self.time_left - self.ts.origin * self.ts.scale

    def axis(self) -> L.Axis:
        key = (self.ts, self.time_width)
        if key != self._axis_key or self._axis is None:
            self._axis = L.axis_ticks(self.ts, self.time_width, self._small_width)
            self._axis_key = key
        return self._axis

    def visible_lane_range(self) -> range:
        first = max(0, int(self.v_offset // LANE_H))
        last = min(len(self.lanes), int(math.ceil((self.v_offset + self.lanes_view_h) / LANE_H)))
        return range(first, last)

    def _visible_items(self, k: int) -> list[L.LaneItem]:
        items = self.lane_layout(k).items
        shift = self._shift
        left = self.time_left - shift - L.MAX_LABEL - 40
        right = self.width - shift + 40
        xs_lo = _bisect_items(items, left)
        out = []
        for item in items[xs_lo:]:
            if item.x - item.half_width > right:
                break
            out.append(item)
        return out

def _bisect_items(items: list[L.LaneItem], x: float) -> int:
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid].x < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
