"""``kapdesk lookup ID [ID ...]``: read orders from the gateway and print them.

Exit codes: 0 every order was read, 1 some could not be, 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kapdesk.cli.connection import UsageError, add_connection_options
from kapdesk.i18n import N_, UserError

DEFAULT_CONCURRENCY = 8
MAX_CONCURRENCY = 64


def _concurrency(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= MAX_CONCURRENCY:
        raise argparse.ArgumentTypeError(f"choose between 1 and {MAX_CONCURRENCY}")
    return value


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "lookup",
        help="look up orders by id",
        description="Look up orders by id. Ids come as arguments or on standard input, one per "
        "line ('-' or no ids reads standard input); each id is looked up once.",
    )
    parser.add_argument("ids", nargs="*", metavar="ID", help="order ids")
    add_connection_options(parser)
    parser.add_argument("--format", choices=("table", "json", "csv"), default="table")
    parser.add_argument(
        "--ids-from",
        type=Path,
        metavar="FILE",
        help="read the ids from a CSV or Excel (.xlsx) file, as the Lookup tab's import does",
    )
    parser.add_argument(
        "--column",
        type=_column,
        default=1,
        metavar="N",
        help="with --ids-from: the column holding the ids (1 = the first, the default)",
    )
    parser.add_argument(
        "--header", action="store_true", help="with --ids-from: the first row is a header"
    )
    parser.add_argument(
        "--concurrency",
        type=_concurrency,
        default=DEFAULT_CONCURRENCY,
        metavar="N",
        help=f"orders read at the same time (default {DEFAULT_CONCURRENCY})",
    )
    parser.set_defaults(handler=run)


def _order_ids(args: argparse.Namespace) -> list[int]:
    from kapdesk.operations.lookup import parse_order_ids

    words = [w for w in args.ids if w != "-"]
    if args.ids_from is not None:
        words.append(_ids_in_file(args.ids_from, args.column, args.header))
    elif not words or "-" in args.ids:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError(N_("Give order ids as arguments or on standard input."))
        words.append(sys.stdin.read())
    try:
        ids = parse_order_ids("\n".join(words))
    except UserError as exc:  # a mistyped id is a usage problem
        raise UsageError(exc.message.template, **exc.message.params) from None
    if not ids:
        raise UsageError(N_("No order ids were given."))
    return ids


def _column(text: str) -> int:
    if not text.isascii() or not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError("a column number from 1")
    return int(text)


def _ids_in_file(path: Path, column: int, header: bool) -> str:
    """One column of a CSV or XLSX file, read by the same code as the Lookup tab's import."""
    import zipfile

    from kapdesk.operations.table_files import column_values, read_table

    try:
        table = read_table(path)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile):
        raise UsageError(N_("Cannot read {file}."), file=path.name) from None
    return column_values(table, column - 1, skip_header=header)


async def _look_up(args: argparse.Namespace, ids: list[int]) -> int:
    from kapdesk.cli.connection import open_client
    from kapdesk.cli.lookup_output import WRITERS
    from kapdesk.operations.lookup import look_up_many, without_raw

    options = {"max_connections": args.concurrency}
    shared: list[Any] = []  # a team profile's orders, whole, for the team's index

    def on_result(result: Any) -> None:
        # open_client has loaded the profile by the time results come: a team's are shared.
        if result.order is not None and getattr(args, "profile_team", None):
            shared.append(result.order)

    async with open_client(args, **options) as (client, environment, _profile):
        # The writers never print the raw answer: held without it, 10,000 orders fit in
        # a tenth of the memory.
        results = await look_up_many(
            client, ids, concurrency=args.concurrency, keep=without_raw, on_result=on_result
        )
    _share(args, environment, shared)
    WRITERS[args.format](results, sys.stdout)
    return 0 if all(r.ok for r in results) else 1


def _share(args: argparse.Namespace, environment: str, orders: list[Any]) -> None:
    """A team profile's lookups go into the team's shared order index (kapdesk search)."""
    team = getattr(args, "profile_team", None)
    if not team or not orders:
        return
    from kapdesk.domain.clock import SYSTEM_CLOCK
    from kapdesk.journal.team.connect import TeamAddress
    from kapdesk.journal.team.orders import TeamOrderIndex

    address, password, ca, scope = team
    index = TeamOrderIndex(
        TeamAddress.parse(address), password, ca=ca or None, environment=environment,
        profile=scope,
    )  # fmt: skip
    try:
        index.save_many(orders, SYSTEM_CLOCK.now())
    finally:
        index.close()


def run(args: argparse.Namespace) -> int:
    import asyncio

    try:
        ids = _order_ids(args)
        return asyncio.run(_look_up(args, ids))
    except UsageError as exc:
        print(f"kapdesk lookup: {exc}", file=sys.stderr)
        return 2
    except UserError as exc:
        print(f"kapdesk lookup: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kapdesk lookup: interrupted", file=sys.stderr)
        return 130
