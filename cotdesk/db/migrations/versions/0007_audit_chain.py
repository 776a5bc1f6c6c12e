"""audit chain

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25

The access log (``audit_event``) becomes a hash chain per desk: ``sequence`` (position in
the chain of the desk in ``device_id``), ``prev_hash`` and ``chain_hash`` (see
:mod:`cotdesk.domain.audit_chain`); ``desk_state`` keeps the head of this desk's chain, so
that even the last events cannot be removed unnoticed. Two indexes: the chain in order, and
the events of one record (break-the-glass grants, the viewer).

Events already recorded are chained here, per desk, in the order they happened.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from alembic import op

from cotdesk.domain.audit_chain import GENESIS, ChainFields, chain_hash

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_event") as batch:
        batch.add_column(sa.Column("sequence", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("prev_hash", sa.String(length=64), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("chain_hash", sa.String(length=64), nullable=False, server_default="")
        )
        batch.create_index("ix_audit_event_chain", ["device_id", "sequence"], unique=False)
        batch.create_index("ix_audit_event_entity", ["entity_id", "action"], unique=False)
    with op.batch_alter_table("desk_state") as batch:
        batch.add_column(
            sa.Column("audit_sequence", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )
        batch.add_column(
            sa.Column("audit_head", sa.String(length=64), nullable=False, server_default="")
        )
    _chain_existing_events()


def _chain_existing_events() -> None:
    conn = op.get_bind()
    meta = sa.MetaData()
    events = sa.Table(
        "audit_event",
        meta,
        sa.Column("id", sa.Uuid()),
        sa.Column("occurred_at", sa.DateTime()),
        sa.Column("created_at", sa.DateTime()),
        sa.Column("operator_id", sa.Uuid()),
        sa.Column("device_id", sa.Uuid()),
        sa.Column("office_id", sa.Uuid()),
        sa.Column("action", sa.String()),
        sa.Column("entity", sa.String()),
        sa.Column("entity_id", sa.Uuid()),
        sa.Column("detail", sa.Text()),
        sa.Column("sequence", sa.Integer()),
        sa.Column("prev_hash", sa.String()),
        sa.Column("chain_hash", sa.String()),
    )
    desk = sa.Table(
        "desk_state",
        meta,
        sa.Column("device_id", sa.Uuid()),
        sa.Column("audit_sequence", sa.Integer()),
        sa.Column("audit_head", sa.String()),
    )
    local: uuid.UUID | None = conn.execute(sa.select(desk.c.device_id)).scalar_one_or_none()
    rows = conn.execute(
        sa.select(events).order_by(events.c.occurred_at, events.c.created_at, events.c.id)
    ).all()
    chains: dict[uuid.UUID | None, list[Any]] = defaultdict(list)
    for row in rows:
        chains[row.device_id or local].append(row)
    for device_id, chain in chains.items():
        prev = GENESIS
        for sequence, row in enumerate(chain, start=1):
            detail = json.loads(row.detail) if row.detail else {}
            fields = ChainFields(
                id=row.id,
                device_id=device_id,
                sequence=sequence,
                occurred_at=row.occurred_at,
                operator_id=row.operator_id,
                office_id=row.office_id,
                action=row.action,
                entity=row.entity,
                entity_id=row.entity_id,
                detail=detail,
            )
            digest = chain_hash(prev, fields)
            conn.execute(
                sa.update(events)
                .where(events.c.id == row.id)
                .values(device_id=device_id, sequence=sequence, prev_hash=prev, chain_hash=digest)
            )
            prev = digest
        if device_id == local:
            conn.execute(sa.update(desk).values(audit_sequence=len(chain), audit_head=prev))


def downgrade() -> None:
    with op.batch_alter_table("desk_state") as batch:
        batch.drop_column("audit_head")
        batch.drop_column("audit_sequence")
    with op.batch_alter_table("audit_event") as batch:
        batch.drop_index("ix_audit_event_entity")
        batch.drop_index("ix_audit_event_chain")
        batch.drop_column("chain_hash")
        batch.drop_column("prev_hash")
        batch.drop_column("sequence")
