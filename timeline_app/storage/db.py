"""Opening a database: URL resolution, connection tuning, schema checks and upgrades, and the
two kinds of transaction (reading never takes the write lock; writing waits for it).

SQLite and PostgreSQL run the same code. Writers are serialised by the database itself: on
SQLite by its write lock (BEGIN IMMEDIATE), on PostgreSQL by a transaction-level advisory lock,
so the "look again, then store" of an ingest and the cross-document merge never race another
analyst's ingest. Unique indexes back this up.
"""
from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from . import migrate
from .inspection import (
    APPLICATION_ID, SQLITE_APPLICATION_ID, DatabaseError, SchemaState, inspect_connection, inspect_sqlite_file,
    register_open, unregister_open,
)
from .models import Base, Meta

SCHEMA_VERSION = 8  # == the newest revision in migrations/versions (a test checks)
BUSY_TIMEOUT_MS = 30_000
CACHE_KIB = 65_536  # pages kept per connection (SQLite: 2 MB): the merge re-reads recent events and reports
FIRST_WAIT_MS = 1_000  # after this long without the write lock, say that we are waiting
WRITE_LOCK_KEY = 0x74696D656C696E65  # "timeline": PostgreSQL advisory lock for writers
SCHEMA_LOCK_KEY = WRITE_LOCK_KEY + 1  # held while creating or upgrading the schema
NOTIFY_CHANNEL = "timeline_app_revision"
WAIT_MESSAGE = "timeline-app: waiting for another ingest to finish writing to the database..."

__all__ = ["Database", "DatabaseError", "SCHEMA_VERSION", "bump_revision", "fatal_write_error", "resolve_url"]


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


def _print_wait() -> None:
    print(WAIT_MESSAGE, file=sys.stderr, flush=True)


def _configure_sqlite(engine: Engine, on_wait: Callable[[], None]) -> None:
    """WAL lets the window and exports read while an ingest writes.

    Reading transactions use a plain (deferred) BEGIN and never take the write lock. Writing
    transactions take it up front with BEGIN IMMEDIATE, so a writer never starts as a reader and
    fails to upgrade its lock; when another writer holds it, they say so once and keep waiting.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        _switch_to_wal(cursor)
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        raw = conn.connection.driver_connection
        if not conn.get_execution_options().get("timeline_write"):
            raw.execute("BEGIN")
            return
        if not conn.connection.info.get(_TEMP_IN_MEMORY):
            # the writer's lookups (DISTINCT, IN (SELECT ...)) build small temporary b-trees,
            # which SQLite otherwise backs with a temporary file: opening, writing and deleting
            # it was ~8% of the writer's CPU (3,000 pages replayed, interleaved runs: 3.52-3.67 s
            # -> 3.30-3.36 s). Only temporary data: what is stored and its durability do not
            # change. Set on the connections that write (a reading-only connection's big sort,
            # an export's, may still spill to disk).
            raw.execute("PRAGMA temp_store = MEMORY")
            conn.connection.info[_TEMP_IN_MEMORY] = True
        raw.execute(f"PRAGMA busy_timeout = {FIRST_WAIT_MS}")
        try:
            if _begin_immediate(raw):
                return
        finally:
            raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        on_wait()
        while not _begin_immediate(raw):  # an ingest of a huge file may hold the lock for minutes: wait, do not fail
            pass


_TEMP_IN_MEMORY = "timeline_app.temp_store_memory"


def _switch_to_wal(cursor: sqlite3.Cursor) -> None:
    """Switching a new file to WAL needs it unlocked, and SQLite answers "database is locked"
    at once instead of calling the busy handler; two ingests creating one database at the same
    moment met exactly that. Retry until the file is in WAL (one of them switches it) or the
    busy timeout has passed."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
                return
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _begin_immediate(raw: sqlite3.Connection) -> bool:
    """Take SQLite's write lock within the busy timeout; False when another writer kept it."""
    try:
        raw.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise
        return False
    return True


def _advisory_lock(conn: Connection, key: int, on_wait: Callable[[], None]) -> None:
    if not conn.execute(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": key}).scalar():
        on_wait()
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": key})


class Database:
    """An opened, schema-checked database and the sessions that serve it.

    `writer` and `create` keep their meaning for callers: create=False refuses a missing
    SQLite file. Whether a transaction may write is chosen per unit of work: `session()` reads
    (it never blocks an ingest, and is never blocked by one), `writing()` writes.
    """

    def __init__(self, url: str, *, writer: bool = True, create: bool = True,
                 on_wait: Callable[[], None] | None = None) -> None:
        self.url = resolve_url(url)
        self.path = sqlite_path(self.url)
        self.backup_path: Path | None = None
        self.created = False
        self.writer = writer
        self._waiting_said = False
        self._closed = False
        self._on_wait = on_wait or _print_wait
        if self.path is not None:
            state = inspect_sqlite_file(self.path, SCHEMA_VERSION)
            if not state.exists and not create:
                raise DatabaseError(f"{self.path}: no such database")
            if not state.exists:
                try:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise DatabaseError(f"{self.path.parent}: cannot create folder ({exc.strerror})") from None
            self.engine = create_engine(self.url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "cached_statements": 1024})
            _configure_sqlite(self.engine, self._waiting)
        else:
            try:
                self.engine = create_engine(self.url, pool_pre_ping=True)
                with self.engine.connect() as conn:
                    state = inspect_connection(conn, self.url, SCHEMA_VERSION)
            except DatabaseError:
                raise
            except (ArgumentError, ImportError, SQLAlchemyError) as exc:
                raise DatabaseError(f"{self.url}: cannot open database ({_one_line(exc)})") from None
        self._write_engine = self.engine.execution_options(timeline_write=True)
        self.sessions: sessionmaker[Session] = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions: sessionmaker[Session] = sessionmaker(self._write_engine, expire_on_commit=False)
        try:
            if state.version is None or state.version < SCHEMA_VERSION:
                self._prepare(state)
        except DatabaseError:
            self.engine.dispose()
            raise
        except SQLAlchemyError as exc:
            self.engine.dispose()
            raise DatabaseError(f"{self.path or self.url}: cannot prepare database ({_one_line(exc)})") from None
        if self.path is not None:
            register_open(self.path)

    @property
    def is_postgresql(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def _waiting(self) -> None:
        if not self._waiting_said:
            self._waiting_said = True
            self._on_wait()

    def _prepare(self, seen: SchemaState) -> None:
        """Create or upgrade the schema, once, whoever else is opening the database now."""
        if seen.version is not None and self.path is not None:
            self.backup_path = migrate.backup_sqlite(self.path, seen.version)
        with self._write_engine.begin() as conn:
            if self.is_postgresql:
                _advisory_lock(conn, SCHEMA_LOCK_KEY, self._waiting)
            state = inspect_connection(conn, str(self.path or self.url), SCHEMA_VERSION)  # again, under the lock
            if state.version is None:
                Base.metadata.create_all(conn)
                for key, value in (("application_id", APPLICATION_ID), ("schema_version", str(SCHEMA_VERSION)),
                                   ("revision", "0")):
                    _set_meta(conn, key, value)
                migrate.stamp(conn, SCHEMA_VERSION)
                if self.path is not None:
                    conn.exec_driver_sql(f"PRAGMA application_id = {SQLITE_APPLICATION_ID}")
                self.created = True
            elif state.version < SCHEMA_VERSION:
                migrate.upgrade(conn, state.revision, state.version)
                _set_meta(conn, "schema_version", str(SCHEMA_VERSION))

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One reading unit of work: a plain BEGIN that neither takes nor waits for the write
        lock (exports, the window). Write through writing(). Commits on success, rolls back on error."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One writing unit of work, serialised against every other writer of the database."""
        with self._write_sessions.begin() as session:
            if self.is_postgresql:
                _advisory_lock(session.connection(), WRITE_LOCK_KEY, self._waiting)
            yield session

    def revision(self) -> int:
        """A counter bumped by every committed write; readers poll it to notice changes."""
        with self.engine.connect() as conn:
            value = conn.execute(select(Meta.value).where(Meta.key == "revision")).scalar()
        return int(value or 0)

    def close(self) -> None:
        if self.path is not None and not self._closed:
            unregister_open(self.path)
        self._closed = True
        self.engine.dispose()


def bump_revision(session: Session) -> None:
    """Call inside every write transaction so open windows notice the change (PostgreSQL also
    tells listeners at commit: LISTEN timeline_app_revision)."""
    session.execute(
        Meta.__table__.update()
        .where(Meta.key == "revision")
        .values(value=text("CAST(CAST(value AS INTEGER) + 1 AS VARCHAR(32))"))
    )
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"NOTIFY {NOTIFY_CHANNEL}"))


def _set_meta(conn: Connection, key: str, value: str) -> None:
    exists = conn.execute(select(Meta.key).where(Meta.key == key)).first()
    if exists:
        conn.execute(Meta.__table__.update().where(Meta.key == key).values(value=value))
    else:
        conn.execute(Meta.__table__.insert().values(key=key, value=value))


def _one_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    first = (str(orig).strip().splitlines() or [""])[0]
    return f"{orig.__class__.__name__}: {first}" if first else orig.__class__.__name__


_FATAL_SQLITE = ("readonly database", "disk is full", "disk i/o error", "unable to open database file")
_FATAL_SQLSTATE_PREFIXES = ("53", "25006", "42501", "08")  # resources (disk full), read-only, no right, connection


def fatal_write_error(exc: BaseException) -> str | None:
    """The one line to stop a batch on, when a database error is not about one file but about
    the database (read-only, disk full, server gone): every further file would fail the same way."""
    orig = getattr(exc, "orig", None) or exc
    message = str(orig).lower()
    sqlstate = getattr(orig, "sqlstate", None) or getattr(getattr(orig, "diag", None), "sqlstate", None)
    if any(m in message for m in _FATAL_SQLITE) or (sqlstate and sqlstate.startswith(_FATAL_SQLSTATE_PREFIXES)):
        return f"cannot write to the database ({_one_line(exc)})"
    return None
