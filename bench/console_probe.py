"""Measurements of the console that need their own process (Qt app, memory): prints JSON.

python -m bench.console_probe stall|table|rss|bare|phases

Module-level imports stay minimal: ``bare`` is the start-up baseline and must not pay for
modules a bare window does not need (asyncio alone is ~25 ms); each probe imports its own.
"""

from __future__ import annotations

import sys
import time
from typing import Any


def _orders(count: int) -> list[Any]:
    from datetime import UTC, datetime, timedelta
    from decimal import Decimal

    from kapdesk.domain.orders import Card, Order, OrderStatus, OrderType, Transaction

    statuses = list(OrderStatus)
    now = datetime.now(UTC)
    return [
        Order(
            id=100_000 + n,
            type=OrderType.PURCHASE,
            status=statuses[n % len(statuses)],
            amount=Decimal(n % 5000) + Decimal("0.25"),
            currency="AZN",
            created=now - timedelta(minutes=n),
            card=Card(masked_pan=f"416974******{n % 10000:04d}"),
            transactions=(
                Transaction(
                    "Single",
                    "Purchase",
                    Decimal(n % 5000),
                    "AZN",
                    approval_code=f"A{n:05d}",
                    rrn=f"5{n:011d}",
                    pmo_result_code="1",
                ),
            ),
            detailed=True,
        )
        for n in range(count)
    ]


def bare() -> dict[str, float]:
    started = time.perf_counter()
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.show()
    app.processEvents()
    print(f"ready in {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)
    return {}


def phases() -> dict[str, float]:
    """Where ``kapdesk --sandbox --exit-after-shown``'s time goes, step by step (ms, in this
    process, from its first line; interpreter start-up comes before): the same calls as
    ``kapdesk.app.run.run_console`` up to the first paint (the sandbox's child is started
    after it)."""
    started = time.perf_counter()
    marks: dict[str, float] = {}
    last = started

    def mark(step: str) -> None:
        nonlocal last
        now = time.perf_counter()
        marks[step] = (now - last) * 1000
        last = now

    import argparse  # noqa: F401 - kapdesk.__main__'s own imports
    import importlib  # noqa: F401

    mark("kapdesk.app.run imports")
    from PySide6.QtWidgets import QApplication

    mark("PySide6.QtWidgets import")
    app = QApplication(sys.argv[:1])
    mark("QApplication")
    from kapdesk.app.frame import Frame

    mark("frame imports (main window, help, i18n)")
    frame = Frame(app, profile="sandbox", environment="sandbox", starting=True)
    mark("frame built (translators, menus, status bar)")
    frame.window.show()
    mark("show()")
    while not frame.painted.done:
        app.processEvents()
    mark("first paint")
    marks["total"] = (time.perf_counter() - started) * 1000
    frame.window.close()
    return marks


def bare_phases() -> dict[str, float]:
    """The bare window's steps, timed as ``phases`` times the console's."""
    started = time.perf_counter()
    from PySide6.QtWidgets import QApplication, QMainWindow

    imported = time.perf_counter()
    app = QApplication(sys.argv[:1])
    made = time.perf_counter()
    window = QMainWindow()
    window.show()
    shown = time.perf_counter()
    app.processEvents()
    painted = time.perf_counter()
    return {
        "PySide6.QtWidgets import": (imported - started) * 1000,
        "QApplication": (made - imported) * 1000,
        "window and show()": (shown - made) * 1000,
        "first paint": (painted - shown) * 1000,
        "total": (painted - started) * 1000,
    }


def table() -> dict[str, float]:
    from datetime import UTC, datetime

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from kapdesk.gui.lookup.order_rows import AMOUNT, row_for_order
    from kapdesk.gui.lookup.orders_model import OrdersModel

    app = QApplication(sys.argv[:1])
    now = datetime.now(UTC)
    rows = [row_for_order(o, now, now) for o in _orders(100_000)]
    model = OrdersModel()
    model.replace_all(rows)
    started = time.perf_counter()
    model.sort(AMOUNT, Qt.SortOrder.DescendingOrder)
    sort_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    model.set_filter("partiallypaid")
    filter_ms = (time.perf_counter() - started) * 1000
    del app
    return {"sort_ms": sort_ms, "filter_ms": filter_ms, "shown": model.rowCount()}


def rss() -> dict[str, float]:
    from datetime import UTC, datetime
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from kapdesk.gui.lookup.order_rows import row_for_order
    from kapdesk.gui.messages import MessageBridge
    from kapdesk.gui.tabs.lookup import LookupTab
    from kapdesk.gui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    tab = LookupTab(None, TaskRunner(), MessageBridge())  # type: ignore[arg-type]
    now = datetime.now(UTC)
    tab.model.add_rows([row_for_order(o, now, now) for o in _orders(10_000)])
    tab.resize(1280, 760)
    tab.show()
    app.processEvents()
    tab.table.selectRow(5000)
    app.processEvents()
    status = Path("/proc/self/status").read_text()
    # Widgets must go before the QApplication: PySide6 aborts when locals die the other way.
    tab.close()
    tab.deleteLater()
    del tab
    app.processEvents()
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return {"rss_mb": int(line.split()[1]) / 1024}
    return {}


def stall() -> dict[str, float]:
    import asyncio

    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        return runner.run(_stall())


async def _stall() -> dict[str, float]:
    import asyncio
    import gc
    import itertools
    from decimal import Decimal
    from pathlib import Path
    from tempfile import TemporaryDirectory

    from PySide6.QtCore import QTimer

    from kapdesk.domain.orders import OrderType
    from kapdesk.gateway.client import GatewayClient, NewOrder
    from kapdesk.gui.messages import MessageBridge
    from kapdesk.gui.tabs.lookup import LookupTab
    from kapdesk.gui.tasks import TaskRunner
    from kapdesk.journal.orders import OrderIndex
    from kapdesk.operations.orders_service import OrderLookupService
    from kapdesk.sandbox.server import SandboxConfig, SandboxServer

    with TemporaryDirectory() as tmp, SandboxServer(SandboxConfig(seed=None)) as server:
        client = GatewayClient(server.base_url, server.config.user, server.config.password)
        ids = []
        for n in range(1000):
            made = await client.create_order(
                NewOrder(type=OrderType.PURCHASE, amount=Decimal(n + 1), currency="AZN")
            )
            ids.append(made.id)
        server.set_latency(20)
        index = OrderIndex(Path(tmp) / "kapdesk.db", environment="sandbox", profile="bench")
        tab = LookupTab(OrderLookupService(client, index), TaskRunner(), MessageBridge())
        tab.show()
        gc.freeze()  # as kapdesk.app does once the window is up
        beats: list[float] = []
        heartbeat = QTimer()
        heartbeat.setInterval(5)
        heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
        heartbeat.start()
        done = asyncio.Event()
        tab.lookup_finished.connect(done.set)
        started = time.perf_counter()
        tab.look_up(ids)
        await done.wait()
        elapsed = time.perf_counter() - started
        heartbeat.stop()
        await client.aclose()
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(beats)]
    worst = max(range(len(gaps)), key=gaps.__getitem__)
    return {
        "max_stall_ms": gaps[worst],
        "at_s": beats[worst] - started,
        "p99_ms": sorted(gaps)[int(len(gaps) * 0.99)],
        "batch_s": elapsed,
        "rows": tab.model.rowCount(),
    }


if __name__ == "__main__":
    result = {
        "bare": bare,
        "table": table,
        "rss": rss,
        "stall": stall,
        "phases": phases,
        "bare_phases": bare_phases,
    }[sys.argv[1]]()
    if result:
        import json

        print(json.dumps(result))
