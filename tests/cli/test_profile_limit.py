"""The profile's limit per payout or refund: set with `profile add/edit --max-amount`, enforced."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from kapdesk.sandbox.server import DEFAULT_PASSWORD, DEFAULT_USER, SandboxServer
from kapdesk.vault.profiles import Profile
from tests.cli.test_profile_cli import PASSPHRASE, Kapdesk
from tests.operations.money_helpers import paid_order_sync, read_order_sync


def test_refund_above_the_profiles_limit_is_refused_naming_it(
    make_sandbox: Callable[..., SandboxServer], tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    order_id = paid_order_sync(server, amount="10.00")
    kapdesk = Kapdesk(tmp_path / "home")
    added = kapdesk("add", "shop", "--env", "custom", "--base-url", server.base_url,
                    "--user", DEFAULT_USER, "--max-amount", "5,00",
                    KAPDESK_PASSWORD=DEFAULT_PASSWORD)  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "5.00 AZN" in kapdesk("show", "shop").stdout

    def money(*argv: str) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("KAPDESK_")}
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        env |= {"KAPDESK_HOME": str(kapdesk.home), "KAPDESK_PASSPHRASE": PASSPHRASE}
        return subprocess.run(
            [sys.executable, "-m", "kapdesk", *argv, "--profile", "shop", "--yes"],
            env=env, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip

    refused = money("refund", str(order_id), "--amount", "6", "--reason", "x")
    assert refused.returncode == 3, (refused.stdout, refused.stderr)
    assert "above this profile's limit of 5.00 AZN" in refused.stderr
    assert read_order_sync(server, order_id).status == "FullyPaid"
    done = money("refund", str(order_id), "--amount", "5", "--reason", "x")
    assert done.returncode == 0, done.stderr

    assert kapdesk("edit", "shop", "--max-amount", "20").returncode == 0
    assert "20.00 AZN" in kapdesk("show", "shop").stdout
    bad = kapdesk("edit", "shop", "--max-amount", "")
    assert bad.returncode == 2 and "Enter an amount" in bad.stderr


def test_old_stores_get_the_default_limit_and_it_round_trips() -> None:
    old = {"name": "p", "environment": "sandbox", "currency": "AZN"}  # written before the field
    assert Profile.from_dict(old).max_amount == Decimal("10000.00")
    again = Profile.from_dict(
        json.loads(json.dumps(Profile("p", "sandbox", max_amount=Decimal("7.5")).to_dict()))
    )
    assert again.max_amount == Decimal("7.50")
