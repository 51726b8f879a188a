"""Cached pixmaps and static texts the timeline is drawn with (markers, badges, labels).

A mixin of `ScenePainting`: each sprite is painted once per colour, size and device pixel ratio
and then blitted; SVG output turns the caches off (`use_sprites`) to stay vector."""
from __future__ import annotations

import math
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QPixmap, QStaticText, QTransform

from . import layout as L
from .colors import contrasting_text


class SceneSprites:
    """Part of `TimelineScene`: sprite and text caches."""

    def _draw_sprite(self, p: QPainter, x: float, y: float, sprite: tuple) -> None:
        """Draw a cached pixmap centred on (x, y), or replay its vector drawing (SVG output)."""
        pixmap, draw, w, h = sprite
        if pixmap is not None:
            p.drawPixmap(QPointF(x - w / 2, y - h / 2), pixmap)
        else:
            p.save()
            p.translate(x - w / 2, y - h / 2)
            draw(p)
            p.restore()

    def _sprite(self, key: tuple, w: float, h: float, draw) -> tuple:  # type: ignore[no-untyped-def]
        """Markers and badges are drawn once into a pixmap and then only blitted (cheap paints)."""
        sprite = self._sprites.get(key)
        if sprite is None:
            if self.use_sprites:
                dpr = self.device_pixel_ratio
                pixmap = QPixmap(int(math.ceil(w * dpr)), int(math.ceil(h * dpr)))
                pixmap.setDevicePixelRatio(dpr)
                pixmap.fill(Qt.GlobalColor.transparent)
                painter = QPainter(pixmap)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
                draw(painter)
                painter.end()
                sprite = (pixmap, draw, w, h)
            else:
                sprite = (None, draw, w, h)
            if len(self._sprites) > 4000:
                self._sprites.clear()
            self._sprites[key] = sprite
        return sprite

    def _cluster_sprite(self, color: QColor, base: QColor, count: int | None, half_width: float) -> tuple:
        label = f"{count:,}" if count is not None else ""  # None: the badge without its count
        w, h = 2 * half_width + 2, 20.0

        def draw(p: QPainter) -> None:
            rect = QRectF(1, 1, w - 2, h - 2)
            p.setPen(QPen(base, 1.5))
            p.setBrush(color)
            p.drawRoundedRect(rect, 9, 9)
            if label:
                p.setPen(contrasting_text(color))
                p.setFont(self.small_font)
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)

        return self._sprite(("c", color.rgba(), base.rgba(), label, w, self.use_sprites), w, h, draw)

    def _draw_cluster(self, p: QPainter, x: float, y: float, color: QColor, base: QColor, count: int,
                      half_width: float) -> None:
        """A cluster badge centred on (x, y) with its count.

        Counts are nearly all distinct and a zoom meets hundreds of new ones, so the badge is a
        pixmap per colour and width and the count a cached `QStaticText` drawn over it: a new
        count costs microseconds, not a freshly painted pixmap (the first paint after a zoom).
        Vector output (`use_sprites` off) draws both as before.
        """
        if not self.use_sprites:
            self._draw_sprite(p, x, y, self._cluster_sprite(color, base, count, half_width))
            return
        self._draw_sprite(p, x, y, self._cluster_sprite(color, base, None, half_width))
        static, width = self._count_static(f"{count:,}")
        p.setFont(self.small_font)
        p.setPen(contrasting_text(color))
        p.drawStaticText(QPointF(x - width / 2, y - self._small_metrics.height() / 2), static)

    def _count_static(self, label: str) -> tuple[QStaticText, float]:
        cached = self._count_statics.get(label)
        if cached is None:
            static = QStaticText(label)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
            static.prepare(QTransform(), self.small_font)
            cached = (static, self._small_metrics.horizontalAdvance(label))
            if len(self._count_statics) > 20000:
                self._count_statics.clear()
            self._count_statics[label] = cached
        return cached

    def _marker_sprite(self, color: QColor, base: QColor, span: bool) -> tuple:
        w, h = (22.0, 14.0) if span else (16.0, 16.0)

        def draw(p: QPainter) -> None:
            p.setPen(QPen(base, 1.5))
            p.setBrush(color)
            if span:
                p.drawRoundedRect(QRectF(2, 1.5, 18, 11), 5.5, 5.5)
            else:
                p.drawEllipse(QPointF(8, 8), L.MARKER_RADIUS, L.MARKER_RADIUS)

        return self._sprite(("m", color.rgba(), base.rgba(), span, self.use_sprites), w, h, draw)

    def _badge_width(self, count: int) -> float:
        """Width of a source-count badge (kept per count: every labelled marker with sources asks)."""
        widths = self.__dict__.setdefault("_badge_widths", {})
        found = widths.get(count)
        if found is None:
            label = str(count) if count < 100 else "99+"
            found = widths[count] = max(14.0, QFontMetricsF(self.bold_small_font).horizontalAdvance(label) + 6) + 2
        return found

    def _label_shift(self, event: int, span: bool) -> float:
        """How far right of its usual place an event's label starts: past the source-count badge
        at the marker's corner (drawn at x + 10, it covered the label's first letter)."""
        count = self.index.cols.source_counts[event] if self.index is not None else 0
        if count <= 1:
            return 0.0
        usual = L.MARKER_RADIUS + 5 + (3 if span else 0)
        return max(0.0, 10 + self._badge_width(count) / 2 + 2 - usual)

    def _source_sprite(self, text: QColor, base: QColor, count: int) -> tuple:
        """Events reported by several documents carry their source count at the marker's corner."""
        label = str(count) if count < 100 else "99+"
        w = self._badge_width(count)
        h = 16.0

        def draw(p: QPainter) -> None:
            rect = QRectF(1, 1, w - 2, h - 2)
            p.setPen(QPen(base, 1.2))
            p.setBrush(text)
            p.drawRoundedRect(rect, 7, 7)
            p.setPen(base)
            p.setFont(self.bold_small_font)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)

        return self._sprite(("s", text.rgba(), base.rgba(), label, self.use_sprites), w, h, draw)

    def _static_label(self, event: int, room: float, text: str) -> QStaticText:
        key = (event, int(room))
        static = self._statics.get(key)
        if static is None:
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)  # titles are untrusted: never rich text
            static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
            static.prepare(QTransform(), self.font)
            if len(self._statics) > 20000:
                self._statics.clear()
            self._statics[key] = static
        return static
