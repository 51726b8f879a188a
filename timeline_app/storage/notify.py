"""Noticing other writers: the window refreshes when another analyst's ingest commits.

Both databases keep a revision counter (meta.revision, bumped in every write transaction:
`Database.revision()`), which a window can poll. On PostgreSQL every such commit also sends
NOTIFY timeline_app_revision, and `RevisionWatcher.wait()` returns as soon as one arrives instead
of at the next poll; on SQLite it sleeps until the timeout and compares the counter.
Run `wait()` in a worker thread: it blocks.
"""
from __future__ import annotations

import time

from sqlalchemy import text

from .db import NOTIFY_CHANNEL, Database


class RevisionWatcher:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._seen = db.revision()
        self._conn = None
        if db.is_postgresql:
            self._conn = db.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            self._conn.execute(text(f"LISTEN {NOTIFY_CHANNEL}"))

    @property
    def revision(self) -> int:
        return self._seen

    def wait(self, timeout: float) -> bool:
        """Block up to `timeout` seconds; True when the database changed since the last call."""
        if self._conn is not None:
            driver = self._conn.connection.driver_connection
            for _notice in driver.notifies(timeout=timeout, stop_after=1):
                break
        else:
            time.sleep(timeout)
        current = self._db.revision()
        changed, self._seen = current != self._seen, current
        return changed

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
