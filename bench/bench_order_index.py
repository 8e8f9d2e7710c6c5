"""Offline search over a million known orders, and what the index costs on disk.

The index is built through ``OrderIndex.save_many`` from orders the sandbox really answered
(read over HTTP, parsed by the gateway client), varied in id, amount, card, RRN, approval
code and creation time. Building a million takes minutes, so it is made once into a cache
directory (``KAPDESK_BENCH_CACHE``, default ``<tmp>/kapdesk-bench``) and reused while the
index's schema stays the same.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from bench.bench_lookup import PASSWORD, USER, sandbox
from bench.figures import Figure
from kapdesk.domain.orders import Order, OrderStatus
from kapdesk.gateway.client import GatewayClient
from kapdesk.journal import orders as orders_module
from kapdesk.journal.orders import PAGE_SIZE, OrderIndex

ORDERS = int(os.environ.get("KAPDESK_BENCH_ORDERS", "1000000"))
SEARCH_GOAL_MS, SIZE_GOAL_BYTES = 50, 1024
RUNS = 5
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
STEP = timedelta(seconds=31)  # a million orders over the year behind NOW
ENV, PROFILE = "production", "shop"
DATA_VERSION = 1  # raise when varied() changes


def cache_dir() -> Path:
    default = Path(tempfile.gettempdir()) / "kapdesk-bench"
    found = Path(os.environ.get("KAPDESK_BENCH_CACHE", default))
    found.mkdir(parents=True, exist_ok=True)
    return found


def _schema_tag() -> str:
    # A new index schema (or a new way of making the data) makes a new cache file.
    source = f"{orders_module._SCHEMA}{DATA_VERSION}".encode()
    return hashlib.sha256(source).hexdigest()[:12]


async def _templates(url: str) -> list[Order]:
    async with GatewayClient(url, USER, PASSWORD) as client:
        found = []
        for order_id in range(5001, 5061):
            try:
                found.append(await client.get_order(order_id))
            except Exception:  # noqa: S112 - ids the seed did not make
                continue
    return [o for o in found if o.transactions and o.masked_pan]


def rrn(n: int) -> str:
    return f"6{n:011d}"


def code(n: int) -> str:
    return f"C{n:05d}"[-6:] if n < 100_000 else f"{n % 36**6:06X}"[-6:]


def last4(n: int) -> str:
    return f"{n * 7919 % 10_000:04d}"


def amount(n: int) -> Decimal:
    return Decimal(100 + n * 37 % 90_000) / 100


def created(n: int) -> datetime:
    return NOW - STEP * (ORDERS - n)


def varied(templates: list[Order], count: int) -> Iterator[Order]:
    for n in range(count):
        base = templates[n % len(templates)]
        pan = f"416974******{last4(n)}"
        trans = tuple(
            dataclasses.replace(t, rrn=rrn(n) + str(k) if k else rrn(n), approval_code=code(n))
            for k, t in enumerate(base.transactions)
        )
        raw: dict[str, Any] = dict(base.raw)
        raw.update(id=10_000_000 + n, amount=str(amount(n)), createTime=created(n).isoformat())
        raw["trans"] = [
            dict(t, ridByPmo=rrn(n), approvalCode=code(n)) for t in raw.get("trans") or []
        ]
        card = dataclasses.replace(base.card, masked_pan=pan) if base.card else None
        yield dataclasses.replace(
            base, id=10_000_000 + n, amount=amount(n), created=created(n), card=card,
            transactions=trans, raw=raw,
        )  # fmt: skip


def build(path: Path, count: int) -> float:
    """Seconds it took to save ``count`` orders through ``OrderIndex.save_many``."""
    home = tempfile.mkdtemp()
    with sandbox(0, home) as url:
        templates = asyncio.run(_templates(url))
    index = OrderIndex(path, environment=ENV, profile=PROFILE)
    started = time.perf_counter()
    index.save_many(varied(templates, count), NOW)
    return time.perf_counter() - started


def _ms(search: Callable[[], list[Any]]) -> tuple[float, int]:
    times, hits = [], 0
    for _ in range(RUNS):
        started = time.perf_counter()
        hits = len(search())
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), hits


def run() -> list[Figure]:
    path = cache_dir() / f"orders-{ORDERS}-{_schema_tag()}.db"
    note = f"cached {path.name}"
    if not path.exists():
        partial = path.with_suffix(".part")
        for leftover in path.parent.glob(partial.name + "*"):
            leftover.unlink()
        seconds = build(partial, ORDERS)
        partial.rename(path)
        for suffix in ("-wal", "-shm"):
            Path(str(partial) + suffix).unlink(missing_ok=True)
        note = f"built in {seconds:.0f} s"
    index = OrderIndex(path, environment=ENV, profile=PROFILE)
    n = ORDERS // 3
    day = created(n).replace(hour=0, minute=0, second=0)
    searches: dict[str, Callable[[], list[Any]]] = {
        "order id (search box)": lambda: index.search(str(10_000_000 + n), limit=PAGE_SIZE),
        "RRN (search box)": lambda: index.search(rrn(n), limit=PAGE_SIZE),
        "approval code (search box)": lambda: index.search(code(n), limit=PAGE_SIZE),
        "last 4 (search box)": lambda: index.search(last4(n), limit=PAGE_SIZE),
        "--rrn": lambda: index.search(rrn=rrn(n), limit=PAGE_SIZE),
        "--approval-code": lambda: index.search(approval_code=code(n), limit=PAGE_SIZE),
        "--last4": lambda: index.search(last4=last4(n), limit=PAGE_SIZE),
        "--amount": lambda: index.search(amount=amount(n), limit=PAGE_SIZE),
        "30-day range": lambda: index.search(
            since=day - timedelta(days=30), until=day, limit=PAGE_SIZE
        ),
        "--status FullyPaid": lambda: index.search(
            status=str(OrderStatus.FULLY_PAID), limit=PAGE_SIZE
        ),
        "30 days + --status Authorized": lambda: index.search(
            since=day - timedelta(days=30), until=day, status="Authorized", limit=PAGE_SIZE
        ),
        "30-day range, page 3": lambda: index.search(
            since=day - timedelta(days=30), until=day, limit=PAGE_SIZE, offset=2 * PAGE_SIZE
        ),
    }
    figures = []
    for name, search in searches.items():
        ms, hits = _ms(search)
        figures.append(
            Figure(
                f"order index {ORDERS:,}: search {name}, first page (median)",
                ms,
                "ms",
                goal=SEARCH_GOAL_MS,
                comparison="<",
                detail=f"{hits} hits (page of {PAGE_SIZE}), median of {RUNS}; {note}",
            )
        )
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    figures.append(
        Figure(
            f"order index {ORDERS:,}: database bytes per order",
            size / ORDERS,
            "B",
            goal=SIZE_GOAL_BYTES,
            comparison="<",
            detail=f"{size / 1e6:.0f} MB for {ORDERS:,} orders (raw answers compressed)",
        )
    )
    return figures
