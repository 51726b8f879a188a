"""Side panels hide to widen the timeline; filter-list counts follow the other filters."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtTest import QTest


def test_hiding_the_side_panels_widens_the_timeline_and_is_remembered(make_window, small_db: Path, settings, qtbot) -> None:
    window = make_window(small_db)
    before = window.timeline.width()
    window.action_show_filters.trigger()
    window.action_show_details.trigger()
    qtbot.waitUntil(lambda: window.timeline.width() > before + 400)
    assert not window.filters.isVisible() and not window.details.isVisible()
    window.close()
    again = make_window(small_db, settings_obj=settings)
    assert not again.action_show_filters.isChecked() and not again.filters.isVisible()
    again.action_show_filters.trigger()
    assert again.filters.isVisible()


def test_filter_list_counts_follow_the_other_filters(window) -> None:
    dels, offs = window.filters.delegations, window.filters.officials
    assert dels.count_of("Hamas") == 4 and dels.count_of("Iran") == 1
    offs.only("Sergei Lavrov")
    assert dels.count_of("Hamas") == 1 and dels.count_of("Iran") == 0
    assert dels.count_of("Palestinian Islamic Jihad") == 1
    # a list does not count against its own choice: every official keeps its number
    assert offs.count_of("Mikhail Bogdanov") == 3
    assert window.filters.type_boxes["talks"].text() == "Talks (1)"
    dels.only("Iran")
    assert offs.count_of("Mikhail Bogdanov") == 1 and offs.count_of("Sergei Lavrov") == 0
    window.filters.reset()
    assert dels.count_of("Hamas") == 4
