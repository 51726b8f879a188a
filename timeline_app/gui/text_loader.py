"""Titles and names for the timeline, read in the background so that no paint waits on SQL.

A paint draws what has been read (`PagedEvents.peek_title`, `peek`) and asks for the rest; this
loader reads it on the reader pool (Anki's pattern: the worker opens its own session through
`PagedEvents`' fetch functions and hands plain dicts back by signal), keeps it in the GUI thread
and says so (`loaded`), and the timeline repaints with the labels. Requests made while a read
runs are gathered into the next one, so a burst of paints costs one query at a time, and a
result for an index that was replaced meanwhile (a reload) is dropped.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from ..storage.event_pages import EventDetails, PagedEvents
from .workers import Worker, reader_pool


@dataclass(frozen=True)
class TextBatch:
    """What one background read found: plain data for the GUI thread."""

    paged: PagedEvents
    titles: dict[int, str]
    details: dict[int, EventDetails]


class TextWorker(Worker):
    def __init__(self, paged: PagedEvents, titles: list[int], details: list[int], parent: QObject) -> None:
        super().__init__(parent)
        self.paged, self.titles, self.details = paged, titles, details

    def work(self) -> TextBatch:
        return TextBatch(self.paged, self.paged.read_titles(self.titles) if self.titles else {},
                         self.paged.read(self.details) if self.details else {})


class TextLoader(QObject):
    """Reads the titles (and, for undated chips, every field) a paint asked for, one batch at a time."""

    loaded = Signal()  # texts arrived and are kept: repaint to show them
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paged: PagedEvents | None = None
        self._titles: dict[int, None] = {}  # asked for, not yet read (insertion order: paint order)
        self._details: dict[int, None] = {}
        self._running: TextWorker | None = None
        self._scheduled = False

    @property
    def busy(self) -> bool:
        """A read runs or is waiting to run."""
        return self._running is not None or self._scheduled

    def want(self, paged: PagedEvents, titles: Iterable[int] = (), details: Iterable[int] = ()) -> None:
        """Ask for these positions' titles / fields; cheap to call for every missing label."""
        if paged is not self._paged:  # a new index: what was asked of the old one is moot
            self._paged = paged
            self._titles.clear()
            self._details.clear()
        self._titles.update(dict.fromkeys(titles))
        self._details.update(dict.fromkeys(details))
        if (self._titles or self._details) and not self.busy:
            self._scheduled = True
            QTimer.singleShot(0, self, self._start)  # after the paint that asked; dropped with the loader

    def _start(self) -> None:
        self._scheduled = False
        paged = self._paged
        if paged is None or self._running is not None:
            return
        titles = [p for p in self._titles if paged.peek_title(p) is None]
        details = [p for p in self._details if paged.peek(p) is None]
        self._titles.clear()
        self._details.clear()
        if not titles and not details:
            return
        worker = TextWorker(paged, titles, details, self)
        worker.signals.finished.connect(self._on_read)
        worker.signals.failed.connect(self._on_failed)
        self._running = worker
        worker.start(reader_pool())

    def _on_read(self, batch: TextBatch) -> None:
        self._running = None
        if batch.paged is self._paged:
            batch.paged.store(batch.details)
            batch.paged.store_titles(batch.titles)
            self.loaded.emit()
        self._next()

    def _on_failed(self, message: str) -> None:
        """Labels stay blank; the next paint that misses them asks again."""
        self._running = None
        self.failed.emit(message)
        self._next()

    def _next(self) -> None:
        if (self._titles or self._details) and not self.busy:
            self._scheduled = True
            QTimer.singleShot(0, self, self._start)
