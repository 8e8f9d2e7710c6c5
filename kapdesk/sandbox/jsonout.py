"""JSON text with amounts as exact numbers: ``Decimal("12.50")`` is ``12.5``, never via float."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any


def number(value: Decimal) -> str:
    """``12.50`` → ``12.5``, ``1.00`` → ``1``, ``100`` → ``100`` (no exponent, no float)."""
    text = format(value.normalize(), "f")
    return "0" if text in {"-0", "0"} else text


def dumps(value: Any) -> str:
    if isinstance(value, Decimal):
        return number(value)
    if isinstance(value, dict):
        items = (f"{json.dumps(str(key))}:{dumps(item)}" for key, item in value.items())
        return "{" + ",".join(items) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(dumps(item) for item in value) + "]"
    if isinstance(value, float):
        raise TypeError("amounts must be Decimal, not float")
    return json.dumps(value, ensure_ascii=False)
