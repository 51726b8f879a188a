"""A searchable list of checkable names with counts (delegations, officials), for the filters.

Item text is the canonical name exactly (tests and screen readers read it); the event count is
drawn right-aligned by `CountDelegate` and is also in the tooltip and accessible text. Counts
are faceted: `set_counts` shows how many events each name would add under the other filters.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QLineEdit, QListView, QMenu, QPushButton, QStyle,
    QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget,
)

from .formatting import menu_text, plain_tooltip

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
    def set_names(self, names: list[str], counts: dict[str, int], checked: set[str] | None) -> None:
        """Replace the items; `checked` None = all checked, else exactly the names in it."""
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

    def set_counts(self, counts: dict[str, int]) -> None:
        """New counts for the items (the checked state is left alone).

        The model is silent while hundreds of items change, then tells the view once: one
        `dataChanged` per item would repaint the list hundreds of times per filter change."""
        model = self.model
        rows = model.rowCount()
        if not rows:
            return
        self._bulk = True  # QStandardItemModel turns dataChanged into itemChanged: not a user's change
        model.blockSignals(True)
        try:
            for row in range(rows):
                item = model.item(row)
                name = item.data(NAME_ROLE)
                count = counts.get(name, 0)
                if item.data(COUNT_ROLE) != count:
                    item.setData(count, COUNT_ROLE)
                    item.setToolTip(plain_tooltip(name, f"{count:,} events"))
                    item.setData(f"{name}, {count} events", Qt.ItemDataRole.AccessibleTextRole)
        finally:
            model.blockSignals(False)
        try:
            model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, 0))
        finally:
            self._bulk = False

    def count_of(self, name: str) -> int | None:
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(NAME_ROLE) == name:
                return item.data(COUNT_ROLE)
        return None

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
