"""StartGate: at start, the first-run dialog, the OS keyring, or the unlock dialog.

One call for the app: ``gate.begin(window)``; then exactly one signal: ``sandbox_chosen()``
(no store yet, the clerk wants the sandbox), ``unlocked()`` (the store is open: read
``store.active_profile()``), or ``cancelled()`` (the clerk closed the dialog).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from kapdesk.gui.blocking import Runner, run_inline
from kapdesk.gui.connection_check import TestConnection
from kapdesk.gui.first_run import FirstRunDialog
from kapdesk.gui.unlock import UnlockDialog
from kapdesk.vault.store import ProfileStore


class StartGate(QObject):
    sandbox_chosen = Signal()
    unlocked = Signal()
    cancelled = Signal()

    def __init__(
        self,
        store: ProfileStore,
        test_connection: TestConnection,
        run_blocking: Runner = run_inline,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._test, self._run = store, test_connection, run_blocking
        self.dialog: QDialog | None = None  # the dialog on screen, for tests and the app

    def begin(self, parent: QWidget | None = None) -> None:
        if not self._store.exists():
            first = FirstRunDialog(self._store, self._test, self._run, parent)
            first.sandbox_chosen.connect(self.sandbox_chosen)
            first.store_created.connect(lambda _name: self.unlocked.emit())
            self._show(first)
            return
        self._run(
            self._store.unlock_with_keyring,
            lambda ok: self.unlocked.emit() if ok else self._ask(parent),
            lambda _exc: self._ask(parent),  # e.g. damaged: the dialog will say so in words
        )

    def _ask(self, parent: QWidget | None) -> None:
        dialog = UnlockDialog(self._store, self._run, parent)
        dialog.unlocked.connect(self.unlocked)
        self._show(dialog)

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.rejected.connect(self.cancelled)
        dialog.open()
