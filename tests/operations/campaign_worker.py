"""One clerk's process in the fault campaign: random refunds through kapdesk's own MoneyDesk.

python -m tests.operations.campaign_worker BASE_URL JOURNAL ORDER_IDS SEED COUNT

ORDER_IDS is comma-separated. Prints one JSON line: how many operations ended in each state
(or with which refusal). Every process shares the journal file and the sandbox.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
from collections import Counter
from decimal import Decimal

from kapdesk.domain.allowances import Operation
from kapdesk.gateway.client import GatewayClient
from kapdesk.i18n import UserError
from kapdesk.journal.journal import Journal
from kapdesk.operations.money import MoneyDesk
from kapdesk.operations.plan import OrderRequest, confirmed
from kapdesk.sandbox.server import DEFAULT_PASSWORD, DEFAULT_USER

PROFILE, ENVIRONMENT = "campaign", "sandbox"
AMOUNTS = (Decimal("0.10"), Decimal("0.20"))  # few amounts: candidates that look alike


def desk(client: GatewayClient, journal: str) -> MoneyDesk:
    return MoneyDesk(
        client, Journal(journal), profile=PROFILE, environment=ENVIRONMENT,
        settle_delays=(0.05, 0.2),
    )  # fmt: skip


def client(base_url: str) -> GatewayClient:
    return GatewayClient(
        base_url, DEFAULT_USER, DEFAULT_PASSWORD, timeout=0.5, read_retries=3, retry_backoff=0.02
    )


async def main(base_url: str, journal: str, order_ids: list[int], seed: int, count: int) -> None:
    rng = random.Random(seed)
    seen: Counter[str] = Counter()
    async with client(base_url) as gateway:
        money = desk(gateway, journal)
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
    url, path, ids, seed_text, count_text = sys.argv[1:6]
    asyncio.run(main(url, path, [int(i) for i in ids.split(",")], int(seed_text), int(count_text)))
