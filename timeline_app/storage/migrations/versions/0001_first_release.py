"""Schema 1, as the first release created it.

Databases of that release carry no Alembic stamp; the app stamps them "0001" (their
meta.schema_version) and upgrades from here. New databases never run this: they are created
from models.py and stamped at the head.
"""
from __future__ import annotations

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
