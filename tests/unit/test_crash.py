"""SIGKILL during writes, many times: the database stays sound and nothing saved is lost.

A real cotdesk process (tests/unit/crash_writer.py) registers people one unit of work at a
time in the encrypted desk database and prints ``saved N`` after each commit. It is
killed with SIGKILL at a random moment, 30 times; each restart continues the numbering.
Then the file must pass ``PRAGMA integrity_check`` and hold every person (and every draft)
the killed processes reported as saved.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from cotdesk.db import encryption
from cotdesk.db.database import open_database
from cotdesk.db.models import Draft, Person
from cotdesk.domain.roles import Role
from tests.factories import make_actor, make_office
from tests.unit.crash_writer import surname

ROOT = Path(__file__).resolve().parents[2]
ITERATIONS = 30

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _run_and_kill(
    db_path: Path, key: bytes, first: int, rng: random.Random
) -> tuple[set[int], set[int]]:
    """Start a writer, kill it at a random moment; the persons and drafts it reported."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.unit.crash_writer", str(db_path), key.hex(), str(first)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None
    saved: set[int] = set()
    drafts: set[int] = set()
    try:
        wanted = rng.randint(1, 12)
        while len(saved) < wanted:
            line = process.stdout.readline()
            if not line:
                break
            _note(line, saved, drafts)
        time.sleep(rng.uniform(0, 0.02))  # somewhere in the middle of the next writes
    finally:
        process.send_signal(signal.SIGKILL)
        rest, errors = process.communicate(timeout=30)
    for line in rest.splitlines():  # what it printed before dying was saved too
        _note(line, saved, drafts)
    assert process.returncode == -signal.SIGKILL, errors.decode(errors="replace")[-2000:]
    assert saved, errors.decode(errors="replace")[-2000:]
    return saved, drafts


def _note(line: bytes, saved: set[int], drafts: set[int]) -> None:
    word, _, number = line.decode().strip().partition(" ")
    if word == "saved":
        saved.add(int(number))
    elif word == "draft":
        drafts.add(int(number))


@pytest.mark.slow
def test_sigkill_during_writes_loses_nothing_that_was_reported_saved(tmp_path: Path) -> None:
    db_path = tmp_path / "cotdesk.db"
    key = encryption.new_key()
    with open_database(db_path, key=key) as db:
        make_actor(db, make_office(db), Role.OPERATOR, "giulia.operatrice")
    rng = random.Random(7)
    saved: set[int] = set()
    drafts: set[int] = set()
    first = 0
    started = time.monotonic()
    for _ in range(ITERATIONS):
        more, more_drafts = _run_and_kill(db_path, key, first, rng)
        saved |= more
        drafts |= more_drafts
        # The next process starts after the highest number this one could have written.
        first = max(more) + 2

    with encryption.connection(db_path, key=key) as conn:
        assert [row[0] for row in conn.execute("PRAGMA integrity_check")] == ["ok"]
    with open_database(db_path, key=key) as db, db.read_session() as session:
        names = set(session.scalars(select(Person.last_name)))
        draft_keys = set(session.scalars(select(Draft.key).where(Draft.kind == "crash-test")))
    missing = sorted(n for n in saved if surname(n) not in names)
    assert missing == [], f"reported saved but lost: {missing}"
    assert {str(n) for n in drafts} <= draft_keys
    assert len(saved) >= ITERATIONS
    print(f"{ITERATIONS} kills, {len(saved)} saves checked in {time.monotonic() - started:.1f} s")
