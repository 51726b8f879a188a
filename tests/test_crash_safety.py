"""A killed ingest never leaves half a document, and a re-run finishes the job without duplicates.

`timeline-app ingest` runs on hundreds to thousands of generated articles and is SIGKILLed at several
points (when the documents table reaches N rows, watched through a separate read-only
connection). After each kill the database must pass `PRAGMA integrity_check`, and every stored
document must hold exactly what the extractor finds in its stored text: all its mentions, each
with all its evidence spans, each placed in an event. Then a full run exits 0, and a third run
changes nothing.
"""
from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import time
import warnings
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from helpers.cli import SUMMARY_RE, command, isolated_env
from helpers.corpus import write_corpus

# "A few thousand" articles: 2,000 run in about a minute (a stored document costs ~20 ms, see
# benchmarks/ingest_bench.py). TIMELINE_CRASH_FILES changes the size.
CRASH_FILES = int(os.environ.get("TIMELINE_CRASH_FILES", "2000"))
KILL_AT = (0.08, 0.3, 0.55)  # fractions of the corpus stored when the ingest is killed
RUN_TIMEOUT = 600


def _ro(db_file: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{db_file.as_uri()}?mode=ro", uri=True, timeout=30)


def document_count(db_file: Path) -> int | None:
    try:
        conn = _ro(db_file)
        try:
            return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None  # not created yet


def start_ingest(tmp: Path, folder: Path, db_file: Path, tag: str) -> tuple[subprocess.Popen, Path, Path]:
    out, err = tmp / f"{tag}.out", tmp / f"{tag}.err"
    with open(out, "wb") as o, open(err, "wb") as e:
        proc = subprocess.Popen(command("ingest", str(folder), "--db", str(db_file)), stdout=o, stderr=e,
                                env=isolated_env(tmp), cwd=tmp)
    return proc, out, err


def kill_when_stored(proc: subprocess.Popen, db_file: Path, target: int) -> int:
    deadline = time.monotonic() + RUN_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"ingest ended (status {proc.returncode}) before {target} documents were stored")
        count = document_count(db_file)
        if count is not None and count >= target:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            assert proc.returncode == -signal.SIGKILL
            return count
        time.sleep(0.01)
    proc.kill()
    pytest.fail(f"{target} documents not stored within {RUN_TIMEOUT}s")


def check_database(db_file: Path) -> None:
    """Whole-database invariants, right after a kill (this connection also recovers the WAL)."""
    conn = sqlite3.connect(db_file, timeout=30)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # every mention was clustered in its document's transaction; no event without mentions
        assert conn.execute("SELECT COUNT(*) FROM mentions WHERE event_id IS NULL").fetchone() == (0,)
        assert conn.execute(
            "SELECT COUNT(*) FROM events WHERE id NOT IN (SELECT event_id FROM mentions WHERE event_id IS NOT NULL)"
        ).fetchone() == (0,)
        assert conn.execute("SELECT COUNT(*) FROM evidence e JOIN mentions m ON m.id = e.mention_id "
                            "WHERE e.document_id != m.document_id").fetchone() == (0,)
        assert conn.execute("SELECT COUNT(*) FROM documents WHERE id NOT IN (SELECT document_id FROM articles)").fetchone() == (0,)
    finally:
        conn.close()


def document_ids(db_file: Path) -> list[int]:
    conn = _ro(db_file)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id")]
    finally:
        conn.close()


def check_documents(db_file: Path, ids: list[int]) -> int:
    """Each document holds exactly what the extractor finds in its stored text; returns mentions seen."""
    from timeline_app.ingest.extract import extract_document

    conn = _ro(db_file)
    seen = 0
    try:
        for doc_id in ids:
            (text,) = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
            extraction = extract_document(text)
            articles = conn.execute("SELECT COUNT(*) FROM articles WHERE document_id = ?", (doc_id,)).fetchone()[0]
            assert articles == len(extraction.articles), f"document {doc_id}: articles"
            mentions = conn.execute(
                "SELECT id, date, type, location FROM mentions WHERE document_id = ? ORDER BY id", (doc_id,)
            ).fetchall()
            assert len(mentions) == len(extraction.mentions), f"document {doc_id}: half stored"
            for (mention_id, date, kind, location), expected in zip(mentions, extraction.mentions):
                assert (date, kind, location) == (expected.date, expected.type, expected.location), f"document {doc_id}"
                spans = sorted(conn.execute("SELECT start, \"end\" FROM evidence WHERE mention_id = ?", (mention_id,)))
                assert spans == sorted(tuple(s) for s in expected.evidence), f"document {doc_id}: evidence"
                people = conn.execute("SELECT COUNT(*) FROM mention_participants WHERE mention_id = ?", (mention_id,)).fetchone()[0]
                assert (people > 0) == bool(expected.participants), f"document {doc_id}: participants"
            seen += len(mentions)
    finally:
        conn.close()
    return seen


def duplicate_mentions(db_file: Path) -> list[tuple[int, tuple]]:
    conn = _ro(db_file)
    try:
        spans: dict[int, list[tuple[int, int]]] = {}
        owner: dict[int, int] = {}
        for mention_id, doc_id, start, end in conn.execute(
            "SELECT m.id, m.document_id, e.start, e.\"end\" FROM mentions m LEFT JOIN evidence e ON e.mention_id = m.id"
        ):
            owner[mention_id] = doc_id
            if start is not None:
                spans.setdefault(mention_id, []).append((start, end))
        signatures = Counter((owner[m], tuple(sorted(spans.get(m, [])))) for m in owner)
        return [key for key, n in signatures.items() if n > 1]
    finally:
        conn.close()


def table_counts(db_file: Path) -> dict[str, int]:
    conn = _ro(db_file)
    try:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("documents", "articles", "mentions", "evidence", "events", "participants", "actors")}
    finally:
        conn.close()


@pytest.mark.slow
def test_killed_ingest_leaves_whole_documents(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    files = write_corpus(folder, CRASH_FILES)
    db_file = tmp_path / "crash.sqlite"
    checked: set[int] = set()
    checks: list[Future[int]] = []
    kills = []
    # documents are never rewritten once stored (later runs skip them as unchanged), so they can be
    # re-extracted in a thread while the next run works in its own process
    with ThreadPoolExecutor(max_workers=1) as checker:
        for n, fraction in enumerate(KILL_AT):
            proc, _out, _err = start_ingest(tmp_path, folder, db_file, f"killed{n}")
            kills.append(kill_when_stored(proc, db_file, int(CRASH_FILES * fraction)))
            check_database(db_file)
            ids = [i for i in document_ids(db_file) if i not in checked]
            check_documents(db_file, ids[-3:])  # the newest ones, at once: the likeliest to be partial
            checked.update(ids)
            checks.append(checker.submit(check_documents, db_file, ids))

        proc, out, err = start_ingest(tmp_path, folder, db_file, "complete")
        assert proc.wait(timeout=RUN_TIMEOUT) == 0, err.read_text()[:3000]
        assert "Traceback" not in err.read_text() and err.read_text() == ""
        summary = re.match(SUMMARY_RE, out.read_text().strip())
        assert summary, out.read_text()
        assert int(summary["failed"]) == 0
        assert int(summary["read"]) + int(summary["skipped"]) == CRASH_FILES
        assert int(summary["skipped"]) >= max(kills)  # what survived the kills was kept, not redone

        check_database(db_file)
        rest = [i for i in document_ids(db_file) if i not in checked]
        checks.append(checker.submit(check_documents, db_file, rest))
        before = table_counts(db_file)

        # a third run finds everything unchanged and changes nothing
        third = subprocess.run(command("ingest", str(folder), "--db", str(db_file)), capture_output=True, text=True,
                               env=isolated_env(tmp_path), cwd=tmp_path, timeout=RUN_TIMEOUT)
        assert third.returncode == 0, third.stderr[:3000]
        assert third.stdout.strip() == (
            f"0 files read, {CRASH_FILES} skipped as unchanged, 0 failed; "
            f"events: 0 added, 0 merged, {before['events']} total"
        )
        mentions_checked = sum(f.result() for f in checks)

    assert table_counts(db_file) == before
    assert before["documents"] == len(files)
    conn = _ro(db_file)
    try:
        stored = {r[0] for r in conn.execute("SELECT path FROM documents")}
    finally:
        conn.close()
    assert stored == {str(p) for p in files}
    assert duplicate_mentions(db_file) == []
    assert mentions_checked == before["mentions"]
    if before["mentions"] == 0:
        warnings.warn("the extractor found no events in the generated articles: only documents were checked")


def test_a_document_failing_inside_a_batch_costs_only_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Documents are written several to a transaction, each in a savepoint: when storing one
    fails half-way (its mentions written, then a database error), that document alone is
    reported and left out entirely; those before and after it in the same batch are kept."""
    from sqlalchemy.exc import IntegrityError

    from timeline_app.ingest import pipeline
    from timeline_app.storage import Database

    files = write_corpus(tmp_path / "pages", 30)
    victim = str(sorted(files)[13])
    real_store = pipeline.repo.store_document

    def store_then_fail(session, **kw):  # type: ignore[no-untyped-def]
        ids = real_store(session, **kw)
        if kw["path"] == victim:
            raise IntegrityError("INSERT", {}, Exception("simulated constraint failure"))
        return ids

    monkeypatch.setenv("TIMELINE_APP_WORKERS", "1")
    monkeypatch.setattr(pipeline.repo, "store_document", store_then_fail)
    db_file = tmp_path / "batch.sqlite"
    db = Database(str(db_file))
    try:
        report = pipeline.ingest_paths(db, [tmp_path / "pages"])
    finally:
        db.close()
    assert [(o.path, o.status) for o in report.failures] == [(victim, "failed")]
    assert report.count("added") == 29
    check_database(db_file)
    conn = _ro(db_file)
    try:
        stored = {row[0] for row in conn.execute("SELECT path FROM documents")}
        orphans = conn.execute("SELECT COUNT(*) FROM mentions WHERE document_id NOT IN (SELECT id FROM documents)").fetchone()[0]
    finally:
        conn.close()
    assert victim not in stored and len(stored) == 29 and orphans == 0


def test_a_path_stored_by_another_writer_after_it_was_read_is_replaced_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new file is stored in a plain savepoint; when another ingest stored the same path in
    the meantime (seen only under the write lock), the document is replaced as an edited file
    is: its old version goes, the new one is stored once, nothing half-written stays."""
    from timeline_app.ingest import pipeline
    from timeline_app.storage import Database

    files = sorted(write_corpus(tmp_path / "pages", 3))
    monkeypatch.setenv("TIMELINE_APP_WORKERS", "1")
    db_file = tmp_path / "race.sqlite"
    db = Database(str(db_file))
    try:
        assert pipeline.ingest_paths(db, [files[0]]).count("added") == 1
        files[0].write_text(files[1].read_text(encoding="utf-8") + "\nUpdated.\n", encoding="utf-8")
        monkeypatch.setattr(pipeline, "_stored_files", lambda db, items: {})  # as if read before the other writer stored it
        report = pipeline.ingest_paths(db, [files[0]])
    finally:
        db.close()
    assert [(o.status, o.reason) for o in report.outcomes] == [("replaced", None)]
    check_database(db_file)
    conn = _ro(db_file)
    try:
        assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 1
        assert conn.execute("SELECT COUNT(*) FROM mentions WHERE document_id NOT IN (SELECT id FROM documents)").fetchone()[0] == 0
    finally:
        conn.close()
