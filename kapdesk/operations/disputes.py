"""The evidence pack of a dispute: the facts, gathered now, and what they say in plain words.

Qt-free: :func:`gather_evidence` re-reads the order in full detail, takes every journal entry
on it and the case's history, and :func:`evidence_pack` lays them out as sections and tables
of English templates (marked ``N_``) and plain values. ``kapdesk.app.evidence_pdf`` renders
them in the clerk's language. No value here is a secret: the order holds none (the gateway
layer keeps the order password), the card is masked, the 3-D Secure authentication value is
named only as present, and every value passes :func:`kapdesk.domain.redact.redact` once more.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from kapdesk.domain.allowances import operation_title, totals
from kapdesk.domain.clock import DAY_ZONE, Clock
from kapdesk.domain.disputes import (
    CATEGORY_TITLE,
    SCHEME_TITLE,
    STATE_TITLE,
    Case,
    CaseEvent,
    Category,
)
from kapdesk.domain.money import format_amount
from kapdesk.domain.orders import ORDER_TYPE_TITLE, STATUS_MEANING, Order, Transaction
from kapdesk.domain.redact import redact
from kapdesk.gateway.parse import card_token
from kapdesk.i18n import N_, UserError, UserMessage

if TYPE_CHECKING:
    from kapdesk.gateway.client import GatewayClient
    from kapdesk.journal.entry import Entry
    from kapdesk.journal.store import DisputeStore, JournalStore

# ECI values by what they mean (Visa / Mastercard spell them differently).
FULL_ECI = frozenset({"05", "02"})
ATTEMPT_ECI = frozenset({"06", "01"})
NO_AUTH_ECI = frozenset({"07", "00"})

TRANS_STATUS: dict[str, str] = {
    "Y": N_("authenticated"),
    "A": N_("attempted (the issuer did not take part)"),
    "N": N_("not authenticated"),
    "U": N_("authentication could not be performed"),
    "R": N_("rejected by the issuer"),
    "C": N_("challenge required"),
    "I": N_("information only"),
}


@dataclass(frozen=True, slots=True)
class Value:
    """A cell: plain text, or a template to translate (``translate=True``)."""

    text: str
    translate: bool = False


@dataclass(frozen=True, slots=True)
class Section:
    title: str  # N_ template
    rows: tuple[tuple[str, Value], ...]  # (label template, value)


@dataclass(frozen=True, slots=True)
class Table:
    title: str  # N_ template
    headers: tuple[str, ...]  # N_ templates
    rows: tuple[tuple[Value, ...], ...]
    empty: str = N_("None.")


@dataclass(frozen=True, slots=True)
class EvidencePack:
    order_id: int
    generated_at: datetime  # aware, shown in Baku time with its offset
    findings: tuple[UserMessage, ...]  # what the data says for this reason code
    unknowns: tuple[UserMessage, ...]  # what it cannot know
    sections: tuple[Section, ...]
    tables: tuple[Table, ...] = field(default=())

    def texts(self) -> list[str]:
        """Every value and English sentence of the pack (for checks and tests)."""
        out = [m.render() for m in (*self.findings, *self.unknowns)]
        for section in self.sections:
            out += [v.text for _, v in section.rows]
        for table in self.tables:
            out += [v.text for row in table.rows for v in row]
        return out


def when(moment: datetime | None) -> str:
    """A moment as Baku wall time with its offset: 2024-06-12 14:03:00 +04:00."""
    if moment is None:
        return ""
    local = moment.astimezone(DAY_ZONE)
    offset = local.strftime("%z")
    return f"{local:%Y-%m-%d %H:%M:%S} {offset[:3]}:{offset[3:]}"


def _plain(value: object) -> Value:
    text = "" if value is None else str(value)
    return Value(redact(text, only_valid_cards=True))


def _n(template: str) -> Value:
    return Value(template, translate=True)


# --- 3-D Secure -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ThreeDS:
    version: str | None
    eci: str | None
    trans_status: str | None
    ds_trans_id: str | None
    has_authentication_value: bool

    @property
    def fully_authenticated(self) -> bool:
        return self.trans_status == "Y" or (self.trans_status is None and self.eci in FULL_ECI)

    @property
    def attempted(self) -> bool:
        return self.trans_status == "A" or (self.trans_status is None and self.eci in ATTEMPT_ECI)


def _json(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def three_ds(order: Order) -> ThreeDS | None:
    """What 3-D Secure says of the order; the authentication value itself is never kept."""
    auth = order.authentication
    ares, rreq = _json(auth.tds_ares), _json(auth.tds_rreq)
    raw_auth = card_token(order.raw).get("card", {})
    raw_auth = raw_auth.get("authentication", {}) if isinstance(raw_auth, dict) else {}
    raw_auth = raw_auth if isinstance(raw_auth, dict) else {}
    version = auth.tds_protocol_version or ares.get("messageVersion")
    status = rreq.get("transStatus") or ares.get("transStatus")
    eci = auth.eci or ares.get("eci")
    ds = ares.get("dsTransID") or rreq.get("dsTransID") or raw_auth.get("tdsDsTranId")
    has_value = bool(ares.get("authenticationValue") or raw_auth.get("cryptVal"))
    if not any((version, status, eci, ds)):
        return None
    return ThreeDS(
        version=None if version is None else str(version),
        eci=None if eci is None else str(eci),
        trans_status=None if status is None else str(status),
        ds_trans_id=None if ds is None else str(ds),
        has_authentication_value=has_value,
    )


def issuer(order: Order) -> str | None:
    card = card_token(order.raw).get("card")
    value = card.get("issuerRid") if isinstance(card, dict) else None
    return str(value) if value else None


# --- plain words ----------------------------------------------------------------------------


def _day(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone(DAY_ZONE).date().isoformat()


def _refunds(order: Order) -> list[Transaction]:
    return [t for t in order.transactions if t.approved and t.is_refund]


def _reversals(order: Order) -> list[Transaction]:
    return [t for t in order.transactions if t.approved and t.is_reversal]


def findings(case: Case, order: Order) -> list[UserMessage]:
    """What the data says, for this case's reason code."""
    found: list[UserMessage] = []
    sums = totals(order)
    tds = three_ds(order)
    if case.category is Category.FRAUD:
        found += _fraud_findings(order, tds)
    elif case.category in (Category.NOT_RECEIVED, Category.NOT_AS_DESCRIBED):
        found.append(
            UserMessage(
                N_("The gateway records the payment, not the delivery: proof that the goods or "
                   "service were provided as described must come from the shop.")
            )
        )  # fmt: skip
    elif case.category is Category.DUPLICATE:
        charges = [t for t in order.transactions if t.approved and not t.is_reversal
                   and not t.is_refund and t.type not in ("Credit",)]  # fmt: skip
        found.append(
            UserMessage(
                N_("This order holds {count} approved charge(s); a duplicate would be a "
                   "second order, which this pack does not show."),
                count=len(charges),
            )
        )  # fmt: skip
    elif case.category is Category.CANCELLED_RECURRING and order.card and order.card.stored_id:
        found.append(UserMessage(N_("The card is saved for further payments (saved card {id})."),
                                 id=order.card.stored_id))  # fmt: skip
    refunds = _refunds(order)
    for tran in refunds:
        found.append(
            UserMessage(
                N_("Refunded {amount} on {day} (RRN {rrn}): credit already processed."),
                amount=format_amount(tran.amount, tran.currency),
                day=_day(tran.time) or "?",
                rrn=tran.rrn or "-",
            )
        )
    if case.category is Category.CREDIT_NOT_PROCESSED and not refunds:
        found.append(UserMessage(N_("No refund is recorded on this order.")))
    for tran in _reversals(order):
        found.append(
            UserMessage(
                N_("Reversed {amount} on {day}: that amount was not charged."),
                amount=format_amount(tran.amount, tran.currency),
                day=_day(tran.time) or "?",
            )
        )
    remaining = max(sums.captured - sums.refunded, Decimal(0))
    found.append(
        UserMessage(
            N_("Charged {charged}, refunded {refunded}: {remaining} remains with the shop."),
            charged=format_amount(sums.captured, order.currency),
            refunded=format_amount(sums.refunded, order.currency),
            remaining=format_amount(remaining, order.currency),
        )
    )
    if case.currency == order.currency and case.amount > remaining:
        found.append(
            UserMessage(
                N_("The disputed amount {disputed} is more than what remains charged."),
                disputed=format_amount(case.amount, case.currency),
            )
        )
    return found


def _fraud_findings(order: Order, tds: ThreeDS | None) -> list[UserMessage]:
    found: list[UserMessage] = []
    if tds is not None and tds.fully_authenticated:
        found.append(
            UserMessage(
                N_("3-D Secure {version}, fully authenticated (ECI {eci}): for fraud-coded "
                   "disputes the liability normally lies with the issuer."),
                version=tds.version or "?",
                eci=tds.eci or "?",
            )
        )  # fmt: skip
    elif tds is not None and tds.attempted:
        found.append(
            UserMessage(
                N_("3-D Secure {version}, attempted (ECI {eci}): the issuer did not take part; "
                   "under most scheme rules the liability still shifts to the issuer."),
                version=tds.version or "?",
                eci=tds.eci or "?",
            )
        )  # fmt: skip
    else:
        found.append(
            UserMessage(
                N_("No successful 3-D Secure authentication is recorded: for fraud-coded "
                   "disputes the liability normally stays with the shop.")
            )
        )  # fmt: skip
    cvv = order.authentication.cvv2_auth_status
    if cvv:
        found.append(UserMessage(N_("The CVV2 check answered: {result}."), result=cvv))
    return found


UNKNOWNS: tuple[str, ...] = (
    N_(
        "Whether the goods or service were delivered, and what the cardholder told the issuer: "
        "the gateway does not know."
    ),
    N_(
        "The issuer's and the scheme's decision: the gateway has no dispute interface; this "
        "case is the shop's own record."
    ),
    N_("Other orders by the same cardholder: this pack covers one order."),
    N_(
        "Operations made outside kapdesk appear as the bank's transactions, without a journal "
        "entry saying who made them or why."
    ),
)


# --- the pack -------------------------------------------------------------------------------


def evidence_pack(
    case: Case,
    order: Order,
    entries: list[Entry],
    events: list[CaseEvent],
    *,
    generated_at: datetime,
) -> EvidencePack:
    """The pack of ``case`` from ``order`` (read in full detail) and the journal."""
    tds = three_ds(order)
    card = order.card
    sections = (
        Section(
            N_("The dispute"),
            (
                (N_("Order"), _plain(order.id)),
                (N_("Scheme"), _n(SCHEME_TITLE[case.scheme])),
                (N_("Reason code"), _plain(case.reason_code)),
                (N_("Meaning"), _n(case.reason.meaning or CATEGORY_TITLE[case.category])),
                (N_("Disputed amount"), _plain(format_amount(case.amount, case.currency))),
                (N_("Received"), _plain(case.received.isoformat())),
                (N_("Response due"), _plain(case.due.isoformat())),
                (N_("State"), _n(STATE_TITLE[case.state])),
                (N_("Notes"), _plain(case.notes)),
            ),
        ),
        Section(
            N_("The order"),
            (
                (N_("Type"), _n(ORDER_TYPE_TITLE.get(order.type, str(order.type)))),
                (N_("Status"), _plain(order.status.value)),
                (N_("Status meaning"), _n(STATUS_MEANING.get(order.status, ""))),
                (N_("Amount"), _plain(format_amount(order.amount, order.currency))),
                (N_("Created"), _plain(when(order.created))),
                (N_("Shop"), _plain(order.merchant_title)),
                (N_("Terminal"), _plain(order.terminal_title)),
                (N_("Order title"), _plain(order.title)),
                (N_("Description"), _plain(order.description)),
            ),
        ),
        Section(
            N_("The card"),
            (
                (N_("Card"), _plain(card.masked_pan if card else None)),
                (N_("Brand"), _plain(card.brand if card else None)),
                (N_("Issuer"), _plain(issuer(order))),
                (N_("Entry mode"), _plain(card.entry_mode if card else None)),
                (N_("CVV2 result"), _plain(order.authentication.cvv2_auth_status)),
            ),
        ),
        _three_ds_section(order, tds),
    )
    tables = (
        Table(
            N_("Transactions"),
            (
                N_("Time"),
                N_("Type"),
                N_("Phase"),
                N_("Amount"),
                N_("RRN"),
                N_("Approval code"),
                N_("Result"),
            ),
            tuple(_transaction_row(t) for t in order.transactions),
        ),
        Table(
            N_("Journal entries on this order"),
            (
                N_("Time"),
                N_("Who"),
                N_("Operation"),
                N_("Amount"),
                N_("State"),
                N_("Why"),
                N_("The bank's answer"),
            ),
            tuple(_entry_row(e) for e in entries),
        ),
        Table(
            N_("The case's history"),
            (N_("Time"), N_("Who"), N_("From"), N_("To"), N_("Why")),
            tuple(_event_row(e) for e in events),
        ),
    )
    return EvidencePack(
        order_id=order.id,
        generated_at=generated_at,
        findings=tuple(findings(case, order)),
        unknowns=tuple(UserMessage(text) for text in UNKNOWNS),
        sections=sections,
        tables=tables,
    )


def _three_ds_section(order: Order, tds: ThreeDS | None) -> Section:
    if tds is None:
        return Section(N_("3-D Secure"), ((N_("Result"), _n(N_("Not recorded"))),))
    status = tds.trans_status
    meaning = TRANS_STATUS.get(status or "", "")
    return Section(
        N_("3-D Secure"),
        (
            (N_("Protocol version"), _plain(tds.version)),
            (N_("ECI"), _plain(tds.eci)),
            (N_("transStatus"), _plain(status)),
            (N_("transStatus meaning"), _n(meaning)),
            (N_("DS transaction id"), _plain(tds.ds_trans_id)),
            (
                N_("Authentication value"),
                _n(N_("present (not shown)") if tds.has_authentication_value else N_("none")),
            ),
            (N_("Authenticated at"), _plain(when(order.authentication.timestamp))),
        ),
    )


def _transaction_row(t: Transaction) -> tuple[Value, ...]:
    kind = f"{t.type} (reversal)" if t.is_reversal else t.type
    return (
        _plain(when(t.time)),
        _plain(kind),
        _plain(t.phase),
        _plain(format_amount(t.amount, t.currency)),
        _plain(t.rrn),
        _plain(t.approval_code),
        _plain(t.pmo_result_code),
    )


def _entry_row(e: Entry) -> tuple[Value, ...]:
    who = e.os_user + (f" ({e.operator})" if e.operator else "")
    amount = "" if e.amount is None else format_amount(e.amount, e.currency)
    why = " / ".join(x for x in (e.reason_category, e.reason) if x)
    answer = "; ".join(
        x
        for x in (
            f"approval {e.approval_code}" if e.approval_code else "",
            f"RRN {e.rrn}" if e.rrn else "",
            " ".join(x for x in (e.error_code, e.error_description) if x),
            e.note or "",
        )
        if x
    )
    return (
        _plain(when(e.time)),
        _plain(who),
        _n(operation_title(e.operation)),
        _plain(amount),
        _plain(e.state.value),
        _plain(why),
        _plain(answer),
    )


def _event_row(e: CaseEvent) -> tuple[Value, ...]:
    who = e.os_user + (f" ({e.operator})" if e.operator else "")
    return (
        _plain(when(e.time)),
        _plain(who),
        _n(STATE_TITLE[e.from_state]) if e.from_state else _plain("-"),
        _n(STATE_TITLE[e.to_state]),
        _plain(e.why),
    )


class NoCaseToPack(UserError):
    def __init__(self, order_id: int) -> None:
        super().__init__(
            N_("There is no dispute on order {order}: open one first (kapdesk dispute open)."),
            order=order_id,
        )


async def gather_evidence(
    client: GatewayClient,
    journal: JournalStore,
    disputes: DisputeStore,
    order_id: int,
    *,
    environment: str,
    profile: str,
    clock: Clock,
) -> EvidencePack:
    """Re-read the order in full detail and build the pack of its case."""
    case = await asyncio.to_thread(disputes.case_for, order_id)
    if case is None:
        raise NoCaseToPack(order_id)
    order = await client.get_order(order_id, detailed=True)
    entries = await asyncio.to_thread(journal.entries, order_id=order_id)
    entries = [e for e in entries if (e.environment, e.profile) == (environment, profile)]
    events = await asyncio.to_thread(disputes.events, order_id)
    return evidence_pack(case, order, entries, events, generated_at=clock.now())
