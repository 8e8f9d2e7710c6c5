"""Batches of money operations from a CSV file: check them all, or run them row by row.

Columns: ``order_id, operation, amount, reason``. The amount of a clear, refund or reverse
is a number or the word ``full`` (the full amount allowed); a blank amount is refused there,
never read as "full". Release and reverse-clearing take no amount.
A row is known by a stable key: the SHA-256 of its row number and its four cells. The key
and the journal entry made for the row are kept by the journal (``remember_batch_row``),
written before the request leaves; a row whose entry is done is skipped when the same file
runs again (appending rows keeps the keys of the rows above). The file's name is
deliberately not part of the key: a renamed copy must not pay twice.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kapdesk.domain.allowances import Operation, operation_title
from kapdesk.domain.ids import parse_order_id
from kapdesk.domain.money import format_amount
from kapdesk.i18n import N_, UserError, UserMessage
from kapdesk.operations.money import MoneyDesk
from kapdesk.operations.plan import OrderPlan, OrderRequest, Plan

COLUMNS = ("order_id", "operation", "amount", "reason")
CATEGORY = "reason_category"  # optional column: a code of kapdesk.domain.reasons
OPERATIONS: dict[str, Operation] = {
    "clear": Operation.CLEAR,
    "release": Operation.RELEASE,
    "reverse-clearing": Operation.REVERSE_CLEARING,
    "refund": Operation.REFUND,
    "reverse": Operation.REVERSE,
}
# Operations whose amount cell must be filled in: a number, or the word "full".
TAKES_AMOUNT = frozenset({Operation.CLEAR, Operation.REFUND, Operation.REVERSE})
RESULT_COLUMNS = (
    "row", "order_id", "operation", "amount", "currency", "outcome",
    "approval_code", "rrn", "entry_id", "message",
)  # fmt: skip


class BatchFileError(UserError):
    """The batch file cannot be used as it is (missing, unreadable, wrong columns)."""


@dataclass(frozen=True, slots=True)
class BatchRow:
    """One data row, numbered as a spreadsheet shows it (the header is row 1)."""

    number: int
    order_id: str
    operation: str
    amount: str
    reason: str
    reason_category: str = ""

    @property
    def key(self) -> str:
        cells: tuple[str, ...] = (
            str(self.number), self.order_id, self.operation, self.amount, self.reason,
        )  # fmt: skip
        if self.reason_category:  # files without the column keep their rows' old keys
            cells = (*cells, self.reason_category)
        return hashlib.sha256("\x1f".join(cells).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class RowResult:
    """What happened (or would happen) to one row."""

    row: BatchRow
    outcome: str  # done, refused, not_done, unknown, skipped, would_do
    message: UserMessage
    amount: str = ""
    currency: str = ""
    approval_code: str | None = None
    rrn: str | None = None
    entry_id: int | None = None

    def cells(self) -> list[str]:
        return [
            str(self.row.number), self.row.order_id, self.row.operation, self.amount,
            self.currency, self.outcome, self.approval_code or "", self.rrn or "",
            "" if self.entry_id is None else str(self.entry_id), str(self.message),
        ]  # fmt: skip


def _header(name: str) -> str:
    return name.strip().lower().replace(" ", "_")


def read_rows(path: Path) -> list[BatchRow]:
    """The file's rows; BatchFileError when it cannot be read or lacks a column."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        raise BatchFileError(
            N_("Cannot read {file} as a UTF-8 CSV file."), file=str(path)
        ) from None
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.DictReader(text.splitlines(), delimiter=delimiter)
    fields = {_header(f): f for f in reader.fieldnames or []}
    missing = [c for c in COLUMNS if c not in fields]
    if missing:
        raise BatchFileError(
            N_("{file} lacks the column(s) {missing}; it needs {columns}."),
            file=str(path),
            missing=", ".join(missing),
            columns=", ".join(COLUMNS),
        )
    rows = []
    for number, record in enumerate(reader, start=2):
        cells = [(record.get(fields[c]) or "").strip() for c in COLUMNS]
        category = (record.get(fields[CATEGORY]) or "").strip() if CATEGORY in fields else ""
        if any(cells):
            order_id, operation, amount, reason = cells
            rows.append(BatchRow(number, order_id, operation, amount, reason, category))
    return rows


def result_path(path: Path) -> Path:
    """``orders.csv`` → ``orders.result.csv`` next to it."""
    return path.with_name(f"{path.stem}.result.csv")


def parse_row(row: BatchRow) -> tuple[int, Operation]:
    """The row's order id and operation, or UserError saying which cell is wrong."""
    try:
        order_id = parse_order_id(row.order_id)  # ASCII digits only: int() takes "٥٠٠٣" too
    except UserError:
        raise UserError(
            N_("Row {row}: {value} is not an order id."), row=row.number, value=row.order_id
        ) from None
    operation = OPERATIONS.get(row.operation.lower().replace("_", "-"))
    if operation is None:
        raise UserError(
            N_("Row {row}: unknown operation {value}; use one of {known}."),
            row=row.number,
            value=row.operation,
            known=", ".join(OPERATIONS),
        )
    return order_id, operation


def request_of(row: BatchRow) -> OrderRequest:
    """The row as a money request, or UserError saying which cell is wrong."""
    order_id, operation = parse_row(row)
    return OrderRequest(
        order_id=order_id,
        operation=operation,
        amount=row_amount(row, operation),
        reason=row.reason,
        reason_category=row.reason_category or None,
    )


def row_amount(row: BatchRow, operation: Operation) -> str | None:
    """The amount cell as typed (OrderRequest parses it): None where no amount is taken."""
    if operation not in TAKES_AMOUNT and not row.amount:
        return None
    if not row.amount:
        raise UserError(
            N_("Row {row}: the amount is empty; write an amount, or full for the full amount."),
            row=row.number,
        )
    return row.amount


ResultSink = Callable[[RowResult], None]


class Batch:
    """Runs (or checks) the rows of one file through a MoneyDesk, row by row."""

    def __init__(self, desk: MoneyDesk, path: Path) -> None:
        self.desk = desk
        self.path = path

    def _remember(self, row: BatchRow, entry_id: int) -> None:
        self.desk.journal.remember_batch_row(row.key, entry_id, row.number, str(self.path))

    async def _already_done(self, row: BatchRow) -> RowResult | None:
        """The row's earlier done entry; open earlier entries are reconciled first."""
        for entry_id in self.desk.journal.batch_row_entries(row.key):
            entry = self.desk.journal.get(entry_id)
            if entry.open:
                [outcome] = await self.desk.reconcile(entry_id)
                if outcome.state in ("unknown", "awaiting_approval"):  # still holds the order
                    return RowResult(row, outcome.state, outcome.message, entry_id=entry_id)
                entry = self.desk.journal.get(entry_id)
            if entry.state == "done":
                message = UserMessage(
                    N_("Row {row} was already done (journal entry {entry}); skipped."),
                    row=row.number,
                    entry=entry_id,
                )
                return RowResult(row, "skipped", message,
                                 amount=str(entry.amount or ""), currency=entry.currency,
                                 approval_code=entry.approval_code, rrn=entry.rrn,
                                 entry_id=entry_id)  # fmt: skip
        return None

    async def check_row(self, row: BatchRow) -> RowResult:
        """What running the row would do now, against the live order (sends nothing)."""
        earlier = await self._already_done(row)
        if earlier is not None:
            return earlier
        seen: list[Plan] = []

        async def only_look(plan: Plan) -> bool:
            seen.append(plan)
            return False  # a dry run: the plan is shown, nothing is journalled or sent

        try:
            order_id, operation = parse_row(row)
            await self.desk.carry_out(request_of(row), only_look)
        except UserError as err:
            return RowResult(row, "refused", err.message)
        [plan] = seen
        assert isinstance(plan, OrderPlan)  # a batch row acts on an existing order
        message = UserMessage(
            N_("Row {row} would {operation}: {amount} on order {order} ({status})."),
            row=row.number,
            operation=operation_title(operation).lower(),
            amount=format_amount(plan.amount, plan.currency),
            order=order_id,
            status=str(plan.order.status),
        )
        return RowResult(row, "would_do", message, str(plan.amount), plan.currency)

    async def run_row(self, row: BatchRow) -> RowResult:
        """Run one row through the journal (skipped when an earlier run did it)."""
        earlier = await self._already_done(row)
        if earlier is not None:
            return earlier
        seen: list[Plan] = []

        async def confirmed_already(plan: Plan) -> bool:
            seen.append(plan)
            return True  # the batch as a whole was confirmed before it started

        try:
            outcome = await self.desk.carry_out(
                request_of(row),
                confirmed_already,
                on_intent=lambda entry_id: self._remember(row, entry_id),
            )
        except UserError as err:
            return RowResult(row, "refused", err.message)
        assert outcome is not None  # confirmed_already() says yes
        [plan] = seen
        return RowResult(row, outcome.state, outcome.message, str(plan.amount), plan.currency,
                         outcome.approval_code, outcome.rrn, outcome.entry_id)  # fmt: skip

    async def dry_run(self, on_result: ResultSink) -> list[RowResult]:
        results = []
        for row in read_rows(self.path):
            results.append(await self.check_row(row))
            on_result(results[-1])
        return results

    async def run(self, on_result: ResultSink) -> list[RowResult]:
        """Every row in turn; the result CSV is written as it goes (flushed per row)."""
        rows = read_rows(self.path)
        results = []
        with result_path(self.path).open("w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(RESULT_COLUMNS)
            for row in rows:
                results.append(await self.run_row(row))
                writer.writerow(results[-1].cells())
                stream.flush()
                on_result(results[-1])
        return results
