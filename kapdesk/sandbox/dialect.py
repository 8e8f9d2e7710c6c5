"""Switches for the variants the real gateway has been seen to answer with (kapital-api.md,
"What other clients show"), so that tests can make the sandbox speak each one.

- ``part_paid``: the word for a partly cleared hold, ``PartiallyPaid`` (the bank's label, our
  default) or ``PartPaid`` (what clients of the real gateway see).
- ``not_found_status``: the HTTP status of ``{"errorCode": "ServiceError", "errorDescription":
  "no order found"}``: 404 (today, our default) or 500 (earlier versions).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PART_PAID_SPELLINGS = ("PartiallyPaid", "PartPaid")
NOT_FOUND_STATUSES = (404, 500)
_OURS = "PartiallyPaid"


@dataclass(frozen=True)
class Dialect:
    part_paid: str = _OURS
    not_found_status: int = 404

    def __post_init__(self) -> None:
        if self.part_paid not in PART_PAID_SPELLINGS:
            raise ValueError(f"part_paid must be one of {', '.join(PART_PAID_SPELLINGS)}")
        if self.not_found_status not in NOT_FOUND_STATUSES:
            raise ValueError("not_found_status must be 404 or 500")

    def spell(self, answer: dict[str, Any]) -> dict[str, Any]:
        """``answer`` with our status word replaced by this dialect's (in place)."""
        order = answer.get("order")
        if self.part_paid == _OURS or not isinstance(order, dict):
            return answer
        for key in ("status", "prevStatus"):
            if order.get(key) == _OURS:
                order[key] = self.part_paid
        for attr in order.get("custAttrs") or []:
            if isinstance(attr, dict) and attr.get("valAsStr") == _OURS:
                attr["valAsStr"] = self.part_paid
        return answer
