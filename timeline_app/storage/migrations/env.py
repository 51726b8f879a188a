"""Alembic environment: runs on the connection (and transaction) the app hands over.

The app calls it through storage.migrate with `config.attributes["connection"]` set, inside its
own transaction, so an upgrade is all or nothing. A developer can also run
`alembic -c timeline_app/storage/migrations/alembic.ini revision -m "..."` to start a new
revision; TIMELINE_APP_DB names the database for `alembic upgrade` by hand.
"""
from __future__ import annotations

import os

from alembic import context
from sqlalchemy import create_engine

from timeline_app.storage.models import Base

config = context.config
connection = config.attributes.get("connection")


def _run(conn) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=conn,
        target_metadata=Base.metadata,
        render_as_batch=conn.dialect.name == "sqlite",  # SQLite alters tables by copying them
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:  # by hand, from the alembic command
    from timeline_app.storage.db import resolve_url

    engine = create_engine(resolve_url(os.environ.get("TIMELINE_APP_DB", "timeline.sqlite")))
    with engine.begin() as conn:
        _run(conn)
