"""Schema upgrades through Alembic, on SQLite and PostgreSQL: databases of earlier releases open,
upgrade in one transaction and keep every event; an SQLite file is first copied to one complete
backup; a failed or killed upgrade leaves a usable database.
"""
from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from conftest import SEEDS
from helpers.cli import command, isolated_env, run_cli
from helpers.exports import normalized_events
from helpers.old_schema import make_old


def _stamp_and_version(url: str) -> tuple[str, str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            stamp = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            version = conn.execute(text("SELECT value FROM meta WHERE key = 'schema_version'")).scalar()
            return stamp, version
    finally:
        engine.dispose()


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_schema_version_is_the_newest_revision() -> None:
    from timeline_app.storage import migrate
    from timeline_app.storage.db import SCHEMA_VERSION

    assert migrate.head_revision() == migrate.revision_for(SCHEMA_VERSION)


@pytest.mark.parametrize("old_version", [1, 2, 3, 4, 5, 6, 7])
def test_database_of_an_earlier_release_upgrades_keeping_every_event(database_url: str, old_version: int, tmp_path: Path) -> None:
    from timeline_app.storage import migrate
    from timeline_app.storage.db import SCHEMA_VERSION

    assert run_cli(tmp_path, "ingest", str(SEEDS), "--db", database_url).returncode == 0
    before = run_cli(tmp_path, "export", "--db", database_url)
    assert before.returncode == 0 and len(normalized_events(before.stdout)) >= 8
    make_old(database_url, old_version)

    after = run_cli(tmp_path, "export", "--db", database_url)
    assert after.returncode == 0, after.stderr
    assert normalized_events(after.stdout) == normalized_events(before.stdout)
    assert _stamp_and_version(database_url) == (migrate.revision_for(SCHEMA_VERSION), str(SCHEMA_VERSION))
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            assert "merge_terms" not in inspect(conn).get_table_names()  # schema 7 dropped the merge-term index
    finally:
        engine.dispose()
    if database_url.startswith("sqlite"):
        db_file = Path(database_url.removeprefix("sqlite:///"))
        backups = sorted(p.name for p in db_file.parent.iterdir() if ".bak" in p.name)
        assert backups == [f"{db_file.name}.schema-v{old_version}.bak"]  # one whole copy, no .partial
    # the upgraded database takes new documents (re-ingesting a seed edited: replaced, merged again)
    pages = tmp_path / "more"
    shutil.copytree(SEEDS, pages)
    first = sorted(pages.iterdir())[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nEditor's note: updated.\n", encoding="utf-8")
    more = run_cli(tmp_path, "ingest", str(pages), "--db", database_url)
    assert more.returncode == 0, more.stderr


NEXT = __import__("timeline_app.storage.db", fromlist=["SCHEMA_VERSION"]).SCHEMA_VERSION + 1  # the next schema


def _extra_revision(tmp_path: Path, body: str) -> Path:
    """The shipped migrations plus the next schema, as the next schema change will add one."""
    from timeline_app.storage import migrate
    from timeline_app.storage.db import SCHEMA_VERSION

    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / f"{NEXT:04d}_notes.py").write_text(
        f'revision = "{NEXT:04d}"\ndown_revision = "{migrate.revision_for(SCHEMA_VERSION)}"\nbranch_labels = None\ndepends_on = None\n\n'
        "from alembic import op\nimport sqlalchemy as sa\n\n\ndef upgrade() -> None:\n" + body, encoding="utf-8")
    return scripts


def test_a_new_revision_upgrades_once(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline_app.storage import Database, migrate
    from timeline_app.storage import db as dbmod

    Database(database_url).close()
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", _extra_revision(tmp_path, (
        "    op.add_column('events', sa.Column('note', sa.String(200), nullable=True))\n"
        "    op.execute(\"UPDATE meta SET value = value WHERE key = 'revision'\")\n"
    )))
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", NEXT)
    database = Database(database_url)
    database.close()
    assert _stamp_and_version(database_url) == (f"{NEXT:04d}", str(NEXT))
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            assert "note" in {c["name"] for c in inspect(conn).get_columns("events")}
    finally:
        engine.dispose()
    again = Database(database_url)  # opening it again neither upgrades nor backs up
    assert again.backup_path is None
    again.close()


def test_a_failed_upgrade_leaves_the_database_as_it_was(database_url: str, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline_app.storage import Database, DatabaseError, migrate
    from timeline_app.storage import db as dbmod

    Database(database_url).close()
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", _extra_revision(tmp_path, (
        "    op.add_column('events', sa.Column('note', sa.String(200), nullable=True))\n"
        "    op.execute('ALTER TABLE no_such_table ADD COLUMN x TEXT')\n"  # fails half-way
    )))
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", NEXT)
    with pytest.raises(DatabaseError, match="cannot prepare database"):
        Database(database_url)
    assert _stamp_and_version(database_url) == (migrate.revision_for(NEXT - 1), str(NEXT - 1))
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            assert "note" not in {c["name"] for c in inspect(conn).get_columns("events")}  # rolled back too
    finally:
        engine.dispose()


def _old_sqlite(tmp_path: Path) -> Path:
    db_file = tmp_path / "research.sqlite"
    assert run_cli(tmp_path, "ingest", str(SEEDS), "--db", str(db_file)).returncode == 0
    make_old(f"sqlite:///{db_file}", 2)
    return db_file


def test_a_backup_that_cannot_be_written_is_one_line_and_no_upgrade(tmp_path: Path) -> None:
    db_file = _old_sqlite(tmp_path)
    before = _dump(db_file)
    blocker = db_file.with_name(f"{db_file.name}.schema-v2.bak.partial")
    blocker.mkdir()  # the backup's temporary name is taken by a folder: the copy cannot be written
    (blocker / "x").write_text("x")
    run = run_cli(tmp_path, "export", "--db", str(db_file))
    assert run.returncode == 2
    assert len(run.error_lines) == 1 and "cannot write the backup" in run.error_lines[0], run.stderr
    assert _dump(db_file) == before
    assert not db_file.with_name(f"{db_file.name}.schema-v2.bak").exists()


@pytest.mark.parametrize("moment", ["during the backup", "during the upgrade"])
def test_sigkill_while_upgrading_leaves_a_usable_database(tmp_path: Path, moment: str) -> None:
    db_file = _old_sqlite(tmp_path)
    original = _dump(db_file)
    (tmp_path / "ref").mkdir()
    reference = normalized_events(run_cli(tmp_path, "export", "--db", str(shutil.copy(db_file, tmp_path / "ref"))).stdout)
    backup = db_file.with_name(f"{db_file.name}.schema-v2.bak")
    watched = backup.with_name(backup.name + ".partial") if moment == "during the backup" else backup
    proc = subprocess.Popen(command("export", "--db", str(db_file)), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=isolated_env(tmp_path), cwd=tmp_path)
    try:
        while proc.poll() is None and not watched.exists():
            pass
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    names = sorted(p.name for p in tmp_path.iterdir() if ".bak" in p.name)
    assert {n.removesuffix("-journal") for n in names} <= {backup.name, backup.name + ".partial"}, names  # never a .bak1
    if backup.exists():
        assert _dump(backup) == original  # complete, or not there at all
    run = run_cli(tmp_path, "export", "--db", str(db_file))
    assert run.returncode == 0, run.stderr
    assert normalized_events(run.stdout) == reference
    assert sorted(p.name for p in tmp_path.iterdir() if ".bak" in p.name) == [backup.name]
