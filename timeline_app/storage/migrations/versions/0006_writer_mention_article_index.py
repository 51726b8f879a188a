"""Schema 6: reports by article (ix_mentions_article_id).

Re-ingesting an edited file deletes its articles; mentions.article_id references them (ON
DELETE CASCADE), and without an index SQLite checked that key by reading every report in the
database: 7 ms per edited file at 10,000 pages, growing with the database.
"""
from __future__ import annotations

from alembic import op

revision = "0006_writer"
down_revision = "0005_writer"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_mentions_article_id", "mentions", ["article_id"])
