"""The window's imports: File > Import, drops, progress, cancel, and the summary that stays.

An import runs on the one-writer pool (`IngestWorker`); when it ends the window reloads, keeps
the outcome in an `ImportSummaryBar` until the user dismisses it, and moves the view to what
was added.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..ingest.files import READ_SUFFIXES
from . import settings as keys
from .dialogs import ImportReportDialog, show_message
from .event_index import EventIndex
from .workers import ImportResult, IngestWorker, writer_pool

# built from what ingest reads, so a new format shows in the dialog without a second list
IMPORT_FILTER = f"Saved news pages ({' '.join('*' + s for s in sorted(READ_SUFFIXES))});;All files (*)"


def sources_by_id(index: EventIndex | None) -> np.ndarray:
    """Number of sources of every event by id (-1: no such event), for "what did the import add"."""
    if index is None or index.size == 0:
        return np.full(0, -1, dtype=np.int64)
    ids = np.asarray(index.cols.ids, dtype=np.int64)
    out = np.full(int(ids.max()) + 1, -1, dtype=np.int64)
    out[ids] = np.asarray(index.cols.source_counts, dtype=np.int64)
    return out


class ImportMixin:
    """Part of `MainWindow`: importing documents from the window."""

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
        worker = IngestWorker(self.db_url, [str(p) for p in paths], self)
        worker.signals.progress.connect(self._on_import_progress)
        worker.signals.finished.connect(self._on_import_finished)
        worker.signals.failed.connect(self._on_import_failed)
        self._import_worker = worker
        index = self.index
        self._import_baseline = sources_by_id(index)
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
        self.import_summary.show_result(result)
        self._last_import = result
        if result.failures:
            self.show_import_errors()
        self._show_import_after_load = True
        self.reload()
        self.importFinished.emit(result)

    def show_import_errors(self) -> None:
        result = self._last_import
        if result is not None:
            self.import_report = ImportReportDialog(result.summary, result.failures, self)
            self.import_report.open()

    def imported_event_ids(self) -> list[int]:
        """Events the last import added, then those it merged new sources into (by the reload)."""
        if self.index is None:
            return []
        baseline = self._import_baseline
        cols = self.index.cols
        ids = np.asarray(cols.ids, dtype=np.int64)
        counts = np.asarray(cols.source_counts, dtype=np.int64)
        before = np.full(len(ids), -1, dtype=np.int64)
        known = ids < len(baseline)
        before[known] = baseline[ids[known]]
        added = ids[before < 0].tolist()
        merged = ids[(before >= 0) & (counts > before)].tolist()
        return added + merged

    def show_imported(self) -> None:
        """Move the view to what the last import added (or merged into)."""
        ids = self.imported_event_ids()
        if ids:
            self.timeline.show_events(ids)

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

