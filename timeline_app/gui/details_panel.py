"""Details of the activated event: date (precision, how it was found), people, sources.

All text is plain (`Qt.TextFormat.PlainText` labels, list items, escaped tooltips): titles,
names and quotes come from articles and may contain markup that must show literally.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..domain import EventRow, SourceRow
from .formatting import describe_date, official_line, one_line, type_word
from .source_list import SourceList

PLACEHOLDER = "Click an event on the timeline or in the table (or select it and press Enter) to see its details."


def _plain_label(accessible: str) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setAccessibleName(accessible)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class _WrappedContent(QWidget):
    """Scrolled content whose wrapped labels always get the height their text needs.

    A scroll area sizes its widget from `minimumSizeHint()`, which knows nothing of word wrap:
    with little room the labels were squeezed (the last official cut) instead of the content
    scrolling. The minimum height is set to what the layout needs at the current width.
    """

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            need = layout.totalHeightForWidth(self.width())
            if need != self.minimumHeight():
                self.setMinimumHeight(need)


class DetailsPanel(QWidget):
    """Shows one event; the list of its sources drives the source viewer (`sourceChosen`)."""

    sourceChosen = Signal(int)  # row in the current source list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPanel")
        self.setAccessibleName("Event details")
        self.current_event: EventRow | None = None
        self.sources: list[SourceRow] = []

        self.title = _plain_label("Event title")
        self.title.setObjectName("detailsTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.title.setText(PLACEHOLDER)
        self.date = _plain_label("Date")
        self.type = _plain_label("Type")
        self.place = _plain_label("Place")
        self.delegations = _plain_label("Delegations")
        self.officials = _plain_label("Officials")
        self.date.setObjectName("detailsDate")
        self.officials.setObjectName("detailsOfficials")
        self.source_list = SourceList()
        self.source_list.setObjectName("sourceList")
        self.source_list.setAccessibleName("Sources of this event")
        self.source_list.setAccessibleDescription("Up and Down switch the source shown in the source viewer")
        self.source_list.currentRowChanged.connect(self._on_source_row)

        form_host = QWidget()
        self.form = QFormLayout(form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for caption, label in (("Date", self.date), ("Type", self.type), ("Place", self.place),
                               ("Delegations", self.delegations), ("Officials", self.officials)):
            self.form.addRow(f"{caption}:", label)
        self.sources_caption = QLabel("&Sources:")
        self.sources_caption.setBuddy(self.source_list)

        inner = self._content = _WrappedContent()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(form_host)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName("Event details")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # the sources stay below the scrolled fields, always in view with whole rows
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        sources = QVBoxLayout()
        sources.setContentsMargins(8, 0, 8, 4)
        sources.addWidget(self.sources_caption)
        sources.addWidget(self.source_list)
        outer.addLayout(sources)
        self._show_fields(False)

    # ------------------------------------------------------------------ content
    def clear(self) -> None:
        self.current_event = None
        self.sources = []
        self.title.setText(PLACEHOLDER)
        self.source_list.clear()
        self._show_fields(False)

    def show_event(self, event: EventRow, sources: list[SourceRow]) -> None:
        self.current_event = event
        self.sources = sources
        self.title.setText(one_line(event.title))
        self.date.setText(describe_date(event.date, event.precision, event.basis))
        self.type.setText(type_word(event.type))
        self.place.setText(event.location or "Not stated")
        self.delegations.setText(", ".join(event.delegations) or "None named")
        self.officials.setText(
            "\n".join(official_line(o.name, o.organization, o.role) for o in event.officials) or "None named"
        )
        self.source_list.set_sources(sources)
        self.sources_caption.setText(f"&Sources ({len(sources):,}):")
        self._show_fields(True)
        self._content._fit()
        if sources:
            self.source_list.setCurrentRow(0)
            self.sourceChosen.emit(0)

    def select_source(self, row: int) -> None:
        if 0 <= row < self.source_list.total:
            self.source_list.ensure_row(row)
            self.source_list.setCurrentRow(row)

    # ------------------------------------------------------------------ helpers
    def _on_source_row(self, row: int) -> None:
        if row >= 0:
            self.sourceChosen.emit(row)

    def _show_fields(self, visible: bool) -> None:
        for row in range(self.form.rowCount()):
            self.form.setRowVisible(row, visible)
        self.sources_caption.setVisible(visible)
        self.source_list.setVisible(visible)
