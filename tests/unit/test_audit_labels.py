"""The access log speaks Italian: every action recorded and every kind of record has a label.

A supervisor reading the log at 5 pm should see "Riunione d'équipe", not "meeting". The
actions are found in the source (``uow.audit("action", ...)``, also split over lines), the
kinds of record are the synced entities plus the names passed as ``entity_name``.
"""

from __future__ import annotations

import re
from pathlib import Path

from cotdesk.db.models import Base, Synced
from cotdesk.services.audit_log import ACTION_LABELS, ENTITY_LABELS

PACKAGE = Path(__file__).resolve().parents[2] / "cotdesk"
AUDIT_CALL = re.compile(r"\.audit\(\s*\"([a-z_]+)\"")
ENTITY_NAME = re.compile(r"entity_name=\"([a-z_]+)\"")


def _sources() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in PACKAGE.rglob("*.py"))


def test_every_recorded_action_has_an_italian_label() -> None:
    actions = set(AUDIT_CALL.findall(_sources()))
    assert {"create", "update", "view", "erase", "import"} <= actions  # the scan works
    assert sorted(actions - set(ACTION_LABELS)) == []


def test_every_kind_of_record_has_an_italian_label() -> None:
    synced = {
        mapper.class_.__sync_entity__
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, Synced) and mapper.class_.__sync_entity__ != "audit_event"
    }
    named = set(ENTITY_NAME.findall(_sources()))
    assert "meeting" in synced  # the scans work
    assert "statistics" in named
    assert sorted((synced | named) - set(ENTITY_LABELS)) == []
