"""What time it is, and which calendar day: one clock that tests can fix, days in Baku time.

The gateway writes its times in Baku time (Asia/Baku, UTC+4, no daylight saving) and a
merchant on Kapital Bank reads its statements by Baku days, whatever zone the workstation is
set to. So every "day" in kapdesk (date filters, today's defaults) is a Baku calendar day,
never this computer's local date: a clerk on a UTC laptop sees the same "today" as the bank.

Time enters through a :class:`Clock` passed in through constructors; :class:`FixedClock`
stands still (or moves when told) so tests can sit on either side of midnight.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol

from kapdesk.domain.allowances import GATEWAY_TZ
from kapdesk.i18n import QT_TRANSLATE_NOOP

DAY_ZONE = GATEWAY_TZ
# Shown next to every date field (translated where shown): which days the dates mean.
DAY_ZONE_LABEL = QT_TRANSLATE_NOOP("kapdesk", "Baku time (UTC+4)")


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, timezone-aware."""
        ...


class SystemClock:
    """The computer's clock, as an aware UTC moment (its time zone setting plays no part)."""

    def now(self) -> datetime:
        return datetime.now(UTC)


SYSTEM_CLOCK = SystemClock()


class FixedClock:
    """A clock that shows ``moment`` until told otherwise (tests)."""

    def __init__(self, moment: datetime) -> None:
        self._moment = _aware(moment)

    def now(self) -> datetime:
        return self._moment

    def set(self, moment: datetime) -> None:
        self._moment = _aware(moment)

    def advance(self, by: timedelta) -> None:
        self._moment += by


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("a clock's time must be timezone-aware")
    return moment


def today(clock: Clock) -> date:
    """The current Baku calendar day."""
    return clock.now().astimezone(DAY_ZONE).date()


def day_start(day: date) -> datetime:
    """Midnight at the start of ``day`` in Baku, as an aware moment."""
    return datetime.combine(day, time(), tzinfo=DAY_ZONE)


def days(first: date, last: date) -> tuple[datetime, datetime]:
    """The moments from the start of ``first`` up to (excluded) the end of ``last``."""
    return day_start(first), day_start(last + timedelta(days=1))
