"""operator pin

Revision ID: 0010
Revises: 0008
Create Date: 2026-11-25

``operator_pin``: the PIN an operator may set to unlock the screen of this desk (a slow
salted hash, like passwords). Local to the desk: never synced, never in the outbox.

(0009 did not exist when this was written, so this revision follows 0008.)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "operator_pin",
        sa.Column("operator_id", sa.Uuid(), nullable=False),
        sa.Column("pin_hash", sa.String(length=300), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("operator_id", name=op.f("pk_operator_pin")),
    )


def downgrade() -> None:
    op.drop_table("operator_pin")
