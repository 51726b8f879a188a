"""Event index (filters as bitsets), the fast loader, and text formatting (no widgets)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from timeline_app.domain import EventRow, OfficialRow
from timeline_app.domain import EventColumns
from timeline_app.storage.queries import load_event_columns
from timeline_app.gui.event_index import (
    OTHER_LANE, EventIndex, FilterState, bits_from_indices, date_extent, mask_indices,
)
from timeline_app.gui.formatting import describe_date, format_date, plain_tooltip, qt_text_position
from timeline_app.storage.db import Database
from timeline_app.storage.queries import load_event_rows


def row(i: int, date_: str | None, dels=(), offs=(), type_: str = "meeting") -> EventRow:  # type: ignore[no-untyped-def]
    precision = {10: "day", 7: "month", 4: "year"}.get(len(date_ or ""), "unknown")
    return EventRow(i, f"event {i}", type_, date_, precision, "explicit", "Moscow", tuple(dels),
                    tuple(OfficialRow(o, None, None) for o in offs), 1)


ROWS = [
    row(1, "2019", offs=["Lavrov"]),
    row(2, "2021-02-04", ["Hamas"], ["Bogdanov", "Marzouk"]),
    row(3, "2021-02-05", ["Hamas", "PIJ"], ["Lavrov"], "talks"),
    row(4, "2022-06-15", ["Taliban"]),
    row(5, "2023-10", ["Iran"], ["Bogdanov"]),
    row(6, "2023-10-26", ["Hamas"], ["Bogdanov"], "visit"),
    row(7, None, ["Hamas"], ["Host"]),
]


def index() -> EventIndex:
    return EventIndex(EventColumns.from_rows(ROWS))


def ids(ix: EventIndex, **state) -> list[int]:  # type: ignore[no-untyped-def]
    return ix.ids(ix.mask(FilterState(**state)))


def test_date_extent_covers_day_month_year() -> None:
    assert date_extent("2021-02-04") == (date(2021, 2, 4).toordinal(), date(2021, 2, 5).toordinal())
    assert date_extent("2021-12") == (date(2021, 12, 1).toordinal(), date(2022, 1, 1).toordinal())
    assert date_extent("2021") == (date(2021, 1, 1).toordinal(), date(2022, 1, 1).toordinal())
    assert date_extent(None) is None and date_extent("2021-13") is None and date_extent("soon") is None


def test_bitset_helpers_round_trip() -> None:
    indices = [0, 3, 8, 9, 63, 64, 1000]
    mask = bits_from_indices(indices, 1001)
    assert mask_indices(mask, 1001) == indices
    assert mask_indices(0, 10) == []


def test_no_filter_shows_everything_in_date_order() -> None:
    assert ids(index()) == [1, 2, 3, 4, 5, 6, 7]


def test_all_checked_facet_keeps_events_without_values() -> None:
    ix = index()
    everyone = frozenset(ix.officials)
    # all checked is the same as no filter: event 4 has no official and stays
    assert FilterState(officials=None).officials is None
    assert 4 in ids(ix)
    # some unchecked: the facet is on, events need a checked official
    some = everyone - {"Host"}
    assert ids(ix, officials=some) == [1, 2, 3, 5, 6]
    assert ids(ix, officials=some, without_official=True) == [1, 2, 3, 4, 5, 6]


def test_any_checked_value_passes_and_facets_combine_with_and() -> None:
    ix = index()
    assert ids(ix, delegations=frozenset({"PIJ"})) == [3]
    assert ids(ix, delegations=frozenset({"Hamas"})) == [2, 3, 6, 7]
    assert ids(ix, delegations=frozenset({"Hamas"}), officials=frozenset({"Bogdanov"})) == [2, 6]
    assert ids(ix, delegations=frozenset({"Hamas", "Iran"}), officials=frozenset({"Bogdanov"})) == [2, 5, 6]
    assert ids(ix, delegations=frozenset(), without_delegation=True) == [1]
    assert ids(ix, types=frozenset({"talks", "visit"})) == [3, 6]


def test_date_range_overlaps_months_and_years_and_hides_undated() -> None:
    ix = index()
    oct_1 = date(2023, 10, 1).toordinal()
    assert ids(ix, date_from=date(2023, 10, 20).toordinal()) == [5, 6]  # the month 2023-10 overlaps
    assert ids(ix, date_to=oct_1) == [1, 2, 3, 4, 5]
    assert ids(ix, date_from=date(2019, 6, 1).toordinal(), date_to=date(2019, 6, 2).toordinal()) == [1]


def test_lanes_follow_delegations_with_an_other_lane() -> None:
    ix = index()
    state = FilterState()
    lanes = ix.lanes_for(state, ix.mask(state))
    names = [view.lane.key for view in lanes]
    assert names[0] == "Hamas"  # most events first
    assert set(names) == {"Hamas", "PIJ", "Taliban", "Iran", OTHER_LANE}
    hamas = {view.lane.key: view.members for view in lanes}["Hamas"]
    assert [ix.cols.ids[i] for i in hamas] == [2, 3, 6]  # the undated one is not in a lane
    only = FilterState(delegations=frozenset({"Iran"}))
    assert [view.lane.key for view in ix.lanes_for(only, ix.mask(only))] == ["Iran"]
    narrowed = FilterState(types=frozenset({"talks"}))
    (pij,) = [v for v in ix.lanes_for(narrowed, ix.mask(narrowed)) if v.lane.key == "PIJ"]
    assert [ix.cols.ids[i] for i in pij.members] == [3] and list(pij.centers) == [ix.center[pij.members[0]]]


def test_undated_events_are_last_and_listed() -> None:
    ix = index()
    assert ix.dated == 6
    assert [ix.cols.ids[i] for i in ix.undated_indices(ix.all_mask)] == [7]


def test_malformed_dates_are_sorted_as_undated() -> None:
    rows = [row(1, "2021-02-31"), row(2, "2020-01-01"), row(3, None)]
    ix = EventIndex(EventColumns.from_rows(rows))
    assert ix.cols.ids == [2, 1, 3] and ix.dated == 1


def test_fast_loader_matches_load_event_rows(small_db: Path) -> None:
    db = Database(str(small_db), writer=False)
    try:
        with db.session() as session:
            assert load_event_columns(session) == EventColumns.from_rows(load_event_rows(session))
            rows = load_event_rows(session)
            cols = load_event_columns(session)
            assert [cols.row(i) for i in range(len(cols))] == rows
    finally:
        db.close()


def test_dates_read_like_the_details_panel() -> None:
    assert format_date("2021-02-04") == "4 Feb 2021"
    assert format_date("2021-02") == "Feb 2021"
    assert format_date(None) == "Undated"
    assert describe_date("2021-02-04", "day", "relative") == "4 Feb 2021 (day; worked out from the article's date)"
    assert describe_date("2023-10", "month", "explicit") == "Oct 2023 (month; stated in the text)"


def test_tooltips_escape_markup() -> None:
    tip = plain_tooltip('<a href="javascript:alert(1)">x</a> <img src="y.png"> <b>bold</b>')
    assert tip.startswith("<qt>") and "<a " not in tip and "<img" not in tip and "<b>" not in tip
    assert "&lt;a href=&quot;javascript:alert(1)&quot;&gt;" in tip


def test_qt_positions_count_utf16_and_windows_line_ends() -> None:
    text = "😀 ab\r\ncd"
    assert qt_text_position(text, 1) == 2  # the emoji is two UTF-16 units
    assert qt_text_position(text, text.index("c")) == text.index("c") + 1 - 1


def test_sparse_and_dense_lane_filters_agree() -> None:
    ix = index()
    for state in (FilterState(), FilterState(types=frozenset({"talks"})), FilterState(officials=frozenset({"Bogdanov"})),
                  FilterState(delegations=frozenset({"Hamas"}), without_delegation=True)):
        mask = ix.mask(state)
        dense = ix.lanes_for(state, mask)
        wanted = [v.lane for v in dense]
        sparse = ix._sparse_lanes(wanted, mask & ix.dated_mask)
        assert [(v.lane.key, v.members, list(v.centers), list(v.starts), list(v.ends), v.spans) for v in dense] == \
               [(v.lane.key, v.members, list(v.centers), list(v.starts), list(v.ends), v.spans) for v in sparse]
