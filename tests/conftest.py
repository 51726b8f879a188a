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


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds ingested once through the real `timeline-app ingest`: a read-only database that
    export, render and curation tests share (curation tests copy it before writing)."""
    from helpers.cli import run_cli

    tmp = tmp_path_factory.mktemp("seeds")
    db = tmp / "seeds.sqlite"
    run = run_cli(tmp, "ingest", "--db", str(db), str(SEEDS))
    assert run.returncode == 0, run.stderr
    return db


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


# --------------------------------------------------------------------------- database servers

PG_ENV = "TIMELINE_APP_TEST_PG"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path):
    """A fresh, empty database of each kind the tests can reach: an SQLite file, and a new
    database on the PostgreSQL server named by $TIMELINE_APP_TEST_PG (.ci/run starts one)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'team.sqlite'}"
        return
    with fresh_pg_database() as url:
        yield url


def pg_server_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"no PostgreSQL server: set {PG_ENV}=postgresql+psycopg://USER@HOST:PORT/DB (as .ci/run does)")
    return url


class fresh_pg_database:
    """Create a uniquely named database on the test server; drop it afterwards."""

    def __enter__(self) -> str:
        import uuid

        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        base = pg_server_url()
        self.name = f"timeline_test_{uuid.uuid4().hex[:12]}"
        self.admin = create_engine(base, isolation_level="AUTOCOMMIT")
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{self.name}"')
        return make_url(base).set(database=self.name).render_as_string(hide_password=False)

    def __exit__(self, *exc: object) -> None:
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        self.admin.dispose()


def pytest_report_header(config: pytest.Config) -> str:
    url = os.environ.get(PG_ENV)
    return f"PostgreSQL tests: {'server ' + url if url else 'skipped (no ' + PG_ENV + ')'}"
