"""Exporting journal entries as CSV (for Excel) and JSON, with explicit time zone and currency."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import datetime
from operator import attrgetter
from typing import Any, TextIO

from kapdesk.journal.entry import Entry

# Columns of the CSV export and the flat fields of the JSON export, in this order: the one
# list of them (each is the Entry attribute of that name, as record() shows it).
FIELDS = (
    "id",
    "time",
    "time_zone",
    "os_user",
    "profile",
    "environment",
    "order_id",
    "operation",
    "amount",
    "currency",
    "masked_card",
    "reason",
    "reason_category",
    "operator",
    "state",
    "approval_code",
    "rrn",
    "action_id",
    "error_code",
    "error_description",
    "settled_at",
    "note",
)
# Text people typed or that came from outside; a spreadsheet must not run it as a formula.
_FREE_TEXT = frozenset(
    {"os_user", "profile", "reason", "reason_category", "operator", "error_description", "note"}
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _time(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def record(entry: Entry) -> dict[str, Any]:
    """The entry as JSON-able data, FIELDS in order, then the order before and after: amounts
    as exact strings, times in UTC ISO 8601."""
    shown: dict[str, Any] = {
        "time": _time(entry.time),
        "time_zone": "UTC",
        "amount": None if entry.amount is None else format(entry.amount, "f"),
        "state": entry.state.value,
        "settled_at": _time(entry.settled_at),
    }
    data = {name: shown[name] if name in shown else getattr(entry, name) for name in FIELDS}
    return {**data, "order_before": entry.order_before, "order_after": entry.order_after}


def _cell(name: str, value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    if name in _FREE_TEXT and text.startswith(_FORMULA_START):
        return "'" + text  # OWASP advice against CSV injection
    return text


# The CSV cells of an entry, FIELDS in order, as record() and _cell() make them (a test holds
# them equal): one C call takes the attributes, the few record() shows otherwise follow.
_SHOWN = ("time", "time_zone", "amount", "state", "settled_at")
_ATTRIBUTE_AT = tuple(at for at, name in enumerate(FIELDS) if name not in _SHOWN)
_ATTRIBUTES = attrgetter(*(FIELDS[at] for at in _ATTRIBUTE_AT))
_TIME_AT, _ZONE_AT, _AMOUNT_AT, _STATE_AT, _SETTLED_AT = (FIELDS.index(n) for n in _SHOWN)
_FREE_AT = tuple(FIELDS.index(name) for name in sorted(_FREE_TEXT))
_ROWS_PER_WRITE = 500  # rows gathered before one write to the stream


def _csv_cells(entry: Entry) -> list[str]:
    cells = [""] * len(FIELDS)
    for at, value in zip(_ATTRIBUTE_AT, _ATTRIBUTES(entry), strict=True):
        if value is not None:
            cells[at] = str(value)
    cells[_TIME_AT] = entry.time.isoformat()
    cells[_ZONE_AT] = "UTC"
    cells[_AMOUNT_AT] = "" if entry.amount is None else format(entry.amount, "f")
    cells[_STATE_AT] = entry.state.value
    cells[_SETTLED_AT] = "" if entry.settled_at is None else entry.settled_at.isoformat()
    for at in _FREE_AT:
        if cells[at].startswith(_FORMULA_START):
            cells[at] = "'" + cells[at]  # OWASP advice against CSV injection
    return cells


def write_csv(entries: Iterable[Entry], stream: TextIO, *, bom: bool = True) -> int:
    """Write one row per entry under a header row; the number of entries written."""
    if bom:
        stream.write("\ufeff")  # Excel reads UTF-8 only when the file says so
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(FIELDS)
    count = 0
    for entry in entries:
        writer.writerow(_csv_cells(entry))
        count += 1
        if count % _ROWS_PER_WRITE == 0:
            stream.write(buffer.getvalue())
            buffer.seek(0)
            buffer.truncate()
    stream.write(buffer.getvalue())
    return count


def _default(value: object) -> str:
    # Snapshots come back from the database with Decimal amounts (parse_float=Decimal).
    return str(value)


def write_json(entries: Iterable[Entry], stream: TextIO) -> int:
    """Write a JSON array of entries, one at a time (the same text ``json.dump(...,
    indent=2)`` writes for the whole list); the number written."""
    count = 0
    for entry in entries:
        text = json.dumps(record(entry), ensure_ascii=False, indent=2, default=_default)
        stream.write(("[\n  " if count == 0 else ",\n  ") + text.replace("\n", "\n  "))
        count += 1
    stream.write("\n]\n" if count else "[]\n")
    return count
