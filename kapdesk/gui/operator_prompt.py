"""OperatorPrompt: once per profile, the clerk's name, for the journal beside the OS user."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QInputDialog, QWidget


class OperatorPrompt(QInputDialog):
    """Not modal: the console works on while it is open. ``named(text)`` on OK."""

    named = Signal(str)

    def __init__(self, profile: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operatorPrompt")
        self.setModal(False)
        self.setWindowTitle(self.tr("Who works under this profile?"))
        self.setLabelText(
            self.tr(
                "Your name, as the journal shall record it beside the computer's user name "
                "for every money operation under profile %1. It is asked once and kept in "
                "the profile (Profile → Manage profiles… changes it)."
            ).replace("%1", profile)
        )
        self.setInputMode(QInputDialog.InputMode.TextInput)
        self.textValueSelected.connect(lambda text: self.named.emit(text.strip()))
