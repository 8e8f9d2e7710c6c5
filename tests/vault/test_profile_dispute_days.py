"""A profile's days to answer a dispute: default 10, a whole number from 1 to 120, kept."""

from __future__ import annotations

import pytest

from kapdesk.vault.errors import InvalidProfile
from kapdesk.vault.profiles import Profile


def test_a_profile_without_the_figure_gets_ten_days_and_keeps_its_own() -> None:
    old = Profile.from_dict({"name": "shop", "environment": "sandbox"})
    assert old.dispute_days == 10
    mine = old.replace(dispute_days=30)
    assert Profile.from_dict(mine.to_dict()).dispute_days == 30


@pytest.mark.parametrize("days", [0, 121, -1, "10", 2.5, True])
def test_other_figures_are_refused_in_a_sentence(days: object) -> None:
    with pytest.raises(InvalidProfile, match="days to answer a dispute"):
        Profile(name="shop", environment="sandbox", dispute_days=days)  # type: ignore[arg-type]
