"""``kapdesk search``: the orders this computer has read, searched offline.

The same search as the Lookup tab's "known orders" (``operations.orders_service.
search_known`` over the order index), for scripts and people at a terminal. Nothing goes to
the gateway. Exit codes: 0 searched (even when nothing matched), 1 the database cannot be
read, 2 bad usage.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from decimal import Decimal
from typing import IO, Any

from kapdesk.i18n import N_, UserError

PAGE = 500  # kapdesk.journal.store.PAGE_SIZE, not imported here: registering stays cheap
MAX_LIMIT = 100_000
_AMOUNT = re.compile(r"\d{1,12}(\.\d{1,3})?")
COLUMNS = (
    "id", "created", "type", "status", "amount", "currency", "card", "refunded", "rrns",
    "approval_codes", "last_refreshed",
)  # fmt: skip


class _Usage(UserError):
    """The command line asks for something that cannot be searched (exit 2)."""


def _whole(low: int, high: int) -> Any:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"choose between {low} and {high}")
        return value

    return parse


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _amount(text: str) -> Decimal:
    if not _AMOUNT.fullmatch(text):
        raise argparse.ArgumentTypeError(f"{text!r} is not an amount (e.g. 12.50)")
    return Decimal(text)


def _last4(text: str) -> str:
    if not (len(text) == 4 and text.isdigit() and text.isascii()):
        raise argparse.ArgumentTypeError(f"{text!r} is not the last four digits of a card")
    return text


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "search",
        help="search the orders this computer has read (offline)",
        description="Search the orders kapdesk has read on this computer, newest first, "
        "without asking the gateway. Every criterion given must match. Days are Baku days "
        "(UTC+4); --to includes its day.",
    )
    parser.add_argument(
        "text", nargs="?", metavar="TEXT", help="an order id, RRN, approval code or last 4"
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--sandbox", action="store_true", default=argparse.SUPPRESS,
        help="the sandbox's orders (the default)",
    )  # fmt: skip
    where.add_argument(
        "--profile", metavar="NAME", default=argparse.SUPPRESS,
        help="the orders read with a stored profile",
    )  # fmt: skip
    parser.add_argument("--rrn", metavar="RRN")
    parser.add_argument("--approval-code", metavar="CODE")
    parser.add_argument("--last4", type=_last4, metavar="NNNN")
    parser.add_argument("--amount", type=_amount, metavar="AMOUNT", help="e.g. 12.50")
    parser.add_argument("--from", dest="first", type=_day, metavar="DATE", help="created on "
                        "or after this Baku day (YYYY-MM-DD)")  # fmt: skip
    parser.add_argument("--to", dest="last", type=_day, metavar="DATE", help="created on or "
                        "before this Baku day")  # fmt: skip
    parser.add_argument("--status", metavar="STATUS", help="e.g. FullyPaid, Authorized")
    parser.add_argument("--limit", type=_whole(1, MAX_LIMIT), default=PAGE, metavar="N",
                        help=f"at most N orders (default {PAGE})")  # fmt: skip
    parser.add_argument("--offset", type=_whole(0, 10**9), default=0, metavar="N",
                        help="skip the first N (the next page)")  # fmt: skip
    parser.add_argument("--format", choices=("table", "json", "csv"), default="table")
    parser.set_defaults(handler=run)


def _criteria(args: argparse.Namespace) -> dict[str, Any]:
    from kapdesk.domain.clock import day_start
    from kapdesk.domain.orders import OrderStatus

    if args.first and args.last and args.first > args.last:
        raise _Usage(N_("--from {first} is after --to {last}."), first=args.first, last=args.last)
    status = None
    if args.status is not None:
        status = OrderStatus(args.status)
        if not status.known:
            raise _Usage(
                N_("{status} is not an order status; the statuses are: {known}."),
                status=args.status,
                known=", ".join(OrderStatus.__members__.values()),
            )
    return {
        "text": args.text,
        "rrn": args.rrn,
        "approval_code": args.approval_code,
        "last4": args.last4,
        "amount": args.amount,
        "since": day_start(args.first) if args.first else None,
        "until": day_start(date.fromordinal(args.last.toordinal() + 1)) if args.last else None,
        "status": status,
        "limit": args.limit,
        "offset": args.offset,
    }


def _where(args: argparse.Namespace) -> tuple[str, str]:
    """(environment, profile) the orders were read under, as the console keeps them."""
    name = getattr(args, "profile", None)
    if not name:
        return "sandbox", "sandbox"
    from kapdesk.cli.common import load_profile_for_cli

    profile = load_profile_for_cli(name)
    args.profile_team = profile if profile.team else None
    return profile.environment, profile.name


def _index(args: argparse.Namespace, environment: str, profile: str) -> Any:
    """The order index searched: a team profile's shared one, else KAPDESK_HOME's."""
    team = getattr(args, "profile_team", None)
    if team is not None:
        from kapdesk.journal.team.connect import TeamAddress
        from kapdesk.journal.team.orders import TeamOrderIndex, team_scope

        return TeamOrderIndex(
            TeamAddress.parse(team.team), team.team_password, ca=team.team_ca or None,
            environment=environment, profile=team_scope(team.base_url, team.user, environment),
        )  # fmt: skip
    from kapdesk.journal.orders import OrderIndex
    from kapdesk.vault.paths import database_path

    return OrderIndex(database_path(), environment=environment, profile=profile)


def _record(order: Any) -> dict[str, Any]:
    from kapdesk.cli.lookup_output import amount_text
    from kapdesk.domain.clock import DAY_ZONE

    created = order.created.astimezone(DAY_ZONE).isoformat() if order.created else None
    return {
        "id": order.order_id,
        "created": created,
        "type": order.type,
        "status": order.status,
        "amount": amount_text(order.amount, order.currency),
        "currency": order.currency,
        "card": order.masked_card,
        "refunded": None if order.refunded is None else amount_text(order.refunded, order.currency),
        "rrns": list(order.rrns),
        "approval_codes": list(order.approval_codes),
        "last_refreshed": order.last_refreshed.isoformat(),
    }


def _cells(record: dict[str, Any]) -> dict[str, str]:
    return {
        k: " ".join(v) if isinstance(v, list) else "" if v is None else str(v)
        for k, v in record.items()
    }


def _write(found: list[Any], style: str, out: IO[str]) -> None:
    import csv
    import json

    records = [_record(o) for o in found]
    if style == "json":
        json.dump(records, out, indent=2, ensure_ascii=False)
        out.write("\n")
    elif style == "csv":
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(_cells(r) for r in records)
    else:
        keys = COLUMNS[:-1]
        rows = [[k.upper() for k in keys], *([_cells(r)[k] for k in keys] for r in records)]
        widths = [max(len(row[i]) for row in rows) for i in range(len(keys))]
        for row in rows:
            out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
            out.write("\n")


def run(args: argparse.Namespace) -> int:
    import sqlite3

    try:
        criteria = _criteria(args)
        environment, profile = _where(args)
        from kapdesk.operations.orders_service import search_known

        found = search_known(_index(args, environment, profile), **criteria)
    except _Usage as exc:
        print(f"kapdesk search: {exc}", file=sys.stderr)
        return 2
    except UserError as exc:
        print(f"kapdesk search: {exc}", file=sys.stderr)
        return 1
    except (sqlite3.Error, OSError) as exc:
        print(f"kapdesk search: the local database cannot be read ({exc}).", file=sys.stderr)
        return 1
    _write(found, args.format, sys.stdout)
    return 0
