"""`kapdesk batch`: dry run, real run with a result CSV, and a second run that skips done rows."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from kapdesk.domain.orders import OrderType
from kapdesk.sandbox.server import SandboxServer
from tests.cli.test_money_cli import _journal, kapdesk
from tests.operations.money_helpers import paid_order_sync, read_order_sync


def _results(folder: Path) -> list[dict[str, str]]:
    text = (folder / "ops.result.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def test_batch_dry_run_then_run_then_rerun_skips_done_rows(
    make_sandbox: Callable[..., SandboxServer], tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    hold = paid_order_sync(server, OrderType.PREAUTH, "20.00")
    sale = paid_order_sync(server, OrderType.PURCHASE, "10.00")
    sheet = tmp_path / "ops.csv"
    sheet.write_text(
        "order_id,operation,amount,reason\n"
        f'{hold},clear,"12,50",checkout\n'
        f"{sale},refund,3,damaged\n"
        f"{sale},clear,full,wrong type\n"
        f"{sale},refund,full,\n",
        encoding="utf-8",
    )
    dry = kapdesk(server, tmp_path, "batch", str(sheet), "--dry-run")
    assert dry.returncode == 3, dry.stderr
    assert "row 2: would_do: Row 2 would clear hold: 12.50 AZN" in dry.stdout
    assert "row 4: refused: Order" in dry.stdout and "not a preauthorization" in dry.stdout
    assert "row 5: refused: Refund needs a reason" in dry.stdout
    assert read_order_sync(server, hold).status == "Authorized"  # the dry run sent nothing
    assert not (tmp_path / "ops.result.csv").exists()

    real = kapdesk(server, tmp_path, "batch", str(sheet), "--yes")
    assert real.returncode == 3, real.stderr
    rows = _results(tmp_path)
    assert [(r["row"], r["outcome"]) for r in rows] == [
        ("2", "done"), ("3", "done"), ("4", "refused"), ("5", "refused"),
    ]  # fmt: skip
    assert rows[0]["approval_code"] and rows[0]["rrn"] and rows[0]["amount"] == "12.50"
    assert read_order_sync(server, hold).status == "PartiallyPaid"

    again = kapdesk(server, tmp_path, "batch", str(sheet), "--yes")
    rows = _results(tmp_path)
    assert [r["outcome"] for r in rows] == ["skipped", "skipped", "refused", "refused"]
    assert "already done" in again.stdout
    assert [e.state for e in _journal(tmp_path).entries()] == ["done", "done"]
    refunds = [t for t in read_order_sync(server, sale).transactions if t.type == "Refund"]
    assert len(refunds) == 1


def test_batch_file_without_the_columns_is_bad_usage(
    make_sandbox: Callable[..., SandboxServer], tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    sheet = tmp_path / "ops.csv"
    sheet.write_text("order,what\n1,refund\n", encoding="utf-8")
    run = kapdesk(server, tmp_path, "batch", str(sheet), "--yes")
    assert run.returncode == 2 and "lacks the column(s) order_id" in run.stderr
    no_yes = kapdesk(server, tmp_path, "batch", str(tmp_path / "missing.csv"))
    assert no_yes.returncode == 2 and "Cannot read" in no_yes.stderr


def test_blank_amount_cell_is_refused_and_full_is_asked_for_by_name(
    make_sandbox: Callable[..., SandboxServer], tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    blank, spaces, full, arabic = (paid_order_sync(server, OrderType.PURCHASE, "10.00")
                                   for _ in range(4))  # fmt: skip
    sheet = tmp_path / "ops.csv"
    sheet.write_text(
        "order_id,operation,amount,reason\n"
        f"{blank},refund,,damaged\n"
        f'{spaces},refund,"   ",damaged\n'
        f"{full},refund,FULL,damaged\n"
        f"{arabic},refund,\u0665,damaged\n"
        f"\u0665\u0660\u0660\u0663,refund,1,damaged\n",
        encoding="utf-8",
    )
    run = kapdesk(server, tmp_path, "batch", str(sheet), "--yes")
    assert run.returncode == 3, run.stderr
    assert "row 2: refused: Row 2: the amount is empty" in run.stdout
    assert "row 3: refused: Row 3: the amount is empty" in run.stdout
    assert "row 5: refused:" in run.stdout and "is not a number" in run.stdout
    assert "row 6: refused: Row 6:" in run.stdout and "is not an order id" in run.stdout
    assert [r["outcome"] for r in _results(tmp_path)] == [
        "refused", "refused", "done", "refused", "refused"
    ]  # fmt: skip
    for untouched in (blank, spaces, arabic):
        assert read_order_sync(server, untouched).status == "FullyPaid"
    assert read_order_sync(server, full).status == "Refunded"
    [entry] = _journal(tmp_path).entries()  # only the row that asked for the full amount
    assert entry.order_id == full and entry.amount == 10
