"""Database errors sorted into "your environment" (a message in Italian) and "our bug".

As qutebrowser's ``misc/sql.py`` does: SQLite result codes that describe the machine (a
locked, read-only, full or corrupt file) become :class:`DatabaseError` subclasses with a
message that says what to do; anything else is re-raised untouched for the crash dialog.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy.exc import DBAPIError

from cotdesk.errors import UserError


class DatabaseError(UserError):
    """The desk database cannot be used as asked; the message says why and what to do."""


class DatabaseLocked(DatabaseError):
    pass


class DatabaseReadOnly(DatabaseError):
    pass


class DatabaseFull(DatabaseError):
    pass


class DatabaseCorrupt(DatabaseError):
    pass


class DatabaseTooNew(DatabaseError):
    pass


class DatabaseUnknown(DatabaseError):
    pass


class DatabaseEncrypted(DatabaseError):
    """An encrypted file opened without its key (by a tool, not the application)."""


class DatabaseNotEncrypted(DatabaseError):
    """A plaintext file opened with a key (the application encrypts it first)."""


class DatabaseWrongKey(DatabaseError):
    """The key does not open the file (another desk's copy, or a damaged file)."""


class DatabaseKeyMissing(DatabaseError):
    """The file is encrypted and its key is not where it should be (the OS keyring)."""


def locked(path: Path) -> DatabaseLocked:
    return DatabaseLocked(
        f"Il database {path} è in uso da un altro programma (forse cotdesk è già aperto). "
        "Chiudere l'altra finestra di cotdesk e riprovare."
    )


def read_only(path: Path) -> DatabaseReadOnly:
    return DatabaseReadOnly(
        f"Il database {path} è in sola lettura: non è possibile salvare. "
        "Controllare i permessi del file o della cartella, oppure chiedere all'assistenza."
    )


def full(path: Path) -> DatabaseFull:
    return DatabaseFull(
        f"Il disco che contiene {path} è pieno: l'ultima modifica non è stata salvata, "
        "i dati salvati in precedenza sono intatti. Liberare spazio e riprovare."
    )


def corrupt(path: Path, detail: str = "") -> DatabaseCorrupt:
    extra = f" ({detail})" if detail else ""
    return DatabaseCorrupt(
        f"Il file {path} non è un database di cotdesk leggibile o è danneggiato{extra}. "
        "Non è stato modificato. Ripristinare l'ultima copia di sicurezza "
        "(cotdesk restore) o chiedere all'assistenza."
    )


def too_new(path: Path, revision: str) -> DatabaseTooNew:
    return DatabaseTooNew(
        f"Il database {path} è stato creato da una versione più recente di cotdesk "
        f"(schema {revision}). Per non danneggiarlo non viene aperto in scrittura: "
        "aggiornare cotdesk all'ultima versione."
    )


def unknown(path: Path) -> DatabaseUnknown:
    return DatabaseUnknown(
        f"Il file {path} è un database SQLite ma non di cotdesk. Non è stato modificato: "
        "indicare il file giusto con --db."
    )


def encrypted(path: Path) -> DatabaseEncrypted:
    return DatabaseEncrypted(
        f"Il database {path} è cifrato e va aperto con la sua chiave: usare i comandi di "
        "cotdesk (cotdesk, cotdesk backup, cotdesk restore) con l'utente del computer che "
        "lo ha creato. Il file non è stato modificato."
    )


def not_encrypted(path: Path) -> DatabaseNotEncrypted:
    return DatabaseNotEncrypted(
        f"Il database {path} non è cifrato: aprirlo con cotdesk, che lo cifra "
        "automaticamente. Il file non è stato modificato."
    )


def wrong_key(path: Path) -> DatabaseWrongKey:
    return DatabaseWrongKey(
        f"La chiave di cifratura conservata per {path} non apre il file: è stato cifrato con "
        "un'altra chiave (per esempio è la copia del database di un'altra postazione o di "
        "un altro utente) oppure è danneggiato. Il file non è stato modificato. Ripristinare "
        "l'ultima copia di sicurezza di questa postazione (cotdesk restore FILE), oppure "
        "spostare il file altrove, registrare di nuovo la postazione e riscaricare i dati "
        "dal server con la sincronizzazione."
    )


_LOCKED = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_READONLY = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM}
_FULL = {sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR}
_CORRUPT = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


def translate(exc: BaseException, path: Path) -> BaseException:
    """Map an SQLite error about the environment to its Italian :class:`DatabaseError`.

    Returns ``exc`` itself when it is not one of those (then it is a bug).
    """
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(original, (sqlite3.Error, sqlcipher.Error)):
        return exc
    code = getattr(original, "sqlite_errorcode", None)
    if code is None:
        return exc
    primary = code & 0xFF  # extended codes carry the primary code in the low byte
    if primary in _LOCKED:
        return locked(path)
    if primary in _READONLY:
        return read_only(path)
    if primary in _FULL:
        return full(path)
    if primary in _CORRUPT:
        return corrupt(path, str(original))
    return exc
