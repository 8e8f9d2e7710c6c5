"""The status bar: profile, environment (production loud in colour and words), connection state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

PRODUCTION_STYLE = "background:#b00020;color:white;font-weight:bold;padding:1px 6px;"
TEST_STYLE = "background:#1565c0;color:white;padding:1px 6px;"
_STATE_STYLE = {
    "connected": "color:#2e7d32;",
    "starting": "color:#8a6d00;",
    "connecting": "color:#8a6d00;",
    "unreachable": "color:#b00020;font-weight:bold;",
}


class ConsoleStatusBar(QStatusBar):
    """Always shows who, where and whether the gateway answers."""

    def __init__(self, profile: str, environment: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile_name = profile
        self.environment = environment
        self.state = "connecting"
        self.profile_label = QLabel(self)
        self.environment_label = QLabel(self)
        self.state_label = QLabel(self)
        for label in (self.profile_label, self.environment_label, self.state_label):
            self.addPermanentWidget(label)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_profile(self, profile: str, environment: str) -> None:
        """After a profile switch: new name, environment (and its colour); connecting again."""
        self.profile_name = profile
        self.environment = environment
        self.set_connection("connecting")

    def set_connection(self, state: str) -> None:
        self.state = state
        self.retranslate()

    def retranslate(self) -> None:
        self.profile_label.setText(self.tr("Profile: %1").replace("%1", str(self.profile_name)))
        self.environment_label.setText(environment_words(self.environment))
        production = self.environment == "production"
        self.environment_label.setStyleSheet(PRODUCTION_STYLE if production else TEST_STYLE)
        states = {
            "starting": self.tr("Starting the sandbox…"),
            "connected": self.tr("Connected"),
            "connecting": self.tr("Connecting…"),
            "unreachable": self.tr("Gateway not reachable"),
        }
        self.state_label.setText(states.get(self.state, self.state))
        self.state_label.setStyleSheet(_STATE_STYLE.get(self.state, ""))


def environment_words(environment: str) -> str:
    # Full calls with a literal context: lupdate gives a local tr() helper no context.
    words = {
        "sandbox": QCoreApplication.translate(
            "ConsoleStatusBar", "SANDBOX (simulated, no real money)"
        ),
        "kapital-test": QCoreApplication.translate("ConsoleStatusBar", "Kapital test environment"),
        "production": QCoreApplication.translate("ConsoleStatusBar", "PRODUCTION: real money"),
        "custom": QCoreApplication.translate("ConsoleStatusBar", "Custom gateway"),
    }
    return words.get(environment, environment)
