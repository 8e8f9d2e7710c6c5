"""Disputes (chargebacks): a case per disputed order, its states, and the schemes' reason codes.

The gateway has no dispute API: a case is kapdesk's own record, like the order index. A case
names the order, the card scheme's reason code (from :data:`REASON_CODES` or typed freely),
the disputed amount, the day the dispute was received and the day the answer is due (received
+ the profile's ``dispute_days``, editable). Its state moves only along :data:`TRANSITIONS`:
open → evidence sent → won / lost / accepted (refund made) / withdrawn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from kapdesk.i18n import N_, UserError

DEFAULT_DISPUTE_DAYS = 10  # a profile without its own figure
MAX_DISPUTE_DAYS = 120
MAX_NOTES = 2000


class CaseState(StrEnum):
    OPEN = "open"
    EVIDENCE_SENT = "evidence_sent"
    WON = "won"
    LOST = "lost"
    ACCEPTED = "accepted"  # the merchant accepted the dispute (refund made)
    WITHDRAWN = "withdrawn"  # the cardholder or issuer withdrew it


STATE_TITLE: dict[CaseState, str] = {
    CaseState.OPEN: N_("Open"),
    CaseState.EVIDENCE_SENT: N_("Evidence sent"),
    CaseState.WON: N_("Won"),
    CaseState.LOST: N_("Lost"),
    CaseState.ACCEPTED: N_("Accepted (refund made)"),
    CaseState.WITHDRAWN: N_("Withdrawn"),
}

# Where a case may go from each state; won, lost, accepted and withdrawn are final.
TRANSITIONS: dict[CaseState, frozenset[CaseState]] = {
    CaseState.OPEN: frozenset({CaseState.EVIDENCE_SENT, CaseState.ACCEPTED, CaseState.WITHDRAWN}),
    CaseState.EVIDENCE_SENT: frozenset(
        {CaseState.WON, CaseState.LOST, CaseState.ACCEPTED, CaseState.WITHDRAWN}
    ),
    CaseState.WON: frozenset(),
    CaseState.LOST: frozenset(),
    CaseState.ACCEPTED: frozenset(),
    CaseState.WITHDRAWN: frozenset(),
}
CLOSED_STATES = frozenset(s for s, nxt in TRANSITIONS.items() if not nxt)


class Category(StrEnum):
    """What a reason code is about, whatever the scheme calls it."""

    FRAUD = "fraud"
    NOT_RECEIVED = "not_received"
    NOT_AS_DESCRIBED = "not_as_described"
    DUPLICATE = "duplicate"
    CREDIT_NOT_PROCESSED = "credit_not_processed"
    CANCELLED_RECURRING = "cancelled_recurring"
    AUTHORIZATION = "authorization"
    PROCESSING_ERROR = "processing_error"
    OTHER = "other"


CATEGORY_TITLE: dict[Category, str] = {
    Category.FRAUD: N_("Fraud: the cardholder did not authorise it"),
    Category.NOT_RECEIVED: N_("Goods or services not received"),
    Category.NOT_AS_DESCRIBED: N_("Not as described or defective"),
    Category.DUPLICATE: N_("Duplicate processing"),
    Category.CREDIT_NOT_PROCESSED: N_("Credit not processed"),
    Category.CANCELLED_RECURRING: N_("Cancelled recurring payment"),
    Category.AUTHORIZATION: N_("Authorisation problem"),
    Category.PROCESSING_ERROR: N_("Processing error (amount, currency, late presentment)"),
    Category.OTHER: N_("Other"),
}


class Scheme(StrEnum):
    VISA = "visa"
    MASTERCARD = "mastercard"
    OTHER = "other"


SCHEME_TITLE: dict[Scheme, str] = {
    Scheme.VISA: "Visa",
    Scheme.MASTERCARD: "Mastercard",
    Scheme.OTHER: N_("Other scheme"),
}


@dataclass(frozen=True, slots=True)
class ReasonCode:
    code: str
    scheme: Scheme
    category: Category
    meaning: str  # English template, marked N_ (translated where shown)


def _visa(code: str, category: Category, meaning: str) -> ReasonCode:
    return ReasonCode(code, Scheme.VISA, category, meaning)


def _mc(code: str, category: Category, meaning: str) -> ReasonCode:
    return ReasonCode(code, Scheme.MASTERCARD, category, meaning)


# The common Visa (Visa Claims Resolution) and Mastercard codes; any other code may be typed.
REASON_CODES: tuple[ReasonCode, ...] = (
    _visa("10.1", Category.FRAUD, N_("EMV liability shift counterfeit fraud")),
    _visa("10.2", Category.FRAUD, N_("EMV liability shift non-counterfeit fraud")),
    _visa("10.3", Category.FRAUD, N_("Other fraud, card present")),
    _visa("10.4", Category.FRAUD, N_("Other fraud, card absent (e-commerce)")),
    _visa("10.5", Category.FRAUD, N_("Visa Fraud Monitoring Program")),
    _visa("11.1", Category.AUTHORIZATION, N_("Card recovery bulletin")),
    _visa("11.2", Category.AUTHORIZATION, N_("Declined authorisation")),
    _visa("11.3", Category.AUTHORIZATION, N_("No authorisation")),
    _visa("12.1", Category.PROCESSING_ERROR, N_("Late presentment")),
    _visa("12.2", Category.PROCESSING_ERROR, N_("Incorrect transaction code")),
    _visa("12.3", Category.PROCESSING_ERROR, N_("Incorrect currency")),
    _visa("12.4", Category.PROCESSING_ERROR, N_("Incorrect account number")),
    _visa("12.5", Category.PROCESSING_ERROR, N_("Incorrect amount")),
    _visa("12.6.1", Category.DUPLICATE, N_("Duplicate processing")),
    _visa("12.6.2", Category.DUPLICATE, N_("Paid by other means")),
    _visa("12.7", Category.PROCESSING_ERROR, N_("Invalid data")),
    _visa("13.1", Category.NOT_RECEIVED, N_("Merchandise or services not received")),
    _visa("13.2", Category.CANCELLED_RECURRING, N_("Cancelled recurring transaction")),
    _visa("13.3", Category.NOT_AS_DESCRIBED, N_("Not as described or defective merchandise")),
    _visa("13.4", Category.NOT_AS_DESCRIBED, N_("Counterfeit merchandise")),
    _visa("13.5", Category.NOT_AS_DESCRIBED, N_("Misrepresentation")),
    _visa("13.6", Category.CREDIT_NOT_PROCESSED, N_("Credit not processed")),
    _visa("13.7", Category.CREDIT_NOT_PROCESSED, N_("Cancelled merchandise or services")),
    _mc("4808", Category.AUTHORIZATION, N_("Authorisation-related chargeback")),
    _mc("4834", Category.DUPLICATE, N_("Point-of-interaction error (duplicate or wrong amount)")),
    _mc("4837", Category.FRAUD, N_("No cardholder authorisation")),
    _mc("4840", Category.FRAUD, N_("Fraudulent processing of transactions")),
    _mc("4841", Category.CANCELLED_RECURRING, N_("Cancelled recurring or digital goods")),
    _mc("4849", Category.FRAUD, N_("Questionable merchant activity")),
    _mc("4853", Category.NOT_AS_DESCRIBED, N_("Cardholder dispute (not as described, defective)")),
    _mc("4855", Category.NOT_RECEIVED, N_("Goods or services not provided")),
    _mc("4859", Category.NOT_RECEIVED, N_("Addendum, no-show or ATM dispute")),
    _mc("4860", Category.CREDIT_NOT_PROCESSED, N_("Credit not processed")),
    _mc("4863", Category.FRAUD, N_("Cardholder does not recognise the transaction")),
    _mc("4870", Category.FRAUD, N_("Chip liability shift")),
    _mc("4871", Category.FRAUD, N_("Chip/PIN liability shift")),
)
_BY_CODE: dict[tuple[Scheme, str], ReasonCode] = {(r.scheme, r.code): r for r in REASON_CODES}
_CODE = re.compile(r"[0-9A-Za-z][0-9A-Za-z.\-]{0,15}")


def find_reason(code: str, scheme: Scheme | str | None = None) -> ReasonCode | None:
    """The built-in reason code ``code`` (of ``scheme``, or of whichever scheme has it)."""
    code = code.strip().upper()
    schemes = [Scheme(scheme)] if scheme else list(Scheme)
    return next((_BY_CODE[(s, code)] for s in schemes if (s, code) in _BY_CODE), None)


def reason_for(code: str, scheme: Scheme | str | None = None) -> ReasonCode:
    """The reason code as typed: a built-in one, or a free one (category "other")."""
    text = code.strip().upper()
    if not _CODE.fullmatch(text):
        raise UserError(
            N_("A reason code is 1 to 16 letters, digits, dots or hyphens, such as 10.4 or "
               "4837 (got \u201c{code}\u201d)."),
            code=code,
        )  # fmt: skip
    known = find_reason(text, scheme)
    if known is not None:
        return known
    return ReasonCode(text, Scheme(scheme) if scheme else Scheme.OTHER, Category.OTHER, "")


@dataclass(frozen=True, slots=True)
class Case:
    """One dispute on one order."""

    order_id: int
    reason_code: str
    scheme: Scheme
    category: Category
    amount: Decimal
    currency: str
    received: date
    due: date
    notes: str = ""
    state: CaseState = CaseState.OPEN
    id: int = 0  # given by the store
    opened_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def closed(self) -> bool:
        return self.state in CLOSED_STATES

    @property
    def reason(self) -> ReasonCode:
        return find_reason(self.reason_code, self.scheme) or ReasonCode(
            self.reason_code, self.scheme, self.category, ""
        )


@dataclass(frozen=True, slots=True)
class CaseEvent:
    """One state change of a case: who (OS user and the profile's operator), when, why."""

    case_id: int
    time: datetime
    os_user: str
    operator: str
    from_state: CaseState | None  # None: the case was opened
    to_state: CaseState
    why: str


def due_date(received: date, dispute_days: int = DEFAULT_DISPUTE_DAYS) -> date:
    """The answer's due day: ``dispute_days`` calendar days after the dispute was received."""
    return received + timedelta(days=dispute_days)


def check_transition(case: Case, to: CaseState | str) -> CaseState:
    """The new state, when the case may move there; otherwise a sentence."""
    try:
        target = CaseState(to)
    except ValueError:
        raise UserError(
            N_("\u201c{state}\u201d is not a dispute state; choose one of: {choices}."),
            state=str(to),
            choices=", ".join(s.value for s in CaseState),
        ) from None
    if target not in TRANSITIONS[case.state]:
        allowed = ", ".join(sorted(s.value for s in TRANSITIONS[case.state])) or "-"
        raise UserError(
            N_("The dispute on order {order} is {state}; it can move only to: {choices}."),
            order=case.order_id,
            state=case.state.value,
            choices=allowed,
        )
    return target


def check_case(case: Case) -> None:
    """A case as the clerk typed it: a positive amount, a due day not before the received day."""
    if case.amount <= 0:
        raise UserError(N_("The disputed amount must be more than zero."))
    if case.due < case.received:
        raise UserError(
            N_("The response due date {due} is before the day the dispute was received, "
               "{received}."),
            due=case.due.isoformat(),
            received=case.received.isoformat(),
        )  # fmt: skip
    if len(case.notes) > MAX_NOTES:
        raise UserError(N_("Notes have at most {most} characters."), most=MAX_NOTES)


def check_why(why: str) -> str:
    """A state change says why, in a line."""
    why = " ".join(why.split())
    if not why:
        raise UserError(N_("Say why the dispute's state changes (--why)."))
    return why


SOON = timedelta(hours=48)  # as the Holds tab: amber when less than this is left


def urgency(case: Case, now: datetime) -> str | None:
    """``"late"`` once the due (Baku) day is over, ``"soon"`` when under 48 hours are left,
    else None; a closed case is never urgent."""
    from kapdesk.domain.clock import day_start  # clock imports allowances, not this module

    if case.closed:
        return None
    left = day_start(case.due + timedelta(days=1)) - now
    if left <= timedelta(0):
        return "late"
    return "soon" if left < SOON else None
