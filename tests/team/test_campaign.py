"""The fault campaign of issue 10 (tests/operations/test_campaign.py) with two workstations on
one team journal: two logins, two KAPDESK_HOMEs, processes on each, every fault kind at once.

aysel's workstation runs two clerk processes, murad's one and a fourth that is killed while
the others work. Afterwards, faults off, aysel takes over what murad's dead processes left
open (the team's rule: a colleague's entry is reconciled only after an explicit take-over),
both workstations reconcile, and the team journal must agree with the gateway exactly, as
the single desk's must.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kapdesk.domain.cards import luhn_valid
from kapdesk.domain.orders import Order
from kapdesk.journal.team.store import TeamJournal
from tests.operations.campaign_worker import ENVIRONMENT, PROFILE, client
from tests.operations.test_campaign import (
    FAULTS,
    OPERATIONS,
    _paid_orders,
    _sandbox_args,
    assert_the_record_is_true,
)
from tests.team.campaign_worker import team_desk
from tests.team.cluster import PASSWORD, TeamDatabase, wait_until

ROOT = Path(__file__).resolve().parents[2]
DESKS = {"aysel": "WS-aysel", "murad": "WS-murad"}


def _worker(
    team_db: TeamDatabase, homes: Path, base_url: str, user: str, orders: list[int], seed: int,
    count: int = OPERATIONS,
) -> subprocess.Popen[str]:  # fmt: skip
    home = homes / user  # one KAPDESK_HOME per workstation
    home.mkdir(exist_ok=True)
    args = [base_url, str(team_db.cluster.port), team_db.dbname, user, DESKS[user],
            ",".join(map(str, orders)), str(seed), str(count)]  # fmt: skip
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.team.campaign_worker", *args],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), "KAPDESK_HOME": str(home)},
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stdin is not None
    process.stdin.write(PASSWORD + "\n")
    process.stdin.flush()
    return process


async def _reconcile(
    base_url: str, desks: list[TeamJournal], orders: list[int]
) -> dict[int, Order]:
    async with client(base_url) as gateway:
        for _ in range(2):
            for journal in desks:
                await team_desk(gateway, journal).reconcile()
        return {order_id: await gateway.get_order(order_id) for order_id in orders}


@pytest.mark.slow
def test_two_workstations_under_every_fault_agree_with_the_gateway(
    standalone_sandbox: Callable[..., Any], team_db: TeamDatabase, tmp_path: Path
) -> None:
    state = tmp_path / "sandbox.db"
    setup = standalone_sandbox(*_sandbox_args(state))
    orders = asyncio.run(_paid_orders(setup))
    setup.stop()
    faults = [arg for fault in FAULTS for arg in ("--fault", fault)]
    faulty = standalone_sandbox(
        *_sandbox_args(state, *faults, "--fault-seed", "1061", "--fault-reads")
    )
    url = faulty.base_url
    workers = [
        _worker(team_db, tmp_path, url, user, orders, seed)
        for seed, user in enumerate(("aysel", "aysel", "murad"))
    ]
    doomed = _worker(team_db, tmp_path, url, "murad", orders, 3, count=1000)
    seen: Counter[str] = Counter()
    for worker in workers:
        out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err[-2000:]
        seen.update(json.loads(out.strip().splitlines()[-1]))
    doomed.kill()
    doomed.communicate(timeout=60)
    faulty.stop()

    calm = standalone_sandbox(*_sandbox_args(state))
    aysel = team_db.journal("aysel", workstation=DESKS["aysel"])
    murad = team_db.journal("murad", workstation=DESKS["murad"])
    # Every holder's session is gone now; what murad's desk left, aysel takes over.
    wait_until(lambda: len(aysel.unsettled()) == len(aysel.unsettled(include_live=True)))
    taken = [e.id for e in aysel.unsettled() if not aysel.is_mine(e)]
    for entry_id in taken:
        aysel.take_over(entry_id)
    after = asyncio.run(_reconcile(calm.base_url, [aysel, murad], orders))
    entries = aysel.entries()
    open_ = aysel.unsettled(include_live=True)
    assert_the_record_is_true(entries, open_, after)
    assert {e.profile for e in entries} == {PROFILE}
    assert {e.environment for e in entries} == {ENVIRONMENT}
    people = team_db.admin().execute(
        "SELECT DISTINCT person, workstation FROM kapdesk.journal_events WHERE event = 'intent'"
    )
    assert set(people.fetchall()) == set(DESKS.items())  # both desks worked
    ids = [t.action_id or "" for o in after.values() for t in o.transactions]
    assert ids and all(luhn_valid(i[:-4].replace("-", "")) for i in ids)
    assert seen["done"] >= 5, seen
    assert seen["TeamOrderBusy"] >= 1, seen  # the desks met on the same orders
    settled = Counter(e.state for e in entries if e.settled_at is not None)
    assert settled["done"] >= 1 and settled.total() >= 3, (seen, settled, taken)
    assert aysel.verify().ok
