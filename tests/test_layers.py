"""The dependency direction of design.md, checked by walking every import in kapdesk/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "kapdesk"

# Which kapdesk parts each part may import (besides itself, the Qt-free i18n helper and logs).
ALLOWED: dict[str, set[str]] = {
    "domain": set(),
    "gateway": {"domain"},
    "sandbox": {"domain"},
    "vault": {"domain"},
    "journal": {"domain"},
    "operations": {"domain", "gateway", "journal", "vault"},
    "gui": {"domain", "operations", "journal", "vault"},
    "cli": {"domain", "gateway", "operations", "journal", "vault", "sandbox"},
    "app": {"domain", "gateway", "operations", "journal", "vault", "sandbox", "gui", "cli"},
    "__main__": {"app", "cli"},
    "__init__": set(),
    "i18n": set(),
    "logs": {"domain"},  # the secret-redacting log filter: every part may install it
}
QT_ALLOWED = {"gui", "app"}
# The one app/ module the command line may use: the evidence-pack PDF writer (QtGui only,
# imported inside `kapdesk dispute pack`'s handler).
CLI_FROM_APP = {"kapdesk.app.evidence_pdf"}
# Libraries the GUI must reach only through the layers below it.
GUI_FORBIDDEN = {"httpx", "keyring", "sqlite3", "cryptography", "uvicorn", "starlette"}


def _part(path: Path) -> str:
    rel = path.relative_to(ROOT)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.ImportFrom) and node.level:
            raise AssertionError(f"{path}:{node.lineno}: use absolute imports")
    return found


def violations() -> list[str]:
    problems = []
    for path in sorted(ROOT.rglob("*.py")):
        part = _part(path)
        allowed = ALLOWED.get(part)
        if allowed is None:
            problems.append(f"{path}: part {part!r} is not in design.md's layers")
            continue
        for line, module in _imports(path):
            top, _, rest = module.partition(".")
            if top == "kapdesk":
                target = rest.split(".")[0] if rest else "__init__"
                if part == "cli" and module in CLI_FROM_APP:
                    continue
                if target not in allowed | {part, "i18n", "logs", "__init__"}:
                    problems.append(f"{path}:{line}: {part} must not import kapdesk.{target}")
            elif top in {"PySide6", "qasync", "shiboken6"} and part not in QT_ALLOWED:
                problems.append(f"{path}:{line}: only gui/ and app/ may import {top}")
            elif part == "gui" and top in GUI_FORBIDDEN:
                problems.append(f"{path}:{line}: gui/ must not import {top}")
    return problems


def test_imports_follow_the_design() -> None:
    assert violations() == []


@pytest.mark.parametrize(
    ("part", "source", "expected"),
    [
        ("domain", "import httpx\nimport kapdesk.gateway\n", "domain must not import"),
        ("sandbox", "from kapdesk.gateway import client\n", "sandbox must not import"),
        ("operations", "from PySide6 import QtCore\n", "only gui/ and app/"),
        ("gui", "import sqlite3\n", "gui/ must not import sqlite3"),
    ],
)
def test_the_checker_catches_a_wrong_import(
    part: str, source: str, expected: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake_root = tmp_path / "kapdesk"
    (fake_root / part).mkdir(parents=True)
    (fake_root / part / "bad.py").write_text(source, encoding="utf-8")
    monkeypatch.setattr(__import__(__name__, fromlist=["ROOT"]), "ROOT", fake_root)
    assert any(expected in problem for problem in violations())


# Background work in gui/ starts only through the TaskRunner (kapdesk/gui/tasks.py).
TASK_STARTERS = {"create_task", "ensure_future", "to_thread", "run_in_executor"}
RUNNER_MODULE = Path("gui") / "tasks.py"


def raw_task_starts() -> list[str]:
    problems = []
    for path in sorted((ROOT / "gui").rglob("*.py")):
        if path.relative_to(ROOT) == RUNNER_MODULE:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            name = None
            if isinstance(node, ast.Attribute):
                name = node.attr
            elif isinstance(node, ast.Name):
                name = node.id
            elif isinstance(node, ast.alias):
                name = node.name
            if name in TASK_STARTERS:
                line = getattr(node, "lineno", 0)
                problems.append(f"{path}:{line}: {name} outside the TaskRunner (gui/tasks.py)")
    return problems


def test_the_gui_starts_background_work_only_through_the_runner() -> None:
    assert raw_task_starts() == []


@pytest.mark.parametrize(
    "source",
    [
        "import asyncio\nasyncio.ensure_future(job())\n",
        "import asyncio\nasyncio.get_running_loop().create_task(job())\n",
        "from asyncio import to_thread\n",
        "async def f(asyncio):\n    await asyncio.to_thread(print)\n",
    ],
)
def test_the_runner_check_catches_a_raw_task(
    source: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake_root = tmp_path / "kapdesk"
    (fake_root / "gui").mkdir(parents=True)
    (fake_root / "gui" / "tasks.py").write_text(source, encoding="utf-8")  # the runner may
    (fake_root / "gui" / "tab.py").write_text(source, encoding="utf-8")  # a tab may not
    monkeypatch.setattr(__import__(__name__, fromlist=["ROOT"]), "ROOT", fake_root)
    problems = raw_task_starts()
    assert problems and all("tab.py" in p for p in problems)


# --- no import cycles between kapdesk's modules ---------------------------------------------


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT.parent).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


def import_graph() -> dict[str, set[str]]:
    """Every kapdesk module and the kapdesk modules it imports: at the top, inside functions
    and under ``TYPE_CHECKING`` alike (a cycle hidden from the interpreter is still one).
    ``from package import name`` counts as importing ``package.name`` when that is a module."""
    modules = {_module_name(p): p for p in sorted(ROOT.rglob("*.py"))}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                subs = [f"{node.module}.{alias.name}" for alias in node.names]
                found = [sub for sub in subs if sub in modules]
                targets = found if len(found) == len(subs) else [node.module, *found]
            for target in targets:
                if target in modules and target != name:
                    graph[name].add(target)
    return graph


def import_cycles() -> list[list[str]]:
    """Each group of modules that import each other, directly or round a circle (Tarjan)."""
    graph = import_graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def test_no_module_imports_itself_round_a_circle() -> None:
    assert import_cycles() == []


def test_the_cycle_checker_sees_a_cycle_hidden_behind_type_checking(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The shape money.py <-> payout.py had: one import at the top, one for type hints only."""
    fake = tmp_path / "kapdesk" / "operations"
    fake.mkdir(parents=True)
    (fake.parent / "__init__.py").write_text("", encoding="utf-8")
    (fake / "__init__.py").write_text("", encoding="utf-8")
    (fake / "money.py").write_text("from kapdesk.operations import payout\n", encoding="utf-8")
    (fake / "payout.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from kapdesk.operations.money import MoneyDesk\n",
        encoding="utf-8",
    )
    (fake / "late.py").write_text(
        "def f():\n    import kapdesk.operations.later\n", encoding="utf-8"
    )
    (fake / "later.py").write_text("from kapdesk.operations.late import f\n", encoding="utf-8")
    monkeypatch.setattr(__import__(__name__, fromlist=["ROOT"]), "ROOT", tmp_path / "kapdesk")
    assert import_cycles() == [
        ["kapdesk.operations.late", "kapdesk.operations.later"],
        ["kapdesk.operations.money", "kapdesk.operations.payout"],
    ]
