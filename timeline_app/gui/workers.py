"""Background work: importing documents and (re)loading events, off the GUI thread.

Pattern from superqt / napari: a `QRunnable` cannot emit signals, so each worker has a
separate `WorkerSignals` QObject, created in the GUI thread and parented to the window that asked
for the work (emissions from the pool thread are queued to it). The worker itself never owns that
QObject: when the last reference to a finished worker goes away in the pool thread, a QObject it
owned would be deleted there, in the wrong thread, under queued deliveries still pending ("Signal
source has been deleted"). The signals object is deleted with `deleteLater()` in the GUI thread
once the result has been delivered. Workers open their own `Database` or session, catch every exception, and hand
back plain dataclasses only, never ORM objects. Imports run on a pool with one thread, so there
is one writer at a time (Anki's `max_workers=1`); live workers are kept in a set until they
finish so Python does not collect them mid-run.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import threading
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from sqlalchemy.exc import SQLAlchemyError

from ..storage.db import Database, DatabaseError
from ..storage.event_pages import PagedEvents, load_event_details, load_event_titles
from ..storage.window_columns import WindowColumns, load_window_columns
from ..storage.window_queries import column_ranks
from . import column_cache
from .event_index import EventIndex

_LIVE: set[QRunnable] = set()
_WRITER_POOL: QThreadPool | None = None


def writer_pool() -> QThreadPool:
    """The pool that runs imports: one thread, hence one writer at a time."""
    global _WRITER_POOL
    if _WRITER_POOL is None:
        _WRITER_POOL = QThreadPool()
        _WRITER_POOL.setMaxThreadCount(1)
        _WRITER_POOL.setObjectName("timeline-app writer")
    return _WRITER_POOL


def reader_pool() -> QThreadPool:
    return QThreadPool.globalInstance()


@dataclass(frozen=True)
class ImportResult:
    """Plain summary of an `IngestReport` for the GUI thread."""

    summary: str
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    files: int = 0  # every file looked at, failed ones included
    events_added: int = 0
    cancelled: bool = False
    events_merged: int = 0
    files_read: int = 0
    files_skipped: int = 0  # unchanged or duplicates


@dataclass(frozen=True)
class LoadResult:
    revision: int
    index: EventIndex
    seconds: float


class WorkerSignals(QObject):
    """Signals of a worker (a QRunnable is not a QObject)."""

    started = Signal()
    progress = Signal(int, int, str)  # done, total, current path
    finished = Signal(object)  # ImportResult | LoadResult
    failed = Signal(str)  # one-line message for the user


class Worker(QRunnable):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it (kept in _LIVE until done)
        self.signals = WorkerSignals(parent)
        self._owner_alive = parent is not None

    def start(self, pool: QThreadPool) -> None:
        """Queue the work once control is back in the event loop.

        Queued signals reach only the slots connected when they are emitted; starting on the next
        loop iteration lets the caller connect to `signals` after `start()` without a race, even
        when the work fails at once.
        """
        _LIVE.add(self)
        # released in the GUI thread once the result has been delivered
        self.signals.finished.connect(self._release)
        self.signals.failed.connect(self._release)
        QTimer.singleShot(0, lambda: pool.start(self))

    def _release(self, *_args: object) -> None:
        _LIVE.discard(self)
        if self._owner_alive:
            self.signals.deleteLater()  # GUI thread, after every slot of this delivery ran

    def _emit(self, signal_name: str, *args: object) -> None:
        """Emit from the pool thread; a window closed meanwhile has nobody left to tell."""
        try:
            getattr(self.signals, signal_name).emit(*args)
        except RuntimeError:
            pass

    def run(self) -> None:  # pragma: no cover - runs in a pool thread; covered through signals
        try:
            self._emit("started")
            result = self.work()
        except DatabaseError as exc:
            self._emit("failed", str(exc))
        except SQLAlchemyError as exc:
            self._emit("failed", f"database error: {str(getattr(exc, 'orig', None) or exc).splitlines()[0]}")
        except Exception as exc:  # noqa: BLE001 - a worker must never die silently
            self._emit("failed", f"unexpected error ({exc.__class__.__name__}: {exc})")
        else:
            self._emit("finished", result)

    def work(self) -> object:
        raise NotImplementedError


class IngestWorker(Worker):
    """Imports files and folders with a writer `Database` of its own."""

    def __init__(self, db_url: str, paths: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_url = db_url
        self.paths = list(paths)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop after the current file (each file is its own transaction, so nothing half-done)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def work(self) -> ImportResult:
        from ..ingest.pipeline import ingest_paths

        db = Database(self.db_url, writer=True, create=False)
        try:
            report = ingest_paths(
                db, self.paths,
                progress=lambda done, total, path: self._emit("progress", done, total, path),
                cancelled=self._cancel.is_set,
            )
        finally:
            db.close()
        return ImportResult(
            summary=report.summary(),
            failures=[(o.path, o.reason or "failed") for o in report.failures],
            files=len(report.outcomes),
            events_added=report.events_added,
            cancelled=report.cancelled,
            events_merged=report.events_merged,
            files_read=report.count("added", "replaced"),
            files_skipped=report.count("unchanged", "duplicate", "moved"),
        )


class LoadWorker(Worker):
    """Reads every event and builds the `EventIndex` (the slow part of a refresh)."""

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db

    def work(self) -> LoadResult:
        return load_index(self.db, parallel=False)  # beside the shown index: the lower peak


def load_index(db: Database, *, parallel: bool = True) -> LoadResult:
    """Revision first, then the compact columns: a write in between only causes one more
    (harmless) reload. Titles, places and names are read later, a page at a time, through the
    same `Database` (a fresh session per page), for the events shown. `parallel`: the three
    scans side by side (opening), or one at a time (reloads, see `load_window_columns`)."""
    started = time.perf_counter()
    revision = db.revision()
    compact = _window_columns(db, revision, parallel)

    def fetch(ids):  # type: ignore[no-untyped-def]
        with db.session() as session:
            return load_event_details(session, ids)

    def ranks(column: str):  # type: ignore[no-untyped-def]
        with db.session() as session:
            return column_ranks(session, column)

    def fetch_titles(ids):  # type: ignore[no-untyped-def]
        with db.session() as session:
            return load_event_titles(session, ids)

    if not parallel:
        release_free_memory()  # a reload: what assembling the columns freed, before the index
    index = EventIndex(compact, PagedEvents(compact.ids, fetch, fetch_titles=fetch_titles), ranks)
    release_free_memory()
    return LoadResult(revision, index, time.perf_counter() - started)


def _window_columns(db: Database, revision: int, parallel: bool) -> WindowColumns:
    """The compact columns: the copy kept from the last open when the database is unchanged,
    else read (and a copy kept for next time, written in the background)."""
    settle = None if parallel else release_free_memory  # a reload: each scan's strings handed back
    file = column_cache.cache_file(db)
    if file is None:
        return load_window_columns(db.engine, parallel=parallel, settle=settle)
    state, events = column_cache.database_state(db, revision)
    if events < column_cache.MIN_EVENTS:
        return load_window_columns(db.engine, parallel=parallel, settle=settle)
    cached = column_cache.load(file, state)
    if cached is not None:
        return cached
    compact = load_window_columns(db.engine, parallel=parallel, settle=settle)
    column_cache.save_later(file, state, compact)
    return compact


def release_free_memory() -> None:
    """Hand the memory a load freed (aggregate strings, sort buffers: about 100 MB at a million
    events, spread over the scan threads' malloc arenas) back to the system, so the window's
    resident size is its data and the next reload starts from there. glibc only; else nothing."""
    global _TRIM
    if _TRIM is None:
        try:
            _TRIM = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
        except (OSError, AttributeError):
            _TRIM = False
    if _TRIM:
        _TRIM(0)


_TRIM = None


def release_free_memory_soon() -> None:
    """`release_free_memory` in a thread of its own, once the event loop has run (the index a
    reload replaced is gone by then: about 160 MB at a million events go back to the system,
    so the next reload starts from the window's data, not from what the last one left). The
    trim takes 5-10 ms; the GUI thread does not wait for it."""
    QTimer.singleShot(0, lambda: threading.Thread(target=release_free_memory, name="trim", daemon=True).start())
