"""The window's side of the database: open it, reload in the background, notice other writers.

Every poll (2 s) and every refresh starts from fresh read connections (see
`_drop_read_connections`), so what the window shows is what `timeline-app export` exports.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.exc import SQLAlchemyError

from ..storage.db import Database, DatabaseError, resolve_url
from . import settings as keys
from .workers import LoadResult, LoadWorker, load_index, reader_pool, release_free_memory_soon

POLL_MS = 2000


class DatabaseMixin:
    """Part of `MainWindow`: its database, loads and revision polling."""

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
        self._drop_read_connections()
        worker = LoadWorker(self.db, self)
        worker.signals.finished.connect(self._on_loaded)
        worker.signals.failed.connect(self._on_load_failed)
        self._load_worker = worker
        self.statusBar().showMessage("Refreshing…")
        worker.start(reader_pool())

    def _drop_read_connections(self) -> None:
        """Close the pooled read connections, so the next read sees the database as it is now.

        A pooled SQLite connection can keep reading an old WAL snapshot for good: when this
        process opens and closes the database file itself (the schema check reads its header),
        POSIX drops every lock the process holds on it, another process's ingest then believes it
        is the last user, checkpoints and removes the WAL and its index, and our connection keeps
        the removed index mapped. A new connection maps the current one. Connecting costs well
        under a millisecond, so every poll and every refresh starts from fresh connections.
        """
        if self.db is not None and self._load_worker is None:
            self.db.engine.dispose()

    def poll_revision(self) -> None:
        """Cheap check for writes by another process (or our import); never raises."""
        if self.db is None or self._load_worker is not None:
            return
        self._drop_read_connections()
        try:
            revision = self.db.revision()
        except SQLAlchemyError:
            return  # busy or briefly unreadable: try again next tick
        if revision != self.revision:
            self.reload()

    def _on_loaded(self, result: LoadResult) -> None:
        self._load_worker = None
        self._apply_load(result, None)
        release_free_memory_soon()  # what the replaced index held
        self.statusBar().showMessage(f"Loaded {result.index.size:,} events in {result.seconds:.1f} s", 4000)
        if self._reload_pending:
            self._reload_pending = False
            self.reload()
        elif self._show_import_after_load:
            self._show_import_after_load = False
            self.show_imported()

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
        self._update_facet_counts()
        if self.current_event_id >= 0 and self.current_event_id not in result.index.id_to_index:
            self.current_event_id = -1
            self.details.clear()
            self.source.clear()
        self._search_after_reload()
        self.dataReloaded.emit()

