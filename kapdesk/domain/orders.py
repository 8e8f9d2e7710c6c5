"""Orders and transactions as the console understands them, with the 13 statuses and order types."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from kapdesk.i18n import QT_TRANSLATE_NOOP


class _OpenStrEnum(StrEnum):
    """A StrEnum that keeps values it does not know (the bank may add some) instead of failing."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def known(self) -> bool:
        return self._name_ in type(self).__members__


class OrderStatus(_OpenStrEnum):
    """The bank's status words. ``OrderStatus("PartPaid")`` is PARTIALLY_PAID (see _ALIASES)."""

    PREPARING = "Preparing"
    CANCELLED = "Cancelled"
    REJECTED = "Rejected"
    REFUSED = "Refused"
    EXPIRED = "Expired"
    AUTHORIZED = "Authorized"
    PARTIALLY_PAID = "PartiallyPaid"
    FULLY_PAID = "FullyPaid"
    FUNDED = "Funded"
    DECLINED = "Declined"
    VOIDED = "Voided"
    REFUNDED = "Refunded"
    CLOSED = "Closed"

    @classmethod
    def _missing_(cls, value: object) -> Any:
        alias = _ALIASES.get(value) if isinstance(value, str) else None
        return cls(alias) if alias is not None else super()._missing_(value)

    @property
    def spellings(self) -> tuple[str, ...]:
        """Every word the gateway uses for this status (what a search must match)."""
        return (self.value, *(word for word, value in _ALIASES.items() if value == self.value))


# Other spellings of one status. Clients that talk to the real gateway see "PartPaid"; the
# bank's labels (and our sandbox by default) say "PartiallyPaid". Both are one status.
_ALIASES: dict[str, str] = {"PartPaid": "PartiallyPaid"}


STATUS_MEANING: dict[OrderStatus, str] = {
    OrderStatus.PREPARING: QT_TRANSLATE_NOOP("kapdesk", "Created; nothing executed yet"),
    OrderStatus.CANCELLED: QT_TRANSLATE_NOOP("kapdesk", "Cancelled before payment"),
    OrderStatus.REJECTED: QT_TRANSLATE_NOOP("kapdesk", "Rejected by the processing centre"),
    OrderStatus.REFUSED: QT_TRANSLATE_NOOP("kapdesk", "The customer refused, or payment failed"),
    OrderStatus.EXPIRED: QT_TRANSLATE_NOOP("kapdesk", "Timed out before payment"),
    OrderStatus.AUTHORIZED: QT_TRANSLATE_NOOP("kapdesk", "Amount on hold, awaiting clearing"),
    OrderStatus.PARTIALLY_PAID: QT_TRANSLATE_NOOP("kapdesk", "Part of the hold cleared"),
    OrderStatus.FULLY_PAID: QT_TRANSLATE_NOOP("kapdesk", "Paid in full"),
    OrderStatus.FUNDED: QT_TRANSLATE_NOOP("kapdesk", "Debit done (transfer orders)"),
    OrderStatus.DECLINED: QT_TRANSLATE_NOOP("kapdesk", "Declined (3-D Secure or the bank)"),
    OrderStatus.VOIDED: QT_TRANSLATE_NOOP("kapdesk", "Reversed; nothing is held or paid"),
    OrderStatus.REFUNDED: QT_TRANSLATE_NOOP("kapdesk", "Refunded in full"),
    OrderStatus.CLOSED: QT_TRANSLATE_NOOP("kapdesk", "Closed after payment"),
}


class OrderType(_OpenStrEnum):
    PURCHASE = "Order_SMS"
    PREAUTH = "Order_DMS"
    SAVED_CARD_PURCHASE = "Order_REC"
    SAVED_CARD_PREAUTH = "DMSN3D"
    PAYOUT = "OCT"
    GOOGLE_PAY_3DS = "GN3D"
    GOOGLE_PAY = "GSMS"


ORDER_TYPE_TITLE: dict[OrderType, str] = {
    OrderType.PURCHASE: QT_TRANSLATE_NOOP("kapdesk", "Purchase"),
    OrderType.PREAUTH: QT_TRANSLATE_NOOP("kapdesk", "Preauthorization"),
    OrderType.SAVED_CARD_PURCHASE: QT_TRANSLATE_NOOP("kapdesk", "Saved-card purchase"),
    OrderType.SAVED_CARD_PREAUTH: QT_TRANSLATE_NOOP("kapdesk", "Saved-card preauthorization"),
    OrderType.PAYOUT: QT_TRANSLATE_NOOP("kapdesk", "Payout to a card"),
    OrderType.GOOGLE_PAY_3DS: QT_TRANSLATE_NOOP("kapdesk", "Google Pay (3-D Secure)"),
    OrderType.GOOGLE_PAY: QT_TRANSLATE_NOOP("kapdesk", "Google Pay"),
}

PREAUTH_TYPES = frozenset({OrderType.PREAUTH, OrderType.SAVED_CARD_PREAUTH})
PURCHASE_TYPES = frozenset(
    {
        OrderType.PURCHASE,
        OrderType.SAVED_CARD_PURCHASE,
        OrderType.GOOGLE_PAY_3DS,
        OrderType.GOOGLE_PAY,
    }
)
SAVED_CARD_TYPES = frozenset({OrderType.SAVED_CARD_PURCHASE, OrderType.SAVED_CARD_PREAUTH})

# pmoResultCode values that mean the processing centre approved.
APPROVED_RESULT_CODES = frozenset({"1", "2", "3", "96"})


@dataclass(frozen=True, slots=True)
class Transaction:
    """One element of an order's ``trans``: a charge, clearing, reversal, refund or credit."""

    phase: str  # Single, Auth, Clearing
    type: str  # Purchase, Refund, Credit, ...
    amount: Decimal
    currency: str
    is_reversal: bool = False
    clear_amount: Decimal | None = None
    approval_code: str | None = None
    rrn: str | None = None  # ridByPmo: what schemes and issuers quote in disputes
    rid_by_acquirer: str | None = None
    action_id: str | None = None
    time: datetime | None = None
    description: str | None = None
    pmo_result_code: str | None = None
    billing_status: str | None = None
    clear_day: date | None = None  # the settlement day the bank booked it on, when it says

    @property
    def approved(self) -> bool:
        if self.pmo_result_code is None:
            return True
        return self.pmo_result_code in APPROVED_RESULT_CODES

    @property
    def is_refund(self) -> bool:
        return self.type == "Refund" and not self.is_reversal

    @property
    def is_credit(self) -> bool:
        return self.type == "Credit" and not self.is_reversal


@dataclass(frozen=True, slots=True)
class Card:
    """The card an order was paid with, as the gateway shows it (never a full PAN)."""

    masked_pan: str | None = None
    brand: str | None = None
    expiration: str | None = None  # MMYY
    entry_mode: str | None = None
    stored_id: int | None = None
    cof_provider_rid: str | None = None  # who keeps the saved card (storedTokens)
    rid_by_cofp: str | None = None  # that keeper's own reference for it


@dataclass(frozen=True, slots=True)
class Authentication:
    """3-D Secure and CVV2 results; the JSON-in-string fields stay raw text."""

    cvv2_auth_status: str | None = None
    tds_v1_auth_status: str | None = None
    tds_v2_auth_status: str | None = None
    tds_server_url: str | None = None
    tds_protocol_version: str | None = None
    eci: str | None = None
    tds_ares: str | None = None
    tds_rreq: str | None = None
    timestamp: datetime | None = None  # when the card was authenticated (the bank sends UTC)


@dataclass(frozen=True, slots=True)
class Order:
    """An order as read from the gateway. Holds no secret: the order password stays in gateway/."""

    id: int
    type: OrderType
    status: OrderStatus
    amount: Decimal
    currency: str
    created: datetime | None = None
    finished: datetime | None = None
    prev_status: OrderStatus | None = None
    title: str | None = None
    description: str | None = None
    type_title: str | None = None
    language: str | None = None
    card: Card | None = None
    authentication: Authentication = field(default_factory=Authentication)
    transactions: tuple[Transaction, ...] = ()
    authorized_amount: Decimal | None = None  # authorizedChargeAmount
    cleared_amount: Decimal | None = None  # clearedChargeAmount
    refunded_amount: Decimal | None = None  # clearedRefundAmount
    merchant_title: str | None = None
    terminal_title: str | None = None
    detailed: bool = False  # read with tranDetailLevel=2: transactions are complete
    # custAttrs as (rid, value) pairs: PrevStatus, PmoResultCode, DeclineDescription, ...
    attributes: tuple[tuple[str, str], ...] = ()
    last_transaction: Transaction | None = None  # lastTran, when the answer carries one
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def masked_pan(self) -> str | None:
        return self.card.masked_pan if self.card else None

    def attribute(self, rid: str) -> str | None:
        """One custAttrs value by its rid (case as the bank writes it), or None."""
        return next((value for key, value in self.attributes if key.lower() == rid.lower()), None)

    @property
    def decline_description(self) -> str | None:
        """Why the bank declined, in its words, when it says (custAttrs)."""
        if self.status != OrderStatus.DECLINED:
            return None
        return self.attribute("DeclineDescription") or self.attribute("PmoDeclineDescription")

    def first_approved(self) -> Transaction | None:
        for tran in self.transactions:
            if tran.approved and not tran.is_reversal and not tran.is_refund:
                return tran
        return None
