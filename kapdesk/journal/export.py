"""Exporting journal entries as CSV (for Excel) and JSON, with explicit time zone and currency."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from datetime import datetime
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


def json_record(entry: Entry) -> dict[str, Any]:
    """``record`` plus who and where (the JSON export's keys on both journals): on the team
    journal the database login and workstation the server recorded; on a single desk the OS
    user and this computer's host name as the intent's owner recorded them."""
    data = record(entry)
    shown = {
        "person": entry.person if entry.person is not None else entry.os_user,
        "workstation": entry.workstation if entry.workstation is not None else entry.owner_host,
        "decided_by": entry.decided_by,
    }
    out: dict[str, Any] = {}
    for name, value in data.items():
        out[name] = value
        if name == "os_user":
            out.update(shown)
    return out


def _cell(name: str, value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    if name in _FREE_TEXT and text.startswith(_FORMULA_START):
        return "'" + text  # OWASP advice against CSV injection
    return text


def write_csv(entries: Iterable[Entry], stream: TextIO, *, bom: bool = True) -> int:
    """Write one row per entry under a header row; the number of entries written."""
    if bom:
        stream.write("\ufeff")  # Excel reads UTF-8 only when the file says so
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(FIELDS)
    count = 0
    for entry in entries:
        data = record(entry)
        writer.writerow([_cell(name, data[name]) for name in FIELDS])
        count += 1
    return count


def _default(value: object) -> str:
    # Snapshots come back from the database with Decimal amounts (parse_float=Decimal).
    return str(value)


def write_json(entries: Iterable[Entry], stream: TextIO) -> int:
    """Write a JSON array of entries, one at a time (the same text ``json.dump(...,
    indent=2)`` writes for the whole list); the number written."""
    count = 0
    for entry in entries:
        text = json.dumps(json_record(entry), ensure_ascii=False, indent=2, default=_default)
        stream.write(("[\n  " if count == 0 else ",\n  ") + text.replace("\n", "\n  "))
        count += 1
    stream.write("\n]\n" if count else "[]\n")
    return count
