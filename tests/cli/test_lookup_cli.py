"""``kapdesk lookup`` as a user runs it: a real subprocess against a real sandbox."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from kapdesk.sandbox.server import SandboxServer

ORDER_KEYS = {"id", "type", "status", "amount", "currency", "created", "card", "refunded",
              "transactions"}  # fmt: skip
TRAN_KEYS = {"type", "phase", "amount", "approval_code", "rrn", "action_id", "time", "reversal"}


def kapdesk(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "KAPDESK_PASSWORD"}
    environment |= env or {}
    return subprocess.run(
        [sys.executable, "-m", "kapdesk", "lookup", *args],
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )


def as_json(done: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    data = json.loads(done.stdout)
    assert isinstance(data, list)
    return data


def test_json_in_input_order_each_id_once() -> None:
    done = kapdesk("5003", "5001", "5003", "5010", "--sandbox", "--format", "json")
    assert done.returncode == 0, done.stderr
    orders = as_json(done)
    assert [o["id"] for o in orders] == [5003, 5001, 5010]
    for order in orders:
        assert set(order) == ORDER_KEYS
        assert isinstance(order["amount"], str) and "." in order["amount"]
        assert isinstance(order["refunded"], str)
        assert datetime.fromisoformat(order["created"]).utcoffset() is not None
        for tran in order["transactions"]:
            assert set(tran) == TRAN_KEYS and isinstance(tran["amount"], str)
            assert isinstance(tran["reversal"], bool)
    assert all(o["transactions"] for o in orders)
    assert any(o["card"] and "******" in o["card"] for o in orders)


def test_ids_from_stdin() -> None:
    done = kapdesk("--sandbox", "--format", "json", stdin="5002\n5001\n\n5002\n")
    assert done.returncode == 0, done.stderr
    assert [o["id"] for o in as_json(done)] == [5002, 5001]


def test_dash_adds_stdin_to_the_arguments() -> None:
    done = kapdesk("5004", "-", "--sandbox", "--format", "json", stdin="5002\n")
    assert [o["id"] for o in as_json(done)] == [5004, 5002]


def test_an_unknown_id_is_an_error_object_and_exit_1() -> None:
    done = kapdesk("5001", "987654321", "--sandbox", "--format", "json")
    assert done.returncode == 1
    first, missing = as_json(done)
    assert first["id"] == 5001 and "error" not in first
    assert missing == {"id": 987654321, "error": "Order 987654321 was not found."}


@pytest.mark.parametrize(
    ("args", "stdin", "words"),
    [
        (["--sandbox"], "", "No order ids"),
        (["12x", "--sandbox"], "", "12x is not an order id"),
        (["1", "--sandbox", "--concurrency", "0"], "", "--concurrency"),
        (["1", "--sandbox", "--base-url", "https://gw.test/api"], "", "not allowed with"),
        (["1", "--format", "xml", "--sandbox"], "", "invalid choice"),
        (["1"], "", "--sandbox, --profile NAME or --base-url URL"),
        (["1", "--sandbox", "--user", "me"], "", "--user goes with --base-url"),
    ],
)
def test_bad_usage_exits_2(args: list[str], stdin: str, words: str) -> None:
    done = kapdesk(*args, stdin=stdin)
    assert done.returncode == 2
    assert words in done.stderr and "Traceback" not in done.stderr
    assert done.stdout == ""


def test_base_url_needs_the_password_in_the_environment() -> None:
    done = kapdesk("1", "--base-url", "https://gw.test/api", "--user", "TerminalSys/x")
    assert done.returncode == 2
    assert "KAPDESK_PASSWORD" in done.stderr and "Traceback" not in done.stderr


def test_base_url_needs_a_user() -> None:
    done = kapdesk("1", "--base-url", "https://gw.test/api", env={"KAPDESK_PASSWORD": "x"})
    assert done.returncode == 2 and "--user" in done.stderr


def test_plain_http_to_another_host_is_refused() -> None:
    done = kapdesk(
        "1", "--base-url", "http://gw.example.com/api", "--user", "u",
        env={"KAPDESK_PASSWORD": "pw"},
    )  # fmt: skip
    assert done.returncode == 2
    assert "http://" in done.stderr and "gw.example.com" in done.stderr


def test_base_url_reads_and_prints_no_secret(
    sandbox: SandboxServer, credentials: tuple[str, str]
) -> None:
    user, password = credentials
    ids = sandbox.seeded_order_ids()[:12]
    order_passwords = [sandbox.gateway.get(i).password for i in ids]
    assert all(order_passwords)
    for fmt in ("json", "csv", "table"):
        done = kapdesk(
            *map(str, ids), "--base-url", sandbox.base_url, "--user", user, "--format", fmt,
            env={"KAPDESK_PASSWORD": password},
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        for secret in [password, *order_passwords]:
            assert secret not in done.stdout and secret not in done.stderr
        assert str(ids[0]) in done.stdout


def test_wrong_terminal_password_says_so(sandbox: SandboxServer) -> None:
    done = kapdesk(
        "5001", "--base-url", sandbox.base_url, "--user", "TerminalSys/kapital",
        "--format", "json", env={"KAPDESK_PASSWORD": "wrong-pw"},
    )  # fmt: skip
    assert done.returncode == 1
    (only,) = as_json(done)
    assert "credentials" in only["error"] and "wrong-pw" not in done.stdout + done.stderr


def test_csv_and_table() -> None:
    done = kapdesk("5001", "987654321", "--sandbox", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [r["id"] for r in rows] == ["5001", "987654321"]
    assert rows[0]["rrn"] and rows[0]["approval_code"] and rows[0]["error"] == ""
    assert rows[1]["error"] == "Order 987654321 was not found."
    table = kapdesk("5001", "987654321", "--sandbox").stdout.splitlines()
    assert table[0].split()[:3] == ["ID", "TYPE", "STATUS"]
    assert table[1].startswith("5001 ") and "not found" in table[2]


def test_profile_from_the_store(
    sandbox: SandboxServer, credentials: tuple[str, str], tmp_path: Path
) -> None:
    user, password = credentials
    home = {"KAPDESK_HOME": str(tmp_path / "store"), "KAPDESK_PASSPHRASE": "lookup pass 9"}
    base = {k: v for k, v in os.environ.items() if not k.startswith("KAPDESK_")}
    base.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no keyring: the passphrase opens the store
    added = subprocess.run(
        [sys.executable, "-m", "kapdesk", "profile", "add", "local", "--env", "custom",
         "--base-url", sandbox.base_url, "--user", user],
        env=base | home | {"KAPDESK_PASSWORD": password},
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    done = kapdesk("5001", "--profile", "local", "--format", "json", env=home)
    assert done.returncode == 0, done.stderr
    assert [o["id"] for o in as_json(done)] == [5001]
    unknown = kapdesk("5001", "--profile", "nope", env=home)
    assert unknown.returncode == 1 and "nope" in unknown.stderr
    assert "Traceback" not in unknown.stderr


def test_sandbox_may_come_before_the_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kapdesk", "--sandbox", "lookup", "5001", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert [o["id"] for o in as_json(done)] == [5001]


def test_ids_from_a_csv_or_xlsx_file_as_the_lookup_tab_imports_them(tmp_path: Path) -> None:
    from openpyxl import Workbook

    sheet_rows = [["shop ref", "order id"], ["A-1", "5002"], ["A-2", "5001"]]
    listing = tmp_path / "disputes.csv"
    listing.write_text("\n".join(";".join(r) for r in sheet_rows) + "\n", encoding="utf-8")
    book = Workbook()
    for row in sheet_rows:
        book.active.append(row)  # type: ignore[union-attr]
    workbook = tmp_path / "disputes.xlsx"
    book.save(workbook)
    for path in (listing, workbook):
        done = kapdesk("--ids-from", str(path), "--column", "2", "--header", "--sandbox",
                       "--format", "json")  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert [o["id"] for o in as_json(done)] == [5002, 5001]
    unreadable = tmp_path / "broken.xlsx"
    unreadable.write_bytes(b"not a workbook")
    done = kapdesk("--ids-from", str(unreadable), "--sandbox")
    assert done.returncode == 2 and "Cannot read broken.xlsx." in done.stderr
    assert "Traceback" not in done.stderr
