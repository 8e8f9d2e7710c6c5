"""The Journal tab at 100,000 entries, and a team journal's news reaching another workstation.

Each case runs in a child process of its own (``python -m bench.bench_journal_tab CASE``), so
its resident memory is the tab's and Qt's, not the bench's:

- ``sqlite``: the bench's cached 100,000-entry journal (``bench_journal._journal``), copied;
  the tab (shown, offscreen) on it with the clock at the journal's end, so its default 30
  days hold every entry. First screen: from Show to the first page in the model and painted.
  The longest stall: the largest gap between the beats of a 2 ms timer from Show through the
  first page, ten more pages, a row's detail and Show again. Memory: the child's peak
  resident set after that; then every page to the end (all 100,000 rows), reported beside.
- ``team``: a private PostgreSQL cluster (``tests.team.cluster``); the tab of one workstation
  (its own login and listener), an append by another login on a thread of its own; the time
  from calling the append to the entry's row in the tab's model, median of 30.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from bench.figures import Figure

ENTRIES = int(os.environ.get("KAPDESK_BENCH_ENTRIES", "100000"))
MORE_PAGES = 10
ROUNDS = 30  # appends timed on PostgreSQL
BEAT_MS = 2


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _resident_mb() -> float:
    pages = int(Path("/proc/self/statm").read_text(encoding="ascii").split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1024 / 1024


class _Beats:
    """A 2 ms timer on the GUI thread: the largest gap between its beats is the longest
    time the window could not have answered."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.times: list[float] = []
        self._timer = QTimer()
        self._timer.setInterval(BEAT_MS)
        self._timer.timeout.connect(lambda: self.times.append(time.perf_counter()))

    def start(self) -> None:
        self.times.clear()
        self.times.append(time.perf_counter())
        self._timer.start()

    def stop(self) -> float:
        """The longest gap in ms since start()."""
        self._timer.stop()
        self.times.append(time.perf_counter())
        return max(b - a for a, b in zip(self.times, self.times[1:], strict=False)) * 1000


async def _until(condition: Callable[[], bool], patience: float = 120.0) -> None:
    import asyncio

    deadline = time.monotonic() + patience
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the tab did not get there")
        await asyncio.sleep(0.001)


def _qt() -> tuple[Any, Any]:
    import asyncio

    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    return app, loop


def _sqlite_case(path: str) -> dict[str, Any]:
    from kapdesk.domain.clock import FixedClock
    from kapdesk.gui.tabs.journal import JournalTab
    from kapdesk.gui.tasks import TaskRunner
    from kapdesk.journal.journal import Journal

    app, loop = _qt()
    started = time.perf_counter()
    journal = Journal(path)  # the first open after the upgrade builds the pages' index
    opened = (time.perf_counter() - started) * 1000
    newest = journal.entries_page(journal_filter_all()).entries[0].time
    tab = JournalTab(journal, None, TaskRunner(), clock=FixedClock(newest + timedelta(hours=1)))
    tab.resize(1280, 800)
    tab.show()
    app.processEvents()
    out: dict[str, Any] = {"open_ms": opened, "baseline_mb": _resident_mb()}
    beats = _Beats()

    async def scenario() -> None:
        beats.start()
        shown = time.perf_counter()
        tab.reload()
        await _until(lambda: tab.model.rowCount() > 0 and tab.apply_button.isEnabled())
        tab.table.viewport().repaint()  # painted, as the clerk sees it
        out["first_screen_ms"] = (time.perf_counter() - shown) * 1000
        out["first_rows"] = tab.model.rowCount()
        for _ in range(MORE_PAGES):
            tab.more()
            await _until(lambda: not tab._runner.running("journal: more"))
        tab.table.setCurrentIndex(tab.model.index(3, 0))
        await _until(lambda: "Reading…" not in tab.detail.toPlainText())
        again = time.perf_counter()
        tab.reload()  # Show again, with thousands of rows in the table
        await _until(lambda: tab.model.rowCount() > 0 and tab.apply_button.isEnabled())
        out["show_again_ms"] = (time.perf_counter() - again) * 1000
        for _ in range(MORE_PAGES):
            tab.more()
            await _until(lambda: not tab._runner.running("journal: more"))
        out["stall_ms"] = beats.stop()
        out["rows_paged"] = tab.model.rowCount()
        out["paged_mb"] = _peak_mb()
        everything = time.perf_counter()
        beats.start()
        while tab._next is not None:
            tab.more()
            await _until(lambda: not tab._runner.running("journal: more"))
        out["all_stall_ms"] = beats.stop()
        out["all_s"] = time.perf_counter() - everything
        out["all_rows"] = tab.model.rowCount()
        out["all_mb"] = _peak_mb()

    loop.run_until_complete(scenario())
    return out


def journal_filter_all() -> Any:
    from kapdesk.journal.pages import JournalFilter

    return JournalFilter()


def _team_case() -> dict[str, Any]:
    import asyncio
    import threading
    from decimal import Decimal

    from kapdesk.gui.tabs.journal import JournalTab
    from kapdesk.gui.tasks import TaskRunner
    from tests.team.cluster import make_team_database, postgres_bin, start_cluster

    if postgres_bin() is None:
        return {"skipped": "no PostgreSQL server binaries"}
    _, loop = _qt()
    cluster = start_cluster()
    try:
        team = make_team_database(cluster)
        mine = team.journal("murad", workstation="FIN-PC-02")
        other = team.journal("aysel", workstation="FIN-PC-01")
        tab = JournalTab(mine, None, TaskRunner())
        tab.show()
        loop.run_until_complete(tab.start())
        listener = mine.listen(lambda: loop.call_soon_threadsafe(tab.news))
        if not listener.wait_connected(20):
            raise RuntimeError("the listener did not connect")
        times: list[float] = []

        def append(order_id: int, sent: list[float], made: list[int]) -> None:
            sent.append(time.perf_counter())
            entry = other.record_intent(
                profile="shop", environment="production", order_id=order_id,
                operation="refund", amount=Decimal("1.00"), currency="AZN",
            )  # fmt: skip
            made.append(entry)

        waiting: dict[str, Any] = {}

        def seen(*_: Any) -> None:  # one slot for every round: the row of the round's entry
            made = waiting.get("made")
            if made and "arrived" not in waiting and made[0] in tab.model._ids:
                waiting["arrived"] = time.perf_counter()

        tab.model.rowsInserted.connect(seen)

        async def rounds() -> None:
            await asyncio.sleep(0.5)  # the first (connect) news read
            for n in range(ROUNDS + 3):
                sent: list[float] = []
                waiting.clear()
                waiting["made"] = made = []
                worker = threading.Thread(target=append, args=(30_000_000 + n, sent, made))
                worker.start()
                # The row may come before the append has returned its id: seen() again.
                await _until(lambda: seen() or "arrived" in waiting, patience=30)
                worker.join()
                if n >= 3:  # the first rounds warm the connections and the plans
                    times.append((waiting["arrived"] - sent[0]) * 1000)
                await asyncio.sleep(0.02)

        loop.run_until_complete(rounds())
        listener.close()
        team.close()
        return {"median_ms": statistics.median(times), "max_ms": max(times)}
    finally:
        cluster.stop()
        shutil.rmtree(cluster.root, ignore_errors=True)


def _child(case: str, *args: str) -> dict[str, Any]:
    env = os.environ | {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    done = subprocess.run(
        [sys.executable, "-m", "bench.bench_journal_tab", case, *args],
        env=env, capture_output=True, text=True, timeout=1200,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"journal tab bench {case} failed: {done.stderr[-2000:]}")
    found: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def run() -> list[Figure]:
    from bench.bench_journal import _journal

    source = _journal(ENTRIES)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kapdesk.db"
        shutil.copy(source, path)
        tab = _child("sqlite", str(path))
    where = f"Journal tab, {ENTRIES:,} entries"
    paged = f"first page + {2 * MORE_PAGES} more, a detail, Show again ({tab['rows_paged']:,} rows)"
    figures = [
        Figure(f"{where}: first screen (Show to a page painted)", tab["first_screen_ms"], "ms",
               goal=200, comparison="<", detail=f"{tab['first_rows']} rows"),
        Figure(f"{where}: longest GUI stall while loading", tab["stall_ms"], "ms", goal=50,
               comparison="<", detail=paged + f"; {BEAT_MS} ms beats"),
        Figure(f"{where}: peak resident memory", tab["paged_mb"], "MB", goal=150,
               comparison="<", detail=paged + " (the child's peak, Qt included)"),
        Figure(f"{where}: Show again", tab["show_again_ms"], "ms", goal=200, comparison="<",
               detail="with the pages above in the table"),
        Figure(f"{where}: first open after the upgrade (builds the index)", tab["open_ms"],
               "ms", detail="once per journal"),
        Figure(f"{where}: scrolled to the end, peak resident memory", tab["all_mb"], "MB",
               detail=f"all {tab['all_rows']:,} rows read, in {tab['all_s']:.1f} s; "
               f"longest stall {tab['all_stall_ms']:.0f} ms"),
    ]  # fmt: skip
    team = _child("team")
    if "skipped" not in team:
        figures.append(
            Figure("team journal: append to the row in another workstation's Journal tab "
                   "(median)", team["median_ms"], "ms", goal=200, comparison="<",
                   detail=f"{ROUNDS} appends over loopback TCP; max {team['max_ms']:.0f} ms")
        )  # fmt: skip
    return figures


if __name__ == "__main__":
    case = sys.argv[1]
    result = _sqlite_case(sys.argv[2]) if case == "sqlite" else _team_case()
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # PySide6 can abort in the interpreter's final garbage collection
