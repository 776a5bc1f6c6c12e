"""The desks' access-log chains as the server holds them: checked per desk.

Every desk pushes its ``audit_event`` rows (append-only) with their place in the desk's
hash chain (:mod:`cotdesk.domain.audit_chain`). The server's copy is the anchor a desk's
own file cannot rewrite: :func:`verify_chains` walks each desk's events in sequence order
and reports

* an event whose content no longer matches its hash, or whose link to the previous one is
  broken (changed after it was recorded);
* a gap in the sequence (an event deleted on the desk before it was pushed, or rejected);
* an event that claims a desk other than the one that pushed it;
* an event without a place in a chain.

Events not pushed yet are simply not there: only the chain up to the last event received
is checked.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cotdesk.domain.audit_chain import GENESIS, ChainFields, chain_hash
from cotdesk.server.store import SyncRow

ENTITY = "audit_event"


@dataclass(frozen=True)
class ChainProblem:
    device_id: str
    sequence: int | None
    problem: str
    event_id: uuid.UUID | None = None

    def describe(self) -> str:
        where = f"sequenza {self.sequence}" if self.sequence is not None else "senza sequenza"
        return f"postazione {self.device_id[:8]}, {where}: {self.problem}"


def _fields(event_id: uuid.UUID, data: dict[str, Any]) -> ChainFields:
    return ChainFields(
        id=event_id,
        device_id=data.get("device_id"),
        sequence=int(data["sequence"]),
        occurred_at=datetime.fromisoformat(str(data["occurred_at"])),
        operator_id=data.get("operator_id"),
        office_id=data.get("office_id"),
        action=str(data.get("action", "")),
        entity=str(data.get("entity") or ""),
        entity_id=data.get("entity_id"),
        detail=data.get("detail") or {},
    )


def verify_chains(session: Session, office_id: uuid.UUID | None = None) -> list[ChainProblem]:
    """The breaks in every desk's chain (of one office, or of all); empty when all hold."""
    stmt = select(SyncRow.id, SyncRow.data, SyncRow.created_by_device).where(
        SyncRow.entity == ENTITY
    )
    if office_id is not None:
        stmt = stmt.where(SyncRow.office_id == office_id)
    chains: dict[str, list[tuple[int, uuid.UUID, dict[str, Any]]]] = defaultdict(list)
    problems: list[ChainProblem] = []
    for event_id, data, pushed_by in session.execute(stmt):
        device = str(data.get("device_id") or "")
        if pushed_by is not None and device != str(pushed_by):
            problems.append(
                ChainProblem(
                    device or "?",
                    data.get("sequence"),
                    f"l'evento dichiara una postazione diversa da quella che lo ha inviato "
                    f"({str(pushed_by)[:8]})",
                    event_id,
                )
            )
            continue
        if data.get("sequence") is None:
            problems.append(
                ChainProblem(device or "?", None, "evento senza posto nella catena", event_id)
            )
            continue
        chains[device].append((int(data["sequence"]), event_id, data))
    for device, events in sorted(chains.items()):
        events.sort(key=lambda item: item[0])
        expected, prev = 1, GENESIS
        for sequence, event_id, data in events:
            if sequence < expected:
                problems.append(ChainProblem(device, sequence, "posizione già occupata", event_id))
                continue
            if sequence > expected:
                problems.append(
                    ChainProblem(
                        device,
                        sequence,
                        f"mancano gli eventi da {expected} a {sequence - 1}",
                    )
                )
            elif data.get("prev_hash") != prev:
                problems.append(
                    ChainProblem(
                        device,
                        sequence,
                        "il collegamento con l'evento precedente non corrisponde",
                        event_id,
                    )
                )
            digest = str(data.get("chain_hash") or "")
            if chain_hash(str(data.get("prev_hash") or ""), _fields(event_id, data)) != digest:
                problems.append(
                    ChainProblem(
                        device,
                        sequence,
                        "il contenuto non corrisponde alla sua impronta",
                        event_id,
                    )
                )
            expected, prev = sequence + 1, digest
    return problems
