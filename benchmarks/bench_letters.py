"""Referral letters: one letter, and a batch of 100 letters in one PDF.

A small desk database is generated in a temporary folder through the services (persons with
codice fiscale or STP code, privacy consents, cases, assessments, referrals to partner
services, with and without appointments), so each letter goes through the same path as at
the desk: office check, assembling from the database, rendering with embedded fonts, audit.

Measured (wall time, one process, fonts already registered by a warm-up render):

* one letter: ``documents.referral_letter`` on ``--renders`` different referrals; target
  p95 < 150 ms;
* a batch: ``documents.referral_letters`` of ``--batch`` referrals into one PDF, ``--runs``
  times; target < 10 s.

    python -m benchmarks.bench_letters [--renders 50] [--batch 100] [--runs 3]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Final

from benchmarks.common import summary_ms, write_results
from cotdesk import resources
from cotdesk.db.database import Database, open_database
from cotdesk.db.models import Office, Operator, Partner, Service
from cotdesk.domain.identity import encode_codice_fiscale
from cotdesk.domain.needs import Severity
from cotdesk.domain.roles import Role
from cotdesk.services import assessments, cases, consents, documents, persons, referrals
from cotdesk.services.unit_of_work import Actor, UnitOfWork

TARGET_ONE_MS: Final = 150.0
TARGET_BATCH_S: Final = 10.0
TODAY: Final = date(2026, 11, 24)
DISTRICT: Final = "rm_m05"
SEED: Final = 2026

PARTNERS: Final = (
    ("Cooperativa Sociale Il Girasole", "cooperativa_sociale", "Francesca Nardò"),
    ("Associazione Casa dei Diritti", "associazione", "Marco De Angelis"),
    ("Parrocchia San Felice da Cantalice", "parrocchia", ""),
    ("Cooperativa Sociale Nuova Società", "cooperativa_sociale", "Chiara Liberati"),
    ("Caritas Diocesana – Centro d'ascolto Prenestino", "caritas", "Suor Anna Maria"),
    ("Associazione Scuola di Italiano Asinitas", "associazione", ""),
    ("Cooperativa Sociale Cecilia", "cooperativa_sociale", "Luca Ferretti"),
    ("Polisportiva Centocelle", "associazione", ""),
)
SCHEDULES: Final = (
    "lun-ven 9:00-13:00",
    "mar e gio 15:00-18:00",
    "lun, mer, ven 9:00-13:00; mar e gio 14:00-18:00",
    "su appuntamento, lun-ven",
)
ELIGIBILITY: Final = (
    "Accesso libero, anche senza residenza",
    "Nuclei con ISEE inferiore a 9.360 €. Portare l'attestazione ISEE in corso di validità.",
    "Persone con disabilità riconosciuta (L. 104/92). Portare il verbale di invalidità "
    "civile e un documento d'identità.",
    "Persone con più di 65 anni residenti nel municipio",
    "Cittadini stranieri, anche senza permesso di soggiorno. Munirsi della tessera STP se "
    "disponibile.",
)
COSTS: Final = (("gratuito", ""), ("compartecipazione", "Quota in base all'ISEE"))


@dataclass(frozen=True)
class Desk:
    db: Database
    actor: Actor
    referral_ids: list[uuid.UUID]


def _office_and_operator(db: Database) -> Actor:
    with UnitOfWork(db, None) as uow:
        office = Office(
            code="M05",
            name="COT Solidale Municipio V",
            district_code=DISTRICT,
            address="Via dei Castani 201/A, 00172 Roma",
            phone="06 2412 3456",
            email="cot.m05@cotsolidali.example.org",
            opening_hours="lun-ven 9:00-13:00, mar e gio 14:30-17:30",
        )
        uow.session.add(office)
        uow.flush()
        operator = Operator(
            office_id=office.id,
            username="giulia.esposito",
            full_name="Giulia Esposito",
            role=Role.OPERATOR.value,
        )
        uow.session.add(operator)
        uow.commit()
        return Actor(operator.id, office.id, Role.OPERATOR, operator.full_name)


def _services(db: Database, rng: random.Random) -> list[tuple[uuid.UUID, list[str], str]]:
    """Services of the partners: (id, needs met, area)."""
    by_area = resources.needs_by_area()
    streets = resources.demo_streets()[DISTRICT]
    made = []
    with UnitOfWork(db, None) as uow:
        for name, type_code, contact in PARTNERS:
            partner = Partner(
                name=name,
                partner_type_code=type_code,
                address=f"{rng.choice(streets)} {rng.randint(1, 300)}, 00172 Roma",
                phone=f"06 {rng.randint(2000, 9999)} {rng.randint(1000, 9999)}",
                email="info@" + name.split()[-1].lower().replace("'", "") + ".example.org",
                contact_person=contact,
            )
            uow.session.add(partner)
            uow.flush()
            for area, area_needs in by_area.items():
                if rng.random() < 0.5:
                    continue
                chosen = rng.sample(area_needs, min(3, len(area_needs)))
                needs = [need.code for need in chosen]
                cost, notes = rng.choice(COSTS)
                service = Service(
                    partner_id=partner.id,
                    name=f"{chosen[0].label_it} – {name.split()[-1]}",
                    areas=[area],
                    needs_met=needs,
                    cost_form=cost,
                    cost_notes=notes,
                    address=partner.address,
                    phone=partner.phone,
                    email=partner.email,
                    schedule=rng.choice(SCHEDULES),
                    eligibility=rng.choice(ELIGIBILITY),
                )
                uow.session.add(service)
                uow.flush()
                made.append((service.id, needs, area))
        uow.commit()
    return made


def _person_data(rng: random.Random, index: int, taken: set[str]) -> persons.PersonData:
    if index % 5 == 4:  # a foreigner without codice fiscale, with an STP code
        community = rng.choice(resources.demo_foreign_names())
        sex: resources.Sex = rng.choice(("M", "F"))
        return persons.PersonData(
            last_name=rng.choice(community.last_names(sex)),
            first_name=rng.choice(community.first_names(sex)),
            foreign_code=f"STP120101{index:07d}",
            birth_date=date(rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)),
            sex=sex,
            languages=list(community.languages),
            phone=f"3{rng.randint(10, 99)} {rng.randint(1000000, 9999999)}",
        )
    while True:
        first = rng.choice(resources.demo_first_names())
        last = rng.choice(resources.demo_last_names())
        born = date(rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28))
        code = encode_codice_fiscale(last.name, first.name, first.sex, born, "H501")
        if code not in taken:
            taken.add(code)
            return persons.PersonData(
                last_name=last.name,
                first_name=first.name,
                fiscal_code=code,
                languages=["it"],
                phone=f"3{rng.randint(10, 99)} {rng.randint(1000000, 9999999)}",
                notes="Nota riservata dello sportello",
            )


def build_desk(folder: Path, referrals_wanted: int) -> Desk:
    """A desk database with ``referrals_wanted`` referrals, one per person."""
    rng = random.Random(SEED)
    db = open_database(folder / "desk.db")
    actor = _office_and_operator(db)
    services = _services(db, rng)
    taken: set[str] = set()
    made: list[uuid.UUID] = []
    for index in range(referrals_wanted):
        service_id, needs, area = services[index % len(services)]
        purposes = ["presa_in_carico", "condivisione_rete"]
        if rng.random() < 0.7:
            purposes.append("contatti")
        with UnitOfWork(db, actor) as uow:
            person = persons.register_person(uow, _person_data(rng, index, taken), today=TODAY)
            consents.record_notice(uow, person.id)
            consents.give_consent(uow, person.id, purposes)
            case = cases.open_case(uow, person.id, areas=[area], today=TODAY)
            assessments.record_assessment(
                uow,
                case.id,
                [assessments.NeedInput(code, Severity.MODERATE) for code in needs],
                narrative="Colloquio di accoglienza: situazione riservata.",
                today=TODAY,
            )
            appointment = None
            if rng.random() < 0.6:  # a weekday morning or afternoon of December, in UTC
                day = datetime(2026, 11, 30, 8, 0, tzinfo=UTC) + timedelta(
                    weeks=rng.randint(0, 3), days=rng.randint(0, 4)
                )
                appointment = day + timedelta(minutes=30 * rng.randint(0, 14))
            referral = referrals.create_referral(
                uow,
                case.id,
                service_id,
                need_codes=needs[: rng.randint(1, len(needs))],
                appointment_at=appointment,
                notes="Nota interna",
                today=TODAY,
            )
            uow.commit()
            made.append(referral.id)
    return Desk(db, actor, made)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--renders", type=int, default=50)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cotdesk-letters-") as tmp:
        start = time.perf_counter()
        desk = build_desk(Path(tmp), max(args.renders, args.batch))
        build_s = time.perf_counter() - start

        def letter(referral_id: uuid.UUID) -> bytes:
            with UnitOfWork(desk.db, desk.actor) as uow:
                pdf = documents.referral_letter(uow, referral_id, today=TODAY)
                uow.commit()
                return pdf

        start = time.perf_counter()
        letter(desk.referral_ids[0])  # first render: registers (parses) the fonts
        first_ms = (time.perf_counter() - start) * 1000
        one: list[float] = []
        sizes: list[int] = []
        for referral_id in desk.referral_ids[: args.renders]:
            start = time.perf_counter()
            sizes.append(len(letter(referral_id)))
            one.append(time.perf_counter() - start)

        batch: list[float] = []
        batch_size = 0
        for _ in range(args.runs):
            start = time.perf_counter()
            with UnitOfWork(desk.db, desk.actor) as uow:
                pdf = documents.referral_letters(uow, desk.referral_ids[: args.batch], today=TODAY)
                uow.commit()
            batch.append(time.perf_counter() - start)
            batch_size = len(pdf)
        desk.db.close()

    one_stats = summary_ms(one)
    batch_stats = summary_ms(batch)
    one_ok = "ok" if one_stats["p95_ms"] < TARGET_ONE_MS else "MISSED"
    batch_ok = "ok" if batch_stats["max_ms"] / 1000 < TARGET_BATCH_S else "MISSED"
    markdown = f"""# Referral letters

A desk database generated through the services ({max(args.renders, args.batch)} persons, each
with consents, an open case, an assessment and one referral; {build_s:.1f} s to build).
Each measurement is the service call as the desk makes it: office check, assembling the
letter from the database, ReportLab rendering with embedded DejaVu Sans subsets, audit
row, commit. The first letter of the process also parses the fonts: {first_ms:.0f} ms.

| what | n | p50 | p95 | max | target | verdict |
|---|---:|---:|---:|---:|---:|---|
| one letter | {one_stats["n"]} | {one_stats["p50_ms"]:.0f} ms | {one_stats["p95_ms"]:.0f} ms | {one_stats["max_ms"]:.0f} ms | p95 < {TARGET_ONE_MS:.0f} ms | {one_ok} |
| {args.batch} letters, one PDF | {batch_stats["n"]} | {batch_stats["p50_ms"] / 1000:.2f} s | {batch_stats["p95_ms"] / 1000:.2f} s | {batch_stats["max_ms"] / 1000:.2f} s | < {TARGET_BATCH_S:.0f} s | {batch_ok} |

One letter is {min(sizes) // 1024}-{max(sizes) // 1024} KB; the batch of {args.batch} is
{batch_size // 1024} KB (font subsets are embedded once per PDF).
"""
    data = {
        "persons": max(args.renders, args.batch),
        "build_s": round(build_s, 2),
        "first_letter_ms": round(first_ms, 1),
        "one_letter": one_stats,
        "one_letter_bytes": {"min": min(sizes), "max": max(sizes)},
        "batch_letters": args.batch,
        "batch": batch_stats,
        "batch_bytes": batch_size,
        "targets": {"one_letter_p95_ms": TARGET_ONE_MS, "batch_s": TARGET_BATCH_S},
    }
    path = write_results("letters", data, markdown)
    print(path.read_text())


if __name__ == "__main__":
    main()
