"""`kapdesk journal export --since/--until`: a date without a zone is a Baku day, anywhere."""

from __future__ import annotations

import argparse
import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from kapdesk.cli import journal as journal_cli
from kapdesk.domain.clock import FixedClock, day_start
from kapdesk.journal.journal import Journal

BAKU_MIDNIGHT = day_start(date(2026, 12, 2))  # 2026-12-01 20:00 UTC


def _export(capsys: pytest.CaptureFixture[str], *argv: str) -> list[int]:
    parser = argparse.ArgumentParser(prog="kapdesk")
    journal_cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["journal", "export", "--format", "json", *argv])
    assert args.handler(args) == 0
    return sorted(e["order_id"] for e in json.loads(capsys.readouterr().out))


def test_a_date_is_a_baku_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    far_zone: str,
) -> None:  # fmt: skip
    monkeypatch.setenv("KAPDESK_HOME", str(tmp_path))
    clock = FixedClock(BAKU_MIDNIGHT - timedelta(minutes=1))
    journal = Journal(tmp_path / "kapdesk.db", now=clock.now)
    for order_id in (1, 2):  # a minute before and a minute after Baku midnight
        journal.record_intent(
            profile="shop", environment="sandbox", order_id=order_id,
            operation="refund", amount=Decimal("1.00"), currency="AZN",
        )  # fmt: skip
        clock.advance(timedelta(minutes=2))
    assert _export(capsys, "--since", "2026-12-02") == [2]
    assert _export(capsys, "--until", "2026-12-02") == [1]
    assert _export(capsys, "--since", "2026-12-01T23:00", "--until", "2026-12-02T01:00") == [1, 2]
    assert _export(capsys, "--since", "2026-12-01T20:00+00:00") == [2]  # a zone given is kept
