"""The command line's contract: one summary line, re-ingest by content, exports, exit statuses,
and a progress bar only on a terminal.

Runs the real `python -m timeline_app`. Tests that need known events use the stub extractor
(`cli_wrapper.py`, TIMELINE_TEST_STUB=1), so they do not depend on what the real one finds.
"""
from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from helpers.cli import SUMMARY_RE, command, isolated_env, run_cli
from helpers.corpus import write_corpus

STUB = {"TIMELINE_TEST_STUB": "1"}


def _ro(db_file: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{db_file.as_uri()}?mode=ro", uri=True)


def events_in(db_file: Path) -> int:
    conn = _ro(db_file)
    try:
        return conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    finally:
        conn.close()


def snapshot(db_file: Path) -> dict[str, tuple]:
    """Per document path: its id, text, and its mention rows with their evidence."""
    conn = _ro(db_file)
    try:
        out = {}
        for doc_id, path, text in conn.execute("SELECT id, path, text FROM documents"):
            mentions = conn.execute(
                "SELECT id, event_id, date, type, location FROM mentions WHERE document_id = ? ORDER BY id", (doc_id,)
            ).fetchall()
            evidence = conn.execute(
                "SELECT mention_id, start, \"end\" FROM evidence WHERE document_id = ? ORDER BY id", (doc_id,)
            ).fetchall()
            out[path] = (doc_id, text, tuple(mentions), tuple(evidence))
        return out
    finally:
        conn.close()


def one_summary(stdout: str) -> re.Match[str]:
    lines = stdout.splitlines()
    assert len(lines) == 1, f"expected exactly one line on stdout, got {stdout!r}"
    match = re.fullmatch(SUMMARY_RE, lines[0])
    assert match, lines[0]
    return match


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    write_corpus(folder, 4, per_folder=2)
    return folder


def test_summary_line_and_reingest_skips_everything(tmp_path: Path, pages: Path) -> None:
    db_file = tmp_path / "t.sqlite"
    run = run_cli(tmp_path, "ingest", str(pages), "--db", str(db_file))
    assert run.returncode == 0 and run.stderr == "", run.stderr
    first = one_summary(run.stdout)
    total = events_in(db_file)
    assert (first["read"], first["skipped"], first["failed"], int(first["total"])) == ("4", "0", "0", total)
    assert int(first["added"]) <= total
    before = snapshot(db_file)

    again = run_cli(tmp_path, "ingest", str(pages), "--db", str(db_file))
    assert again.returncode == 0 and again.stderr == ""
    assert again.stdout == f"0 files read, 4 skipped as unchanged, 0 failed; events: 0 added, 0 merged, {total} total\n"
    assert snapshot(db_file) == before

    # a new modification time with the same bytes (a copy, a `touch`) is still "unchanged"
    some = next(pages.rglob("*.txt"))
    os.utime(some, ns=(time.time_ns(), time.time_ns() + 5_000_000_000))
    touched = run_cli(tmp_path, "ingest", str(pages), "--db", str(db_file))
    assert touched.stdout.startswith("0 files read, 4 skipped as unchanged, 0 failed;")
    assert snapshot(db_file) == before


@pytest.mark.parametrize("extractor", ["real", "stub"])
def test_editing_one_file_replaces_only_its_document(tmp_path: Path, pages: Path, extractor: str) -> None:
    stub = extractor == "stub"
    db_file = tmp_path / "t.sqlite"
    assert run_cli(tmp_path, "ingest", str(pages), "--db", str(db_file), wrapper=stub, extra_env=STUB if stub else None).returncode == 0
    before = snapshot(db_file)
    if stub:
        assert all(mentions for _id, _text, mentions, _ev in before.values())
    edited = sorted(before)[1]
    text = Path(edited).read_text(encoding="utf-8")
    Path(edited).write_text(text.replace("The two sides discussed", "Both delegations reviewed"), encoding="utf-8")

    run = run_cli(tmp_path, "ingest", str(pages), "--db", str(db_file), wrapper=stub, extra_env=STUB if stub else None)
    assert run.returncode == 0, run.stderr
    summary = one_summary(run.stdout)
    assert (summary["read"], summary["skipped"], summary["failed"]) == ("1", "3", "0")
    after = snapshot(db_file)
    assert set(after) == set(before)
    for path in before:
        if path != edited:
            assert after[path] == before[path], f"{path} changed although only {edited} was edited"
    assert "Both delegations reviewed" in after[edited][1]
    if stub:
        assert len(after[edited][2]) == len(before[edited][2])
        assert {m[0] for m in after[edited][2]}.isdisjoint({m[0] for m in before[edited][2]})


def test_exports(tmp_path: Path, pages: Path) -> None:
    db_file = tmp_path / "t.sqlite"
    assert run_cli(tmp_path, "ingest", str(pages), "--db", str(db_file), wrapper=True, extra_env=STUB).returncode == 0
    total = events_in(db_file)
    assert total > 0

    run = run_cli(tmp_path, "export", "--format", "csv", "--db", str(db_file))
    assert run.returncode == 0 and run.stderr == ""
    rows = list(csv.reader(io.StringIO(run.stdout)))
    from timeline_app.storage.export import CSV_COLUMNS

    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 1 + total and all(len(r) == len(CSV_COLUMNS) for r in rows)
    assert all(r[CSV_COLUMNS.index("quotes")] for r in rows[1:])  # every event quotes its source

    out = tmp_path / "export" / "events.json"
    out.parent.mkdir()
    run = run_cli(tmp_path, "export", "-o", str(out), "--db", str(db_file))
    assert run.returncode == 0 and run.stdout == "" and run.stderr == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    assert list(data) == ["events"] and len(data["events"]) == total
    assert all(e["sources"] and e["sources"][0]["quote"] for e in data["events"])

    csv_out = tmp_path / "export" / "events.csv"
    assert run_cli(tmp_path, "export", "--format", "csv", "-o", str(csv_out), "--db", str(db_file)).returncode == 0
    assert csv_out.read_text(encoding="utf-8").splitlines()[0] == ",".join(CSV_COLUMNS)

    missing = tmp_path / "no such folder" / "events.json"
    run = run_cli(tmp_path, "export", "-o", str(missing), "--db", str(db_file))
    assert run.returncode == 2 and len(run.error_lines) == 1 and run.error_lines[0].startswith(f"error: {missing}: ")


def test_no_progress_bar_unless_stderr_is_a_terminal(tmp_path: Path, pages: Path) -> None:
    run = run_cli(tmp_path, "ingest", str(pages), "--db", str(tmp_path / "a.sqlite"))
    assert run.returncode == 0
    assert run.stderr == ""
    assert "\r" not in run.stdout and "\x1b" not in run.stdout
    one_summary(run.stdout)

    # on a terminal the bar is drawn on stderr, and stdout still carries only the summary
    leader, follower = pty.openpty()
    try:
        proc = subprocess.run(command("ingest", str(pages), "--db", str(tmp_path / "b.sqlite")), stdout=subprocess.PIPE,
                              stderr=follower, text=True, env=isolated_env(tmp_path), cwd=tmp_path, timeout=120)
        os.close(follower)
        follower = -1
        drawn = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            drawn += chunk
    finally:
        if follower != -1:
            os.close(follower)
        os.close(leader)
    assert proc.returncode == 0
    one_summary(proc.stdout)
    assert b"\r[" in drawn and b"4/4" in drawn


def test_usage_errors_and_missing_paths(tmp_path: Path) -> None:
    db = str(tmp_path / "t.sqlite")
    assert run_cli(tmp_path, "ingest", "--db", db).returncode == 2  # no PATH
    assert run_cli(tmp_path, "export", "--format", "xml", "--db", db).returncode == 2
    missing = tmp_path / "nowhere"
    run = run_cli(tmp_path, "ingest", str(missing), "--db", db)
    assert run.returncode == 1
    assert run.error_lines == [f"error: {missing}: no such file or folder"]
    assert run.stdout == "0 files read, 0 skipped as unchanged, 1 failed; events: 0 added, 0 merged, 0 total\n"


def test_export_into_a_closed_pipe_is_quiet(tmp_path: Path, pages: Path) -> None:
    """`timeline-app export | head`, `events list | head`: the reader goes away; no "error: None:
    Broken pipe", no traceback."""
    db_file = tmp_path / "t.sqlite"
    assert run_cli(tmp_path, "ingest", str(pages), "--db", str(db_file)).returncode == 0
    for args in (("export", "--format", "json"), ("export", "--format", "csv"), ("export", "--format", "md"),
                 ("events", "list"), ("events", "list", "--json"), ("actors", "list")):
        proc = subprocess.Popen(command(*args, "--db", str(db_file)), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=isolated_env(tmp_path), cwd=tmp_path)
        proc.stdout.close()  # type: ignore[union-attr]  # gone before the export writes anything
        err = proc.stderr.read().decode()  # type: ignore[union-attr]
        proc.stderr.close()  # type: ignore[union-attr]
        assert proc.wait(timeout=60) == 0, err
        assert err == ""
