"""Pure layout rules (no widgets): time↔x, ticks that never overlap, clustering, chips."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_app.gui import layout as L


def width7(text: str) -> float:
    """A stand-in font: 7 px per character."""
    return 7.0 * len(text)


def day(y: int, m: int = 1, d: int = 1) -> float:
    return float(date(y, m, d).toordinal())


# ----------------------------------------------------------------------------- time scale

def test_x_and_t_are_inverse() -> None:
    ts = L.TimeScale(day(2021), 3.5)
    for t in (day(2020), day(2021, 6, 15), day(2030)):
        assert ts.t(ts.x(t)) == pytest.approx(t)
    assert ts.x(day(2021)) == 0
    assert ts.x(day(2021, 1, 11)) == pytest.approx(35.0)


def test_zoom_keeps_the_day_under_the_anchor() -> None:
    ts = L.TimeScale(day(2021), 2.0)
    anchor = 300.0
    before = ts.t(anchor)
    zoomed = ts.zoomed(4.0, anchor)
    assert zoomed.scale == 8.0
    assert zoomed.t(anchor) == pytest.approx(before)


def test_zoom_is_clamped() -> None:
    ts = L.TimeScale(0, 1.0)
    assert ts.zoomed(1e9, 0).scale == L.MAX_SCALE
    assert ts.zoomed(1e-9, 0).scale == L.MIN_SCALE


def test_fit_scale_shows_the_range_with_margins() -> None:
    ts = L.fit_scale(day(2001), day(2021), 1000)
    assert 0 < ts.x(day(2001)) < 100
    assert 900 < ts.x(day(2021)) < 1000


# ----------------------------------------------------------------------------- ticks

SCALES = [0.01, 0.03, 0.1, 0.3, 0.7, 1.0, 2.0, 3.0, 5.0, 12.0, 30.0, 80.0, 300.0, 1200.0]


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("width_fn", [width7, lambda s: 11.0 * len(s) + 3])
def test_tick_labels_never_overlap(scale: float, width_fn) -> None:  # type: ignore[no-untyped-def]
    for origin in (day(1999, 12, 20), day(2021, 2, 27), day(2024, 2, 15)):
        axis = L.axis_ticks(L.TimeScale(origin, scale), 1200, width_fn)
        for row in (axis.fine, axis.coarse):
            for a, b in zip(row, row[1:]):
                assert a.x + L.TICK_PAD + width_fn(a.text) <= b.x, (scale, a, b)
        assert len(axis.fine) <= 1200 / width_fn("2") + 2


def test_ticks_adapt_from_decades_to_days() -> None:
    units = [L.axis_ticks(L.TimeScale(day(2020), s), 1200, width7).unit for s in (0.01, 0.1, 2.0, 50.0)]
    assert units == ["year", "year", "month", "day"]
    decades = L.axis_ticks(L.TimeScale(day(1900), 0.01), 1200, width7)
    assert decades.step >= 10
    days = L.axis_ticks(L.TimeScale(day(2021, 2, 1), 100.0), 1200, width7)
    assert [t.text for t in days.fine if t.x >= 0][:3] == ["1", "2", "3"]
    assert days.coarse and days.coarse[0].text == "February 2021"


def test_month_ticks_name_months_and_years() -> None:
    axis = L.axis_ticks(L.TimeScale(day(2021), 2.0), 1200, width7)
    assert axis.unit == "month"
    assert "Jan" in [t.text for t in axis.fine]
    assert [t.text for t in axis.coarse][:2] == ["2021", "2022"]


# ----------------------------------------------------------------------------- clustering

def lane(days: list[float], length: float = 1.0):  # type: ignore[no-untyped-def]
    starts = sorted(days)
    ends = [s + length for s in starts]
    centers = [(s + e) / 2 for s, e in zip(starts, ends)]
    return centers, starts, ends


def test_far_apart_events_get_their_own_markers_and_labels() -> None:
    centers, starts, ends = lane([day(2021, 1, 1), day(2021, 6, 1)])
    ts = L.TimeScale(day(2020, 12, 1), 3.0)
    out = L.layout_lane(centers, starts, ends, ts, 0, 2000, width7)
    assert [item.count for item in out.items] == [1, 1]
    assert out.items[0].label_room > 100


def test_close_events_cluster_and_split_when_zoomed_in() -> None:
    centers, starts, ends = lane([day(2021, 2, 4), day(2021, 2, 5), day(2021, 2, 6)])
    coarse = L.layout_lane(centers, starts, ends, L.TimeScale(day(2020), 0.5), 0, 2000, width7)
    assert [item.count for item in coarse.items] == [3]
    assert coarse.items[0].t0 == day(2021, 2, 4) and coarse.items[0].t1 == day(2021, 2, 7)
    fine = L.layout_lane(centers, starts, ends, L.TimeScale(day(2021, 2, 1), 100.0), 0, 2000, width7)
    assert [item.count for item in fine.items] == [1, 1, 1]
    xs = [item.x for item in fine.items]
    assert all(b - a >= L.MIN_GAP for a, b in zip(xs, xs[1:]))


def test_labels_never_reach_the_next_marker() -> None:
    days = [day(2021, 1, 1) + k * 9 for k in range(30)]
    centers, starts, ends = lane(days)
    out = L.layout_lane(centers, starts, ends, L.TimeScale(day(2021), 6.0), 0, 3000, width7)
    for a, b in zip(out.items, out.items[1:]):
        assert a.right + a.label_room <= b.left


def test_same_day_events_separate_at_the_deepest_zoom() -> None:
    same = [day(2023, 10, 26)] * 4
    centers, starts, ends = lane(same)
    out = L.layout_lane(centers, starts, ends, L.TimeScale(day(2023, 10, 26) - 0.2, L.MAX_SCALE), 0, 1600, width7)
    assert [item.count for item in out.items] == [1, 1, 1, 1]


def test_month_events_spread_over_their_month() -> None:
    start, end = day(2021, 2, 1), day(2021, 3, 1)
    centers, starts, ends = [(start + end) / 2] * 2, [start] * 2, [end] * 2
    out = L.layout_lane(centers, starts, ends, L.TimeScale(start, 40.0), 0, 2000, width7)
    assert [item.count for item in out.items] == [1, 1]
    ts = L.TimeScale(start, 40.0)
    assert all(ts.x(start) <= item.x <= ts.x(end) for item in out.items)


def test_dense_lanes_are_binned_with_bounded_items() -> None:
    days = [day(1990) + k * 0.37 for k in range(50_000)]
    centers, starts, ends = lane(days)
    ts = L.TimeScale(day(1990), 0.05)
    out = L.layout_lane(centers, starts, ends, ts, -1600, 3200, width7)
    assert out.binned
    assert len(out.items) <= 4800 / L.BIN_PX + 2
    in_window = sum(1 for c in centers if -1600 <= ts.x(c) <= 3200)
    assert sum(item.count for item in out.items) == in_window
    for a, b in zip(out.items, out.items[1:]):
        assert a.right <= b.left


def test_item_of_finds_members() -> None:
    centers, starts, ends = lane([day(2021, 2, 4), day(2021, 2, 5), day(2022, 1, 1)])
    out = L.layout_lane(centers, starts, ends, L.TimeScale(day(2020), 0.5), 0, 2000, width7)
    assert out.item_of(0) is out.item_of(1)
    assert out.item_of(2) is not out.item_of(0)


# ----------------------------------------------------------------------------- undated chips

def test_chips_page_when_they_do_not_fit() -> None:
    widths = [100.0] * 20
    more = lambda n: 60.0  # noqa: E731
    first = L.layout_chips(widths, 0, 500, more)
    kinds = [c.kind for c in first]
    assert kinds[-1] == "later" and "earlier" not in kinds
    shown = [c.position for c in first if c.kind == "event"]
    assert shown == list(range(len(shown)))
    assert first[-1].x + first[-1].width <= 500
    later = L.layout_chips(widths, shown[-1] + 1, 500, more)
    assert later[0].kind == "earlier" and later[0].count == shown[-1] + 1
    everything = L.layout_chips([50.0, 50.0], 0, 500, more)
    assert [c.kind for c in everything] == ["event", "event"]
