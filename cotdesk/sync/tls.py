"""The sync server's certificate: its SHA-256 fingerprint, fetching it, pinning it on a desk.

A server whose certificate comes from a public certificate authority is trusted through
the system's trust store and needs nothing here. A server with a self-signed certificate
(``cotdesk-server --demo``, or an office's own server) is trusted **by pinning**: at
enrollment the desk fetches the certificate, shows its SHA-256 fingerprint, the network
administrator compares it with the one the server printed, and only then the desk keeps
the certificate beside its database (``<database>.server-cert.pem``) and verifies every
later connection against it (host name included). The certificate is public: keeping it
in a file is safe; the device token stays in the keyring (:mod:`cotdesk.sync.credentials`).
"""

from __future__ import annotations

import hashlib
import os
import socket
import ssl
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final
from urllib.parse import urlsplit

from cotdesk.errors import UserError

#: Suffix of the pinned certificate's file, beside the desk's database.
PIN_SUFFIX: Final = ".server-cert.pem"
FETCH_TIMEOUT_S: Final = 10.0

HTTPS_ONLY = "L'indirizzo del server deve iniziare con https:// (la sincronizzazione è cifrata)."
BAD_URL = (
    "Indirizzo del server non valido: scriverlo come https://nome-o-indirizzo:porta "
    "(es. https://192.168.1.10:8443)."
)
UNREACHABLE = (
    "Server di sincronizzazione non raggiungibile all'indirizzo {url} ({problem}): "
    "verificare l'indirizzo e la porta, che il server sia avviato e che la rete funzioni."
)
NOT_TLS = (
    "All'indirizzo {url} risponde un servizio che non parla HTTPS ({problem}): "
    "verificare l'indirizzo e la porta del server di sincronizzazione."
)
MISMATCH = (
    "L'impronta del certificato del server ({actual}) non corrisponde a quella indicata "
    "({expected}): la postazione NON è stata registrata. Potrebbe non essere il server "
    "giusto: verificare l'indirizzo con l'amministratore di rete."
)
BAD_FINGERPRINT = (
    "L'impronta indicata non è un'impronta SHA-256 valida: sono 64 cifre esadecimali, "
    "anche separate da due punti (es. 3A:F1:...)."
)


class CertificateError(UserError):
    """The server cannot be reached, does not speak TLS, or its certificate is not the
    expected one; the message (Italian) says what to do."""


class CertificateMismatch(CertificateError):
    """The server's certificate is not the one the person was told to expect."""


@dataclass(frozen=True, slots=True)
class ServerCertificate:
    """The certificate a server presented (not yet trusted)."""

    url: str
    host: str
    port: int
    pem: str
    fingerprint: str
    #: The system's trust store already trusts it (for this host name): no pin needed.
    trusted_by_system: bool


def fingerprint(certificate: str | bytes) -> str:
    """SHA-256 of the certificate (PEM text or DER bytes) as ``AB:CD:...`` (95 characters)."""
    der = ssl.PEM_cert_to_DER_cert(certificate) if isinstance(certificate, str) else certificate
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed (any case, with or without colons or spaces) in canonical
    form; :class:`CertificateError` if it is not 64 hexadecimal digits."""
    digits = "".join(ch for ch in text if ch not in ": \t-").upper()
    if len(digits) != 64 or any(ch not in "0123456789ABCDEF" for ch in digits):
        raise CertificateError(BAD_FINGERPRINT)
    return ":".join(digits[i : i + 2] for i in range(0, 64, 2))


def split_url(url: str) -> tuple[str, str, int]:
    """``(url, host, port)`` of an ``https://`` server address (trailing slash removed)."""
    url = url.strip().rstrip("/")
    if not url.lower().startswith("https://"):
        raise CertificateError(HTTPS_ONLY)
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port or 443
    except ValueError:
        raise CertificateError(BAD_URL) from None
    if not host:
        raise CertificateError(BAD_URL)
    return url, host, port


def _trusted_by_system(host: str, port: int, timeout: float) -> bool:
    context = ssl.create_default_context()
    try:
        with (
            socket.create_connection((host, port), timeout=timeout) as raw,
            context.wrap_socket(raw, server_hostname=host),
        ):
            return True
    except (ssl.SSLError, OSError):
        return False


def fetch_certificate(url: str, *, timeout: float = FETCH_TIMEOUT_S) -> ServerCertificate:
    """The certificate the server at ``url`` presents, fetched **without** trusting it
    (to show its fingerprint); :class:`CertificateError` if nothing TLS answers there."""
    url, host, port = split_url(url)
    try:
        pem = ssl.get_server_certificate((host, port), timeout=timeout)
    except ssl.SSLError as exc:
        raise CertificateError(NOT_TLS.format(url=url, problem=exc.reason or exc)) from exc
    except (OSError, ValueError) as exc:
        problem = type(exc).__name__ if not str(exc) else str(exc)
        raise CertificateError(UNREACHABLE.format(url=url, problem=problem)) from exc
    return ServerCertificate(
        url=url,
        host=host,
        port=port,
        pem=pem,
        fingerprint=fingerprint(pem),
        trusted_by_system=_trusted_by_system(host, port, timeout),
    )


def check_expected(certificate: ServerCertificate, expected: str) -> None:
    """:class:`CertificateMismatch` unless ``expected`` (as typed) is its fingerprint."""
    wanted = normalise_fingerprint(expected)
    if wanted != certificate.fingerprint:
        raise CertificateMismatch(MISMATCH.format(actual=certificate.fingerprint, expected=wanted))


def pin_path(database_path: Path) -> Path:
    """Where a desk keeps the pinned certificate of its server."""
    return database_path.with_name(database_path.name + PIN_SUFFIX)


def pinned_ca_file(database_path: Path) -> Path | None:
    """The pinned certificate to verify the server with, or None (system trust store)."""
    path = pin_path(database_path)
    return path if path.is_file() else None


def pin_certificate(database_path: Path, pem: str) -> Path:
    """Keep ``pem`` as the desk's trusted server certificate (written atomically)."""
    path = pin_path(database_path)
    fd, temporary = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(pem)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def forget_pin(database_path: Path) -> None:
    pin_path(database_path).unlink(missing_ok=True)
