"""The window opens on compact columns (storage.window_columns) and reads titles and names page
by page: it must show exactly what the full rows say, also for a database many table pages long.

The reference is `load_event_rows` (the rows every exporter uses), never the code under test.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from timeline_app.domain import EventColumns
from timeline_app.gui.event_index import EventIndex, FilterState, mask_indices
from timeline_app.gui.event_table_model import DELEGATIONS, TITLE
from timeline_app.gui.facet_list import COUNT_ROLE, NAME_ROLE
from timeline_app.gui.workers import load_index
from timeline_app.storage.db import Database, bump_revision
from timeline_app.storage.models import Event
from timeline_app.storage.queries import load_event_rows
from timeline_app.storage.event_pages import PagedEvents

from .synthetic_data import bulk_fill

EVENTS = 1500  # many pages of the text cache (64) and of the table's prefetch (112 rows)


@pytest.fixture(scope="module")
def bulk_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """1,500 synthetic events, a few of them curated, reviewed, hidden, undated or malformed."""
    path = tmp_path_factory.mktemp("bulk") / "bulk.sqlite"
    db = bulk_fill(path, EVENTS, documents=50)
    try:
        with db.writing() as session:
            session.execute(update(Event).where(Event.id.in_([3, 30])).values(hidden=True))
            session.execute(update(Event).where(Event.id == 4).values(curated="date", date="2011-07", precision="month", sort_key="2011-07"))
            session.execute(update(Event).where(Event.id == 5).values(reviewed=True))
            session.execute(update(Event).where(Event.id == 6).values(source_gone=True, confidence=0.9))
            session.execute(update(Event).where(Event.id == 7).values(confidence=0.95))
            session.execute(update(Event).where(Event.id == 8).values(date="2021-02-30", sort_key="2021-02-30"))  # not a day
            session.execute(update(Event).where(Event.id == 9).values(date="1999", precision="year", sort_key="1999"))
            bump_revision(session)
    finally:
        db.close()
    return path


def reference(path: Path) -> EventIndex:
    db = Database(str(path), writer=False)
    try:
        with db.session() as session:
            return EventIndex(EventColumns.from_rows(load_event_rows(session)))
    finally:
        db.close()


def test_compact_columns_give_the_same_index_as_the_full_rows(bulk_db: Path) -> None:
    want = reference(bulk_db)
    db = Database(str(bulk_db), writer=False)
    try:
        got = load_index(db).index
        assert list(got.cols.ids) == list(want.cols.ids) and got.size == EVENTS - 2
        assert [got.cols.row(i) for i in range(got.size)] == [want.cols.row(i) for i in range(want.size)]
        assert (list(got.start), list(got.end), got.dated) == (list(want.start), list(want.end), want.dated)
        for name in ("delegation_bits", "official_bits", "type_bits"):
            assert getattr(got, name) == getattr(want, name), name
        for name in ("review_bits", "no_delegation_bits", "no_official_bits", "delegations", "officials",
                     "delegation_counts", "official_counts", "type_counts"):
            assert getattr(got, name) == getattr(want, name), name
        assert [(lane.key, lane.count, lane.by_center, lane.spans) for lane in got.lanes] == \
               [(lane.key, lane.count, lane.by_center, lane.spans) for lane in want.lanes]
        state = FilterState(officials=frozenset(want.officials[::3]), types=frozenset({"call", "visit"}))
        assert got.mask(state) == want.mask(state)
        assert got.facet_counts(state) == want.facet_counts(state)
    finally:
        db.close()


def test_text_fields_are_read_in_pages_and_a_batch_in_one_query(bulk_db: Path) -> None:
    db = Database(str(bulk_db), writer=False)
    try:
        index = load_index(db).index
        paged: PagedEvents = index.cols.paged  # type: ignore[attr-defined]
        calls: list[int] = []
        original = paged._fetch
        paged._fetch = lambda ids: (calls.append(len(ids)), original(ids))[1]  # type: ignore[method-assign]
        assert index.cols.titles[700] and calls == [PagedEvents.PAGE]  # a miss reads the page that follows
        assert index.cols.titles[701] and calls == [PagedEvents.PAGE]
        scattered = list(range(0, index.size, 97))
        index.cols.prefetch(scattered)
        assert len(calls) == 2  # every missing position of a batch in one round trip
        index.cols.prefetch(scattered)
        assert len(calls) == 2
    finally:
        db.close()


def test_a_big_database_shows_right_counts_filters_rows_and_details(make_window, bulk_db: Path, qtbot) -> None:
    want = reference(bulk_db)
    window = make_window(bulk_db)
    assert window.count_label.text() == f"{want.size:,} events"
    delegation = want.delegations[2]
    window.filters.delegations.only(delegation)
    expected = mask_indices(want.mask(FilterState(delegations=frozenset({delegation}))), want.size)
    assert window.count_label.text() == f"{len(expected):,} of {want.size:,} events"
    model = window.table_model
    assert model.rowCount() == len(expected) > 100
    for row in (0, 70, len(expected) - 1):  # beyond the first page of the table
        event_id = model.event_id(row)
        assert event_id == want.cols.ids[expected[row]]
        row_want = want.cols.row(expected[row])
        assert model.index(row, TITLE).data() == row_want.title
        window.show_event(event_id)
        assert window.details.title.text() == row_want.title
        assert window.details.delegations.text() == ", ".join(row_want.delegations)
    officials = window.filters.officials.model  # each name's count: what checking it would show
    shown = {officials.item(r).data(NAME_ROLE): officials.item(r).data(COUNT_ROLE) for r in range(officials.rowCount())}
    assert shown == want.facet_counts(window.state)[1] and sum(shown.values()) > 0
    window.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)  # sorted by SQL, shown in that order
    titles = [model.index(r, TITLE).data() for r in range(model.rowCount())]
    assert titles == sorted(titles, key=str.lower)
    window.filters.delegations.check_all()
    window.table.sortByColumn(DELEGATIONS, Qt.SortOrder.DescendingOrder)
    shown = [model.index(r, DELEGATIONS).data() for r in range(model.rowCount())]
    assert len(shown) == want.size and shown == sorted(shown, key=str.lower, reverse=True)
    assert model.row_of_event(model.event_id(777)) == 777


def test_search_counts_what_the_rows_contain(make_window, bulk_db: Path, qtbot) -> None:
    want = reference(bulk_db)
    window = make_window(bulk_db)
    with qtbot.waitSignal(window.searchApplied, timeout=10_000):
        window.search_box.setText("Doha")
        window.run_search()
    cols = want.cols
    matching = [i for i in range(want.size) if "doha" in cols.titles[i].lower() or "doha" in (cols.locations[i] or "").lower()]
    assert window.count_label.text() == f"{len(matching):,} of {want.size:,} events"
    assert window.timeline.visible_event_ids() == [cols.ids[i] for i in matching]


@pytest.mark.parametrize("value", ["2021-02-04", "2020-02-29", "2021-02-29", "2021-02-30", "2021-04-31", "2021-12",
                                   "2021-13", "2021-00", "1999", "0000", "9998-12-31", "2021-1-5", "abcd", "", None])
def test_the_windows_vectorised_dates_mean_what_the_filters_mean(value: str | None) -> None:
    """The window computes day extents for a million events at once; a date must cover the same
    days as for `export --from/--to` (storage's `partial_date_range`)."""
    import numpy as np

    from timeline_app.gui.event_bits import date_extent
    from timeline_app.storage.window_columns import _digits_to_packed, _events, day_extents, split_date

    year, month, day = (np.array([v]) for v in split_date(value))
    start, end = day_extents(year, month, day)
    got = None if start[0] == float("inf") else (int(start[0]), int(end[0]))
    assert got == date_extent(value)
    # the SQLite path: SQL turns "2021-02-04" into 20210204 (a non-number into 0)
    digits = value.replace("-", "") if value else ""
    events = _events(np.array([1]), _digits_to_packed(np.array([int(digits) if digits.isdigit() else 0])), np.array([0]))
    packed = None if events["start"][0] == float("inf") else (int(events["start"][0]), int(events["end"][0]))
    assert packed == date_extent(value) or value == "2021-1-5"  # a day without its zero: not written by the app
    # the plain scan: dates as stored, parsed by numpy between other dates; a shape the app does
    # not write ("2021-1-5", "abcd") sends the whole load down the general path (None)
    from timeline_app.storage.window_scans import parse_dates

    parsed = parse_dates(f"2021-02-04,{value or ''},1999".encode(), 3)
    if value in ("2021-1-5", "abcd"):
        assert parsed is None
    else:
        assert parsed is not None
        events = _events(np.arange(3), parsed, np.zeros(3, dtype=np.int64))
        plain = None if events["start"][1] == float("inf") else (int(events["start"][1]), int(events["end"][1]))
        assert plain == date_extent(value)
        assert (int(events["start"][2]), int(events["end"][2])) == date_extent("1999")


def test_the_review_list_of_a_big_database_shows_a_first_screenful_and_says_so(make_window, tmp_path: Path) -> None:
    path = tmp_path / "review.sqlite"
    bulk_fill(path, 2100, documents=20).close()  # every synthetic event needs review (confidence 0)
    window = make_window(path)
    review = window.curation.review
    window.curation._open(review)
    assert review.table.rowCount() == 2000
    assert "2,100" in review.caption.text()
    review.close()


def test_dates_the_app_does_not_write_are_read_the_general_way(tmp_path: Path) -> None:
    """A date in another shape (typed by hand, an old import) cannot be parsed at fixed places:
    the window reads that database the general way and still shows what the rows say."""
    path = tmp_path / "odd.sqlite"
    db = bulk_fill(path, 300, documents=10)
    try:
        with db.writing() as session:
            session.execute(update(Event).where(Event.id == 11).values(date="circa 2001", sort_key="circa 2001"))
            session.execute(update(Event).where(Event.id == 12).values(date="2021-1-5", sort_key="2021-1-5"))
            session.execute(update(Event).where(Event.id == 13).values(curated="date", reviewed=True))
            bump_revision(session)
    finally:
        db.close()
    want = reference(path)
    db = Database(str(path), writer=False)
    try:
        got = load_index(db).index
        assert list(got.cols.ids) == list(want.cols.ids)
        assert (list(got.start), list(got.end), got.dated) == (list(want.start), list(want.end), want.dated)
        assert list(got.cols.statuses) == list(want.cols.statuses) and list(got.cols.types) == list(want.cols.types)
    finally:
        db.close()
