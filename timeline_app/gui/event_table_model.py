"""The event table: a model over the filtered events, shown by the view without a proxy.

The model holds only positions into the `EventIndex` (like Anki's browser table holds ids)
and formats cells on demand. Filtering happens in the index (bitsets), not in
`filterAcceptsRow`, which would call Python once per row.

A filter change costs a popcount, not a pass over the rows: in date order (the default sort)
the rows are the set bits of the filter mask, found on demand for the rows painted
(`MaskRows`), so 75,000 rows cost nothing until they are scrolled to.

Sorting: `QSortFilterProxyModel` would call `lessThan` / `data` through Python about
n·log n times (seconds for 100,000 rows), so the view talks to this model directly and its
`sort()` (header clicks go straight to it) sorts positions with precomputed keys in C.
Cells are answered by `multiData`, one Python call per painted cell instead of one per role.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import compress

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QModelRoleDataSpan, QPersistentModelIndex, Qt, Signal

import numpy as np

from ..storage.event_pages import PagedEvents
from .compact import WindowEventColumns
from .curation_marks import CURATED_MARK, marked_title
from .event_index import EventIndex, mask_flags, mask_indices
from .formatting import format_date, one_line, plain_tooltip, type_word
from .text_loader import TextLoader

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Date", "Type", "Event", "Delegations", "Place", "Sources", "Officials", "Confidence", "Review")
DATE, TYPE, TITLE, DELEGATIONS, PLACE, SOURCES, OFFICIALS, CONFIDENCE, REVIEW = range(len(COLUMNS))
_COMPACT = frozenset({TYPE, SOURCES, REVIEW})  # columns read from the compact columns, never from SQL

ModelIndex = QModelIndex | QPersistentModelIndex

# roles as plain ints, and constant answers built once (enum arithmetic costs microseconds a call)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_EVENT_ID = int(EVENT_ID_ROLE)
_SORT = int(SORT_ROLE)
_ANSWERED = frozenset({_DISPLAY, _ACCESSIBLE, _TOOLTIP, _ALIGNMENT, _EVENT_ID, _SORT})
_PLAIN = frozenset({_ALIGNMENT, _EVENT_ID})  # roles answered without the text fields
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_ASCENDING = Qt.SortOrder.AscendingOrder


class MaskRows(Sequence[int]):
    """The positions of the set bits of `mask` in increasing (or, `reverse`, decreasing) order.

    Like `mask_indices(mask, size)` (reversed), without building it: a row is found by
    bisecting per-block popcounts and decoding that block of 4,096 bits once (a few blocks for
    the rows on screen); `rank` gives the row of a position with one popcount.
    """

    BLOCK = 4096

    def __init__(self, mask: int, size: int, reverse: bool = False) -> None:
        self._mask, self._size, self._reverse = mask, size, reverse
        self._count = mask.bit_count()
        self._starts: list[int] | None = None  # rows before each block
        self._decoded: dict[int, list[int]] = {}

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, row):  # type: ignore[no-untyped-def,override]
        if isinstance(row, slice):
            return [self[r] for r in range(*row.indices(self._count))]
        n = self._count
        if row < 0:
            row += n
        if not 0 <= row < n:
            raise IndexError("row out of range")
        if self._reverse:
            row = n - 1 - row
        starts = self._block_starts()
        block = bisect_right(starts, row) - 1
        positions = self._decoded.get(block)
        if positions is None:
            if len(self._decoded) > 64:
                self._decoded.clear()
            bits = self.BLOCK
            chunk = (self._mask >> (block * bits)) & ((1 << bits) - 1)
            positions = [block * bits + p for p in compress(range(bits), mask_flags(chunk, bits))]
            self._decoded[block] = positions
        return positions[row - starts[block]]

    def _block_starts(self) -> list[int]:
        if self._starts is None:
            bits = self.BLOCK
            data = self._mask.to_bytes((self._size + 7) // 8 or 1, "little")
            step = bits // 8
            starts, total = [], 0
            for offset in range(0, len(data), step):
                starts.append(total)
                total += int.from_bytes(data[offset:offset + step], "little").bit_count()
            self._starts = starts
        return self._starts

    def rank(self, position: int) -> int:
        """Row of `position` (-1 if its bit is not set)."""
        if position < 0 or not self._mask >> position & 1:
            return -1
        row = (self._mask & ((1 << position) - 1)).bit_count()
        return self._count - 1 - row if self._reverse else row


class EventTableModel(QAbstractTableModel):
    """Rows = filtered events in the current sort order; cells formatted on demand."""

    textsLoaded = Signal()  # the words of rows a paint showed without them have been read

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._index: EventIndex | None = None
        self._paged: PagedEvents | None = None  # the index's text fields, when read page by page
        self._mask = 0
        self._rows: Sequence[int] = []
        self._row_of: np.ndarray | None = None  # position -> row, while sorted by another column
        self._sort_column = DATE
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._keys: dict[int, list] = {}
        self._sorted = False
        self._texts = TextLoader(self)  # a painted row's words are read in the background
        self._texts.loaded.connect(self._texts_arrived)
        self._asked: set[int] = set()  # positions asked of `_texts` for this index

    # ------------------------------------------------------------------ data in
    def set_events(self, index: EventIndex | None, mask: int) -> None:
        """New data or new filter: reset with the rows in the current sort order."""
        self.beginResetModel()
        if index is not self._index:
            self._keys = {}
            self._asked = set()
        self._index = index
        self._paged = getattr(index.cols, "paged", None) if index is not None else None
        self._mask = mask if index is not None else 0
        self._rows = []
        self._apply_sort()
        self.endResetModel()

    def event_id(self, row: int) -> int:
        assert self._index is not None
        return self._index.cols.ids[self._rows[row]]

    def row_of_event(self, event_id: int) -> int:
        """Row of an event id in this model, -1 if filtered out."""
        if self._index is None:
            return -1
        return self._row_of_position(self._index.id_to_index.get(event_id, -1))

    def _row_of_position(self, position: int) -> int:
        rows = self._rows
        if isinstance(rows, MaskRows):
            return rows.rank(position)
        if self._row_of is None:  # sorted by another column: map built once per sort or filter
            row_of = np.full(self._index.size if self._index is not None else 0, -1, dtype=np.int64)
            row_of[np.asarray(rows, dtype=np.int64)] = np.arange(len(rows))
            self._row_of = row_of
        return int(self._row_of[position]) if 0 <= position < len(self._row_of) else -1

    # ------------------------------------------------------------------ Qt overrides
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(f"Sort by {COLUMNS[section].lower()}")
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role not in _ANSWERED or self._index is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= column < len(COLUMNS)):
            return None
        return self._value(self._rows[row], column, role)

    def multiData(self, index: ModelIndex, roleDataSpan: QModelRoleDataSpan) -> None:
        """Every role a delegate asks for (seven per painted cell) in one Python call."""
        row, column = index.row(), index.column()
        valid = self._index is not None and index.isValid() and 0 <= row < len(self._rows) and 0 <= column < len(COLUMNS)
        i = self._rows[row] if valid else -1
        pending = valid and self._paged is not None and not self._paged.has(i)
        if pending and i not in self._asked:
            self._ask(row)
        for role_data in roleDataSpan:
            role = role_data.role()
            if pending:  # its words are being read: what the compact columns know, until then
                value = self._value(i, column, role) if role in _ANSWERED and (column in _COMPACT or role in _PLAIN) else None
            else:
                value = self._value(i, column, role) if valid and role in _ANSWERED else None
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def _value(self, i: int, column: int, role: int):  # type: ignore[no-untyped-def]
        """The answer of `data()` for event position `i` (the role is one of `_ANSWERED`)."""
        if role == _DISPLAY or role == _ACCESSIBLE:
            return self._display(i, column)
        if role == _ALIGNMENT:
            return _RIGHT if column in (SOURCES, CONFIDENCE) else None
        cols = self._index.cols  # type: ignore[union-attr]
        if role == _TOOLTIP:
            if column == OFFICIALS and cols.officials[i]:
                return plain_tooltip(*(o[0] + (f" ({o[2]})" if o[2] else "") for o in cols.officials[i]))
            text = self._display(i, column)
            return plain_tooltip(text) if text else None
        if role == _EVENT_ID:
            return cols.ids[i]
        return self._sort_keys(column)[i]  # _SORT

    def _ask(self, row: int) -> None:
        """Ask for the text fields of the rows around `row` (a screenful and some) in the
        background: a paint of the table never waits on SQL; the rows fill in on arrival."""
        rows = self._rows
        assert self._paged is not None
        wanted = [rows[r] for r in range(max(0, row - 16), min(len(rows), row + 96))]
        self._asked.update(wanted)
        self._texts.want(self._paged, (), wanted)

    def _texts_arrived(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))
        self.textsLoaded.emit()

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return _CELL_FLAGS if index.isValid() else _NO_FLAGS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        if (column, order) == (self._sort_column, self._sort_order) and self._sorted:
            return  # QTableView.sortByColumn asks twice; 100,000 rows are worth skipping that
        self.layoutAboutToBeChanged.emit()
        old_rows = self._rows
        persistent = self.persistentIndexList()
        old_positions = [old_rows[p.row()] if 0 <= p.row() < len(old_rows) else -1 for p in persistent]
        self._sort_column, self._sort_order = column, order
        self._apply_sort()
        new_rows = [self._row_of_position(i) if i >= 0 else -1 for i in old_positions]
        self.changePersistentIndexList(
            persistent,
            [self.index(r, p.column()) if r >= 0 else QModelIndex() for p, r in zip(persistent, new_rows)],
        )
        self.layoutChanged.emit()

    # ------------------------------------------------------------------ helpers
    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def _apply_sort(self) -> None:
        """Rows in the current sort order. Date order is the mask itself (positions already are
        date order); other columns sort the current rows (a stable sort, as before any change)."""
        self._row_of = None
        self._sorted = True
        if self._index is None or not self._mask:
            self._rows = []
            return
        reverse = self._sort_order != _ASCENDING
        if self._sort_column == DATE:
            self._rows = MaskRows(self._mask, self._index.size, reverse)
            return
        rows = self._rows
        if isinstance(rows, MaskRows) or not rows:
            rows = mask_indices(self._mask, self._index.size)
            if isinstance(self._rows, MaskRows) and self._rows._reverse:
                rows.reverse()
        keys = self._sort_keys(self._sort_column)
        if isinstance(keys, np.ndarray):  # a million rows: one stable argsort in C
            current = np.asarray(rows, dtype=np.int64)
            chosen = keys[current]
            self._rows = current[np.argsort(-chosen if reverse else chosen, kind="stable")].tolist()
            return
        rows.sort(key=keys.__getitem__, reverse=reverse)
        self._rows = rows

    def _sort_keys(self, column: int) -> list:
        """One key per event, computed once per data load (C-speed sorts afterwards)."""
        keys = self._keys.get(column)
        if keys is None:
            assert self._index is not None
            cols = self._index.cols
            n = self._index.size
            if column == DATE:
                keys = list(range(n))
            elif isinstance(cols, WindowEventColumns):
                keys = self._window_keys(cols, column, n)
            elif column == SOURCES:
                keys = list(cols.source_counts)
            elif column == CONFIDENCE:
                keys = list(cols.confidences) or [0.0] * n
            else:
                keys = [(self._display(i, column).casefold(), i) for i in range(n)]
            self._keys[column] = keys
        return keys

    def _window_keys(self, cols: WindowEventColumns, column: int, n: int) -> np.ndarray:
        """Sort keys without reading every row into memory (ties by date order, as the text keys
        `(shown text, position)` of a small index): a word column (type, review) ranks its few
        codes by their shown text, a text column is ranked by SQL (`dense_rank`)."""
        positions = np.arange(n, dtype=np.int64)
        if column == SOURCES:
            return np.frombuffer(cols.source_counts, dtype=np.int32).astype(np.int64)
        if column in (TYPE, REVIEW):
            codes = cols.types if column == TYPE else cols.statuses
            shown = [type_word(w) if column == TYPE else (CURATED_MARK + w if w == "curated" else w) for w in codes.words]
            rank = np.empty(len(shown), dtype=np.int64)
            rank[sorted(range(len(shown)), key=lambda k: shown[k].casefold())] = np.arange(len(shown))
            return rank[codes.codes] * max(n, 1) + positions
        name = {TITLE: "title", PLACE: "location", CONFIDENCE: "confidence", DELEGATIONS: "delegations",
                OFFICIALS: "officials"}[column]
        assert self._index is not None
        ids, ranks = cols.ranks(name)
        keys = np.zeros(n, dtype=np.int64)  # no value (no delegation named): first, as an empty text
        where = self._index.id_to_index.lookup(ids)
        keys[where[where >= 0]] = ranks[where >= 0]
        return keys * max(n, 1) + positions

    def _display(self, i: int, column: int) -> str:
        assert self._index is not None
        cols = self._index.cols
        if column == DATE:
            return format_date(cols.dates[i])
        if column == TYPE:
            return type_word(cols.types[i])
        if column == TITLE:
            return one_line(cols.titles[i])
        if column == DELEGATIONS:
            return ", ".join(cols.delegations[i])
        if column == OFFICIALS:
            return ", ".join(o[0] for o in cols.officials[i])
        if column == PLACE:
            return cols.locations[i] or ""
        if column == SOURCES:
            return str(cols.source_counts[i])
        if column == CONFIDENCE:  # curation: how sure extraction is, and what a human did
            return f"{cols.confidences[i]:.2f}" if cols.confidences else ""
        if column == REVIEW:
            return marked_title(cols, i, cols.statuses[i]) if cols.statuses else ""
        return ""
