"""The console: start-to-ready vs a bare QMainWindow, loop stalls, 100k-row sort/filter, memory."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

from bench.figures import Figure

RUNS = 3


def _env(home: str) -> dict[str, str]:
    return os.environ | {"QT_QPA_PLATFORM": "offscreen", "KAPDESK_HOME": home}


def _wall(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0 or "ready in" not in done.stdout:
        raise RuntimeError(f"{argv} failed: {done.stderr[-500:]}")
    return (time.perf_counter() - started) * 1000


def _probe(mode: str, env: dict[str, str]) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.console_probe", mode],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as home:
        env = _env(home)
        console = [sys.executable, "-m", "kapdesk", "--sandbox", "--exit-after-ready"]
        bare = [sys.executable, "-m", "bench.console_probe", "bare"]
        _wall(console, env)  # warm the file cache for both
        _wall(bare, env)
        ours = statistics.median(_wall(console, env) for _ in range(RUNS))
        plain = statistics.median(_wall(bare, env) for _ in range(RUNS))
        stall = _probe("stall", env)
        table = _probe("table", env)
        memory = _probe("rss", env)
    return [
        Figure(
            "console start to ready vs bare QMainWindow",
            ours / plain,
            "x",
            1.5,
            detail=f"{ours:.0f} ms vs {plain:.0f} ms, median of {RUNS}",
        ),
        Figure(
            "largest event-loop stall, 1,000-order batch",
            stall["max_stall_ms"],
            "ms",
            50,
            comparison="<",
            detail=f"batch took {stall['batch_s']:.1f} s at 20 ms latency",
        ),
        Figure("sort 100,000 rows", table["sort_ms"], "ms", 100),
        Figure("filter 100,000 rows", table["filter_ms"], "ms", 100),
        Figure(
            "resident memory, 10,000 orders in the table",
            memory["rss_mb"],
            "MB",
            250,
            comparison="<",
        ),
    ]
