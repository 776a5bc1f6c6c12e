"""``cotdesk-server --demo``: the sync server on a SQLite file with a self-signed certificate.

For a trial in one office or a demonstration, with nothing to install: everything lives in
one data folder (``--data-dir``, by default the user's data folder ``cotdesk-server/demo``):

* ``server.sqlite3``: the server's store (migrated on every start, see
  :func:`cotdesk.server.store._sqlite_engine` for why SQLite is safe here);
* ``demo-cert.pem`` / ``demo-key.pem``: a self-signed certificate made on the first start
  (EC P-256, valid 825 days) for ``localhost``, this computer's names and addresses and any
  ``--hostname`` given; desks trust it by its SHA-256 fingerprint (:mod:`cotdesk.sync.tls`);
* a demo office (``DEMO``), and a fresh one-time enrollment code at every start.

The start prints the addresses, the certificate's fingerprint and the code.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import socket
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from sqlalchemy import select

from cotdesk.server import admin, store
from cotdesk.server.settings import ServerSettings
from cotdesk.sync.tls import fingerprint

DEMO_OFFICE_CODE = "DEMO"
DEMO_OFFICE_NAME = "COT dimostrativa"
DEMO_DISTRICT = "rm_m05"  # the demo office's municipio (an office needs one)
DATABASE_NAME = "server.sqlite3"
CERT_NAME = "demo-cert.pem"
KEY_NAME = "demo-key.pem"
CERT_DAYS = 825


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("cotdesk-server", appauthor=False)) / "demo"


@dataclass(frozen=True, slots=True)
class DemoServer:
    settings: ServerSettings
    data_dir: Path
    urls: list[str]
    fingerprint: str
    office_code: str
    office_id: uuid.UUID
    enrollment_code: str
    code_expires: dt.datetime
    #: The certificate was made by this start (not found in the data folder).
    new_certificate: bool


def local_names() -> tuple[list[str], list[str]]:
    """``(dns names, ip addresses)`` of this computer, loopback first."""
    names = ["localhost"]
    addresses = ["127.0.0.1", "::1"]
    for name in (socket.gethostname(), socket.getfqdn()):
        if name and name not in names and name != "localhost":
            names.append(name)
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None)
    except OSError:
        infos = []
    for info in infos:
        address = str(info[4][0]).split("%")[0]
        if address not in addresses:
            addresses.append(address)
    # The address used to reach the rest of the network (no packet is sent).
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))
            outward = str(probe.getsockname()[0])
        except OSError:
            outward = ""
    if outward and outward not in addresses:
        addresses.append(outward)
    return names, addresses


def make_certificate(
    certfile: Path, keyfile: Path, *, names: Iterable[str], addresses: Iterable[str]
) -> None:
    """A self-signed server certificate and its key (PEM; the key readable by us only)."""
    key = ec.generate_private_key(ec.SECP256R1())
    public = key.public_key()
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "cotdesk-server demo"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "cotdesk"),
        ]
    )
    alternative: list[x509.GeneralName] = [x509.DNSName(name) for name in dict.fromkeys(names)]
    for address in dict.fromkeys(addresses):
        try:
            alternative.append(x509.IPAddress(ipaddress.ip_address(address)))
        except ValueError:
            alternative.append(x509.DNSName(address))
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=CERT_DAYS))
        .add_extension(x509.SubjectAlternativeName(alternative), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    fd = os.open(keyfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(key_pem)
    certfile.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))


def prepare(
    data_dir: Path,
    *,
    host: str = "0.0.0.0",
    port: int = 8443,
    hostnames: Iterable[str] = (),
    log_level: str = "info",
    office_id: uuid.UUID | None = None,
) -> DemoServer:
    """Make the data folder ready: certificate, migrated store, demo office, a new code."""
    data_dir.mkdir(parents=True, exist_ok=True)
    certfile, keyfile = data_dir / CERT_NAME, data_dir / KEY_NAME
    names, addresses = local_names()
    extra = [name for name in hostnames if name]
    new_certificate = not (certfile.is_file() and keyfile.is_file())
    if new_certificate:
        make_certificate(
            certfile,
            keyfile,
            names=[*names, *(n for n in extra if not _is_ip(n))],
            addresses=[*addresses, *(n for n in extra if _is_ip(n))],
        )
    url = f"sqlite:///{(data_dir / DATABASE_NAME).resolve()}"
    engine = store.create_server_engine(url, pool_size=1)
    try:
        store.upgrade(engine)
        sessions = store.session_factory(engine)
        with sessions.begin() as session:
            found = session.execute(
                select(store.Office.id).where(store.Office.code == DEMO_OFFICE_CODE)
            ).scalar_one_or_none()
            if found is None:
                found = admin.create_office(
                    session,
                    code=DEMO_OFFICE_CODE,
                    name=DEMO_OFFICE_NAME,
                    office_id=office_id,
                    details={"district_code": DEMO_DISTRICT},
                ).id
            issued = admin.create_enrollment_code(session, found)
    finally:
        engine.dispose()
    shown_hosts = ["127.0.0.1"] if host in ("127.0.0.1", "localhost") else [host]
    if host in ("0.0.0.0", "::", ""):
        shown_hosts = [a for a in addresses if a != "::1" and ":" not in a]
        shown_hosts += [n for n in extra if n not in shown_hosts]
    return DemoServer(
        settings=ServerSettings(
            database_url=url,
            ssl_certfile=certfile,
            ssl_keyfile=keyfile,
            host=host,
            port=port,
            pool_size=4,
            log_level=log_level,
        ),
        data_dir=data_dir,
        urls=[f"https://{h}:{port}" for h in shown_hosts],
        fingerprint=fingerprint(certfile.read_text(encoding="ascii")),
        office_code=DEMO_OFFICE_CODE,
        office_id=found,
        enrollment_code=issued.code,
        code_expires=issued.expires_at,
        new_certificate=new_certificate,
    )


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def banner(demo: DemoServer) -> str:
    """What the start prints for the person setting up the desks (Italian)."""
    lines = [
        "cotdesk-server — modalità dimostrativa (SQLite, certificato autofirmato)",
        f"Cartella dei dati: {demo.data_dir}",
        "",
        "Indirizzo del server (da inserire nella postazione):",
        *(f"  {url}" for url in demo.urls),
        "",
        "Impronta SHA-256 del certificato (da confrontare sulla postazione):",
        f"  {demo.fingerprint}",
        "",
        f"Ufficio: {demo.office_code} (id {demo.office_id})",
        "",
        f"Codice di attivazione (monouso, ufficio {demo.office_code}, valido fino al "
        f"{demo.code_expires.strftime('%d/%m/%Y %H:%M')} UTC):",
        f"  {demo.enrollment_code}",
        "",
        "Ogni avvio genera un nuovo codice. Per fermare il server: Ctrl+C.",
    ]
    return "\n".join(lines)
