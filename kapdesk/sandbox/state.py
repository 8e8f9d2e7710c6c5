"""The simulated gateway's state: orders, cards and every change to them (no HTTP here).

Order passwords: the card-holder calls (``set-src-token``, ``set-dst-token``) and the
exec-tran calls that need the card holder's consent (payout ``Credit``, saved-card charges)
may carry ``?password=``; some clients of the real gateway send it and some do not, and both
succeed, so a missing one is accepted. A wrong one → 400 ``InvalidRequest`` ("Order password
is missing or wrong") **(our choice)**. The payment page always needs it.
"""

from __future__ import annotations

import hmac
import random
import string
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal

from kapdesk.domain.cards import luhn_valid, mask_pan
from kapdesk.sandbox import testcards
from kapdesk.sandbox.errors import (
    GatewayError,
    invalid_request,
    invalid_state,
    not_found,
    prohibited,
)
from kapdesk.sandbox.model import Card, Order, Tran
from kapdesk.sandbox.parse import NewOrder
from kapdesk.sandbox.store import Store

FIRST_ORDER_ID = 5001
FIRST_TOKEN_ID = 7001
PREAUTH_TYPES = frozenset({"Order_DMS", "DMSN3D"})
PURCHASE_TYPES = frozenset({"Order_SMS", "Order_REC", "GN3D", "GSMS"})
SAVED_CARD_TYPES = frozenset({"Order_REC", "DMSN3D"})
_ALNUM = string.ascii_lowercase + string.digits
ZERO = Decimal(0)


@dataclass(frozen=True)
class Sums:
    """Approved money on an order, by kind (amounts positive)."""

    held: Decimal = ZERO  # authorized and not released
    cleared: Decimal = ZERO  # cleared and not reversed
    paid: Decimal = ZERO  # single-phase charges not reversed
    refunded: Decimal = ZERO
    partial_reversal_used: bool = False

    @property
    def captured(self) -> Decimal:
        return self.paid + self.cleared


def sums(order: Order) -> Sums:
    held = cleared = paid = refunded = ZERO
    reversed_once = False
    for tran in order.approved():
        sign = -1 if tran.is_reversal else 1
        if tran.type == "Refund":
            refunded += tran.amount
        elif tran.type == "Credit":
            continue
        elif tran.phase == "Auth":
            held += sign * tran.amount
        elif tran.phase == "Clearing":
            cleared += sign * tran.amount
        else:
            paid += sign * tran.amount
            reversed_once = reversed_once or tran.is_reversal
    return Sums(held, cleared, paid, refunded, reversed_once)


class Gateway:
    """Orders and cards behind one lock; every change is written to the store at once."""

    def __init__(self, store: Store, now: Callable[[], datetime], rng: random.Random) -> None:
        self.store = store
        self.now = now
        self.rng = rng
        self.hpp_url = "http://127.0.0.1/flex"  # the server sets its own address
        self.lock = threading.RLock()
        self.luhn_action_ids = False  # action ids whose 17 digits pass Luhn (a test switch)

    # -- ids and codes ------------------------------------------------------------------
    def _next(self, key: str, first: int) -> int:
        value = int(self.store.get_meta(key) or first)
        self.store.put_meta(key, str(value + 1))
        return value

    def _code(self, length: int, alphabet: str = string.digits) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(length))

    def _action_id(self, now: datetime) -> str:
        if not self.luhn_action_ids:
            return f"{now:%y%m%d}-{self._code(8)}-000{self._code(3, _ALNUM)}="
        # Kapital's shape YYMMDD-NNNNNNNN-NNNtn5=, its 17 digits passing Luhn on purpose: a
        # card-number masker that touches references would turn it into an unknown id.
        digits = f"{now:%y%m%d}{self._code(10)}"
        check = next(d for d in "0123456789" if luhn_valid(digits + d))
        digits += check
        return f"{digits[:6]}-{digits[6:14]}-{digits[14:]}tn5="

    # -- orders ---------------------------------------------------------------------------
    def create_order(self, request: NewOrder) -> Order:
        with self.lock:
            order = Order(
                id=self._next("next_order_id", FIRST_ORDER_ID),
                type_rid=request.type_rid,
                amount=request.amount,
                currency=request.currency,
                password=self._code(12, _ALNUM),
                secret=self._code(6),
                create_time=self.now(),
                title=request.title,
                description=request.description,
                language=request.language,
                hpp_redirect_url=request.redirect_url,
                initiation_env_kind=request.initiation_env_kind,
                cof_purposes=request.cof_purposes,
                save_card=request.save_card,
            )
            if request.stored_id is not None and order.type_rid in SAVED_CARD_TYPES:
                self._attach_saved_card(order, request.stored_id)
            self.store.put_order(order)
            return order

    def get(self, order_id: int) -> Order:
        order = self.store.get_order(order_id)
        if order is None:
            raise not_found(order_id)
        return order

    def save(self, order: Order) -> None:
        self.store.put_order(order)

    def check_password(self, order: Order, password: str | None) -> None:
        if password is None or not hmac.compare_digest(password, order.password):
            raise invalid_request("Order password is missing or wrong")

    def check_optional_password(self, order: Order, password: str | None) -> None:
        """The API's ``?password=``: optional in practice, but never a wrong one."""
        if password is not None:
            self.check_password(order, password)

    def decline(self, order: Order, code: str) -> None:
        """Declined: the status, and the custAttrs the bank adds to a declined order."""
        previous = order.status
        self.set_status(order, "Declined")
        text = testcards.DECLINE_TEXT.get(code, "Declined")
        order.cust_attrs = [
            {"rid": "PrevStatus", "valAsStr": previous},
            {"rid": "PmoResultCode", "valAsStr": code},
            {"rid": "DeclineDescription", "valAsStr": f"Auth Response: {code} - {text}"},
            {"rid": "PmoDeclineDescription", "valAsStr": text},
        ]

    def set_status(self, order: Order, status: str) -> None:
        if status != order.status:
            order.prev_status, order.status = order.status, status
        order.finish_time = self.now()

    def add_tran(
        self,
        order: Order,
        phase: str,
        type_: str,
        amount: Decimal,
        clear_amount: Decimal = ZERO,
        *,
        reversal: bool = False,
        code: str = testcards.APPROVED,
        description: str = "Purchase",
    ) -> Tran:
        now = self.now()
        tran = Tran(
            phase=phase,
            type=type_,
            amount=amount,
            clear_amount=clear_amount,
            currency=order.currency,
            reg_time=now,
            action_id=self._action_id(now),
            rrn=self._code(8),
            pmo_result_code=code,
            approval_code=self._code(6) if code == testcards.APPROVED else None,
            is_reversal=reversal,
            description=description,
        )
        order.trans.append(tran)
        return tran

    # -- cards ------------------------------------------------------------------------------
    def new_card(self, pan: str, expiration: str, *, save: bool) -> Card:
        """A card record for ``pan``; the full number goes no further than this function."""
        card = Card(
            token_id=self._next("next_token_id", FIRST_TOKEN_ID),
            masked_pan=mask_pan(pan),
            brand=testcards.brand(pan),
            expiration=expiration,
            reg_time=self.now(),
            decline_code=testcards.result_code(pan, None),
        )
        if save:
            card.stored_id = card.token_id
            self.store.put_card(card)
        return card

    def _attach_saved_card(self, order: Order, stored_id: int) -> None:
        card = self.store.get_card(stored_id)
        if card is None:
            raise GatewayError(400, "InvalidToken", f"Stored card {stored_id} not found")
        order.src_token = replace(card, entry_mode="StoredCredentials")
        order.stored_tokens = [stored_id]
        order.cvv2_auth_status = "IneligibleOrder"

    def set_src_token(self, order_id: int, password: str | None, stored_id: int | None) -> Order:
        with self.lock:
            order = self.get(order_id)
            self.check_optional_password(order, password)
            if order.type_rid not in SAVED_CARD_TYPES:
                raise prohibited(f"Order type {order.type_rid} does not take a saved card")
            if order.status != "Preparing":
                raise invalid_state(f"Order is {order.status}, not Preparing")
            if stored_id is None:
                raise invalid_request("token.storedId is required")
            self._attach_saved_card(order, stored_id)
            self.save(order)
            return order

    def set_dst_token(self, order_id: int, password: str | None, pan: str | None) -> Order:
        with self.lock:
            order = self.get(order_id)
            self.check_optional_password(order, password)
            if order.type_rid != "OCT":
                raise prohibited(f"Order type {order.type_rid} does not take a destination card")
            if order.status != "Preparing":
                raise invalid_state(f"Order is {order.status}, not Preparing")
            digits = "".join(ch for ch in (pan or "") if ch.isdigit())
            if not (13 <= len(digits) <= 19 and luhn_valid(digits)):
                raise GatewayError(400, "InvalidToken", "Destination card number is not valid")
            order.dst_token = self.new_card(digits, "", save=False)
            order.dst_token.entry_mode = "ECommerce"
            # Our choice: a destination card ending 0002 declines the credit (59), so a clerk
            # can see what a refused payout looks like.
            order.dst_token.decline_code = testcards.payout_result_code(digits)
            order.cvv2_auth_status = "IneligibleOrder"
            self.save(order)
            return order

    # -- the hosted payment page -----------------------------------------------------------
    def pay_by_card(
        self,
        order_id: int,
        password: str | None,
        pan: str,
        expiration: str,
        cvv: str,
        *,
        tds: dict[str, object] | None = None,
    ) -> Order:
        """A customer pays on the HPP: approve, or decline with the code the card earns."""
        with self.lock:
            order = self.get(order_id)
            self.check_password(order, password)
            if order.type_rid == "OCT":
                raise prohibited("Payout orders are not paid on the payment page")
            if order.status != "Preparing":
                raise invalid_state(f"Order is {order.status}, not Preparing")
            code = testcards.result_code(pan, cvv)
            approved = code == testcards.APPROVED
            card = self.new_card(pan, expiration, save=approved and order.save_card)
            card.authentication = tds
            order.src_token = card
            if card.stored_id is not None:
                order.stored_tokens = [card.stored_id]
            self.charge(order, code, hold=order.type_rid in PREAUTH_TYPES)
            self.save(order)
            return order

    def charge(self, order: Order, code: str, *, hold: bool, description: str = "Purchase") -> Tran:
        """Charge (or hold) the order amount; a decline is recorded and declines the order."""
        approved = code == testcards.APPROVED
        phase = "Auth" if hold else "Single"
        clear = order.amount if approved and not hold else ZERO
        tran = self.add_tran(order, phase, "Purchase", order.amount, clear, code=code,
                             description=description)  # fmt: skip
        if not approved:
            self.decline(order, code)
        else:
            self.set_status(order, "Authorized" if hold else "FullyPaid")
        return tran
