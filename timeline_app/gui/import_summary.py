"""The outcome of the last import, kept above the timeline until the user dismisses it.

A status-bar message is replaced by the next one within a moment (the reload that follows an
import says "Loaded …"); what an import did — files read, events added and merged, failures —
must stay readable, so it lives in its own bar with *Show added*, *Errors…* and *Dismiss*.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from .workers import ImportResult


def describe(result: ImportResult) -> str:
    """One line: "Import finished: 3 files read, 1 skipped as unchanged, 1 failed; 4 events added, 2 merged"."""
    verb = "cancelled" if result.cancelled else "finished"
    files = f"{result.files_read} file{'' if result.files_read == 1 else 's'} read"
    if result.files_skipped:
        files += f", {result.files_skipped} skipped as unchanged"
    if result.failures:
        files += f", {len(result.failures)} failed"
    events = f"{result.events_added} event{'' if result.events_added == 1 else 's'} added, {result.events_merged} merged"
    return f"Import {verb}: {files}; {events}"


class ImportSummaryBar(QFrame):
    """Plain-text summary of an import; hidden until `show_result`, hidden again on *Dismiss*."""

    showAddedRequested = Signal()
    errorsRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.setAccessibleName("Outcome of the last import")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.label = QLabel()
        self.label.setObjectName("importSummaryText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_added = QPushButton("Show added")
        self.show_added.setObjectName("importShowAdded")
        self.show_added.clicked.connect(self.showAddedRequested)
        self.errors = QPushButton("Errors…")
        self.errors.setObjectName("importShowErrors")
        self.errors.clicked.connect(self.errorsRequested)
        self.dismiss = QPushButton("Dismiss")
        self.dismiss.setObjectName("importDismiss")
        self.dismiss.setAccessibleName("Dismiss the import summary")
        self.dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_added)
        layout.addWidget(self.errors)
        layout.addWidget(self.dismiss)
        self.hide()

    def show_result(self, result: ImportResult) -> None:
        self.label.setText(describe(result))
        self.show_added.setVisible(result.events_added + result.events_merged > 0)
        self.errors.setVisible(bool(result.failures))
        self.show()

    def text(self) -> str:
        return self.label.text()
