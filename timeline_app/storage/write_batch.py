"""Several documents per write transaction, each in its own savepoint.

Committing every document cost a commit (and, on PostgreSQL, a round trip for the advisory
lock) per page, and forced every cache to be thrown away. A batch keeps one write transaction
open for up to `max_units` documents or `max_seconds`, whichever comes first; each document is
written inside a SAVEPOINT, so a document that fails is rolled back alone and the others of the
batch are kept: still all of a document or nothing of it. A killed ingest loses at most the
batch it was writing (never half a document); running it again carries on.

While the batch is open this process holds the database's write lock, so what it read through
the batch's session stays true until the commit: that is what makes `ActorCache` valid. The next
batch keeps the caches when no other transaction has written since (every writer bumps the
revision counter, db.bump_revision: the counter is where this one left it): otherwise each batch
asked again about every actor and event it met, ~2 of the ~22 statements of a page.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

from sqlalchemy import Connection, exc as sa_exc, select
from sqlalchemy.orm import Session

from .actor_resolver import ActorCache
from .db import Database, bump_revision
from .fast_sql import connection
from .models import Meta


# 256 rather than 64: the second bound (a second) keeps a long batch from holding the write lock
# longer than before, and each commit (a WAL append and, often, a checkpoint) and each fresh
# actor and event cache cost the writer about 4.5 ms: replayed 5,000 pages, writer CPU
# 8.62/9.07/9.27 s with 64, 8.71/8.29/8.08 s with 256, interleaved runs
class WriteBatch:
    def __init__(self, db: Database, *, max_units: int = 256, max_seconds: float = 1.0) -> None:
        self.db = db
        self.max_units = max_units
        self.max_seconds = max_seconds
        self._transaction: AbstractContextManager[Session] | None = None
        self._session: Session | None = None
        self.actors: ActorCache | None = None
        # the merge's reads of stored events (ingest/merge.cluster_mentions keeps it right
        # through its own changes); any other write, or a failed document, starts it afresh
        self.events: dict | None = None
        self._units = 0
        self._changed = False
        self._opened_at = 0.0
        self._revision: str | None = None  # the revision counter as this batch found it
        # (revision the last commit left, its actor cache, its events): reused by the next batch
        # when the counter is still there
        self._kept: tuple[str | None, ActorCache, dict] | None = None

    @property
    def open(self) -> bool:
        return self._session is not None

    def _begin(self) -> Session:
        if self._session is None:
            self._transaction = self.db.writing()
            self._session = self._transaction.__enter__()
            self._opened_at = time.monotonic()
            self._units, self._changed = 0, False
            kept, self._kept = self._kept, None
            self._revision = self._session.execute(_REVISION).scalar()
            if kept is not None and kept[0] is not None and kept[0] == self._revision:  # nobody else wrote since our last commit
                self.actors, self.events = kept[1], kept[2]
                self.actors.conn = self._session.connection()
            else:
                self.actors = ActorCache(self._session.connection())
                self.events = {}
        return self._session

    @contextmanager
    def unit(self, *, orm: bool = True) -> Iterator[Session]:
        """One document's savepoint: rolled back alone if the block raises (and the exception
        goes on to the caller). Call `changed()` inside when the unit wrote something.

        orm=False: for a unit that writes only through Core/fast_sql statements (a new file),
        the savepoint is plain SQL on the connection instead of the session's nested
        transaction, whose bookkeeping (a snapshot of the session, a SAVEPOINT and a RELEASE
        through Connection.execute) was a fifth of the writer's time. The session knows nothing
        of it, so the block must leave no ORM changes (checked: they are flushed inside it, and
        a failed unit expires what the session holds)."""
        session = self._begin()
        if self.actors is None:
            self.actors = ActorCache(session.connection())
        if orm or self.events is None:  # an ORM unit may replace or delete documents: their events change
            self.events = {}
        try:
            if orm:
                with session.begin_nested():
                    yield session
            else:
                with _plain_savepoint(session):
                    yield session
        except BaseException:
            # the rolled-back document's actors are gone: forget what the cache learnt (a new
            # one is made for the next document); likewise the events it read or changed
            self.actors = self.events = None
            raise
        finally:
            self._units += 1

    def changed(self) -> None:
        self._changed = True

    def due(self) -> bool:
        """Whether the batch should be committed now."""
        return self.open and (self._units >= self.max_units or time.monotonic() - self._opened_at >= self.max_seconds)

    def commit(self) -> None:
        """Commit what the batch holds (windows notice it through the revision counter)."""
        if self._session is None or self._transaction is None:
            return
        transaction, session = self._transaction, self._session
        actors, events = self.actors, self.events
        self._transaction = self._session = self.actors = self.events = None
        try:
            if session.info.get(_BROKEN):
                raise sa_exc.InvalidRequestError("a document's savepoint could not be rolled back: the batch is abandoned")
            if self._changed:
                bump_revision(session)
            revision = session.execute(_REVISION).scalar() if self._changed else self._revision
        except BaseException as exc:
            transaction.__exit__(type(exc), exc, exc.__traceback__)
            raise
        transaction.__exit__(None, None, None)
        if actors is not None and events is not None and len(events) <= MAX_KEPT_EVENTS:
            self._kept = (revision, actors, events)  # only once the commit went through

    def rollback(self) -> None:
        self._kept = None
        if self._transaction is not None:
            transaction = self._transaction
            self._transaction = self._session = self.actors = self.events = None
            error = RuntimeError("write batch abandoned")
            try:
                transaction.__exit__(RuntimeError, error, None)
            except RuntimeError as exc:
                if exc is not error:
                    raise


_BROKEN = "timeline_app.write_batch.broken"
_REVISION = select(Meta.value).where(Meta.key == "revision")
MAX_KEPT_EVENTS = 20_000  # the merge's events read: kept for the next batch up to this many (memory stays bounded)
_SAVEPOINT, _RELEASE, _ROLLBACK = "SAVEPOINT timeline_unit", "RELEASE SAVEPOINT timeline_unit", "ROLLBACK TO SAVEPOINT timeline_unit"


@contextmanager
def _plain_savepoint(session: Session) -> Iterator[None]:
    """A SAVEPOINT issued on the DBAPI connection, released on success, rolled back on error."""
    if session.new or session.dirty or session.deleted:
        session.flush()  # earlier changes belong before the savepoint, not to this unit
    conn = connection(session)
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        _run(conn, cursor, _SAVEPOINT)
        try:
            yield
            if session.new or session.dirty or session.deleted:
                session.flush()
        except BaseException:
            try:
                _run(conn, cursor, _ROLLBACK)
                _run(conn, cursor, _RELEASE)
            except sa_exc.SQLAlchemyError:
                session.info[_BROKEN] = True  # the unit's writes may still be there: never commit them
                raise
            for obj in list(session.new):
                session.expunge(obj)
            session.expire_all()
            raise
        _run(conn, cursor, _RELEASE)
    finally:
        cursor.close()


def _run(conn: Connection, cursor: object, sql: str) -> None:
    try:
        cursor.execute(sql)  # type: ignore[attr-defined]
    except conn.dialect.loaded_dbapi.Error as error:
        raise sa_exc.DBAPIError.instance(sql, [], error, conn.dialect.loaded_dbapi.Error, dialect=conn.dialect) from error
