"""Run every benchmark in one process tree, print a table and write bench/results.json.

Each ``bench/bench_*.py`` offers ``run() -> list[Figure]``. Figures are compared with their
goal here, not in tests: the machines are shared and noisy.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
import traceback
from pathlib import Path

from bench.figures import Figure


def _modules(selected: list[str]) -> list[str]:
    names = sorted(
        info.name
        for info in pkgutil.iter_modules([str(Path(__file__).parent)])
        if info.name.startswith("bench_")
    )
    return [n for n in names if not selected or any(s in n for s in selected)]


def main(argv: list[str]) -> int:
    figures: list[Figure] = []
    failed = False
    for name in _modules(argv):
        print(f"running {name} ...", file=sys.stderr, flush=True)
        try:
            figures += importlib.import_module(f"bench.{name}").run()
        except Exception:
            failed = True
            traceback.print_exc()
    width = max((len(f.name) for f in figures), default=10)
    print(f"{'benchmark'.ljust(width)}  {'figure':>12}  {'goal':>12}  verdict")
    for fig in figures:
        goal = "" if fig.goal is None else f"{fig.comparison} {fig.goal:g}"
        print(f"{fig.name.ljust(width)}  {fig.value:>12.3f}  {goal:>12}  {fig.verdict} {fig.unit}")
    out = Path(__file__).parent / "results.json"
    out.write_text(json.dumps([f.as_dict() for f in figures], indent=2), encoding="utf-8")
    print(f"figures written to {out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
