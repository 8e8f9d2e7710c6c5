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


_quote = json.encoder.encode_basestring  # the C spelling json.dumps(ensure_ascii=False) uses
_SCALARS: dict[Any, str] = {None: "null", True: "true", False: "false"}


def _indented(value: Any, indent: str, out: list[str]) -> None:
    """Append ``value`` as ``json.dumps(value, ensure_ascii=False, indent=2,
    default=_default)`` spells it, nested one level under ``indent``: the same text, without
    the pure-Python encoder's generators (json.dumps has no C path with an indent)."""
    kind = type(value)
    if kind is str:
        out.append(_quote(value))
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        start, inner = len(out), indent + "  "
        before = "{\n" + inner
        for key, item in value.items():
            if type(key) is not str:  # kapdesk's data has none: as dumps spells the whole dict
                del out[start:]
                text = json.dumps(value, ensure_ascii=False, indent=2, default=_default)
                out.append(text.replace("\n", "\n" + indent))
                return
            item_kind = type(item)  # the scalars here, not in a call each: most values are
            if item_kind is str:
                out.append(before + _quote(key) + ": " + _quote(item))
            elif item is None:
                out.append(before + _quote(key) + ": null")
            elif item_kind is int:
                out.append(before + _quote(key) + ": " + int.__repr__(item))
            else:
                out.append(before + _quote(key) + ": ")
                _indented(item, inner, out)
            before = ",\n" + inner
        out.append("\n" + indent + "}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = indent + "  "
        out.append("[")
        for at, item in enumerate(value):
            out.append(("\n" if at == 0 else ",\n") + inner)
            _indented(item, inner, out)
        out.append("\n" + indent + "]")
    elif value is None or kind is bool:
        out.append(_SCALARS[value])
    elif kind is float or isinstance(value, int | float | str | list | tuple | dict):
        # A float, or a subclass (an enum...): exactly what json.dumps makes of it.
        text = json.dumps(value, ensure_ascii=False, indent=2, default=_default)
        out.append(text.replace("\n", "\n" + indent))
    else:
        _indented(_default(value), indent, out)  # a Decimal, as its exact string


def write_json(entries: Iterable[Entry], stream: TextIO) -> int:
    """Write a JSON array of entries, one at a time (the same text ``json.dump(...,
    indent=2)`` writes for the whole list); the number written."""
    count = 0
    out: list[str] = []
    for entry in entries:
        out.append("[\n  " if count == 0 else ",\n  ")
        _indented(json_record(entry), "  ", out)
        count += 1
        if len(out) > 20_000:  # a few hundred entries per write
            stream.write("".join(out))
            out.clear()
    out.append("\n]\n" if count else "[]\n")
    stream.write("".join(out))
    return count
