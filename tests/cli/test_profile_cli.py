"""`kapdesk profile ...` as a real subprocess on a real store in tmp_path: exit codes, secrets."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PASSPHRASE = "cli passphrase 42"
PASSWORD = "terminal-Secret-77"


class Kapdesk:
    """Runs the CLI with KAPDESK_HOME in tmp_path, secrets only in the environment."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.outputs: list[str] = []

    def __call__(self, *argv: str, **env: str) -> subprocess.CompletedProcess[str]:
        base = {k: v for k, v in os.environ.items() if not k.startswith("KAPDESK_")}
        # No D-Bus session: keyring has no backend, as on a headless server.
        base.pop("DBUS_SESSION_BUS_ADDRESS", None)
        full = base | {"KAPDESK_HOME": str(self.home), "KAPDESK_PASSPHRASE": PASSPHRASE} | env
        result = subprocess.run(
            [sys.executable, "-m", "kapdesk", "profile", *argv],
            env=full,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        self.outputs += [result.stdout, result.stderr]
        return result


@pytest.fixture
def kapdesk(tmp_path: Path) -> Kapdesk:
    run = Kapdesk(tmp_path / "home")
    done = run("add", "test", "--env", "kapital-test", "--user", "TerminalSys/kapital",
               KAPDESK_PASSWORD=PASSWORD)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return run


def test_add_list_show_never_prints_the_password(kapdesk: Kapdesk) -> None:
    assert kapdesk("add", "sb", "--env", "sandbox", "--hold-days", "30").returncode == 0
    listed = kapdesk("list")
    assert listed.returncode == 0
    assert listed.stdout.splitlines() == [
        "  sb\tsandbox\t(built-in sandbox)",
        "* test\tkapital-test\thttps://txpgtst.kapitalbank.az/api",
    ]
    shown = kapdesk("show", "test")
    assert shown.returncode == 0
    assert "TerminalSys/kapital" in shown.stdout
    assert "(stored, not shown)" in shown.stdout
    assert PASSWORD not in shown.stdout + shown.stderr
    assert "30" in kapdesk("show", "sb").stdout


def test_edit_rename_use_and_remove(kapdesk: Kapdesk) -> None:
    edited = kapdesk("edit", "test", "--name", "kt", "--currency", "USD", "--no-verify-tls")
    assert edited.returncode == 0, edited.stderr
    shown = kapdesk("show", "kt").stdout
    assert "USD" in shown and "TLS verification:   off" in shown
    assert kapdesk("add", "sb", "--env", "sandbox").returncode == 0
    assert kapdesk("use", "sb").returncode == 0
    assert "* sb\tsandbox\t(built-in sandbox)" in kapdesk("list").stdout.splitlines()
    assert kapdesk("remove", "kt").returncode == 0
    assert kapdesk("show", "kt").returncode == 1


def test_new_terminal_password_comes_from_the_environment(kapdesk: Kapdesk) -> None:
    assert kapdesk("edit", "test", "--password", KAPDESK_PASSWORD="new-pw-9").returncode == 0
    # No TTY and no variable: refused as bad usage, nothing changed.
    refused = kapdesk("edit", "test", "--password")
    assert refused.returncode == 2
    assert "KAPDESK_PASSWORD" in refused.stderr


@pytest.mark.parametrize(
    ("argv", "env", "code", "words"),
    [
        (("list",), {"KAPDESK_PASSPHRASE": "not the right one"}, 1, "not right"),
        (("list",), {"KAPDESK_PASSPHRASE": ""}, 1, "set KAPDESK_PASSPHRASE"),
        (("show", "nope"), {}, 1, "no profile named"),
        (("add", "test", "--env", "sandbox"), {}, 1, "already exists"),
        (("remember",), {}, 1, "passphrase is the only way in"),
        (("edit", "test"), {}, 1, "Nothing to change"),
        (("edit", "test", "--env", "production", "--base-url", "http://x.az/api"), {}, 2, "https"),
        (("add", "x", "--env", "production", "--user", "u"), {}, 2, "KAPDESK_PASSWORD"),
        (("add", "x", "--env", "staging"), {}, 2, "invalid choice"),
        (("add", "x", "--env", "sandbox", "--password", "oops"), {}, 2, "unrecognized"),
        (("show",), {}, 2, "required"),
    ],
)
def test_exit_codes(
    kapdesk: Kapdesk, argv: tuple[str, ...], env: dict[str, str], code: int, words: str
) -> None:
    result = kapdesk(*argv, **env)
    assert result.returncode == code, result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.stderr


def test_damaged_store_is_refused_and_left_alone(kapdesk: Kapdesk) -> None:
    store = kapdesk.home / "profiles.kapdesk"
    damaged = store.read_bytes()[:-7]
    store.write_bytes(damaged)
    result = kapdesk("list")
    assert result.returncode == 1
    assert "damaged or was altered" in result.stderr
    assert "Traceback" not in result.stderr
    assert store.read_bytes() == damaged


def test_passwd_changes_the_passphrase_and_keeps_profiles(kapdesk: Kapdesk) -> None:
    changed = kapdesk("passwd", KAPDESK_NEW_PASSPHRASE="the next passphrase")
    assert changed.returncode == 0, changed.stderr
    assert kapdesk("list").returncode == 1
    after = kapdesk("show", "test", KAPDESK_PASSPHRASE="the next passphrase")
    assert after.returncode == 0 and "TerminalSys/kapital" in after.stdout


def test_passwd_leaves_no_copy_that_the_old_passphrase_opens(kapdesk: Kapdesk) -> None:
    store = kapdesk.home / "profiles.kapdesk"
    kapdesk("edit", "test", "--currency", "USD")  # a second save: a .previous exists now
    assert store.with_name("profiles.kapdesk.previous").exists()
    stolen = store.read_bytes()
    changed = kapdesk("passwd", KAPDESK_NEW_PASSPHRASE="the next passphrase")
    assert changed.returncode == 0, changed.stderr
    assert "under a new key" in changed.stderr
    assert not store.with_name("profiles.kapdesk.previous").exists()
    assert store.read_bytes() != stolen


def test_no_secret_in_any_file_or_output(kapdesk: Kapdesk) -> None:
    kapdesk("list", KAPDESK_PASSPHRASE="a wrong passphrase")
    kapdesk("edit", "test", "--password", KAPDESK_PASSWORD=PASSWORD + "-2")
    kapdesk("passwd", KAPDESK_NEW_PASSPHRASE=PASSPHRASE + " new")
    files = [p for p in kapdesk.home.rglob("*") if p.is_file()]
    assert any(p.name == "profiles.kapdesk" for p in files)
    texts = [p.read_bytes().decode("latin-1") for p in files] + kapdesk.outputs
    for secret in (PASSPHRASE, PASSWORD, PASSWORD + "-2", PASSPHRASE + " new"):
        assert not any(secret in text for text in texts)


def test_remember_without_a_keyring_says_so_and_still_creates(tmp_path: Path) -> None:
    run = Kapdesk(tmp_path / "fresh")
    done = run("add", "sb", "--env", "sandbox", "--remember")
    assert done.returncode == 0, done.stderr
    assert "no secure keyring" in done.stderr and "only way in" in done.stderr
    assert run("list").stdout.strip().startswith("* sb")


def test_operator_is_set_on_add_and_edit_and_shown(kapdesk: Kapdesk) -> None:
    assert kapdesk("add", "sb", "--env", "sandbox", "--operator", "Aysel M.").returncode == 0
    assert "operator:           Aysel M." in kapdesk("show", "sb").stdout
    assert kapdesk("edit", "sb", "--operator", "Rashad").returncode == 0
    assert "operator:           Rashad" in kapdesk("show", "sb").stdout
    bad = kapdesk("edit", "sb", "--operator", " Rashad ")
    assert bad.returncode == 2 and "operator name" in bad.stderr
    assert "(not set)" in kapdesk("show", "test").stdout
