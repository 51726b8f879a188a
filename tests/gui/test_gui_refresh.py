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
from PySide6.QtWidgets import QApplication, QListView

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


# ----------------------------------------------------------------------------- while a refresh runs

def table_rows(window: MainWindow) -> list[tuple[int, str]]:
    """(event id, title cell) of every row of the event table, as a user reads it."""
    from timeline_app.gui.event_table_model import TITLE

    model = window.table_model
    return [(model.event_id(r), model.index(r, TITLE).data()) for r in range(model.rowCount())]


def test_filtering_and_scrolling_during_a_refresh_stay_correct(make_window, qtbot, monkeypatch, small_db: Path,
                                                               tmp_path: Path) -> None:
    """The refresh builds its index in the background: a filter changed and the table scrolled
    meanwhile show the events on screen under that filter, and the new index keeps the filter."""
    import threading

    from timeline_app.gui import workers
    from timeline_app.storage.db import Database

    from .synthetic_data import EventSpec, fill_events
    from .test_gui_window import check, db_rows

    window = make_window(small_db)
    db = Database(str(small_db))
    fill_events(db, [EventSpec("Iran sent envoys to Beijing.", "2024-06-06", delegations=["Iran"], location="Beijing"),
                     EventSpec("Hamas leaders flew to Cairo.", "2024-07-07", delegations=["Hamas"], location="Cairo")],
                tmp_path / "new")
    db.close()
    reading, go = threading.Event(), threading.Event()
    real = workers.load_window_columns

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        reading.set()
        assert go.wait(30)  # the user acts while the new index is being read
        return real(*args, **kwargs)

    monkeypatch.setattr(workers, "load_window_columns", held)
    shown = window.index
    window.action_refresh.trigger()
    qtbot.waitUntil(reading.is_set, timeout=5000)
    check(window.findChild(QListView, "delegationFilter"), {"Hamas", "Taliban"})  # Iran, PIJ, other hidden
    old = {r.id: r for r in db_rows(small_db) if r.id in shown.id_to_index}
    wanted = [i for i, r in old.items() if {"Hamas", "Taliban"} & set(r.delegations)]
    assert window.index is shown and window._load_worker is not None  # still refreshing
    assert sorted(window.timeline.visible_event_ids()) == sorted(wanted)
    window.table.scrollToBottom()
    assert [(i, t) for i, t in table_rows(window)] == [(i, old[i].title) for i, _t in table_rows(window)]
    assert sorted(i for i, _t in table_rows(window)) == sorted(wanted)

    with qtbot.waitSignal(window.dataReloaded, timeout=10000):
        go.set()
    assert window.index is not shown
    now = {r.id: r for r in db_rows(small_db)}
    wanted = [i for i, r in now.items() if {"Hamas", "Taliban"} & set(r.delegations)]
    assert len(wanted) == len([i for i in old if {"Hamas", "Taliban"} & set(old[i].delegations)]) + 1  # Cairo
    assert sorted(window.timeline.visible_event_ids()) == sorted(wanted)
    assert sorted(i for i, _t in table_rows(window)) == sorted(wanted)
    assert all(title == now[i].title for i, title in table_rows(window))
    assert window.count_label.text() == f"{len(wanted)} of {len(now)} events"
