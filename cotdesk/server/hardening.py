"""Hardening of the sync server's HTTP surface: security headers and logs without data.

Security headers (:class:`SecurityHeaders`, on every answer, refusals included):

* ``Strict-Transport-Security``: the server speaks HTTPS only; a browser that once reached
  it never tries plain HTTP again.
* ``Cache-Control: no-store``: answers carry personal data; no proxy or client cache keeps
  them.
* ``X-Content-Type-Options: nosniff`` and a ``Content-Security-Policy`` that allows
  nothing (``default-src 'none'``, no framing): the API answers JSON only, so nothing it
  sends may run as a page. The interactive ``/docs`` and ``/redoc`` pages are not served
  (they load scripts from a CDN, which this policy forbids and a regional server may not
  reach); the OpenAPI document is served to administrators (:func:`openapi_route`).
* ``Referrer-Policy: no-referrer``, ``X-Frame-Options: DENY``,
  ``Cross-Origin-Resource-Policy: same-origin``.
* No ``Server`` banner: uvicorn is run with ``server_header=False`` and any ``server``
  header an inner layer set is dropped here.

Logs (:func:`install_log_hygiene`): uvicorn's access log line is ``address - "METHOD
path HTTP/1.1" status``: the query string is cut, and a path that is not a route is not
shown (either could carry a name or a codice fiscale); bodies are never logged by the
server, and the push logs ids, never values. The database engine is
made with ``hide_parameters`` (see :mod:`cotdesk.server.store`), so a failed statement's
log never shows the values it carried, and a database error's own text (PostgreSQL quotes
values in it) is left out of logged tracebacks (:class:`DatabaseErrorRedaction`).
"""

from __future__ import annotations

import logging
import re
import traceback
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, Final

from fastapi import FastAPI
from fastapi.responses import JSONResponse

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: One year, subdomains included (the server has its own host name).
HSTS_SECONDS: Final = 31_536_000

SECURITY_HEADERS: Final[tuple[tuple[bytes, bytes], ...]] = (
    (b"strict-transport-security", f"max-age={HSTS_SECONDS}; includeSubDomains".encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"cache-control", b"no-store"),
    (
        b"content-security-policy",
        b"default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    ),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-resource-policy", b"same-origin"),
)
_REPLACED: Final = frozenset(name for name, _ in SECURITY_HEADERS) | {b"server"}


class SecurityHeaders:
    """Pure ASGI middleware: the headers above on every HTTP answer (install it outermost,
    so refusals made by other middleware carry them too)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (name, value)
                    for name, value in message.get("headers", [])
                    if name.lower() not in _REPLACED
                ]
                headers.extend(SECURITY_HEADERS)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


# --------------------------------------------------------------------------- logs


class AccessLogRedaction(logging.Filter):
    """Keeps data out of uvicorn's access log lines.

    uvicorn logs ``'%s - "%s %s HTTP/%s" %d'`` with ``(address, method, path with query,
    http version, status)``. The query string is cut; a path that is not one of the
    server's routes (anything may be typed there, a name or a codice fiscale) is logged as
    :data:`UNKNOWN_PATH`. The routes' own path parameters are ids (UUIDs). Any other
    record passes unchanged.
    """

    def __init__(self) -> None:
        super().__init__()
        self.routes: set[re.Pattern[str]] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) == 5 and isinstance(args[2], str):
            path = args[2].split("?", 1)[0]
            if not any(route.fullmatch(path) for route in self.routes):
                path = UNKNOWN_PATH
            record.args = (args[0], args[1], path, args[3], args[4])
        return True


#: The routes' path parameters are ids: a UUID, with or without dashes.
UUID_PATTERN: Final = r"[0-9a-fA-F]{8}(?:-?[0-9a-fA-F]{4}){3}-?[0-9a-fA-F]{12}"
#: How an access log line shows a path that is not a route of the server.
UNKNOWN_PATH: Final = "<percorso sconosciuto>"
_ACCESS_FILTER: Final = AccessLogRedaction()


class DatabaseErrorRedaction(logging.Filter):
    """Tracebacks of database errors without the database's words about the data.

    A PostgreSQL error's text can quote the values it refused (``DETAIL: Key (username)=
    (mrossi)``, ``CONTEXT: JSON data, line 1: {"surname": ...``). For a record carrying
    such an exception (anywhere in its chain), the traceback is written here with each
    database error shown as its class and SQLSTATE only; the frames are kept.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        exc_info = record.exc_info
        if not exc_info or exc_info[1] is None or not _database_error_in(exc_info[1]):
            return True
        record.exc_text = _redacted_traceback(exc_info[1])
        return True


def _is_database_error(exc: BaseException) -> bool:
    module = type(exc).__module__
    return module.startswith(("psycopg", "sqlite3", "sqlalchemy.exc"))


def _database_error_in(exc: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if _is_database_error(current):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def _redacted_traceback(exc: BaseException) -> str:
    """The traceback of ``exc`` and its chain, as :mod:`traceback` prints it, but with each
    database error's message replaced by its SQLSTATE."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    chain.reverse()  # the first raised first, as Python prints it
    parts: list[str] = []
    for index, error in enumerate(chain):
        if index:
            parts.append(
                "\nThe above exception was the direct cause of the following exception:\n\n"
                if error.__cause__ is chain[index - 1]
                else "\nDuring handling of the above exception, another exception occurred:\n\n"
            )
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_list(traceback.extract_tb(error.__traceback__)))
        if _is_database_error(error):
            original = getattr(error, "orig", None)
            sqlstate = getattr(error, "sqlstate", None) or getattr(original, "sqlstate", None)
            parts.append(
                f"{type(error).__module__}.{type(error).__qualname__}: "
                f"(text left out: it may quote the data; SQLSTATE {sqlstate or '-'})\n"
            )
        else:
            parts.extend(traceback.format_exception_only(type(error), error))
    return "".join(parts).rstrip("\n")


_DATABASE_FILTER: Final = DatabaseErrorRedaction()
#: Loggers that may log a database error's traceback: ours (``log.exception`` of an
#: unexpected error) and uvicorn's (an exception leaving the application).
_DATABASE_LOGGERS: Final = ("cotdesk.server.app", "uvicorn.error")


def install_log_hygiene(app: FastAPI) -> None:
    """Attach :class:`AccessLogRedaction` to uvicorn's access logger (once) and teach it
    ``app``'s routes (call it after every route is added).

    The filter sits on the logger, not on a handler, so it applies whatever handlers
    uvicorn's or the operator's logging configuration adds later. Also turns off
    ``logging.raiseExceptions`` (as the logging documentation advises in production).
    """
    for template in [*app.openapi().get("paths", {}), "/openapi.json"]:
        pattern = "".join(
            UUID_PATTERN if part.startswith("{") else re.escape(part)
            for part in re.split(r"(\{[^}]*\})", template)
        )
        _ACCESS_FILTER.routes.add(re.compile(pattern))
    # A handler that fails to write (a closed stream) must not print the exception being
    # handled instead: a database error's text can quote the values of a row.
    logging.raiseExceptions = False
    access = logging.getLogger("uvicorn.access")
    if _ACCESS_FILTER not in access.filters:
        access.addFilter(_ACCESS_FILTER)
    for name in _DATABASE_LOGGERS:
        logger = logging.getLogger(name)
        if _DATABASE_FILTER not in logger.filters:
            logger.addFilter(_DATABASE_FILTER)


def finish(app: FastAPI, *, admin: Any) -> None:
    """The last step of building the app: the OpenAPI route for administrators, then the
    access log's knowledge of the routes."""
    serve_openapi_to_admins(app, admin)
    install_log_hygiene(app)


# --------------------------------------------------------------------------- OpenAPI


def serve_openapi_to_admins(app: FastAPI, admin: Any) -> None:
    """``GET /openapi.json`` for network administrators only (``admin``: the dependency
    that authenticates one, 401 otherwise). Build the app with ``openapi_url=None``."""

    @app.get("/openapi.json", include_in_schema=False, dependencies=[admin])
    def openapi_document() -> JSONResponse:
        return JSONResponse(app.openapi())
