"""Gateway JSON → domain orders and transactions: tolerant of unknown and missing fields.

Only what an order cannot be without (id, status, amount, currency) is required; everything
else is optional. Amounts are Decimal whether they come as JSON numbers (parsed with
``parse_float=Decimal``) or strings (``1``, ``"1.0"``, ``"1.00"``). ``createTime`` and
``regTime`` are Baku time, ``card.authentication.timestamp`` is UTC (the bank's own sample:
15:38:23 against 11:38:23); each becomes an aware datetime in its zone. 3-D Secure
JSON-in-string fields stay text. The variants other clients have seen are all read (see
kapital-api.md, "What other clients show"): ``PartPaid`` is PartiallyPaid, ``custAttrs`` as a
list of ``{rid, valAsStr}``, ``rrn``/``clearDay``/``lastTran`` on transactions, ``dstToken``.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from kapdesk.domain.allowances import GATEWAY_TZ
from kapdesk.domain.cards import mask_card_numbers
from kapdesk.domain.money import from_gateway
from kapdesk.domain.orders import Authentication, Card, Order, OrderStatus, OrderType, Transaction
from kapdesk.domain.redact import redact
from kapdesk.domain.secret import SECRET_KEYS

HIDDEN = "********"
# Keys whose values are secrets wherever they appear in an answer we keep as raw JSON.


class WireError(ValueError):
    """An answer that is not shaped like the gateway's (internal; the client maps it)."""


def loads(text: str | bytes) -> Any:
    """JSON with every non-integer number as Decimal, never float."""
    return json.loads(text, parse_float=Decimal)


def mask_secrets(value: Any) -> Any:
    """Replace, in place, every secret-bearing key's value with stars; returns ``value``.

    In place because the parsed answer is ours alone and copying it cost as much as parsing.
    """
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            for key, child in item.items():
                if key.lower() in SECRET_KEYS:
                    item[key] = HIDDEN
                elif isinstance(child, (dict, list)):
                    pending.append(child)
        elif isinstance(item, list):
            pending.extend(child for child in item if isinstance(child, (dict, list)))
    return value


def gateway_time(value: Any) -> datetime | None:
    """``"2024-06-12 15:38:23"`` (Baku local time) → aware datetime; unreadable → None."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=GATEWAY_TZ)
    return parsed.astimezone(GATEWAY_TZ)


def utc_time(value: Any) -> datetime | None:
    """``card.authentication.timestamp``: the bank writes it in UTC, not Baku time."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def day(value: Any) -> date | None:
    """``clearDay`` (``"2024-06-12"``, or with a time after it); unreadable → None."""
    if not isinstance(value, str) or len(value.strip()) < 10:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def text(value: Any) -> str | None:
    """Codes and ids as text: numbers become their digits, empty and objects become None."""
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    result = str(value).strip()
    return result or None


def raw_text(value: Any) -> str | None:
    """A JSON-in-string field kept as the gateway sent it (re-serialized if it came as JSON)."""
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, default=str)


def free_text(value: Any) -> str | None:
    """A text people read (titles, descriptions): redacted, gateways echo what they were sent."""
    shown = text(value)
    return None if shown is None else redact(shown)


def integer(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit() and value.strip().isascii():
        return int(value.strip())
    return None


def obj(value: Any) -> dict[str, Any]:
    """``value`` if it is a JSON object, else an empty one (a missing optional part)."""
    return value if isinstance(value, dict) else {}


def amount(value: Any, currency: str | None) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return from_gateway(value, currency)
    except (ValueError, TypeError, ArithmeticError):
        raise WireError("amount is not a number") from None


def masked_display(value: Any) -> str | None:
    """The token's display name; a full card number in it is masked (never trust it)."""
    shown = text(value)
    if shown is None:
        return None
    return mask_card_numbers(shown)


def attributes(value: Any) -> tuple[tuple[str, str], ...]:
    """custAttrs: a list of ``{rid, valAsStr}`` (or ``{rid, value}``), or a plain object."""
    pairs: list[tuple[str | None, str | None]] = []
    if isinstance(value, list):
        for item in value:
            item = obj(item)
            found = item.get("valAsStr", item.get("value"))
            pairs.append((text(item.get("rid") or item.get("name")), text(found)))
    elif isinstance(value, dict):
        pairs = [(text(key), text(found)) for key, found in value.items()]
    # A description may quote the card number the customer typed: never keep it whole.
    return tuple((k, mask_card_numbers(v)) for k, v in pairs if k and v)


def parse_transaction(data: Any, order_currency: str) -> Transaction:
    tran = obj(data)
    currency = text(tran.get("currency")) or order_currency
    value = amount(tran.get("amount"), currency)
    if value is None:
        raise WireError("transaction without an amount")
    return Transaction(
        phase=text(tran.get("phase")) or "",
        # exec-tran leaves out the type of a plain charge; the answer may do the same.
        type=text(tran.get("type")) or "Purchase",
        amount=value,
        currency=currency,
        is_reversal=tran.get("isReversal") is True,
        clear_amount=amount(tran.get("clearAmount"), text(tran.get("clearCcy")) or currency),
        approval_code=text(tran.get("approvalCode")),
        # ``rrn`` where the answer names it so; ridByPmo is the same reference otherwise.
        rrn=text(tran.get("rrn")) or text(tran.get("ridByPmo")),
        rid_by_acquirer=text(tran.get("ridByAcquirer")),
        action_id=text(tran.get("actionId")),
        time=gateway_time(tran.get("regTime")),
        description=free_text(tran.get("description")),
        pmo_result_code=text(tran.get("pmoResultCode")),
        billing_status=text(tran.get("billingStatus")),
        clear_day=day(tran.get("clearDay")),
    )


def parse_last_transaction(data: Any, order_currency: str) -> Transaction | None:
    """``lastTran``: a summary some answers add; read when it can be, never a reason to fail."""
    if not isinstance(data, dict):
        return None
    try:
        return parse_transaction(data, order_currency)
    except WireError:
        return None


def card_token(order: dict[str, Any]) -> dict[str, Any]:
    """The token that names the order's card: a payout's is ``dstToken``, others' ``srcToken``;
    whichever is there when only one is."""
    src, dst = obj(order.get("srcToken")), obj(order.get("dstToken"))
    payout = text(order.get("typeRid")) == "OCT" or text(obj(order.get("type")).get("rid")) == "OCT"
    return (dst or src) if payout else (src or dst)


def parse_card(order: dict[str, Any]) -> Card | None:
    token = card_token(order)
    tokens = [obj(t) for t in order.get("storedTokens") or [] if isinstance(t, dict)]
    stored = [(integer(t.get("id")), t) for t in tokens]
    if not token and not any(sid for sid, _ in stored):
        return None
    card = obj(token.get("card"))
    first: tuple[int | None, dict[str, Any]] = next(((i, t) for i, t in stored if i), (None, {}))
    return Card(
        masked_pan=masked_display(token.get("displayName")),
        brand=text(card.get("brand")),
        expiration=text(card.get("expiration")),
        entry_mode=text(token.get("entryMode")),
        # A token id is not a saved card; only storedTokens names one that can be charged again.
        stored_id=first[0],
        cof_provider_rid=text(first[1].get("cofProviderRid")) or text(token.get("cofProviderRid")),
        rid_by_cofp=text(first[1].get("ridByCofp")) or text(token.get("ridByCofp")),
    )


def parse_authentication(order: dict[str, Any]) -> Authentication:
    auth = obj(obj(card_token(order).get("card")).get("authentication"))
    return Authentication(
        cvv2_auth_status=text(order.get("cvv2AuthStatus")),
        tds_v1_auth_status=text(order.get("tdsV1AuthStatus")),
        tds_v2_auth_status=text(order.get("tdsV2AuthStatus")),
        tds_server_url=text(order.get("tdsServerUrl")),
        tds_protocol_version=text(auth.get("tdsProtocolVer")),
        eci=text(auth.get("eci")),
        tds_ares=raw_text(auth.get("tdsARes")),
        tds_rreq=raw_text(auth.get("tdsRReq")),
        timestamp=utc_time(auth.get("timestamp")),
    )


def parse_order(answer: Any, *, detailed: bool) -> Order:
    """The ``order`` object of a ``GET /order/{id}`` answer as a domain Order."""
    order = answer.get("order") if isinstance(answer, dict) else None
    if not isinstance(order, dict):
        raise WireError("no order object")
    order_id = integer(order.get("id"))
    type_rid = text(order.get("typeRid")) or text(obj(order.get("type")).get("rid"))
    status = text(order.get("status"))
    currency = text(order.get("currency"))
    if order_id is None or status is None or currency is None or type_rid is None:
        raise WireError("order without id, type, status or currency")
    total = amount(order.get("amount"), currency)
    if total is None:
        raise WireError("order without an amount")
    attrs = attributes(order.get("custAttrs"))
    prev = text(order.get("prevStatus")) or dict(attrs).get("PrevStatus")
    trans = order.get("trans")
    return Order(
        id=order_id,
        type=OrderType(type_rid),
        status=OrderStatus(status),
        amount=total,
        currency=currency,
        created=gateway_time(order.get("createTime")),
        finished=gateway_time(order.get("finishTime")),
        prev_status=OrderStatus(prev) if prev else None,
        title=free_text(order.get("title")),
        description=free_text(order.get("description")),
        type_title=text(obj(order.get("type")).get("title")),
        language=text(order.get("language")),
        card=parse_card(order),
        authentication=parse_authentication(order),
        transactions=tuple(parse_transaction(t, currency) for t in trans if isinstance(t, dict))
        if isinstance(trans, list)
        else (),
        authorized_amount=amount(order.get("authorizedChargeAmount"), currency),
        cleared_amount=amount(order.get("clearedChargeAmount"), currency),
        refunded_amount=amount(order.get("clearedRefundAmount"), currency),
        merchant_title=text(obj(order.get("merchant")).get("title")),
        terminal_title=text(obj(order.get("terminal")).get("title")),
        detailed=detailed,
        attributes=attrs,
        last_transaction=parse_last_transaction(order.get("lastTran"), currency),
        raw=mask_secrets(order),  # last: the fields above were read first
    )
