"""The timeline widget: input (mouse, wheel, keys, pinch), scroll bars and the test contract.

Drawing and geometry live in `TimelineScene`; this widget turns user input into scene changes
and scene hits into signals. It is a plain QWidget (not a QAbstractScrollArea) so that its
own coordinates are the drawing coordinates: `event_rect()` can be clicked directly.

Contract used by tests and other code: object name ``timeline``; `visible_event_ids()`,
`event_rect(event_id)`, signal `eventActivated(int)` (export ids, i.e. `EventRow.id`).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent, QMouseEvent, QNativeGestureEvent, QPainter, QPaintEvent, QPen, QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QGestureEvent, QMenu, QPinchGesture, QScrollBar, QToolTip, QWidget

from . import layout as L
from .event_index import EventIndex, FilterState
from .formatting import format_date, menu_text
from .timeline_scene import LANE_H, Hit, TimelineScene

ZOOM_STEP = 1.5
WHEEL_ZOOM_BASE = 1.25  # per wheel notch with Ctrl
MENU_LIMIT = 30


class TimelineView(QWidget):
    """Scrollable, zoomable timeline of the filtered events, one lane per delegation."""

    eventActivated = Signal(int)  # event id: clicked, or Enter on the selection
    selectionChanged = Signal(int)  # event id, -1 when nothing is selected
    viewChanged = Signal()  # zoom or scroll changed (for persistence)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setAccessibleName("Timeline")
        self.setAccessibleDescription(
            "Events on a time axis, one lane per delegation. Left and Right select the previous or next "
            "event, Enter shows its details, plus and minus zoom, Home fits all events."
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, False)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self.setMinimumSize(320, 150)
        self.scene = TimelineScene(self.font())
        self._hbar = QScrollBar(Qt.Orientation.Horizontal, self)
        self._hbar.setAccessibleName("Scroll the timeline in time")
        self._vbar = QScrollBar(Qt.Orientation.Vertical, self)
        self._vbar.setAccessibleName("Scroll the delegation lanes")
        for bar in (self._hbar, self._vbar):
            bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._hbar.valueChanged.connect(self._on_hbar)
        self._vbar.valueChanged.connect(self._on_vbar)
        self._h_lo = 0.0
        self._h_unit = 1.0
        self._syncing = False
        self._press: QPointF | None = None
        self._press_view: tuple[L.TimeScale, float] | None = None
        self._dragging = False
        self._pinch_last = 1.0
        self._needs_fit = True  # until the user moves the view, every resize fits it again
        self.viewChanged.connect(self._user_moved_view)
        self._layout_children()

    # ------------------------------------------------------------------ data
    def set_index(self, index: EventIndex | None, state: FilterState | None = None) -> None:
        """New data (initial load or refresh); keeps the view and the selection when possible."""
        selected_id = self.selected_event_id()
        self.scene.set_index(index, state)
        self.scene.selected = -1
        if index is not None and selected_id >= 0:
            i = index.id_to_index.get(selected_id, -1)
            if i >= 0 and self.scene.mask >> i & 1:
                self.scene.selected = i
        if self._needs_fit and index is not None:
            self.scene.fit_all()  # again at every resize until the user has seen it
        self._sync_scrollbars()
        self.update()

    def set_filter(self, state: FilterState) -> None:
        self.scene.set_filter(state)
        if self.scene.selected >= 0 and not self.scene.mask >> self.scene.selected & 1:
            self.scene.selected = -1
            self.selectionChanged.emit(-1)
        self._sync_scrollbars()
        self.update()

    def set_message(self, message: str) -> None:
        self.scene.message = message
        self.update()

    # ------------------------------------------------------------------ test contract
    def visible_event_ids(self) -> list[int]:
        """Ids of the events passing the filters, in date order (undated last)."""
        index = self.scene.index
        return index.ids(self.scene.mask) if index is not None else []

    def event_rect(self, event_id: int) -> QRectF:
        """Where the event's marker is drawn now, after scrolling (and zooming) it into view."""
        index = self.scene.index
        if index is None or event_id not in index.id_to_index:
            return QRectF()
        rect = self.scene.ensure_visible(index.id_to_index[event_id])
        self._sync_scrollbars()
        self.update()
        return rect if rect is not None else QRectF()

    # ------------------------------------------------------------------ selection
    def selected_event_id(self) -> int:
        index, i = self.scene.index, self.scene.selected
        return index.cols.ids[i] if index is not None and 0 <= i < index.size else -1

    def select_event(self, event_id: int, *, scroll: bool = True, notify: bool = False) -> bool:
        """Select (without activating); scrolls it into view. False if it is filtered out."""
        index = self.scene.index
        i = index.id_to_index.get(event_id, -1) if index is not None else -1
        if i < 0 or not self.scene.mask >> i & 1:
            return False
        changed = i != self.scene.selected
        self.scene.selected = i
        if scroll:
            self.scene.ensure_visible(i, uncluster=False)
            self._sync_scrollbars()
        self.update()
        if changed and notify:
            self.selectionChanged.emit(event_id)
        return True

    def clear_selection(self) -> None:
        if self.scene.selected >= 0:
            self.scene.selected = -1
            self.update()
            self.selectionChanged.emit(-1)

    def activate_selected(self) -> None:
        event_id = self.selected_event_id()
        if event_id >= 0:
            self.eventActivated.emit(event_id)

    def _activate_index(self, i: int) -> None:
        index = self.scene.index
        if index is None:
            return
        event_id = index.cols.ids[i]
        if i != self.scene.selected:
            self.scene.selected = i
            self.selectionChanged.emit(event_id)
        self.update()
        self.eventActivated.emit(event_id)

    # ------------------------------------------------------------------ view
    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP, None)

    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP, None)

    def fit_all(self) -> None:
        """Fit the filtered events (Home); also what the window does after a filter change."""
        self._fit_now()
        self._sync_scrollbars()
        self.update()
        self.viewChanged.emit()

    def show_events(self, event_ids: list[int]) -> None:
        """Fit the view to these events' dates and select the first (what an import added)."""
        index = self.scene.index
        if index is None:
            return
        found = sorted(index.id_to_index[e] for e in event_ids if e in index.id_to_index)
        dated = [i for i in found if i < index.dated and self.scene.mask >> i & 1]
        if dated:
            self.scene.fit_days(min(index.start[i] for i in dated), max(index.end[i] for i in dated))
            self._after_view_change()
        shown = [i for i in found if self.scene.mask >> i & 1]
        if shown:
            self.select_event(index.cols.ids[shown[0]], scroll=True, notify=True)

    def view_state(self) -> tuple[float, float]:
        """(centre day, px per day): what settings persist."""
        ts = self.scene.ts
        return ts.t(self.scene.time_width / 2), ts.scale

    def set_view_state(self, center: float, scale: float) -> None:
        self._needs_fit = False
        self.scene.set_view(center - self.scene.time_width / 2 / scale, scale)
        self.scene.center_on(center)
        self._sync_scrollbars()
        self.update()

    def visible_range(self) -> tuple[float, float]:
        """The days at the left and right edges of the time area."""
        return self.scene.ts.visible(self.scene.time_width)

    def _fit_now(self) -> None:
        self._needs_fit = False
        self.scene.fit_all()

    def _zoom(self, factor: float, anchor_x: float | None) -> None:
        if anchor_x is None and self.scene.selected >= 0:
            rect = self.scene.event_rect(self.scene.selected)
            if rect is not None:
                anchor_x = rect.center().x()
        self.scene.zoom_by(factor, anchor_x)
        self._sync_scrollbars()
        self.update()
        self.viewChanged.emit()

    # ------------------------------------------------------------------ scroll bars
    def _layout_children(self) -> None:
        hh = self._hbar.sizeHint().height()
        vw = self._vbar.sizeHint().width()
        self.scene.resize(self.width(), self.height() - hh)
        show_v = self.scene.max_v_offset > 0
        width = self.width() - (vw if show_v else 0)
        self.scene.resize(width, self.height() - hh)
        self._hbar.setGeometry(int(self.scene.time_left), self.height() - hh, int(self.scene.time_width), hh)
        self._vbar.setGeometry(width, int(self.scene.lanes_top), vw, int(self.scene.lanes_view_h))
        self._vbar.setVisible(show_v)

    def _sync_scrollbars(self) -> None:
        self._layout_children()
        scene = self.scene
        lo, hi = scene.scroll_range()
        total = (hi - lo) * scene.ts.scale
        self._h_unit = max(1.0, total / 1e9)
        self._h_lo = lo
        self._syncing = True
        try:
            page = scene.time_width / self._h_unit
            self._hbar.setRange(0, max(0, int((total - scene.time_width) / self._h_unit)))
            self._hbar.setPageStep(max(1, int(page)))
            self._hbar.setSingleStep(max(1, int(page / 10)))
            self._hbar.setValue(int((scene.ts.origin - lo) * scene.ts.scale / self._h_unit))
            self._vbar.setRange(0, int(scene.max_v_offset))
            self._vbar.setPageStep(max(1, int(scene.lanes_view_h)))
            self._vbar.setSingleStep(int(LANE_H))
            self._vbar.setValue(int(scene.v_offset))
        finally:
            self._syncing = False

    def _on_hbar(self, value: int) -> None:
        if self._syncing:
            return
        scale = self.scene.ts.scale
        self.scene.ts = L.TimeScale(self._h_lo + value * self._h_unit / scale, scale)
        self.update()
        self.viewChanged.emit()

    def _on_vbar(self, value: int) -> None:
        if self._syncing:
            return
        self.scene.v_offset = float(value)
        self.update()

    # ------------------------------------------------------------------ Qt overrides
    def sizeHint(self) -> QSize:
        return QSize(900, 360)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        center = self.view_state()[0]
        self._layout_children()
        if self._needs_fit and self.scene.index is not None:
            # the first view is fitted at the width the user sees: a window gets its real size
            # only when shown (several resizes), so fitting stays pending until the first paint
            self.scene.fit_all()
        else:
            self.scene.center_on(center)  # a resize keeps the middle of the view where it was
        self._sync_scrollbars()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.scene.has_focus = self.hasFocus()
        self.scene.device_pixel_ratio = self.devicePixelRatioF()
        if self.scene.width < self.width():  # the strip of the vertical scroll bar, above and below it
            painter.fillRect(QRectF(self.scene.width, 0, self.width() - self.scene.width, self.height()),
                             self.palette().window())
        self.scene.paint(painter, self.palette())
        painter.fillRect(QRectF(0, self.height() - self._hbar.height(), self.scene.time_left, self._hbar.height()),
                         self.palette().window())
        if self.hasFocus():
            pen = QPen(self.palette().highlight().color(), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(1, 1, self.width() - 2, self.height() - 2))
        painter.end()

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().focusOutEvent(event)
        self.update()

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

    def _user_moved_view(self) -> None:
        self._needs_fit = False

    def _after_view_change(self) -> None:
        self._sync_scrollbars()
        self.update()
        self.viewChanged.emit()

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

