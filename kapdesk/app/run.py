"""Running the console: the QApplication, the window shown first, then the qasync loop.

Start-up is felt twice (``make bench``): when the window is on screen, and when the sandbox
answers a first lookup. So ``kapdesk --sandbox`` shows and paints the bare frame (menus,
status bar saying the sandbox is starting) before asyncio, qasync, httpx, any tab or even the
sandbox's child is started; the child is started right after that first paint (its imports
and seeding run on the other core while this one imports and builds the Lookup tab, which
takes longer), and everything else is imported and built after it.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kapdesk.app.sandbox_start import SandboxStarter


def run_console(args: argparse.Namespace) -> int:
    """Open the console; returns the process exit code."""
    started = time.perf_counter()
    sandbox: SandboxStarter | None = None
    console: Any = None
    try:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        app.setApplicationName("kapdesk")
        app.setQuitOnLastWindowClosed(False)
        frame = None
        if args.sandbox:
            from kapdesk.app.frame import Frame, say_shown

            frame = Frame(app, profile=args.profile or "sandbox", environment="sandbox",
                          starting=True)  # fmt: skip
            frame.show(app)
            if getattr(args, "exit_after_shown", False):
                say_shown(started, frame.painted.when)
                frame.window.close()
                return 0
            from kapdesk.app.sandbox_start import SandboxStarter

            sandbox = SandboxStarter(getattr(args, "seed", None))
        _install_logging()
        import asyncio

        import qasync  # after PySide6, so qasync picks this binding

        from kapdesk.app.console import Console
        from kapdesk.domain.clock import SYSTEM_CLOCK

        console = Console(app, args, sandbox, started, clock=SYSTEM_CLOCK, frame=frame)
        sys.excepthook = console.crashes.excepthook
        with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
            runner.get_loop().set_exception_handler(console.crashes.loop_exception)
            return int(runner.run(console.main()))
    finally:
        # The console stops its sandbox on the way out; this catches a start that failed
        # before (stopping twice is harmless). A console that dies without this still
        # leaves no child behind: the child stops when its stdin closes.
        current = console.sandbox if console is not None else sandbox
        if current is not None:
            current.stop()


def _install_logging() -> None:
    from kapdesk import logs
    from kapdesk.vault.paths import log_dir

    try:
        logs.install(log_dir() / "kapdesk.log")
    except OSError:
        logs.install(None)
