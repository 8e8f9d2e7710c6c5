"""Failures told to the user: the no-window start-up box, the excepthook, loop exceptions."""

from __future__ import annotations

import asyncio
import logging
import sys
from types import TracebackType
from typing import Any

from kapdesk.i18n import UserError

log = logging.getLogger("kapdesk")


async def cannot_start(error: UserError, *, wait: bool) -> None:
    """No window yet: say why in a message box (and on stderr for a terminal), then stop."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from kapdesk.gui.messages import render

    text = render(error)
    print(text, file=sys.stderr)  # noqa: T201 - also for whoever started it from a shell
    box = QMessageBox(
        QMessageBox.Icon.Critical, QCoreApplication.translate("kapdesk", "kapdesk"), text
    )
    closed = asyncio.Event()
    box.finished.connect(lambda *_: closed.set())
    box.open()  # never exec(): no nested event loop under qasync
    if wait:
        await closed.wait()


class CrashReporter:
    """Logs an unexpected error in full and shows the clerk a sentence (never a traceback)."""

    def __init__(self, messages: Any) -> None:
        self._messages = messages

    def excepthook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        log.error("unexpected error", exc_info=(kind, error, trace))
        self._tell_user(error)

    def loop_exception(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        log.error("event loop: %s", context.get("message"), exc_info=error)
        if isinstance(error, BaseException):
            self._tell_user(error)

    def _tell_user(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self._messages.show_error(error)
            return
        from PySide6.QtCore import QCoreApplication

        from kapdesk.vault.paths import log_dir

        self._messages.show_error(
            QCoreApplication.translate(
                "kapdesk",
                "Something unexpected went wrong. The details are in {path}. If a money "
                "operation was in progress, its outcome will be checked with the bank: see "
                "the Journal tab (Reconcile now).",
            ).format(path=str(log_dir() / "kapdesk.log"))
        )
