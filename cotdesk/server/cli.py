"""``cotdesk-server``: run the central sync server and administer it from the shell.

    cotdesk-server serve --database-url postgresql://... --ssl-certfile C --ssl-keyfile K
    cotdesk-server migrate --database-url ...
    cotdesk-server create-office --code COT01 --name "COT Municipio III" --district rm_m03
    cotdesk-server create-operator --office COT01 --username mrossi --full-name "Mario Rossi" \
        --role supervisor --password-stdin
    cotdesk-server set-operator mrossi --role admin | --deactivate | --password-stdin
    cotdesk-server create-admin-token --name "Mario Rossi"
    cotdesk-server enrollment-code --office COT01
    cotdesk-server set-office-district --office COT01 --district rm_m03   # offices created
                                                                          # without one
    cotdesk-server set-office-settings --office COT01 [--referral-answer-days N] \
        [--retention-years N]           # office-wide settings, sent to its desks
    cotdesk-server revoke-device DEVICE_ID   # also frees an un-enrolled desk to enroll again
    cotdesk-server new-epoch        # after restoring the database from a backup
    cotdesk-server --demo [--data-dir D] [--port 8443]   # SQLite + self-signed certificate

The database URL (``postgresql://...``, or ``sqlite:///path`` for one office) may also come
from ``COTDESK_SERVER_DATABASE_URL``. The server speaks
HTTPS only: ``serve`` refuses to start without a certificate and its key. Messages for the
person at the terminal are Italian.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import socket
import sys
import uuid
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

from cotdesk.server.settings import ENV_PREFIX, ServerSettings

EXIT_USAGE = 2

PORT_BUSY = (
    "Impossibile ascoltare su {host}:{port} ({problem}): la porta è già in uso o non "
    "consentita. Indicare un'altra porta con --port."
)
TLS_REQUIRED = (
    "Il server di sincronizzazione funziona solo in HTTPS: indicare --ssl-certfile e "
    "--ssl-keyfile (certificato e chiave in formato PEM)."
)
NO_DATABASE = (
    "Indicare il database PostgreSQL con --database-url o con la variabile "
    f"{ENV_PREFIX}DATABASE_URL (es. postgresql://cotdesk@localhost/cotdesk; per un solo "
    "ufficio anche sqlite:///percorso/server.sqlite3), oppure provare --demo."
)
SCHEMA_NOT_CURRENT = (
    "Lo schema del database non è aggiornato: eseguire prima `cotdesk-server migrate`."
)


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--database-url",
        default=os.environ.get(ENV_PREFIX + "DATABASE_URL"),
        help="database PostgreSQL (postgresql://utente@host:porta/nome)",
    )
    parser = argparse.ArgumentParser(
        prog="cotdesk-server", description="Server di sincronizzazione di cotdesk"
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="dimostrazione: SQLite e certificato autofirmato in una cartella, un ufficio "
        "DEMO e un codice di attivazione",
    )
    demo = parser.add_argument_group("modalità dimostrativa (--demo)")
    demo.add_argument(
        "--data-dir", type=Path, default=None, metavar="CARTELLA", help="cartella dei dati"
    )
    demo.add_argument(
        "--host",
        dest="demo_host",
        metavar="INDIRIZZO",
        default="0.0.0.0",
        help="indirizzo di ascolto",
    )
    demo.add_argument(
        "--port",
        dest="demo_port",
        metavar="PORTA",
        type=int,
        default=8443,
        help="porta (0: una libera)",
    )
    demo.add_argument(
        "--hostname",
        dest="demo_hostnames",
        metavar="NOME",
        action="append",
        default=[],
        help="altro nome o indirizzo del server da mettere nel certificato (ripetibile)",
    )
    demo.add_argument("--log-level", dest="demo_log_level", metavar="LIVELLO", default="info")
    demo.add_argument(
        "--office-id",
        dest="demo_office_id",
        metavar="UUID",
        type=uuid.UUID,
        default=None,
        help="id dell'ufficio dimostrativo alla prima creazione (per sincronizzare una "
        "postazione che ha già dati di quell'ufficio)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMANDO")

    serve = commands.add_parser("serve", parents=[common], help="avvia il server (HTTPS)")
    serve.add_argument("--ssl-certfile", type=Path, help="certificato del server (PEM)")
    serve.add_argument("--ssl-keyfile", type=Path, help="chiave privata del server (PEM)")
    serve.add_argument("--host", default="0.0.0.0", help="indirizzo di ascolto")
    serve.add_argument("--port", type=int, default=8443, help="porta di ascolto")
    serve.add_argument("--log-level", default="info")
    serve.add_argument(
        "--migrate", action="store_true", help="aggiorna lo schema del database prima di avviare"
    )

    commands.add_parser("migrate", parents=[common], help="aggiorna lo schema del database")

    office = commands.add_parser("create-office", parents=[common], help="crea un ufficio")
    office.add_argument("--code", required=True)
    office.add_argument("--name", required=True)
    office.add_argument("--id", type=uuid.UUID, default=None)
    office.add_argument(
        "--district",
        required=True,
        help="municipio dell'ufficio (es. rm_m05), obbligatorio",
    )
    office.add_argument("--address", default=None, help="indirizzo")
    office.add_argument("--phone", default=None, help="telefono")
    office.add_argument("--email", default=None, help="email")

    operator = commands.add_parser(
        "create-operator", parents=[common], help="crea un operatore di un ufficio"
    )
    operator.add_argument("--office", required=True, help="codice o id dell'ufficio")
    operator.add_argument("--username", required=True)
    operator.add_argument("--full-name", required=True, help="nome e cognome")
    operator.add_argument("--role", choices=("operator", "supervisor", "admin"), default="operator")
    operator.add_argument(
        "--password-stdin", action="store_true", help="legge la password da standard input"
    )

    change = commands.add_parser(
        "set-operator", parents=[common], help="ruolo, attivazione o password di un operatore"
    )
    change.add_argument("operator", help="nome utente o id dell'operatore")
    change.add_argument("--role", choices=("operator", "supervisor", "admin"), default=None)
    change.add_argument("--deactivate", action="store_true", help="disattiva l'operatore")
    change.add_argument("--activate", action="store_true", help="riattiva l'operatore")
    change.add_argument(
        "--password-stdin", action="store_true", help="nuova password da standard input"
    )

    token = commands.add_parser(
        "create-admin-token", parents=[common], help="crea un token di amministratore"
    )
    token.add_argument("--name", required=True, help="chi userà il token")

    code = commands.add_parser(
        "enrollment-code", parents=[common], help="codice monouso per registrare una postazione"
    )
    code.add_argument("--office", required=True, help="codice o id dell'ufficio")
    code.add_argument("--hours", type=int, default=72, help="validità in ore")

    _add_set_office_district(commands, common)
    _add_set_office_settings(commands, common)
    revoke = commands.add_parser(
        "revoke-device",
        parents=[common],
        help="revoca una postazione (e la libera per una nuova registrazione)",
    )
    revoke.add_argument("device_id", type=uuid.UUID)

    commands.add_parser(
        "new-epoch",
        parents=[common],
        help="nuova epoca dopo un ripristino da backup: le postazioni risincronizzano",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.demo:
        return _demo(args)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    if not args.database_url:
        print(NO_DATABASE, file=sys.stderr)
        return EXIT_USAGE
    if args.command == "serve":
        return _serve(args)
    return _admin_command(args)


def _serve(args: argparse.Namespace) -> int:
    certfile: Path | None = args.ssl_certfile
    keyfile: Path | None = args.ssl_keyfile
    if certfile is None or keyfile is None:
        print(TLS_REQUIRED, file=sys.stderr)
        return EXIT_USAGE
    for path in (certfile, keyfile):
        if not path.is_file():
            print(f"File non trovato: {path}. {TLS_REQUIRED}", file=sys.stderr)
            return EXIT_USAGE
    settings = ServerSettings(
        database_url=args.database_url,
        ssl_certfile=certfile,
        ssl_keyfile=keyfile,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
    )
    from cotdesk.server import store

    engine = store.create_server_engine(settings.database_url)
    try:
        if args.migrate:
            store.upgrade(engine)
        if not store.schema_is_current(engine):
            print(SCHEMA_NOT_CURRENT, file=sys.stderr)
            return EXIT_USAGE
    finally:
        engine.dispose()
    run(settings)
    return 0


def run(settings: ServerSettings, *, sock: socket.socket | None = None) -> None:
    """Serve ``settings`` with uvicorn over TLS until interrupted (on ``sock`` if given:
    already bound, e.g. to a port chosen by the system)."""
    import uvicorn

    from cotdesk.server.app import create_app

    if settings.ssl_certfile is None or settings.ssl_keyfile is None:
        raise ValueError(TLS_REQUIRED)
    logging.basicConfig(level=settings.log_level.upper())
    config = uvicorn.Config(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        ssl_certfile=str(settings.ssl_certfile),
        ssl_keyfile=str(settings.ssl_keyfile),
        log_level=settings.log_level,
        server_header=False,
        proxy_headers=False,
    )
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl+C: uvicorn has shut down cleanly
        uvicorn.Server(config).run(sockets=[sock] if sock is not None else None)


def _demo(args: argparse.Namespace) -> int:
    """``--demo``: prepare the data folder, bind the port, print the banner, serve."""
    from cotdesk.server import demo

    host: str = args.demo_host
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, args.demo_port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        print(
            PORT_BUSY.format(host=host, port=args.demo_port, problem=exc.strerror or exc),
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        prepared = demo.prepare(
            args.data_dir or demo.default_data_dir(),
            host=host,
            port=int(sock.getsockname()[1]),
            hostnames=args.demo_hostnames,
            log_level=args.demo_log_level,
            office_id=args.demo_office_id,
        )
        print(demo.banner(prepared), flush=True)
        run(prepared.settings, sock=sock)
    finally:
        sock.close()
    return 0


def _read_password(args: argparse.Namespace) -> str | None:
    if not args.password_stdin:
        return None
    return sys.stdin.readline().rstrip("\n")


def _operator_command(session: Any, args: argparse.Namespace) -> int:
    """``create-operator`` / ``set-operator``: the row reaches the office's desks."""
    from sqlalchemy import or_, select

    from cotdesk.server import managed, store

    if args.command == "create-operator":
        office_filter = [store.Office.code == args.office]
        with contextlib.suppress(ValueError):
            office_filter.append(store.Office.id == uuid.UUID(args.office))
        found = session.execute(
            select(store.Office.id).where(or_(*office_filter))
        ).scalar_one_or_none()
        if found is None:
            print(f"Ufficio sconosciuto: {args.office}", file=sys.stderr)
            return 1
        info = managed.create_operator(
            session,
            office_id=found,
            username=args.username,
            full_name=args.full_name,
            role=args.role,
            password=_read_password(args),
        )
        print(f"Operatore creato: {info.username} ({info.id}), ruolo {info.role}")
        return 0
    info = managed.find_operator(session, args.operator)
    active = False if args.deactivate else (True if args.activate else None)
    info = managed.update_operator(
        session, info.id, role=args.role, active=active, password=_read_password(args)
    )
    state = "attivo" if info.active else "disattivato"
    print(f"Operatore {info.username}: ruolo {info.role}, {state}")
    return 0


def _add_set_office_district(commands: Any, common: argparse.ArgumentParser) -> None:
    district = commands.add_parser(
        "set-office-district",
        parents=[common],
        help="imposta il municipio di un ufficio creato senza (poi arriva alle postazioni)",
    )
    district.add_argument("--office", required=True, help="codice o id dell'ufficio")
    district.add_argument("--district", required=True, help="municipio (es. rm_m05)")


def _add_set_office_settings(commands: Any, common: argparse.ArgumentParser) -> None:
    settings = commands.add_parser(
        "set-office-settings",
        parents=[common],
        help="imposta le impostazioni valide per tutto l'ufficio (poi arrivano alle postazioni)",
    )
    settings.add_argument("--office", required=True, help="codice o id dell'ufficio")
    settings.add_argument(
        "--referral-answer-days",
        type=int,
        metavar="N",
        help="dopo quanti giorni senza risposta dell'ente un invio va nella coda (1-90)",
    )
    settings.add_argument(
        "--retention-years",
        type=int,
        metavar="N",
        help="per quanti anni dalla chiusura si conservano i dati di una persona (1-30)",
    )


def _find_office(session: Any, key: str) -> uuid.UUID | None:
    """The id of the office with code or id ``key``."""
    from sqlalchemy import or_, select

    from cotdesk.server import store

    office_filter = [store.Office.code == key]
    with contextlib.suppress(ValueError):
        office_filter.append(store.Office.id == uuid.UUID(key))
    found: uuid.UUID | None = session.execute(
        select(store.Office.id).where(or_(*office_filter))
    ).scalar_one_or_none()
    return found


def _office_command(session: Any, args: argparse.Namespace) -> int:
    """``enrollment-code``, ``set-office-district`` and ``set-office-settings``: commands on
    an existing office."""
    from cotdesk.server import admin

    found = _find_office(session, args.office)
    if found is None:
        print(f"Ufficio sconosciuto: {args.office}", file=sys.stderr)
        return 1
    if args.command == "set-office-district":
        admin.set_office_district(session, found, args.district)
        print(f"Municipio dell'ufficio {args.office}: {args.district.strip()}")
        return 0
    if args.command == "set-office-settings":
        changes = {
            "referral_answer_days": args.referral_answer_days,
            "retention_years": args.retention_years,
        }
        result = admin.set_office_settings(session, found, changes)
        print(f"Impostazioni dell'ufficio {result.code} (arrivano alle sue postazioni):")
        for spec in admin.OFFICE_SETTINGS:
            print(f"  {spec.label}: {result.values[spec.field]} {spec.unit}")
        return 0
    issued = admin.create_enrollment_code(session, found, valid_for=timedelta(hours=args.hours))
    expires = issued.expires_at.strftime("%d/%m/%Y %H:%M UTC")
    print(f"Codice di attivazione (monouso, valido fino al {expires}):")
    print(issued.code)
    return 0


def _admin_command(args: argparse.Namespace) -> int:

    from cotdesk.server import admin, store
    from cotdesk.server.errors import ServerError

    engine = store.create_server_engine(args.database_url, pool_size=1)
    try:
        if args.command == "migrate":
            store.upgrade(engine)
            print("Schema del database aggiornato.")
            return 0
        if not store.schema_is_current(engine):
            print(SCHEMA_NOT_CURRENT, file=sys.stderr)
            return EXIT_USAGE
        sessions = store.session_factory(engine)
        with sessions.begin() as session:
            if args.command == "create-office":
                details = {
                    "district_code": args.district,
                    "address": args.address,
                    "phone": args.phone,
                    "email": args.email,
                }
                office = admin.create_office(
                    session, code=args.code, name=args.name, office_id=args.id, details=details
                )
                print(f"Ufficio creato: {office.code} ({office.id})")
            elif args.command in ("create-operator", "set-operator"):
                return _operator_command(session, args)
            elif args.command == "create-admin-token":
                token = admin.create_admin_token(session, args.name)
                print("Token di amministratore (mostrato una sola volta, conservarlo):")
                print(token)
            elif args.command in (
                "enrollment-code",
                "set-office-district",
                "set-office-settings",
            ):
                return _office_command(session, args)
            elif args.command == "revoke-device":
                admin.revoke_device(session, args.device_id)
                print(f"Postazione revocata: {args.device_id}")
                print(
                    "Se la sua registrazione è stata annullata, può essere registrata di nuovo "
                    "nello stesso ufficio con un nuovo codice di attivazione."
                )
            elif args.command == "new-epoch":
                epoch = admin.bump_epoch(session)
                print(f"Nuova epoca {epoch}: le postazioni ripeteranno la sincronizzazione.")
        return 0
    except ServerError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    finally:
        engine.dispose()
