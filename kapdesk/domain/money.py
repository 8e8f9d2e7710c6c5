"""Money: Decimal amounts in a currency's minor units, and the one parser for typed amounts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from kapdesk.i18n import N_, UserError

# ISO 4217 exponents (digits after the decimal point) of the currencies a merchant may see.
MINOR_UNITS: dict[str, int] = {
    "AZN": 2,
    "USD": 2,
    "EUR": 2,
    "GBP": 2,
    "RUB": 2,
    "TRY": 2,
    "GEL": 2,
    "KZT": 2,
    "UAH": 2,
    "CHF": 2,
    "CNY": 2,
    "AED": 2,
    "JPY": 0,
    "KRW": 0,
    "KWD": 3,
    "BHD": 3,
}

# Non-breaking and narrow spaces count as thousands separators too (Excel, Word and Telegram
# paste them).
_SPACES = " \u00a0\u202f\u2009"
_GROUPED = re.compile(r"^\d{1,3}( \d{3})+$")
# The most digits before the point an amount may have: far above any payment, far below
# what Decimal's 28-digit context can quantize (a 27-digit amount raised InvalidOperation).
MAX_WHOLE_DIGITS = 15
# The word that asks for the full amount allowed (CLI --amount, batch CSV): never a blank.
FULL = "full"
# A profile's default upper limit for one payout or refund, in the operation's currency.
DEFAULT_MAX_AMOUNT = Decimal("10000.00")


class AmountError(UserError):
    """What a person typed is not an amount we can send."""


class UnknownCurrency(UserError):
    """A currency code kapdesk does not know the minor units of."""


def minor_units(currency: str) -> int:
    """Digits after the decimal point for ``currency`` (ISO 4217)."""
    try:
        return MINOR_UNITS[currency.upper()]
    except KeyError:
        raise UnknownCurrency(N_("Unknown currency {currency}."), currency=currency) from None


def quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-minor_units(currency))


def quantize(amount: Decimal, currency: str) -> Decimal:
    """``amount`` with exactly the currency's minor digits (for amounts already exact)."""
    return amount.quantize(quantum(currency), rounding=ROUND_HALF_EVEN)


def to_wire(amount: Decimal, currency: str) -> str:
    """The decimal string the gateway expects: ``Decimal("12.5")`` in AZN → ``"12.50"``.

    Refuses an amount with more decimals than the currency has: the wire never rounds.
    """
    exact = quantize(amount, currency)
    if exact != amount:
        raise ValueError(f"{amount} has more decimals than {currency} allows")
    return format(exact, "f")


def format_amount(amount: Decimal, currency: str) -> str:
    """For people: ``1 234.50 AZN`` (a space between thousands, point for decimals)."""
    text = f"{quantize(amount, currency):,f}".replace(",", " ")
    return f"{text} {currency.upper()}"


def parse_amount(text: str, currency: str, *, allow_zero: bool = False) -> Decimal:
    """Parse what a person typed into an exact amount in ``currency``.

    Accepts ``12.5``, ``12,50``, ``1 234,50`` and ``1234.50``. Rejects, each with its own
    sentence: empty input, non-numbers, negative amounts, zero (unless ``allow_zero``),
    thousands written with a point or comma (``1,234`` is ambiguous), and more decimals than
    the currency has.
    """
    digits = minor_units(currency)
    raw = text.strip()
    if not raw:
        raise AmountError(N_("Enter an amount."))
    if raw.startswith("-") or raw.startswith("\u2212"):
        raise AmountError(N_("The amount cannot be negative: {text}."), text=raw)
    if raw.startswith("+"):
        raw = raw[1:].lstrip()
    for space in _SPACES:
        raw = raw.replace(space, " ")
    separators = [ch for ch in raw if ch in ".,"]
    if len(separators) > 1:
        raise AmountError(
            N_(
                "{text} is ambiguous: use a point or a comma only for decimals, "
                "and spaces for thousands (1 234,50)."
            ),
            text=text.strip(),
        )
    whole, _, fraction = raw.replace(",", ".").partition(".")
    if " " in whole and not _GROUPED.match(whole):
        raise AmountError(N_("{text} is not a number."), text=text.strip())
    whole = whole.replace(" ", "")
    if not whole.isdigit() and not (whole == "" and fraction):
        raise AmountError(N_("{text} is not a number."), text=text.strip())
    if separators and not (fraction.isdigit() and fraction.isascii()):
        raise AmountError(N_("{text} is not a number."), text=text.strip())
    if not whole.isascii():
        raise AmountError(N_("{text} is not a number."), text=text.strip())
    if len(whole.lstrip("0")) > MAX_WHOLE_DIGITS:
        raise AmountError(N_("{text} is too large to be an amount."), text=text.strip())
    if separators and len(fraction) == 3 and digits != 3 and " " not in raw:
        raise AmountError(
            N_(
                "{text} is ambiguous: is it thousands or decimals? Write 1234 or 1 234 for "
                "thousands, 1.23 for decimals."
            ),
            text=text.strip(),
        )
    if len(fraction) > digits:
        raise AmountError(
            N_("{currency} amounts have at most {digits} decimals; {text} has {given}."),
            currency=currency.upper(),
            digits=digits,
            text=text.strip(),
            given=len(fraction),
        )
    try:
        value = quantize(Decimal(f"{whole or '0'}.{fraction or '0'}"), currency)
    except InvalidOperation:  # pragma: no cover - the checks above leave only short digits
        raise AmountError(N_("{text} is too large to be an amount."), text=text.strip()) from None
    if value == 0 and not allow_zero:
        raise AmountError(N_("The amount must be more than zero."))
    return value


def parse_requested_amount(text: str | None, currency: str) -> Decimal | None:
    """An amount as asked for: ``None`` (not given) or the word ``full`` mean the full amount
    allowed (returned as None); anything else must be an amount. A blank is an error: it is
    never read as "full" (an empty spreadsheet cell or ``--amount ""`` must not refund all).
    """
    if text is None or text.strip().lower() == FULL:
        return None
    if not text.strip():
        raise AmountError(N_("Enter an amount, or the word full for the full amount."))
    return parse_amount(text, currency)


def from_gateway(value: object, currency: str | None = None) -> Decimal:
    """An amount as the gateway sends it (JSON number parsed as Decimal, or a string)."""
    if isinstance(value, bool) or value is None:
        raise ValueError("not an amount")
    if isinstance(value, float):  # a float here means JSON was parsed without parse_float
        raise TypeError("amounts must be parsed with parse_float=Decimal")
    amount = Decimal(str(value)) if not isinstance(value, Decimal) else value
    if not amount.is_finite():
        raise ValueError("not an amount")
    return quantize(amount, currency) if currency and currency.upper() in MINOR_UNITS else amount


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount and its currency."""

    amount: Decimal
    currency: str

    def __str__(self) -> str:
        return format_amount(self.amount, self.currency)

    @property
    def wire(self) -> str:
        return to_wire(self.amount, self.currency)
