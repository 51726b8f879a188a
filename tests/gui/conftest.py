"""GUI fixtures: synthetic databases and windows, headless (tests/conftest.py sets offscreen).

Settings live in the user data folder, which tests/conftest.py isolates per test, so no test
reads or writes the real user's settings; `settings` below also gives each test its own file.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from .synthetic_data import make_db, small_specs


@pytest.fixture
def settings(tmp_path: Path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def small_db(tmp_path: Path) -> Path:
    """Seven events: lanes Hamas, Iran, PIJ, Taliban, other; spans, undated, two sources, emoji."""
    return make_db(tmp_path / "small.sqlite", small_specs(), tmp_path / "docs")


@pytest.fixture
def make_window(qtbot, settings):
    from timeline_app.gui import build_main_window

    def make(path: Path, *, show: bool = True, settings_obj=None, size=(1400, 900)):  # type: ignore[no-untyped-def]
        window = build_main_window(str(path), settings=settings_obj if settings_obj is not None else settings)
        qtbot.addWidget(window)
        if size is not None:
            window.resize(*size)
        if show:
            with qtbot.waitExposed(window):  # a context manager: called bare, it waits for nothing
                window.show()
        return window

    return make


@pytest.fixture
def window(make_window, small_db: Path):
    return make_window(small_db)
