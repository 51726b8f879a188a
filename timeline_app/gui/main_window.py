"""The main window: wires filters, timeline, table, details and source viewer together.

Widgets only talk through signals; this class owns the data (`EventIndex`), the reading
`Database` (writer=False) and the workers, and decides what each widget shows:

* filter change → one bitset mask → timeline, table and status bar update in the same call;
* selection in the timeline or the table → selected in both;
* activation (click, Enter) → details + source viewer (sources read on demand);
* File ▸ Import / drag-and-drop → `IngestWorker` on the one-writer pool → reload;
* F5 or a changed `Database.revision()` (polled every 2 s) → `LoadWorker` → reload.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QMainWindow, QMessageBox, QProgressBar, QPushButton, QSplitter,
    QTableView, QVBoxLayout, QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from ..domain import SourceRow
from ..storage.db import Database
from ..storage.queries import load_document_excerpt, load_sources
from . import settings as keys
from .details_panel import DetailsPanel
from .event_index import EventIndex, FilterState
from .event_table_model import DATE, EventTableModel
from .filter_panel import FilterPanel
from .source_view import SHOWN_CHARS, SourceView
from .timeline_view import TimelineView
from .window_data import POLL_MS, DatabaseMixin
from .window_import import ImportMixin, sources_by_id
from .window_menus import MenusMixin
from .window_search import SearchMixin
from .window_settings import SettingsMixin
from .import_summary import ImportSummaryBar
from .workers import ImportResult, IngestWorker, LoadWorker, reader_pool, writer_pool


class MainWindow(DatabaseMixin, ImportMixin, MenusMixin, SearchMixin, SettingsMixin, QMainWindow):
    """One window on one database."""

    dataReloaded = Signal()  # after new data reached every widget
    importFinished = Signal(object)  # ImportResult, or str (failure message)
    searchApplied = Signal()  # a search result (or its end) reached the timeline and the table

    def __init__(self, db_url: str, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.settings = settings if settings is not None else keys.default_settings()
        self.db: Database | None = None
        self.db_url = db_url
        self.database_error: str | None = None
        self.error_box: QMessageBox | None = None
        self.index: EventIndex | None = None
        self.revision = -1
        self.state = FilterState()
        self.current_event_id = -1
        self.current_sources: list[SourceRow] = []
        self._load_worker: LoadWorker | None = None
        self._reload_pending = False
        self._import_worker: IngestWorker | None = None
        self._import_baseline = sources_by_id(None)  # sources by event id when the import started
        self._last_import: ImportResult | None = None
        self._show_import_after_load = False
        self._syncing_selection = False
        self._shown_once = False

        self._build_widgets()
        self._build_search()
        self._build_menus()
        self._connect()
        self._open_database()
        self._restore_settings()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.poll_revision)
        self._poll.start()

    # ================================================================== construction
    def _build_widgets(self) -> None:
        self.filters = FilterPanel()
        self.timeline = TimelineView()
        self.table_model = EventTableModel(self)
        # the view shows the model itself: it sorts in C on header clicks, and a proxy in
        # between would rebuild a mapping of every row on each filter change; `table_proxy` is
        # what maps view rows to events (event_id, row_of_event), i.e. the model
        self.table_proxy = self.table_model
        self.table = QTableView()
        self.table.setObjectName("eventTable")
        self.table.setAccessibleName("Event table")
        self.table.setAccessibleDescription("The filtered events; click or press Enter to show one")
        self.table.setModel(self.table_model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for column, width in enumerate((100, 80, 380, 170, 100, 64, 200)):
            self.table.setColumnWidth(column, width)
        self.details = DetailsPanel()
        self.source = SourceView()

        self.center_split = QSplitter(Qt.Orientation.Vertical)
        self.center_split.setObjectName("centerSplitter")
        self.center_split.addWidget(self.timeline)
        self.center_split.addWidget(self.table)
        self.center_split.setStretchFactor(0, 3)
        self.center_split.setStretchFactor(1, 2)
        self.side_split = QSplitter(Qt.Orientation.Vertical)
        self.side_split.setObjectName("sideSplitter")
        self.side_split.addWidget(self.details)
        self.side_split.addWidget(self.source)
        self.side_split.setStretchFactor(1, 2)
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.setObjectName("mainSplitter")
        self.main_split.addWidget(self.filters)
        self.main_split.addWidget(self.center_split)
        self.main_split.addWidget(self.side_split)
        self.main_split.setStretchFactor(1, 3)  # a narrower window takes from the timeline and
        self.main_split.setStretchFactor(2, 1)  # the details alike (at 1000 px the timeline had 90 px)
        self.main_split.setSizes([260, 900, 420])
        self.center_split.setSizes([420, 260])
        self.side_split.setSizes([480, 420])
        for split in (self.main_split, self.center_split, self.side_split):
            split.setChildrenCollapsible(False)
        self.import_summary = ImportSummaryBar()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.import_summary)
        column.addWidget(self.main_split, 1)
        self.setCentralWidget(central)

        status = self.statusBar()
        self.count_label = QLabel("")
        self.count_label.setObjectName("eventCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setAccessibleName("Number of events shown")
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setAccessibleName("Import progress")
        self.progress.setMaximumWidth(220)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton("Cancel import")
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.setAccessibleName("Cancel the import")
        self.cancel_button.setVisible(False)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.cancel_button)
        status.addPermanentWidget(self.count_label)
        self.resize(1500, 900)

        QWidget.setTabOrder(self.filters.delegations.search, self.filters.delegations.view)
        QWidget.setTabOrder(self.filters.delegations.view, self.filters.officials.search)
        QWidget.setTabOrder(self.filters.officials.search, self.filters.officials.view)
        QWidget.setTabOrder(self.filters.reset_button, self.timeline)
        QWidget.setTabOrder(self.timeline, self.table)
        QWidget.setTabOrder(self.table, self.details.source_list)
        QWidget.setTabOrder(self.details.source_list, self.source.text)
        QWidget.setTabOrder(self.source.text, self.source.previous_button)

    def _connect(self) -> None:
        self.filters.filtersChanged.connect(self.apply_filter)
        self.timeline.eventActivated.connect(self.show_event)
        self.timeline.selectionChanged.connect(self._timeline_selected)
        self.timeline.viewChanged.connect(self._schedule_save_view)
        self.table.selectionModel().currentRowChanged.connect(self._table_current)
        self.table.clicked.connect(self._table_activated)
        self.table.activated.connect(self._table_activated)
        self.details.sourceChosen.connect(self.show_source)
        self.source.previousRequested.connect(lambda: self.details.select_source(self.details.source_list.currentRow() - 1))
        self.source.nextRequested.connect(lambda: self.details.select_source(self.details.source_list.currentRow() + 1))
        self.cancel_button.clicked.connect(self.cancel_import)
        self.import_summary.showAddedRequested.connect(self.show_imported)
        self.import_summary.errorsRequested.connect(self.show_import_errors)
        self._view_timer = QTimer(self)
        self._view_timer.setSingleShot(True)
        self._view_timer.setInterval(500)
        self._view_timer.timeout.connect(self._save_view)
        self._filters_timer = QTimer(self)
        self._filters_timer.setSingleShot(True)
        self._filters_timer.setInterval(500)
        self._filters_timer.timeout.connect(self._save_filters)

    # ================================================================== filters
    def apply_filter(self, state: FilterState) -> None:
        """One filter change: timeline, table and counts, synchronously.

        The view then fits what is shown when *Zoom to Filtered* is on, and always after a change
        of the date range (the user named the time they want to see)."""
        new_range = (state.date_from, state.date_to) != (self.state.date_from, self.state.date_to)
        state = state.with_(matches=self._search_bits)
        self.state = state
        self.timeline.set_filter(state)
        if new_range or self.action_zoom_filtered.isChecked():
            self.timeline.fit_all()
        self._update_facet_counts()
        self._refresh_table()
        self._update_counts()
        self._filters_timer.start()  # saved a moment later: writing settings.ini is not free

    def _refresh_table(self) -> None:
        self.table_model.set_events(self.index, self.timeline.scene.mask)
        self.table.horizontalHeader().setSortIndicator(self.table_model.sort_column, self.table_model.sort_order)
        selected = self.timeline.selected_event_id()
        if selected >= 0:
            self._select_table_row(selected)

    def _update_facet_counts(self) -> None:
        if self.index is not None:
            self.filters.set_counts(*self.index.facet_counts(self.state))

    def _update_counts(self) -> None:
        total = self.index.size if self.index is not None else 0
        shown = self.timeline.scene.mask.bit_count()
        noun = "event" if total == 1 else "events"
        self.count_label.setText(f"{shown:,} of {total:,} {noun}" if shown != total else f"{total:,} {noun}")

    # ================================================================== selection and activation
    def _timeline_selected(self, event_id: int) -> None:
        if not self._syncing_selection:
            self._select_table_row(event_id)

    def _select_table_row(self, event_id: int) -> None:
        selection = self.table.selectionModel()
        self._syncing_selection = True
        try:
            row = self.table_model.row_of_event(event_id) if event_id >= 0 else -1
            if row < 0:
                selection.clearSelection()
                return
            index = self.table_model.index(row, 0)
            selection.setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)
        finally:
            self._syncing_selection = False

    def _table_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing_selection or not current.isValid():
            return
        self._select_on_timeline(self.table_model.event_id(current.row()))

    def _select_on_timeline(self, event_id: int) -> None:
        """Select and scroll to an event without its selection signal echoing back into the table."""
        self._syncing_selection = True
        try:
            self.timeline.select_event(event_id, scroll=True)
        finally:
            self._syncing_selection = False

    def _table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            event_id = self.table_model.event_id(index.row())
            self._select_on_timeline(event_id)
            self.show_event(event_id)

    def show_event(self, event_id: int) -> None:
        """Details and first source of an event (sources read now: a small indexed query)."""
        if self.index is None or self.db is None or event_id not in self.index.id_to_index:
            return
        self.current_event_id = event_id
        row = self.index.cols.row(self.index.id_to_index[event_id])
        try:
            with self.db.session() as session:
                sources = load_sources(session, [event_id]).get(event_id, [])
        except SQLAlchemyError as exc:
            sources = []
            self.statusBar().showMessage(f"Could not read the sources: {exc.__class__.__name__}", 6000)
        self.current_sources = sources
        if self.timeline.selected_event_id() != event_id:
            self._select_on_timeline(event_id)
        self._select_table_row(event_id)
        if not sources:
            self.source.clear()
        self.details.show_event(row, sources)

    def show_source(self, number: int) -> None:
        """Show source `number` of the current event, with every span of it in that document."""
        if not 0 <= number < len(self.current_sources) or self.db is None:
            return
        chosen = self.current_sources[number]
        try:
            with self.db.session() as session:
                document = load_document_excerpt(session, chosen.document_id, chosen.start, chosen.end, SHOWN_CHARS)
        except SQLAlchemyError:
            document = None
        if document is None:
            self.source.show_missing(chosen.document)
            return
        spans = [(chosen.start, chosen.end)] + [
            (s.start, s.end) for s in self.current_sources if s.document_id == chosen.document_id and s is not chosen
        ]
        self.source.show_source(document, spans, number + 1, len(self.current_sources), chosen.published)

    # ================================================================== Qt overrides
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if self.error_box is not None:
                QTimer.singleShot(0, self.error_box, self.error_box.open)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self._poll.stop()
        if self._import_worker is not None:
            self._import_worker.cancel()
            writer_pool().waitForDone(30_000)
        if self._load_worker is not None:
            reader_pool().waitForDone(30_000)
        if self.db is not None:
            self.db.close()
        super().closeEvent(event)


def build_main_window(db_url: str | Path, settings: QSettings | None = None) -> MainWindow:
    """The main window on `db_url` (not shown). A QApplication must exist already.

    A database that cannot be used (not SQLite, another app's, a newer schema) does not raise:
    the window opens empty, says why, and shows an error dialog when it is first shown; the
    file is never modified (the checks read it through a read-only connection).
    """
    window = MainWindow(str(db_url), settings)
    if window.db is not None:  # curation (Edit menu, undo) needs a usable database
        from .curation_menu import install_curation
        from .report_actions import install_report_actions

        install_curation(window)
        install_report_actions(window)
    return window
