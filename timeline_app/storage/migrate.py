"""Schema upgrades through Alembic, run by the app itself when it opens a database.

The migration scripts ship inside the package (`storage/migrations/versions/`), so users need no
alembic.ini and no command. Revision ids are schema numbers ("0001", "0002", ...): the number is
also written to meta.schema_version, which is what older releases read to refuse a newer database.

Adding a schema change (see migrations/README.md): change models.py, add
`versions/NNNN_what.py` with `revision = "NNNN"` and `down_revision` the previous head, and raise
SCHEMA_VERSION in db.py to NNNN. A new database is created from models.py and stamped at the head;
an older one is upgraded step by step, inside one transaction.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import Connection

from .inspection import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

# alembic is imported where it is used: importing it costs ~0.5 s, and only opening a database
# that needs creating or upgrading uses it (every command paid for it, an unchanged re-ingest too)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(conn: Connection) -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = conn
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head() or "0000"


def revision_for(version: int) -> str:
    """The revision of a schema number: "0004", or one named after it ("0005_writer": branches
    developed side by side name their step so, until they are put in one line)."""
    from alembic.script import ScriptDirectory

    number = f"{version:04d}"
    ids = sorted(r.revision for r in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()
                 if r.revision == number or r.revision.startswith(number + "_"))
    return ids[0] if ids else number


def stamp(conn: Connection, version: int) -> None:
    from alembic import command

    command.stamp(alembic_config(conn), revision_for(version))


def upgrade(conn: Connection, current_revision: str | None, current_version: int) -> None:
    """Run every revision after the database's own, on the caller's open transaction.

    Databases made before Alembic carry only meta.schema_version: they are stamped at that
    revision first (schema 1 -> "0001")."""
    from alembic import command

    if current_revision is None:
        stamp(conn, current_version)
    command.upgrade(alembic_config(conn), "head")


# --------------------------------------------------------------------------- backup

def backup_name(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.schema-v{version}.bak")


def backup_sqlite(path: Path, version: int) -> Path:
    """Copy the database to NAME.schema-vN.bak before upgrading it.

    The copy is written under a temporary name and renamed when complete, so the documented name
    only ever holds a whole copy (a kill mid-copy leaves at most the temporary file, removed by
    the next attempt); a new backup replaces the old one, so at most one is kept.
    """
    final = backup_name(path, version)
    partial = final.with_name(final.name + ".partial")
    leftovers = [partial, *(partial.with_name(partial.name + s) for s in ("-journal", "-wal", "-shm"))]
    try:
        for stale in leftovers:  # of a copy killed half-way: a stale -journal would be replayed into the new copy
            stale.unlink(missing_ok=True)
        src = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
            finally:
                dst.close()
        finally:
            src.close()
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, final)
    except (OSError, sqlite3.Error) as exc:
        for stale in leftovers:
            _remove_quietly(stale)
        reason = getattr(exc, "strerror", None) or str(exc)
        raise DatabaseError(
            f"{path}: cannot write the backup {final.name} before upgrading ({reason}); database left unchanged"
        ) from None
    return final


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass
