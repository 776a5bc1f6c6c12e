"""desk sync state

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

``desk_state`` gains what the desk side of sync keeps between runs: the server URL it is
enrolled with, the pull cursor (stored in the same transaction as the page it ends), a
resync flag and the time of the last complete sync. The device token is never stored in
the database: it lives in the OS keyring.

``sync_deferred``: pulled rows held back because the desk had unpushed edits of them;
applied once those edits are settled. Local to the desk: never synced.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("desk_state") as batch:
        batch.add_column(
            sa.Column("server_url", sa.String(length=300), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("sync_cursor", sa.String(length=200), nullable=True))
        batch.add_column(
            sa.Column("resync_needed", sa.Boolean(), nullable=False, server_default=sa.text("0"))
        )
        batch.add_column(sa.Column("last_sync_at", sa.DateTime(), nullable=True))
    op.create_table(
        "sync_deferred",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "row_id", name=op.f("pk_sync_deferred")),
    )


def downgrade() -> None:
    op.drop_table("sync_deferred")
    with op.batch_alter_table("desk_state") as batch:
        batch.drop_column("last_sync_at")
        batch.drop_column("resync_needed")
        batch.drop_column("sync_cursor")
        batch.drop_column("server_url")
