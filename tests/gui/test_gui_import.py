"""Importing documents from the window: in the background, with progress, cancel and errors."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from timeline_app.gui.dialogs import ImportReportDialog
from timeline_app.gui.workers import ImportResult


def write_pages(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"page_{n:03d}.txt").write_text(
            f"Page {n}\n\nA Hamas delegation met Russian Deputy Foreign Minister Mikhail Bogdanov in Moscow "
            f"on Thursday, officials said. Unique sentence number {n}.\n", encoding="utf-8")
    return folder


def test_import_runs_in_the_background_and_lists_errors(window, qtbot, tmp_path: Path) -> None:
    folder = write_pages(tmp_path / "pages", 12)
    missing = tmp_path / "missing.txt"
    ticks = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    progress = []
    worker = window.import_paths([str(folder), str(missing)])
    assert worker is not None
    worker.signals.progress.connect(lambda done, total, path: progress.append((done, total)))
    assert window.progress.isVisibleTo(window) and window.cancel_button.isVisibleTo(window)
    assert not window.action_import.isEnabled()
    assert window.import_paths([str(folder)]) is None  # one writer at a time
    with qtbot.waitSignal(window.dataReloaded, timeout=60_000):
        with qtbot.waitSignal(worker.signals.finished, timeout=60_000) as blocker:
            pass
    timer.stop()
    result = blocker.args[0]
    assert isinstance(result, ImportResult) and not result.cancelled
    assert result.files == 13
    assert [Path(p).name for p, _ in result.failures] == ["missing.txt"]
    assert progress and progress[-1] == (13, 13)
    assert ticks, "the event loop did not run while importing"
    assert not window.progress.isVisibleTo(window) and window.action_import.isEnabled()
    dialog = window.findChild(ImportReportDialog, "importReport")
    assert dialog is not None and dialog.isVisible()
    assert f"{missing}: no such file or folder" in dialog.errors.toPlainText()
    dialog.close()


def test_cancel_stops_the_import_between_files(window, qtbot, tmp_path: Path) -> None:
    folder = write_pages(tmp_path / "many", 150)
    worker = window.import_paths([str(folder)])
    assert worker is not None
    worker.signals.progress.connect(lambda *_: window.cancel_button.click())
    with qtbot.waitSignal(worker.signals.finished, timeout=120_000) as blocker:
        pass
    result = blocker.args[0]
    assert result.cancelled and result.files < 150
    assert "cancelled" in result.summary


def test_dropping_files_on_the_window_imports_them(window, qtbot, tmp_path: Path) -> None:
    folder = write_pages(tmp_path / "dropped", 2)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in sorted(folder.iterdir())])
    pos = QPointF(200, 200)
    enter = QDragEnterEvent(QPoint(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(window.importFinished, timeout=60_000) as blocker:
        QApplication.sendEvent(window, QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                                  Qt.KeyboardModifier.NoModifier))
    assert isinstance(blocker.args[0], ImportResult) and blocker.args[0].files == 2


def test_an_import_into_an_unusable_database_reports_instead_of_raising(window, qtbot, tmp_path: Path) -> None:
    window.db_url = str(tmp_path / "nowhere" / "gone.sqlite")  # the writer opens with create=False
    worker = window.import_paths([str(tmp_path)])
    with qtbot.waitSignal(worker.signals.failed, timeout=10_000) as blocker:
        pass
    assert "no such database" in blocker.args[0]
    qtbot.waitUntil(lambda: window.import_error.isVisible(), timeout=3000)
    window.import_error.close()


def test_import_summary_stays_until_dismissed_and_the_view_shows_what_was_added(
        window, qtbot, tmp_path: Path) -> None:
    from datetime import date

    from .synthetic_data import news_pages

    pages = news_pages(tmp_path / "new", "added", 2)  # dated 2015 and 2016, before everything else
    worker = window.import_paths([str(p) for p in pages] + [str(tmp_path / "gone.txt")])
    with qtbot.waitSignal(window.dataReloaded, timeout=60_000):
        with qtbot.waitSignal(window.importFinished, timeout=60_000):
            pass
    assert worker is not None
    qtbot.waitUntil(lambda: window.timeline.selected_event_id() >= 0)
    bar = window.import_summary
    assert bar.isVisible()
    assert "2 files read" in bar.text() and "1 failed" in bar.text() and "2 events added, 0 merged" in bar.text()
    # the view moved to the added events and selected the first
    left, right = window.timeline.visible_range()
    assert left <= date(2015, 3, 3).toordinal() and date(2016, 3, 4).toordinal() <= right
    assert right < date(2021, 1, 1).toordinal()
    selected = window.timeline.selected_event_id()
    assert window.index.cols.dates[window.index.id_to_index[selected]] == "2015-03-03"
    window.findChild(ImportReportDialog, "importReport").close()

    # later messages and reloads do not take the summary away
    with qtbot.waitSignal(window.dataReloaded, timeout=30_000):
        window.action_refresh.trigger()
    assert bar.isVisible() and "2 events added" in bar.text()
    bar.dismiss.click()
    assert not bar.isVisible()
