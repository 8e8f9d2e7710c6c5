"""Running the console: the QApplication, logging, crash hooks, and the qasync loop."""

from __future__ import annotations

import argparse
import asyncio
import sys
import time

from kapdesk.app.console import Console
from kapdesk.app.sandbox_start import SandboxStarter


def run_console(args: argparse.Namespace) -> int:
    """Open the console; returns the process exit code."""
    started = time.perf_counter()
    sandbox = SandboxStarter(getattr(args, "seed", None)) if args.sandbox else None
    import qasync  # after PySide6, so qasync picks this binding
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("kapdesk")
    app.setQuitOnLastWindowClosed(False)
    _install_logging()
    from kapdesk.domain.clock import SYSTEM_CLOCK

    console = Console(app, args, sandbox, started, clock=SYSTEM_CLOCK)
    sys.excepthook = console.crashes.excepthook
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        runner.get_loop().set_exception_handler(console.crashes.loop_exception)
        return runner.run(console.main())


def _install_logging() -> None:
    from kapdesk import logs
    from kapdesk.vault.paths import log_dir

    try:
        logs.install(log_dir() / "kapdesk.log")
    except OSError:
        logs.install(None)
