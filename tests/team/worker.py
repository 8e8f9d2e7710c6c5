"""A second workstation for the team tests: races for orders, or holds one until killed.

``python -m tests.team.worker race|hold PORT DBNAME USER ROUNDS [ORDER PROFILE ENVIRONMENT]``
with the database password on stdin (never in the environment or the command line); hold
takes ORDER (1) as a refund of PROFILE (shop) on ENVIRONMENT (sandbox).
"""

from __future__ import annotations

import sys
import time
from decimal import Decimal

from kapdesk.journal.entry import OrderBusy
from kapdesk.journal.team.connect import TeamAddress
from kapdesk.journal.team.store import TeamJournal


def _intent(
    journal: TeamJournal, order_id: int, user: str, where: tuple[str, str] = ("shop", "sandbox")
) -> int:
    return journal.record_intent(
        profile=where[0], environment=where[1], order_id=order_id, operation="clear",
        amount=Decimal("5.00"), currency="AZN", os_user=user,
    )  # fmt: skip


def main() -> None:
    action, port, dbname, user, rounds = sys.argv[1:6]
    order, profile, environment = sys.argv[6:9] + ["1", "shop", "sandbox"][len(sys.argv[6:9]) :]
    password = sys.stdin.readline().rstrip("\n")
    address = TeamAddress(user=user, host="127.0.0.1", port=int(port), dbname=dbname)
    journal = TeamJournal(address, password, workstation=f"WS-{user}")
    print("ready", flush=True)
    sys.stdin.readline()  # go
    if action == "race":
        for order_id in range(1, int(rounds) + 1):
            try:
                _intent(journal, order_id, user)
                print(f"won {order_id}", flush=True)
            except OrderBusy:
                print(f"busy {order_id}", flush=True)
        print("finished", flush=True)
        journal.close()
    else:  # hold: take the order, send it, and never finish
        entry_id = _intent(journal, int(order), user, (profile, environment))
        journal.mark_sent(entry_id)
        print(f"sent {entry_id}", flush=True)
        time.sleep(600)


if __name__ == "__main__":
    main()
