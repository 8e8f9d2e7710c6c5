"""Days are Baku days, whatever zone the computer is set to; the clock can be fixed."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from kapdesk.domain.clock import DAY_ZONE, SYSTEM_CLOCK, FixedClock, day_start, days, today

BAKU_MIDNIGHT = datetime(2026, 12, 2, tzinfo=DAY_ZONE)  # 2026-12-01 20:00 UTC


@pytest.mark.parametrize(
    ("moment", "day"),
    [
        (BAKU_MIDNIGHT - timedelta(minutes=1), date(2026, 12, 1)),
        (BAKU_MIDNIGHT, date(2026, 12, 2)),
        (BAKU_MIDNIGHT + timedelta(minutes=1), date(2026, 12, 2)),
        # UTC's evening is already tomorrow in Baku (the hours that lost today's entries).
        (datetime(2026, 12, 1, 21, 30, tzinfo=UTC), date(2026, 12, 2)),
        # Local midnight in Pago Pago (UTC-11) and Kiritimati (UTC+14) changes nothing.
        (datetime(2026, 12, 2, 11, 0, tzinfo=UTC) - timedelta(minutes=1), date(2026, 12, 2)),
        (datetime(2026, 12, 2, 11, 0, tzinfo=UTC), date(2026, 12, 2)),
        (datetime(2026, 12, 1, 10, 0, tzinfo=UTC) - timedelta(minutes=1), date(2026, 12, 1)),
        (datetime(2026, 12, 1, 10, 0, tzinfo=UTC), date(2026, 12, 1)),
    ],
)
def test_today_is_the_baku_day_anywhere(far_zone: str, moment: datetime, day: date) -> None:
    assert today(FixedClock(moment)) == day


def test_a_day_runs_from_baku_midnight_to_baku_midnight(far_zone: str) -> None:
    start, end = days(date(2026, 12, 2), date(2026, 12, 2))
    assert start == BAKU_MIDNIGHT and start.astimezone(UTC) == datetime(2026, 12, 1, 20, tzinfo=UTC)
    assert end - start == timedelta(days=1)
    assert day_start(date(2026, 12, 2)) == start


def test_the_fixed_clock_moves_only_when_told_and_is_always_aware() -> None:
    clock = FixedClock(BAKU_MIDNIGHT)
    assert clock.now() == BAKU_MIDNIGHT
    clock.advance(timedelta(hours=1))
    assert clock.now() == BAKU_MIDNIGHT + timedelta(hours=1)
    with pytest.raises(ValueError, match="aware"):
        FixedClock(datetime(2026, 12, 2))  # naive: the point of the test
    assert SYSTEM_CLOCK.now().tzinfo is not None
