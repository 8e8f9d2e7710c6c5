"""Start-up as a user feels it, whole process, against a bare PySide6 ``QMainWindow`` script.

Two figures, measured side by side in one run (issue 16):

- window on screen: ``kapdesk --sandbox --exit-after-shown`` prints ``shown in`` at the
  window's first paint; goal 1.5x the bare window's start;
- ready: ``kapdesk --sandbox --exit-after-ready`` prints ``ready in`` once the sandbox answered
  a first lookup; goal 2.5x.

Each is seen from outside (launch to the line on stdout, so interpreter start-up counts and the
exit does not). The three programs run interleaved, in a rotating order, so that machine noise
hits them alike; each figure is the median of ``RUNS``. ``python -m bench startup`` runs only
this.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

from bench.figures import Figure

RUNS = 15  # start-up runs of each program; each figure is their median

BARE = [sys.executable, "-m", "bench.console_probe", "bare"]
SHOWN = [sys.executable, "-m", "kapdesk", "--sandbox", "--exit-after-shown"]
READY = [sys.executable, "-m", "kapdesk", "--sandbox", "--exit-after-ready"]


def _env(home: str) -> dict[str, str]:
    # Bytecode caches allowed, as in any installed copy: without them every start recompiles
    # kapdesk (~50 ms), which measures the compiler rather than the console.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return env | {"QT_QPA_PLATFORM": "offscreen", "KAPDESK_HOME": home}


def _start(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(ms from launch to the 'ready in'/'shown in' line, ms from launch to exit), one run."""
    started = time.perf_counter()
    with subprocess.Popen(
        argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None
        seen = None
        for line in proc.stdout:
            if line.startswith(("ready in", "shown in")):
                seen = (time.perf_counter() - started) * 1000
                break
        _, err = proc.communicate(timeout=120)
        exited = (time.perf_counter() - started) * 1000
    if proc.returncode != 0 or seen is None:
        raise RuntimeError(f"{argv} failed: {err[-500:]}")
    return seen, exited


def _span(runs: list[tuple[float, float]]) -> str:
    seen = [s for s, _ in runs]
    return f"{min(seen):.0f}-{max(seen):.0f}"


def _figure(name: str, goal: float, ours: list[tuple[float, float]],
            bare: list[tuple[float, float]], what: str) -> Figure:  # fmt: skip
    mine = statistics.median(s for s, _ in ours)
    base = statistics.median(s for s, _ in bare)
    exit_ = statistics.median(e for _, e in ours)
    return Figure(
        name,
        mine / base,
        "x",
        goal,
        detail=f"{what} {mine:.0f} ms vs bare window {base:.0f} ms (launch to line, median of "
        f"{len(ours)} each, interleaved; runs {_span(ours)} vs {_span(bare)}); to exit "
        f"{exit_:.0f} ms",
    )


def _phases(env: dict[str, str]) -> str:
    """Where the time to the first paint goes, step by step, the console's beside the bare
    window's (bench.console_probe phases / bare_phases; medians, interleaved)."""
    ours: list[dict[str, float]] = []
    bare: list[dict[str, float]] = []
    for _ in range(RUNS):
        for mode, into in (("phases", ours), ("bare_phases", bare)):
            done = subprocess.run(
                [sys.executable, "-m", "bench.console_probe", mode],
                env=env, capture_output=True, text=True, timeout=120, check=True,
            )  # fmt: skip
            into.append(json.loads(done.stdout.strip().splitlines()[-1]))

    def median(runs: list[dict[str, float]], step: str) -> float:
        return statistics.median(r.get(step, 0.0) for r in runs)

    steps = [f"{step} {median(ours, step):.0f}" for step in ours[0] if step != "total"]
    bare_steps = [f"{step} {median(bare, step):.0f}" for step in bare[0] if step != "total"]
    return (
        f"where the time to the first paint goes (ms, in-process, median of {RUNS}): "
        f"console {median(ours, 'total'):.0f} = {'; '.join(steps)} | bare window "
        f"{median(bare, 'total'):.0f} = {'; '.join(bare_steps)}"
    )


def run() -> list[Figure]:
    programs = {"bare": BARE, "shown": SHOWN, "ready": READY}
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in programs}
    with tempfile.TemporaryDirectory() as home:
        env = _env(home)
        for argv in programs.values():  # warm the file cache; the first seeds the sandbox
            _start(argv, env)
        order = list(programs)
        for round_ in range(RUNS):
            for name in order[round_ % 3 :] + order[: round_ % 3]:
                runs[name].append(_start(programs[name], env))
        where = _phases(env)
    shown = _figure("window on screen vs bare QMainWindow", 1.5, runs["shown"], runs["bare"],
                    "first paint")  # fmt: skip
    return [
        Figure(shown.name, shown.value, shown.unit, shown.goal, detail=f"{shown.detail}; {where}"),
        _figure("ready (first lookup answered) vs bare QMainWindow", 2.5, runs["ready"],
                runs["bare"], "ready"),
    ]  # fmt: skip
