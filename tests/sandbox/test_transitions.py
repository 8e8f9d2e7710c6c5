"""exec-tran over HTTP: every operation, the state it leaves, and each refusal."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from tests.sandbox.sandbox_helpers import DECLINING, Caller

VISA_PAN = "4169741330151778"


def error_code(call: Caller, response) -> str:  # type: ignore[no-untyped-def]
    assert response.status_code >= 400, response.text
    return str(call.body(response)["errorCode"])


def ok(call: Caller, response) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.text
    tran = call.body(response)["tran"]
    assert tran["pmoResultCode"] == "1" and len(tran["approvalCode"]) == 6
    assert tran["match"]["ridByPmo"] and tran["match"]["tranActionId"]
    return dict(tran)


def test_hold_clear_partly_then_fully(call: Caller) -> None:
    hold = call.paid("Order_DMS", "100.00")
    order = call.order(hold["id"])
    assert order["status"] == "Authorized"
    assert order["trans"][0] | {} and order["trans"][0]["phase"] == "Auth"
    assert order["trans"][0]["clearAmount"] == 0
    ok(call, call.tran(hold["id"], {"phase": "Clearing", "amount": "30.00"}))
    assert call.order(hold["id"])["status"] == "PartiallyPaid"
    assert error_code(call, call.tran(hold["id"], {"phase": "Clearing", "amount": "70.01"})) == (
        "InvalidAmt"
    )
    ok(call, call.tran(hold["id"], {"phase": "Clearing", "amount": 70}))
    order = call.order(hold["id"])
    assert order["status"] == "FullyPaid"
    assert [t["amount"] for t in order["trans"] if t["phase"] == "Clearing"] == [30, 70]
    assert order["clearedChargeAmount"] == 100
    assert error_code(call, call.tran(hold["id"], {"phase": "Clearing"})) == "InvalidOrderState"


def test_release_hold(call: Caller) -> None:
    hold = call.paid("Order_DMS", "50")
    ok(call, call.tran(hold["id"], {"phase": "Auth", "voidKind": "Full"}))
    order = call.order(hold["id"])
    assert order["status"] == "Voided"
    last = order["trans"][-1]
    assert (last["phase"], last["isReversal"], last["amount"]) == ("Auth", True, 50)
    assert error_code(call, call.tran(hold["id"], {"phase": "Auth", "voidKind": "Full"})) == (
        "InvalidOrderState"
    )


def test_release_after_a_partial_clearing_frees_the_rest(call: Caller) -> None:
    hold = call.paid("Order_DMS", "50")
    ok(call, call.tran(hold["id"], {"phase": "Clearing", "amount": "30"}))
    ok(call, call.tran(hold["id"], {"phase": "Auth", "voidKind": "Full"}))
    order = call.order(hold["id"])
    assert order["status"] == "FullyPaid"
    last = order["trans"][-1]
    assert (last["phase"], last["isReversal"], last["amount"]) == ("Auth", True, 20)
    clear_more = call.tran(hold["id"], {"phase": "Clearing", "amount": "1"})
    assert error_code(call, clear_more) == "InvalidOrderState"


def test_reverse_clearing(call: Caller) -> None:
    hold = call.paid("Order_DMS", "50")
    assert error_code(call, call.tran(hold["id"], {"phase": "Clearing", "voidKind": "Full"})) == (
        "InvalidOrderState"
    )
    ok(call, call.tran(hold["id"], {"phase": "Clearing", "amount": "20"}))
    ok(call, call.tran(hold["id"], {"phase": "Clearing", "voidKind": "Full"}))
    order = call.order(hold["id"])
    assert order["status"] == "Voided"
    assert order["trans"][-1]["isReversal"] is True and order["trans"][-1]["amount"] == 20


def test_refunds_partly_then_the_rest(call: Caller) -> None:
    paid = call.paid("Order_SMS", "10.00")
    ok(call, call.tran(paid["id"], {"phase": "Single", "type": "Refund", "amount": "2.50"}))
    order = call.order(paid["id"])
    assert order["status"] == "FullyPaid"
    refund = order["trans"][-1]
    assert (refund["type"], refund["amount"], refund["clearAmount"]) == (
        "Refund", Decimal("2.5"), Decimal("-2.5"))  # fmt: skip
    too_much = {"phase": "Single", "type": "Refund", "amount": "7.51"}
    assert error_code(call, call.tran(paid["id"], too_much)) == "InvalidAmt"
    ok(call, call.tran(paid["id"], {"phase": "Single", "type": "Refund", "amount": "7.50"}))
    order = call.order(paid["id"])
    assert (order["status"], order["clearedRefundAmount"]) == ("Refunded", 10)
    again = {"phase": "Single", "type": "Refund", "amount": "1"}
    assert error_code(call, call.tran(paid["id"], again)) == "InvalidOrderState"


@pytest.mark.parametrize("amount", ["0", "-1", "ten", "0.001"])
def test_refund_bad_amount(call: Caller, amount: str) -> None:
    paid = call.paid()
    tran = {"phase": "Single", "type": "Refund", "amount": amount}
    assert error_code(call, call.tran(paid["id"], tran)) == "InvalidAmt"
    assert call.order(paid["id"])["clearedRefundAmount"] == 0


def test_same_day_reversal_full(call: Caller) -> None:
    paid = call.paid("Order_SMS", "8")
    ok(call, call.tran(paid["id"], {"phase": "Single", "voidKind": "Full"}))
    order = call.order(paid["id"])
    assert order["status"] == "Voided"
    assert order["trans"][-1]["isReversal"] is True and order["trans"][-1]["amount"] == 8


def test_partial_reversal_only_once(call: Caller) -> None:
    paid = call.paid("Order_SMS", "40.00")
    ok(call, call.tran(paid["id"], {"phase": "Single", "voidKind": "Partial", "amount": "15"}))
    order = call.order(paid["id"])
    assert (order["status"], order["amount"]) == ("FullyPaid", 25)
    again = {"phase": "Single", "voidKind": "Partial", "amount": "5"}
    assert error_code(call, call.tran(paid["id"], again)) == "InvalidOrderState"
    ok(call, call.tran(paid["id"], {"phase": "Single", "voidKind": "Full"}))
    assert call.order(paid["id"])["trans"][-1]["amount"] == 25


def test_partial_reversal_must_be_below_the_paid_amount(call: Caller) -> None:
    paid = call.paid("Order_SMS", "10")
    tran = {"phase": "Single", "voidKind": "Partial", "amount": "10"}
    assert error_code(call, call.tran(paid["id"], tran)) == "InvalidAmt"


def test_reversal_only_on_the_day_of_payment(make_sandbox, caller_for) -> None:  # type: ignore[no-untyped-def]
    clock = [datetime(2025, 3, 10, 8, 0, tzinfo=UTC)]  # 12:00 in Baku
    call = caller_for(make_sandbox(seed=None, now=lambda: clock[0]))
    paid = call.paid("Order_SMS", "5")
    clock[0] += timedelta(hours=13)  # 01:00 the next day in Baku
    tran = {"phase": "Single", "voidKind": "Full"}
    assert error_code(call, call.tran(paid["id"], tran)) == "InvalidOrderState"
    assert call.order(paid["id"])["createTime"] == "2025-03-10 12:00:00"


def test_operations_the_type_forbids(call: Caller) -> None:
    purchase = call.paid("Order_SMS")
    hold = call.paid("Order_DMS")
    assert error_code(call, call.tran(purchase["id"], {"phase": "Clearing"})) == "TranProhibited"
    void_hold = {"phase": "Auth", "voidKind": "Full"}
    assert error_code(call, call.tran(purchase["id"], void_hold)) == "TranProhibited"
    same_day = {"phase": "Single", "voidKind": "Full"}
    assert error_code(call, call.tran(hold["id"], same_day)) == "TranProhibited"
    credit = {"phase": "Single", "type": "Credit"}
    assert error_code(call, call.tran(purchase["id"], credit, password=purchase["password"])) == (
        "TranProhibited"
    )
    assert error_code(call, call.tran(purchase["id"], {"phase": "Bogus"})) == "InvalidTran"
    assert error_code(call, call.tran(purchase["id"], {})) == "InvalidRequest"


def test_refund_needs_a_paid_order(call: Caller) -> None:
    fresh = call.create()
    tran = {"phase": "Single", "type": "Refund", "amount": "1"}
    assert error_code(call, call.tran(fresh["id"], tran)) == "InvalidOrderState"


def test_payout_to_a_card(call: Caller) -> None:
    payout = call.create("OCT", "25")
    token = {"token": {"card": {"panBlock": {"data": VISA_PAN}, "entryMode": "ECommerce"}}}
    credit = {"phase": "Single", "type": "Credit"}
    assert error_code(call, call.tran(payout["id"], credit, password=payout["password"])) == (
        "InvalidOrderState"
    )
    wrong = call.post(f"/order/{payout['id']}/set-dst-token", token, password="nope")
    assert error_code(call, wrong) == "InvalidRequest"
    answer = call.post(f"/order/{payout['id']}/set-dst-token", token, password=payout["password"])
    assert answer.status_code == 200
    assert call.body(answer)["order"]["dstToken"]["displayName"] == "416974******1778"
    assert error_code(call, call.tran(payout["id"], credit, password="nope")) == "InvalidRequest"
    ok(call, call.tran(payout["id"], credit, password=payout["password"]))
    order = call.order(payout["id"])
    assert order["status"] == "FullyPaid"
    assert (order["trans"][-1]["type"], order["trans"][-1]["amount"]) == ("Credit", 25)


def test_destination_card_must_pass_luhn(call: Caller) -> None:
    payout = call.create("OCT", "25")
    token = {"token": {"card": {"panBlock": {"data": "4169741330151779"}}}}
    response = call.post(f"/order/{payout['id']}/set-dst-token", token,
                         password=payout["password"])  # fmt: skip
    assert error_code(call, response) == "InvalidToken"


def _saved_card(call: Caller, card: tuple[str, str, str] | None = None) -> int:
    saving = call.create("Order_SMS", "1", hppCofCapturePurposes=["Cit", "Recurring"],
                         aut={"purpose": "AddCard"})  # fmt: skip
    assert call.pay(saving, *((card and [card]) or [])).status_code == 200
    stored = call.order(saving["id"])["storedTokens"]
    return int(stored[0]["id"]) if stored else 0


def test_charge_a_saved_card(call: Caller) -> None:
    stored = _saved_card(call)
    order = call.create("Order_REC", "12")
    src = {"order": {"initiationEnvKind": "Server"}, "token": {"storedId": stored}}
    answer = call.post(f"/order/{order['id']}/set-src-token", src, password=order["password"])
    assert answer.status_code == 200, answer.text
    assert call.body(answer)["order"]["cvv2AuthStatus"] == "IneligibleOrder"
    assert call.body(answer)["order"]["srcToken"]["displayName"] == "416974******1778"
    charge = {"phase": "Single", "conditions": {"cofUsage": "Recurring"}}
    ok(call, call.tran(order["id"], charge, password=order["password"]))
    assert call.order(order["id"])["status"] == "FullyPaid"


def test_saved_card_preauth_then_clear(call: Caller) -> None:
    stored = _saved_card(call)
    order = call.create("DMSN3D", "30", srcToken={"storedId": stored})
    hold = {"phase": "Auth", "authorizationKind": "Preliminary",
            "conditions": {"cofUsage": "Recurring"}}  # fmt: skip
    ok(call, call.tran(order["id"], hold, password=order["password"]))
    assert call.order(order["id"])["status"] == "Authorized"
    ok(call, call.tran(order["id"], {"phase": "Clearing"}))
    assert call.order(order["id"])["status"] == "FullyPaid"


def test_unknown_stored_card(call: Caller) -> None:
    order = call.create("Order_REC", "12")
    src = {"token": {"storedId": 424242}}
    response = call.post(f"/order/{order['id']}/set-src-token", src, password=order["password"])
    assert error_code(call, response) == "InvalidToken"
    charge = {"phase": "Single", "conditions": {"cofUsage": "Recurring"}}
    assert error_code(call, call.tran(order["id"], charge, password=order["password"])) == (
        "InvalidOrderState"
    )


def test_saved_card_that_declines(call: Caller) -> None:
    saving = call.create("Order_SMS", "1", hppCofCapturePurposes=["Recurring"])
    call.pay(saving, DECLINING)
    assert call.order(saving["id"])["storedTokens"] == []  # a declined card is not saved
