"""The status bar: profile, environment (production loud in colour and words), connection state,
and on a team profile the person (database login) and the team (its database and host)."""

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
        self.team_label = QLabel(self)
        self.person: str | None = None
        self.team: str | None = None
        self.team_label.hide()
        for label in (self.team_label, self.profile_label, self.environment_label):
            self.addPermanentWidget(label)
        self.addPermanentWidget(self.state_label)
        self.retranslate()

    def set_team(self, person: str | None, team: str | None) -> None:
        """A team profile: who is logged in to which team's journal (None, None: a single
        desk, nothing shown)."""
        self.person, self.team = person, team
        self.team_label.setVisible(bool(person and team))
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_profile(self, profile: str, environment: str) -> None:
        """After a profile switch: new name, environment (and its colour); connecting again."""
        self.profile_name = profile
        self.environment = environment
        self.set_team(None, None)  # the new session says whether it is a team's
        self.set_connection("connecting")

    def set_connection(self, state: str) -> None:
        self.state = state
        self.retranslate()

    def retranslate(self) -> None:
        self.profile_label.setText(self.tr("Profile: %1").replace("%1", str(self.profile_name)))
        self.team_label.setText(
            self.tr("%1 in team %2").replace("%1", str(self.person)).replace("%2", str(self.team))
        )
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
