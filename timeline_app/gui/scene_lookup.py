"""Finding things in the timeline scene: where an event is drawn, what is under the pointer,
the undated strip's paging, and the next event for the keyboard (a mixin of `TimelineScene`)."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF

from . import layout as L
from .formatting import format_date, plain_tooltip, type_word
from .timeline_painting import LANE_H, UNDATED_H

SPREAD_NOTE = "Click a cluster to zoom in"


@dataclass
class Hit:
    kind: str  # "event" | "cluster" | "earlier" | "later"
    index: int = -1  # event index for "event"
    lane: int = -1
    item: L.LaneItem | None = None
    rect: QRectF | None = None



class SceneLookup:
    """Part of `TimelineScene`: lookups and hit tests."""

    def lanes_of(self, event: int) -> list[tuple[int, int]]:
        """(lane number, position in lane) for every drawn lane that holds `event`."""
        if self.index is None or event >= self.index.dated:
            return []
        center = self.index.center[event]
        out = []
        for k, data in enumerate(self.lanes):
            p = data.position_of(event, center)
            if p >= 0:
                out.append((k, p))
        return out

    def item_rect(self, k: int, item: L.LaneItem) -> QRectF:
        mid = self.lane_y(k) + LANE_H / 2
        x = item.x + self._shift
        if item.is_cluster:
            return QRectF(x - item.half_width, mid - 9, 2 * item.half_width, 18)
        r = L.MARKER_RADIUS + 1
        return QRectF(x - r, mid - r, 2 * r, 2 * r)

    def _in_view(self, rect: QRectF) -> bool:
        cx, cy = rect.center().x(), rect.center().y()
        return self.time_left <= cx <= self.width and self.lanes_top <= cy <= self.lanes_bottom

    def event_rect(self, event: int) -> QRectF | None:
        """Where `event` is drawn now (its marker, or the cluster holding it), if on screen."""
        if self.index is None or not self.mask >> event & 1:
            return None
        if event >= self.index.dated:
            for chip in self._chips():
                if chip.kind == "event" and self.undated[chip.position] == event:
                    return self._chip_rect(chip)
            return None
        for k, p in self.lanes_of(event):
            item = self.lane_layout(k).item_of(p)
            if item is None:
                continue
            rect = self.item_rect(k, item)
            if self._in_view(rect):
                return rect
        return None

    def ensure_visible(self, event: int, uncluster: bool = True) -> QRectF | None:
        """Scroll (and zoom in while it sits in a cluster) until `event` has its own marker."""
        if self.index is None or not self.mask >> event & 1:
            return None
        if event >= self.index.dated:
            pos = self.undated.index(event) if event in self.undated else -1
            if pos >= 0 and self.event_rect(event) is None:
                self.undated_offset = pos
            return self.event_rect(event)
        places = self.lanes_of(event)
        if not places:
            return None
        k, p = places[0]
        center = self.index.center[event]
        x = self.ts.x(center)
        if not 24 <= x <= self.time_width - 24:
            self.center_on(center)
        zoomed = False
        for _ in range(40):
            item = self.lane_layout(k).item_of(p)
            if item is None or not item.is_cluster or not uncluster or self.ts.scale >= L.MAX_SCALE:
                break
            self.ts = L.TimeScale(self.ts.origin, min(L.MAX_SCALE, self.ts.scale * 2))
            self.center_on(center)
            zoomed = True
        item = self.lane_layout(k).item_of(p)
        if zoomed and item is not None and not item.is_cluster and item.label_room < 120 and self.ts.scale < L.MAX_SCALE:
            # just separated: one more step gives its label room to be read
            self.ts = L.TimeScale(self.ts.origin, min(L.MAX_SCALE, self.ts.scale * 2))
            self.center_on(center)
        y = self.lane_y(k)
        if y < self.lanes_top:
            self.scroll_v(y - self.lanes_top)
        elif y + LANE_H > self.lanes_bottom:
            self.scroll_v(y + LANE_H - self.lanes_bottom)
        item = self.lane_layout(k).item_of(p)
        return self.item_rect(k, item) if item is not None else None

    # ------------------------------------------------------------------ hit testing
    def hit_test(self, pos: QPointF) -> Hit | None:
        x, y = pos.x(), pos.y()
        if self.undated and y >= self.lanes_bottom:
            for chip in self._chips():
                rect = self._chip_rect(chip)
                if rect.adjusted(-2, -4, 2, 4).contains(pos):
                    if chip.kind == "event":
                        return Hit("event", self.undated[chip.position], rect=rect)
                    return Hit(chip.kind, rect=rect)
            return None
        if not (self.lanes_top <= y < self.lanes_bottom) or x < self.time_left or not self.lanes:
            return None
        k = int((y - self.lanes_top + self.v_offset) // LANE_H)
        if not 0 <= k < len(self.lanes):
            return None
        mid = self.lane_y(k) + LANE_H / 2
        if abs(y - mid) > LANE_H / 2 - 2:
            return None
        xr = x - self._shift
        best: Hit | None = None
        for item in self._visible_items(k):
            if item.is_cluster:
                if item.left - 2 <= xr <= item.right + 2:
                    return Hit("cluster", lane=k, item=item, rect=self.item_rect(k, item))
                continue
            event = self.lanes[k].members[item.members[0]]
            shift_label = self._label_shift(event, bool(self.index.span[event])) if self.index is not None else 0.0
            label_w = self._label(event, min(item.label_room, self.width - (item.x + self._shift) - L.MARKER_RADIUS - 12)
                                  - shift_label)[1]
            if item.left - 3 <= xr <= item.right + 3:
                return Hit("event", event, k, item, self.item_rect(k, item))
            if item.right < xr <= item.right + 4 + shift_label + label_w and abs(y - mid) <= 10:
                best = Hit("event", event, k, item, self.item_rect(k, item))
        return best

    def tooltip(self, hit: Hit) -> str:
        if self.index is None:
            return ""
        cols = self.index.cols
        if hit.kind == "event":
            i = hit.index
            lines = [
                cols.titles[i],
                f"{format_date(cols.dates[i])} · {type_word(cols.types[i])}" + (f" · {cols.locations[i]}" if cols.locations[i] else ""),
            ]
            if cols.delegations[i]:
                lines.append("Delegations: " + ", ".join(cols.delegations[i]))
            if cols.officials[i]:
                names = [o[0] for o in cols.officials[i]]
                lines.append("Officials: " + ", ".join(names[:6]) + (f" and {len(names) - 6} more" if len(names) > 6 else ""))
            n = cols.source_counts[i]
            lines.append(f"{n} source{'s' if n != 1 else ''}")
            return plain_tooltip(*lines, bold_first=True)
        if hit.kind == "cluster" and hit.item is not None:
            item = hit.item
            span = f"{_day_text(item.t0)} – {_day_text(item.t1 - 1)}"
            return plain_tooltip(f"{item.count:,} events", span, SPREAD_NOTE, bold_first=True)
        if hit.kind in ("earlier", "later"):
            return plain_tooltip("Show more undated events")
        return ""

    # ------------------------------------------------------------------ undated strip
    def _chip_more_width(self, count: int) -> float:
        return self._small_width(f"{count:,} more ›") + 18

    def _chips(self) -> list[L.Chip]:
        if not self.undated or self._chip_widths is None:
            return []
        return L.layout_chips(self._chip_widths, self.undated_offset, self.time_width - 12, self._chip_more_width)

    def _chip_rect(self, chip: L.Chip) -> QRectF:
        y = self.lanes_bottom + (UNDATED_H - 24) / 2
        return QRectF(self.time_left + 6 + chip.x, y, chip.width, 24)

    def page_undated(self, kind: str) -> None:
        chips = self._chips()
        if kind == "later":
            shown = [c for c in chips if c.kind == "event"]
            if shown:
                self.undated_offset = shown[-1].position + 1
        elif kind == "earlier":
            # step back by about as many chips as fit now
            fit = max(1, len([c for c in chips if c.kind == "event"]))
            self.undated_offset = max(0, self.undated_offset - fit)

    # ------------------------------------------------------------------ navigation
    def neighbour(self, event: int, step: int) -> int:
        """Next (+1) or previous (-1) event passing the filters, in date order; -1 if none."""
        if self.index is None or not self.mask:
            return -1
        mask = self.mask
        if event < 0:
            first_day = self.ts.origin
            start = bisect_left(self.index.start, first_day, 0, self.index.dated)
            rest = mask >> start
            if rest:
                return start + ((rest & -rest).bit_length() - 1)
            return mask.bit_length() - 1
        if step > 0:
            rest = mask >> (event + 1)
            return event + 1 + ((rest & -rest).bit_length() - 1) if rest else -1
        below = mask & ((1 << event) - 1)
        return below.bit_length() - 1 if below else -1



def _day_text(t: float) -> str:
    try:
        d = date.fromordinal(int(t))
    except (ValueError, OverflowError):
        return "?"
    return format_date(d.isoformat())
