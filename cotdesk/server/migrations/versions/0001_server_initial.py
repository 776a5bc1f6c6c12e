"""Central server: offices, devices, admin tokens, enrollment codes, generic synced rows,
the mutation ledger, the change feed and conflicts.

Revision ID: s0001
Revises:
Create Date: 2026-11-20
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)
#: JSON documents: jsonb on PostgreSQL, JSON text on SQLite (the embedded demo/trial store).
JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    op.create_table(
        "server_state",
        sa.Column("singleton", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("epoch", sa.Integer(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("epoch_changed_at", TZ, nullable=False),
        sa.CheckConstraint("singleton = 1", name=op.f("ck_server_state_singleton")),
        sa.PrimaryKeyConstraint("singleton", name=op.f("pk_server_state")),
    )
    now = "CURRENT_TIMESTAMP" if _sqlite() else "now()"
    op.execute(
        f"INSERT INTO server_state (singleton, epoch, created_at, epoch_changed_at) VALUES (1, 1, {now}, {now})"
    )

    op.create_table(
        "office",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office")),
        sa.UniqueConstraint("code", name=op.f("uq_office_code")),
    )
    op.create_table(
        "admin_token",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("token_salt", sa.LargeBinary(), nullable=False),
        sa.Column("token_hash", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("revoked_at", TZ, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_admin_token")),
    )
    op.create_table(
        "device",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("token_salt", sa.LargeBinary(), nullable=False),
        sa.Column("token_hash", sa.LargeBinary(), nullable=False),
        sa.Column("enrolled_at", TZ, nullable=False),
        sa.Column("revoked_at", TZ, nullable=True),
        sa.Column("last_sequence", sa.BigInteger(), server_default=sa.text("0"), nullable=False),
        sa.Column("last_push_at", TZ, nullable=True),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_device_office_id_office")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device")),
    )
    op.create_index(op.f("ix_device_office_id"), "device", ["office_id"])
    op.create_table(
        "enrollment_code",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("code_hash", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("expires_at", TZ, nullable=False),
        sa.Column("used_at", TZ, nullable=True),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["device_id"], ["device.id"], name=op.f("fk_enrollment_code_device_id_device")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_enrollment_code_office_id_office")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrollment_code")),
        sa.UniqueConstraint("code_hash", name=op.f("uq_enrollment_code_code_hash")),
    )
    op.create_index(op.f("ix_enrollment_code_office_id"), "enrollment_code", ["office_id"])

    op.create_table(
        "sync_row",
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("data", JSON, nullable=False),
        sa.Column("field_versions", JSON, nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.Column("created_by_device", sa.Uuid(), nullable=True),
        sa.Column("updated_by_device", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_sync_row_office_id_office")
        ),
        sa.PrimaryKeyConstraint("entity", "id", name=op.f("pk_sync_row")),
    )
    op.create_index("ix_sync_row_office_entity", "sync_row", ["office_id", "entity"])

    # The change feed (DESIGN.md, "The pull cursor on PostgreSQL"). xid is the writing
    # transaction's top-level id, also inside SAVEPOINTs. The index leads with the epoch
    # too: after a restore into a new cluster the old rows' xids may be above the new
    # ones, and the feed is ordered by (epoch, xid, id).
    if _sqlite():
        # One writer at a time: ids handed out in commit order (AUTOINCREMENT never reuses
        # one), so the feed needs no transaction id; xid stays 0 (store._sqlite_engine).
        op.execute(
            """
            CREATE TABLE sync_change (
              id        INTEGER NOT NULL CONSTRAINT pk_sync_change PRIMARY KEY AUTOINCREMENT,
              xid       BIGINT  NOT NULL DEFAULT 0,
              epoch     INTEGER NOT NULL,
              office_id CHAR(32) NOT NULL,
              entity    TEXT    NOT NULL,
              entity_id CHAR(32) NOT NULL,
              op        TEXT    NOT NULL,
              version   BIGINT  NOT NULL,
              CONSTRAINT ck_sync_change_op CHECK (op IN ('insert', 'update', 'delete'))
            )
            """
        )
    else:
        op.execute(
            """
            CREATE TABLE sync_change (
              id        bigint GENERATED ALWAYS AS IDENTITY,
              xid       xid8   NOT NULL DEFAULT pg_current_xact_id(),
              epoch     integer NOT NULL,
              office_id uuid   NOT NULL,
              entity    text   NOT NULL,
              entity_id uuid   NOT NULL,
              op        text   NOT NULL,
              version   bigint NOT NULL,
              CONSTRAINT pk_sync_change PRIMARY KEY (id),
              CONSTRAINT ck_sync_change_op CHECK (op IN ('insert', 'update', 'delete'))
            )
            """
        )
    op.create_index(
        "ix_sync_change_office_position", "sync_change", ["office_id", "epoch", "xid", "id"]
    )

    op.create_table(
        "sync_mutation",
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("mutation_id", sa.Uuid(), nullable=False),
        sa.Column("sequence", sa.BigInteger(), nullable=False),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("op", sa.String(10), nullable=False),
        sa.Column("payload_hash", sa.LargeBinary(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("server_version", sa.BigInteger(), nullable=False),
        sa.Column("received_at", TZ, nullable=False),
        sa.Column("payload", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "status IN ('applied', 'conflict', 'rejected')", name=op.f("ck_sync_mutation_status")
        ),
        sa.ForeignKeyConstraint(
            ["device_id"], ["device.id"], name=op.f("fk_sync_mutation_device_id_device")
        ),
        sa.PrimaryKeyConstraint("device_id", "mutation_id", name=op.f("pk_sync_mutation")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(63), nullable=False),
        sa.Column("base_version", sa.BigInteger(), nullable=False),
        sa.Column("server_version", sa.BigInteger(), nullable=False),
        sa.Column("server_value", JSON, nullable=False),
        sa.Column("device_value", JSON, nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("mutation_id", sa.Uuid(), nullable=False),
        sa.Column("operator_id", sa.Uuid(), nullable=True),
        sa.Column("client_time", TZ, nullable=True),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("resolved_at", TZ, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index("ix_sync_conflict_office_open", "sync_conflict", ["office_id", "resolved_at"])


def downgrade() -> None:
    for table in (
        "sync_conflict",
        "sync_mutation",
        "sync_change",
        "sync_row",
        "enrollment_code",
        "device",
        "admin_token",
        "office",
        "server_state",
    ):
        op.drop_table(table)
