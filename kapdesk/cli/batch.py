"""`kapdesk batch FILE.csv [--dry-run]`: money operations row by row from a CSV file.

Columns ``order_id, operation, amount, reason``; operation is clear, release,
reverse-clearing, refund or reverse. The amount of a clear, refund or reverse is a number
or the word full (the full amount allowed); a blank amount cell is refused. The dry
run checks every row against the live order and prints what would happen. The real run
goes through the journal row by row, writes ``FILE.result.csv`` next to the input, and
skips rows an earlier run of the same file already did (see kapdesk.operations.batch).
Exit: 0 every row done (or already done), 3 some row refused or not done, 4 some outcome
unknown, 2 the file cannot be used.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kapdesk.cli.desk import EXIT_REFUSED, EXIT_USAGE, open_desk, run_safely, worst_exit_code


def register(subparsers: Any) -> None:
    from kapdesk.cli.connection import add_connection_options

    parser = subparsers.add_parser(
        "batch",
        help="run (or check with --dry-run) money operations listed in a CSV file",
        description=__doc__.split("\n\n", 1)[1] if __doc__ else None,
    )
    parser.add_argument("file", type=Path, metavar="FILE.csv")
    parser.add_argument("--dry-run", action="store_true", help="check every row; send nothing")
    parser.add_argument(
        "--yes", action="store_true", help="do not ask (required when there is no terminal)"
    )
    add_connection_options(parser)
    parser.set_defaults(handler=_handler)


def _handler(args: argparse.Namespace) -> int:
    from kapdesk.operations.batch import BatchFileError, read_rows

    try:
        rows = read_rows(args.file)  # a broken file is a usage error, before connecting
    except BatchFileError as err:
        print(str(err), file=sys.stderr)
        return EXIT_USAGE
    if not args.dry_run and not args.yes:
        if not sys.stdin.isatty():
            print("There is no terminal to confirm on: add --yes to proceed.", file=sys.stderr)
            return EXIT_USAGE
        from kapdesk.cli.money import confirm

        if not confirm(f"Run {len(rows)} money operation(s) from {args.file}?"):
            print("Cancelled; nothing was sent.", file=sys.stderr)
            return EXIT_REFUSED
    return run_safely(lambda: _run(args))


def _print_row(result: Any) -> None:
    print(f"row {result.row.number}: {result.outcome}: {result.message}")


async def _run(args: argparse.Namespace) -> int:
    from kapdesk.operations.batch import Batch, result_path

    async with open_desk(args) as desk:
        batch = Batch(desk, args.file)
        if args.dry_run:
            results = await batch.dry_run(_print_row)
        else:
            results = await batch.run(_print_row)
            print(f"Results written to {result_path(args.file)}.", file=sys.stderr)
    return worst_exit_code(result.outcome for result in results)
