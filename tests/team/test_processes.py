"""Two processes as two people on one team journal: one winner per order, and a killed holder
keeps its order locked for the other until it is reconciled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kapdesk.journal.entry import OrderBusy
from kapdesk.journal.team.store import NotAllowed
from tests.journal.conftest import intent
from tests.team.cluster import PASSWORD, TeamDatabase, wait_until

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 1000  # the figure; about 5 s here


def _worker(team_db: TeamDatabase, action: str, user: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.team.worker", action, str(team_db.cluster.port),
         team_db.dbname, user, str(ROUNDS)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(PASSWORD + "\n")
    process.stdin.flush()
    assert process.stdout.readline().strip() == "ready"
    return process


@pytest.mark.slow
def test_two_people_race_and_exactly_one_wins_each_order(team_db: TeamDatabase) -> None:
    workers = [_worker(team_db, "race", user) for user in ("aysel", "murad")]
    for worker in workers:  # both start together
        assert worker.stdin is not None
        worker.stdin.write("go\n")
        worker.stdin.flush()
    won: list[set[int]] = []
    for worker in workers:
        out, _ = worker.communicate(timeout=120)
        lines = out.split("\n")
        assert "finished" in lines
        won.append({int(line.split()[1]) for line in lines if line.startswith("won ")})
    assert won[0].isdisjoint(won[1])
    assert won[0] | won[1] == set(range(1, ROUNDS + 1))
    entries = team_db.journal("leyla").entries()
    assert len(entries) == ROUNDS  # the losers left nothing behind
    assert team_db.journal("leyla").verify().ok


@pytest.mark.slow
def test_a_killed_holder_keeps_the_order_until_reconciled(team_db: TeamDatabase) -> None:
    holder = _worker(team_db, "hold", "aysel")
    assert holder.stdin is not None and holder.stdout is not None
    holder.stdin.write("go\n")
    holder.stdin.flush()
    entry_id = int(holder.stdout.readline().split()[1])
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=30)
    holder.stdin.close()
    holder.stdout.close()
    other = team_db.journal("murad", workstation="WS-murad")
    wait_until(lambda: not other.owner_alive(other.get(entry_id)))  # its session is gone
    with pytest.raises(OrderBusy, match="must be settled") as busy:
        intent(other, 1, os_user="murad")
    assert "aysel on WS-aysel" in str(busy.value)
    assert [e.id for e in other.unsettled()] == [entry_id]  # its owner is gone
    # Only its holder settles it; a colleague takes it over first (tests/team/test_take_over).
    with pytest.raises(NotAllowed, match="take it over first"):
        other.settle(entry_id, "not_done", note="re-read: nothing happened")
    other.take_over(entry_id)
    other.settle(entry_id, "not_done", note="re-read: nothing happened")
    intent(other, 1, os_user="murad")  # free again
