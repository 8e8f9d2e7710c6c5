"""Spreadsheet files, without Qt: tables written as CSV for Excel or XLSX, in stoppable chunks,
and read back as text cells (the order ids a clerk imports).

The GUI's Lookup export and the CLI can share it. openpyxl is imported only when an XLSX file
is read or written: it costs start-up time.
"""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from kapdesk.domain.allowances import GATEWAY_TZ
from kapdesk.domain.money import minor_units

R = TypeVar("R")
# A cell Excel can compute with: its value and its number format (None: the default).
XlsxCell = tuple[Any, str | None]

TIME_ZONE = "Asia/Baku"  # the zone of every time kapdesk writes, named in each export
XLSX_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
# The export dialog's file types, in its order: the one chosen decides format and extension.
EXPORT_FORMATS: tuple[str, ...] = ("csv", "xlsx")
EXPORT_CHUNK = 2000  # rows between two looks at the stop flag and two progress reports


class ExportStopped(Exception):
    """The export was cancelled; the partial file has been removed."""


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


def baku_text(moment: datetime | None) -> str:
    """``2026-11-30 18:04:05+04:00``: a time for a spreadsheet, in Baku time with its offset."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=GATEWAY_TZ)
    return moment.astimezone(GATEWAY_TZ).isoformat(sep=" ", timespec="seconds")


def excel_time(moment: datetime | None) -> XlsxCell:
    """A Baku wall-clock date-time (Excel has no zones: the zone column says which)."""
    if moment is None:
        return ("", None)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=GATEWAY_TZ)
    return (moment.astimezone(GATEWAY_TZ).replace(tzinfo=None), XLSX_TIME_FORMAT)


def money_format(currency: str, formats: dict[str, str]) -> str:
    """The number format of ``currency``'s amounts ("0.00" for AZN), remembered in ``formats``."""
    if currency not in formats:
        try:
            digits = minor_units(currency)
        except Exception:  # an unknown currency: show what there is
            digits = 2
        formats[currency] = "0." + "0" * digits if digits else "0"
    return formats[currency]


def write_table(
    path: Path,
    header: Sequence[str],
    rows: Sequence[R],
    texts: Callable[[R], Sequence[str]],
    values: Callable[[R, dict[str, str]], Sequence[XlsxCell]],
    *,
    stop: threading.Event | None = None,
    progress: Callable[[int], None] | None = None,
    file_type: str | None = None,
) -> None:
    """CSV (each row's ``texts``) or XLSX (its ``values``), by ``file_type`` else the suffix,
    in chunks; meant for a worker thread. A set ``stop`` ends it and removes the file."""
    kind = file_type or path.suffix.lower().lstrip(".")
    chunks = _chunks(rows, stop, progress)
    try:
        if kind == "xlsx":
            _write_xlsx(path, header, chunks, values)
        else:
            _write_csv(path, header, chunks, texts)
    except ExportStopped:
        path.unlink(missing_ok=True)  # half a file would pass for the whole table
        raise


def _chunks(
    rows: Sequence[R], stop: threading.Event | None, progress: Callable[[int], None] | None
) -> Iterator[Sequence[R]]:
    for start in range(0, len(rows), EXPORT_CHUNK):
        if stop is not None and stop.is_set():
            raise ExportStopped
        chunk = rows[start : start + EXPORT_CHUNK]
        yield chunk
        if progress is not None:
            progress(start + len(chunk))


def _write_csv(
    path: Path,
    header: Sequence[str],
    chunks: Iterator[Sequence[R]],
    texts: Callable[[R], Sequence[str]],
) -> None:
    # UTF-8 with a BOM: Excel on Windows otherwise reads Azerbaijani and Russian as mojibake.
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        for chunk in chunks:
            writer.writerows(texts(r) for r in chunk)


def _write_xlsx(
    path: Path,
    header: Sequence[str],
    chunks: Iterator[Sequence[R]],
    values: Callable[[R, dict[str, str]], Sequence[XlsxCell]],
) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet("orders")
    sheet.append(list(header))
    formats: dict[str, str] = {}  # currency -> number format, e.g. "0.00" for AZN
    for chunk in chunks:
        for row in chunk:
            cells: list[Any] = []
            for value, number_format in values(row, formats):
                cell = WriteOnlyCell(sheet, value=value)
                if number_format:
                    cell.number_format = number_format
                cells.append(cell)
            sheet.append(cells)
    book.save(path)


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
