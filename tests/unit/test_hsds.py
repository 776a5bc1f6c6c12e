"""Open Referral HSDS import and export: the shipped 3.0 example, a 1.x-shaped package,
idempotence, round trips, and every kind of bad input (file and line, nothing half-applied).
"""

from __future__ import annotations

import csv
import io
import shutil
import uuid
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cotdesk.cli import main
from cotdesk.db.database import Database, open_database
from cotdesk.domain.roles import Role
from cotdesk.errors import PermissionDenied
from cotdesk.services import directory, hsds
from cotdesk.services.directory import PartnerInput, ServiceInput
from cotdesk.services.hsds import ImportReport
from cotdesk.services.unit_of_work import Actor
from tests.factories import make_actor, make_office
from tests.memory_keyring import memory_keyring

__all__ = ["memory_keyring"]  # the fixture, used by the command-line tests

EXAMPLE = Path(__file__).resolve().parents[3] / "shared" / "data" / "hsds-3.0-example"
if not EXAMPLE.is_dir():  # pragma: no cover - a checkout elsewhere
    EXAMPLE = Path("/work/shared/data/hsds-3.0-example")


@pytest.fixture
def admin(db: Database, office_id: uuid.UUID) -> Actor:
    return make_actor(db, office_id, Role.ADMIN, "anna.amministratrice")


@pytest.fixture
def other_desk(tmp_path: Path) -> Iterator[tuple[Database, Actor]]:
    """A second, empty desk to import into."""
    database = open_database(tmp_path / "other.db")
    office = make_office(database, code="M03", district="rm_m03")
    try:
        yield database, make_actor(database, office, Role.ADMIN, "altro.admin")
    finally:
        database.close()


def snapshot(db: Database, actor: Actor) -> list[tuple[Any, ...]]:
    """The directory as plain values (no ids), to compare two desks."""
    result = []
    for row in directory.list_partners(db, actor):
        d = directory.partner_detail(db, actor, row.id)
        services = sorted(
            (
                s.name,
                s.description,
                s.areas,
                s.needs_met,
                s.cost_form,
                s.cost_notes,
                s.capacity,
                s.languages,
                s.district_code,
                s.address,
                s.phone,
                s.email,
                s.schedule,
                s.eligibility,
                s.active,
            )
            for s in d.services
        )
        agreements = sorted((a.start_on, a.end_on, a.protocol_number) for a in d.agreements)
        result.append(
            (
                d.name,
                d.partner_type_code,
                d.tax_code,
                d.address,
                d.district_code,
                d.districts_served,
                d.phone,
                d.email,
                d.website,
                d.contact_person,
                d.notes,
                tuple(agreements),
                tuple(services),
            )
        )
    return sorted(result)


def write_csv(folder: Path, name: str, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path = folder / name
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def problems_of(report: ImportReport) -> list[tuple[str, int | None, str]]:
    return [(p.file, p.line, p.severity) for p in report.problems]


# --------------------------------------------------------------------------- 3.0 example


def test_shipped_example_imports_with_warnings_only(db: Database, admin: Actor) -> None:
    report = hsds.import_package(db, admin, EXAMPLE)
    assert report.version == "3.0"
    assert report.applied
    assert report.errors == []
    assert report.created == [
        "ente «Example Organization Inc.»",
        "servizio «Community Counselling» di «Example Organization Inc.»",
    ]
    # the example's own dangling references are reported with file and line
    assert ("locations.csv", 2, "avviso") in problems_of(report)
    assert ("contacts.csv", 2, "avviso") in problems_of(report)
    assert "programs.csv" in report.not_imported_tables
    (row,) = directory.list_partners(db, admin)
    detail = directory.partner_detail(db, admin, row.id)
    assert detail.external_id == "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"
    assert detail.partner_type_code == hsds.DEFAULT_PARTNER_TYPE
    assert detail.contact_person == "Ann Persona (Reception Manager)"
    assert detail.address == "1-30 Main Street, MyVillage, ABC 1234 MyCity"
    (service,) = detail.services
    assert service.languages == ("ur",)
    assert service.schedule == "gio, ven 10:00–18:00"
    assert service.cost_form == "a_pagamento"
    assert service.phone == "+44 1234 234567 int. 100"
    assert "età: da 12 a 100 anni" in service.eligibility


def test_shipped_example_is_idempotent_and_round_trips(
    db: Database, admin: Actor, other_desk: tuple[Database, Actor], tmp_path: Path
) -> None:
    hsds.import_package(db, admin, EXAMPLE)
    again = hsds.import_package(db, admin, EXAMPLE)
    assert again.created == []
    assert again.updated == []
    assert len(again.unchanged) == 2

    exported = hsds.export_package(db, admin, tmp_path / "out")
    assert (tmp_path / "out" / "datapackage.json").exists()
    assert exported.partners == 1
    back = hsds.import_package(db, admin, tmp_path / "out")
    assert (back.created, back.updated, back.problems) == ([], [], [])

    other, other_admin = other_desk
    fresh = hsds.import_package(other, other_admin, tmp_path / "out")
    assert fresh.problems == []
    assert len(fresh.created) == 2
    assert snapshot(other, other_admin) == snapshot(db, admin)
    # and exporting the copy writes the same files
    hsds.export_package(other, other_admin, tmp_path / "out2")
    for path in sorted((tmp_path / "out").iterdir()):
        assert path.read_bytes() == (tmp_path / "out2" / path.name).read_bytes(), path.name


def test_changed_rows_are_updated(db: Database, admin: Actor, tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    shutil.copytree(EXAMPLE, package)
    hsds.import_package(db, admin, package)
    services = (package / "services.csv").read_text(encoding="utf-8")
    (package / "services.csv").write_text(
        services.replace("Community Counselling,", "Counselling di comunità,"), encoding="utf-8"
    )
    report = hsds.import_package(db, admin, package)
    assert report.created == []
    assert report.updated == ["servizio «Counselling di comunità» di «Example Organization Inc.»"]


def test_zip_package(db: Database, admin: Actor, tmp_path: Path) -> None:
    archive = tmp_path / "example.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in EXAMPLE.iterdir():
            zf.write(path, f"hsds/{path.name}")
    report = hsds.import_package(db, admin, archive)
    assert len(report.created) == 2


# --------------------------------------------------------------------------- 1.x package


def v1_package(folder: Path) -> Path:
    write_csv(
        folder,
        "organizations.csv",
        [
            ["id", "name", "alternate_name", "description", "email", "url", "tax_id",
             "legal_status"],
            ["org-1", "Associazione Il Melograno APS", "", "Sostegno alle famiglie",
             "info@melograno.it", "https://melograno.it", "97123450583", ""],
            ["org-2", "Banco Alimentare Roma", "", "", "", "", "", "S.r.l."],
        ],
    )  # fmt: skip
    write_csv(
        folder,
        "services.csv",
        [
            ["id", "organization_id", "program_id", "name", "alternate_name", "description",
             "url", "email", "status", "fees"],
            ["svc-1", "org-1", "", "Doposcuola", "", "Compiti e merenda", "", "", "active", ""],
            ["svc-2", "org-1", "", "Sportello famiglie", "", "", "", "", "inactive",
             "compartecipazione secondo ISEE"],
            ["svc-3", "org-2", "", "Pacchi alimentari", "", "", "", "", "active", "free"],
        ],
    )  # fmt: skip
    write_csv(
        folder,
        "locations.csv",
        [["id", "organization_id", "name", "description"],
         ["loc-1", "org-1", "Sede", ""], ["loc-2", "org-2", "Magazzino", ""]],
    )  # fmt: skip
    write_csv(
        folder,
        "services_at_location.csv",
        [["id", "service_id", "location_id", "description"],
         ["sal-1", "svc-1", "loc-1", ""], ["sal-3", "svc-3", "loc-2", ""]],
    )  # fmt: skip
    write_csv(
        folder,
        "physical_address.csv",
        [["id", "location_id", "attention", "address_1", "address_2", "city", "region",
          "state_province", "postal_code", "country"],
         ["adr-1", "loc-1", "", "Via dei Castani 12", "", "Roma", "", "RM", "00172", "IT"],
         ["adr-2", "loc-2", "", "Via Tiburtina 1000", "", "Roma", "Municipio IV", "RM", "", "IT"]],
    )  # fmt: skip
    write_csv(
        folder,
        "phones.csv",
        [["id", "location_id", "service_id", "organization_id", "contact_id",
          "service_at_location_id", "number", "extension", "type", "language", "description"],
         ["ph-1", "", "", "org-1", "", "", "06 2301234", "", "voice", "", ""],
         ["ph-2", "", "svc-1", "", "", "", "333 1234567", "", "cell", "", ""]],
    )  # fmt: skip
    write_csv(
        folder,
        "contact.csv",
        [["id", "organization_id", "service_id", "name", "title", "department", "email"],
         ["ct-1", "org-1", "", "Maria Rossi", "Presidente", "", ""]],
    )  # fmt: skip
    write_csv(
        folder,
        "regular_schedule.csv",
        [["id", "service_id", "location_id", "service_at_location_id", "weekday", "opens_at",
          "closes_at"],
         ["rs-1", "svc-1", "", "", "1", "15:00", "18:00"],
         ["rs-2", "svc-1", "", "", "3", "15:00", "18:00"]],
    )  # fmt: skip
    write_csv(
        folder,
        "holiday_schedule.csv",
        [["id", "service_id", "location_id", "service_at_location_id", "closed", "opens_at",
          "closes_at", "start_date", "end_date"],
         ["hs-1", "svc-1", "", "", "true", "", "", "2026-12-24", "2027-01-06"]],
    )  # fmt: skip
    write_csv(
        folder,
        "languages.csv",
        [["id", "service_id", "location_id", "language"],
         ["lg-1", "svc-1", "", "Italian"], ["lg-2", "svc-1", "", "ara"],
         ["lg-3", "svc-1", "", "Klingon"]],
    )  # fmt: skip
    write_csv(
        folder,
        "taxonomy.csv",
        [["id", "name", "parent_id", "parent_name", "vocabulary"],
         ["tx-1", "minori", "", "", "cotdesk"], ["tx-2", "Food pantry", "", "", "AIRS"]],
    )  # fmt: skip
    write_csv(
        folder,
        "service_taxonomy.csv",
        [["id", "service_id", "taxonomy_id", "taxonomy_detail"],
         ["st-1", "svc-1", "tx-1", ""], ["st-2", "svc-3", "tx-2", ""]],
    )  # fmt: skip
    write_csv(
        folder,
        "eligibility.csv",
        [["id", "service_id", "eligibility"], ["el-1", "svc-1", "Bambini 6-13 anni"]],
    )
    return folder


def test_v1_package_maps_to_the_directory(db: Database, admin: Actor, tmp_path: Path) -> None:
    report = hsds.import_package(db, admin, v1_package(tmp_path / "v1"))
    assert report.version == "1.x"
    assert report.errors == []
    assert [p.file for p in report.warnings] == ["languages.csv"]  # Klingon
    assert report.warnings[0].line == 4
    assert len(report.created) == 5
    rows = {r.name: r for r in directory.list_partners(db, admin)}
    melograno = directory.partner_detail(db, admin, rows["Associazione Il Melograno APS"].id)
    assert melograno.partner_type_code == "associazione"
    assert melograno.district_code == "rm_m05"  # postcode 00172
    assert melograno.address == "Via dei Castani 12, 00172 Roma"
    assert melograno.phone == "06 2301234"
    assert melograno.contact_person == "Maria Rossi (Presidente)"
    assert melograno.website == "https://melograno.it"
    assert melograno.tax_code == "97123450583"
    services = {s.name: s for s in melograno.services}
    after_school = services["Doposcuola"]
    assert after_school.areas == ("minori",)
    assert after_school.languages == ("it", "ar")
    assert after_school.phone == "333 1234567"
    assert (
        after_school.schedule
        == "lun 15:00–18:00; mer 15:00–18:00; chiuso dal 24/12/2026 al 06/01/2027"
    )
    assert after_school.eligibility == "Bambini 6-13 anni"
    assert after_school.district_code == "rm_m05"
    family = services["Sportello famiglie"]
    assert not family.active
    assert family.cost_form == "compartecipazione"
    bank = directory.partner_detail(db, admin, rows["Banco Alimentare Roma"].id)
    assert bank.partner_type_code == "impresa_privata"  # S.r.l.
    assert bank.district_code == "rm_m04"  # region "Municipio IV"
    assert bank.services[0].cost_form == "gratuito"


def test_v1_round_trip_through_3_0(
    db: Database, admin: Actor, other_desk: tuple[Database, Actor], tmp_path: Path
) -> None:
    hsds.import_package(db, admin, v1_package(tmp_path / "v1"))
    again = hsds.import_package(db, admin, tmp_path / "v1")
    assert (again.created, again.updated) == ([], [])
    hsds.export_package(db, admin, tmp_path / "out")
    back = hsds.import_package(db, admin, tmp_path / "out")
    assert (back.created, back.updated) == ([], [])
    other, other_admin = other_desk
    hsds.import_package(other, other_admin, tmp_path / "out")
    assert snapshot(other, other_admin) == snapshot(db, admin)


def test_our_directory_round_trips_with_agreements(
    db: Database, admin: Actor, other_desk: tuple[Database, Actor], tmp_path: Path
) -> None:
    pid = directory.create_partner(
        db,
        admin,
        PartnerInput(
            "Caritas Diocesana",
            "caritas",
            tax_code="80123450581",
            address="Via Casilina 500, 00176 Roma",
            district_code="rm_m05",
            districts_served=("rm_m05", "rm_m06"),
            phone="06 888",
            email="caritas@example.it",
            contact_person="Don Luigi",
            notes="Mensa e ascolto",
        ),
    )
    first = directory.add_agreement(db, admin, pid, date(2021, 12, 1), protocol_number="12/2021")
    directory.renew_agreement(db, admin, first, protocol_number="7/2026")
    directory.save_service(
        db,
        admin,
        pid,
        ServiceInput(
            "Mensa serale",
            description="Pasto caldo",
            areas=("adulti_famiglie",),
            needs_met=(),
            cost_form="gratuito",
            capacity=80,
            languages=("it", "ar", "ro"),
            district_code="rm_m05",
            address="Via Casilina 502, 00176 Roma",
            schedule="lun–ven 19:00–20:30",
        ),
    )
    directory.create_partner(db, admin, PartnerInput("Farmacia Comunale 3", "farmacia"))
    hsds.export_package(db, admin, tmp_path / "out")
    same = hsds.import_package(db, admin, tmp_path / "out")
    assert (same.created, same.updated, same.problems) == ([], [], [])
    other, other_admin = other_desk
    copy = hsds.import_package(other, other_admin, tmp_path / "out")
    assert copy.problems == []
    assert snapshot(other, other_admin) == snapshot(db, admin)
    caritas = next(
        r for r in directory.list_partners(other, other_admin) if r.name.startswith("Car")
    )
    detail = directory.partner_detail(other, other_admin, caritas.id)
    assert detail.agreements[0].renews_id == detail.agreements[1].id


def test_only_the_admin_imports(db: Database, operator: Actor, supervisor: Actor) -> None:
    for who in (operator, supervisor):
        with pytest.raises(PermissionDenied):
            hsds.import_package(db, who, EXAMPLE)


# --------------------------------------------------------------------------- bad input


def two_orgs(folder: Path) -> Path:
    write_csv(
        folder,
        "organizations.csv",
        [["id", "name", "description"], ["o1", "Associazione Uno", ""],
         ["o2", "Associazione Due", ""]],
    )  # fmt: skip
    write_csv(
        folder,
        "services.csv",
        [["id", "organization_id", "name", "status"], ["s1", "o1", "Ascolto", "active"],
         ["s2", "o2", "Mensa", "active"]],
    )  # fmt: skip
    return folder


def names(db: Database, actor: Actor) -> list[str]:
    return [r.name for r in directory.list_partners(db, actor)]


def test_truncated_row_skips_its_organization_entirely(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    folder = two_orgs(tmp_path / "p")
    with (folder / "services.csv").open("a", encoding="utf-8") as handle:
        handle.write("s3,o2,Doc")  # cut before the last field
    report = hsds.import_package(db, admin, folder)
    assert ("services.csv", 4, "errore") in problems_of(report)
    assert "campi invece di" in report.errors[0].message
    assert names(db, admin) == ["Associazione Uno"]  # o2 not imported, not even in part
    assert any("Associazione Due" in s for s in report.skipped)


def test_unclosed_quote_applies_nothing(db: Database, admin: Actor, tmp_path: Path) -> None:
    folder = two_orgs(tmp_path / "p")
    with (folder / "services.csv").open("a", encoding="utf-8") as handle:
        handle.write('s3,o2,"Doposcuola\n')
    report = hsds.import_package(db, admin, folder)
    assert ("services.csv", 4, "errore") in problems_of(report)
    assert "virgolette" in report.errors[0].message
    assert not report.applied
    assert names(db, admin) == []
    assert "Nessuna modifica è stata salvata" in report.describe()


def test_unknown_table_is_reported_and_not_read(db: Database, admin: Actor, tmp_path: Path) -> None:
    folder = two_orgs(tmp_path / "p")
    write_csv(folder, "telefoni.csv", [["id", "numero"], ["t1", "06 1"]])
    report = hsds.import_package(db, admin, folder)
    assert ("telefoni.csv", 1, "avviso") in problems_of(report)
    assert "tabella sconosciuta" in report.problems[0].message
    assert names(db, admin) == ["Associazione Due", "Associazione Uno"]


def test_dangling_references(db: Database, admin: Actor, tmp_path: Path) -> None:
    folder = two_orgs(tmp_path / "p")
    with (folder / "services.csv").open("a", encoding="utf-8") as handle:
        handle.write("s9,o9,Orfano,active\n")
    write_csv(
        folder,
        "service_at_location.csv",
        [["id", "service_id", "location_id"], ["sl1", "s2", "nowhere"]],
    )
    write_csv(folder, "locations.csv", [["id", "organization_id", "name"], ["l1", "o1", "Sede"]])
    report = hsds.import_package(db, admin, folder)
    assert ("services.csv", 4, "errore") in problems_of(report)
    assert ("service_at_location.csv", 2, "errore") in problems_of(report)
    assert "non corrisponde a nessuna riga di locations.csv" in report.describe()
    # o2's service points to a location that does not exist: o2 is skipped as a whole
    assert names(db, admin) == ["Associazione Uno"]
    detail = directory.partner_detail(db, admin, directory.list_partners(db, admin)[0].id)
    assert [s.name for s in detail.services] == ["Ascolto"]


def test_wrong_encoding(db: Database, admin: Actor, tmp_path: Path) -> None:
    folder = tmp_path / "p"
    write_csv(
        folder,
        "organizations.csv",
        [["id", "name"], ["o1", "Associazione Uno"], ["o2", "Società Cooperativa Èureka"]],
        encoding="cp1252",
    )
    report = hsds.import_package(db, admin, folder)
    assert problems_of(report) == [("organizations.csv", 3, "errore")]
    assert "--encoding cp1252" in report.errors[0].message
    assert names(db, admin) == ["Associazione Uno"]
    fixed = hsds.import_package(db, admin, folder, encoding="cp1252")
    assert fixed.problems == []
    assert "Società Cooperativa Èureka" in names(db, admin)


def test_all_or_nothing(db: Database, admin: Actor, tmp_path: Path) -> None:
    folder = two_orgs(tmp_path / "p")
    with (folder / "services.csv").open("a", encoding="utf-8") as handle:
        handle.write("s9,o9,Orfano,active\n")
    report = hsds.import_package(db, admin, folder, all_or_nothing=True)
    assert not report.applied
    assert names(db, admin) == []
    dry = hsds.import_package(db, admin, folder, dry_run=True)
    assert len(dry.created) == 4
    assert names(db, admin) == []


def test_not_a_package(db: Database, admin: Actor, tmp_path: Path) -> None:
    from cotdesk.errors import UserError

    (tmp_path / "empty").mkdir()
    with pytest.raises(UserError, match=r"organizations\.csv"):
        hsds.import_package(db, admin, tmp_path / "empty")
    (tmp_path / "junk.zip").write_bytes(b"not a zip")
    with pytest.raises(UserError, match="zip"):
        hsds.import_package(db, admin, tmp_path / "junk.zip")


def test_partner_type_guess() -> None:
    assert hsds.guess_partner_type("Cooperativa Sociale Il Sole") == "cooperativa_sociale"
    assert hsds.guess_partner_type("Parrocchia San Marco") == "parrocchia"
    assert hsds.guess_partner_type("Fondazione Roma Solidale") == "fondazione"
    assert hsds.guess_partner_type("ASL Roma 2 - Consultorio") == "sanita_base"
    assert hsds.guess_partner_type("Example Inc.") == hsds.DEFAULT_PARTNER_TYPE
    assert hsds.guess_partner_type("Example", default="associazione") == "associazione"


# --------------------------------------------------------------------------- command line


@pytest.mark.usefixtures("admin", "memory_keyring")
def test_cli_import_and_export(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db.close()  # the command opens the desk as the application does (and encrypts it)
    code = main(["directory", "import", "--db", str(db_path), str(EXAMPLE)])
    out = capsys.readouterr().out
    assert code == 0
    assert "Creati: 2" in out
    assert "locations.csv, riga 2" in out
    assert main(["directory", "import", "--db", str(db_path), str(EXAMPLE)]) == 0
    assert "Creati: 0" in capsys.readouterr().out
    out_dir = tmp_path / "export"
    code = main(["directory", "export", "--db", str(db_path), "--format", "hsds-3.0", str(out_dir)])
    assert code == 0
    assert "Esportati 1 enti e 1 servizi" in capsys.readouterr().out
    bad = two_orgs(tmp_path / "bad")
    with (bad / "services.csv").open("a", encoding="utf-8") as handle:
        handle.write("s9,o9,Orfano,active\n")
    assert main(["directory", "import", "--db", str(db_path), str(bad)]) == 1
    assert "services.csv, riga 4" in capsys.readouterr().out


@pytest.mark.usefixtures("operator", "memory_keyring")
def test_cli_needs_an_administrator(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db.close()
    code = main(["directory", "import", "--db", str(db_path), str(EXAMPLE)])
    assert code == 2
    assert "--user" in capsys.readouterr().err
    code = main(
        ["directory", "import", "--db", str(db_path), "--user", "giulia.operatrice", str(EXAMPLE)]
    )
    assert code == 2
    assert "non è amministratore di rete" in capsys.readouterr().err


def test_the_demo_network_round_trips(tmp_path: Path, other_desk: tuple[Database, Actor]) -> None:
    """676 partners of every type, ~1,300 services, agreements and renewals: export, import
    into an empty desk, same directory; re-import into the first, nothing changes."""
    from sqlalchemy import select

    from cotdesk.db.models import Operator
    from cotdesk.services.demo import build_demo_network
    from cotdesk.services.unit_of_work import ReadUnit

    build_demo_network(tmp_path / "demo.db", persons=10, seed=2026, replace=False)
    demo = open_database(tmp_path / "demo.db")
    try:
        with ReadUnit(demo, None) as unit:
            username = unit.session.scalars(
                select(Operator.username).where(Operator.role == Role.ADMIN.value)
            ).first()
        admin = directory.command_line_actor(demo, username)
        hsds.export_package(demo, admin, tmp_path / "out")
        again = hsds.import_package(demo, admin, tmp_path / "out", dry_run=True)
        assert (again.created, again.updated, again.problems) == ([], [], [])
        other, other_admin = other_desk
        copy = hsds.import_package(other, other_admin, tmp_path / "out")
        assert copy.problems == []
        assert snapshot(other, other_admin) == snapshot(demo, admin)
    finally:
        demo.close()


def test_bom_and_windows_line_ends(db: Database, admin: Actor, tmp_path: Path) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "organizations.csv").write_bytes(
        '\ufeffid,name\r\no1,Associazione Uno\r\no2,"Cooperativa\r\nDue"\r\n'.encode()
    )
    (folder / "services.csv").write_bytes(
        b"id,organization_id,name\r\ns1,o2,Mensa\r\ns2,o9,Orfano\r\n"
    )
    report = hsds.import_package(db, admin, folder)
    # a name in quotes across two lines is read whole; the orphan service is line 3
    assert [(p.file, p.line) for p in report.errors] == [("services.csv", 3)]
    assert names(db, admin) == ["Associazione Uno", "Cooperativa Due"]
