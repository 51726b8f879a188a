"""The window reads while an ingest writes (WAL): no "database is locked", the reader sees the new
data afterwards, and the revision counter tells it something changed. Two ingests into the same
database at once both finish too.
"""
from __future__ import annotations

import re
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

from helpers.cli import SUMMARY_RE, command, isolated_env
from helpers.corpus import write_corpus
from timeline_app.storage.db import WAIT_MESSAGE


def _events_in_file(db_file: Path) -> int:
    conn = sqlite3.connect(f"{db_file.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    finally:
        conn.close()


def test_ingest_while_reader_holds_database(tmp_path: Path) -> None:
    from timeline_app.ingest.pipeline import ingest_paths
    from timeline_app.storage import Database
    from timeline_app.storage.queries import document_count, load_event_rows

    files = write_corpus(tmp_path / "pages", 45)
    first, rest = tmp_path / "pages" / "first", tmp_path / "pages" / "rest"
    first.mkdir()
    rest.mkdir()
    for n, path in enumerate(files):
        path.rename((first if n < 5 else rest) / path.name)
    db_file = tmp_path / "shared.sqlite"
    writer = Database(str(db_file))
    assert ingest_paths(writer, [first]).count("added") == 5
    writer.close()

    reader = Database(f"sqlite:///{db_file}", writer=False)
    revision_before = reader.revision()
    stop = threading.Event()
    reads: list[tuple[int, int]] = []
    errors: list[BaseException] = []

    def read_loop() -> None:
        try:
            while not stop.is_set():
                with reader.session() as session:
                    rows = load_event_rows(session)
                    reads.append((document_count(session), len(rows)))
                time.sleep(0.01)
        except BaseException as exc:  # reported by the test, not lost in the thread
            errors.append(exc)

    # a second reader keeps one read transaction open for the whole ingest
    holder = sqlite3.connect(db_file, isolation_level=None, timeout=1)
    holder.execute("BEGIN")
    held = holder.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    thread = threading.Thread(target=read_loop, daemon=True)
    thread.start()
    try:
        started = time.monotonic()
        run = subprocess.run(command("ingest", str(rest), "--db", str(db_file)), capture_output=True, text=True,
                             env=isolated_env(tmp_path), cwd=tmp_path, timeout=300)
        elapsed = time.monotonic() - started
        assert holder.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == held  # a stable snapshot
    finally:
        stop.set()
        thread.join(timeout=30)
        holder.execute("COMMIT")
        holder.close()

    assert errors == []
    assert run.returncode == 0, run.stderr
    assert "locked" not in run.stderr.lower() and run.stderr == ""
    assert re.match(SUMMARY_RE, run.stdout.strip()) and run.stdout.startswith("40 files read, 0 skipped")
    assert len(reads) >= 3, f"the reader only managed {len(reads)} reads in {elapsed:.1f}s"
    assert all(a <= b for (a, _), (b, _) in zip(reads, reads[1:])), "the reader saw documents disappear"

    try:
        with reader.session() as session:
            assert document_count(session) == 45
            assert len(load_event_rows(session)) == _events_in_file(db_file)
        assert reader.revision() > revision_before  # bumped by every committed batch of documents
    finally:
        reader.close()


def test_two_ingests_of_the_same_folder_at_once(tmp_path: Path) -> None:
    """Both finish with exit 0; each file is stored once (the second run finds it under the write
    lock and skips it: the path is unique and used to fail with IntegrityError)."""
    files = write_corpus(tmp_path / "pages", 40)
    db_file = tmp_path / "shared.sqlite"
    procs = [
        subprocess.Popen(command("ingest", str(tmp_path / "pages"), "--db", str(db_file)), stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, env=isolated_env(tmp_path), cwd=tmp_path)
        for _ in range(2)
    ]
    results = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, results):
        assert proc.returncode == 0, err
        assert [line for line in err.splitlines() if line != WAIT_MESSAGE] == []  # at most "waiting for..."
    summaries = [re.match(SUMMARY_RE, out.strip()) for out, _ in results]
    assert all(summaries), results
    assert sum(int(s["read"]) for s in summaries) == len(files)  # type: ignore[index]
    assert sum(int(s["failed"]) for s in summaries) == 0  # type: ignore[index]

    conn = sqlite3.connect(f"{db_file.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT COUNT(*), COUNT(DISTINCT path), COUNT(DISTINCT content_hash) FROM documents").fetchone() == (40, 40, 40)
        assert conn.execute("SELECT COUNT(*) FROM mentions WHERE event_id IS NULL").fetchone() == (0,)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def test_a_new_database_locked_by_another_opener_is_waited_for(tmp_path: Path) -> None:
    """Two ingests creating one database at the same moment: the file exists but another
    connection holds its lock before it is switched to WAL. SQLite refuses that switch at once
    ("database is locked", no busy handler), which failed the second ingest; now it waits."""
    import sqlite3
    import threading

    from timeline_app.storage import Database

    path = tmp_path / "new.sqlite"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # an empty file in rollback-journal mode, locked
    threading.Timer(0.5, lambda: (other.execute("COMMIT"), other.close())).start()
    db = Database(str(path))
    try:
        assert db.created
        with db.session() as session:
            assert session.connection().exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        db.close()
