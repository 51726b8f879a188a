"""The dialog that corrects one event: date (partial is fine), type, place, title, delegations
and officials, with completion from the actors the database knows.

It only collects what changed into a `storage.curation.EventEdit`; the change itself is an
undoable command run by the window (curation_commands). Plain text everywhere.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QPushButton, QVBoxLayout, QWidget,
)

from ..domain import EventRow
from ..storage.curation import EventEdit
from ..storage.event_filter import EVENT_TYPES, partial_date_range


class PeopleEditor(QWidget):
    """A list of names with an add field (completing known names) and a remove button."""

    def __init__(self, what: str, names: tuple[str, ...], known: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = tuple(names)
        self.list = QListWidget()
        self.list.setAccessibleName(f"{what} of this event")
        self.list.addItems(list(names))
        self.list.setMaximumHeight(90)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(f"Add a {what.lower().rstrip('s')}…")
        self.entry.setAccessibleName(f"Add to {what}")
        completer = QCompleter(known, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.entry.setCompleter(completer)
        self.add_button = QPushButton("Add")
        self.remove_button = QPushButton("Remove")
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_current)
        self.entry.returnPressed.connect(self.add_current)
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def add_current(self) -> None:
        name = self.entry.text().strip()
        if name and name not in self.names():
            self.list.addItem(name)
        self.entry.clear()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems() or ([self.list.currentItem()] if self.list.currentItem() else []):
            self.list.takeItem(self.list.row(item))

    def added(self) -> tuple[str, ...]:
        return tuple(n for n in self.names() if n not in self.original)

    def removed(self) -> tuple[str, ...]:
        return tuple(n for n in self.original if n not in self.names())


class EventEditorDialog(QDialog):
    """Edit one event; `edit()` is what changed (None fields are left as they are)."""

    def __init__(self, row: EventRow, known_groups: list[str], known_people: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setObjectName("eventEditor")
        self.setWindowTitle(f"Edit event {row.id}")
        self.setAccessibleName("Edit event")
        self.date = QLineEdit(row.date or "")
        self.date.setPlaceholderText("YYYY, YYYY-MM or YYYY-MM-DD")
        self.date.setAccessibleName("Date")
        self.type = QComboBox()
        self.type.addItems(list(EVENT_TYPES))
        self.type.setCurrentText(row.type)
        self.type.setAccessibleName("Type")
        self.location = QLineEdit(row.location or "")
        self.location.setAccessibleName("Place")
        self.title = QLineEdit(row.title)
        self.title.setAccessibleName("Title")
        self.delegations = PeopleEditor("Delegations", row.delegations, known_groups)
        self.officials = PeopleEditor("Officials", tuple(o.name for o in row.officials), known_people)
        self.problem = QLabel("")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow("&Date:", self.date)
        form.addRow("&Type:", self.type)
        form.addRow("&Place:", self.location)
        form.addRow("T&itle:", self.title)
        form.addRow("De&legations:", self.delegations)
        form.addRow("&Officials:", self.officials)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(520, 480)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter accepts from the date, place and title fields only: in an "Add..." field it adds
        the name (and picks a completion) and must not also close the dialog."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            if self.focusWidget() in (self.date, self.location, self.title, self.type):
                self._accept_if_valid()
            return
        super().keyPressEvent(event)

    def _accept_if_valid(self) -> None:
        text = self.date.text().strip()
        if text and partial_date_range(text) is None:
            self.problem.setText(f"{text!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
            self.date.setFocus()
            return
        self.accept()

    def edit(self) -> EventEdit:
        date = self.date.text().strip()
        location = self.location.text().strip()
        title = self.title.text().strip()
        return EventEdit(
            date=date if date and date != (self.row.date or "") else None,
            type=self.type.currentText() if self.type.currentText() != self.row.type else None,
            location=location if location != (self.row.location or "") else None,
            title=title if title and title != self.row.title else None,
            add_delegations=self.delegations.added(), remove_delegations=self.delegations.removed(),
            add_officials=self.officials.added(), remove_officials=self.officials.removed(),
        )
