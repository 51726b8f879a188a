"""The event table: a model over the filtered events and a sorting proxy.

The model holds only positions into the `EventIndex` (like Anki's browser table holds ids)
and formats cells on demand, so 100,000 rows cost one list of ints. Filtering happens in the
index (bitsets), not in `filterAcceptsRow`, which would call Python once per row.

Sorting: `QSortFilterProxyModel` would call `lessThan` / `data` through Python about
n·log n times (seconds for 100,000 rows); the proxy here hands `sort()` to the model, which
sorts its positions with precomputed keys in C. Views, selection models and persistent
indexes keep working through the proxy as usual.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from .event_index import EventIndex, mask_indices
from .formatting import format_date, one_line, plain_tooltip, type_word

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Date", "Type", "Event", "Delegations", "Place", "Sources", "Officials")
DATE, TYPE, TITLE, DELEGATIONS, PLACE, SOURCES, OFFICIALS = range(len(COLUMNS))

ModelIndex = QModelIndex | QPersistentModelIndex


class EventTableModel(QAbstractTableModel):
    """Rows = filtered events in the current sort order; cells formatted on demand."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._index: EventIndex | None = None
        self._rows: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._sort_column = DATE
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._keys: dict[int, list] = {}
        self._sorted = False

    # ------------------------------------------------------------------ data in
    def set_events(self, index: EventIndex | None, mask: int) -> None:
        """New data or new filter: reset with the rows in the current sort order."""
        self.beginResetModel()
        if index is not self._index:
            self._keys = {}
        self._index = index
        self._rows = mask_indices(mask, index.size) if index is not None else []
        self._apply_sort()
        self.endResetModel()

    def event_id(self, row: int) -> int:
        assert self._index is not None
        return self._index.cols.ids[self._rows[row]]

    def row_of_event(self, event_id: int) -> int:
        """Row of an event id in this model, -1 if filtered out (map built lazily)."""
        if self._index is None:
            return -1
        if self._row_of is None:
            self._row_of = {i: r for r, i in enumerate(self._rows)}
        return self._row_of.get(self._index.id_to_index.get(event_id, -1), -1)

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
        if not index.isValid() or self._index is None:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= column < len(COLUMNS)):
            return None
        i = self._rows[row]
        cols = self._index.cols
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(i, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == OFFICIALS and cols.officials[i]:
                return plain_tooltip(*(o[0] + (f" ({o[2]})" if o[2] else "") for o in cols.officials[i]))
            text = self._display(i, column)
            return plain_tooltip(text) if text else None
        if role == EVENT_ID_ROLE:
            return cols.ids[i]
        if role == SORT_ROLE:
            return self._sort_keys(column)[i]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SOURCES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        if (column, order) == (self._sort_column, self._sort_order) and self._sorted:
            return  # QTableView.sortByColumn asks twice; 100,000 rows are worth skipping that
        self.layoutAboutToBeChanged.emit()
        old_rows = self._rows
        persistent = self.persistentIndexList()
        old_ids = [old_rows[p.row()] if 0 <= p.row() < len(old_rows) else -1 for p in persistent]
        self._sort_column, self._sort_order = column, order
        self._apply_sort()
        new_row = {i: r for r, i in enumerate(self._rows)} if persistent else {}
        self.changePersistentIndexList(
            persistent,
            [self.index(new_row[i], p.column()) if i in new_row else QModelIndex() for p, i in zip(persistent, old_ids)],
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
        self._row_of = None
        self._sorted = True
        if self._index is None or not self._rows:
            return
        reverse = self._sort_order == Qt.SortOrder.DescendingOrder
        if self._sort_column == DATE:
            self._rows.sort(reverse=reverse)  # positions already are date order
        else:
            keys = self._sort_keys(self._sort_column)
            self._rows.sort(key=keys.__getitem__, reverse=reverse)

    def _sort_keys(self, column: int) -> list:
        """One key per event, computed once per data load (C-speed sorts afterwards)."""
        keys = self._keys.get(column)
        if keys is None:
            assert self._index is not None
            cols = self._index.cols
            n = self._index.size
            if column == DATE:
                keys = list(range(n))
            elif column == SOURCES:
                keys = list(cols.source_counts)
            else:
                keys = [(self._display(i, column).casefold(), i) for i in range(n)]
            self._keys[column] = keys
        return keys

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
        return ""


class EventSortProxy(QSortFilterProxyModel):
    """Passes header-click sorting to the source model, which sorts 100,000 rows in C.

    Keeps the proxy's own mapping the identity (no Python `lessThan` per comparison) while
    the views still talk to a standard QSortFilterProxyModel.
    """

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, EventTableModel) and column >= 0:
            source.sort(column, order)
        # keep the proxy's own mapping the identity (a descending -1 sort would reverse it)
        super().sort(-1, Qt.SortOrder.AscendingOrder)

    def event_id(self, row: int) -> int:
        source = self.sourceModel()
        assert isinstance(source, EventTableModel)
        return source.event_id(self.mapToSource(self.index(row, 0)).row())

    def row_of_event(self, event_id: int) -> int:
        source = self.sourceModel()
        assert isinstance(source, EventTableModel)
        row = source.row_of_event(event_id)
        if row < 0:
            return -1
        return self.mapFromSource(source.index(row, 0)).row()
