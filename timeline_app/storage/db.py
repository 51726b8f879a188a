"""Opening a database safely: URL resolution, SQLite tuning, schema version checks, migrations.

A user's database is their research, so opening one never modifies a file we do not recognise:
the checks below run on a read-only connection before any engine that could write exists.
"""
from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from .models import Base, Meta

APPLICATION_ID = "timeline-app"
SCHEMA_VERSION = 2
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 30_000
_HEADER_BYTES = 20  # the magic string, page size, then the write/read format versions


class DatabaseError(Exception):
    """A database that cannot be used; the message is one line meant for the user."""


def resolve_url(value: str | Path) -> str:
    """Accept a SQLAlchemy URL or a plain path to an SQLite file."""
    text_value = str(value).strip()
    if "://" in text_value:
        try:
            make_url(text_value)
        except ArgumentError as exc:
            raise DatabaseError(f"{text_value}: not a valid database URL ({exc})") from None
        return text_value
    path = Path(text_value).expanduser().resolve()
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    # absolute, because the read-only inspection opens it as a file: URI (sqlite:///relative.db)
    return Path(parsed.database).absolute()


# --------------------------------------------------------------------------- inspection

@dataclass(frozen=True)
class SchemaState:
    exists: bool
    version: int | None  # None: empty database


def _inspect_sqlite_file(path: Path) -> SchemaState:
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
    uri = f"{path.as_uri()}?mode=ro"
    if _wal_without_sidecars(path, header):
        # Even a read-only connection creates -wal/-shm files next to a WAL-mode database; with
        # none there, nobody is writing it and the main file is complete, so read it as immutable
        # and leave a database we may not recognise exactly as we found it.
        uri += "&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall()) if "meta" in tables else {}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path}: not a usable SQLite database ({exc})") from None
    return _judge(str(path), tables, meta)


def _wal_without_sidecars(path: Path, header: bytes) -> bool:
    """Header bytes 18/19 are the file format versions: 2 means WAL mode."""
    if len(header) < _HEADER_BYTES or header[18] != 2:
        return False
    return not any(path.with_name(path.name + suffix).exists() for suffix in ("-wal", "-shm"))


def _inspect_engine(engine: Engine, label: str) -> SchemaState:
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            meta = dict(conn.execute(text("SELECT key, value FROM meta")).all()) if "meta" in tables else {}
    except SQLAlchemyError as exc:
        raise DatabaseError(f"{label}: cannot open database ({exc.__class__.__name__}: {exc.args[0] if exc.args else exc})") from None
    return _judge(label, tables, meta)


def _judge(label: str, tables: set[str], meta: dict[str, str]) -> SchemaState:
    if not tables:
        return SchemaState(exists=True, version=None)
    if meta.get("application_id") != APPLICATION_ID:
        raise DatabaseError(f"{label}: belongs to another application (no timeline-app schema); left untouched")
    try:
        version = int(meta.get("schema_version", "0"))
    except ValueError:
        raise DatabaseError(f"{label}: unreadable schema version {meta.get('schema_version')!r}; left untouched") from None
    if version > SCHEMA_VERSION:
        raise DatabaseError(
            f"{label}: written by a newer timeline-app (schema {version}, this version reads up to "
            f"{SCHEMA_VERSION}); left untouched"
        )
    return SchemaState(exists=True, version=version)


# --------------------------------------------------------------------------- migrations

def _v1_to_v2(conn: Connection) -> None:
    """File sizes and modification times (nanoseconds) need 64-bit columns. SQLite's INTEGER
    already is; PostgreSQL's is 32-bit, where schema 1 could store no document at all."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("ALTER TABLE documents ALTER COLUMN size TYPE BIGINT, ALTER COLUMN mtime_ns TYPE BIGINT")


# from_version -> function that upgrades a connection to from_version + 1
MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _v1_to_v2}


def _backup_sqlite(path: Path, version: int) -> Path:
    backup = path.with_name(f"{path.name}.schema-v{version}.bak")
    n = 1
    while backup.exists():
        backup = path.with_name(f"{path.name}.schema-v{version}.bak{n}")
        n += 1
    src = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(backup)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return backup


def _upgrade(engine: Engine, from_version: int, path: Path | None) -> Path | None:
    backup = _backup_sqlite(path, from_version) if path is not None else None
    with engine.begin() as conn:
        version = from_version
        while version < SCHEMA_VERSION:
            MIGRATIONS[version](conn)
            version += 1
        Base.metadata.create_all(conn)
        _set_meta(conn, "schema_version", str(SCHEMA_VERSION))
    return backup


def _set_meta(conn: Connection, key: str, value: str) -> None:
    exists = conn.execute(select(Meta.key).where(Meta.key == key)).first()
    if exists:
        conn.execute(Meta.__table__.update().where(Meta.key == key).values(value=value))
    else:
        conn.execute(Meta.__table__.insert().values(key=key, value=value))


# --------------------------------------------------------------------------- engine

def _configure_sqlite(engine: Engine, immediate: bool) -> None:
    """WAL lets the window read while an ingest writes; writers take the lock up front.

    pysqlite opens transactions lazily, so a writer could otherwise start as a reader and fail to
    upgrade its lock while another process writes; BEGIN IMMEDIATE waits (busy_timeout) instead.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() != "wal":
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """An opened, schema-checked database and the sessionmaker that serves it."""

    def __init__(self, url: str, *, writer: bool = True, create: bool = True) -> None:
        self.url = resolve_url(url)
        self.path = sqlite_path(self.url)
        self.backup_path: Path | None = None
        self.created = False
        if self.path is not None:
            state = _inspect_sqlite_file(self.path)
            if not state.exists and not create:
                raise DatabaseError(f"{self.path}: no such database")
            if not state.exists:
                try:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise DatabaseError(f"{self.path.parent}: cannot create folder ({exc.strerror})") from None
            self.engine = create_engine(self.url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
            _configure_sqlite(self.engine, immediate=writer)
        else:
            try:
                self.engine = create_engine(self.url, pool_pre_ping=True)
            except (ArgumentError, ImportError, SQLAlchemyError) as exc:
                raise DatabaseError(f"{self.url}: cannot open database ({exc})") from None
            state = _inspect_engine(self.engine, self.url)
        self.sessions: sessionmaker[Session] = sessionmaker(self.engine, expire_on_commit=False)
        try:
            self._prepare(state)
        except SQLAlchemyError as exc:
            self.engine.dispose()
            raise DatabaseError(f"{self.path or self.url}: cannot prepare database ({exc.__class__.__name__})") from None

    def _prepare(self, state: SchemaState) -> None:
        if state.version is None:
            with self.engine.begin() as conn:
                Base.metadata.create_all(conn)
                _set_meta(conn, "application_id", APPLICATION_ID)
                _set_meta(conn, "schema_version", str(SCHEMA_VERSION))
                _set_meta(conn, "revision", "0")
            self.created = True
        elif state.version < SCHEMA_VERSION:
            self.backup_path = _upgrade(self.engine, state.version, self.path)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on error."""
        with self.sessions.begin() as session:
            yield session

    def revision(self) -> int:
        """A counter bumped by every committed write; readers poll it to notice changes."""
        with self.engine.connect() as conn:
            value = conn.execute(select(Meta.value).where(Meta.key == "revision")).scalar()
        return int(value or 0)

    def close(self) -> None:
        self.engine.dispose()


def bump_revision(session: Session) -> None:
    """Call inside every write transaction so open windows notice the change."""
    session.execute(
        Meta.__table__.update()
        .where(Meta.key == "revision")
        .values(value=text("CAST(CAST(value AS INTEGER) + 1 AS VARCHAR(32))"))
    )
