"""The 'Test connection' button's worker: runs the injected coroutine and reports a sentence."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog

from kapdesk.gui.profiles.dialog_parts import error_text, message_text
from kapdesk.gui.tasks import TaskRunner
from kapdesk.i18n import UserMessage
from kapdesk.vault.profiles import Profile

TestConnection = Callable[[Profile], Awaitable[UserMessage | None]]
log = logging.getLogger(__name__)


class ConnectionCheck(QObject):
    """Runs ``test_connection(profile)`` on the running (qasync) loop, one at a time.

    ``finished(ok, text)``: ok is True when the coroutine returned None (the gateway
    answered and accepted the credentials); otherwise text is the reason.
    """

    started = Signal()
    finished = Signal(bool, str)

    def __init__(self, test_connection: TestConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._test_connection = test_connection
        self._runner = TaskRunner()  # the dialog's own: it opens before any connection
        if isinstance(parent, QDialog):
            # A closed dialog is deleted soon: its test must not report to it afterwards.
            parent.finished.connect(lambda *_: self.cancel())

    @property
    def busy(self) -> bool:
        return self._runner.running("test connection")

    def start(self, profile: Profile) -> None:
        if self.busy:
            return
        self._runner.start("test connection", self._check(profile))
        self.started.emit()

    def cancel(self) -> None:
        self._runner.cancel("test connection")

    async def _check(self, profile: Profile) -> None:
        try:
            problem = await self._test_connection(profile)
        except Exception as exc:  # shown as a sentence; the type goes to the log
            self.finished.emit(False, error_text(exc))
            return
        if problem is None:
            self.finished.emit(
                True,
                QCoreApplication.translate(
                    "ConnectionCheck", "Connected: the gateway answered and took the login."
                ),
            )
        else:
            self.finished.emit(False, message_text(problem))
