"""Painting of the timeline scene (a mixin of `TimelineScene`; QtGui only, no widgets).

Split from the geometry so each file reads on its own: this one decides how things look.
Everything untrusted is drawn as plain text (`drawText`, `QStaticText` with PlainText).
Markers and badges are painted once into cached pixmaps and then blitted, labels are cached
`QStaticText`s; SVG output turns the caches off (`use_sprites`) to stay vector.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QPixmap

from . import layout as L
from .colors import blend, contrasting_text, is_dark, lane_color, with_alpha
from .scene_sprites import SceneSprites
from .scene_texts import SceneTexts

if TYPE_CHECKING:
    from .timeline_scene import TimelineScene

AXIS_H = 46.0
LANE_H = 38.0
UNDATED_H = 40.0
SWATCH = 12.0
MAX_BANDS = 24  # distinct month/year bands drawn per lane (more are indistinguishable anyway)


class ScenePainting(SceneTexts, SceneSprites):
    """The `paint()` half of `TimelineScene`."""

    interactive = True  # False while painting a static picture (render, export, print)

    def paint(self, p: QPainter, palette: QPalette) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        base = palette.color(QPalette.ColorRole.Base)
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.Text)
        dark = is_dark(palette)
        alt = blend(base, text, 0.035 if not dark else 0.06)
        grid = with_alpha(text, 28)
        grid_strong = with_alpha(text, 60)
        p.fillRect(QRectF(0, 0, self.width, self.height), base)

        lanes_clip = QRectF(self.time_left, self.lanes_top, self.time_width, self.lanes_view_h)
        axis = self.axis() if self.index is not None else None
        p.save()
        p.setClipRect(QRectF(0, self.lanes_top, self.width, self.lanes_view_h))
        rows = self.visible_lane_range()
        for k in rows:
            if k % 2:
                p.fillRect(QRectF(0, self.lane_y(k), self.width, LANE_H), alt)
        p.setClipRect(lanes_clip)
        if axis is not None:
            for tick in axis.fine:
                x = self.time_left + tick.x
                p.setPen(QPen(grid, 1))
                p.drawLine(QPointF(x, self.lanes_top), QPointF(x, self.lanes_bottom))
            p.setPen(QPen(grid_strong, 1))
            for tick in axis.coarse:
                x = self.time_left + self.ts.x(tick.t)
                p.drawLine(QPointF(x, self.lanes_top), QPointF(x, self.lanes_bottom))
        self._prefetch_texts(rows)
        self.drawn_labels = {}
        for k in rows:
            self._paint_lane(p, k, palette)
        p.restore()

        self._paint_axis(p, palette, axis, window, text)
        self._paint_header(p, palette, window, text, rows)
        if self.undated:
            self._paint_undated(p, palette, window, text)
        self._paint_message(p, text)

    def _paint_axis(self, p: QPainter, palette: QPalette, axis: L.Axis | None, window: QColor, text: QColor) -> None:
        p.fillRect(QRectF(0, 0, self.width, AXIS_H), window)
        p.setPen(QPen(with_alpha(text, 90), 1))
        p.drawLine(QPointF(0, AXIS_H - 0.5), QPointF(self.width, AXIS_H - 0.5))
        self._paint_key(p, palette, text)
        if axis is None:
            return
        p.save()
        p.setClipRect(QRectF(self.time_left, 0, self.time_width, AXIS_H))
        p.setFont(self.small_font)
        fm = self._small_metrics
        p.setPen(text)
        for lab in axis.coarse:
            p.setFont(self._bold_small())
            p.drawText(QPointF(self.time_left + lab.x + L.TICK_PAD, 4 + fm.ascent()), lab.text)
        p.setFont(self.small_font)
        dim = with_alpha(text, 200)
        for tick in axis.fine:
            x = self.time_left + tick.x
            p.setPen(QPen(with_alpha(text, 110), 1))
            p.drawLine(QPointF(x, AXIS_H - 18), QPointF(x, AXIS_H - 1))
            if tick.x >= 0:  # a label cut by the left edge would read as another number
                p.setPen(dim)
                p.drawText(QPointF(x + L.TICK_PAD, AXIS_H - 6), tick.text)
        p.restore()

    def _bold_small(self) -> QFont:
        return self.bold_small_font

    def _paint_key(self, p: QPainter, palette: QPalette, text: QColor) -> None:
        """Top-left corner: what the marker shapes mean."""
        p.save()
        p.setClipRect(QRectF(0, 0, self.time_left, AXIS_H))
        p.setFont(self.small_font)
        fm = self._small_metrics
        neutral = with_alpha(text, 170)
        y1, y2 = 14.0, 33.0
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(neutral)
        p.drawEllipse(QPointF(12, y1), 4.5, 4.5)
        p.setBrush(with_alpha(text, 60))
        p.setPen(QPen(neutral, 1))
        p.drawRoundedRect(QRectF(55, y1 - 4, 16, 8), 4, 4)
        p.setPen(text)
        p.drawText(QPointF(20, y1 + fm.ascent() / 2 - 1), "day")
        p.drawText(QPointF(75, y1 + fm.ascent() / 2 - 1), "month/year")
        p.setBrush(neutral)
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRoundedRect(QRectF(4, y2 - 6, 18, 12), 6, 6)
        p.setPen(contrasting_text(neutral))
        p.drawText(QRectF(4, y2 - 6, 18, 12), Qt.AlignmentFlag.AlignCenter, "n")
        p.setPen(text)
        # a picture on paper or in a report cannot be clicked: say what the badge means instead
        p.drawText(QPointF(27, y2 + fm.ascent() / 2 - 1), "cluster (click to zoom)" if self.interactive else "n events together")
        p.restore()

    def _paint_header(self, p: QPainter, palette: QPalette, window: QColor, text: QColor, rows: range) -> None:
        p.save()
        p.setClipRect(QRectF(0, self.lanes_top, self.time_left, self.lanes_view_h))
        p.fillRect(QRectF(0, self.lanes_top, self.time_left, self.lanes_view_h), window)
        fm = self._bold_metrics
        for k in rows:
            data = self.lanes[k]
            y = self.lane_y(k)
            color = lane_color(data.lane.color)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawRoundedRect(QRectF(8, y + (LANE_H - SWATCH) / 2, SWATCH, SWATCH), 3, 3)
            count = self.lane_count_text(k)
            count_w = self._small_width(count)
            name_room = self.time_left - SWATCH - 22 - count_w - 6
            # a name that would be cut beside a long count ("75,423 + 3,191 undated") gets the
            # lane's upper half and the count its lower half, both whole
            two_lines = fm.horizontalAdvance(data.lane.name) > name_room
            name_rect = QRectF(SWATCH + 14, y + 1, self.time_left - SWATCH - 22, LANE_H / 2) if two_lines \
                else QRectF(SWATCH + 14, y, name_room, LANE_H)
            count_rect = QRectF(SWATCH + 14, y + LANE_H / 2 - 1, self.time_left - SWATCH - 22, LANE_H / 2) if two_lines \
                else QRectF(self.time_left - count_w - 8, y, count_w + 2, LANE_H)
            p.setFont(self.bold_font)
            p.setPen(text)
            name = fm.elidedText(data.lane.name, Qt.TextElideMode.ElideRight, name_rect.width())
            p.drawText(name_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name)
            p.setFont(self.small_font)
            p.setPen(with_alpha(text, 150))
            p.drawText(count_rect, Qt.AlignmentFlag.AlignVCenter | (Qt.AlignmentFlag.AlignLeft if two_lines else Qt.AlignmentFlag.AlignRight), count)
        p.restore()
        p.setPen(QPen(with_alpha(text, 90), 1))
        p.drawLine(QPointF(self.time_left - 0.5, 0), QPointF(self.time_left - 0.5, self.lanes_bottom))

    def _paint_lane(self, p: QPainter, k: int, palette: QPalette) -> None:
        data = self.lanes[k]
        index = self.index
        assert index is not None
        layout = self.lane_layout(k)
        y = self.lane_y(k)
        mid = y + LANE_H / 2
        color = lane_color(data.lane.color)
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        shift = self._shift
        items = self._visible_items(k)
        if layout.binned:
            self._paint_density(p, k, items, layout.peak, mid, color, highlight)
            return
        if not layout.binned:
            self._paint_bands(p, [data.members[it.members[0]] for it in items if not it.is_cluster], y, color)
        if not layout.binned:  # cluster extent lines (binned clusters fill their bin anyway)
            p.setPen(QPen(with_alpha(color, 150), 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            for item in items:
                if item.is_cluster and item.x_last - item.x_first > 2 * item.half_width:
                    p.drawLine(QPointF(item.x_first + shift, mid), QPointF(item.x_last + shift, mid))
        p.setPen(text)
        p.setFont(self.font)
        label_top = mid - self._metrics.height() / 2
        span, sources = index.span, index.cols.source_counts
        for item in items:
            x = item.x + shift
            if item.is_cluster:
                self._draw_cluster(p, x, mid, color, base, item.count, item.half_width)
                p.setPen(text)
                p.setFont(self.font)
                if self.selected >= 0 and self._holds_selected(k, item):
                    p.setPen(QPen(highlight, 2.5))
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    p.drawRoundedRect(QRectF(x - item.half_width - 3, mid - 12, 2 * item.half_width + 6, 24), 12, 12)
                    p.setPen(text)
                continue
            event = data.members[item.members[0]]
            shift_label = self._label_shift(event, bool(span[event])) if sources[event] > 1 else 0.0
            room = min(item.label_room, self.width - x - L.MARKER_RADIUS - 12) - shift_label  # elide at the right edge too
            label = self._label(event, room)
            self.drawn_labels[event] = label[0]
            if event == self.selected:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(with_alpha(highlight, 70))
                p.drawRoundedRect(QRectF(x - 11, mid - 11, 22 + (label[1] + 6 + shift_label if label[1] else 0), 22), 11, 11)
                p.setPen(QPen(highlight, 2.5))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(QPointF(x, mid), L.MARKER_RADIUS + 4, L.MARKER_RADIUS + 4)
                p.setPen(text)
            self._draw_sprite(p, x, mid, self._marker_sprite(color, base, span[event]))
            if sources[event] > 1:
                self._draw_sprite(p, x + 10, mid - 11, self._source_sprite(text, base, sources[event]))
            if label[1]:
                left = x + L.MARKER_RADIUS + 5 + (3 if span[event] else 0) + shift_label
                if self.use_sprites:
                    p.drawStaticText(QPointF(left, label_top), self._static_label(event, room, label[0]))
                else:
                    p.drawText(QPointF(left, label_top + self._metrics.ascent()), label[0])

    def _paint_density(self, p: QPainter, k: int, items: list[L.LaneItem], peak: int, mid: float, color: QColor,
                       highlight: QColor) -> None:
        """A lane too dense for markers: one bar per bucket, its height and tint growing with the
        bucket's count (square root, so a few events still show next to hundreds).

        The whole strip of a layout (three view widths) is painted once into a pixmap and then
        blitted at the pan offset: a paint costs one `drawPixmap` per lane, not one call per bucket.
        """
        shift = self._shift
        full = LANE_H - 10
        p.setPen(Qt.PenStyle.NoPen)
        p.fillRect(QRectF(self.time_left, mid - full / 2, self.time_width, full), with_alpha(color, 22))
        layout = self.lane_layout(k)
        if not self.use_sprites:  # SVG: vector bars
            self._density_bars(p, items, peak, mid - full / 2, shift, full, color)
        else:
            p.drawPixmap(QPointF(layout.x_lo + shift, mid - full / 2), self._density_strip(k, layout))
        if self.selected >= 0:
            for item in items:
                if self._holds_selected(k, item):
                    p.setPen(QPen(highlight, 2.5))
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    p.drawRect(QRectF(item.x + shift - L.BIN_PX / 2 - 1, mid - full / 2 - 1, L.BIN_PX + 2, full + 2))
                    break

    def _density_strip(self, k: int, layout: L.LaneLayout) -> QPixmap:
        """The bars of a binned layout (three view widths) in one pixmap, painted once."""
        dpr = self.device_pixel_ratio
        cached = self._strips.get(id(layout))
        if cached is None or cached[0] is not layout or cached[1] != dpr:
            full = LANE_H - 10
            width = max(1.0, layout.x_hi - layout.x_lo)
            pixmap = QPixmap(int(math.ceil(width * dpr)), int(math.ceil(full * dpr)))
            pixmap.setDevicePixelRatio(dpr)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            self._density_bars(painter, layout.items, layout.peak, 0.0, -layout.x_lo, full, lane_color(self.lanes[k].lane.color))
            painter.end()
            cached = self._strips[id(layout)] = (layout, dpr, pixmap)
        return cached[2]

    @staticmethod
    def _density_bars(p: QPainter, items: list[L.LaneItem], peak: int, top: float, shift: float, full: float,
                      color: QColor) -> None:
        """Bars of a density strip; `top` is the strip's top in `p`, `shift` maps layout x to `p`'s x."""
        scale = 1 / math.sqrt(max(peak, 1))
        shades: dict[int, QColor] = {}
        for item in items:
            share = math.sqrt(item.count) * scale
            h = max(3.0, full * share)
            alpha = int(110 + 145 * share) // 8 * 8
            shade = shades.get(alpha)
            if shade is None:
                shade = shades[alpha] = with_alpha(color, alpha)
            p.fillRect(QRectF(item.x + shift - L.BIN_PX / 2 + 0.5, top + full - h, L.BIN_PX - 1, h), shade)

    def _paint_bands(self, p: QPainter, events: list[int], y: float, color: QColor) -> None:
        """Month/year events shown as single markers: a translucent band over their month or year."""
        assert self.index is not None
        start, end, span = self.index.start, self.index.end, self.index.span
        fill, edge = with_alpha(color, 34), with_alpha(color, 140)
        seen: set[tuple[float, float]] = set()
        for i in events:
            extent = (start[i], end[i])
            if not span[i] or extent in seen:
                continue
            seen.add(extent)
            xa, xb = self.x_of(extent[0]), self.x_of(extent[1])
            if xb - xa < 4:
                continue
            rect = QRectF(xa, y + 6, xb - xa, LANE_H - 12)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(fill)
            p.drawRect(rect)
            p.setPen(QPen(edge, 1))
            p.drawLine(rect.topLeft(), rect.bottomLeft())
            p.drawLine(rect.topRight(), rect.bottomRight())
            if len(seen) >= MAX_BANDS:
                break

    def _holds_selected(self, k: int, item: L.LaneItem) -> bool:
        if self.index is None or self.selected < 0 or self.selected >= self.index.dated:
            return False
        p = self.lanes[k].position_of(self.selected, self.index.center[self.selected])
        return p >= 0 and p in item.members

    def _paint_undated(self, p: QPainter, palette: QPalette, window: QColor, text: QColor) -> None:
        assert self.index is not None
        y0 = self.lanes_bottom
        p.fillRect(QRectF(0, y0, self.width, UNDATED_H), window)
        p.setPen(QPen(with_alpha(text, 90), 1))
        p.drawLine(QPointF(0, y0 + 0.5), QPointF(self.width, y0 + 0.5))
        p.setFont(self.bold_font)
        p.setPen(text)
        p.drawText(QRectF(10, y0, self.time_left - 16, UNDATED_H), Qt.AlignmentFlag.AlignVCenter, f"Undated ({len(self.undated):,})")
        base = palette.color(QPalette.ColorRole.Base)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        p.save()
        p.setClipRect(QRectF(self.time_left, y0, self.time_width, UNDATED_H))
        for chip in self._chips():
            rect = self._chip_rect(chip)
            if chip.kind != "event":
                p.setPen(QPen(with_alpha(text, 120), 1))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(rect, 12, 12)
                p.setFont(self.small_font)
                label = f"‹ {chip.count:,} more" if chip.kind == "earlier" else f"{chip.count:,} more ›"
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
                continue
            event = self.undated[chip.position]
            title, lane_no = self.chip_texts(event)
            color = lane_color(lane_no) if title is not None else with_alpha(text, 90)
            selected = event == self.selected
            p.setPen(QPen(highlight if selected else with_alpha(text, 70), 2 if selected else 1))
            p.setBrush(with_alpha(highlight, 60) if selected else base)
            p.drawRoundedRect(rect, 12, 12)
            p.setPen(QPen(base, 1))
            p.setBrush(color)
            p.drawEllipse(QPointF(rect.left() + 12, rect.center().y()), 5, 5)
            p.setFont(self.font)
            p.setPen(text)
            if title is None:  # being read: the chip without its words, until the repaint
                continue
            title = self._metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width() - 26)
            p.drawText(QRectF(rect.left() + 21, rect.top(), rect.width() - 24, rect.height()), Qt.AlignmentFlag.AlignVCenter, title)
        p.restore()

    def _paint_message(self, p: QPainter, text: QColor) -> None:
        message = self.message
        if not message:
            if self.index is None or self.index.size == 0:
                message = "No events yet.\nImport documents with File ▸ Import Documents… or drop files here."
            elif not self.mask:
                message = "No events match the filters.\nWiden the filters on the left, or press “All”."
            elif not self.lanes and self.undated:
                message = "All matching events are undated (listed below)."
        if not message:
            return
        p.setFont(self.font)
        p.setPen(with_alpha(text, 170))
        rect = QRectF(self.time_left + 10, self.lanes_top + 10, self.time_width - 20, max(self.lanes_view_h - 20, 40))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, message)
