"""Turn a database made by this version into one as an earlier release left it.

Schema 1 (first release) and schema 2 had no Alembic stamp, no merge index, no unique content
hash or evidence span, no date index; schema 1 had 32-bit file sizes on PostgreSQL. Each new
schema adds its step here, so the upgrade is tested from every earlier schema. Schema 3 had no
curation columns (events.curated/hidden/reviewed/confidence/source_gone, participants.curated,
mentions.curated). Schema 4 had no index of reports by date (ix_mentions_date), schema 5 none by article
(ix_mentions_article_id). Schemas 3 to 6 had the merge-term index (merge_terms), dropped by schema 7. Schemas 1 to 7 had no
participants.undated_report or mention_participants.nobody_named (schema 8).
"""
from __future__ import annotations

from importlib import import_module

from sqlalchemy import create_engine


CURATION_COLUMNS = (("events", "curated"), ("events", "hidden"), ("events", "reviewed"), ("events", "confidence"),
                    ("events", "source_gone"), ("participants", "curated"), ("mentions", "curated"))


def make_old(url: str, version: int) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            pg = conn.dialect.name == "postgresql"
            # schema 8 added the merge's indexes of undated reports and reports naming nobody
            conn.exec_driver_sql("DROP INDEX ix_participants_undated_actor")
            conn.exec_driver_sql("DROP INDEX ix_mention_participants_nobody_actor")
            conn.exec_driver_sql("ALTER TABLE participants DROP COLUMN undated_report")
            conn.exec_driver_sql("ALTER TABLE mention_participants DROP COLUMN nobody_named")
            if version == 7:
                conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0007_writer'")
                conn.exec_driver_sql("UPDATE meta SET value = '7' WHERE key = 'schema_version'")
                return
            # schema 7 dropped the merge-term index: schemas 3-6 had it, filled from what is stored
            conn.exec_driver_sql(
                "CREATE TABLE merge_terms (term VARCHAR(64) NOT NULL, "
                "actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE, "
                "event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE, PRIMARY KEY (term, actor_id, event_id))")
            conn.exec_driver_sql("CREATE INDEX ix_merge_terms_event_id ON merge_terms (event_id)")
            import_module("timeline_app.storage.migrations.versions.0007_writer_drop_merge_terms").fill_merge_terms(conn)
            if version == 6:
                conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0006_writer'")
                conn.exec_driver_sql("UPDATE meta SET value = '6' WHERE key = 'schema_version'")
                return
            conn.exec_driver_sql("DROP INDEX ix_mentions_article_id")  # schema 6 added reports by article
            if version == 5:
                conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0005_writer'")
                conn.exec_driver_sql("UPDATE meta SET value = '5' WHERE key = 'schema_version'")
                return
            conn.exec_driver_sql("DROP INDEX ix_mentions_date")  # schema 5 added reports by date
            if version == 4:
                conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0004'")
                conn.exec_driver_sql("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
                return
            for table, column in CURATION_COLUMNS:  # schema 4 added analyst curation
                conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN {column}")
            if version == 3:
                conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0003'")
                conn.exec_driver_sql("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
                return
            for statement in (
                "DROP TABLE alembic_version",
                "DROP TABLE merge_terms",
                "DROP INDEX ix_events_date",
                "DROP INDEX uq_evidence_span",
                "DROP INDEX uq_documents_content_hash",
                "CREATE INDEX ix_documents_content_hash ON documents (content_hash)",
                f"UPDATE meta SET value = '{version}' WHERE key = 'schema_version'",
            ):
                conn.exec_driver_sql(statement)
            if pg and version == 1:  # (schema 1 could not hold today's nanosecond times on PostgreSQL)
                conn.exec_driver_sql("UPDATE documents SET mtime_ns = 0")
                conn.exec_driver_sql("ALTER TABLE documents ALTER COLUMN size TYPE INTEGER, ALTER COLUMN mtime_ns TYPE INTEGER")
            if not pg:
                conn.exec_driver_sql("PRAGMA application_id = 0")
    finally:
        engine.dispose()
