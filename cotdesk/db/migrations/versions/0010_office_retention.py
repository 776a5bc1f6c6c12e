"""office retention

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-25

``office.retention_years``: the years after the closure of a case before its personal data
are anonymised (the setting ``retention.years``). It is set on the server by the network
administrator and reaches the desks with the office's row; existing offices get the default,
10 years, the value the desks used until now.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ALTER TABLE ... ADD COLUMN, not a batch: recreating ``office`` (copy, drop,
    # rename) fails with the foreign keys on, since every desk's rows point at it.
    op.add_column(
        "office",
        sa.Column("retention_years", sa.Integer(), server_default=sa.text("10"), nullable=False),
    )


def downgrade() -> None:
    op.drop_column("office", "retention_years")  # SQLite 3.35+: ALTER TABLE ... DROP COLUMN
