"""The shortcuts that make 100,000 events fast give exactly the answers of the plain ways.

Each fast path (lanes as `keep` flags over the lane's columns, layout over those flags, table
rows found in the mask on demand, `multiData`, the bitset builders, the loader's queries) is
checked against the straightforward computation it replaces.
"""
from __future__ import annotations

import gc
import random
import sqlite3
from itertools import compress
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline_app.domain import EventColumns, EventRow, OfficialRow
from timeline_app.gui import layout as L
from timeline_app.gui.event_index import EventIndex, FilterState, bits_from_indices, mask_indices
from timeline_app.gui.event_table_model import COLUMNS, MaskRows
from timeline_app.storage.db import Database
from timeline_app.storage.queries import gc_paused, load_event_columns

from .synthetic_data import bulk_fill


def width7(text: str) -> float:
    return 7.0 * len(text)


def random_rows(n: int, seed: int) -> list[EventRow]:
    rng = random.Random(seed)
    dels = ["Hamas", "Iran", "Taliban", "Houthis", "PIJ"]
    offs = [f"Official {k}" for k in range(30)]
    rows = []
    for i in range(1, n + 1):
        roll = rng.random()
        day = 730000 + rng.randrange(4000)
        from datetime import date
        d = date.fromordinal(day)
        value = None if roll < 0.05 else d.strftime("%Y-%m") if roll < 0.15 else d.strftime("%Y") if roll < 0.2 else d.isoformat()
        names = rng.sample(dels, rng.choice((0, 1, 1, 1, 2)))
        people = [rng.choice(offs) for _ in range(rng.choice((0, 1, 1, 2)))]  # may repeat a name
        rows.append(EventRow(i, f"event {i}", rng.choice(("visit", "meeting", "talks", "call")), value,
                             "day", "explicit", "Moscow", tuple(names), tuple(OfficialRow(o, None, None) for o in people), 1))
    rows.sort(key=lambda r: (r.date or "9999", r.id))
    return rows


@pytest.fixture(scope="module")
def big_index() -> EventIndex:
    return EventIndex(EventColumns.from_rows(random_rows(3000, 5)))


# ----------------------------------------------------------------------------- bitsets

@given(st.lists(st.integers(0, 4999), unique=True), st.integers(5000, 5100))
def test_bits_from_indices_sparse_and_dense_agree(indices: list[int], size: int) -> None:
    expected = sum(1 << i for i in indices)
    assert bits_from_indices(sorted(indices), size) == expected
    assert mask_indices(expected, size) == sorted(indices)


@pytest.mark.parametrize("step", [1, 3, 31, 97])
def test_bits_from_indices_dense_lists(step: int) -> None:
    indices = list(range(5, 20000, step))
    assert bits_from_indices(indices, 20001) == sum(1 << i for i in indices)
    assert bits_from_indices(iter(indices), 20001) == sum(1 << i for i in indices)


def test_index_facets_match_a_plain_count(big_index: EventIndex) -> None:
    ix = big_index
    cols = ix.cols
    for name, bits in ix.official_bits.items():
        events = [i for i in range(ix.size) if any(o[0] == name for o in cols.officials[i])]
        assert mask_indices(bits, ix.size) == events and ix.official_counts[name] == len(events)
    for name, bits in ix.type_bits.items():
        events = [i for i in range(ix.size) if cols.types[i] == name]
        assert mask_indices(bits, ix.size) == events and ix.type_counts[name] == len(events)
    assert mask_indices(ix.no_delegation_bits, ix.size) == [i for i in range(ix.size) if not cols.delegations[i]]


# ----------------------------------------------------------------------------- lanes and layout

STATES = [
    FilterState(types=frozenset({"visit", "meeting", "talks"})),
    FilterState(officials=frozenset(f"Official {k}" for k in range(1, 30))),
    FilterState(officials=frozenset(f"Official {k}" for k in range(0, 30, 2)), without_official=True),
    FilterState(delegations=frozenset({"Hamas", "Iran"}), types=frozenset({"call", "talks", "visit"})),
    FilterState(date_from=731000, date_to=733500),
]


@pytest.mark.parametrize("state", STATES)
def test_kept_lanes_read_like_compressed_lists(big_index: EventIndex, state: FilterState) -> None:
    ix = big_index
    mask = ix.mask(state)
    flags = [mask >> i & 1 for i in range(ix.size)]
    views = ix.lanes_for(state, mask)
    assert any(v.keep is not None for v in views)  # the dense shape is exercised
    for view in views:
        lane = view.lane
        members = [i for i in lane.by_center if flags[i]]
        assert view.members == members and view.count == len(members)
        assert list(view.centers) == [ix.center[i] for i in members]
        assert list(view.starts) == [ix.start[i] for i in members]
        assert list(view.ends) == [ix.end[i] for i in members]
        assert view.spans == [i for i in lane.spans if flags[i]]
        assert view.span_starts == [ix.start[i] for i in view.spans]
        assert view.time_extent() == (min(list(view.starts)[:64]), max(list(view.ends)[-64:]))
        for p, event in enumerate(lane.by_center):
            want = members.index(event) if flags[event] else -1
            assert view.position_of(event, ix.center[event]) == want


@pytest.mark.parametrize("scale", [0.05, 0.5, 3.0, 30.0, 400.0])
@pytest.mark.parametrize("state", STATES)
def test_layout_over_keep_flags_equals_layout_of_the_filtered_lists(big_index: EventIndex, state: FilterState,
                                                                      scale: float) -> None:
    ix = big_index
    for view in ix.lanes_for(state, ix.mask(state)):
        if view.keep is None:
            continue
        lane, keep = view.lane, view.keep
        filtered = [list(compress(c, keep)) for c in (lane.centers, lane.starts, lane.ends)]
        for x_lo in (-3000.0, 731500 * scale - 1500, 732500 * scale):
            for dense_limit in (400, 20):
                args = (L.TimeScale(0.0, scale), x_lo, x_lo + 4000, width7)
                plain = L.layout_lane(*filtered, *args, dense_limit=dense_limit)
                fast = L.layout_lane(lane.centers, lane.starts, lane.ends, *args, dense_limit=dense_limit, keep=keep)
                assert fast.binned == plain.binned
                assert [(i.x, list(i.members), i.t0, i.t1, i.x_first, i.x_last, i.label_room, i.half_width) for i in fast.items] == \
                       [(i.x, list(i.members), i.t0, i.t1, i.x_first, i.x_last, i.label_room, i.half_width) for i in plain.items]


# ----------------------------------------------------------------------------- table rows

@settings(max_examples=60)
@given(st.integers(0, 2 ** 9000 - 1), st.booleans())
@example(0b1011 | 1 << 8300 | 1 << 8999, False)  # empty blocks in between (blocks of 4,096 bits)
@example(1 << 4096 | 1 << 4095, True)
@example((1 << 9000) - 1, True)
def test_mask_rows_are_the_set_bits_found_on_demand(mask: int, reverse: bool) -> None:
    size = 9000
    expected = mask_indices(mask, size)
    if reverse:
        expected.reverse()
    rows = MaskRows(mask, size, reverse)
    assert len(rows) == len(expected)
    assert [rows[r] for r in range(len(rows))] == expected
    if expected:
        assert rows[-1] == expected[-1] and rows[1:4] == expected[1:4]
        for r in random.Random(mask % 1000).sample(range(len(expected)), min(20, len(expected))):
            assert rows.rank(expected[r]) == r
    missing = next((i for i in range(size) if not mask >> i & 1), None)
    if missing is not None:
        assert rows.rank(missing) == -1
    with pytest.raises(IndexError):
        rows[len(expected)]


def test_multidata_answers_like_data(window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt

    model = window.table_model
    roles = [Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
             Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.DisplayRole,
             Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole,
             Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1]
    for sort in range(len(COLUMNS)):
        window.table.sortByColumn(sort, Qt.SortOrder.DescendingOrder if sort % 2 else Qt.SortOrder.AscendingOrder)
        for row in range(model.rowCount()):
            for column in range(len(COLUMNS)):
                index = model.index(row, column)
                # data() reads a row's words when asked; a paint's multiData() only uses what has
                # been read (it asks for the rest in the background): once read, they agree
                expected = [model.data(index, role) for role in roles]
                answers = []
                for role in roles:
                    role_data = QModelRoleData(int(role))
                    role_data.setData("stale")  # a reused span: roles without an answer are cleared
                    model.multiData(index, QModelRoleDataSpan(role_data))
                    answers.append(role_data.data())
                assert answers == expected


# ----------------------------------------------------------------------------- loader

def test_loader_matches_plain_sql_with_odd_rows(tmp_path: Path) -> None:
    path = tmp_path / "odd.sqlite"
    bulk_fill(path, 400, seed=11, documents=20).close()
    con = sqlite3.connect(path)
    con.execute("update events set date='2021-13', sort_key='2021-13' where id in (5, 17)")
    con.execute("update events set date='soon', sort_key='soon' where id = 23")
    con.execute("update mentions set event_id=NULL where event_id = 60")
    con.execute("insert into mentions (document_id, article_id, event_id, date, precision, basis, date_text, type, location,"
                " location_country, topic) select document_id, article_id, event_id, date, precision, basis, date_text, type,"
                " location, location_country, topic from mentions where event_id between 70 and 90")
    con.commit()
    expected_order = [r[0] for r in con.execute("SELECT id FROM events ORDER BY sort_key, id")]
    expected_sources = dict(con.execute("SELECT event_id, count(DISTINCT document_id) FROM mentions"
                                        " WHERE event_id IS NOT NULL GROUP BY event_id"))
    con.close()
    db = Database(str(path), writer=False)
    try:
        with db.session() as session:
            cols = load_event_columns(session)
    finally:
        db.close()
    assert cols.ids == expected_order
    assert cols.source_counts == [expected_sources.get(i, 0) for i in cols.ids]
    assert cols.source_counts[cols.ids.index(60)] == 0


def test_gc_pause_restores_the_collector() -> None:
    assert gc.isenabled()
    with gc_paused():
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # it was off before: stays off
    finally:
        gc.enable()
    with pytest.raises(ValueError):
        with gc_paused(freeze=True):
            raise ValueError
    assert gc.isenabled()
