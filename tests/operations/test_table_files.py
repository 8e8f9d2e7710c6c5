"""Spreadsheet files without Qt: written in chunks (stoppable), read back as text cells."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from kapdesk.operations import table_files
from kapdesk.operations.table_files import (
    ExportStopped,
    XlsxCell,
    baku_text,
    column_values,
    read_table,
    write_table,
)

ROWS = [(1001, Decimal("12.50")), (1002, Decimal("3.00"))]
WHEN = datetime(2026, 11, 30, 14, 4, 5, tzinfo=UTC)


def _texts(row: tuple[int, Decimal]) -> list[str]:
    return [str(row[0]), str(row[1]), baku_text(WHEN)]


def _values(row: tuple[int, Decimal], formats: dict[str, str]) -> list[XlsxCell]:
    return [(row[0], "0"), (row[1], table_files.money_format("AZN", formats)),
            table_files.excel_time(WHEN)]  # fmt: skip


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_a_table_written_reads_back_cell_for_cell(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"orders.{suffix}"
    write_table(path, ["ID", "Amount", "Created"], ROWS, _texts, _values)
    table = read_table(path)
    assert table[0] == ["ID", "Amount", "Created"]
    amounts = ["12.5", "3"] if suffix == "xlsx" else ["12.50", "3.00"]  # Excel keeps numbers
    assert [r[:2] for r in table[1:]] == [["1001", amounts[0]], ["1002", amounts[1]]]
    assert table[1][2].startswith("2026-11-30 18:04:05")  # Baku time
    assert column_values(table, 0, skip_header=True) == "1001\n1002"


def test_a_stopped_export_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    stop = threading.Event()
    stop.set()
    with pytest.raises(ExportStopped):
        write_table(path, ["ID"], ROWS, _texts, _values, stop=stop)
    assert not path.exists()
