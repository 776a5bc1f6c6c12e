"""pin and rectifications

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25

``operator_pin``: the PIN an operator may set to unlock the screen of this desk (a slow
salted hash, like passwords). Local to the desk: never synced, never in the outbox.

``person_revision``: the previous values replaced by each correction of a person's data
(GDPR art. 16: rectification keeps the history). Synced, append-only.

``ix_case_event_referral_id``: deleting a referral (an erasure, the retention job) checks
the diario entries that point at it; without the index that is a scan of the whole diario
per referral.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
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
    op.create_table(
        "person_revision",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("operator_id", sa.Uuid(), nullable=True),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("previous", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("server_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["operator_id"],
            ["operator.id"],
            name=op.f("fk_person_revision_operator_id_operator"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_person_revision_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_revision")),
    )
    op.create_index(
        op.f("ix_person_revision_person_id"), "person_revision", ["person_id"], unique=False
    )
    # A purge deletes referrals: the foreign key check of case_event.referral_id needs it.
    op.create_index("ix_case_event_referral_id", "case_event", ["referral_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_case_event_referral_id", table_name="case_event")
    op.drop_index(op.f("ix_person_revision_person_id"), table_name="person_revision")
    op.drop_table("person_revision")
    op.drop_table("operator_pin")
