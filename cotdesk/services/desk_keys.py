"""The desk database's encryption key, kept only in the OS keyring.

Service name ``cotdesk`` (as the device token, :mod:`cotdesk.sync.credentials`), user name
``database-key:<absolute path of the database file>``: one key per database file, so a
second desk file on the same account (a training copy) has its own. The key is 32 random
bytes stored as 64 hexadecimal characters; it is never written to a file, a setting or a
log. A key already in the keyring for a path is reused when that path gets a new database,
so the copies of safety in ``backups/`` made with it can still be restored.

Backends that would not protect it are refused, with the same rules as the device token
(no keyring at all, the null keyring, the plaintext backends of ``keyrings.alt``): a real
desk then does not start. Tests install an in-memory backend with
:func:`keyring.set_keyring`.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Final

from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

from cotdesk.db import encryption, errors
from cotdesk.sync.credentials import KEYRING_SERVICE, CredentialsError, check_keyring

KEY_ENTRY_PREFIX: Final = "database-key:"

NO_SAFE_KEYRING: Final = (
    "Il portachiavi del sistema operativo non è disponibile o non è sicuro ({backend}): "
    "cotdesk non può custodire la chiave che cifra il database dello sportello, quindi non "
    "lo apre. Su Linux installare e sbloccare un portachiavi (GNOME Keyring o KWallet); su "
    "Windows e macOS è già presente. Per provare il programma senza dati reali usare il "
    "database dimostrativo, che non è cifrato: cotdesk gui --demo --db demo.db"
)
KEYRING_FAILED: Final = (
    "Il portachiavi del sistema operativo ha dato un errore ({problem}): la chiave del "
    "database {path} non è disponibile. Sbloccare il portachiavi e riprovare."
)
KEY_MISSING: Final = (
    "Il database {path} è cifrato, ma la sua chiave non è nel portachiavi di questo utente "
    "del computer. Succede se il file è stato copiato da un altro computer o da un altro "
    "utente, oppure se il portachiavi è stato azzerato. Il file non è stato modificato. "
    "Cosa fare: aprire cotdesk con l'utente e sul computer di prima; oppure, se si ha la "
    "chiave di ripristino conservata dal coordinatore, inserirla con "
    "`cotdesk key import --db {path}`; altrimenti spostare il file altrove, registrare di "
    "nuovo la postazione e riscaricare i dati dal server con la sincronizzazione."
)
BAD_KEY_TEXT: Final = (
    "La chiave di ripristino deve essere di 64 caratteri esadecimali (0-9, a-f): "
    "controllare di averla copiata tutta."
)


def entry_name(path: Path) -> str:
    """The keyring user name of the key of the database at ``path``."""
    return KEY_ENTRY_PREFIX + os.path.normcase(str(Path(path).expanduser().resolve()))


def _backend(path: Path) -> KeyringBackend:
    try:
        return check_keyring()
    except CredentialsError as exc:
        import keyring

        name = type(keyring.get_keyring()).__name__
        raise errors.DatabaseKeyMissing(NO_SAFE_KEYRING.format(backend=name)) from exc


def _failed(exc: KeyringError, path: Path) -> errors.DatabaseError:
    return errors.DatabaseError(KEYRING_FAILED.format(problem=type(exc).__name__, path=path))


def stored_key(path: Path) -> bytes | None:
    """The key kept for ``path``, or None if there is none."""
    backend = _backend(path)
    try:
        text = backend.get_password(KEYRING_SERVICE, entry_name(path))
    except KeyringError as exc:
        raise _failed(exc, path) from exc
    return parse_key(text) if text else None


def load_key(path: Path) -> bytes:
    """The key of the encrypted database at ``path``; an Italian error if it is missing."""
    key = stored_key(path)
    if key is None:
        raise errors.DatabaseKeyMissing(KEY_MISSING.format(path=path))
    return key


def store_key(path: Path, key: bytes) -> None:
    backend = _backend(path)
    try:
        backend.set_password(KEYRING_SERVICE, entry_name(path), key.hex())
    except KeyringError as exc:
        raise _failed(exc, path) from exc


def key_for_new_database(path: Path) -> bytes:
    """The key kept for ``path`` if there is one, else a new one (stored before use)."""
    key = stored_key(path)
    if key is None:
        key = encryption.new_key()
        store_key(path, key)
    return key


def forget_key(path: Path) -> None:
    backend = _backend(path)
    with contextlib.suppress(KeyringError):
        backend.delete_password(KEYRING_SERVICE, entry_name(path))


def parse_key(text: str) -> bytes:
    """A key from its 64 hexadecimal characters (spaces and dashes allowed)."""
    cleaned = "".join(ch for ch in text.strip().lower() if ch not in " -:\n\t")
    try:
        key = bytes.fromhex(cleaned)
    except ValueError as exc:
        raise errors.DatabaseError(BAD_KEY_TEXT) from exc
    if len(key) != encryption.KEY_BYTES:
        raise errors.DatabaseError(BAD_KEY_TEXT)
    return key


def format_key(key: bytes) -> str:
    """The key as a recovery code to write down: 16 groups of 4 hexadecimal characters."""
    text = key.hex()
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))
