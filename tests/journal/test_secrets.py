"""The journal never stores a full card number, an order password or a terminal password."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from kapdesk.domain.orders import Card, Order, OrderStatus, OrderType, Transaction
from kapdesk.domain.secret import Secret
from kapdesk.journal.journal import Journal
from kapdesk.journal.scrub import scrub_snapshot, scrub_text
from kapdesk.journal.serialize import order_snapshot, to_jsonable

PAN = "4169741330151778"
PASSWORD = "order-pass-3f9a"


def _file_text(path: Path) -> str:
    """Everything on disk for the database (main file and write-ahead log), as text."""
    data = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    return data.decode("latin-1")


def test_snapshot_secrets_never_reach_the_file(
    journal: Journal, db_path: Path, make_intent: Callable[..., int]
) -> None:
    before = {
        "id": 1001,
        "password": PASSWORD,
        "secret": "s3cr3t-value",
        "panBlock": "ABCDEF0123",
        "cardholder_note": f"paid with {PAN}",
        "nested": [{"Password": PASSWORD, "pan": int(PAN)}],
    }
    entry_id = make_intent(order_before=before, reason="refund to 4169 7413 3015 1778")
    journal.record_outcome(
        entry_id,
        "refused",
        error_description=f"card {PAN} blocked",
        order_after={"id": 1001, "secret": PASSWORD},
    )
    entry = journal.get(entry_id)
    assert entry.order_before == {
        "id": 1001,
        "cardholder_note": "paid with 416974******1778",
        "nested": [{}],  # a "pan" key is a secret key: dropped whole
    }
    assert entry.order_after == {"id": 1001}
    assert entry.reason == "refund to 416974******1778"
    assert entry.error_description == "card 416974******1778 blocked"
    text = _file_text(db_path)
    for secret in (PAN, PASSWORD, "s3cr3t-value", "ABCDEF0123", "4169 7413 3015 1778"):
        assert secret not in text


@pytest.mark.parametrize("card", [PAN, "4169741330", "1234567"])
def test_an_unmasked_card_is_refused(
    journal: Journal, make_intent: Callable[..., int], card: str
) -> None:
    with pytest.raises(ValueError, match="must be masked") as refused:
        make_intent(masked_card=card)
    assert card not in str(refused.value)
    assert journal.entries() == []


def test_numbers_that_are_not_cards_stay() -> None:
    # RRNs (12 digits), order ids, and 16 digits failing Luhn are not card numbers.
    text = "rrn 412345678901 order 123456 ref 4169741330151779"
    assert scrub_text(text) == text
    assert scrub_snapshot({"rrn": 412345678901, "amount": "12.50"}) == {
        "rrn": 412345678901,
        "amount": "12.50",
    }


def test_a_secret_object_is_hidden_and_a_float_refused() -> None:
    assert to_jsonable({"password": Secret(PASSWORD)}) == {"password": "********"}
    with pytest.raises(TypeError, match="float"):
        to_jsonable({"amount": 12.5})


def test_order_snapshot_is_exact_and_safe() -> None:
    order = Order(
        id=77,
        type=OrderType.PREAUTH,
        status=OrderStatus.PARTIALLY_PAID,
        amount=Decimal("100.10"),
        currency="AZN",
        card=Card(masked_pan="416974******1778"),
        transactions=(
            Transaction(
                phase="Auth",
                type="Purchase",
                amount=Decimal("100.10"),
                currency="AZN",
                clear_amount=Decimal("0"),
                approval_code="123456",
                rrn="412345678901",
                time=datetime(2025, 3, 1, 9, 0, tzinfo=UTC),
            ),
            Transaction(
                phase="Clearing",
                type="Purchase",
                amount=Decimal("0.30"),
                currency="AZN",
                clear_amount=Decimal("0.30"),
            ),
        ),
        raw={"password": PASSWORD},
        detailed=True,
    )
    snap = order_snapshot(order)
    assert snap["id"] == 77
    assert (snap["type"], snap["status"]) == ("Order_DMS", "PartiallyPaid")
    assert (snap["amount"], snap["currency"]) == ("100.10", "AZN")
    assert snap["masked_pan"] == "416974******1778"
    assert [t["amount"] for t in snap["transactions"]] == ["100.10", "0.30"]
    assert snap["transactions"][0]["time"] == "2025-03-01T09:00:00+00:00"
    assert snap["transactions"][0]["rrn"] == "412345678901"
    assert PASSWORD not in repr(snap)


def test_order_snapshot_round_trips_through_the_journal(
    journal: Journal, make_intent: Callable[..., int]
) -> None:
    order = Order(
        id=5,
        type=OrderType.PURCHASE,
        status=OrderStatus.FULLY_PAID,
        amount=Decimal("1234.567"),
        currency="KWD",
    )
    entry_id = make_intent(5, order_before=order_snapshot(order), currency="KWD")
    assert journal.get(entry_id).order_before == order_snapshot(order)


def test_raw_sqlite_sees_amounts_as_text(
    journal: Journal, db_path: Path, make_intent: Callable[..., int]
) -> None:
    make_intent(amount=Decimal("0.10"))
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT amount FROM journal_events").fetchone() == ("0.10",)
