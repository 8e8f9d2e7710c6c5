"""Fault injection: each kind does what it says (and nothing more), repeatably."""

from __future__ import annotations

import time

import httpx
import pytest

from kapdesk.sandbox.faults import Faults
from tests.sandbox.sandbox_helpers import Caller

CLEAR = {"phase": "Clearing", "amount": "4"}


def _hold(call: Caller) -> dict:
    return call.paid("Order_DMS", "10")


def _trans(call: Caller, order_id: int) -> int:
    return len(call.order(order_id)["trans"])


@pytest.fixture
def faulty(make_sandbox, caller_for):  # type: ignore[no-untyped-def]
    server = make_sandbox(seed=None)
    return server, caller_for(server)


def test_drop_after_commit_commits(faulty) -> None:  # type: ignore[no-untyped-def]
    server, call = faulty
    hold = _hold(call)
    server.set_faults({"drop_after_commit": 1.0})
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        call.tran(hold["id"], CLEAR)
    order = call.order(hold["id"])  # reads are not hit
    assert order["status"] == "PartiallyPaid" and order["trans"][-1]["amount"] == 4


@pytest.mark.parametrize("kind", ["error500", "malformed"])
def test_error_and_malformed_do_nothing(faulty, kind: str) -> None:  # type: ignore[no-untyped-def]
    server, call = faulty
    hold = _hold(call)
    server.set_faults({kind: 1.0})
    response = call.tran(hold["id"], CLEAR)
    if kind == "error500":
        assert response.status_code == 500 and "<html>" in response.text
    else:
        assert response.status_code == 200
        with pytest.raises(ValueError):
            response.json()
    assert _trans(call, hold["id"]) == 1
    assert call.order(hold["id"])["status"] == "Authorized"


def test_timeout_never_answers_and_does_nothing(faulty) -> None:  # type: ignore[no-untyped-def]
    server, call = faulty
    hold = _hold(call)
    server.set_faults({"timeout": 1.0})
    with pytest.raises(httpx.ReadTimeout):
        call.http.post(f"{call.base}/order/{hold['id']}/exec-tran", json={"tran": CLEAR},
                       timeout=0.3)  # fmt: skip
    assert _trans(call, hold["id"]) == 1
    call.http.close()
    call.http = httpx.Client(auth=call.http.auth, timeout=0.3)
    with pytest.raises(httpx.ReadTimeout):
        call.tran(hold["id"], CLEAR)  # still hanging when the server stops below
    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 30  # a hang, not a slow machine


def test_reads_only_when_asked(make_sandbox, caller_for) -> None:  # type: ignore[no-untyped-def]
    plain = make_sandbox(seed=None, faults={"error500": 1.0})
    call = caller_for(plain)
    assert call.post("/order", {"order": {"typeRid": "OCT", "amount": 1,
                                          "currency": "AZN"}}).status_code == 500  # fmt: skip
    assert call.http.get(plain.base_url + "/order/5001").status_code == 404  # a gateway answer
    reads = make_sandbox(seed=None, faults={"error500": 1.0}, fault_reads=True)
    assert caller_for(reads).http.get(reads.base_url + "/order/5001").status_code == 500


def test_fault_seed_repeats() -> None:
    def draws(seed: int) -> list[str | None]:
        faults = Faults({"error500": 0.3, "malformed": 0.3}, seed=seed)
        return [faults.draw(is_read=False) for _ in range(40)]

    assert draws(3) == draws(3)
    assert draws(3) != draws(4)
    assert {None, "error500", "malformed"} == set(draws(3))


def test_fault_seed_repeats_over_http(make_sandbox, caller_for) -> None:  # type: ignore[no-untyped-def]
    def codes() -> list[int]:
        server = make_sandbox(seed=None, faults={"error500": 0.5}, fault_seed=11)
        call = caller_for(server)
        body = {"order": {"typeRid": "OCT", "amount": 1, "currency": "AZN"}}
        return [call.post("/order", body).status_code for _ in range(12)]

    first = codes()
    assert first == codes() and {200, 500} == set(first)


def test_bad_fault_settings() -> None:
    with pytest.raises(ValueError, match="unknown fault"):
        Faults({"explode": 0.5})
    with pytest.raises(ValueError, match="between 0 and 1"):
        Faults({"timeout": 1.5})


def test_latency(make_sandbox, caller_for) -> None:  # type: ignore[no-untyped-def]
    # Time is the subject here, so the margin is wide: a loopback call on a loaded machine can
    # take a few hundred ms, never the whole second the latency adds.
    server = make_sandbox(seed=None, latency_ms=1000)
    call = caller_for(server)
    started = time.monotonic()
    call.http.get(server.base_url + "/order/5001")
    assert time.monotonic() - started >= 1.0
    server.set_latency(0)
    started = time.monotonic()
    call.http.get(server.base_url + "/order/5001")
    assert time.monotonic() - started < 1.0
