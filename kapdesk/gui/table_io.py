"""Export of the results table (CSV for Excel, XLSX) and import of order ids from a file.

openpyxl is imported only when an XLSX file is read or written: it costs start-up time.
"""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from kapdesk.domain.allowances import GATEWAY_TZ
from kapdesk.domain.money import minor_units, quantize
from kapdesk.gui.rows import AMOUNT, COLUMNS, CREATED, ID, REFRESHED, REFUNDED, Row

TIME_ZONE = "Asia/Baku"


def _when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=GATEWAY_TZ)
    return moment.astimezone(GATEWAY_TZ).isoformat(sep=" ", timespec="seconds")


def export_header() -> list[str]:
    names = [QCoreApplication.translate("OrdersModel", c) for c in COLUMNS]
    time_zone = QCoreApplication.translate("OrdersModel", "Time zone")
    error = QCoreApplication.translate("OrdersModel", "Error")
    # The time-zone column sits right after the times so nobody guesses the offset.
    return [*names[:6], time_zone, *names[6:], error]


def export_cells(row: Row) -> list[str]:
    """Plain values for spreadsheets: amounts as exact decimal strings, times with offset."""
    cells = list(row.cells)
    source = row.order or row.known
    if source is not None:
        cells[3] = str(source.amount)
        cells[5] = _when(source.created)
        refunded = _refunded(row)
        cells[REFUNDED] = "" if refunded is None else str(refunded)
    cells[11] = _when(row.refreshed)
    return [*cells[:6], TIME_ZONE, *cells[6:], row.error or ""]


# The export dialog's file types, in its order: the one chosen decides format and extension.
EXPORT_FORMATS: tuple[str, ...] = ("csv", "xlsx")


def export_path(name: str, file_type: str) -> Path:
    """Where an export of ``file_type`` goes: ``exp2`` as Excel is ``exp2.xlsx``.

    The chosen file type wins over a typed one (``exp2.csv`` as Excel is ``exp2.xlsx``); any
    other dot in the name is part of the name.
    """
    path = Path(name)
    suffix = "." + file_type
    if path.suffix.lower() == suffix:
        return path
    if path.suffix.lower().lstrip(".") in EXPORT_FORMATS:
        return path.with_suffix(suffix)
    return path.with_name(path.name + suffix)


def _refunded(row: Row) -> Decimal | None:
    """The refunded amount, exact (its sort key holds it in thousandths)."""
    present, thousandths = row.keys[REFUNDED]
    source = row.order or row.known
    if present != 0 or source is None:
        return None
    amount = Decimal(thousandths).scaleb(-3)
    try:
        return quantize(amount, source.currency)
    except Exception:  # an unknown currency: the exact value as it is
        return amount.normalize()


EXPORT_CHUNK = 2000  # rows between two looks at the stop flag and two progress reports


class ExportStopped(Exception):
    """The export was cancelled; the partial file has been removed."""


def write_table(
    path: Path,
    rows: Sequence[Row],
    header: Sequence[str],
    *,
    stop: threading.Event | None = None,
    progress: Callable[[int], None] | None = None,
    file_type: str | None = None,
) -> None:
    """CSV or XLSX (``file_type``, else by the suffix), in chunks; meant for a worker thread
    (touches no widget).

    ``header`` comes from :func:`export_header`, called on the GUI thread.
    """
    kind = file_type or path.suffix.lower().lstrip(".")
    try:
        if kind == "xlsx":
            _write_xlsx(path, header, _chunks(rows, stop, progress))
        else:
            _write_csv(path, header, _chunks(rows, stop, progress))
    except ExportStopped:
        path.unlink(missing_ok=True)  # half a file would pass for the whole table
        raise


def write_csv(path: Path, rows: Sequence[Row]) -> None:
    _write_csv(path, export_header(), _chunks(rows, None, None))


def write_xlsx(path: Path, rows: Sequence[Row]) -> None:
    _write_xlsx(path, export_header(), _chunks(rows, None, None))


def _chunks(
    rows: Sequence[Row], stop: threading.Event | None, progress: Callable[[int], None] | None
) -> Iterator[Sequence[Row]]:
    for start in range(0, len(rows), EXPORT_CHUNK):
        if stop is not None and stop.is_set():
            raise ExportStopped
        chunk = rows[start : start + EXPORT_CHUNK]
        yield chunk
        if progress is not None:
            progress(start + len(chunk))


def _write_csv(path: Path, header: Sequence[str], chunks: Iterator[Sequence[Row]]) -> None:
    # UTF-8 with a BOM: Excel on Windows otherwise reads Azerbaijani and Russian as mojibake.
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        for chunk in chunks:
            writer.writerows(export_cells(r) for r in chunk)


XLSX_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
# Export column positions (export_header: the time-zone column comes after Created).
_X_AMOUNT, _X_CREATED, _X_REFUNDED, _X_REFRESHED = AMOUNT, CREATED, REFUNDED + 1, REFRESHED + 1


def _write_xlsx(path: Path, header: Sequence[str], chunks: Iterator[Sequence[Row]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet("orders")
    sheet.append(list(header))
    formats: dict[str, str] = {}  # currency -> number format, e.g. "0.00" for AZN
    for chunk in chunks:
        for row in chunk:
            cells: list[Any] = []
            for value, number_format in xlsx_values(row, formats):
                cell = WriteOnlyCell(sheet, value=value)
                if number_format:
                    cell.number_format = number_format
                cells.append(cell)
            sheet.append(cells)
    book.save(path)


def xlsx_values(row: Row, formats: dict[str, str]) -> list[tuple[Any, str | None]]:
    """Cells Excel can compute with: (value, number format) per export column.

    Amounts are Decimals with the currency's decimals as their format, the id an integer,
    times Baku wall-clock date-times (Excel has no zones: the zone column says which).
    """
    texts = export_cells(row)
    values: list[tuple[Any, str | None]] = [(t, None) for t in texts]
    values[ID] = (row.order_id, "0")
    source = row.order or row.known
    if source is not None:
        money = _money_format(source.currency, formats)
        values[_X_AMOUNT] = (source.amount, money) if source.amount is not None else ("", None)
        refunded = _refunded(row)
        if refunded is not None:
            values[_X_REFUNDED] = (refunded, money)
        values[_X_CREATED] = _excel_time(source.created)
    values[_X_REFRESHED] = _excel_time(row.refreshed)
    return values


def _money_format(currency: str, formats: dict[str, str]) -> str:
    if currency not in formats:
        try:
            digits = minor_units(currency)
        except Exception:  # an unknown currency: show what there is
            digits = 2
        formats[currency] = "0." + "0" * digits if digits else "0"
    return formats[currency]


def _excel_time(moment: datetime | None) -> tuple[Any, str | None]:
    if moment is None:
        return ("", None)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=GATEWAY_TZ)
    return (moment.astimezone(GATEWAY_TZ).replace(tzinfo=None), XLSX_TIME_FORMAT)


def read_table(path: Path) -> list[list[str]]:
    """Every row of a CSV or XLSX file as text cells (the first row is usually a header)."""
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        return _read_xlsx(path)
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig", errors="replace")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], ",;\t")
    except csv.Error:
        dialect = csv.excel
    return [list(r) for r in csv.reader(io.StringIO(text), dialect)]


def _read_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        return [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        # Excel stores long ids as floats; an order id is a whole number.
        return str(int(value))
    return str(value)


def column_values(table: list[list[str]], column: int, *, skip_header: bool) -> str:
    """One column's cells joined by newlines, ready for ``parse_order_ids``."""
    body = table[1:] if skip_header else table
    return "\n".join(r[column] for r in body if column < len(r))
