"""The Lookup tab's offline search shows a page of known orders and loads the next on demand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from kapdesk.domain.orders import Order, OrderStatus, OrderType
from kapdesk.gui.messages import MessageBridge
from kapdesk.gui.tabs.lookup import LookupTab
from kapdesk.gui.tasks import TaskRunner
from kapdesk.journal.orders import OrderIndex
from kapdesk.journal.store import PAGE_SIZE
from kapdesk.operations.orders_service import OrderLookupService

NOW = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)
KNOWN = 7


def _order(n: int) -> Order:
    return Order(id=n, type=OrderType.PURCHASE, status=OrderStatus.FULLY_PAID,
                 amount=Decimal("5.00") + n, currency="AZN",
                 created=NOW - timedelta(minutes=n))  # fmt: skip


def _tab(qtbot: Any, tmp_path: Path) -> LookupTab:
    index = OrderIndex(tmp_path / "kapdesk.db", environment="sandbox", profile="test")
    index.save_many([_order(n) for n in range(1, KNOWN + 1)], NOW)
    service = OrderLookupService(None, index)  # type: ignore[arg-type]  # offline search only
    tab = LookupTab(service, TaskRunner(), MessageBridge())
    qtbot.addWidget(tab)
    tab.show()
    tab.page_size = 3  # 7 known orders: pages of 3, 3 and 1
    return tab


def _shown(tab: LookupTab) -> list[int]:
    """The ids in the table, each once (in id order: the table has its own sort)."""
    ids = [tab.model.row(r).order_id for r in range(tab.model.rowCount())]
    assert len(set(ids)) == len(ids)
    return sorted(ids)


def _click(qtbot: Any, tab: LookupTab, button: Any) -> None:
    with qtbot.waitSignal(tab.search_finished, timeout=20_000):
        button.click()


def test_show_more_loads_the_next_page_until_none_is_left(
    qtbot: Any, qloop: Any, tmp_path: Path
) -> None:
    assert LookupTab.page_size == PAGE_SIZE == 500  # what a clerk gets
    tab = _tab(qtbot, tmp_path)
    assert tab.more_button.isHidden()
    _click(qtbot, tab, tab.known.button)
    assert _shown(tab) == [1, 2, 3]  # the newest first
    assert not tab.more_button.isHidden()
    assert tab.more_button.text() == "Show more"
    assert tab.summary.text() == "3 known orders shown (saved on this computer); more available"
    _click(qtbot, tab, tab.more_button)
    assert _shown(tab) == [1, 2, 3, 4, 5, 6]  # added below, none twice
    assert not tab.more_button.isHidden()
    _click(qtbot, tab, tab.more_button)
    assert _shown(tab) == list(range(1, KNOWN + 1))
    assert tab.more_button.isHidden()  # nothing more to show
    assert tab.summary.text() == "7 known orders (saved on this computer)"
    # A new search starts again from its first page.
    tab.known.text.setText("5")  # no order id 5 hides among the last 4 digits
    _click(qtbot, tab, tab.known.button)
    assert _shown(tab) == [5]
    assert tab.more_button.isHidden()
    tab.known.text.clear()
    _click(qtbot, tab, tab.known.button)
    assert _shown(tab) == [1, 2, 3]
    assert not tab.more_button.isHidden()


def test_a_lookup_ends_the_paging_of_a_search(qtbot: Any, qloop: Any, tmp_path: Path) -> None:
    tab = _tab(qtbot, tmp_path)
    _click(qtbot, tab, tab.known.button)
    assert not tab.more_button.isHidden()
    tab.runner.start = lambda name, coro: coro.close()  # type: ignore[method-assign]  # no gateway
    tab.look_up([1])
    assert tab.more_button.isHidden()
