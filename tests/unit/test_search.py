"""Person search and the duplicate check, on real desk database files."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert, select, text

from cotdesk.db import schema
from cotdesk.db import search as index
from cotdesk.db.database import Database, open_database
from cotdesk.db.models import Person
from cotdesk.db.types import utcnow
from cotdesk.services.search import (
    PersonHit,
    find_possible_duplicates,
    parse_query,
    search_persons,
)
from cotdesk.services.unit_of_work import UnitOfWork
from tests.factories import DISTRICT, make_office

TODAY = date(2026, 11, 25)

# Realistic people of a Roman front desk: Italians and the largest foreign communities.
PEOPLE: list[dict[str, object]] = [
    {
        "last_name": "Rossi",
        "first_name": "Mario",
        "birth_date": date(1985, 3, 12),
        "fiscal_code": "RSSMRA85C12H501Z",
        "phone": "333 1234567",
    },
    {"last_name": "Rossi", "first_name": "Giulia", "birth_date": date(1990, 5, 5)},
    {"last_name": "Rossini", "first_name": "Maria", "birth_date": date(1948, 11, 30)},
    {"last_name": "Rosi", "first_name": "Anna"},
    {"last_name": "Esposito", "first_name": "Gennaro", "birth_date": date(1970, 1, 2)},
    {"last_name": "Ferrari", "first_name": "Luca", "phone_alt": "+39 06.4567.890"},
    {"last_name": "D'Angelo", "first_name": "Nicolò", "birth_date": date(2001, 7, 8)},
    {"last_name": "Mele'", "first_name": "Giuseppe"},
    {"last_name": "Ionescu", "first_name": "Andreea", "foreign_code": "ENI1201010000045"},
    {"last_name": "Hossain", "first_name": "Mohammad", "foreign_code": "STP1201010000123"},
    {"last_name": "Dela Cruz", "first_name": "Maria Luz", "phone": "+39 320 765 4321"},
    {"last_name": "Popescu", "first_name": "Ștefan"},
    {"last_name": "Bianchi", "first_name": "Carla", "birth_date": date(1985, 3, 12)},
    {"last_name": "Lo Russo", "first_name": "Anna"},
    {"last_name": "Russo", "first_name": "Paolo"},
]


def add_person(db: Database, office: uuid.UUID, **values: object) -> uuid.UUID:
    with UnitOfWork(db, None) as uow:
        person = Person(office_id=office, **values)
        uow.session.add(person)
        uow.commit()
        return person.id


@pytest.fixture
def people(db: Database, office_id: uuid.UUID) -> dict[str, uuid.UUID]:
    ids = {}
    with UnitOfWork(db, None) as uow:
        for values in PEOPLE:
            person = Person(office_id=office_id, **values)
            uow.session.add(person)
            uow.flush()
            ids[f"{values['last_name']} {values['first_name']}"] = person.id
        uow.commit()
    return ids


def names(hits: list[PersonHit]) -> list[str]:
    return [f"{hit.last_name} {hit.first_name}" for hit in hits]


def first(db: Database, query: str) -> PersonHit:
    hits = search_persons(db, query, today=TODAY)
    assert hits, f"nothing found for {query!r}"
    return hits[0]


# --------------------------------------------------------------------------- text rules


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("rossi", "rossi", True),
        ("rosi", "rossi", True),  # missing letter
        ("esposto", "esposito", True),
        ("rosssi", "rossi", True),  # extra letter
        ("ferarri", "ferrari", True),  # swapped letters
        ("hossian", "hossain", True),
        ("rossa", "rossi", True),  # wrong letter
        ("rosa", "rossi", False),  # two edits
        ("ferrari", "ferraris", True),
        ("bianchi", "bianco", False),
    ],
)
def test_within_one_edit(a: str, b: str, expected: bool) -> None:
    assert index.within_one_edit(a, b) is expected
    assert index.within_one_edit(b, a) is expected


def test_python_folding_agrees_with_the_index_tokenizer() -> None:
    """The words the service compares are the words FTS5 indexed (accents, apostrophes,
    Romanian, Polish, Albanian, Turkish letters, capitals)."""
    samples = [
        "D'Angelo Nicolò",
        "MELE' NICCOLÒ FORLÌ",
        "Ștefan Țurcanu Şerban Ţepeş",
        "Łukasz Żółć Gęślą",
        "Hoxha Ëndri Çela",
        "Öztürk Ağca İsmail",
        "Müller Jérôme François Núñez",
        "Dvořák Šťastný Ľubica",
        "Шевченко Олена",
    ]
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(a, tokenize='unicode61 remove_diacritics 2')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    for rowid, sample in enumerate(samples, start=1):
        conn.execute("INSERT INTO t (rowid, a) VALUES (?, ?)", (rowid, sample))
        tokens = [
            term
            for (term,) in conn.execute(
                "SELECT term FROM v WHERE doc = ? ORDER BY offset", (rowid,)
            )
        ]
        assert index.words(sample) == tokens, sample
    conn.close()


def test_the_query_is_split_into_codes_phone_dates_and_names() -> None:
    parsed = parse_query("rssmra85c12h501z +39 333 123.4567 D'Angelo 12/3/85", today=TODAY)
    assert parsed.codes == ["RSSMRA85C12H501Z"]
    assert parsed.phone == "3331234567"
    assert parsed.days == [date(1985, 3, 12)]
    assert parsed.names == ["dangelo"]
    assert parse_query("2026-1-5", today=TODAY).days == [date(2026, 1, 5)]
    # two-digit years: both centuries, unless that is in the future
    assert parse_query("1/2/20", today=TODAY).days == [date(1920, 2, 1), date(2020, 2, 1)]
    assert parse_query("1/2/30", today=TODAY).days == [date(1930, 2, 1)]


# --------------------------------------------------------------------------- search


def test_blank_text_finds_nobody(db: Database, people: dict[str, uuid.UUID]) -> None:
    assert search_persons(db, "") == []
    assert search_persons(db, "   \t ") == []
    assert search_persons(db, "r") == []  # a single letter would find everyone


def test_exact_codice_fiscale_any_case_comes_first(
    db: Database, people: dict[str, uuid.UUID]
) -> None:
    for query in ("RSSMRA85C12H501Z", "rssmra85c12h501z", " RssMra85c12h501z "):
        hit = first(db, query)
        assert hit.id == people["Rossi Mario"]
        assert hit.match == "codice fiscale"
    # with names that match others too, the code's owner is still first
    hits = search_persons(db, "rossi giulia RSSMRA85C12H501Z", today=TODAY)
    assert hits[0].id == people["Rossi Mario"]
    assert hits[0].match == "codice fiscale"
    assert "Rossi Giulia" in names(hits)


def test_beginning_of_a_codice_fiscale(db: Database, people: dict[str, uuid.UUID]) -> None:
    hit = first(db, "rssmra85")
    assert hit.id == people["Rossi Mario"]
    assert hit.match == "codice fiscale (inizio)"


def test_stp_and_eni_codes(db: Database, people: dict[str, uuid.UUID]) -> None:
    hit = first(db, "stp1201010000123")
    assert hit.id == people["Hossain Mohammad"]
    assert hit.match == "codice STP/ENI"
    assert first(db, "eni1201010000045").id == people["Ionescu Andreea"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("3331234567", "Rossi Mario"),
        ("333 123 4567", "Rossi Mario"),
        ("+39 333.123.4567", "Rossi Mario"),
        ("0039 333-1234567", "Rossi Mario"),
        ("06 4567 890", "Ferrari Luca"),  # the second phone number
        ("320 7654321", "Dela Cruz Maria Luz"),
    ],
)
def test_phone_numbers(
    db: Database, people: dict[str, uuid.UUID], query: str, expected: str
) -> None:
    hit = first(db, query)
    assert hit.id == people[expected]
    assert hit.match == "telefono"


def test_beginning_of_a_phone_number(db: Database, people: dict[str, uuid.UUID]) -> None:
    hit = first(db, "333 123")
    assert hit.id == people["Rossi Mario"]
    assert hit.match == "telefono (inizio)"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # accents and apostrophes
        ("D'Angelo", "D'Angelo Nicolò"),
        ("D’Angelo", "D'Angelo Nicolò"),
        ("Dangelo", "D'Angelo Nicolò"),
        ("d angelo", "D'Angelo Nicolò"),
        ("Nicolo", "D'Angelo Nicolò"),
        ("NICOLÒ", "D'Angelo Nicolò"),
        ("mele", "Mele' Giuseppe"),
        ("Melè Giuseppe", "Mele' Giuseppe"),
        ("stefan popescu", "Popescu Ștefan"),
        # names in either order
        ("Mario Rossi", "Rossi Mario"),
        ("Rossi Mario", "Rossi Mario"),
        ("Andreea Ionescu", "Ionescu Andreea"),
        ("Hossain Mohammad", "Hossain Mohammad"),
        ("Mohammad Hossain", "Hossain Mohammad"),
        ("Dela Cruz Maria", "Dela Cruz Maria Luz"),
        ("maria luz dela cruz", "Dela Cruz Maria Luz"),
        ("Delacruz", "Dela Cruz Maria Luz"),
        # one typo in a surname
        ("Esposto", "Esposito Gennaro"),
        ("esposito genaro", "Esposito Gennaro"),
        ("Ferarri", "Ferrari Luca"),
        ("Feprari luca", "Ferrari Luca"),
        ("Hossian", "Hossain Mohammad"),
        ("Ionesu Andreea", "Ionescu Andreea"),
        ("Mohamad Hossain", "Hossain Mohammad"),
        # typing
        ("ros mar", "Rossi Mario"),
        ("rossi m", "Rossi Mario"),
        ("esp gen", "Esposito Gennaro"),
        ("d'ang", "D'Angelo Nicolò"),
        ("d'a nic", "D'Angelo Nicolò"),
        ("d a n", "D'Angelo Nicolò"),
    ],
)
def test_names(db: Database, people: dict[str, uuid.UUID], query: str, expected: str) -> None:
    hits = search_persons(db, query, today=TODAY)
    assert expected in names(hits)[:2], (query, names(hits))


def test_a_missing_letter_finds_the_common_surname(
    db: Database, people: dict[str, uuid.UUID]
) -> None:
    hits = search_persons(db, "Rosi", today=TODAY)
    assert names(hits)[0] == "Rosi Anna"  # an exact surname comes first
    assert hits[0].match == "nome"
    assert {"Rossi Mario", "Rossi Giulia"} <= set(names(hits))
    assert {hit.match for hit in hits[1:]} == {"nome simile"}


def test_exact_words_before_beginnings_before_typos(
    db: Database, people: dict[str, uuid.UUID]
) -> None:
    hits = search_persons(db, "rossi", today=TODAY)
    assert names(hits) == ["Rossi Giulia", "Rossi Mario", "Rossini Maria", "Rosi Anna"]
    assert [hit.match for hit in hits] == ["nome", "nome", "nome (inizio)", "nome simile"]
    assert hits[0].score == hits[1].score > hits[2].score > hits[3].score


def test_a_surname_before_the_surnames_that_contain_it(
    db: Database, people: dict[str, uuid.UUID]
) -> None:
    assert names(search_persons(db, "russo", today=TODAY)) == ["Russo Paolo", "Lo Russo Anna"]
    assert names(search_persons(db, "lo russo", today=TODAY)) == ["Lo Russo Anna"]
    assert names(search_persons(db, "lorusso", today=TODAY)) == ["Lo Russo Anna"]
    assert names(search_persons(db, "rus", today=TODAY)) == ["Russo Paolo", "Lo Russo Anna"]


def test_birth_date_alone_and_with_a_name(db: Database, people: dict[str, uuid.UUID]) -> None:
    for query in ("12/03/1985", "12/3/85", "1985-03-12", "12.03.1985"):
        hits = search_persons(db, query, today=TODAY)
        assert set(names(hits)) == {"Rossi Mario", "Bianchi Carla"}, query
        assert {hit.match for hit in hits} == {"data di nascita"}
    hits = search_persons(db, "rossi 12/03/1985", today=TODAY)
    assert names(hits) == ["Rossi Mario"]
    assert hits[0].match == "nome e data di nascita"
    hits = search_persons(db, "Rosi 12/03/1985", today=TODAY)  # typo and date
    assert names(hits) == ["Rossi Mario"]
    assert hits[0].match == "nome simile e data di nascita"
    assert search_persons(db, "31/02/1985", today=TODAY) == []


def test_the_hit_carries_what_the_list_shows(db: Database, people: dict[str, uuid.UUID]) -> None:
    hit = first(db, "rossi mario")
    assert hit.id == people["Rossi Mario"]
    assert (hit.last_name, hit.first_name) == ("Rossi", "Mario")
    assert hit.birth_date == date(1985, 3, 12)
    assert hit.fiscal_code == "RSSMRA85C12H501Z"
    assert hit.foreign_code is None
    assert hit.phone == "333 1234567"
    assert hit.match == "nome"
    with pytest.raises(AttributeError):
        hit.score = 0  # type: ignore[misc]


def test_limit_and_office(db: Database, people: dict[str, uuid.UUID], office_id: uuid.UUID) -> None:
    assert len(search_persons(db, "rossi", limit=2, today=TODAY)) == 2
    other_office = make_office(db, code="M06", district=DISTRICT)
    other = add_person(db, other_office, last_name="Rossi", first_name="Pietro")
    everywhere = search_persons(db, "rossi", today=TODAY)
    here = search_persons(db, "rossi", office_id=office_id, today=TODAY)
    there = search_persons(db, "rossi", office_id=other_office, today=TODAY)
    assert other in {hit.id for hit in everywhere}
    assert other not in {hit.id for hit in here}
    assert [hit.id for hit in there] == [other]


def test_a_tombstoned_person_is_never_found(db: Database, people: dict[str, uuid.UUID]) -> None:
    with UnitOfWork(db, None) as uow:
        person = uow.session.get(Person, people["Rossi Mario"])
        assert person is not None
        person.deleted_at = utcnow()
        uow.commit()
    for query in ("rossi mario", "RSSMRA85C12H501Z", "3331234567", "12/03/1985", "Rosi"):
        assert people["Rossi Mario"] not in {h.id for h in search_persons(db, query)}, query
    with db.read_engine.connect() as conn:
        # "mario" was his only: it leaves the typo index too
        terms = set(conn.execute(text("SELECT term FROM search_term")).scalars())
        assert "mario" not in terms
        assert "rossi" in terms  # Giulia Rossi still has it


def test_the_index_follows_a_change_of_surname(db: Database, people: dict[str, uuid.UUID]) -> None:
    with UnitOfWork(db, None) as uow:
        person = uow.session.get(Person, people["Esposito Gennaro"])
        assert person is not None
        person.last_name = "Capuozzo"
        person.phone = "347 0000001"
        uow.commit()
    assert first(db, "capuozzo gennaro").id == people["Esposito Gennaro"]
    assert first(db, "Capuozo").id == people["Esposito Gennaro"]  # and its typos
    assert first(db, "3470000001").id == people["Esposito Gennaro"]
    assert search_persons(db, "esposito") == []
    assert search_persons(db, "Esposto") == []
    with db.read_engine.connect() as conn:
        assert (
            conn.execute(
                text("SELECT count(*) FROM search_term_variant WHERE term = 'esposito'")
            ).scalar_one()
            == 0
        )


def test_a_purged_person_leaves_the_index(db: Database, people: dict[str, uuid.UUID]) -> None:
    with db.write_engine.begin() as conn:
        conn.execute(
            text("DELETE FROM person WHERE id = :id"), {"id": people["Hossain Mohammad"].hex}
        )
    assert search_persons(db, "hossain") == []
    assert search_persons(db, "STP1201010000123") == []
    with db.read_engine.connect() as conn:
        terms = set(conn.execute(text("SELECT term FROM search_term")).scalars())
        assert not terms & {"hossain", "mohammad"}


def _index_snapshot(db: Database) -> tuple[list[tuple[object, ...]], ...]:
    with db.read_engine.connect() as conn:
        persons = conn.execute(
            text(
                "SELECT person_id, office_id, fiscal_code, foreign_code, phone, phone_alt,"
                " last_name, first_name FROM search_person ORDER BY person_id"
            )
        ).all()
        terms = conn.execute(text("SELECT term, n FROM search_term ORDER BY term")).all()
        variants = conn.execute(
            text("SELECT variant, term FROM search_term_variant ORDER BY variant, term")
        ).all()
        fts = conn.execute(text("SELECT term, doc FROM search_person_vocab ORDER BY term")).all()
    return (
        [tuple(r) for r in persons],
        [tuple(r) for r in terms],
        [tuple(r) for r in variants],
        [tuple(r) for r in fts],
    )


def test_the_rebuild_gives_what_the_triggers_gave(
    db: Database, people: dict[str, uuid.UUID]
) -> None:
    with UnitOfWork(db, None) as uow:  # some history: changes and a tombstone
        person = uow.session.get(Person, people["Rossini Maria"])
        assert person is not None
        person.first_name = "Maria Grazia"
        gone = uow.session.get(Person, people["Popescu Ștefan"])
        assert gone is not None
        gone.deleted_at = utcnow()
        uow.commit()
    by_triggers = _index_snapshot(db)
    with db.write_engine.begin() as conn:
        conn.execute(text("DELETE FROM search_term"))  # damage it
        index.rebuild_search_index(conn)
    assert _index_snapshot(db) == by_triggers
    with db.write_engine.begin() as conn:
        conn.execute(
            text("INSERT INTO search_person_fts (search_person_fts) VALUES ('integrity-check')")
        )


def test_bulk_load_with_the_triggers_suspended(db: Database, office_id: uuid.UUID) -> None:
    rows = [
        {
            "id": uuid.uuid4(),
            "office_id": office_id,
            "last_name": "Cognome" + "".join(chr(97 + int(d)) for d in f"{number:03d}"),
            "first_name": "Bulk",
            "fiscal_code": None,
            "created_at": utcnow(),
            "updated_at": utcnow(),
        }
        for number in range(500)
    ]
    with db.write_engine.begin() as conn, index.search_index_suspended(conn):
        assert not index.search_index_enabled(conn)
        conn.execute(insert(Person), rows)
        assert index.index_counts(conn)["search_person"] == 0  # not indexed while loading
    with db.read_engine.connect() as conn:
        assert index.search_index_enabled(conn)
        assert index.index_counts(conn)["search_person"] == 500
    assert first(db, "cognomeecb bulk").id == rows[421]["id"]  # 421 → e c b
    # and the triggers work again afterwards
    new = add_person(db, office_id, last_name="Dopo", first_name="Il Carico")
    assert first(db, "dopo").id == new


def test_the_flag_is_restored_when_a_bulk_load_fails(db: Database, office_id: uuid.UUID) -> None:
    with db.write_engine.connect() as conn:
        with pytest.raises(ZeroDivisionError), index.search_index_suspended(conn):
            _ = 1 / 0
        assert index.search_index_enabled(conn)
        conn.commit()


def test_an_old_desk_database_is_upgraded_and_finds_its_people(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    engine = create_engine(f"sqlite:///{path}")
    office = uuid.uuid4().hex
    with engine.begin() as conn:
        schema.upgrade(conn, "0001")
        conn.execute(
            text(
                "INSERT INTO district (code, label_it, city) VALUES (:code, 'Municipio V', 'Roma')"
            ),
            {"code": DISTRICT},
        )
        conn.execute(
            text(
                "INSERT INTO office (id, created_at, updated_at, server_version, code, name,"
                " district_code, address, phone, email, opening_hours, referral_answer_days)"
                " VALUES (:id, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 0, 'M05',"
                " 'COT Solidale M05', :district, '', '', '', '', 15)"
            ),
            {"id": office, "district": DISTRICT},
        )
        for last, first_name, code, phone, deleted in (
            ("D'Angelo", "Nicolò", "DNGNCL01L08H501X", "06 123 4567", None),
            ("Esposito", "Gennaro", None, "", None),
            ("Vecchio", "Cancellato", None, "", "2026-02-01 00:00:00"),
        ):
            conn.execute(
                text(
                    "INSERT INTO person (id, created_at, updated_at, server_version, deleted_at,"
                    " office_id, identity_kind, fiscal_code, foreign_code, last_name, first_name,"
                    " birth_date, birth_place_code, birth_place_name, sex, citizenship,"
                    " languages, phone, phone_alt, email, address_street, address_city,"
                    " address_postcode, district_code, no_fixed_abode, notes)"
                    " VALUES (:id, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 0, :deleted,"
                    " :office, 'cf', :code, NULL, :last, :first, '2001-07-08', '', '', 'M',"
                    " '[]', '[]', :phone, '', '', '', '', '', NULL, 0, '')"
                ),
                {
                    "id": uuid.uuid4().hex,
                    "deleted": deleted,
                    "office": office,
                    "code": code,
                    "last": last,
                    "first": first_name,
                    "phone": phone,
                },
            )
    engine.dispose()

    with open_database(path) as db:
        with db.read_engine.connect() as conn:
            assert schema.current_revision(conn) == schema.head_revision()
        assert first(db, "dangelo nicolo").last_name == "D'Angelo"
        assert first(db, "dngncl01l08h501x").match == "codice fiscale"
        assert first(db, "061234567").last_name == "D'Angelo"
        assert first(db, "Esposto").last_name == "Esposito"
        assert first(db, "08/07/2001").birth_date == date(2001, 7, 8)
        assert search_persons(db, "vecchio") == []
        # and what is written after the upgrade is indexed by the triggers
        with UnitOfWork(db, None) as uow:
            uow.session.add(
                Person(office_id=uuid.UUID(office), last_name="Nuova", first_name="Persona")
            )
            uow.commit()
        assert first(db, "nuova persona").first_name == "Persona"


def test_downgrade_removes_the_index(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    open_database(path).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        from alembic import command

        command.downgrade(schema.alembic_config(conn), "0001")
        left = conn.execute(text("SELECT name FROM sqlite_master WHERE name LIKE 'search%'")).all()
    engine.dispose()
    assert left == []


def test_a_read_only_database_can_be_searched(db: Database, people: dict[str, uuid.UUID]) -> None:
    db.close()
    with open_database(db.path, read_only=True) as readonly:
        assert first(readonly, "rossi mario").id == people["Rossi Mario"]


# --------------------------------------------------------------------------- duplicates


def test_same_codice_fiscale_is_the_strongest_duplicate(
    db: Database, people: dict[str, uuid.UUID]
) -> None:
    found = find_possible_duplicates(
        db,
        last_name="Rossi",
        first_name="Mariano",
        birth_date=date(1985, 3, 12),
        fiscal_code="rssmra85c12h501z",
    )
    assert found[0].id == people["Rossi Mario"]
    assert found[0].reasons[0] == "Stesso codice fiscale"


def test_same_foreign_code(db: Database, people: dict[str, uuid.UUID]) -> None:
    found = find_possible_duplicates(
        db, last_name="Hosen", first_name="Md", foreign_code="STP1201010000123"
    )
    assert [c.id for c in found] == [people["Hossain Mohammad"]]
    assert found[0].reasons == ["Stesso codice STP/ENI"]


@pytest.mark.parametrize(
    "case",
    [
        (
            "Esposto",
            "Gennaro",
            date(1970, 1, 2),
            "Esposito Gennaro",
            "Stessa data di nascita e nome simile",
        ),
        (
            "Esposito",
            "Genaro",
            date(1970, 1, 2),
            "Esposito Gennaro",
            "Stessa data di nascita e nome simile",
        ),
        (
            "Gennaro",
            "Esposito",
            date(1970, 1, 2),
            "Esposito Gennaro",
            "Stesso nome e stessa data di nascita (nome e cognome invertiti)",
        ),
        (
            "Dangelo",
            "Nicolo",
            date(2001, 7, 8),
            "D'Angelo Nicolò",
            "Stesso nome e stessa data di nascita",
        ),
        (
            "D'Angelo",
            "Nicolò",
            date(2001, 8, 7),
            "D'Angelo Nicolò",
            "Stesso nome, data di nascita con giorno e mese invertiti",
        ),
        ("Delacruz", "Maria", None, "Dela Cruz Maria Luz", "Nome simile"),
        ("Del Cruz", "Maria Luz", None, "Dela Cruz Maria Luz", "Nome simile"),
        (
            "D'Anelo",
            "Nicolò",
            date(2001, 7, 8),
            "D'Angelo Nicolò",
            "Stessa data di nascita e nome simile",
        ),
        ("Ionescu", "Andreea", None, "Ionescu Andreea", "Stesso nome e cognome"),
        (
            "Rosini",
            "Maria",
            date(1948, 11, 30),
            "Rossini Maria",
            "Stessa data di nascita e nome simile",
        ),
        (
            "Bianchi",
            "Carlotta",
            date(1985, 3, 12),
            "Bianchi Carla",
            "Stessa data di nascita e stesso cognome",
        ),
    ],
)
def test_names_and_birth_dates(
    db: Database, people: dict[str, uuid.UUID], case: tuple[str, str, date | None, str, str]
) -> None:
    last_name, first_name, born, expected, reason = case
    found = find_possible_duplicates(
        db, last_name=last_name, first_name=first_name, birth_date=born
    )
    assert found, (last_name, first_name)
    assert found[0].id == people[expected]
    assert found[0].reasons == [reason]


def test_same_phone(db: Database, people: dict[str, uuid.UUID]) -> None:
    found = find_possible_duplicates(db, last_name="Cruz", first_name="Luz", phone="3207654321")
    assert found[0].id == people["Dela Cruz Maria Luz"]
    assert "Stesso telefono" in found[0].reasons


def test_duplicates_strongest_first_with_all_their_reasons(
    db: Database, people: dict[str, uuid.UUID]
) -> None:
    found = find_possible_duplicates(
        db,
        last_name="Rossi",
        first_name="Mario",
        birth_date=date(1985, 3, 12),
        phone="+39 333 1234567",
    )
    assert found[0].id == people["Rossi Mario"]
    assert found[0].reasons == ["Stesso nome e stessa data di nascita", "Stesso telefono"]
    scores = [c.score for c in found]
    assert scores == sorted(scores, reverse=True)
    # a different Rossi born another day is listed, but weaker
    assert people["Rossi Giulia"] not in {c.id for c in found}  # different first name
    assert people["Bianchi Carla"] not in {c.id for c in found}  # only the date in common


def test_homonym_born_another_day_is_only_a_weak_candidate(
    db: Database, people: dict[str, uuid.UUID], office_id: uuid.UUID
) -> None:
    twin = add_person(
        db, office_id, last_name="Rossi", first_name="Mario", birth_date=date(1961, 6, 1)
    )
    found = find_possible_duplicates(
        db, last_name="Rossi", first_name="Mario", birth_date=date(1985, 3, 12)
    )
    assert [c.id for c in found] == [people["Rossi Mario"], twin]
    assert found[1].reasons == ["Stesso nome e cognome, ma data di nascita diversa"]


def test_no_duplicates_and_exclusion(db: Database, people: dict[str, uuid.UUID]) -> None:
    assert find_possible_duplicates(db, last_name="Verdi", first_name="Giuseppe") == []
    found = find_possible_duplicates(
        db,
        last_name="Rossi",
        first_name="Mario",
        birth_date=date(1985, 3, 12),
        exclude_id=people["Rossi Mario"],
    )
    assert people["Rossi Mario"] not in {c.id for c in found}


def test_tombstoned_persons_are_not_duplicates(db: Database, people: dict[str, uuid.UUID]) -> None:
    with UnitOfWork(db, None) as uow:
        person = uow.session.get(Person, people["Esposito Gennaro"])
        assert person is not None
        person.deleted_at = utcnow()
        uow.commit()
    assert (
        find_possible_duplicates(
            db, last_name="Esposito", first_name="Gennaro", birth_date=date(1970, 1, 2)
        )
        == []
    )
    with db.read_session() as session:
        assert session.scalar(select(Person.deleted_at).where(Person.last_name == "Esposito"))
