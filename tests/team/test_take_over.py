"""A frozen or dead workstation's open entry: the others are told who holds the order, and a
colleague takes the entry over explicitly, only once the holder's session is gone."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kapdesk.journal.entry import OrderBusy
from kapdesk.journal.team.store import NotAllowed, TakeOverRefused, TeamOrderBusy
from kapdesk.sandbox.server import SandboxServer
from tests.journal.conftest import intent
from tests.operations.money_helpers import paid_order_sync
from tests.team.cluster import PASSWORD, TeamDatabase, wait_until
from tests.team.test_cli_profile import _run, _team_profile

ROOT = Path(__file__).resolve().parents[2]


def _holder(team_db: TeamDatabase, *where: str) -> tuple[subprocess.Popen[str], int]:
    """aysel's workstation WS-aysel takes an order (intent and sent) and goes on holding it."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.team.worker", "hold", str(team_db.cluster.port),
         team_db.dbname, "aysel", "1", *where],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(PASSWORD + "\ngo\n")
    process.stdin.flush()
    assert process.stdout.readline().strip() == "ready"
    return process, int(process.stdout.readline().split()[1])


@pytest.fixture
def frozen(team_db: TeamDatabase) -> Iterator[tuple[subprocess.Popen[str], int]]:
    """A holder frozen (SIGSTOP) with its connection up, killed at the end whatever happens."""
    process, entry_id = _holder(team_db)
    os.kill(process.pid, signal.SIGSTOP)
    try:
        yield process, entry_id
    finally:
        _kill(process)


def _kill(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            stream.close()


@pytest.mark.slow
def test_a_frozen_holder_is_busy_for_the_others_and_cannot_be_taken_over(
    team_db: TeamDatabase, frozen: tuple[subprocess.Popen[str], int]
) -> None:
    process, entry_id = frozen
    other = team_db.journal("murad", workstation="WS-murad")
    started = time.monotonic()
    with pytest.raises(TeamOrderBusy) as busy:
        intent(other, 1, os_user="murad")
    waited = time.monotonic() - started
    # A sanity bound only (the figure is a bench's business): no lock timeout was waited out.
    assert waited < 10, waited
    assert busy.value.in_progress
    assert "Order 1 is busy" in str(busy.value) and "aysel on WS-aysel" in str(busy.value)
    # The journal words MoneyDesk's refusal the same way.
    entry = other.get(entry_id)
    assert "aysel on WS-aysel" in str(other.busy_error(entry))
    assert other.owner_alive(entry) and other.unsettled() == []
    assert not other.may_settle(entry)
    with pytest.raises(TakeOverRefused, match="still connected") as refused:
        other.take_over(entry_id)
    assert "aysel on WS-aysel" in str(refused.value)
    # Frozen is not dead: the refusal holds as long as its connection is up.
    time.sleep(1.5)
    with pytest.raises(TakeOverRefused, match="still connected"):
        other.take_over(entry_id)

    _kill(process)  # now its connection dies with it
    wait_until(lambda: not other.owner_alive(other.get(entry_id)))
    assert [e.id for e in other.unsettled()] == [entry_id]
    assert not other.may_settle(other.get(entry_id))  # a colleague's: take it over first
    with pytest.raises(NotAllowed, match="take it over first"):
        other.settle(entry_id, "not_done", note="nothing happened")
    taken = other.take_over(entry_id)
    assert taken.note == "taken over by murad on WS-murad from aysel on WS-aysel"
    row = team_db.admin().execute(
        "SELECT person, workstation, state, time > now() - interval '1 minute' "
        "FROM kapdesk.journal_events WHERE entry_id = %s AND event = 'take_over'",
        (entry_id,),
    )
    assert row.fetchall() == [("murad", "WS-murad", "sent", True)]  # server time
    assert other.may_settle(other.get(entry_id))
    # aysel herself, back on WS-aysel, is no longer the holder; a third one cannot take it.
    aysel = team_db.journal("aysel", workstation="WS-aysel")
    with pytest.raises(NotAllowed, match="held by murad on WS-murad"):
        aysel.settle(entry_id, "not_done")
    with pytest.raises(TakeOverRefused, match="murad on WS-murad"):
        team_db.journal("leyla", workstation="WS-leyla").take_over(entry_id)
    with pytest.raises(OrderBusy):
        intent(aysel, 1)
    other.settle(entry_id, "not_done", note="re-read: nothing happened")
    with pytest.raises(TakeOverRefused, match="nothing to take over"):
        aysel.take_over(entry_id)
    intent(aysel, 1)  # the order is free again
    assert team_db.journal("leyla").verify().ok  # the take-over row is in the chain


def test_only_open_entries_of_others_are_taken_over(team_db: TeamDatabase) -> None:
    mine = team_db.journal("aysel", workstation="WS-aysel")
    entry_id = intent(mine, 7)
    with pytest.raises(TakeOverRefused, match="already yours"):
        mine.take_over(entry_id)
    with pytest.raises(TakeOverRefused, match="still connected"):  # this very session
        team_db.journal("murad", workstation="WS-murad").take_over(entry_id)
    with pytest.raises(Exception, match="no journal entry 999"):
        mine.take_over(999)


@pytest.mark.slow
def test_take_over_and_reconcile_on_the_command_line(
    make_sandbox: type[SandboxServer] | object, team_db: TeamDatabase, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)  # type: ignore[operator]
    order_id = paid_order_sync(server)
    a, b = tmp_path / "a", tmp_path / "b"
    _team_profile(a, server, team_db, "aysel")
    _team_profile(b, server, team_db, "murad")
    # Offline search on b covers what a looked up: the index is the team's.
    looked = _run(a, "lookup", str(order_id), "--profile", "shop", "--format", "json")
    assert looked.returncode == 0, looked.stderr
    found = _run(b, "search", str(order_id), "--profile", "shop", "--format", "json")
    assert found.returncode == 0, found.stderr
    assert [o["id"] for o in json.loads(found.stdout)] == [order_id]

    process, entry_id = _holder(team_db, str(order_id), "shop", "custom")
    os.kill(process.pid, signal.SIGSTOP)
    try:
        busy = _run(b, "refund", str(order_id), "--amount", "1", "--reason", "x", "--yes",
                    "--profile", "shop")  # fmt: skip
        assert busy.returncode == 3, busy.stderr
        assert f"Order {order_id} is busy" in busy.stderr and "aysel on WS-aysel" in busy.stderr
        refused = _run(b, "journal", "take-over", str(entry_id), "--profile", "shop")
        assert refused.returncode == 1 and "still connected" in refused.stderr
        left = _run(b, "journal", "reconcile", "--profile", "shop")
        assert left.returncode == 0, left.stderr  # nothing of b's to settle
    finally:
        _kill(process)
    watcher = team_db.journal("leyla")
    wait_until(lambda: not watcher.owner_alive(watcher.get(entry_id)))
    hint = _run(b, "journal", "reconcile", "--profile", "shop")
    assert hint.returncode == 0, hint.stderr  # not b's to settle: it says how to take it over
    assert "aysel on WS-aysel" in hint.stderr
    assert f"kapdesk journal take-over {entry_id} --profile shop" in hint.stderr
    assert team_db.journal("leyla").get(entry_id).state == "sent"
    one = _run(b, "journal", "reconcile", "--entry", str(entry_id), "--profile", "shop")
    assert one.returncode == 3 and "aysel on WS-aysel" in one.stderr, one.stderr
    taken = _run(b, "journal", "take-over", str(entry_id), "--profile", "shop")
    assert taken.returncode == 0, taken.stderr
    assert "taken over by murad" in taken.stdout and "from aysel on WS-aysel" in taken.stdout
    settled = _run(b, "journal", "reconcile", "--profile", "shop")
    assert settled.returncode == 0, settled.stderr
    assert f"Journal entry {entry_id}" in settled.stdout
    entry = team_db.journal("leyla").get(entry_id)
    assert entry.state == "not_done" and not entry.open  # nothing was sent: the sandbox says so
    done = _run(b, "refund", str(order_id), "--amount", "1", "--reason", "x", "--yes",
                "--profile", "shop")  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_whoever_sends_holds_the_entry(team_db: TeamDatabase) -> None:
    # An entry sent by a later session than the one that wrote it (an approved refund, sent
    # by the requester's next kapdesk) is held by the sender while it is sent.
    asker = team_db.journal("aysel", workstation="WS-aysel")
    entry_id = intent(asker, 3)
    asker.close()
    colleague = team_db.journal("murad", workstation="WS-murad")
    wait_until(lambda: not colleague.owner_alive(colleague.get(entry_id)))
    sender = team_db.journal("aysel", workstation="WS-aysel")
    sender.mark_sent(entry_id)
    assert colleague.owner_alive(colleague.get(entry_id))
    with pytest.raises(TakeOverRefused, match="still connected"):
        colleague.take_over(entry_id)
    sender.record_outcome(entry_id, "done", approval_code="123456", rrn="412345678901")
    assert colleague.unsettled(include_live=True) == []
