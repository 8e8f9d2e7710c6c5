"""The window stays responsive while a big batch runs: a heartbeat timer never stalls."""

from __future__ import annotations

import asyncio
import gc
import itertools
import time
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QTimer

from kapdesk.domain.orders import OrderType
from kapdesk.gateway.client import NewOrder

BATCH = 500
MAX_STALL_MS = 100


def test_heartbeat_never_stalls_during_a_500_order_batch(
    qtbot: Any, qrun: Any, make_console: Any, standalone_sandbox: Any
) -> None:
    # The gateway runs in its own process, as the bank does: what is measured is the window.
    server = standalone_sandbox("--no-seed", "--latency", "20")
    console = make_console(server)
    # As kapdesk.app does once the window is up: start-up objects stay out of full GC scans.
    gc.collect()
    gc.freeze()
    try:

        async def create() -> list[int]:
            # Concurrently: the client's connection pool bounds it; the latency applies.
            made = await asyncio.gather(
                *(
                    console.client.create_order(
                        NewOrder(type=OrderType.PURCHASE, amount=Decimal(n + 1), currency="AZN")
                    )
                    for n in range(BATCH)
                )
            )
            return [order.id for order in made]

        ids = qrun(create(), timeout=60_000)
        beats: list[float] = []
        heartbeat = QTimer()
        heartbeat.setInterval(10)
        heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
        heartbeat.start()
        with qtbot.waitSignal(console.tab.lookup_finished, timeout=90_000):
            console.tab.look_up(ids)
        heartbeat.stop()
        assert console.tab.model.rowCount() == BATCH
        assert all(r.order is not None for r in console.tab.model.rows())
        gaps = [(b - a) * 1000 for a, b in itertools.pairwise(beats)]
        assert len(gaps) > 50
        assert max(gaps) < MAX_STALL_MS, f"largest stall {max(gaps):.0f} ms"
    finally:
        gc.unfreeze()
