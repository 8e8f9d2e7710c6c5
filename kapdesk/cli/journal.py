"""`kapdesk journal verify|export|reconcile`: check, export and settle the money journal."""

from __future__ import annotations

import argparse
import io
import sqlite3
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from kapdesk.i18n import UserError

Handler = Callable[[argparse.Namespace], int]

# EntryState's values, spelled out: importing kapdesk.journal.entry here would load the domain
# rules on every start-up of every command (~20 ms). tests/cli/test_startup.py keeps them equal.
STATES = ("intended", "sent", "done", "refused", "unknown", "not_done")


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
        description="Exit 0 when the journal is intact, 1 with each problem when it is not.",
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
    export.set_defaults(handler=_safely(_export))
    _register_reconcile(sub)


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


def _verify(args: argparse.Namespace) -> int:
    from kapdesk.journal.journal import Journal

    path = _path()
    if not path.exists():
        print(f"No journal yet at {path}: nothing to verify.")
        return 0
    report = Journal(path).verify()
    if report.ok:
        print(f"Journal intact: {report.entries} entries in {report.rows} rows ({path}).")
        return 0
    print(f"Journal damaged ({path}): {len(report.problems)} problem(s).")
    for problem in report.problems:
        print(f"- {problem}")
    return 1


def _export(args: argparse.Namespace) -> int:
    from kapdesk.journal import export
    from kapdesk.journal.journal import Journal

    path = _path()
    filters = {
        name: getattr(args, name)
        for name in ("since", "until", "state", "operation", "order_id", "operator")
    }
    entries = Journal(path).entries(**filters) if path.exists() else []
    buffer = io.StringIO()
    if args.format == "json":
        export.write_json(entries, buffer)
    else:
        # The byte-order mark tells Excel the file is UTF-8; a pipe does not want one.
        export.write_csv(entries, buffer, bom=args.output is not None)
    if args.output is None:
        sys.stdout.write(buffer.getvalue())
    else:
        with args.output.open("w", encoding="utf-8", newline="") as stream:
            stream.write(buffer.getvalue())
        print(f"{len(entries)} entries written to {args.output}.", file=sys.stderr)
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
    from kapdesk.journal.journal import Journal
    from kapdesk.operations.money import MoneyDesk

    journal = Journal(_path())
    async with open_client(args) as (client, environment, profile):
        desk = MoneyDesk(client, journal, profile=profile, environment=environment)
        outcomes = await desk.reconcile(args.entry)
    for outcome in outcomes:
        print(f"Journal entry {outcome.entry_id}: {outcome.message}")
    if not outcomes:
        print("Nothing to reconcile: every journal entry on this gateway is settled.")
    # HACKING.md: exit 4 while an outcome is still unknown and unsettled.
    return 4 if any(outcome.state == "unknown" for outcome in outcomes) else 0
