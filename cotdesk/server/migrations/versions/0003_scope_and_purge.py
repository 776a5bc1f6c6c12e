"""Network-wide rows (the partner directory: ``sync_row.office_id`` NULL) and GDPR purges
(``sync_purge``, and ``sync_purged_row``: the ids a purge removed, refused from then on).

Revision ID: s0003
Revises: s0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("sync_row") as batch:
        batch.alter_column("office_id", existing_type=sa.Uuid(), nullable=True)
    op.create_table(
        "sync_purge",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.Column("mutation_id", sa.Uuid(), nullable=True),
        sa.Column("operator_id", sa.Uuid(), nullable=True),
        sa.Column("purged_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_purge")),
    )
    op.create_index("ix_sync_purge_office_id", "sync_purge", ["office_id"])
    op.create_table(
        "sync_purged_row",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("purge_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["purge_id"], ["sync_purge.id"], name=op.f("fk_sync_purged_row_purge_id_sync_purge")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_purged_row")),
    )
    op.create_index("ix_sync_purged_row_purge_id", "sync_purged_row", ["purge_id"])


def downgrade() -> None:
    op.drop_index("ix_sync_purged_row_purge_id", table_name="sync_purged_row")
    op.drop_table("sync_purged_row")
    op.drop_index("ix_sync_purge_office_id", table_name="sync_purge")
    op.drop_table("sync_purge")
    op.execute("DELETE FROM sync_row WHERE office_id IS NULL")
    with op.batch_alter_table("sync_row") as batch:
        batch.alter_column("office_id", existing_type=sa.Uuid(), nullable=False)
