"""`kapdesk search`: the Lookup tab's offline search from the command line, in a real process."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kapdesk.domain.orders import OrderStatus
from kapdesk.journal.orders import OrderIndex
from tests.journal.test_orders import T0, _order

# 21:30 UTC on 9 March is 01:30 on 10 March in Baku: a Baku-day search must put it on the 10th.
LATE = datetime(2025, 3, 9, 21, 30, tzinfo=UTC)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    index = OrderIndex(tmp_path / "kapdesk.db", environment="sandbox", profile="sandbox")
    index.save_many(
        [
            _order(1, rrn="501111111111", code="A1B2C3", last4="1778", created=T0),
            _order(2, status=OrderStatus.AUTHORIZED, amount="12.5", rrn="502222222222",
                   code="ZZ9999", last4="0002", created=LATE),
            _order(3, amount="100", rrn="503333333333", code="QQ1234", last4="4444",
                   created=T0 + timedelta(days=2)),
        ],
        T0,
    )  # fmt: skip
    # Another environment's orders never show in the sandbox's search.
    OrderIndex(tmp_path / "kapdesk.db", environment="production", profile="shop").save(
        _order(9, rrn="501111111111"), T0
    )
    return tmp_path


def _search(home: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"KAPDESK_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "kapdesk", "search", *argv],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def _ids(home: Path, *argv: str) -> list[int]:
    done = _search(home, *argv, "--format", "json")
    assert done.returncode == 0, done.stderr
    return [row["id"] for row in json.loads(done.stdout)]


def test_each_criterion_finds_its_orders(home: Path) -> None:
    assert _ids(home) == [3, 1, 2]  # newest first
    assert _ids(home, "--rrn", "502222222222") == [2]
    assert _ids(home, "--rrn", "5022222222229") == [2]  # the refund's RRN
    assert _ids(home, "--approval-code", "QQ1234") == [3]
    assert _ids(home, "--last4", "1778") == [1]
    assert _ids(home, "--amount", "12.50") == [2]
    assert _ids(home, "--status", "Authorized") == [2]
    assert _ids(home, "--status", "FullyPaid", "--amount", "100") == [3]
    assert _ids(home, "ZZ9999") == [2]  # the search box: id, RRN, code or last 4
    assert _ids(home, "3") == [3]
    assert _ids(home, "--rrn", "50111111") == []  # part of an RRN is no match


def test_dates_are_baku_days_and_to_includes_its_day(home: Path) -> None:
    assert _ids(home, "--from", "2025-03-10", "--to", "2025-03-10") == [1, 2]
    assert _ids(home, "--to", "2025-03-09") == []
    assert _ids(home, "--from", "2025-03-11") == [3]


def test_results_come_a_page_at_a_time(home: Path) -> None:
    assert _ids(home, "--limit", "2") == [3, 1]
    assert _ids(home, "--limit", "2", "--offset", "2") == [2]


def test_json_csv_and_table_say_the_same(home: Path) -> None:
    done = _search(home, "--rrn", "502222222222", "--format", "json")
    (row,) = json.loads(done.stdout)
    assert row["amount"] == "12.50" and row["currency"] == "AZN" and row["status"] == "Authorized"
    assert row["created"] == "2025-03-10T01:30:00+04:00"
    assert row["rrns"] == ["502222222222", "5022222222229"]
    assert row["card"] == "416974******0002"
    rows = list(csv.DictReader(io.StringIO(_search(home, "--format", "csv").stdout)))
    assert [r["id"] for r in rows] == ["3", "1", "2"]
    assert rows[2]["approval_codes"] == "R00001 ZZ9999" and rows[2]["amount"] == "12.50"
    table = _search(home, "--last4", "4444").stdout.splitlines()
    assert table[0].split()[:5] == ["ID", "CREATED", "TYPE", "STATUS", "AMOUNT"]
    assert table[1].split()[0] == "3" and "100.00" in table[1] and len(table) == 2


@pytest.mark.parametrize(
    "argv",
    [
        ["--last4", "12a4"],
        ["--amount", "12,50"],
        ["--amount", "-3"],
        ["--from", "10.03.2025"],
        ["--status", "Paidish"],
        ["--from", "2025-03-12", "--to", "2025-03-10"],
        ["--limit", "0"],
    ],
)
def test_bad_criteria_are_a_usage_error_in_a_sentence(home: Path, argv: list[str]) -> None:
    before = (home / "kapdesk.db").read_bytes()
    done = _search(home, *argv)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and done.stderr.strip() and done.stdout == ""
    assert (home / "kapdesk.db").read_bytes() == before
