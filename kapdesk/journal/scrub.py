"""Keeping secrets out of the journal: full card numbers, passwords and secrets never get in.

A snapshot is masked field by field. Card fields (``masked_pan``, ``displayName``...) are
masked as card data; structured fields (ids, action ids, RRNs, approval codes, amounts,
times, statuses) are kept exactly as the gateway gave them, because reconciliation compares
them; only free text (descriptions, error texts, reasons, fields kapdesk does not know)
goes through the free-text card masker.
"""

from __future__ import annotations

import re
from typing import Any

from kapdesk.domain.cards import mask_card_numbers
from kapdesk.domain.redact import redact
from kapdesk.domain.secret import SECRET_KEYS

_LONG_DIGITS = re.compile(r"\d{7,}")

# Field names (lower case, without "_" and "-") that hold card data: masked whatever they hold.
CARD_FIELDS = frozenset(
    {"maskedpan", "pan", "panblock", "displayname", "maskedcard", "card", "cardnumber"}
)
# Structured fields: kept as they are. A name ending like one of these is structured too
# (``action_id``, ``pmo_result_code``, ``refunded_amount``, ``prev_status``...).
_STRUCTURED_ENDINGS = (
    "id",
    "rrn",
    "code",
    "amount",
    "time",
    "date",
    "status",
    "currency",
    "phase",
    "type",
    "reversal",
    "detailed",
    "count",
)


def _field(key: object) -> str:
    return str(key).lower().replace("_", "").replace("-", "")


def is_structured(key: object) -> bool:
    """Whether the field ``key`` holds a reference or a value that must never be altered."""
    name = _field(key)
    return name not in CARD_FIELDS and name.endswith(_STRUCTURED_ENDINGS)


def scrub_text(text: str) -> str:
    """``text`` redacted by the one redactor; card-like numbers only when Luhn-valid."""
    return redact(text, only_valid_cards=True)


def _scrub_value(value: Any, field: str | None) -> Any:
    if isinstance(value, dict):
        return {
            key: _scrub_value(item, _field(key))
            for key, item in value.items()
            if str(key).lower() not in SECRET_KEYS
        }
    if isinstance(value, list):
        return [_scrub_value(item, field) for item in value]
    if isinstance(value, bool) or not isinstance(value, str | int):
        return value
    if field is not None and field in CARD_FIELDS:
        # Card data: every card-shaped run is masked, a mistyped (Luhn-failing) one too.
        text = str(value)
        masked = mask_card_numbers(text)
        return value if masked == text else masked
    if field is not None and is_structured(field):
        return value
    text = str(value)
    masked = scrub_text(text)
    return value if masked == text else masked


def scrub_snapshot(value: Any) -> Any:
    """A JSON-able value without secret keys, its card fields masked, its references intact."""
    return _scrub_value(value, None)


def check_masked_card(masked_card: str | None) -> str | None:
    """Refuse a card that is not masked (seven digits in a row can only come from a full PAN)."""
    if masked_card is not None and _LONG_DIGITS.search(masked_card):
        # The value itself must not appear in the message: it may be a full card number.
        raise ValueError("masked_card must be masked (first 6 / last 4) before journaling")
    return masked_card
