"""Persons, households and their cases for the demo network, generated as a stream.

Who is in the demo
==================

The seed network reports its users per intervention area (``intervention-areas.csv``,
``users_reported_in_seed``) out of :data:`SEED_POPULATION` citizens "and their family
members". For ``N`` persons each area gets ``round(N * users / SEED_POPULATION)`` distinct
persons with a case in it, exactly: at the default size the demo has the seed's numbers.
The remaining persons (about 7%) are family members without a case of their own.

Every person belongs to a *category* that fixes the areas of their cases and their age
group: minors (under 18), adults (18-64) and older people (65+). Some persons are in two
areas (a child with a disability, an older person with a disability, an adult in a social
farming project). Households are built around a person drawn from the remaining quota of
each category (sampling without replacement, so the quotas come out exactly), with
companions drawn the same way: a minor always lives with a parent (or a grandparent).
About one person in twenty has no fixed abode (no household, no address).

Cases follow the domain's lifecycle (:mod:`cotdesk.domain.cases`), referrals the
referral lifecycle (:mod:`cotdesk.domain.referrals`) with dates in order, priorities come
from :func:`cotdesk.domain.priority.compute_priority`, codici fiscali from
:func:`cotdesk.domain.identity.encode_codice_fiscale` (an *omocodia* variant when two
persons would share one). A case is opened when the person was already in the area's age
group (a minor under 18, an older person 65 or more, adults 18 or more).
"""

from __future__ import annotations

import functools
import json
import random
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Final, TypeVar

from codicefiscale.codicefiscale import encode_cin

from cotdesk import resources
from cotdesk.domain.cases import CASE_STATUS_LABELS, CaseStatus, Channel
from cotdesk.domain.identity import DIGIT_POSITIONS, OMOCODIA_LETTERS, encode_codice_fiscale
from cotdesk.domain.needs import Severity
from cotdesk.domain.priority import (
    PRIORITY_LEVEL_LABELS,
    PriorityScore,
    Vulnerability,
    compute_priority,
    waiting_days,
)
from cotdesk.domain.referrals import REFERRAL_STATUS_LABELS, ReferralStatus
from cotdesk.services import demo_text as text
from cotdesk.services.consents import NOTICE_VERSION, PURPOSES
from cotdesk.services.demo_network import (
    Network,
    OfficeInfo,
    OperatorInfo,
    People,
    ServiceInfo,
    ascii_slug,
    civic_number,
    landline,
    mobile,
)
from cotdesk.services.demo_rows import BulkWriter, Ids, Picker, json_list, stamp

_T = TypeVar("_T")

#: Citizens the seed network follows ("21.462 cittadini e loro famigliari").
SEED_POPULATION: Final = 21_462
#: Cases are opened over the last three years.
WINDOW_DAYS: Final = 3 * 365

MINORI: Final = "minori"
DISABILITA: Final = "disabilita"
ANZIANI: Final = "anziani"
ADULTI: Final = "adulti_famiglie"
CULTURA: Final = "cultura_agricoltura"
AREAS: Final = (MINORI, DISABILITA, ANZIANI, ADULTI, CULTURA)

CHILD, ADULT, ELDER = 0, 1, 2
ALL_ROLES: Final = frozenset({CHILD, ADULT, ELDER})
ADULTS: Final = frozenset({ADULT})
ELDERS: Final = frozenset({ELDER})
CHILDREN: Final = frozenset({CHILD})

#: Categories: code -> (areas of the person's cases, age group).
CATEGORIES: Final[dict[str, tuple[tuple[str, ...], int]]] = {
    "M": ((MINORI,), CHILD),
    "MD": ((MINORI, DISABILITA), CHILD),
    "D": ((DISABILITA,), ADULT),
    "A": ((ANZIANI,), ELDER),
    "AD": ((ANZIANI, DISABILITA), ELDER),
    "F": ((ADULTI,), ADULT),
    "FC": ((ADULTI, CULTURA), ADULT),
    "C": ((CULTURA,), ADULT),
    "NC": ((), CHILD),
    "NA": ((), ADULT),
    "NE": ((), ELDER),
}
_CATEGORY_ORDER: Final = tuple(CATEGORIES)
_ROLE: Final = {code: role for code, (_, role) in CATEGORIES.items()}
#: Minimum age (years) at the opening of a case, by category.
_MIN_AGE_AT_OPENING: Final = {"F": 18, "FC": 18, "C": 18, "A": 65, "AD": 65}

#: Share of each area's persons who are also in a second area.
OVERLAP: Final = {"MD": 0.08, "AD": 0.12, "FC": 0.27}
#: How the persons without a case split by age group.
NO_CASE_SPLIT: Final = {"NC": 0.40, "NA": 0.45, "NE": 0.15}

FOREIGN_HOUSEHOLD_RATE: Final = 0.25
EU_COUNTRIES: Final = frozenset({"RO", "PL", "BG"})
HEAD: Final = text.RELATION_HEAD
LAZIO: Final = "120"
PREVIOUS_CASE_RATE: Final = 0.12
EMERGENCY_RATE: Final = 0.012

_S = CaseStatus
_R = ReferralStatus
OPEN, IN_PROGRESS, SUSPENDED = _S.OPEN.value, _S.IN_PROGRESS.value, _S.SUSPENDED.value
CLOSURE_REQUESTED, CLOSED = _S.CLOSURE_REQUESTED.value, _S.CLOSED.value
_STATUS_LABEL: Final = {status.value: label for status, label in CASE_STATUS_LABELS.items()}
_REFERRAL_LABEL: Final = {status.value: label for status, label in REFERRAL_STATUS_LABELS.items()}

_CASE_STATUSES: Final = (OPEN, IN_PROGRESS, SUSPENDED, CLOSURE_REQUESTED, CLOSED)
#: Status weights by how long ago the case was opened (under 30 days, under a year, more).
_STATUS_BY_AGE: Final = (
    Picker(_CASE_STATUSES, (35, 58, 2, 5, 0)),
    Picker(_CASE_STATUSES, (4, 58, 8, 7, 23)),
    Picker(_CASE_STATUSES, (2, 30, 5, 5, 58)),
)
_CHANNELS: Final = tuple(channel.value for channel in Channel)
_CHANNEL_WEIGHTS: Final = {
    Channel.WALK_IN.value: 55,
    Channel.PHONE.value: 18,
    Channel.REPORT_SCHOOL.value: 0,
    Channel.REPORT_PARISH.value: 6,
    Channel.REPORT_PARTNER.value: 8,
    Channel.REPORT_SERVICE.value: 7,
}
_CHANNEL_PICKERS: Final = (
    Picker(_CHANNELS, [_CHANNEL_WEIGHTS[c] for c in _CHANNELS]),
    Picker(
        _CHANNELS,
        [22 if c == Channel.REPORT_SCHOOL.value else _CHANNEL_WEIGHTS[c] for c in _CHANNELS],
    ),
)
#: Partner types that report cases, by channel.
_REPORTER_TYPES: Final = {
    Channel.REPORT_SCHOOL.value: ("scuola",),
    Channel.REPORT_PARISH.value: ("parrocchia", "caritas"),
    Channel.REPORT_PARTNER.value: (
        "cooperativa_sociale",
        "associazione",
        "cav",
        "servizi_educativi",
    ),
    Channel.REPORT_SERVICE.value: (
        "servizio_sociale",
        "pua",
        "sanita_base",
        "dsm",
        "sanita_eta_evolutiva",
        "ospedale",
    ),
}
_REFERRALS_OF_CLOSED: Final = Picker(
    (_R.COMPLETED, _R.DECLINED, _R.INTERRUPTED, _R.CANCELLED), (45, 16, 12, 14)
)
_ACTIVE_REFERRAL_WEIGHTS: Final = {
    _R.DRAFT: 6,
    _R.SENT: 12,
    _R.NO_ANSWER: 8,
    _R.ACCEPTED: 13,
    _R.IN_PROGRESS: 20,
    _R.COMPLETED: 15,
    _R.DECLINED: 9,
    _R.INTERRUPTED: 6,
    _R.CANCELLED: 10,
}
_REFERRALS_OF_ACTIVE: Final = Picker(
    tuple(_ACTIVE_REFERRAL_WEIGHTS), tuple(_ACTIVE_REFERRAL_WEIGHTS.values())
)
_SEVERITY: Final = Picker(tuple(int(s) for s in Severity), (18, 40, 30, 12))
_NEEDS_PER_AREA: Final = Picker((1, 2, 3), (45, 38, 17))
_ASSESSMENTS: Final = Picker((1, 2, 3), (55, 30, 15))
_NOTES_PER_CASE: Final = Picker((0, 1, 2, 3), (25, 40, 25, 10))
_CALLS_PER_CASE: Final = Picker((0, 1, 2), (55, 33, 12))
_SIBLINGS: Final = Picker((0, 1, 2, 3), (42, 40, 14, 4))


def _pick(random_: Callable[[], float], items: Sequence[_T]) -> _T:
    return items[int(random_() * len(items))]


def _between(random_: Callable[[], float], low: int, high: int) -> int:
    """A whole number from ``low`` to ``high`` inclusive."""
    return low + int(random_() * (high - low + 1))


def category_quotas(persons: int) -> dict[str, int]:
    """Exact number of persons of each category for a demo of ``persons`` persons."""
    users = {area.code: area.users_reported_in_seed for area in resources.intervention_areas()}
    missing = [code for code in AREAS if code not in users]
    if missing:
        raise RuntimeError(f"intervention areas missing from resources: {missing}")
    target = {code: round(persons * users[code] / SEED_POPULATION) for code in AREAS}
    quotas = dict.fromkeys(_CATEGORY_ORDER, 0)
    quotas["MD"] = round(target[MINORI] * OVERLAP["MD"])
    quotas["AD"] = round(target[ANZIANI] * OVERLAP["AD"])
    quotas["FC"] = round(target[CULTURA] * OVERLAP["FC"])
    quotas["M"] = target[MINORI] - quotas["MD"]
    quotas["A"] = target[ANZIANI] - quotas["AD"]
    quotas["D"] = max(0, target[DISABILITA] - quotas["MD"] - quotas["AD"])
    quotas["C"] = target[CULTURA] - quotas["FC"]
    quotas["F"] = target[ADULTI] - quotas["FC"]
    none = persons - sum(quotas.values())
    if none < 0:  # only for absurdly small demos
        quotas["F"] = max(0, quotas["F"] + none)
        none = persons - sum(quotas.values())
    quotas["NC"] = round(none * NO_CASE_SPLIT["NC"])
    quotas["NE"] = round(none * NO_CASE_SPLIT["NE"])
    quotas["NA"] = none - quotas["NC"] - quotas["NE"]
    return quotas


def expected_area_persons(persons: int) -> dict[str, int]:
    """Distinct persons with a case in each area, for ``persons`` persons."""
    counts = dict.fromkeys(AREAS, 0)
    for code, n in category_quotas(persons).items():
        for area in CATEGORIES[code][0]:
            counts[area] += n
    return counts


def _birthday(birth: date, years: int) -> date:
    try:
        return birth.replace(year=birth.year + years)
    except ValueError:  # 29 February
        return birth.replace(year=birth.year + years, day=28)


@functools.lru_cache(maxsize=100_000)
def _priority(
    needs: tuple[tuple[str, int], ...], factors: tuple[str, ...], days: int
) -> PriorityScore:
    assessed = [(label, Severity(severity)) for label, severity in needs]
    return compute_priority(assessed, [Vulnerability(f) for f in factors], days)


@functools.lru_cache(maxsize=4096)
def _payload(*pairs: tuple[str, str]) -> str:
    """JSON of an event's data made of a few string values (cached: they repeat)."""
    return json.dumps(dict(pairs))


# --------------------------------------------------------------------------- records


class _Member:
    __slots__ = (
        "age",
        "areas",
        "birth",
        "born_abroad",
        "category",
        "first",
        "id",
        "identity",
        "last",
        "registered",
        "relation",
        "role",
        "sex",
    )

    def __init__(self, category: str, relation: str) -> None:
        self.category = category
        self.relation = relation
        self.role = _ROLE[category]
        self.areas: tuple[str, ...] = CATEGORIES[category][0]
        self.age = 0
        self.sex = "F"
        self.first = ""
        self.last = ""
        self.birth = date.min
        self.born_abroad = False
        self.identity = "cf"
        self.id = ""
        self.registered: date | None = None


class _Household:
    __slots__ = (
        "address",
        "community",
        "district",
        "homeless",
        "id",
        "members",
        "office",
        "postcode",
        "status_kind",
    )

    def __init__(self, members: list[_Member], district: str, office: OfficeInfo) -> None:
        self.id: str | None = None
        self.members = members
        self.district = district
        self.office = office
        self.address = ""
        self.postcode = ""
        self.community: resources.ForeignCommunity | None = None
        self.homeless = False
        self.status_kind = "cf"


#: One diary entry: day, insertion order, kind, operator, text, referral, data (JSON).
_Entry = tuple[date, int, str, str | None, str, str | None, str]


class _Case:
    """What the steps of one case share while it is generated."""

    __slots__ = (
        "areas",
        "assessments",
        "end",
        "household",
        "id",
        "member",
        "office",
        "opened",
        "reference",
        "registrar",
        "reopened",
        "status",
        "supervisor",
        "timeline",
        "worker",
    )

    def __init__(
        self,
        household: _Household,
        member: _Member,
        opened: date,
        *,
        status: str,
        end: date,
        staff: tuple[OperatorInfo, OperatorInfo, OperatorInfo],
    ) -> None:
        self.household = household
        self.member = member
        self.office = household.office
        self.areas = member.areas
        self.opened = opened
        self.id = ""
        self.reference = ""
        self.status = status
        self.reopened = False
        self.end = end
        #: who registered the case, who works on it, who supervises it
        self.registrar, self.worker, self.supervisor = staff
        #: (date, needs as (code, severity), score, operator id) of each assessment.
        self.assessments: list[tuple[date, list[tuple[str, int]], int, str]] = []
        self.timeline: list[_Entry] = []

    def add(
        self,
        day: date,
        kind: str,
        operator: str | None,
        words: str,
        payload: str = "{}",
        *,
        referral: str | None = None,
    ) -> None:
        self.timeline.append((day, len(self.timeline), kind, operator, words, referral, payload))


# --------------------------------------------------------------------------- generator


class PeopleBuilder:
    """Generates persons with their households, consents and cases, batch by batch."""

    def __init__(
        self,
        rng: random.Random,
        ids: Ids,
        writer: BulkWriter,
        network: Network,
        *,
        today: date,
        persons: int,
    ) -> None:
        self.rng = rng
        self.random = rng.random
        self.ids = ids
        self.network = network
        self.today = today
        self.window_start = today - timedelta(days=WINDOW_DAYS)
        self.quotas = category_quotas(persons)
        self.remaining = dict(self.quotas)
        self.left = sum(self.remaining.values())
        self.people = People()
        self.districts = {d.code: d for d in resources.districts()}
        offices = network.office_by_district
        self.district_picker = Picker(
            list(offices), [text.DISTRICT_WEIGHTS.get(code, 10) for code in offices]
        )
        self.streets = resources.demo_streets()
        communities = resources.demo_foreign_names()
        self.communities = Picker(list(communities), [c.weight for c in communities])
        self.country_belfiore = {
            c.code: (c.belfiore_code, c.label_it) for c in resources.countries() if c.belfiore_code
        }
        self.birthplaces = Picker(
            list(text.ITALIAN_BIRTHPLACES), [weight for _, _, weight in text.ITALIAN_BIRTHPLACES]
        )
        self.need_label = {n.code: n.label_it for n in resources.needs()}
        self.need_area = {n.code: n.area_code for n in resources.needs()}
        self.need_pickers = {
            area: Picker([n.code for n in needs], [text.NEED_WEIGHTS.get(n.code, 1) for n in needs])
            for area, needs in resources.needs_by_area().items()
            if needs
        }
        self.fiscal_codes: set[int] = set()
        self.foreign_codes = {"STP": rng.randint(1000, 5000), "ENI": rng.randint(100, 900)}
        self.desk_counters: Counter[str] = Counter()
        self.last_family: _Household | None = None
        self.purposes = sorted(PURPOSES)
        # statistics for the report
        self.area_persons: Counter[str] = Counter()
        self.case_status: Counter[str] = Counter()
        self.referral_status: Counter[str] = Counter()
        self.persons_done = 0
        self._tables(writer)

    def _tables(self, writer: BulkWriter) -> None:
        synced = "id created_at updated_at server_version "
        table = writer.table
        self.t_person = table(
            "person",
            synced + "office_id identity_kind fiscal_code foreign_code last_name "
            "first_name birth_date birth_place_code birth_place_name sex citizenship "
            "languages phone phone_alt email address_street address_city "
            "address_postcode district_code no_fixed_abode notes",
        )
        self.t_household = table(
            "household", synced + "office_id label address_street district_code"
        )
        self.t_member = table("household_member", synced + "household_id person_id relation since")
        self.t_consent = table(
            "consent",
            synced + "person_id action notice_version purposes recorded_at operator_id "
            "signed_by notes",
        )
        self.t_case = table(
            "case_record",
            synced + "reference person_id household_id office_id assigned_operator_id "
            "status areas priority follow_up_on channel reporter_name "
            "reporter_organisation reporter_partner_id reporter_contact opened_on "
            "closed_on closure_reason consent_emergency flagged_for_review restricted "
            "summary",
        )
        self.t_assessment = table(
            "assessment",
            synced + "case_id version assessed_on operator_id vulnerabilities narrative "
            "priority_score priority_reasons",
        )
        self.t_need = table("assessment_need", synced + "assessment_id need_code severity")
        self.t_referral = table(
            "referral",
            synced + "reference case_id service_id partner_id need_codes status "
            "created_by_id sent_on answered_on appointment_at partner_answer outcome "
            "completed_on notes",
        )
        self.t_unmet = table(
            "unmet_need",
            synced + "case_id need_code area_code district_code recorded_on operator_id "
            "notes resolved_on",
        )
        self.t_event = table(
            "case_event",
            synced + "case_id kind occurred_at operator_id text referral_id data",
        )

    # ------------------------------------------------------------------ driving

    def batch(self, size: int) -> int:
        """Generate about ``size`` more persons (whole households); return how many."""
        start = self.persons_done
        while self.left > 0 and self.persons_done - start < size:
            self._household()
        return self.persons_done - start

    @property
    def done(self) -> bool:
        return self.left <= 0

    # ------------------------------------------------------------------ composition

    def _draw(self, roles: frozenset[int]) -> str | None:
        """A category of one of ``roles``, weighted by what is left of each quota."""
        remaining = self.remaining
        total = sum(remaining[code] for code in _CATEGORY_ORDER if _ROLE[code] in roles)
        if total == 0:
            return None
        r = int(self.random() * total)
        for code in _CATEGORY_ORDER:
            if _ROLE[code] in roles:
                r -= remaining[code]
                if r < 0:
                    remaining[code] -= 1
                    self.left -= 1
                    return code
        raise AssertionError("unreachable")

    def _compose(self) -> list[_Member]:
        index = self._draw(ALL_ROLES)
        assert index is not None  # the caller checks self.left
        members: list[_Member] = []

        def add(category: str | None, relation: str) -> None:
            if category is not None:
                members.append(_Member(category, relation))

        role = _ROLE[index]
        if role == CHILD:
            self._around_child(index, add)
            if not members:
                return [_Member(index, "figlio")]  # no adult left: joins the last family
        else:
            add(index, HEAD)
            if role == ADULT:
                self._around_adult(add)
            else:
                x = self.random()
                if 0.55 <= x < 0.90:
                    add(self._draw(ELDERS), "coniuge")
                elif x >= 0.90:
                    add(self._draw(ADULTS), "figlio")
        return members

    def _around_child(self, index: str, add: Callable[[str | None, str], None]) -> None:
        random_ = self.random
        parent = self._draw(ADULTS)
        grandparent_head = parent is None
        if parent is None:
            parent = self._draw(ELDERS)
        if parent is None:
            return
        add(parent, HEAD)
        relation = "nipote" if grandparent_head else "figlio"
        if not grandparent_head and random_() < 0.62:
            add(self._draw(ADULTS), "coniuge" if random_() < 0.75 else "convivente")
        add(index, relation)
        for _ in range(_SIBLINGS(self.rng)):
            add(self._draw(CHILDREN), relation)
        if not grandparent_head and random_() < 0.07:
            add(self._draw(ELDERS), "genitore")

    def _around_adult(self, add: Callable[[str | None, str], None]) -> None:
        random_ = self.random
        x = random_()
        if x < 0.42:
            return
        if x < 0.80:
            add(self._draw(ADULTS), "coniuge" if random_() < 0.72 else "convivente")
            if x >= 0.60:
                for _ in range(_between(random_, 1, 3) if random_() < 0.5 else 2):
                    add(self._draw(CHILDREN), "figlio")
        elif x < 0.92:
            for _ in range(1 if random_() < 0.65 else 2):
                add(self._draw(CHILDREN), "figlio")
        elif x < 0.97:
            add(self._draw(ELDERS), "genitore")
        else:
            add(self._draw(ADULTS), "fratello" if random_() < 0.6 else "altro")

    # ------------------------------------------------------------------ households

    def _household(self) -> None:
        members = self._compose()
        if members[0].relation != HEAD:
            self._lone_minor(members[0])
            return
        household = self._new_household(members)
        if len(members) > 1 and household.id is not None:
            self.last_family = household
        self._process(household, members, new=True)

    def _new_household(self, members: list[_Member]) -> _Household:
        random_ = self.random
        district = self.district_picker(self.rng)
        household = _Household(members, district, self.network.office_by_district[district])
        head = members[0]
        if len(members) == 1 and head.role != CHILD:
            household.homeless = random_() < (0.30 if head.role == ADULT else 0.04)
        if random_() < FOREIGN_HOUSEHOLD_RATE + (0.15 if household.homeless else 0):
            household.community = self.communities(self.rng)
            household.status_kind = self._foreign_status(household)
        if not household.homeless:
            household.id = self.ids()
            ref = self.districts[district]
            street = _pick(random_, self.streets[district])
            civic = civic_number(self.rng)
            extra = ""
            if random_() < 0.3:
                extra = f", scala {_pick(random_, 'ABCD')}, int. {_between(random_, 1, 30)}"
            household.address = f"{street} {civic}{extra}"
            household.postcode = _pick(random_, ref.postcodes)
        self._ages(household)
        self._sexes(household)
        for member in members:
            self._birth(member)
        self._names(household)
        return household

    def _lone_minor(self, child: _Member) -> None:
        """A minor drawn when no adult is left: joins the last family (or, in a tiny demo
        with no family yet, gets a household of its own)."""
        family = self.last_family
        if family is None:
            child.relation = HEAD
            self._process(self._new_household([child]), [child], new=True)
            return
        child.relation = "nipote"
        child.age = min(17, int(self.rng.triangular(0, 18, 9)))
        child.sex = "F" if self.random() < 0.5 else "M"
        self._birth(child)
        child.first = self._first_name(family, child.sex)
        child.last = family.members[0].last
        family.members.append(child)
        self._process(family, [child], new=False)

    def _process(self, household: _Household, members: list[_Member], *, new: bool) -> None:
        for member in members:
            member.id = self.ids()
            self._origin(household, member)
        for member in members:
            self._cases(household, member)
        known = [m.registered for m in household.members if m.registered is not None]
        fallback = (
            min(known)
            if known
            else self.today - timedelta(days=_between(self.random, 0, WINDOW_DAYS))
        )
        for member in members:
            if member.registered is None:
                member.registered = max(fallback, member.birth)
        self._write_persons(household, members)
        if household.id is not None:
            self._write_household(household, members, new=new)
        self.persons_done += len(members)

    def _foreign_status(self, household: _Household) -> str:
        assert household.community is not None
        x = self.random()
        if household.community.country in EU_COUNTRIES:
            return "eni" if x < (0.25 if household.homeless else 0.08) else "cf"
        stp = 0.35 if household.homeless else 0.10
        none = 0.15 if household.homeless else 0.03
        if x < stp:
            return "stp"
        return "none" if x < stp + none else "cf"

    def _ages(self, household: _Household) -> None:
        rng = self.rng
        random_ = self.random
        members = household.members
        head = members[0]
        kids = [m for m in members if m.role == CHILD]
        for kid in kids:
            kid.age = min(17, int(rng.triangular(0, 18, 9)))
        oldest = max((k.age for k in kids), default=0)
        if head.role == ADULT:
            if kids:
                head.age = min(64, oldest + _between(random_, 20, 42))
            elif household.homeless:
                head.age = _between(random_, 25, 64)
            else:
                head.age = min(64, max(18, int(rng.triangular(18, 65, 40))))
        elif head.role == ELDER:
            head.age = max(65 + min(33, int(rng.expovariate(1 / 8))), min(98, oldest + 40))
        for member in members[1:]:
            if member.role == CHILD:
                continue
            if member.relation == "genitore":
                member.age = min(98, max(65, head.age + _between(random_, 22, 36)))
            elif member.relation == "figlio":
                member.age = min(64, max(18, head.age - _between(random_, 22, 40)))
            elif member.role == ELDER:
                member.age = min(98, max(65, head.age + _between(random_, -5, 5)))
            else:
                member.age = min(64, max(18, head.age + _between(random_, -7, 7)))

    def _sexes(self, household: _Household) -> None:
        """Single parents are mostly mothers, couples mostly a man and a woman."""
        random_ = self.random
        members = household.members
        head = members[0]
        kids = sum(1 for m in members if m.role == CHILD and m is not head)
        if head.role == ADULT and kids and len(members) - kids == 1:
            head.sex = "F" if random_() < 0.85 else "M"
        elif household.homeless:
            head.sex = "M" if random_() < 0.8 else "F"
        elif head.role == ELDER and len(members) == 1:
            head.sex = "F" if random_() < 0.68 else "M"
        else:
            head.sex = "M" if random_() < 0.5 else "F"
        for member in members[1:]:
            if member.relation in ("coniuge", "convivente"):
                same = random_() < 0.03
                member.sex = head.sex if same else ("F" if head.sex == "M" else "M")
            else:
                member.sex = "F" if random_() < 0.5 else "M"

    def _birth(self, member: _Member) -> None:
        """A birth date that makes the member exactly ``age`` years old today."""
        anniversary = _birthday(self.today, -member.age)
        member.birth = anniversary - timedelta(days=_between(self.random, 0, 364))

    def _first_name(self, household: _Household, sex: str) -> str:
        community = household.community
        if community is not None:
            return _pick(self.random, community.first_names("M" if sex == "M" else "F"))
        return str(self.people.female(self.rng) if sex == "F" else self.people.male(self.rng))

    def _last_name(self, household: _Household, sex: str) -> str:
        community = household.community
        if community is not None:
            return _pick(self.random, community.last_names("M" if sex == "M" else "F"))
        return str(self.people.last(self.rng))

    def _names(self, household: _Household) -> None:
        """Children take the father's surname (or the mother's); partners keep theirs."""
        members = household.members
        for member in members:
            member.first = self._first_name(household, member.sex)
        head = members[0]
        head.last = self._last_name(household, head.sex)
        partner = next((m for m in members if m.relation in ("coniuge", "convivente")), None)
        if partner is not None:
            partner.last = self._last_name(household, partner.sex)
        father = head if head.sex == "M" else partner if partner and partner.sex == "M" else None
        family = father.last if father is not None else head.last
        if father is None and self.random() < 0.4:
            family = self._last_name(household, "M")
        community = household.community
        for member in members[1:]:
            if member.last:
                continue
            if member.relation in ("figlio", "nipote", "fratello"):
                pool = (
                    None
                    if community is None
                    else community.last_names("M" if member.sex == "M" else "F")
                )
                fits = pool is None or family in pool
                member.last = family if fits else self._last_name(household, member.sex)
            elif member.relation == "genitore" and member.sex == "M" and head.sex == "M":
                member.last = head.last
            else:
                member.last = self._last_name(household, member.sex)

    # ------------------------------------------------------------------ identity

    def _origin(self, household: _Household, member: _Member) -> None:
        if household.community is None:
            member.born_abroad = False
            member.identity = "cf"
            return
        if member.role == CHILD:
            member.born_abroad = self.random() < (0.3 if member.age <= 10 else 0.5)
        else:
            member.born_abroad = True
        member.identity = household.status_kind

    def _codice_fiscale(self, member: _Member, place: str) -> str:
        code = encode_codice_fiscale(member.last, member.first, member.sex, member.birth, place)
        key = int(code, 36)
        if key in self.fiscal_codes:
            # omocodia: replace digits from the right with letters until the code is free
            chars = list(code[:15])
            for position in reversed(DIGIT_POSITIONS):
                chars[position] = OMOCODIA_LETTERS[int(chars[position])]
                first15 = "".join(chars)
                code = first15 + encode_cin(first15)
                key = int(code, 36)
                if key not in self.fiscal_codes:
                    break
        self.fiscal_codes.add(key)
        return code

    def _birthplace(self, household: _Household, member: _Member) -> tuple[str, str]:
        if member.born_abroad and household.community is not None:
            belfiore, label = self.country_belfiore[household.community.country]
            return str(belfiore), label
        rome = (0.92, 0.65, 0.45)[member.role]
        if household.community is not None or self.random() < rome:
            return text.ROME_BIRTHPLACE
        for _ in range(5):
            code, name, _weight = self.birthplaces(self.rng)
            if member.birth.year >= text.BIRTHPLACE_SINCE.get(code, 0):
                return code, name
        return text.ROME_BIRTHPLACE

    def _identity_codes(
        self, household: _Household, member: _Member, place_code: str
    ) -> tuple[str | None, str | None]:
        kind = member.identity
        if kind == "cf":
            return self._codice_fiscale(member, place_code), None
        if kind in ("stp", "eni"):
            prefix = kind.upper()
            self.foreign_codes[prefix] += 1
            asl = text.ASL_BY_DISTRICT.get(household.district, ("", "202"))[1]
            return None, f"{prefix}{LAZIO}{asl}{self.foreign_codes[prefix]:07d}"
        return None, None

    # ------------------------------------------------------------------ writing persons

    def _citizenship(self, household: _Household, member: _Member) -> tuple[list[str], list[str]]:
        random_ = self.random
        community = household.community
        if community is None:
            languages = ["it"]
            if member.role == ADULT and member.age < 45 and random_() < 0.15:
                languages.append("en")
            return ["IT"], languages
        citizenship = [community.country]
        if member.role != CHILD and member.identity == "cf" and random_() < 0.12:
            citizenship.append("IT")
        languages = list(community.languages)
        if not member.born_abroad:
            languages.insert(0, "it")
        elif member.role != CHILD and random_() < 0.55:
            languages.append("it")
        return citizenship, languages

    def _contacts(self, household: _Household, member: _Member) -> tuple[str, str, str]:
        rng = self.rng
        random_ = self.random
        phone = phone_alt = email = ""
        if member.role == ADULT:
            phone = mobile(rng) if random_() < 0.9 else ""
            phone_alt = landline(rng) if random_() < 0.12 else ""
            email = self._email(member) if random_() < 0.35 else ""
        elif member.role == ELDER:
            if random_() < 0.75:
                phone = landline(rng) if random_() < 0.5 else mobile(rng)
            email = self._email(member) if random_() < 0.05 else ""
        elif member.age >= 14 and random_() < 0.4:
            phone = mobile(rng)
        if household.homeless and random_() < 0.45:
            phone = ""
        return phone, phone_alt, email

    def _write_persons(self, household: _Household, members: Sequence[_Member]) -> None:
        office = household.office
        city = self.districts[household.district].city
        homeless = household.homeless
        for member in members:
            place_code, place_name = self._birthplace(household, member)
            fiscal_code, foreign_code = self._identity_codes(household, member, place_code)
            citizenship, languages = self._citizenship(household, member)
            phone, phone_alt, email = self._contacts(household, member)
            notes = ""
            if homeless:
                notes = "Senza fissa dimora: reperibile tramite il centro di ascolto del quartiere."
            elif member.identity == "none":
                notes = "Nessun documento al momento della registrazione."
            registered = member.registered or self.today
            created = stamp(registered, 480 + _between(self.random, 0, 460))
            self.t_person.add(
                (
                    member.id, created, created, 1, office.id, member.identity, fiscal_code,
                    foreign_code, member.last, member.first, member.birth.isoformat(),
                    place_code, place_name, member.sex, json_list(citizenship),
                    json_list(languages), phone, phone_alt, email,
                    "" if homeless else household.address, "" if homeless else city,
                    "" if homeless else household.postcode, household.district, homeless, notes,
                )
            )  # fmt: skip

    def _write_household(
        self, household: _Household, members: Sequence[_Member], *, new: bool
    ) -> None:
        if new:
            head = household.members[0]
            label = (
                f"{head.last} {head.first}"
                if len(household.members) == 1
                else f"Famiglia {head.last}"
            )
            registered = min(m.registered or self.today for m in household.members)
            created = stamp(registered, 500)
            self.t_household.add(
                (household.id, created, created, 1, household.office.id, label,
                 household.address, household.district)
            )  # fmt: skip
        for member in members:
            registered = member.registered or self.today
            since = member.birth if member.relation in ("figlio", "nipote") else registered
            if since < registered - timedelta(days=3650):
                since = registered
            created = stamp(registered, 510)
            self.t_member.add(
                (self.ids(), created, created, 1, household.id, member.id, member.relation,
                 since.isoformat())
            )  # fmt: skip

    def _email(self, member: _Member) -> str:
        local = f"{ascii_slug(member.first)}.{ascii_slug(member.last)}"
        if self.random() < 0.5:
            local += str(_between(self.random, 1, 99))
        return f"{local}@{_pick(self.random, text.EMAIL_DOMAINS)}"

    # ------------------------------------------------------------------ cases

    def _cases(self, household: _Household, member: _Member) -> None:
        """The member's cases (a closed earlier one, sometimes) and privacy consents."""
        random_ = self.random
        for area in member.areas:
            self.area_persons[area] += 1
        if not member.areas:
            return
        today = self.today
        lower = max(self.window_start, member.birth + timedelta(days=30))
        min_age = _MIN_AGE_AT_OPENING.get(member.category)
        if min_age is not None:
            lower = max(lower, _birthday(member.birth, min_age))
        lower = min(lower, today)
        opened = today - timedelta(days=_between(random_, 0, (today - lower).days))
        first_opened = opened
        emergency = False
        if (opened - lower).days > 200 and random_() < PREVIOUS_CASE_RATE:
            before = lower + timedelta(days=_between(random_, 0, (opened - lower).days - 120))
            closed = before + timedelta(days=_between(random_, 20, (opened - before).days - 30))
            self._case(household, member, before, closed, emergency=False)
            first_opened = before
        elif random_() < EMERGENCY_RATE:
            emergency = True
        self._case(household, member, opened, None, emergency=emergency)
        member.registered = first_opened
        if not emergency:
            self._consents(household, member, first_opened)

    def _consents(self, household: _Household, member: _Member, day: date) -> None:
        random_ = self.random
        operator = _pick(random_, household.office.operators).id
        signed_by = ""
        if member.role == CHILD:
            parent = household.members[0]
            relation = "genitore" if member.relation == "figlio" else "familiare"
            signed_by = f"{parent.first} {parent.last} ({relation})"
        minute = 510 + _between(random_, 0, 330)
        when = stamp(day, minute)
        add = self.t_consent.add
        add((self.ids(), when, when, 1, member.id, "notice_given", NOTICE_VERSION, "[]", when,
             operator, signed_by, ""))  # fmt: skip
        purposes = [p for p in self.purposes if p == "presa_in_carico" or random_() < 0.88]
        when = stamp(day, minute + 4)
        add((self.ids(), when, when, 1, member.id, "given", NOTICE_VERSION,
             json_list(purposes), when, operator, signed_by, ""))  # fmt: skip
        optional = [p for p in purposes if p != "presa_in_carico"]
        if optional and random_() < 0.025 and (self.today - day).days > 10:
            later = day + timedelta(days=_between(random_, 5, (self.today - day).days))
            when = stamp(later, 600 + _between(random_, 0, 230))
            add((self.ids(), when, when, 1, member.id, "withdrawn", NOTICE_VERSION,
                 json_list([_pick(random_, optional)]), when, operator, "",
                 "Revoca chiesta dalla persona allo sportello."))  # fmt: skip

    def _case(
        self,
        household: _Household,
        member: _Member,
        opened: date,
        closed_on: date | None,
        *,
        emergency: bool,
    ) -> None:
        random_ = self.random
        age_days = (self.today - opened).days
        reopened = False
        if closed_on is not None:
            status = CLOSED
        else:
            status = _STATUS_BY_AGE[0 if age_days < 30 else 1 if age_days < 365 else 2](self.rng)
            if status == CLOSED:
                closed_on = opened + timedelta(
                    days=_between(random_, min(20, age_days), min(age_days, 400))
                )
            elif status == OPEN and age_days > 200 and random_() < 0.4:
                reopened = True
        operators = household.office.operators
        registrar = _pick(random_, operators)
        supervisor = _pick(random_, household.office.supervisors or operators)
        assigned: OperatorInfo | None = None
        if (status != OPEN or reopened) and (status != IN_PROGRESS or random_() > 0.03):
            assigned = _pick(random_, operators)
        case = _Case(
            household,
            member,
            opened,
            status=status,
            end=closed_on or self.today,
            staff=(registrar, assigned or registrar, supervisor),
        )
        case.id = self.ids()
        case.reopened = reopened
        case.reference = self._reference(case.office, case.office.code, opened)

        self._opening(case, assigned, emergency=emergency)
        closure_reason = self._history(case, closed_on)
        self._assessments(case)
        if case.assessments:
            if case.status != OPEN:
                self._referrals(case)
            self._unmet(case, closed_on)
        self._diary(case)
        if case.assessments:
            score = case.assessments[-1][2]
        else:
            score = _priority((), (), waiting_days(opened, None, self.today)).score
        flagged = case.status != CLOSED and (score >= 75 or random_() < 0.06)
        if flagged or random_() < 0.04:
            day = opened + timedelta(days=_between(random_, 0, (case.end - opened).days))
            case.add(day, "meeting", case.supervisor.id, _pick(random_, text.MEETINGS))
        follow_up = self._follow_up(case, age_days)
        self._write_case(
            case,
            assigned=assigned,
            closed_on=closed_on if case.status == CLOSED else None,
            closure_reason=closure_reason,
            score=score,
            follow_up=follow_up,
            flags=(emergency, flagged),
        )

    def _opening(self, case: _Case, assigned: OperatorInfo | None, *, emergency: bool) -> None:
        random_ = self.random
        initial = IN_PROGRESS if assigned is not None and random_() < 0.6 else OPEN
        if case.reopened:
            initial = IN_PROGRESS
        case.add(
            case.opened,
            "status",
            case.registrar.id,
            "Presa in carico aperta",
            _payload(("status", initial)),
        )
        if emergency:
            case.add(
                case.opened,
                "note",
                case.registrar.id,
                "Aperta in emergenza senza informativa privacy registrata",
            )
        if assigned is not None and initial == OPEN:
            day = min(case.end, case.opened + timedelta(days=_between(random_, 0, 12)))
            case.add(
                day,
                "assignment",
                case.supervisor.id,
                f"Assegnata a {assigned.full_name}",
                _payload(("operator", assigned.id)),
            )

    def _move(
        self, case: _Case, day: date, operator: OperatorInfo, move: tuple[str, str], reason: str
    ) -> None:
        current, target = move
        case.add(
            day,
            "status",
            operator.id,
            f"{_STATUS_LABEL[current]} → {_STATUS_LABEL[target]}",
            _payload(("status", target), ("previous", current), ("reason", reason)),
        )

    def _history(self, case: _Case, closed_on: date | None) -> str:
        """Status moves after the opening; returns the closure reason (if any)."""
        random_ = self.random
        worker, supervisor = case.worker, case.supervisor
        opened, today = case.opened, self.today
        age_days = (today - opened).days
        if case.status == CLOSED or case.reopened:
            closed = closed_on or opened + timedelta(
                days=_between(random_, 20, max(20, age_days // 2))
            )
            requested = max(opened, closed - timedelta(days=_between(random_, 0, 10)))
            reason = _pick(random_, text.CLOSURE_REASONS)
            self._move(case, requested, worker, (IN_PROGRESS, CLOSURE_REQUESTED), reason)
            self._move(case, closed, supervisor, (CLOSURE_REQUESTED, CLOSED), "")
            if not case.reopened:
                return reason
            again = min(today, closed + timedelta(days=_between(random_, 30, 300)))
            why = _pick(random_, text.REOPEN_REASONS)
            self._move(case, again, supervisor, (CLOSED, OPEN), why)
            return ""
        if case.status == SUSPENDED:
            day = today - timedelta(days=_between(random_, 0, min(age_days, 90)))
            reason = _pick(random_, text.SUSPENSION_REASONS)
            self._move(case, day, worker, (IN_PROGRESS, SUSPENDED), reason)
            return ""
        if case.status != CLOSURE_REQUESTED:
            return ""
        day = today - timedelta(days=_between(random_, 0, min(age_days, 20)))
        if random_() < 0.15 and (day - opened).days > 20:
            earlier = opened + timedelta(days=_between(random_, 10, (day - opened).days - 5))
            self._move(case, earlier, worker, (IN_PROGRESS, CLOSURE_REQUESTED),
                       _pick(random_, text.CLOSURE_REASONS))  # fmt: skip
            back = _pick(random_, text.REJECTED_CLOSURE_REASONS)
            self._move(case, min(day, earlier + timedelta(days=3)), supervisor,
                       (CLOSURE_REQUESTED, IN_PROGRESS), back)  # fmt: skip
        reason = _pick(random_, text.CLOSURE_REASONS)
        self._move(case, day, worker, (IN_PROGRESS, CLOSURE_REQUESTED), reason)
        return reason

    def _diary(self, case: _Case) -> None:
        random_ = self.random
        notes = text.NOTES.get(case.areas[0], text.NOTES[ADULTI])
        span = max(0, (case.end - case.opened).days)
        for _ in range(_NOTES_PER_CASE(self.rng) if span else 1):
            day = case.opened + timedelta(days=_between(random_, 0, span))
            case.add(day, "note", case.worker.id, _pick(random_, notes))
        for _ in range(_CALLS_PER_CASE(self.rng)):
            day = case.opened + timedelta(days=_between(random_, 0, span))
            case.add(day, "call", case.worker.id, _pick(random_, text.CALLS))

    def _follow_up(self, case: _Case, age_days: int) -> date | None:
        random_ = self.random
        chance_future = {IN_PROGRESS: 0.6, OPEN: 0.3, SUSPENDED: 0.5}.get(case.status)
        if chance_future is None:
            return None
        today = self.today
        x = random_()
        if x < chance_future:
            follow_up = today + timedelta(days=_between(random_, 1, 45))
        elif x < chance_future + 0.25 and age_days > 3:
            follow_up = today - timedelta(days=_between(random_, 1, min(60, age_days - 1)))
        else:
            return None
        set_on = follow_up - timedelta(days=_between(random_, 1, 30))
        set_on = min(today, max(case.opened, set_on))
        case.add(
            set_on,
            "follow_up",
            case.worker.id,
            f"Prossimo contatto: {follow_up:%d/%m/%Y}",
            _payload(("follow_up_on", follow_up.isoformat())),
        )
        return follow_up

    def _reference(self, office: OfficeInfo, prefix: str, day: date) -> str:
        """``M05-2026-3FA2-00017``: as :func:`cotdesk.services.cases.next_reference` makes
        them, with the desk part of one of the office's other desks."""
        desk = _pick(self.random, office.desk_codes)
        self.desk_counters[desk] += 1
        return f"{prefix}-{day.year}-{desk}-{self.desk_counters[desk]:05d}"

    def _write_case(
        self,
        case: _Case,
        *,
        assigned: OperatorInfo | None,
        closed_on: date | None,
        closure_reason: str,
        score: int,
        follow_up: date | None,
        flags: tuple[bool, bool],
    ) -> None:
        random_ = self.random
        household = case.household
        emergency, flagged = flags
        restricted = any(
            code in ("violenza_genere", "tutela_minori")
            for _, needs, _score, _ in case.assessments
            for code, _sev in needs
        )
        channel = _CHANNEL_PICKERS[MINORI in case.areas](self.rng)
        reporter_name, reporter_org, reporter_id, reporter_contact = self._reporter(
            channel, household.district
        )
        household_id = None
        if len(household.members) > 1 and case.areas[0] in (MINORI, ADULTI):
            household_id = household.id
        created = stamp(case.opened, 480 + _between(random_, 0, 420))
        updated = stamp(max(entry[0] for entry in case.timeline), 1000)
        self.t_case.add(
            (
                case.id, created, updated, 1,
                case.reference,
                case.member.id, household_id, case.office.id,
                assigned.id if assigned else None, case.status, json_list(case.areas), score,
                follow_up.isoformat() if follow_up else None, channel, reporter_name,
                reporter_org, reporter_id, reporter_contact, case.opened.isoformat(),
                closed_on.isoformat() if closed_on else None, closure_reason, emergency,
                flagged, restricted, _pick(random_, text.SUMMARIES.get(case.areas[0], ("",))),
            )
        )  # fmt: skip
        self.case_status[case.status] += 1
        self._write_timeline(case)

    def _reporter(self, channel: str, district: str) -> tuple[str, str, str | None, str]:
        types = _REPORTER_TYPES.get(channel)
        if types is None:
            return "", "", None, ""
        random_ = self.random
        for _ in range(4):
            options = self.network.partners.get((district, _pick(random_, types)))
            if options:
                partner = _pick(random_, options)
                if partner.contact:
                    name = partner.contact.split(" (")[0]
                else:
                    first, last, _ = self.people.person(self.rng)
                    name = f"{first} {last}"
                return name, partner.name, partner.id, partner.phone
        first, last, _ = self.people.person(self.rng)
        return f"{first} {last}", "Segnalante non in rete", None, mobile(self.rng)

    def _write_timeline(self, case: _Case) -> None:
        random_ = self.random
        minute = 0
        previous_day: date | None = None
        add = self.t_event.add
        ids = self.ids
        for day, _order, kind, operator, words, referral, payload in sorted(case.timeline):
            if day != previous_day:
                minute = 450 + int(random_() * 90)
                previous_day = day
            else:
                minute = min(minute + 5 + int(random_() * 50), 1170)
            when = stamp(day, minute)
            add((ids(), when, when, 1, case.id, kind, when, operator, words, referral, payload))

    # ------------------------------------------------------------------ assessments

    def _first_needs(self, case: _Case, factors: set[str]) -> dict[str, int]:
        rng = self.rng
        member, household = case.member, case.household
        needs: dict[str, int] = {}
        for area in case.areas:
            picker = self.need_pickers.get(area)
            if picker is not None:
                for _ in range(_NEEDS_PER_AREA(rng)):
                    needs.setdefault(picker(rng), _SEVERITY(rng))
        if household.homeless and ADULTI in case.areas:
            needs["senza_dimora"] = _pick(self.random, (3, 4))
        if Vulnerability.VIOLENCE_ABUSE.value in factors:
            code = "tutela_minori" if member.role == CHILD else "violenza_genere"
            needs[code] = max(needs.get(code, 0), _pick(self.random, (3, 4)))
        return {code: sev for code, sev in needs.items() if code in self.need_label}

    def _next_needs(self, case: _Case, needs: dict[str, int]) -> dict[str, int]:
        """A later assessment: mostly better, sometimes worse, a need more or less."""
        random_ = self.random
        changed: dict[str, int] = {}
        for code, severity in needs.items():
            x = random_()
            changed[code] = (
                max(1, severity - 1)
                if x < 0.45
                else (min(4, severity + 1) if x < 0.55 else severity)
            )
        if len(changed) > 1 and random_() < 0.15:
            changed.pop(_pick(random_, sorted(changed)))
        if random_() < 0.2:
            picker = self.need_pickers.get(_pick(random_, case.areas))
            if picker is not None:
                changed.setdefault(picker(self.rng), _SEVERITY(self.rng))
        return changed

    def _assessments(self, case: _Case) -> None:
        random_ = self.random
        if case.status == OPEN and not case.reopened:
            count = 0 if random_() < 0.5 else 1
        else:
            count = _ASSESSMENTS(self.rng)
        span = (case.end - case.opened).days
        if count == 0 or span < 0:
            return
        factors = self._factors(case)
        ordered_factors = tuple(sorted(factors))
        needs = self._first_needs(case, factors)
        narratives = text.NARRATIVES.get(case.areas[0], text.NARRATIVES[ADULTI])
        day = case.opened + timedelta(days=_between(random_, 0, min(14, span)))
        previous: date | None = None
        operator = case.worker.id
        for version in range(1, count + 1):
            if version > 1:
                day += timedelta(days=_between(random_, 30, 150))
                if day > case.end:
                    break
                needs = self._next_needs(case, needs)
            ordered = sorted(needs.items())
            labelled = tuple((self.need_label[code], sev) for code, sev in ordered)
            priority = _priority(
                labelled, ordered_factors, waiting_days(case.opened, previous, day)
            )
            assessment_id = self.ids()
            when = stamp(day, 600 + _between(random_, 0, 240))
            self.t_assessment.add(
                (
                    assessment_id, when, when, 1, case.id, version, day.isoformat(), operator,
                    json_list(ordered_factors), _pick(random_, narratives), priority.score,
                    json_list(priority.reasons),
                )
            )  # fmt: skip
            for code, severity in ordered:
                self.t_need.add((self.ids(), when, when, 1, assessment_id, code, severity))
            level = PRIORITY_LEVEL_LABELS[priority.level].lower()
            case.add(
                day,
                "assessment",
                operator,
                f"Valutazione del bisogno n. {version}: {len(ordered)} bisogni, "
                f"priorità {priority.score} ({level})",
                f'{{"assessment_id": "{assessment_id}", "version": {version}, '
                f'"priority": {priority.score}}}',
            )
            case.assessments.append((day, ordered, priority.score, operator))
            previous = day

    def _factors(self, case: _Case) -> set[str]:
        random_ = self.random
        member, household = case.member, case.household
        v = Vulnerability
        factors: set[str] = set()
        if household.homeless:
            factors.add(v.HOMELESSNESS.value)
        if member.role == CHILD or any(m.role == CHILD for m in household.members):
            factors.add(v.MINOR_IN_HOUSEHOLD.value)
        if DISABILITA in case.areas:
            factors.add(v.DISABILITY.value)
        if member.age >= 75 and len(household.members) == 1:
            factors.add(v.ELDERLY_ALONE.value)
        if member.identity in ("stp", "none") and household.community is not None:
            factors.add(v.IRREGULAR_STATUS.value)
        if member.role == ADULT and ADULTI in case.areas and random_() < 0.22:
            factors.add(v.NO_INCOME.value)
        violence = 0.05 if member.role == CHILD else 0.04 if member.sex == "F" else 0.01
        if random_() < violence:
            factors.add(v.VIOLENCE_ABUSE.value)
        if (len(household.members) == 1 and random_() < 0.35) or random_() < 0.04:
            factors.add(v.SOCIAL_ISOLATION.value)
        return factors

    # ------------------------------------------------------------------ referrals

    def _referrals(self, case: _Case) -> None:
        """Up to three referrals for the latest assessment's needs that have a service."""
        random_ = self.random
        made = 0
        for code, _severity in case.assessments[-1][1]:
            services = self.network.services.get((case.household.district, code))
            if not services or made >= 3 or random_() > 0.75:
                continue
            if self._referral(case, _pick(random_, services), code):
                made += 1

    def _referral_path(self, target: ReferralStatus) -> list[tuple[ReferralStatus, int]]:
        """The moves from ``draft`` to ``target``, each with the days since the previous."""
        random_ = self.random
        steps: list[tuple[ReferralStatus, int]] = [(_R.DRAFT, 0)]
        if target is _R.DRAFT:
            return steps
        if target is _R.CANCELLED and random_() < 0.3:
            return [*steps, (_R.CANCELLED, _between(random_, 0, 5))]
        steps.append((_R.SENT, _between(random_, 0, 3)))
        answered = target not in (_R.SENT, _R.NO_ANSWER, _R.CANCELLED)
        if target is _R.NO_ANSWER or (answered and random_() < 0.15):
            steps.append((_R.NO_ANSWER, _between(random_, 11, 20)))
        if target is _R.CANCELLED:
            if random_() < 0.5:
                steps.append((_R.ACCEPTED, _between(random_, 2, 15)))
            steps.append((_R.CANCELLED, _between(random_, 2, 20)))
        elif target is _R.DECLINED:
            if random_() < 0.1:
                steps.append((_R.ACCEPTED, _between(random_, 2, 15)))
            steps.append((_R.DECLINED, _between(random_, 2, 20)))
        elif answered:
            steps.append((_R.ACCEPTED, _between(random_, 2, 20)))
            if target is not _R.ACCEPTED:
                steps.append((_R.IN_PROGRESS, _between(random_, 3, 15)))
            if target is _R.COMPLETED:
                steps.append((_R.COMPLETED, _between(random_, 20, 150)))
            elif target is _R.INTERRUPTED:
                steps.append((_R.INTERRUPTED, _between(random_, 10, 90)))
        return steps

    def _referral_start(
        self, case: _Case, need: str, steps: list[tuple[ReferralStatus, int]]
    ) -> date | None:
        """When the referral was prepared (after the need was first assessed), so that its
        last move falls by the case's end; pending referrals are recent, finished ones
        anywhere in the case's life. Shortens ``steps`` (an active case's referral simply
        got less far) or returns None."""
        closed = case.status == CLOSED
        earliest = next(
            day for day, needs, _, _ in case.assessments if any(code == need for code, _ in needs)
        )
        window = (case.end - earliest).days
        while steps and sum(days for _, days in steps) > window:
            if closed:
                return None
            steps.pop()
        if not steps:
            return None
        room = window - sum(days for _, days in steps)
        recent = {_R.DRAFT: 14, _R.SENT: 25, _R.NO_ANSWER: 30}.get(steps[-1][0])
        if recent is None and not closed and steps[-1][0] in (_R.ACCEPTED, _R.IN_PROGRESS):
            recent = 90
        low = max(0, room - recent) if recent is not None else 0
        return earliest + timedelta(days=_between(self.random, low, room))

    def _referral(self, case: _Case, service: ServiceInfo, need: str) -> bool:
        random_ = self.random
        picker = _REFERRALS_OF_CLOSED if case.status == CLOSED else _REFERRALS_OF_ACTIVE
        steps = self._referral_path(picker(self.rng))
        day = self._referral_start(case, need, steps)
        if day is None:
            return False
        worker = case.worker.id
        referral_id = self.ids()
        reference = self._reference(case.office, f"INV-{case.office.code}", day)
        created = day
        dates: dict[str, date] = {}
        partner_answer = outcome = ""
        case.add(day, "referral", worker, f"Invio preparato: {service.name}",
                 _payload(("status", _R.DRAFT.value)), referral=referral_id)  # fmt: skip
        current = _R.DRAFT
        for step, days in steps[1:]:
            day += timedelta(days=days)
            reason = ""
            if step is _R.SENT:
                dates["sent"] = day
            elif step is _R.ACCEPTED:
                dates["answered"] = day
                partner_answer = _pick(random_, text.PARTNER_ACCEPTANCES)
                dates["appointment"] = day + timedelta(days=_between(random_, 2, 12))
            elif step is _R.IN_PROGRESS:
                dates["appointment"] = day  # the first meeting at the service
            elif step is _R.DECLINED:
                dates.setdefault("answered", day)
                reason = partner_answer = outcome = _pick(random_, text.DECLINE_REASONS)
            elif step is _R.CANCELLED:
                reason = _pick(random_, text.CANCEL_REASONS)
            elif step is _R.INTERRUPTED:
                dates["completed"] = day
                reason = outcome = _pick(random_, text.INTERRUPT_REASONS)
            elif step is _R.COMPLETED:
                dates["completed"] = day
                outcome = _pick(random_, text.COMPLETION_OUTCOMES)
            words = f"Invio {reference}: {_REFERRAL_LABEL[current.value]} → "
            words += _REFERRAL_LABEL[step.value] + (f" ({reason})" if reason else "")
            case.add(day, "referral", worker, words,
                     _payload(("status", step.value), ("previous", current.value)),
                     referral=referral_id)  # fmt: skip
            current = step
        appointment = dates.get("appointment")
        need_codes = sorted({need} | {c for c, _ in case.assessments[-1][1] if c in service.needs})
        self.t_referral.add(
            (
                referral_id, stamp(created, 660 + _between(random_, 0, 160)), stamp(day, 840), 1,
                reference, case.id, service.id, service.partner_id, json_list(need_codes),
                current.value, worker, _iso(dates.get("sent")), _iso(dates.get("answered")),
                stamp(appointment, 420 + 30 * _between(random_, 0, 14)) if appointment else None,
                partner_answer, outcome, _iso(dates.get("completed")),
                "Portare documento d'identità e ultimo ISEE." if random_() < 0.3 else "",
            )
        )  # fmt: skip
        self.referral_status[current.value] += 1
        return True

    # ------------------------------------------------------------------ unmet needs

    def _unmet(self, case: _Case, closed_on: date | None) -> None:
        """A row for each assessed need that no active service answers in the district."""
        district = case.household.district
        seen: set[str] = set()
        for day, needs, _score, operator in case.assessments:
            for code, _severity in needs:
                if code in seen or self.network.covered(district, code):
                    continue
                seen.add(code)
                resolved = None
                if case.status == CLOSED and closed_on is not None and self.random() < 0.25:
                    resolved = closed_on.isoformat()
                when = stamp(day, 750)
                self.t_unmet.add(
                    (self.ids(), when, when, 1, case.id, code, self.need_area[code], district,
                     day.isoformat(), operator, "Nessun servizio della rete nel municipio.",
                     resolved)
                )  # fmt: skip


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def area_counts_from(counter: Counter[str]) -> dict[str, int]:
    return {area: counter.get(area, 0) for area in AREAS}
