"""ProfileForm: the fields of one connection profile, shared by first run and the manager."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from kapdesk.domain.money import DEFAULT_MAX_AMOUNT
from kapdesk.gui.profiles.dialog_parts import secret_field
from kapdesk.i18n import N_, UserError
from kapdesk.vault.profiles import (
    CUSTOM,
    KNOWN_BASE_URLS,
    LANGUAGES,
    MAX_HOLD_DAYS,
    MAX_IDLE_LOCK_MINUTES,
    PRODUCTION,
    SANDBOX,
    Profile,
)


class ProfileForm(QWidget):
    """Edits a Profile. ``profile()`` raises UserError with a sentence when a field is wrong.

    When editing an existing profile the password field starts empty: empty keeps the
    stored password (it is never shown back); so do the team journal's password and CA.
    A team profile (the "Team journal" box checked, with the team's address) writes its
    money operations to the team's journal on PostgreSQL; unchecked, to this computer's.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kept_password = ""
        self._kept_team_password = ""
        self._kept_team_ca = ""
        self.name = QLineEdit()
        self.operator = QLineEdit()
        self.operator.setObjectName("operatorName")
        self.operator.setPlaceholderText(self.tr("your name, as the journal shall record it"))
        self.environment = QComboBox()
        labels = {
            SANDBOX: self.tr("Sandbox (built in, no real money)"),
            "kapital-test": self.tr("Kapital Bank test"),
            PRODUCTION: self.tr("Production (real money)"),
            CUSTOM: self.tr("Custom address"),
        }
        for key, label in labels.items():
            self.environment.addItem(label, key)
        self.base_url = QLineEdit()
        self.user = QLineEdit()
        self.password = secret_field()
        self.currency = QLineEdit("AZN")
        self.currency.setMaxLength(3)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(code, code)
        self.hold_days = _spin(1, MAX_HOLD_DAYS, 7)
        self.idle_lock_minutes = _spin(1, MAX_IDLE_LOCK_MINUTES, 10)
        self.max_amount = QLineEdit(format(DEFAULT_MAX_AMOUNT, "f"))
        self.max_amount.setToolTip(self.tr("Larger payouts and refunds are refused."))
        self.verify_tls = QCheckBox(self.tr("Verify the gateway's TLS certificate"))
        self.verify_tls.setChecked(True)
        self.production_note = QLabel(
            self.tr("Production: every operation moves real money. TLS verification stays on.")
        )
        self.production_note.setStyleSheet("color: #b00020; font-weight: bold;")
        self.team_box = QGroupBox(self.tr("Team journal (PostgreSQL)"))
        self.team_box.setCheckable(True)
        self.team_box.setChecked(False)
        self.team = QLineEdit()
        self.team.setPlaceholderText("postgresql://USER@HOST:5432/DB")
        self.team_password = secret_field()
        self.team_ca = QPlainTextEdit()
        self.team_ca.setTabChangesFocus(True)
        self.team_ca.setPlaceholderText(
            self.tr("Paste the team's CA certificate (PEM); not needed for a server on this "
                    "computer.")
        )  # fmt: skip
        self.team_ca.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self._lay_out()
        self.environment.currentIndexChanged.connect(self._environment_changed)
        self._environment_changed()

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Operator"), self.operator)
        form.addRow(self.tr("Environment"), self.environment)
        form.addRow("", self.production_note)
        form.addRow(self.tr("Base URL"), self.base_url)
        form.addRow(self.tr("Terminal user"), self.user)
        form.addRow(self.tr("Terminal password"), self.password)
        form.addRow(self.tr("Default currency"), self.currency)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Hold validity (days)"), self.hold_days)
        form.addRow(self.tr("Lock after idle (minutes)"), self.idle_lock_minutes)
        form.addRow(self.tr("Limit per payout or refund"), self.max_amount)
        form.addRow("", self.verify_tls)
        team = QFormLayout(self.team_box)
        team.addRow(self.tr("Address"), self.team)
        team.addRow(self.tr("Database password"), self.team_password)
        team.addRow(self.tr("CA certificate"), self.team_ca)
        form.addRow(self.team_box)
        fields = (self.name, self.base_url, self.user, self.password, self.currency)
        for field in (*fields, self.max_amount, self.team, self.team_password):
            field.textChanged.connect(self.changed)
        self.team_box.toggled.connect(self.changed)

    def _environment_changed(self) -> None:
        env = self.environment.currentData()
        known = env in KNOWN_BASE_URLS
        if known:
            self.base_url.setText(KNOWN_BASE_URLS[env])
        self.base_url.setReadOnly(known)
        self.base_url.setPlaceholderText(
            self.tr("filled in when the sandbox starts") if env == SANDBOX else ""
        )
        production = env == PRODUCTION
        if production:
            self.verify_tls.setChecked(True)
        self.verify_tls.setEnabled(not production)
        self.production_note.setVisible(production)
        self.changed.emit()

    def set_profile(self, profile: Profile | None) -> None:
        """Show ``profile`` (its password stays hidden and is kept unless retyped)."""
        p = profile
        self._kept_password = profile.password if profile else ""
        self.name.setText(profile.name if profile else "")
        self.operator.setText(_or(p, "operator", ""))
        self.environment.setCurrentIndex(self.environment.findData(_or(p, "environment", SANDBOX)))
        self._environment_changed()
        self.base_url.setText(_or(p, "base_url", ""))
        self.user.setText(_or(p, "user", ""))
        self.password.clear()
        self.password.setPlaceholderText(self.tr("unchanged") if self._kept_password else "")
        self.currency.setText(_or(p, "currency", "AZN"))
        self.language.setCurrentIndex(self.language.findData(_or(p, "language", "az")))
        self.hold_days.setValue(_or(p, "hold_days", 7))
        self.idle_lock_minutes.setValue(_or(p, "idle_lock_minutes", 10))
        self.verify_tls.setChecked(_or(p, "verify_tls", True))
        self.max_amount.setText(format(_or(p, "max_amount", DEFAULT_MAX_AMOUNT), "f"))
        self._kept_team_password = _or(p, "team_password", "")
        self._kept_team_ca = _or(p, "team_ca", "")
        self.team_box.setChecked(bool(_or(p, "team", "")))
        self.team.setText(_or(p, "team", ""))
        self.team_password.clear()
        self.team_password.setPlaceholderText(
            self.tr("unchanged") if self._kept_team_password else ""
        )
        self.team_ca.clear()
        if self._kept_team_ca:
            self.team_ca.setPlaceholderText(self.tr("unchanged (paste another to replace it)"))

    def profile(self) -> Profile:
        """The profile as typed; raises InvalidProfile (a UserError) when a field is wrong."""
        team, team_password, team_ca = self._team_fields()
        return Profile(
            name=self.name.text().strip(),
            environment=self.environment.currentData(),
            base_url=self.base_url.text().strip(),
            user=self.user.text().strip(),
            password=self.password.text() or self._kept_password,
            currency=self.currency.text().strip().upper(),
            language=self.language.currentData(),
            hold_days=self.hold_days.value(),
            idle_lock_minutes=self.idle_lock_minutes.value(),
            verify_tls=self.verify_tls.isChecked(),
            operator=self.operator.text().strip(),
            max_amount=self.max_amount.text(),  # type: ignore[arg-type] # Profile parses it
            team=team,
            team_password=team_password,
            team_ca=team_ca,
        )

    def _team_fields(self) -> tuple[str, str, str]:
        """The team journal's address, password and CA (all empty: this computer's journal);
        Profile checks them and says what is wrong."""
        if not self.team_box.isChecked():
            return "", "", ""
        if not self.team.text().strip():
            raise UserError(
                N_("Type the team journal's address (postgresql://USER@HOST:PORT/DB), or "
                   "uncheck Team journal to keep the journal on this computer.")
            )  # fmt: skip
        return (
            self.team.text().strip(),
            self.team_password.text() or self._kept_team_password,
            self.team_ca.toPlainText().strip() or self._kept_team_ca,
        )


def _or(profile: Profile | None, field: str, default: object) -> Any:
    return getattr(profile, field) if profile is not None else default


def _spin(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box
