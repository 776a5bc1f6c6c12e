"""What the server sends to a desk (issue 6, item 2), on real PostgreSQL over HTTPS with
real desk files: the office's own row and operators (password hash, role, active flag),
the whole network's partner directory, nothing of another office whatever the request
says; a desk's push of these rows only from an administrator of its office."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import httpx
from sqlalchemy import select

from cotdesk.db.models import Agreement, Office, Operator, OutboxEntry, Partner, Service
from cotdesk.domain.passwords import hash_password, verify_password
from cotdesk.domain.roles import Role
from cotdesk.services import auth
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from tests.integration import test_sync_client as desks
from tests.integration.conftest import Desk
from tests.integration.test_sync_client import DeskFile, MakeDesk, register

make_desk = desks.make_desk

PARTNER = {"name": "Cooperativa Il Ponte", "partner_type_code": "servizio_sociale"}


def new_office(admin_client: httpx.Client, **details: Any) -> uuid.UUID:
    code = "S" + uuid.uuid4().hex[:8].upper()
    response = admin_client.post(
        "/v1/offices", json={"code": code, "name": f"COT {code}", **details}
    )
    assert response.status_code == 201, response.text
    return uuid.UUID(response.json()["id"])


def put_directory(
    admin_client: httpx.Client, entity: str, row_id: uuid.UUID, values: dict[str, Any]
) -> int:
    response = admin_client.put(f"/v1/directory/{entity}/{row_id}", json={"values": values})
    assert response.status_code == 200, response.text
    version: int = response.json()["version"]
    return version


def new_operator(
    admin_client: httpx.Client, office: uuid.UUID, username: str, role: str = "operator"
) -> uuid.UUID:
    response = admin_client.post(
        f"/v1/offices/{office}/operators",
        json={
            "username": username,
            "full_name": username.title(),
            "role": role,
            "password": "Segreta2026!",
        },
    )
    assert response.status_code == 201, response.text
    return uuid.UUID(response.json()["id"])


def rows(desk: DeskFile, model: type[Any]) -> dict[uuid.UUID, Any]:
    with desk.db.read_session() as session:
        return {row.id: row for row in session.scalars(select(model))}


def test_offices_operators_and_the_directory_reach_the_desks_of_their_scope(
    admin_client: httpx.Client, make_desk: MakeDesk
) -> None:
    partner, service, agreement = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    put_directory(admin_client, "partner", partner, PARTNER)
    put_directory(
        admin_client,
        "service",
        service,
        {"partner_id": str(partner), "name": "Pacchi alimentari", "areas": ["adulti"]},
    )
    put_directory(
        admin_client,
        "agreement",
        agreement,
        {"partner_id": str(partner), "start_on": "2026-01-01", "end_on": "2027-12-31"},
    )
    office_a = new_office(admin_client, district_code="rm_m05", address="Via Roma 1")
    office_b = new_office(admin_client, district_code="rm_m04")
    tag = uuid.uuid4().hex[:6]
    mario = new_operator(admin_client, office_a, f"mario{tag}", "admin")
    luca = new_operator(admin_client, office_b, f"luca{tag}")
    a, b = make_desk(office_a), make_desk(office_b)
    for desk in (a, b):
        report = desk.sync()
        assert report.ok, report.errors

    for desk in (a, b):  # the whole network's directory, on every desk
        assert rows(desk, Partner)[partner].name == "Cooperativa Il Ponte"
        assert rows(desk, Service)[service].partner_id == partner
        assert rows(desk, Agreement)[agreement].end_on.year == 2027
    office = rows(a, Office)[office_a]
    assert (office.district_code, office.address) == ("rm_m05", "Via Roma 1")
    assert office_b not in rows(a, Office)
    operators_a, operators_b = rows(a, Operator), rows(b, Operator)
    assert mario in operators_a
    assert luca not in operators_a
    assert luca in operators_b
    assert mario not in operators_b
    assert operators_a[mario].role == "admin"
    assert verify_password("Segreta2026!", operators_a[mario].password_hash)
    # The operator logs in offline on the desk with the password the administrator set.
    actor = auth.authenticate(a.db, f"mario{tag}", "Segreta2026!")
    assert actor.role == Role.ADMIN

    # Deactivated on the server: the desk refuses the log-in after its next sync.
    response = admin_client.patch(f"/v1/operators/{mario}", json={"active": False})
    assert response.status_code == 200, response.text
    assert a.sync().ok
    assert rows(a, Operator)[mario].active is False

    # An office created later gets the whole directory (backfill), not only new changes.
    c = make_desk(new_office(admin_client, district_code="rm_m03"))
    assert c.sync().ok
    assert partner in rows(c, Partner)
    assert service in rows(c, Service)


def test_a_desk_gets_nothing_of_another_office_whatever_the_request_says(
    make_office: Callable[[], uuid.UUID], enroll: Callable[[uuid.UUID], Desk]
) -> None:
    office_a, office_b = make_office(), make_office()
    desk_a, desk_b = enroll(office_a), enroll(office_b)
    mine, theirs = uuid.uuid4(), uuid.uuid4()
    desk_a.push_ok([desk_a.mutation("person", mine, "insert", {"id": str(mine)})])
    desk_b.push_ok([desk_b.mutation("person", theirs, "insert", {"id": str(theirs)})])
    desk_b.pull_all()

    def pull_everything(cursor: str | None = None, **extra: Any) -> set[str]:
        seen: set[str] = set()
        for _ in range(1000):
            response = desk_a.client.post(
                "/v1/pull", json={"cursor": cursor, "limit": 5000}, **extra
            )
            assert response.status_code == 200, response.text
            page = response.json()
            seen |= {change["row_id"] for change in page["changes"]}
            cursor = page["cursor"]
            if not page["more"] and str(mine) in seen:
                return seen
        raise AssertionError("the desk's own row never came")

    # Extra fields are refused; query strings and headers are not read.
    for body in ({"office_id": str(office_b)}, {"office": str(office_b)}, {"device_id": "x"}):
        response = desk_a.client.post("/v1/pull", json={"cursor": None, **body})
        assert response.status_code == 422, response.text
    seen = pull_everything(
        params={"office_id": str(office_b)}, headers={"X-Office-Id": str(office_b)}
    )
    assert str(theirs) not in seen
    # Another office's cursor is only a position: the office still comes from the token.
    if desk_b.cursor is not None:
        response = desk_a.client.post("/v1/pull", json={"cursor": desk_b.cursor})
        if response.status_code == 200:
            assert all(c["row_id"] != str(theirs) for c in response.json()["changes"])
    # The conflicts of the office, too.
    response = desk_a.client.post("/v1/conflicts", json={})
    assert response.status_code == 200
    assert all(c["row_id"] != str(theirs) for c in response.json()["conflicts"])


def test_a_desk_pushes_server_managed_rows_only_as_an_admin_of_its_office(
    admin_client: httpx.Client,
    make_desk: MakeDesk,
    enroll: Callable[[uuid.UUID], Desk],
) -> None:
    partner = uuid.uuid4()
    put_directory(admin_client, "partner", partner, PARTNER)
    office_a = new_office(admin_client, district_code="rm_m05")
    office_b = new_office(admin_client, district_code="rm_m04")
    tag = uuid.uuid4().hex[:6]
    boss = new_operator(admin_client, office_a, f"capo{tag}", "admin")
    clerk = new_operator(admin_client, office_a, f"impiegato{tag}")
    other = new_operator(admin_client, office_b, f"altro{tag}")
    a, b = make_desk(office_a), make_desk(office_b)
    assert a.sync().ok
    assert b.sync().ok

    def edit_partner(actor: Actor, name: str) -> None:
        with UnitOfWork(a.db, actor) as uow:
            row = uow.session.get(Partner, partner)
            assert row is not None
            row.name = name
            uow.commit()

    # An operator who is not an administrator: sent, refused, parked with the reason.
    edit_partner(Actor(operator_id=clerk, office_id=office_a, role=Role.OPERATOR), "Nome X")
    report = a.sync()
    assert report.parked == 1
    with a.db.read_session() as session:
        parked = session.scalars(select(OutboxEntry).where(OutboxEntry.state == "parked")).one()
    assert "amministratore" in parked.last_error
    # The office's administrator: applied, and every office's desks get it.
    edit_partner(Actor(operator_id=boss, office_id=office_a, role=Role.ADMIN), "Il Ponte ETS")
    report = a.sync()
    assert report.ok, report.errors
    assert report.pushed == 1
    assert b.sync().ok
    assert rows(b, Partner)[partner].name == "Il Ponte ETS"

    # Even an administrator never changes another office's operator, or a device.
    raw = enroll(office_a)
    results = raw.push_ok(
        [
            {
                **raw.mutation("operator", other, "update", {"role": "admin"}, base_version=1),
                "operator_id": str(boss),
            },
            {
                **raw.mutation(
                    "operator",
                    uuid.uuid4(),
                    "insert",
                    {"office_id": str(office_b), "username": f"x{tag}", "role": "admin"},
                ),
                "operator_id": str(boss),
            },
            {
                **raw.mutation("device", raw.device_id, "update", {"name": "x"}, base_version=1),
                "operator_id": str(boss),
            },
        ]
    )
    assert [r["status"] for r in results] == ["rejected"] * 3
    assert "altro sportello" in results[0]["reason"] or "altro ufficio" in results[0]["reason"]
    # An operator may change their own password hash (e.g. stronger hash at log-in), and
    # nothing else of their own row.
    own = raw.push_ok(
        [
            {
                **raw.mutation(
                    "operator",
                    clerk,
                    "update",
                    {"password_hash": hash_password("Nuova2026!x")},
                    base_version=1,
                ),
                "operator_id": str(clerk),
            },
            {
                **raw.mutation("operator", clerk, "update", {"role": "admin"}, base_version=2),
                "operator_id": str(clerk),
            },
        ]
    )
    assert [r["status"] for r in own] == ["applied", "rejected"]
    assert b.sync().ok
    assert other in rows(b, Operator)
    assert rows(b, Operator)[other].role == "operator"


def test_register_still_works_with_the_served_office(
    admin_client: httpx.Client, make_desk: MakeDesk
) -> None:
    """A desk whose office row came from the server registers people as before."""
    office = new_office(admin_client, district_code="rm_m05")
    desk = make_desk(office)
    assert desk.sync().ok
    register(desk)
    report = desk.sync()
    assert report.ok, report.errors
    assert report.pushed == 2


def test_offices_and_operators_administered_from_the_shell(
    database_url: str,
    server_engine: Any,
    monkeypatch: Any,
    capsys: Any,
) -> None:
    import io

    from cotdesk.server import cli
    from cotdesk.server.store import SyncRow

    code = "K" + uuid.uuid4().hex[:6].upper()
    args = ["--database-url", database_url]
    assert (
        cli.main(
            ["create-office", *args, "--code", code, "--name", "COT K", "--district", "rm_m10"]
        )
        == 0
    )
    user = f"shell{uuid.uuid4().hex[:6]}"
    monkeypatch.setattr("sys.stdin", io.StringIO("Segreta2026!\n"))
    assert (
        cli.main(
            [
                "create-operator",
                *args,
                "--office",
                code,
                "--username",
                user,
                "--full-name",
                "Da Shell",
                "--role",
                "supervisor",
                "--password-stdin",
            ]
        )
        == 0
    )
    assert cli.main(["set-operator", *args, user, "--deactivate"]) == 0
    assert "disattivato" in capsys.readouterr().out
    with server_engine.connect() as conn:
        (data,) = conn.execute(
            select(SyncRow.data).where(
                SyncRow.entity == "operator", SyncRow.data["username"].as_string() == user
            )
        ).one()
        office = conn.execute(
            select(SyncRow.data).where(
                SyncRow.entity == "office", SyncRow.data["code"].as_string() == code
            )
        ).scalar_one()
    assert (data["role"], data["active"]) == ("supervisor", False)
    assert verify_password("Segreta2026!", data["password_hash"])
    assert office["district_code"] == "rm_m10"
    assert cli.main(["set-operator", *args, "nessuno-cosi"]) == 1
