"""How ``kapdesk lookup`` prints orders: a table for people, JSON and CSV for scripts."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from decimal import Decimal
from typing import IO, Any

from kapdesk.domain.allowances import refunded_so_far
from kapdesk.domain.money import UnknownCurrency, to_wire
from kapdesk.domain.orders import Order, Transaction
from kapdesk.i18n import N_, UserMessage
from kapdesk.operations.lookup import LookupResult

CSV_COLUMNS = (
    "id", "type", "status", "amount", "currency", "created", "card", "refunded",
    "approval_code", "rrn", "error",
)  # fmt: skip
TABLE_COLUMNS = (
    N_("ID"), N_("TYPE"), N_("STATUS"), N_("AMOUNT"), N_("CUR"), N_("CREATED"), N_("CARD"),
    N_("RRN"), N_("APPROVAL"),
)  # fmt: skip


def amount_text(amount: Decimal, currency: str) -> str:
    """The amount as the gateway writes it ("12.50"); as read when it does not fit the currency."""
    try:
        return to_wire(amount, currency)
    except (UnknownCurrency, ValueError):
        return format(amount, "f")


def refunded(order: Order) -> Decimal:
    """Refunded so far (``refunded_so_far``); 0 where the gateway's short answer said nothing."""
    found = refunded_so_far(order)
    return Decimal(0) if found is None else found


def transaction_json(tran: Transaction) -> dict[str, Any]:
    return {
        "type": tran.type,
        "phase": tran.phase,
        "amount": amount_text(tran.amount, tran.currency),
        "approval_code": tran.approval_code,
        "rrn": tran.rrn,
        "action_id": tran.action_id,
        "time": tran.time.isoformat() if tran.time else None,
        "reversal": tran.is_reversal,
    }


def extras_json(order: Order) -> dict[str, Any]:
    """Keys only some orders have: why the bank declined, when the card was authenticated (UTC,
    as the bank writes it; ``created`` and transaction times are Baku time)."""
    extras: dict[str, Any] = {}
    if order.decline_description:
        extras["decline"] = order.decline_description
    if order.authentication.timestamp is not None:
        extras["authenticated"] = order.authentication.timestamp.isoformat()
    return extras


def result_json(result: LookupResult) -> dict[str, Any]:
    order = result.order
    if order is None:
        return {"id": result.order_id, "error": str(result.error)}
    return {
        "id": order.id,
        "type": str(order.type),
        "status": str(order.status),
        "amount": amount_text(order.amount, order.currency),
        "currency": order.currency,
        "created": order.created.isoformat() if order.created else None,
        "card": order.masked_pan,
        "refunded": amount_text(refunded(order), order.currency),
        "transactions": [transaction_json(t) for t in order.transactions],
        **extras_json(order),
    }


def write_json(results: Sequence[LookupResult], out: IO[str]) -> None:
    json.dump([result_json(r) for r in results], out, indent=2, ensure_ascii=False)
    out.write("\n")


def _row(result: LookupResult) -> dict[str, str]:
    data = result_json(result)
    first = result.order.first_approved() if result.order else None
    row = {k: "" if data.get(k) is None else str(data[k]) for k in CSV_COLUMNS}
    row["approval_code"] = (first.approval_code or "") if first else ""
    row["rrn"] = (first.rrn or "") if first else ""
    return row


def write_csv(results: Sequence[LookupResult], out: IO[str]) -> None:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(_row(r) for r in results)


def write_table(results: Sequence[LookupResult], out: IO[str]) -> None:
    keys = ("id", "type", "status", "amount", "currency", "created", "card", "rrn", "approval_code")
    rows = [[str(h) for h in TABLE_COLUMNS]]
    errors: dict[int, str] = {}
    notes: dict[int, list[str]] = {}
    for result in results:
        cells = _row(result)
        if result.order is None:
            errors[len(rows)] = f"{cells['id']}  {cells['error']}"
        else:
            notes[len(rows)] = _notes(result.order)
        rows.append([cells[k] for k in keys])
    widths = [max(len(r[i]) for r in rows) for i in range(len(keys))]
    for index, row in enumerate(rows):
        if index in errors:
            out.write(errors[index] + "\n")
        else:
            out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
            out.write("\n")
        for note in notes.get(index, ()):
            out.write(f"    {note}\n")


def _notes(order: Order) -> list[str]:
    """Lines under an order's row: the bank's decline reason, the 3-D Secure time (UTC)."""
    extras = extras_json(order)
    lines = []
    if "decline" in extras:
        lines.append(str(UserMessage(N_("declined: {reason}"), reason=extras["decline"])))
    if "authenticated" in extras:
        lines.append(
            str(UserMessage(N_("card authenticated at {time}"), time=extras["authenticated"]))
        )
    return lines


WRITERS = {"table": write_table, "json": write_json, "csv": write_csv}
