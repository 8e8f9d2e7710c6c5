"""`kapdesk approvals list|approve|reject|send`: four-eyes on a team profile.

Above the currency's threshold (`kapdesk team threshold`), a refund, reversal or payout is
journalled awaiting approval and not sent (the money command exits 5). A supervisor other
than the requester approves or rejects it (with a reason); the requester then sends an
approved one with `approvals send`, through the same journal-first road as the money command.

Exit codes: list, approve, reject: 0 done, 1 refused (a clerk, the requester, not found,
decided already) or the team database unreachable, 2 bad usage. send: as the money commands
(0 done, 3 refused or not done, 4 outcome unknown, 1 the order could not be read).

Honest limit: four-eyes is only as strong as the custody of the gateway's terminal
credentials: a clerk who holds them could call the bank directly, around kapdesk.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kapdesk.journal.entry import Entry

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def register(subparsers: Any) -> None:
    from kapdesk.cli.connection import add_connection_options

    parser = subparsers.add_parser(
        "approvals",
        help="four-eyes on a team profile: list, approve, reject or send an operation",
        description=__doc__.split("\n\n", 1)[1] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="approvals_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="operations waiting for a supervisor or to be sent")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    approve = sub.add_parser(
        "approve", help="approve an operation (a supervisor, not its requester)"
    )
    reject = sub.add_parser("reject", help="reject an operation, with a reason; nothing is sent")
    reject.add_argument("--reason", required=True, help="why (goes into the journal)")
    for command in (approve, reject):
        command.add_argument("entry_id", type=int, metavar="ID", help="the journal entry")
    for command, action in ((listing, _list), (approve, _approve), (reject, _reject)):
        command.add_argument("--profile", metavar="NAME", required=True, help="a team profile")
        command.set_defaults(handler=_safely(action))
    send = sub.add_parser(
        "send",
        help="send an approved operation (its requester), exactly once",
        description="Re-reads the order under the entry's lock, re-checks the approved amount, "
        "sends it once and settles it. Exit codes as the money commands.",
    )
    send.add_argument("entry_id", type=int, metavar="ID", help="the approved journal entry")
    send.add_argument(
        "--card-stdin", action="store_true", help="a payout: read the card number from stdin"
    )
    add_connection_options(send)
    send.set_defaults(handler=_send)


def _safely(action: Any) -> Any:
    def run(args: argparse.Namespace) -> int:
        from kapdesk.i18n import UserError
        from kapdesk.journal.team.connect import BadTeamAddress

        try:
            return int(action(args))
        except BadTeamAddress as err:
            print(f"kapdesk: {err}", file=sys.stderr)
            return EXIT_USAGE
        except UserError as err:
            print(f"kapdesk: {err}", file=sys.stderr)
            return EXIT_FAILED

    return run


def open_team_journal(profile_name: str) -> Any:
    """The team journal of the stored profile ``profile_name`` (UserError if it has none)."""
    from kapdesk.cli.common import load_profile_for_cli
    from kapdesk.cli.desk import open_journal
    from kapdesk.i18n import N_, UserError

    profile = load_profile_for_cli(profile_name)
    if not profile.team:
        raise UserError(
            N_("Profile {profile} keeps its journal on this computer: approvals exist only on a "
               "team profile (kapdesk profile add ... --team)."),
            profile=profile_name,
        )  # fmt: skip
    found = open_journal(argparse.Namespace(profile_team=(profile.team, profile.team_password)))
    return found  # a TeamJournal: the profile names a team


def approval_record(entry: Entry) -> dict[str, Any]:
    """One approval as `approvals list --format json` prints it (amount an exact string)."""
    return {
        "id": entry.id,
        "order_id": entry.order_id,
        "operation": entry.operation,
        "amount": None if entry.amount is None else format(entry.amount, "f"),
        "currency": entry.currency,
        "requested_by": entry.person,
        "workstation": entry.workstation,
        "state": entry.state.value,
        "decided_by": entry.decided_by,
        "time": entry.time.isoformat(),
        "environment": entry.environment,
        "profile": entry.profile,
        "masked_card": entry.masked_card,
        "reason": entry.reason,
    }


def _line(entry: Entry) -> str:
    from kapdesk.domain.clock import DAY_ZONE

    when = entry.time.astimezone(DAY_ZONE).strftime("%Y-%m-%d %H:%M")
    amount = "-" if entry.amount is None else format(entry.amount, "f")
    where = f" on {entry.workstation}" if entry.workstation else ""
    if entry.state.value == "approved":
        state = f"approved by {entry.decided_by}: {entry.person} sends it"
    else:
        state = "awaiting a supervisor"
    order = "-" if entry.order_id is None else entry.order_id
    return (
        f"{entry.id}\torder {order}\t{entry.operation} {amount} {entry.currency}\t"
        f"asked by {entry.person}{where} at {when} (Baku)\t{state}"
    )


def _list(args: argparse.Namespace) -> int:
    journal = open_team_journal(args.profile)
    try:
        found = journal.approvals()
    finally:
        journal.close()
    if args.format == "json":
        json.dump([approval_record(e) for e in found], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    if not found:
        print("Nothing waits for approval or to be sent.")
    for entry in found:
        print(_line(entry))
    return EXIT_OK


def _approve(args: argparse.Namespace) -> int:
    journal = open_team_journal(args.profile)
    try:
        entry = journal.approve(args.entry_id)
    finally:
        journal.close()
    amount = "-" if entry.amount is None else format(entry.amount, "f")
    print(
        f"Journal entry {entry.id} approved: {entry.operation} of {amount} {entry.currency} on "
        f"order {entry.order_id if entry.order_id is not None else '-'}. {entry.person} can "
        f"now send it (kapdesk approvals send {entry.id})."
    )
    return EXIT_OK


def _reject(args: argparse.Namespace) -> int:
    journal = open_team_journal(args.profile)
    try:
        entry = journal.reject(args.entry_id, args.reason)
    finally:
        journal.close()
    order = entry.order_id if entry.order_id is not None else "-"
    print(
        f"Journal entry {entry.id} rejected ({entry.note}): nothing was sent, and order "
        f"{order} is free for other operations again."
    )
    return EXIT_OK


def _send(args: argparse.Namespace) -> int:
    from kapdesk.cli.desk import run_safely

    return run_safely(lambda: _send_async(args))


async def _send_async(args: argparse.Namespace) -> int:
    from kapdesk.cli.desk import EXIT_USAGE as USAGE
    from kapdesk.cli.desk import exit_code, open_desk
    from kapdesk.cli.money import _progress

    async with open_desk(args) as desk:
        entry = await desk.record(desk.journal.get, args.entry_id)
        pan = None
        if entry.operation == "pay_out":
            pan = _read_card(args)
            if pan is None:
                print(
                    "Type the card number on a terminal, or pipe it with --card-stdin.",
                    file=sys.stderr,
                )
                return USAGE
        outcome = await desk.send_approved(args.entry_id, _progress, pan=pan)
    print(outcome.message)
    return exit_code(outcome)


def _read_card(args: argparse.Namespace) -> Any:
    from kapdesk.domain.secret import Secret

    if args.card_stdin:
        return Secret(sys.stdin.readline().strip())
    if not sys.stdin.isatty():
        return None
    import getpass

    return Secret(getpass.getpass("Card number of the approved payout (not shown): "))
