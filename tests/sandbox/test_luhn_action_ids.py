"""The sandbox switch that makes action ids pass Luhn, for tests of what masks card numbers."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import httpx

from kapdesk.domain.cards import luhn_valid
from kapdesk.sandbox.server import DEFAULT_PASSWORD, DEFAULT_USER, SandboxServer
from tests.sandbox.sandbox_helpers import FULL, VISA, Caller

KAPITAL_SHAPE = re.compile(r"^(\d{6})-(\d{8})-(\d{3})tn5=$")


def _digits(action_id: str) -> str:
    match = KAPITAL_SHAPE.match(action_id)
    assert match, action_id
    return "".join(match.groups())


def test_with_the_switch_every_action_id_has_kapitals_shape_and_passes_luhn(
    make_sandbox: Callable[..., SandboxServer], caller_for: Callable[[SandboxServer], Caller]
) -> None:
    call = caller_for(make_sandbox(seed=None, luhn_action_ids=True))
    order_id = call.paid()["id"]
    for amount in ("0.10", "0.20", "0.30"):
        answer = call.tran(order_id, {"phase": "Single", "type": "Refund", "amount": amount})
        assert answer.status_code == 200, answer.text
    trans = call.order(order_id)["trans"]
    assert len(trans) == 4
    assert all(luhn_valid(_digits(t["actionId"])) for t in trans)
    assert len({t["actionId"] for t in trans}) == 4


def test_without_it_action_ids_keep_the_usual_shape(
    make_sandbox: Callable[..., SandboxServer], caller_for: Callable[[SandboxServer], Caller]
) -> None:
    call = caller_for(make_sandbox(seed=None))
    [tran] = call.order(call.paid()["id"])["trans"]
    assert re.match(r"^\d{6}-\d{8}-000[0-9A-Za-z]{3}=$", tran["actionId"])


def test_kapdesk_sandbox_has_the_switch_as_a_flag(standalone_sandbox: Callable[..., Any]) -> None:
    server = standalone_sandbox("--no-seed", "--luhn-action-ids")
    pan, expiry, cvv = VISA
    with httpx.Client(auth=(DEFAULT_USER, DEFAULT_PASSWORD), timeout=10) as http:
        order = {"typeRid": "Order_SMS", "amount": "10.00", "currency": "AZN"}
        created = http.post(f"{server.base_url}/order", json={"order": order}).json()["order"]
        form = {"id": created["id"], "password": created["password"], "pan": pan,
                "expiry": expiry, "cvv": cvv}  # fmt: skip
        root = server.base_url.removesuffix("/api")
        assert http.post(f"{root}/flex", data=form, auth=None).status_code == 200
        got = http.get(f"{server.base_url}/order/{created['id']}", params=FULL).json()
    [tran] = got["order"]["trans"]
    assert luhn_valid(_digits(tran["actionId"]))
