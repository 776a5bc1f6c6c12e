"""Conflicts: who wrote the kept value and when, and how a person resolved them; the
mutation ledger keeps the operator and the desk's clock of each change.

Revision ID: s0002
Revises: s0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("sync_mutation") as batch:
        batch.add_column(sa.Column("operator_id", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("client_time", TZ, nullable=True))
        batch.add_column(sa.Column("wrote_version", sa.BigInteger(), nullable=True))
    op.create_index("ix_sync_mutation_row", "sync_mutation", ["entity", "row_id", "wrote_version"])
    with op.batch_alter_table("sync_conflict") as batch:
        batch.add_column(sa.Column("server_device_id", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("server_operator_id", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("server_client_time", TZ, nullable=True))
        batch.add_column(sa.Column("server_received_at", TZ, nullable=True))
        batch.add_column(sa.Column("resolution", sa.String(10), nullable=True))
        batch.add_column(sa.Column("resolution_mutation_id", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("resolved_by_device", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("resolved_by_operator", sa.Uuid(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_conflict") as batch:
        for column in (
            "resolved_by_operator",
            "resolved_by_device",
            "resolution_mutation_id",
            "resolution",
            "server_received_at",
            "server_client_time",
            "server_operator_id",
            "server_device_id",
        ):
            batch.drop_column(column)
    op.drop_index("ix_sync_mutation_row", table_name="sync_mutation")
    with op.batch_alter_table("sync_mutation") as batch:
        batch.drop_column("wrote_version")
        batch.drop_column("wrote_version")
        batch.drop_column("client_time")
        batch.drop_column("operator_id")
