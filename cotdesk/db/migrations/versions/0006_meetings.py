"""case meetings

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25

``meeting``: the office's weekly integrated case meeting (*riunione d'équipe* with the
Segretariato Sociale): when and where, who takes part, its status (draft, held, closed)
and the general notes of the minutes.

``meeting_item``: one case on a meeting's agenda, why it is there (flagged for review,
overdue follow-up, stuck referral, added by hand), its place in the order and the
decision taken (what, who is responsible, by when). Both are synced like every case row.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _synced_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("server_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "meeting",
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_meeting_office_id_office")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    with op.batch_alter_table("meeting") as batch:
        batch.create_index("ix_meeting_office_starts", ["office_id", "starts_at"], unique=False)

    op.create_table(
        "meeting_item",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.Column("responsible_operator_id", sa.Uuid(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_item_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_record.id"], name=op.f("fk_meeting_item_case_id_case_record")
        ),
        sa.ForeignKeyConstraint(
            ["responsible_operator_id"],
            ["operator.id"],
            name=op.f("fk_meeting_item_responsible_operator_id_operator"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_item")),
    )
    with op.batch_alter_table("meeting_item") as batch:
        batch.create_index(batch.f("ix_meeting_item_meeting_id"), ["meeting_id"], unique=False)
        batch.create_index(batch.f("ix_meeting_item_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("meeting_item") as batch:
        batch.drop_index(batch.f("ix_meeting_item_case_id"))
        batch.drop_index(batch.f("ix_meeting_item_meeting_id"))
    op.drop_table("meeting_item")
    with op.batch_alter_table("meeting") as batch:
        batch.drop_index("ix_meeting_office_starts")
    op.drop_table("meeting")
