"""Card numbers: the Luhn check, length, and masking to first 6 / last 4."""

from __future__ import annotations

import re

from kapdesk.i18n import N_, UserError

MIN_PAN_LENGTH = 13
MAX_PAN_LENGTH = 19


# 13-19 digits, perhaps typed in groups with spaces or dashes, not part of a longer number.
_CARD_LIKE = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")


class CardNumberError(UserError):
    """A typed card number that cannot be a card."""


def luhn_valid(digits: str) -> bool:
    """True when ``digits`` (only 0-9) passes the Luhn checksum."""
    if not digits.isdigit() or not digits.isascii():
        return False
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def normalize_pan(text: str) -> str:
    """The number without the spaces and dashes people type between groups."""
    return "".join(ch for ch in text if ch not in " -\u00a0\t")


def validate_pan(text: str) -> str:
    """Return the card number as digits, or raise :class:`CardNumberError` saying why not.

    The message never contains the number itself.
    """
    pan = normalize_pan(text)
    if not pan:
        raise CardNumberError(N_("Enter the card number."))
    if not (pan.isdigit() and pan.isascii()):
        raise CardNumberError(N_("A card number has only digits."))
    if not MIN_PAN_LENGTH <= len(pan) <= MAX_PAN_LENGTH:
        raise CardNumberError(
            N_("A card number has 13 to 19 digits; this one has {count}."), count=len(pan)
        )
    if not luhn_valid(pan):
        raise CardNumberError(N_("This card number has a typo: its check digit is wrong."))
    return pan


def mask_pan(pan: str) -> str:
    """``4169741330151778`` → ``416974******1778``. Already-masked input is kept masked."""
    digits = normalize_pan(pan)
    if len(digits) < MIN_PAN_LENGTH:
        # Too short to keep 10 digits visible safely: show only the last four.
        return "*" * max(len(digits) - 4, 0) + digits[-4:]
    return digits[:6] + "*" * (len(digits) - 10) + digits[-4:]


def mask_card_numbers(text: str, *, only_valid: bool = False) -> str:
    """``text`` with every run shaped like a card number masked to first 6 / last 4.

    Logs and error messages mask every such run (a mistyped card number is still one);
    ``only_valid`` masks only Luhn-valid ones, for records whose other long references
    (action ids, RRNs) must stay readable.
    """

    def mask(match: re.Match[str]) -> str:
        digits = normalize_pan(match.group(0))
        return mask_pan(digits) if not only_valid or luhn_valid(digits) else match.group(0)

    return _CARD_LIKE.sub(mask, text)
