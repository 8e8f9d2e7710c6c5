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


PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"


def test_editing_a_team_profile_keeps_its_team_journal(qtbot: Any) -> None:
    """Changing the operator's name must not turn a team profile into a single desk's (the
    money would go to this computer's journal, out of the team's sight)."""
    form = ProfileForm()
    qtbot.addWidget(form)
    team = Profile("shop", "sandbox", team="postgresql://aysel@db.team.az:5432/kapdesk",
                   team_password="db-secret", team_ca=PEM)  # fmt: skip
    form.set_profile(team)
    assert form.team_box.isChecked() and form.team.text() == team.team
    assert form.team_password.text() == "" and form.team_ca.toPlainText() == ""  # never shown
    form.operator.setText("Aysel")
    edited = form.profile()
    assert (edited.team, edited.team_password, edited.team_ca) == (team.team, "db-secret", PEM)
    assert edited.operator == "Aysel"
    form.team_password.setText("new-secret")
    assert form.profile().team_password == "new-secret"
    form.team_box.setChecked(False)  # back to this computer's journal: nothing of the team kept
    single = form.profile()
    assert (single.team, single.team_password, single.team_ca) == ("", "", "")


def test_a_new_team_profile_from_the_form(qtbot: Any) -> None:
    form = ProfileForm()
    qtbot.addWidget(form)
    form.name.setText("shop")
    form.team_box.setChecked(True)
    with pytest.raises(UserError, match="team journal's address"):
        form.profile()  # checked but empty: said, not silently a single desk
    form.team.setText("postgresql://aysel@127.0.0.1:5432/kapdesk")
    with pytest.raises(UserError, match="database password"):
        form.profile()
    form.team_password.setText("db-secret")
    made = form.profile()
    assert made.team == "postgresql://aysel@127.0.0.1:5432/kapdesk"
    assert made.team_password == "db-secret" and made.team_ca == ""
    form.team_ca.setPlainText("not a certificate")
    with pytest.raises(UserError, match="PEM"):
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
