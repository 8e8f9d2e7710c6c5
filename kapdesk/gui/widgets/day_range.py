"""A from/to pair of date fields that mean Baku days, with the zone named beside them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QEvent
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QWidget

from kapdesk.domain.clock import DAY_ZONE_LABEL, Clock, days, today


class DayRange(QWidget):
    """``since`` and ``until`` (both days included), defaulting to the last ``back_days`` days.

    Today is the clock's Baku day, never this computer's local date. A field left on today
    moves on to the new day after Baku midnight: a console stays open for days.
    """

    def __init__(self, clock: Clock, *, back_days: int = 30, parent: QWidget | None = None):
        super().__init__(parent)
        self.clock = clock
        self._back = timedelta(days=back_days)
        self._today = today(clock)
        self.since = QDateEdit(_qdate(self._today - self._back), self)
        self.until = QDateEdit(_qdate(self._today), self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.zone = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.since, self.until, self.zone):
            layout.addWidget(widget)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.zone.setText(QCoreApplication.translate("kapdesk", DAY_ZONE_LABEL))

    def bounds(self) -> tuple[datetime, datetime]:
        """From the start of the first day to the end of the last, as aware moments."""
        self._follow_today()
        return days(self.since.date().toPython(), self.until.date().toPython())  # type: ignore[arg-type]

    def _follow_today(self) -> None:
        now = today(self.clock)
        if now <= self._today:
            return
        if self.until.date() == _qdate(self._today):
            if self.since.date() == _qdate(self._today - self._back):
                self.since.setDate(_qdate(now - self._back))
            self.until.setDate(_qdate(now))
        self._today = now


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
