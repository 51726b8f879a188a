"""The window follows its database: after its own import, after another process's ingest, on F5
and by itself. Driven the way a user runs it: `timeline-app gui --db ...`, a drop, a terminal."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from timeline_app import cli
from timeline_app.gui.main_window import MainWindow

from .synthetic_data import news_pages as news


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`timeline-app ...` in its own process, as from a terminal."""
    env = dict(os.environ)
    proc = subprocess.run([sys.executable, "-m", "timeline_app", *args], capture_output=True, text=True,
                          env=env, timeout=180)
    assert proc.returncode == 0, proc.stderr
    return proc


def exported_count(db: Path) -> int:
    return len(json.loads(run_cli("export", "--db", str(db), "--format", "json").stdout)["events"])


def open_gui(monkeypatch: pytest.MonkeyPatch, qtbot, db: Path) -> MainWindow:
    """The window exactly as `timeline-app gui --db DB` builds and shows it (the event loop is
    pytest-qt's instead of `app.exec()`)."""
    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    before = {id(w) for w in QApplication.topLevelWidgets()}
    assert cli.main(["gui", "--db", str(db)]) == 0
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and id(w) not in before)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.windowHandle() is not None and window.windowHandle().isExposed())
    return window


def shown_count(window: MainWindow) -> int:
    return int(window.count_label.text().split()[0].replace(",", ""))


def drop(window: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(300, 300), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, mime,
                                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


def test_window_follows_its_own_import_other_processes_f5_and_the_poll(
        monkeypatch, qtbot, small_db: Path, tmp_path: Path) -> None:
    window = open_gui(monkeypatch, qtbot, small_db)
    assert shown_count(window) == exported_count(small_db)

    # 1. its own import, by a drop: the window hears the end and shows the new events
    with qtbot.waitSignal(window.importFinished, timeout=120_000) as finished:
        drop(window, news(tmp_path / "dropped", "drop", 2))
    assert not isinstance(finished.args[0], str), finished.args[0]
    qtbot.waitUntil(lambda: shown_count(window) == exported_count(small_db), timeout=30_000)
    assert window.action_import.isEnabled() and not window.progress.isVisible()

    # 2. another process ingests, the user presses F5
    window._poll.stop()  # F5 alone must be enough
    run_cli("ingest", "--db", str(small_db), *map(str, news(tmp_path / "terminal", "terminal", 2)))
    expected = exported_count(small_db)
    assert expected > shown_count(window)
    window.timeline.setFocus()
    QTest.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: shown_count(window) == expected, timeout=30_000)

    # 3. another ingest; nobody presses anything: the revision poll notices it
    window._poll.start()
    run_cli("ingest", "--db", str(small_db), *map(str, news(tmp_path / "later", "laterbatch", 1)))
    expected = exported_count(small_db)
    assert expected > shown_count(window)
    qtbot.waitUntil(lambda: shown_count(window) == expected, timeout=30_000)
    window.close()
