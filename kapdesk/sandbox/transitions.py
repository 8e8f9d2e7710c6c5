"""exec-tran: which transaction each body asks for, whether the order allows it, what it does.

The rules are kapital-api.md's "How the sandbox behaves where the bank is silent". An amount
left out means "all that is left" for a clearing or a refund and the order amount otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from zoneinfo import ZoneInfo

from kapdesk.sandbox import parse, testcards
from kapdesk.sandbox.errors import (
    GatewayError,
    invalid_amount,
    invalid_request,
    invalid_state,
    prohibited,
)
from kapdesk.sandbox.model import Order, Tran
from kapdesk.sandbox.parse import TranRequest
from kapdesk.sandbox.state import (
    PREAUTH_TYPES,
    PURCHASE_TYPES,
    Gateway,
    sums,
)

BAKU = ZoneInfo("Asia/Baku")

Handler = Callable[[Gateway, Order, TranRequest, "str | None"], Tran]


def _amount(request: TranRequest, order: Order, default: Decimal, limit: Decimal) -> Decimal:
    value = parse.amount(request.raw_amount, order.currency)
    value = default if value is None else value
    if value <= 0:
        raise invalid_amount("Nothing is left for this operation")
    if value > limit:
        raise invalid_amount(f"Amount is more than the {limit} that is left")
    return value


def _need_type(order: Order, allowed: frozenset[str], what: str) -> None:
    if order.type_rid not in allowed:
        raise prohibited(f"{what} is not allowed for order type {order.type_rid}")


def _need_status(order: Order, *statuses: str) -> None:
    if order.status not in statuses:
        raise invalid_state(f"Order is {order.status}; needs {' or '.join(statuses)}")


def clear(gw: Gateway, order: Order, request: TranRequest, password: str | None) -> Tran:
    _need_type(order, PREAUTH_TYPES, "Clearing")
    _need_status(order, "Authorized", "PartiallyPaid")
    s = sums(order)
    left = s.held - s.cleared
    value = _amount(request, order, left, left)
    tran = gw.add_tran(order, "Clearing", "Purchase", value, value, description="Clearing")
    gw.set_status(order, "FullyPaid" if s.cleared + value >= s.held else "PartiallyPaid")
    return tran


def release(gw: Gateway, order: Order, request: TranRequest, password: str | None) -> Tran:
    """Void what is still on hold. Our choice where the bank is silent: after a partial
    clearing (the guest spent less than was held) the void releases the uncleared rest and
    the order is FullyPaid at the cleared amount; with nothing cleared it is Voided."""
    _need_type(order, PREAUTH_TYPES, "Void of a hold")
    _need_status(order, "Authorized", "PartiallyPaid")
    s = sums(order)
    rest = s.held - s.cleared
    if rest <= 0:
        raise invalid_state("Nothing is left on hold to release")
    tran = gw.add_tran(order, "Auth", "Purchase", rest, reversal=True, description="Void")
    gw.set_status(order, "FullyPaid" if s.cleared > 0 else "Voided")
    return tran


def reverse_clearing(gw: Gateway, order: Order, request: TranRequest, pw: str | None) -> Tran:
    _need_type(order, PREAUTH_TYPES, "Reversal of a clearing")
    _need_status(order, "PartiallyPaid", "FullyPaid")
    s = sums(order)
    if s.refunded > 0:
        raise invalid_state("Order has refunds; its clearing can no longer be reversed")
    tran = gw.add_tran(order, "Clearing", "Purchase", s.cleared, -s.cleared, reversal=True,
                       description="Void")  # fmt: skip
    gw.set_status(order, "Voided")
    return tran


def refund(gw: Gateway, order: Order, request: TranRequest, password: str | None) -> Tran:
    _need_type(order, PURCHASE_TYPES | PREAUTH_TYPES, "Refund")
    _need_status(order, "FullyPaid", "PartiallyPaid")
    s = sums(order)
    left = s.captured - s.refunded
    value = _amount(request, order, left, left)
    tran = gw.add_tran(order, "Single", "Refund", value, -value, description="Refund")
    if s.refunded + value >= s.captured:
        gw.set_status(order, "Refunded")
    return tran


def _check_same_day(gw: Gateway, order: Order) -> None:
    _need_type(order, PURCHASE_TYPES, "Same-day reversal")
    _need_status(order, "FullyPaid")
    if sums(order).refunded > 0:
        raise invalid_state("Order has refunds; it can only be refunded now")
    payment = next(t for t in order.approved() if t.phase == "Single" and not t.is_reversal)
    if payment.reg_time.astimezone(BAKU).date() != gw.now().astimezone(BAKU).date():
        raise invalid_state("A reversal is only possible on the day of payment")


def reverse(gw: Gateway, order: Order, request: TranRequest, password: str | None) -> Tran:
    _check_same_day(gw, order)
    paid = sums(order).paid
    tran = gw.add_tran(order, "Single", "Purchase", paid, -paid, reversal=True,
                       description="Void")  # fmt: skip
    gw.set_status(order, "Voided")
    return tran


def reverse_partly(gw: Gateway, order: Order, request: TranRequest, pw: str | None) -> Tran:
    _check_same_day(gw, order)
    s = sums(order)
    if s.partial_reversal_used:
        raise invalid_state("A partial reversal has already been made on this order")
    value = parse.amount(request.raw_amount, order.currency)
    if value is None:
        raise invalid_amount("A partial reversal needs an amount")
    if value >= s.paid:
        raise invalid_amount("A partial reversal must be below the paid amount")
    tran = gw.add_tran(order, "Single", "Purchase", value, -value, reversal=True,
                       description="Partial void")  # fmt: skip
    order.amount = s.paid - value
    gw.set_status(order, "FullyPaid")
    return tran


def _order_amount(request: TranRequest, order: Order) -> None:
    value = parse.amount(request.raw_amount, order.currency)
    if value is not None and value != order.amount:
        raise invalid_amount("Amount differs from the order amount")


def credit(gw: Gateway, order: Order, request: TranRequest, password: str | None) -> Tran:
    gw.check_optional_password(order, password)
    _need_type(order, frozenset({"OCT"}), "Credit")
    _need_status(order, "Preparing")
    if order.dst_token is None:
        raise invalid_state("No destination card: call set-dst-token first")
    _order_amount(request, order)
    code = order.dst_token.decline_code or testcards.APPROVED
    approved = code == testcards.APPROVED
    tran = gw.add_tran(order, "Single", "Credit", order.amount,
                       order.amount if approved else Decimal(0), code=code,
                       description="Credit")  # fmt: skip
    if not approved:
        gw.decline(order, code)
        gw.save(order)  # the declined attempt stays on record, as at the bank
        raise decline(tran)
    gw.set_status(order, "FullyPaid")
    return tran


def charge_saved_card(gw: Gateway, order: Order, request: TranRequest, pw: str | None) -> Tran:
    gw.check_optional_password(order, pw)
    hold = request.phase == "Auth"
    _need_type(order, frozenset({"DMSN3D"} if hold else {"Order_REC"}), "This saved-card charge")
    _need_status(order, "Preparing")
    if order.src_token is None:
        raise invalid_state("No saved card: call set-src-token first")
    _order_amount(request, order)
    code = order.src_token.decline_code or testcards.APPROVED
    tran = gw.charge(order, code, hold=hold, description="Recurring")
    if code != testcards.APPROVED:
        gw.save(order)  # the declined attempt stays on record, as at the bank
        raise decline(tran)
    return tran


def decline(tran: Tran) -> GatewayError:
    code = tran.pmo_result_code
    text = testcards.DECLINE_TEXT.get(code, "Declined")
    return GatewayError(
        400,
        "PmoDecline",
        f"Transaction declined by PMO: Auth Response: {code} - {text}",
        {
            "declineReason": testcards.DECLINE_REASON.get(code, "Declined"),
            "match": {"ridByPmo": tran.rrn},
            "pmoResultCode": code,
            "pmoDeclineDesc": text,
        },
    )


def choose(request: TranRequest) -> Handler:
    """The operation a body asks for, or InvalidTran for a combination the gateway lacks."""
    phase, kind, void = request.phase, request.type, request.void_kind
    if phase is None:
        raise invalid_request("tran.phase is required")
    table: dict[tuple[str, str | None, str | None], Handler] = {
        ("Clearing", None, None): clear,
        ("Auth", None, "Full"): release,
        ("Clearing", None, "Full"): reverse_clearing,
        ("Single", "Refund", None): refund,
        ("Single", None, "Full"): reverse,
        ("Single", "Purchase", "Full"): reverse,
        ("Single", None, "Partial"): reverse_partly,
        ("Single", "Purchase", "Partial"): reverse_partly,
        ("Single", "Credit", None): credit,
        ("Single", None, None): charge_saved_card,
        ("Single", "Purchase", None): charge_saved_card,
        ("Auth", None, None): charge_saved_card,
        ("Auth", "Purchase", None): charge_saved_card,
    }
    handler = table.get((phase, kind, void))
    if handler is None:
        raise GatewayError(400, "InvalidTran", f"Unsupported transaction {phase}/{kind}/{void}")
    return handler


def exec_tran(gw: Gateway, order_id: int, request: TranRequest, password: str | None) -> Tran:
    """Run one exec-tran under the lock: the order changes and is saved, or nothing changes
    (a decline is saved with its declined transaction, as the bank keeps it)."""
    handler = choose(request)
    with gw.lock:
        order = gw.get(order_id)
        tran = handler(gw, order, request, password)
        gw.save(order)
        return tran
