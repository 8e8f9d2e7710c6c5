"""What each order allows, computed from its transactions: the money-safety table."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from kapdesk.domain.allowances import (
    GATEWAY_TZ,
    Operation,
    OperationRefused,
    allowances,
    check,
    totals,
)
from kapdesk.domain.orders import Order, OrderStatus, OrderType, Transaction

NOW = datetime(2026, 11, 27, 15, 0, tzinfo=GATEWAY_TZ)
D = Decimal
# "Partly paid" as the real gateway spells it (PartPaid) and as the bank's labels do.
PART_PAID_SPELLINGS = pytest.mark.parametrize("part_paid", ["PartiallyPaid", "PartPaid"])


def tran(
    phase: str,
    amount: str,
    *,
    kind: str = "Purchase",
    reversal: bool = False,
    code: str = "1",
    when: datetime = NOW,
) -> Transaction:
    return Transaction(
        phase=phase,
        type=kind,
        amount=D(amount),
        currency="AZN",
        is_reversal=reversal,
        pmo_result_code=code,
        time=when,
    )


def order(
    kind: OrderType, status: OrderStatus, amount: str, *trans: Transaction, created: datetime = NOW
) -> Order:
    return Order(
        id=7,
        type=kind,
        status=status,
        amount=D(amount),
        currency="AZN",
        created=created,
        transactions=trans,
        detailed=True,
    )


@PART_PAID_SPELLINGS
def test_partly_cleared_hold_can_be_cleared_for_the_rest_only(part_paid: str) -> None:
    o = order(
        OrderType.PREAUTH,
        OrderStatus(part_paid),
        "100.00",
        tran("Auth", "100.00"),
        tran("Clearing", "30.00"),
    )
    allowed = allowances(o, NOW)
    assert allowed[Operation.CLEAR].allowed
    assert allowed[Operation.CLEAR].max_amount == D("70.00")
    assert allowed[Operation.RELEASE].max_amount == D("70.00")  # the uncleared rest
    assert allowed[Operation.REVERSE_CLEARING].max_amount == D("30.00")
    assert allowed[Operation.REFUND].max_amount == D("30.00")
    assert check(o, Operation.CLEAR, D("20.00"), "AZN", NOW) == D("20.00")
    assert check(o, Operation.CLEAR, None, None, NOW) == D("70.00")
    with pytest.raises(OperationRefused, match=r"more than the 70.00 AZN"):
        check(o, Operation.CLEAR, D("70.01"), "AZN", NOW)


def test_fresh_hold_can_be_released_but_not_refunded() -> None:
    o = order(OrderType.PREAUTH, OrderStatus.AUTHORIZED, "50.00", tran("Auth", "50.00"))
    allowed = allowances(o, NOW)
    assert allowed[Operation.RELEASE].allowed
    assert allowed[Operation.RELEASE].max_amount == D("50.00")
    with pytest.raises(OperationRefused, match="only paid orders can be refunded"):
        check(o, Operation.REFUND, D("1.00"), "AZN", NOW)
    with pytest.raises(OperationRefused, match="full amount only"):
        check(o, Operation.RELEASE, D("10.00"), "AZN", NOW)


def test_refunds_add_up_and_declined_attempts_do_not_count() -> None:
    o = order(
        OrderType.PURCHASE,
        OrderStatus.FULLY_PAID,
        "40.00",
        tran("Single", "40.00", code="59"),
        tran("Single", "40.00"),
        tran("Single", "15.00", kind="Refund"),
        tran("Single", "5.00", kind="Refund"),
    )
    t = totals(o)
    assert (t.paid, t.refunded, t.still_refundable) == (D("40.00"), D("20.00"), D("20.00"))
    assert not allowances(o, NOW)[Operation.REVERSE].allowed  # refunds exist: no reversal
    with pytest.raises(OperationRefused, match=r"more than the 20.00 AZN"):
        check(o, Operation.REFUND, D("25.00"), "AZN", NOW)


def test_same_day_reversal_partial_only_once_and_not_tomorrow() -> None:
    paid = tran("Single", "40.00")
    o = order(OrderType.PURCHASE, OrderStatus.FULLY_PAID, "40.00", paid)
    assert check(o, Operation.REVERSE, D("10.00"), "AZN", NOW) == D("10.00")
    once = order(
        OrderType.PURCHASE,
        OrderStatus.FULLY_PAID,
        "30.00",
        paid,
        tran("Single", "10.00", reversal=True),
    )
    with pytest.raises(OperationRefused, match="partly reversed once"):
        check(once, Operation.REVERSE, D("5.00"), "AZN", NOW)
    assert check(once, Operation.REVERSE, None, None, NOW) == D("30.00")
    tomorrow = NOW + timedelta(days=1)
    with pytest.raises(OperationRefused, match="not paid today"):
        check(o, Operation.REVERSE, None, None, tomorrow)


def test_wrong_type_wrong_currency_and_payouts() -> None:
    payout = order(OrderType.PAYOUT, OrderStatus.PREPARING, "25.00")
    assert allowances(payout, NOW)[Operation.PAY_OUT].max_amount == D("25.00")
    with pytest.raises(OperationRefused, match="payouts cannot be refunded"):
        check(payout, Operation.REFUND, None, None, NOW)
    purchase = order(OrderType.PURCHASE, OrderStatus.FULLY_PAID, "9.00", tran("Single", "9.00"))
    with pytest.raises(OperationRefused, match="not a preauthorization"):
        check(purchase, Operation.CLEAR, None, None, NOW)
    with pytest.raises(OperationRefused, match="in AZN, not USD"):
        check(purchase, Operation.REFUND, D("1.00"), "usd", NOW)


@PART_PAID_SPELLINGS
def test_reversed_clearing_leaves_nothing_to_clear(part_paid: str) -> None:
    # PartiallyPaid, so the status alone does not refuse: only the reversed clearing does.
    o = order(
        OrderType.PREAUTH,
        OrderStatus(part_paid),
        "100.00",
        tran("Auth", "100.00"),
        tran("Clearing", "30.00"),
        tran("Clearing", "30.00", reversal=True),
    )
    t = totals(o)
    assert t.captured == 0
    assert t.still_clearable == 0
    allowed = allowances(o, NOW)
    assert not allowed[Operation.CLEAR].allowed
    assert not allowed[Operation.RELEASE].allowed
    with pytest.raises(OperationRefused, match="nothing left to clear"):
        check(o, Operation.CLEAR, None, None, NOW)


def test_needs_full_detail() -> None:
    o = Order(
        id=1, type=OrderType.PURCHASE, status=OrderStatus.FULLY_PAID, amount=D(1), currency="AZN"
    )
    with pytest.raises(ValueError, match="full transaction detail"):
        allowances(o, NOW)


def test_unknown_statuses_are_kept_not_crashed_on() -> None:
    status = OrderStatus("OnReview")
    assert status == "OnReview" and not status.known
    assert OrderStatus("Voided").known


@PART_PAID_SPELLINGS
def test_a_released_rest_leaves_nothing_on_hold(part_paid: str) -> None:
    # PartiallyPaid, so the status alone does not refuse: only the released rest does.
    o = order(
        OrderType.PREAUTH,
        OrderStatus(part_paid),
        "100.00",
        tran("Auth", "100.00"),
        tran("Clearing", "30.00"),
        tran("Auth", "70.00", reversal=True),
    )
    assert totals(o).still_clearable == 0
    allowed = allowances(o, NOW)
    assert not allowed[Operation.CLEAR].allowed
    assert not allowed[Operation.RELEASE].allowed
    assert allowed[Operation.REFUND].max_amount == D("30.00")
    with pytest.raises(OperationRefused, match="nothing left on hold"):
        check(o, Operation.RELEASE, None, None, NOW)


@PART_PAID_SPELLINGS
def test_both_spellings_are_one_status_with_one_name(part_paid: str) -> None:
    status = OrderStatus(part_paid)
    assert status is OrderStatus.PARTIALLY_PAID and status.known
    assert str(status) == "PartiallyPaid"  # what every screen shows
    assert set(status.spellings) == {"PartiallyPaid", "PartPaid"}  # what searches match


@PART_PAID_SPELLINGS
def test_a_partly_paid_hold_allows_the_rest_refund_and_reversal_of_the_clearing(
    part_paid: str,
) -> None:
    o = order(
        OrderType.SAVED_CARD_PREAUTH,
        OrderStatus(part_paid),
        "80.00",
        tran("Auth", "80.00"),
        tran("Clearing", "50.00"),
    )
    allowed = allowances(o, NOW)
    assert {op for op, a in allowed.items() if a.allowed} == {
        Operation.CLEAR, Operation.RELEASE, Operation.REVERSE_CLEARING, Operation.REFUND,
    }  # fmt: skip
    assert allowed[Operation.CLEAR].max_amount == allowed[Operation.RELEASE].max_amount == D(30)
    assert allowed[Operation.REVERSE_CLEARING].max_amount == D("50.00")
    assert check(o, Operation.REFUND, D("10"), "AZN", NOW) == D("10")


def test_refunded_so_far_counts_transactions_when_detailed_else_the_gateways_word() -> None:
    import dataclasses

    from kapdesk.domain.allowances import refunded_so_far

    detailed = order(
        OrderType.PURCHASE, OrderStatus.FULLY_PAID, "40.00",
        tran("Single", "40.00"), tran("Single", "15.00", kind="Refund"),
    )  # fmt: skip
    # A detailed order's own transactions win over the gateway's summary field.
    assert refunded_so_far(dataclasses.replace(detailed, refunded_amount=D("1"))) == D("15.00")
    short = dataclasses.replace(detailed, detailed=False, transactions=())
    assert refunded_so_far(short) is None  # the short answer said nothing: unknown, not 0
    assert refunded_so_far(dataclasses.replace(short, refunded_amount=D("3.00"))) == D("3.00")


def test_net_sums_and_titles_are_said_once() -> None:
    from kapdesk.domain.allowances import operation_title

    hold = order(
        OrderType.PREAUTH, OrderStatus.FULLY_PAID, "30.00",
        tran("Auth", "30.00"), tran("Clearing", "30.00"), tran("Clearing", "30.00", reversal=True),
    )  # fmt: skip
    t = totals(hold)
    assert (t.net_authorized, t.net_cleared) == (D("30.00"), D("0.00"))
    assert operation_title("reverse_clearing") == "Reverse clearing"
    assert operation_title("something_new") == "something_new"
