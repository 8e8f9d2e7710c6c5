"""The window stays responsive while a big batch runs: a heartbeat timer keeps beating.

How long the largest stall is, is a figure, not a test: ``make bench`` measures it beside its
goal ("largest event-loop stall, 1,000-order batch", bench/console_probe.py). A loaded machine
lengthens every gap; what must hold on any machine is that the event loop keeps coming back
to Qt between results, so the timer fires again and again while the batch is in flight.
"""

from __future__ import annotations

import asyncio
import gc
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QTimer

from kapdesk.domain.orders import OrderType
from kapdesk.gateway.client import NewOrder

BATCH = 500
BEATS = 20  # at 10 ms a beat; a loop blocked until the end would give one or two


def test_heartbeat_keeps_beating_during_a_500_order_batch(
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
        # Each beat notes how many results the tab had shown by then: beats that fall
        # between the first and the last result ran while the batch was in flight.
        shown: list[int] = []
        heartbeat = QTimer()
        heartbeat.setInterval(10)
        heartbeat.timeout.connect(lambda: shown.append(console.tab.model.rowCount()))
        heartbeat.start()
        with qtbot.waitSignal(console.tab.lookup_finished, timeout=90_000):
            console.tab.look_up(ids)
        heartbeat.stop()
        assert console.tab.model.rowCount() == BATCH
        assert all(r.order is not None for r in console.tab.model.rows())
        during = [n for n in shown if 0 < n < BATCH]
        assert len(during) >= BEATS, f"{len(during)} beats while the batch ran"
        assert len(set(during)) > 1, "the rows arrived in one lump, not as the answers came"
    finally:
        gc.unfreeze()
