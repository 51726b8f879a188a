"""Ingest a folder and read back everything the writer stored, for tests that compare two ingests.

Why: several tests prove that a writer shortcut (fresh reports kept in memory, caches that outlive a
batch, where batches end) stores exactly what the plain path stores; they need the export and every
stored row, read the same way each time.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from timeline_app.ingest import pipeline
from timeline_app.storage import Database
from timeline_app.storage.export import export_json

ROWS = ("events", "mentions", "participants", "mention_participants", "actors", "aliases", "evidence")


def ingest_and_read(folder: Path, db_file: Path,
                    progress: Callable[[int, int, str], None] | None = None,
                    before: Callable[[Database], None] | None = None) -> tuple[dict, dict[str, list]]:
    """Ingest `folder` into a new SQLite file; return its JSON export and the rows of every table
    in ROWS (ordered by id). `before(db)` runs first; `progress` is ingest's progress callback."""
    db = Database(str(db_file))
    try:
        if before is not None:
            before(db)
        report = pipeline.ingest_paths(db, [folder], progress=progress)
        assert not report.failures
        with db.session() as session:
            exported = export_json(session)
    finally:
        db.close()
    with sqlite3.connect(db_file) as conn:
        rows = {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in ROWS}
    return exported, rows
