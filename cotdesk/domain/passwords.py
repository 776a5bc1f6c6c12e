"""Local operator passwords: salted, slow (scrypt), self-describing hashes.

A stored hash reads ``scrypt$<n>$<r>$<p>$<salt>$<hash>`` (salt and hash in base64), so the
cost can be raised later without breaking the hashes already stored: :func:`needs_rehash`
tells when to store a new one after a successful log-in.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from typing import Final

from cotdesk.errors import ValidationError

#: scrypt cost: ~50 ms and 16 MiB per check on a desk: slow for guessing, fine for a log-in.
SCRYPT_N: Final = 2**14
SCRYPT_R: Final = 8
SCRYPT_P: Final = 1
MIN_PASSWORD_LENGTH: Final = 10


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=2**26, dklen=32
    )


def check_password_strength(password: str) -> None:
    """Refuse passwords a colleague could guess, with an Italian message."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            f"La password deve avere almeno {MIN_PASSWORD_LENGTH} caratteri.", field="password"
        )
    if password.isdigit() or password.isalpha():
        raise ValidationError(
            "La password deve contenere sia lettere sia cifre o simboli.", field="password"
        )


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches ``stored``; False for an empty or unreadable hash."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def needs_rehash(stored: str) -> bool:
    """Whether ``stored`` was made with weaker parameters than the current ones."""
    try:
        scheme, n, r, p, _, _ = stored.split("$")
    except ValueError:
        return True
    return scheme != "scrypt" or (int(n), int(r), int(p)) < (SCRYPT_N, SCRYPT_R, SCRYPT_P)
