"""The console: loop stalls, 100k-row sort/filter, memory (start-up: bench_startup.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

from bench.figures import Figure


def _env(home: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return env | {"QT_QPA_PLATFORM": "offscreen", "KAPDESK_HOME": home}


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
        stall = _probe("stall", env)
        table = _probe("table", env)
        memory = _probe("rss", env)
    return [
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
