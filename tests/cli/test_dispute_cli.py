"""`kapdesk dispute` as a clerk's script runs it: real processes, a real sandbox, one database."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from kapdesk.cli.dispute import STATES
from kapdesk.domain.clock import SYSTEM_CLOCK, today
from kapdesk.domain.disputes import CaseState
from kapdesk.journal.disputes import DisputeCases
from kapdesk.sandbox.server import DEFAULT_PASSWORD, DEFAULT_USER, SandboxServer
from tests.operations.money_helpers import paid_order_sync

MakeSandbox = Callable[..., SandboxServer]


def kapdesk(server: SandboxServer, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KAPDESK_HOME": str(home), "KAPDESK_PASSWORD": DEFAULT_PASSWORD,
           "QT_QPA_PLATFORM": "offscreen"}  # fmt: skip
    argv = [sys.executable, "-m", "kapdesk", "dispute", *args,
            "--base-url", server.base_url, "--user", DEFAULT_USER]  # fmt: skip
    return subprocess.run(argv, capture_output=True, text=True, env=env, timeout=90, check=False)


def cases(server: SandboxServer, home: Path) -> DisputeCases:
    return DisputeCases(home / "kapdesk.db", environment="custom", profile=server.base_url)


@pytest.fixture
def server(make_sandbox: MakeSandbox) -> SandboxServer:
    return make_sandbox(seed=None)


def test_state_choices_are_the_case_states() -> None:
    assert list(STATES) == [s.value for s in CaseState]


def test_open_list_change_and_pack_a_case(server: SandboxServer, tmp_path: Path) -> None:
    order = paid_order_sync(server)
    opened = kapdesk(server, tmp_path, "open", str(order), "--reason-code", "13.1",
                     "--amount", "10,00", "--notes", "parcel never came")  # fmt: skip
    assert opened.returncode == 0, opened.stderr
    received = today(SYSTEM_CLOCK)
    due = received + timedelta(days=10)
    assert f"response due {due.isoformat()}" in opened.stdout
    listed = kapdesk(server, tmp_path, "list", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    [row] = json.loads(listed.stdout)
    assert row == {
        "order_id": order, "reason_code": "13.1", "scheme": "visa",
        "category": "not_received", "amount": "10.00", "currency": "AZN",
        "received": received.isoformat(), "due": due.isoformat(), "state": "open",
        "overdue": False, "notes": "parcel never came",
    }  # fmt: skip
    moved = kapdesk(server, tmp_path, "set-state", str(order), "evidence_sent",
                    "--why", "pack mailed to the bank")  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    events = cases(server, tmp_path).events(order)
    assert [(e.to_state.value, e.why) for e in events] == [
        ("open", "opened"),
        ("evidence_sent", "pack mailed to the bank"),
    ]
    assert events[-1].os_user  # who: the OS user
    out = tmp_path / "pack.pdf"
    packed = kapdesk(server, tmp_path, "pack", str(order), "--out", str(out), "--language", "en")
    assert packed.returncode == 0, packed.stderr
    assert out.read_bytes().startswith(b"%PDF") and "written to" in packed.stdout
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        flat = " ".join(text.split())
        assert "not the delivery" in flat and "pack mailed to the bank" in flat


def test_the_worklist_goes_by_due_date_and_marks_the_overdue(
    server: SandboxServer, tmp_path: Path
) -> None:
    long_ago = date(2024, 1, 1)
    for order, due in ((11, "2024-01-20"), (12, "2024-01-05"), (13, "2099-01-01")):
        run = kapdesk(server, tmp_path, "open", str(order), "--reason-code", "4837",
                      "--amount", "1", "--received", str(long_ago), "--due", due)  # fmt: skip
        assert run.returncode == 0, run.stderr
    rows = json.loads(kapdesk(server, tmp_path, "list", "--format", "json").stdout)
    assert [(r["order_id"], r["overdue"]) for r in rows] == [(12, True), (11, True), (13, False)]
    table = kapdesk(server, tmp_path, "list").stdout.splitlines()
    assert "OVERDUE" in table[1] and "OVERDUE" not in table[3]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["open", "7", "--reason-code", "10 4", "--amount", "1"], "reason code is 1 to 16"),
        (["open", "7", "--reason-code", "10.4", "--amount", "abc"], "not a number"),
        (["open", "7", "--reason-code", "10.4", "--amount", "0"], "more than zero"),
        (
            [
                "open",
                "7",
                "--reason-code",
                "10.4",
                "--amount",
                "1",
                "--received",
                "2024-06-10",
                "--due",
                "2024-06-01",
            ],
            "before the day",
        ),
        (
            ["open", "7", "--reason-code", "10.4", "--amount", "1", "--received", "12/06/2024"],
            "not a date",
        ),
        (["set-state", "7", "won", "--why", " "], "Say why"),
        (["set-state", "7", "lostish", "--why", "x"], "invalid choice"),
        (["pack", "7", "--out", "pack.txt"], "give a file name ending in .pdf"),
    ],
)
def test_bad_input_is_a_sentence_exit_2_and_changes_nothing(
    server: SandboxServer, tmp_path: Path, args: list[str], words: str
) -> None:
    run = kapdesk(server, tmp_path, *args)
    assert run.returncode == 2, run.stderr
    assert words in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "kapdesk.db").exists() or cases(server, tmp_path).cases() == []


def test_refusals_exit_1_and_change_nothing(server: SandboxServer, tmp_path: Path) -> None:
    first = kapdesk(server, tmp_path, "open", "7", "--reason-code", "10.4", "--amount", "1")
    assert first.returncode == 0, first.stderr
    again = kapdesk(server, tmp_path, "open", "7", "--reason-code", "13.1", "--amount", "1")
    assert again.returncode == 1 and "already has a dispute" in again.stderr
    early = kapdesk(server, tmp_path, "set-state", "7", "won", "--why", "bank said so")
    assert early.returncode == 1 and "can move only to" in early.stderr
    none = kapdesk(server, tmp_path, "pack", "8", "--out", str(tmp_path / "p.pdf"))
    assert none.returncode == 1 and "no dispute on order 8" in none.stderr
    assert not (tmp_path / "p.pdf").exists()
    [case] = cases(server, tmp_path).cases()
    assert (case.reason_code, case.state) == ("10.4", CaseState.OPEN)
    assert len(cases(server, tmp_path).events(7)) == 1
    with sqlite3.connect(tmp_path / "kapdesk.db") as conn:
        assert conn.execute("SELECT COUNT(*) FROM dispute_case_events").fetchone()[0] == 1


def test_without_a_gateway_the_command_says_which_to_name(tmp_path: Path) -> None:
    env = {**os.environ, "KAPDESK_HOME": str(tmp_path)}
    argv = [sys.executable, "-m", "kapdesk", "dispute", "list"]
    run = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=60, check=False)
    assert run.returncode == 2 and "--sandbox, --profile NAME or --base-url" in run.stderr
