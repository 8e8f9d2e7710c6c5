"""The simulator's own records: orders, their transactions and cards (never a full PAN).

They round-trip through plain JSON-able dicts (amounts as strings, times as ISO text) so the
store can keep them in memory or as SQLite rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from decimal import Decimal
from typing import Any


@dataclass
class Tran:
    """One element of ``trans`` (see the transaction conventions in the contracts)."""

    phase: str
    type: str
    amount: Decimal
    clear_amount: Decimal
    currency: str
    reg_time: datetime
    action_id: str
    rrn: str
    pmo_result_code: str = "1"
    approval_code: str | None = None
    is_reversal: bool = False
    description: str = "Purchase"

    @property
    def approved(self) -> bool:
        return self.pmo_result_code == "1"


@dataclass
class Card:
    """A card as the gateway keeps it: masked PAN, brand, expiry (MMYY), token ids."""

    token_id: int
    masked_pan: str
    brand: str
    expiration: str
    entry_mode: str = "ECommerce"
    reg_time: datetime | None = None
    stored_id: int | None = None
    authentication: dict[str, Any] | None = None  # 3-D Secure block, when there was one
    decline_code: str | None = None  # saved cards: what charging them answers ("1" = approve)


@dataclass
class Order:
    """An order as the simulated gateway holds it."""

    id: int
    type_rid: str
    amount: Decimal
    currency: str
    password: str
    secret: str
    create_time: datetime
    status: str = "Preparing"
    prev_status: str | None = None
    finish_time: datetime | None = None
    title: str | None = None
    description: str | None = None
    language: str = "az"
    hpp_redirect_url: str | None = None
    initiation_env_kind: str = "Browser"
    cof_purposes: list[str] = field(default_factory=list)
    save_card: bool = False
    src_token: Card | None = None
    dst_token: Card | None = None
    stored_tokens: list[int] = field(default_factory=list)
    trans: list[Tran] = field(default_factory=list)
    cvv2_auth_status: str = "Required"
    last_status_login: str = "E1010"
    cust_attrs: list[dict[str, str]] = field(default_factory=list)  # [{rid, valAsStr}]

    def approved(self) -> list[Tran]:
        return [tran for tran in self.trans if tran.approved]


def _encode(value: Any) -> Any:
    names = _FIELDS.get(type(value))
    if names is not None:
        # Field by field, as dataclasses.asdict would, without asdict's deepcopy of every
        # leaf: seeding writes ~180 orders at start-up and asdict was most of its time.
        return {name: _encode(getattr(value, name)) for name in names}
    if isinstance(value, Decimal):
        return {"$dec": str(value)}
    if isinstance(value, datetime):
        return {"$time": value.isoformat()}
    if isinstance(value, dict):
        return {key: _encode(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_encode(item) for item in value]
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {"$dec"}:
            return Decimal(value["$dec"])
        if set(value) == {"$time"}:
            return datetime.fromisoformat(value["$time"])
        return {key: _decode(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_decode(item) for item in value]
    return value


_FIELDS: dict[type, tuple[str, ...]] = {
    cls: tuple(item.name for item in fields(cls)) for cls in (Tran, Card, Order)
}


def card_to_dict(card: Card) -> dict[str, Any]:
    return dict(_encode(card))


def card_from_dict(data: dict[str, Any]) -> Card:
    return Card(**_decode(data))


def order_to_dict(order: Order) -> dict[str, Any]:
    return dict(_encode(order))


def order_from_dict(data: dict[str, Any]) -> Order:
    raw = _decode(data)
    raw["trans"] = [Tran(**tran) for tran in raw["trans"]]
    for key in ("src_token", "dst_token"):
        if raw[key] is not None:
            raw[key] = Card(**raw[key])
    return Order(**raw)
