"""scripts/audit_deps.py: fails on a known vulnerability, warns visibly (and passes, unless
required) when no vulnerability service is reachable. pip-audit itself is replaced by a
stand-in that writes its JSON report, since this machine reaches no such service."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "audit_deps.py"


@pytest.fixture
def audit_deps() -> ModuleType:
    spec = importlib.util.spec_from_file_location("audit_deps", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fake_pip_audit(tmp_path: Path, report: dict[str, Any]) -> list[str]:
    """A command that writes ``report`` where pip-audit's ``--output`` says."""
    script = tmp_path / "fake_pip_audit.py"
    script.write_text(
        "import json, sys\n"
        "out = sys.argv[sys.argv.index('--output') + 1]\n"
        f"open(out, 'w').write(json.dumps({report!r}))\n"
    )
    return [sys.executable, str(script)]


def test_no_service_reachable_warns_and_passes_unless_required(
    audit_deps: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(audit_deps, "_probe_osv", lambda: "OSV: unreachable")
    monkeypatch.setattr(audit_deps, "_probe_pypi", lambda: "PyPI: HTTP Error 404")
    assert audit_deps.main([]) == 0
    out = capsys.readouterr().out
    assert "WARNING: dependency vulnerability audit SKIPPED" in out
    assert "NOT checked" in out
    assert audit_deps.main(["--require-service"]) == 2


def test_a_known_vulnerability_fails(
    audit_deps: ModuleType,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    report = {
        "dependencies": [
            {"name": "fastapi", "version": "0.165.0", "vulns": []},
            {
                "name": "jinja2",
                "version": "2.10",
                "vulns": [{"id": "PYSEC-2019-217", "fix_versions": ["2.10.1"]}],
            },
        ]
    }
    monkeypatch.setattr(audit_deps, "_probe_osv", lambda: None)
    monkeypatch.setattr(audit_deps, "_pip_audit", lambda: fake_pip_audit(tmp_path, report))
    assert audit_deps.main([]) == 1
    out = capsys.readouterr().out
    assert "KNOWN VULNERABILITIES" in out
    assert "jinja2 2.10: PYSEC-2019-217 (fixed in: 2.10.1)" in out


def test_a_clean_audit_passes_and_lists_what_it_could_not_audit(
    audit_deps: ModuleType,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    report = {
        "dependencies": [
            {"name": "fastapi", "version": "0.165.0", "vulns": []},
            {"name": "private-pkg", "skip_reason": "Dependency not found on PyPI"},
        ]
    }
    monkeypatch.setattr(audit_deps, "_probe_osv", lambda: "OSV: unreachable")
    monkeypatch.setattr(audit_deps, "_probe_pypi", lambda: None)
    monkeypatch.setattr(audit_deps, "_pip_audit", lambda: fake_pip_audit(tmp_path, report))
    assert audit_deps.main([]) == 0
    out = capsys.readouterr().out
    assert "dependency audit (pypi): 1 of 2 packages audited" in out
    assert "not audited: private-pkg" in out
    assert "no known vulnerabilities" in out


def test_the_lock_is_fully_hashed_for_pip_audit() -> None:
    """``--require-hashes``: every pinned requirement of the lock carries a hash."""
    lock = SCRIPT.parents[1] / "requirements.lock"
    text = lock.read_text().replace("\\\n", " ")
    pins = [line for line in text.splitlines() if line and not line.startswith((" ", "#"))]
    assert pins
    for pin in pins:
        assert "==" in pin, pin
        assert "--hash=sha256:" in pin, pin
