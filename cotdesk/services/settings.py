"""The desk's settings: one declared list, stored, validated, upgraded.

:data:`SETTINGS` is the only place a setting exists: its name, type, default, Italian label
and description, scope and who may change it. The settings dialog is generated from it,
the code reads values with :meth:`Settings.get`, and a test checks every entry.

Scope and storage:

* ``desk`` settings belong to this installation and stay local: they are kept in
  ``settings.json`` in the per-user config folder (``$COTDESK_CONFIG_DIR`` overrides it),
  written atomically. Only values that differ from the default need to be there.
* ``office`` settings are the same for every desk of an office and come from the central
  server: each is a column of the office's row (``office_field``: the days a partner has to
  answer a referral, the years personal data are kept), which the network administrator
  sets on the server (``cotdesk-server set-office-settings`` or ``PATCH /v1/offices/{id}``)
  and which reaches the desks with the office's row. While the desk is enrolled with a
  server, office settings are read-only on the desk; a desk not (yet) enrolled may change
  them, on its office's row. A value in ``settings.json`` for an office setting (older
  versions kept ``retention.years`` there) is ignored once the desk knows its office.

Who may change a setting: its ``min_role`` or a higher role (operator < supervisor <
admin), checked here, not only by the dialog.

Upgrades: the file carries :data:`SCHEMA_VERSION`. An older file is upgraded on load by the
steps of :data:`UPGRADES` (a key renamed, retyped or dropped) and written back at the next
save; a value that no longer validates is dropped with a message and its default used. A
file written by a newer cotdesk is read (known keys that validate) but never overwritten.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Final, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from cotdesk.db.database import Database
from cotdesk.db.models import DeskState, Office
from cotdesk.domain.referrals import ANSWER_EXPECTED_WITHIN_DAYS
from cotdesk.domain.retention import DEFAULT_RETENTION_YEARS
from cotdesk.domain.roles import Role, require_role, role_at_least
from cotdesk.errors import PermissionDenied, UserError, ValidationError
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork

__all__ = [
    "CONFIG_DIR_ENV",
    "SCHEMA_VERSION",
    "SETTINGS",
    "SETTINGS_FILE_NAME",
    "UPGRADES",
    "Choice",
    "DeskSettings",
    "Remove",
    "Rename",
    "Retype",
    "Scope",
    "Setting",
    "SettingRow",
    "SettingValue",
    "Settings",
    "config_dir",
    "desk_settings",
    "interface_language",
    "load_settings",
    "logging_preferences",
    "save_settings",
    "setting",
    "settings_path",
    "update_settings",
    "upgrade_values",
    "validate",
]

log = logging.getLogger(__name__)

CONFIG_DIR_ENV: Final = "COTDESK_CONFIG_DIR"
SETTINGS_FILE_NAME: Final = "settings.json"

SettingValue = bool | int | str
Kind = Literal["bool", "int", "choice"]


class Scope(StrEnum):
    DESK = "desk"
    OFFICE = "office"


@dataclass(frozen=True, slots=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting. ``label`` and ``description`` are Italian, shown in the dialog."""

    key: str
    kind: Kind
    default: SettingValue
    label: str
    description: str
    group: str
    scope: Scope = Scope.DESK
    min_role: Role = Role.OPERATOR
    minimum: int | None = None
    maximum: int | None = None
    unit: str = ""
    choices: tuple[Choice, ...] = ()
    #: Read at start-up only: a change applies when cotdesk is started again.
    restart: bool = False
    #: For office settings kept on the office's row: the column.
    office_field: str = ""


# Groups, in the order the dialog shows them.
INTERFACE: Final = "Interfaccia"
SECURITY: Final = "Sicurezza"
WORK: Final = "Prese in carico e invii"
SYNC: Final = "Sincronizzazione"
DATA: Final = "Dati e copie di sicurezza"
SUPPORT: Final = "Assistenza"
GROUPS: Final = (INTERFACE, SECURITY, WORK, SYNC, DATA, SUPPORT)

SETTINGS: Final[tuple[Setting, ...]] = (
    Setting(
        "interface.language",
        "choice",
        "it",
        "Lingua dell'interfaccia",
        "La lingua di menu, finestre e messaggi di cotdesk su questa postazione. "
        "Le lettere e i moduli per le persone restano in italiano.",
        INTERFACE,
        choices=(Choice("it", "Italiano"), Choice("en", "English")),
        restart=True,
    ),
    Setting(
        "lock.idle_minutes",
        "int",
        5,
        "Blocco dopo inattività",
        "Dopo quanti minuti senza usare tastiera e mouse lo schermo si blocca e chiede di "
        "nuovo la password, perché nessuno veda i dati delle persone.",
        SECURITY,
        min_role=Role.SUPERVISOR,
        minimum=1,
        maximum=60,
        unit="minuti",
    ),
    Setting(
        "referrals.answer_days",
        "int",
        ANSWER_EXPECTED_WITHIN_DAYS,
        "Giorni per la risposta dell'ente",
        "Dopo quanti giorni senza risposta dell'ente partner un invio compare nella coda "
        "del coordinatore. Vale per tutto lo sportello.",
        WORK,
        scope=Scope.OFFICE,
        min_role=Role.SUPERVISOR,
        minimum=1,
        maximum=90,
        unit="giorni",
        office_field="referral_answer_days",
    ),
    Setting(
        "sync.interval_minutes",
        "int",
        2,
        "Intervallo di sincronizzazione",
        "Ogni quanti minuti la postazione invia le modifiche al server della rete e riceve "
        "quelle degli altri sportelli (se è collegata a un server).",
        SYNC,
        min_role=Role.ADMIN,
        minimum=1,
        maximum=1440,
        unit="minuti",
    ),
    Setting(
        "backup.keep_daily",
        "int",
        7,
        "Copie giornaliere da conservare",
        "Per quanti giorni tenere la copia di sicurezza quotidiana del database (la più "
        "recente di ogni giorno) nella cartella backups.",
        DATA,
        min_role=Role.ADMIN,
        minimum=1,
        maximum=60,
        unit="giorni",
    ),
    Setting(
        "backup.keep_weekly",
        "int",
        4,
        "Copie settimanali da conservare",
        "Dopo le copie giornaliere, per quante settimane tenere una copia alla settimana; "
        "le più vecchie vengono eliminate.",
        DATA,
        min_role=Role.ADMIN,
        minimum=0,
        maximum=52,
        unit="settimane",
    ),
    Setting(
        "retention.years",
        "int",
        DEFAULT_RETENTION_YEARS,
        "Conservazione dei dati",
        "Per quanti anni dalla chiusura della presa in carico si conservano i dati di una "
        "persona, come stabilito dal titolare del trattamento. Vale per tutte le postazioni "
        "dello sportello e si imposta sul server della rete.",
        DATA,
        scope=Scope.OFFICE,
        min_role=Role.ADMIN,
        minimum=1,
        maximum=30,
        unit="anni",
        office_field="retention_years",
    ),
    Setting(
        "log.level",
        "choice",
        "INFO",
        "Dettaglio dei file di log",
        "Quanto scrivere nei file di log della postazione (mai dati personali). "
        "«Diagnostica» solo su richiesta dell'assistenza.",
        SUPPORT,
        min_role=Role.ADMIN,
        choices=(
            Choice("ERROR", "Solo errori"),
            Choice("WARNING", "Avvisi"),
            Choice("INFO", "Normale"),
            Choice("DEBUG", "Diagnostica"),
        ),
        restart=True,
    ),
    Setting(
        "log.sql",
        "bool",
        False,
        "Registra le istruzioni SQL",
        "Scrive nei log le istruzioni inviate al database, senza i valori. Solo su "
        "richiesta dell'assistenza: rallenta la postazione.",
        SUPPORT,
        min_role=Role.ADMIN,
        restart=True,
    ),
)

_BY_KEY: Final[dict[str, Setting]] = {s.key: s for s in SETTINGS}


def setting(key: str) -> Setting:
    """The declared setting ``key`` (KeyError for an undeclared name: a bug)."""
    return _BY_KEY[key]


# ---------------------------------------------------------------------------- validation


def validate(spec: Setting, raw: object) -> SettingValue:
    """``raw`` as a value of ``spec``; ValidationError (Italian, ``field=key``) if it can't be."""
    if spec.kind == "bool":
        if isinstance(raw, bool):
            return raw
        raise ValidationError(f"«{spec.label}»: scegliere sì o no.", field=spec.key)
    if spec.kind == "int":
        value = _as_int(spec, raw)
        if spec.minimum is not None and value < spec.minimum:
            raise ValidationError(_range_message(spec), field=spec.key)
        if spec.maximum is not None and value > spec.maximum:
            raise ValidationError(_range_message(spec), field=spec.key)
        return value
    allowed = [choice.value for choice in spec.choices]
    if isinstance(raw, str) and raw in allowed:
        return raw
    labels = ", ".join(f"«{choice.label}»" for choice in spec.choices)
    raise ValidationError(f"«{spec.label}»: scegliere tra {labels}.", field=spec.key)


def _as_int(spec: Setting, raw: object) -> int:
    if isinstance(raw, bool):
        raise ValidationError(f"«{spec.label}»: serve un numero intero.", field=spec.key)
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and raw.strip().lstrip("-").isdigit():
        return int(raw.strip())
    raise ValidationError(
        f"«{spec.label}»: serve un numero intero, senza decimali né lettere.", field=spec.key
    )


def _range_message(spec: Setting) -> str:
    unit = f" {spec.unit}" if spec.unit else ""
    return f"«{spec.label}»: indicare un valore tra {spec.minimum} e {spec.maximum}{unit}."


# ---------------------------------------------------------------------------- upgrades


@dataclass(frozen=True, slots=True)
class Rename:
    """A key renamed: its value moves (unless the new key is already set)."""

    old: str
    new: str


@dataclass(frozen=True, slots=True)
class Retype:
    """A value converted to a new type or unit (``convert`` may raise: the value is dropped)."""

    key: str
    convert: Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class Remove:
    """A setting that no longer exists."""

    key: str


Step = Rename | Retype | Remove

#: The settings file layout this version writes: ``{"schema": N, "values": {key: value}}``.
SCHEMA_VERSION: Final = 1

#: ``UPGRADES[n]``: the steps from schema ``n`` to ``n + 1``, applied in order on load.
#: Version 1 is the first release, so the table is empty; a later version that renames,
#: retypes or drops a key adds its steps here and bumps :data:`SCHEMA_VERSION`.
UPGRADES: Final[Mapping[int, tuple[Step, ...]]] = {}


def upgrade_values(
    values: dict[str, Any],
    version: int,
    *,
    upgrades: Mapping[int, tuple[Step, ...]] = UPGRADES,
    target: int = SCHEMA_VERSION,
) -> tuple[dict[str, Any], list[str]]:
    """Apply the steps from ``version`` up to ``target``; return the values and notes."""
    values = dict(values)
    notes: list[str] = []
    for current in range(version, target):
        for step in upgrades.get(current, ()):
            if isinstance(step, Rename):
                if step.old in values:
                    moved = values.pop(step.old)
                    values.setdefault(step.new, moved)
            elif isinstance(step, Retype):
                if step.key in values:
                    try:
                        values[step.key] = step.convert(values[step.key])
                    except (TypeError, ValueError, ArithmeticError):
                        del values[step.key]
                        notes.append(
                            f"L'impostazione «{_label(step.key)}» non si poteva convertire: "
                            "si usa il valore predefinito."
                        )
            else:
                values.pop(step.key, None)
    return values, notes


def _label(key: str) -> str:
    spec = _BY_KEY.get(key)
    return spec.label if spec is not None else key


# ---------------------------------------------------------------------------- storage


def config_dir() -> Path:
    """``$COTDESK_CONFIG_DIR``, or the per-user config folder of cotdesk."""
    override = os.environ.get(CONFIG_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_path

    return user_config_path("cotdesk", appauthor=False)


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE_NAME


@dataclass(frozen=True)
class Settings:
    """The stored values (validated; missing ones are the defaults) and what was wrong."""

    values: Mapping[str, SettingValue] = field(default_factory=dict)
    #: Italian notes about the file: values dropped, a newer file read-only...
    problems: tuple[str, ...] = ()
    #: The file came from a newer cotdesk: it is never overwritten.
    newer_file: bool = False
    schema: int = SCHEMA_VERSION

    def get(self, key: str) -> SettingValue:
        spec = _BY_KEY[key]
        return self.values.get(key, spec.default)

    def int_value(self, key: str) -> int:
        value = self.get(key)
        assert isinstance(value, int)
        return int(value)

    def str_value(self, key: str) -> str:
        return str(self.get(key))


def load_settings(
    path: Path | None = None,
    *,
    upgrades: Mapping[int, tuple[Step, ...]] = UPGRADES,
    target: int = SCHEMA_VERSION,
) -> Settings:
    """Read the settings file (none: every default). Never raises for a bad file."""
    path = path if path is not None else settings_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings(schema=target)
    except OSError as exc:
        log.warning("settings file not readable: errno %s", exc.errno)
        return Settings(
            problems=(
                "Il file delle impostazioni non si può leggere: si usano i valori predefiniti.",
            ),
            schema=target,
        )
    try:
        document = json.loads(text)
    except ValueError:
        document = None
    if not isinstance(document, dict) or not isinstance(document.get("values", {}), dict):
        log.warning("settings file damaged: defaults used")
        return Settings(
            problems=(
                "Il file delle impostazioni è danneggiato: si usano i valori predefiniti; "
                "salvando le impostazioni il file viene riscritto.",
            ),
            schema=target,
        )
    version = document.get("schema", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        version = 1
    raw_values: dict[str, Any] = dict(document.get("values", {}))
    problems: list[str] = []
    newer = version > target
    if newer:
        problems.append(
            "Le impostazioni sono state salvate da una versione più recente di cotdesk: "
            "si possono leggere ma non modificare. Aggiornare cotdesk su questa postazione."
        )
    elif version < target:
        raw_values, notes = upgrade_values(raw_values, version, upgrades=upgrades, target=target)
        problems.extend(notes)
        log.info("settings upgraded from schema %d to %d", version, target)
    values: dict[str, SettingValue] = {}
    for key, raw in raw_values.items():
        spec = _BY_KEY.get(key)
        if spec is None:
            if not newer:
                log.info("settings: unknown key %s ignored", key if key.islower() else "?")
            continue
        try:
            values[key] = validate(spec, raw)
        except ValidationError as exc:
            problems.append(f"{exc.message} Si usa il valore predefinito ({_shown(spec)}).")
    return Settings(values=values, problems=tuple(problems), newer_file=newer, schema=target)


def _shown(spec: Setting, value: SettingValue | None = None) -> str:
    value = spec.default if value is None else value
    if spec.kind == "bool":
        return "sì" if value else "no"
    for choice in spec.choices:
        if choice.value == value:
            return choice.label
    return f"{value} {spec.unit}".strip()


def save_settings(
    changes: Mapping[str, SettingValue],
    *,
    role: Role,
    server_configured: bool = False,
    path: Path | None = None,
) -> Settings:
    """Validate ``changes`` (key -> value), check who may change them, write the file.

    Raises ValidationError, PermissionDenied or UserError (a newer file, a disk that
    refuses the write) in Italian; then nothing is written.
    """
    path = path if path is not None else settings_path()
    current = load_settings(path)
    if current.newer_file:
        raise UserError(current.problems[0])
    values = dict(current.values)
    for key, raw in changes.items():
        spec = _BY_KEY.get(key)
        if spec is None:
            raise ValidationError(f"Impostazione sconosciuta: {key}.", field=key)
        value = validate(spec, raw)
        if value == values.get(key, spec.default):
            continue
        check_may_change(spec, role, server_configured=server_configured)
        values[key] = value
    stored = {key: value for key, value in values.items() if value != _BY_KEY[key].default}
    _write_json(path, {"schema": SCHEMA_VERSION, "values": stored})
    return Settings(values=values)


def _write_json(path: Path, document: Mapping[str, Any]) -> None:
    """Write ``document`` to ``path`` atomically (a temporary file, fsync, then rename)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(document, stream, ensure_ascii=False, indent=2, sort_keys=True)
                stream.write("\n")
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError as exc:
        raise UserError(
            f"Non è stato possibile salvare le impostazioni in {path.parent} "
            f"({exc.strerror or 'errore del disco'}): controllare lo spazio libero e i "
            "permessi della cartella, poi riprovare. Le impostazioni precedenti restano valide."
        ) from exc


# ---------------------------------------------------------------------------- who may change


#: Why a setting can't be changed (Italian; the UI translates them as labels).
SERVER_OWNED: Final = "Vale per tutto lo sportello e arriva dal server della rete."
LOG_IN_FIRST: Final = "Accedere con le proprie credenziali per modificare le impostazioni."
ONLY_SUPERVISOR: Final = "Può modificarla solo il coordinatore o l'amministratore di rete."
ONLY_ADMIN: Final = "Può modificarla solo l'amministratore di rete."
NEWER_FILE: Final = "Salvata da una versione più recente di cotdesk."
NO_OFFICE: Final = "Questa postazione non è ancora collegata a uno sportello."


def why_read_only(spec: Setting, role: Role | None, *, server_configured: bool) -> str:
    """Why ``role`` may not change ``spec`` (Italian), or "" if they may."""
    if spec.scope is Scope.OFFICE and server_configured:
        return SERVER_OWNED
    if role is None:
        return LOG_IN_FIRST
    if not role_at_least(role, spec.min_role):
        return ONLY_ADMIN if spec.min_role is Role.ADMIN else ONLY_SUPERVISOR
    return ""


def check_may_change(spec: Setting, role: Role, *, server_configured: bool) -> None:
    if spec.scope is Scope.OFFICE and server_configured:
        raise PermissionDenied(
            f"«{spec.label}» vale per tutto lo sportello e arriva dal server della rete: "
            "chiedere all'amministratore di rete di modificarla lì."
        )
    require_role(role, spec.min_role, f"modificare «{spec.label}»")


# ---------------------------------------------------------------------------- with the desk


@dataclass(frozen=True)
class SettingRow:
    """One line of the settings dialog."""

    setting: Setting
    value: SettingValue
    #: Why the acting operator may not change it ("" if they may).
    read_only_reason: str

    @property
    def editable(self) -> bool:
        return not self.read_only_reason


@dataclass(frozen=True)
class DeskSettings:
    rows: tuple[SettingRow, ...]
    problems: tuple[str, ...]
    server_configured: bool

    def value(self, key: str) -> SettingValue:
        for row in self.rows:
            if row.setting.key == key:
                return row.value
        raise KeyError(key)


def desk_settings(db: Database, actor: Actor | None, *, path: Path | None = None) -> DeskSettings:
    """Every declared setting with its value on this desk and whether ``actor`` may change it."""
    stored = load_settings(path)
    with ReadUnit(db, actor) as unit:
        state = unit.session.get(DeskState, 1)
        server_configured = bool(state is not None and state.server_url)
        office = _office(unit.session, actor, state)
        office_values = {
            spec.key: getattr(office, spec.office_field)
            for spec in SETTINGS
            if spec.office_field and office is not None
        }
    role = actor.role if actor is not None else None
    rows = []
    for spec in SETTINGS:
        value = office_values.get(spec.key, stored.get(spec.key))
        reason = why_read_only(spec, role, server_configured=server_configured)
        if stored.newer_file and not spec.office_field and not reason:
            reason = NEWER_FILE
        if spec.office_field and office is None and not reason:
            reason = NO_OFFICE
        rows.append(SettingRow(spec, value, reason))
    return DeskSettings(tuple(rows), stored.problems, server_configured)


def _office(session: Session, actor: Actor | None, state: DeskState | None) -> Office | None:
    office_id = actor.office_id if actor is not None else (state.office_id if state else None)
    if office_id is None:
        return None
    return session.execute(select(Office).where(Office.id == office_id)).scalar_one_or_none()


def update_settings(
    db: Database,
    actor: Actor,
    changes: Mapping[str, SettingValue],
    *,
    path: Path | None = None,
) -> DeskSettings:
    """Save ``changes``: office columns on the office's row (synced), the rest in the file.

    All values are validated and all permissions checked before anything is written.
    """
    current = desk_settings(db, actor, path=path)
    by_key = {row.setting.key: row for row in current.rows}
    office_changes: dict[str, SettingValue] = {}
    file_changes: dict[str, SettingValue] = {}
    for key, raw in changes.items():
        row = by_key.get(key)
        if row is None:
            raise ValidationError(f"Impostazione sconosciuta: {key}.", field=key)
        value = validate(row.setting, raw)
        if value == row.value:
            continue
        check_may_change(row.setting, actor.role, server_configured=current.server_configured)
        if row.setting.office_field:
            office_changes[key] = value
        else:
            file_changes[key] = value
    if office_changes:
        with UnitOfWork(db, actor) as uow:
            office = uow.session.get(Office, actor.office_id)
            if office is None:
                raise UserError("Lo sportello di questa postazione non è stato trovato.")
            uow.require_office(office.id)
            for key, value in office_changes.items():
                setattr(office, _BY_KEY[key].office_field, value)
            uow.audit("update", office, settings=sorted(office_changes))
            if file_changes:  # the file first: a refused write leaves the office unchanged
                save_settings(
                    file_changes,
                    role=actor.role,
                    server_configured=current.server_configured,
                    path=path,
                )
            uow.commit()
    elif file_changes:
        save_settings(
            file_changes, role=actor.role, server_configured=current.server_configured, path=path
        )
    return desk_settings(db, actor, path=path)


# ---------------------------------------------------------------------------- start-up


def logging_preferences(path: Path | None = None) -> tuple[str, bool]:
    """The log level and whether to log SQL statements, as set (read before logging starts)."""
    stored = load_settings(path)
    return stored.str_value("log.level"), bool(stored.get("log.sql"))


def interface_language(path: Path | None = None) -> str:
    return load_settings(path).str_value("interface.language")
