"""The one amount parser: what a person types, and what leaves for the wire."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kapdesk.domain.money import (
    AmountError,
    Money,
    UnknownCurrency,
    format_amount,
    from_gateway,
    minor_units,
    parse_amount,
    to_wire,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12.5", "12.50"),
        ("12,50", "12.50"),
        ("1 234,50", "1234.50"),
        ("1234.50", "1234.50"),
        ("1\u00a0234,5", "1234.50"),
        ("  7 ", "7.00"),
        ("0,01", "0.01"),
        (",5", "0.50"),
        ("1 000 000", "1000000.00"),
        ("+3", "3.00"),
    ],
)
def test_accepts_what_people_type(text: str, expected: str) -> None:
    amount = parse_amount(text, "AZN")
    assert isinstance(amount, Decimal)
    assert to_wire(amount, "AZN") == expected


@pytest.mark.parametrize(
    ("text", "currency", "words"),
    [
        ("1,234", "AZN", "ambiguous"),
        ("1.234", "AZN", "ambiguous"),
        ("1,234.50", "AZN", "ambiguous"),
        ("1.234.567", "AZN", "ambiguous"),
        ("-5", "AZN", "negative"),
        ("−5", "AZN", "negative"),
        ("12.505 5", "AZN", "not a number"),
        ("12.5055", "AZN", "at most 2 decimals"),
        ("1.5", "JPY", "at most 0 decimals"),
        ("abc", "AZN", "not a number"),
        ("12a", "AZN", "not a number"),
        ("1e5", "AZN", "not a number"),
        ("NaN", "AZN", "not a number"),
        ("١٢", "AZN", "not a number"),
        ("12 34", "AZN", "not a number"),
        ("", "AZN", "Enter an amount"),
        ("0", "AZN", "more than zero"),
        ("0,00", "AZN", "more than zero"),
    ],
)
def test_rejects_with_a_sentence_that_says_why(text: str, currency: str, words: str) -> None:
    with pytest.raises(AmountError) as caught:
        parse_amount(text, currency)
    assert words in str(caught.value)


def test_three_decimal_currency_takes_three_decimals() -> None:
    assert to_wire(parse_amount("1,234", "KWD"), "KWD") == "1.234"


def test_zero_can_be_allowed() -> None:
    assert parse_amount("0", "AZN", allow_zero=True) == Decimal("0.00")


def test_minor_units_of_the_issue_currencies() -> None:
    assert {c: minor_units(c) for c in ("AZN", "USD", "EUR", "GBP", "RUB", "TRY")} == dict.fromkeys(
        ("AZN", "USD", "EUR", "GBP", "RUB", "TRY"), 2
    )
    assert minor_units("jpy") == 0
    with pytest.raises(UnknownCurrency):
        minor_units("XXX")


def test_gateway_numbers_are_exact() -> None:
    assert from_gateway(Decimal("0.1"), "AZN") + from_gateway("0.2", "AZN") == Decimal("0.30")
    assert from_gateway(1, "AZN") == Decimal("1.00")
    with pytest.raises(TypeError):
        from_gateway(0.1, "AZN")
    with pytest.raises(ValueError, match="not an amount"):
        from_gateway(None)


def test_formatting_for_people_and_wire() -> None:
    assert format_amount(Decimal("1234.5"), "azn") == "1 234.50 AZN"
    assert str(Money(Decimal("5"), "USD")) == "5.00 USD"
    assert Money(Decimal("5"), "USD").wire == "5.00"


def test_the_wire_never_rounds() -> None:
    with pytest.raises(ValueError, match="more decimals"):
        to_wire(Decimal("1.005"), "AZN")
    assert to_wire(Decimal("1.5"), "AZN") == "1.50"


def test_empty_amount_is_never_the_full_amount() -> None:
    from kapdesk.domain.money import parse_requested_amount

    assert parse_requested_amount(None, "AZN") is None
    assert parse_requested_amount("full", "AZN") is None
    assert parse_requested_amount(" Full ", "AZN") is None
    assert parse_requested_amount("2,50", "AZN") == Decimal("2.50")
    for blank in ("", "  ", "\u00a0", "\t"):
        with pytest.raises(AmountError, match="Enter an amount, or the word full"):
            parse_requested_amount(blank, "AZN")


@pytest.mark.parametrize("text", ["1" * 27, "1" * 16, "9" * 40 + ".5", "1 000 000 000 000 000 000"])
def test_huge_amounts_are_a_sentence_not_invalid_operation(text: str) -> None:
    with pytest.raises(AmountError, match="too large to be an amount"):
        parse_amount(text, "AZN")


def test_the_largest_accepted_amount_is_exact() -> None:
    assert parse_amount("9" * 15 + ".99", "AZN") == Decimal("9" * 15 + ".99")


# Arabic-Indic, fullwidth, Bengali and Devanagari digits.
@pytest.mark.parametrize(
    "text", ["\u0665\u0660\u0660\u0663", "\uff15\uff10\uff10", "\u0665,\u0665\u0660",
             "1.\u0665\u0660", "\u09e7\u09e8", "\u0968"],
)  # fmt: skip
def test_digits_of_other_scripts_are_not_amounts(text: str) -> None:
    with pytest.raises(AmountError, match="not a number"):
        parse_amount(text, "AZN")
