"""Rate limits of the sync server: in-process token buckets per client address and per
credential, answered 429 with ``Retry-After`` and an Italian :class:`ErrorBody`.

What is limited, and why:

``auth``
    Failed authentications (401/403) of any request that needs a token: the server's
    "log-in". Every failure with a well-formed token costs a scrypt check (~40 ms of CPU),
    so the buckets bound both guessing and the CPU an attacker can make the server spend.
    Keys: the client address, and the credential the token claims (``cdd.<device id>`` or
    ``cda.<admin token id>``: the part before the secret, never the secret).
``enroll``
    Failed enrollments (any 4xx): guessing one-time codes. Keys: the client address, and
    the code tried (its SHA-256, never the code). A successful enrollment is never
    charged, so an office enrolling all of its desks at once from one address is not
    slowed down.
``partner``
    Every request to a partner-facing path (``/v1/partner/...``, for partner
    organisations' systems): none exists yet; the policy applies as soon as one does.

A bucket holds ``burst`` tokens and gains one every ``refill_seconds``. A request takes one
token from each of its buckets before it runs (so concurrent requests cannot overshoot)
and gets it back when the answer is not one the policy charges (a success). When a bucket
is empty the request is answered 429 before it reaches a route: no database, no scrypt.

The buckets live in this process (one uvicorn worker per server, as deployed). Behind a
reverse proxy every request would come from the proxy's address: the per-credential
buckets still work, the per-address ones then limit the proxy as a whole.
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any, Final

from cotdesk.server.security import normalise_code, parse_token
from cotdesk.sync.protocol import ErrorBody

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

ENROLL_PATH: Final = "/v1/enroll"
PARTNER_PREFIXES: Final = ("/v1/partner/", "/v1/partners/")
#: Paths that need no token (everything else under /v1/ does).
OPEN_PATHS: Final = frozenset({"/v1/health", ENROLL_PATH})
#: Bodies of the enroll endpoint longer than this are not looked into for the code.
ENROLL_BODY_PEEK: Final = 4096

TOO_MANY = (
    "Troppi tentativi non riusciti da questa postazione o con queste credenziali: "
    "riprovare tra {wait}. Se il problema continua, rivolgersi all'amministratore di rete."
)
TOO_MANY_PARTNER = "Troppe richieste in poco tempo: riprovare tra {wait}."


@dataclass(frozen=True, slots=True)
class Rule:
    """``burst`` tokens, one more every ``refill_seconds``."""

    burst: int
    refill_seconds: float


@dataclass(frozen=True, slots=True)
class RateLimits:
    """The server's rate limits (see the module's docstring for what each one counts)."""

    enabled: bool = True
    auth_per_address: Rule = Rule(burst=60, refill_seconds=1.0)
    auth_per_credential: Rule = Rule(burst=10, refill_seconds=6.0)
    enroll_per_address: Rule = Rule(burst=10, refill_seconds=30.0)
    enroll_per_code: Rule = Rule(burst=5, refill_seconds=60.0)
    partner_per_address: Rule = Rule(burst=120, refill_seconds=0.5)
    partner_per_credential: Rule = Rule(burst=60, refill_seconds=1.0)
    #: Most buckets kept; the least recently used (hence fullest) are forgotten first.
    max_buckets: int = 100_000

    @classmethod
    def disabled(cls) -> RateLimits:
        return cls(enabled=False)


@dataclass
class _Bucket:
    tokens: float
    updated: float


@dataclass
class TokenBuckets:
    """Token buckets by key, thread-safe, bounded in number (LRU)."""

    max_buckets: int = 100_000
    clock: Callable[[], float] = time.monotonic
    _buckets: OrderedDict[tuple[str, str], _Bucket] = field(default_factory=OrderedDict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _refilled(self, key: tuple[str, str], rule: Rule, now: float) -> _Bucket:
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = _Bucket(tokens=float(rule.burst), updated=now)
            self._buckets[key] = bucket
            while len(self._buckets) > self.max_buckets:
                self._buckets.popitem(last=False)
        else:
            gained = (now - bucket.updated) / rule.refill_seconds
            bucket.tokens = min(float(rule.burst), bucket.tokens + gained)
            bucket.updated = now
            self._buckets.move_to_end(key)
        return bucket

    def take(self, wanted: list[tuple[tuple[str, str], Rule]]) -> float:
        """Take one token from every bucket in ``wanted``: 0.0 if taken, else the seconds
        until all of them have one again (then nothing is taken)."""
        with self._lock:
            now = self.clock()
            buckets = [(self._refilled(key, rule, now), rule) for key, rule in wanted]
            wait = max(
                ((1.0 - bucket.tokens) * rule.refill_seconds for bucket, rule in buckets),
                default=0.0,
            )
            if wait > 0:
                return wait
            for bucket, _rule in buckets:
                bucket.tokens -= 1.0
            return 0.0

    def give_back(self, wanted: list[tuple[tuple[str, str], Rule]]) -> None:
        with self._lock:
            now = self.clock()
            for key, rule in wanted:
                bucket = self._refilled(key, rule, now)
                bucket.tokens = min(float(rule.burst), bucket.tokens + 1.0)

    def clear(self) -> None:
        with self._lock:
            self._buckets.clear()


def _wait_text(seconds: int) -> str:
    if seconds < 120:
        return "1 secondo" if seconds == 1 else f"{seconds} secondi"
    minutes = math.ceil(seconds / 60)
    return f"{minutes} minuti"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:32]


class RateLimit:
    """Pure ASGI middleware applying :class:`RateLimits` (install it inside the
    ``RequestGuard``, which has already bounded and buffered the body)."""

    def __init__(
        self, app: ASGIApp, limits: RateLimits, buckets: TokenBuckets | None = None
    ) -> None:
        self.app = app
        self.limits = limits
        self.buckets = buckets or TokenBuckets(max_buckets=limits.max_buckets)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "") if scope["type"] == "http" else ""
        if not self.limits.enabled or not path.startswith("/v1/") or path == "/v1/health":
            await self.app(scope, receive, send)
            return
        address = str((scope.get("client") or ("unknown", 0))[0])
        if path == ENROLL_PATH:
            receive, code = await self._peek_code(receive)
            policy = "enroll"
            wanted = [(("enroll-address", address), self.limits.enroll_per_address)]
            if code:
                wanted.append((("enroll-code", _digest(code)), self.limits.enroll_per_code))
        elif path.startswith(PARTNER_PREFIXES):
            policy = "partner"
            wanted = [(("partner-address", address), self.limits.partner_per_address)]
            credential = self._credential(scope)
            if credential:
                wanted.append(
                    (("partner-credential", credential), self.limits.partner_per_credential)
                )
        else:
            policy = "auth"
            wanted = [(("auth-address", address), self.limits.auth_per_address)]
            credential = self._credential(scope)
            if credential:
                wanted.append((("auth-credential", credential), self.limits.auth_per_credential))

        wait = self.buckets.take(wanted)
        if wait > 0:
            await self._too_many(send, max(1, math.ceil(wait)), partner=policy == "partner")
            return

        status = 0

        async def watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            if not self._charged(policy, status):
                self.buckets.give_back(wanted)

    @staticmethod
    def _charged(policy: str, status: int) -> bool:
        if policy == "partner":
            return True
        if policy == "enroll":
            return 400 <= status < 500
        return status in (401, 403)

    @staticmethod
    def _credential(scope: Scope) -> str | None:
        """``kind:owner`` of the bearer token (the part before the secret), if well formed."""
        for key, value in scope.get("headers", []):
            if key.lower() == b"authorization":
                scheme, _, token = value.decode("latin-1").partition(" ")
                if scheme.lower() != "bearer":
                    return None
                parsed = parse_token(token.strip())
                return f"{parsed.kind}:{parsed.owner_id.hex}" if parsed else None
        return None

    @staticmethod
    async def _peek_code(receive: Receive) -> tuple[Receive, str | None]:
        """The enrollment code of the request (normalised), and a ``receive`` that hands
        the body on unchanged."""
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] != "http.request":
                pending: Message | None = message
                break
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                pending = None
                break
        body = b"".join(chunks)
        code: str | None = None
        if len(body) <= ENROLL_BODY_PEEK:
            try:
                document = json.loads(body)
            except (ValueError, RecursionError):
                document = None
            if isinstance(document, dict) and isinstance(document.get("code"), str):
                code = normalise_code(document["code"])[:64] or None
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                if pending is not None and not chunks:
                    return pending
                return {"type": "http.request", "body": body, "more_body": False}
            if pending is not None and chunks:
                return pending
            return await receive()

        return replay, code

    @staticmethod
    async def _too_many(send: Send, retry_after: int, *, partner: bool) -> None:
        template = TOO_MANY_PARTNER if partner else TOO_MANY
        body = ErrorBody(
            error="rate_limited", message=template.format(wait=_wait_text(retry_after))
        )
        payload = body.model_dump_json().encode("utf-8")
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(payload)).encode()),
            (b"retry-after", str(retry_after).encode()),
        ]
        await send({"type": "http.response.start", "status": 429, "headers": headers})
        await send({"type": "http.response.body", "body": payload})
