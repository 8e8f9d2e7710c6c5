"""Small pieces shared by the profile-store dialogs: error sentences, message labels."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from kapdesk.i18n import UserError, UserMessage

log = logging.getLogger(__name__)


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def message_text(message: UserMessage) -> str:
    return message.render(_translate)


def error_text(exc: BaseException) -> str:
    """A sentence for the user; an unexpected error is logged (by type) and said plainly."""
    if isinstance(exc, UserError):
        return exc.render(_translate)
    # The exception text could carry a value typed by the user: log only its type.
    log.error("unexpected error in a profile-store dialog: %s", type(exc).__name__)
    return QCoreApplication.translate(
        "kapdesk", "Something unexpected went wrong (%1); nothing was changed."
    ).replace("%1", str(type(exc).__name__))


class MessageLabel(QLabel):
    """A wrapped label that shows an error (red) or a note, and hides when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setStyleSheet("color: #b00020;")
        self._show(text)

    def show_note(self, text: str) -> None:
        self.setStyleSheet("")
        self._show(text)

    def clear_message(self) -> None:
        self.setText("")
        self.hide()

    def _show(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def secret_field(parent: QWidget | None = None) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field
