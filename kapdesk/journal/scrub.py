"""Keeping secrets out of the journal: full card numbers, passwords and secrets never get in."""

from __future__ import annotations

import re
from typing import Any

from kapdesk.domain.redact import redact
from kapdesk.domain.secret import SECRET_KEYS

_LONG_DIGITS = re.compile(r"\d{7,}")


def scrub_text(text: str) -> str:
    """``text`` redacted by the one redactor; card-like numbers only when Luhn-valid."""
    return redact(text, only_valid_cards=True)


def scrub_snapshot(value: Any) -> Any:
    """A JSON-able value without secret keys and with every full card number masked."""
    if isinstance(value, dict):
        return {
            key: scrub_snapshot(item)
            for key, item in value.items()
            if str(key).lower() not in SECRET_KEYS
        }
    if isinstance(value, list):
        return [scrub_snapshot(item) for item in value]
    if isinstance(value, str):
        return scrub_text(value)
    if isinstance(value, int) and not isinstance(value, bool):
        text = str(value)
        masked = scrub_text(text)
        return value if masked == text else masked
    return value


def check_masked_card(masked_card: str | None) -> str | None:
    """Refuse a card that is not masked (seven digits in a row can only come from a full PAN)."""
    if masked_card is not None and _LONG_DIGITS.search(masked_card):
        # The value itself must not appear in the message: it may be a full card number.
        raise ValueError("masked_card must be masked (first 6 / last 4) before journaling")
    return masked_card
