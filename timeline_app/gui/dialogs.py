"""Small dialogs, all window-modal and non-blocking (`open()`, never `exec()`), all plain text.

Non-blocking keeps the event loop (and tests) running; plain text keeps file names and
messages that contain `<` or `&` literal.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget,
)


def show_message(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, details: str | None = None
) -> QMessageBox:
    """A message box with literal text, opened without blocking; returned for tests."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setAccessibleName(title)
    box.open()
    return box


class ImportReportDialog(QDialog):
    """What an import did, with one line per failed file ("file: reason")."""

    def __init__(self, summary: str, failures: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle("Import finished with errors" if failures else "Import finished")
        self.setAccessibleName(self.windowTitle())
        self.summary = QLabel(summary)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.errors = QPlainTextEdit()
        self.errors.setObjectName("importErrors")
        self.errors.setReadOnly(True)
        self.errors.setAccessibleName("Files that could not be imported")
        self.errors.setPlainText("\n".join(f"{path}: {reason}" for path, reason in failures))
        self.errors.setVisible(bool(failures))
        caption = QLabel(f"{len(failures)} file(s) could not be imported:" if failures else "")
        caption.setTextFormat(Qt.TextFormat.PlainText)
        caption.setVisible(bool(failures))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(caption)
        layout.addWidget(self.errors, 1)
        layout.addWidget(buttons)
        self.resize(640, 360 if failures else 140)
