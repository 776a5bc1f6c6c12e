"""Alembic environment for the desk database (SQLite, batch mode).

The connection is always handed in by :mod:`cotdesk.db.schema` through
``config.attributes["connection"]``: migrations never open files of their own.
"""

from __future__ import annotations

from alembic import context

from cotdesk.db.models import Base
from cotdesk.db.schema import include_object

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached when alembic is run by hand
    raise RuntimeError("Use `cotdesk db upgrade`, not the alembic command, on a desk database")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
