"""The source viewer: a document's stored text, read-only, with the evidence highlighted.

The text is shown with `setPlainText` only (never HTML), so an article's `<a href>`, `<img>`
or `javascript:` stays literal text and nothing is fetched. Evidence offsets are Python code
point offsets into `DocumentText.text`; they are converted to Qt positions (UTF-16 units,
Windows line ends collapsed) before highlighting.

The highlight is visible to code twice: as extra selections (every span of the event in this
document, the current one first) and as the text cursor's selection (the current span).
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QPalette, QTextCharFormat, QTextCursor, QTextFormat, QTextOption
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QMessageBox, QPlainTextEdit, QPushButton, QTextEdit, QVBoxLayout, QWidget,
)

from ..domain import DocumentText
from ..storage.queries import DocumentExcerpt
from .dialogs import show_message
from .formatting import format_date, qt_text_position


MAX_MARKS = 500  # search matches marked in one document (enough to see; bounded work)
SHOWN_CHARS = 200_000  # a document longer than this is shown as an excerpt around the evidence
LONG_TOKEN = re.compile(r"\S{1000}")  # a "word" this long cannot wrap at word boundaries


class SourceView(QWidget):
    """Document text with highlighted evidence, source switching and "open original"."""

    previousRequested = Signal()
    nextRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceView")
        self.setAccessibleName("Source document")
        self.document: DocumentText | DocumentExcerpt | None = None
        self.open_error: QMessageBox | None = None  # the last "cannot open" message (tests read it)
        self.search_words = ""  # marked wherever they occur in the shown text
        self.spans: list[tuple[int, int]] = []
        self.header = QLabel("No source selected")
        self.header.setObjectName("sourceHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setAccessibleName("Source file")
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit()
        self.text.setObjectName("sourceText")
        self.text.setAccessibleName("Source text")
        self.text.setAccessibleDescription("The document's text; the evidence for the event is highlighted")
        self.text.setReadOnly(True)
        self.text.setUndoRedoEnabled(False)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.previous_button = QPushButton("‹ &Previous source")
        self.next_button = QPushButton("&Next source ›")
        self.open_button = QPushButton("Open ori&ginal file")
        for button, name in ((self.previous_button, "Previous source"), (self.next_button, "Next source"),
                             (self.open_button, "Open the original file in the system's viewer")):
            button.setAccessibleName(name)
            button.setAutoDefault(False)
            button.setEnabled(False)
        self.previous_button.clicked.connect(self.previousRequested)
        self.next_button.clicked.connect(self.nextRequested)
        self.open_button.clicked.connect(self.open_original)

        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)

    # ------------------------------------------------------------------ content
    def clear(self) -> None:
        self.document = None
        self.spans = []
        self.header.setText("No source selected")
        self.text.setExtraSelections([])
        self.text.clear()
        for button in (self.previous_button, self.next_button, self.open_button):
            button.setEnabled(False)

    def show_missing(self, path: str) -> None:
        self.clear()
        self.header.setText(f"{path}\nThis document is no longer in the database (refresh with F5).")

    def show_source(
        self, document: DocumentText | DocumentExcerpt, spans: list[tuple[int, int]], number: int, total: int,
        published: str | None,
    ) -> None:
        """Show `document` with `spans` highlighted; spans[0] is the current evidence.

        Spans are offsets into the whole document; an excerpt (`DocumentExcerpt.offset`) shifts
        them and leaves out those outside it. Text with a token too long to wrap at word
        boundaries wraps anywhere: Qt's word-boundary search over one huge token goes quadratic
        (a 1,000,000-letter word took minutes).
        """
        offset = getattr(document, "offset", 0)
        whole = getattr(document, "total", len(document.text))
        if self.document is None or self.document.id != document.id or getattr(self.document, "offset", 0) != offset \
                or self.text.document().isEmpty():
            long_token = LONG_TOKEN.search(document.text) is not None
            self.text.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere if long_token
                                      else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            self.text.setPlainText(document.text)
        self.document = document
        end = offset + len(document.text)
        self.spans = [(a - offset, b - offset) for a, b in spans if offset <= a and b <= end]
        when = f" · published {format_date(published)}" if published else ""
        part = "" if offset == 0 and end == whole else \
            f"\nShowing characters {offset + 1:,}–{end:,} of {whole:,} (open the original file for all of it)"
        self.header.setText(f"Source {number} of {total}: {Path(document.path).name}{when}\n{document.path}{part}")
        self.previous_button.setEnabled(number > 1)
        self.next_button.setEnabled(number < total)
        self.open_button.setEnabled(True)
        self._highlight()

    def _highlight(self) -> None:
        assert self.document is not None
        text = self.document.text
        palette = self.text.palette()
        strong = QTextCharFormat()
        strong.setBackground(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight))
        strong.setForeground(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText))
        light = QTextCharFormat()
        tint = QColor(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight))
        tint.setAlpha(80)
        light.setBackground(tint)
        selections = []
        cursors = []
        for n, (start, end) in enumerate(self.spans):
            a, b = qt_text_position(text, start), qt_text_position(text, end)
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(a)
            cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = strong if n == 0 else light  # type: ignore[attr-defined]
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, False)  # type: ignore[attr-defined]
            selections.append(selection)
            cursors.append((a, b))
        self.text.setExtraSelections(self._search_selections() + selections)
        if cursors:
            a, b = cursors[0]
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(b)
            cursor.setPosition(a, QTextCursor.MoveMode.KeepAnchor)
            self.text.setTextCursor(cursor)
            self.text.centerCursor()

    def set_search(self, words: str) -> None:
        """Mark `words` (case-insensitive) in the text shown now and in every text shown later."""
        self.search_words = words
        if self.document is not None:
            self._highlight()

    def search_marks(self) -> list[tuple[int, int]]:
        """Qt positions of the search matches marked now."""
        return [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in self.text.extraSelections()
                if s.format.property(QTextFormat.Property.UserProperty) == "search"]

    def _search_selections(self) -> list[QTextEdit.ExtraSelection]:
        if not self.search_words:
            return []
        mark = QTextCharFormat()
        mark.setBackground(QColor(255, 214, 0, 150))
        mark.setProperty(QTextFormat.Property.UserProperty, "search")
        out = []
        document = self.text.document()
        cursor = document.find(self.search_words, 0)
        while not cursor.isNull() and len(out) < MAX_MARKS:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = mark  # type: ignore[attr-defined]
            out.append(selection)
            cursor = document.find(self.search_words, cursor)
        return out

    def highlighted_range(self) -> tuple[int, int] | None:
        """The current evidence as Qt positions (what tests compare against)."""
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            return None
        return cursor.selectionStart(), cursor.selectionEnd()

    # ------------------------------------------------------------------ actions
    def open_original(self) -> None:
        """Open the local document in the system's viewer; never anything but that file."""
        if self.document is None:
            return
        path = Path(self.document.path)
        if not path.is_absolute() or not path.is_file():
            show_message(
                self, QMessageBox.Icon.Information, "Original file not found",
                f"The original file is no longer at\n{self.document.path}\n\nIts text is still in the database.",
            )
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            # no desktop launcher (xdg-open and the like): Qt only warns on stderr
            self.open_error = show_message(
                self, QMessageBox.Icon.Information, "No program to open the file",
                f"This system has no program set up to open files (such as xdg-open).\n\n"
                f"The original file is at\n{path}",
            )
