"""Ctrl+F searches titles, people, places and quotes; the timeline and the table follow, and the
source viewer marks the words."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest


def search(window, qtbot, words: str) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.timeline.setFocus()
    QTest.keySequence(window, "Ctrl+F") if hasattr(QTest, "keySequence") else window.action_find.trigger()
    assert window.search_box.hasFocus()
    with qtbot.waitSignal(window.searchApplied, timeout=10_000):
        QTest.keyClicks(window.search_box, words)


def qt_text(window, a: int, b: int) -> str:  # type: ignore[no-untyped-def]
    cursor = QTextCursor(window.source.text.document())
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def titles(window) -> set[str]:  # type: ignore[no-untyped-def]
    index = window.index
    return {index.cols.titles[index.id_to_index[i]] for i in window.timeline.visible_event_ids()}


def test_search_filters_by_person_place_and_quote_and_marks_the_words(window, qtbot) -> None:
    total = window.table_model.rowCount()
    search(window, qtbot, "lavrov")  # a person, any case
    index = window.index
    shown = window.timeline.visible_event_ids()
    with_lavrov = {index.cols.ids[i] for i in range(index.size) if any(o[0] == "Sergei Lavrov" for o in index.cols.officials[i])}
    assert set(shown) == with_lavrov and len(shown) == 2
    assert window.table_model.rowCount() == 2
    assert window.count_label.text() == f"2 of {total} events"

    window.search_box.clear()
    with qtbot.waitSignal(window.searchApplied, timeout=10_000):
        QTest.keyClicks(window.search_box, "Doha")  # a place
    assert len(window.timeline.visible_event_ids()) == 1

    window.search_box.clear()
    with qtbot.waitSignal(window.searchApplied, timeout=10_000):
        QTest.keyClicks(window.search_box, "envoys")  # only in the evidence quote
    shown = window.timeline.visible_event_ids()
    assert len(shown) == 1 and "envoys" not in titles(window).pop().casefold()
    window.show_event(shown[0])
    marks = window.source.search_marks()  # Qt positions (the quote's emoji count twice there)
    assert marks and all(qt_text(window, a, b).casefold() == "envoys" for a, b in marks)

    with qtbot.waitSignal(window.searchApplied, timeout=10_000):
        window.search_box.clear()
    assert window.table_model.rowCount() == total and not window.source.search_marks()


def test_search_and_side_filters_combine(window, qtbot) -> None:
    window.filters.delegations.only("Hamas")
    search(window, qtbot, "Moscow")
    index = window.index
    for i in window.timeline.visible_event_ids():
        row = index.id_to_index[i]
        assert "Hamas" in index.cols.delegations[row] and index.cols.locations[row] == "Moscow"
    assert window.timeline.visible_event_ids()
    window.search_box.setFocus()
    QTest.keyClick(window.search_box, Qt.Key.Key_Escape)
