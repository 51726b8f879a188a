"""Side panel of filters: delegations, officials (checkable, searchable), event types, dates.

The name lists are `FacetList`s (facet_list.py); counts follow the other filters (`set_counts`).

How facets combine is defined in `event_index` (and docs/gui.md): all checked = no filter;
otherwise an event needs one checked value, AND across facets.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain import EVENT_TYPES
from .event_index import EventIndex, FilterState
from .facet_list import FacetList
from .formatting import type_word

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
        # the review queue as a filter: what the extractor was least sure of, not yet checked
        self.review_box = QCheckBox("Only events that need review")
        self.review_box.setAccessibleName("Show only events that need review")
        self.review_box.setToolTip("Low-confidence events nobody has reviewed or corrected yet (Space marks one reviewed)")
        self.review_box.toggled.connect(self._emit)
        types_layout.addWidget(self.review_box, len(EVENT_TYPES), 0)

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

    def set_counts(self, delegations: dict[str, int], officials: dict[str, int], types: dict[str, int]) -> None:
        """Faceted counts: what each name or type would show under the other filters."""
        self.delegations.set_counts(delegations)
        self.officials.set_counts(officials)
        for name, box in self.type_boxes.items():
            box.setText(f"{type_word(name)} ({types.get(name, 0):,})")

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
            needs_review=self.review_box.isChecked(),
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
            self.review_box.setChecked(False)
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
