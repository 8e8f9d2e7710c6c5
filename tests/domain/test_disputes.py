"""Dispute cases: the states a case may move through, the reason codes, the due date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kapdesk.domain.disputes import (
    CLOSED_STATES,
    REASON_CODES,
    TRANSITIONS,
    Case,
    CaseState,
    Category,
    Scheme,
    check_case,
    check_transition,
    check_why,
    due_date,
    find_reason,
    reason_for,
)
from kapdesk.i18n import UserError


def case(state: CaseState = CaseState.OPEN, **changes: object) -> Case:
    fields: dict[str, object] = {
        "order_id": 7, "reason_code": "10.4", "scheme": Scheme.VISA, "category": Category.FRAUD,
        "amount": Decimal("5.00"), "currency": "AZN", "received": date(2024, 6, 1),
        "due": date(2024, 6, 11), "state": state,
    }  # fmt: skip
    fields.update(changes)
    return Case(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("start", "to"),
    [
        (CaseState.OPEN, CaseState.EVIDENCE_SENT),
        (CaseState.OPEN, CaseState.ACCEPTED),
        (CaseState.OPEN, CaseState.WITHDRAWN),
        (CaseState.EVIDENCE_SENT, CaseState.WON),
        (CaseState.EVIDENCE_SENT, CaseState.LOST),
        (CaseState.EVIDENCE_SENT, CaseState.ACCEPTED),
        (CaseState.EVIDENCE_SENT, CaseState.WITHDRAWN),
    ],
)
def test_a_case_moves_along_the_allowed_road(start: CaseState, to: CaseState) -> None:
    assert check_transition(case(start), to.value) is to


@pytest.mark.parametrize(
    ("start", "to"),
    [
        (CaseState.OPEN, CaseState.WON),  # no decision before the evidence went
        (CaseState.OPEN, CaseState.LOST),
        (CaseState.OPEN, CaseState.OPEN),
        (CaseState.WON, CaseState.LOST),
        (CaseState.LOST, CaseState.EVIDENCE_SENT),
        (CaseState.ACCEPTED, CaseState.OPEN),
        (CaseState.WITHDRAWN, CaseState.WON),
    ],
)
def test_a_case_refuses_any_other_move_in_a_sentence(start: CaseState, to: CaseState) -> None:
    with pytest.raises(UserError, match="can move only to"):
        check_transition(case(start), to)


def test_an_unknown_state_is_named() -> None:
    with pytest.raises(UserError, match="not a dispute state"):
        check_transition(case(), "lostish")


def test_the_final_states_are_won_lost_accepted_and_withdrawn() -> None:
    assert {s.value for s in CLOSED_STATES} == {"won", "lost", "accepted", "withdrawn"}
    assert all(TRANSITIONS[s] for s in CaseState if s not in CLOSED_STATES)


@pytest.mark.parametrize(
    ("code", "scheme", "category"),
    [
        ("10.4", Scheme.VISA, Category.FRAUD),
        ("13.1", Scheme.VISA, Category.NOT_RECEIVED),
        ("13.3", Scheme.VISA, Category.NOT_AS_DESCRIBED),
        ("12.6.1", Scheme.VISA, Category.DUPLICATE),
        ("13.6", Scheme.VISA, Category.CREDIT_NOT_PROCESSED),
        ("13.2", Scheme.VISA, Category.CANCELLED_RECURRING),
        ("4837", Scheme.MASTERCARD, Category.FRAUD),
        ("4855", Scheme.MASTERCARD, Category.NOT_RECEIVED),
        ("4853", Scheme.MASTERCARD, Category.NOT_AS_DESCRIBED),
        ("4834", Scheme.MASTERCARD, Category.DUPLICATE),
        ("4860", Scheme.MASTERCARD, Category.CREDIT_NOT_PROCESSED),
        ("4841", Scheme.MASTERCARD, Category.CANCELLED_RECURRING),
    ],
)
def test_the_common_codes_are_built_in(code: str, scheme: Scheme, category: Category) -> None:
    found = find_reason(f" {code} ")
    assert found is not None and (found.scheme, found.category) == (scheme, category)
    assert found.meaning


def test_every_built_in_code_is_once_in_the_table_with_a_meaning() -> None:
    keys = [(r.scheme, r.code) for r in REASON_CODES]
    assert len(keys) == len(set(keys)) and all(r.meaning for r in REASON_CODES)


def test_a_code_not_in_the_table_may_be_typed_freely() -> None:
    free = reason_for("rc-77", "mastercard")
    assert (free.code, free.scheme, free.category) == ("RC-77", Scheme.MASTERCARD, Category.OTHER)
    assert reason_for("99").scheme is Scheme.OTHER


@pytest.mark.parametrize("typed", ["", "  ", "10 4", "x" * 17, "4837;drop"])
def test_a_mistyped_code_is_refused(typed: str) -> None:
    with pytest.raises(UserError, match="reason code is 1 to 16"):
        reason_for(typed)


def test_the_due_date_is_received_plus_the_days() -> None:
    assert due_date(date(2024, 6, 25)) == date(2024, 7, 5)  # default 10 days
    assert due_date(date(2024, 2, 25), 5) == date(2024, 3, 1)


def test_a_case_needs_an_amount_and_a_due_date_after_it_arrived() -> None:
    check_case(case())
    with pytest.raises(UserError, match="more than zero"):
        check_case(case(amount=Decimal(0)))
    with pytest.raises(UserError, match="before the day"):
        check_case(case(due=date(2024, 5, 31)))


def test_a_state_change_says_why() -> None:
    assert check_why("  sent\n to the bank ") == "sent to the bank"
    with pytest.raises(UserError, match="Say why"):
        check_why(" \n ")
