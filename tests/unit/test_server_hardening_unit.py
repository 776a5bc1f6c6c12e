"""Server hardening pieces on their own: the access log redaction, the password hash check,
the wire bounds, and uvicorn run without a Server banner (no database needed)."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from cotdesk.domain.passwords import hash_password
from cotdesk.server import hardening
from cotdesk.server.security import code_hash, is_slow_password_hash
from cotdesk.server.settings import ServerSettings
from cotdesk.sync.protocol import MAX_WIRE_DEPTH, MAX_WIRE_ITEMS, MAX_WIRE_STRING, WireValue

URL = "postgresql://nobody@127.0.0.1:1/none"


def access_record(path: str) -> logging.LogRecord:
    return logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        "h11_impl.py",
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5000", "POST", path, "1.1", 200),
        None,
    )


def test_the_access_log_shows_routes_without_query_and_hides_other_paths() -> None:
    from cotdesk.server.app import create_app

    create_app(ServerSettings(database_url=URL))  # teaches the filter the routes
    redaction = hardening.AccessLogRedaction()
    redaction.routes = hardening._ACCESS_FILTER.routes
    device = uuid.uuid4()
    cases = {
        "/v1/push": "/v1/push",
        "/v1/pull?cognome=Rossi&cf=RSSMRA80A01H501U": "/v1/pull",
        f"/v1/devices/{device}/revoke": f"/v1/devices/{device}/revoke",
        "/v1/devices/RSSMRA80A01H501U/revoke": hardening.UNKNOWN_PATH,
        "/v1/persone/Mario%20Rossi": hardening.UNKNOWN_PATH,
        "/openapi.json": "/openapi.json",
    }
    for path, shown in cases.items():
        record = access_record(path)
        assert redaction.filter(record)
        assert record.getMessage() == f'127.0.0.1:5000 - "POST {shown} HTTP/1.1" 200', path
    other = logging.LogRecord("x", logging.INFO, "f", 1, "plain %s", ("Rossi",), None)
    assert redaction.filter(other)
    assert other.getMessage() == "plain Rossi"
    assert hardening._ACCESS_FILTER in logging.getLogger("uvicorn.access").filters


def test_only_slow_password_hashes_pass() -> None:
    good = hash_password("Segreta2026!")
    _, n, r, p, salt, digest = good.split("$")
    assert is_slow_password_hash(good)
    assert is_slow_password_hash("")  # no password yet
    for bad in (
        "Segreta2026!",
        "scrypt$x",
        f"scrypt$1024${r}${p}${salt}${digest}",
        f"scrypt${n}$1${p}${salt}${digest}",
        f"scrypt${n}${r}${p}$AAAA${digest}",
        f"scrypt${n}${r}${p}${salt}$AAAA",
        f"bcrypt${n}${r}${p}${salt}${digest}",
        f"scrypt${n}${r}${p}${salt}$!!notbase64!!",
        None,
        42,
        "scrypt$" + "9" * 400,
    ):
        assert not is_slow_password_hash(bad), bad


def test_enrollment_codes_hash_slowly_and_forgive_typing() -> None:
    assert len(code_hash("ABCD-EFGH-JKMN")) == 32
    assert code_hash("abcd efgh jkmn") == code_hash("ABCD-EFGH-JKMN")
    assert code_hash("ABCD-EFGH-JKMO") == code_hash("ABCD-EFGH-JKM0")  # O read as zero
    assert code_hash("ABCD-EFGH-JKMN") != code_hash("ABCD-EFGH-JKMP")


@pytest.mark.parametrize(
    "value",
    [
        "x" * MAX_WIRE_STRING,
        list(range(MAX_WIRE_ITEMS)),
        {"k": [[[["fondo"]]]]},
        None,
        1.5,
        True,
    ],
    ids=["longest-string", "longest-list", "nested", "null", "float", "bool"],
)
def test_wire_values_within_bounds_pass(value: Any) -> None:
    assert TypeAdapter(WireValue).validate_python(value) == value


@pytest.mark.parametrize(
    "value",
    [
        "x" * (MAX_WIRE_STRING + 1),
        list(range(MAX_WIRE_ITEMS + 1)),
        {"k" * (MAX_WIRE_STRING + 1): 1},
    ],
    ids=["string", "list", "key"],
)
def test_wire_values_beyond_bounds_fail(value: Any) -> None:
    with pytest.raises(ValidationError):
        TypeAdapter(WireValue).validate_python(value)


def test_wire_nesting_is_bounded_without_recursion() -> None:
    value: Any = "fondo"
    for _ in range(MAX_WIRE_DEPTH - 1):
        value = [value]
    TypeAdapter(WireValue).validate_python(value)
    with pytest.raises(ValidationError):
        TypeAdapter(WireValue).validate_python([[value]])


def test_the_server_runs_without_a_server_banner(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """uvicorn adds ``server: uvicorn`` below the application unless told not to."""
    import uvicorn

    from cotdesk.server import cli

    captured: dict[str, Any] = {}

    class FakeServer:
        def __init__(self, config: uvicorn.Config) -> None:
            captured["config"] = config

        def run(self, sockets: Any = None) -> None:
            captured["ran"] = True

    monkeypatch.setattr(uvicorn, "Server", FakeServer)
    monkeypatch.setattr(logging, "basicConfig", lambda **_: None)
    settings = ServerSettings(
        database_url=URL, ssl_certfile=tmp_path / "c.pem", ssl_keyfile=tmp_path / "k.pem"
    )
    cli.run(settings)
    config = captured["config"]
    assert captured["ran"]
    assert config.server_header is False
    assert config.proxy_headers is False  # the client address is the peer's (rate limits)


def test_database_errors_are_logged_without_their_text() -> None:
    import sys

    import psycopg
    from sqlalchemy.exc import DataError

    from cotdesk.server.app import create_app

    create_app(ServerSettings(database_url=URL))  # installs the filters
    for name in ("cotdesk.server.app", "uvicorn.error"):
        assert hardening._DATABASE_FILTER in logging.getLogger(name).filters

    name = "Scogna" + "miglio"  # (a traceback shows source lines: not the name itself)

    def insert_row() -> None:
        try:
            raise psycopg.errors.UntranslatableCharacter(
                "unsupported Unicode escape sequence\nCONTEXT: JSON data, line 1: "
                f'{{"surname": "{name}\\u0000...'
            )
        except psycopg.Error as exc:
            raise DataError("INSERT INTO sync_row ...", {"surname": name}, exc) from exc

    try:
        insert_row()
    except DataError:
        exc_info = sys.exc_info()
    record = logging.LogRecord(
        "cotdesk.server.app",
        logging.ERROR,
        "app.py",
        1,
        "unexpected error on %s %s",
        ("POST", "/v1/push"),
        exc_info,
    )
    assert hardening.DatabaseErrorRedaction().filter(record)
    text = logging.Formatter().format(record)
    assert "unexpected error on POST /v1/push" in text
    assert "Scognamiglio" not in text
    assert "psycopg.errors.UntranslatableCharacter: (text left out" in text
    assert "sqlalchemy.exc.DataError: (text left out" in text
    assert "in insert_row" in text  # the frames are kept
    assert "The above exception was the direct cause" in text

    # Any other error keeps its whole traceback.
    try:
        raise ValueError("nothing personal")
    except ValueError:
        plain = logging.LogRecord("x", logging.ERROR, "f", 1, "m", None, sys.exc_info())
    assert hardening.DatabaseErrorRedaction().filter(plain)
    assert plain.exc_text is None
    assert "ValueError: nothing personal" in logging.Formatter().format(plain)
