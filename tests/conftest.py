"""Shared fixtures. GUI tests run headless: the platform is set here, never by the user."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "timeline.sqlite"


@pytest.fixture
def db(db_path: Path):
    from timeline_app.storage import Database

    database = Database(str(db_path))
    yield database
    database.close()


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user's data folder or database from a test."""
    home = tmp_path_factory.mktemp("userdata")
    monkeypatch.setattr("timeline_app.paths.user_data_dir", lambda: home)
    monkeypatch.delenv("TIMELINE_APP_DB", raising=False)


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or skip the test (a user's clone has no ../shared)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared not available ({path})")
    return path
