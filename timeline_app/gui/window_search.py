"""The window's full-text search (Ctrl+F): one box over titles, people, places and quotes.

Typing waits a quarter second, then a `SearchWorker` matches on the reader pool; its bitset
joins the side panel's filters (`FilterState.matches`), so the timeline, the table and the
counts follow, and the source viewer marks the words.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QToolBar

from .event_search import SearchResult, SearchWorker
from .workers import reader_pool

SEARCH_DELAY_MS = 250


class SearchMixin:
    """Part of `MainWindow`: the search box and its results."""

    def _build_search(self) -> None:
        self.search_box = QLineEdit()
        self.search_box.setObjectName("eventSearch")
        self.search_box.setAccessibleName("Search events")
        self.search_box.setPlaceholderText("Search titles, people, places, quotes… (Ctrl+F)")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaximumWidth(520)
        bar = QToolBar("Search")
        bar.setObjectName("searchToolbar")
        bar.setMovable(False)
        bar.addWidget(self.search_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self._search_words = ""
        self._search_bits: int | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_box.returnPressed.connect(self.run_search)

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def run_search(self) -> None:
        """Search for the box's words now (an empty box ends the search)."""
        self._search_timer.stop()
        words = " ".join(self.search_box.text().split())
        self._search_words = words
        if not words or self.index is None or self.db is None:
            self._set_search(None, "")
            return
        worker = SearchWorker(self.db, self.index, words, self)
        worker.signals.finished.connect(self._on_search_done)
        worker.signals.failed.connect(lambda message: self.statusBar().showMessage(f"Search failed: {message}", 6000))
        worker.start(reader_pool())

    def _on_search_done(self, result: SearchResult) -> None:
        if result.words != self._search_words:
            return  # a newer search is on its way
        if result.index is not self.index:
            self.run_search()  # the data was reloaded meanwhile
            return
        self._set_search(result.bits, result.words)
        self.statusBar().showMessage(f"{result.count:,} events match “{result.words}”", 6000)

    def _set_search(self, bits: int | None, words: str) -> None:
        if bits == self._search_bits and words == self.source.search_words:
            self.searchApplied.emit()
            return
        self._search_bits = bits
        self.source.set_search(words)
        if self.index is not None:
            self.apply_filter(self.filters.state())
        self.searchApplied.emit()

    def _search_after_reload(self) -> None:
        """New data: the old bitset no longer fits it; search again."""
        if self._search_bits is not None:
            self._search_bits = None
            self.run_search()
