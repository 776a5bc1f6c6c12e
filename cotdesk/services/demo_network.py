"""The demo network: COT offices, desks, operators, partners, agreements and services.

Its size does not depend on the number of persons: ten offices (one per district of
``districts.csv``), their operators, and the seed's ~676 partners with their protocols
and services. What the person generator needs later (operators per office, services per
district and need, reporters) is returned as a :class:`Network`.
"""

from __future__ import annotations

import base64
import hashlib
import random
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from cotdesk import resources
from cotdesk.domain.passwords import SCRYPT_N, SCRYPT_P, SCRYPT_R
from cotdesk.domain.roles import Role
from cotdesk.domain.services_catalogue import CostForm
from cotdesk.services import demo_text as text
from cotdesk.services.demo_rows import (
    BulkWriter,
    Ids,
    Picker,
    json_list,
    stamp,
)

#: Password of every demo operator (shown in the summary of ``cotdesk demo-data``).
DEMO_PASSWORD = "cotdemo2026"
#: Operators per office (inclusive range), supervisors among them, network administrators.
OPERATORS_PER_OFFICE = (15, 30)
NETWORK_ADMINS = 2
#: Days the network existed before today (it was founded in February 2021, in the seeds,
#: about five years and nine months before the demo's reference day).
NETWORK_AGE_DAYS = 2122
AGREEMENT_YEARS = 5
SHORT_AGREEMENT_TYPES = frozenset({"impresa_privata", "ricettivo", "agenzia_immobiliare"})
#: Probability that an expired protocol was renewed.
RENEWAL_RATE = 0.75

_SLUG = re.compile(r"[^a-z0-9]+")


#: Words left out of the short name in partners' e-mail addresses and websites.
_SLUG_SKIP = frozenset(
    [
        "a",
        "ad",
        "al",
        "alla",
        "all",
        "aps",
        "associazione",
        "casa",
        "centro",
        "comunale",
        "cooperativa",
        "da",
        "dal",
        "dei",
        "del",
        "della",
        "delle",
        "di",
        "e",
        "ets",
        "il",
        "in",
        "integrata",
        "l",
        "la",
        "le",
        "lo",
        "odv",
        "onlus",
        "per",
        "parrocchia",
        "r",
        "s",
        "societa",
        "sociale",
        "studio",
        "legale",
        "avv",
    ]
)


def short_slug(name: str, used: set[str] | None = None) -> str:
    """``Parrocchia San Romano Martire a Ponte Mammolo`` -> ``sanromanomartire``: the
    first significant words of a name, more of them (or a number) if ``used`` has it."""
    words = [w for w in ascii_slug(name, " ").split() if w not in _SLUG_SKIP]
    if not words:
        words = [ascii_slug(name)[:20] or "ente"]
    for count in range(min(3, len(words)), len(words) + 1):
        slug = "".join(words[:count])
        if used is None or slug not in used:
            break
    n = 2
    while used is not None and slug in used:
        slug, n = f"{''.join(words[:3])}{n}", n + 1
    if used is not None:
        used.add(slug)
    return slug


def ascii_slug(value: str, sep: str = "") -> str:
    """Lower-case ASCII letters and digits of ``value`` (accents dropped), joined by ``sep``."""
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    return _SLUG.sub(sep, plain).strip(sep)


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class OperatorInfo:
    id: str
    full_name: str
    role: str
    username: str


@dataclass(slots=True)
class OfficeInfo:
    id: str
    code: str
    district: str
    name: str
    operators: list[OperatorInfo] = field(default_factory=list)
    supervisors: list[OperatorInfo] = field(default_factory=list)
    #: Desk parts (4 hex digits) of this office's other desks, for human references.
    desk_codes: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ServiceInfo:
    id: str
    partner_id: str
    name: str
    partner_name: str
    district: str | None
    needs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PartnerInfo:
    """A partner as the person generator sees it (reporters of cases)."""

    id: str
    name: str
    type_code: str
    district: str | None
    phone: str
    contact: str


@dataclass(frozen=True, slots=True)
class _Partner(PartnerInfo):
    served: list[str]
    email: str
    address: str
    joined: date


@dataclass(frozen=True, slots=True)
class _PlannedPartner:
    type_code: str
    district: str | None
    founder: OfficeInfo | None = None
    #: A real seat (hospitals): its name and address.
    site: tuple[str, str] | None = None


@dataclass
class Network:
    offices: list[OfficeInfo]
    office_by_district: dict[str, OfficeInfo]
    #: Active services per (district, need); city-wide services are listed in every district.
    services: dict[tuple[str, str], list[ServiceInfo]]
    #: Partners per (district, partner type), for the reporters of cases.
    partners: dict[tuple[str, str], list[_Partner]]
    local_device_id: str
    local_office_id: str
    #: The network administrators (active).
    admins: list[OperatorInfo] = field(default_factory=list)

    def covered(self, district: str, need: str) -> bool:
        return bool(self.services.get((district, need)))


# --------------------------------------------------------------------------- helpers


class People:
    """Italian first names and surnames for operators, contacts and volunteers."""

    def __init__(self) -> None:
        firsts = resources.demo_first_names()
        self.male = Picker(
            [n.name for n in firsts if n.sex == "M"], [n.weight for n in firsts if n.sex == "M"]
        )
        self.female = Picker(
            [n.name for n in firsts if n.sex == "F"], [n.weight for n in firsts if n.sex == "F"]
        )
        lasts = resources.demo_last_names()
        self.last = Picker([n.name for n in lasts], [n.weight for n in lasts])

    def person(self, rng: random.Random, sex: str | None = None) -> tuple[str, str, str]:
        """(first name, last name, sex)."""
        if sex is None:
            sex = "F" if rng.random() < 0.5 else "M"
        first = self.female(rng) if sex == "F" else self.male(rng)
        return first, self.last(rng), sex


def demo_password_hash(rng: random.Random) -> str:
    """The hash of :data:`DEMO_PASSWORD`, as :func:`cotdesk.domain.passwords.hash_password`
    writes it (``scrypt$n$r$p$salt$hash``, base64), but with a salt from the seeded
    generator so that the demo stays reproducible. Computed once (scrypt is slow on
    purpose) and shared by every demo operator."""
    salt = rng.getrandbits(128).to_bytes(16, "big")
    digest = hashlib.scrypt(
        DEMO_PASSWORD.encode("utf-8"),
        salt=salt,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=2**26,
        dklen=32,
    )
    encoded = base64.b64encode(salt).decode("ascii"), base64.b64encode(digest).decode("ascii")
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${encoded[0]}${encoded[1]}"


def landline(rng: random.Random) -> str:
    return f"06 {rng.randint(2000, 9999)} {rng.randint(0, 9999):04d}"


def mobile(rng: random.Random) -> str:
    prefix = text.MOBILE_PREFIXES[rng.randrange(len(text.MOBILE_PREFIXES))]
    return f"+39 {prefix} {rng.randint(100, 999)} {rng.randint(0, 9999):04d}"


def _check_digit(first10: str) -> str:
    """Check digit of an Italian VAT number / numeric fiscal code (Luhn variant)."""
    total = 0
    for index, char in enumerate(first10):
        digit = int(char)
        if index % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return str((10 - total % 10) % 10)


def organisation_tax_code(rng: random.Random, vat: bool) -> str:
    """An 11-digit VAT number (Rome office) or a numeric fiscal code of a non-profit body."""
    if vat:
        first10 = f"{rng.randint(1, 9_999_999):07d}100"
    else:
        first10 = f"{rng.choice(('80', '96', '97'))}{rng.randint(0, 99_999_999):08d}"
    return first10 + _check_digit(first10)


def civic_number(rng: random.Random) -> int:
    """A house number: mostly low, a long tail up to a few hundred."""
    return 1 + int((rng.paretovariate(1.1) - 1) * 12) % 300


def _address(rng: random.Random, district: resources.DistrictRef) -> str:
    streets = resources.demo_streets()[district.code]
    street = streets[rng.randrange(len(streets))]
    postcode = district.postcodes[rng.randrange(len(district.postcodes))]
    return f"{street} {civic_number(rng)}, {postcode} {district.city}"


def _numeral(district: resources.DistrictRef) -> str:
    numeral = text.MUNICIPIO_NUMERALS.get(district.code)
    if numeral is not None:
        return numeral
    match = re.search(r"Municipio ([IVXLC]+)", district.label_it)
    return match.group(1) if match else district.code


def _office_code(district: resources.DistrictRef, index: int) -> str:
    match = re.fullmatch(r"[a-z]+_m(\d+)", district.code)
    return f"M{int(match.group(1)):02d}" if match else f"C{index + 1:02d}"


# --------------------------------------------------------------------------- partner names


class _Namer:
    """Unique, plausible names for partners of each type."""

    def __init__(self, rng: random.Random, people: People) -> None:
        self.rng = rng
        self.people = people
        self.used: set[str] = set()
        self.labels = {t.code: t.label_it for t in resources.partner_types()}
        self._coops = list(text.COOPERATIVE_NAMES)
        rng.shuffle(self._coops)
        self._founders = list(text.FOUNDING_COOPERATIVES)

    def unique(self, make: Callable[[], str], quartiere: str) -> str:
        for _ in range(12):
            name = make()
            if name not in self.used:
                self.used.add(name)
                return name
        base = f"{make()} - {quartiere}"
        name, n = base, 2
        while name in self.used:
            name, n = f"{base} {n}", n + 1
        self.used.add(name)
        return name

    def founder(self) -> str:
        name = f"Cooperativa Sociale {self._founders.pop(0)}"
        self.used.add(name)
        return name

    def make(self, type_code: str, district: resources.DistrictRef) -> str:
        rng = self.rng
        quartiere = district.quartieri[rng.randrange(len(district.quartieri))]
        streets = resources.demo_streets()[district.code]
        numeral = _numeral(district)
        asl = text.ASL_BY_DISTRICT.get(district.code, ("ASL Roma 2", "202"))[0]

        def pick(options: tuple[str, ...]) -> str:
            return options[rng.randrange(len(options))]

        def person() -> str:
            first, last, _ = self.people.person(rng)
            return f"{first} {last}"

        def coop() -> str:
            core = self._coops.pop() if self._coops else pick(text.COOPERATIVE_NAMES)
            return pick(text.COOPERATIVE_FORMS).format(name=core)

        def coop_core() -> str:
            return pick(text.COOPERATIVE_NAMES)

        def school() -> str:
            return pick(text.SCHOOL_FORMS).format(
                street=pick(streets), person=pick(text.SCHOOL_NAMES), quartiere=quartiere
            )

        def parish() -> str:
            title = pick(text.PARISH_TITLES)
            joiner = "in" if quartiere.startswith(("Ostia", "Torre", "Tor ")) else "a"
            return f"Parrocchia {title} {joiner} {quartiere}"

        def company(forms: tuple[str, ...]) -> Callable[[], str]:
            return lambda: pick(forms).format(
                last=self.people.last(rng),
                last2=self.people.last(rng),
                quartiere=quartiere,
                person=person(),
            )

        makers: dict[str, Callable[[], str]] = {
            "cooperativa_sociale": coop,
            "associazione": lambda: pick(text.ASSOCIATION_FORMS).format(
                name=pick(text.ASSOCIATION_NAMES)
            ),
            "parrocchia": parish,
            "caritas": lambda: f"Centro di ascolto Caritas {pick(text.PARISH_TITLES)}",
            "scuola": school,
            "farmacia": lambda: pick(
                (
                    f"Farmacia {quartiere}",
                    f"Farmacia Comunale {quartiere}",
                    f"Farmacia {self.people.last(rng)}",
                    f"Farmacia {pick(streets)}",
                )
            ),
            "servizio_sociale": lambda: f"Servizio Sociale Professionale - Municipio {numeral}",
            "pua": lambda: f"PUA Municipio {numeral} - {asl}",
            "segretariato_sociale": lambda: f"Segretariato Sociale Municipio {numeral}",
            "sanita_base": lambda: pick(
                (
                    f"Casa della Comunità {quartiere} - {asl}",
                    f"Consultorio familiare {pick(streets)} - {asl}",
                    f"Poliambulatorio {pick(streets)} - {asl}",
                    f"SerD {quartiere} - {asl}",
                )
            ),
            "sanita_eta_evolutiva": lambda: f"TSMREE Municipio {numeral} - {asl}",
            "dsm": lambda: f"CSM {pick(streets)} - DSM {asl}",
            "cav": lambda: pick(
                (
                    f"Centro antiviolenza {quartiere}",
                    f"Casa delle donne {quartiere}",
                    f"CAV Municipio {numeral}",
                )
            ),
            "numero_1522": lambda: "1522 - Numero antiviolenza e stalking",
            "legale_patrocinio": company(text.LEGAL_FORMS),
            "forze_ordine": lambda: pick(
                (f"Stazione Carabinieri Roma {quartiere}", f"Commissariato di P.S. {quartiere}")
            ),
            "polizia_locale": lambda: f"Polizia Locale di Roma Capitale - Gruppo {numeral}",
            "universita": lambda: pick(text.UNIVERSITY_NAMES),
            "pronta_accoglienza": lambda: f"Comunità di pronta accoglienza {coop_core()}",
            "accoglienza_minori": lambda: pick(
                (f"Casa famiglia {coop_core()}", f"Comunità madre-bambino {coop_core()}")
            ),
            "servizi_diurni_residenziali": lambda: pick(
                (
                    f"Centro diurno {coop_core()}",
                    f"Casa di accoglienza per donne e minori {coop_core()}",
                    f"Centro diurno per caregiver {quartiere}",
                )
            ),
            "servizi_educativi": lambda: pick(
                (
                    f"Ludoteca {coop_core()}",
                    f"Spazio giovani {quartiere}",
                    f"Centro educativo {coop_core()}",
                    f"Biblioteca di quartiere {quartiere}",
                )
            ),
            "croce_rossa": lambda: pick(
                (
                    "Croce Rossa Italiana - Comitato Area Metropolitana di Roma Capitale",
                    "Croce Rossa Italiana - Unità di strada",
                    "Croce Rossa Italiana - Sala operativa sociale",
                )
            ),
            "protezione_civile": lambda: pick(
                (
                    "Protezione Civile di Roma Capitale",
                    f"Volontari di Protezione Civile {quartiere}",
                    "Protezione Civile Regione Lazio - Sala operativa",
                )
            ),
            "rete_parentale": lambda: f"Rete parentale: {person()}",
            "prefettura": lambda: "Prefettura di Roma - Ufficio Territoriale del Governo",
            "tribunale_minorenni": lambda: "Tribunale per i Minorenni di Roma",
            "alloggio_pubblico": lambda: pick(
                (
                    f"ATER Roma - Sportello {quartiere}",
                    "Roma Capitale - Dipartimento Politiche Abitative",
                )
            ),
            "ente_religioso": lambda: pick(
                (
                    f"Opera {pick(text.SAINT_FOUNDERS)}",
                    f"Istituto Suore di {pick(text.SAINT_FOUNDERS)}",
                    f"Centro di accoglienza {pick(text.SAINT_FOUNDERS)}",
                )
            ),
            "risorse_omoculturali": lambda: pick(text.HOMELAND_COMMUNITIES).format(
                quartiere=quartiere
            ),
            "emergenza_118": lambda: "ARES 118 - Centrale operativa di Roma",
            "vigili_fuoco": lambda: f"Vigili del Fuoco - Distaccamento {quartiere}",
            "lavoro": lambda: pick(
                (
                    f"Centro per l'Impiego {quartiere}",
                    f"Camera del Lavoro CGIL {quartiere}",
                    f"Patronato ACLI {quartiere}",
                    f"CISL - Sportello lavoro {quartiere}",
                    f"UIL - Sportello {quartiere}",
                )
            ),
            "volontario": lambda: f"Volontario: {person()}",
            "rete_famiglie": lambda: f"Rete famiglie accoglienti {quartiere}",
            "ricettivo": company(text.LODGING_NAMES),
            "agenzia_immobiliare": lambda: pick(
                (
                    f"Agenzia Immobiliare {quartiere}",
                    f"{self.people.last(rng)} Immobiliare",
                    f"Casa {quartiere} Immobiliare s.r.l.",
                )
            ),
            "impresa_mensa": company(text.CATERING_NAMES),
            "impresa_privata": company(text.COMPANY_NAMES),
            "fondazione": lambda: pick(text.FOUNDATION_NAMES),
        }

        make = makers.get(type_code, lambda: f"{self.labels[type_code]} {quartiere}")
        return self.unique(make, quartiere)


# --------------------------------------------------------------------------- the network


class NetworkBuilder:
    """Generates the network's rows into a :class:`BulkWriter`."""

    def __init__(
        self, rng: random.Random, ids: Ids, writer: BulkWriter, today: date, local_device: str
    ) -> None:
        self.rng = rng
        self.ids = ids
        self.writer = writer
        self.today = today
        self.local_device = local_device
        self.people = People()
        self.districts = list(resources.districts())
        self.district_by_code = {d.code: d for d in self.districts}
        self.district_codes = [d.code for d in self.districts]
        self.founded = today - timedelta(days=NETWORK_AGE_DAYS)
        self.need_area = {n.code: n.area_code for n in resources.needs()}
        self.need_description = {n.code: n.description_it for n in resources.needs()}
        self.sectors = {t.code: t.sector for t in resources.partner_types()}
        self.languages = [lang.code for lang in resources.languages() if lang.code != "it"]
        self.protocol_numbers: Counter[int] = Counter()
        self.services: dict[tuple[str, str], list[ServiceInfo]] = defaultdict(list)
        self.partners: dict[tuple[str, str], list[_Partner]] = defaultdict(list)
        self.admins: list[OperatorInfo] = []
        self.slugs: set[str] = set()

    def build(self) -> Network:
        offices = self._offices()
        self._operators(offices)
        self._partners(offices)
        return Network(
            offices=offices,
            office_by_district={office.district: office for office in offices},
            services=dict(self.services),
            partners={key: list(value) for key, value in self.partners.items()},
            local_device_id=self.local_device,
            local_office_id=offices[0].id,
            admins=self.admins,
        )

    # ----------------------------------------------------------------- offices, desks

    def _offices(self) -> list[OfficeInfo]:
        rng = self.rng
        office_rows = self.writer.table(
            "office",
            "id created_at updated_at server_version code name district_code address phone "
            "email opening_hours",
        )
        device_rows = self.writer.table(
            "device",
            "id created_at updated_at server_version office_id name enrolled_at",
        )
        created = stamp(self.founded, 9 * 60)
        offices: list[OfficeInfo] = []
        for index, district in enumerate(self.districts):
            code = _office_code(district, index)
            name = f"COT Solidale Municipio {_numeral(district)}"
            office = OfficeInfo(id=self.ids(), code=code, district=district.code, name=name)
            offices.append(office)
            office_rows.add(
                (
                    office.id,
                    created,
                    created,
                    1,
                    code,
                    name,
                    district.code,
                    _address(rng, district),
                    landline(rng),
                    f"cot.{code.lower()}@{text.NETWORK_DOMAIN}",
                    text.OPENING_HOURS[rng.randrange(len(text.OPENING_HOURS))],
                )
            )
            desks = rng.randint(2, 3)
            for number in range(1, desks + 1):
                device_id = self.ids()
                office.desk_codes.append(device_id[:4].upper())
                enrolled = stamp(self.founded + timedelta(days=rng.randint(0, 400)), 10 * 60)
                device_rows.add(
                    (
                        device_id,
                        enrolled,
                        enrolled,
                        1,
                        office.id,
                        f"Postazione {number} - {name}",
                        enrolled,
                    )
                )
        enrolled = stamp(self.today, 8 * 60)
        device_rows.add(
            (
                self.local_device,
                enrolled,
                enrolled,
                1,
                offices[0].id,
                f"Questa postazione - {offices[0].name}",
                enrolled,
            )
        )
        return offices

    # ----------------------------------------------------------------- operators

    def _operators(self, offices: list[OfficeInfo]) -> None:
        rng = self.rng
        rows = self.writer.table(
            "operator",
            "id created_at updated_at server_version office_id username full_name role "
            "specialisations email password_hash active",
        )
        specs = resources.specialisations()
        general = [s.code for s in specs if s.area_code is None]
        by_area: dict[str, list[str]] = defaultdict(list)
        for spec in specs:
            if spec.area_code is not None:
                by_area[spec.area_code].append(spec.code)
        weights = {
            "operatore_sportello": 30,
            "assistente_sociale": 18,
            "mediatore_culturale": 8,
            "educatore_socio_pedagogico": 8,
            "psicologo": 5,
        }
        front_desk = Picker(general, [weights.get(code, 2) for code in general])
        area_picker = Picker(
            list(by_area), [{"adulti_famiglie": 5, "minori": 4}.get(a, 2) for a in by_area]
        )
        password_hash = demo_password_hash(rng)
        usernames: set[str] = set()

        def add(office: OfficeInfo, role: Role, spec_codes: list[str], active: bool) -> None:
            first, last, _ = self.people.person(rng, "F" if rng.random() < 0.72 else "M")
            base = f"{ascii_slug(first)[:1]}.{ascii_slug(last)}"
            username, n = base, 2
            while username in usernames:
                username, n = f"{base}{n}", n + 1
            usernames.add(username)
            info = OperatorInfo(self.ids(), f"{first} {last}", role.value, username)
            hired = self.founded + timedelta(days=rng.randint(0, NETWORK_AGE_DAYS - 30))
            created = stamp(hired, 8 * 60 + rng.randint(0, 120))
            rows.add(
                (
                    info.id, created, created, 1, office.id, username, info.full_name,
                    role.value, json_list(sorted(set(spec_codes))),
                    f"{username}@{text.NETWORK_DOMAIN}", password_hash, active,
                )
            )  # fmt: skip
            if not active:
                return
            if role is Role.ADMIN:
                self.admins.append(info)
                return
            office.operators.append(info)
            if role is Role.SUPERVISOR:
                office.supervisors.append(info)

        for index, office in enumerate(offices):
            total = rng.randint(*OPERATORS_PER_OFFICE)
            supervisors = rng.randint(1, 2)
            for _ in range(supervisors):
                add(office, Role.SUPERVISOR, ["coordinatore_servizi", "assistente_sociale"], True)
            for number in range(total - supervisors):
                codes = [front_desk(rng)]
                if rng.random() < 0.6:
                    codes.append(rng.choice(by_area[area_picker(rng)]))
                if rng.random() < 0.15:
                    codes.append(front_desk(rng))
                # a few operators have left: kept for the history, not active
                add(office, Role.OPERATOR, codes, active=number % 17 != 16)
            if index == 0:
                for _ in range(NETWORK_ADMINS):
                    add(office, Role.ADMIN, ["operatore_amministrativo"], True)

    # ----------------------------------------------------------------- partners

    def _partner_counts(self) -> dict[str, int]:
        known = {t.code for t in resources.partner_types()}
        counts = {code: n for code, n in text.PARTNER_MIX.items() if code in known}
        for code in known - counts.keys():
            counts[code] = 2
        rest = text.NETWORK_PARTNERS - sum(counts.values())
        counts["cooperativa_sociale"] = max(len(text.FOUNDING_COOPERATIVES), rest)
        return counts

    def _plan(self, offices: list[OfficeInfo]) -> list[_PlannedPartner]:
        """Which partners, where: types spread evenly over the districts; the founding
        cooperatives first, one in each office's district."""
        rng = self.rng
        district_codes = [d.code for d in self.districts]
        plan = [
            _PlannedPartner("cooperativa_sociale", office.district, office)
            for office in offices[: len(text.FOUNDING_COOPERATIVES)]
        ]
        counts = self._partner_counts()
        counts["cooperativa_sociale"] -= len(plan)
        # hospitals and their units are at the hospitals' real seats
        hospitals = [h for h in text.HOSPITALS if h[1] in self.district_by_code]
        rng.shuffle(hospitals)
        for type_code in sorted(text.HOSPITAL_TYPES if hospitals else ()):
            for index in range(counts.pop(type_code, 0)):
                name, district, address = hospitals[index % len(hospitals)]
                if type_code == "uuoo":
                    name = f"{rng.choice(text.HOSPITAL_UNITS)} - {name}"
                plan.append(_PlannedPartner(type_code, district, site=(name, address)))
        for type_code in sorted(counts):
            if type_code in text.CITY_WIDE_TYPES:
                plan.extend(_PlannedPartner(type_code, None) for _ in range(counts[type_code]))
                continue
            order = district_codes[:]
            rng.shuffle(order)
            plan.extend(
                _PlannedPartner(type_code, order[i % len(order)]) for i in range(counts[type_code])
            )
        return plan

    def _partners(self, offices: list[OfficeInfo]) -> None:
        rng = self.rng
        synced = "id created_at updated_at server_version "
        self.partner_rows = self.writer.table(
            "partner",
            synced + "name partner_type_code tax_code address district_code "
            "districts_served phone email website contact_person notes",
        )
        self.agreement_rows = self.writer.table(
            "agreement",
            synced + "partner_id protocol_number start_on end_on renews_id notes",
        )
        self.service_rows = self.writer.table(
            "service",
            synced + "partner_id name description areas needs_met cost_form cost_notes "
            "capacity capacity_used languages district_code address phone email schedule "
            "eligibility active",
        )
        district_codes = [d.code for d in self.districts]
        # Each district lacks some scarce needs entirely (no service, no city-wide one).
        scarce = [n for n in text.SCARCE_NEEDS if n in self.need_area]
        self.scarce = frozenset(scarce)
        self.missing = {
            code: frozenset(rng.sample(scarce, min(len(scarce), rng.randint(3, 6))))
            for code in district_codes
        }
        self.namer = _Namer(rng, self.people)
        for planned in self._plan(offices):
            profile = [
                n for n in text.NEED_PROFILES.get(planned.type_code, ()) if n in self.need_area
            ]
            if not profile:
                profile = [next(iter(self.need_area))]
            district = planned.district
            if (
                district is not None
                and planned.site is None
                and set(profile) <= self.missing[district]
            ):
                # this kind of partner would answer nothing here: it is elsewhere
                candidates = [d for d in district_codes if not set(profile) <= self.missing[d]]
                district = rng.choice(candidates) if candidates else district
            partner, active = self._partner(planned, district)
            for code in partner.served or district_codes:
                self.partners[(code, planned.type_code)].append(partner)
            allowed = [
                n
                for n in profile
                if n not in (self.scarce if district is None else self.missing[district])
            ] or profile
            self._services(partner, allowed, active=active)

    def _partner(
        self, planned: _PlannedPartner, district_code: str | None
    ) -> tuple[_Partner, bool]:
        rng = self.rng
        type_code = planned.type_code
        district = self.district_by_code[district_code or self.districts[0].code]
        if planned.founder is not None:
            name = self.namer.founder()
        elif planned.site is not None:
            site_name = planned.site[0]
            name = self.namer.unique(lambda: site_name, district.quartieri[0])
        else:
            name = self.namer.make(type_code, district)
        informal = type_code in text.INFORMAL_TYPES
        national = type_code == "numero_1522"
        served = [] if district_code is None else [district_code]
        if served and rng.random() < 0.2:
            served.append(rng.choice([d.code for d in self.districts if d.code != district_code]))
        slug = short_slug(name, self.slugs)
        if national:
            phone, email, website, address = "1522", "", "https://www.1522.eu", ""
            notes = (
                "Numero nazionale gratuito del Dipartimento per le Pari Opportunità, "
                "attivo 24 ore su 24, anche in chat."
            )
        else:
            phone = mobile(rng) if informal else landline(rng)
            if informal:
                email = f"{ascii_slug(name, '.')[-30:].strip('.')}@example.org"
            else:
                email = f"{rng.choice(('info', 'segreteria', 'accoglienza'))}@{slug}.example"
            website = f"https://www.{slug}.example" if not informal and rng.random() < 0.6 else ""
            address = (
                planned.site[1]
                if planned.site is not None
                else text.INSTITUTION_ADDRESSES.get(type_code) or _address(rng, district)
            )
            notes = ""
        if planned.founder is not None:
            notes = (
                "Cooperativa fondatrice della rete Innovainrete; gestisce la "
                f"{planned.founder.name}."
            )
        # joined at the founding (the founders and a third of the others) or later
        if planned.founder is not None or rng.random() < 0.35:
            joined = self.founded + timedelta(days=rng.randint(0, 60))
        else:
            joined = self.founded + timedelta(days=rng.randint(0, NETWORK_AGE_DAYS - 20))
        partner = _Partner(
            id=self.ids(),
            name=name,
            type_code=type_code,
            district=district_code,
            served=served,
            phone=phone,
            email=email,
            address=address,
            contact=self._contact(type_code),
            joined=joined,
        )
        created = stamp(joined, 9 * 60 + rng.randint(0, 60))
        tax_code = (
            "" if informal or national else organisation_tax_code(rng, type_code in text.VAT_TYPES)
        )
        self.partner_rows.add(
            (
                partner.id, created, created, 1, name, type_code, tax_code, address,
                district_code, json_list(served), phone, email, website, partner.contact, notes,
            )
        )  # fmt: skip
        active = self._agreements(partner, founder=planned.founder is not None)
        return partner, active

    def _agreements(self, partner: _Partner, *, founder: bool) -> bool:
        """The partner's protocols, renewed or lapsed at expiry; whether one is in force."""
        years = 3 if partner.type_code in SHORT_AGREEMENT_TYPES else AGREEMENT_YEARS
        duration = "quinquennale" if years == AGREEMENT_YEARS else "triennale"
        start = partner.joined
        previous: str | None = None
        while True:
            end = _add_years(start, years) - timedelta(days=1)
            agreement_id = self.ids()
            self.protocol_numbers[start.year] += 1
            created = stamp(start, 10 * 60)
            kind = "Adesione alla rete" if previous is None else "Rinnovo"
            self.agreement_rows.add(
                (
                    agreement_id, created, created, 1, partner.id,
                    f"Prot. n. {self.protocol_numbers[start.year]}/{start.year}",
                    start.isoformat(), end.isoformat(), previous,
                    f"{kind}: protocollo d'intesa di durata {duration}.",
                )
            )  # fmt: skip
            if end >= self.today:
                return start <= self.today
            if not founder and self.rng.random() >= RENEWAL_RATE:
                return False  # lapsed: not renewed
            previous, start = agreement_id, end + timedelta(days=1)

    def _services(self, partner: _Partner, allowed: list[str], *, active: bool) -> None:
        rng = self.rng
        type_code = partner.type_code
        low, high = text.SERVICES_PER_TYPE.get(type_code, (1, 2))
        if type_code in text.SINGLE_SERVICE_TYPES:
            low = high = 1
        sector = self.sectors[type_code]
        created = stamp(partner.joined, 10 * 60 + rng.randint(0, 60))
        for primary in rng.sample(allowed, min(len(allowed), rng.randint(low, high))):
            area = self.need_area[primary]
            extra = [n for n in allowed if n != primary and self.need_area[n] == area]
            needs = sorted([primary, *rng.sample(extra, min(len(extra), rng.choice((0, 0, 1, 2))))])
            name = text.SERVICE_NAMES.get(primary, primary.replace("_", " ").capitalize())
            cost = _cost_form(rng, sector)
            capacity: int | None = None
            used = 0
            if type_code not in text.ALWAYS_OPEN_TYPES and rng.random() < 0.7:
                capacity = rng.choice((5, 8, 10, 12, 15, 20, 25, 30, 40, 60))
                used = min(capacity, int(capacity * rng.uniform(0.3, 1.15)))
            languages = ["it"]
            if type_code in ("risorse_omoculturali", "numero_1522", "cav") or rng.random() < 0.3:
                languages += rng.sample(self.languages, rng.randint(1, 4))
            if type_code in text.ALWAYS_OPEN_TYPES:
                schedule = text.SCHEDULE_ALWAYS
            else:
                schedule = rng.choice(text.SCHEDULES)
            cost_notes = {
                CostForm.FREE.value: "",
                CostForm.CO_PAYMENT.value: "Quota in base all'ISEE",
                CostForm.PAID.value: f"{rng.choice((10, 15, 20, 25, 35))} € a incontro",
            }[cost]
            service_id = self.ids()
            self.service_rows.add(
                (
                    service_id, created, created, 1, partner.id, name,
                    self.need_description.get(primary, ""),
                    json_list(sorted({self.need_area[n] for n in needs})), json_list(needs), cost,
                    cost_notes, capacity, used, json_list(languages), partner.district,
                    partner.address, partner.phone, partner.email, schedule,
                    rng.choice(text.ELIGIBILITY.get(area, ("Accesso libero",))), active,
                )
            )  # fmt: skip
            if not active:
                continue
            service = ServiceInfo(
                service_id, partner.id, name, partner.name, partner.district, tuple(needs)
            )
            where = [partner.district] if partner.district is not None else self.district_codes
            for code in where:
                for need in needs:
                    self.services[(code, need)].append(service)

    def _contact(self, type_code: str) -> str:
        rng = self.rng
        if type_code in ("numero_1522", "emergenza_118", "prefettura", "tribunale_minorenni"):
            return ""
        if type_code in ("parrocchia", "caritas") and rng.random() < 0.7:
            first, last, _ = self.people.person(rng, "M")
            role = "parroco" if type_code == "parrocchia" else "responsabile del centro d'ascolto"
            return (
                f"Don {first} {last} ({role})"
                if type_code == "parrocchia"
                else f"{first} {last} ({role})"
            )
        first, last, sex = self.people.person(rng)
        if type_code == "legale_patrocinio":
            return f"Avv. {first} {last}"
        if type_code == "scuola":
            title = "Prof.ssa" if sex == "F" else "Prof."
            return f"{title} {first} {last} (referente inclusione)"
        if type_code in ("servizio_sociale", "pua", "segretariato_sociale", "sanita_base", "dsm"):
            title = "Dott.ssa" if sex == "F" else "Dott."
            return f"{title} {first} {last}"
        return f"{first} {last}"


def _cost_form(rng: random.Random, sector: str) -> str:
    weights = text.COST_WEIGHTS.get(sector, (80, 15, 5))
    return rng.choices(
        (CostForm.FREE.value, CostForm.CO_PAYMENT.value, CostForm.PAID.value), weights
    )[0]


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
