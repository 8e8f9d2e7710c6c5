"""Write a journal with kapdesk as of commit 14a7422 (schema 2: no table of open orders).

Order 2001 has a settled history of two entries; 2002 an unknown outcome (still locked);
2003 a payout that learned its order id and was sent (still locked); one intent has no order.
"""

import sqlite3
import sys
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from kapdesk.journal.journal import Journal

path = sys.argv[1]
clock = iter(datetime(2026, 9, 1, 8, 0, tzinfo=UTC) + timedelta(seconds=i) for i in range(100))
j = Journal(path, now=lambda: next(clock))
common = dict(profile="shop", environment="sandbox", currency="AZN", os_user="aysel")
for _ in range(2):
    done = j.record_intent(order_id=2001, operation="refund", amount=Decimal("1.00"), **common)
    j.mark_sent(done)
    j.record_outcome(done, "done", approval_code="111111", rrn="412345678901")
unknown = j.record_intent(order_id=2002, operation="refund", amount=Decimal("2.00"), **common)
j.mark_sent(unknown)
j.record_outcome(unknown, "unknown", error_description="timed out")
payout = j.record_intent(order_id=None, operation="pay_out", amount=Decimal("3.00"), **common)
j.set_order(payout, 2003)
j.mark_sent(payout)
j.record_intent(order_id=None, operation="pay_out", amount=Decimal("4.00"), **common)
refused = j.record_intent(order_id=2004, operation="refund", amount=Decimal("5.00"), **common)
j.record_outcome(refused, "refused", error_code="InvalidAmt")
assert j.verify().ok
conn = sqlite3.connect(path)
assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
conn.close()
