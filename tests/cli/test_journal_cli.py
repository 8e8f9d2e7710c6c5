"""`kapdesk journal verify|export`: exit codes and output on a real journal in KAPDESK_HOME."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from kapdesk.cli import journal as journal_cli
from kapdesk.cli import vault_access
from kapdesk.journal.journal import Journal
from kapdesk.sandbox.server import DEFAULT_PASSWORD, DEFAULT_USER, SandboxServer
from kapdesk.vault.crypto import KdfParams
from kapdesk.vault.profiles import Profile
from kapdesk.vault.store import ProfileStore
from tests.journal.keyed_helpers import rechain
from tests.operations.money_helpers import paid_order_sync, read_order_sync


def _run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="kapdesk")
    journal_cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(argv))
    return int(args.handler(args))


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KAPDESK_HOME", str(tmp_path))
    return tmp_path


@pytest.fixture
def filled(home: Path) -> Journal:
    journal = Journal(home / "kapdesk.db")
    for order_id, amount in ((11, "0.10"), (12, "0.20")):
        entry_id = journal.record_intent(
            profile="shop",
            environment="sandbox",
            order_id=order_id,
            operation="refund",
            amount=Decimal(amount),
            currency="AZN",
            masked_card="416974******1778",
            reason="test",
            order_before=None,
        )
        journal.mark_sent(entry_id)
        journal.record_outcome(entry_id, "done", approval_code="123456", rrn="412345678901")
    return journal


def _tamper(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TRIGGER journal_events_no_update")
    conn.execute("DROP TRIGGER journal_events_no_delete")
    conn.execute(sql)
    conn.close()


def test_verify_an_intact_journal(filled: Journal, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run("journal", "verify") == 0
    out = capsys.readouterr().out
    assert out.startswith("Journal intact: 2 entries in 6 rows")


def test_verify_without_a_journal(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run("journal", "verify") == 0
    assert "nothing to verify" in capsys.readouterr().out
    assert not (home / "kapdesk.db").exists()  # verify creates nothing


@pytest.mark.parametrize(
    ("sql", "problem"),
    [
        (
            "UPDATE journal_events SET amount = '100.10' WHERE seq = 1",
            "Row 1 (entry 1, intended) was edited",
        ),
        ("DELETE FROM journal_events WHERE seq = 2", "Rows 2 to 2 are missing: they were deleted."),
        ("DELETE FROM journal_events WHERE seq = 6", "The newest rows 6 to 6 are missing"),
    ],
)
def test_verify_a_tampered_journal_exits_1(
    filled: Journal, capsys: pytest.CaptureFixture[str], sql: str, problem: str
) -> None:
    _tamper(filled.path, sql)
    assert _run("journal", "verify") == 1
    out = capsys.readouterr().out
    assert out.startswith("Journal damaged")
    assert f"- {problem}" in out


def test_export_json_to_stdout(filled: Journal, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run("journal", "export", "--format", "json") == 0
    data = json.loads(capsys.readouterr().out)
    assert [(row["order_id"], row["amount"], row["state"]) for row in data] == [
        (11, "0.10", "done"),
        (12, "0.20", "done"),
    ]


def test_export_csv_to_a_file(filled: Journal, home: Path) -> None:
    target = home / "out.csv"
    assert _run("journal", "export", "--format", "csv", "--output", str(target)) == 0
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [row["amount"] for row in rows] == ["0.10", "0.20"]
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")


def test_export_filters_by_order(filled: Journal, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run("journal", "export", "--format", "csv", "--order", "12") == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [row["order_id"] for row in rows] == ["12"]


def test_export_to_an_unwritable_place_is_a_sentence(
    filled: Journal, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run("journal", "export", "--output", str(home / "no" / "such" / "dir.csv")) == 1
    err = capsys.readouterr().err
    assert err.startswith("Cannot write") and "Traceback" not in err


def test_a_file_that_is_not_a_database_is_a_sentence(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (home / "kapdesk.db").write_bytes(b"this is not sqlite" * 100)
    assert _run("journal", "verify") == 1
    err = capsys.readouterr().err
    assert "cannot be read" in err and "Traceback" not in err


def test_the_real_command_exits_1_on_tampering(filled: Journal, home: Path) -> None:
    command = [sys.executable, "-m", "kapdesk", "journal", "verify"]
    env = {**os.environ, "KAPDESK_HOME": str(home)}
    intact = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert intact.returncode == 0, intact.stderr
    _tamper(filled.path, "UPDATE journal_events SET rrn = '000000000000' WHERE seq = 3")
    damaged = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert damaged.returncode == 1
    assert "Row 3 (entry 1, done) was edited after it was written." in damaged.stdout


def test_reconcile_settles_an_abandoned_entry_on_the_sandbox(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kapdesk.sandbox.server import SandboxConfig, SandboxServer

    with SandboxServer(SandboxConfig(seed=1)) as server:  # the same seed --sandbox uses
        order_id = server.seeded_order_ids()[0]
    journal = Journal(home / "kapdesk.db")
    entry_id = journal.record_intent(
        profile="sandbox",
        environment="sandbox",
        order_id=order_id,
        operation="refund",
        amount=Decimal("0.01"),
        currency="AZN",
        masked_card=None,
        reason="test",
        order_before=None,
    )
    journal.record_outcome(entry_id, "unknown")  # as if the answer never came
    assert _run("journal", "reconcile", "--sandbox") == 0
    assert f"Journal entry {entry_id}:" in capsys.readouterr().out
    settled = journal.get(entry_id)
    assert settled.state == "not_done"  # the order shows no such refund
    assert settled.order_after is not None and settled.order_after["id"] == order_id
    assert _run("journal", "reconcile", "--sandbox") == 0
    assert "Nothing to reconcile" in capsys.readouterr().out


# --- the keyed chain: the profile store's key and witness --------------------------------

STORE_PASSPHRASE = "journal cli passphrase"


@pytest.fixture
def store(home: Path, monkeypatch: pytest.MonkeyPatch) -> ProfileStore:
    monkeypatch.setenv("KAPDESK_PASSPHRASE", STORE_PASSPHRASE)
    created = ProfileStore(home / "profiles.kapdesk", kdf=KdfParams.cheap_for_tests())
    created.create(STORE_PASSPHRASE)
    return created


@pytest.fixture
def keyed(home: Path, store: ProfileStore) -> Journal:
    """Six keyed rows, as `kapdesk refund --profile ...` writes them."""
    journal = Journal(home / "kapdesk.db", key=vault_access.chain_key(store))
    store.lock()
    for order_id in (11, 12):
        entry_id = journal.record_intent(
            profile="shop", environment="kapital-test", order_id=order_id, operation="refund",
            amount=Decimal("0.10"), currency="AZN", reason="test",
        )  # fmt: skip
        journal.mark_sent(entry_id)
        journal.record_outcome(entry_id, "done", approval_code="123456", rrn="412345678901")
    return journal


def test_verify_without_a_store_says_the_chain_is_unkeyed(
    filled: Journal, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run("journal", "verify") == 0
    out = capsys.readouterr().out
    assert "The chain is unkeyed: no profile store is in use here" in out
    assert "anyone holding the file could rewrite it undetected" in out


def test_verify_with_the_store_checks_the_keyed_chain(
    keyed: Journal, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run("journal", "verify") == 0
    out = capsys.readouterr().out
    assert "Journal intact: 2 entries in 6 rows" in out
    assert "keyed by the profile store and agrees with the store's witness" in out


def _rewrite(path: Path) -> None:
    with sqlite3.connect(path, isolation_level=None) as raw:
        raw.execute("DROP TRIGGER journal_events_no_update")
        raw.execute("UPDATE journal_events SET amount = '100.10' WHERE seq = 1")
        rechain(raw)


def _truncate(path: Path, keep: int = 4) -> None:
    with sqlite3.connect(path, isolation_level=None) as raw:
        raw.execute("DROP TRIGGER journal_events_no_delete")
        raw.execute("DELETE FROM journal_events WHERE seq > ?", (keep,))
        raw.execute(
            "UPDATE journal_head SET count = ?,"
            " last_hash = (SELECT hash FROM journal_events WHERE seq = ?)",
            (keep, keep),
        )


def _swap(path: Path) -> None:
    other = Journal(path.with_name("other.db"))
    for order_id in range(1, 8):
        other.record_intent(
            profile="shop", environment="kapital-test", order_id=order_id, operation="refund",
            amount=Decimal("0.10"), currency="AZN",
        )  # fmt: skip
    path.unlink()
    other.path.rename(path)


@pytest.mark.parametrize(
    ("attack", "says"),
    [
        (_rewrite, "Row 6 is not the row the profile store witnessed"),
        (_truncate, "The profile store witnessed 6 journal rows, but the journal ends at row 4"),
        (_swap, "Row 6 is not the row the profile store witnessed"),
        (lambda path: path.unlink(), "there is no journal: it was deleted or moved"),
    ],
    ids=["rewritten", "truncated", "swapped", "deleted"],
)
def test_verify_finds_a_forged_journal_and_exits_1(
    keyed: Journal, capsys: pytest.CaptureFixture[str], attack: Callable[[Path], None], says: str
) -> None:
    attack(keyed.path)
    assert _run("journal", "verify") == 1
    out = capsys.readouterr().out
    assert "Journal damaged" in out and says in out


def test_verify_cannot_check_without_the_passphrase_and_exits_2(
    keyed: Journal, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KAPDESK_PASSPHRASE", "not the passphrase")
    assert _run("journal", "verify") == 2
    err = capsys.readouterr().err
    assert err.startswith("Cannot check the journal: the profile store could not be opened.")
    assert "That passphrase is not right." in err


def test_a_money_command_refuses_a_forged_journal(
    sandbox: SandboxServer, home: Path, store: ProfileStore
) -> None:
    store.add(Profile("shop", "custom", base_url=sandbox.base_url, user=DEFAULT_USER,
                      password=DEFAULT_PASSWORD))  # fmt: skip
    store.lock()
    env = {**os.environ, "KAPDESK_HOME": str(home), "KAPDESK_PASSPHRASE": STORE_PASSPHRASE}

    def refund(order_id: int) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "kapdesk", "refund", str(order_id), "--amount", "0.01",
                   "--reason", "test", "--yes", "--profile", "shop"]  # fmt: skip
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)

    first = refund(paid_order_sync(sandbox))
    assert first.returncode == 0, first.stderr
    _truncate(home / "kapdesk.db", keep=2)  # the refund's outcome rows are gone
    second_order = paid_order_sync(sandbox)
    refused = refund(second_order)
    assert refused.returncode == 3, refused.stderr
    assert "The journal failed its check, so no money operation was started" in refused.stderr
    assert not read_order_sync(sandbox, second_order).refunded_amount


def test_verify_names_rows_written_without_the_store(
    keyed: Journal, capsys: pytest.CaptureFixture[str]
) -> None:
    Journal(keyed.path).record_intent(  # as `kapdesk refund --sandbox` writes it
        profile="sandbox", environment="sandbox", order_id=99, operation="refund",
        amount=Decimal("0.10"), currency="AZN",
    )  # fmt: skip
    assert _run("journal", "verify") == 0
    out = capsys.readouterr().out
    assert "The newest 1 rows were written without the profile store" in out
