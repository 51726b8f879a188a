"""The details panel sizes to its content: every official readable, source rows whole; an
event with thousands of sources shows at once (its list fills in as it is scrolled)."""
from __future__ import annotations

from pathlib import Path

import pytest

from .synthetic_data import FIVE_OFFICIALS, EventSpec, add_evidence, make_db

FIVE = FIVE_OFFICIALS


@pytest.fixture
def five_db(tmp_path: Path) -> Path:
    return make_db(tmp_path / "five.sqlite", [
        EventSpec("Bogdanov and Lavrov received a Hamas delegation led by Haniyeh in Moscow on 3 March 2023.",
                  "2023-03-03", delegations=["Hamas"], hosts=FIVE[:2], members=FIVE[2:], documents=6),
        EventSpec("A second meeting on 4 April 2023.", "2023-04-04", delegations=["Hamas"], hosts=FIVE[:1]),
    ], tmp_path / "docs")


def fully_shown(widget) -> bool:  # type: ignore[no-untyped-def]
    """The widget is at least as tall as its text needs at its width."""
    need = widget.heightForWidth(widget.width()) if widget.hasHeightForWidth() else widget.sizeHint().height()
    return widget.height() >= need


@pytest.mark.parametrize("side_width", [300, 460])
def test_five_officials_and_every_source_row_are_shown_whole(make_window, five_db: Path, qtbot, side_width) -> None:
    window = make_window(five_db, size=(1400, 800))
    window.main_split.setSizes([240, 1400 - 240 - side_width, side_width])
    window.side_split.setSizes([230, 570])  # a short details pane: its content scrolls
    event_id = window.timeline.visible_event_ids()[0]
    window.show_event(event_id)
    details = window.details
    qtbot.waitUntil(lambda: details.officials.text().count("\n") == 4)
    qtbot.wait(50)  # let the layouts settle as a user's eye would
    assert fully_shown(details.officials), (details.officials.height(), details.officials.heightForWidth(details.officials.width()))
    assert fully_shown(details.title)
    # the officials label is not cut by the panel either: its bottom is inside the scrolled content
    inner = details.officials.parentWidget().parentWidget()
    bottom = details.officials.mapTo(inner, details.officials.rect().bottomLeft()).y()
    assert bottom <= inner.height()
    # the source list shows whole rows only (at least three), and the selected row whole
    view = details.source_list
    assert view.count() == 6
    assert view.visibleRegion().boundingRect().height() == view.height()  # in view, not scrolled away
    row_h = view.visualItemRect(view.item(0)).height()
    assert view.viewport().height() % row_h == 0 and view.viewport().height() >= 3 * row_h
    for row in (0, 4, 5, 2):
        details.select_source(row)
        rect = view.visualItemRect(view.item(row))
        assert rect.top() >= 0 and rect.bottom() < view.viewport().height(), (row, rect, view.viewport().height())


def test_an_event_with_thousands_of_sources_lists_them_lazily(make_window, tmp_path: Path, qtbot) -> None:
    db = make_db(tmp_path / "many.sqlite", [
        EventSpec("Hamas delegation met Bogdanov in Moscow on 3 March 2023.", "2023-03-03",
                  delegations=["Hamas"], hosts=FIVE[:1]),
    ], tmp_path / "docs")
    add_evidence(db, 1499)
    window = make_window(db)
    window.show_event(window.timeline.visible_event_ids()[0])
    details = window.details
    assert "1,500" in details.sources_caption.text()
    assert details.source_list.count() <= 200  # bounded: rows are added as the list is scrolled
    bar = details.source_list.verticalScrollBar()
    before = details.source_list.count()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: details.source_list.count() > before)
    details.select_source(1499)
    assert details.source_list.currentRow() == 1499
