"""Read request bodies the way a lenient gateway does: nulls, numbers or strings all welcome.

Third-party clients send ``null`` for optional fields and amounts as ``"1"``, ``"1.00"`` or
``1``; all are accepted. Anything unusable becomes the gateway's own error answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from kapdesk.domain.money import MINOR_UNITS
from kapdesk.sandbox.errors import invalid_amount, invalid_request

ORDER_TYPES = ("Order_SMS", "Order_DMS", "Order_REC", "DMSN3D", "OCT", "GN3D", "GSMS")


def text(value: Any) -> str | None:
    """An optional text field: null and "" mean absent; numbers become their text."""
    if value is None or isinstance(value, (dict, list)):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    result = str(value).strip()
    return result or None


def section(body: Any, key: str) -> dict[str, Any]:
    """``body[key]`` as a dict; a missing or null section is empty."""
    if not isinstance(body, dict):
        raise invalid_request("The request body must be a JSON object")
    value = body.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise invalid_request(f"'{key}' must be an object")
    return value


def amount(value: Any, currency: str) -> Decimal | None:
    """A positive amount with at most the currency's decimals; None when absent."""
    if value is None or value == "":
        return None
    if isinstance(value, (bool, dict, list)):
        raise invalid_amount("Amount is not a number")
    try:
        # str() of a float would be exact enough here, but JSON is parsed with Decimal anyway.
        result = Decimal(str(value).strip())
    except InvalidOperation:
        raise invalid_amount("Amount is not a number") from None
    if not result.is_finite():
        raise invalid_amount("Amount is not a number")
    if result <= 0:
        raise invalid_amount("Amount must be more than zero")
    digits = MINOR_UNITS.get(currency, 2)
    try:
        exact = result.quantize(Decimal(1).scaleb(-digits))
    except InvalidOperation:  # more digits than the context holds: no real amount
        raise invalid_amount("Amount is too large") from None
    if exact != result:
        raise invalid_amount(f"Amount has more than {digits} decimals")
    return exact


def currency(value: Any) -> str:
    code = text(value)
    if code is None:
        raise invalid_request("currency is required")
    code = code.upper()
    if code not in MINOR_UNITS:
        raise invalid_request(f"Unknown currency {code}")
    return code


@dataclass(frozen=True)
class NewOrder:
    type_rid: str
    amount: Decimal
    currency: str
    title: str | None
    description: str | None
    language: str
    redirect_url: str | None
    initiation_env_kind: str
    cof_purposes: list[str]
    save_card: bool
    stored_id: int | None


def stored_id(value: Any) -> int | None:
    raw = text(value)
    if raw is None:
        return None
    try:
        return int(raw)
    except ValueError:
        raise invalid_request("storedId must be a number") from None


def new_order(body: Any) -> NewOrder:
    order = section(body, "order")
    type_rid = text(order.get("typeRid"))
    if type_rid is None:
        raise invalid_request("typeRid is required")
    if type_rid not in ORDER_TYPES:
        raise invalid_request(f"Unknown order type {type_rid}")
    code = currency(order.get("currency"))
    value = amount(order.get("amount"), code)
    if value is None:
        raise invalid_amount("amount is required")
    purposes = order.get("hppCofCapturePurposes") or []
    if not isinstance(purposes, list):
        purposes = [purposes]
    aut = section(order, "aut")
    return NewOrder(
        type_rid=type_rid,
        amount=value,
        currency=code,
        title=text(order.get("title")),
        description=text(order.get("description")),
        language=text(order.get("language")) or "az",
        redirect_url=text(order.get("hppRedirectUrl")),
        initiation_env_kind=text(order.get("initiationEnvKind")) or "Browser",
        cof_purposes=[p for p in (text(item) for item in purposes) if p],
        save_card=text(aut.get("purpose")) == "AddCard" or bool(purposes),
        stored_id=stored_id(section(order, "srcToken").get("storedId")),
    )


@dataclass(frozen=True)
class TranRequest:
    phase: str | None
    type: str | None
    raw_amount: Any
    void_kind: str | None
    authorization_kind: str | None
    cof_usage: str | None


def tran(body: Any) -> TranRequest:
    data = section(body, "tran")
    if not data:
        raise invalid_request("'tran' is required")
    return TranRequest(
        phase=text(data.get("phase")),
        type=text(data.get("type")),
        raw_amount=data.get("amount"),
        void_kind=text(data.get("voidKind")),
        authorization_kind=text(data.get("authorizationKind")),
        cof_usage=text(section(data, "conditions").get("cofUsage")),
    )
