"""Schema 5: reports by date (ix_mentions_date).

The merge looks for stored events that an incoming report could join through one of their
reports: those sharing a popular actor and four topic terms are hundreds and grow with the
database, and only the ones with an undated report, or a report dated near the incoming one,
can fit. This index finds those reports directly.
"""
from __future__ import annotations

from alembic import op

revision = "0005_writer"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_mentions_date", "mentions", ["date"])
