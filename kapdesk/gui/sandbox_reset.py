"""ResetSandboxDialog: start the sandbox afresh; clearing its journal too is a separate choice."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget


class ResetSandboxDialog(QMessageBox):
    """``reset_confirmed(clear_journal)`` once the clerk presses Reset."""

    reset_confirmed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resetSandbox")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Reset the sandbox"))
        self.setText(
            self.tr(
                "Start the sandbox afresh? Its orders go back to the sample orders; refunds, "
                "clearings and payouts made on it are forgotten by the sandbox."
            )
        )
        self.clear_journal = QCheckBox(
            self.tr("Also clear the journal (possible only while it holds nothing but the sandbox)")
        )
        self.setCheckBox(self.clear_journal)
        self.reset_button = self.addButton(self.tr("Reset"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        if button is self.reset_button:
            self.reset_confirmed.emit(self.clear_journal.isChecked())
