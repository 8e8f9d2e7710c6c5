"""The profile form edits the limit per payout or refund; an empty limit is refused."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

import pytest

from kapdesk.gui.profiles.profile_form import ProfileForm
from kapdesk.i18n import UserError
from kapdesk.vault.profiles import Profile


def test_profile_form_shows_and_edits_the_limit(qtbot: Any) -> None:
    form = ProfileForm()
    qtbot.addWidget(form)
    assert form.max_amount.text() == "10000.00"
    form.set_profile(Profile("shop", "sandbox", max_amount=Decimal("7.5")))
    assert form.max_amount.text() == "7.50"
    form.max_amount.setText("250,00")
    assert form.profile().max_amount == Decimal("250.00")
    for wrong in ("", "  ", "\u0665\u0660", "1" * 27):
        form.max_amount.setText(wrong)
        with pytest.raises(UserError):
            form.profile()


def test_the_console_desk_gets_the_profiles_limit(qtbot: Any, qloop: Any, tmp_path: Any) -> None:
    from kapdesk.app.connection import connection_of
    from kapdesk.app.session import Session
    from kapdesk.gui.messages import MessageBridge
    from kapdesk.journal.journal import Journal
    from kapdesk.journal.orders import OrderIndex

    connection = connection_of(Profile("shop", "sandbox", max_amount=Decimal("5")))
    assert connection.max_amount == Decimal("5.00")
    # The console gives a sandbox profile the built-in sandbox's address.
    connection = dataclasses.replace(connection, base_url="http://127.0.0.1:9/api")
    db = tmp_path / "kapdesk.db"
    index = OrderIndex(db, environment="sandbox", profile="shop")
    session = Session(connection, Journal(db), index, MessageBridge())
    tabs = session.tabs
    for widget in (tabs.lookup, *tabs.others().values()):
        qtbot.addWidget(widget)
    assert tabs.desk.max_amount == Decimal("5.00")
    assert session.desk is tabs.desk is tabs.holds.action.desk is tabs.payouts.action.desk
    from tests.gui.money_support import run

    run(qtbot, session.close())
