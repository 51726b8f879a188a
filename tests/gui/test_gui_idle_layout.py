"""Between paints the timeline lays out the pages left and right of the view, so panning across
a page boundary only draws; what it draws is what a fresh layout of that page would be."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.gui import layout as L

from .synthetic_data import bulk_fill


@pytest.fixture(scope="module")
def dense_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("idle") / "idle.sqlite"
    bulk_fill(path, 3000, documents=50).close()
    return path


def items_of(layout: L.LaneLayout) -> list[tuple[float, int, bool]]:
    return [(round(item.x, 6), item.count, item.is_cluster) for item in layout.items]


@pytest.mark.parametrize("scale", [0.5, 30.0])  # years (density strips), weeks (markers and labels)
def test_a_page_turn_paints_from_layouts_made_while_idle(make_window, dense_db: Path, qtbot, monkeypatch, scale: float) -> None:
    window = make_window(dense_db)
    timeline = window.timeline
    scene = timeline.scene
    index = window.index
    timeline.set_view_state(index.center[index.dated // 2], scale)
    timeline.repaint()
    qtbot.waitUntil(lambda: not timeline.preparing)  # the idle steps have run out of work

    made: list[int] = []
    original = L.layout_lane
    monkeypatch.setattr(L, "layout_lane", lambda *args, **kw: (made.append(1), original(*args, **kw))[1])
    scene.pan(scene.time_width)  # one view width: the next layout page
    timeline.repaint()
    assert made == []  # nothing laid out in that paint
    rows = list(scene.visible_lane_range())
    assert rows
    width = scene.time_width
    page = scene._layout_key[2]
    for k in rows:
        centers, starts, ends, keep = scene.lanes[k].layout_columns()
        fresh = original(centers, starts, ends, L.TimeScale(0.0, scene.ts.scale), (page - 1) * width, (page + 2) * width,
                         scene.text_width, keep=keep)
        assert items_of(scene.lane_layout(k)) == items_of(fresh)


def test_a_filter_change_drops_the_pages_laid_out_for_the_old_filter(make_window, dense_db: Path, qtbot) -> None:
    window = make_window(dense_db)
    timeline = window.timeline
    scene = timeline.scene
    index = window.index
    timeline.set_view_state(index.center[index.dated // 2], 30.0)
    timeline.repaint()
    qtbot.waitUntil(lambda: not timeline.preparing)
    window.filters.delegations.only(index.delegations[0])
    qtbot.waitUntil(lambda: window.timeline.scene.mask.bit_count() < index.size)
    scene.pan(scene.time_width)
    timeline.repaint()
    shown = {index.cols.ids[i] for k in scene.visible_lane_range() for item in scene._visible_items(k)
             for i in [scene.lanes[k].members[p] for p in item.members]}
    assert shown and all(i in set(timeline.visible_event_ids()) for i in shown)
    assert len(scene.lanes) == 1
