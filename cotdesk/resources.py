"""Reference data shipped in ``resources/``, loaded into frozen dataclasses.

The CSV files under ``resources/reference/`` are the catalogues the whole application
shares (intervention areas, partner types, needs, specialisations, districts, languages,
countries); those under ``resources/demo/`` are name material for the deterministic
demo-data generator. All are UTF-8, comma-separated, with a header row. Every ``code``
is stored in databases: it never changes once shipped.

Each loader reads its file once (``functools.cache``) and validates it completely: a
missing or damaged file raises :class:`ResourceError` (a :class:`CotdeskError`) whose
Italian message names the file and the line, because the only fix is to reinstall.
Files that reference others (a need's area, a street's district) are checked against
them. Columns the loader does not know are ignored, so a newer file still loads.

``COTDESK_RESOURCES`` points the loaders at another folder (tests, packaging checks);
after changing it call :func:`clear_caches`.
"""

from __future__ import annotations

import csv
import functools
import io
import operator
import os
import re
import sys
from collections.abc import Callable, Hashable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Final, Literal, TypeVar

from cotdesk.errors import CotdeskError

ENV_VAR: Final = "COTDESK_RESOURCES"

Sex = Literal["M", "F"]
_T = TypeVar("_T")

_SNAKE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_LANGUAGE = re.compile(r"[a-z]{2}")  # ISO 639-1
_COUNTRY = re.compile(r"[A-Z]{2}")  # ISO 3166-1 alpha-2 (XK for Kosovo)
_BELFIORE_FOREIGN = re.compile(r"Z\d{3}")
_CAP = re.compile(r"\d{5}")
_ISTAT_COMUNE = re.compile(r"\d{6}")
_NOMENCLATORE = re.compile(r"[A-Z]\d{1,2}(?:\.\d{1,2})?")
_BY_CODE: Final = operator.attrgetter("code")


# ---------------------------------------------------------------------------- errors


class ResourceError(CotdeskError):
    """A file of ``resources/`` is missing or damaged: only a reinstall fixes it."""

    def __init__(self, message: str, *, rel_path: str, path: Path, line: int | None) -> None:
        super().__init__(message)
        self.rel_path = rel_path
        self.path = path
        self.line = line

    @classmethod
    def missing(cls, rel_path: str, path: Path) -> ResourceError:
        return cls(
            f"File di riferimento mancante: resources/{rel_path}. Reinstallare cotdesk.",
            rel_path=rel_path,
            path=path,
            line=None,
        )

    @classmethod
    def damaged(cls, rel_path: str, path: Path, line: int | None, detail: str) -> ResourceError:
        where = f"resources/{rel_path}" if line is None else f"resources/{rel_path}, riga {line}"
        return cls(
            f"File di riferimento danneggiato: {where}: {detail}. Reinstallare cotdesk.",
            rel_path=rel_path,
            path=path,
            line=line,
        )


# ---------------------------------------------------------------------------- location


def resources_dir() -> Path:
    """The folder holding ``reference/`` and ``demo/``.

    ``$COTDESK_RESOURCES`` if set; else ``resources/`` next to the ``cotdesk`` package
    (a source checkout, or a PyInstaller bundle that keeps that layout); else, in a
    frozen PyInstaller build, ``resources/`` inside the bundle (``sys._MEIPASS``).
    """
    override = os.environ.get(ENV_VAR, "").strip()
    if override:
        return Path(override).expanduser()
    beside_package = Path(__file__).resolve().parent.parent / "resources"
    if beside_package.is_dir():
        return beside_package
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and isinstance(bundle, str):
        return Path(bundle) / "resources"
    return beside_package


# ---------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class InterventionAreaRef:
    code: str
    label_it: str
    label_en: str
    users_reported_in_seed: int


@dataclass(frozen=True, slots=True)
class PartnerTypeRef:
    code: str
    label_it: str
    sector: str  # pubblico, terzo_settore, privato, religioso, informale


@dataclass(frozen=True, slots=True)
class NeedRef:
    code: str
    area_code: str
    label_it: str
    description_it: str
    nomenclatore_code: str | None  # CISIS Nomenclatore 2013, only where verified


@dataclass(frozen=True, slots=True)
class SpecialisationRef:
    code: str
    label_it: str
    area_code: str | None  # None: cross-cutting


@dataclass(frozen=True, slots=True)
class DistrictRef:
    code: str
    label_it: str
    city: str
    city_istat_code: str
    quartieri: tuple[str, ...]
    postcodes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LanguageRef:
    code: str  # ISO 639-1
    label_it: str


@dataclass(frozen=True, slots=True)
class CountryRef:
    code: str  # ISO 3166-1 alpha-2
    label_it: str
    belfiore_code: str | None  # "Z..." of the foreign state; None for Italy


@dataclass(frozen=True, slots=True)
class DemoFirstName:
    name: str
    sex: Sex
    weight: int


@dataclass(frozen=True, slots=True)
class DemoLastName:
    name: str
    weight: int


@dataclass(frozen=True, slots=True)
class ForeignCommunity:
    """A community of foreign origin in Rome, for demo persons born abroad."""

    country: str  # ISO alpha-2, present in countries()
    weight: int  # relative size among the communities (order of magnitude)
    languages: tuple[str, ...]  # ISO 639-1 codes, present in languages()
    male_first_names: tuple[str, ...]
    female_first_names: tuple[str, ...]
    male_last_names: tuple[str, ...]  # surnames a man may carry (unisex ones included)
    female_last_names: tuple[str, ...]  # e.g. Kaur, Kowalska, Begum

    def first_names(self, sex: Sex) -> tuple[str, ...]:
        return self.male_first_names if sex == "M" else self.female_first_names

    def last_names(self, sex: Sex) -> tuple[str, ...]:
        return self.male_last_names if sex == "M" else self.female_last_names


# ---------------------------------------------------------------------------- reading


@dataclass(frozen=True, slots=True)
class _Row:
    rel_path: str
    path: Path
    line: int
    values: Mapping[str, str]

    def error(self, detail: str) -> ResourceError:
        return ResourceError.damaged(self.rel_path, self.path, self.line, detail)

    def text(self, column: str) -> str:
        value = self.values[column]
        if not value:
            raise self.error(f"la colonna {column} è vuota")
        return value

    def optional(self, column: str) -> str | None:
        return self.values[column] or None

    def matching(self, column: str, pattern: re.Pattern[str], what: str) -> str:
        value = self.text(column)
        if not pattern.fullmatch(value):
            raise self.error(f"{what} non valido nella colonna {column}: {value!r}")
        return value

    def code(self, column: str = "code") -> str:
        return self.matching(column, _SNAKE, "codice")

    def integer(self, column: str, *, minimum: int = 0) -> int:
        value = self.text(column)
        if not value.isascii() or not value.isdigit() or int(value) < minimum:
            raise self.error(f"numero non valido nella colonna {column}: {value!r}")
        return int(value)

    def sex(self, column: str = "sex") -> Sex:
        value = self.text(column)
        if value == "M":
            return "M"
        if value == "F":
            return "F"
        raise self.error(f"sesso non valido nella colonna {column}: {value!r} (atteso M o F)")

    def parts(self, column: str, pattern: re.Pattern[str] | None = None) -> tuple[str, ...]:
        """A non-empty, semicolon-separated list."""
        items = tuple(item.strip() for item in self.text(column).split(";"))
        for item in items:
            if not item or (pattern is not None and not pattern.fullmatch(item)):
                raise self.error(f"elemento non valido nella colonna {column}: {item!r}")
        return items


def _rows(rel_path: str, columns: tuple[str, ...]) -> Iterator[_Row]:
    path = resources_dir() / rel_path
    try:
        raw = path.read_bytes()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        raise ResourceError.missing(rel_path, path) from None
    except OSError as exc:
        raise ResourceError.damaged(
            rel_path, path, None, f"impossibile leggere il file ({exc.strerror or exc})"
        ) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ResourceError.damaged(
            rel_path, path, line, "il testo non è in codifica UTF-8"
        ) from None

    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [name.strip() for name in next(reader, [])]
        if not any(header):
            raise ResourceError.damaged(rel_path, path, 1, "manca la riga di intestazione")
        for column in columns:
            if column not in header:
                raise ResourceError.damaged(rel_path, path, 1, f"manca la colonna {column}")
        if len(set(header)) != len(header):
            raise ResourceError.damaged(rel_path, path, 1, "intestazione con colonne ripetute")
        for fields in reader:
            line = reader.line_num
            if not any(field.strip() for field in fields):
                continue  # blank line
            if len(fields) < len(header):
                missing = header[len(fields)]
                raise ResourceError.damaged(rel_path, path, line, f"manca la colonna {missing}")
            if len(fields) > len(header):
                raise ResourceError.damaged(
                    rel_path,
                    path,
                    line,
                    f"troppi valori (attese {len(header)} colonne, trovate {len(fields)})",
                )
            values = {name: field.strip() for name, field in zip(header, fields, strict=True)}
            yield _Row(rel_path, path, line, MappingProxyType(values))
    except csv.Error as exc:
        raise ResourceError.damaged(
            rel_path, path, reader.line_num, f"formato CSV non valido ({exc})"
        ) from None


def _load(
    rel_path: str,
    columns: tuple[str, ...],
    build: Callable[[_Row], _T],
    key: Callable[[_T], Hashable],
) -> tuple[_T, ...]:
    """Build one record per row; ``key`` of the records must be unique."""
    records: list[_T] = []
    seen: set[Hashable] = set()
    for row in _rows(rel_path, columns):
        record = build(row)
        identity = key(record)
        if identity in seen:
            raise row.error(f"valore ripetuto: {identity!r}")
        seen.add(identity)
        records.append(record)
    if not records:
        raise ResourceError.damaged(rel_path, resources_dir() / rel_path, None, "il file è vuoto")
    return tuple(records)


def _known(row: _Row, column: str, value: str | None, known: set[str], what: str) -> None:
    if value is not None and value not in known:
        raise row.error(f"{what} sconosciuto nella colonna {column}: {value!r}")


# ---------------------------------------------------------------------------- reference


@functools.cache
def intervention_areas() -> tuple[InterventionAreaRef, ...]:
    """The five areas of the seeds, with the users each reported."""

    def build(row: _Row) -> InterventionAreaRef:
        return InterventionAreaRef(
            code=row.code(),
            label_it=row.text("label_it"),
            label_en=row.text("label_en"),
            users_reported_in_seed=row.integer("users_reported_in_seed"),
        )

    return _load(
        "reference/intervention-areas.csv",
        ("code", "label_it", "label_en", "users_reported_in_seed"),
        build,
        _BY_CODE,
    )


@functools.cache
def partner_types() -> tuple[PartnerTypeRef, ...]:
    def build(row: _Row) -> PartnerTypeRef:
        return PartnerTypeRef(
            code=row.code(), label_it=row.text("label_it"), sector=row.code("sector")
        )

    return _load("reference/partner-types.csv", ("code", "label_it", "sector"), build, _BY_CODE)


@functools.cache
def needs() -> tuple[NeedRef, ...]:
    """The need catalogue; every need belongs to one intervention area."""
    areas = {area.code for area in intervention_areas()}

    def build(row: _Row) -> NeedRef:
        area_code = row.code("area_code")
        _known(row, "area_code", area_code, areas, "codice di area")
        nomenclatore = row.optional("nomenclatore_code")
        if nomenclatore is not None and not _NOMENCLATORE.fullmatch(nomenclatore):
            raise row.error(f"codice del Nomenclatore non valido: {nomenclatore!r}")
        return NeedRef(
            code=row.code(),
            area_code=area_code,
            label_it=row.text("label_it"),
            description_it=row.text("description_it"),
            nomenclatore_code=nomenclatore,
        )

    return _load(
        "reference/needs.csv",
        ("code", "area_code", "label_it", "description_it", "nomenclatore_code"),
        build,
        _BY_CODE,
    )


@functools.cache
def needs_by_area() -> Mapping[str, tuple[NeedRef, ...]]:
    """Needs grouped by area code, in file order; every area is a key."""
    grouped: dict[str, tuple[NeedRef, ...]] = {}
    for area in intervention_areas():
        grouped[area.code] = tuple(need for need in needs() if need.area_code == area.code)
    return MappingProxyType(grouped)


@functools.cache
def specialisations() -> tuple[SpecialisationRef, ...]:
    areas = {area.code for area in intervention_areas()}

    def build(row: _Row) -> SpecialisationRef:
        area_code = row.optional("area_code")
        if area_code is not None:
            area_code = row.code("area_code")
        _known(row, "area_code", area_code, areas, "codice di area")
        return SpecialisationRef(
            code=row.code(), label_it=row.text("label_it"), area_code=area_code
        )

    return _load(
        "reference/specialisations.csv", ("code", "label_it", "area_code"), build, _BY_CODE
    )


@functools.cache
def districts() -> tuple[DistrictRef, ...]:
    def build(row: _Row) -> DistrictRef:
        return DistrictRef(
            code=row.code(),
            label_it=row.text("label_it"),
            city=row.text("city"),
            city_istat_code=row.matching("city_istat_code", _ISTAT_COMUNE, "codice ISTAT"),
            quartieri=row.parts("quartieri"),
            postcodes=row.parts("postcodes", _CAP),
        )

    return _load(
        "reference/districts.csv",
        ("code", "label_it", "city", "city_istat_code", "quartieri", "postcodes"),
        build,
        _BY_CODE,
    )


@functools.cache
def languages() -> tuple[LanguageRef, ...]:
    def build(row: _Row) -> LanguageRef:
        return LanguageRef(
            code=row.matching("code", _LANGUAGE, "codice ISO 639-1"),
            label_it=row.text("label_it"),
        )

    return _load("reference/languages.csv", ("code", "label_it"), build, _BY_CODE)


@functools.cache
def countries() -> tuple[CountryRef, ...]:
    """Countries of origin; ``belfiore_code`` is the ANPR code of the foreign state."""

    def build(row: _Row) -> CountryRef:
        code = row.matching("code", _COUNTRY, "codice ISO 3166")
        belfiore = row.optional("belfiore_code")
        if belfiore is not None:
            belfiore = row.matching("belfiore_code", _BELFIORE_FOREIGN, "codice Belfiore")
        elif code != "IT":
            raise row.error("la colonna belfiore_code è vuota")
        return CountryRef(code=code, label_it=row.text("label_it"), belfiore_code=belfiore)

    records = _load(
        "reference/countries.csv", ("code", "label_it", "belfiore_code"), build, _BY_CODE
    )
    belfiore = [c.belfiore_code for c in records if c.belfiore_code is not None]
    if len(set(belfiore)) != len(belfiore):
        path = resources_dir() / "reference/countries.csv"
        raise ResourceError.damaged(
            "reference/countries.csv", path, None, "codice Belfiore ripetuto"
        )
    return records


# ---------------------------------------------------------------------------- demo material


@functools.cache
def demo_first_names() -> tuple[DemoFirstName, ...]:
    """Italian first names with a relative frequency weight."""

    def build(row: _Row) -> DemoFirstName:
        return DemoFirstName(
            name=row.text("name"), sex=row.sex(), weight=row.integer("weight", minimum=1)
        )

    return _load(
        "demo/first-names-it.csv",
        ("name", "sex", "weight"),
        build,
        operator.attrgetter("name", "sex"),
    )


@functools.cache
def demo_last_names() -> tuple[DemoLastName, ...]:
    """Italian surnames (with apostrophes, accents, particles) and a frequency weight."""

    def build(row: _Row) -> DemoLastName:
        return DemoLastName(name=row.text("name"), weight=row.integer("weight", minimum=1))

    return _load("demo/last-names-it.csv", ("name", "weight"), build, operator.attrgetter("name"))


_PoolName = tuple[str, Sex | None, str]  # country, sex (None: either), name


def _identity(value: _T) -> _T:
    return value


def _pool(names: tuple[_PoolName, ...], country: str, sex: Sex) -> tuple[str, ...]:
    return tuple(name for c, s, name in names if c == country and s in (sex, None))


@functools.cache
def demo_foreign_names() -> tuple[ForeignCommunity, ...]:
    """Foreign communities of Rome with their languages and name pools.

    Assembled from ``demo/foreign-communities.csv`` (country, weight, languages),
    ``demo/foreign-first-names.csv`` (country, sex, name) and
    ``demo/foreign-last-names.csv`` (country, sex, name; an empty sex: either sex).
    """
    known_countries = {country.code for country in countries()}
    known_languages = {language.code for language in languages()}

    def build_community(row: _Row) -> tuple[str, int, tuple[str, ...]]:
        country = row.matching("country", _COUNTRY, "codice ISO 3166")
        _known(row, "country", country, known_countries, "paese")
        langs = row.parts("languages", _LANGUAGE)
        for lang in langs:
            _known(row, "languages", lang, known_languages, "codice di lingua")
        return country, row.integer("weight", minimum=1), langs

    communities = _load(
        "demo/foreign-communities.csv",
        ("country", "weight", "languages"),
        build_community,
        operator.itemgetter(0),
    )
    community_countries = {c[0] for c in communities}

    def build_name(row: _Row) -> _PoolName:
        country = row.text("country")
        _known(row, "country", country, community_countries, "paese")
        sex = row.sex() if row.optional("sex") is not None else None
        return country, sex, row.text("name")

    columns = ("country", "sex", "name")
    first = _load("demo/foreign-first-names.csv", columns, build_name, _identity)
    last = _load("demo/foreign-last-names.csv", columns, build_name, _identity)

    result: list[ForeignCommunity] = []
    for country, weight, langs in communities:
        community = ForeignCommunity(
            country=country,
            weight=weight,
            languages=langs,
            male_first_names=_pool(first, country, "M"),
            female_first_names=_pool(first, country, "F"),
            male_last_names=_pool(last, country, "M"),
            female_last_names=_pool(last, country, "F"),
        )
        for pool, rel_path in (
            (community.male_first_names, "demo/foreign-first-names.csv"),
            (community.female_first_names, "demo/foreign-first-names.csv"),
            (community.male_last_names, "demo/foreign-last-names.csv"),
            (community.female_last_names, "demo/foreign-last-names.csv"),
        ):
            if not pool:
                raise ResourceError.damaged(
                    rel_path,
                    resources_dir() / rel_path,
                    None,
                    f"nessun nome per il paese {country}",
                )
        result.append(community)
    return tuple(result)


@functools.cache
def demo_streets() -> Mapping[str, tuple[str, ...]]:
    """Real street names per district code, in file order; every district is a key."""
    known = {district.code for district in districts()}

    def build(row: _Row) -> tuple[str, str]:
        district_code = row.code("district_code")
        _known(row, "district_code", district_code, known, "codice di municipio")
        return district_code, row.text("street")

    rows = _load("demo/streets-rome.csv", ("district_code", "street"), build, _identity)
    grouped: dict[str, tuple[str, ...]] = {}
    for district in districts():
        streets = tuple(street for code, street in rows if code == district.code)
        if not streets:
            path = resources_dir() / "demo/streets-rome.csv"
            raise ResourceError.damaged(
                "demo/streets-rome.csv", path, None, f"nessuna via per il municipio {district.code}"
            )
        grouped[district.code] = streets
    return MappingProxyType(grouped)


_LOADERS: Final = (
    intervention_areas,
    partner_types,
    needs,
    needs_by_area,
    specialisations,
    districts,
    languages,
    countries,
    demo_first_names,
    demo_last_names,
    demo_foreign_names,
    demo_streets,
)


def clear_caches() -> None:
    """Forget every loaded file (after changing ``COTDESK_RESOURCES``, in tests)."""
    for loader in _LOADERS:
        loader.cache_clear()
