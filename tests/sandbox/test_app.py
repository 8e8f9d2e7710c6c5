"""The wire: create and read orders, detail levels, Basic auth, lenient bodies, error answers."""

from __future__ import annotations

import re
from decimal import Decimal

import httpx
import pytest

from tests.sandbox.sandbox_helpers import Caller

TIME = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$")


def test_create_answers_like_the_bank(call: Caller) -> None:
    created = call.create("Order_SMS", "12.50")
    assert set(created) == {"id", "hppUrl", "password", "status", "cvv2AuthStatus", "secret"}
    assert created["status"] == "Preparing"
    assert created["hppUrl"] == call.root + "/flex"
    assert re.fullmatch(r"[a-z0-9]{12}", created["password"])
    assert call.order(created["id"])["amount"] == Decimal("12.5")


def test_short_answer_and_each_detail_level(call: Caller) -> None:
    created = call.paid()
    short = call.order(created["id"], x=1)
    assert {"id", "typeRid", "status", "amount", "currency", "createTime", "type"} <= set(short)
    assert not {"trans", "srcToken", "merchant", "password"} & set(short)
    assert short["type"] == {"title": "Single message"}
    assert TIME.match(short["createTime"])
    with_trans = call.order(created["id"], tranDetailLevel=2)
    assert "trans" in with_trans and "srcToken" not in with_trans
    with_tokens = call.order(created["id"], tokenDetailLevel=2)
    assert with_tokens["srcToken"]["displayName"] == "416974******1778"
    assert with_tokens["srcToken"]["card"]["expiration"] == "1126"
    full = call.order(created["id"])
    for key in ("merchant", "terminal", "type", "password", "hppUrl", "clearedChargeAmount"):
        assert key in full
    assert full["type"]["rid"] == "Order_SMS"
    assert full["merchant"]["businessAddress"]["countryA2"] == "AZ"


def test_amounts_are_exact_json_numbers(call: Caller) -> None:
    created = call.paid(amount="0.10")
    raw = call.http.get(f"{call.base}/order/{created['id']}", params={"tranDetailLevel": 2}).text
    assert '"amount":0.1,' in raw and '"clearAmount":0.1,' in raw


@pytest.mark.parametrize("amount", ["1", 1, "1.00", "1.0"])
def test_accepts_what_clients_send(call: Caller, amount: object) -> None:
    body = {"order": {"typeRid": "Order_SMS", "amount": amount, "currency": "AZN",
                      "title": None, "description": None, "hppRedirectUrl": None,
                      "language": None, "aut": None, "srcToken": None}}  # fmt: skip
    response = call.post("/order", body)
    assert response.status_code == 200, response.text
    assert call.order(call.body(response)["order"]["id"])["amount"] == 1


@pytest.mark.parametrize("amount", ["0", "-1", "abc", "1.005", None, True])
def test_bad_amount_is_invalid_amt(call: Caller, amount: object) -> None:
    response = call.post("/order", {"order": {"typeRid": "Order_SMS", "amount": amount,
                                              "currency": "AZN"}})  # fmt: skip
    assert response.status_code == 400
    assert call.body(response)["errorCode"] == "InvalidAmt"


def test_error_body_shape_and_unparseable_body(call: Caller) -> None:
    response = call.http.post(call.base + "/order", content=b"{not json",
                              headers={"content-type": "application/json"})  # fmt: skip
    assert response.status_code == 400
    body = call.body(response)
    assert set(body) == {"errorCode", "errorDescription", "errorDetails"}
    assert body["errorCode"] == "InvalidRequest"
    missing_type = call.post("/order", {"order": {"amount": "1", "currency": "AZN"}})
    assert call.body(missing_type)["errorCode"] == "InvalidRequest"


def test_unknown_order_is_404_service_error(call: Caller) -> None:
    for path in ("/order/999999", "/order/abc"):
        response = call.http.get(call.base + path)
        assert response.status_code == 404
        assert call.body(response)["errorCode"] == "ServiceError"
    assert call.tran(999999, {"phase": "Clearing"}).status_code == 404


@pytest.mark.parametrize("auth", [None, ("TerminalSys/kapital", "wrong"), ("x", "kapital123")])
def test_basic_auth_is_required(call: Caller, auth: tuple[str, str] | None) -> None:
    created = call.create()
    with httpx.Client(auth=auth) as anonymous:
        for response in (
            anonymous.get(f"{call.base}/order/{created['id']}"),
            anonymous.post(f"{call.base}/order/{created['id']}/exec-tran",
                           json={"tran": {"phase": "Single", "voidKind": "Full"}}),
        ):  # fmt: skip
            assert response.status_code == 401
            assert response.json()["errorCode"] == "InvalidLogin"


def test_other_credentials(make_sandbox, caller_for) -> None:  # type: ignore[no-untyped-def]
    server = make_sandbox(seed=None, user="shop", password="s3cret")
    with httpx.Client(auth=("shop", "s3cret")) as client:
        assert client.post(server.base_url + "/order", json={"order": {
            "typeRid": "OCT", "amount": "5", "currency": "AZN"}}).status_code == 200  # fmt: skip
    assert caller_for(server).http.get(server.base_url + "/order/5001").status_code == 401
