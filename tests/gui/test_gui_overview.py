"""The overview reads at any scale: markers until they would overlap, small clusters where they
do, density strips where a lane is too full, and lane counts that match the filter lists."""
from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest

from timeline_app.gui import layout as L

from .synthetic_data import bulk_fill


def day(y: int, m: int = 1, d: int = 1) -> float:
    return float(date(y, m, d).toordinal())


def width7(text: str) -> float:
    return 7.0 * len(text)


def spread(n: int, first: float, last: float, seed: int = 3) -> tuple[list[float], list[float], list[float]]:
    rng = random.Random(seed)
    starts = sorted(rng.uniform(first, last) for _ in range(n))
    return [s + 0.5 for s in starts], starts, [s + 1 for s in starts]


def test_57_events_over_five_years_are_markers_not_one_pill() -> None:
    centers, starts, ends = spread(57, day(2019), day(2024))
    ts = L.fit_scale(day(2019), day(2024), 1000)
    out = L.layout_lane(centers, starts, ends, ts, -1000, 2000, width7)
    assert not out.binned
    singles = [item for item in out.items if not item.is_cluster]
    assert len(out.items) >= 25 and len(singles) >= 10 and max(item.count for item in out.items) <= 8
    for item in out.items:  # a cluster only gathers markers that overlap: a few px, never years
        assert item.x_last - item.x_first < L.MAX_CLUSTER_PX
    for a, b in zip(out.items, out.items[1:]):
        if not a.is_cluster and not b.is_cluster:
            assert b.x - a.x >= L.MIN_GAP  # separate markers never overlap


def test_markers_that_do_not_overlap_stay_separate_without_labels() -> None:
    days = [day(2021) + 10 * k for k in range(6)]  # 20 px apart at 2 px/day: room for markers, not labels
    centers, starts, ends = [d + 0.5 for d in days], days, [d + 1 for d in days]
    out = L.layout_lane(centers, starts, ends, L.TimeScale(day(2021) - 10, 2.0), 0, 1000, width7)
    assert [item.count for item in out.items] == [1] * 6
    assert all(item.label_room == 0 for item in out.items[:-1])  # labels dropped, markers kept


def test_a_lane_too_dense_for_markers_is_a_density_strip() -> None:
    centers, starts, ends = spread(5000, day(2000), day(2024))
    ts = L.fit_scale(day(2000), day(2024), 1000)
    out = L.layout_lane(centers, starts, ends, ts, -1000, 2000, width7)
    assert out.binned and out.peak > 1
    assert all(item.right - item.left == L.BIN_PX for item in out.items)
    assert sum(item.count for item in out.items) == 5000
    assert len(out.items) > 100  # counts per bucket, not a handful of pills


@pytest.fixture
def big_db(tmp_path: Path) -> Path:
    path = tmp_path / "big.sqlite"
    bulk_fill(path, 240, documents=60).close()
    return path


def test_fit_all_with_240_events_draws_markers_and_density_not_one_pill_per_lane(make_window, big_db: Path) -> None:
    window = make_window(big_db, size=(1500, 900))
    scene = window.timeline.scene
    window.timeline.fit_all()
    assert scene.lanes
    for k, lane in enumerate(scene.lanes):
        layout = scene.lane_layout(k)
        items = [item for item in layout.items if scene.time_left <= item.x + scene._shift <= scene.width]
        if lane.count >= 3:
            assert len(items) >= 2, (lane.lane.name, [(i.count, i.x) for i in items])
        assert all(item.x_last - item.x_first < L.MAX_CLUSTER_PX for item in items)


def test_lane_counts_say_dated_plus_undated_like_the_filter_list(window) -> None:
    scene = window.timeline.scene
    names = [lane.lane.name for lane in scene.lanes]
    hamas = names.index("Hamas")
    assert scene.lane_count_text(hamas) == "3 + 1 undated"
    assert window.index.delegation_counts["Hamas"] == 3 + 1
    assert scene.lane_count_text(names.index("Iran")) == "1"


def test_clicking_a_density_bar_zooms_into_it(make_window, tmp_path: Path, qtbot) -> None:
    from PySide6.QtCore import QPoint, Qt

    path = tmp_path / "dense.sqlite"
    bulk_fill(path, 3000, documents=60).close()
    window = make_window(path, size=(1500, 900))
    timeline, scene = window.timeline, window.timeline.scene
    timeline.fit_all()
    layout = scene.lane_layout(0)
    assert layout.binned
    item = next(i for i in layout.items if i.count > 1 and scene.time_left + 50 < i.x + scene._shift < scene.width - 50)
    rect = scene.item_rect(0, item)
    before = scene.ts.scale
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(int(rect.center().x()), int(rect.center().y())))
    assert scene.ts.scale >= 2 * before
    left, right = timeline.visible_range()
    assert left <= (item.t0 + item.t1) / 2 <= right
