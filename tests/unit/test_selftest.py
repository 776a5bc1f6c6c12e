"""`cotdesk --self-test`: the whole core on a throw-away database; a missing file fails it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cotdesk import resources
from cotdesk.cli import main


@pytest.fixture
def fresh_resources() -> Iterator[None]:
    resources.clear_caches()
    yield
    resources.clear_caches()


def test_the_self_test_passes_on_a_complete_installation(
    capsys: pytest.CaptureFixture[str], fresh_resources: None
) -> None:
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    assert "Autoverifica di cotdesk riuscita" in out
    assert "lettera di invio (PDF)" in out
    assert "database cifrato (SQLCipher)" in out
    assert "nessun nome in chiaro nei file" in out


def test_a_missing_data_file_fails_the_self_test_with_an_italian_message(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fresh_resources: None,
) -> None:
    incomplete = tmp_path / "resources"
    (incomplete / "reference").mkdir(parents=True)
    monkeypatch.setenv("COTDESK_RESOURCES", str(incomplete))
    assert main(["--self-test"]) == 1
    assert "Autoverifica di cotdesk NON riuscita" in capsys.readouterr().err
