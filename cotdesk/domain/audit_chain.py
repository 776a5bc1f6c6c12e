"""The hash chain of the access log (*registro accessi*): pure functions, no database.

Each desk keeps its own chain of :class:`~cotdesk.db.models.AuditEvent` rows: event ``n``
(``sequence``) carries the hash of event ``n - 1`` (``prev_hash``) and its own hash
(``chain_hash``), computed over a canonical serialization of what the event says::

    chain_hash = sha256(prev_hash + "\\n" + canonical_json(fields))

so an edited event no longer matches its hash, a deleted one leaves a gap in the sequence,
and an inserted one has no place in the chain. The first event of a chain has
:data:`GENESIS` as its ``prev_hash``.

The serialization is JSON with sorted keys and no spaces; UUIDs as lowercase strings,
timestamps in UTC ISO 8601 with microseconds, ``detail`` as stored (a JSON object). It
never depends on the machine's time zone or on the order the columns were written.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

__all__ = ["GENESIS", "ChainFields", "canonical", "chain_hash"]

#: ``prev_hash`` of the first event of a chain.
GENESIS: Final = "0" * 64


def _text_id(value: uuid.UUID | str | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, uuid.UUID):
        return str(value)
    return str(uuid.UUID(value))


def _utc_text(moment: datetime) -> str:
    """A timestamp as UTC ISO 8601 with microseconds (naive values are taken as UTC)."""
    aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return aware.isoformat(timespec="microseconds")


@dataclass(frozen=True)
class ChainFields:
    """What an event says, as covered by its hash."""

    id: uuid.UUID | str
    device_id: uuid.UUID | str | None
    sequence: int
    occurred_at: datetime
    operator_id: uuid.UUID | str | None
    office_id: uuid.UUID | str | None
    action: str
    entity: str
    entity_id: uuid.UUID | str | None
    detail: Mapping[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": _text_id(self.id),
            "device_id": _text_id(self.device_id),
            "sequence": int(self.sequence),
            "occurred_at": _utc_text(self.occurred_at),
            "operator_id": _text_id(self.operator_id),
            "office_id": _text_id(self.office_id),
            "action": self.action,
            "entity": self.entity or "",
            "entity_id": _text_id(self.entity_id),
            "detail": dict(self.detail or {}),
        }


def canonical(fields: ChainFields) -> str:
    """The canonical serialization of an event (what its hash covers)."""
    return json.dumps(
        fields.as_dict(),
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
    )


def chain_hash(prev_hash: str, fields: ChainFields) -> str:
    """The hash of an event linked to the one before it (hex SHA-256)."""
    data = f"{prev_hash}\n{canonical(fields)}".encode()
    return hashlib.sha256(data).hexdigest()
