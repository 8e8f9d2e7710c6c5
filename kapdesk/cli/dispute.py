"""``kapdesk dispute open|list|set-state|pack|reasons``: the dispute desk on the command line.

Cases live in the local database (``kapdesk.journal.disputes``), tagged with the gateway's
environment and profile as the order index's rows are, so every action names the gateway
(--sandbox, --profile NAME or --base-url URL --user USER). Only ``pack`` talks to it: it
re-reads the order in full detail and writes the evidence pack as a PDF.

Exit codes: 0 done, 1 refused (a case already open, a state it cannot move to, no case, a
failed read), 2 bad usage (a mistyped amount, date or reason code; no gateway named).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from kapdesk.cli.connection import UsageError, add_connection_options
from kapdesk.i18n import N_, UserError

# CaseState's values, spelled out so that registration stays light (kept equal by a test).
STATES = ("open", "evidence_sent", "won", "lost", "accepted", "withdrawn")
SCHEMES = ("visa", "mastercard", "other")
LANGUAGES = ("az", "en", "ru")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _order(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or int(text) <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not an order id (a whole number)")
    return int(text)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "dispute",
        help="dispute cases: open, list, change state, build the evidence pack",
        description="Disputes (chargebacks) recorded by kapdesk in KAPDESK_HOME, one case per "
        "disputed order, with a response due date and every change of state journalled.",
    )
    sub = parser.add_subparsers(dest="dispute_command", metavar="ACTION", required=True)
    opened = sub.add_parser("open", help="open a case on an order")
    opened.add_argument("order", type=_order, metavar="ORDER")
    opened.add_argument(
        "--reason-code",
        required=True,
        metavar="CODE",
        help="the scheme's reason code, e.g. 10.4 or 4837 (see 'reasons')",
    )
    opened.add_argument("--scheme", choices=SCHEMES, help="default: found from the code")
    opened.add_argument("--amount", required=True, metavar="AMOUNT", help="disputed amount")
    opened.add_argument("--currency", metavar="CODE", help="default: the profile's, else AZN")
    opened.add_argument("--received", type=_day, metavar="DATE", help="default: today (Baku)")
    opened.add_argument(
        "--due",
        type=_day,
        metavar="DATE",
        help="response due date; default: received + the profile's dispute days",
    )
    opened.add_argument("--notes", default="", metavar="TEXT")
    add_connection_options(opened)
    opened.set_defaults(handler=_safely(_open))
    listed = sub.add_parser("list", help="the worklist, soonest due first")
    listed.add_argument("--format", choices=("table", "json"), default="table")
    listed.add_argument("--open-only", action="store_true", help="leave out closed cases")
    add_connection_options(listed)
    listed.set_defaults(handler=_safely(_list))
    state = sub.add_parser("set-state", help="move a case: " + ", ".join(STATES[1:]))
    state.add_argument("order", type=_order, metavar="ORDER")
    state.add_argument("state", choices=STATES[1:], metavar="STATE")
    state.add_argument("--why", required=True, metavar="TEXT", help="journalled with the change")
    add_connection_options(state)
    state.set_defaults(handler=_safely(_set_state))
    pack = sub.add_parser("pack", help="write the evidence pack (PDF) of a case")
    pack.add_argument("order", type=_order, metavar="ORDER")
    pack.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    pack.add_argument("--language", choices=LANGUAGES,
                      help="default: the console's language, else English")  # fmt: skip
    add_connection_options(pack)
    pack.set_defaults(handler=_safely(_pack))
    reasons = sub.add_parser("reasons", help="the built-in Visa and Mastercard reason codes")
    reasons.set_defaults(handler=_safely(_reasons))


def _safely(handler: Any) -> Any:
    def run(args: argparse.Namespace) -> int:
        from kapdesk.domain.money import AmountError, UnknownCurrency

        try:
            return int(handler(args))
        except (UsageError, AmountError, UnknownCurrency, _BadInput) as err:
            print(f"kapdesk dispute: {err}", file=sys.stderr)
            return 2
        except UserError as err:
            print(f"kapdesk dispute: {err}", file=sys.stderr)
            return 1
        except OSError as err:
            print(f"kapdesk dispute: cannot write {err.filename or 'the file'}: "
                  f"{err.strerror}.", file=sys.stderr)  # fmt: skip
            return 1
        except KeyboardInterrupt:
            print("kapdesk dispute: interrupted", file=sys.stderr)
            return 130

    return run


class _BadInput(UserError):
    """What the clerk typed does not make a case (exit 2)."""


class _Where:
    """Which gateway's cases: environment, profile name, and that profile's settings."""

    def __init__(self, args: argparse.Namespace) -> None:
        from kapdesk.domain.disputes import DEFAULT_DISPUTE_DAYS

        self.operator = ""
        self.dispute_days = DEFAULT_DISPUTE_DAYS
        self.currency = "AZN"
        if getattr(args, "user", None) and not getattr(args, "base_url", None):
            raise UsageError(N_("--user goes with --base-url."))
        if getattr(args, "sandbox", False):
            self.environment, self.profile = "sandbox", "sandbox"
        elif getattr(args, "base_url", None):
            self.environment, self.profile = "custom", args.base_url
        elif getattr(args, "profile", None):
            from kapdesk.cli.common import load_profile_for_cli

            found = load_profile_for_cli(args.profile)
            self.environment = "sandbox" if found.environment == "sandbox" else found.environment
            self.profile = args.profile
            self.operator = found.operator
            self.dispute_days = found.dispute_days
            self.currency = found.currency
        else:
            raise UsageError(
                N_("Say which gateway's disputes: --sandbox, --profile NAME or --base-url URL.")
            )

    def cases(self) -> Any:
        from kapdesk.journal.disputes import DisputeCases
        from kapdesk.vault.paths import database_path

        return DisputeCases(database_path(), environment=self.environment, profile=self.profile)


def _open(args: argparse.Namespace) -> int:
    from kapdesk.domain.clock import SYSTEM_CLOCK, today
    from kapdesk.domain.disputes import Case, check_case, due_date, reason_for
    from kapdesk.domain.money import parse_amount

    where = _Where(args)
    currency = (args.currency or where.currency).strip().upper()
    amount = parse_amount(args.amount, currency)
    try:
        reason = reason_for(args.reason_code, args.scheme)
    except UserError as err:
        raise _BadInput(err.message.template, **err.message.params) from None
    received = args.received or today(SYSTEM_CLOCK)
    case = Case(
        order_id=args.order,
        reason_code=reason.code,
        scheme=reason.scheme,
        category=reason.category,
        amount=amount,
        currency=currency,
        received=received,
        due=args.due or due_date(received, where.dispute_days),
        notes=args.notes.strip(),
    )
    try:
        check_case(case)
    except UserError as err:
        raise _BadInput(err.message.template, **err.message.params) from None
    made = where.cases().open_case(case, why="opened", operator=where.operator)
    print(f"Dispute opened on order {made.order_id}: reason {made.reason_code} "
          f"({made.scheme.value}), response due {made.due.isoformat()}.")  # fmt: skip
    return 0


def _list(args: argparse.Namespace) -> int:
    import json

    from kapdesk.domain.clock import SYSTEM_CLOCK, today
    from kapdesk.domain.money import format_amount

    where = _Where(args)
    cases = where.cases().cases(include_closed=not args.open_only)
    now = today(SYSTEM_CLOCK)
    if args.format == "json":
        rows = [
            {
                "order_id": c.order_id,
                "reason_code": c.reason_code,
                "scheme": c.scheme.value,
                "category": c.category.value,
                "amount": str(c.amount),
                "currency": c.currency,
                "received": c.received.isoformat(),
                "due": c.due.isoformat(),
                "state": c.state.value,
                "overdue": not c.closed and c.due < now,
                "notes": c.notes,
            }
            for c in cases
        ]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not cases:
        print("No disputes.")
        return 0
    print(f"{'DUE':<11} {'ORDER':>10} {'STATE':<14} {'CODE':<8} {'AMOUNT':>14}  NOTE")
    for c in cases:
        mark = "OVERDUE" if not c.closed and c.due < now else ""
        print(f"{c.due.isoformat():<11} {c.order_id:>10} {c.state.value:<14} "
              f"{c.reason_code:<8} {format_amount(c.amount, c.currency):>14}  {mark}")  # fmt: skip
    return 0


def _set_state(args: argparse.Namespace) -> int:
    from kapdesk.domain.disputes import check_why

    where = _Where(args)
    try:
        why = check_why(args.why)
    except UserError as err:
        raise _BadInput(err.message.template, **err.message.params) from None
    case = where.cases().set_state(args.order, args.state, why=why, operator=where.operator)
    print(f"Dispute on order {case.order_id} is now {case.state.value}.")
    return 0


def _pack(args: argparse.Namespace) -> int:
    from kapdesk.cli.desk import run_safely

    if args.out.suffix.lower() != ".pdf":
        raise _BadInput(N_("The evidence pack is a PDF: give a file name ending in .pdf."))
    if not args.out.resolve().parent.is_dir():
        raise _BadInput(N_("The folder {folder} does not exist."), folder=str(args.out.parent))
    code = run_safely(lambda: _pack_async(args))
    return 1 if code == 3 else code  # run_safely's "refused" is a money word; here it is 1


async def _pack_async(args: argparse.Namespace) -> int:
    from kapdesk.app.evidence_pdf import write_evidence_pdf
    from kapdesk.cli import vault_access
    from kapdesk.cli.connection import open_client
    from kapdesk.domain.clock import SYSTEM_CLOCK
    from kapdesk.journal.disputes import DisputeCases
    from kapdesk.journal.journal import Journal
    from kapdesk.operations.disputes import gather_evidence
    from kapdesk.vault.paths import database_path

    async with open_client(args) as (client, environment, profile):
        cases = DisputeCases(database_path(), environment=environment, profile=profile)
        journal = Journal(database_path(), key=vault_access.journal_key_for(args))
        pack = await gather_evidence(
            client, journal, cases, args.order,
            environment=environment, profile=profile, clock=SYSTEM_CLOCK,
        )  # fmt: skip
    pages = write_evidence_pdf(pack, args.out, args.language)
    print(f"Evidence pack for order {args.order} written to {args.out} ({pages} pages).")
    return 0


def _reasons(args: argparse.Namespace) -> int:
    from kapdesk.domain.disputes import CATEGORY_TITLE, REASON_CODES, SCHEME_TITLE

    for r in REASON_CODES:
        print(f"{SCHEME_TITLE[r.scheme]:<11} {r.code:<7} {r.meaning} "
              f"[{CATEGORY_TITLE[r.category]}]")  # fmt: skip
    return 0
