"""What the money commands share: a MoneyDesk on the chosen gateway, and failures as exit codes."""

from __future__ import annotations

import argparse
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kapdesk.journal.store import JournalStore
    from kapdesk.operations.money import MoneyDesk
    from kapdesk.operations.outcome import Outcome

# The exit codes of every money command (HACKING.md); `kapdesk journal verify` has its own.
EXIT_DONE = 0
EXIT_READ_FAILED = 1
EXIT_USAGE = 2
EXIT_REFUSED = 3
EXIT_UNKNOWN = 4
# Team mode: above the currency's threshold the operation was journalled awaiting a
# supervisor's approval and NOT sent (`kapdesk approvals`).
EXIT_AWAITING_APPROVAL = 5
# An outcome's state as an exit code: not_done is "nothing moved", which a script treats like
# a refusal; a batch row skipped (done earlier) or only checked (--dry-run) is no failure.
STATE_EXIT: dict[str, int] = {
    "done": EXIT_DONE,
    "refused": EXIT_REFUSED,
    "not_done": EXIT_REFUSED,
    "unknown": EXIT_UNKNOWN,
    "awaiting_approval": EXIT_AWAITING_APPROVAL,
    "rejected": EXIT_REFUSED,
    "skipped": EXIT_DONE,
    "would_do": EXIT_DONE,
}


def exit_code(outcome: Outcome) -> int:
    """The exit code of one money operation's outcome."""
    return STATE_EXIT[outcome.state]


# Worst first: an unknown outcome needs a person most, then one waiting for a supervisor.
_SEVERITY = (EXIT_UNKNOWN, EXIT_AWAITING_APPROVAL, EXIT_REFUSED, EXIT_READ_FAILED, EXIT_DONE)


def worst_exit_code(states: Iterable[str]) -> int:
    """The exit code of several (a batch): unknown over awaiting approval over refused over
    done."""
    codes = {STATE_EXIT[state] for state in states}
    return next((code for code in _SEVERITY if code in codes), EXIT_DONE)


@asynccontextmanager
async def open_desk(args: argparse.Namespace) -> AsyncIterator[MoneyDesk]:
    """A MoneyDesk on the journal in KAPDESK_HOME; what dead processes left is settled first."""
    from kapdesk.cli.connection import open_client
    from kapdesk.operations.money import MoneyDesk

    async with open_client(args) as (client, environment, profile):
        # After open_client: a --profile has unlocked the store, whose key keys the chain.
        journal = open_journal(args)
        most = getattr(args, "profile_max_amount", None)  # --sandbox, --base-url: the default
        desk = MoneyDesk(client, journal, profile=profile, environment=environment, max_amount=most)
        for outcome in await desk.reconcile():  # design.md rule 7, before acting
            print(f"Journal entry {outcome.entry_id}: {outcome.message}", file=sys.stderr)
        yield desk


def open_journal(args: argparse.Namespace) -> JournalStore:
    """The journal a command writes: its team profile's shared one, else KAPDESK_HOME's."""
    team = getattr(args, "profile_team", None)
    if team:
        from kapdesk.journal.team.connect import TeamAddress
        from kapdesk.journal.team.store import TeamJournal

        ca = team[2] if len(team) > 2 else None  # the team's CA (PEM), from the profile
        return TeamJournal(TeamAddress.parse(team[0]), team[1], ca=ca or None)
    from kapdesk.cli import vault_access
    from kapdesk.journal.journal import Journal
    from kapdesk.vault.paths import database_path

    return Journal(database_path(), key=vault_access.journal_key_for(args))


def run_safely(main: Callable[[], Awaitable[int]]) -> int:
    """Run a command's coroutine; every failure is one sentence and an exit code."""
    import asyncio  # here, not at module level: registration stays cheap (HACKING.md)

    from kapdesk.cli.connection import UsageError
    from kapdesk.domain.money import AmountError, UnknownCurrency
    from kapdesk.gateway.errors import NotSent, OutcomeUnknown
    from kapdesk.i18n import UserError

    async def guarded() -> int:
        return await main()

    try:
        return asyncio.run(guarded())
    except (UsageError, AmountError, UnknownCurrency) as err:
        print(str(err), file=sys.stderr)
        return EXIT_USAGE
    except (NotSent, OutcomeUnknown) as err:
        # Money calls settle these themselves; one escaping here failed a read before sending.
        print(f"{err} Nothing was sent.", file=sys.stderr)
        return EXIT_READ_FAILED
    except UserError as err:
        print(str(err), file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print(
            "Interrupted. If the operation had been sent, its journal entry is settled by "
            "'kapdesk journal reconcile'.",
            file=sys.stderr,
        )
        # Unknown, not a failed read: a money call may have left before the interruption.
        return EXIT_UNKNOWN
