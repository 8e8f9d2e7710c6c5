"""Gateway JSON → domain orders: every listed field; unknown ones kept, optional ones optional."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from kapdesk.domain.orders import OrderStatus, OrderType
from kapdesk.gateway.models import parse_created, parse_token, parse_tran
from kapdesk.gateway.parse import WireError, gateway_time, loads, parse_order
from tests.gateway.gateway_answers import CREATED, SHORT_ORDER, TDS_ARES, TRAN_OK, body, full_order


def test_short_answer_reads_with_exact_amounts_and_baku_times() -> None:
    order = parse_order(loads(SHORT_ORDER), detailed=False)
    assert order.id == 5531
    assert order.type is OrderType.PURCHASE
    assert order.status is OrderStatus.REFUNDED
    assert order.prev_status is OrderStatus.FULLY_PAID
    assert order.amount == Decimal("1.00") and str(order.amount) == "1.00"
    assert order.created is not None and order.created.utcoffset() == timedelta(hours=4)
    assert order.created.isoformat() == "2024-06-12T15:38:23+04:00"
    assert order.type_title == "Single message"
    assert order.transactions == () and order.card is None and not order.detailed


def test_full_answer_reads_every_part() -> None:
    order = parse_order(loads(body(full_order())), detailed=True)
    assert order.detailed
    assert order.amount == Decimal("10.50")
    assert (order.authorized_amount, order.cleared_amount) == (Decimal("10.50"), Decimal("4.00"))
    assert order.refunded_amount == Decimal("0.00")
    assert order.merchant_title == "Othub LLC" and order.terminal_title == "Web shop"
    assert order.card is not None
    assert order.card.masked_pan == "416974******1778"
    assert (order.card.brand, order.card.expiration, order.card.stored_id) == ("Visa", "1126", 5125)
    auth = order.authentication
    assert auth.cvv2_auth_status == "Required" and auth.tds_v2_auth_status == "Authenticated"
    assert auth.tds_ares == TDS_ARES  # JSON inside a string stays the text it was
    assert (auth.eci, auth.tds_protocol_version) == ("05", "2.2.0")
    first, second = order.transactions
    assert (first.phase, first.type, first.approval_code) == ("Auth", "Purchase", "047347")
    assert first.rrn == "17579346" and first.action_id == "240612-11385786-000tn5="
    assert first.time is not None and first.time.isoformat() == "2024-06-12T15:38:57+04:00"
    assert first.clear_amount == Decimal("0.00") and first.approved
    assert second.rrn == "17579347" and second.currency == "AZN" and second.time is None


def test_amounts_are_never_floats() -> None:
    order = parse_order(loads(body(full_order(amount=0.1))), detailed=True)
    assert isinstance(order.amount, Decimal) and order.amount == Decimal("0.10")
    assert all(isinstance(t.amount, Decimal) for t in order.transactions)
    with pytest.raises(WireError):  # an answer parsed without parse_float=Decimal
        parse_order(full_order(), detailed=True)


def test_raw_keeps_unknown_fields_and_hides_secrets() -> None:
    order = parse_order(loads(body(full_order())), detailed=True)
    assert order.raw["someNewField"] == {"nested": [1, 2]}
    assert order.raw["password"] == "********" and order.raw["secret"] == "********"
    assert "8xjpd1ejxdma" not in repr(order) and "8xjpd1ejxdma" not in str(order.raw)


def test_unknown_status_and_type_are_kept_not_refused() -> None:
    order = parse_order(
        loads(body(full_order(status="OnHoldForReview", typeRid="Order_NEW"))), detailed=True
    )
    assert order.status == "OnHoldForReview" and not order.status.known
    assert order.type == "Order_NEW"


def test_type_rid_may_come_only_inside_type() -> None:
    answer = loads(body(full_order()))
    del answer["order"]["typeRid"]
    assert parse_order(answer, detailed=True).type is OrderType.PREAUTH


def test_a_full_card_number_in_display_name_is_masked() -> None:
    token = {"displayName": "4169741330151778"}
    order = parse_order(loads(body(full_order(srcToken=token))), detailed=True)
    assert order.masked_pan == "416974******1778"


@pytest.mark.parametrize("missing", ["id", "status", "currency", "amount"])
def test_an_order_without_what_it_cannot_lack_is_refused(missing: str) -> None:
    answer = loads(body(full_order()))
    del answer["order"][missing]
    with pytest.raises(WireError):
        parse_order(answer, detailed=True)


@pytest.mark.parametrize("answer", [[], {"order": None}, {"tran": {}}, "text"])
def test_answers_of_the_wrong_shape_are_refused(answer: object) -> None:
    with pytest.raises(WireError):
        parse_order(answer, detailed=True)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-06-12 15:38:23", "2024-06-12T15:38:23+04:00"),
        ("2024-06-12T11:38:23+00:00", "2024-06-12T15:38:23+04:00"),
        ("not a time", None),
        (None, None),
        (20240612, None),
    ],
)
def test_gateway_times(value: object, expected: str | None) -> None:
    parsed = gateway_time(value)
    assert (parsed.isoformat() if parsed else None) == expected


def test_tran_answer() -> None:
    result = parse_tran(TRAN_OK)
    assert result.approval_code == "053703" and result.rrn == "17302955"
    assert result.action_id == "240422-13060545-000oed=" and result.pmo_result_code == "1"


def test_created_order_keeps_its_password_secret() -> None:
    created = parse_created(CREATED)
    assert created.id == 4595 and created.status is OrderStatus.PREPARING
    assert created.password.reveal() == "8xjpd1ejxdma"
    assert created.payment_url.reveal().endswith("?id=4595&password=8xjpd1ejxdma")
    assert "8xjpd1ejxdma" not in repr(created) and "8xjpd1ejxdma" not in str(created)


def test_token_answer() -> None:
    answer = {
        "order": {
            "status": "Preparing",
            "cvv2AuthStatus": "IneligibleOrder",
            "dstToken": {"id": 9, "displayName": "4169741330151778"},
        }
    }
    result = parse_token(answer)
    assert result.status is OrderStatus.PREPARING and result.token_id == 9
    assert result.masked_pan == "416974******1778"
    assert result.authentication.cvv2_auth_status == "IneligibleOrder"
