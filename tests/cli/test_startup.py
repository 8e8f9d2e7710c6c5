"""Start-up stays cheap: registering the commands loads no heavy module; the version is lazy."""

from __future__ import annotations

import json
import subprocess
import sys

from kapdesk.cli.journal import STATES
from kapdesk.journal.entry import EntryState

# What `kapdesk --sandbox` must not pay for before the window is on its way (HACKING.md).
HEAVY = (
    "asyncio",
    "httpx",
    "importlib.metadata",
    "kapdesk.gateway.client",
    "kapdesk.journal.entry",
    "kapdesk.sandbox.server",
    "PySide6",
    "starlette",
    "uvicorn",
)

PROBE = """
import json, sys
from kapdesk.__main__ import build_parser
build_parser()
print(json.dumps(sorted(name for name in sys.modules if name.split(".")[0] in {%s}
                        or name in {%s})))
"""


def _loaded_after_registration() -> list[str]:
    tops = ",".join(repr(n) for n in HEAVY if "." not in n)
    dotted = ",".join(repr(n) for n in HEAVY if "." in n)
    done = subprocess.run(
        [sys.executable, "-c", PROBE % (tops, dotted)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return list(json.loads(done.stdout))


def test_registering_the_commands_loads_no_heavy_module() -> None:
    assert _loaded_after_registration() == []


def test_journal_state_choices_are_the_entry_states() -> None:
    assert list(STATES) == [state.value for state in EntryState]


def test_version_is_there_when_asked() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, kapdesk; a = 'importlib.metadata' in sys.modules; "
            "print(a, kapdesk.__version__)",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    loaded_early, version = done.stdout.split()
    assert loaded_early == "False"
    assert version and version[0].isdigit()
