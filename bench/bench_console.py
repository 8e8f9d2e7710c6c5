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

RUNS = 7  # start-up runs of each program; the figure is their median


def _env(home: str) -> dict[str, str]:
    # Bytecode caches allowed, as in any installed copy: without them every start recompiles
    # kapdesk (~50 ms), which measures the compiler rather than the console.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return env | {"QT_QPA_PLATFORM": "offscreen", "KAPDESK_HOME": home}


def _start(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(ms from launch to the 'ready in' line, ms from launch to exit) for one run."""
    started = time.perf_counter()
    with subprocess.Popen(
        argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None
        ready = None
        for line in proc.stdout:  # the program prints 'ready in N ms' once it is ready
            if "ready in" in line:
                ready = (time.perf_counter() - started) * 1000
                break
        _, err = proc.communicate(timeout=120)
        exited = (time.perf_counter() - started) * 1000
    if proc.returncode != 0 or ready is None:
        raise RuntimeError(f"{argv} failed: {err[-500:]}")
    return ready, exited


def _start_up(env: dict[str, str]) -> Figure:
    """Both programs run the same way: this interpreter, ``-m``, the same env, offscreen.

    Ready is when the child prints its ready line (the console: window shown and the sandbox
    answered a first request), seen from outside, so interpreter start-up counts for both and
    the exit does not. Runs alternate so that machine noise hits both alike.
    """
    console = [sys.executable, "-m", "kapdesk", "--sandbox", "--exit-after-ready"]
    bare = [sys.executable, "-m", "bench.console_probe", "bare"]
    _start(console, env)  # warm the file cache for both
    _start(bare, env)
    ours: list[tuple[float, float]] = []
    plain: list[tuple[float, float]] = []
    for _ in range(RUNS):
        ours.append(_start(console, env))
        plain.append(_start(bare, env))
    ready = statistics.median(r for r, _ in ours)
    ready_bare = statistics.median(r for r, _ in plain)
    exit_ = statistics.median(e for _, e in ours)
    exit_bare = statistics.median(e for _, e in plain)
    return Figure(
        "console start to ready vs bare QMainWindow",
        ready / ready_bare,
        "x",
        1.5,
        detail=f"ready {ready:.0f} ms vs {ready_bare:.0f} ms (launch to ready line, median of "
        f"{RUNS} each; runs {_span(ours)} vs {_span(plain)}); to exit {exit_:.0f} vs "
        f"{exit_bare:.0f} ms",
    )


def _span(runs: list[tuple[float, float]]) -> str:
    readies = [r for r, _ in runs]
    return f"{min(readies):.0f}-{max(readies):.0f}"


def _probe(mode: str, env: dict[str, str]) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.console_probe", mode],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as home:
        env = _env(home)
        start_up = _start_up(env)
        stall = _probe("stall", env)
        table = _probe("table", env)
        memory = _probe("rss", env)
    return [
        start_up,
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
