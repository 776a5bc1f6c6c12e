"""Errors the server answers on purpose: an HTTP status, a code and an Italian message."""

from __future__ import annotations

from collections.abc import Mapping


class ServerError(Exception):
    """Answered as ``status`` with an :class:`~cotdesk.sync.protocol.ErrorBody`."""

    def __init__(
        self,
        status: int,
        error: str,
        message: str,
        *,
        details: list[str] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message
        self.details = details or []
        self.headers = dict(headers or {})


def unauthorized(message: str = "") -> ServerError:
    return ServerError(
        401,
        "unauthorized",
        message
        or "Postazione non autorizzata: il token manca, non è valido o è stato revocato. "
        "Chiedere all'amministratore di rete di registrare di nuovo la postazione.",
        headers={"WWW-Authenticate": 'Bearer realm="cotdesk"'},
    )


def forbidden(message: str) -> ServerError:
    return ServerError(403, "forbidden", message)


def not_found(message: str) -> ServerError:
    return ServerError(404, "not_found", message)


def conflict(message: str) -> ServerError:
    return ServerError(409, "conflict", message)
