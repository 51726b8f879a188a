"""Side panel of filters: delegations, officials (checkable, searchable), event types, dates.

Item text is the canonical name exactly (tests and screen readers read it); the event count is
drawn right-aligned by `CountDelegate` and is also in the tooltip and accessible text.

How facets combine is defined in `event_index` (and docs/gui.md): all checked = no filter;
otherwise an event needs one checked value, AND across facets.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDateEdit, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView,
    QMenu, QPushButton, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget,
)

from ..domain import EVENT_TYPES
from .event_index import EventIndex, FilterState
from .formatting import menu_text, plain_tooltip, type_word

NAME_ROLE = Qt.ItemDataRole.UserRole
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1


class CountDelegate(QStyledItemDelegate):
    """Draws an item as usual, minus room on the right where its event count is drawn."""

    def _count_text(self, index: QModelIndex | QPersistentModelIndex) -> str:
        count = index.data(COUNT_ROLE)
        return f"{count:,}" if isinstance(count, int) else ""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        text = self._count_text(index)
        if not text:
            super().paint(painter, option, index)
            return
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        count_w = option.fontMetrics.horizontalAdvance(text) + 12  # type: ignore[attr-defined]
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        narrowed = QStyleOptionViewItem(option)
        rect = QRect(option.rect)  # type: ignore[attr-defined]
        rect.setRight(rect.right() - count_w)
        narrowed.rect = rect  # type: ignore[attr-defined]
        super().paint(painter, narrowed, index)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = option.palette.ColorRole.HighlightedText if selected else option.palette.ColorRole.PlaceholderText  # type: ignore[attr-defined]
        painter.setPen(option.palette.color(role))  # type: ignore[attr-defined]
        count_rect = QRect(option.rect)  # type: ignore[attr-defined]
        count_rect.setLeft(rect.right())
        count_rect.setRight(count_rect.right() - 6)
        painter.drawText(count_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        text = self._count_text(index)
        if text:
            size.setWidth(size.width() + option.fontMetrics.horizontalAdvance(text) + 12)  # type: ignore[attr-defined]
        return size


class FacetList(QWidget):
    """A searchable list of checkable names with All / None / Only shortcuts."""

    changed = Signal()

    def __init__(self, title: str, object_name: str, noun: str, singular: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._noun = noun
        self._bulk = False
        self._checked: set[str] | None = None
        self.title = QLabel(title)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.search = QLineEdit()
        self.search.setObjectName(f"{object_name}Search")
        self.search.setPlaceholderText(f"Search {noun}…")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(f"Search {noun}")
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setObjectName(object_name)
        self.view.setModel(self.model)
        self.view.setAccessibleName(f"{title} filter")
        self.view.setAccessibleDescription(f"Check the {noun} to show; Space toggles the current one")
        self.view.setUniformItemSizes(True)
        self.view.setItemDelegate(CountDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.title.setBuddy(self.search)
        self.all_button = QPushButton("All")
        self.none_button = QPushButton("None")
        self.only_button = QPushButton("Only selected")
        for button, name in ((self.all_button, f"Show all {noun}"), (self.none_button, f"Hide all {noun}"),
                             (self.only_button, f"Show only the selected {singular}")):
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.setAutoDefault(False)
        self.without = QCheckBox(f"Also events without {singular}")
        self.without.setAccessibleName(f"Also show events without {singular} while this filter is on")
        self.without.setToolTip(
            f"Applies while some {noun} are unchecked: keep events that name no {singular} at all."
        )
        self.without.setEnabled(False)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.all_button, self.none_button, self.only_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.without)

        self.search.textChanged.connect(self._apply_search)
        self.model.itemChanged.connect(self._update_checked)
        self.model.modelReset.connect(self._forget_checked)
        self.model.rowsInserted.connect(self._forget_checked)
        self.model.rowsRemoved.connect(self._forget_checked)
        self.model.itemChanged.connect(self._on_item_changed)
        self.all_button.clicked.connect(self.check_all)
        self.none_button.clicked.connect(self.uncheck_all)
        self.only_button.clicked.connect(self._only_current)
        self.without.toggled.connect(self._on_without)

    # ------------------------------------------------------------------ content
    def set_names(self, names: list[str], counts: dict[str, int], checked: set[str] | None, new_checked: bool = True) -> None:
        """Replace the items; `checked` None = all; names unknown to `checked` get `new_checked`."""
        self._bulk = True
        try:
            self.model.clear()
            for name in names:
                item = QStandardItem(name)
                item.setData(name, NAME_ROLE)
                item.setData(counts.get(name, 0), COUNT_ROLE)
                item.setCheckable(True)
                item.setEditable(False)
                state = True if checked is None else (name in checked)
                item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
                item.setToolTip(plain_tooltip(name, f"{counts.get(name, 0):,} events"))
                item.setData(f"{name}, {counts.get(name, 0)} events", Qt.ItemDataRole.AccessibleTextRole)
                self.model.appendRow(item)
        finally:
            self._bulk = False
        self._apply_search(self.search.text())
        self._update_without()

    def names(self) -> list[str]:
        return [self.model.item(r).data(NAME_ROLE) for r in range(self.model.rowCount())]

    def checked_names(self) -> set[str]:
        if self._checked is None:  # recounted only after a change (hundreds of officials)
            self._checked = {
                self.model.item(r).data(NAME_ROLE)
                for r in range(self.model.rowCount())
                if self.model.item(r).checkState() == Qt.CheckState.Checked
            }
        return set(self._checked)

    def selection(self) -> frozenset[str] | None:
        """None when every item is checked (the facet does not filter)."""
        checked = self.checked_names()
        return None if len(checked) == self.model.rowCount() else frozenset(checked)

    def snapshot(self) -> dict:
        """For settings: remember the smaller side, so names that appear later behave sensibly."""
        names = self.names()
        checked = self.checked_names()
        if len(checked) * 2 >= len(names):
            return {"mode": "except", "names": sorted(set(names) - checked), "without": self.without.isChecked()}
        return {"mode": "only", "names": sorted(checked), "without": self.without.isChecked()}

    def restore(self, snap: dict, names: list[str], counts: dict[str, int]) -> None:
        listed = set(snap.get("names", []))
        if snap.get("mode") == "only":
            self.set_names(names, counts, {n for n in names if n in listed})
        else:
            self.set_names(names, counts, {n for n in names if n not in listed})
        self._bulk = True
        self.without.setChecked(bool(snap.get("without", False)))
        self._bulk = False

    # ------------------------------------------------------------------ shortcuts
    def check_all(self) -> None:
        self._set_all(lambda name: True, without=False)

    def uncheck_all(self) -> None:
        self._set_all(lambda name: False)

    def only(self, name: str) -> None:
        self._set_all(lambda n: n == name, without=False)

    def _only_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.only(index.data(NAME_ROLE))

    def _set_all(self, rule, without: bool | None = None) -> None:  # type: ignore[no-untyped-def]
        self._bulk = True
        try:
            for r in range(self.model.rowCount()):
                item = self.model.item(r)
                want = Qt.CheckState.Checked if rule(item.data(NAME_ROLE)) else Qt.CheckState.Unchecked
                if item.checkState() != want:
                    item.setCheckState(want)
            if without is not None:
                self.without.setChecked(without)
        finally:
            self._bulk = False
        self._update_without()
        self.changed.emit()

    # ------------------------------------------------------------------ slots
    def _forget_checked(self, *_args) -> None:  # type: ignore[no-untyped-def]
        self._checked = None

    def _update_checked(self, item: QStandardItem) -> None:
        """One item changed: update the checked set instead of recounting hundreds of items."""
        if self._checked is not None:
            name = item.data(NAME_ROLE)
            if item.checkState() == Qt.CheckState.Checked:
                self._checked.add(name)
            else:
                self._checked.discard(name)

    def _on_item_changed(self, item: QStandardItem) -> None:
        if self._bulk:
            return
        self._update_without()
        self.changed.emit()

    def _on_without(self, _checked: bool) -> None:
        if not self._bulk:
            self.changed.emit()

    def _update_without(self) -> None:
        self.without.setEnabled(self.selection() is not None)

    def _apply_search(self, text: str) -> None:
        needle = text.casefold().strip()
        for r in range(self.model.rowCount()):
            name = self.model.item(r).data(NAME_ROLE) or ""
            self.view.setRowHidden(r, bool(needle) and needle not in name.casefold())

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        menu = QMenu(self)
        if index.isValid():
            name = index.data(NAME_ROLE)
            menu.addAction(menu_text(f"Only “{name}”"), lambda: self.only(name))
            menu.addSeparator()
        menu.addAction(f"Show all {self._noun}", self.check_all)
        menu.addAction(f"Hide all {self._noun}", self.uncheck_all)
        menu.popup(self.view.viewport().mapToGlobal(pos))


class FilterPanel(QWidget):
    """Every filter of the window; emits `filtersChanged(FilterState)` at once on any change."""

    filtersChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterPanel")
        self.setAccessibleName("Filters")
        self._quiet = False
        self.delegations = FacetList("&Delegations", "delegationFilter", "delegations", "a delegation")
        self.officials = FacetList("&Officials", "officialFilter", "officials", "an official")

        types_box = QGroupBox("Event &type")
        types_layout = QGridLayout(types_box)
        self.type_boxes: dict[str, QCheckBox] = {}
        for n, name in enumerate(EVENT_TYPES):
            box = QCheckBox(type_word(name))
            box.setChecked(True)
            box.setAccessibleName(f"Show {type_word(name).lower()} events")
            box.toggled.connect(self._emit)
            self.type_boxes[name] = box
            types_layout.addWidget(box, n, 0)

        dates_box = QGroupBox("Date &range")
        dates_layout = QGridLayout(dates_box)
        self.from_check = QCheckBox("From")
        self.to_check = QCheckBox("To")
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for check, edit, label in ((self.from_check, self.from_edit, "From date"), (self.to_check, self.to_edit, "To date")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setDateRange(QDate(100, 1, 1), QDate(9999, 12, 31))
            edit.setEnabled(False)
            edit.setAccessibleName(label)
            check.setAccessibleName(f"Limit the {label.lower()}")
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._emit)
            edit.dateChanged.connect(self._emit_if_checked)
        dates_layout.addWidget(self.from_check, 0, 0)
        dates_layout.addWidget(self.from_edit, 0, 1)
        dates_layout.addWidget(self.to_check, 1, 0)
        dates_layout.addWidget(self.to_edit, 1, 1)
        note = QLabel("Undated events are hidden while a date range is set.")
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        note.setEnabled(False)
        dates_layout.addWidget(note, 2, 0, 1, 2)

        self.reset_button = QPushButton("R&eset all filters")
        self.reset_button.setAccessibleName("Reset all filters")
        self.reset_button.setAutoDefault(False)
        self.reset_button.clicked.connect(self.reset)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.delegations, 2)
        layout.addWidget(self.officials, 3)
        layout.addWidget(types_box)
        layout.addWidget(dates_box)
        layout.addWidget(self.reset_button)
        self.delegations.changed.connect(self._emit)
        self.officials.changed.connect(self._emit)
        self.setMinimumWidth(230)

    # ------------------------------------------------------------------ data
    def set_index(self, index: EventIndex, snapshot: dict | None = None) -> None:
        """(Re)fill the lists; keep the current choices (or apply `snapshot` from settings)."""
        self._quiet = True
        try:
            snap = snapshot or self.snapshot()
            self.delegations.restore(snap.get("delegations", {}), index.delegations, index.delegation_counts)
            self.officials.restore(snap.get("officials", {}), index.officials, index.official_counts)
            for name, box in self.type_boxes.items():
                box.setText(f"{type_word(name)} ({index.type_counts.get(name, 0):,})")
            types = snap.get("types")
            if types is not None:
                for name, box in self.type_boxes.items():
                    box.setChecked(name in types)
            t_range = index.time_range
            first = date.fromordinal(int(t_range[0])) if t_range else date.today()
            last = date.fromordinal(int(t_range[1]) - 1) if t_range else date.today()
            self.from_edit.setDate(_qdate(snap.get("from")) or QDate(first.year, first.month, first.day))
            self.to_edit.setDate(_qdate(snap.get("to")) or QDate(last.year, last.month, last.day))
            self.from_check.setChecked(bool(snap.get("from")))
            self.to_check.setChecked(bool(snap.get("to")))
        finally:
            self._quiet = False

    def state(self) -> FilterState:
        types = frozenset(name for name, box in self.type_boxes.items() if box.isChecked())
        return FilterState(
            delegations=self.delegations.selection(),
            officials=self.officials.selection(),
            types=None if len(types) == len(self.type_boxes) else types,
            without_delegation=self.delegations.without.isChecked(),
            without_official=self.officials.without.isChecked(),
            date_from=self.from_edit.date().toPython().toordinal() if self.from_check.isChecked() else None,
            date_to=self.to_edit.date().toPython().toordinal() if self.to_check.isChecked() else None,
        )

    def snapshot(self) -> dict:
        return {
            "delegations": self.delegations.snapshot(),
            "officials": self.officials.snapshot(),
            "types": sorted(name for name, box in self.type_boxes.items() if box.isChecked()),
            "from": self.from_edit.date().toString(Qt.DateFormat.ISODate) if self.from_check.isChecked() else None,
            "to": self.to_edit.date().toString(Qt.DateFormat.ISODate) if self.to_check.isChecked() else None,
        }

    def reset(self) -> None:
        self._quiet = True
        try:
            self.delegations.check_all()
            self.officials.check_all()
            self.delegations.without.setChecked(False)
            self.officials.without.setChecked(False)
            for box in self.type_boxes.values():
                box.setChecked(True)
            self.from_check.setChecked(False)
            self.to_check.setChecked(False)
            self.delegations.search.clear()
            self.officials.search.clear()
        finally:
            self._quiet = False
        self._emit()

    # ------------------------------------------------------------------ slots
    def _emit(self, *_args) -> None:  # type: ignore[no-untyped-def]
        if not self._quiet:
            self.filtersChanged.emit(self.state())

    def _emit_if_checked(self, *_args) -> None:  # type: ignore[no-untyped-def]
        if self.from_check.isChecked() or self.to_check.isChecked():
            self._emit()


def _qdate(value: str | None) -> QDate | None:
    if not value:
        return None
    d = QDate.fromString(value, Qt.DateFormat.ISODate)
    return d if d.isValid() else None
