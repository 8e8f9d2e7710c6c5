"""The money commands as a clerk's script runs them: real processes, a real sandbox, one journal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from kapdesk.domain.orders import OrderType
from kapdesk.journal.journal import Journal
from kapdesk.operations.money import MoneyDesk
from kapdesk.sandbox.server import DEFAULT_PASSWORD, DEFAULT_USER, SandboxServer
from tests.operations.money_helpers import client_for, paid_order_sync, read_order_sync

MakeSandbox = Callable[..., SandboxServer]
PAN = "4169741330151778"


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "KAPDESK_HOME": str(home), "KAPDESK_PASSWORD": DEFAULT_PASSWORD}


def _argv(server: SandboxServer, *args: str) -> list[str]:
    return [sys.executable, "-m", "kapdesk", *args, "--base-url", server.base_url,
            "--user", DEFAULT_USER]  # fmt: skip


def kapdesk(server: SandboxServer, home: Path, *args: str,
            stdin: str = "") -> subprocess.CompletedProcess[str]:  # fmt: skip
    return subprocess.run(
        _argv(server, *args), input=stdin, capture_output=True, text=True, env=_env(home),
        timeout=60, check=False,
    )  # fmt: skip


# A reason and its category, as every command that needs a reason now wants both.
WHY = ["--reason", "x", "--reason-category", "other"]


def _journal(home: Path) -> Journal:
    return Journal(home / "kapdesk.db")


def test_refund_done_prints_approval_code_and_rrn(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    order_id = paid_order_sync(server)
    run = kapdesk(server, tmp_path, "refund", str(order_id), "--amount", "2,50", "--reason",
                  "damaged", "--reason-category", "damaged", "--yes")  # fmt: skip
    assert run.returncode == 0, run.stderr
    [entry] = _journal(tmp_path).entries()
    assert entry.state == "done" and entry.amount == Decimal("2.50")
    assert (entry.reason, entry.reason_category) == ("damaged", "damaged")
    assert f"Approval code {entry.approval_code}, RRN {entry.rrn}" in run.stdout
    assert read_order_sync(server, order_id).transactions[-1].type == "Refund"


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["refund", "{id}", "--amount", "11", *WHY, "--yes"], 3, "more than the 10.00"),
        (["clear", "{id}", "--yes"], 3, "not a preauthorization"),
        (["refund", "{id}", "--currency", "USD", *WHY, "--yes"], 3, "not USD"),
        (["refund", "{id}", *WHY], 2, "add --yes"),
        (["refund", "{id}", "--yes"], 2, "--reason"),
        (["refund", "{id}", "--amount", "1,234", *WHY, "--yes"], 2, "ambiguous"),
        (["refund", "{id}", *WHY[:2], "--reason-category", "whim", "--yes"], 2, "invalid choice"),
        (["refund", "{id}", "--reason", " ", *WHY[2:], "--yes"], 3, "needs a reason"),
    ],
)
def test_exit_codes_for_refusals_and_bad_usage(
    make_sandbox: MakeSandbox, tmp_path: Path, args: list[str], code: int, words: str
) -> None:
    server = make_sandbox(seed=None)
    order_id = paid_order_sync(server)
    run = kapdesk(server, tmp_path, *[a.replace("{id}", str(order_id)) for a in args])
    assert run.returncode == code, (run.stdout, run.stderr)
    assert words in run.stderr
    assert "Traceback" not in run.stderr
    assert read_order_sync(server, order_id).status == "FullyPaid"


def test_payout_reads_the_card_from_stdin_and_never_shows_it(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    run = kapdesk(server, tmp_path, "payout", "--amount", "15", "--currency", "AZN",
                  *WHY, "--card-stdin", "--yes", stdin=PAN + "\n")  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "Done: Pay out to card of 15.00 AZN" in run.stdout
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "kapdesk.db" for p in files)
    for text in [run.stdout, run.stderr, *(p.read_bytes().decode("latin-1") for p in files)]:
        assert PAN not in text
    [entry] = _journal(tmp_path).entries()
    assert entry.masked_card == "416974******1778" and entry.state == "done"


def test_payout_refuses_a_mistyped_card_before_sending(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    run = kapdesk(server, tmp_path, "payout", "--amount", "15", "--currency", "AZN",
                  *WHY, "--card-stdin", "--yes", stdin=PAN[:-1] + "9\n")  # fmt: skip
    assert run.returncode == 3 and "check digit" in run.stderr
    assert not (tmp_path / "kapdesk.db").exists() or _journal(tmp_path).entries() == []
    no_card = kapdesk(server, tmp_path, "payout", "--amount", "1", "--currency", "AZN",
                      *WHY, "--yes")  # fmt: skip
    assert no_card.returncode == 2 and "--card-stdin" in no_card.stderr


# How long a money call stays in flight while a test watches the journal for "sent" from
# outside: long enough that a poll on a loaded machine still sees it before the answer.
IN_FLIGHT_MS = 1500


def _wait_for_state(home: Path, states: set[str], proc: subprocess.Popen[str]) -> int:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if (home / "kapdesk.db").exists():
            found = [e for e in _journal(home).entries() if e.state in states]
            if found:
                return found[0].id
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.02)
    raise AssertionError(f"no entry reached {states}")


def test_unknown_outcome_exits_4_and_journal_reconcile_settles_it_later(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    order_id = paid_order_sync(server)
    server.set_latency(IN_FLIGHT_MS)
    proc = subprocess.Popen(
        _argv(server, "refund", str(order_id), "--amount", "4", *WHY, "--yes"),
        env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    _wait_for_state(tmp_path, {"sent"}, proc)
    server.set_latency(0)  # the refund in flight keeps its wait; what follows need not
    server.faults.reads = True  # from now on nothing answers: the refund is not made either
    server.set_faults({"error500": 1.0})
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 4, (out, err)
    assert "Outcome unknown" in out and "locked" in out
    server.set_faults({})
    run = kapdesk(server, tmp_path, "journal", "reconcile")
    assert run.returncode == 0, (run.stdout, run.stderr)
    [entry] = _journal(tmp_path).entries()
    assert entry.state == "not_done"
    assert all(t.type != "Refund" for t in read_order_sync(server, order_id).transactions)


def test_two_processes_refunding_one_order_one_proceeds(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    order_id = paid_order_sync(server)
    # Both are reading or sending at the same time, even if one process starts a second late
    # on a loaded machine: each step takes 2 s.
    server.set_latency(2000)
    argv = _argv(server, "refund", str(order_id), "--amount", "6", *WHY, "--yes")
    procs = [
        subprocess.Popen(
            argv, env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    results = sorted((p.wait(timeout=60), *p.communicate()) for p in procs)
    server.set_latency(0)
    (ok, ok_out, _), (busy, _, busy_err) = results
    assert (ok, busy) == (0, 3), results
    assert "Done: Refund of 6.00 AZN" in ok_out
    assert f"Order {order_id} is busy" in busy_err
    refunds = [t for t in read_order_sync(server, order_id).transactions if t.type == "Refund"]
    assert len(refunds) == 1
    assert [e.state for e in _journal(tmp_path).entries()] == ["done"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("fault", "kill_at", "expected"),
    [
        ("timeout", "sent", "not_done"),  # hangs after sending: never committed
        ("drop_after_commit", "unknown", "done"),  # committed, then no read answers
    ],
)
def test_sigkill_between_sending_and_the_answer_is_settled_at_restart(
    make_sandbox: MakeSandbox, tmp_path: Path, fault: str, kill_at: str, expected: str
) -> None:
    server = make_sandbox(seed=None)
    order_id = paid_order_sync(server, OrderType.PREAUTH)
    server.set_latency(IN_FLIGHT_MS)
    proc = subprocess.Popen(
        _argv(server, "clear", str(order_id), "--amount", "3", "--yes"),
        env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    _wait_for_state(tmp_path, {"sent"}, proc)
    server.set_latency(0)  # the clear in flight keeps its wait; what follows need not
    # The clear is in flight (latency): it meets the fault, and so does every read after it.
    server.faults.reads = True
    server.set_faults({fault: 1.0})
    entry_id = _wait_for_state(tmp_path, {kill_at}, proc)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    server.set_faults({})
    journal = _journal(tmp_path)
    assert journal.get(entry_id).state == kill_at
    assert [e.id for e in journal.unsettled()] == [entry_id]  # its owner is dead

    async def restart() -> list[str]:
        async with client_for(server) as client:
            desk = MoneyDesk(client, journal, profile=server.base_url, environment="custom")
            return [o.state for o in await desk.reconcile()]

    import asyncio

    assert asyncio.run(restart()) == [expected]
    entry = journal.get(entry_id)
    clearings = [t for t in read_order_sync(server, order_id).transactions if t.phase == "Clearing"]
    assert entry.state == expected
    assert len(clearings) == (1 if expected == "done" else 0)
    if clearings:
        assert entry.action_id == clearings[0].action_id


@pytest.mark.parametrize("amount", ["", "   ", "\u00a0"])
def test_empty_amount_is_refused_never_the_full_amount(
    make_sandbox: MakeSandbox, tmp_path: Path, amount: str
) -> None:
    server = make_sandbox(seed=None)
    order_id = paid_order_sync(server)
    run = kapdesk(server, tmp_path, "refund", str(order_id), "--amount", amount, "--reason",
                  "damaged", "--yes")  # fmt: skip
    assert run.returncode == 2, (run.stdout, run.stderr)
    assert "Enter an amount, or the word full" in run.stderr
    assert read_order_sync(server, order_id).status == "FullyPaid"
    assert _journal(tmp_path).entries() == []


def test_full_amount_is_asked_for_by_name(make_sandbox: MakeSandbox, tmp_path: Path) -> None:
    server = make_sandbox(seed=None)
    order_id = paid_order_sync(server)
    run = kapdesk(server, tmp_path, "refund", str(order_id), "--amount", "full", "--reason",
                  "damaged", "--yes")  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert read_order_sync(server, order_id).status == "Refunded"
    assert "'full' or no --amount" in kapdesk(server, tmp_path, "refund", "--help").stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["refund", "{id}", "--amount", "1" * 27], "too large to be an amount"),
        (["refund", "{id}", "--amount", "\u0665"], "is not a number"),
        (["refund", "{id}", "--amount", "\uff15"], "is not a number"),
        (["refund", "\u0665\u0660\u0660\u0661", "--amount", "1"], "is not an order id"),
        (["refund", "\uff15\uff10\uff10\uff11", "--amount", "1"], "is not an order id"),
        (["payout", "--amount", "9" * 27, "--currency", "AZN", "--card-stdin"], "too large"),
    ],
)
def test_huge_or_non_ascii_numbers_are_bad_usage(
    make_sandbox: MakeSandbox, tmp_path: Path, args: list[str], words: str
) -> None:
    server = make_sandbox(seed=None)
    order_id = paid_order_sync(server)  # 5001: the id the Arabic-Indic and fullwidth digits spell
    argv = [a.replace("{id}", str(order_id)) for a in args]
    run = kapdesk(server, tmp_path, *argv, "--reason", "x", "--yes", stdin=PAN + "\n")
    assert run.returncode == 2, (run.stdout, run.stderr)
    assert words in run.stderr and "Traceback" not in run.stderr
    assert read_order_sync(server, order_id).status == "FullyPaid"
    assert _journal(tmp_path).entries() == []


def test_refund_above_the_default_limit_is_refused_naming_it(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    order_id = paid_order_sync(server, amount="10000.01")
    run = kapdesk(server, tmp_path, "refund", str(order_id), "--reason", "x", "--yes")
    assert run.returncode == 3, (run.stdout, run.stderr)
    assert "above this profile's limit of 10 000.00 AZN" in run.stderr
    assert read_order_sync(server, order_id).status == "FullyPaid"
    assert _journal(tmp_path).entries() == []
    payout = kapdesk(server, tmp_path, "payout", "--amount", "10000.01", "--currency", "AZN",
                     "--reason", "x", "--card-stdin", "--yes", stdin=PAN + "\n")  # fmt: skip
    assert payout.returncode == 3 and "limit of 10 000.00 AZN" in payout.stderr
    assert _journal(tmp_path).entries() == []


def test_a_refund_without_a_category_still_goes_through_uncategorised(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    # Scripts written before categories (the documented --reason alone) keep working.
    server = make_sandbox(seed=None)
    order_id = paid_order_sync(server)
    run = kapdesk(server, tmp_path, "refund", str(order_id), "--amount", "1.00",
                  "--reason", "x", "--yes")  # fmt: skip
    assert run.returncode == 0, (run.stdout, run.stderr)
    [entry] = _journal(tmp_path).entries()
    assert entry.state == "done" and entry.reason_category is None
