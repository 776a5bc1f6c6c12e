"""The rate limiter on its own: token buckets on a fake clock, and the middleware's policies
(what is charged, per address and per credential, 429 with Retry-After) around a stub app."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from cotdesk.server.ratelimit import RateLimit, RateLimits, Rule, TokenBuckets


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_bucket_empties_then_refills_with_time() -> None:
    clock = FakeClock()
    buckets = TokenBuckets(clock=clock)
    rule = Rule(burst=3, refill_seconds=10.0)
    wanted = [(("p", "k"), rule)]
    assert [buckets.take(wanted) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert buckets.take(wanted) == pytest.approx(10.0)
    clock.now += 4
    assert buckets.take(wanted) == pytest.approx(6.0)
    clock.now += 6
    assert buckets.take(wanted) == 0.0  # one token back after 10 s
    assert buckets.take(wanted) > 0
    clock.now += 1000
    assert [buckets.take(wanted) for _ in range(4)][:3] == [0.0, 0.0, 0.0]  # never above burst


def test_all_buckets_or_none_and_give_back() -> None:
    clock = FakeClock()
    buckets = TokenBuckets(clock=clock)
    wide, narrow = Rule(burst=5, refill_seconds=1.0), Rule(burst=1, refill_seconds=60.0)
    both = [(("a", "1"), wide), (("c", "x"), narrow)]
    assert buckets.take(both) == 0.0
    assert buckets.take(both) == pytest.approx(60.0)  # the narrow one is empty …
    other = [(("a", "1"), wide), (("c", "y"), narrow)]
    for _ in range(4):  # … and nothing was taken from the wide one
        assert buckets.take(other[:1]) == 0.0
    assert buckets.take(other[:1]) > 0
    buckets.give_back(other[:1])
    assert buckets.take(other[:1]) == 0.0


def test_the_number_of_buckets_is_bounded() -> None:
    buckets = TokenBuckets(max_buckets=100, clock=FakeClock())
    rule = Rule(burst=1, refill_seconds=60.0)
    for n in range(1000):
        buckets.take([(("p", str(n)), rule)])
    assert len(buckets._buckets) == 100


# --------------------------------------------------------------------------- the middleware

STATUS: dict[str, int] = {}


async def answer(request: Request) -> JSONResponse:
    return JSONResponse({"ok": True}, status_code=STATUS.get(request.url.path, 200))


class TestClient:
    """A synchronous client for an ASGI app (one event loop per request: a stub app)."""

    __test__ = False

    def __init__(self, app: Any) -> None:
        self.transport = httpx.ASGITransport(app=app)

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        async def send() -> httpx.Response:
            async with httpx.AsyncClient(
                transport=self.transport, base_url="https://testserver"
            ) as c:
                return await c.request(method, path, **kwargs)

        return asyncio.run(send())

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", path, **kwargs)

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", path, **kwargs)


def client(limits: RateLimits) -> tuple[TestClient, FakeClock]:
    clock = FakeClock()
    app = Starlette(
        routes=[
            Route(path, answer, methods=["POST", "GET"])
            for path in ("/v1/pull", "/v1/enroll", "/v1/partner/referrals", "/v1/health")
        ]
    )
    wrapped = RateLimit(app, limits, TokenBuckets(clock=clock))  # type: ignore[arg-type]
    return TestClient(wrapped), clock


LIMITS = RateLimits(
    auth_per_address=Rule(burst=4, refill_seconds=10.0),
    auth_per_credential=Rule(burst=2, refill_seconds=10.0),
    enroll_per_address=Rule(burst=3, refill_seconds=10.0),
    enroll_per_code=Rule(burst=2, refill_seconds=10.0),
    partner_per_address=Rule(burst=3, refill_seconds=10.0),
    partner_per_credential=Rule(burst=3, refill_seconds=10.0),
)


def statuses(c: TestClient, n: int, path: str, **kwargs: Any) -> list[int]:
    return [c.post(path, **kwargs).status_code for _ in range(n)]


def test_only_failed_logins_are_charged_and_the_limit_recovers() -> None:
    c, clock = client(LIMITS)
    token = {"Authorization": f"Bearer cdd.{uuid.uuid4().hex}.secret"}
    STATUS["/v1/pull"] = 200
    assert statuses(c, 10, "/v1/pull", headers=token) == [200] * 10
    STATUS["/v1/pull"] = 401
    assert statuses(c, 3, "/v1/pull", headers=token) == [401, 401, 429]
    limited = c.post("/v1/pull", headers=token)
    assert limited.headers["retry-after"] == "10"
    assert limited.json()["error"] == "rate_limited"
    assert "riprovare tra 10 secondi" in limited.json()["message"]
    clock.now += 10
    STATUS["/v1/pull"] = 200
    assert statuses(c, 3, "/v1/pull", headers=token) == [200] * 3
    STATUS.clear()


def test_the_address_bucket_catches_many_credentials() -> None:
    c, _clock = client(LIMITS)
    STATUS["/v1/pull"] = 401
    got = [
        c.post("/v1/pull", headers={"Authorization": f"Bearer cda.{uuid.uuid4().hex}.s"})
        for _ in range(5)
    ]
    assert [r.status_code for r in got] == [401, 401, 401, 401, 429]
    STATUS.clear()


def test_enrollment_charges_failures_per_code_and_address() -> None:
    c, _clock = client(LIMITS)
    STATUS["/v1/enroll"] = 201
    body = {"code": "AAAA-BBBB-CCCC", "device_id": str(uuid.uuid4()), "name": "P"}
    assert statuses(c, 5, "/v1/enroll", json=body) == [201] * 5
    STATUS["/v1/enroll"] = 403
    assert statuses(c, 3, "/v1/enroll", json=body) == [403, 403, 429]
    # The same code typed differently is the same code.
    same = {**body, "code": "aaaa bbbb cccc"}
    assert statuses(c, 1, "/v1/enroll", json=same) == [429]
    other = {**body, "code": "ZZZZ-ZZZZ-ZZZZ"}
    assert statuses(c, 2, "/v1/enroll", json=other) == [403, 429]  # address: 3 failures
    STATUS.clear()


def test_partner_paths_charge_every_request_and_health_is_never_limited() -> None:
    c, _clock = client(LIMITS)
    assert statuses(c, 4, "/v1/partner/referrals") == [200, 200, 200, 429]
    limited = c.post("/v1/partner/referrals")
    assert limited.json()["message"].startswith("Troppe richieste")
    assert [c.get("/v1/health").status_code for _ in range(50)] == [200] * 50


def test_disabled_limits_limit_nothing() -> None:
    c, _clock = client(RateLimits.disabled())
    STATUS["/v1/pull"] = 401
    assert statuses(c, 50, "/v1/pull") == [401] * 50
    STATUS.clear()
