"""The profile-store dialogs as standalone widgets: first run, unlock, manager, idle lock."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from kapdesk.gateway.client import GatewayClient
from kapdesk.gateway.errors import GatewayError, OrderNotFound
from kapdesk.gui.profiles.first_run import FirstRunDialog
from kapdesk.gui.profiles.idle_lock import IdleLock, LockCover, connect_cover
from kapdesk.gui.profiles.manager import ProfileManagerDialog
from kapdesk.gui.profiles.profile_form import ProfileForm
from kapdesk.gui.profiles.unlock import UnlockDialog
from kapdesk.gui.tasks import TaskRunner
from kapdesk.i18n import UserMessage
from kapdesk.sandbox.server import SandboxServer
from kapdesk.vault.crypto import KdfParams
from kapdesk.vault.profiles import Profile
from kapdesk.vault.store import ProfileStore
from tests.vault.vault_helpers import MemoryKeyring, use_keyring

PASSPHRASE = "gui passphrase 1"
OK = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def no_keyring() -> Iterator[None]:
    """Headless Linux by default: there is no secure keyring."""
    yield from use_keyring(fail.Keyring())


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    for _ in use_keyring(backend):
        yield backend


def _store(tmp_path: Path) -> ProfileStore:
    return ProfileStore(tmp_path / "profiles.kapdesk", kdf=KdfParams.cheap_for_tests())


@pytest.fixture
def store(tmp_path: Path) -> ProfileStore:
    made = _store(tmp_path)
    made.create(PASSPHRASE)
    made.add(Profile("test", "kapital-test", user="TerminalSys/kapital", password="pw-1"))
    made.set_active("test")
    made.lock()
    return made


async def gateway_check(profile: Profile) -> UserMessage | None:
    """A real connection test: asks the gateway for an order that does not exist."""
    async with GatewayClient(profile.base_url, profile.user, profile.password) as client:
        try:
            await client.get_order(987_654_321)
        except OrderNotFound:
            return None  # the gateway answered and took the login
        except GatewayError as exc:
            return exc.message
    return None


def _unlock_with(dialog: UnlockDialog, secret: str) -> None:
    dialog.passphrase.setText(secret)
    dialog.buttons.accepted.emit()


def test_unlock_dialog_wrong_then_right(qtbot: QtBot, store: ProfileStore) -> None:
    dialog = UnlockDialog(store)
    qtbot.addWidget(dialog)
    dialog.open()
    _unlock_with(dialog, "not it at all")
    assert "not right" in dialog.error.text()
    assert dialog.error.isVisible() and not store.is_unlocked
    with qtbot.waitSignal(dialog.unlocked, timeout=5000):
        _unlock_with(dialog, PASSPHRASE)
    assert store.is_unlocked and store.get("test").password == "pw-1"
    assert dialog.passphrase.text() == ""


def test_unlock_dialog_on_a_thread_pool(qtbot: QtBot, store: ProfileStore, qloop: Any) -> None:
    dialog = UnlockDialog(store, TaskRunner().in_thread("unlock"))
    qtbot.addWidget(dialog)
    dialog.open()
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000):
        _unlock_with(dialog, PASSPHRASE)
        assert not dialog.buttons.isEnabled()  # busy while the KDF runs elsewhere
    assert store.is_unlocked


def test_unlock_dialog_says_plainly_there_is_no_keyring(qtbot: QtBot, store: ProfileStore) -> None:
    dialog = UnlockDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.remember.isEnabled()
    assert "passphrase is the only way in" in dialog.keyring_note.text()
    assert dialog.keyring_note.isVisible()


def test_unlock_dialog_remembers_on_this_computer(
    qtbot: QtBot, store: ProfileStore, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    dialog = UnlockDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.remember.isEnabled() and dialog.keyring_note.text() == ""
    dialog.remember.setChecked(True)
    _unlock_with(dialog, PASSPHRASE)
    assert dialog.remember_note is None
    assert _store(tmp_path).unlock_with_keyring()


def test_first_run_can_open_the_sandbox(qtbot: QtBot, tmp_path: Path) -> None:
    store = _store(tmp_path)
    dialog = FirstRunDialog(store, gateway_check)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sandbox_chosen, timeout=10_000):
        qtbot.mouseClick(dialog.sandbox_button, OK)
    assert not store.exists()


def test_first_run_tests_the_real_gateway_and_creates_the_store(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, gui_sandbox: SandboxServer, tmp_path: Path
) -> None:
    store = _store(tmp_path)
    dialog = FirstRunDialog(store, gateway_check)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.setup_button, OK)
    form = dialog.form
    form.name.setText("local sandbox")
    form.environment.setCurrentIndex(form.environment.findData("custom"))
    form.base_url.setText(gui_sandbox.base_url)
    form.user.setText(gui_sandbox.config.user)
    form.password.setText("not-the-password")
    with qtbot.waitSignal(dialog.check.finished, timeout=20_000):
        qtbot.mouseClick(dialog.test_button, OK)
    assert "refused the terminal credentials" in dialog.status.text()
    form.password.setText(gui_sandbox.config.password)
    with qtbot.waitSignal(dialog.check.finished, timeout=20_000):
        qtbot.mouseClick(dialog.test_button, OK)
    assert dialog.status.text().startswith("Connected")

    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE + "x")
    qtbot.mouseClick(dialog.create_button, OK)
    assert "differ" in dialog.status.text() and not store.exists()
    dialog.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.store_created, timeout=5000) as created:
        qtbot.mouseClick(dialog.create_button, OK)
    assert created.args == ["local sandbox"]
    assert dialog.remember_note is None
    reopened = _store(tmp_path)
    reopened.unlock(PASSPHRASE)
    assert reopened.active_profile_name == "local sandbox"
    assert reopened.get("local sandbox").password == gui_sandbox.config.password


def test_form_keeps_production_safe(qtbot: QtBot) -> None:
    form = ProfileForm()
    qtbot.addWidget(form)
    form.verify_tls.setChecked(False)
    form.environment.setCurrentIndex(form.environment.findData("production"))
    assert form.verify_tls.isChecked() and not form.verify_tls.isEnabled()
    assert form.base_url.text() == "https://e-commerce.kapitalbank.az/api"
    assert form.base_url.isReadOnly()
    assert not form.production_note.isHidden()


def test_profile_manager_add_edit_use_remove(qtbot: QtBot, store: ProfileStore) -> None:
    store.unlock(PASSPHRASE)
    dialog = ProfileManagerDialog(store, gateway_check)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.selected_name() == "test"
    assert dialog.form.password.text() == ""  # never shown back

    dialog.form.currency.setText("usd")
    with qtbot.waitSignal(dialog.profiles_changed, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, OK)
    assert store.get("test").currency == "USD"
    assert store.get("test").password == "pw-1"  # an empty field kept it

    qtbot.mouseClick(dialog.add_button, OK)
    dialog.form.name.setText("sb")
    qtbot.mouseClick(dialog.save_button, OK)
    assert store.names() == ["sb", "test"]
    qtbot.mouseClick(dialog.add_button, OK)
    dialog.form.name.setText("sb")
    qtbot.mouseClick(dialog.save_button, OK)
    assert "already exists" in dialog.message.text()

    dialog.reload(select="sb")
    with qtbot.waitSignal(dialog.active_profile_changed, timeout=10_000) as used:
        qtbot.mouseClick(dialog.use_button, OK)
    assert used.args == ["sb"] and store.active_profile_name == "sb"

    qtbot.mouseClick(dialog.remove_button, OK)
    box = dialog.confirm
    assert isinstance(box, QMessageBox) and "sb" in box.text()
    with qtbot.waitSignal(dialog.profiles_changed, timeout=10_000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), OK)
    assert store.names() == ["test"]
    assert store.active_profile_name is None


class ManualTimer(QTimer):
    """The idle lock's countdown on a clock the test moves: ``advance(ms)`` fires it when due,
    so a test says "300 ms pass" without waiting for them (or losing them to a busy machine)."""

    def __init__(self) -> None:
        super().__init__()
        self.now = 0
        self.starts = 0
        self._due: int | None = None

    def start(self, *args: object) -> None:
        self.starts += 1
        self._due = self.now + self.interval()

    def stop(self) -> None:
        self._due = None

    def isActive(self) -> bool:
        return self._due is not None

    def advance(self, ms: int) -> None:
        self.now += ms
        if self._due is not None and self.now >= self._due:
            self._due = None  # single shot, as the idle lock sets it
            self.timeout.emit()


class Window:
    """A stand-in main window: its content, the cover, the idle lock, Ctrl+L."""

    def __init__(
        self, qtbot: QtBot, store: ProfileStore, minutes: float, timer: QTimer | None = None
    ) -> None:
        self.window = QMainWindow()
        qtbot.addWidget(self.window)
        self.content = QLineEdit("order 12345")
        self.window.setCentralWidget(self.content)
        app = QApplication.instance()
        assert app is not None
        self.idle = IdleLock(store, app, minutes, timer=timer)
        self.cover = LockCover(self.window)
        connect_cover(self.idle, self.cover, self.content, self.window)
        self.window.show()
        qtbot.waitExposed(self.window)


@pytest.fixture
def window(qtbot: QtBot, store: ProfileStore) -> Iterator[Window]:
    store.unlock(PASSPHRASE)
    made = Window(qtbot, store, minutes=0.005, timer=ManualTimer())  # 300 ms
    yield made
    made.idle.stop()


def _clock(window: Window) -> ManualTimer:
    timer = window.idle._timer
    assert isinstance(timer, ManualTimer)
    return timer


def test_idle_time_locks_and_the_passphrase_unlocks(
    qtbot: QtBot, window: Window, store: ProfileStore
) -> None:
    clock = _clock(window)
    clock.advance(299)
    assert store.is_unlocked and not window.idle.is_locked  # not yet: 300 ms is the limit
    with qtbot.waitSignal(window.idle.locked, timeout=5000):
        clock.advance(1)
    assert not store.is_unlocked
    assert window.cover.isVisible() and not window.content.isVisible()
    qtbot.mouseClick(window.cover.unlock_button, OK)
    dialog = window.idle.dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(window.idle.unlocked, timeout=5000):
        _unlock_with(dialog, PASSPHRASE)
    assert store.is_unlocked and window.content.isVisible()
    assert not window.cover.isVisible()


def test_user_input_keeps_it_unlocked(qtbot: QtBot, window: Window, store: ProfileStore) -> None:
    clock = _clock(window)
    for _ in range(8):  # 1,600 ms in all, a key every 200 ms: the 300 ms never run out
        clock.advance(200)
        qtbot.keyClick(window.content, Qt.Key.Key_A)
    assert store.is_unlocked and not window.idle.is_locked
    assert window.idle.activity >= 8
    clock.advance(299)
    assert not window.idle.is_locked  # counted from the last key, not from the first
    with qtbot.waitSignal(window.idle.locked, timeout=5000):
        clock.advance(1)


def test_remembered_store_unlocks_from_the_cover_without_typing(
    qtbot: QtBot, store: ProfileStore, memory_keyring: MemoryKeyring
) -> None:
    store.unlock(PASSPHRASE)
    store.remember()
    made = Window(qtbot, store, minutes=10)
    made.idle.lock()  # what "Lock now" (Ctrl+L) does
    assert made.idle.is_locked and not store.is_unlocked
    with qtbot.waitSignal(made.idle.unlocked, timeout=10_000):
        qtbot.mouseClick(made.cover.unlock_button, OK)
    assert made.idle.dialog is None and store.is_unlocked
    made.idle.stop()
