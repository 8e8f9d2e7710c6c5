"""Lookup: batches of 1,000 and 10,000 orders at concurrency 16 against a 50 ms sandbox (the
CLI, and the Lookup tab's path: service, order index and table model), one lookup vs raw
httpx, and the Lookup table at 10,000 and 100,000 rows (memory, re-look-up of shown rows).

The sandboxes run as ``kapdesk sandbox`` subprocesses, so the server does not share the
client's interpreter (and GIL) and the figures measure the client and the CLI, not a
crowded process. Memory is always a child process's own resident set.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx

from bench.figures import Figure
from kapdesk.domain.orders import OrderType
from kapdesk.gateway.client import DETAIL_LEVELS, GatewayClient, NewOrder
from kapdesk.operations.lookup import look_up_many

USER, PASSWORD = "TerminalSys/kapital", "kapital123"
ORDERS, CONCURRENCY, LATENCY_MS = 1000, 16, 50
SINGLE_SAMPLES = 400
IDEAL_S = ORDERS / CONCURRENCY * LATENCY_MS / 1000


@contextlib.contextmanager
def sandbox(latency_ms: int, home: str) -> Iterator[str]:
    """``kapdesk sandbox --latency N`` in a subprocess; yields its base URL."""
    argv = [sys.executable, "-m", "kapdesk", "sandbox", "--latency", str(latency_ms)]
    env = os.environ | {"KAPDESK_HOME": home}
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        if not url.startswith("http://"):
            raise RuntimeError("the sandbox did not start")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)


async def _create_orders(url: str, count: int) -> list[int]:
    async with GatewayClient(url, USER, PASSWORD, max_connections=CONCURRENCY) as client:
        gate = asyncio.Semaphore(CONCURRENCY)

        async def one(index: int) -> int:
            async with gate:
                amount = Decimal(10 + index % 90) + Decimal("0.25")
                created = await client.create_order(NewOrder(OrderType.PURCHASE, amount, "AZN"))
                return created.id

        return list(await asyncio.gather(*(one(i) for i in range(count))))


async def _use_case_seconds(url: str, ids: list[int]) -> float:
    async with GatewayClient(url, USER, PASSWORD, max_connections=CONCURRENCY) as client:
        started = time.perf_counter()
        results = await look_up_many(client, ids, concurrency=CONCURRENCY)
        elapsed = time.perf_counter() - started
    if len(results) != len(ids) or not all(r.ok for r in results):
        raise RuntimeError("some orders could not be read")
    return elapsed


def _cli_seconds(url: str, ids: list[int], home: str) -> float:
    argv = [sys.executable, "-m", "kapdesk", "lookup", "--base-url", url, "--user", USER,
            "--concurrency", str(CONCURRENCY), "--format", "json"]  # fmt: skip
    env = os.environ | {"KAPDESK_HOME": home, "KAPDESK_PASSWORD": PASSWORD}
    started = time.perf_counter()
    done = subprocess.run(
        argv, input="\n".join(map(str, ids)), env=env, capture_output=True, text=True,
        timeout=300, check=False,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    if done.returncode != 0 or done.stdout.count('"id":') != len(ids):
        raise RuntimeError(f"kapdesk lookup failed: {done.stderr[-500:]}")
    return elapsed


async def _single_lookup_ratio(url: str, order_id: int) -> tuple[float, float, float]:
    """Median seconds of one detailed lookup through kapdesk's client and through raw httpx."""
    async with (
        GatewayClient(url, USER, PASSWORD) as client,
        httpx.AsyncClient(auth=(USER, PASSWORD)) as raw,
    ):
        target = f"{url}/order/{order_id}"
        ours: list[float] = []
        plain: list[float] = []
        for index in range(SINGLE_SAMPLES + 20):
            # Alternate who goes first so drift in the server hits both equally.
            for side in ("ours", "raw") if index % 2 else ("raw", "ours"):
                started = time.perf_counter()
                if side == "ours":
                    await client.get_order(order_id)
                else:
                    (await raw.get(target, params=DETAIL_LEVELS)).raise_for_status()
                if index >= 20:  # the first rounds warm up both connections
                    (ours if side == "ours" else plain).append(time.perf_counter() - started)
    mine, theirs = statistics.median(ours), statistics.median(plain)
    return mine / theirs, mine, theirs


CANCEL_LATENCY_MS, CANCEL_AFTER_S, CANCEL_RUNS = 3000, 0.2, 5


async def _cancel_ms(url: str, ids: list[int]) -> float:
    """ms from ``task.cancel()`` to the batch task having ended, answers still 3 s away."""
    async with GatewayClient(url, USER, PASSWORD, max_connections=CONCURRENCY) as client:
        task = asyncio.create_task(look_up_many(client, ids, concurrency=CONCURRENCY))
        await asyncio.sleep(CANCEL_AFTER_S)  # the first requests are in flight
        started = time.perf_counter()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        return (time.perf_counter() - started) * 1000


BIG_BATCH = 10_000
# ``kapdesk lookup`` as the only child of a fresh process: its own time and peak memory.
_MEASURE = """
import resource, subprocess, sys, time
started = time.perf_counter()
done = subprocess.run([sys.executable, "-m", "kapdesk", *sys.argv[1:]], stdout=subprocess.DEVNULL)
took = time.perf_counter() - started
print(took, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.returncode)
"""


def _cli_measured(url: str, ids: list[int], home: str) -> tuple[float, float]:
    """Seconds and peak resident MB of ``kapdesk lookup`` reading ``ids`` from stdin."""
    argv = [sys.executable, "-c", _MEASURE, "lookup", "--base-url", url, "--user", USER,
            "--concurrency", str(CONCURRENCY), "--format", "json"]  # fmt: skip
    env = os.environ | {"KAPDESK_HOME": home, "KAPDESK_PASSWORD": PASSWORD}
    done = subprocess.run(
        argv, input="\n".join(map(str, ids)), env=env, capture_output=True, text=True,
        timeout=900, check=True,
    )  # fmt: skip
    seconds, peak_kb, code = done.stdout.split()
    if code != "0":
        raise RuntimeError(f"kapdesk lookup of {len(ids)} ids exited {code}")
    return float(seconds), int(peak_kb) / 1024


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as home:
        with sandbox(LATENCY_MS, home) as url:
            ids = asyncio.run(_create_orders(url, ORDERS))
            in_process = asyncio.run(_use_case_seconds(url, ids))
            cli = _cli_seconds(url, ids, home)
            big_ids = ids + asyncio.run(_create_orders(url, BIG_BATCH - ORDERS))
            big_seconds, big_peak = _cli_measured(url, big_ids, home)
            batch = _batch_figures(url, big_ids, home)
        with sandbox(CANCEL_LATENCY_MS, home) as url:
            cancels = [asyncio.run(_cancel_ms(url, ids)) for _ in range(CANCEL_RUNS)]
        with sandbox(0, home) as url:
            ratio, mine, theirs = asyncio.run(_single_lookup_ratio(url, 5001))
    ideal = f"ideal {IDEAL_S:.3f} s"
    big_ideal = BIG_BATCH / CONCURRENCY * LATENCY_MS / 1000
    return [
        *table_figures(),
        *batch,
        Figure(
            f"lookup {BIG_BATCH} @{CONCURRENCY}, latency {LATENCY_MS} ms: ratio to ideal",
            big_seconds / big_ideal,
            "x",
            goal=1.15,
            detail=f"`kapdesk lookup` end to end: {big_seconds:.3f} s, ideal {big_ideal:.3f} s",
        ),
        Figure(
            f"lookup {BIG_BATCH} @{CONCURRENCY}, latency {LATENCY_MS} ms: peak memory",
            big_peak,
            "MB",
            goal=150,
            comparison="<",
            detail="`kapdesk lookup --format json` peak resident set, measured as a child",
        ),
        Figure(
            f"lookup {ORDERS} @{CONCURRENCY}, latency {LATENCY_MS} ms: ratio to ideal",
            cli / IDEAL_S,
            "x",
            goal=1.3,
            detail=f"`kapdesk lookup` end to end (process start included): {cli:.3f} s, {ideal}",
        ),
        Figure(
            f"lookup {ORDERS} @{CONCURRENCY}, latency {LATENCY_MS} ms: use case ratio to ideal",
            in_process / IDEAL_S,
            "x",
            goal=1.15,
            detail=f"look_up_many in process: {in_process:.3f} s, {ideal}",
        ),
        Figure(
            "one lookup: kapdesk client / raw httpx GET (median)",
            ratio,
            "x",
            goal=1.2,
            detail=f"{mine * 1000:.2f} ms vs {theirs * 1000:.2f} ms, {SINGLE_SAMPLES} samples",
        ),
        Figure(
            "cancel a batch in flight: ms until it has stopped (median)",
            statistics.median(cancels),
            "ms",
            goal=500,
            comparison="<",
            detail=f"{ORDERS} ids @{CONCURRENCY}, answers {CANCEL_LATENCY_MS} ms away, "
            f"cancelled after {CANCEL_AFTER_S} s; {CANCEL_RUNS} runs, "
            f"{min(cancels):.1f}-{max(cancels):.1f} ms",
        ),
    ]


# The Lookup tab's batch path, in a child process of its own: OrderLookupService reading
# with the order index behind it, each result streamed into a row of the table's model.
_BATCH_CHILD = "batch"


async def _batch_in_child(url: str, ids: list[int], home: str) -> dict[str, float]:
    import resource

    from PySide6.QtCore import QCoreApplication

    from kapdesk.gui.lookup.order_rows import Row, row_for_error, row_for_order
    from kapdesk.gui.lookup.orders_model import OrdersModel
    from kapdesk.journal.orders import OrderIndex
    from kapdesk.operations.lookup import LookupResult
    from kapdesk.operations.orders_service import OrderLookupService

    app = QCoreApplication(sys.argv[:1])
    model = OrdersModel()
    pending: list[Row] = []
    counts = {"ok": 0, "rows": 0}

    def each(result: LookupResult) -> None:  # what LookupTab._on_result and _flush do
        now = datetime.now(UTC)
        if result.order is not None:
            counts["ok"] += 1
            pending.append(row_for_order(result.order, now, now))
        else:
            pending.append(row_for_error(result.order_id, result.error or ""))
        if len(pending) >= 100:
            model.add_rows(pending)
            pending.clear()

    index = OrderIndex(Path(home) / "batch.db", environment="sandbox", profile="bench")
    async with GatewayClient(url, USER, PASSWORD, max_connections=CONCURRENCY) as client:
        service = OrderLookupService(client, index, concurrency=CONCURRENCY)
        await service.look_up(ids[:CONCURRENCY], keep=False)  # connections open, warm
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        cpu = time.process_time()
        started = time.perf_counter()
        await service.look_up(ids, on_result=each, keep=False)
        took = time.perf_counter() - started
        cpu = time.process_time() - cpu
    model.add_rows(pending)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    saved = len(index.search(limit=len(ids) + 1))
    if counts["ok"] != len(ids) or model.rowCount() != len(ids) or saved != len(ids):
        raise RuntimeError(f"{counts['ok']} read, {model.rowCount()} rows, {saved} saved")
    del app
    return {"seconds": took, "peak_mb": peak, "before_mb": before, "cpu_ms": cpu * 1000 / len(ids)}


def _batch_measured(url: str, ids: list[int], home: str) -> dict[str, float]:
    ids_file = Path(home) / f"ids-{len(ids)}.txt"
    ids_file.write_text("\n".join(map(str, ids)))
    done = subprocess.run(
        [sys.executable, "-m", "bench.bench_lookup", _BATCH_CHILD, url, str(ids_file), home],
        capture_output=True, text=True, timeout=900, check=True,
    )  # fmt: skip
    found: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def _batch_figures(url: str, ids: list[int], home: str) -> list[Figure]:
    figures = []
    for count in (ORDERS, BIG_BATCH):
        found = _batch_measured(url, ids[:count], home)
        ideal = count / CONCURRENCY * LATENCY_MS / 1000
        figures.append(
            Figure(
                f"Lookup tab batch {count} @{CONCURRENCY}, latency {LATENCY_MS} ms: ratio to ideal",
                found["seconds"] / ideal,
                "x",
                goal=1.15,
                detail=f"OrderLookupService.look_up with the order index, rows streamed to "
                f"the model: {found['seconds']:.3f} s, ideal {ideal:.3f} s; client CPU "
                f"{found['cpu_ms']:.2f} ms an order (the ideal allows "
                f"{LATENCY_MS / CONCURRENCY:.2f} ms of wall time an order)",
            )
        )
        if count == BIG_BATCH:
            figures.append(
                Figure(
                    f"Lookup tab batch {count} @{CONCURRENCY}: peak memory",
                    found["peak_mb"],
                    "MB",
                    goal=150,
                    comparison="<",
                    detail=f"peak resident set of a child process (rows, index and the "
                    f"batch); {found['before_mb']:.0f} MB before the batch",
                )
            )
    return figures


# The Lookup table ------------------------------------------------------------------------
# Rows are built as the Lookup tab builds them: from sandbox answers parsed by the gateway
# client's own parser (raw answer included), varied per order so no two rows share objects.
TABLE_SIZES = (10_000, 100_000)
RELOOKUP = 200
MEMORY_GOALS_MB = {10_000: 150, 100_000: 600}
RELOOKUP_GOAL_MS = 50


async def _answers(url: str) -> list[dict[str, Any]]:
    """The ``order`` objects of the seeded orders the sandbox answers in full (with a card)."""
    found = []
    async with GatewayClient(url, USER, PASSWORD) as client:
        for order_id in range(5001, 5061):
            try:
                order = await client.get_order(order_id)
            except Exception:  # noqa: S112 - ids the seed did not make
                continue
            if order.transactions and order.masked_pan:
                found.append(order.raw)
    return found


def _varied_answer(template: str, n: int) -> dict[str, Any]:
    """A fresh answer (its own objects) for order ``n``: id, amount, card, RRN, code, time."""
    order: dict[str, Any] = json.loads(template)
    order["id"] = 10_000_000 + n
    order["amount"] = f"{100 + n * 37 % 90_000}.{n % 100:02d}"
    order["createTime"] = f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:{n % 60:02d}:00"
    for k, tran in enumerate(order.get("trans") or []):
        tran["ridByPmo"] = f"6{n:011d}{k or ''}"
        tran["approvalCode"] = f"{n % 36**6:06X}"[-6:]
    for key in ("cardAuthInfo", "card"):
        if isinstance(order.get(key), dict) and "maskedPan" in order[key]:
            order[key]["maskedPan"] = f"416974******{n * 7919 % 10_000:04d}"
    return {"order": order}


def _rows_child(mode: str, count: int, templates_file: str) -> dict[str, float]:
    """In a fresh process: the Lookup tab with ``count`` rows (or none, the baseline)."""
    from datetime import UTC, datetime

    from PySide6.QtWidgets import QApplication

    from kapdesk.gateway.parse import parse_order
    from kapdesk.gui.lookup.order_rows import row_for_order
    from kapdesk.gui.messages import MessageBridge
    from kapdesk.gui.tabs.lookup import LookupTab
    from kapdesk.gui.tasks import TaskRunner

    templates = [json.dumps(t) for t in json.loads(Path(templates_file).read_text())]
    app = QApplication(sys.argv[:1])
    tab = LookupTab(None, TaskRunner(), MessageBridge())  # type: ignore[arg-type]
    tab.resize(1280, 760)
    tab.show()
    app.processEvents()
    now = datetime.now(UTC)
    figures: dict[str, float] = {}
    if mode != "baseline":
        started = time.perf_counter()
        chunk: list[Any] = []
        for n in range(count):  # as the tab gets them: in chunks, each answer parsed
            answer = _varied_answer(templates[n % len(templates)], n)
            chunk.append(row_for_order(parse_order(answer, detailed=True), now, now))
            if len(chunk) == 500:
                tab.model.add_rows(chunk)
                chunk = []
        tab.model.add_rows(chunk)
        figures["build_s"] = time.perf_counter() - started
        app.processEvents()
        tab.table.selectRow(count // 2)
        app.processEvents()
        # Look up again 200 rows already shown, spread over the table, the table sorted.
        from PySide6.QtCore import Qt

        from kapdesk.gui.lookup.order_rows import AMOUNT

        tab.model.sort(AMOUNT, Qt.SortOrder.DescendingOrder)
        step = count // RELOOKUP
        again = [
            row_for_order(
                parse_order(_varied_answer(templates[n % len(templates)], n), detailed=True),
                now,
                now,
            )
            for n in range(0, count, step)
        ][:RELOOKUP]
        times = []
        for _ in range(3):
            started = time.perf_counter()
            tab.model.add_rows(again)
            times.append((time.perf_counter() - started) * 1000)
        figures["relookup_ms"] = max(times)
        if tab.model.rowCount() != count:
            raise RuntimeError(f"{tab.model.rowCount()} rows shown, {count} expected")
    status = Path("/proc/self/status").read_text()
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            figures["rss_mb"] = int(line.split()[1]) / 1024
    # Widgets must go before the QApplication: PySide6 aborts when locals die the other way.
    tab.close()
    tab.deleteLater()
    del tab
    app.processEvents()
    return figures


def _rows_measured(mode: str, count: int, templates_file: str) -> dict[str, float]:
    env = os.environ | {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    done = subprocess.run(
        [sys.executable, "-m", "bench.bench_lookup", "rows", mode, str(count), templates_file],
        env=env, capture_output=True, text=True, timeout=900, check=True,
    )  # fmt: skip
    found: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def table_figures() -> list[Figure]:
    with tempfile.TemporaryDirectory() as home:
        with sandbox(0, home) as url:
            answers = asyncio.run(_answers(url))
        templates_file = str(Path(home) / "answers.json")
        Path(templates_file).write_text(json.dumps(answers, default=str))
        baseline = _rows_measured("baseline", 0, templates_file)["rss_mb"]
        figures = []
        for count in TABLE_SIZES:
            found = _rows_measured("rows", count, templates_file)
            figures.append(
                Figure(
                    f"Lookup table, {count:,} rows: re-look-up {RELOOKUP} rows already shown",
                    found["relookup_ms"],
                    "ms",
                    goal=RELOOKUP_GOAL_MS,
                    comparison="<",
                    detail=f"OrdersModel.add_rows of {RELOOKUP} shown rows, sorted table "
                    f"(the slowest of 3); rows built in {found['build_s']:.1f} s",
                )
            )
            figures.append(
                Figure(
                    f"Lookup table, {count:,} rows: resident memory",
                    found["rss_mb"],
                    "MB",
                    goal=MEMORY_GOALS_MB[count],
                    comparison="<",
                    detail=f"the Lookup tab shown with rows from parsed sandbox answers (raw "
                    f"included), {len(answers)} templates varied; the same process without "
                    f"rows: {baseline:.0f} MB",
                )
            )
    return figures


if __name__ == "__main__" and sys.argv[1:2] == ["rows"]:
    print(json.dumps(_rows_child(sys.argv[2], int(sys.argv[3]), sys.argv[4])))
elif __name__ == "__main__" and sys.argv[1:2] == [_BATCH_CHILD]:
    _ids = [int(n) for n in Path(sys.argv[3]).read_text().split()]
    print(json.dumps(asyncio.run(_batch_in_child(sys.argv[2], _ids, sys.argv[4]))))
