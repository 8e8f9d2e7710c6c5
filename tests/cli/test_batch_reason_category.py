"""`kapdesk batch` with the optional reason_category column: journalled; unknown codes refused."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kapdesk.sandbox.server import SandboxServer
from tests.cli.test_money_cli import _journal, kapdesk
from tests.operations.money_helpers import paid_order_sync


def test_batch_rows_carry_their_reason_category(
    make_sandbox: Callable[..., SandboxServer], tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    sale = paid_order_sync(server)
    other = paid_order_sync(server)
    sheet = tmp_path / "ops.csv"
    sheet.write_text(
        "order_id,operation,amount,reason,reason_category\n"
        f"{sale},refund,3,cup broken,damaged\n"
        f"{other},refund,2,no idea,whim\n",
        encoding="utf-8",
    )
    run = kapdesk(server, tmp_path, "batch", str(sheet), "--yes")
    assert run.returncode == 3, (run.stdout, run.stderr)
    assert "row 3: refused: Unknown reason category whim" in run.stdout
    (entry,) = _journal(tmp_path).entries()
    assert (entry.order_id, entry.reason, entry.reason_category) == (sale, "cup broken", "damaged")
