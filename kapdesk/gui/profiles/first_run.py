"""FirstRunDialog: no store yet, so open the sandbox now, or set a passphrase and a profile."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kapdesk.gui.profiles.connection_check import ConnectionCheck, TestConnection
from kapdesk.gui.profiles.dialog_parts import MessageLabel, error_text, message_text, secret_field
from kapdesk.gui.profiles.profile_form import ProfileForm
from kapdesk.gui.tasks import Runner, run_inline
from kapdesk.i18n import N_, UserError, UserMessage
from kapdesk.vault.profiles import Profile
from kapdesk.vault.store import ProfileStore


class FirstRunDialog(QDialog):
    """Signals: ``sandbox_chosen()``; ``store_created(name)`` once the store exists, unlocked,
    with the first profile active. After it, ``remember_note`` says why remembering failed."""

    sandbox_chosen = Signal()
    store_created = Signal(str)

    def __init__(
        self,
        store: ProfileStore,
        test_connection: TestConnection,
        run_blocking: Runner = run_inline,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to kapdesk"))
        self._store, self._run = store, run_blocking
        self.remember_note: str | None = None
        self.check = ConnectionCheck(test_connection, self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._welcome_page())
        self.pages.addWidget(self._setup_page())
        QVBoxLayout(self).addWidget(self.pages)
        self.check.finished.connect(self._tested)

    def _welcome_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        welcome = self.tr(
            "There is no profile store on this computer yet. Try kapdesk on its built-in "
            "sandbox (no real money), or protect your terminal credentials with a passphrase."
        )
        label = QLabel(welcome)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.sandbox_button = QPushButton(self.tr("Open the sandbox now"))
        self.setup_button = QPushButton(self.tr("Set a passphrase and add a profile"))
        layout.addWidget(self.sandbox_button)
        layout.addWidget(self.setup_button)
        self.sandbox_button.clicked.connect(self._sandbox_clicked)
        self.setup_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        return page

    def _setup_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        secrets = QFormLayout()
        self.passphrase, self.repeat = secret_field(), secret_field()
        secrets.addRow(self.tr("New passphrase"), self.passphrase)
        secrets.addRow(self.tr("Type it again"), self.repeat)
        layout.addLayout(secrets)
        self.remember = QCheckBox(self.tr("Remember on this computer"))
        self.keyring_note = MessageLabel()
        status = self._store.keyring_status()
        self.remember.setEnabled(status.available)
        if status.reason is not None:
            self.keyring_note.show_note(message_text(status.reason))
        layout.addWidget(self.remember)
        layout.addWidget(self.keyring_note)
        self.form = ProfileForm()
        self.form.environment.setCurrentIndex(self.form.environment.findData("kapital-test"))
        layout.addWidget(self.form)
        self.status = MessageLabel()
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.create_button = QPushButton(self.tr("Create"))
        self.back_button = QPushButton(self.tr("Back"))
        for button in (self.back_button, self.test_button, self.create_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.test_button.clicked.connect(self._test_clicked)
        self.create_button.clicked.connect(self._create_clicked)
        return page

    def _sandbox_clicked(self) -> None:
        self.sandbox_chosen.emit()
        self.accept()

    def _test_clicked(self) -> None:
        try:
            profile = self.form.profile()
        except UserError as exc:
            self.status.show_error(error_text(exc))
            return
        self.test_button.setEnabled(False)
        self.status.show_note(self.tr("Testing the connection…"))
        self.check.start(profile)

    def _tested(self, ok: bool, text: str) -> None:
        self.test_button.setEnabled(True)
        (self.status.show_note if ok else self.status.show_error)(text)

    def _create_clicked(self) -> None:
        try:
            profile = self.form.profile()
            if self.passphrase.text() != self.repeat.text():
                raise UserError(N_("The two passphrases differ."))
        except UserError as exc:
            self.status.show_error(error_text(exc))
            return
        self.create_button.setEnabled(False)
        secret, remember = self.passphrase.text(), self.remember.isChecked()
        self._run(lambda: self._create(secret, remember, profile), self._created, self._failed)

    def _create(self, secret: str, remember: bool, profile: Profile) -> UserMessage | None:
        note = self._store.create(secret, remember=remember)
        self._store.add(profile)
        self._store.set_active(profile.name)
        return note

    def _created(self, note: UserMessage | None) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self.remember_note = message_text(note) if note else None
        self.store_created.emit(self._store.active_profile_name or "")
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.create_button.setEnabled(True)
        self.status.show_error(error_text(exc))
