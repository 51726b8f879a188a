"""Several documents per write transaction, each in its own savepoint.

Committing every document cost a commit (and, on PostgreSQL, a round trip for the advisory
lock) per page, and forced every cache to be thrown away. A batch keeps one write transaction
open for up to `max_units` documents or `max_seconds`, whichever comes first; each document is
written inside a SAVEPOINT, so a document that fails is rolled back alone and the others of the
batch are kept: still all of a document or nothing of it. A killed ingest loses at most the
batch it was writing (never half a document); running it again carries on.

While the batch is open this process holds the database's write lock, so what it read through
the batch's session stays true until the commit: that is what makes `ActorCache` valid.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

from sqlalchemy.orm import Session

from .actor_resolver import ActorCache
from .db import Database, bump_revision


class WriteBatch:
    def __init__(self, db: Database, *, max_units: int = 64, max_seconds: float = 1.0) -> None:
        self.db = db
        self.max_units = max_units
        self.max_seconds = max_seconds
        self._transaction: AbstractContextManager[Session] | None = None
        self._session: Session | None = None
        self.actors: ActorCache | None = None
        self._units = 0
        self._changed = False
        self._opened_at = 0.0

    @property
    def open(self) -> bool:
        return self._session is not None

    def _begin(self) -> Session:
        if self._session is None:
            self._transaction = self.db.writing()
            self._session = self._transaction.__enter__()
            self._opened_at = time.monotonic()
            self._units, self._changed = 0, False
            self.actors = ActorCache(self._session.connection())
        return self._session

    @contextmanager
    def unit(self) -> Iterator[Session]:
        """One document's savepoint: rolled back alone if the block raises (and the exception
        goes on to the caller). Call `changed()` inside when the unit wrote something."""
        session = self._begin()
        if self.actors is None:
            self.actors = ActorCache(session.connection())
        try:
            with session.begin_nested():
                yield session
        except BaseException:
            # the rolled-back document's actors are gone: forget what the cache learnt (a new
            # one is made for the next document)
            self.actors = None
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
        self._transaction = self._session = self.actors = None
        try:
            if self._changed:
                bump_revision(session)
        except BaseException as exc:
            transaction.__exit__(type(exc), exc, exc.__traceback__)
            raise
        transaction.__exit__(None, None, None)

    def rollback(self) -> None:
        if self._transaction is not None:
            transaction = self._transaction
            self._transaction = self._session = self.actors = None
            error = RuntimeError("write batch abandoned")
            try:
                transaction.__exit__(RuntimeError, error, None)
            except RuntimeError as exc:
                if exc is not error:
                    raise
