"""The writer's caches outlive a write batch only while nobody else writes (storage/write_batch.py):
a batch that follows another transaction's change (a curation, a second ingest) must ask the
database again, and what an ingest stores must not depend on where its batches end."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from benchmarks.corpus import generate
from timeline_app.ingest import pipeline
from timeline_app.storage import Database, curation, write_batch
from timeline_app.storage.actor_curation import merge_actors
from timeline_app.storage.db import bump_revision
from timeline_app.storage.write_batch import WriteBatch

from helpers.stored_rows import ingest_and_read

def test_next_batch_keeps_the_caches_only_when_nobody_else_wrote(database_url: str) -> None:
    db = Database(database_url)
    try:
        batch = WriteBatch(db)
        with batch.unit(orm=False):
            batch.changed()
        first = batch.actors
        batch.commit()
        with batch.unit(orm=False):
            pass
        assert batch.actors is first  # our own commit only: still true
        batch.commit()
        with db.writing() as session:  # another writer (a curation, a second ingest) commits
            bump_revision(session)
        with batch.unit(orm=False):
            pass
        assert batch.actors is not first
        kept = batch.actors
        batch.rollback()  # an abandoned batch's reads may hold its own rolled-back rows
        with batch.unit(orm=False):
            pass
        assert batch.actors is not kept
        batch.commit()
    finally:
        db.close()


def _ingest(folder: Path, db_file: Path, monkeypatch: pytest.MonkeyPatch, *, keep: bool) -> tuple[dict, dict[str, list]]:
    """Ingest with one document per batch and two actors merged by the analyst half-way."""
    monkeypatch.setattr(write_batch, "MAX_KEPT_EVENTS", 20_000 if keep else -1)
    opened: list[Database] = []
    merged: list[str] = []

    def progress(index: int, total: int, _path: str) -> None:
        if index == total // 2 and not merged:  # between two batches: the write lock is free
            with sqlite3.connect(db_file) as conn:
                people = [n for (n,) in conn.execute(
                    "SELECT a.name FROM actors a JOIN mention_participants mp ON mp.actor_id = a.id "
                    "WHERE a.kind = 'person' GROUP BY a.id ORDER BY count(*) DESC, a.id LIMIT 2")]
            curation.run(opened[0], merge_actors, people[0], [people[1]])
            merged.extend(people)

    stored = ingest_and_read(folder, db_file, progress=progress, before=opened.append)
    assert merged
    return stored


def test_an_analysts_change_between_batches_is_seen_by_the_next_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_APP_WORKERS", "1")
    monkeypatch.setattr(WriteBatch.__init__, "__kwdefaults__", {"max_units": 1, "max_seconds": 1.0})
    paths, _ = generate(tmp_path / "corpus", 40, seed=5)
    kept = _ingest(paths[0].parent, tmp_path / "kept.sqlite", monkeypatch, keep=True)
    fresh = _ingest(paths[0].parent, tmp_path / "fresh.sqlite", monkeypatch, keep=False)
    assert kept[0]["events"]
    assert kept == fresh  # the merged-away actor is never used again, whichever batch asks


def test_where_batches_end_does_not_change_what_is_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_APP_WORKERS", "1")
    paths, _ = generate(tmp_path / "corpus", 60, seed=13)
    stored = []
    for units in (1, 7, 256):
        monkeypatch.setattr(WriteBatch.__init__, "__kwdefaults__", {"max_units": units, "max_seconds": 60.0})
        stored.append(ingest_and_read(paths[0].parent, tmp_path / f"b{units}.sqlite"))
    assert stored[0][0]["events"]
    assert stored[0] == stored[1] == stored[2]
