"""Card numbers: Luhn, length and masking; no message ever repeats the number."""

from __future__ import annotations

import pytest

from kapdesk.domain.cards import (
    CardNumberError,
    luhn_valid,
    mask_card_numbers,
    mask_pan,
    validate_pan,
)

VISA = "4169741330151778"
MASTERCARD = "5239151747183468"


def test_published_test_cards_pass_luhn() -> None:
    assert luhn_valid(VISA)
    assert luhn_valid(MASTERCARD)
    assert not luhn_valid("4169741330151779")
    assert not luhn_valid("")


def test_validate_keeps_digits_only() -> None:
    assert validate_pan("4169 7413-3015 1778") == VISA


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "Enter the card number"),
        ("4169x41330151778", "only digits"),
        ("416974133015", "13 to 19 digits; this one has 12"),
        ("41697413301517781234", "13 to 19 digits; this one has 20"),
        ("4169741330151779", "check digit"),
    ],
)
def test_bad_numbers_get_a_reason_without_the_number(text: str, words: str) -> None:
    with pytest.raises(CardNumberError) as caught:
        validate_pan(text)
    assert words in str(caught.value)
    assert "41697413" not in str(caught.value)


def test_masking_first_six_last_four() -> None:
    assert mask_pan(VISA) == "416974******1778"
    assert mask_pan("4111111111111111111") == "411111*********1111"
    assert mask_pan("416974******1778") == "416974******1778"
    assert mask_pan("1234") == "1234"


@pytest.mark.parametrize(
    "text",
    [
        "bad 4169741330151778",
        "bad 4169 7413 3015 1778",
        "bad 4169-7413-3015-1778",
        "pan_4169741330151778.",
        "card=4169741330151779 (a typo is still a card number)",
    ],
)
def test_card_numbers_in_text_are_masked_however_written(text: str) -> None:
    masked = mask_card_numbers(text)
    assert "7413" not in masked and "3015" not in masked
    assert "416974" in masked


def test_only_valid_keeps_long_references_readable() -> None:
    reference = "action 240612-11385786-000tn5= rrn 17579346"
    assert mask_card_numbers(reference, only_valid=True) == reference
    assert "1778" in mask_card_numbers("4169741330151778", only_valid=True)
    assert "7413" not in mask_card_numbers("4169741330151778", only_valid=True)
