"""Schema 2: file sizes and modification times (nanoseconds) need 64-bit columns.

SQLite's INTEGER already is 64-bit; PostgreSQL's is 32-bit, where schema 1 could store no
document at all.
"""
from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE documents ALTER COLUMN size TYPE BIGINT, ALTER COLUMN mtime_ns TYPE BIGINT")


def downgrade() -> None:
    pass
