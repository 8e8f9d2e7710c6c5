"""Answers shaped exactly like the bank's JSON: the short order, its three detail levels, trans.

Times are ``YYYY-MM-DD HH:MM:SS`` in Baku local time (only ``card.authentication.timestamp``
is UTC, as at the bank); amounts stay ``Decimal`` here and become JSON numbers in
:mod:`kapdesk.sandbox.jsonout`. Fields without a value are left out, as the real gateway
often does. Answers carry the fields other clients have seen: ``custAttrs`` as a list of
``{rid, valAsStr}`` (a declined order's reason), ``rrn`` and ``clearDay`` on approved
transactions, a ``lastTran`` object, ``cofProviderRid`` and ``ridByCofp`` on stored tokens.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from kapdesk.sandbox.model import Card, Order, Tran
from kapdesk.sandbox.state import PREAUTH_TYPES, sums

BAKU = ZoneInfo("Asia/Baku")
TERMINAL = {"id": 41, "rid": "E1010", "title": "kapdesk sandbox", "mcc": "5999", "status": "Active"}
MERCHANT = {
    "id": 101,
    "rid": "KAPDESK",
    "title": "kapdesk sandbox merchant",
    "businessAddress": {"country": "Azerbaijan", "countryA2": "AZ", "countryN3": "031"},
    "trustConsumerPhone": False,
}
TYPE_TITLES = {
    "Order_SMS": "Single message",
    "Order_DMS": "Dual message",
    "Order_REC": "Recurring",
    "DMSN3D": "Dual message (no 3-D Secure)",
    "OCT": "Original credit transaction",
    "GN3D": "Google Pay (3-D Secure)",
    "GSMS": "Google Pay",
}


def wire_time(value: datetime | None) -> str | None:
    return value.astimezone(BAKU).strftime("%Y-%m-%d %H:%M:%S") if value else None


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if value is not None}


def order_type(type_rid: str) -> dict[str, Any]:
    hold = type_rid in PREAUTH_TYPES
    return {
        "allowVoid": True,
        "hppTranPhase": "Auth" if hold else "Single",
        "secretLength": 6,
        "title": TYPE_TITLES.get(type_rid, type_rid),
        "rid": type_rid,
        "paymentMethods": ["Card"],
        "cardBrands": ["VISA", "MC"],
        "allowTdsAttempt": True,
        "allowTdsCant": False,
        "allowTdsChallenged": True,
        "allowSurcharge": False,
        "allowTranTypes": ["Credit"] if type_rid == "OCT" else ["Purchase", "Refund"],
        "allowTranPhases": ["Auth", "Clearing"] if hold else ["Single"],
        "allowAuthKinds": ["Preliminary"] if hold else [],
        "allowCofStoreUsages": ["Recurring", "UnspecifiedMit", "Cit"],
        "orderClass": "Credit" if type_rid == "OCT" else "Purchase",
        "allowCVV2": type_rid not in {"Order_REC", "DMSN3D", "OCT"},
    }


def tran(order: Order, item: Tran) -> dict[str, Any]:
    return _clean(
        {
            "approvalCode": item.approval_code,
            "actionId": item.action_id,
            "orderId": order.id,
            "terminalId": TERMINAL["id"],
            "merchantId": MERCHANT["id"],
            "billingStatus": "Normal" if item.approved else "None",
            "isReversal": item.is_reversal,
            "ridByAcquirer": item.rrn,
            "ridByPmo": item.rrn,
            "regTime": wire_time(item.reg_time),
            "clearAmount": item.clear_amount,
            "clearCcy": item.currency,
            "amount": item.amount,
            "currency": item.currency,
            "description": item.description,
            "phase": item.phase,
            "type": item.type,
            "pmoResultCode": item.pmo_result_code,
            "rrn": item.rrn if item.approved else None,
            "clearDay": item.reg_time.astimezone(BAKU).date().isoformat()
            if item.approved
            else None,
        }
    )


def token(card: Card, role: str) -> dict[str, Any]:
    card_block = _clean(
        {
            "authentication": card.authentication,
            "expiration": card.expiration or None,
            "brand": card.brand,
            "issuerRid": "KAPITAL" if card.brand in {"VISA", "MC"} else None,
        }
    )
    return _clean(
        {
            "id": card.token_id,
            "paymentMethod": "Card",
            "role": role,
            "status": "Active",
            "regTime": wire_time(card.reg_time),
            "entryMode": card.entry_mode,
            "displayName": card.masked_pan,
            "owner": None,
            "card": card_block,
            "storedId": card.stored_id,
        }
    )


def short(order: Order) -> dict[str, Any]:
    return _clean(
        {
            "id": order.id,
            "typeRid": order.type_rid,
            "status": order.status,
            "prevStatus": order.prev_status,
            "lastStatusLogin": order.last_status_login,
            "amount": order.amount,
            "currency": order.currency,
            "createTime": wire_time(order.create_time),
            "finishTime": wire_time(order.finish_time),
            "title": order.title,
            "type": {"title": TYPE_TITLES.get(order.type_rid, order.type_rid)},
        }
    )


def order_details(order: Order, hpp_url: str) -> dict[str, Any]:
    s = sums(order)
    credited = order.amount if order.type_rid == "OCT" and order.status == "FullyPaid" else None
    return _clean(
        {
            "hppUrl": hpp_url,
            "hppRedirectUrl": order.hpp_redirect_url,
            "password": order.password,
            "secret": order.secret,
            "terminal": TERMINAL,
            "merchant": MERCHANT,
            "srcAmount": order.amount,
            "srcAmountFull": order.amount,
            "srcCurrency": order.currency,
            "dstAmount": credited,
            "dstCurrency": order.currency if credited is not None else None,
            "cvv2AuthStatus": order.cvv2_auth_status,
            "tdsV1AuthStatus": "NotNeeded",
            "tdsV2AuthStatus": "Passed" if _has_tds(order) else "NotNeeded",
            "tdsServerUrl": None,
            "authorizedChargeAmount": s.held if order.type_rid in PREAUTH_TYPES else s.paid,
            "clearedChargeAmount": s.captured,
            "clearedRefundAmount": s.refunded,
            "description": order.description,
            "language": order.language,
            "initiationEnvKind": order.initiation_env_kind,
            "type": order_type(order.type_rid),
            "hppCofCapturePurposes": order.cof_purposes,
            "custAttrs": order.cust_attrs,
            "reportPubs": {},
        }
    )


def _has_tds(order: Order) -> bool:
    return bool(order.src_token and order.src_token.authentication)


def stored_token(stored_id: int) -> dict[str, Any]:
    return {"id": stored_id, "cofProviderRid": "KAPITAL", "ridByCofp": f"COF{stored_id:010d}"}


def token_details(order: Order) -> dict[str, Any]:
    return _clean(
        {
            "srcToken": token(order.src_token, "Src") if order.src_token else None,
            "dstToken": token(order.dst_token, "Dst") if order.dst_token else None,
            "storedTokens": [stored_token(stored) for stored in order.stored_tokens],
        }
    )


def order_answer(
    order: Order, hpp_url: str, *, order_level: int = 0, tran_level: int = 0, token_level: int = 0
) -> dict[str, Any]:
    """``{"order": ...}`` for GET /order/{id}, with what each detail level adds."""
    body = short(order)
    if order_level > 0:
        body.update(order_details(order, hpp_url))
    if token_level > 0:
        body.update(token_details(order))
    if tran_level > 0:
        body["trans"] = [tran(order, item) for item in order.trans]
        if order.trans:
            body["lastTran"] = tran(order, order.trans[-1])
    return {"order": body}


def created_answer(order: Order, hpp_url: str) -> dict[str, Any]:
    return {
        "order": {
            "id": order.id,
            "hppUrl": hpp_url,
            "password": order.password,
            "status": order.status,
            "cvv2AuthStatus": order.cvv2_auth_status,
            "secret": order.secret,
        }
    }


def token_answer(order: Order) -> dict[str, Any]:
    """What set-src-token and set-dst-token answer."""
    body: dict[str, Any] = {
        "status": order.status,
        "cvv2AuthStatus": order.cvv2_auth_status,
        "tdsV1AuthStatus": "NotNeeded",
        "tdsV2AuthStatus": "NotNeeded",
        "otpAutStatus": "NotNeeded",
    }
    if order.src_token:
        body["srcToken"] = token(order.src_token, "Src")
    if order.dst_token:
        body["dstToken"] = token(order.dst_token, "Dst")
    return {"order": body}


def tran_answer(item: Tran) -> dict[str, Any]:
    return {
        "tran": _clean(
            {
                "approvalCode": item.approval_code,
                "match": {"tranActionId": item.action_id, "ridByPmo": item.rrn},
                "pmoResultCode": item.pmo_result_code,
            }
        )
    }
