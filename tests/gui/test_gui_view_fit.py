"""The view fits what the user asked to see: after the first show (at the window's real width),
after filtering (View > Zoom to Filtered, on by default) and after a date-range change."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from .synthetic_data import EventSpec, make_db


def fitted_view(timeline) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """What Home gives now, without leaving the current view changed."""
    before = timeline.scene.ts
    timeline.scene.fit_all()
    fitted = timeline.view_state()
    timeline.scene.ts = before
    return fitted


def assert_same_view(a: tuple[float, float], b: tuple[float, float]) -> None:
    assert a[0] == pytest.approx(b[0], abs=0.5) and a[1] == pytest.approx(b[1], rel=1e-3)


def test_first_view_is_fitted_at_the_shown_width(make_window, small_db: Path, qtbot) -> None:
    window = make_window(small_db, size=(1600, 900))
    qtbot.waitUntil(lambda: window.timeline.width() > 700)
    assert_same_view(window.timeline.view_state(), fitted_view(window.timeline))
    # the newest event is inside the time area, not pressed against its right edge
    newest = window.timeline.visible_event_ids()
    dated = [i for i in newest if window.index.cols.dates[window.index.id_to_index[i]]]
    rect = window.timeline.event_rect(dated[-1])
    assert rect.right() < window.timeline.scene.time_left + window.timeline.scene.time_width - 20


def test_filtering_and_date_ranges_zoom_to_what_is_shown(make_window, small_db: Path, qtbot) -> None:
    window = make_window(small_db)
    timeline = window.timeline
    assert window.action_zoom_filtered.isChecked()  # on by default
    full = timeline.view_state()
    window.filters.delegations.only("Hamas")
    assert timeline.view_state() != full
    assert_same_view(timeline.view_state(), fitted_view(timeline))

    window.filters.reset()
    window.filters.from_edit.setDate(QDate(2022, 1, 1))
    window.filters.from_check.setChecked(True)
    assert_same_view(timeline.view_state(), fitted_view(timeline))

    # off: a filter change keeps the user's zoom
    window.action_zoom_filtered.setChecked(False)
    timeline.zoom_in()
    kept = timeline.view_state()
    window.filters.delegations.only("Iran")
    assert timeline.view_state() == kept
