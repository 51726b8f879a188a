"""Big content never freezes the window: showing a source is bounded whatever the document.

These tests assert the behaviour that bounds the work (how much text reaches the widget, how it
wraps), never timings."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import update

from timeline_app.gui.source_view import SHOWN_CHARS
from timeline_app.storage.db import Database
from timeline_app.storage.models import Document, Evidence

from .synthetic_data import EventSpec, make_db

SENTENCE = "A Hamas delegation met Bogdanov in Moscow on 3 March 2023."


def replace_text(db_path: Path, before: str, after: str) -> tuple[int, int]:
    """Give the only document a new text around the evidence sentence; returns the span."""
    text = before + SENTENCE + after
    start = len(before)
    db = Database(str(db_path))
    try:
        with db.session() as session:
            session.execute(update(Document).values(text=text, size=len(text.encode())))
            session.execute(update(Evidence).values(start=start, end=start + len(SENTENCE)))
    finally:
        db.close()
    return start, start + len(SENTENCE)


def one_event(tmp_path: Path) -> Path:
    return make_db(tmp_path / "big.sqlite", [EventSpec(SENTENCE, "2023-03-03", delegations=["Hamas"])], tmp_path / "docs")


def shown_quote(window) -> str:  # type: ignore[no-untyped-def]
    a, b = window.source.highlighted_range()
    return window.source.text.toPlainText()[a:b]


def test_a_million_letter_word_wraps_anywhere_and_the_evidence_stays_right(make_window, tmp_path: Path) -> None:
    db = one_event(tmp_path)
    replace_text(db, "Intro.\n\n" + "x" * 1_000_000 + "\n\n", "\n\nThe end.\n")
    window = make_window(db)
    window.show_event(window.timeline.visible_event_ids()[0])
    assert window.source.text.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere
    assert shown_quote(window) == SENTENCE


def test_ordinary_text_keeps_word_wrapping(window) -> None:
    window.show_event(window.timeline.visible_event_ids()[0])
    assert window.source.text.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


def test_a_huge_one_line_document_is_shown_as_an_excerpt_around_the_evidence(make_window, tmp_path: Path) -> None:
    db = one_event(tmp_path)
    filler = "word " * 600_000  # 3,000,000 characters on one line, evidence in the middle
    replace_text(db, filler, " " + filler)
    window = make_window(db)
    window.show_event(window.timeline.visible_event_ids()[0])
    shown = window.source.text.toPlainText()
    assert len(shown) <= SHOWN_CHARS
    assert shown_quote(window) == SENTENCE
    assert "Showing characters" in window.source.header.text() and "of 6,000,0" in window.source.header.text()


def test_open_original_without_a_desktop_launcher_says_so_in_the_window(window, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no xdg-open, no desktop session
    for name in ("XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "GNOME_DESKTOP_SESSION_ID"):
        monkeypatch.delenv(name, raising=False)
    window.show_event(window.timeline.visible_event_ids()[0])
    assert window.source.open_button.isEnabled()
    window.source.open_button.click()
    box = window.source.open_error
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "no program" in box.text() and str(Path(window.source.document.path)) in box.text()
