"""Where a networked command talks to: --sandbox, --profile NAME or --base-url URL --user USER.

Every command that reaches the gateway (lookup, the money commands, batch) shares these
options and :func:`open_client`. The terminal password never comes from the command line:
it comes from the stored profile or from the ``KAPDESK_PASSWORD`` environment variable.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from kapdesk.i18n import N_, UserError

if TYPE_CHECKING:
    from kapdesk.gateway.client import GatewayClient

PASSWORD_VARIABLE = "KAPDESK_PASSWORD"  # noqa: S105 - the variable's name, not a password
SANDBOX_SEED = 1


class UsageError(UserError):
    """The command line does not say how to reach a gateway (exit code 2)."""


def add_connection_options(parser: argparse.ArgumentParser) -> None:
    where = parser.add_argument_group("gateway").add_mutually_exclusive_group()
    # SUPPRESS: when absent here, "kapdesk --sandbox lookup ..." keeps the top-level choice
    # instead of this parser's default overwriting it.
    where.add_argument(
        "--sandbox",
        action="store_true",
        default=argparse.SUPPRESS,
        help="start the built-in sandbox in this process",
    )
    where.add_argument(
        "--profile", metavar="NAME", default=argparse.SUPPRESS, help="use a stored profile"
    )
    where.add_argument(
        "--base-url",
        metavar="URL",
        help=f"gateway address (https://, or http:// to this computer); needs --user "
        f"and the terminal password in {PASSWORD_VARIABLE}",
    )
    parser.add_argument("--user", metavar="USER", help="terminal user for --base-url")


@asynccontextmanager
async def open_client(
    args: argparse.Namespace, **client_options: Any
) -> AsyncIterator[tuple[GatewayClient, str, str]]:
    """Yield ``(client, environment, profile_name)``; the sandbox, if any, runs meanwhile."""
    if getattr(args, "user", None) and not getattr(args, "base_url", None):
        raise UsageError(N_("--user goes with --base-url."))
    if getattr(args, "sandbox", False):
        async with _sandbox_client(getattr(args, "seed", None), client_options) as client:
            yield client, "sandbox", "sandbox"
    elif getattr(args, "base_url", None):
        async with _direct_client(args.base_url, args.user, client_options) as client:
            yield client, "custom", args.base_url
    elif getattr(args, "profile", None):
        async with _profile_client(args.profile, client_options, args) as (
            client,
            environment,
            most,
        ):
            args.profile_max_amount = most  # the profile's limit per payout or refund
            yield client, environment, args.profile
    else:
        raise UsageError(
            N_("Say which gateway to use: --sandbox, --profile NAME or --base-url URL.")
        )


def _client(base_url: str, user: str, password: Any, options: dict[str, Any]) -> GatewayClient:
    from kapdesk.gateway.client import GatewayClient

    try:
        return GatewayClient(base_url, user, password, **options)
    except UserError as exc:  # an unsafe or broken address is a usage problem
        raise UsageError(exc.message.template, **exc.message.params) from None


@asynccontextmanager
async def _sandbox_client(
    seed: int | None, options: dict[str, Any]
) -> AsyncIterator[GatewayClient]:
    import asyncio

    from kapdesk.sandbox.server import SandboxConfig, SandboxServer

    config = SandboxConfig(seed=SANDBOX_SEED if seed is None else seed)
    # Seeding and starting take a few hundred milliseconds: off the event loop.
    server = await asyncio.to_thread(lambda: SandboxServer(config).start())
    try:
        async with _client(server.base_url, config.user, config.password, options) as client:
            yield client
    finally:
        await asyncio.to_thread(server.stop)


@asynccontextmanager
async def _direct_client(
    base_url: str, user: str | None, options: dict[str, Any]
) -> AsyncIterator[GatewayClient]:
    from kapdesk.domain.secret import Secret

    if not user:
        raise UsageError(N_("--base-url needs --user (the terminal user)."))
    password = os.environ.get(PASSWORD_VARIABLE)
    if not password:
        raise UsageError(
            N_(
                "--base-url needs the terminal password in the {variable} environment "
                "variable (never on the command line)."
            ),
            variable=PASSWORD_VARIABLE,
        )
    async with _client(base_url, user, Secret(password), options) as client:
        yield client


@asynccontextmanager
async def _profile_client(
    name: str, options: dict[str, Any], args: Any = None
) -> AsyncIterator[tuple[GatewayClient, str, Any]]:
    import asyncio

    from kapdesk.cli.common import load_profile_for_cli

    # Unlocking may run a KDF or prompt for a passphrase: keep it off the event loop.
    profile = await asyncio.to_thread(load_profile_for_cli, name)
    if args is not None:  # team mode: cli.desk.open_journal opens the team's journal
        args.profile_team = None
        if profile.team:
            from kapdesk.journal.team.orders import team_scope

            # (address, password, CA, the order index's scope): see cli.desk, cli.lookup.
            scope = team_scope(profile.base_url, profile.user, profile.environment)
            args.profile_team = (profile.team, profile.team_password, profile.team_ca, scope)
    if profile.environment == "sandbox" and not profile.base_url:
        async with _sandbox_client(None, options) as client:
            yield client, "sandbox", profile.max_amount
        return
    options = {"verify": profile.verify_tls, **options}
    async with _client(profile.base_url, profile.user, profile.password, options) as client:
        yield client, profile.environment, profile.max_amount
