"""The window on a team database notices another analyst's ingest by itself (no F5), on SQLite
and on PostgreSQL: the same `timeline-app gui --db URL` a user runs, an ingest from a terminal."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .synthetic_data import news_pages
from .test_gui_refresh import open_gui, shown_count


def ingest(url: str, *paths: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "timeline_app", "ingest", "--db", url, *map(str, paths)],
                          capture_output=True, text=True, env=dict(os.environ), timeout=180)
    assert proc.returncode == 0, proc.stderr


def exported(url: str) -> int:
    import json

    proc = subprocess.run([sys.executable, "-m", "timeline_app", "export", "--db", url], capture_output=True,
                          text=True, env=dict(os.environ), timeout=180)
    assert proc.returncode == 0, proc.stderr
    return len(json.loads(proc.stdout)["events"])


def test_window_shows_another_analysts_ingest_without_f5(monkeypatch, qtbot, database_url: str, tmp_path: Path) -> None:
    ingest(database_url, *news_pages(tmp_path / "mine", "mine", 2))
    window = open_gui(monkeypatch, qtbot, database_url)  # type: ignore[arg-type]
    assert shown_count(window) == exported(database_url)
    assert window._poll.isActive() and window._poll.interval() <= 2000  # noticed within two seconds

    ingest(database_url, *news_pages(tmp_path / "theirs", "theirs", 3))  # another analyst, another process
    expected = exported(database_url)
    assert expected > shown_count(window)
    qtbot.waitUntil(lambda: shown_count(window) == expected, timeout=20_000)
