"""The sandbox speaks each variant the real gateway has been seen with, on a switch or always.

kapital-api.md, "What other clients show": PartPaid, "no order found" with 404 or 500,
?password= optional, amounts as numbers or strings, custAttrs, rrn/clearDay/lastTran, stored
tokens' keeper ids, a UTC authentication time, the callback's TOKENID, today's test cards.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import httpx
import pytest

from kapdesk.domain.orders import OrderType
from kapdesk.gateway.errors import OutcomeUnknown
from kapdesk.sandbox.server import SandboxConfig, SandboxServer
from tests.operations.money_helpers import client_for, paid_order
from tests.sandbox.sandbox_helpers import VISA, Caller

MakeSandbox = Callable[..., SandboxServer]
CallerFor = Callable[[SandboxServer], Caller]
NO_ORDER = {"errorCode": "ServiceError", "errorDescription": "no order found"}
PAN_TOKEN = {"token": {"card": {"panBlock": {"data": VISA[0]}, "entryMode": "ECommerce"}}}


def _partly_cleared(call: Caller) -> dict[str, Any]:
    hold = call.create("Order_DMS", "10.00")
    assert call.pay(hold).status_code == 200
    answer = call.tran(hold["id"], {"phase": "Clearing", "amount": "4.00"})
    assert answer.status_code == 200, answer.text
    return call.order(hold["id"])


def test_partly_paid_is_spelt_partially_paid_by_default(call: Caller) -> None:
    assert _partly_cleared(call)["status"] == "PartiallyPaid"


def test_the_part_paid_switch_answers_part_paid_everywhere(
    make_sandbox: MakeSandbox, caller_for: CallerFor
) -> None:
    call = caller_for(make_sandbox(seed=None, part_paid="PartPaid"))
    order = _partly_cleared(call)
    assert order["status"] == "PartPaid"
    short = call.order(order["id"], orderDetailLevel=0)
    assert short["status"] == "PartPaid"
    # The state machine is the same: the rest can be cleared, and then it is FullyPaid.
    assert call.tran(order["id"], {"phase": "Clearing"}).status_code == 200
    after = call.order(order["id"])
    assert (after["status"], after["prevStatus"]) == ("FullyPaid", "PartPaid")


def test_the_switches_are_checked() -> None:
    for config in (SandboxConfig(seed=None, part_paid="Partly"),
                   SandboxConfig(seed=None, not_found_status=410)):  # fmt: skip
        with pytest.raises(ValueError, match="must be"):
            SandboxServer(config)


def _not_found_answers(call: Caller) -> list[httpx.Response]:
    return [
        call.http.get(f"{call.base}/order/0"),
        call.http.get(f"{call.base}/order/0", params={"orderDetailLevel": 2}),
        call.http.get(f"{call.base}/order/abc"),
        call.tran(987654321, {"phase": "Clearing", "amount": "1.00"}),
        call.post("/order/987654321/set-dst-token", PAN_TOKEN),
    ]


def test_an_unknown_order_is_exactly_the_banks_answer_with_404(call: Caller) -> None:
    for response in _not_found_answers(call):
        assert response.status_code == 404
        assert response.json() == NO_ORDER  # exactly: no errorDetails, the bank's words


def test_the_not_found_switch_answers_it_with_500(
    make_sandbox: MakeSandbox, caller_for: CallerFor
) -> None:
    call = caller_for(make_sandbox(seed=None, not_found_status=500))
    for response in _not_found_answers(call):
        assert response.status_code == 500
        assert response.json() == NO_ORDER
    other = call.tran(call.create()["id"], {"phase": "Clearing"})
    assert other.status_code == 400  # only "no order found" moves to 500


def test_password_on_token_and_credit_calls_is_optional_but_never_wrong(
    make_sandbox: MakeSandbox, caller_for: CallerFor
) -> None:
    call = caller_for(make_sandbox(seed=None))
    payout = call.create("OCT", "25")
    wrong = call.post(f"/order/{payout['id']}/set-dst-token", PAN_TOKEN, password="nope")
    assert wrong.status_code == 400 and wrong.json()["errorCode"] == "InvalidRequest"
    assert call.post(f"/order/{payout['id']}/set-dst-token", PAN_TOKEN).status_code == 200
    assert call.tran(payout["id"], {"phase": "Single", "type": "Credit"}).status_code == 200
    with_password = call.create("OCT", "5")
    password = with_password["password"]
    answer = call.post(f"/order/{with_password['id']}/set-dst-token", PAN_TOKEN, password=password)
    assert answer.status_code == 200
    credit = call.tran(
        with_password["id"], {"phase": "Single", "type": "Credit"}, password=password
    )
    assert credit.status_code == 200
    saving = call.create("Order_SMS", "1", hppCofCapturePurposes=["Cit", "Recurring"],
                         aut={"purpose": "AddCard"})  # fmt: skip
    assert call.pay(saving).status_code == 200
    stored = call.order(saving["id"])["storedTokens"][0]["id"]
    charge = call.create("Order_REC", "3")
    src = {"order": {"initiationEnvKind": "Server"}, "token": {"storedId": stored}}
    assert call.post(f"/order/{charge['id']}/set-src-token", src).status_code == 200
    recurring = {"phase": "Single", "conditions": {"cofUsage": "Recurring"}}
    assert call.tran(charge["id"], recurring).status_code == 200
    assert call.order(charge["id"])["status"] == "FullyPaid"


@pytest.mark.parametrize("amount", [1, "1", "1.0", "1.00", Decimal("1.0")])
def test_amounts_in_requests_as_numbers_or_strings(call: Caller, amount: object) -> None:
    created = call.create("Order_DMS", amount if not isinstance(amount, Decimal) else "1.0")
    assert call.order(created["id"])["amount"] == 1
    assert call.pay(created).status_code == 200
    clearing = call.tran(created["id"], {"phase": "Clearing", "amount": amount}
                         if not isinstance(amount, Decimal) else {"phase": "Clearing"})  # fmt: skip
    assert clearing.status_code == 200, clearing.text
    assert call.order(created["id"])["status"] == "FullyPaid"


def test_a_clearing_sent_as_a_bare_json_number(call: Caller) -> None:
    hold = call.create("Order_DMS", "10.00")
    call.pay(hold)
    raw = b'{"tran": {"phase": "Clearing", "amount": 2.50}}'
    answer = call.http.post(f"{call.base}/order/{hold['id']}/exec-tran", content=raw,
                            headers={"content-type": "application/json"})  # fmt: skip
    assert answer.status_code == 200, answer.text
    assert call.order(hold["id"])["trans"][-1]["amount"] == Decimal("2.5")


def test_seeded_orders_carry_the_fields_other_clients_see(
    sandbox: SandboxServer, call: Caller
) -> None:
    orders = [call.order(i) for i in sandbox.seeded_order_ids()]
    declined = [o for o in orders if o["status"] == "Declined"]
    assert declined
    for order in declined:
        attrs = {a["rid"]: a["valAsStr"] for a in order["custAttrs"]}
        assert set(attrs) == {"PrevStatus", "PmoResultCode", "DeclineDescription",
                              "PmoDeclineDescription"}  # fmt: skip
        assert attrs["PmoResultCode"] == order["trans"][-1]["pmoResultCode"]
        assert attrs["PrevStatus"] == "Preparing"
    approved = [t for o in orders for t in o.get("trans", []) if t["pmoResultCode"] == "1"]
    assert approved and all(t["rrn"] == t["ridByPmo"] and len(t["clearDay"]) == 10
                            for t in approved)  # fmt: skip
    assert all(o["lastTran"] == o["trans"][-1] for o in orders if o.get("trans"))
    stored = [t for o in orders for t in o.get("storedTokens", [])]
    assert stored and all(t["cofProviderRid"] and t["ridByCofp"] for t in stored)


def test_authentication_time_is_utc_while_order_times_are_baku(
    make_sandbox: MakeSandbox, caller_for: CallerFor
) -> None:
    moment = datetime(2024, 6, 12, 11, 38, 23, tzinfo=UTC)
    call = caller_for(make_sandbox(seed=None, now=lambda: moment))
    created = call.create("GN3D", "1.00")
    assert call.pay(created).status_code == 200
    order = call.order(created["id"])
    assert order["createTime"] == "2024-06-12 15:38:23"  # Baku
    assert order["trans"][0]["regTime"] == "2024-06-12 15:38:23"
    assert order["srcToken"]["card"]["authentication"]["timestamp"] == "2024-06-12 11:38:23"


def test_the_callback_carries_id_status_and_the_saved_cards_tokenid(call: Caller) -> None:
    saving = call.create("Order_SMS", "2.00", hppRedirectUrl="https://shop.example/cb",
                         hppCofCapturePurposes=["Cit", "Recurring"],
                         aut={"purpose": "AddCard"})  # fmt: skip
    answer = call.pay(saving)
    assert answer.status_code == 303
    query = parse_qs(urlsplit(answer.headers["location"]).query)
    stored = call.order(saving["id"])["storedTokens"][0]["id"]
    assert query == {"ID": [str(saving["id"])], "STATUS": ["FullyPaid"], "TOKENID": [str(stored)]}
    plain = call.create("Order_SMS", "2.00", hppRedirectUrl="https://shop.example/cb")
    query = parse_qs(urlsplit(call.pay(plain).headers["location"]).query)
    assert set(query) == {"ID", "STATUS"}  # no card saved, no TOKENID; never a PASSWORD


def test_the_payment_link_may_name_the_order_order_id(call: Caller) -> None:
    created = call.create()
    page = call.http.get(created["hppUrl"], params={"orderId": created["id"],
                                                    "password": created["password"]})  # fmt: skip
    assert page.status_code == 200 and 'name="pan"' in page.text


@pytest.mark.parametrize(
    "card",
    [
        ("4169741330151778", "06/25", "119"),  # Visa as published now
        ("4169741330151778", "11/26", "119"),  # Visa as published before
        ("5239151747183468", "11/27", "602"),  # Mastercard as published now
        ("5239151747183468", "11/24", "292"),  # Mastercard as published before
    ],
)
def test_the_published_test_cards_approve_with_old_and_new_dates(
    call: Caller, card: tuple[str, str, str]
) -> None:
    created = call.create("Order_DMS", "3.00")
    assert call.pay(created, card).status_code == 200
    assert call.order(created["id"])["status"] == "Authorized"


def test_a_test_card_with_a_cvv2_never_published_declines(call: Caller) -> None:
    created = call.create()
    call.pay(created, ("5239151747183468", "11/27", "119"))
    order = call.order(created["id"])
    assert order["status"] == "Declined" and order["trans"][-1]["pmoResultCode"] == "81"


def test_the_authentication_time_is_utc_whatever_zone_the_clock_gives(
    make_sandbox: MakeSandbox, caller_for: CallerFor
) -> None:
    baku = datetime(2024, 6, 12, 15, 38, 23, tzinfo=ZoneInfo("Asia/Baku"))
    call = caller_for(make_sandbox(seed=None, now=lambda: baku))
    created = call.create("GN3D", "1.00")
    call.pay(created)
    order = call.order(created["id"])
    assert order["createTime"] == "2024-06-12 15:38:23"
    assert order["srcToken"]["card"]["authentication"]["timestamp"] == "2024-06-12 11:38:23"


def test_kapdesk_sandbox_takes_the_switches_on_its_command_line(
    standalone_sandbox: Callable[..., Any], credentials: tuple[str, str]
) -> None:
    server = standalone_sandbox("--part-paid", "PartPaid", "--not-found-status", "500")
    with httpx.Client(auth=credentials, timeout=10) as http:
        missing = http.get(f"{server.base_url}/order/0")
        assert (missing.status_code, missing.json()) == (500, NO_ORDER)
        seeded = [http.get(f"{server.base_url}/order/{i}").json().get("order", {}).get("status")
                  for i in range(5001, 5080)]  # fmt: skip
    assert "PartPaid" in seeded and "PartiallyPaid" not in seeded


@pytest.mark.asyncio
async def test_a_520_from_the_cdn_reads_as_blocked_and_leaves_money_unknown(
    make_sandbox: MakeSandbox,
) -> None:
    server = make_sandbox(seed=None, fault_reads=True)
    async with client_for(server, read_retries=0) as client:
        hold = await paid_order(client, server, OrderType.PREAUTH, "9.00")
        server.set_faults({"error520": 1.0})
        with pytest.raises(OutcomeUnknown) as read:
            await client.get_order(hold)
        assert str(read.value) == (
            "The bank's network refused this computer (HTTP 520); ask the bank to allow its "
            "address."
        )
        with pytest.raises(OutcomeUnknown) as money:
            await client.release(hold)
        assert money.value.moves_money and money.value.http_status == 520
        assert "may or may not have happened" in str(money.value)
        server.set_faults({})
        assert (await client.get_order(hold)).status == "Authorized"  # the CDN stopped it
