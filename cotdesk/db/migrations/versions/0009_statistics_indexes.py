"""statistics indexes

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25

``ix_referral_outcomes``: the statistics' referral outcomes for the whole network (every
referral sent in a period, per service: counts by outcome and the days to answer) read this
covering index only, in service order, so SQLite neither fetches the 300,000 table rows nor
sorts them: on the demo desk grown to 323,000 referrals the pass goes from ~700 ms to
~330 ms (2 shared CPUs; see ``benchmarks/results/statistics.md``).
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_referral_outcomes",
        "referral",
        ["service_id", "sent_on", "answered_on", "status", "case_id", "deleted_at"],
    )


def downgrade() -> None:
    op.drop_index("ix_referral_outcomes", table_name="referral")
