"""Schema 7: no merge-term index (merge_terms dropped).

The table held one row per (topic term, actor, event): about 180 rows per event, 1.5 million at
10,000 pages, written for every new event (a tenth of the writer's time, and most of its
commits). Its last readers (the date-window topic check and undated reports naming nobody) now
read the topics of the few events they look at from their reports (mentions.topic), which gives
the same answers. Downgrade rebuilds it from what is stored, as schema 3 did.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_writer"
down_revision = "0006_writer"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_merge_terms_event_id", table_name="merge_terms")
    op.drop_table("merge_terms")


def downgrade() -> None:
    op.create_table(
        "merge_terms",
        sa.Column("term", sa.String(64), primary_key=True),
        sa.Column("actor_id", sa.Integer, sa.ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_merge_terms_event_id", "merge_terms", ["event_id"])
    fill_merge_terms(op.get_bind())


def fill_merge_terms(bind: sa.Connection) -> None:
    """The rows schema 3 to 6 kept: every topic term of an event's reports, for each actor the
    event counts as a person or a delegation."""
    topics = bind.exec_driver_sql("SELECT m.event_id, m.topic FROM mentions m WHERE m.event_id IS NOT NULL").all()
    actors = bind.exec_driver_sql(
        "SELECT p.event_id, p.actor_id FROM participants p "
        "JOIN actors a ON a.id = p.actor_id WHERE a.kind = 'person' OR p.role = 'delegation'"
    ).all()
    terms: dict[int, set[str]] = {}
    for event_id, topic in topics:
        terms.setdefault(event_id, set()).update(t[:64] for t in (topic or "").split())
    rows = [{"term": term, "actor_id": actor_id, "event_id": event_id}
            for event_id, actor_id in actors for term in sorted(terms.get(event_id, ()))]
    if rows:
        table = sa.table("merge_terms", sa.column("term"), sa.column("actor_id"), sa.column("event_id"))
        bind.execute(table.insert(), rows)
