"""Exports: CSV for Excel (BOM, time zone column) and a JSON array, both read back exactly."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from decimal import Decimal

import pytest

from kapdesk.journal import export
from kapdesk.journal.journal import Journal

JSON_FIELDS = {
    "id",
    "time",
    "order_id",
    "operation",
    "amount",
    "currency",
    "state",
    "approval_code",
    "rrn",
    "error_code",
    "reason",
}


def _fill(journal: Journal, make_intent: Callable[..., int]) -> tuple[int, int]:
    done = make_intent(1001, amount=Decimal("0.10"), reason="Geri qaytarma — müştəri")
    journal.mark_sent(done)
    journal.record_outcome(done, "done", approval_code="123456", rrn="412345678901")
    refused = make_intent(
        1002, amount=Decimal("1234.567"), currency="KWD", reason='=HYPERLINK("x")'
    )
    journal.record_outcome(
        refused, "refused", error_code="InvalidAmt", error_description="Amount too large"
    )
    return done, refused


def test_json_export_reads_back(journal: Journal, make_intent: Callable[..., int]) -> None:
    done, refused = _fill(journal, make_intent)
    stream = io.StringIO()
    assert journal.export_json(stream) == 2
    data = json.loads(stream.getvalue())
    assert isinstance(data, list) and len(data) == 2
    first, second = data
    assert set(first) >= JSON_FIELDS
    assert first["id"] == done and first["order_id"] == 1001
    assert first["amount"] == "0.10" and isinstance(first["amount"], str)
    assert (first["state"], first["approval_code"], first["rrn"]) == (
        "done",
        "123456",
        "412345678901",
    )
    assert first["reason"] == "Geri qaytarma — müştəri"
    assert first["time"].endswith("+00:00") and first["time_zone"] == "UTC"
    assert first["order_before"] == {"id": 1001, "status": "FullyPaid", "amount": "12.50"}
    assert second["id"] == refused
    assert (second["amount"], second["currency"]) == ("1234.567", "KWD")
    assert (second["state"], second["error_code"]) == ("refused", "InvalidAmt")
    assert second["approval_code"] is None
    assert second["reason"] == '=HYPERLINK("x")'  # JSON keeps text as it was


def test_csv_export_reads_back(journal: Journal, make_intent: Callable[..., int]) -> None:
    done, refused = _fill(journal, make_intent)
    stream = io.StringIO()
    assert journal.export_csv(stream) == 2
    text = stream.getvalue()
    assert text.startswith("\ufeff")  # Excel needs the mark to read UTF-8
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert len(rows) == 2
    assert {"id", "time", "time_zone", "order_id", "amount", "currency", "state"} <= set(rows[0])
    assert [row["id"] for row in rows] == [str(done), str(refused)]
    assert (rows[0]["amount"], rows[0]["currency"], rows[0]["time_zone"]) == ("0.10", "AZN", "UTC")
    assert Decimal(rows[1]["amount"]) == Decimal("1234.567")
    assert rows[0]["reason"] == "Geri qaytarma — müştəri"
    assert rows[1]["error_code"] == "InvalidAmt"
    assert rows[1]["approval_code"] == ""
    # A reason that looks like a formula is defused for spreadsheets.
    assert rows[1]["reason"] == '\'=HYPERLINK("x")'


def test_export_filters(journal: Journal, make_intent: Callable[..., int]) -> None:
    _fill(journal, make_intent)
    stream = io.StringIO()
    assert journal.export_json(stream, state="refused") == 1
    assert [row["order_id"] for row in json.loads(stream.getvalue())] == [1002]


def test_an_empty_export_is_valid(journal: Journal) -> None:
    stream = io.StringIO()
    journal.export_json(stream)
    assert json.loads(stream.getvalue()) == []
    stream = io.StringIO()
    journal.export_csv(stream, bom=False)
    header, *rest = csv.reader(io.StringIO(stream.getvalue()))
    assert header[:2] == ["id", "time"]
    assert rest == []


def test_json_fields_are_the_csv_columns_then_the_snapshots(
    journal: Journal, make_intent: Callable[..., int]
) -> None:
    from kapdesk.journal.export import FIELDS, record

    _fill(journal, make_intent)
    for entry in journal.entries():
        assert list(record(entry)) == [*FIELDS, "order_before", "order_after"]


def test_exports_are_written_an_entry_at_a_time(
    journal: Journal, make_intent: Callable[..., int]
) -> None:
    for order_id in (1, 2, 3):
        make_intent(order_id)
    # The JSON is the very text one json.dump of the whole list would write.
    streamed = io.StringIO()
    assert journal.export_json(streamed) == 3
    whole = [export.json_record(e) for e in journal.entries()]
    assert (
        streamed.getvalue() == json.dumps(whole, ensure_ascii=False, indent=2, default=str) + "\n"
    )
    # Entries reach the writer one by one from the database, never as a list built first.
    seen: list[object] = []

    def writer(entries: object, stream: object, **_: object) -> int:
        seen.append(entries)
        return sum(1 for _ in entries)  # type: ignore[attr-defined]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(export, "write_csv", writer)
        assert journal.export_csv(io.StringIO()) == 3
    assert not isinstance(seen[0], list)


def test_a_csv_row_is_what_record_shows(journal: Journal, make_intent: Callable[..., int]) -> None:
    """The CSV writer takes the cells straight from the entry: the same cells record() and
    the formula guard make, for every field (None, formula starts, times, amounts)."""
    _fill(journal, make_intent)
    odd = make_intent(None, amount=None, reason="-1 +1", operator="@me", os_user="=cmd",
                      reason_category="\tx", masked_card=None)  # fmt: skip
    journal.settle(odd, "not_done", note="+7 994", approval_code="=1")
    entries = journal.entries()
    assert len(entries) == 3
    for entry in entries:
        data = export.record(entry)
        assert export._csv_cells(entry) == [
            export._cell(name, data[name]) for name in export.FIELDS
        ]


def test_an_export_leaves_out_what_it_does_not_show(
    journal: Journal, make_intent: Callable[..., int]
) -> None:
    entry = make_intent(1001)
    (full,) = journal.entries()
    (light,) = journal.iter_entries(snapshots=False, owners=False)
    assert full.order_before and full.owner_pid and light.order_before is None
    assert light.owner_pid == 0 and light.owner_token == ""
    assert export.record(light) == {**export.record(full), "order_before": None}
    csv_text, json_text = io.StringIO(), io.StringIO()
    journal.export_csv(csv_text)
    journal.export_json(json_text)
    assert str(entry) in csv_text.getvalue()
    assert json.loads(json_text.getvalue())[0]["order_before"] == full.order_before


@pytest.mark.parametrize(
    "value",
    [
        {},
        [],
        {"a": {}, "b": [], "c": [{}], "d": [[1, [2, {"e": None}]]]},
        {"amount": Decimal("12.50"), "n": 1, "neg": -7, "yes": True, "no": False, "none": None},
        {"text": 'quote " \\ \n \t \x00 \x7f Azərbaycan 💳 \u2028', "": "empty key"},
        {1: "int key", None: "none key", 2.5: "float key"},
        {"float": 1.5, "big": 10**30, "nested": {"deep": [Decimal("1E+2"), "x"]}},
        ("tuple", 1),
        "just text",
        Decimal("0.10"),
    ],
)
def test_json_is_spelled_as_json_dumps_spells_it(value: object) -> None:
    out: list[str] = []
    export._indented(value, "", out)
    assert "".join(out) == json.dumps(value, ensure_ascii=False, indent=2, default=str)
    out = []
    export._indented({"record": value}, "  ", out)
    expected = json.dumps({"record": value}, ensure_ascii=False, indent=2, default=str)
    assert "".join(out) == expected.replace("\n", "\n  ")
