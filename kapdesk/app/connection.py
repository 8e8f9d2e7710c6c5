"""Where the console connects: the Connection, its database, and the first-run reachability test."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kapdesk.domain.secret import Secret
from kapdesk.i18n import N_, UserError

if TYPE_CHECKING:
    from kapdesk.journal.store import JournalStore, OrderIndexStore


@dataclass
class Connection:
    """Where the console talks to: the gateway URL, terminal user and password, and labels."""

    profile: str
    environment: str
    base_url: str
    user: str
    password: Secret
    language: str | None = None
    verify_tls: bool = True
    hold_days: int = 7
    currency: str = "AZN"
    idle_lock_minutes: int = 10
    operator: str = ""  # the profile's operator name (empty: not asked yet, or no profile)
    max_amount: Any = None  # the profile's limit per payout or refund (None: the default)
    dispute_days: int | None = None  # days to answer a dispute (None: the default)


def connection_of(profile: Any) -> Connection:
    """The connection a stored profile describes (its password wrapped in a Secret)."""
    return Connection(
        profile=profile.name,
        environment=profile.environment,
        base_url=profile.base_url,
        user=profile.user,
        password=Secret(profile.password),
        language=profile.language,
        verify_tls=profile.verify_tls,
        hold_days=profile.hold_days,
        currency=profile.currency,
        idle_lock_minutes=profile.idle_lock_minutes,
        operator=getattr(profile, "operator", ""),
        max_amount=profile.max_amount,
        dispute_days=getattr(profile, "dispute_days", None),
    )


def journal_key_of(store: Any) -> Any:
    """The journal's ChainKey from an unlocked profile store; None without one (sandbox)."""
    if store is None or not store.is_unlocked:
        return None  # before the import: it loads keyring and cryptography (start-up time)
    from kapdesk.cli.vault_access import chain_key

    return chain_key(store)


def open_database(
    environment: str, profile: str, store: Any = None
) -> tuple[JournalStore, OrderIndexStore]:
    """The journal and the order index of profile ``profile``: a team profile's are the team's
    (its shared journal and order index on PostgreSQL); any other's are the local SQLite file
    (the journal keyed by ``store``'s journal key when a profile store is in use). Slow disks,
    a network and a store write: call it on a thread."""
    from kapdesk.journal.journal import Journal
    from kapdesk.journal.orders import OrderIndex
    from kapdesk.vault.paths import database_path

    team = _team_profile(store, profile)
    if team is not None:
        return _team_database(team, environment)
    path = database_path()
    key = journal_key_of(store)
    try:
        journal = Journal(path, key=key)
        return journal, OrderIndex(path, environment=environment, profile=profile)
    except (sqlite3.Error, OSError) as exc:
        raise UserError(
            N_("The local database {path} cannot be opened ({reason}). Check that the folder "
               "is writable and the disk is not full, then start kapdesk again."),
            path=str(path),
            reason=str(exc),
        ) from exc  # fmt: skip


def _team_profile(store: Any, name: str) -> Any:
    """The stored profile ``name`` when it is a team profile of the unlocked ``store``."""
    if store is None or not store.is_unlocked:
        return None
    try:
        profile = store.get(name)
    except UserError:
        return None
    return profile if getattr(profile, "team", "") else None


def _team_database(profile: Any, environment: str) -> tuple[JournalStore, OrderIndexStore]:
    """A team profile's shared journal and order index (TeamUnavailable: a sentence)."""
    from kapdesk.journal.team.connect import TeamAddress
    from kapdesk.journal.team.orders import TeamOrderIndex, team_scope
    from kapdesk.journal.team.store import TeamJournal

    address, ca = TeamAddress.parse(profile.team), profile.team_ca or None
    journal = TeamJournal(address, profile.team_password, ca=ca)
    try:
        index = TeamOrderIndex(
            address, profile.team_password, ca=ca, environment=environment,
            profile=team_scope(profile.base_url, profile.user, environment),
        )  # fmt: skip
    except BaseException:
        journal.close()
        raise
    return journal, index


async def test_connection(profile: Any) -> Any:
    """For the profile dialogs: can this profile reach its gateway? None, or why not."""
    from kapdesk.gateway.client import GatewayClient
    from kapdesk.vault.profiles import SANDBOX

    if profile.environment == SANDBOX:
        return None  # the built-in sandbox starts with the console and always answers
    client = GatewayClient(
        profile.base_url, profile.user, Secret(profile.password), verify=profile.verify_tls
    )
    try:
        await client.check_access()
    except UserError as exc:
        return exc.message
    finally:
        await client.aclose()
    return None
