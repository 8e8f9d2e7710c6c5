"""Turning orders and snapshots into exact, JSON-able data for the journal (no float, ever)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import fields, is_dataclass
from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from kapdesk.domain.orders import Order, Transaction
from kapdesk.domain.secret import Secret

HIDDEN = "********"


def to_jsonable(value: Any) -> Any:
    """``value`` with Decimals and times as strings, enums as their values, tuples as lists.

    A float is refused: an amount that went through a float is already wrong.
    """
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Enum):
        return to_jsonable(value.value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Secret):
        return HIDDEN
    if isinstance(value, float):
        raise TypeError("a float cannot go into the journal; use Decimal")
    if isinstance(value, Mapping):
        return {str(key): to_jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(item) for item in value]
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in fields(value)}
    raise TypeError(f"cannot journal a {type(value).__name__}")


def canonical_json(value: Any) -> str:
    """One spelling for equal data (sorted keys, no spaces): what the hash chain is computed on."""
    return json.dumps(to_jsonable(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _transaction(tran: Transaction) -> dict[str, Any]:
    return {
        "phase": tran.phase,
        "type": tran.type,
        "amount": to_jsonable(tran.amount),
        "currency": tran.currency,
        "is_reversal": tran.is_reversal,
        "clear_amount": to_jsonable(tran.clear_amount),
        "approval_code": tran.approval_code,
        "rrn": tran.rrn,
        "action_id": tran.action_id,
        "time": to_jsonable(tran.time),
        "pmo_result_code": tran.pmo_result_code,
    }


def order_snapshot(order: Order) -> dict[str, Any]:
    """What the journal keeps of an order before and after an operation (amounts as strings)."""
    return {
        "id": order.id,
        "type": order.type.value,
        "status": order.status.value,
        "prev_status": to_jsonable(order.prev_status),
        "amount": to_jsonable(order.amount),
        "currency": order.currency,
        "masked_pan": order.masked_pan,
        "authorized_amount": to_jsonable(order.authorized_amount),
        "cleared_amount": to_jsonable(order.cleared_amount),
        "refunded_amount": to_jsonable(order.refunded_amount),
        "detailed": order.detailed,
        "transactions": [_transaction(tran) for tran in order.transactions],
    }
