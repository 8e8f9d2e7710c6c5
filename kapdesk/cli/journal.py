"""`kapdesk journal verify|export|reconcile`: check, export and settle the money journal."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from kapdesk.i18n import UserError

Handler = Callable[[argparse.Namespace], int]

# EntryState's values, spelled out: importing kapdesk.journal.entry here would load the domain
# rules on every start-up of every command (~20 ms). tests/cli/test_startup.py keeps them equal.
STATES = (
    "intended",
    "sent",
    "done",
    "refused",
    "unknown",
    "not_done",
    "awaiting_approval",
    "approved",
    "rejected",
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "journal",
        help="verify, export or reconcile the journal of money operations",
        description="The journal records every money operation kapdesk sent (in KAPDESK_HOME).",
    )
    sub = parser.add_subparsers(dest="journal_command", metavar="ACTION", required=True)
    verify = sub.add_parser(
        "verify",
        help="check that no journal row was edited, inserted or deleted",
        description="Exit 0 when the journal is intact, 1 with each problem when it is "
        "damaged, 2 when it cannot be checked (the profile store cannot be opened). With a "
        "profile store, the chain is checked with the store's key and against its witness.",
    )
    verify.add_argument(
        "--profile", metavar="NAME", help="a team profile: check the team's chain on the server"
    )
    verify.set_defaults(handler=_safely(_verify))
    export = sub.add_parser("export", help="export the journal as CSV or JSON")
    export.add_argument("--format", choices=("csv", "json"), default="csv")
    export.add_argument("--output", "-o", metavar="FILE", type=Path, help="default: stdout")
    export.add_argument("--since", type=_moment, metavar="DATE", help="from this date/time "
                        "(Baku time, UTC+4, unless it names its zone)")  # fmt: skip
    export.add_argument("--until", type=_moment, metavar="DATE", help="before this date/time")
    export.add_argument("--state", choices=STATES)
    export.add_argument("--operation", metavar="NAME", help="e.g. refund, clear, pay_out")
    export.add_argument("--order", type=int, dest="order_id", metavar="ID")
    export.add_argument("--operator", metavar="USER", help="the OS user who acted")
    export.add_argument(
        "--profile",
        metavar="NAME",
        help="a team profile: export the team's journal (JSON adds each entry's person and "
        "workstation)",
    )
    export.set_defaults(handler=_safely(_export))
    _register_reconcile(sub)
    take_over = sub.add_parser(
        "take-over",
        help="take over a colleague's open entry on the team journal, to reconcile it",
        description="On a team profile only the person and workstation holding an open entry "
        "reconcile it. When that workstation crashed or lost its connection, a colleague "
        "takes the entry over (recorded in the team journal: who, from whom, server time), "
        "then settles it with 'kapdesk journal reconcile'. Refused while the holder's kapdesk "
        "is still connected, even if it is frozen.",
    )
    take_over.add_argument("entry", type=int, metavar="ENTRY_ID")
    take_over.add_argument("--profile", metavar="NAME", required=True, help="a team profile")
    take_over.set_defaults(handler=_safely(_take_over))


def _moment(text: str) -> datetime:
    """A date or date-time; without a zone it is Baku time, as the console's days are."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)"
        ) from None
    if value.tzinfo is not None:
        return value
    from kapdesk.domain.clock import DAY_ZONE  # here: start-up stays light (see STATES)

    return value.replace(tzinfo=DAY_ZONE)


def _safely(handler: Handler) -> Handler:
    """Every failure becomes one sentence on stderr and exit code 1; never a traceback."""

    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except UserError as err:
            print(str(err), file=sys.stderr)
        except sqlite3.DatabaseError:
            print(
                f"The journal at {_path()} cannot be read: it is damaged or locked.",
                file=sys.stderr,
            )
        except OSError as err:
            print(f"Cannot write {err.filename or 'the output'}: {err.strerror}.", file=sys.stderr)
        return 1

    return run


def _path() -> Path:
    from kapdesk.vault.paths import database_path

    return database_path()


# `kapdesk journal verify` exit codes (HACKING.md): intact, damaged, cannot check.
EXIT_INTACT = 0
EXIT_DAMAGED = 1
EXIT_CANNOT_CHECK = 2

UNKEYED = (
    "The chain is unkeyed: {why}, so this check finds accidents and edits made without "
    "kapdesk's code, but anyone holding the file could rewrite it undetected."
)


class _CannotCheck(Exception):
    """The check cannot run (the store is locked, the file is busy): exit 2."""


def _chain_key() -> tuple[Any, str | None]:
    """The profile store's journal key (unlocking it), or None and why the chain is unkeyed."""
    from kapdesk.cli import vault_access
    from kapdesk.vault.store import ProfileStore

    store = ProfileStore()
    if not store.exists():
        return None, "no profile store is in use here (--sandbox or --base-url)"
    try:
        vault_access.unlock(store)
        key = vault_access.chain_key(store, create=False)
    except UserError as err:
        raise _CannotCheck(f"the profile store could not be opened. {err}") from None
    finally:
        store.lock()
    if key is None:
        return None, "the profile store has not keyed a journal yet"
    return key, None


def _verify_team(name: str) -> int | None:
    """`journal verify --profile NAME` of a team profile: the server checks the chain (its key
    never leaves it); None when the profile keeps its journal on this computer."""
    from kapdesk.cli.common import load_profile_for_cli
    from kapdesk.journal.team.connect import TeamAddress
    from kapdesk.journal.team.store import TeamJournal

    try:
        profile = load_profile_for_cli(name)
    except UserError as err:
        raise _CannotCheck(f"the profile store could not be opened. {err}") from None
    if not profile.team:
        return None
    address = TeamAddress.parse(profile.team)
    try:
        journal = TeamJournal(address, profile.team_password, ca=profile.team_ca or None)
    except UserError as err:
        raise _CannotCheck(str(err)) from None
    try:
        report = journal.verify()
    finally:
        journal.close()
    if report.messages:
        print(f"Team journal damaged ({address.dsn}): {len(report.problems)} problem(s).")
        for text in report.problems:
            print(f"- {text}")
        return EXIT_DAMAGED
    print(
        f"Team journal intact: {report.entries} entries in {report.rows} rows ({address.dsn}); "
        "its chain was checked on the server with the team's key."
    )
    return EXIT_INTACT


def _team_journal(name: str) -> Any:
    """The team journal of profile ``name``; None when it keeps its journal here."""
    from kapdesk.cli.common import load_profile_for_cli
    from kapdesk.cli.desk import open_journal

    profile = load_profile_for_cli(name)
    if not profile.team:
        return None
    return open_journal(argparse.Namespace(profile_team=(profile.team, profile.team_password)))


def _take_over(args: argparse.Namespace) -> int:
    from kapdesk.cli.common import load_profile_for_cli
    from kapdesk.i18n import N_
    from kapdesk.journal.team.connect import TeamAddress
    from kapdesk.journal.team.store import TeamJournal

    profile = load_profile_for_cli(args.profile)
    if not profile.team:
        raise UserError(
            N_("Profile {name} keeps its journal on this computer: there is no one to take "
               "an entry over from."),
            name=profile.name,
        )  # fmt: skip
    journal = TeamJournal(
        TeamAddress.parse(profile.team), profile.team_password, ca=profile.team_ca or None
    )
    try:
        entry = journal.take_over(args.entry)
    finally:
        journal.close()
    print(
        f"Journal entry {entry.id} is yours now ({entry.note}). Settle it with 'kapdesk "
        f"journal reconcile --entry {entry.id} --profile {profile.name}'."
    )
    return 0


def _verify(args: argparse.Namespace) -> int:
    try:
        if getattr(args, "profile", None):
            team = _verify_team(args.profile)
            if team is not None:
                return team
        return _verify_checked()
    except _CannotCheck as why:
        print(f"Cannot check the journal: {why}", file=sys.stderr)
        return EXIT_CANNOT_CHECK
    except sqlite3.OperationalError:  # locked or busy: try again later
        print(f"Cannot check the journal: {_path()} is busy or locked.", file=sys.stderr)
        return EXIT_CANNOT_CHECK


def _verify_checked() -> int:
    from kapdesk.journal.chain import read_mark
    from kapdesk.journal.journal import Journal

    path = _path()
    key, unkeyed = _chain_key()
    if not path.exists():
        mark, problems = read_mark(key)
        if problems or (mark is not None and mark.count):
            print(f"Journal damaged ({path}): it is missing.")
            for problem in problems:
                print(f"- {problem}")
            if mark is not None and mark.count:
                print(
                    f"- The profile store witnessed {mark.count} journal rows, but there is no "
                    "journal: it was deleted or moved."
                )
            return EXIT_DAMAGED
        print(f"No journal yet at {path}: nothing to verify.")
        if unkeyed:
            print(UNKEYED.format(why=unkeyed))
        return EXIT_INTACT
    report = Journal(path, key=key).verify()
    if report.messages:
        print(f"Journal damaged ({path}): {len(report.problems)} problem(s).")
        for text in report.problems:
            print(f"- {text}")
        return EXIT_DAMAGED
    if report.unchecked:
        raise _CannotCheck(
            f"{report.unchecked} rows of {path} are keyed by a profile store that is not "
            "here, so their links cannot be checked."
        )
    print(f"Journal intact: {report.entries} entries in {report.rows} rows ({path}).")
    if unkeyed:
        print(UNKEYED.format(why=unkeyed))
    else:
        print("Its chain is keyed by the profile store and agrees with the store's witness.")
    if report.keyed and report.unprotected:
        print(
            f"The newest {report.unprotected} rows were written without the profile store "
            "(--sandbox or --base-url): their chain is unkeyed, so anyone holding the file "
            "could have written them."
        )
    return EXIT_INTACT


def _export(args: argparse.Namespace) -> int:
    from kapdesk.journal import export
    from kapdesk.journal.journal import Journal

    path = _path()
    filters = {
        name: getattr(args, name)
        for name in ("since", "until", "state", "operation", "order_id", "operator")
    }
    team = _team_journal(args.profile) if getattr(args, "profile", None) else None
    if team is not None:
        try:
            entries: Any = iter(team.entries(**filters))
        finally:
            team.close()
    else:
        # Streamed: one entry at a time from the database to the output, at any journal size.
        # What the export does not show is not read at all (a CSV shows no snapshots; the
        # JSON's workstation is the intent's owner host on a single desk).
        json_out = args.format == "json"
        shown = {"snapshots": json_out, "owners": json_out}
        entries = Journal(path).iter_entries(**filters, **shown) if path.exists() else iter(())

    def write(stream: TextIO, *, bom: bool) -> int:
        if args.format == "json":
            return export.write_json(entries, stream)
        # The byte-order mark tells Excel the file is UTF-8; a pipe does not want one.
        return export.write_csv(entries, stream, bom=bom)

    if args.output is None:
        write(sys.stdout, bom=False)
    else:
        with args.output.open("w", encoding="utf-8", newline="") as stream:
            count = write(stream, bom=True)
        print(f"{count} entries written to {args.output}.", file=sys.stderr)
    return 0


# --- `kapdesk journal reconcile` ------------------------------------------------------------
# Settles unknown or abandoned entries by re-reading their orders (operations.MoneyDesk). It
# needs the gateway options of kapdesk.cli.connection; without them it is not offered.


def _register_reconcile(sub: Any) -> None:
    try:
        from kapdesk.cli.connection import add_connection_options
    except ImportError:
        return
    reconcile = sub.add_parser(
        "reconcile",
        help="settle operations whose outcome is unknown by re-reading their orders",
        description="Exit 0 when every entry is settled, 4 when an outcome is still unknown.",
    )
    reconcile.add_argument("--entry", type=int, metavar="ID", help="only this journal entry")
    add_connection_options(reconcile)
    reconcile.set_defaults(handler=_reconcile)


def _reconcile(args: argparse.Namespace) -> int:
    from kapdesk.cli.desk import run_safely

    return run_safely(lambda: _reconcile_async(args))


async def _reconcile_async(args: argparse.Namespace) -> int:
    from kapdesk.cli.connection import open_client
    from kapdesk.cli.desk import open_journal
    from kapdesk.operations.money import MoneyDesk

    async with open_client(args) as (client, environment, profile):
        journal = open_journal(args)
        desk = MoneyDesk(client, journal, profile=profile, environment=environment)
        outcomes = await desk.reconcile(args.entry)
        # A team's entries left open by a colleague's dead workstation: theirs, or taken over.
        others = [] if args.entry else [e for e in journal.unsettled() if not journal.may_settle(e)]
    for outcome in outcomes:
        print(f"Journal entry {outcome.entry_id}: {outcome.message}")
    for entry in others:
        print(
            f"{journal.busy_error(entry)} To settle it from here, take it over first: "
            f"kapdesk journal take-over {entry.id} --profile {getattr(args, 'profile', 'NAME')}",
            file=sys.stderr,
        )
    if not outcomes and not others:
        print("Nothing to reconcile: every journal entry on this gateway is settled.")
    # HACKING.md: exit 4 while an outcome is still unknown and unsettled.
    return 4 if any(outcome.state == "unknown" for outcome in outcomes) else 0
