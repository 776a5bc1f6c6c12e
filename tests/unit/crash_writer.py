"""A cotdesk process that registers people until it is killed (tests/unit/test_crash.py).

    python -m tests.unit.crash_writer DB KEY_HEX FIRST

Opens the encrypted desk database as the application does (open_database with the key:
WAL, synchronous=FULL, BEGIN IMMEDIATE) and registers one person per unit of work, the
person number ``FIRST``, ``FIRST + 1``... For each, after the commit returned, it prints
``saved N`` (flushed), and ``draft N`` after every third one's draft is stored: the parent
counts only those as promised to the user.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from sqlalchemy import select

from cotdesk.db.database import open_database
from cotdesk.db.models import Operator
from cotdesk.domain.roles import Role
from cotdesk.services import drafts, persons
from cotdesk.services.unit_of_work import Actor, UnitOfWork


def surname(n: int) -> str:
    """A surname with no digits that encodes ``n`` (names cannot hold digits)."""
    letters = ""
    while True:
        letters = chr(97 + n % 26) + letters
        n //= 26
        if n == 0:
            break
    return "Salvato" + letters


def main() -> None:
    path, key_hex, first = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    db = open_database(path, key=bytes.fromhex(key_hex))
    with db.read_session() as session:
        operator = session.scalars(select(Operator)).one()
        actor = Actor(operator.id, operator.office_id, Role(operator.role), operator.full_name)
    n = first
    while True:
        with UnitOfWork(db, actor) as uow:
            persons.register_person(
                uow,
                persons.PersonData(last_name=surname(n), first_name="Prova", phone="3330000000"),
                today=date(2026, 11, 25),
            )
            uow.commit()
        print(f"saved {n}", flush=True)
        if n % 3 == 0:  # a draft too: drafts live in the same encrypted database
            drafts.save_draft(db, actor, "crash-test", str(n), {"testo": surname(n)})
            print(f"draft {n}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
