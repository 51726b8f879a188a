"""`timeline-app render` and `timeline-app gui` / plain `timeline-app`, plus the real seeds."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from timeline_app import cli
from timeline_app.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_render_png(qapp, small_db: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "timeline.png"
    assert cli.main(["render", "--db", str(small_db), "-o", str(out), "--width", "1200", "--height", "600"]) == 0
    image = QImage(str(out))
    assert not image.isNull() and (image.width(), image.height()) == (1200, 600)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "7 of 7 events" in capsys.readouterr().out
    # not a blank picture: several colours are drawn
    colours = {image.pixel(x, y) for x in range(0, 1200, 13) for y in range(0, 600, 11)}
    assert len(colours) > 8


def test_render_svg_with_filters(qapp, small_db: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "hamas.svg"
    code = cli.main(["render", "--db", str(small_db), "-o", str(out), "--delegation", "hamas", "--from", "2021", "--to", "2022"])
    assert code == 0
    text = out.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text and "</svg>" in text
    assert "2 of 7 events" in capsys.readouterr().out


def test_render_rejects_unknown_names_and_formats(qapp, small_db: Path, tmp_path: Path, capsys) -> None:
    assert cli.main(["render", "--db", str(small_db), "-o", str(tmp_path / "x.png"), "--delegation", "Nobody"]) == 2
    assert "unknown delegation 'Nobody'" in capsys.readouterr().err
    assert cli.main(["render", "--db", str(small_db), "-o", str(tmp_path / "x.gif")]) == 2
    assert cli.main(["render", "--db", str(small_db), "-o", str(tmp_path / "x.png"), "--from", "soon"]) == 2
    assert not (tmp_path / "x.png").exists()


def test_render_in_a_fresh_process_without_a_display(small_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "fresh.png"
    env = {k: v for k, v in __import__("os").environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    proc = subprocess.run([sys.executable, "-m", "timeline_app", "render", "--db", str(small_db), "-o", str(out)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert QImage(str(out)).width() == 1600


def test_gui_command_and_no_command_open_the_window(qapp, small_db: Path, monkeypatch) -> None:
    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    before = {id(w) for w in QApplication.topLevelWidgets()}
    assert cli.main(["gui", "--db", str(small_db)]) == 0
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and id(w) not in before]
    assert len(windows) == 1 and windows[0].isVisible()
    assert len(windows[0].timeline.visible_event_ids()) == 7
    windows[0].close()
    monkeypatch.setenv("TIMELINE_APP_DB", str(small_db))
    assert cli.main([]) == 0
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    assert windows and windows[-1].db_url.endswith("small.sqlite")
    for w in windows:
        w.close()


def test_gui_command_with_a_bad_database_explains_in_the_window(qapp, tmp_path: Path, monkeypatch, capsys) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database\n" * 50)
    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    assert cli.main(["gui", "--db", str(bad)]) == 0
    assert "not an SQLite database" in capsys.readouterr().err
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    assert windows and windows[-1].database_error
    for w in windows:
        if w.error_box is not None:
            w.error_box.close()
        w.close()
    assert bad.read_bytes() == b"not a database\n" * 50


def test_ingest_and_export_still_work(tmp_path: Path, capsys) -> None:
    db = tmp_path / "cli.sqlite"
    page = tmp_path / "p.txt"
    page.write_text("Nothing to see here.\n", encoding="utf-8")
    assert cli.main(["ingest", "--db", str(db), str(page)]) == 0
    capsys.readouterr()
    assert cli.main(["export", "--db", str(db)]) == 0
    assert "events" in json.loads(capsys.readouterr().out)


# ----------------------------------------------------------------------------- the real seeds

@pytest.fixture
def seeds_db(tmp_path: Path) -> Path:
    db = tmp_path / "seeds.sqlite"
    assert cli.main(["ingest", "--db", str(db), str(ROOT / "seeds")]) in (0, 1)
    return db


def test_seeds_timeline_once_the_extractor_lands(make_window, qtbot, seeds_db: Path) -> None:
    window = make_window(seeds_db)
    ids = window.timeline.visible_event_ids()
    if not ids:
        pytest.skip("the seeds give no events yet (the event extractor has not landed)")
    delegations = set(window.index.delegations)
    assert {"Hamas", "Iran"} <= delegations
    assert "Mikhail Bogdanov" in window.index.officials
    undated = [i for i in ids if window.index.cols.dates[window.index.id_to_index[i]] is None]
    assert undated, "the undated Hamas meeting belongs in the undated strip"
    for event in ids:
        rect = window.timeline.event_rect(event)
        with qtbot.waitSignal(window.timeline.eventActivated, timeout=3000) as blocker:
            qtbot.mouseClick(window.timeline, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton,
                             pos=rect.center().toPoint())
        assert blocker.args == [event]
        text = window.findChild(QPlainTextEdit, "sourceText")
        if window.current_sources:
            source = window.current_sources[0]
            assert text.textCursor().selectedText().replace("\u2029", "\n") == source.quote.replace("\r\n", "\n")


def test_gui_names_a_missing_xcb_library_instead_of_aborting(small_db: Path, monkeypatch, capsys) -> None:
    from timeline_app.gui import platform_check

    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(platform_check, "_loadable", lambda name: name != "libxcb-cursor.so.0")
    before = len(QApplication.topLevelWidgets()) if QApplication.instance() else 0
    assert cli.main(["gui", "--db", str(small_db)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "libxcb-cursor.so.0" in err[0] and "apt install libxcb-cursor0" in err[0]
    assert (len(QApplication.topLevelWidgets()) if QApplication.instance() else 0) == before
    # with the offscreen platform nothing is checked
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert platform_check.platform_problem() is None


def test_gui_in_a_fresh_process_on_a_machine_without_the_xcb_libraries(small_db: Path, monkeypatch) -> None:
    """Where the libraries really are missing (a plain Debian), the real command says so and exits 2."""
    import os

    from timeline_app.gui import platform_check

    if not sys.platform.startswith("linux"):
        pytest.skip("the xcb platform is Linux only")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    if platform_check.platform_problem() is None:
        pytest.skip("this machine has every library the xcb plugin needs")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"} | {"DISPLAY": ":0"}
    proc = subprocess.run([sys.executable, "-m", "timeline_app", "gui", "--db", str(small_db)],
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "apt install" in lines[0] and ".so." in lines[0]
