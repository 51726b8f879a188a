"""The timeline widget: input (mouse, wheel, keys, pinch), scroll bars and the test contract.

Drawing and geometry live in `TimelineScene`; this widget turns user input into scene changes
and scene hits into signals. It is a plain QWidget (not a QAbstractScrollArea) so that its
own coordinates are the drawing coordinates: `event_rect()` can be clicked directly.

Contract used by tests and other code: object name ``timeline``; `visible_event_ids()`,
`event_rect(event_id)`, signal `eventActivated(int)` (export ids, i.e. `EventRow.id`).
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QScrollBar, QWidget

from . import layout as L
from .event_index import EventIndex, FilterState
from .text_loader import TextLoader
from .timeline_input import TimelineInput
from .timeline_scene import LANE_H, TimelineScene

ZOOM_STEP = 1.5


class TimelineView(TimelineInput, QWidget):
    """Scrollable, zoomable timeline of the filtered events, one lane per delegation."""

    eventActivated = Signal(int)  # event id: clicked, or Enter on the selection
    selectionChanged = Signal(int)  # event id, -1 when nothing is selected
    viewChanged = Signal()  # zoom or scroll changed (for persistence)
    textsLoaded = Signal()  # titles a paint asked for have been read (the timeline repaints)

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
        self._texts = TextLoader(self)  # labels are read in the background: no paint waits on SQL
        self._texts.loaded.connect(self.update)
        self._texts.loaded.connect(self.textsLoaded)
        self.scene.text_requests = self._texts.want
        self._idle = QTimer(self)  # lays out the pages beside the view between paints, a lane a step
        self._idle.setSingleShot(True)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._prepare_step)
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

    def labels(self) -> dict[int, str]:
        """Event id -> the label its marker had in the last paint ("" while its title is read,
        or when there is no room for one): what a user reads on the timeline."""
        index = self.scene.index
        if index is None:
            return {}
        ids = index.cols.ids
        return {ids[i]: text for i, text in self.scene.drawn_labels.items()}

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
        self._idle.start()  # after this paint: the pages beside it, while nothing else happens

    def _prepare_step(self) -> None:
        if self.isVisible() and self.scene.prepare_neighbours():
            self._idle.start()

    @property
    def preparing(self) -> bool:
        """Idle layout of the neighbouring pages still runs (benchmarks wait for it)."""
        return self._idle.isActive()

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().focusOutEvent(event)
        self.update()

    def _user_moved_view(self) -> None:
        self._needs_fit = False

    def _after_view_change(self) -> None:
        self._sync_scrollbars()
        self.update()
        self.viewChanged.emit()
