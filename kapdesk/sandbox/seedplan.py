"""What the seeded sandbox holds: which orders, how old, in which state (at least 60)."""

from __future__ import annotations

import random
from decimal import Decimal

from kapdesk.sandbox import testcards
from kapdesk.sandbox.seed import Seeder
from kapdesk.sandbox.state import Gateway


def _purchases(s: Seeder) -> None:
    r = s.rng
    for days in (0, 0, 1, 3, 6, 12, 20, 33):  # paid purchases; the day-0 ones can be reversed
        when = s.ago(days)
        s.pay(s.create("Order_SMS", when), when, r.choice((testcards.VISA, testcards.MASTERCARD)))
    for days in (2, 5, 9):  # partly refunded
        when = s.ago(days)
        oid = s.create("Order_SMS", when)
        s.pay(oid, when)
        s.tran(oid, when, "Single", s.part(oid, 0.3), type_="Refund")
    for days in (4, 15):  # refunded in full, one of them in two steps
        when = s.ago(days)
        oid = s.create("Order_SMS", when)
        s.pay(oid, when)
        if days == 15:
            s.tran(oid, when, "Single", s.part(oid, 0.5), type_="Refund")
        s.tran(oid, when, "Single", type_="Refund")
    for days in (0, 8):  # reversed on the day of payment
        when = s.ago(days)
        oid = s.create("Order_SMS", when)
        s.pay(oid, when)
        s.tran(oid, when, "Single", void="Full")
    when = s.ago(0)  # partly reversed the same day: FullyPaid with a lower amount
    oid = s.create("Order_SMS", when, Decimal("40.00"), currency="AZN")
    s.pay(oid, when)
    s.tran(oid, when, "Single", Decimal("15.00"), void="Partial")
    for days, pan in ((1, testcards.DECLINING), (3, testcards.UNKNOWN), (7, testcards.DECLINING)):
        when = s.ago(days)
        s.pay(s.create("Order_SMS", when), when, pan)
    for days in (1, 10):  # with a 3-D Secure result block
        when = s.ago(days)
        s.pay(s.create("Order_SMS", when), when, tds=True)
    when = s.ago(2)  # installments
    s.pay(s.create("Order_SMS", when, description="TAKSIT=6"), when)
    for status, days in (("Cancelled", 5), ("Rejected", 6), ("Refused", 2), ("Expired", 9),
                         ("Expired", 3)):  # fmt: skip
        when = s.ago(days)
        s.force(s.create("Order_SMS", when), when, status)
    when = s.ago(40)
    oid = s.create("Order_SMS", when)
    s.pay(oid, when)
    s.force(oid, when, "Closed")
    for _ in range(2):
        s.create("Order_SMS", s.ago(0))
    del r


def _holds(s: Seeder) -> None:
    for days in range(11):  # Authorized holds 0..10 days old
        when = s.ago(days)
        s.pay(s.create("Order_DMS", when), when)
    for days in (1, 3, 6):  # partly cleared
        when = s.ago(days)
        oid = s.create("Order_DMS", when)
        s.pay(oid, when)
        s.tran(oid, when, "Clearing", s.part(oid, 0.6))
    for days in (2, 4, 8):  # cleared in full (one in two clearings)
        when = s.ago(days)
        oid = s.create("Order_DMS", when)
        s.pay(oid, when)
        if days == 8:
            s.tran(oid, when, "Clearing", s.part(oid, 0.5))
        s.tran(oid, when, "Clearing")
    when = s.ago(5)  # cleared, then partly refunded
    oid = s.create("Order_DMS", when)
    s.pay(oid, when)
    s.tran(oid, when, "Clearing")
    s.tran(oid, when, "Single", s.part(oid, 0.25), type_="Refund")
    for days in (2, 7):  # released
        when = s.ago(days)
        oid = s.create("Order_DMS", when)
        s.pay(oid, when)
        s.tran(oid, when, "Auth", void="Full")
    when = s.ago(3)  # clearing reversed
    oid = s.create("Order_DMS", when)
    s.pay(oid, when)
    s.tran(oid, when, "Clearing")
    s.tran(oid, when, "Clearing", void="Full")
    when = s.ago(4)
    s.pay(s.create("Order_DMS", when), when, testcards.DECLINING)
    when = s.ago(1)
    s.pay(s.create("Order_DMS", when), when, tds=True)
    s.create("Order_DMS", s.ago(0))


def _saved_cards(s: Seeder) -> None:
    when = s.ago(20)  # the purchases that saved the cards
    first = s.create("Order_SMS", when, save=True)
    s.pay(first, when)
    second = s.create("Order_SMS", when, save=True)
    s.pay(second, when, testcards.MASTERCARD)
    stored = [s.gw.get(first).stored_tokens[0], s.gw.get(second).stored_tokens[0]]
    for days, charge in ((1, True), (6, True), (11, True), (0, False)):
        when = s.ago(days)
        oid = s.create("Order_REC", when)
        s.at(when)
        s.gw.set_src_token(oid, s.gw.get(oid).password, stored[days % 2])
        if charge:
            s.tran(oid, when, "Single", cof="Recurring")
            if days == 11:
                s.tran(oid, when, "Single", s.part(oid, 0.4), type_="Refund")
    for days, phase in ((2, "Auth"), (5, "Auth"), (9, "Auth"), (0, None)):
        when = s.ago(days)
        oid = s.create("DMSN3D", when)
        s.at(when)
        s.gw.set_src_token(oid, s.gw.get(oid).password, stored[0])
        if phase:
            s.tran(oid, when, phase, cof="Recurring")
            if days == 9:
                s.tran(oid, when, "Clearing")


def _payouts(s: Seeder) -> None:
    for days in (0, 1, 4, 8, 14):
        when = s.ago(days)
        oid = s.create("OCT", when)
        s.at(when)
        pan = s.rng.choice((testcards.VISA, testcards.MASTERCARD))
        s.gw.set_dst_token(oid, s.gw.get(oid).password, pan)
        s.tran(oid, when, "Single", type_="Credit")
    s.create("OCT", s.ago(0))
    when = s.ago(3)
    s.force(s.create("OCT", when), when, "Funded")


def _google_pay(s: Seeder) -> None:
    for type_rid, days in (("GN3D", 0), ("GN3D", 3), ("GSMS", 1), ("GSMS", 6)):
        when = s.ago(days)
        s.pay(s.create(type_rid, when), when, tds=type_rid == "GN3D")
    s.create("GN3D", s.ago(0))
    s.create("GSMS", s.ago(0))


def populate(gw: Gateway, seed: int) -> list[int]:
    """Fill an empty gateway from ``seed``; returns the new order ids in creation order."""
    seeder = Seeder(gw, random.Random(seed))
    try:
        for part in (_purchases, _holds, _saved_cards, _payouts, _google_pay):
            part(seeder)
    finally:
        gw.now = seeder.real_now
    return seeder.ids
