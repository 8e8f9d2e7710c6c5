"""The journal as it grows: a write on an order with a long history, and verify/export at
100,000 entries, each command measured in a child process (time and peak memory).

The journal is made through ``Journal.record_intent``/``mark_sent``/``record_outcome`` once
into the bench cache (see ``bench_order_index.cache_dir``) and copied for each use.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from unittest import mock

from bench.bench_order_index import cache_dir
from bench.figures import Figure
from kapdesk.journal import journal as journal_module
from kapdesk.journal.db import connect
from kapdesk.journal.journal import Journal
from kapdesk.journal.schema import SCHEMA_VERSION

ENTRIES = int(os.environ.get("KAPDESK_BENCH_ENTRIES", "100000"))
HISTORY = 1000  # earlier entries on the one order a new intent is written for
DATA_VERSION = 1
START = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)


def _fill(journal: Journal, count: int, order_of: int | None = None) -> None:
    clock = [START]

    def tick() -> datetime:
        clock[0] += timedelta(seconds=5)
        return clock[0]

    journal._now = tick  # type: ignore[method-assign]  # a year's entries, not one second's
    for n in range(count):
        entry = journal.record_intent(
            profile="shop", environment="production",
            order_id=order_of if order_of is not None else 20_000_000 + n,
            operation="refund", amount=Decimal("12.50") + n % 50, currency="AZN",
            masked_card="416974******1778", reason="customer returned the goods",
            os_user="aysel", reason_category="return", operator="Aysel",
        )  # fmt: skip
        journal.mark_sent(entry)
        journal.record_outcome(entry, "done", approval_code=f"C{n % 99999:05d}",
                               rrn=f"6{n:011d}", action_id=f"A{n}")  # fmt: skip


def _unsynced(path: Path | str, **options: Any) -> sqlite3.Connection:
    conn = connect(path, **options)
    conn.execute("PRAGMA synchronous=OFF")  # making bench data only: no fsync per write
    return conn


def _journal(count: int) -> Path:
    """The cached journal of ``count`` entries, in this kapdesk's schema.

    Each schema has its own file (worktrees of other schemas share the cache directory); a
    cache of an older schema is copied and migrated by ``ensure_schema`` instead of being made
    again (a minute instead of ten). Made under a name of this process's own, then renamed:
    two benches filling the cache at once do not write into each other's file.
    """
    stem = f"journal-{count}-v{DATA_VERSION}"
    path = cache_dir() / f"{stem}-schema{SCHEMA_VERSION}.db"
    if path.exists():
        return path
    older = [cache_dir() / f"{stem}-schema{v}.db" for v in range(SCHEMA_VERSION - 1, 2, -1)]
    older.append(cache_dir() / f"{stem}.db")  # schema 2 and before: no schema in the name
    partial = path.with_name(f"{path.name}.{os.getpid()}.part")
    source = next((old for old in older if old.exists()), None)
    with mock.patch.object(journal_module, "connect", _unsynced):
        if source is not None:
            shutil.copyfile(source, partial)
            Journal(partial)  # migrated here, once
        else:
            _fill(Journal(partial), count)
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    partial.replace(path)
    return path


# Runs kapdesk as its own child and reports that child alone (RUSAGE_CHILDREN of a fresh
# process is the peak of its one child): seconds, peak resident KB, exit code.
_MEASURE = """
import resource, subprocess, sys, time
started = time.perf_counter()
done = subprocess.run([sys.executable, "-m", "kapdesk", *sys.argv[1:]], stdout=subprocess.DEVNULL)
took = time.perf_counter() - started
print(took, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.returncode)
"""


def _child(argv: list[str], home: Path) -> tuple[float, float, int]:
    """Seconds and peak resident MB of ``kapdesk ARGV`` (a fresh process), and its exit code."""
    env = os.environ | {"KAPDESK_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *argv], env=env, capture_output=True, text=True,
        timeout=600, check=True,
    )  # fmt: skip
    seconds, peak_kb, code = done.stdout.split()
    return float(seconds), int(peak_kb) / 1024, int(code)


def _record_intent_ms() -> tuple[float, float]:
    """Median ms of record_intent on an order with HISTORY earlier entries, and on orders with
    none, taken in turn in the same journal (the disk's fsync is most of either)."""
    with tempfile.TemporaryDirectory() as folder:
        journal = Journal(Path(folder) / "kapdesk.db")
        _fill(journal, HISTORY, order_of=7)
        times: dict[bool, list[float]] = {True: [], False: []}
        for n in range(40):
            long_history = n % 2 == 0
            started = time.perf_counter()
            entry = journal.record_intent(
                profile="shop", environment="production",
                order_id=7 if long_history else 90_000_000 + n, operation="refund",
                amount=Decimal(1), currency="AZN",
            )  # fmt: skip
            times[long_history].append((time.perf_counter() - started) * 1000)
            journal.record_outcome(entry, "refused", error_code="X")
        return statistics.median(times[True]), statistics.median(times[False])


def run() -> list[Figure]:
    with_history, without = _record_intent_ms()
    figures = [
        Figure(
            f"journal: record_intent with {HISTORY} earlier entries on the order (median)",
            with_history,
            "ms",
            goal=3,
            comparison="<",
            detail="20 writes; the lock reads the order's state row, not its history",
        ),
        Figure(
            f"journal: record_intent, {HISTORY} earlier entries / none (ratio of medians)",
            with_history / without,
            "x",
            goal=1.2,
            detail=f"20 writes each, in turn; none: {without:.2f} ms (commit and fsync)",
        ),
    ]
    source = _journal(ENTRIES)
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        shutil.copy(source, home / "kapdesk.db")
        commands = {
            "verify": (["journal", "verify"], 2.0),
            "export --format csv": (["journal", "export", "--format", "csv"], 4.0),
            "export --format json": (["journal", "export", "--format", "json"], 4.0),
        }
        for name, (argv, goal) in commands.items():
            seconds, peak, code = _child(argv, home)
            detail = f"exit {code}; `kapdesk {' '.join(argv)}` in a child process"
            figures.append(
                Figure(f"journal {ENTRIES:,}: {name} seconds", seconds, "s", goal=goal,
                       comparison="<", detail=detail)
            )  # fmt: skip
            figures.append(
                Figure(f"journal {ENTRIES:,}: {name} peak memory", peak, "MB", goal=100,
                       comparison="<", detail=detail + " (its peak resident set)")
            )  # fmt: skip
    return figures
