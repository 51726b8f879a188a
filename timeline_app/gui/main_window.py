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
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QHeaderView, QLabel, QMainWindow, QMessageBox, QProgressBar, QPushButton,
    QSplitter, QTableView, QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from ..domain import SourceRow
from ..storage.db import Database, DatabaseError, resolve_url
from ..storage.queries import load_document, load_sources
from . import settings as keys
from .details_panel import DetailsPanel
from .dialogs import ImportReportDialog, show_message
from .event_index import EventIndex, FilterState
from .event_table_model import DATE, EventTableModel
from .filter_panel import FilterPanel
from .source_view import SourceView
from .timeline_view import TimelineView
from .workers import ImportResult, IngestWorker, LoadResult, LoadWorker, load_index, reader_pool, writer_pool

POLL_MS = 2000
IMPORT_FILTER = "Saved news pages (*.txt *.md *.text *.html *.htm);;All files (*)"
SHORTCUTS_TEXT = """Timeline
  Left / Right      previous / next event (date order)
  Enter             show the selected event's details and source
  + / −             zoom in / out (also Ctrl+wheel, pinch)
  Home              fit all events          End   last event
  Page Up / Down    scroll in time          Up / Down   scroll lanes
  Wheel / drag      scroll in time (Shift+wheel: lanes)
  Escape            clear the selection

Window
  Ctrl+O            import documents        Ctrl+Shift+O  import a folder
  F5                refresh from the database
  Ctrl+1 … Ctrl+5   focus timeline, table, delegations, officials, source text
  Ctrl+F            search officials        Ctrl+R   reset all filters
  Alt+P / Alt+N     previous / next source  Alt+G    open the original file
  Ctrl+E            export the timeline as PNG or SVG
"""


_FALLBACK_KEYS = {
    QKeySequence.StandardKey.Open: "Ctrl+O",
    QKeySequence.StandardKey.Quit: "Ctrl+Q",
    QKeySequence.StandardKey.Refresh: "F5",
    QKeySequence.StandardKey.Find: "Ctrl+F",
    QKeySequence.StandardKey.HelpContents: "F1",
}


class MainWindow(QMainWindow):
    """One window on one database."""

    dataReloaded = Signal()  # after new data reached every widget
    importFinished = Signal(object)  # ImportResult, or str (failure message)

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
        self._syncing_selection = False
        self._shown_once = False

        self._build_widgets()
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
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setSizes([260, 900, 420])
        self.center_split.setSizes([420, 260])
        self.side_split.setSizes([360, 480])
        for split in (self.main_split, self.center_split, self.side_split):
            split.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_split)

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

    def _action(self, text: str, name: str, slot, shortcut=None, tip: str = "") -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        action.setObjectName(name)
        if isinstance(shortcut, QKeySequence.StandardKey):
            # platform shortcuts where the platform has them, the usual keys where it has none
            action.setShortcuts(QKeySequence.keyBindings(shortcut) or [QKeySequence(_FALLBACK_KEYS[shortcut])])
        elif isinstance(shortcut, (list, tuple)):
            action.setShortcuts([QKeySequence(s) for s in shortcut])
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.action_import = self._action("&Import Documents…", "actionImport", self.choose_files,
                                          QKeySequence.StandardKey.Open, "Import saved news pages")
        self.action_import_folder = self._action("Import &Folder…", "actionImportFolder", self.choose_folder,
                                                 "Ctrl+Shift+O", "Import every page in a folder")
        self.action_export = self._action("&Export Timeline Image…", "actionExportImage", self.export_image,
                                          "Ctrl+E", "Save the timeline as PNG or SVG")
        self.action_quit = self._action("&Quit", "actionQuit", self.close, QKeySequence.StandardKey.Quit)
        file_menu.addActions([self.action_import, self.action_import_folder])
        file_menu.addSeparator()
        file_menu.addAction(self.action_export)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)

        view_menu = bar.addMenu("&View")
        self.action_refresh = self._action("&Refresh", "actionRefresh", self.reload, QKeySequence.StandardKey.Refresh,
                                           "Read the database again")
        self.action_zoom_in = self._action("Zoom &In", "actionZoomIn", self.timeline.zoom_in, ["Ctrl++", "Ctrl+="])
        self.action_zoom_out = self._action("Zoom &Out", "actionZoomOut", self.timeline.zoom_out, "Ctrl+-")
        self.action_fit = self._action("&Fit All Events", "actionFitAll", self.timeline.fit_all, "Ctrl+0")
        self.action_reset = self._action("Reset &Filters", "actionResetFilters", self.filters.reset, "Ctrl+R")
        view_menu.addActions([self.action_refresh])
        view_menu.addSeparator()
        view_menu.addActions([self.action_zoom_in, self.action_zoom_out, self.action_fit])
        view_menu.addSeparator()
        view_menu.addAction(self.action_reset)
        view_menu.addSeparator()
        focus = view_menu.addMenu("&Go To")
        for n, (label, name, widget) in enumerate((
            ("&Timeline", "actionFocusTimeline", self.timeline),
            ("Event T&able", "actionFocusTable", self.table),
            ("&Delegation Filter", "actionFocusDelegations", self.filters.delegations.search),
            ("&Official Filter", "actionFocusOfficials", self.filters.officials.search),
            ("&Source Text", "actionFocusSource", self.source.text),
        ), 1):
            focus.addAction(self._action(label, name, lambda _=False, w=widget: w.setFocus(Qt.FocusReason.ShortcutFocusReason),
                                         f"Ctrl+{n}"))
        self._action("Search Officials", "actionFindOfficial",
                     lambda: self.filters.officials.search.setFocus(Qt.FocusReason.ShortcutFocusReason),
                     QKeySequence.StandardKey.Find)

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self._action("&Keyboard Shortcuts", "actionShortcuts", self.show_shortcuts,
                                         QKeySequence.StandardKey.HelpContents))
        help_menu.addAction(self._action("&About Timeline", "actionAbout", self.show_about))

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
        self._view_timer = QTimer(self)
        self._view_timer.setSingleShot(True)
        self._view_timer.setInterval(500)
        self._view_timer.timeout.connect(self._save_view)
        self._filters_timer = QTimer(self)
        self._filters_timer.setSingleShot(True)
        self._filters_timer.setInterval(500)
        self._filters_timer.timeout.connect(self._save_filters)

    # ================================================================== database
    def _open_database(self) -> None:
        try:
            self.db_url = resolve_url(self.db_url)
            self.db = Database(self.db_url, writer=False)
        except DatabaseError as exc:
            self._set_database_error(str(exc))
            return
        self.setWindowTitle(f"{self._db_label()} — Timeline")
        try:
            result = load_index(self.db)
        except DatabaseError as exc:
            self._set_database_error(str(exc))
            return
        except SQLAlchemyError as exc:
            self.statusBar().showMessage(f"Could not read the database yet ({exc.__class__.__name__}); retrying…")
            return
        saved = keys.read_json(self.settings, keys.FILTERS)
        self._apply_load(result, saved if isinstance(saved, dict) else None)

    def _db_label(self) -> str:
        if self.db is not None and self.db.path is not None:
            return self.db.path.name
        return self.db_url

    def _set_database_error(self, message: str) -> None:
        """A database we cannot use: say so plainly, touch nothing, keep the window usable."""
        self.database_error = message
        self.db = None
        self.setWindowTitle("Timeline — database error")
        self.timeline.set_message(f"This database cannot be opened:\n{message}")
        self.count_label.setText("No database")
        for action in (self.action_import, self.action_import_folder, self.action_refresh):
            action.setEnabled(False)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle("Cannot open the database")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"{message}\n\nThe file was not changed. Choose another database with --db.")
        box.setAccessibleName("Cannot open the database")
        self.error_box = box

    def reload(self) -> None:
        """Re-read every event in the background; the window keeps working meanwhile."""
        if self.db is None:
            return
        if self._load_worker is not None:
            self._reload_pending = True
            return
        worker = LoadWorker(self.db)
        worker.signals.finished.connect(self._on_loaded)
        worker.signals.failed.connect(self._on_load_failed)
        self._load_worker = worker
        self.statusBar().showMessage("Refreshing…")
        worker.start(reader_pool())

    def poll_revision(self) -> None:
        """Cheap check for writes by another process (or our import); never raises."""
        if self.db is None or self._load_worker is not None:
            return
        try:
            revision = self.db.revision()
        except SQLAlchemyError:
            return  # busy or briefly unreadable: try again next tick
        if revision != self.revision:
            self.reload()

    def _on_loaded(self, result: LoadResult) -> None:
        self._load_worker = None
        self._apply_load(result, None)
        self.statusBar().showMessage(f"Loaded {result.index.size:,} events in {result.seconds:.1f} s", 4000)
        if self._reload_pending:
            self._reload_pending = False
            self.reload()

    def _on_load_failed(self, message: str) -> None:
        self._load_worker = None
        self.statusBar().showMessage(f"Could not refresh: {message}", 8000)

    def _apply_load(self, result: LoadResult, snapshot: dict | None) -> None:
        self.revision = result.revision
        self.index = result.index
        self.filters.set_index(result.index, snapshot)
        self.state = self.filters.state()
        self.timeline.set_index(result.index, self.state)
        self._refresh_table()
        self._update_counts()
        if self.current_event_id >= 0 and self.current_event_id not in result.index.id_to_index:
            self.current_event_id = -1
            self.details.clear()
            self.source.clear()
        self.dataReloaded.emit()

    # ================================================================== filters
    def apply_filter(self, state: FilterState) -> None:
        """One filter change: timeline, table and counts, synchronously."""
        self.state = state
        self.timeline.set_filter(state)
        self._refresh_table()
        self._update_counts()
        self._filters_timer.start()  # saved a moment later: writing settings.ini is not free

    def _refresh_table(self) -> None:
        self.table_model.set_events(self.index, self.timeline.scene.mask)
        self.table.horizontalHeader().setSortIndicator(self.table_model.sort_column, self.table_model.sort_order)
        selected = self.timeline.selected_event_id()
        if selected >= 0:
            self._select_table_row(selected)

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
                document = load_document(session, chosen.document_id)
        except SQLAlchemyError:
            document = None
        if document is None:
            self.source.show_missing(chosen.document)
            return
        spans = [(chosen.start, chosen.end)] + [
            (s.start, s.end) for s in self.current_sources if s.document_id == chosen.document_id and s is not chosen
        ]
        self.source.show_source(document, spans, number + 1, len(self.current_sources), chosen.published)

    # ================================================================== import
    def choose_files(self) -> None:
        start = keys.read_str(self.settings, keys.LAST_IMPORT_DIR) or str(Path.home())
        files, _ = QFileDialog.getOpenFileNames(self, "Import documents", start, IMPORT_FILTER)
        if files:
            self.settings.setValue(keys.LAST_IMPORT_DIR, str(Path(files[0]).parent))
            self.import_paths(files)

    def choose_folder(self) -> None:
        start = keys.read_str(self.settings, keys.LAST_IMPORT_DIR) or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, "Import a folder of documents", start)
        if folder:
            self.settings.setValue(keys.LAST_IMPORT_DIR, folder)
            self.import_paths([folder])

    def import_paths(self, paths: list[str]) -> IngestWorker | None:
        """Start importing in the background; returns the worker (its `signals` report back)."""
        if self.db is None:
            self.statusBar().showMessage("No usable database: cannot import", 6000)
            return None
        if self._import_worker is not None:
            self.statusBar().showMessage("An import is already running; wait for it or cancel it", 6000)
            return None
        worker = IngestWorker(self.db_url, [str(p) for p in paths])
        worker.signals.progress.connect(self._on_import_progress)
        worker.signals.finished.connect(self._on_import_finished)
        worker.signals.failed.connect(self._on_import_failed)
        self._import_worker = worker
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        for action in (self.action_import, self.action_import_folder):
            action.setEnabled(False)
        self.statusBar().showMessage("Importing…")
        worker.start(writer_pool())
        return worker

    def cancel_import(self) -> None:
        if self._import_worker is not None:
            self._import_worker.cancel()
            self.cancel_button.setEnabled(False)
            self.statusBar().showMessage("Cancelling after the current file…")

    def _on_import_progress(self, done: int, total: int, path: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done}/{total}")
        if path:
            self.statusBar().showMessage(f"Importing {Path(path).name} ({done + 1} of {total})")

    def _end_import(self) -> None:
        self._import_worker = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        for action in (self.action_import, self.action_import_folder):
            action.setEnabled(self.db is not None)

    def _on_import_finished(self, result: ImportResult) -> None:
        self._end_import()
        self.statusBar().showMessage(f"Import {'cancelled' if result.cancelled else 'finished'}: {result.summary}", 10000)
        if result.failures:
            self.import_report = ImportReportDialog(result.summary, result.failures, self)
            self.import_report.open()
        self.reload()
        self.importFinished.emit(result)

    def _on_import_failed(self, message: str) -> None:
        self._end_import()
        self.import_error = show_message(self, QMessageBox.Icon.Warning, "Import failed", message)
        self.importFinished.emit(message)

    # ================================================================== drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if self.db is not None and mime.hasUrls() and any(u.isLocalFile() for u in mime.urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # ================================================================== other actions
    def export_image(self) -> None:
        from .render import render_scene_to_file

        start = str(Path(keys.read_str(self.settings, keys.LAST_IMPORT_DIR) or Path.home()) / "timeline.png")
        path, _ = QFileDialog.getSaveFileName(self, "Export timeline image", start, "PNG image (*.png);;SVG drawing (*.svg)")
        if path:
            try:
                render_scene_to_file(self.timeline.scene, path, int(self.timeline.width()), int(self.timeline.height()),
                                     self.timeline.palette())
                self.statusBar().showMessage(f"Saved {path}", 6000)
            except (OSError, ValueError) as exc:
                show_message(self, QMessageBox.Icon.Warning, "Export failed", str(exc))

    def show_shortcuts(self) -> None:
        box = show_message(self, QMessageBox.Icon.Information, "Keyboard shortcuts", SHORTCUTS_TEXT)
        box.setStyleSheet("QLabel { font-family: monospace; }")

    def show_about(self) -> None:
        show_message(self, QMessageBox.Icon.Information, "About Timeline",
                     "timeline-app: dated diplomatic visits and meetings found in saved news pages, "
                     "each linked to the sentences it came from.")

    # ================================================================== settings
    def _restore_settings(self) -> None:
        s = self.settings
        geometry = keys.read_bytes(s, keys.GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = keys.read_bytes(s, keys.STATE)
        if state is not None:
            self.restoreState(state)
        splitters = keys.read_json(s, keys.SPLITTERS, {})
        if isinstance(splitters, dict):
            for split in (self.main_split, self.center_split, self.side_split):
                sizes = splitters.get(split.objectName())
                if isinstance(sizes, list) and len(sizes) == split.count() and all(isinstance(v, int) for v in sizes):
                    split.setSizes(sizes)
        view = keys.read_json(s, keys.VIEW)
        if isinstance(view, dict) and self.index is not None:
            try:
                self.timeline.set_view_state(float(view["center"]), float(view["scale"]))
            except (KeyError, TypeError, ValueError):
                pass
        sort = keys.read_json(s, keys.TABLE_SORT)
        if isinstance(sort, list) and len(sort) == 2:
            try:
                self.table.sortByColumn(int(sort[0]), Qt.SortOrder(int(sort[1])))
            except ValueError:
                pass

    def save_settings(self) -> None:
        s = self.settings
        s.setValue(keys.GEOMETRY, self.saveGeometry())
        s.setValue(keys.STATE, self.saveState())
        keys.write_json(s, keys.SPLITTERS, {split.objectName(): split.sizes()
                                            for split in (self.main_split, self.center_split, self.side_split)})
        self._save_view()
        self._save_filters()
        keys.write_json(s, keys.TABLE_SORT, [self.table_model.sort_column, self.table_model.sort_order.value])
        s.sync()

    def _save_filters(self) -> None:
        self._filters_timer.stop()
        if self.index is not None:
            keys.write_json(self.settings, keys.FILTERS, self.filters.snapshot())

    def _schedule_save_view(self) -> None:
        self._view_timer.start()

    def _save_view(self) -> None:
        if self.index is not None:
            center, scale = self.timeline.view_state()
            keys.write_json(self.settings, keys.VIEW, {"center": center, "scale": scale})

    # ================================================================== Qt overrides
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if self.error_box is not None:
                QTimer.singleShot(0, self.error_box.open)

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
