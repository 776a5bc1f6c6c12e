"""Certificate fingerprints and server addresses, as the enrollment dialog uses them."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import trustme

from cotdesk.services.sync import value_text
from cotdesk.sync import tls


@pytest.fixture(scope="module")
def pem() -> str:
    return trustme.CA().issue_cert("127.0.0.1").cert_chain_pems[0].bytes().decode()


def test_the_fingerprint_is_the_sha256_of_the_der_in_pairs(pem: str) -> None:
    import ssl

    der = ssl.PEM_cert_to_DER_cert(pem)
    digest = hashlib.sha256(der).hexdigest().upper()
    printed = tls.fingerprint(pem)
    assert printed.replace(":", "") == digest
    assert len(printed) == 95
    assert tls.fingerprint(der) == printed


def test_a_typed_fingerprint_is_read_in_any_form(pem: str) -> None:
    printed = tls.fingerprint(pem)
    assert tls.normalise_fingerprint(printed.lower().replace(":", " ")) == printed
    with pytest.raises(tls.CertificateError, match="64 cifre"):
        tls.normalise_fingerprint("AB:CD")


def test_server_addresses_must_be_https_with_a_host() -> None:
    assert tls.split_url(" https://cot.example.it:8443/ ") == (
        "https://cot.example.it:8443",
        "cot.example.it",
        8443,
    )
    assert tls.split_url("https://10.0.0.5")[2] == 443
    with pytest.raises(tls.CertificateError, match="https://"):
        tls.split_url("http://10.0.0.5:8443")
    with pytest.raises(tls.CertificateError, match="non valido"):
        tls.split_url("https://:99999")


def test_a_pin_is_written_beside_the_database_and_forgotten(tmp_path: Path, pem: str) -> None:
    database = tmp_path / "cotdesk.db"
    assert tls.pinned_ca_file(database) is None
    path = tls.pin_certificate(database, pem)
    assert path == tmp_path / "cotdesk.db.server-cert.pem"
    assert tls.pinned_ca_file(database) == path
    assert path.read_text() == pem
    tls.forget_pin(database)
    assert tls.pinned_ca_file(database) is None


def test_values_read_as_people_write_them() -> None:
    assert value_text(None) == "(vuoto)"
    assert value_text("") == "(vuoto)"
    assert value_text(True) == "sì"
    assert value_text("2026-11-25") == "25/11/2026"
    assert value_text(["it", "ro"]) == "it, ro"
    assert value_text("06 1234") == "06 1234"
