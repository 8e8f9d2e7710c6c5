"""The gateway as other clients and the bank's samples show it: every variant is read.

kapital-api.md, "What other clients show": PartPaid, "no order found" with 404 or 500,
dstToken, amounts as numbers or strings, custAttrs lists, rrn/clearDay/lastTran, stored-token
keeper ids, Baku versus UTC times, HTTP 520. Each answer here is shaped like a real one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest

from kapdesk.domain.orders import Order, OrderStatus
from kapdesk.domain.secret import Secret
from kapdesk.gateway.client import GatewayClient
from kapdesk.gateway.errors import GatewayRefused, OrderNotFound, OutcomeUnknown
from kapdesk.gateway.models import parse_token
from kapdesk.gateway.parse import loads, parse_order

# The bank's own sample order (createTime Baku 15:38:23, authenticated 11:38:23 UTC).
SAMPLE = """{"order": {"id": 5531, "typeRid": "Order_DMS", "status": %(status)s,
 "prevStatus": "Authorized", "amount": %(amount)s, "currency": "AZN",
 "createTime": "2024-06-12 15:38:23", "finishTime": "2024-06-12 15:39:17",
 "srcToken": {"id": 777, "role": "Src", "displayName": "416974******1778",
   "regTime": "2024-06-12 15:38:40", "entryMode": "ECommerce",
   "card": {"expiration": "2506", "brand": "VISA",
     "authentication": {"needCvv2": true, "needTds": true, "timestamp": "2024-06-12 11:38:23",
       "tdsProtocolVer": "2.2.0", "eci": "05"}}},
 "storedTokens": [{"id": 5125, "cofProviderRid": "KAPITAL", "ridByCofp": "COF0000005125"}],
 "custAttrs": %(attrs)s,
 "trans": [{"approvalCode": "047347", "actionId": "240612-11385786-000tn5=", "orderId": 5531,
   "isReversal": false, "ridByPmo": "17579346", "rrn": "416411579346",
   "regTime": "2024-06-12 15:38:57", "clearDay": "2024-06-13", "clearAmount": 0,
   "amount": %(amount)s, "currency": "AZN", "phase": "Auth", "type": "Purchase",
   "pmoResultCode": "1"},
  {"approvalCode": "047348", "ridByPmo": "17579347", "regTime": "2024-06-12 16:02:11",
   "amount": %(cleared)s, "clearAmount": %(cleared)s, "currency": "AZN", "phase": "Clearing",
   "pmoResultCode": "1"}],
 "lastTran": {"ridByPmo": "17579347", "amount": %(cleared)s, "currency": "AZN",
   "phase": "Clearing", "regTime": "2024-06-12 16:02:11", "pmoResultCode": "1"}}}"""

DECLINE_ATTRS = json.dumps(
    [
        {"rid": "PrevStatus", "valAsStr": "Preparing"},
        {"rid": "PmoResultCode", "valAsStr": "59"},
        {"rid": "DeclineDescription", "valAsStr": "Auth Response: 59 - Insufficient funds"},
        {"rid": "PmoDeclineDescription", "valAsStr": "Insufficient funds"},
    ]
)


def sample(
    status: str = '"PartPaid"',
    amount: str = "10.5",
    cleared: str = "4",
    attrs: str = "[]",
) -> Order:
    text = SAMPLE % {"status": status, "amount": amount, "cleared": cleared, "attrs": attrs}
    return parse_order(loads(text), detailed=True)


def _partly_paid(order: Order) -> None:
    assert order.status is OrderStatus.PARTIALLY_PAID and str(order.status) == "PartiallyPaid"


def _amount_exact(order: Order) -> None:
    assert order.amount == Decimal("10.50") and isinstance(order.amount, Decimal)
    assert order.transactions[1].amount == Decimal("4.00")


def _times_in_their_zones(order: Order) -> None:
    assert order.created is not None and order.created.utcoffset() == timedelta(hours=4)
    stamp = order.authentication.timestamp
    assert stamp is not None and stamp.utcoffset() == timedelta(0)
    # The bank's sample: the same moment, written 15:38:23 (Baku) and 11:38:23 (UTC).
    assert stamp == order.created == datetime(2024, 6, 12, 11, 38, 23, tzinfo=UTC)


def _transaction_extras(order: Order) -> None:
    auth, clearing = order.transactions
    assert auth.rrn == "416411579346"  # "rrn" where the answer names it
    assert clearing.rrn == "17579347"  # ridByPmo otherwise
    assert auth.clear_day == date(2024, 6, 13) and clearing.clear_day is None
    assert order.last_transaction is not None and order.last_transaction.rrn == "17579347"


def _stored_token_keeper(order: Order) -> None:
    assert order.card is not None and order.card.stored_id == 5125
    assert (order.card.cof_provider_rid, order.card.rid_by_cofp) == ("KAPITAL", "COF0000005125")


def _declined_with_reason(order: Order) -> None:
    assert order.status is OrderStatus.DECLINED
    assert order.decline_description == "Auth Response: 59 - Insufficient funds"
    assert order.attribute("PmoResultCode") == "59"
    assert order.prev_status is OrderStatus.AUTHORIZED  # prevStatus wins over custAttrs


VARIANTS: list[tuple[str, dict[str, str], Callable[[Order], None]]] = [
    ("PartPaid", {"status": '"PartPaid"'}, _partly_paid),
    ("PartiallyPaid", {"status": '"PartiallyPaid"'}, _partly_paid),
    ("amount as a JSON number", {"amount": "10.5", "cleared": "4"}, _amount_exact),
    ("amount as a bare integer", {"amount": "10.50", "cleared": "4.00"}, _amount_exact),
    ("amount as a string", {"amount": '"10.50"', "cleared": '"4"'}, _amount_exact),
    ("amount as a short string", {"amount": '"10.5"', "cleared": '"4.0"'}, _amount_exact),
    ("Baku and UTC times", {}, _times_in_their_zones),
    ("rrn, clearDay, lastTran", {}, _transaction_extras),
    ("cofProviderRid, ridByCofp", {}, _stored_token_keeper),
    ("custAttrs list on a decline", {"status": '"Declined"', "attrs": DECLINE_ATTRS},
     _declined_with_reason),
    ("custAttrs as an object", {"status": '"Declined"',
     "attrs": '{"DeclineDescription": "Auth Response: 59 - Insufficient funds", '
              '"PmoResultCode": 59}'}, _declined_with_reason),
    ("custAttrs of odd shapes", {"attrs": '[null, 5, {"rid": "X"}, {"valAsStr": "y"}]'},
     _partly_paid),
    ("custAttrs null", {"attrs": "null"}, _partly_paid),
]  # fmt: skip


@pytest.mark.parametrize(("variant", "fields", "check"), VARIANTS, ids=[v[0] for v in VARIANTS])
def test_every_variant_of_the_order_answer_is_read(
    variant: str, fields: dict[str, str], check: Callable[[Order], None]
) -> None:
    check(sample(**fields))


@pytest.mark.parametrize("written", ["1", "1.0", "1.00", '"1"', '"1.0"', '"1.00"', '" 1.00 "'])
def test_every_form_of_one_amount_is_the_same_decimal(written: str) -> None:
    head = '{"order": {"id": 1, "typeRid": "Order_SMS", "status": "FullyPaid", "amount": '
    text = head + written + ', "currency": "AZN"}}'
    order = parse_order(loads(text), detailed=False)
    assert order.amount == Decimal("1.00") and str(order.amount) == "1.00"


def test_a_decline_description_quoting_a_card_number_is_masked() -> None:
    attrs = json.dumps(
        [{"rid": "DeclineDescription", "valAsStr": "card 4169741330151778 declined"}]
    )
    order = sample(status='"Declined"', attrs=attrs)
    assert order.decline_description == "card 416974******1778 declined"


def test_no_decline_description_on_an_order_that_was_not_declined() -> None:
    assert sample(attrs=DECLINE_ATTRS).decline_description is None


DST_TOKEN = {"id": 9001, "role": "Dst", "paymentMethod": "Card",
             "displayName": "523915******3468", "entryMode": "ECommerce"}  # fmt: skip
DST_ANSWER = {"order": {"status": "Preparing", "cvv2AuthStatus": "IneligibleOrder",
                        "dstToken": DST_TOKEN}}  # fmt: skip


@pytest.mark.parametrize(
    ("answer", "masked"),
    [
        (DST_ANSWER, "523915******3468"),  # what the bank answers set-dst-token with
        ({"order": {"status": "Preparing", "srcToken": DST_TOKEN}},
         "523915******3468"),  # what some answers (and older sandboxes) carry
        ({"order": {"status": "Preparing", "dstToken": {"displayName": "5239151747183468"}}},
         "523915******3468"),  # a full number in displayName is masked all the same
    ],
)  # fmt: skip
def test_set_dst_token_reads_dst_token_or_src_token(answer: Any, masked: str) -> None:
    result = parse_token(answer, destination=True)
    assert result.masked_pan == masked and result.status is OrderStatus.PREPARING


def test_a_payout_order_shows_its_destination_card() -> None:
    answer = {"order": {"id": 6001, "typeRid": "OCT", "status": "FullyPaid", "amount": 25,
                        "currency": "AZN", "srcToken": {"displayName": "000000******0000"},
                        "dstToken": DST_TOKEN}}  # fmt: skip
    order = parse_order(answer, detailed=False)
    assert order.masked_pan == "523915******3468"


# -- errors: "no order found" by code and text, and the CDN's 520 -----------------------------

BASE = "https://e-commerce.kapitalbank.az/api"
NO_ORDER = '{"errorCode": "ServiceError", "errorDescription": "no order found"}'


def client(status: int, text: str, seen: list[httpx.Request]) -> GatewayClient:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, text=text)

    async def no_sleep(seconds: float) -> None:
        return None

    return GatewayClient(BASE, "merchant", Secret("pw"), transport=httpx.MockTransport(handler),
                         sleep=no_sleep)  # fmt: skip


@pytest.mark.asyncio
@pytest.mark.parametrize("status", [404, 500])
async def test_no_order_found_is_not_found_for_a_read_whatever_the_status(status: int) -> None:
    seen: list[httpx.Request] = []
    async with client(status, NO_ORDER, seen) as gateway:
        with pytest.raises(OrderNotFound) as caught:
            await gateway.get_order(0)
    assert str(caught.value) == "Order 0 was not found."
    assert caught.value.http_status == status and len(seen) == 1  # an answer: not retried


@pytest.mark.asyncio
@pytest.mark.parametrize("status", [404, 500])
async def test_no_order_found_on_a_money_call_is_refused_not_unknown(status: int) -> None:
    seen: list[httpx.Request] = []
    async with client(status, NO_ORDER, seen) as gateway:
        with pytest.raises(OrderNotFound) as caught:
            await gateway.clear(987654, Decimal("1.00"), "AZN")
    assert isinstance(caught.value, GatewayRefused)
    assert str(caught.value) == "Order 987654 was not found." and len(seen) == 1


@pytest.mark.asyncio
async def test_a_404_without_the_words_is_not_taken_for_an_unknown_order() -> None:
    seen: list[httpx.Request] = []
    other = '{"errorCode": "ServiceError", "errorDescription": "internal failure"}'
    async with client(404, other, seen) as gateway:
        with pytest.raises(GatewayRefused) as caught:
            await gateway.get_order(5)
    assert not isinstance(caught.value, OrderNotFound)
    async with client(500, other, seen) as gateway:
        with pytest.raises(OutcomeUnknown):  # a money call's 500 without the words: unknown
            await gateway.release(5)


CDN_PAGE = "<html><head><title>520: Web server is returning an unknown error</title></head></html>"
BLOCKED = "The bank's network refused this computer (HTTP 520); ask the bank to allow its address."


@pytest.mark.asyncio
async def test_http_520_on_a_read_says_the_bank_must_allow_this_computer() -> None:
    seen: list[httpx.Request] = []
    async with client(520, CDN_PAGE, seen) as gateway:
        with pytest.raises(OutcomeUnknown) as caught:
            await gateway.get_order(5531)
    assert str(caught.value) == BLOCKED
    assert not caught.value.moves_money and caught.value.reason == "blocked"


@pytest.mark.asyncio
async def test_http_520_on_a_money_call_is_unknown_and_sent_once() -> None:
    seen: list[httpx.Request] = []
    async with client(520, CDN_PAGE, seen) as gateway:
        with pytest.raises(OutcomeUnknown) as caught:
            await gateway.refund(5531, Decimal("2.00"), "AZN")
    assert len(seen) == 1 and caught.value.moves_money and caught.value.http_status == 520
    assert str(caught.value).startswith(BLOCKED[:-1])
    assert "may or may not have happened" in str(caught.value)


@pytest.mark.asyncio
async def test_the_order_password_goes_where_the_banks_collection_sends_it() -> None:
    seen: list[httpx.Request] = []
    created = '{"order": {"status": "Preparing", "dstToken": {"displayName": "416974******1778"}}}'
    async with client(200, created, seen) as gateway:
        await gateway.set_destination_card(7, Secret("pw7"), Secret("4169741330151778"))
        await gateway.set_source_token(7, Secret("pw7"), 5125)
    tran = '{"tran": {"approvalCode": "1", "match": {"ridByPmo": "2"}, "pmoResultCode": "1"}}'
    async with client(200, tran, seen) as gateway:
        await gateway.credit(7, Secret("pw7"))
        await gateway.charge_saved_card(7, Secret("pw7"))
        await gateway.clear(7, Decimal("1.00"), "AZN")
    assert [r.url.params.get("password") for r in seen] == ["pw7", "pw7", "pw7", "pw7", None]


@pytest.mark.asyncio
@pytest.mark.parametrize("status", [404, 500])
async def test_the_connection_check_accepts_no_order_found_with_either_status(status: int) -> None:
    seen: list[httpx.Request] = []
    async with client(status, NO_ORDER, seen) as gateway:
        await gateway.check_access()  # the credentials were answered: the check passes
    assert len(seen) == 1
