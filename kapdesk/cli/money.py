"""`kapdesk clear|release|reverse-clearing|refund|reverse|payout|charge-saved-card`.

Each shows what it is about to do and asks on a terminal; without a terminal ``--yes`` is
required. The full amount is asked for explicitly: no ``--amount``, or ``--amount full``;
an empty ``--amount ""`` is refused, never read as "full".

Exit codes: 0 done, 3 refused (by kapdesk's checks or the gateway) or not done,
4 outcome unknown and unsettled, 5 (team profile) above the currency's threshold: journalled
awaiting a supervisor's approval and NOT sent (`kapdesk approvals`), 2 bad usage, 1 the order
could not be read.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from kapdesk.cli.desk import (
    EXIT_READ_FAILED,
    EXIT_REFUSED,
    EXIT_USAGE,
    exit_code,
    open_desk,
    run_safely,
)
from kapdesk.domain.reasons import REASON_CATEGORIES

if TYPE_CHECKING:
    from kapdesk.operations.plan import MoneyRequest, Plan

# command → (operation value, help, takes --amount)
ORDER_COMMANDS: dict[str, tuple[str, str, bool]] = {
    "clear": ("clear", "clear (capture) a preauthorization hold, fully or partly", True),
    "release": ("release", "release a preauthorization hold", False),
    "reverse-clearing": ("reverse_clearing", "reverse the clearing of a preauthorization", False),
    "refund": ("refund", "refund a paid order, fully or partly", True),
    "reverse": ("reverse", "reverse a purchase on the day of payment, fully or partly once", True),
}
AMOUNT_HELP = (
    "the amount, e.g. 12.50; 'full' or no --amount means the full amount allowed "
    "(an empty --amount is refused)"
)


def order_id_argument(text: str) -> int:
    """An order id of ASCII digits (int() would take '٥٠٠٣' as 5003)."""
    from kapdesk.domain.ids import order_id_or_none

    order_id = order_id_or_none(text)
    if order_id is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not an order id (a positive whole number)")
    return order_id


def register(subparsers: Any) -> None:
    from kapdesk.cli.connection import add_connection_options
    from kapdesk.domain.allowances import Operation
    from kapdesk.operations.checks import reason_required

    for name, (operation, help_text, takes_amount) in ORDER_COMMANDS.items():
        parser = subparsers.add_parser(name, help=help_text, description=help_text + ".")
        parser.add_argument("order_id", type=order_id_argument, metavar="ORDER_ID")
        if takes_amount:
            parser.add_argument("--amount", help=AMOUNT_HELP)
        parser.add_argument("--currency", help="refuse unless the order is in this currency")
        _common(parser, reason_required=reason_required(Operation(operation)))
        add_connection_options(parser)
        parser.set_defaults(handler=_order_handler, operation=operation)
    payout = subparsers.add_parser(
        "payout",
        help="pay money out to a card (the card number is asked for, never an argument)",
        description="Pay out to a card. The card number is read from a prompt without echo, "
        "or from standard input with --card-stdin; never from the command line.",
    )
    payout.add_argument("--amount", required=True)
    payout.add_argument("--currency", required=True)
    payout.add_argument("--card-stdin", action="store_true", help="read the card number from stdin")
    _common(payout, reason_required=reason_required(Operation.PAY_OUT))
    add_connection_options(payout)
    payout.set_defaults(handler=_payout_handler)
    charge = subparsers.add_parser("charge-saved-card", help="charge a card saved earlier")
    charge.add_argument("--stored-id", type=order_id_argument, required=True, metavar="ID")
    charge.add_argument("--amount", required=True)
    charge.add_argument("--currency", required=True)
    charge.add_argument("--preauth", action="store_true", help="hold the amount instead")
    _common(charge, reason_required=reason_required(Operation.CHARGE_SAVED_CARD))
    add_connection_options(charge)
    charge.set_defaults(handler=_charge_handler)


def _common(parser: argparse.ArgumentParser, *, reason_required: bool) -> None:
    parser.add_argument("--reason", required=reason_required, help="why (goes into the journal)")
    parser.add_argument(
        "--reason-category",
        choices=tuple(REASON_CATEGORIES),
        metavar="CODE",
        # Optional here (scripts written before categories keep working; the journal then
        # says "uncategorised"); the console's forms require the choice.
        help="kind of reason, journalled with it (optional): " + ", ".join(REASON_CATEGORIES),
    )
    parser.add_argument(
        "--yes", action="store_true", help="do not ask (required when there is no terminal)"
    )


def _needs_yes(args: argparse.Namespace) -> int | None:
    """Exit code 2 when nobody can confirm: no terminal and no --yes."""
    if args.yes or sys.stdin.isatty():
        return None
    print("There is no terminal to confirm on: add --yes to proceed.", file=sys.stderr)
    return EXIT_USAGE


def confirm(summary: str) -> bool:
    """Show the summary and ask; only "y" or "yes" proceeds."""
    print(summary)
    try:
        answer = input("Proceed? [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")


def _progress(message: object) -> None:
    print(str(message), file=sys.stderr)


def _order_handler(args: argparse.Namespace) -> int:
    return _needs_yes(args) or run_safely(lambda: _order(args))


async def _order(args: argparse.Namespace) -> int:
    from kapdesk.domain.allowances import Operation
    from kapdesk.operations.plan import OrderRequest

    request = OrderRequest(
        order_id=args.order_id,
        operation=Operation(args.operation),
        amount=getattr(args, "amount", None),  # as typed: "full", a number; blank is refused
        currency=args.currency,
        reason=args.reason,
        reason_category=args.reason_category,
    )
    return await _carry_out(args, request)


def _summary(plan: Plan) -> str:
    """The confirmation's text: the same facts the console's dialog shows."""
    from kapdesk.operations.plan import OrderPlan, PayoutRequest, SavedCardCharge

    request = plan.request
    if isinstance(plan, OrderPlan):
        return f"{plan.summary()} Category: {plan.reason_category or '-'}."
    if isinstance(request, PayoutRequest):
        return (
            f"Pay out {plan.amount} {plan.currency} to card {plan.masked_card}. Reason: "
            f"{request.reason} ({request.reason_category})."
        )
    assert isinstance(request, SavedCardCharge)
    kind = "Hold" if request.preauth else "Charge"
    return f"{kind} {plan.amount} {plan.currency} on saved card {request.stored_id}."


async def _carry_out(args: argparse.Namespace, request: MoneyRequest) -> int:
    """The one road of every money command: ``MoneyDesk.carry_out``, confirmed by --yes or
    on the terminal."""

    async def confirm_on_terminal(plan: Plan) -> bool:
        return bool(args.yes) or confirm(_summary(plan))

    async with open_desk(args) as desk:
        outcome = await desk.carry_out(request, confirm_on_terminal, _progress)
    if outcome is None:
        print("Cancelled; nothing was sent.", file=sys.stderr)
        return EXIT_REFUSED
    print(outcome.message)
    return exit_code(outcome)


def _read_card(args: argparse.Namespace) -> str | None:
    """The card number from stdin (--card-stdin) or a no-echo prompt; None if neither can be."""
    if args.card_stdin:
        return sys.stdin.readline().strip()
    if not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass("Card number (not shown): ")


def _payout_handler(args: argparse.Namespace) -> int:
    from kapdesk.domain.cards import validate_pan
    from kapdesk.domain.money import parse_amount
    from kapdesk.domain.secret import Secret
    from kapdesk.i18n import UserError
    from kapdesk.operations.plan import PayoutRequest

    if not args.card_stdin and (code := _needs_yes(args)) is not None:
        return code
    if args.card_stdin and not args.yes:
        print("With --card-stdin there is nothing to confirm on: add --yes.", file=sys.stderr)
        return EXIT_USAGE
    try:
        amount = parse_amount(args.amount, args.currency)
    except UserError as err:
        print(str(err), file=sys.stderr)
        return EXIT_USAGE
    typed = _read_card(args)
    if typed is None:
        print("Type the card number on a terminal, or pipe it with --card-stdin.", file=sys.stderr)
        return EXIT_USAGE
    pan = Secret(typed)
    del typed
    try:
        validate_pan(pan.reveal())  # a wrong number is refused before connecting
    except UserError as err:
        print(str(err), file=sys.stderr)
        return EXIT_REFUSED
    request = PayoutRequest(
        amount=amount, currency=args.currency, pan=pan, reason=args.reason,
        reason_category=args.reason_category,
    )  # fmt: skip
    return run_safely(lambda: _carry_out(args, request))


def _charge_handler(args: argparse.Namespace) -> int:
    from kapdesk.domain.money import parse_amount
    from kapdesk.i18n import UserError
    from kapdesk.operations.plan import SavedCardCharge

    if (code := _needs_yes(args)) is not None:
        return code
    try:
        amount = parse_amount(args.amount, args.currency)
    except UserError as err:
        print(str(err), file=sys.stderr)
        return EXIT_USAGE
    request = SavedCardCharge(
        stored_id=args.stored_id, amount=amount, currency=args.currency, reason=args.reason,
        reason_category=args.reason_category, preauth=args.preauth,
    )  # fmt: skip
    return run_safely(lambda: _carry_out(args, request))


__all__ = ["EXIT_READ_FAILED", "confirm", "register"]
