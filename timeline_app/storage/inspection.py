"""Is this database ours, and at which schema? Answered without writing a byte.

A user's database is their research, so opening one never modifies a file we do not recognise:
an SQLite file is inspected on a read-only (or immutable, or copied) connection before any
engine that could write exists, and a server database is only read.
"""
from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, inspect, text

APPLICATION_ID = "timeline-app"
SQLITE_APPLICATION_ID = 0x544C4E41  # "TLNA" in the SQLite header (PRAGMA application_id)
SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_BYTES = 100  # the whole SQLite header: format versions at 18/19, application_id at 68


class DatabaseError(Exception):
    """A database that cannot be used; the message is one line meant for the user."""


@dataclass(frozen=True)
class SchemaState:
    exists: bool
    version: int | None  # None: an empty database we may create our tables in
    revision: str | None = None  # the Alembic revision stamped in it, if any


def inspect_sqlite_file(path: Path, newest: int) -> SchemaState:
    if not path.exists():
        return SchemaState(exists=False, version=None)
    if path.is_dir():
        raise DatabaseError(f"{path}: is a folder, not a database file")
    if not path.is_file():  # a FIFO or a device would block (or never end) when its header is read
        raise DatabaseError(f"{path}: not a regular file, so not a database")
    try:
        with path.open("rb") as handle:
            header = handle.read(_HEADER_BYTES)
    except OSError as exc:
        raise DatabaseError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if not header:
        return SchemaState(exists=True, version=None)  # an empty file: SQLite treats it as new
    if header[:len(SQLITE_MAGIC)] != SQLITE_MAGIC:
        raise DatabaseError(f"{path}: not an SQLite database")
    try:
        if _wal_mode(header) and not _sidecar(path, "-shm").exists():
            # Even a read-only connection creates -shm next to a WAL database. Without a -wal
            # nobody is writing it and the main file is complete: read it as immutable. With a
            # -wal but no -shm, read a private copy of both.
            if not _sidecar(path, "-wal").exists():
                return _read_schema(f"{path.as_uri()}?mode=ro&immutable=1", str(path), newest)
            with tempfile.TemporaryDirectory(prefix="timeline-inspect-") as tmp:
                copy = Path(tmp) / path.name
                shutil.copyfile(path, copy)
                shutil.copyfile(_sidecar(path, "-wal"), _sidecar(copy, "-wal"))
                return _read_schema(f"{copy.as_uri()}?mode=ro", str(path), newest)
        return _read_schema(f"{path.as_uri()}?mode=ro", str(path), newest)
    except OSError as exc:
        raise DatabaseError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _wal_mode(header: bytes) -> bool:
    """Header bytes 18/19 are the file format versions: 2 means WAL mode."""
    return len(header) >= 20 and header[18] == 2


def _read_schema(uri: str, label: str, newest: int) -> SchemaState:
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=30)
        try:
            objects = conn.execute("SELECT type, name FROM sqlite_master").fetchall()
            tables = {name for kind, name in objects if kind == "table"}
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall()) if "meta" in tables else {}
            revision = _alembic_revision_sqlite(conn, tables)
            user_version = conn.execute("PRAGMA user_version").fetchone()[0]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{label}: not a usable SQLite database ({exc})") from None
    if app_id not in (0, SQLITE_APPLICATION_ID):
        raise DatabaseError(f"{label}: belongs to another application (application_id {app_id:#x}); left untouched")
    if not objects and user_version != 0:
        raise DatabaseError(f"{label}: belongs to another application (user_version {user_version}); left untouched")
    return judge(label, bool(objects), meta, revision, newest)


def _alembic_revision_sqlite(conn: sqlite3.Connection, tables: set[str]) -> str | None:
    if "alembic_version" not in tables:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def inspect_connection(conn: Connection, label: str, newest: int) -> SchemaState:
    """The same judgement for a server database, read through an open connection."""
    inspector = inspect(conn)
    tables = set(inspector.get_table_names())
    anything = bool(tables or inspector.get_view_names())
    if not anything and conn.dialect.name == "sqlite":  # an index or trigger alone is not empty either
        anything = conn.exec_driver_sql("SELECT 1 FROM sqlite_master LIMIT 1").first() is not None
    meta = dict(conn.execute(text("SELECT key, value FROM meta")).all()) if "meta" in tables else {}
    revision = None
    if "alembic_version" in tables:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return judge(label, anything, meta, revision, newest)


def judge(label: str, anything: bool, meta: dict[str, str], revision: str | None, newest: int) -> SchemaState:
    """Ours only with our application id and a schema mark; never newer than this program."""
    if not anything:
        return SchemaState(exists=True, version=None)
    if meta.get("application_id") != APPLICATION_ID:
        raise DatabaseError(f"{label}: belongs to another application (no timeline-app schema); left untouched")
    try:
        version = int(meta.get("schema_version", ""))
    except ValueError:
        raise DatabaseError(f"{label}: unreadable schema version {meta.get('schema_version')!r}; left untouched") from None
    if version > newest:
        raise DatabaseError(
            f"{label}: written by a newer timeline-app (schema {version}, this version reads up to "
            f"{newest}); left untouched"
        )
    return SchemaState(exists=True, version=version, revision=revision)
