"""The list of an event's sources: whole rows only, filled lazily.

Rows are uniform (two elided lines: file and date, then the quote), so the list's height is an
exact number of rows and the selected row is never cut. An event can have thousands of sources:
the list holds them as plain data and creates items a batch at a time, when the user scrolls
near the end or selects a row further down, so showing an event costs the same for 5 sources
or 6,000.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from ..domain import SourceRow
from .formatting import format_date, one_line, plain_tooltip

QUOTE_CHARS = 90
BATCH = 100
VISIBLE_ROWS = 4  # rows shown without scrolling; more scroll


def _item(n: int, source: SourceRow) -> QListWidgetItem:
    quote = one_line(source.quote[: QUOTE_CHARS * 4])
    short = quote if len(quote) <= QUOTE_CHARS else quote[: QUOTE_CHARS - 1] + "…"
    published = f" · published {format_date(source.published)}" if source.published else ""
    item = QListWidgetItem(f"{n}. {Path(source.document).name}{published}\n“{short}”")
    item.setToolTip(plain_tooltip(source.document, quote))
    item.setData(Qt.ItemDataRole.AccessibleTextRole, f"Source {n}: {Path(source.document).name}, {quote}")
    return item


class SourceList(QListWidget):
    """Sources of one event; `count()` is how many rows exist so far, `total` how many there are."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.sources: list[SourceRow] = []
        self.verticalScrollBar().valueChanged.connect(self._maybe_fill)

    @property
    def total(self) -> int:
        return len(self.sources)

    def set_sources(self, sources: list[SourceRow]) -> None:
        self.blockSignals(True)
        self.clear()
        self.sources = sources
        self._fill_to(min(len(sources), BATCH))
        self.blockSignals(False)
        self._fit_height()

    def ensure_row(self, row: int) -> None:
        """Create rows up to `row` (and the rest of its batch)."""
        if self.count() <= row < self.total:
            self._fill_to(min(self.total, (row // BATCH + 1) * BATCH))

    def _fill_to(self, end: int) -> None:
        for n in range(self.count(), end):
            self.addItem(_item(n + 1, self.sources[n]))

    def _maybe_fill(self, value: int) -> None:
        if self.count() < self.total and value >= self.verticalScrollBar().maximum() - VISIBLE_ROWS:
            self._fill_to(min(self.total, self.count() + BATCH))

    def _fit_height(self) -> None:
        """As tall as min(total, VISIBLE_ROWS) whole rows (at least one)."""
        row_h = self.sizeHintForRow(0) if self.count() else self.fontMetrics().lineSpacing() * 2 + 4
        rows = max(1, min(self.total, VISIBLE_ROWS))
        self.setFixedHeight(rows * row_h + 2 * self.frameWidth())

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.StyleChange):
            self._fit_height()
