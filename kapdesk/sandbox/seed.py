"""Seeded data: realistic orders in every type and status, the same for the same seed.

Orders are made by driving the state machine itself (create, pay on the HPP, clear, refund,
...) with the clock set back, so their transactions are exactly what live calls produce.
Times are relative to the server's ``now``: holds stay 0-10 days old whenever it starts.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from kapdesk.sandbox import testcards
from kapdesk.sandbox.parse import NewOrder, TranRequest
from kapdesk.sandbox.state import Gateway
from kapdesk.sandbox.transitions import exec_tran

BAKU = ZoneInfo("Asia/Baku")
TITLES = ("Othub", "Bakı Kitab", "Caspian Rent", "Hotel Qafqaz", "Taxi 189", "Xəzər Market")
CURRENCIES = ("AZN", "AZN", "AZN", "AZN", "USD", "EUR")


class Seeder:
    """Makes orders at chosen moments in the past through the gateway's own operations."""

    def __init__(self, gw: Gateway, rng: random.Random) -> None:
        self.gw = gw
        self.rng = rng
        self.real_now: Callable[[], datetime] = gw.now
        self.now = gw.now()
        self.ids: list[int] = []

    # -- time ----------------------------------------------------------------------------------
    def ago(self, days: int) -> datetime:
        """A moment ``days`` days back: never in the future, a day-0 moment is today in Baku."""
        if days == 0:
            local = self.now.astimezone(BAKU)
            since_midnight = (local - local.replace(hour=0, minute=0, second=0)).total_seconds()
            return self.now - timedelta(seconds=since_midnight * self.rng.uniform(0.3, 0.9))
        return self.now - timedelta(days=days) + timedelta(minutes=self.rng.randint(10, 180))

    def later(self, moment: datetime, seconds: int) -> datetime:
        """A bit after ``moment``, on the same Baku day, and not after now."""
        local = moment.astimezone(BAKU)
        midnight = local.replace(hour=23, minute=59, second=59)
        return min(moment + timedelta(seconds=seconds), midnight, self.now)

    def at(self, moment: datetime) -> None:
        self.gw.now = lambda: moment

    # -- steps ---------------------------------------------------------------------------------
    def create(
        self, type_rid: str, when: datetime, amount: Decimal | None = None, **kw: object
    ) -> int:
        self.at(when)
        currency = kw.pop("currency", None) or self.rng.choice(CURRENCIES)
        value = amount or Decimal(self.rng.randint(100, 50000)).scaleb(-2)
        request = NewOrder(
            type_rid=type_rid,
            amount=value,
            currency=str(currency),
            title=self.rng.choice(TITLES),
            description=str(kw.pop("description", None) or f"Order {self.rng.randint(100, 9999)}"),
            language=self.rng.choice(("az", "en", "ru")),
            redirect_url=None,
            initiation_env_kind="Browser",
            cof_purposes=["Cit", "Recurring"] if kw.pop("save", False) else [],
            save_card=False,
            stored_id=None,
        )
        if request.cof_purposes:
            request = NewOrder(**{**request.__dict__, "save_card": True})
        order = self.gw.create_order(request)
        self.ids.append(order.id)
        return order.id

    def pay(
        self, order_id: int, when: datetime, pan: str = testcards.VISA, tds: bool = False
    ) -> None:
        moment = self.later(when, self.rng.randint(30, 240))
        self.at(moment)
        order = self.gw.get(order_id)
        cvv = testcards.TEST_CARDS.get(pan, "123")
        block = testcards.authentication(self.rng, moment, str(order.amount)) if tds else None
        # The date as published now (any date pays; no random draw, so the seed stays stable).
        expiry = testcards.PUBLISHED.get(pan, (("11/26", cvv),))[0][0].replace("/", "")
        self.gw.pay_by_card(order_id, order.password, pan, expiry, cvv, tds=block)

    def tran(
        self,
        order_id: int,
        when: datetime,
        phase: str,
        amount: Decimal | None = None,
        *,
        type_: str | None = None,
        void: str | None = None,
        cof: str | None = None,
    ) -> None:
        order = self.gw.get(order_id)
        # Each step follows the order's previous one, so its history reads in time order.
        last = max([tran.reg_time for tran in order.trans], default=when)
        self.at(self.later(max(last, when), self.rng.randint(600, 7200)))
        raw = str(amount) if amount is not None else None
        request = TranRequest(phase, type_, raw, void, None, cof)
        exec_tran(self.gw, order_id, request, order.password)

    def force(self, order_id: int, when: datetime, status: str) -> None:
        """Statuses no API call reaches (Cancelled, Expired, ...) are set as the bank would."""
        self.at(self.later(when, 3600))
        with self.gw.lock:
            order = self.gw.get(order_id)
            self.gw.set_status(order, status)
            self.gw.save(order)

    def part(self, order_id: int, share: float) -> Decimal:
        amount = self.gw.get(order_id).amount
        return max((amount * Decimal(str(share))).quantize(Decimal("0.01")), Decimal("0.01"))
