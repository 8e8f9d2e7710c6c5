"""One clerk's process in the team's fault campaign: tests/operations/campaign_worker's random
refunds, written to the team journal as one person on one workstation.

python -m tests.team.campaign_worker BASE_URL PORT DBNAME USER WORKSTATION ORDER_IDS SEED COUNT

The database password comes on stdin (never the environment or the command line). Prints
one JSON line: how many operations ended in each state (or with which refusal).
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
from collections import Counter

from kapdesk.domain.allowances import Operation
from kapdesk.i18n import UserError
from kapdesk.journal.team.connect import TeamAddress
from kapdesk.journal.team.store import TeamJournal
from kapdesk.operations.money import MoneyDesk
from kapdesk.operations.plan import OrderRequest, confirmed
from tests.operations.campaign_worker import AMOUNTS, ENVIRONMENT, PROFILE, client


def team_desk(gateway: object, journal: TeamJournal) -> MoneyDesk:
    return MoneyDesk(
        gateway, journal, profile=PROFILE, environment=ENVIRONMENT,  # type: ignore[arg-type]
        settle_delays=(0.05, 0.2),
    )  # fmt: skip


async def main(
    base_url: str, journal: TeamJournal, order_ids: list[int], seed: int, count: int
) -> None:
    rng = random.Random(seed)
    seen: Counter[str] = Counter()
    async with client(base_url) as gateway:
        money = team_desk(gateway, journal)
        for _ in range(count):
            order_id = rng.choice(order_ids)
            try:
                request = OrderRequest(order_id=order_id, operation=Operation.REFUND,
                                       amount=rng.choice(AMOUNTS), reason="r")  # fmt: skip
                outcome = await money.carry_out(request, confirmed)
                assert outcome is not None  # confirmed() says yes
                seen[outcome.state] += 1
            except UserError as err:  # busy, refused by a check, order unreadable
                seen[type(err).__name__] += 1
    print(json.dumps(seen))


if __name__ == "__main__":
    url, port, dbname, user, workstation, ids, seed_text, count_text = sys.argv[1:9]
    password = sys.stdin.readline().rstrip("\n")
    address = TeamAddress(user=user, host="127.0.0.1", port=int(port), dbname=dbname)
    team = TeamJournal(address, password, workstation=workstation)
    orders = [int(i) for i in ids.split(",")]
    asyncio.run(main(url, team, orders, int(seed_text), int(count_text)))
