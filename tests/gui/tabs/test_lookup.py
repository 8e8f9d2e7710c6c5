"""The Lookup tab driven like a clerk would, against the real sandbox over loopback."""

from __future__ import annotations

import csv
import dataclasses
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from kapdesk.domain.allowances import GATEWAY_TZ
from kapdesk.domain.clock import DAY_ZONE, FixedClock
from kapdesk.domain.orders import Order, OrderStatus, OrderType
from kapdesk.gui.lookup.order_rows import ID, RRN, STATUS, Row, row_for_error, row_for_order
from kapdesk.gui.messages import MessageBridge
from kapdesk.gui.tabs.lookup import LookupTab
from kapdesk.gui.tasks import TaskRunner
from kapdesk.journal.orders import OrderIndex
from kapdesk.operations.orders_service import OrderLookupService
from kapdesk.operations.table_files import export_path
from kapdesk.sandbox.server import SandboxConfig, SandboxServer

MISSING_ID = 987_654_321
ORDER_PASSWORD = "8xjpd1ejxdma"  # shaped like the gateway's order passwords
FULL_PAN = "4169741330151778"


def _read(console: Any, qrun: Any, order_id: int) -> Order:
    return qrun(console.client.get_order(order_id))


def test_one_lookup_by_typing_an_id_and_enter(console: Any, qtbot: Any, qrun: Any) -> None:
    order_id = console.server.seeded_order_ids()[0]
    expected = _read(console, qrun, order_id)
    tab = console.tab
    qtbot.keyClicks(tab.id_field, str(order_id))
    with qtbot.waitSignal(tab.lookup_finished, timeout=10_000):
        qtbot.keyClick(tab.id_field, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 1
    row = tab.model.row(0)
    assert row.order == expected
    assert tab.model.data(tab.model.index(0, ID)) == str(order_id)
    # The single result is selected and its detail shown.
    assert tab.detail._values["id"].text() == str(order_id)
    assert console.index.get(order_id) is not None


def test_a_missing_order_says_why_in_its_row(console: Any, qtbot: Any) -> None:
    with qtbot.waitSignal(console.tab.lookup_finished, timeout=10_000):
        console.tab.look_up_text(f"{MISSING_ID}")
    row = console.tab.model.row(0)
    assert row.order is None
    assert row.error == f"Order {MISSING_ID} was not found."
    assert console.tab.model.data(console.tab.model.index(0, STATUS)) == row.error
    foreground = console.tab.model.data(
        console.tab.model.index(0, 0), Qt.ItemDataRole.ForegroundRole
    )
    assert foreground is not None
    assert console.index.get(MISSING_ID) is None


def test_garbage_in_the_id_field_is_a_sentence_not_a_lookup(console: Any, qtbot: Any) -> None:
    console.tab.look_up_text("abc 12x")
    assert console.errors and "abc, 12x" in console.errors[0]
    assert console.tab.model.rowCount() == 0


def test_a_pasted_list_with_bad_tokens_reads_the_good_ones(console: Any, qtbot: Any) -> None:
    good = console.server.seeded_order_ids()[:3]
    pasted = f"{good[0]}\n{good[1]}, 50O1\n#{good[2]}\nabc\n"
    with qtbot.waitSignal(console.tab.lookup_finished, timeout=10_000):
        console.tab.look_up_text(pasted)
    assert {r.order_id for r in console.tab.model.rows()} == set(good)
    assert console.errors and "50O1, abc" in console.errors[0]
    summary = console.tab.summary.text()
    assert summary.startswith("3 of 3 read") and "50O1, abc" in summary
    assert "2 entries are not order IDs" in summary


def test_refunds_show_in_the_detail_pane(console: Any, qtbot: Any, qrun: Any) -> None:
    orders = [_read(console, qrun, i) for i in console.server.seeded_order_ids()]
    refunded = next(o for o in orders if any(t.is_refund for t in o.transactions))
    refunds = [t for t in refunded.transactions if t.is_refund]
    with qtbot.waitSignal(console.tab.lookup_finished, timeout=10_000):
        console.tab.look_up([refunded.id])
    detail = console.tab.detail
    table = detail.transactions
    assert table.rowCount() == len(refunded.transactions)
    types = [table.item(r, 2).text() for r in range(table.rowCount())]
    assert types.count("Refund") == len(refunds)
    total = sum((t.amount for t in refunds), Decimal(0))
    assert detail._values["refunded"].text() == f"{total} {refunded.currency}"
    # A full answer carries the order password and may carry a full card number: the JSON
    # view shows neither, only their masks.
    raw = {
        **refunded.raw,
        "password": ORDER_PASSWORD,
        "hppRedirectUrl": f"https://pay.example/flex?id={refunded.id}&password={ORDER_PASSWORD}",
        "srcToken": {"card": {"pan": FULL_PAN}},
    }
    leaky = dataclasses.replace(refunded, raw=raw)
    detail.show_row(row_for_order(leaky, datetime.now(UTC)))
    shown = detail.raw.toPlainText()
    assert "hppRedirectUrl" in shown  # the raw answer really is on screen
    # Named, not quoted, so a failure does not print the secret itself.
    secrets = {"order password": ORDER_PASSWORD, "full card number": FULL_PAN}
    assert [name for name, value in secrets.items() if value in shown] == []
    assert "416974******1778" in shown and shown.count("********") >= 2


def _export(console: Any, qtbot: Any, target: Path) -> None:
    """Export in the worker thread; the button is off until the file is written."""
    with qtbot.waitSignal(console.messages.info, timeout=30_000) as done:
        console.tab.export(target)
        assert not console.tab.export_button.isEnabled()
    assert target.name in done.args[0]
    qtbot.waitUntil(console.tab.export_button.isEnabled)


def _many_rows(count: int) -> list[Row]:
    return [row_for_error(n, "not read") for n in range(1, count + 1)]


def test_a_cancelled_export_leaves_no_half_file(console: Any, qtbot: Any, tmp_path: Path) -> None:
    tab = console.tab
    tab.model.replace_all(_many_rows(100_000))
    target = tmp_path / "big.csv"
    tab.export(target)
    assert tab.cancel_button.isVisible() and tab.progress.maximum() == 100_000
    tab.export(tmp_path / "second.csv")  # refused out loud, the first one goes on
    assert console.errors and "still running" in console.errors[-1]
    tab.cancel_button.click()
    qtbot.waitUntil(lambda: tab.export_button.isEnabled(), timeout=30_000)
    assert "cancelled" in tab.summary.text()
    assert not target.exists() and not (tmp_path / "second.csv").exists()
    assert not tab.cancel_button.isVisible()


def test_a_big_export_shows_progress_and_finishes(console: Any, qtbot: Any, tmp_path: Path) -> None:
    tab = console.tab
    tab.model.replace_all(_many_rows(20_000))
    seen: list[int] = []
    tab.progress.valueChanged.connect(seen.append)
    _export(console, qtbot, tmp_path / "big.csv")
    assert len(seen) > 2 and seen[-1] == 20_000  # a report per chunk, not only the end
    with (tmp_path / "big.csv").open(encoding="utf-8-sig", newline="") as stream:
        assert sum(1 for _ in csv.reader(stream)) == 20_001


def test_import_reads_in_a_thread_then_asks_for_the_column(
    console: Any, qtbot: Any, tmp_path: Path
) -> None:
    source = tmp_path / "ids.csv"
    source.write_text("order;note\n101;a\n102;b\n", encoding="utf-8")
    console.tab.import_file(source)
    assert not console.tab.import_button.isEnabled()
    qtbot.waitUntil(lambda: hasattr(console.tab, "column_picker"), timeout=10_000)
    assert console.tab.import_button.isEnabled()
    assert console.tab.column_picker.column.count() == 2


def test_a_damaged_workbook_is_a_sentence(console: Any, qtbot: Any, tmp_path: Path) -> None:
    broken = tmp_path / "ids.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    console.tab.import_file(broken)
    qtbot.waitUntil(lambda: console.tab.import_button.isEnabled(), timeout=10_000)
    assert console.errors == ["Cannot read ids.xlsx."]
    assert not hasattr(console.tab, "column_picker")


def test_export_to_csv_and_xlsx_reads_back(console: Any, qtbot: Any, tmp_path: Path) -> None:
    ids = console.server.seeded_order_ids()[:5]
    with qtbot.waitSignal(console.tab.lookup_finished, timeout=10_000):
        console.tab.look_up([*ids, MISSING_ID])
    target = tmp_path / "orders.csv"
    _export(console, qtbot, target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM Excel needs
    with target.open(encoding="utf-8-sig", newline="") as stream:
        table = list(csv.reader(stream))
    header, body = table[0], table[1:]
    assert "Time zone" in header
    assert {int(r[0]) for r in body} == {*ids, MISSING_ID}
    by_id = {int(r[0]): dict(zip(header, r, strict=True)) for r in body}
    first = console.tab.model.row(console.tab.model.position(ids[0]) or 0).order
    assert first is not None
    assert by_id[first.id]["Amount"] == str(first.amount)
    assert by_id[first.id]["Time zone"] == "Asia/Baku"
    assert by_id[MISSING_ID]["Error"]
    workbook = tmp_path / "orders.xlsx"
    _export(console, qtbot, workbook)
    book = load_workbook(workbook, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    assert rows[0][: len(header)] == tuple(header)
    assert {int(str(r[0])) for r in rows[1:]} == {*ids, MISSING_ID}


def test_a_batch_cancelled_half_way_keeps_what_it_read(qtbot: Any, make_console: Any) -> None:
    with SandboxServer(SandboxConfig(seed=1, latency_ms=30)) as slow:
        ids = slow.seeded_order_ids()
        slow_console = make_console(slow)
        tab = slow_console.tab
        tab.look_up(ids)
        qtbot.waitUntil(lambda: tab._done >= len(ids) // 3, timeout=20_000)
        # From here on no answer comes in time (the wait ends when the sandbox stops): only
        # the requests already past their 30 ms can still arrive, so the batch is half way
        # when Cancel is pressed however slowly a loaded machine gets there.
        slow.set_latency(600_000)
        with qtbot.waitSignal(tab.lookup_finished, timeout=10_000):
            tab.cancel_button.click()
        shown = tab.model.rowCount()
        assert 0 < shown < len(ids)
        assert "Cancelled" in tab.summary.text()
        assert not tab.progress.isVisible()
        saved = slow_console.index.search()
        assert 0 < len(saved) <= shown


def test_rrn_column_and_filter(console: Any, qtbot: Any) -> None:
    ids = console.server.seeded_order_ids()
    with qtbot.waitSignal(console.tab.lookup_finished, timeout=20_000):
        console.tab.look_up(ids)
    model = console.tab.model
    with_rrn = next(r for r in model.rows() if r.cells[RRN])
    console.tab.filter_field.setText(with_rrn.cells[RRN])
    assert [r.order_id for r in model.rows()] == [with_rrn.order_id]
    console.tab.filter_field.clear()
    assert model.rowCount() == len(ids)


# -- "Created from": Baku days, whatever zone the computer is set to ---------------------------

BAKU_MIDNIGHT = datetime(2026, 12, 2, tzinfo=DAY_ZONE)  # 2026-12-01 20:00 UTC


def _created(n: int, moment: datetime) -> Order:
    return Order(id=n, type=OrderType.PURCHASE, status=OrderStatus.FULLY_PAID,
                 amount=Decimal("5.00"), currency="AZN", created=moment)  # fmt: skip


@pytest.mark.parametrize(
    "now",
    [
        BAKU_MIDNIGHT + timedelta(minutes=30),  # still 1 December in Pago Pago and in UTC
        datetime(2026, 12, 2, 10, 30, tzinfo=UTC),  # 3 December in Kiritimati, 2nd in Baku
    ],
    ids=["after Baku midnight", "after Kiritimati midnight"],
)
def test_created_from_to_are_baku_days(
    qtbot: Any, qloop: Any, tmp_path: Path, far_zone: str, now: datetime
) -> None:
    clock = FixedClock(now)
    index = OrderIndex(tmp_path / "kapdesk.db", environment="sandbox", profile="test")
    index.save_many([
        _created(1, BAKU_MIDNIGHT - timedelta(minutes=1)),  # 1 December in Baku
        _created(2, BAKU_MIDNIGHT + timedelta(minutes=1)),  # 2 December in Baku
        _created(3, now),  # just now
    ], now)  # fmt: skip
    service = OrderLookupService(None, index)  # type: ignore[arg-type]  # offline search only
    tab = LookupTab(service, TaskRunner(), MessageBridge(), clock=clock)
    qtbot.addWidget(tab)
    known = tab.known
    assert known.until.date() == QDate(2026, 12, 2)  # today in Baku, not here
    assert known.days.zone.text() == "Baku time (UTC+4)"
    known.use_dates.setChecked(True)

    def shown() -> set[int]:
        with qtbot.waitSignal(tab.search_finished, timeout=10_000):
            known.button.click()
        return {tab.model.row(r).order_id for r in range(tab.model.rowCount())}

    assert shown() == {1, 2, 3}  # the default: the last 30 days up to today
    known.since.setDate(QDate(2026, 12, 2))
    assert shown() == {2, 3}
    known.since.setDate(QDate(2026, 12, 1))
    known.until.setDate(QDate(2026, 12, 1))
    assert shown() == {1}


def test_the_index_refuses_a_naive_time(tmp_path: Path) -> None:
    index = OrderIndex(tmp_path / "kapdesk.db", environment="sandbox", profile="test")
    with pytest.raises(ValueError, match="aware"):
        index.search(since=datetime(2026, 12, 2))  # naive: the point of the test


def test_the_chosen_file_type_decides_format_and_extension(
    console: Any, qtbot: Any, tmp_path: Path
) -> None:
    ids = console.server.seeded_order_ids()[:6]
    with qtbot.waitSignal(console.tab.lookup_finished, timeout=10_000):
        console.tab.look_up(ids)
    dialog = console.tab.choose_export_file()
    dialog.setDirectory(str(tmp_path))
    types = dialog.findChild(QComboBox, "fileTypeCombo")
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    assert types is not None and name is not None  # Qt's own dialog, as a clerk sees it
    types.setCurrentIndex(types.findText("Excel workbook (*.xlsx)"))
    types.activated.emit(types.currentIndex())
    name.clear()
    qtbot.keyClicks(name, "exp2")
    with qtbot.waitSignal(console.messages.info, timeout=30_000):
        qtbot.keyClick(name, Qt.Key.Key_Return)
    assert sorted(p.name for p in tmp_path.glob("exp2*")) == ["exp2.xlsx"]
    book = load_workbook(tmp_path / "exp2.xlsx")  # a real workbook, not a CSV renamed
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    rows = {r[0].value: r for r in sheet.iter_rows(min_row=2)}
    assert set(rows) == set(ids) and all(type(i) is int for i in rows)
    orders = {r.order_id: r.order for r in console.tab.model.rows()}
    for order_id, cells in rows.items():
        order = orders[order_id]
        assert order is not None
        by_name = dict(zip(header, cells, strict=False))
        amount = by_name["Amount"]
        assert isinstance(amount.value, int | float) and Decimal(str(amount.value)) == order.amount
        assert amount.number_format == "0.00"  # AZN has two decimals
        created = by_name["Created"]
        assert isinstance(created.value, datetime) and created.is_date
        assert order.created is not None
        baku = order.created.astimezone(GATEWAY_TZ).replace(tzinfo=None, microsecond=0)
        assert created.value.replace(microsecond=0) == baku
        assert by_name["Time zone"].value == "Asia/Baku"
    refunded = [dict(zip(header, c, strict=False))["Refunded"] for c in rows.values()]
    numbers = [c.value for c in refunded if c.value not in (None, "")]
    assert numbers and all(isinstance(v, int | float) for v in numbers)


def test_a_typed_csv_extension_follows_the_excel_choice() -> None:
    assert export_path("/x/exp2", "xlsx") == Path("/x/exp2.xlsx")
    assert export_path("/x/exp2.csv", "xlsx") == Path("/x/exp2.xlsx")
    assert export_path("/x/exp2.xlsx", "csv") == Path("/x/exp2.csv")
    assert export_path("/x/report.v2", "csv") == Path("/x/report.v2.csv")
    assert export_path("/x/a.CSV", "csv") == Path("/x/a.CSV")
