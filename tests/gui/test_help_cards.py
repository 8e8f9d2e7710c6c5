"""Help and README name the test cards as the bank publishes them now, and the callback truly."""

from __future__ import annotations

from pathlib import Path

import pytest

from kapdesk.gui.help import help_path

ROOT = Path(__file__).resolve().parents[2]
CURRENT = ("4169741330151778", "06/25", "119", "5239151747183468", "11/27", "602")


@pytest.mark.parametrize("language", ["en", "az", "ru"])
def test_help_names_the_current_test_cards_and_the_callback_fields(language: str) -> None:
    text = help_path(language).read_text(encoding="utf-8")
    cards = text.split('id="cards"', 1)[1].split("<h2", 1)[0]
    for needed in (*CURRENT, "ID", "STATUS", "TOKENID", "PASSWORD", "hppRedirectUrl"):
        assert needed in cards
    assert "PartPaid" in text.split('id="statuses"', 1)[1].split("<h2", 1)[0]


def test_the_readme_names_the_current_test_cards() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Test cards", 1)[1].split("\n## ", 1)[0]
    for needed in (*CURRENT, "TOKENID"):
        assert needed in section
