"""The command line writes where the user says and never invents a database.

Every test runs the real `python -m timeline_app` in a subprocess with its own HOME, so the
"default database" is a file we can look for.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from helpers.cli import SUMMARY_RE, run_cli

ARTICLE = (
    "MOSCOW, Feb 5 2021 - A Hamas delegation led by Mousa Abu Marzouk met Russian Deputy Foreign "
    "Minister Mikhail Bogdanov in Moscow on Thursday, the ministry said.\n"
)


def default_db(tmp: Path) -> Path:
    return tmp / "_home" / "data" / "timeline-app" / "timeline.sqlite"


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "pages" / "moscow.txt"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.mark.parametrize("where", ["before", "after"])
def test_db_option_before_or_after_the_subcommand_means_the_same(tmp_path: Path, page: Path, where: str) -> None:
    target = tmp_path / "target.sqlite"
    args = ["--db", str(target), "ingest", str(page)] if where == "before" else ["ingest", str(page), "--db", str(target)]
    run = run_cli(tmp_path, *args)
    assert run.returncode == 0, run.stderr
    assert re.match(SUMMARY_RE, run.stdout.strip())
    assert target.is_file()
    assert not default_db(tmp_path).exists(), "the default database was created although --db named another"


def test_db_before_export_refuses_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n", encoding="utf-8")
    run = run_cli(tmp_path, "--db", str(notes), "export")
    assert run.returncode == 2
    assert run.error_lines == [f"error: {notes}: not an SQLite database"]
    assert run.stdout == ""
    assert notes.read_text(encoding="utf-8") == "my notes\n"
    assert not default_db(tmp_path).exists()


@pytest.mark.parametrize("command", [["export"], ["export", "--format", "csv"], ["render", "-o", "x.png"]])
def test_read_commands_refuse_a_missing_database(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "nonexist" / "x.sqlite"
    run = run_cli(tmp_path, *command, "--db", str(missing))
    assert run.returncode == 2
    assert len(run.error_lines) == 1 and str(missing) in run.error_lines[0], run.stderr
    assert "Traceback" not in run.stderr
    assert not missing.parent.exists(), "a read command created the folder of a mistyped path"
    assert not default_db(tmp_path).exists()


def test_missing_database_named_by_the_environment_is_refused_too(tmp_path: Path) -> None:
    missing = tmp_path / "typo.sqlite"
    run = run_cli(tmp_path, "export", db_env=str(missing))
    assert run.returncode == 2 and str(missing) in run.stderr
    assert not missing.exists()


def test_ingest_creates_the_database_it_is_told_to(tmp_path: Path, page: Path) -> None:
    target = tmp_path / "new" / "folder" / "db.sqlite"
    assert run_cli(tmp_path, "ingest", "--db", str(target), str(page)).returncode == 0
    run = run_cli(tmp_path, "export", "--db", str(target))
    assert run.returncode == 0 and '"events"' in run.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_as_database_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    run = run_cli(tmp_path, "export", "--db", str(fifo), timeout=30)  # blocked forever before the fix
    assert run.returncode == 2
    assert run.error_lines == [f"error: {fifo}: not a regular file, so not a database"]


@pytest.mark.skipif(os.name == "nt", reason="such names cannot exist on Windows")
def test_control_characters_in_file_names_are_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil\nerror: forged.txt").write_bytes(b"")  # empty: fails with a reason
    (folder / "bell\x07\x1b]0;title\x07.txt").write_bytes(b"")
    run = run_cli(tmp_path, "ingest", "--db", str(tmp_path / "db.sqlite"), str(folder))
    assert run.returncode == 1
    assert len(run.error_lines) == 2, run.stderr  # one line per bad file, none forged
    assert all(line.startswith(f"error: {folder}/") for line in run.error_lines)
    assert "\\n" in run.stderr and "\\x07" in run.stderr and "\\e" in run.stderr
    assert "\x1b" not in run.stderr and "\x07" not in run.stderr


def test_version(tmp_path: Path) -> None:
    run = run_cli(tmp_path, "--version")
    assert run.returncode == 0
    assert re.fullmatch(r"timeline-app \S+\n", run.stdout)


def test_titles_say_what_happened_once() -> None:
    """Issue 7's wording: a one-sided call is 'Hamas phone call', not 'Call: Hamas' (which reads
    as a call with Hamas); two sides keep 'Call: A – B'."""
    from timeline_app.storage.aggregate import make_title

    assert make_title("call", ["Hamas"], [], [], None) == "Hamas phone call"
    assert make_title("call", ["Hamas"], ["Hakan Fidan"], [], "Ankara") == "Call: Hamas – Hakan Fidan"
    assert make_title("call", [], [], [], None) == "Phone call"
    assert make_title("meeting", ["Hamas"], ["Mikhail Bogdanov"], [], "Moscow") == "Hamas meets Mikhail Bogdanov in Moscow"


def _export(tmp: Path, db: Path) -> list[dict]:
    import json

    run = run_cli(tmp, "export", "--db", str(db))
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)["events"]


def _documents(db: Path) -> list[tuple[str, str]]:
    import sqlite3

    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return sorted(conn.execute("SELECT path, content_hash FROM documents").fetchall())
    finally:
        conn.close()


def test_an_edit_that_keeps_size_and_time_is_still_read(tmp_path: Path, page: Path) -> None:
    db = tmp_path / "db.sqlite"
    assert run_cli(tmp_path, "ingest", "--db", str(db), str(page)).returncode == 0
    before = page.stat()
    edited = ARTICLE.replace("Moscow on Thursday", "Ankara on Thursday")  # same length
    assert len(edited.encode()) == before.st_size
    page.write_text(edited, encoding="utf-8")
    os.utime(page, ns=(before.st_atime_ns, before.st_mtime_ns))  # as a sync tool or `touch -r` does
    run = run_cli(tmp_path, "ingest", "--db", str(db), str(page))
    assert run.returncode == 0 and run.stdout.startswith("1 files read"), run.stdout
    assert {e["location"] for e in _export(tmp_path, db)} == {"Ankara"}


def test_a_file_edited_into_a_copy_of_another_is_not_stored_twice(tmp_path: Path, page: Path) -> None:
    db = tmp_path / "db.sqlite"
    other = page.parent / "ankara.txt"
    other.write_text(ARTICLE.replace("Moscow", "Ankara"), encoding="utf-8")
    assert run_cli(tmp_path, "ingest", "--db", str(db), str(page.parent)).returncode == 0
    page.write_text(other.read_text(encoding="utf-8"), encoding="utf-8")
    run = run_cli(tmp_path, "ingest", "--db", str(db), str(page.parent))
    assert run.returncode == 0, run.stderr
    docs = _documents(db)
    assert [p for p, _ in docs] == [str(other)]  # the old Moscow text is gone, the copy not stored
    assert {e["location"] for e in _export(tmp_path, db)} == {"Ankara"}


def test_a_moved_file_follows_its_new_path(tmp_path: Path, page: Path) -> None:
    db = tmp_path / "db.sqlite"
    assert run_cli(tmp_path, "ingest", "--db", str(db), str(page)).returncode == 0
    events = _export(tmp_path, db)
    moved = tmp_path / "archive" / "2021" / "moscow.txt"
    moved.parent.mkdir(parents=True)
    page.rename(moved)
    run = run_cli(tmp_path, "ingest", "--db", str(db), str(moved))
    assert run.returncode == 0 and run.stdout.startswith("0 files read, 1 skipped"), run.stdout
    assert [p for p, _ in _documents(db)] == [str(moved)]
    after = _export(tmp_path, db)
    assert [e["id"] for e in after] == [e["id"] for e in events]  # the same events, nothing re-made
    assert {s["document"] for e in after for s in e["sources"]} == {str(moved)}
