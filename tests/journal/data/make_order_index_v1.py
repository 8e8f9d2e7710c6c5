"""Write an order index with kapdesk as of commit 71a1d48 (raw JSON text, RRNs as LIKE tokens)."""

import sys
from datetime import UTC, datetime
from decimal import Decimal

from kapdesk.domain.orders import OrderStatus
from kapdesk.journal.orders import OrderIndex
from tests.journal.test_orders import _order

path = sys.argv[1]
seen = datetime(2025, 3, 11, 8, 0, tzinfo=UTC)
OrderIndex(path, environment="production", profile="shop").save_many(
    [
        _order(1, rrn="501111111111", code="A1B2C3", last4="1778"),
        _order(
            2,
            status=OrderStatus.AUTHORIZED,
            amount="12.50",
            rrn="502222222222",
            code="ZZ9999",
            last4="0002",
            created=datetime(2025, 3, 9, 9, 0, tzinfo=UTC),
        ),
        _order(
            3,
            amount="100",
            rrn="503333333333",
            code="QQ1234",
            last4="4444",
            created=datetime(2025, 3, 12, 9, 0, tzinfo=UTC),
        ),
    ],
    seen,
)
OrderIndex(path, environment="sandbox", profile="shop").save(
    _order(4, amount=str(Decimal("7.5"))), seen
)
