"""Order ids as typed: ASCII digits only."""

from __future__ import annotations

import pytest

from kapdesk.domain.ids import order_id_or_none, parse_order_id
from kapdesk.i18n import UserError


@pytest.mark.parametrize("text", ["\u0665\u0660\u0660\u0663", "\uff15\uff10\uff10\uff13", "\u09eb",
                                  "", " ", "0", "-5", "5.0", str(2**63)])  # fmt: skip
def test_not_order_ids(text: str) -> None:
    assert order_id_or_none(text) is None
    with pytest.raises(UserError, match="is not an order id"):
        parse_order_id(text)


def test_order_ids() -> None:
    assert parse_order_id(" 5003 ") == 5003
    assert order_id_or_none(str(2**63 - 1)) == 2**63 - 1
