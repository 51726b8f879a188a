"""Databases from elsewhere are refused and left byte-for-byte alone; --db URLs, $TIMELINE_APP_DB
and not-yet-existing folders work. (Upgrades and their backups: test_migrations.py.)
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from helpers.cli import run_cli

ARTICLE = (
    "Hamas delegation visits Moscow\n\n"
    "Moscow, Friday 5-February-2021\n\n"
    "A delegation of the Hamas movement headed by Ismail Haniyeh met Russian Foreign Minister Sergey Lavrov "
    "in Moscow on Thursday. The two sides discussed the upcoming elections.\n"
)


def fingerprint(path: Path) -> tuple[str, int, int, list[str]]:
    """Content hash, mtime, size and the folder's listing (catches new -wal/-shm/-journal files)."""
    st = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), st.st_mtime_ns, st.st_size, sorted(os.listdir(path.parent))


def _sqlite(path: Path, *statements: str, wal: bool = False) -> None:
    conn = sqlite3.connect(path)
    try:
        if wal:
            conn.execute("PRAGMA journal_mode=WAL")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def make_not_sqlite(path: Path) -> None:
    path.write_text("These are my notes, not a database.\n" * 50, encoding="utf-8")


def make_corrupt_sqlite(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(4080))


def make_other_app(path: Path, wal: bool = False) -> None:
    _sqlite(path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)", "INSERT INTO notes (body) VALUES ('keep me')", wal=wal)


def make_newer_schema(path: Path, wal: bool = False) -> None:
    _sqlite(
        path,
        "CREATE TABLE meta (key VARCHAR(64) PRIMARY KEY, value VARCHAR(256))",
        "INSERT INTO meta VALUES ('application_id', 'timeline-app'), ('schema_version', '999'), ('revision', '7')",
        "CREATE TABLE documents (id INTEGER PRIMARY KEY, future_column TEXT)",
        wal=wal,
    )


def make_empty_with_application_id(path: Path) -> None:
    _sqlite(path, "PRAGMA application_id = 1234567")  # another program's empty database


def make_view_only(path: Path) -> None:
    _sqlite(path, "CREATE VIEW answers AS SELECT 42 AS answer")


def make_other_app_wal_without_shm(path: Path) -> None:
    """A WAL database whose writer died: its -wal is still there, its -shm is not."""
    _sqlite(path, "PRAGMA journal_mode=WAL", "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    holder = sqlite3.connect(path)
    holder.execute("PRAGMA wal_autocheckpoint=0")
    holder.execute("INSERT INTO notes (body) VALUES ('only in the log')")
    holder.commit()
    wal = path.with_name(path.name + "-wal").read_bytes()
    holder.close()  # checkpoints and removes -wal/-shm; put the log back as a crash would leave it
    path.with_name(path.name + "-wal").write_bytes(wal)
    path.with_name(path.name + "-shm").unlink(missing_ok=True)


FOREIGN = {
    "empty-other-application-id": (make_empty_with_application_id, "belongs to another application"),
    "view-only": (make_view_only, "belongs to another application"),
    "other-app-wal-without-shm": (make_other_app_wal_without_shm, "belongs to another application"),
    "not-sqlite": (make_not_sqlite, "not an SQLite database"),
    "corrupt-sqlite": (make_corrupt_sqlite, "not a usable SQLite database"),
    "other-app": (make_other_app, "belongs to another application"),
    "other-app-wal": (lambda p: make_other_app(p, wal=True), "belongs to another application"),
    "newer-schema": (make_newer_schema, "written by a newer timeline-app (schema 999"),
    "newer-schema-wal": (lambda p: make_newer_schema(p, wal=True), "written by a newer timeline-app (schema 999"),
}


@pytest.mark.parametrize("command", ["export", "ingest"])
@pytest.mark.parametrize("kind", sorted(FOREIGN))
def test_foreign_database_is_refused_and_untouched(tmp_path: Path, kind: str, command: str) -> None:
    make, message = FOREIGN[kind]
    folder = tmp_path / "theirs"
    folder.mkdir()
    target = folder / "research.sqlite"
    make(target)
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(ARTICLE, encoding="utf-8")
    before = fingerprint(target)
    args = ["export", "--db", str(target)] if command == "export" else ["ingest", str(pages), "--db", str(target)]
    run = run_cli(tmp_path, *args)
    assert run.returncode == 2, run.stderr
    assert run.stdout == ""
    assert run.error_lines == [run.stderr.strip()]  # exactly one line
    line = run.error_lines[0]
    assert line.startswith(f"error: {target}: ") and message in line, line
    assert "Traceback" not in run.stderr
    assert fingerprint(target) == before  # same bytes, same mtime, no -wal/-shm/-journal next to it


def test_foreign_database_named_by_environment_is_untouched(tmp_path: Path) -> None:
    (tmp_path / "theirs").mkdir()
    target = tmp_path / "theirs" / "notes.sqlite"
    make_other_app(target, wal=True)
    before = fingerprint(target)
    run = run_cli(tmp_path, "export", db_env=str(target))
    assert run.returncode == 2 and "belongs to another application" in run.stderr
    assert fingerprint(target) == before


def test_folder_as_database_is_a_usage_error(tmp_path: Path) -> None:
    run = run_cli(tmp_path, "export", "--db", str(tmp_path))
    assert run.returncode == 2
    assert run.error_lines == [f"error: {tmp_path}: is a folder, not a database file"]


# --------------------------------------------------------------------------- URLs and locations

def _documents(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT path FROM documents ORDER BY path")]
    finally:
        conn.close()


def _pages(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir(exist_ok=True)
    (pages / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return pages


def test_db_as_absolute_url_in_new_nested_folder(tmp_path: Path) -> None:
    target = tmp_path / "not" / "there" / "yet" / "timeline.sqlite"
    run = run_cli(tmp_path, "ingest", str(_pages(tmp_path)), "--db", f"sqlite:///{target}")
    assert run.returncode == 0, run.stderr
    assert _documents(target) == [str(tmp_path / "pages" / "a.txt")]
    again = run_cli(tmp_path, "export", "--db", f"sqlite:///{target}")
    assert again.returncode == 0 and '"events"' in again.stdout


def test_db_as_relative_url_reopens(tmp_path: Path) -> None:
    """sqlite:///relative.sqlite used to crash with a traceback once the file existed (the
    read-only inspection needs an absolute file: URI)."""
    pages = _pages(tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    for _ in range(2):
        run = run_cli(tmp_path, "ingest", str(pages), "--db", "sqlite:///relative.sqlite", cwd=work)
        assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
    assert _documents(work / "relative.sqlite") == [str(pages / "a.txt")]


def test_db_from_environment_variable(tmp_path: Path) -> None:
    target = tmp_path / "from-env" / "db.sqlite"
    run = run_cli(tmp_path, "ingest", str(_pages(tmp_path)), db_env=str(target))
    assert run.returncode == 0, run.stderr
    assert _documents(target) == [str(tmp_path / "pages" / "a.txt")]
    # --db wins over the environment
    other = tmp_path / "explicit.sqlite"
    assert run_cli(tmp_path, "ingest", str(tmp_path / "pages"), "--db", str(other), db_env=str(target)).returncode == 0
    assert other.exists()
    # and nothing went to the (isolated) default location
    assert not any((tmp_path / "_home").rglob("*.sqlite"))


# --------------------------------------------------------------------------- stored once

def test_affiliations_of_any_kind_are_stored_once(db) -> None:
    """The extractor reports some affiliations as kind "country"; they used to be created anew,
    as "Saudi Arabia (2)", "(3)", ..., for every document that mentioned them."""
    from sqlalchemy import func, select

    from timeline_app.domain import ActorRef, ArticleInfo, DocumentExtraction, EventMention, ParticipantRef
    from timeline_app.storage import repository as repo
    from timeline_app.storage.models import Actor

    for n, kind in enumerate(("country", "country", "government", "organisation", "movement")):
        text = f"Document {n}: the ambassador met the delegation."
        person = ActorRef("Mohammed Al Jaber", "person", "Saudi Arabia", kind)
        mention = EventMention(
            article=0, type="meeting", date="2021-02-04", precision="day", basis="explicit", date_text=None,
            location="Riyadh", location_country="Saudi Arabia", participants=[ParticipantRef(person, "host")],
            evidence=[(0, len(text))],
        )
        extraction = DocumentExtraction([ArticleInfo(0, 0, len(text), None, None, "none")], [mention])
        with db.writing() as session:
            repo.store_document(session, path=f"/doc{n}.txt", content_hash=f"h{n}", size=len(text), mtime_ns=0,
                                encoding="utf-8", text=text, extraction=extraction)
    with db.session() as session:
        names = sorted(session.scalars(select(Actor.name)))
        assert names == ["Mohammed Al Jaber", "Saudi Arabia"]
        assert session.scalar(select(func.count()).select_from(Actor).where(Actor.name.like("%(%"))) == 0
