"""The window as it is first shown: the frame without tabs, painted before anything else.

Imported by ``kapdesk.app.run`` right after the QApplication (the sandbox's child starts after
this frame's first paint): everything imported from here is paid before the window shows.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtWidgets import QApplication

from kapdesk.gui.first_paint import FirstPaint
from kapdesk.gui.i18n import Translators, saved_language, system_language
from kapdesk.gui.main_window import MainWindow
from kapdesk.gui.messages import MessageBridge

PAINT_WAIT_S = 10.0  # a platform that never paints (none known) does not hold the start


def say_shown(started: float, when: float) -> None:
    """--exit-after-shown's line: from ``started`` to the first paint at ``when``."""
    elapsed = (when - started) * 1000
    print(f"shown in {elapsed:.0f} ms", flush=True)  # noqa: T201 - the bench reads it


class Frame:
    """The main window without tabs (menus, status bar), its translators and message bridge;
    the Console adopts all three and fills the window with the connection's tabs."""

    def __init__(self, app: Any, *, profile: str, environment: str, starting: bool) -> None:
        self.translators = Translators(app)
        self.translators.use(saved_language() or system_language())
        self.messages = MessageBridge()
        self.window = MainWindow(
            None,
            self.messages,
            profile=profile,
            environment=environment,
            language=self.translators.language,
        )
        self.painted = FirstPaint(self.window)
        if starting:  # the sandbox's child is starting: the status bar says so
            self.window.status.set_connection("starting")

    def show(self, app: QApplication) -> None:
        """Show the window and let Qt paint it, before anything else is imported."""
        self.window.show()
        deadline = time.monotonic() + PAINT_WAIT_S
        while not self.painted.done:
            app.processEvents()
            if time.monotonic() > deadline:
                self.painted._note()
