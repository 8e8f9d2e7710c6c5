"""The confirmation says where the money goes, and never calls a possibly live gateway harmless."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from kapdesk.domain.allowances import Operation
from kapdesk.gui.money.confirmation import Confirmation, ConfirmDialog


def _dialog(qtbot: Any, environment: str) -> ConfirmDialog:
    details = Confirmation(
        Operation.REFUND, Decimal("12.50"), "AZN", environment, order_id=5001,
        masked_card="416974******1778",
    )  # fmt: skip
    dialog = ConfirmDialog(details)
    qtbot.addWidget(dialog)
    return dialog


def _banner(dialog: ConfirmDialog) -> str:
    banner = dialog.findChild(QLabel, "environmentBanner")
    assert banner is not None
    return banner.text()


@pytest.mark.parametrize(
    ("environment", "words"),
    [
        ("sandbox", "no real money moves"),
        ("kapital-test", "no real money moves"),
        ("custom", "may move real money"),
        ("production", "PRODUCTION: this moves real money"),
    ],
)
def test_the_banner_tells_the_environment_truthfully(
    qtbot: Any, environment: str, words: str
) -> None:
    assert words in _banner(_dialog(qtbot, environment))


def test_production_wants_the_amount_typed_again_before_ok(qtbot: Any) -> None:
    dialog = _dialog(qtbot, "production")
    assert not dialog.ok_button.isEnabled()
    dialog.amount_again.setText("12,5")
    assert dialog.ok_button.isEnabled()
    dialog.amount_again.setText("12.51")
    assert not dialog.ok_button.isEnabled()
    assert _dialog(qtbot, "sandbox").ok_button.isEnabled()


def test_the_reason_to_be_journalled_and_the_notes_are_shown(qtbot: Any) -> None:
    details = Confirmation(
        Operation.REVERSE_CLEARING, Decimal("30.00"), "AZN", "sandbox", order_id=5001,
        reason="cleared twice", reason_category="duplicate",
        notes=("It also releases the rest of the hold, 20.00 AZN.",),
    )  # fmt: skip
    dialog = ConfirmDialog(details)
    qtbot.addWidget(dialog)
    reason = dialog.findChild(QLabel, "confirmReason")
    assert reason is not None and reason.text() == "Duplicate payment: cleared twice"
    notes = [n.text() for n in dialog.findChildren(QLabel, "confirmNote")]
    assert notes == ["It also releases the rest of the hold, 20.00 AZN."]
