"""The `cotdesk` command: subcommands, --db everywhere, Italian errors with exit code 2."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cotdesk.cli import main
from cotdesk.db import schema
from cotdesk.db.database import open_database
from tests.memory_keyring import memory_keyring

# The commands open real desks: encrypted, with the key in the (here in-memory) OS keyring.
pytestmark = pytest.mark.usefixtures("memory_keyring")
__all__ = ["memory_keyring"]


def test_db_upgrade_creates_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nuovo.db"
    assert main(["db", "upgrade", "--db", str(path)]) == 0
    assert f"schema {schema.head_revision()}" in capsys.readouterr().out
    assert main(["--db", str(path), "db", "status"]) == 0  # --db before the subcommand works too
    out = capsys.readouterr().out
    assert "Persone:" in out
    assert schema.head_revision() in out


def test_a_bad_file_gives_an_italian_error_and_exit_code_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "rotto.db"
    path.write_bytes(b"non sono un database")
    assert main(["db", "status", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert "non è un database di cotdesk" in err
    assert path.read_bytes() == b"non sono un database"


def test_a_newer_database_is_refused_by_upgrade(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "futuro.db"
    open_database(path).close()  # an old plaintext desk, made by a newer cotdesk
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    assert main(["db", "upgrade", "--db", str(path)]) == 2
    assert "versione più recente" in capsys.readouterr().err
    assert path.read_bytes() == before  # not even encrypted


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("cotdesk ")
