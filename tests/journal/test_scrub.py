"""Snapshots are masked by field: references stay exact, card fields and free text are masked."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kapdesk.domain.cards import luhn_valid
from kapdesk.journal.journal import Journal
from kapdesk.journal.scrub import scrub_snapshot

PAN = "4169741330151778"
# Kapital's action id shape; its 17 digits pass Luhn, as about one in ten real ones does.
LUHN_ACTION_ID = "240612-11385785-000tn5="
LUHN_RRN = "4169741330151778"  # a reference that happens to look like a card number


def test_the_example_action_id_passes_luhn() -> None:
    assert luhn_valid(LUHN_ACTION_ID[:-4].replace("-", ""))


def test_structured_fields_are_never_masked_even_when_they_pass_luhn() -> None:
    snapshot = {
        "id": 4169741330151778,
        "amount": "12.50",
        "transactions": [
            {
                "action_id": LUHN_ACTION_ID,
                "actionId": LUHN_ACTION_ID,
                "rrn": LUHN_RRN,
                "approval_code": "416974133015",
                "pmo_result_code": "1",
                "time": "2026-06-12T10:00:00+04:00",
                "amount": "0.10",
            }
        ],
    }
    assert scrub_snapshot(snapshot) == snapshot


def test_card_fields_and_free_text_are_masked() -> None:
    snapshot = {
        "masked_pan": PAN,
        "displayName": "4169 7413 3015 1779",  # a card field: masked even failing Luhn
        "panBlock": "ABCDEF",  # secret: dropped
        "description": f"paid with {PAN}",
        "note": f"card {PAN}",
        "cardholder_note": f"card {PAN}",  # a field kapdesk does not know is free text
        "transactions": [{"description": f"Refund to {PAN}", "action_id": LUHN_ACTION_ID}],
    }
    assert scrub_snapshot(snapshot) == {
        "masked_pan": "416974******1778",
        "displayName": "416974******1779",
        "description": "paid with 416974******1778",
        "note": "card 416974******1778",
        "cardholder_note": "card 416974******1778",
        "transactions": [
            {"description": "Refund to 416974******1778", "action_id": LUHN_ACTION_ID}
        ],
    }


def test_a_journalled_snapshot_keeps_a_luhn_passing_action_id(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "k.db")
    before = {"id": 7, "transactions": [{"action_id": LUHN_ACTION_ID, "rrn": LUHN_RRN}]}
    entry_id = journal.record_intent(
        profile="p", environment="sandbox", order_id=7, operation="refund",
        amount=Decimal("0.10"), currency="AZN", reason="r", order_before=before,
    )  # fmt: skip
    journal.mark_sent(entry_id, {**before, "status": "FullyPaid"})
    entry = journal.get(entry_id)
    assert entry.order_before == {**before, "status": "FullyPaid"}  # the snapshot sent with
