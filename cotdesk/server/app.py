"""The sync server's HTTP API: ``create_app(settings)`` builds a FastAPI application.

Route handlers stay thin: they authenticate, open one transaction and call the plain
functions of :mod:`~cotdesk.server.push`, :mod:`~cotdesk.server.pull` and
:mod:`~cotdesk.server.admin`. Endpoints are plain ``def`` (run in the thread pool) with
synchronous SQLAlchemy sessions.

Every answer other than 2xx carries an :class:`~cotdesk.sync.protocol.ErrorBody` with an
Italian message. Before any route runs, :class:`RequestGuard` refuses requests of another
protocol version (426), bodies that are not JSON (415) and bodies larger than the limit
(413), so nothing of them is parsed or applied.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Header, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException as StarletteHTTPException

from cotdesk.server import admin, admin_api, conflicts, hardening
from cotdesk.server.admin import DeviceIdentity
from cotdesk.server.errors import ServerError
from cotdesk.server.pull import pull_json
from cotdesk.server.push import push
from cotdesk.server.ratelimit import RateLimit
from cotdesk.server.security import TokenVerifier
from cotdesk.server.settings import ServerSettings
from cotdesk.server.store import create_server_engine, session_factory, utcnow
from cotdesk.sync.protocol import (
    MIN_PROTOCOL_VERSION,
    PROTOCOL_HEADER,
    PROTOCOL_MAX_HEADER,
    PROTOCOL_MIN_HEADER,
    PROTOCOL_VERSION,
    ConflictsPage,
    ConflictsRequest,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    LineText,
    PullPage,
    PullRequest,
    PushRequest,
    PushResponse,
    ResolveRequest,
    ResolveResponse,
)

log = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: Paths under /v1/ that need no protocol header (a desk checks them before it knows).
UNVERSIONED_PATHS = frozenset({"/v1/health"})

WRONG_PROTOCOL = (
    "Versione del protocollo di sincronizzazione non supportata (la postazione usa {got}, "
    "il server {want}). Aggiornare cotdesk sulla postazione."
)
SERVER_OUTDATED = (
    "Versione del protocollo di sincronizzazione non supportata (la postazione usa {got}, "
    "il server {want}): la postazione è più recente del server. Aggiornare cotdesk-server "
    "sul server di sincronizzazione."
)
#: The versions this server serves, on every answer (the desk tells who is too old).
VERSION_HEADERS = [
    (PROTOCOL_HEADER.lower().encode(), str(PROTOCOL_VERSION).encode()),
    (PROTOCOL_MIN_HEADER.lower().encode(), str(MIN_PROTOCOL_VERSION).encode()),
    (PROTOCOL_MAX_HEADER.lower().encode(), str(PROTOCOL_VERSION).encode()),
]
TOO_LARGE = (
    "Richiesta troppo grande (oltre {limit} MB): la postazione deve inviare le modifiche "
    "in lotti più piccoli."
)
NOT_JSON_TYPE = "Il corpo della richiesta deve essere JSON (Content-Type: application/json)."
INVALID_JSON = "Il corpo della richiesta non è JSON valido: è troncato o danneggiato."
INVALID_REQUEST = "La richiesta non rispetta il protocollo di sincronizzazione."
INTERNAL = (
    "Errore interno del server: nessuna modifica è stata applicata. "
    "La sincronizzazione sarà ripetuta automaticamente."
)
HTTP_MESSAGES = {
    404: "Indirizzo sconosciuto al server di sincronizzazione.",
    405: "Metodo non consentito per questo indirizzo.",
}


def _small_number(text: str) -> bool:
    """``text`` is a protocol version number (ASCII digits, a few of them)."""
    return text.isascii() and text.isdigit() and len(text) < 6


def _error_bytes(error: str, message: str, details: list[str] | None = None) -> bytes:
    body = ErrorBody(error=error, message=message, details=details or [])
    return body.model_dump_json().encode("utf-8")


def error_response(
    status: int,
    error: str,
    message: str,
    *,
    details: list[str] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = ErrorBody(error=error, message=message, details=details or [])
    return JSONResponse(status_code=status, content=body.model_dump(), headers=headers)


class RequestGuard:
    """Pure ASGI middleware: protocol version, media type and body size, before any route.

    The body is read here (at most ``max_body_bytes``) and handed on, so a route never
    starts on a request that will turn out too large. An oversize body is read to its end
    (up to a bound) before the 413, so the client sees the answer rather than a reset.
    """

    DRAIN_FACTOR = 8

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_version(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.extend(VERSION_HEADERS)
                message["headers"] = headers
            await send(message)

        path: str = scope["path"]
        if not path.startswith("/v1/") or path in UNVERSIONED_PATHS:
            await self.app(scope, receive, send_with_version)
            return
        headers = {key.decode("latin-1").lower(): value for key, value in scope["headers"]}
        refusal = self._refusal(scope["method"], headers)
        if refusal is not None:
            await self._drain(receive)
            await self._answer(send_with_version, *refusal)
            return
        read = await self._read_body(receive, headers.get("content-length"))
        if read is None:
            return  # the client went away: nothing to answer, nothing applied
        body, ended = read
        if len(body) > self.max_body_bytes or not ended:
            if not ended:
                await self._drain(receive)
            limit = self.max_body_bytes / (1024 * 1024)
            await self._answer(
                send_with_version, 413, "payload_too_large", TOO_LARGE.format(limit=f"{limit:g}")
            )
            return

        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send_with_version)

    @staticmethod
    def _refusal(
        method: str, headers: dict[str, bytes]
    ) -> tuple[int, str, str, list[tuple[bytes, bytes]]] | None:
        """Status, code, message and headers to refuse the request with, or None."""
        version = headers.get(PROTOCOL_HEADER.lower())
        version_text = version.decode("latin-1").strip() if version else ""
        number = int(version_text) if _small_number(version_text) else -1
        if not MIN_PROTOCOL_VERSION <= number <= PROTOCOL_VERSION:
            want = (
                str(PROTOCOL_VERSION)
                if MIN_PROTOCOL_VERSION == PROTOCOL_VERSION
                else f"{MIN_PROTOCOL_VERSION}-{PROTOCOL_VERSION}"
            )
            template = SERVER_OUTDATED if number > PROTOCOL_VERSION else WRONG_PROTOCOL
            message = template.format(got=version_text or "nessuna", want=want)
            upgrade = [(b"upgrade", f"cotdesk-sync/{PROTOCOL_VERSION}".encode())]
            return 426, "protocol_version", message, upgrade
        declared = headers.get("content-length", b"0").strip()
        has_body = declared != b"0" or "transfer-encoding" in headers
        if method in ("POST", "PUT", "PATCH") and has_body:
            content_type = headers.get("content-type", b"").decode("latin-1").lower()
            if content_type.split(";")[0].strip() != "application/json":
                return 415, "unsupported_media_type", NOT_JSON_TYPE, []
        return None

    async def _read_body(
        self, receive: Receive, declared: bytes | None
    ) -> tuple[bytes, bool] | None:
        """``(body, ended)``; the body is longer than the limit when it is too large (then
        reading stopped there, or never started if the declared length is too large).
        None if the client disconnected."""
        if declared is not None and declared.isdigit() and int(declared) > self.max_body_bytes:
            return b"", False
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk = message.get("body", b"")
            size += len(chunk)
            chunks.append(chunk)
            ended = not message.get("more_body", False)
            if size > self.max_body_bytes or ended:
                return b"".join(chunks), ended

    async def _drain(self, receive: Receive) -> None:
        remaining = self.max_body_bytes * self.DRAIN_FACTOR
        while remaining > 0:
            message = await receive()
            if message["type"] != "http.request":
                return
            remaining -= len(message.get("body", b""))
            if not message.get("more_body", False):
                return

    @staticmethod
    async def _answer(
        send: Send,
        status: int,
        error: str,
        message: str,
        extra_headers: list[tuple[bytes, bytes]] | None = None,
    ) -> None:
        payload = _error_bytes(error, message)
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(payload)).encode()),
            *(extra_headers or []),
        ]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})


# --------------------------------------------------------------------------- admin API models


class _Api(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OfficeCreate(_Api):
    code: LineText = Field(min_length=1, max_length=20)
    name: LineText = Field(min_length=1, max_length=200)
    id: uuid.UUID | None = None
    #: The office's municipio (e.g. ``rm_m05``), required: a code of the desk's reference
    #: districts. Checked by the server (a missing or unknown one: 422 with an Italian
    #: message listing the valid codes), so it is not marked required in this model.
    district_code: LineText | None = Field(default=None, max_length=40)
    address: LineText | None = Field(default=None, max_length=300)
    phone: LineText | None = Field(default=None, max_length=50)
    email: LineText | None = Field(default=None, max_length=200)
    opening_hours: LineText | None = Field(default=None, max_length=300)


class OfficeOut(_Api):
    id: uuid.UUID
    code: str
    name: str


class EnrollmentCodeOut(_Api):
    #: Shown once: give it to the person enrolling the desk.
    code: str
    office_id: uuid.UUID
    expires_at: datetime


class DeviceRevoked(_Api):
    device_id: uuid.UUID
    revoked_at: datetime


class Health(_Api):
    status: str
    protocol: int


# --------------------------------------------------------------------------- the application

ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": description}
    for status, description in {
        400: "Corpo non JSON o troncato",
        401: "Token mancante, non valido o revocato",
        413: "Corpo troppo grande",
        415: "Corpo non JSON",
        422: "Richiesta fuori protocollo",
        426: "Versione del protocollo non supportata",
        429: "Troppi tentativi: riprovare dopo Retry-After secondi",
    }.items()
}

bearer = HTTPBearer(auto_error=False, description="Token della postazione o dell'amministratore")


def protocol_header(
    version: Annotated[
        int,
        Header(
            alias=PROTOCOL_HEADER,
            description="Versione del protocollo (il server risponde 426 se diversa)",
        ),
    ],
) -> None:
    """Documents the header; :class:`RequestGuard` has already checked it."""


def _sessions(request: Request) -> sessionmaker[Session]:
    sessions: sessionmaker[Session] = request.app.state.sessions
    return sessions


def device_identity(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> DeviceIdentity:
    """The authenticated desk (401 otherwise), checked in its own short transaction."""
    header = f"Bearer {credentials.credentials}" if credentials else None
    with _sessions(request)() as session:
        return admin.authenticate_device(session, request.app.state.verifier, header)


def admin_identity(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> uuid.UUID:
    header = f"Bearer {credentials.credentials}" if credentials else None
    with _sessions(request)() as session:
        return admin.authenticate_admin(session, request.app.state.verifier, header)


DeviceDep = Annotated[DeviceIdentity, Depends(device_identity)]
AdminDep = Annotated[uuid.UUID, Depends(admin_identity)]


def create_app(settings: ServerSettings, *, engine: Engine | None = None) -> FastAPI:
    """The server application for ``settings`` (its engine is made here unless given)."""
    own_engine = engine is None
    db = engine or create_server_engine(
        settings.database_url,
        idle_in_transaction_timeout_ms=settings.idle_in_transaction_timeout_ms,
        pool_size=settings.pool_size,
    )
    sessions: sessionmaker[Session] = session_factory(db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if own_engine:
            db.dispose()

    app = FastAPI(
        title="cotdesk — server di sincronizzazione",
        version=str(PROTOCOL_VERSION),
        description=(
            "Sincronizzazione delle postazioni cotdesk con il server centrale. "
            f"Ogni richiesta a /v1/ porta l'intestazione {PROTOCOL_HEADER}: {PROTOCOL_VERSION}."
        ),
        lifespan=lifespan,
        # no HTML: /docs and /redoc are not served, the OpenAPI document only to admins
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    app.state.sessions = sessions
    app.state.verifier = TokenVerifier()
    # Outermost last: security headers on every answer, then the guard, then rate limits.
    app.add_middleware(RateLimit, limits=settings.rate_limits)
    app.add_middleware(RequestGuard, max_body_bytes=settings.max_body_bytes)
    app.add_middleware(hardening.SecurityHeaders)
    _install_error_handlers(app)

    router = APIRouter(prefix="/v1", dependencies=[Depends(protocol_header)])

    @router.post(
        "/push",
        response_model=PushResponse,
        responses=ERROR_RESPONSES,
        summary="Invia un lotto di modifiche (applicate una sola volta)",
    )
    def push_endpoint(body: PushRequest, device: DeviceDep) -> PushResponse:
        with sessions.begin() as session:
            return push(session, device, body)

    @router.post(
        "/pull",
        response_model=PullPage,
        responses={**ERROR_RESPONSES, 410: {"model": ErrorBody, "description": "Risincronizzare"}},
        summary="Ricevi la pagina successiva di modifiche del proprio ufficio",
    )
    def pull_endpoint(body: PullRequest, device: DeviceDep) -> Response:
        # JSON assembled around the stored JSON (pull_json): not re-validated here.
        with sessions.begin() as session:
            return Response(pull_json(session, device, body), media_type="application/json")

    @router.post(
        "/conflicts",
        response_model=ConflictsPage,
        responses=ERROR_RESPONSES,
        summary="Elenca i conflitti aperti del proprio ufficio, con i due valori, chi e quando",
    )
    def conflicts_endpoint(body: ConflictsRequest, device: DeviceDep) -> ConflictsPage:
        with sessions.begin() as session:
            return conflicts.list_open(session, device, body)

    @router.post(
        "/conflicts/resolve",
        response_model=ResolveResponse,
        responses=ERROR_RESPONSES,
        summary="Registra la decisione di un operatore su uno o più conflitti",
    )
    def resolve_endpoint(body: ResolveRequest, device: DeviceDep) -> ResolveResponse:
        with sessions.begin() as session:
            response = conflicts.resolve(session, device, body)
        log.info(
            "device %s resolved conflicts: %s",
            device.device_id,
            ", ".join(f"{r.conflict_id}={r.status}" for r in response.results),
        )
        return response

    @router.post(
        "/enroll",
        response_model=EnrollResponse,
        status_code=201,
        responses={**ERROR_RESPONSES, 403: {"model": ErrorBody}, 409: {"model": ErrorBody}},
        summary="Registra una postazione con un codice di attivazione monouso",
    )
    def enroll_endpoint(body: EnrollRequest) -> EnrollResponse:
        with sessions.begin() as session:
            response = admin.enroll(session, body)
        log.info("device %s enrolled into office %s", response.device_id, response.office_id)
        return response

    @router.post(
        "/offices",
        response_model=OfficeOut,
        status_code=201,
        responses={**ERROR_RESPONSES, 409: {"model": ErrorBody}},
        summary="Crea un ufficio (amministratore)",
    )
    def create_office_endpoint(body: OfficeCreate, _admin: AdminDep) -> OfficeOut:
        with sessions.begin() as session:
            office = admin.create_office(
                session,
                code=body.code,
                name=body.name,
                office_id=body.id,
                details=body.model_dump(exclude={"code", "name", "id"}),
            )
            return OfficeOut(id=office.id, code=office.code, name=office.name)

    @router.post(
        "/offices/{office_id}/enrollment-codes",
        response_model=EnrollmentCodeOut,
        status_code=201,
        responses={**ERROR_RESPONSES, 404: {"model": ErrorBody}},
        summary="Genera un codice di attivazione monouso per un ufficio (amministratore)",
    )
    def enrollment_code_endpoint(office_id: uuid.UUID, _admin: AdminDep) -> EnrollmentCodeOut:
        with sessions.begin() as session:
            issued = admin.create_enrollment_code(
                session, office_id, valid_for=timedelta(hours=settings.enrollment_code_hours)
            )
        return EnrollmentCodeOut(
            code=issued.code, office_id=issued.office_id, expires_at=issued.expires_at
        )

    @router.post(
        "/devices/{device_id}/revoke",
        response_model=DeviceRevoked,
        responses={**ERROR_RESPONSES, 404: {"model": ErrorBody}},
        summary="Revoca una postazione: non potrà più inviare né ricevere (amministratore)",
    )
    def revoke_endpoint(device_id: uuid.UUID, _admin: AdminDep) -> DeviceRevoked:
        with sessions.begin() as session:
            device = admin.revoke_device(session, device_id)
            revoked = DeviceRevoked(device_id=device.id, revoked_at=device.revoked_at or utcnow())
        log.info("device %s revoked", device_id)
        return revoked

    app.include_router(router)
    app.include_router(
        admin_api.router(
            sessions,
            dependencies=[Depends(protocol_header), Depends(admin_identity)],
            responses=ERROR_RESPONSES,
        )
    )

    @app.get("/v1/health", response_model=Health, summary="Il server risponde")
    def health() -> Health:
        return Health(status="ok", protocol=PROTOCOL_VERSION)

    hardening.finish(app, admin=Depends(admin_identity))
    return app


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ServerError)
    async def server_error(request: Request, exc: ServerError) -> JSONResponse:
        return error_response(
            exc.status, exc.error, exc.message, details=exc.details, headers=exc.headers
        )

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = list(exc.errors())
        if any(error.get("type") == "json_invalid" for error in errors):
            return error_response(400, "invalid_json", INVALID_JSON)
        details = [
            f"{'.'.join(str(part) for part in error.get('loc', ()))}: {error.get('msg', '')}"
            for error in errors[:20]
        ]
        return error_response(422, "invalid_request", INVALID_REQUEST, details=details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = HTTP_MESSAGES.get(exc.status_code, str(exc.detail))
        return error_response(
            exc.status_code, "http_error", message, headers=dict(exc.headers or {})
        )

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(500, "internal", INTERNAL)
