"""Schema 3: identity enforced by the database, and the indexes that keep merging fast.

* one stored document per content hash, one evidence row per span of a mention (unique
  indexes), so two ingests at once can never store a thing twice;
* events by date (the merge looks candidates up by date window);
* merge_terms: (topic term, actor, event), filled from what is stored.

A database that already holds duplicates (two ingests at once before this release) keeps working
without the unique index that its data would violate; writers are serialised anyway.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if not _has_duplicates(bind, "documents", ("content_hash",)):
        op.create_index("uq_documents_content_hash", "documents", ["content_hash"], unique=True)
        op.drop_index("ix_documents_content_hash", table_name="documents")
    if not _has_duplicates(bind, "evidence", ("mention_id", "start", '"end"')):
        op.create_index("uq_evidence_span", "evidence", ["mention_id", "start", "end"], unique=True)
    op.create_index("ix_events_date", "events", ["date"])
    op.create_table(
        "merge_terms",
        sa.Column("term", sa.String(64), primary_key=True),
        sa.Column("actor_id", sa.Integer, sa.ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_merge_terms_event_id", "merge_terms", ["event_id"])
    _fill_merge_terms(bind)


def _has_duplicates(bind: sa.Connection, table: str, columns: tuple[str, ...]) -> bool:
    cols = ", ".join(columns)
    return bind.exec_driver_sql(f"SELECT 1 FROM {table} GROUP BY {cols} HAVING COUNT(*) > 1 LIMIT 1").first() is not None


def _fill_merge_terms(bind: sa.Connection) -> None:
    topics = bind.exec_driver_sql(
        "SELECT m.event_id, m.topic FROM mentions m WHERE m.event_id IS NOT NULL"
    ).all()
    actors = bind.exec_driver_sql(
        "SELECT p.event_id, p.actor_id FROM participants p "
        "JOIN actors a ON a.id = p.actor_id WHERE a.kind = 'person' OR p.role = 'delegation'"
    ).all()
    terms: dict[int, set[str]] = {}
    for event_id, topic in topics:
        terms.setdefault(event_id, set()).update(t[:64] for t in (topic or "").split())
    rows = [
        {"term": term, "actor_id": actor_id, "event_id": event_id}
        for event_id, actor_id in actors for term in sorted(terms.get(event_id, ()))
    ]
    if rows:
        table = sa.table("merge_terms", sa.column("term"), sa.column("actor_id"), sa.column("event_id"))
        bind.execute(table.insert(), rows)


def downgrade() -> None:
    op.drop_table("merge_terms")
    op.drop_index("ix_events_date", table_name="events")
