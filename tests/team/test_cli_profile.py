"""A team profile: `profile add --team`, then a money command writes the team's journal."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from kapdesk.sandbox.server import DEFAULT_PASSWORD, DEFAULT_USER, SandboxServer
from tests.operations.money_helpers import paid_order_sync
from tests.team.cluster import PASSWORD, TeamDatabase

ROOT = Path(__file__).resolve().parents[2]


def _run(home: Path, *argv: str, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KAPDESK_")}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no keyring: the passphrase opens the store
    env |= {"KAPDESK_HOME": str(home), "KAPDESK_PASSPHRASE": "team store pass 9", **extra}
    return subprocess.run(
        [sys.executable, "-m", "kapdesk", *argv], env=env, cwd=ROOT, stdin=subprocess.DEVNULL,
        capture_output=True, text=True, timeout=90, check=False,
    )  # fmt: skip


def _team_profile(home: Path, sandbox: SandboxServer, team_db: TeamDatabase, user: str) -> None:
    added = _run(
        home, "profile", "add", "shop", "--env", "custom", "--base-url", sandbox.base_url,
        "--user", DEFAULT_USER, "--team", team_db.dsn(user),
        KAPDESK_PASSWORD=DEFAULT_PASSWORD, KAPDESK_DB_PASSWORD=PASSWORD,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    shown = _run(home, "profile", "show", "shop")
    assert team_db.dsn(user) in shown.stdout and PASSWORD not in shown.stdout


def test_money_commands_of_a_team_profile_use_the_team_journal(
    make_sandbox: type[SandboxServer] | object, team_db: TeamDatabase, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)  # type: ignore[operator]
    order_id = paid_order_sync(server)
    _team_profile(tmp_path / "a", server, team_db, "aysel")
    _team_profile(tmp_path / "b", server, team_db, "murad")
    done = _run(tmp_path / "a", "refund", str(order_id), "--amount", "2", "--reason", "damaged",
                "--yes", "--profile", "shop")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert PASSWORD not in done.stdout + done.stderr
    rows = list(
        team_db.admin().execute(
            "SELECT person, state, amount::text FROM kapdesk.journal_events ORDER BY seq"
        )
    )
    assert rows[0] == ("aysel", "intended", "2.00") and rows[-1][1] == "done"
    assert not (tmp_path / "a" / "kapdesk.db").exists()  # nothing in the desk's own journal
    # An open entry of aysel's locks the order for murad's workstation.
    holder = team_db.journal("aysel")
    from tests.journal.conftest import intent

    intent(holder, order_id)
    busy = _run(tmp_path / "b", "refund", str(order_id), "--amount", "1", "--reason", "x",
                "--yes", "--profile", "shop")  # fmt: skip
    assert busy.returncode == 3, busy.stderr
    # MoneyDesk refuses before its intent, in the journal's words: person and workstation.
    assert f"Order {order_id} is busy" in busy.stderr
    assert f"aysel on {socket.gethostname()}" in busy.stderr


def test_journal_verify_of_a_team_profile_checks_the_server_chain(
    make_sandbox: type[SandboxServer] | object, team_db: TeamDatabase, tmp_path: Path
) -> None:
    from tests.journal.conftest import intent

    server = make_sandbox(seed=None)  # type: ignore[operator]
    _team_profile(tmp_path, server, team_db, "aysel")
    intent(team_db.journal("aysel"), 1)
    intact = _run(tmp_path, "journal", "verify", "--profile", "shop")
    assert intact.returncode == 0, intact.stderr
    assert "Team journal intact: 1 entries in 1 rows" in intact.stdout
    admin = team_db.admin()
    admin.execute("ALTER TABLE kapdesk.journal_events DISABLE TRIGGER USER")
    admin.execute("UPDATE kapdesk.journal_events SET amount = 1250")
    damaged = _run(tmp_path, "journal", "verify", "--profile", "shop")
    assert damaged.returncode == 1, damaged.stderr
    assert "Row 1 was changed after it was written" in damaged.stdout
