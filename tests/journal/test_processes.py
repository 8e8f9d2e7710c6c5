"""Two real processes on one journal: the per-order lock, crashed owners, verify while writing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kapdesk.journal.journal import EntryState, Journal, OrderBusy
from tests.journal.keyed_helpers import PASSPHRASE, chain_key, open_store

WORKER = Path(__file__).with_name("worker.py")


def _spawn(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=None if env is None else {**os.environ, **env},
    )


def _line(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    line = proc.stdout.readline().rstrip("\n")
    assert line, proc.stderr.read() if proc.stderr else "worker ended early"
    return line


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for proc in started:  # only the processes this test started
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
        if proc.stdout:
            proc.stdout.close()
        if proc.stderr:
            proc.stderr.close()


@pytest.mark.slow
def test_two_processes_racing_for_the_same_order_never_both_win(
    journal: Journal, db_path: Path, tmp_path: Path, processes: list[subprocess.Popen[str]]
) -> None:
    orders = list(range(1, 31))
    order_list = ",".join(map(str, orders))
    processes += [_spawn("race", str(db_path), str(tmp_path), order_list) for _ in range(2)]
    results: list[list[str]] = [[], []]
    for order_id in orders:
        (tmp_path / f"go-{order_id}").touch()  # both processes go at the same moment
        for proc, lines in zip(processes, results, strict=True):
            lines.append(_line(proc))
    assert [_line(proc) for proc in processes] == ["finished", "finished"]
    (tmp_path / "stop").touch()
    for proc in processes:
        proc.communicate(timeout=60)
    assert [proc.returncode for proc in processes] == [0, 0]

    for order_id, pair in zip(orders, zip(*results, strict=True), strict=True):
        won = [line for line in pair if line == f"won {order_id}"]
        busy = [line for line in pair if line.startswith(f"busy {order_id} ")]
        assert (len(won), len(busy)) == (1, 1), pair  # exactly one winner per order
        assert f"Order {order_id} is busy: Clear hold started by" in busy[0]
        assert "is still in progress. Wait for it to finish." in busy[0]
    assert len(journal.entries()) == len(orders)
    assert journal.verify().ok
    wins = [sum(line.startswith("won") for line in lines) for lines in results]
    print(f"wins per process: {wins}")  # both should win some: they really raced


@pytest.mark.slow
def test_a_killed_owner_shows_as_unsettled_and_a_live_one_does_not(
    journal: Journal, db_path: Path, processes: list[subprocess.Popen[str]]
) -> None:
    alive = _spawn("hold", str(db_path), "71")
    doomed = _spawn("hold", str(db_path), "72")
    processes += [alive, doomed]
    ids = {}
    for order_id, proc in ((71, alive), (72, doomed)):
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("ready "), proc.stderr.read() if proc.stderr else ""
        ids[order_id] = int(line.split()[1])

    assert journal.unsettled() == []  # both owners are running: hands off
    assert {e.id for e in journal.unsettled(include_live=True)} == set(ids.values())

    doomed.send_signal(signal.SIGKILL)
    doomed.wait(timeout=10)
    crashed = journal.unsettled()
    assert [e.id for e in crashed] == [ids[72]]
    assert crashed[0].state is EntryState.SENT
    assert not journal.owner_alive(crashed[0])
    with pytest.raises(OrderBusy, match="must be settled") as busy:
        journal.record_intent(
            profile="shop",
            environment="sandbox",
            order_id=72,
            operation="refund",
            amount=None,
            currency="AZN",
            masked_card=None,
            reason=None,
            order_before=None,
        )
    assert not busy.value.in_progress
    with pytest.raises(OrderBusy, match="still in progress"):
        journal.record_intent(
            profile="shop",
            environment="sandbox",
            order_id=71,
            operation="refund",
            amount=None,
            currency="AZN",
            masked_card=None,
            reason=None,
            order_before=None,
        )
    journal.settle(ids[72], "not_done", note="no new transaction on the order")
    assert journal.unsettled() == []


def test_a_reused_pid_is_not_the_owner(
    journal: Journal, db_path: Path, make_intent: Callable[..., int]
) -> None:
    import sqlite3

    entry_id = make_intent(81)
    assert journal.unsettled() == []
    with sqlite3.connect(db_path) as conn:  # same pid, another start time: a different process
        conn.execute("DROP TRIGGER journal_events_no_update")
        conn.execute("UPDATE journal_events SET owner_token = 'x' || owner_token")
    assert [e.id for e in journal.unsettled()] == [entry_id]


@pytest.mark.slow
def test_verify_while_another_process_writes(
    journal: Journal, db_path: Path, processes: list[subprocess.Popen[str]]
) -> None:
    writer = _spawn("write", str(db_path), "150")
    processes.append(writer)
    checks = 0
    while writer.poll() is None:
        report = journal.verify()
        assert report.ok, report.problems
        checks += 1
    assert writer.returncode == 0
    assert checks > 1
    final = journal.verify()
    assert final.ok and final.rows == 450


@pytest.mark.slow
def test_keyed_writers_in_several_processes_move_the_witness_only_forward(
    db_path: Path, tmp_path: Path, processes: list[subprocess.Popen[str]]
) -> None:
    store = open_store(tmp_path / "home" / "profiles.kapdesk")
    key = chain_key(store)
    journal = Journal(db_path, key=key)
    env = {"KAPDESK_TEST_STORE": str(store.path), "KAPDESK_TEST_PASSPHRASE": PASSPHRASE}
    for first in (10_000, 20_000, 30_000):
        processes.append(_spawn("write", str(db_path), "40", str(first), env=env))
    while any(proc.poll() is None for proc in processes):
        report = journal.verify()  # never a false alarm while the witness lags or leads
        assert report.messages == [], report.problems
    assert [proc.returncode for proc in processes] == [0, 0, 0]
    final = journal.verify()
    assert final.ok and final.rows == 360 and final.unprotected == 0
    assert key.witness is not None and key.witness.read() == (360, final.last_hash)
