"""The evidence pack's facts and its first page in plain words, from orders as the gateway
answers them (built here, so each reading of the data can be pinned down)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from kapdesk.domain.disputes import Case, CaseEvent, CaseState, Category, Scheme, reason_for
from kapdesk.domain.orders import (
    Authentication,
    Card,
    Order,
    OrderStatus,
    OrderType,
    Transaction,
)
from kapdesk.operations.disputes import evidence_pack, three_ds

BAKU_NOON = datetime(2024, 6, 12, 8, 0, tzinfo=UTC)
CAVV = "AAABBJkZUQAAAAAAAAAAAAAAAAA="
ARES = json.dumps(
    {"messageVersion": "2.2.0", "dsTransID": "f2a5c1e4-0000-4000-8000-00000000abcd",
     "transStatus": "Y", "authenticationValue": CAVV, "eci": "05"}
)  # fmt: skip


def order(*, tds: bool = True, refund: bool = False) -> Order:
    trans = [
        Transaction("Single", "Purchase", Decimal("10.00"), "AZN", approval_code="461087",
                    rrn="415210000001", time=datetime(2024, 6, 10, 9, 0, tzinfo=UTC),
                    pmo_result_code="1"),
    ]  # fmt: skip
    if refund:
        trans.append(
            Transaction("Single", "Refund", Decimal("1.00"), "AZN", approval_code="773559",
                        rrn="416410000002", time=BAKU_NOON, pmo_result_code="1")
        )  # fmt: skip
    auth = (
        Authentication(tds_protocol_version="2.2.0", eci="05", tds_ares=ARES,
                       cvv2_auth_status="Matched")
        if tds
        else Authentication(cvv2_auth_status="Matched")
    )  # fmt: skip
    return Order(
        id=5001, type=OrderType.PURCHASE, status=OrderStatus.FULLY_PAID, amount=Decimal("10.00"),
        currency="AZN", card=Card(masked_pan="416974******1778", brand="VISA"),
        authentication=auth, transactions=tuple(trans), detailed=True,
        merchant_title="Kapital shop", description="Blue mug",
        raw={"srcToken": {"card": {"issuerRid": "KAPITAL"}}},
    )  # fmt: skip


def case(code: str = "10.4") -> Case:
    reason = reason_for(code)
    return Case(
        order_id=5001, reason_code=reason.code, scheme=reason.scheme, category=reason.category,
        amount=Decimal("10.00"), currency="AZN", received=date(2024, 6, 20),
        due=date(2024, 6, 30), state=CaseState.OPEN,
    )  # fmt: skip


def said(code: str, **kw: bool) -> list[str]:
    pack = evidence_pack(case(code), order(**kw), [], [], generated_at=BAKU_NOON)
    return [m.render() for m in pack.findings]


def test_a_fully_authenticated_order_puts_a_fraud_dispute_on_the_issuer() -> None:
    assert (
        "3-D Secure 2.2.0, fully authenticated (ECI 05): for fraud-coded disputes the "
        "liability normally lies with the issuer."
    ) in said("10.4")
    assert "The CVV2 check answered: Matched." in said("4837")


def test_without_3ds_a_fraud_dispute_stays_with_the_shop() -> None:
    assert any("liability normally stays with the shop" in s for s in said("10.4", tds=False))


def test_a_refund_is_credit_already_processed() -> None:
    assert (
        "Refunded 1.00 AZN on 2024-06-12 (RRN 416410000002): credit already processed."
    ) in said("13.6", refund=True)
    assert "No refund is recorded on this order." in said("13.6")
    assert "Charged 10.00 AZN, refunded 1.00 AZN: 9.00 AZN remains with the shop." in said(
        "13.6", refund=True
    )
    assert "The disputed amount 10.00 AZN is more than what remains charged." in said(
        "13.6", refund=True
    )


def test_not_received_says_what_the_gateway_cannot_prove() -> None:
    assert any("not the delivery" in s for s in said("13.1"))


def test_the_facts_name_3ds_card_shop_and_transactions_but_never_the_authentication_value() -> None:
    event = CaseEvent(5001, BAKU_NOON, "clerk1", "Aysel", None, CaseState.OPEN, "opened")
    pack = evidence_pack(case(), order(refund=True), [], [event], generated_at=BAKU_NOON)
    texts = pack.texts()
    for fact in ("2.2.0", "05", "Y", "f2a5c1e4-0000-4000-8000-00000000abcd", "416974******1778",
                 "VISA", "KAPITAL", "Matched", "Kapital shop", "Blue mug", "415210000001",
                 "461087", "416410000002", "10.4", "clerk1 (Aysel)"):  # fmt: skip
        assert fact in texts, fact
    assert not any(CAVV in t or "AAABBJkZ" in t for t in texts)
    tds = three_ds(order())
    assert tds is not None and tds.has_authentication_value and tds.fully_authenticated


@pytest.mark.parametrize("code", ["10.4", "13.1", "12.6.1", "13.2", "ZZ9"])
def test_every_case_says_what_the_pack_cannot_know(code: str) -> None:
    pack = evidence_pack(case(code), order(), [], [], generated_at=BAKU_NOON)
    assert any("gateway has no dispute interface" in m.render() for m in pack.unknowns)
    assert pack.findings


def test_the_category_decides_the_reading() -> None:
    assert (
        case("12.6.1").category is Category.DUPLICATE and case("4837").scheme is Scheme.MASTERCARD
    )
