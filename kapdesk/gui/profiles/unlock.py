"""UnlockDialog: the passphrase prompt at start and after the idle lock."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kapdesk.gui.profiles.dialog_parts import MessageLabel, error_text, message_text, secret_field
from kapdesk.gui.tasks import Runner, run_inline
from kapdesk.i18n import UserMessage
from kapdesk.vault.errors import KeyringUnavailable
from kapdesk.vault.store import ProfileStore


class UnlockDialog(QDialog):
    """Asks for the passphrase and unlocks ``store``; emits ``unlocked`` on success.

    Show it with ``open()`` (never ``exec()`` inside a coroutine). Rejecting it (Esc,
    Cancel) leaves the store locked: the caller decides (quit at start, stay covered later).
    ``run_blocking`` runs the KDF: ``run_inline`` (default) or a TaskRunner's ``in_thread(name)``.
    After ``unlocked``, ``remember_note`` holds why remembering failed, if it did.
    """

    unlocked = Signal()

    def __init__(
        self,
        store: ProfileStore,
        run_blocking: Runner = run_inline,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock kapdesk"))
        self._store = store
        self._run = run_blocking
        self.remember_note: str | None = None
        self.passphrase = secret_field()
        self.remember = QCheckBox(self.tr("Remember on this computer"))
        self.keyring_note = MessageLabel()
        self.error = MessageLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        self._lay_out()
        self._show_keyring_status()
        self.buttons.accepted.connect(self._unlock_clicked)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Type the passphrase of the profile store.")))
        layout.addWidget(self.passphrase)
        layout.addWidget(self.remember)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def _show_keyring_status(self) -> None:
        status = self._store.keyring_status()
        self.remember.setEnabled(status.available)
        if status.reason is not None:
            self.keyring_note.show_note(message_text(status.reason))

    def _unlock_clicked(self) -> None:
        # A plain slot: disabling here, before any work starts, stops a double submit.
        self._set_busy(True)
        self.error.clear_message()
        wait = self._store.wait_before_next_try()
        if wait > 0:
            self.error.show_note(
                self.tr("After several wrong tries, this try waits %1 s.").replace(
                    "%1", str(round(wait))
                )
            )
        secret, remember = self.passphrase.text(), self.remember.isChecked()
        self._run(lambda: self._unlock(secret, remember), self._succeeded, self._failed)

    def _unlock(self, secret: str, remember: bool) -> UserMessage | None:
        self._store.unlock(secret)
        if remember:
            try:
                self._store.remember()
            except KeyringUnavailable as exc:
                return exc.message
        return None

    def _succeeded(self, note: UserMessage | None) -> None:
        self.passphrase.clear()
        self.remember_note = message_text(note) if note else None
        self._set_busy(False)
        self.unlocked.emit()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.passphrase.clear()
        self.error.show_error(error_text(exc))
        self._set_busy(False)
        self.passphrase.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
