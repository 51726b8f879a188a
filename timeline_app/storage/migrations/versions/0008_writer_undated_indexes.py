"""Schema 8: the merge finds undated reports and reports naming nobody through indexes.

Two lookups of the merge read every event or every report of a busy actor, numbers that grow
with the database (a movement takes part in a twentieth of all events): the undated reports of
an actor's events (gather_component) and the reports naming no person with one of a
report's delegations (undated_candidates). Each now reads an index of the few rows it wants:

* participants.undated_report: the event holds an undated report (refresh_events keeps it;
  a row written elsewhere starts True), indexed with the actor: ix_participants_undated_actor;
* mention_participants.nobody_named: the row's report names no person (set when stored; an
  actor curation that may change that sets it True), indexed with the actor:
  ix_mention_participants_nobody_actor.

Both only ever over-report (True when unsure): the lookups still check the facts themselves,
so the merge's decisions are the same. Filled here from what is stored.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_writer"
down_revision = "0007_writer"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("participants", sa.Column("undated_report", sa.Boolean, nullable=False, server_default=sa.true()))
    op.add_column("mention_participants", sa.Column("nobody_named", sa.Boolean, nullable=False, server_default=sa.true()))
    op.execute("UPDATE participants SET undated_report = EXISTS (SELECT 1 FROM mentions m "
               "WHERE m.event_id = participants.event_id AND m.date IS NULL)")
    op.execute("UPDATE mention_participants SET nobody_named = NOT EXISTS (SELECT 1 FROM mention_participants mp "
               "JOIN actors a ON a.id = mp.actor_id WHERE mp.mention_id = mention_participants.mention_id AND a.kind = 'person')")
    op.create_index("ix_participants_undated_actor", "participants", ["undated_report", "actor_id", "event_id"])
    op.create_index("ix_mention_participants_nobody_actor", "mention_participants", ["nobody_named", "actor_id", "mention_id"])


def downgrade() -> None:
    op.drop_index("ix_mention_participants_nobody_actor", table_name="mention_participants")
    op.drop_index("ix_participants_undated_actor", table_name="participants")
    with op.batch_alter_table("mention_participants") as batch:
        batch.drop_column("nobody_named")
    with op.batch_alter_table("participants") as batch:
        batch.drop_column("undated_report")
