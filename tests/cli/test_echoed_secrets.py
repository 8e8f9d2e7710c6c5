"""Secrets a gateway echoes back reach no screen and no file: CLI output and the journal."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from kapdesk.sandbox.server import DEFAULT_PASSWORD, DEFAULT_USER, SandboxServer
from tests.gateway.echoing_gateway import EchoingGateway, leaked
from tests.operations.money_helpers import paid_order_sync

MakeSandbox = Callable[..., SandboxServer]
PAN = "4169741330151778"


def kapdesk(
    base_url: str, home: Path, *args: str, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KAPDESK_HOME": str(home), "KAPDESK_PASSWORD": DEFAULT_PASSWORD}
    argv = [sys.executable, "-m", "kapdesk", *args, "--base-url", base_url, "--user", DEFAULT_USER]
    return subprocess.run(argv, input=stdin, capture_output=True, text=True, env=env, timeout=60,
                          check=False)  # fmt: skip


def journal_bytes(home: Path) -> bytes:
    """The SQLite file and its write-ahead log, as bytes: what anyone holding them can read."""
    return b"".join(p.read_bytes() for p in sorted(home.glob("kapdesk.db*")))


def test_refund_refusal_echoing_secrets_is_masked_on_screen_and_in_journal(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    order_id = paid_order_sync(server)
    with EchoingGateway(server.base_url, lambda m, p: p.endswith("/exec-tran")) as gateway:
        run = kapdesk(gateway.base_url, tmp_path, "refund", str(order_id), "--amount", "2",
                      "--reason", "damaged", "--yes")  # fmt: skip
    assert gateway.echoed == 1
    assert run.returncode == 3, run.stderr
    assert "The gateway refused (InvalidRequest)" in run.stdout + run.stderr
    assert "Traceback" not in run.stderr
    assert leaked(gateway, run.stdout, run.stderr) == []
    assert DEFAULT_PASSWORD not in run.stdout + run.stderr
    assert "InvalidRequest" in journal_bytes(tmp_path).decode("latin-1")  # the entry is there
    assert leaked(gateway, journal_bytes(tmp_path)) == []


def test_payout_refusal_echoing_card_and_order_password_is_masked(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    with EchoingGateway(server.base_url, lambda m, p: p.endswith("/set-dst-token")) as gateway:
        run = kapdesk(gateway.base_url, tmp_path, "payout", "--amount", "5", "--currency", "AZN",
                      "--reason", "prize", "--card-stdin", "--yes", stdin=PAN + "\n")  # fmt: skip
    assert gateway.echoed == 1
    assert run.returncode == 3, run.stderr
    assert PAN in gateway.secrets and len(gateway.secrets) > 5  # the order password was echoed
    assert leaked(gateway, run.stdout, run.stderr, journal_bytes(tmp_path)) == []
    assert "********" in run.stdout  # masked, not dropped: the clerk sees a secret was there


def test_lookup_refusal_echoing_secrets_is_masked(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    order_id = paid_order_sync(server)
    with EchoingGateway(server.base_url, lambda m, p: m == "GET") as gateway:
        for output in ("table", "json", "csv"):
            run = kapdesk(gateway.base_url, tmp_path, "lookup", str(order_id), "--format", output)
            assert run.returncode == 1, run.stderr
            assert "InvalidRequest" in run.stdout
            assert leaked(gateway, run.stdout, run.stderr) == [], output
            assert DEFAULT_PASSWORD not in run.stdout + run.stderr


def test_batch_result_file_holds_no_echoed_secret(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    order_id = paid_order_sync(server)
    sheet = tmp_path / "ops.csv"
    sheet.write_text(f"order_id,operation,amount,reason\n{order_id},refund,1,x\n", encoding="utf-8")
    with EchoingGateway(server.base_url, lambda m, p: p.endswith("/exec-tran")) as gateway:
        run = kapdesk(gateway.base_url, tmp_path, "batch", str(sheet), "--yes")
    assert run.returncode == 3 and gateway.echoed == 1, run.stderr
    result = (tmp_path / "ops.result.csv").read_text(encoding="utf-8")
    assert "InvalidRequest" in result
    assert leaked(gateway, run.stdout, run.stderr, result, journal_bytes(tmp_path)) == []
