"""The declared settings: the list itself, validation, storage, upgrades, who may change what."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from cotdesk.db.database import Database
from cotdesk.db.models import AuditEvent, DeskState, Office
from cotdesk.domain.roles import Role
from cotdesk.errors import PermissionDenied, UserError, ValidationError
from cotdesk.services import settings as st
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork
from tests.factories import make_actor


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


# ---------------------------------------------------------------------------- the list


def test_the_declared_list_is_complete_and_consistent() -> None:
    keys = [s.key for s in st.SETTINGS]
    assert len(keys) == len(set(keys))
    # What the app relied on implicitly before there were settings.
    expected = {
        "interface.language": "it",
        "lock.idle_minutes": 5,
        "referrals.answer_days": 15,
        "sync.interval_minutes": 2,
        "backup.keep_daily": 7,
        "backup.keep_weekly": 4,
        "retention.years": 10,
        "log.level": "INFO",
        "log.sql": False,
    }
    assert {s.key: s.default for s in st.SETTINGS} == expected
    for spec in st.SETTINGS:
        assert spec.label
        assert spec.label[0].isupper()
        assert spec.description.endswith("."), spec.key
        assert spec.group in st.GROUPS
        assert st.validate(spec, spec.default) == spec.default  # the default is valid
        if spec.kind == "int":
            assert spec.minimum is not None
            assert spec.maximum is not None
            assert spec.unit
        if spec.kind == "choice":
            assert spec.default in {choice.value for choice in spec.choices}
        if spec.office_field:
            assert spec.scope is st.Scope.OFFICE
            assert hasattr(Office, spec.office_field)
    assert st.setting("referrals.answer_days").scope is st.Scope.OFFICE
    assert st.setting("retention.years").scope is st.Scope.OFFICE
    assert st.setting("lock.idle_minutes").scope is st.Scope.DESK


def test_the_declared_defaults_are_the_ones_the_code_falls_back_to() -> None:
    from cotdesk.services import backups, retention, screen_lock
    from cotdesk.ui import sync_status

    assert st.setting("lock.idle_minutes").default == screen_lock.DEFAULT_IDLE_LOCK_MINUTES
    assert st.setting("retention.years").default == retention.DEFAULT_RETENTION_YEARS
    assert Office.__table__.c.retention_years.default.arg == retention.DEFAULT_RETENTION_YEARS
    assert Office.__table__.c.retention_years.server_default.arg.text == str(
        retention.DEFAULT_RETENTION_YEARS
    )
    assert st.setting("backup.keep_daily").default == backups.KEEP_DAILY
    assert st.setting("backup.keep_weekly").default == backups.KEEP_WEEKLY
    assert st.setting("sync.interval_minutes").default * 60 == sync_status.SYNC_INTERVAL_S


def test_the_office_column_default_matches_the_declared_default(
    db: Database, office_id: uuid.UUID
) -> None:
    with ReadUnit(db, None) as unit:
        office = unit.session.get(Office, office_id)
        assert office is not None
        assert office.referral_answer_days == st.setting("referrals.answer_days").default


def test_the_log_levels_offered_are_the_ones_logging_knows() -> None:
    from cotdesk.logging_setup import LEVELS

    assert {c.value for c in st.setting("log.level").choices} == set(LEVELS)


# ---------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("key", "raw", "expected"),
    [
        ("lock.idle_minutes", 10, 10),
        ("lock.idle_minutes", " 12 ", 12),
        ("log.sql", True, True),
        ("interface.language", "en", "en"),
    ],
)
def test_valid_values(key: str, raw: object, expected: object) -> None:
    assert st.validate(st.setting(key), raw) == expected


@pytest.mark.parametrize(
    ("key", "raw", "message"),
    [
        ("lock.idle_minutes", 0, "tra 1 e 60 minuti"),
        ("lock.idle_minutes", 61, "tra 1 e 60 minuti"),
        ("lock.idle_minutes", "cinque", "numero intero"),
        ("lock.idle_minutes", 2.5, "numero intero"),
        ("lock.idle_minutes", True, "numero intero"),
        ("log.sql", "sì", "sì o no"),
        ("interface.language", "de", "«Italiano», «English»"),
    ],
)
def test_invalid_values_are_refused_in_italian(key: str, raw: object, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        st.validate(st.setting(key), raw)
    assert message in refused.value.message
    assert refused.value.field == key


# ---------------------------------------------------------------------------- storage


def test_no_file_means_every_default(path: Path) -> None:
    loaded = st.load_settings(path)
    assert loaded.problems == ()
    for spec in st.SETTINGS:
        assert loaded.get(spec.key) == spec.default


def test_saved_values_come_back_and_only_changes_are_stored(path: Path) -> None:
    st.save_settings({"lock.idle_minutes": 3, "log.level": "INFO"}, role=Role.ADMIN, path=path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document == {"schema": st.SCHEMA_VERSION, "values": {"lock.idle_minutes": 3}}
    assert st.load_settings(path).get("lock.idle_minutes") == 3
    # Back to the default: the key leaves the file.
    st.save_settings({"lock.idle_minutes": 5}, role=Role.ADMIN, path=path)
    assert json.loads(path.read_text(encoding="utf-8"))["values"] == {}


def test_a_damaged_file_gives_the_defaults_and_a_note(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text("{ not json", encoding="utf-8")
    loaded = st.load_settings(path)
    assert loaded.get("lock.idle_minutes") == 5
    assert "danneggiato" in loaded.problems[0]
    # Saving rewrites it.
    st.save_settings({"lock.idle_minutes": 7}, role=Role.SUPERVISOR, path=path)
    assert st.load_settings(path).problems == ()


def test_a_hand_edited_bad_value_falls_back_to_its_default(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps({"schema": 1, "values": {"lock.idle_minutes": 500, "nonsense": 1}}),
        encoding="utf-8",
    )
    loaded = st.load_settings(path)
    assert loaded.get("lock.idle_minutes") == 5
    assert len(loaded.problems) == 1
    assert "Si usa il valore predefinito (5 minuti)" in loaded.problems[0]


def test_a_refused_write_raises_an_italian_error_and_keeps_the_old_file(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    st.save_settings({"lock.idle_minutes": 3}, role=Role.ADMIN, path=path)

    def disk_full(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(st.os, "replace", disk_full)
    with pytest.raises(UserError) as refused:
        st.save_settings({"lock.idle_minutes": 4}, role=Role.ADMIN, path=path)
    assert "controllare lo spazio libero" in refused.value.message
    monkeypatch.undo()
    assert st.load_settings(path).get("lock.idle_minutes") == 3
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temporary left


def test_the_start_up_preferences_read_the_file(path: Path) -> None:
    st.save_settings({"log.level": "DEBUG", "log.sql": True}, role=Role.ADMIN, path=path)
    assert st.logging_preferences(path) == ("DEBUG", True)
    assert st.interface_language(path) == "it"


# ---------------------------------------------------------------------------- upgrades

#: A sample history for the machinery: version 1 named the idle lock "idle_lock" and kept
#: the sync interval in seconds as text; version 2 renamed and retyped them; version 3
#: dropped a setting that no longer exists.
SAMPLE_UPGRADES: dict[int, tuple[st.Step, ...]] = {
    1: (
        st.Rename("idle_lock", "lock.idle_minutes"),
        st.Rename("sync_seconds", "sync.interval_minutes"),
        st.Retype("sync.interval_minutes", lambda seconds: max(1, int(seconds) // 60)),
    ),
    2: (st.Remove("ui.theme"),),
}


def test_an_old_file_is_upgraded_renamed_and_retyped(path: Path) -> None:
    path.parent.mkdir(parents=True)
    old = {
        "schema": 1,
        "values": {"idle_lock": 3, "sync_seconds": "600", "ui.theme": "dark", "log.sql": True},
    }
    path.write_text(json.dumps(old), encoding="utf-8")
    loaded = st.load_settings(path, upgrades=SAMPLE_UPGRADES, target=3)
    assert loaded.problems == ()
    assert loaded.get("lock.idle_minutes") == 3
    assert loaded.get("sync.interval_minutes") == 10
    assert loaded.get("log.sql") is True
    assert "ui.theme" not in loaded.values


def test_a_value_that_cannot_be_converted_is_dropped_with_a_note(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"schema": 1, "values": {"sync_seconds": "ogni tanto"}}))
    loaded = st.load_settings(path, upgrades=SAMPLE_UPGRADES, target=3)
    assert loaded.get("sync.interval_minutes") == 2
    assert "non si poteva convertire" in loaded.problems[0]


def test_a_renamed_key_never_overwrites_a_value_already_under_the_new_name() -> None:
    values, _ = st.upgrade_values(
        {"idle_lock": 3, "lock.idle_minutes": 9}, 1, upgrades=SAMPLE_UPGRADES, target=2
    )
    assert values == {"lock.idle_minutes": 9}


def test_an_upgraded_file_is_written_in_the_current_layout_at_the_next_save(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"values": {"lock.idle_minutes": 3}}))  # no schema: version 1
    st.save_settings({"log.sql": True}, role=Role.ADMIN, path=path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["schema"] == st.SCHEMA_VERSION
    assert document["values"] == {"lock.idle_minutes": 3, "log.sql": True}


def test_a_file_from_a_newer_cotdesk_is_read_but_never_overwritten(path: Path) -> None:
    path.parent.mkdir(parents=True)
    newer = {"schema": st.SCHEMA_VERSION + 1, "values": {"lock.idle_minutes": 2, "new.x": 1}}
    path.write_text(json.dumps(newer), encoding="utf-8")
    loaded = st.load_settings(path)
    assert loaded.newer_file
    assert loaded.get("lock.idle_minutes") == 2
    with pytest.raises(UserError) as refused:
        st.save_settings({"lock.idle_minutes": 4}, role=Role.ADMIN, path=path)
    assert "versione più recente" in refused.value.message
    assert json.loads(path.read_text(encoding="utf-8")) == newer


# ---------------------------------------------------------------------------- who may change


@pytest.mark.parametrize(
    ("role", "key", "allowed"),
    [
        (Role.OPERATOR, "interface.language", True),
        (Role.OPERATOR, "lock.idle_minutes", False),
        (Role.SUPERVISOR, "lock.idle_minutes", True),
        (Role.SUPERVISOR, "log.level", False),
        (Role.SUPERVISOR, "referrals.answer_days", True),
        (Role.SUPERVISOR, "retention.years", False),
        (Role.ADMIN, "retention.years", True),
        (Role.ADMIN, "log.level", True),
    ],
)
def test_roles(role: Role, key: str, allowed: bool) -> None:
    spec = st.setting(key)
    assert (st.why_read_only(spec, role, server_configured=False) == "") is allowed


def test_a_forbidden_change_writes_nothing(path: Path) -> None:
    with pytest.raises(PermissionDenied) as refused:
        st.save_settings(
            {"interface.language": "en", "lock.idle_minutes": 9}, role=Role.OPERATOR, path=path
        )
    assert "il coordinatore o l'amministratore di rete" in refused.value.message
    assert not path.exists()


def test_office_settings_are_read_only_on_a_desk_enrolled_with_a_server(path: Path) -> None:
    spec = st.setting("retention.years")
    assert "server" in st.why_read_only(spec, Role.ADMIN, server_configured=True)
    with pytest.raises(PermissionDenied):
        st.save_settings({"retention.years": 5}, role=Role.ADMIN, server_configured=True, path=path)
    # Desk settings stay editable.
    st.save_settings({"log.sql": True}, role=Role.ADMIN, server_configured=True, path=path)


# ---------------------------------------------------------------------------- with the desk


def test_desk_settings_read_the_office_row_and_say_who_may_change_what(
    db: Database, operator: Actor, supervisor: Actor, path: Path
) -> None:
    as_operator = st.desk_settings(db, operator, path=path)
    assert as_operator.value("referrals.answer_days") == 15
    rows = {row.setting.key: row for row in as_operator.rows}
    assert rows["interface.language"].editable
    assert not rows["referrals.answer_days"].editable
    assert [row.setting.key for row in as_operator.rows] == [s.key for s in st.SETTINGS]
    as_supervisor = st.desk_settings(db, supervisor, path=path)
    assert {r.setting.key for r in as_supervisor.rows if r.editable} == {
        "interface.language",
        "lock.idle_minutes",
        "referrals.answer_days",
    }


def test_an_office_setting_is_saved_on_the_office_row_with_an_audit_event(
    db: Database, supervisor: Actor, path: Path
) -> None:
    saved = st.update_settings(
        db, supervisor, {"referrals.answer_days": "20", "lock.idle_minutes": 8}, path=path
    )
    assert saved.value("referrals.answer_days") == 20
    assert saved.value("lock.idle_minutes") == 8
    with ReadUnit(db, supervisor) as unit:
        office = unit.session.get(Office, supervisor.office_id)
        assert office is not None
        assert office.referral_answer_days == 20
        events = unit.session.scalars(
            select(AuditEvent).where(AuditEvent.entity == "office", AuditEvent.action == "update")
        ).all()
        assert len(events) == 1
    assert json.loads(path.read_text(encoding="utf-8"))["values"] == {"lock.idle_minutes": 8}


def test_a_refused_change_leaves_both_stores_as_they_were(
    db: Database, supervisor: Actor, path: Path
) -> None:
    with pytest.raises(PermissionDenied):
        st.update_settings(
            db, supervisor, {"referrals.answer_days": 30, "log.level": "DEBUG"}, path=path
        )
    with pytest.raises(ValidationError):
        st.update_settings(
            db, supervisor, {"referrals.answer_days": 30, "lock.idle_minutes": 0}, path=path
        )
    assert st.desk_settings(db, supervisor, path=path).value("referrals.answer_days") == 15
    assert not path.exists()


def test_an_enrolled_desk_takes_office_settings_from_the_server(
    db: Database, office_id: uuid.UUID, path: Path
) -> None:
    admin = make_actor(db, office_id, Role.ADMIN, "anna.amministratrice")
    with UnitOfWork(db, None) as uow:
        state = uow.session.get(DeskState, 1)
        assert state is not None
        state.server_url = "https://rete.example.it"
        uow.commit()
    current = st.desk_settings(db, admin, path=path)
    assert current.server_configured
    rows = {row.setting.key: row for row in current.rows}
    assert not rows["referrals.answer_days"].editable
    assert not rows["retention.years"].editable
    assert rows["log.level"].editable
    with pytest.raises(PermissionDenied):
        st.update_settings(db, admin, {"referrals.answer_days": 30}, path=path)


def test_retention_years_is_read_from_the_office_row_not_the_file(
    db: Database, office_id: uuid.UUID, path: Path
) -> None:
    assert st.setting("retention.years").office_field == "retention_years"
    admin = make_actor(db, office_id, Role.ADMIN, "anna.amministratrice")
    # Older versions kept it in settings.json: once the desk knows its office, ignored.
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps({"schema": st.SCHEMA_VERSION, "values": {"retention.years": 5}}),
        encoding="utf-8",
    )
    assert st.desk_settings(db, admin, path=path).value("retention.years") == 10
    with UnitOfWork(db, None) as uow:
        office = uow.session.get(Office, office_id)
        assert office is not None
        office.retention_years = 12
        uow.commit()
    assert st.desk_settings(db, admin, path=path).value("retention.years") == 12
    # The scheduled job (no operator) reads the office of the desk.
    with UnitOfWork(db, None) as uow:
        state = uow.session.get(DeskState, 1)
        assert state is not None
        state.office_id = office_id
        uow.commit()
    assert st.desk_settings(db, None, path=path).value("retention.years") == 12


def test_an_admin_of_a_desk_not_enrolled_sets_retention_on_the_office_row(
    db: Database, office_id: uuid.UUID, path: Path
) -> None:
    admin = make_actor(db, office_id, Role.ADMIN, "anna.amministratrice")
    saved = st.update_settings(db, admin, {"retention.years": 15}, path=path)
    assert saved.value("retention.years") == 15
    with ReadUnit(db, admin) as unit:
        office = unit.session.get(Office, office_id)
        assert office is not None
        assert office.retention_years == 15
    assert not path.exists()
    with pytest.raises(ValidationError):
        st.update_settings(db, admin, {"retention.years": 31}, path=path)


def test_an_enrolled_desk_shows_the_servers_retention_read_only(
    db: Database, office_id: uuid.UUID, path: Path
) -> None:
    admin = make_actor(db, office_id, Role.ADMIN, "anna.amministratrice")
    with UnitOfWork(db, None) as uow:
        state = uow.session.get(DeskState, 1)
        office = uow.session.get(Office, office_id)
        assert state is not None
        assert office is not None
        state.server_url = "https://rete.example.it"
        office.retention_years = 7  # as the office's row arrived from the server
        uow.commit()
    current = st.desk_settings(db, admin, path=path)
    rows = {row.setting.key: row for row in current.rows}
    assert rows["retention.years"].value == 7
    assert rows["retention.years"].read_only_reason == st.SERVER_OWNED
    with pytest.raises(PermissionDenied):
        st.update_settings(db, admin, {"retention.years": 8}, path=path)
    assert st.desk_settings(db, admin, path=path).value("retention.years") == 7


def test_the_server_sets_the_office_settings_the_desk_declares() -> None:
    """The server can't import the desk's list: it repeats the numbers, which must match."""
    from cotdesk.server import admin, managed

    declared = {spec.office_field: spec for spec in st.SETTINGS if spec.office_field}
    assert {spec.field for spec in admin.OFFICE_SETTINGS} == set(declared)
    for spec in admin.OFFICE_SETTINGS:
        desk = declared[spec.field]
        assert (spec.minimum, spec.maximum, spec.default) == (
            desk.minimum,
            desk.maximum,
            desk.default,
        )
        assert (spec.label, spec.unit) == (desk.label, desk.unit)
        assert spec.field in managed.OFFICE_FIELDS
