"""Two small event lists beside the timeline: "Hidden events" (restore them) and "Needs review"
(events found with low confidence that nobody has checked; Space marks them reviewed).

Both read a few rows straight from the events table when shown or after a write; activating a
row shows that event in the window. Plain text cells only.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from ..storage.curation_state import ListedEvent, list_events
from ..storage.db import Database
from .formatting import format_date

COLUMNS = ("Date", "Event", "Confidence", "")
SHOWN_ROWS = 2000  # a list of every event of a big database would take minutes to build in Qt


class EventListDialog(QDialog):
    """A non-modal list of events with one action button (Restore, or Mark reviewed)."""

    actionRequested = Signal(list)  # event ids
    eventActivated = Signal(int)

    def __init__(self, title: str, button: str, shortcut: str | None, load: Callable[[Database], list[ListedEvent]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.load = load
        self.rows: list[ListedEvent] = []
        self.caption = QLabel("")
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setAccessibleName(title)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.eventActivated.emit(self.rows[index.row()].id))
        self.button = QPushButton(button)
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.request)
        self.shortcut = QKeySequence(shortcut) if shortcut else None
        if self.shortcut is not None:
            self.table.installEventFilter(self)  # a key on the list itself (no window-wide shortcut to clash)
            self.button.setToolTip(f"{button.replace('&', '')} ({shortcut})")
        close = QPushButton("Close")
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.resize(720, 420)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and self.shortcut is not None
                and QKeySequence(event.keyCombination()) == self.shortcut):  # type: ignore[attr-defined]
            self.request()
            return True
        return super().eventFilter(watched, event)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        return [self.rows[r].id for r in rows if r < len(self.rows)]

    def request(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.actionRequested.emit(ids)

    def refresh(self, db: Database | None) -> None:
        if db is None:
            return
        try:
            rows = self.load(db)
        except SQLAlchemyError as exc:
            self.caption.setText(f"Could not read the database ({exc.__class__.__name__})")
            return
        self.rows = rows[:SHOWN_ROWS]
        current = self.table.currentRow()
        self.table.setRowCount(len(self.rows))
        for n, e in enumerate(self.rows):
            mark = "curated" if e.curated else ""
            if e.source_gone:
                mark = (mark + ", source gone").strip(", ")
            for col, text in enumerate((format_date(e.date), e.title, f"{e.confidence:.2f}", mark)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, e.id)
                self.table.setItem(n, col, item)
        self.table.resizeColumnToContents(0)
        if self.rows:
            self.table.setCurrentCell(min(max(current, 0), len(self.rows) - 1), 0)
        self.caption.setText(f"{len(rows):,} event(s)" if len(rows) <= SHOWN_ROWS else
                             f"The first {SHOWN_ROWS:,} of {len(rows):,} events (the side panel's filters show them all)")
        self.button.setEnabled(bool(self.rows))


def _read(db: Database, **kw: bool) -> list[ListedEvent]:
    with db.session() as session:
        return list_events(session, **kw)


def hidden_view(parent: QWidget) -> EventListDialog:
    dialog = EventListDialog("Hidden events", "&Restore", None, lambda db: _read(db, hidden=True), parent)
    dialog.setObjectName("hiddenView")
    return dialog


def review_view(parent: QWidget) -> EventListDialog:
    dialog = EventListDialog("Needs review", "&Mark reviewed", "Space", lambda db: _read(db, needs_review_only=True), parent)
    dialog.setObjectName("reviewView")
    return dialog
