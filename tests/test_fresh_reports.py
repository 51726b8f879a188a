"""The writer merges a new file's reports from memory (storage/fresh_reports.py) instead of reading
them back: what it stores must be exactly what reading them back stores."""
from __future__ import annotations

from pathlib import Path

from benchmarks.corpus import generate
from timeline_app.ingest import pipeline

from helpers.stored_rows import ingest_and_read


def test_new_files_store_the_same_rows_as_when_their_reports_are_read_back(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TIMELINE_APP_WORKERS", "1")
    paths, _ = generate(tmp_path / "corpus", 80, seed=11)  # several reports of one event: merges and new events
    folder = paths[0].parent
    fresh = ingest_and_read(folder, tmp_path / "fresh.sqlite")

    real = pipeline.cluster_mentions
    monkeypatch.setattr(pipeline, "cluster_mentions", lambda session, ids, touched, read, fresh=None: real(session, ids, touched, read))
    read_back = ingest_and_read(folder, tmp_path / "read_back.sqlite")

    assert fresh[0]["events"], "the corpus makes events"
    assert any(len(e.get("sources", ())) > 1 for e in fresh[0]["events"]) or len(fresh[1]["mentions"]) > len(fresh[1]["events"])
    assert fresh == read_back
