"""Composition root: QApplication + qasync loop, services built and injected, excepthook, shutdown.

Imports are lazy on purpose: start-up time is a product feature (the window on screen within
1.5x of a bare window, `make bench`). Every module here imports only the standard library and
light kapdesk modules at the top; Qt, httpx, the sandbox and the GUI are imported inside the
functions that need them. This package's names load on first use (``kapdesk.app.run`` must not
pay for ``kapdesk.app.console`` before the window is painted).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kapdesk.app.connection import Connection, connection_of, open_database, test_connection
    from kapdesk.app.console import Console
    from kapdesk.app.run import run_console
    from kapdesk.app.sandbox_start import SandboxStarter

_WHERE = {
    "Connection": "kapdesk.app.connection",
    "connection_of": "kapdesk.app.connection",
    "open_database": "kapdesk.app.connection",
    "test_connection": "kapdesk.app.connection",
    "Console": "kapdesk.app.console",
    "run_console": "kapdesk.app.run",
    "SandboxStarter": "kapdesk.app.sandbox_start",
}

__all__ = [
    "Connection",
    "Console",
    "SandboxStarter",
    "connection_of",
    "open_database",
    "run_console",
    "test_connection",
]


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(where), name)
