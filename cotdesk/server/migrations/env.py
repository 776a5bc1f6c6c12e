"""Alembic environment for the central server's database (PostgreSQL).

The connection is handed in by :func:`cotdesk.server.store.upgrade` through
``config.attributes["connection"]``; run ``cotdesk-server migrate``, not ``alembic``.
"""

from __future__ import annotations

from alembic import context

from cotdesk.server.store import VERSION_TABLE, Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached when alembic is run by hand
    raise RuntimeError("Use `cotdesk-server migrate`, not the alembic command")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    compare_type=True,
    version_table=VERSION_TABLE,
)
with context.begin_transaction():
    context.run_migrations()
