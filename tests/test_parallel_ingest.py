"""Ingest with worker processes: the same database as one process builds, and no worker left behind.

Extraction runs in a process pool (timeline_app/ingest/parallel.py) while the command stores each
document itself, in the order the files are listed. A user must get exactly the events a
single-process run gives (merges depend on order), and killing the command must not leave
worker processes running on their machine.
"""
from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from helpers.cli import command, isolated_env, run_cli
from helpers.corpus import write_corpus


def _export(tmp: Path, db: Path) -> dict:
    run = run_cli(tmp, "export", "--db", str(db), "--format", "json")
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_workers_store_what_one_process_stores(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    write_corpus(folder, 40)
    summaries = {}
    for workers in ("1", "2"):
        db = tmp_path / f"w{workers}.sqlite"
        run = run_cli(tmp_path, "ingest", "--db", str(db), str(folder), extra_env={"TIMELINE_APP_WORKERS": workers},
                      timeout=300)
        assert run.returncode == 0, run.stderr
        summaries[workers] = run.stdout.strip().splitlines()[-1]
    assert summaries["1"] == summaries["2"]
    assert summaries["2"].startswith("40 files read, 0 skipped")
    assert _export(tmp_path, tmp_path / "w1.sqlite") == _export(tmp_path, tmp_path / "w2.sqlite")


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found |= {int(c) for c in (task / "children").read_text().split()}
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the process tree from /proc")
def test_killed_ingest_leaves_no_worker_running(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    write_corpus(folder, 400)
    db = tmp_path / "killed.sqlite"
    env = isolated_env(tmp_path, extra={"TIMELINE_APP_WORKERS": "2"})
    proc = subprocess.Popen(command("ingest", "--db", str(db), str(folder)), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env, cwd=tmp_path)
    workers: set[int] = set()
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            workers |= _children(proc.pid)
            try:
                with sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True, timeout=5) as conn:
                    stored = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
            except sqlite3.Error:
                stored = 0
            if stored >= 5 and len(workers) >= 2:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the ingest finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
    assert workers, "no worker processes were started"
    deadline = time.monotonic() + 60
    while any(_running(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [w for w in workers if _running(w)]
    assert not left, f"processes still running after the ingest was killed: {left}"


def test_workers_are_forked_only_from_a_single_threaded_process() -> None:
    """The command line forks its workers (the knowledge loaded once, not compiled again by each);
    the GUI runs ingest on a thread of a Qt process, where forking can deadlock a child: any
    other thread, even one Python did not start, means spawned workers."""
    from timeline_app.ingest.parallel import _start_method

    code = "from timeline_app.ingest.parallel import _start_method; print(_start_method().get_start_method())"
    alone = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert alone.returncode == 0, alone.stderr
    assert alone.stdout.strip() == ("fork" if sys.platform.startswith("linux") else "spawn")
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert _start_method().get_start_method() == "spawn"
    finally:
        stop.set()
        other.join()
