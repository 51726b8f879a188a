"""A team's database: several analysts ingest into one database at once, on SQLite and on a
PostgreSQL server. Every ingest finishes, nothing is stored twice, and the result is what one
analyst ingesting everything alone would have got. Readers never wait for writers; writers wait
for each other and say so.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from conftest import SEEDS, SHARED
from helpers.cli import SUMMARY_RE, command, isolated_env, run_cli
from helpers.corpus import write_corpus
from helpers.exports import normalized_events
from timeline_app.storage.db import WAIT_MESSAGE

ROOT = Path(__file__).resolve().parent.parent


def _team_corpus(tmp_path: Path) -> tuple[Path, Path]:
    """Real reports that merge across documents (seeds, dev, held-out) plus generated pages, in two
    sub-folders; and a mirror folder reaching the very same files by other paths (hard links)."""
    pages = tmp_path / "pages"
    sources = sorted(SEEDS.glob("*.txt")) + sorted((ROOT / "tests" / "data" / "heldout").glob("*.txt"))
    if (SHARED / "corpus" / "dev").exists():
        sources += sorted((SHARED / "corpus" / "dev").glob("*.txt"))
    for n, source in enumerate(sources):
        target = pages / ("one" if n % 2 else "two") / f"{n:03d}-{source.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    write_corpus(pages / "one" / "generated", 12)
    mirror = tmp_path / "mirror"
    for path in sorted(pages.rglob("*.txt")):
        link = mirror / path.relative_to(pages)
        link.parent.mkdir(parents=True, exist_ok=True)
        os.link(path, link)
    return pages, mirror


def _ingest_at_once(tmp_path: Path, db_url: str, folder_lists: list[list[Path]]) -> list[tuple[int, str, str]]:
    procs = [
        subprocess.Popen(command("ingest", *map(str, folders), "--db", db_url), stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, env=isolated_env(tmp_path), cwd=tmp_path)
        for folders in folder_lists
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        results.append((proc.returncode, out, err))
    return results


def _count(db_url: str, sql: str) -> tuple:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return tuple(conn.execute(text(sql)).one())
    finally:
        engine.dispose()


@pytest.mark.parametrize("processes", [2, 4])
def test_concurrent_ingests_over_overlapping_folders(database_url: str, tmp_path: Path, processes: int) -> None:
    pages, mirror = _team_corpus(tmp_path)
    files = sorted(pages.rglob("*.txt"))
    alone = run_cli(tmp_path, "ingest", str(pages), "--db", str(tmp_path / "alone.sqlite"), timeout=600)
    assert alone.returncode == 0, alone.stderr
    reference = normalized_events(run_cli(tmp_path, "export", "--db", str(tmp_path / "alone.sqlite")).stdout,
                                  document_names_only=True)

    folder_lists = [[pages], [mirror], [mirror / "two", pages / "one"], [pages / "two", mirror / "one"]][:processes]
    results = _ingest_at_once(tmp_path, database_url, folder_lists)
    for _code, out, err in results:
        assert [line for line in err.splitlines() if line != WAIT_MESSAGE] == [], err
        assert re.match(SUMMARY_RE, out.strip()), out
    assert [code for code, _, _ in results] == [0] * processes
    summaries = [re.match(SUMMARY_RE, out.strip()) for _, out, _ in results]
    assert sum(int(s["read"]) for s in summaries) == len(files)  # type: ignore[index]  # each file stored by one
    assert sum(int(s["failed"]) for s in summaries) == 0  # type: ignore[index]

    assert _count(database_url, "SELECT COUNT(*), COUNT(DISTINCT content_hash) FROM documents") == (len(files), len(files))
    assert _count(database_url, "SELECT COUNT(*) FROM actors WHERE name LIKE '% (_)'") == (0,)
    assert _count(database_url, "SELECT COUNT(*) FROM mentions WHERE event_id IS NULL") == (0,)
    together = run_cli(tmp_path, "export", "--db", database_url)
    assert together.returncode == 0, together.stderr
    assert normalized_events(together.stdout, document_names_only=True) == reference


class _WriteLockHolder:
    """Another ingest in the middle of a long write: holds the database's write lock."""

    def __init__(self, db_url: str) -> None:
        from timeline_app.storage.db import WRITE_LOCK_KEY, sqlite_path

        path = sqlite_path(db_url)
        if path is not None:
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=1)
            self.conn.execute("BEGIN IMMEDIATE")
            self.release = lambda: (self.conn.execute("COMMIT"), self.conn.close())
        else:
            self.engine = create_engine(db_url)
            self.pg = self.engine.connect()
            self.pg.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK_KEY})
            self.release = lambda: (self.pg.rollback(), self.pg.close(), self.engine.dispose())


def test_readers_never_wait_and_writers_wait_visibly(database_url: str, tmp_path: Path) -> None:
    assert run_cli(tmp_path, "ingest", str(SEEDS), "--db", database_url).returncode == 0
    pages = tmp_path / "pages"
    write_corpus(pages, 3)
    holder = _WriteLockHolder(database_url)
    try:
        export = run_cli(tmp_path, "export", "--db", database_url, timeout=120)  # would hang if it took the lock
        assert export.returncode == 0 and export.stderr == ""
        assert len(json.loads(export.stdout)["events"]) >= 8
        ingest = subprocess.Popen(command("ingest", str(pages), "--db", database_url), stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True, env=isolated_env(tmp_path), cwd=tmp_path)
        assert ingest.stderr is not None
        assert ingest.stderr.readline().rstrip("\n") == WAIT_MESSAGE  # says so, keeps waiting
    finally:
        holder.release()
    out, err = ingest.communicate(timeout=300)
    assert ingest.returncode == 0, err
    assert err == "" and out.startswith("3 files read, 0 skipped, 0 failed") or re.match(SUMMARY_RE, out.strip()), out


@pytest.mark.postgresql
def test_read_only_server_database_stops_the_batch_with_one_line(tmp_path: Path) -> None:
    from conftest import fresh_pg_database

    pages = tmp_path / "pages"
    write_corpus(pages, 20)
    with fresh_pg_database() as url:
        assert run_cli(tmp_path, "ingest", str(SEEDS), "--db", url).returncode == 0
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(f"ALTER DATABASE {url.rsplit('/', 1)[1]} SET default_transaction_read_only = on"))
        engine.dispose()
        run = run_cli(tmp_path, "ingest", str(pages), "--db", url)
        assert run.returncode == 2
        assert len(run.error_lines) == 1 and "cannot write to the database" in run.error_lines[0], run.stderr


def test_full_disk_stops_the_batch_at_the_first_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy import event

    from timeline_app.ingest import pipeline
    from timeline_app.storage import Database, DatabaseError

    pages = tmp_path / "pages"
    write_corpus(pages, 20)
    db = Database(str(tmp_path / "full.sqlite"))
    try:
        @event.listens_for(db.engine, "connect")
        def _no_room(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
            pages_now = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
            dbapi_conn.execute(f"PRAGMA max_page_count = {pages_now}")  # as a full disk: no page more

        db.engine.dispose()
        analysed = []
        real_extract = pipeline.extract_document
        monkeypatch.setenv("TIMELINE_APP_WORKERS", "1")  # counts the documents analysed in this process
        monkeypatch.setattr(pipeline, "extract_document", lambda text, **kw: analysed.append(1) or real_extract(text, **kw))
        with pytest.raises(DatabaseError, match="cannot write to the database"):
            pipeline.ingest_paths(db, [pages])
        # it stopped at the first file that found no room (the file had a few free pages before)
        with db.session() as session:
            from timeline_app.storage.queries import document_count

            assert document_count(session) == len(analysed) - 1 < 20
    finally:
        db.close()


def test_a_watcher_notices_another_process_ingest(database_url: str, tmp_path: Path) -> None:
    """What the window relies on to refresh by itself (NOTIFY on PostgreSQL, the counter on SQLite)."""
    from timeline_app.storage import Database
    from timeline_app.storage.notify import RevisionWatcher

    db = Database(database_url)
    watcher = RevisionWatcher(db)
    try:
        assert watcher.wait(0.1) is False
        pages = tmp_path / "pages"
        write_corpus(pages, 2)
        assert run_cli(tmp_path, "ingest", str(pages), "--db", database_url).returncode == 0
        assert watcher.wait(5) is True
        assert watcher.revision == db.revision() >= 1  # one commit per batch of documents, each bumps it
    finally:
        watcher.close()
        db.close()
