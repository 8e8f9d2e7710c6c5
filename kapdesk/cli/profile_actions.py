"""What each `kapdesk profile` action does; each returns the exit code or raises UserError."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from kapdesk.cli import vault_access
from kapdesk.i18n import N_, UserError
from kapdesk.vault.errors import NoStore
from kapdesk.vault.profiles import SANDBOX, Profile
from kapdesk.vault.store import ProfileStore

FIELDS = ("environment", "base_url", "user", "currency", "language", "hold_days",
          "idle_lock_minutes", "verify_tls", "operator", "max_amount", "team")  # fmt: skip


def _opened() -> ProfileStore:
    store = ProfileStore()
    vault_access.unlock(store)
    return store


def _given(args: argparse.Namespace) -> dict[str, Any]:
    return {f: getattr(args, f) for f in FIELDS if getattr(args, f, None) is not None}


def list_profiles(args: argparse.Namespace) -> int:
    store = _opened()
    for p in store.profiles():
        mark = "*" if p.name == store.active_profile_name else " "
        print(f"{mark} {p.name}\t{p.environment}\t{p.base_url or '(built-in sandbox)'}")
    return 0


def add(args: argparse.Namespace) -> int:
    store = ProfileStore()
    fields = _given(args)
    password = ""
    if fields["environment"] != SANDBOX or os.environ.get(vault_access.PASSWORD_VARIABLE):
        password = vault_access.terminal_password()
    if getattr(args, "team_ca", None) is not None:
        fields["team_ca"] = _team_ca(args.team_ca)
    if fields.get("team"):
        fields.update(_team(fields["team"], fields.get("team_ca", "")))
    profile = Profile(name=args.name, password=password, **fields)  # validate before asking
    if store.exists():
        vault_access.unlock(store)
    else:
        _create(store, remember=args.remember)
    store.add(profile)
    if args.active or store.active_profile_name is None:
        store.set_active(profile.name)
    print(f"Added profile {profile.name} ({profile.environment}).", file=sys.stderr)
    return 0


def _team(dsn: str, ca: str = "") -> dict[str, str]:
    """A team profile's address (checked, without secrets) and its login's password; a
    server off this computer needs the team's CA (TLS verify-full)."""
    from kapdesk.cli.team import db_password
    from kapdesk.journal.team.connect import BadTeamAddress, TeamAddress, refuse_without_ca
    from kapdesk.vault.errors import InvalidProfile

    try:
        address = TeamAddress.parse(dsn)
        refuse_without_ca(address, ca)
    except BadTeamAddress as err:
        raise InvalidProfile(err.message.template, **err.message.params) from None
    password = db_password(f"Database password of {address.user}: ")
    return {"team": address.dsn, "team_password": password}


def _team_ca(path: Any) -> str:
    """The team's CA certificate read from ``path`` (PEM text, checked)."""
    from kapdesk.journal.team.connect import BadTeamAddress, check_ca
    from kapdesk.vault.errors import InvalidProfile

    try:
        text = path.read_text("ascii")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidProfile(
            N_("The team's CA certificate {path} cannot be read ({reason})."),
            path=str(path),
            reason=getattr(exc, "strerror", None) or type(exc).__name__,
        ) from None
    try:
        return check_ca(text)
    except BadTeamAddress as err:
        raise InvalidProfile(err.message.template, **err.message.params) from None


def _create(store: ProfileStore, *, remember: bool) -> None:
    secret = vault_access.passphrase(prompt="New passphrase for the profile store: ", confirm=True)
    note = store.create(secret, remember=remember)
    print(f"Created the profile store at {store.path}.", file=sys.stderr)
    if note is not None:
        print(f"kapdesk: {note}", file=sys.stderr)


def edit(args: argparse.Namespace) -> int:
    store = _opened()
    changes = _given(args)
    if args.new_name:
        changes["name"] = args.new_name
    if args.new_password:
        changes["password"] = vault_access.terminal_password("New terminal password: ")
    if getattr(args, "team_ca", None) is not None:
        changes["team_ca"] = _team_ca(args.team_ca)
    if not changes and not args.active:
        raise UserError(N_("Nothing to change: give at least one option (see --help)."))
    profile = store.get(args.name).replace(**changes)
    store.update(args.name, profile)
    if args.active:
        store.set_active(profile.name)
    print(f"Changed profile {profile.name}.", file=sys.stderr)
    return 0


def remove(args: argparse.Namespace) -> int:
    store = _opened()
    store.remove(args.name)
    print(f"Removed profile {args.name}.", file=sys.stderr)
    return 0


def use(args: argparse.Namespace) -> int:
    store = _opened()
    store.set_active(args.name)
    return 0


def show(args: argparse.Namespace) -> int:
    store = _opened()
    p = store.get(args.name)
    rows = [
        ("name", p.name),
        ("environment", p.environment),
        ("base URL", p.base_url or "(built-in sandbox)"),
        ("terminal user", p.user),
        ("terminal password", "(stored, not shown)" if p.password else "(none)"),
        ("currency", p.currency),
        ("language", p.language),
        ("hold days", str(p.hold_days)),
        ("idle lock minutes", str(p.idle_lock_minutes)),
        ("TLS verification", "on" if p.verify_tls else "off"),
        ("operator", p.operator or "(not set)"),
        ("limit per payout or refund", f"{p.max_amount} {p.currency}"),
        ("team journal", p.team or "(this computer's own)"),
        ("team CA", "(stored)" if p.team_ca else "(none)"),
        ("active", "yes" if p.name == store.active_profile_name else "no"),
    ]
    for label, value in rows:
        print(f"{label + ':':<20}{value}")
    return 0


def passwd(args: argparse.Namespace) -> int:
    store = ProfileStore()
    if not store.exists():
        raise NoStore(store.path)
    old = vault_access.passphrase(prompt="Current passphrase: ")
    new = vault_access.passphrase(
        variable=vault_access.NEW_PASSPHRASE_VARIABLE, prompt="New passphrase: ", confirm=True
    )
    keyring_note = store.change_passphrase(old, new)
    print(
        "The passphrase was changed and the store encrypted again under a new key; the "
        "profiles are unchanged. Copies of the store taken before open only with the old "
        "passphrase, and never this file.",
        file=sys.stderr,
    )
    if keyring_note is not None:
        print(str(keyring_note), file=sys.stderr)
    return 0


def remember(args: argparse.Namespace) -> int:
    store = _opened()
    store.remember()  # KeyringUnavailable explains plainly, exit 1
    print("This computer now opens the profile store without the passphrase.", file=sys.stderr)
    return 0


def forget(args: argparse.Namespace) -> int:
    store = ProfileStore()
    if not store.exists():
        raise NoStore(store.path)
    store.forget_remembered()
    print("This computer no longer remembers the profile store key.", file=sys.stderr)
    return 0
