"""Schema 4: analyst curation. What a human decided is stored beside what extraction found.

* events: `curated` (the fields the analyst owns, comma-separated), `hidden`, `reviewed`,
  `confidence` (0..1, how sure extraction is) and `source_gone` (a curated event whose reports
  disappeared is kept and marked);
* participants: `curated` (a person or delegation added by hand);
* mentions: `curated` (evidence an analyst selected by hand).

Every existing event stays; its confidence is computed here from what is stored (the formula is
copied, not imported, so this step means the same whatever later releases change).
"""
from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_BASIS_WEIGHT = {"explicit": 0.3, "relative": 0.2, "corroborated": 0.2, "publication": 0.1, "unknown": 0.0}


def upgrade() -> None:
    op.add_column("events", sa.Column("curated", sa.String(128), nullable=False, server_default=""))
    op.add_column("events", sa.Column("hidden", sa.Boolean, nullable=False, server_default=sa.false()))
    op.add_column("events", sa.Column("reviewed", sa.Boolean, nullable=False, server_default=sa.false()))
    op.add_column("events", sa.Column("confidence", sa.Float, nullable=False, server_default="0"))
    op.add_column("events", sa.Column("source_gone", sa.Boolean, nullable=False, server_default=sa.false()))
    op.add_column("participants", sa.Column("curated", sa.Boolean, nullable=False, server_default=sa.false()))
    op.add_column("mentions", sa.Column("curated", sa.Boolean, nullable=False, server_default=sa.false()))
    _fill_confidence(op.get_bind())


def _fill_confidence(bind: sa.Connection) -> None:
    people: dict[int, int] = defaultdict(int)
    delegations: dict[int, int] = defaultdict(int)
    for event_id, kind, role in bind.exec_driver_sql(
        "SELECT p.event_id, a.kind, p.role FROM participants p JOIN actors a ON a.id = p.actor_id"
    ):
        if kind == "person":
            people[event_id] += 1
        elif role == "delegation":
            delegations[event_id] += 1
    documents = dict(bind.exec_driver_sql(
        "SELECT event_id, COUNT(DISTINCT document_id) FROM mentions WHERE event_id IS NOT NULL GROUP BY event_id"
    ).all())
    rows = []
    for event_id, basis in bind.exec_driver_sql("SELECT id, basis FROM events"):
        score = 0.25 + _BASIS_WEIGHT.get(basis, 0.0) + (0.15 if people[event_id] else 0.0)
        score += (0.1 if delegations[event_id] else 0.0) + 0.1 * min(max(documents.get(event_id, 1) - 1, 0), 2)
        rows.append({"i": event_id, "c": round(min(score, 1.0), 2)})
    if rows:
        bind.execute(sa.text("UPDATE events SET confidence = :c WHERE id = :i"), rows)


def downgrade() -> None:
    op.drop_column("mentions", "curated")
    op.drop_column("participants", "curated")
    for column in ("source_gone", "confidence", "reviewed", "hidden", "curated"):
        op.drop_column("events", column)
