"""Mouse, wheel, keyboard and pinch input of the timeline widget, and what clicks open.

A mixin of `TimelineView` (split from it to keep each file about one thing); Qt calls these
overrides through the class, so they keep their camelCase names."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QNativeGestureEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QGestureEvent, QMenu, QPinchGesture, QToolTip

from . import layout as L
from .formatting import format_date, menu_text
from .timeline_scene import LANE_H, Hit

WHEEL_ZOOM_BASE = 1.25  # per wheel notch with Ctrl
MENU_LIMIT = 30


class TimelineInput:
    """Part of `TimelineView`: input handling."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        mods = event.modifiers()
        angle = event.angleDelta()
        pixel = event.pixelDelta()
        if mods & Qt.KeyboardModifier.ControlModifier:
            notches = (angle.y() or angle.x()) / 120.0
            if notches:
                self._zoom(WHEEL_ZOOM_BASE ** notches, event.position().x())
            event.accept()
            return
        if mods & Qt.KeyboardModifier.ShiftModifier:
            delta = angle.y() or angle.x()
            self.scene.scroll_v(-delta / 120.0 * LANE_H)
        else:
            if not pixel.isNull():
                dx = -(pixel.x() or pixel.y())
            else:
                dx = -(angle.x() or angle.y()) / 120.0 * self.scene.time_width * 0.12
            self.scene.pan(dx)
        self._sync_scrollbars()
        self.update()
        self.viewChanged.emit()
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_view = (self.scene.ts, self.scene.v_offset)
            self._dragging = False
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = event.position() - self._press
            if not self._dragging and delta.manhattanLength() >= QApplication.startDragDistance():
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._dragging and self._press_view is not None:
                ts, v = self._press_view
                self.scene.ts = ts.panned(-delta.x())
                self.scene.v_offset = v
                self.scene.scroll_v(-delta.y())
                self._sync_scrollbars()
                self.update()
            return
        hit = self.scene.hit_test(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        dragged = self._dragging
        self._press = None
        self._dragging = False
        self.unsetCursor()
        if dragged:
            self.viewChanged.emit()
            return
        hit = self.scene.hit_test(event.position())
        if hit is not None:
            self._on_click(hit, event.globalPosition().toPoint())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.scene.hit_test(event.position())
        if hit is not None and hit.kind == "event":
            self._activate_index(hit.index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Left) and not ctrl:
            self._step_selection(1 if key == Qt.Key.Key_Right else -1)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Left) or key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            forward = key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown)
            self.scene.pan((0.8 if forward else -0.8) * self.scene.time_width)
            self._after_view_change()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.scene.scroll_v(-LANE_H if key == Qt.Key.Key_Up else LANE_H)
            self._after_view_change()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_Home:
            self.fit_all()
        elif key == Qt.Key.Key_End:
            last = self.scene.neighbour(self.scene.index.size, -1) if self.scene.index else -1
            if last >= 0:
                self._select_index(last)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate_selected()
        elif key == Qt.Key.Key_Escape and self.scene.selected >= 0:
            self.clear_selection()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            hit = self.scene.hit_test(QPointF(pos))
            if hit is not None:
                rect = hit.rect.toAlignedRect() if hit.rect is not None else self.rect()
                QToolTip.showText(event.globalPos(), self.scene.tooltip(hit), self, rect)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if kind == QEvent.Type.NativeGesture and isinstance(event, QNativeGestureEvent):
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self._zoom(1.0 + event.value(), event.position().x())
                return True
        if kind == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self._on_pinch(pinch)
                event.accept(pinch)
                return True
        return super().event(event)

    # ------------------------------------------------------------------ helpers
    def _on_pinch(self, pinch: QPinchGesture) -> None:
        if pinch.state() == Qt.GestureState.GestureStarted:
            self._pinch_last = 1.0
        total = pinch.totalScaleFactor()
        factor = total / self._pinch_last if self._pinch_last else total
        self._pinch_last = total
        center = self.mapFromGlobal(pinch.centerPoint().toPoint())
        if factor > 0:
            self._zoom(factor, float(center.x()))

    def _step_selection(self, step: int) -> None:
        target = self.scene.neighbour(self.scene.selected, step)
        if target >= 0:
            self._select_index(target)

    def _select_index(self, i: int) -> None:
        index = self.scene.index
        if index is None:
            return
        self.scene.selected = i
        self.scene.ensure_visible(i, uncluster=False)
        self._sync_scrollbars()
        self.update()
        self.selectionChanged.emit(index.cols.ids[i])

    def _on_click(self, hit: Hit, global_pos: QPoint) -> None:
        if hit.kind == "event":
            self._activate_index(hit.index)
        elif hit.kind == "cluster" and hit.item is not None:
            self._open_cluster(hit, global_pos)
        elif hit.kind in ("earlier", "later"):
            self.scene.page_undated(hit.kind)
            self.update()

    def _open_cluster(self, hit: Hit, global_pos: QPoint) -> None:
        """Zoom into a cluster; at the deepest zoom, list its events in a menu instead."""
        item = hit.item
        assert item is not None
        scene = self.scene
        if scene.ts.scale < L.MAX_SCALE * 0.999:
            span = max(item.t1 - item.t0, 1.0)
            scale = max(scene.ts.scale * 2, min(L.MAX_SCALE, scene.time_width * 0.7 / span))
            scene.set_view(scene.ts.origin, scale)
            scene.center_on((item.t0 + item.t1) / 2)
            self._after_view_change()
            return
        self.cluster_menu(hit).popup(global_pos)

    def cluster_menu(self, hit: Hit) -> QMenu:
        """A menu of a cluster's events (plain text; `&` doubled so it is not a mnemonic)."""
        menu = QMenu(self)
        menu.setAccessibleName("Events in this cluster")
        index = self.scene.index
        assert index is not None and hit.item is not None
        members = self.scene.lanes[hit.lane].members
        positions = list(hit.item.members)[:MENU_LIMIT]
        for p in positions:
            i = members[p]
            action = menu.addAction(menu_text(f"{format_date(index.cols.dates[i])} — {index.cols.titles[i]}"))
            action.triggered.connect(lambda _=False, i=i: self._activate_index(i))
        if hit.item.count > MENU_LIMIT:
            more = menu.addAction(f"{hit.item.count - MENU_LIMIT:,} more…")
            more.setEnabled(False)
        return menu
