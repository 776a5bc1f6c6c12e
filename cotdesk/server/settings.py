"""The server's settings: one declared list, read from the command line or the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cotdesk.server.ratelimit import RateLimits
from cotdesk.sync.protocol import MAX_BODY_BYTES

ENV_PREFIX = "COTDESK_SERVER_"


@dataclass(frozen=True, slots=True)
class ServerSettings:
    #: ``postgresql://user@host:port/dbname`` (the psycopg 3 driver is chosen for it).
    database_url: str
    #: TLS certificate chain and key (PEM). The server refuses to start without both.
    ssl_certfile: Path | None = None
    ssl_keyfile: Path | None = None
    host: str = "127.0.0.1"
    port: int = 8443
    #: Requests with a larger body are answered 413 and never parsed.
    max_body_bytes: int = MAX_BODY_BYTES
    #: PostgreSQL ends a session idle inside a transaction after this long: an open write
    #: transaction holds back every desk's pull (DESIGN.md, principle 8).
    idle_in_transaction_timeout_ms: int = 60_000
    pool_size: int = 10
    #: How long an enrollment code stays valid.
    enrollment_code_hours: int = 72
    log_level: str = "info"
    #: Rate limits on failed log-ins (tokens), enrollments and partner-facing paths.
    rate_limits: RateLimits = field(default_factory=RateLimits)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ServerSettings:
        """``COTDESK_SERVER_DATABASE_URL``, ``COTDESK_SERVER_SSL_CERTFILE``, … ."""
        env = os.environ if environ is None else environ

        def get(name: str) -> str | None:
            value = env.get(ENV_PREFIX + name)
            return value if value else None

        database_url = get("DATABASE_URL")
        if database_url is None:
            raise ValueError(f"{ENV_PREFIX}DATABASE_URL non impostata")
        certfile, keyfile = get("SSL_CERTFILE"), get("SSL_KEYFILE")
        defaults = cls(database_url=database_url)
        return cls(
            database_url=database_url,
            ssl_certfile=Path(certfile) if certfile else None,
            ssl_keyfile=Path(keyfile) if keyfile else None,
            host=get("HOST") or defaults.host,
            port=int(get("PORT") or defaults.port),
            max_body_bytes=int(get("MAX_BODY_BYTES") or defaults.max_body_bytes),
            idle_in_transaction_timeout_ms=int(
                get("IDLE_IN_TRANSACTION_TIMEOUT_MS") or defaults.idle_in_transaction_timeout_ms
            ),
            pool_size=int(get("POOL_SIZE") or defaults.pool_size),
            enrollment_code_hours=int(
                get("ENROLLMENT_CODE_HOURS") or defaults.enrollment_code_hours
            ),
            log_level=get("LOG_LEVEL") or defaults.log_level,
        )
