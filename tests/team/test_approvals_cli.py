"""Four-eyes end to end: team profiles on three workstations (KAPDESK_HOMEs), the real CLI in
its own processes, the real sandbox as the gateway and a real PostgreSQL team journal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from kapdesk.journal.team.admin import set_threshold
from kapdesk.sandbox.server import DEFAULT_PASSWORD, DEFAULT_USER, SandboxServer
from tests.operations.money_helpers import paid_order_sync, read_order_sync
from tests.team.cluster import PASSWORD, TeamDatabase

ROOT = Path(__file__).resolve().parents[2]


def _run(home: Path, *argv: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KAPDESK_")}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no keyring: the passphrase opens the store
    env |= {
        "KAPDESK_HOME": str(home),
        "KAPDESK_PASSPHRASE": "team store pass 9",
        "KAPDESK_PASSWORD": DEFAULT_PASSWORD,
        "KAPDESK_DB_PASSWORD": PASSWORD,
    }
    return subprocess.run(
        [sys.executable, "-m", "kapdesk", *argv], env=env, cwd=ROOT, input=stdin or "",
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


class Desk:
    """One person's workstation: a KAPDESK_HOME with the team profile "shop"."""

    def __init__(self, home: Path, sandbox: SandboxServer, team_db: TeamDatabase, user: str):
        self.home = home
        added = _run(
            home, "profile", "add", "shop", "--env", "custom", "--base-url", sandbox.base_url,
            "--user", DEFAULT_USER, "--team", team_db.dsn(user),
        )  # fmt: skip
        assert added.returncode == 0, added.stderr

    def __call__(self, *argv: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        done = _run(self.home, *argv, stdin=stdin)
        assert "Traceback" not in done.stderr, done.stderr
        assert PASSWORD not in done.stdout + done.stderr
        return done

    def refund(self, order_id: int, amount: str) -> subprocess.CompletedProcess[str]:
        return self("refund", str(order_id), "--amount", amount, "--reason", "returned",
                    "--yes", "--profile", "shop")  # fmt: skip

    def approvals(self, *argv: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return self("approvals", *argv, "--profile", "shop", stdin=stdin)


def _refunds(server: SandboxServer, order_id: int) -> list[Decimal]:
    order = read_order_sync(server, order_id)
    return [abs(t.amount) for t in order.transactions if t.type == "Refund"]


@pytest.fixture
def team(
    make_sandbox: object, team_db: TeamDatabase, tmp_path: Path
) -> tuple[SandboxServer, dict[str, Desk]]:
    server = make_sandbox(seed=None)  # type: ignore[operator]
    set_threshold(team_db.admin(), "AZN", Decimal("5.00"))
    desks = {
        user: Desk(tmp_path / user, server, team_db, user) for user in ("aysel", "murad", "leyla")
    }
    return server, desks


def test_above_the_threshold_waits_then_is_approved_and_sent_exactly_once(
    team: tuple[SandboxServer, dict[str, Desk]], team_db: TeamDatabase
) -> None:
    server, desk = team
    aysel, murad, leyla = desk["aysel"], desk["murad"], desk["leyla"]
    order_id = paid_order_sync(server)
    held = aysel.refund(order_id, "6.00")
    assert held.returncode == 5, held.stdout + held.stderr
    assert "Waiting for a supervisor" in held.stdout and "NOT sent" in held.stdout
    assert _refunds(server, order_id) == []  # nothing reached the gateway

    listed = leyla.approvals("list", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    [item] = json.loads(listed.stdout)
    assert {k: item[k] for k in ("order_id", "operation", "amount", "currency")} == {
        "order_id": order_id,
        "operation": "refund",
        "amount": "6.00",
        "currency": "AZN",
    }
    assert (item["requested_by"], item["state"]) == ("aysel", "awaiting_approval")
    entry = str(item["id"])

    early = aysel.approvals("send", entry)
    assert early.returncode == 3 and "still waits for a supervisor" in early.stderr
    clerk = murad.approvals("approve", entry)
    assert clerk.returncode == 1 and "Only a supervisor can approve" in clerk.stderr
    own = aysel.approvals("approve", entry)  # a clerk, and the requester
    assert own.returncode == 1 and "Only a supervisor" in own.stderr
    busy = murad.refund(order_id, "1.00")  # the order is held while it waits
    assert busy.returncode == 3 and f"Order {order_id} is held" in busy.stderr
    assert _refunds(server, order_id) == []

    approved = leyla.approvals("approve", entry)
    assert approved.returncode == 0, approved.stderr
    assert f"aysel can now send it (kapdesk approvals send {entry})" in approved.stdout
    again = leyla.approvals("approve", entry)
    assert again.returncode == 1 and "already decided: approved by leyla" in again.stderr
    other = murad.approvals("send", entry)  # not the requester
    assert other.returncode == 3 and "Only the person who asked" in other.stderr
    assert _refunds(server, order_id) == []

    sent = aysel.approvals("send", entry)
    assert sent.returncode == 0, sent.stdout + sent.stderr
    assert sent.stdout.startswith("Done: Refund of 6.00")
    assert _refunds(server, order_id) == [Decimal("6.00")]
    twice = aysel.approvals("send", entry)
    assert twice.returncode == 3 and "is done, not approved" in twice.stderr
    assert _refunds(server, order_id) == [Decimal("6.00")]  # exactly once

    below = aysel.refund(order_id, "2.00")  # at or under the threshold: sent at once
    assert below.returncode == 0, below.stderr
    assert _refunds(server, order_id) == [Decimal("6.00"), Decimal("2.00")]
    assert json.loads(leyla.approvals("list", "--format", "json").stdout) == []

    exported = aysel("journal", "export", "--format", "json", "--profile", "shop")
    assert exported.returncode == 0, exported.stderr
    rows = json.loads(exported.stdout)
    assert [(r["person"], r["state"], r["decided_by"]) for r in rows] == [
        ("aysel", "done", "leyla"),
        ("aysel", "done", None),
    ]
    assert all(r["workstation"] for r in rows)
    events = [
        (person, event, state)
        for person, event, state in team_db.admin().execute(
            "SELECT person, event, state FROM kapdesk.journal_events ORDER BY seq LIMIT 4"
        )
    ]
    assert events == [
        ("aysel", "intent", "awaiting_approval"),
        ("leyla", "approve", "approved"),
        ("aysel", "sent", "sent"),
        ("aysel", "outcome", "done"),
    ]


def test_a_rejection_sends_nothing_closes_the_entry_and_frees_the_order(
    team: tuple[SandboxServer, dict[str, Desk]],
) -> None:
    server, desk = team
    aysel, leyla = desk["aysel"], desk["leyla"]
    order_id = paid_order_sync(server)
    assert aysel.refund(order_id, "7.00").returncode == 5
    [item] = json.loads(aysel.approvals("list", "--format", "json").stdout)
    entry = str(item["id"])
    blank = leyla.approvals("reject", entry, "--reason", " ")
    assert blank.returncode == 1 and "needs a reason" in blank.stderr
    rejected = leyla.approvals("reject", entry, "--reason", "no receipt")
    assert rejected.returncode == 0, rejected.stderr
    assert "nothing was sent" in rejected.stdout
    late = aysel.approvals("send", entry)
    assert late.returncode == 3 and "rejected by leyla (no receipt)" in late.stderr
    assert _refunds(server, order_id) == []
    exported = aysel("journal", "export", "--format", "json", "--profile", "shop")
    [row] = json.loads(exported.stdout)
    assert (row["state"], row["note"], row["decided_by"]) == ("rejected", "no receipt", "leyla")
    free = aysel.refund(order_id, "3.00")  # the order is free again, below the threshold
    assert free.returncode == 0, free.stderr
    assert _refunds(server, order_id) == [Decimal("3.00")]


def test_a_supervisor_cannot_approve_their_own_request(
    team: tuple[SandboxServer, dict[str, Desk]],
) -> None:
    server, desk = team
    leyla = desk["leyla"]
    order_id = paid_order_sync(server)
    assert leyla.refund(order_id, "8.00").returncode == 5
    [item] = json.loads(leyla.approvals("list", "--format", "json").stdout)
    own = leyla.approvals("approve", str(item["id"]))
    assert own.returncode == 1
    assert f"Four-eyes: leyla asked for journal entry {item['id']}" in own.stderr
    text = leyla.approvals("list")
    assert text.returncode == 0 and "awaiting a supervisor" in text.stdout
    assert _refunds(server, order_id) == []


PAN = "4169741330151778"
OTHER_PAN = "4111111111111111"


def test_an_approved_payout_is_sent_with_the_card_typed_again(
    team: tuple[SandboxServer, dict[str, Desk]], team_db: TeamDatabase
) -> None:
    _server, desk = team
    aysel, leyla = desk["aysel"], desk["leyla"]
    held = aysel("payout", "--amount", "6", "--currency", "AZN", "--reason", "refund by card",
                 "--reason-category", "other", "--card-stdin", "--yes", "--profile", "shop",
                 stdin=PAN + "\n")  # fmt: skip
    assert held.returncode == 5, held.stdout + held.stderr
    assert "NOT sent" in held.stdout and PAN not in held.stdout + held.stderr
    [item] = json.loads(leyla.approvals("list", "--format", "json").stdout)
    assert (item["operation"], item["order_id"], item["masked_card"]) == (
        "pay_out",
        None,
        "416974******1778",
    )
    assert leyla.approvals("approve", str(item["id"])).returncode == 0
    wrong = aysel.approvals("send", str(item["id"]), "--card-stdin", stdin=OTHER_PAN + "\n")
    assert wrong.returncode == 3 and "is not the card of approved journal entry" in wrong.stderr
    assert OTHER_PAN not in wrong.stdout + wrong.stderr
    sent = aysel.approvals("send", str(item["id"]), "--card-stdin", stdin=PAN + "\n")
    assert sent.returncode == 0, sent.stdout + sent.stderr
    assert "Done: Pay out to card of 6.00 AZN" in sent.stdout
    states = [s for (s,) in team_db.admin().execute(
        "SELECT state FROM kapdesk.journal_events ORDER BY seq")]  # fmt: skip
    assert states[:4] == ["awaiting_approval", "approved", "approved", "sent"]  # "order", then
    assert states[-1] == "done" and states.count("sent") == 1
