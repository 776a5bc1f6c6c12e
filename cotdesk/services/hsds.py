"""Open Referral HSDS: import a partner directory from a tabular data package, export ours.

Reading (:func:`import_package`)
================================

A package is a folder or a ``.zip`` of CSV files, with or without ``datapackage.json``
(when present, its resources say which file holds which table). Both generations of the
Human Services Data Specification are read:

* **3.0** (``organization``/``organizations.csv``, ``service``, ``location``, ``address``,
  ``service_at_location``, ``phone``, ``contact``, ``schedule``, ``language``,
  ``taxonomy_term``, ``attribute``, ``service_area``, ``cost_option`` ...);
* **1.x** (``organizations.csv``, ``services.csv``, ``locations.csv``,
  ``services_at_location.csv``, ``physical_address.csv``/``postal_address.csv``,
  ``phones.csv``, ``contact.csv``, ``regular_schedule.csv``, ``holiday_schedule.csv``,
  ``languages.csv``, ``taxonomy.csv`` (the terms), ``service_taxonomy.csv``,
  ``eligibility.csv`` ...).

Mapping to the directory
------------------------

=============================  =====================================================
HSDS                           cotdesk
=============================  =====================================================
organization                   :class:`Partner` (name, description → notes, email,
                               website/url, tax_id → tax code); its id → ``external_id``
organization's location        partner's address and municipio (postcode, or a field
                               naming the municipio)
phone / contact of the org.    partner's phone / contact person
service                        :class:`Service` (name, description, email, status →
                               active, eligibility, fees → cost notes); id →
                               ``external_id``
service_at_location/location   service's address and municipio
phone                          service's phone (its own, else its location's)
schedule / regular_schedule,   service's opening hours, written in Italian
holiday_schedule
language                       service's languages (ISO 639-1; names and 3-letter
                               codes translated)
taxonomy (attribute,           areas and needs, where the term's code or name is one
service_taxonomy)              of ours (``minori``, ``area:minori``, ``bisogno:...``)
cost_option / fees             cost form (an amount → a pagamento)
service_area                   municipi served by the partner, where named
=============================  =====================================================

**Partner type.** A partner needs a type; HSDS has none. The package's own attribute
(``tipologia:<code>``, written by our export) wins; else a keyword of the name or legal
status chooses it (``cooperativa`` → cooperativa_sociale, ``associazione``/``APS``/``ODV``
→ associazione, ``fondazione``, ``parrocchia``, ``caritas``, ``farmacia``, ``croce rossa``,
``ospedale``, ``scuola``/``istituto comprensivo``, ``università``, ``ASL``/``consultorio``
→ sanita_base, ``comune``/``municipio``/``Roma Capitale`` → servizio_sociale, ``S.r.l.``/
``S.p.A.`` → impresa_privata ...); else :data:`DEFAULT_PARTNER_TYPE` (*Cooperativa sociale /
Ente del Terzo Settore*, the commonest kind of partner), or the ``--default-type`` the
administrator chose. An existing partner keeps the type the administrator gave it unless the
package carries our attribute. In the same way areas, needs, districts served and capacity
are only changed by a package that states them.

**Agreements** are not part of HSDS: our export writes them as ``protocollo`` attributes of
the organization (JSON value), so a package re-imported elsewhere keeps them; an import
adds the periods it does not have yet.

Idempotence: each HSDS id is kept in ``external_id``; an organization or service already
imported (or exported by us: its id is then our own id) is updated, field by field, and only
counted as updated when something changed. Importing the same package twice creates nothing.

Bad input
---------

Every problem is reported with file and line, in Italian, with what to do:

* a malformed or truncated CSV row (unclosed quotes, wrong number of fields), a line that
  is not UTF-8 (the message says to save the file as UTF-8 or to pass ``--encoding``), a
  missing required column or value, a duplicate id: the row is broken, and the
  organizations it belongs to are **skipped entirely**, never imported in part;
* a required reference that points nowhere (a service whose ``organization_id`` is not in
  the package): the row is broken as above; an optional reference that points nowhere (a
  location's ``organization_id``) is ignored with a warning, the row being kept through its
  other links; a row none of whose links leads anywhere is reported and left out;
* an unknown table: reported and not read; tables HSDS has but the directory does not use
  (programs, funding, ...) are listed as not imported;
* a broken row whose organization cannot be told (say an unreadable line of the services
  table): nothing at all is applied, since any organization could be incomplete.

With ``all_or_nothing`` any error stops the whole import. Everything happens in one
transaction: either the complete organizations are saved, or nothing.

Writing (:func:`export_package`)
================================

A 3.0 package with ``datapackage.json`` (plural file names, as the Open Referral example):
organizations, services, locations, addresses, service_at_location, phones, contacts,
schedules, languages, taxonomies, taxonomy_terms and attributes. Ids are the partners' and
services' ``external_id`` (or our own id); the other ids are derived (UUID 5), so exporting
twice writes the same files. Importing the export back gives the same directory.
"""

from __future__ import annotations

import csv
import io
import json
import re
import uuid
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from cotdesk import resources
from cotdesk.db.database import Database
from cotdesk.db.models import Agreement, Partner, Service
from cotdesk.domain.italian import short_date
from cotdesk.domain.roles import Role
from cotdesk.domain.services_catalogue import CostForm
from cotdesk.errors import UserError, ValidationError
from cotdesk.services.directory import fold
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork

__all__ = [
    "DEFAULT_PARTNER_TYPE",
    "ExportReport",
    "ImportReport",
    "Problem",
    "export_package",
    "guess_partner_type",
    "import_package",
]

DEFAULT_PARTNER_TYPE: Final = "cooperativa_sociale"
TAXONOMY_NAME: Final = "cotdesk"
_NS: Final = uuid.UUID("6f1c0b7e-3c55-4c0e-9a43-2c7f0c6d5a11")

ERROR: Final = "errore"
WARNING: Final = "avviso"

# --------------------------------------------------------------------------- tables

#: Canonical table name → the file stems that hold it (3.0 singular/plural, 1.x).
_TABLE_FILES: Final[dict[str, tuple[str, ...]]] = {
    "organization": ("organization", "organizations"),
    "service": ("service", "services"),
    "location": ("location", "locations"),
    "service_at_location": (
        "service_at_location",
        "service_at_locations",
        "services_at_location",
        "services_at_locations",
    ),
    "address": ("address", "addresses"),
    "physical_address": ("physical_address", "physical_addresses"),
    "postal_address": ("postal_address", "postal_addresses"),
    "phone": ("phone", "phones"),
    "contact": ("contact", "contacts"),
    "schedule": ("schedule", "schedules"),
    "regular_schedule": ("regular_schedule", "regular_schedules"),
    "holiday_schedule": ("holiday_schedule", "holiday_schedules"),
    "language": ("language", "languages"),
    "taxonomy": ("taxonomy", "taxonomies"),
    "taxonomy_term": ("taxonomy_term", "taxonomy_terms"),
    "service_taxonomy": ("service_taxonomy", "service_taxonomies"),
    "attribute": ("attribute", "attributes"),
    "service_area": ("service_area", "service_areas"),
    "eligibility": ("eligibility", "eligibilities"),
    "cost_option": ("cost_option", "cost_options"),
}

#: Tables of HSDS (either generation) that the directory has no place for.
_UNUSED_TABLES: Final[tuple[str, ...]] = (
    "program",
    "programs",
    "funding",
    "fundings",
    "required_document",
    "required_documents",
    "accessibility",
    "accessibility_for_disabilities",
    "metadata",
    "meta_table_description",
    "meta_table_descriptions",
    "organization_identifier",
    "organization_identifiers",
    "url",
    "urls",
    "unit",
    "units",
    "service_capacity",
    "service_capacities",
    "fees",
    "payment_accepted",
    "payments_accepted",
    "location_attributes",
    "service_attributes",
)

_STEM_TO_TABLE: Final[dict[str, str]] = {
    stem: table for table, stems in _TABLE_FILES.items() for stem in stems
}

#: Tables only the 1.x generation has.
_V1_TABLES: Final = frozenset(
    {
        "physical_address",
        "postal_address",
        "regular_schedule",
        "holiday_schedule",
        "service_taxonomy",
        "eligibility",
    }
)

#: Columns a table must have (else every row of it is broken).
_REQUIRED_COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    "organization": ("id", "name"),
    "service": ("id", "organization_id", "name"),
    "location": ("id",),
    "service_at_location": ("id", "service_id", "location_id"),
    "address": ("id", "location_id"),
    "physical_address": ("id", "location_id"),
    "postal_address": ("id", "location_id"),
    "phone": ("id", "number"),
    "contact": ("id",),
    "schedule": ("id",),
    "regular_schedule": ("id",),
    "holiday_schedule": ("id",),
    "language": ("id",),
    "taxonomy": ("id", "name"),
    "taxonomy_term": ("id", "name"),
    "service_taxonomy": ("id", "service_id", "taxonomy_id"),
    "attribute": ("id", "link_id", "taxonomy_term_id"),
    "service_area": ("id", "service_id"),
    "eligibility": ("id", "service_id"),
    "cost_option": ("id", "service_id"),
}

#: Non-empty values a row must have.
_REQUIRED_VALUES: Final[dict[str, tuple[str, ...]]] = {
    "organization": ("id", "name"),
    "service": ("id", "organization_id", "name"),
    "phone": ("id", "number"),
}

_REF_TABLES: Final[dict[str, tuple[str, ...]]] = {
    "organization_id": ("organization",),
    "service_id": ("service",),
    "location_id": ("location",),
    "service_at_location_id": ("service_at_location",),
    "contact_id": ("contact",),
    "phone_id": ("phone",),
}

#: Reference columns checked per table, and whether each is required.
_REFERENCES: Final[dict[str, tuple[tuple[str, bool], ...]]] = {
    "service": (("organization_id", True),),
    "location": (("organization_id", False),),
    "service_at_location": (("service_id", True), ("location_id", True)),
    "address": (("location_id", True),),
    "physical_address": (("location_id", True),),
    "postal_address": (("location_id", True),),
    "phone": (
        ("organization_id", False),
        ("service_id", False),
        ("location_id", False),
        ("service_at_location_id", False),
        ("contact_id", False),
    ),
    "contact": (
        ("organization_id", False),
        ("service_id", False),
        ("service_at_location_id", False),
        ("location_id", False),
    ),
    "schedule": (
        ("service_id", False),
        ("location_id", False),
        ("service_at_location_id", False),
    ),
    "regular_schedule": (
        ("service_id", False),
        ("location_id", False),
        ("service_at_location_id", False),
    ),
    "holiday_schedule": (
        ("service_id", False),
        ("location_id", False),
        ("service_at_location_id", False),
    ),
    "language": (("service_id", False), ("location_id", False), ("phone_id", False)),
    "service_taxonomy": (("service_id", True),),
    "service_area": (("service_id", True),),
    "eligibility": (("service_id", True),),
    "cost_option": (("service_id", True),),
}

#: Tables whose rows belong to no organization (shared vocabularies).
_SHARED_TABLES: Final = frozenset({"taxonomy", "taxonomy_term"})


# --------------------------------------------------------------------------- reports


@dataclass(frozen=True)
class Problem:
    """One problem of the package, where it is and what to do."""

    file: str
    line: int | None
    message: str
    severity: str = ERROR

    def describe(self) -> str:
        where = self.file if self.line is None else f"{self.file}, riga {self.line}"
        return f"[{self.severity}] {where}: {self.message}"


@dataclass
class ImportReport:
    """What an import did (or, with ``applied`` False, would have done / did not do)."""

    source: str
    version: str = ""
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    not_imported_tables: list[str] = field(default_factory=list)
    applied: bool = False
    dry_run: bool = False

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    def describe(self) -> str:
        lines = [f"Pacchetto HSDS {self.version or '?'}: {self.source}"]
        for problem in self.problems:
            lines.append("  " + problem.describe())
        if self.not_imported_tables:
            lines.append(
                "Tabelle non usate dall'elenco degli enti (non importate): "
                + ", ".join(self.not_imported_tables)
            )
        for title, items in (
            ("Creati", self.created),
            ("Aggiornati", self.updated),
            ("Saltati", self.skipped),
        ):
            lines.append(f"{title}: {len(items)}")
            lines.extend(f"  - {item}" for item in items)
        lines.append(f"Invariati: {len(self.unchanged)}")
        if self.dry_run:
            lines.append("Prova: nessuna modifica è stata salvata.")
        elif self.applied:
            lines.append("Importazione completata.")
        else:
            lines.append("Nessuna modifica è stata salvata: correggere il pacchetto e ripetere.")
        return "\n".join(lines)


@dataclass(frozen=True)
class ExportReport:
    folder: Path
    partners: int
    services: int
    files: tuple[str, ...]

    def describe(self) -> str:
        return (
            f"Esportati {self.partners} enti e {self.services} servizi in formato HSDS 3.0 "
            f"in {self.folder} ({len(self.files)} file, con datapackage.json)."
        )


# --------------------------------------------------------------------------- reading


@dataclass
class _Row:
    table: str
    file: str
    line: int
    values: dict[str, str]
    broken: bool = False
    #: Not read as written (quotes, number of fields, encoding, columns): its links may
    #: be incomplete.
    malformed: bool = False

    def get(self, column: str) -> str:
        return self.values.get(column, "").strip()


@dataclass
class _Package:
    source: str
    version: str = "3.0"
    tables: dict[str, list[_Row]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    not_imported: list[str] = field(default_factory=list)
    #: Broken rows whose organization cannot be told: nothing may be applied.
    fatal: bool = False

    def error(self, file: str, line: int | None, message: str) -> None:
        self.problems.append(Problem(file, line, message, ERROR))

    def warn(self, file: str, line: int | None, message: str) -> None:
        self.problems.append(Problem(file, line, message, WARNING))


def _read_files(path: Path) -> tuple[dict[str, bytes], list[Problem]]:
    """File name → bytes of every file in the folder or zip (sub-folders flattened)."""
    problems: list[Problem] = []
    files: dict[str, bytes] = {}
    if path.is_dir():
        for item in sorted(path.rglob("*")):
            if item.is_file():
                files.setdefault(item.name, item.read_bytes())
        return files, problems
    if not path.exists():
        raise UserError(f"Il pacchetto {path} non esiste: indicare una cartella o un file .zip.")
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if info.is_dir():
                    continue
                name = Path(info.filename).name
                try:
                    files.setdefault(name, archive.read(info))
                except (zipfile.BadZipFile, OSError, EOFError) as exc:
                    problems.append(
                        Problem(name, None, f"file illeggibile nell'archivio ({exc}).", ERROR)
                    )
    except zipfile.BadZipFile:
        raise UserError(
            f"{path} non è né una cartella né un archivio .zip leggibile: "
            "indicare la cartella del pacchetto HSDS o il suo .zip."
        ) from None
    return files, problems


def _decode(
    name: str, data: bytes, encoding: str | None, package: _Package
) -> tuple[str, set[int]]:
    """The text of a CSV file and the numbers of its lines that were not valid UTF-8."""
    if encoding:
        try:
            return data.decode(encoding).removeprefix("\ufeff"), set()
        except (UnicodeDecodeError, LookupError) as exc:
            raise UserError(
                f"{name}: impossibile leggere con la codifica «{encoding}» ({exc})."
            ) from exc
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), set()
    except UnicodeDecodeError:
        pass
    bad: set[int] = set()
    lines: list[str] = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            bad.add(number)
            lines.append(raw.decode("cp1252", errors="replace"))
    return "\n".join(lines), bad


def _parse_csv(  # noqa: PLR0912, PLR0915 - one pass over the rows, case by case
    name: str, table: str, data: bytes, encoding: str | None, package: _Package
) -> list[_Row]:
    text, bad_lines = _decode(name, data, encoding, package)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[_Row] = []
    try:
        header = next(reader)
    except StopIteration:
        package.warn(name, None, "il file è vuoto: nessuna riga letta.")
        return rows
    except csv.Error as exc:
        package.error(name, 1, f"intestazione illeggibile ({exc}): controllare il file.")
        _mark_fatal(package, name, table, 1)
        return rows
    columns = [c.strip().lstrip("\ufeff").lower() for c in header]
    if 1 in bad_lines:
        package.error(name, 1, _encoding_message())
    missing = [c for c in _REQUIRED_COLUMNS.get(table, ()) if c not in columns]
    if missing:
        package.error(
            name,
            1,
            "mancano le colonne obbligatorie " + ", ".join(f"«{c}»" for c in missing) + ".",
        )
    previous_end = reader.line_num
    seen: dict[str, int] = {}
    while True:
        start = previous_end + 1
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            end = reader.line_num
            package.error(
                name,
                start,
                f"riga non valida ({_csv_error(exc)}): il file è troncato o ha virgolette "
                "non chiuse; correggerlo ed esportarlo di nuovo.",
            )
            rows.append(_Row(table, name, start, {}, broken=True, malformed=True))
            if end <= previous_end:  # pragma: no cover - the reader always advances
                break
            previous_end = end
            continue
        end = reader.line_num
        previous_end = end
        if not fields or all(not f.strip() for f in fields):
            continue
        values = {column: value for column, value in zip(columns, fields, strict=False) if column}
        row = _Row(table, name, start, values, broken=bool(missing), malformed=bool(missing))
        if len(fields) != len(columns):
            package.error(
                name,
                start,
                f"la riga ha {len(fields)} campi invece di {len(columns)}: il file è troncato "
                "o ha una virgola o una virgoletta di troppo.",
            )
            row.broken = row.malformed = True
        if bad_lines and any(n in bad_lines for n in range(start, end + 1)):
            package.error(name, start, _encoding_message())
            row.broken = row.malformed = True
        for column in _REQUIRED_VALUES.get(table, ()):
            if column in columns and not row.get(column):
                package.error(name, start, f"manca il valore obbligatorio «{column}».")
                row.broken = True
        row_id = row.get("id")
        if row_id:
            if row_id in seen:
                package.error(
                    name, start, f"l'id «{row_id}» è già alla riga {seen[row_id]}: ids ripetuti."
                )
                row.broken = True
            else:
                seen[row_id] = start
        elif "id" in columns:
            package.error(name, start, "manca il valore obbligatorio «id».")
            row.broken = True
        rows.append(row)
    return rows


def _csv_error(exc: csv.Error) -> str:
    text = str(exc)
    if "unexpected end of data" in text or "EOF" in text:
        return "il file finisce dentro un campo tra virgolette"
    if "expected after" in text:
        return "testo dopo le virgolette di chiusura di un campo"
    return text


def _encoding_message() -> str:
    return (
        "caratteri non UTF-8 (il file sembra salvato in Windows-1252/Latin-1): salvarlo "
        "come UTF-8, oppure ripetere l'importazione con --encoding cp1252."
    )


def _mark_fatal(package: _Package, name: str, table: str, line: int | None) -> None:
    if table not in _SHARED_TABLES:
        package.fatal = True


def _datapackage_paths(files: Mapping[str, bytes], package: _Package) -> dict[str, str]:
    """File name → canonical table, from ``datapackage.json`` when present."""
    raw = files.get("datapackage.json")
    if raw is None:
        return {}
    try:
        meta = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        package.warn(
            "datapackage.json",
            getattr(exc, "lineno", None),
            "descrizione del pacchetto illeggibile: le tabelle sono riconosciute dal nome "
            "dei file.",
        )
        return {}
    version = str(meta.get("version", "")) if isinstance(meta, dict) else ""
    if version.startswith("1"):
        package.version = "1.x"
    mapping: dict[str, str] = {}
    resources_list = meta.get("resources", []) if isinstance(meta, dict) else []
    for resource in resources_list if isinstance(resources_list, list) else []:
        if not isinstance(resource, dict):
            continue
        name = str(resource.get("name", "")).lower()
        rpath = resource.get("path")
        if not isinstance(rpath, str):
            continue
        table = _STEM_TO_TABLE.get(name)
        if table is not None:
            mapping[Path(rpath).name] = table
    return mapping


def _load(path: Path, encoding: str | None) -> _Package:
    files, problems = _read_files(path)
    package = _Package(source=str(path), problems=list(problems))
    declared = _datapackage_paths(files, package)
    found: dict[str, tuple[str, bytes]] = {}
    for name, data in sorted(files.items()):
        if not name.lower().endswith(".csv"):
            continue
        stem = name[:-4].lower()
        table = declared.get(name) or _STEM_TO_TABLE.get(stem)
        if table is None:
            if stem in _UNUSED_TABLES:
                package.not_imported.append(name)
            else:
                package.warn(
                    name,
                    1,
                    "tabella sconosciuta in HSDS: non letta. Se contiene dati degli enti, "
                    "rinominarla con il nome della tabella HSDS corrispondente.",
                )
            continue
        if table in found:
            package.warn(name, None, f"la tabella è già in {found[table][0]}: file ignorato.")
            continue
        found[table] = (name, data)
    if any(table in _V1_TABLES for table in found):
        package.version = "1.x"
    if "taxonomy" in found and package.version == "1.x":
        found["taxonomy_term"] = found.pop("taxonomy")
    if "organization" not in found:
        raise UserError(
            f"Nel pacchetto {path} non c'è la tabella delle organizzazioni "
            "(organizations.csv): non è un pacchetto HSDS, o è incompleto."
        )
    for table, (name, data) in found.items():
        package.tables[table] = _parse_csv(name, table, data, encoding, package)
    return package


# --------------------------------------------------------------------------- resolving


@dataclass
class _Resolved:
    """The package's rows indexed, with the organizations each row belongs to."""

    package: _Package
    by_id: dict[str, dict[str, _Row]] = field(default_factory=dict)
    #: Organizations that must be skipped, with the reason.
    skip: dict[str, str] = field(default_factory=dict)
    #: Rows left out (broken, or attached to nothing).
    dropped: set[int] = field(default_factory=set)
    #: Valid links of each row: column → id (dangling optional links removed).
    links: dict[int, dict[str, str]] = field(default_factory=dict)
    #: (table, link column, id) → the rows linked to that id (kept rows only).
    index: dict[tuple[str, str, str], list[_Row]] = field(default_factory=lambda: defaultdict(list))
    #: Rows left out that belong to no organization of the package.
    orphans: list[str] = field(default_factory=list)
    #: Written by cotdesk (it has our taxonomy): the municipio is stated, not inferred.
    ours: bool = False
    _sal_by_location: dict[str, list[_Row]] | None = None

    def sal_by_location(self) -> dict[str, list[_Row]]:
        if self._sal_by_location is None:
            grouped: dict[str, list[_Row]] = defaultdict(list)
            for sal in self.rows("service_at_location"):
                grouped[sal.get("location_id")].append(sal)
            self._sal_by_location = grouped
        return self._sal_by_location

    def linked(self, table: str, column: str, value: str) -> list[_Row]:
        return self.index.get((table, column, value), []) if value else []

    def rows(self, table: str) -> list[_Row]:
        return self.package.tables.get(table, [])

    def live(self, table: str) -> Iterator[_Row]:
        return (r for r in self.rows(table) if id(r) not in self.dropped)

    def row(self, table: str, row_id: str) -> _Row | None:
        found = self.by_id.get(table, {}).get(row_id)
        if found is None or id(found) in self.dropped:
            return None
        return found

    def link(self, row: _Row, column: str) -> str:
        return self.links.get(id(row), {}).get(column, "")


def _resolve(package: _Package) -> _Resolved:  # noqa: PLR0912 - one pass, case by case
    res = _Resolved(package)
    res.ours = any(
        row.get("name") == TAXONOMY_NAME for row in package.tables.get("taxonomy", [])
    ) or any(
        row.get("taxonomy") == TAXONOMY_NAME for row in package.tables.get("taxonomy_term", [])
    )
    for table, rows in package.tables.items():
        index: dict[str, _Row] = {}
        for row in rows:
            if row.get("id") and row.get("id") not in index:
                index[row.get("id")] = row
        res.by_id[table] = index

    # links: check every reference column
    for table, rows in package.tables.items():
        for row in rows:
            links: dict[str, str] = {}
            dangling_required = False
            for column, required in _REFERENCES.get(table, ()):
                value = row.get(column)
                if not value:
                    continue
                target_table = _REF_TABLES[column][0]
                if value in res.by_id.get(target_table, {}):
                    links[column] = value
                    continue
                if row.broken:
                    continue
                if required:
                    package.error(
                        row.file,
                        row.line,
                        f"«{column}» = {value} non corrisponde a nessuna riga di "
                        f"{_file_of(package, target_table)}: riga scartata.",
                    )
                    dangling_required = True
                else:
                    package.warn(
                        row.file,
                        row.line,
                        f"«{column}» = {value} non corrisponde a nessuna riga di "
                        f"{_file_of(package, target_table)}: collegamento ignorato.",
                    )
            if dangling_required:
                row.broken = True
            res.links[id(row)] = links
        if table == "attribute":
            for row in rows:
                _attribute_link(res, row)

    # owners
    owners_cache: dict[int, set[str]] = {}
    for table, rows in package.tables.items():
        if table in _SHARED_TABLES:
            continue
        for row in rows:
            owners = _owners(res, row, owners_cache, set())
            if row.broken:
                res.dropped.add(id(row))
                for org in owners:
                    res.skip.setdefault(org, f"{row.file}, riga {row.line}: riga con errori")
                if not owners and row.malformed and table != "organization":
                    # An unreadable row: whose it is cannot be told.
                    package.fatal = True
                elif not owners and table != "organization":
                    res.orphans.append(_row_label(row))
            elif not owners and table != "organization":
                res.dropped.add(id(row))
                if table == "attribute" and id(row) not in res.links:
                    continue  # already reported (unknown kind of entity)
                res.orphans.append(_row_label(row))
                package.error(
                    row.file,
                    row.line,
                    "la riga non è collegata a nessuna organizzazione del pacchetto: scartata.",
                )
    for row in res.rows("taxonomy_term"):
        if row.broken:
            res.dropped.add(id(row))
    for table, rows in package.tables.items():
        for row in rows:
            if id(row) in res.dropped:
                continue
            for column, value in res.links.get(id(row), {}).items():
                res.index[(table, column, value)].append(row)
    return res


def _row_label(row: _Row) -> str:
    name = row.get("name") or row.get("number")
    return f"riga {row.line} di {row.file}" + (f" («{name}»)" if name else "")


def _file_of(package: _Package, table: str) -> str:
    rows = package.tables.get(table)
    if rows:
        return rows[0].file
    return f"{_TABLE_FILES.get(table, (table,))[-1]}.csv"


_ATTRIBUTE_ENTITIES: Final[dict[str, str]] = {
    "organization": "organization",
    "service": "service",
    "location": "location",
    "service_at_location": "service_at_location",
}


def _attribute_link(res: _Resolved, row: _Row) -> None:
    """An attribute links to its entity through (link_entity, link_id)."""
    if row.broken:
        return
    package = res.package
    entity = _ATTRIBUTE_ENTITIES.get(row.get("link_entity").lower())
    if entity is None:
        package.warn(
            row.file,
            row.line,
            f"attributo collegato a un tipo di dato sconosciuto «{row.get('link_entity')}»: "
            "ignorato.",
        )
        res.dropped.add(id(row))
        res.links.pop(id(row), None)
        return
    term = row.get("taxonomy_term_id")
    if term not in res.by_id.get("taxonomy_term", {}):
        package.error(
            row.file,
            row.line,
            f"«taxonomy_term_id» = {term} non corrisponde a nessun termine: riga scartata.",
        )
        row.broken = True
    link = row.get("link_id")
    if link in res.by_id.get(entity, {}):
        res.links[id(row)] = {f"{entity}_id": link}
    else:
        package.error(
            row.file,
            row.line,
            f"«link_id» = {link} non corrisponde a nessuna riga di "
            f"{_file_of(package, entity)}: riga scartata.",
        )
        row.broken = True
        res.links[id(row)] = {}


def _owners(res: _Resolved, row: _Row, cache: dict[int, set[str]], seen: set[int]) -> set[str]:
    """The organizations (ids in the package) a row belongs to."""
    key = id(row)
    if key in cache:
        return cache[key]
    if key in seen:
        return set()
    seen = seen | {key}
    owners: set[str] = set()
    if row.table == "organization":
        if row.get("id"):
            owners.add(row.get("id"))
        cache[key] = owners
        return owners
    links = res.links.get(key, {})
    for column, value in links.items():
        target_table = _REF_TABLES[column][0]
        target = res.by_id.get(target_table, {}).get(value)
        if target is not None:
            owners |= _owners(res, target, cache, seen)
    if row.table == "location":
        # a location belongs to the organizations of the services offered there
        for sal in res.sal_by_location().get(row.get("id"), []):
            service = res.by_id.get("service", {}).get(sal.get("service_id"))
            if service is not None and id(sal) not in seen:
                owners |= _owners(res, service, cache, seen)
    cache[key] = owners
    return owners


# --------------------------------------------------------------------------- mapping


@dataclass
class _PartnerData:
    hsds_id: str
    line: str
    name: str
    values: dict[str, Any]
    #: Fields only set when the package states them (else an update keeps ours).
    stated: dict[str, Any]
    agreements: list[tuple[date, date, str]]
    services: list[_ServiceData]


@dataclass
class _ServiceData:
    hsds_id: str
    name: str
    values: dict[str, Any]
    stated: dict[str, Any]


_TYPE_KEYWORDS: Final[tuple[tuple[str, str], ...]] = (
    ("croce rossa", "croce_rossa"),
    ("red cross", "croce_rossa"),
    ("caritas", "caritas"),
    ("parrocchia", "parrocchia"),
    ("parish", "parrocchia"),
    ("farmacia", "farmacia"),
    ("pharmacy", "farmacia"),
    ("centro antiviolenza", "cav"),
    ("ospedale", "ospedale"),
    ("policlinico", "ospedale"),
    ("hospital", "ospedale"),
    ("salute mentale", "dsm"),
    ("asl", "sanita_base"),
    ("consultorio", "sanita_base"),
    ("universita", "universita"),
    ("university", "universita"),
    ("istituto comprensivo", "scuola"),
    ("scuola", "scuola"),
    ("school", "scuola"),
    ("fondazione", "fondazione"),
    ("foundation", "fondazione"),
    ("cooperativa", "cooperativa_sociale"),
    ("cooperative", "cooperativa_sociale"),
    ("coop", "cooperativa_sociale"),
    ("associazione", "associazione"),
    ("association", "associazione"),
    ("aps", "associazione"),
    ("odv", "associazione"),
    ("onlus", "associazione"),
    ("volontariato", "associazione"),
    ("centro per l'impiego", "lavoro"),
    ("sindacato", "lavoro"),
    ("prefettura", "prefettura"),
    ("tribunale", "tribunale_minorenni"),
    ("polizia locale", "polizia_locale"),
    ("carabinieri", "forze_ordine"),
    ("questura", "forze_ordine"),
    ("protezione civile", "protezione_civile"),
    ("roma capitale", "servizio_sociale"),
    ("comune di", "servizio_sociale"),
    ("municipio", "servizio_sociale"),
    ("servizio sociale", "servizio_sociale"),
    ("segretariato sociale", "segretariato_sociale"),
    ("s.r.l", "impresa_privata"),
    ("srl", "impresa_privata"),
    ("s.p.a", "impresa_privata"),
    ("spa", "impresa_privata"),
)


def guess_partner_type(
    name: str, legal_status: str = "", default: str = DEFAULT_PARTNER_TYPE
) -> str:
    """The partner type suggested by keywords of the name or legal status (see the module)."""
    text = " " + re.sub(r"[^a-z0-9.' ]+", " ", fold(f"{name} {legal_status}")) + " "
    for keyword, code in _TYPE_KEYWORDS:
        if f" {keyword} " in text or (("." in keyword or " " in keyword) and keyword in text):
            return code
    return default


_ENGLISH_LANGUAGES: Final[dict[str, str]] = {
    "italian": "it",
    "english": "en",
    "french": "fr",
    "spanish": "es",
    "portuguese": "pt",
    "german": "de",
    "arabic": "ar",
    "romanian": "ro",
    "albanian": "sq",
    "ukrainian": "uk",
    "russian": "ru",
    "polish": "pl",
    "bulgarian": "bg",
    "serbian": "sr",
    "georgian": "ka",
    "turkish": "tr",
    "kurdish": "ku",
    "bengali": "bn",
    "bangla": "bn",
    "tagalog": "tl",
    "filipino": "tl",
    "chinese": "zh",
    "mandarin": "zh",
    "punjabi": "pa",
    "urdu": "ur",
    "hindi": "hi",
    "nepali": "ne",
    "sinhala": "si",
    "tamil": "ta",
    "persian": "fa",
    "farsi": "fa",
    "pashto": "ps",
    "tigrinya": "ti",
    "amharic": "am",
    "somali": "so",
    "wolof": "wo",
    "fula": "ff",
    "bambara": "bm",
    "hausa": "ha",
    "yoruba": "yo",
    "igbo": "ig",
}

_ISO3: Final[dict[str, str]] = {
    "ita": "it", "eng": "en", "fra": "fr", "fre": "fr", "spa": "es", "por": "pt",
    "deu": "de", "ger": "de", "ara": "ar", "ron": "ro", "rum": "ro", "sqi": "sq",
    "alb": "sq", "ukr": "uk", "rus": "ru", "pol": "pl", "bul": "bg", "srp": "sr",
    "kat": "ka", "geo": "ka", "tur": "tr", "kur": "ku", "ben": "bn", "tgl": "tl",
    "fil": "tl", "zho": "zh", "chi": "zh", "pan": "pa", "urd": "ur", "hin": "hi",
    "nep": "ne", "sin": "si", "tam": "ta", "fas": "fa", "per": "fa", "pus": "ps",
    "tir": "ti", "amh": "am", "som": "so", "wol": "wo", "ful": "ff", "bam": "bm",
    "hau": "ha", "yor": "yo", "ibo": "ig",
}  # fmt: skip


def _language_code(value: str) -> str | None:
    known = {lang.code: lang.label_it for lang in resources.languages()}
    text = value.strip().lower().replace("_", "-")
    if not text:
        return None
    base = text.split("-")[0]
    if base in known:
        return base
    if base in _ISO3:
        return _ISO3[base]
    by_label = {fold(label): code for code, label in known.items()}
    if fold(text) in by_label:
        return by_label[fold(text)]
    return _ENGLISH_LANGUAGES.get(fold(text))


_WEEKDAYS_IT: Final[dict[str, str]] = {
    "mo": "lun",
    "tu": "mar",
    "we": "mer",
    "th": "gio",
    "fr": "ven",
    "sa": "sab",
    "su": "dom",
}
_WEEKDAY_NUMBERS: Final[dict[str, str]] = {
    "1": "lun", "2": "mar", "3": "mer", "4": "gio", "5": "ven", "6": "sab", "7": "dom",
    "monday": "lun", "tuesday": "mar", "wednesday": "mer", "thursday": "gio",
    "friday": "ven", "saturday": "sab", "sunday": "dom",
}  # fmt: skip


def _hhmm(value: str) -> str:
    match = re.match(r"^\s*(\d{1,2}):(\d{2})", value)
    if match is None:
        return value.strip()
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def _hours(opens: str, closes: str) -> str:
    if opens and closes:
        return f"{_hhmm(opens)}–{_hhmm(closes)}"
    return _hhmm(opens or closes)


def _schedule_text(res: _Resolved, rows: list[_Row]) -> str:
    parts: list[str] = []
    descriptions: list[str] = []
    for row in rows:
        if row.table == "holiday_schedule":
            start = _iso_date(row.get("start_date"))
            end = _iso_date(row.get("end_date"))
            when = ""
            if start and end and start != end:
                when = f"dal {short_date(start)} al {short_date(end)}"
            elif start:
                when = f"il {short_date(start)}"
            closed = row.get("closed").lower() in ("true", "1", "yes", "si", "sì")
            if closed:
                parts.append(f"chiuso {when}".strip())
            else:
                parts.append(f"{when} {_hours(row.get('opens_at'), row.get('closes_at'))}".strip())
            continue
        if row.table == "regular_schedule":
            day = _WEEKDAY_NUMBERS.get(row.get("weekday").lower(), row.get("weekday"))
            hours = _hours(row.get("opens_at"), row.get("closes_at"))
            parts.append(f"{day} {hours}".strip())
            continue
        byday = [
            _WEEKDAYS_IT.get(re.sub(r"[^a-z]", "", d.lower())[-2:], d.strip())
            for d in row.get("byday").split(",")
            if d.strip()
        ]
        hours = _hours(row.get("opens_at"), row.get("closes_at"))
        if byday or hours:
            parts.append(f"{', '.join(byday)} {hours}".strip())
        elif row.get("description"):
            descriptions.append(row.get("description"))
    text = "; ".join(p for p in parts if p) or " ".join(descriptions)
    return _cut(text, 500)


def _iso_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _cut(text: str, limit: int) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _address_text(row: _Row) -> str:
    street = ", ".join(v for v in (row.get("address_1"), row.get("address_2")) if v)
    tail = " ".join(v for v in (row.get("postal_code"), row.get("city")) if v)
    return ", ".join(v for v in (street, tail) if v)


def _district_of(values: Iterable[str]) -> str | None:
    texts = [v for v in values if v]
    if not texts:
        return None
    for district in resources.districts():
        for text in texts:
            if text.strip() in district.postcodes:
                return district.code
    for district in resources.districts():
        label = fold(district.label_it)
        roman = fold(district.label_it.split("(")[0])
        for text in texts:
            folded = fold(text)
            if folded in (fold(district.code), label, roman) or label in folded:
                return district.code
            if re.search(rf"\b{re.escape(roman)}\b", folded):
                return district.code
    for district in resources.districts():
        for text in texts:
            match = re.search(r"\b(\d{5})\b", text)
            if match and match.group(1) in district.postcodes:
                return district.code
    return None


def _addresses_of(res: _Resolved, location_id: str) -> list[_Row]:
    found = [
        r
        for table in ("address", "physical_address", "postal_address")
        for r in res.live(table)
        if r.get("location_id") == location_id
    ]
    # physical before postal
    return sorted(
        found,
        key=lambda r: r.table == "postal_address" or r.get("address_type") == "postal",
    )


def _place(res: _Resolved, location_ids: Sequence[str]) -> tuple[str, str | None] | None:
    """The address text and municipio of the first location that has an address.

    A package written by cotdesk states the municipio in ``region`` (empty: none); for
    others it is found from the postcode or a field naming it.
    """
    for location_id in location_ids:
        for address in _addresses_of(res, location_id):
            if res.ours:
                district = _district_of((address.get("region"),))
            else:
                district = _district_of(
                    (
                        address.get("postal_code"),
                        address.get("region"),
                        address.get("address_2"),
                        address.get("city"),
                        address.get("state_province"),
                        address.get("address_1"),
                    )
                )
            return _cut(_one_line(_address_text(address)), 300), district
    return None


def _phone_text(row: _Row) -> str:
    number = row.get("number").strip('"').strip()
    extension = row.get("extension")
    if extension:
        number = f"{number} int. {extension}"
    return _cut(number, 50)


def _contact_text(row: _Row) -> str:
    name = row.get("name")
    title = row.get("title")
    return _cut(f"{name} ({title})" if name and title else name or title, 200)


class _Terms:
    """What the package's taxonomy terms mean for us."""

    def __init__(self, res: _Resolved) -> None:
        self.areas = {a.code for a in resources.intervention_areas()}
        self.area_labels = {fold(a.label_it): a.code for a in resources.intervention_areas()}
        self.needs = {n.code: n.area_code for n in resources.needs()}
        self.need_labels = {fold(n.label_it): n.code for n in resources.needs()}
        self.types = {t.code for t in resources.partner_types()}
        self.districts = {d.code for d in resources.districts()}
        self.terms: dict[str, tuple[str, str]] = {}
        for row in res.live("taxonomy_term"):
            self.terms[row.get("id")] = (row.get("code") or "", row.get("name"))

    def meaning(self, term_id: str) -> tuple[str, str] | None:  # noqa: PLR0912 - one pass, case by case
        """(kind, code) of a term: kind area, need, type, district, cost, capacity,
        agreement; None if it is not ours."""
        code, name = self.terms.get(term_id, ("", ""))
        for candidate in (code, name):
            kind, _, value = candidate.partition(":")
            if value:
                if kind == "area" and value in self.areas:
                    return "area", value
                if kind == "bisogno" and value in self.needs:
                    return "need", value
                if kind == "tipologia" and value in self.types:
                    return "type", value
                if kind == "municipio" and value in self.districts:
                    return "district", value
                if kind == "costo" and value in {c.value for c in CostForm}:
                    return "cost", value
        if code in ("posti", "capacity"):
            return "capacity", ""
        if code == "protocollo":
            return "agreement", ""
        for candidate in (code, name):
            if candidate in self.areas:
                return "area", candidate
            if candidate in self.needs:
                return "need", candidate
        if fold(name) in self.area_labels:
            return "area", self.area_labels[fold(name)]
        if fold(name) in self.need_labels:
            return "need", self.need_labels[fold(name)]
        return None


def _map(res: _Resolved, default_type: str) -> list[_PartnerData]:  # noqa: PLR0912, PLR0915 - one pass, case by case
    package = res.package
    terms = _Terms(res)

    linked = res.linked
    sal_by_service: dict[str, list[_Row]] = defaultdict(list)
    for sal in res.live("service_at_location"):
        sal_by_service[sal.get("service_id")].append(sal)

    attributes: dict[tuple[str, str], list[_Row]] = defaultdict(list)
    for row in res.live("attribute"):
        for column, value in res.links.get(id(row), {}).items():
            attributes[(column, value)].append(row)
    service_terms: dict[str, list[str]] = defaultdict(list)
    for row in res.live("service_taxonomy"):
        service_terms[row.get("service_id")].append(row.get("taxonomy_id"))

    result: list[_PartnerData] = []
    for org in res.live("organization"):
        org_id = org.get("id")
        if org_id in res.skip:
            continue
        stated: dict[str, Any] = {}
        districts_served: list[str] = []
        agreements: list[tuple[date, date, str]] = []
        for attr in attributes.get(("organization_id", org_id), []):
            meaning = terms.meaning(attr.get("taxonomy_term_id"))
            if meaning is None:
                continue
            kind, code = meaning
            if kind == "type":
                stated["partner_type_code"] = code
            elif kind == "district":
                districts_served.append(code)
            elif kind == "agreement":
                period = _agreement_value(attr.get("value"))
                if period is None:
                    package.warn(attr.file, attr.line, "protocollo d'intesa illeggibile: ignorato.")
                else:
                    agreements.append(period)
        org_locations = [r.get("id") for r in linked("location", "organization_id", org_id)]
        phones = [
            r for r in linked("phone", "organization_id", org_id) if not res.link(r, "service_id")
        ] or linked("phone", "organization_id", org_id)
        contacts = [
            r for r in linked("contact", "organization_id", org_id) if not res.link(r, "service_id")
        ] or linked("contact", "organization_id", org_id)
        services: list[_ServiceData] = []
        service_locations_all: list[str] = []
        service_areas_named: list[str] = []
        for service in linked("service", "organization_id", org_id):
            data = _map_service(
                res, terms, service, sal_by_service, attributes, service_terms, linked
            )
            services.append(data)
            service_locations_all.extend(
                res.link(sal, "location_id") for sal in sal_by_service.get(service.get("id"), [])
            )
            for area in linked("service_area", "service_id", service.get("id")):
                found = _district_of((area.get("name"), area.get("description")))
                if found:
                    service_areas_named.append(found)
        if not contacts:
            for service in linked("service", "organization_id", org_id):
                contacts = linked("contact", "service_id", service.get("id"))
                if contacts:
                    break
        values: dict[str, Any] = {
            "name": _cut(_one_line(org.get("name")), 300),
            "notes": org.get("description"),
            "email": _cut(org.get("email"), 200),
            "website": _cut(org.get("website") or org.get("url"), 200),
            "tax_code": _cut(org.get("tax_id"), 20),
            "phone": _phone_text(phones[0]) if phones else "",
            "contact_person": _contact_text(contacts[0]) if contacts else "",
        }
        place = _place(res, org_locations) or _place(res, service_locations_all)
        values["address"], values["district_code"] = place if place else ("", None)
        served = districts_served or service_areas_named
        if served:
            stated["districts_served"] = list(dict.fromkeys(served))
        guessed = guess_partner_type(org.get("name"), org.get("legal_status"), default_type)
        result.append(
            _PartnerData(
                hsds_id=org_id,
                line=f"{org.file}, riga {org.line}",
                name=values["name"],
                values=values,
                stated={"guessed_type": guessed, **stated},
                agreements=agreements,
                services=services,
            )
        )
    return result


def _agreement_value(value: str) -> tuple[date, date, str] | None:
    try:
        data = json.loads(value)
        start = date.fromisoformat(str(data["start_on"]))
        end = date.fromisoformat(str(data["end_on"]))
        number = str(data.get("protocol_number", ""))[:60]
    except (ValueError, KeyError, TypeError):
        return None
    if end < start:
        return None
    return start, end, number


def _map_service(  # noqa: PLR0912, PLR0915, PLR0917 - one service, field by field
    res: _Resolved,
    terms: _Terms,
    service: _Row,
    sal_by_service: Mapping[str, list[_Row]],
    attributes: Mapping[tuple[str, str], list[_Row]],
    service_terms: Mapping[str, list[str]],
    linked: Callable[[str, str, str], list[_Row]],
) -> _ServiceData:
    package = res.package
    sid = service.get("id")
    sals = sal_by_service.get(sid, [])
    sal_ids = [s.get("id") for s in sals]
    location_ids = [res.link(s, "location_id") for s in sals]
    stated: dict[str, Any] = {}
    areas: list[str] = []
    needs: list[str] = []
    term_ids = [a.get("taxonomy_term_id") for a in attributes.get(("service_id", sid), [])]
    term_ids += service_terms.get(sid, [])
    capacity_rows = [
        a
        for a in attributes.get(("service_id", sid), [])
        if (terms.meaning(a.get("taxonomy_term_id")) or ("", ""))[0] == "capacity"
    ]
    for term_id in term_ids:
        meaning = terms.meaning(term_id)
        if meaning is None:
            continue
        kind, code = meaning
        if kind == "area":
            areas.append(code)
        elif kind == "need":
            needs.append(code)
            areas.append(terms.needs[code])
        elif kind == "cost":
            stated["cost_form"] = code
    if areas:
        stated["areas"] = list(dict.fromkeys(areas))
    if needs:
        stated["needs_met"] = list(dict.fromkeys(needs))
    for row in capacity_rows:
        try:
            stated["capacity"] = int(row.get("value")) if row.get("value") else None
        except ValueError:
            package.warn(row.file, row.line, "numero di posti non valido: ignorato.")

    phones = linked("phone", "service_id", sid) or [
        p for sal_id in sal_ids for p in linked("phone", "service_at_location_id", sal_id)
    ]
    if not phones:
        phones = [p for loc in location_ids for p in linked("phone", "location_id", loc)]
    schedules = [
        r
        for table in ("schedule", "regular_schedule", "holiday_schedule")
        for r in res.live(table)
        if res.link(r, "service_id") == sid
        or (
            res.link(r, "service_at_location_id") in sal_ids
            and res.link(r, "service_at_location_id")
        )
    ]
    languages: list[str] = []
    for row in linked("language", "service_id", sid):
        value = row.get("code") or row.get("language") or row.get("name")
        language = _language_code(value)
        if language is None:
            package.warn(row.file, row.line, f"lingua sconosciuta «{value}»: ignorata.")
        elif language not in languages:
            languages.append(language)

    eligibility = service.get("eligibility_description")
    extra = [r.get("eligibility") for r in linked("eligibility", "service_id", sid)]
    eligibility = "\n".join(v for v in [eligibility, *extra] if v)
    ages = [service.get("minimum_age"), service.get("maximum_age")]
    if any(ages):
        low, high = (a.split(".")[0] for a in ages)
        span = (
            f"da {low} a {high} anni"
            if low and high
            else (f"dai {low} anni" if low else f"fino a {high} anni")
        )
        eligibility = f"{eligibility} (età: {span})".strip()

    fees = service.get("fees_description") or service.get("fees")
    if "cost_form" not in stated:
        amounts = []
        for row in linked("cost_option", "service_id", sid):
            try:
                amounts.append(float(row.get("amount") or 0))
            except ValueError:
                package.warn(row.file, row.line, "importo non valido: ignorato.")
        folded = fold(fees)
        if any(a > 0 for a in amounts):
            stated["cost_form"] = CostForm.PAID.value
        elif "compartecip" in folded or "ticket" in folded:
            stated["cost_form"] = CostForm.CO_PAYMENT.value
        elif not folded or "gratuit" in folded or "free" in folded or folded in ("0", "none"):
            stated["cost_form"] = CostForm.FREE.value
        else:
            stated["cost_form"] = CostForm.PAID.value

    status = service.get("status").lower()
    values: dict[str, Any] = {
        "name": _cut(_one_line(service.get("name")), 300),
        "description": service.get("description"),
        "email": _cut(service.get("email"), 200),
        "phone": _phone_text(phones[0]) if phones else "",
        "schedule": _schedule_text(res, schedules),
        "languages": languages,
        "eligibility": eligibility,
        "cost_notes": _cut(_one_line(fees), 300),
        "active": status in ("", "active", "attivo"),
    }
    place = _place(res, location_ids)
    values["address"], values["district_code"] = place if place else ("", None)
    return _ServiceData(hsds_id=sid, name=values["name"], values=values, stated=stated)


# --------------------------------------------------------------------------- applying


class _Existing:
    """The directory as it is, loaded once: partners and services by HSDS id and by own id,
    agreements by partner (no query per row, so no flush per row)."""

    def __init__(self, session: Session) -> None:
        self.partners: dict[str, Partner] = {}
        self.own_partners: dict[uuid.UUID, Partner] = {}
        for partner in session.scalars(select(Partner)):
            if partner.external_id is not None:
                self.partners[partner.external_id] = partner
            else:
                self.own_partners[partner.id] = partner
        self.services: dict[str, Service] = {}
        self.own_services: dict[uuid.UUID, Service] = {}
        for service in session.scalars(select(Service)):
            if service.external_id is not None:
                self.services[service.external_id] = service
            else:
                self.own_services[service.id] = service
        self.agreements: dict[uuid.UUID, list[Agreement]] = defaultdict(list)
        for agreement in session.scalars(select(Agreement).where(Agreement.deleted_at.is_(None))):
            self.agreements[agreement.partner_id].append(agreement)

    @staticmethod
    def _own(hsds_id: str) -> uuid.UUID | None:
        try:
            return uuid.UUID(hsds_id)
        except ValueError:
            return None

    def partner(self, hsds_id: str) -> Partner | None:
        found = self.partners.get(hsds_id)
        own = self._own(hsds_id)
        if found is None and own is not None:
            found = self.own_partners.get(own)
        return found

    def service(self, hsds_id: str) -> Service | None:
        found = self.services.get(hsds_id)
        own = self._own(hsds_id)
        if found is None and own is not None:
            found = self.own_services.get(own)
        return found


def _assign(obj: Any, values: Mapping[str, Any]) -> bool:
    changed = False
    for key, value in values.items():
        if getattr(obj, key) != value:
            setattr(obj, key, value)
            changed = True
    return changed


def import_package(
    db: Database,
    actor: Actor | None,
    path: Path,
    *,
    encoding: str | None = None,
    default_type: str = DEFAULT_PARTNER_TYPE,
    all_or_nothing: bool = False,
    dry_run: bool = False,
) -> ImportReport:
    """Import an HSDS package into the directory (see the module docstring)."""
    if default_type not in {t.code for t in resources.partner_types()}:
        raise ValidationError(
            f"Tipologia predefinita sconosciuta: «{default_type}». Usare un codice di "
            "partner-types.csv, per esempio cooperativa_sociale o associazione."
        )
    with ReadUnit(db, actor) as unit:  # fail early, before reading anything
        unit.require_role(Role.ADMIN, "importare l'elenco degli enti partner")
    package = _load(path, encoding)
    res = _resolve(package)
    report = ImportReport(source=str(path), version=package.version, dry_run=dry_run)
    report.not_imported_tables = list(package.not_imported)
    mapped = _map(res, default_type)
    names = {r.get("id"): r.get("name") for r in res.rows("organization")}
    for org_id, reason in sorted(res.skip.items()):
        report.skipped.append(
            f"ente «{names.get(org_id) or org_id}» (id {org_id}) saltato per intero: {reason}"
        )
    report.skipped.extend(res.orphans)
    report.problems = sorted(package.problems, key=lambda p: (p.file, p.line or 0))
    if package.fatal:
        report.skipped.insert(
            0,
            "tutto: una riga con errori non si può attribuire a nessuna organizzazione, "
            "quindi qualunque ente potrebbe risultare incompleto",
        )
        return report
    if all_or_nothing and report.errors:
        report.skipped.insert(0, "tutto: richiesto «tutto o niente» e il pacchetto ha errori")
        return report

    with UnitOfWork(db, actor) as uow:
        uow.require_role(Role.ADMIN, "importare l'elenco degli enti partner")
        session = uow.session
        existing = _Existing(session)
        # partners first, then what points at them (inserts are not ordered by foreign key)
        applied = [(data, _apply_partner(session, existing, data, report)) for data in mapped]
        uow.flush()
        for data, (partner, changed) in applied:
            for service in data.services:
                _apply_service(session, existing, partner, service, report)
            added = _apply_agreements(session, existing, partner, data.agreements)
            label = f"ente «{data.name}»"
            if label in report.created:
                continue
            if added and not changed:
                report.updated.append(label)
            elif not changed:
                report.unchanged.append(label)
        uow.flush()
        uow.audit(
            "import",
            entity_name="partner",
            source=Path(path).name,
            format=f"hsds-{package.version}",
            created=len(report.created),
            updated=len(report.updated),
            skipped=len(report.skipped),
        )
        if not dry_run:
            uow.commit()
            report.applied = True
    return report


def _apply_partner(
    session: Session, existing: _Existing, data: _PartnerData, report: ImportReport
) -> tuple[Partner, bool]:
    """Create or update the partner; (partner, whether an existing one changed)."""
    partner = existing.partner(data.hsds_id)
    values = dict(data.values)
    for key in ("districts_served", "partner_type_code"):
        if key in data.stated:
            values[key] = data.stated[key]
    label = f"ente «{data.name}»"
    if partner is None:
        values.setdefault("partner_type_code", data.stated["guessed_type"])
        partner = Partner(id=uuid.uuid4(), external_id=data.hsds_id, **values)
        session.add(partner)
        existing.partners[data.hsds_id] = partner
        report.created.append(label)
        return partner, False
    changed = _assign(partner, values)
    if partner.deleted_at is not None:
        partner.deleted_at = None
        changed = True
    if changed:
        report.updated.append(label)
    return partner, changed


def _apply_service(
    session: Session,
    existing: _Existing,
    partner: Partner,
    data: _ServiceData,
    report: ImportReport,
) -> None:
    service = existing.service(data.hsds_id)
    values = {**data.values, **data.stated, "partner_id": partner.id}
    if service is None:
        service = Service(id=uuid.uuid4(), external_id=data.hsds_id, **values)
        session.add(service)
        existing.services[data.hsds_id] = service
        report.created.append(f"servizio «{data.name}» di «{partner.name}»")
        return
    changed = _assign(service, values)
    if service.deleted_at is not None:
        service.deleted_at = None
        changed = True
    target = report.updated if changed else report.unchanged
    target.append(f"servizio «{data.name}» di «{partner.name}»")


def _apply_agreements(
    session: Session,
    existing: _Existing,
    partner: Partner,
    periods: list[tuple[date, date, str]],
) -> bool:
    """Add the agreements the partner does not have yet; a period starting the day after
    another ends renews it."""
    if not periods:
        return False
    known = existing.agreements[partner.id]
    have = {(a.start_on, a.end_on) for a in known}
    added = False
    for start, end, number in sorted(periods):
        if (start, end) in have:
            continue
        previous = next((a for a in known if (start - a.end_on).days == 1), None)
        agreement = Agreement(
            id=uuid.uuid4(),
            partner_id=partner.id,
            start_on=start,
            end_on=end,
            protocol_number=number,
            renews_id=previous.id if previous is not None else None,
        )
        session.add(agreement)
        known.append(agreement)
        have.add((start, end))
        added = True
    return added


# --------------------------------------------------------------------------- writing

_EXPORT_TABLES: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "organization": (
        "organizations.csv",
        ("id", "name", "alternate_name", "description", "email", "website", "tax_status",
         "tax_id", "year_incorporated", "legal_status", "logo", "uri", "parent_organization_id"),
    ),
    "service": (
        "services.csv",
        ("id", "organization_id", "program_id", "name", "alternate_name", "description", "url",
         "email", "status", "interpretation_services", "application_process",
         "fees_description", "wait_time", "fees", "accreditations", "eligibility_description",
         "minimum_age", "maximum_age", "assured_date", "assurer_email", "licenses", "alert",
         "last_modified"),
    ),
    "location": (
        "locations.csv",
        ("id", "location_type", "url", "organization_id", "name", "alternate_name",
         "description", "transportation", "latitude", "longitude", "external_identifier",
         "external_identifier_type"),
    ),
    "address": (
        "addresses.csv",
        ("id", "location_id", "attention", "address_1", "address_2", "city", "region",
         "state_province", "postal_code", "country", "address_type"),
    ),
    "service_at_location": (
        "service_at_location.csv",
        ("id", "service_id", "location_id", "description"),
    ),
    "phone": (
        "phones.csv",
        ("id", "location_id", "service_id", "organization_id", "contact_id",
         "service_at_location_id", "number", "extension", "type", "description"),
    ),
    "contact": (
        "contacts.csv",
        ("id", "organization_id", "service_id", "service_at_location_id", "location_id", "name",
         "title", "department", "email"),
    ),
    "schedule": (
        "schedules.csv",
        ("id", "service_id", "location_id", "service_at_location_id", "valid_from", "valid_to",
         "dtstart", "timezone", "until", "count", "wkst", "freq", "interval", "byday",
         "byweekno", "bymonthday", "byyearday", "description", "opens_at", "closes_at",
         "schedule_link", "attending_type", "notes"),
    ),
    "language": (
        "languages.csv",
        ("id", "service_id", "location_id", "phone_id", "name", "code", "note"),
    ),
    "taxonomy": ("taxonomies.csv", ("id", "name", "description", "uri", "version")),
    "taxonomy_term": (
        "taxonomy_terms.csv",
        ("id", "code", "name", "description", "parent_id", "taxonomy", "language",
         "taxonomy_id", "term_uri"),
    ),
    "attribute": (
        "attributes.csv",
        ("id", "link_id", "taxonomy_term_id", "link_type", "link_entity", "value"),
    ),
}  # fmt: skip

_FOREIGN_KEYS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "service": (("organization_id", "organization"),),
    "location": (("organization_id", "organization"),),
    "address": (("location_id", "location"),),
    "service_at_location": (("service_id", "service"), ("location_id", "location")),
    "phone": (
        ("organization_id", "organization"),
        ("service_id", "service"),
        ("location_id", "location"),
        ("service_at_location_id", "service_at_location"),
        ("contact_id", "contact"),
    ),
    "contact": (("organization_id", "organization"), ("service_id", "service")),
    "schedule": (("service_id", "service"),),
    "language": (("service_id", "service"),),
    "taxonomy_term": (("taxonomy_id", "taxonomy"),),
    "attribute": (("taxonomy_term_id", "taxonomy_term"),),
}


def _uid(*parts: str) -> str:
    return str(uuid.uuid5(_NS, "/".join(parts)))


_ADDRESS_RE: Final = re.compile(r"^(?P<street>.*?),\s*(?P<postcode>\d{5})\s+(?P<city>.+)$")


def export_package(  # noqa: PLR0912, PLR0915 - one pass, table by table
    db: Database, actor: Actor | None, folder: Path, *, fmt: str = "hsds-3.0"
) -> ExportReport:
    """Write the directory as an HSDS 3.0 tabular data package in ``folder``."""
    if fmt != "hsds-3.0":
        raise ValidationError(f"Formato «{fmt}» non disponibile: usare hsds-3.0.")
    districts = {d.code: d for d in resources.districts()}
    languages = {lang.code: lang.label_it for lang in resources.languages()}
    types = {t.code: t.label_it for t in resources.partner_types()}
    areas = {a.code: a.label_it for a in resources.intervention_areas()}
    needs = {n.code: n.label_it for n in resources.needs()}
    out: dict[str, list[dict[str, str]]] = {table: [] for table in _EXPORT_TABLES}
    used_terms: dict[str, str] = {}
    taxonomy_id = _uid("taxonomy", TAXONOMY_NAME)

    def term(code: str, label: str) -> str:
        used_terms.setdefault(code, label)
        return _uid("term", code)

    def attribute(entity: str, link: str, code: str, label: str, value: str = "") -> None:
        out["attribute"].append(
            {
                "id": _uid("attribute", entity, link, code, value),
                "link_id": link,
                "taxonomy_term_id": term(code, label),
                "link_type": "",
                "link_entity": entity,
                "value": value,
            }
        )

    def location(owner: str, org_id: str, name: str, address: str, district: str | None) -> str:
        location_id = _uid("location", owner)
        out["location"].append(
            {
                "id": location_id,
                "location_type": "physical",
                "organization_id": org_id,
                "name": name,
            }
        )
        match = _ADDRESS_RE.match(address)
        street, postcode, city = (
            (match.group("street"), match.group("postcode"), match.group("city"))
            if match
            else (address, "", "")
        )
        ref = districts.get(district or "")
        out["address"].append(
            {
                "id": _uid("address", owner),
                "location_id": location_id,
                "address_1": street,
                "city": city,
                "region": ref.label_it if ref else "",
                "state_province": "",
                "postal_code": postcode,
                "country": "IT",
                "address_type": "physical",
            }
        )
        return location_id

    with ReadUnit(db, actor) as unit:
        unit.require_actor()
        session = unit.session
        partners = list(
            session.scalars(
                select(Partner).where(Partner.deleted_at.is_(None)).order_by(Partner.name)
            )
        )
        services_by_partner: dict[uuid.UUID, list[Service]] = defaultdict(list)
        for service in session.scalars(
            select(Service).where(Service.deleted_at.is_(None)).order_by(Service.name)
        ):
            services_by_partner[service.partner_id].append(service)
        agreements_by_partner: dict[uuid.UUID, list[Agreement]] = defaultdict(list)
        for agreement in session.scalars(
            select(Agreement).where(Agreement.deleted_at.is_(None)).order_by(Agreement.start_on)
        ):
            agreements_by_partner[agreement.partner_id].append(agreement)
        service_ids = {
            s.id: s.external_id or str(s.id) for ss in services_by_partner.values() for s in ss
        }
        count_services = 0
        for partner in partners:
            org_id = partner.external_id or str(partner.id)
            out["organization"].append(
                {
                    "id": org_id,
                    "name": partner.name,
                    "description": partner.notes,
                    "email": partner.email,
                    "website": partner.website,
                    "tax_id": partner.tax_code,
                }
            )
            attribute(
                "organization",
                org_id,
                f"tipologia:{partner.partner_type_code}",
                types.get(partner.partner_type_code, partner.partner_type_code),
            )
            for code in partner.districts_served or ():
                label = districts[code].label_it if code in districts else code
                attribute("organization", org_id, f"municipio:{code}", label)
            for agreement in agreements_by_partner.get(partner.id, []):
                attribute(
                    "organization",
                    org_id,
                    "protocollo",
                    "Protocollo d'intesa",
                    json.dumps(
                        {
                            "start_on": agreement.start_on.isoformat(),
                            "end_on": agreement.end_on.isoformat(),
                            "protocol_number": agreement.protocol_number,
                        },
                        ensure_ascii=False,
                    ),
                )
            if partner.address or partner.district_code:
                location(
                    f"partner/{org_id}",
                    org_id,
                    partner.name,
                    partner.address,
                    partner.district_code,
                )
            if partner.phone:
                out["phone"].append(
                    {
                        "id": _uid("phone", "partner", org_id),
                        "organization_id": org_id,
                        "number": partner.phone,
                        "type": "voice",
                    }
                )
            if partner.contact_person:
                out["contact"].append(
                    {
                        "id": _uid("contact", "partner", org_id),
                        "organization_id": org_id,
                        "name": partner.contact_person,
                    }
                )
            for service in services_by_partner.get(partner.id, []):
                count_services += 1
                sid = service_ids[service.id]
                out["service"].append(
                    {
                        "id": sid,
                        "organization_id": org_id,
                        "name": service.name,
                        "description": service.description,
                        "email": service.email,
                        "status": "active" if service.active else "inactive",
                        "fees_description": service.cost_notes,
                        "eligibility_description": service.eligibility,
                    }
                )
                for code in service.areas or ():
                    attribute("service", sid, f"area:{code}", areas.get(code, code))
                for code in service.needs_met or ():
                    attribute("service", sid, f"bisogno:{code}", needs.get(code, code))
                attribute("service", sid, f"costo:{service.cost_form}", service.cost_form)
                if service.capacity is not None:
                    attribute("service", sid, "posti", "Posti disponibili", str(service.capacity))
                if service.address or service.district_code:
                    location_id = location(
                        f"service/{sid}", "", service.name, service.address, service.district_code
                    )
                    out["service_at_location"].append(
                        {"id": _uid("sal", sid), "service_id": sid, "location_id": location_id}
                    )
                if service.phone:
                    out["phone"].append(
                        {
                            "id": _uid("phone", "service", sid),
                            "service_id": sid,
                            "number": service.phone,
                            "type": "voice",
                        }
                    )
                if service.schedule:
                    out["schedule"].append(
                        {
                            "id": _uid("schedule", sid),
                            "service_id": sid,
                            "description": service.schedule,
                        }
                    )
                for code in service.languages or ():
                    out["language"].append(
                        {
                            "id": _uid("language", sid, code),
                            "service_id": sid,
                            "name": languages.get(code, code),
                            "code": code,
                        }
                    )
    out["taxonomy"].append(
        {
            "id": taxonomy_id,
            "name": TAXONOMY_NAME,
            "description": "Classificazioni della rete COT solidale (cotdesk): tipologie di "
            "ente, municipi, aree di intervento, bisogni, forme di costo, protocolli d'intesa.",
            "version": "1",
        }
    )
    for code, label in sorted(used_terms.items()):
        out["taxonomy_term"].append(
            {
                "id": _uid("term", code),
                "code": code,
                "name": label,
                "description": label,
                "taxonomy": TAXONOMY_NAME,
                "language": "it",
                "taxonomy_id": taxonomy_id,
            }
        )
    return _write(folder, out, len(partners), count_services)


def _write(
    folder: Path, out: Mapping[str, list[dict[str, str]]], partners: int, services: int
) -> ExportReport:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Impossibile creare la cartella {folder}: {exc.strerror}.") from exc
    resources_meta: list[dict[str, Any]] = []
    written: list[str] = []
    try:
        for table, (filename, columns) in _EXPORT_TABLES.items():
            with (folder / filename).open("w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, fieldnames=list(columns), extrasaction="raise")
                writer.writeheader()
                for row in out[table]:
                    writer.writerow({c: row.get(c, "") for c in columns})
            written.append(filename)
            schema: dict[str, Any] = {
                "fields": [{"name": c, "type": "string"} for c in columns],
                "primaryKey": "id",
            }
            keys = _FOREIGN_KEYS.get(table)
            if keys:
                schema["foreignKeys"] = [
                    {"fields": column, "reference": {"resource": target, "fields": "id"}}
                    for column, target in keys
                ]
            resources_meta.append(
                {
                    "name": table,
                    "path": filename,
                    "profile": "tabular-data-resource",
                    "format": "csv",
                    "mediatype": "text/csv",
                    "encoding": "utf-8",
                    "schema": schema,
                }
            )
        meta = {
            "name": "cotdesk_partner_directory",
            "title": "Elenco degli enti partner (cotdesk)",
            "profile": "tabular-data-package",
            "version": "3.0.0",
            "homepage": "http://docs.openreferral.org",
            "resources": resources_meta,
        }
        (folder / "datapackage.json").write_text(
            json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    except OSError as exc:
        raise UserError(
            f"Impossibile scrivere in {folder}: {exc.strerror}. Scegliere un'altra cartella."
        ) from exc
    written.append("datapackage.json")
    return ExportReport(folder, partners, services, tuple(written))
