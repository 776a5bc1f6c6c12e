"""Secrets of the server: device and admin tokens, enrollment codes. None is stored in
clear, and none as a fast hash that a copy of the database would let someone search.

Tokens (``<kind>.<id>.<secret>``, the secret 256 random bits). The id says whose token it
is, so checking one costs a single lookup by primary key and one scrypt of the secret
against the salted hash stored for that id (N=2^14, r=8, p=1: 16 MiB, ~40 ms), never a
slow hash per row. A plain SHA-256 or HMAC would be enough for 256 random bits, but the
cost of scrypt is paid once per token and process: verified tokens are remembered in
memory by a SHA-256 of the token together with the stored hash, and revocation still takes
effect at once, because the stored row (revoked or not, its current hash) is read on every
request. Failed checks, which always cost the full scrypt, are rate limited per address
and per token id (:mod:`cotdesk.server.ratelimit`).

Enrollment codes are short enough to type (``XXXX-XXXX-XXXX``, 60 bits), single use and
expiring. They must be found by value (the desk sends only the code), so they are stored as
a *deterministic* scrypt (same cost, a fixed application salt, :func:`code_hash`): one
slow hash per enrollment attempt, looked up by index. A fixed salt is acceptable here
because the codes are random: nobody can precompute 2^60 scrypts, and a copy of the
database does not let anyone recover a code that is still valid within its 72 hours
(2^60 x 40 ms). Failed attempts are rate limited per address and per code.

Operators' passwords exist on the server only as the desks' own self-describing scrypt
hashes (``cotdesk.domain.passwords``: salted, N=2^14, r=8, p=1), made by the server from an
administrator's request or pushed by a desk when a person changes theirs; a pushed value
that is not such a hash (:func:`is_slow_password_hash`) is rejected, never stored.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading
import uuid
from collections import OrderedDict
from typing import Final, Literal, NamedTuple

TokenKind = Literal["cdd", "cda"]  # device, admin
DEVICE_TOKEN: Final[TokenKind] = "cdd"
ADMIN_TOKEN: Final[TokenKind] = "cda"

#: scrypt cost: 16 MiB and ~40 ms per check on this class of machine.
SCRYPT_N: Final = 2**14
SCRYPT_R: Final = 8
SCRYPT_P: Final = 1
SALT_BYTES: Final = 16

#: Crockford's base32 alphabet: no I, L, O, U, so codes read aloud are unambiguous.
CODE_ALPHABET: Final = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_GROUPS: Final = 3
CODE_GROUP_LENGTH: Final = 4
LOOK_ALIKES: Final = str.maketrans("OIL", "011")


class ParsedToken(NamedTuple):
    kind: TokenKind
    owner_id: uuid.UUID
    secret: str


def scrypt_hash(secret: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        secret.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32
    )


def new_token(kind: TokenKind, owner_id: uuid.UUID) -> tuple[str, bytes, bytes]:
    """A new token for ``owner_id``: ``(token, salt, hash)``; store only the salt and hash."""
    secret = secrets.token_urlsafe(32)
    salt = secrets.token_bytes(SALT_BYTES)
    return f"{kind}.{owner_id.hex}.{secret}", salt, scrypt_hash(secret, salt)


def parse_token(token: str) -> ParsedToken | None:
    parts = token.split(".")
    if len(parts) != 3 or parts[0] not in (DEVICE_TOKEN, ADMIN_TOKEN) or len(token) > 200:
        return None
    try:
        owner_id = uuid.UUID(hex=parts[1])
    except ValueError:
        return None
    kind: TokenKind = DEVICE_TOKEN if parts[0] == DEVICE_TOKEN else ADMIN_TOKEN
    return ParsedToken(kind, owner_id, parts[2])


class TokenVerifier:
    """Checks a token's secret against its stored scrypt hash, remembering successes."""

    def __init__(self, capacity: int = 4096) -> None:
        self._capacity = capacity
        self._verified: OrderedDict[bytes, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def verify(self, token: str, secret: str, salt: bytes, stored_hash: bytes) -> bool:
        key = hashlib.sha256(token.encode("utf-8")).digest()
        with self._lock:
            remembered = self._verified.get(key)
            if remembered is not None:
                self._verified.move_to_end(key)
        if remembered is not None and hmac.compare_digest(remembered, stored_hash):
            return True
        if not hmac.compare_digest(scrypt_hash(secret, salt), stored_hash):
            return False
        with self._lock:
            self._verified[key] = stored_hash
            while len(self._verified) > self._capacity:
                self._verified.popitem(last=False)
        return True


def new_enrollment_code() -> str:
    groups = [
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUP_LENGTH))
        for _ in range(CODE_GROUPS)
    ]
    return "-".join(groups)


def normalise_code(code: str) -> str:
    """What was typed → canonical form: case, spaces, dashes and look-alikes forgiven."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return cleaned.translate(LOOK_ALIKES)


#: The fixed salt of :func:`code_hash` (domain separation; see the module docstring).
CODE_SALT: Final = b"cotdesk-server/enrollment-code/v2"


def code_hash(code: str) -> bytes:
    """The stored form of an enrollment code: a deterministic scrypt, searchable by value."""
    return scrypt_hash(normalise_code(code)[:64], CODE_SALT)


#: The weakest scrypt parameters a stored operator password hash may have.
MIN_PASSWORD_SCRYPT: Final = (SCRYPT_N, SCRYPT_R, SCRYPT_P)


def is_slow_password_hash(value: object) -> bool:
    """Whether ``value`` is a password hash the server may keep: ``""`` (no password yet)
    or ``scrypt$<n>$<r>$<p>$<salt>$<hash>`` with at least :data:`MIN_PASSWORD_SCRYPT`, a
    salt of 16 bytes or more and a 32-byte hash (the form ``cotdesk.domain.passwords``
    writes). Anything else, a password in clear above all, is refused."""
    if value == "":
        return True
    if not isinstance(value, str) or len(value) > 300:
        return False
    parts = value.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return False
    _, n, r, p, salt, digest = parts
    if not (n.isdigit() and r.isdigit() and p.isdigit()):
        return False
    cost = (int(n), int(r), int(p))
    if any(have < want for have, want in zip(cost, MIN_PASSWORD_SCRYPT, strict=True)):
        return False
    try:
        salt_bytes = base64.b64decode(salt, validate=True)
        digest_bytes = base64.b64decode(digest, validate=True)
    except ValueError:
        return False
    return len(salt_bytes) >= SALT_BYTES and len(digest_bytes) == 32
