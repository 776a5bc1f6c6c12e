"""form drafts

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

``draft``: the unsaved state of a form (registration of a person, ...), one row per form
kind, key and operator, so that work interrupted by another citizen at the desk, a closed
window or a power cut is offered back when the form opens again. Local to the desk: never
synced, never in the outbox.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "draft",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("operator_id", sa.Uuid(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft")),
        sa.UniqueConstraint("operator_id", "kind", "key", name=op.f("uq_draft_operator_id")),
    )


def downgrade() -> None:
    op.drop_table("draft")
