"""Reopening an unchanged database reads the window's columns from the copy kept at the last
open; any change to the database (a write, even one that forgets the revision) means a fresh
read, and a damaged copy is ignored. The reference is always a fresh read of the database."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import update

from timeline_app.gui import column_cache
from timeline_app.gui.workers import load_index
from timeline_app.storage.db import Database, bump_revision
from timeline_app.storage.models import Event
from timeline_app.storage.window_columns import load_window_columns

from .synthetic_data import bulk_fill


@pytest.fixture
def cached_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(column_cache, "MIN_EVENTS", 0)  # cache this small database too
    path = tmp_path / "cached.sqlite"
    bulk_fill(path, 800, documents=20).close()
    return path


def same_columns(a, b) -> bool:  # type: ignore[no-untyped-def]
    arrays = all(np.array_equal(getattr(a, k), getattr(b, k)) for k in ("ids", "start", "end", "types", "status", "sources"))
    facets = all(getattr(a, k).keys() == getattr(b, k).keys()
                 and all(np.array_equal(getattr(a, k)[n], getattr(b, k)[n]) for n in getattr(a, k)) for k in ("delegations", "officials"))
    return arrays and facets and a.type_names == b.type_names


def open_index(path: Path):  # type: ignore[no-untyped-def]
    db = Database(str(path), writer=False)
    try:
        index = load_index(db).index
        column_cache.wait_for_saves()
        return index, column_cache.cache_file(db)
    finally:
        db.close()


def fresh(path: Path):  # type: ignore[no-untyped-def]
    db = Database(str(path), writer=False)
    try:
        return load_window_columns(db.engine)
    finally:
        db.close()


def test_a_reopened_database_gives_the_same_columns_from_the_copy(cached_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, file = open_index(cached_db)
    assert file is not None and file.exists()
    read = []
    original = column_cache.load
    monkeypatch.setattr(column_cache, "load", lambda *a: (lambda c: (read.append(c is not None), c)[1])(original(*a)))
    second, _ = open_index(cached_db)
    assert read == [True]  # the copy was used
    want = fresh(cached_db)
    assert list(second.cols.ids) == list(want.ids) == list(first.cols.ids)
    assert second.delegation_bits == first.delegation_bits and second.official_counts == first.official_counts
    assert same_columns(_columns_of(cached_db), want)


@pytest.mark.parametrize("bump", [True, False])  # a writer that forgets the revision is noticed too
def test_a_changed_database_is_read_afresh(cached_db: Path, bump: bool) -> None:
    open_index(cached_db)
    db = Database(str(cached_db))
    try:
        with db.writing() as session:
            session.execute(update(Event).where(Event.id == 5).values(date="1990-01-02", sort_key="1990-01-02"))
            if bump:
                bump_revision(session)
    finally:
        db.close()
    index, _ = open_index(cached_db)
    assert index.cols.ids[0] == 5  # the new earliest date
    assert same_columns(_columns_of(cached_db), fresh(cached_db))


def _columns_of(path: Path):  # type: ignore[no-untyped-def]
    db = Database(str(path), writer=False)
    try:
        state, _events = column_cache.database_state(db, db.revision())
        file = column_cache.cache_file(db)
        assert file is not None
        return column_cache.load(file, state)
    finally:
        db.close()


def test_a_damaged_copy_is_ignored(cached_db: Path) -> None:
    _index, file = open_index(cached_db)
    assert file is not None
    file.write_bytes(file.read_bytes()[:5000])
    index, _ = open_index(cached_db)
    assert list(index.cols.ids) == list(fresh(cached_db).ids)


def test_a_small_database_is_not_copied(tmp_path: Path) -> None:
    path = tmp_path / "small.sqlite"
    bulk_fill(path, 300, documents=10).close()
    _index, file = open_index(path)
    assert file is not None and not file.exists()
