"""The Refunds tab never shows a secret a gateway echoed back; nor takes another script's digits."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QTextEdit

from kapdesk.gateway.client import GatewayClient
from kapdesk.gui.money.confirmation import confirm_with_dialog
from kapdesk.gui.tabs.refunds import RefundsTab
from kapdesk.operations.money import MoneyDesk
from kapdesk.operations.orders_service import OrderLookupService
from kapdesk.sandbox.server import SandboxConfig, SandboxServer
from tests.gateway.echoing_gateway import EchoingGateway, leaked
from tests.gui.money_support import Desk, confirm_dialog, run


def _all_text(widget: Any) -> str:
    texts = [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QLineEdit)]
    texts += [w.toPlainText() for w in widget.findChildren(QTextEdit)]
    return "\n".join(texts)


def test_refund_refusal_echoing_secrets_shows_them_masked(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    with (
        SandboxServer(SandboxConfig(seed=None)) as server,
        EchoingGateway(server.base_url, lambda m, p: p.endswith("/exec-tran")) as gateway,
    ):
        desk = Desk(server, tmp_path)
        client = GatewayClient(gateway.base_url, server.config.user, server.config.password)
        echoing = MoneyDesk(client, desk.journal, profile="test", environment="sandbox")
        try:
            order_id = run(qtbot, desk.paid_order("10.00"))
            tab = RefundsTab(
                echoing, OrderLookupService(client, desk.index), desk.index, desk.runner,
                environment="sandbox", confirm=confirm_with_dialog,
            )  # fmt: skip
            qtbot.addWidget(tab)
            tab.show()
            tab.order_box.setEditText(str(order_id))
            tab.read_order()
            qtbot.waitUntil(lambda: tab.form is not None, timeout=10_000)
            tab.amount_edit.setText("3.00")
            tab.reason.set_category("damaged")
            tab.reason_edit.setText("broken")
            tab.refund()
            confirm_dialog(qtbot, tab)
            qtbot.waitUntil(lambda: not tab.action.busy, timeout=20_000)
            assert gateway.echoed == 1
            assert tab.panel.state == "refused", tab.panel.text()
            assert "InvalidRequest" in tab.panel.text()
            shown = "\n".join([tab.panel.text(), *tab.panel.history, _all_text(tab)])
            assert leaked(gateway, shown) == []
            assert server.config.password not in shown
        finally:
            run(qtbot, client.aclose())
            run(qtbot, desk.client.aclose())


def test_order_id_in_another_script_is_not_an_order_id(qtbot: Any, desk: Desk) -> None:
    tab = RefundsTab(desk.desk, desk.service, desk.index, desk.runner, environment="sandbox")
    qtbot.addWidget(tab)
    for typed in ("٥٠٠٣", "５００３", "5003"):
        tab.order_box.setEditText(typed)
        assert tab.order_id() == (5003 if typed == "5003" else None), typed
