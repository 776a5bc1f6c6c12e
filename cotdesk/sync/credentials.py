"""The desk's device token, kept only in the OS keyring (DESIGN.md, principle 13).

Service name ``cotdesk``, user name the device id. The token is never written to the
database, a settings file or a log. Backends that would not protect it are refused:
``keyring.backends.fail`` (no keyring at all), ``keyring.backends.null`` (stores nothing)
and the plaintext/weakly encrypted backends of ``keyrings.alt``. Tests install an
in-memory backend with :func:`keyring.set_keyring`.
"""

from __future__ import annotations

import contextlib
import uuid
from typing import Final

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

from cotdesk.errors import UserError

KEYRING_SERVICE: Final = "cotdesk"
#: Modules of backends that cannot keep a secret safe.
REFUSED_BACKEND_MODULES: Final = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")

NO_SAFE_KEYRING = (
    "Il portachiavi del sistema operativo non è disponibile o non è sicuro ({backend}): "
    "cotdesk non può conservare le credenziali della postazione. Su Linux installare e "
    "sbloccare un portachiavi (GNOME Keyring o KWallet); su Windows e macOS è già presente."
)
KEYRING_FAILED = (
    "Il portachiavi del sistema operativo ha dato un errore ({problem}): credenziali "
    "della postazione non disponibili. Riprovare dopo aver sbloccato il portachiavi."
)
NO_TOKEN = (
    "Le credenziali di questa postazione non sono nel portachiavi del sistema operativo: "
    "registrare di nuovo la postazione con un codice di attivazione."
)


class CredentialsError(UserError):
    """The keyring cannot be used, or the token is not there."""


def _backends(backend: KeyringBackend) -> list[KeyringBackend]:
    inner = getattr(backend, "backends", None)
    if isinstance(inner, list) and inner:
        return [b for b in inner if isinstance(b, KeyringBackend)]
    return [backend]


def check_keyring(backend: KeyringBackend | None = None) -> KeyringBackend:
    """The keyring backend in use, or :class:`CredentialsError` if it is not safe."""
    backend = backend if backend is not None else keyring.get_keyring()
    for candidate in _backends(backend):
        module = type(candidate).__module__
        if module.startswith(REFUSED_BACKEND_MODULES):
            raise CredentialsError(NO_SAFE_KEYRING.format(backend=type(candidate).__name__))
    return backend


def store_token(device_id: uuid.UUID, token: str) -> None:
    backend = check_keyring()
    try:
        backend.set_password(KEYRING_SERVICE, str(device_id), token)
    except KeyringError as exc:
        raise CredentialsError(KEYRING_FAILED.format(problem=type(exc).__name__)) from exc


def load_token(device_id: uuid.UUID) -> str:
    backend = check_keyring()
    try:
        token = backend.get_password(KEYRING_SERVICE, str(device_id))
    except KeyringError as exc:
        raise CredentialsError(KEYRING_FAILED.format(problem=type(exc).__name__)) from exc
    if not token:
        raise CredentialsError(NO_TOKEN)
    return token


def forget_token(device_id: uuid.UUID) -> None:
    backend = check_keyring()
    with contextlib.suppress(KeyringError):
        backend.delete_password(KEYRING_SERVICE, str(device_id))
