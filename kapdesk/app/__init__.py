"""Composition root: QApplication + qasync loop, services built and injected, excepthook, shutdown.

Imports are lazy on purpose: start-up time is a product feature (goal: 1.5x a bare window).
Every module here imports only the standard library and light kapdesk modules at the top;
Qt, httpx, the sandbox and the GUI are imported inside the functions that need them.
"""

from __future__ import annotations

from kapdesk.app.connection import Connection, connection_of, open_database, test_connection
from kapdesk.app.console import Console
from kapdesk.app.run import run_console
from kapdesk.app.sandbox_start import SandboxStarter

__all__ = [
    "Connection",
    "Console",
    "SandboxStarter",
    "connection_of",
    "open_database",
    "run_console",
    "test_connection",
]
