"""The writer's statements run on the DBAPI cursor (storage/fast_sql.py) and must behave as
Connection.execute does on both databases: same rows, the columns' Python defaults filled in,
lists of any length (empty too) in IN, a savepoint rolling back only its own writes, and
database errors raised as SQLAlchemy's exceptions, which the ingest pipeline catches to fail
one file instead of the batch."""
from __future__ import annotations

import pytest
from sqlalchemy import bindparam, insert, select
from sqlalchemy.exc import IntegrityError

from timeline_app.storage import Database
from timeline_app.storage.fast_sql import FastStatement, connection
from timeline_app.storage.models import Actor, Event

A, E = Actor.__table__, Event.__table__
NEW_ACTOR = FastStatement(insert(A).returning(A.c.id))
NEW_EVENT = FastStatement(insert(E).returning(E.c.id))
BY_IDS = FastStatement(select(A.c.id, A.c.name).where(A.c.id.in_(bindparam("ids", expanding=True)), A.c.kind == "person")
                       .order_by(A.c.id))


def test_statements_read_and_write_like_core(database_url: str) -> None:
    db = Database(database_url)
    try:
        with db.writing() as session:
            conn = connection(session)
            ids = NEW_ACTOR.insert_ids(conn, [{"name": f"Person {n}", "kind": "person", "fold_key": f"person{n}"}
                                              for n in range(5)])
            NEW_ACTOR.insert_ids(conn, [{"name": "A movement", "kind": "movement", "fold_key": "amovement"}])
            (event,) = NEW_EVENT.insert_ids(conn, [{"date": None, "precision": "unknown", "basis": "unknown",
                                                    "type": "meeting", "title": ""}])
            assert BY_IDS.rows(conn, {"ids": ids[1:4]}) == [(i, f"Person {i - ids[0]}") for i in ids[1:4]]
            assert BY_IDS.rows(conn, {"ids": []}) == []  # an empty list matches nothing
            assert len(BY_IDS.rows(conn, {"ids": list(range(1, 1000))})) == 5  # the movement is not a person
        with db.session() as session:
            stored = session.execute(select(E.c.sort_key, E.c.curated, E.c.hidden, E.c.confidence)
                                     .where(E.c.id == event)).one()
        assert tuple(stored) == ("9999", "", False, 0.0)  # the columns' defaults, as the ORM writes them
    finally:
        db.close()


def test_errors_are_sqlalchemy_errors_and_savepoints_keep_the_rest(database_url: str) -> None:
    from timeline_app.storage.write_batch import WriteBatch

    db = Database(database_url)
    try:
        batch = WriteBatch(db)
        with batch.unit(orm=False) as session:
            NEW_ACTOR.insert_ids(connection(session), [{"name": "Kept", "kind": "person", "fold_key": "kept"}])
        with pytest.raises(IntegrityError):
            with batch.unit(orm=False) as session:
                NEW_ACTOR.insert_ids(connection(session), [{"name": "Gone", "kind": "person", "fold_key": "gone"}])
                NEW_ACTOR.insert_ids(connection(session), [{"name": "Kept", "kind": "person", "fold_key": "kept"}])
        with batch.unit(orm=False) as session:
            NEW_ACTOR.insert_ids(connection(session), [{"name": "After", "kind": "person", "fold_key": "after"}])
        batch.commit()
        with db.session() as session:
            names = set(session.scalars(select(A.c.name)))
        assert names == {"Kept", "After"}
    finally:
        db.close()


def test_lists_of_near_lengths_share_one_sql_text(database_url: str) -> None:
    """An IN list is padded to a power of two (repeating its last value) so that the merge's
    lookups, whose lists vary from call to call, are parsed and planned once per few lengths;
    the rows are those of the list as given."""
    db = Database(database_url)
    try:
        with db.writing() as session:
            conn = connection(session)
            ids = NEW_ACTOR.insert_ids(conn, [{"name": f"Pad {n}", "kind": "person", "fold_key": f"pad{n}"} for n in range(7)])
            texts = set()
            for n in range(1, 8):
                assert BY_IDS.rows(conn, {"ids": ids[:n]}) == [(i, f"Pad {i - ids[0]}") for i in ids[:n]]
                texts.add(BY_IDS._for(conn).text({"ids": ids[:n]})[0])
            assert len(texts) == 4  # 1, 2, 3-4, 5-8 values
    finally:
        db.close()
