"""Write a journal with kapdesk as of commit 0c3061f (format 1, unversioned)."""

import sqlite3
import sys
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from kapdesk.journal.journal import Journal

path = sys.argv[1]
clock = iter(datetime(2026, 6, 12, 8, 0, tzinfo=UTC) + timedelta(seconds=i) for i in range(100))
j = Journal(path, now=lambda: next(clock))
common = dict(
    profile="shop",
    environment="sandbox",
    operation="refund",
    currency="AZN",
    masked_card="416974******1778",
    os_user="aysel",
)
a = j.record_intent(
    order_id=1001,
    amount=Decimal("12.50"),
    reason="customer returned the goods",
    order_before={"id": 1001, "status": "FullyPaid", "amount": Decimal("12.50")},
    **common,
)
j.mark_sent(a)
j.record_outcome(
    a, "done", approval_code="111111", rrn="412345678901", action_id="240612-11385786-000tn5="
)
j.record_order_after(a, {"id": 1001, "status": "Refunded"})
b = j.record_intent(order_id=1002, amount=Decimal("3.00"), reason="double charge", **common)
j.mark_sent(b)
j.record_outcome(b, "unknown", error_description="timed out")
j.settle(b, "not_done", note="the order shows no such refund")
c = j.record_intent(order_id=1003, amount=Decimal("1.00"), reason='=HYPERLINK("x")', **common)
j.record_outcome(c, "refused", error_code="InvalidAmt")
assert j.verify().ok
conn = sqlite3.connect(path)
conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
conn.close()
