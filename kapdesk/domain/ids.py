"""Order ids as people type them: ASCII digits only.

Python's ``int()`` and ``str.isdigit()`` accept any script's digits (``int("٥٠٠٣") == 5003``,
fullwidth ``５００３`` too), so a pasted id in another script would silently name an order
nobody meant. Every order id typed or pasted is read here.
"""

from __future__ import annotations

from kapdesk.i18n import N_, UserError

# The gateway's order ids are positive 64-bit integers.
MAX_ORDER_ID = 2**63 - 1


def is_ascii_number(text: str) -> bool:
    """True for a non-empty run of 0-9 (and nothing else: no other script's digits)."""
    return text.isascii() and text.isdigit()


def order_id_or_none(text: str) -> int | None:
    """The order id ``text`` spells (spaces around allowed), or None if it is not one."""
    digits = text.strip()
    if not is_ascii_number(digits) or not 0 < int(digits) <= MAX_ORDER_ID:
        return None
    return int(digits)


def parse_order_id(text: str) -> int:
    """The order id ``text`` spells, or UserError saying it is not one."""
    order_id = order_id_or_none(text)
    if order_id is None:
        raise UserError(
            N_("{token} is not an order id (a positive whole number)."), token=text.strip()
        )
    return order_id
