"""One table row per order (or failed lookup), with display strings and sort keys precomputed.

Precomputing keeps ``data()`` a tuple lookup, which is what lets 100,000 rows sort and filter
in the source model within a blink.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from kapdesk.domain.allowances import GATEWAY_TZ, refunded_so_far
from kapdesk.domain.money import format_amount
from kapdesk.domain.orders import ORDER_TYPE_TITLE, Order, OrderType
from kapdesk.i18n import QT_TRANSLATE_NOOP, UserMessage
from kapdesk.journal.store import IndexedOrder, unpack
from kapdesk.operations.lookup import order_from_answer

COLUMNS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("OrdersModel", "Order ID"),
    QT_TRANSLATE_NOOP("OrdersModel", "Type"),
    QT_TRANSLATE_NOOP("OrdersModel", "Status"),
    QT_TRANSLATE_NOOP("OrdersModel", "Amount"),
    QT_TRANSLATE_NOOP("OrdersModel", "Currency"),
    QT_TRANSLATE_NOOP("OrdersModel", "Created"),
    QT_TRANSLATE_NOOP("OrdersModel", "Card"),
    QT_TRANSLATE_NOOP("OrdersModel", "RRN"),
    QT_TRANSLATE_NOOP("OrdersModel", "Approval code"),
    QT_TRANSLATE_NOOP("OrdersModel", "Refunded"),
    QT_TRANSLATE_NOOP("OrdersModel", "Age"),
    QT_TRANSLATE_NOOP("OrdersModel", "Refreshed"),
)
ID, TYPE, STATUS, AMOUNT, CURRENCY, CREATED, CARD, RRN, APPROVAL, REFUNDED, AGE, REFRESHED = range(
    len(COLUMNS)
)
NUMERIC_COLUMNS = frozenset({ID, AMOUNT, REFUNDED, AGE})
TIME_FORMAT = "%Y-%m-%d %H:%M"


def tr(text: str) -> str:
    return QCoreApplication.translate("kapdesk", text)


def status_text(status: str) -> str:
    # Status names are the gateway's own words in English; translate them in the GUI context.
    return QCoreApplication.translate("OrderStatus", status)


def type_text(order_type: str) -> str:
    try:
        return tr(ORDER_TYPE_TITLE[OrderType(order_type)])
    except KeyError:
        return order_type


def local_time(moment: datetime | None) -> str:
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=GATEWAY_TZ)
    return moment.astimezone(GATEWAY_TZ).strftime(TIME_FORMAT)


def age_text(created: datetime | None, now: datetime) -> str:
    if created is None:
        return ""
    if created.tzinfo is None:
        created = created.replace(tzinfo=GATEWAY_TZ)
    seconds = max(int((now - created).total_seconds()), 0)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    if days:
        return (
            QCoreApplication.translate("OrdersModel", "%1 d %2 h")
            .replace("%1", str(days))
            .replace("%2", str(hours))
        )
    if hours:
        return (
            QCoreApplication.translate("OrdersModel", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", str(rest // 60))
        )
    return QCoreApplication.translate("OrdersModel", "%1 min").replace("%1", str(rest // 60))


def _money(amount: Decimal | None, currency: str) -> str:
    if amount is None:
        return ""
    try:
        return format_amount(amount, currency).rsplit(" ", 1)[0]
    except Exception:  # an unknown currency still shows its number
        return str(amount)


_EMPTY_KEY: tuple[int, Any] = (1, "")
_SHARED: dict[str, str] = {}  # the few words many rows show (types, statuses, currencies)


def _shared(text: str) -> str:
    """One string object for a word thousands of rows repeat, not one per row."""
    if len(_SHARED) > 4096:  # a bound, should a gateway invent many words
        _SHARED.clear()
    return _SHARED.setdefault(text, text)


def _key(value: Any) -> tuple[int, Any]:
    # Empty cells sort last in ascending order, whatever the column's type.
    if value is None or value == "":
        return _EMPTY_KEY
    if isinstance(value, Decimal):
        # Thousandths as an int: exact for every currency (at most 3 decimals), and ints
        # compare several times faster than Decimals when 100,000 rows are sorted.
        return (0, int(value.scaleb(3)))
    if isinstance(value, datetime):
        return (0, value.timestamp())
    return (0, value)


@dataclass(slots=True, eq=False)
class Row:
    """A row of the results table: its cells, their sort keys and what the detail pane needs.

    A row read from the gateway keeps its raw answer packed (zlib, as the order index stores
    it), not the parsed order: the parsed answer and its dicts took ~19 KB a row, 1.6 GB at
    100,000 rows. :attr:`order` and :attr:`raw` parse it again when someone looks.
    """

    order_id: int
    cells: tuple[str, ...]
    keys: tuple[tuple[int, Any], ...]
    haystack: str  # lower-case text the filter searches
    known: IndexedOrder | None = None
    error: str | None = None
    refreshed: datetime | None = None
    message: UserMessage | None = None  # why it failed, to be said again in a new language
    packed: bytes | None = None  # the gateway's answer (order object, masked), packed
    detailed: bool = False  # that answer was read with every transaction
    amount: Decimal | None = None
    currency: str = ""
    created: datetime | None = None
    kept: Order | None = None  # an order made without an answer (nothing to parse again)

    @property
    def rrn(self) -> str:
        return self.cells[RRN]

    @property
    def approval_code(self) -> str:
        return self.cells[APPROVAL]

    @property
    def raw(self) -> dict[str, Any]:
        """The answer as read (masked), parsed now; {} for a failed lookup."""
        if self.packed is not None:
            found: dict[str, Any] = json.loads(unpack(self.packed), parse_float=Decimal)
            return found
        return self.known.raw if self.known is not None else {}

    @property
    def order(self) -> Order | None:
        """The order as read from the gateway (parsed again from its answer), or None."""
        if self.packed is None:
            return self.kept
        return order_from_answer(self.raw, detailed=self.detailed)


def _build(order_id: int, values: list[Any], cells: list[str], **source: Any) -> Row:
    return Row(
        order_id=order_id,
        cells=tuple(cells),
        keys=tuple(_key(v) for v in values),
        haystack=" ".join(cells).lower(),
        **source,
    )


def row_for_order(order: Order, refreshed: datetime, now: datetime | None = None) -> Row:
    now = now or datetime.now(UTC)
    first = order.first_approved()
    refunded = refunded_so_far(order)
    currency = _shared(order.currency)
    order_type, status = _shared(str(order.type)), _shared(str(order.status))
    values: list[Any] = [
        order.id,
        order_type,
        status,
        order.amount,
        currency,
        order.created,
        order.masked_pan,
        first.rrn if first else None,
        first.approval_code if first else None,
        refunded,
        -order.created.timestamp() if order.created else None,
        refreshed,
    ]
    cells = [
        str(order.id),
        _shared(type_text(order_type)),
        _shared(status_text(status)),
        _money(order.amount, currency),
        currency,
        local_time(order.created),
        order.masked_pan or "",
        values[RRN] or "",
        values[APPROVAL] or "",
        _money(refunded, currency) if refunded else "",
        age_text(order.created, now),
        local_time(refreshed),
    ]
    return _build(
        order.id, values, cells, refreshed=refreshed, amount=order.amount, currency=currency,
        created=order.created, detailed=order.detailed,
        **({"packed": IndexedOrder.pack(order.raw)} if order.raw else {"kept": order}),
    )  # fmt: skip


def row_for_known(known: IndexedOrder, now: datetime | None = None) -> Row:
    now = now or datetime.now(UTC)
    rrn = known.rrns[0] if known.rrns else ""
    code = known.approval_codes[0] if known.approval_codes else ""
    currency = _shared(known.currency)
    order_type, status = _shared(known.type), _shared(known.status)
    values: list[Any] = [
        known.order_id,
        order_type,
        status,
        known.amount,
        currency,
        known.created,
        known.masked_card,
        rrn,
        code,
        known.refunded,
        -known.created.timestamp() if known.created else None,
        known.last_refreshed,
    ]
    cells = [
        str(known.order_id),
        _shared(type_text(order_type)),
        _shared(status_text(status)),
        _money(known.amount, currency),
        currency,
        local_time(known.created),
        known.masked_card or "",
        rrn,
        code,
        _money(known.refunded, currency) if known.refunded else "",
        age_text(known.created, now),
        local_time(known.last_refreshed),
    ]
    return _build(
        known.order_id, values, cells, known=known, refreshed=known.last_refreshed,
        amount=known.amount, currency=currency, created=known.created,
    )  # fmt: skip


def row_for_error(order_id: int, message: UserMessage | str) -> Row:
    text = message if isinstance(message, str) else message.render(QCoreApplication.translate)
    values: list[Any] = [order_id] + [None] * (len(COLUMNS) - 1)
    values[STATUS] = text
    cells = [""] * len(COLUMNS)
    cells[ID] = str(order_id)
    cells[STATUS] = text
    kept = None if isinstance(message, str) else message
    return _build(order_id, values, cells, error=text, message=kept)


def rebuild(row: Row, now: datetime | None = None) -> Row:
    """The same row in the current language (after the clerk switched it).

    Built from the row itself (its sort keys hold the untranslated type and status), so a
    language switch at 100,000 rows does not parse 100,000 answers again.
    """
    if row.error is not None:
        return row_for_error(row.order_id, row.message) if row.message is not None else row
    cells = list(row.cells)
    order_type, status = row.keys[TYPE][1], row.keys[STATUS][1]
    cells[TYPE] = _shared(type_text(order_type)) if order_type else ""
    cells[STATUS] = _shared(status_text(status)) if status else ""
    cells[AGE] = age_text(row.created, now or datetime.now(UTC))
    return Row(
        order_id=row.order_id, cells=tuple(cells), keys=row.keys,
        haystack=" ".join(cells).lower(), known=row.known, refreshed=row.refreshed,
        packed=row.packed, detailed=row.detailed, amount=row.amount, currency=row.currency,
        created=row.created, kept=row.kept,
    )  # fmt: skip


def sample_cells() -> dict[int, list[str]]:
    """The longest words each column can show, in the current language (for its width)."""
    time = "2026-12-31 23:59"
    return {
        ID: ["9999999999"],
        TYPE: [tr(title) for title in ORDER_TYPE_TITLE.values()],
        STATUS: [status_text(name) for name in STATUS_NAMES],
        CREATED: [time],
        CARD: ["416974******1778"],
        AMOUNT: ["99 999.99"],
        CURRENCY: ["AZN"],
        RRN: ["999999999999"],
        APPROVAL: ["999999"],
        REFUNDED: ["99 999.99"],
        AGE: [age_text(datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 4, 11, 23, tzinfo=UTC))],
        REFRESHED: [time],
    }


# Status names as the table shows them, written out so lupdate finds each one.
STATUS_NAMES = (
    QT_TRANSLATE_NOOP("OrderStatus", "Preparing"),
    QT_TRANSLATE_NOOP("OrderStatus", "Cancelled"),
    QT_TRANSLATE_NOOP("OrderStatus", "Rejected"),
    QT_TRANSLATE_NOOP("OrderStatus", "Refused"),
    QT_TRANSLATE_NOOP("OrderStatus", "Expired"),
    QT_TRANSLATE_NOOP("OrderStatus", "Authorized"),
    QT_TRANSLATE_NOOP("OrderStatus", "PartiallyPaid"),
    QT_TRANSLATE_NOOP("OrderStatus", "FullyPaid"),
    QT_TRANSLATE_NOOP("OrderStatus", "Funded"),
    QT_TRANSLATE_NOOP("OrderStatus", "Declined"),
    QT_TRANSLATE_NOOP("OrderStatus", "Voided"),
    QT_TRANSLATE_NOOP("OrderStatus", "Refunded"),
    QT_TRANSLATE_NOOP("OrderStatus", "Closed"),
)
