"""The console as kapdesk.app builds it: five real tabs, sandbox data, profiles, idle lock, help."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from kapdesk.gui.profiles.first_run import FirstRunDialog
from kapdesk.gui.profiles.manager import ProfileManagerDialog
from kapdesk.gui.profiles.unlock import UnlockDialog
from kapdesk.gui.tabs.disputes import DisputesTab
from kapdesk.gui.tabs.holds import HoldsTab
from kapdesk.gui.tabs.journal import JournalTab
from kapdesk.gui.tabs.lookup import LookupTab
from kapdesk.gui.tabs.payouts import PayoutsTab
from kapdesk.gui.tabs.refunds import RefundsTab
from kapdesk.vault.paths import database_path
from kapdesk.vault.store import ProfileStore
from tests.gui.console_support import (
    PASSPHRASE,
    Running,
    make_store,
    no_keyring,
    sandbox_profile,
    shown,
)

OK = Qt.MouseButton.LeftButton
TAB_KINDS = (LookupTab, HoldsTab, RefundsTab, PayoutsTab, JournalTab, DisputesTab)


@pytest.fixture(autouse=True)
def _no_keyring() -> Iterator[None]:
    yield from no_keyring()


@pytest.fixture
def running(qtbot: Any, qloop: Any) -> Iterator[list[Running]]:
    """Consoles started by a test; each is closed (and its sandbox stopped) at the end."""
    made: list[Running] = []
    yield made
    for one in made:
        one.stop()


def _foreign_unsettled_entry() -> None:
    """An intent left by a dead process on another gateway: nothing here may settle it."""
    code = (
        "import sys; from decimal import Decimal; from kapdesk.journal.journal import Journal;"
        "Journal(sys.argv[1]).record_intent(profile='elsewhere', environment='kapital-test',"
        " order_id=4242, operation='refund', amount=Decimal('5.00'), currency='AZN')"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(database_path())],
        check=True,
        env=os.environ.copy(),
        timeout=60,
    )


def test_sandbox_console_has_five_real_tabs_with_seeded_data(
    qtbot: Any, running: list[Running]
) -> None:
    _foreign_unsettled_entry()
    one = Running(qtbot, sandbox=True)
    running.append(one)
    window = one.window()
    kinds = [type(window.tabs.widget(i)) for i in range(window.tabs.count())]
    assert kinds == list(TAB_KINDS)
    one.wait_connected()
    holds = window.tabs.widget(1)
    qtbot.waitUntil(lambda: holds.model.rowCount() > 0, timeout=30_000)
    refunds = window.tabs.widget(2)
    qtbot.waitUntil(lambda: refunds.order_box.count() > 0, timeout=10_000)
    # The start-up reconcile ran, then the Journal tab told the status bar what is left.
    qtbot.waitUntil(lambda: any("1 journal entry is unsettled" in m for m in one.infos))
    assert window.tabs.widget(4).model.rowCount() == 1
    # Plain --sandbox has no profile store: the entries are there, disabled, and say why.
    assert not window.manage_profiles_action.isEnabled()
    assert "without --sandbox" in window.manage_profiles_action.toolTip()
    assert not window.lock_action.isEnabled()
    assert one.errors == []


def test_f1_opens_help_and_about_is_there(qtbot: Any, running: list[Running]) -> None:
    one = Running(qtbot, sandbox=True)
    running.append(one)
    window = one.window()
    assert window.help_menu.help_action.shortcut() == QKeySequence(
        QKeySequence.StandardKey.HelpContents
    )
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help_menu.help_window is not None, timeout=10_000)
    assert window.help_menu.help_window.isVisible()
    assert not window.help_menu.help_window.isModal()
    about = window.help_menu.open_about()
    assert about.isVisible() and not about.isModal()
    about.close()
    window.help_menu.help_window.close()


def test_first_run_then_unlock_opens_the_stored_profile(
    qtbot: Any, running: list[Running], make_sandbox: Any
) -> None:
    server = make_sandbox(seed=None)
    first = Running(qtbot, sandbox=False)
    running.append(first)
    qtbot.waitUntil(lambda: shown(FirstRunDialog) is not None, timeout=5000)
    dialog = shown(FirstRunDialog)
    qtbot.mouseClick(dialog.setup_button, OK)
    form = dialog.form
    form.name.setText("till one")
    form.environment.setCurrentIndex(form.environment.findData("custom"))
    form.base_url.setText(server.base_url)
    form.user.setText(server.config.user)
    form.password.setText(server.config.password)
    form.operator.setText("Aysel M.")  # asked once, here, for the journal
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.create_button, OK)
    first.wait_connected()
    assert first.console.window.status.profile_name == "till one"
    assert first.console.tabs.desk.operator == "Aysel M."
    assert first.console.operator_prompt is None  # named already: not asked again
    assert first.console.client.base_url.rstrip("/") == server.base_url.rstrip("/")
    assert first.console.window.manage_profiles_action.isEnabled()
    assert first.stop() == 0
    running.remove(first)

    later = Running(qtbot, sandbox=False)
    running.append(later)
    qtbot.waitUntil(lambda: shown(UnlockDialog) is not None, timeout=10_000)
    unlock = shown(UnlockDialog)
    unlock.passphrase.setText(PASSPHRASE)
    unlock.buttons.accepted.emit()
    later.wait_connected()
    assert later.console.window.status.profile_name == "till one"
    assert later.console.window.status.environment == "custom"


def test_first_run_can_choose_the_sandbox(qtbot: Any, running: list[Running]) -> None:
    one = Running(qtbot, sandbox=False)
    running.append(one)
    qtbot.waitUntil(lambda: shown(FirstRunDialog) is not None, timeout=5000)
    qtbot.mouseClick(shown(FirstRunDialog).sandbox_button, OK)
    one.wait_connected(timeout=30_000)
    assert one.console.window.status.environment == "sandbox"
    assert not ProfileStore().exists()


def _unlocked_console(qtbot: Any, running: list[Running], *profiles: Any) -> Running:
    make_store(*profiles)
    one = Running(qtbot, sandbox=False)
    running.append(one)
    qtbot.waitUntil(lambda: shown(UnlockDialog) is not None, timeout=10_000)
    unlock = shown(UnlockDialog)
    unlock.passphrase.setText(PASSPHRASE)
    unlock.buttons.accepted.emit()
    one.wait_connected()
    return one


def test_switching_profile_reconnects_without_a_restart(
    qtbot: Any, running: list[Running], make_sandbox: Any
) -> None:
    first, second = make_sandbox(seed=None), make_sandbox(seed=None)
    one = _unlocked_console(
        qtbot, running, sandbox_profile("first", first), sandbox_profile("second", second)
    )
    console, window = one.console, one.console.window
    old_client, old_lookup = console.client, window.lookup
    window.manage_profiles_action.trigger()
    dialog = console.profiles_dialog
    assert isinstance(dialog, ProfileManagerDialog) and dialog.isVisible()
    dialog.names.setCurrentRow(_row(dialog, "second"))
    qtbot.mouseClick(dialog.use_button, OK)
    qtbot.waitUntil(lambda: window.status.profile_name == "second", timeout=10_000)
    qtbot.waitUntil(lambda: window.status.state == "connected", timeout=10_000)
    assert console.client is not old_client and old_client._http.is_closed
    assert console.client.base_url.rstrip("/") == second.base_url.rstrip("/")
    assert window.lookup is not old_lookup and console.window is window
    assert [type(window.tabs.widget(i)) for i in range(window.tabs.count())] == list(TAB_KINDS)


def _row(dialog: ProfileManagerDialog, name: str) -> int:
    for row in range(dialog.names.count()):
        if dialog.names.item(row).text().startswith(name):
            return row
    raise AssertionError(f"{name} is not in the list")


def test_ctrl_l_covers_the_window_and_drops_the_credentials(
    qtbot: Any, running: list[Running], make_sandbox: Any
) -> None:
    server = make_sandbox(seed=None)
    one = _unlocked_console(qtbot, running, sandbox_profile("desk", server))
    console, window = one.console, one.console.window
    client_ref = weakref.ref(console.client)
    connection_ref = weakref.ref(console.connection)  # it holds the password's Secret
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    qtbot.keyClick(
        window.tabs.widget(0).id_field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: console.tabs is None and console.client is None, timeout=10_000)
    assert console.cover.isVisible() and not window.centralWidget().isVisible()
    assert console.connection is None and not console.store.is_unlocked
    assert window.tabs.count() == 0
    qtbot.waitUntil(lambda: (gc.collect(), client_ref() is None)[1], timeout=5000)
    assert connection_ref() is None
    assert not window.manage_profiles_action.isEnabled()

    qtbot.mouseClick(console.cover.unlock_button, OK)
    qtbot.waitUntil(lambda: shown(UnlockDialog) is not None, timeout=5000)
    unlock = shown(UnlockDialog)
    unlock.passphrase.setText(PASSPHRASE)
    unlock.buttons.accepted.emit()
    qtbot.waitUntil(lambda: console.client is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.status.state == "connected", timeout=10_000)
    assert window.centralWidget().isVisible() and not console.cover.isVisible()
    assert window.tabs.count() == 6 and console.store.is_unlocked
    assert console.client.base_url.rstrip("/") == server.base_url.rstrip("/")


def test_a_profile_without_an_operator_asks_once_and_keeps_the_name(
    qtbot: Any, running: list[Running], make_sandbox: Any
) -> None:
    server = make_sandbox(seed=None)
    one = _unlocked_console(qtbot, running, sandbox_profile("desk", server))
    console = one.console
    qtbot.waitUntil(lambda: console.operator_prompt is not None, timeout=5_000)
    prompt = console.operator_prompt
    assert prompt.isVisible() and not prompt.isModal()  # the console works on meanwhile
    assert "desk" in prompt.labelText()
    prompt.setTextValue("  Rashad  ")
    prompt.accept()
    qtbot.waitUntil(lambda: console.tabs.desk.operator == "Rashad", timeout=5_000)
    journal = console.tabs.journal
    assert journal.who_label.text().startswith("Operator: Rashad (OS user ")
    assert console.store.get("desk").operator == "Rashad"  # stored in the profile
    assert console.connection.operator == "Rashad"
