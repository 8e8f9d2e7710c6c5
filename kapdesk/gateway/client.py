"""The Kapital gateway client: every endpoint of kapital-api.md on one long-lived AsyncClient.

Reads retry what is safe to retry; calls that create orders, attach cards or move money are
sent exactly once, and their failures say whether anything may have happened.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from decimal import Decimal
from types import TracebackType
from typing import Any, Self

import httpx

from kapdesk.domain.money import to_wire
from kapdesk.domain.orders import APPROVED_RESULT_CODES, Order
from kapdesk.domain.secret import Secret
from kapdesk.gateway.errors import AnswerTooLarge, GatewayRefused, OrderNotFound, OutcomeUnknown
from kapdesk.gateway.models import (
    CreatedOrder,
    NewOrder,
    TokenResult,
    TranResult,
    parse_created,
    parse_token,
    parse_tran,
)
from kapdesk.gateway.parse import WireError, parse_order
from kapdesk.gateway.pool import keep_sockets
from kapdesk.gateway.transport import (
    checked_base_url,
    install_log_redaction,
    interpret,
    is_loopback,
    read_with_retries,
    send_once,
)

__all__ = ["CreatedOrder", "GatewayClient", "NewOrder", "TokenResult", "TranResult"]

DETAIL_LEVELS = {"tranDetailLevel": "2", "tokenDetailLevel": "2", "orderDetailLevel": "2"}
# The most transactions one order's answer may list (real orders have a handful).
MAX_TRANSACTIONS = 10_000


class GatewayClient:
    """A merchant terminal's view of the gateway. Use ``async with`` or call :meth:`aclose`."""

    def __init__(
        self,
        base_url: str,
        user: str,
        password: Secret | str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: float = 30.0,
        verify: bool = True,
        read_retries: int = 3,
        max_connections: int = 16,
        retry_backoff: float = 0.2,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._base = checked_base_url(base_url)
        self.user = user
        secret = password if isinstance(password, Secret) else Secret(password)
        # What a gateway may echo back of our requests, masked in every refusal's text.
        self._secrets = (Secret(f"{user}:{secret.reveal()}"), secret)
        self._deadline = timeout
        self._read_retries = read_retries
        self._retry_backoff = retry_backoff
        self._sleep = sleep
        limits = httpx.Limits(
            max_connections=max_connections, max_keepalive_connections=max_connections
        )
        # httpx's own transport (retries=0: it never resends anything; reads retry here). It is
        # not built here on purpose: httpx honours HTTPS_PROXY only for a transport it builds.
        self._http = httpx.AsyncClient(
            base_url=str(self._base) + "/",
            auth=httpx.BasicAuth(user, secret.reveal()),
            timeout=httpx.Timeout(
                connect=min(timeout, 10.0), read=timeout, write=timeout, pool=timeout
            ),
            transport=transport,
            limits=limits,
            # Plain http:// (loopback only, see checked_base_url) never does TLS, so skip
            # building a verifying SSL context (~35 ms of CA bundle loading at start-up);
            # https keeps ``verify`` exactly as given.
            verify=verify if self._base.scheme == "https" else False,
            follow_redirects=False,
            # Corporate proxy variables serve the bank's address; the loopback sandbox never.
            trust_env=not is_loopback(self._base.host),
            headers={"Accept": "application/json"},
        )
        keep_sockets(self._http)  # less CPU per request (kapdesk.gateway.pool)
        install_log_redaction()

    @property
    def base_url(self) -> str:
        return str(self._base)

    def __repr__(self) -> str:
        return f"GatewayClient(base_url={self.base_url!r}, user={self.user!r})"

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    # -- reads ---------------------------------------------------------------------------

    async def check_access(self) -> None:
        """One cheap authenticated read: returns once the gateway has answered these
        credentials (an unknown order counts); raises the usual errors otherwise."""
        with contextlib.suppress(OrderNotFound):
            await self.get_order(1, detailed=False)

    async def get_order(self, order_id: int, *, detailed: bool = True) -> Order:
        """The order as the gateway knows it now; ``detailed`` adds transactions and card."""

        async def attempt() -> dict[str, Any]:
            request = self._http.build_request(
                "GET", f"order/{int(order_id)}", params=DETAIL_LEVELS if detailed else None
            )
            response = await send_once(
                self._http, request, deadline=self._deadline, moves_money=False
            )
            return interpret(
                response, moves_money=False, order_id=order_id, secrets=self._revealed()
            )

        answer = await read_with_retries(
            attempt, retries=self._read_retries, backoff=self._retry_backoff, sleep=self._sleep
        )
        trans = (
            answer.get("order", {}).get("trans") if isinstance(answer.get("order"), dict) else None
        )
        if isinstance(trans, list) and len(trans) > MAX_TRANSACTIONS:
            raise AnswerTooLarge(moves_money=False, limit=f"{MAX_TRANSACTIONS} transactions")
        try:
            order = parse_order(answer, detailed=detailed)
        except (WireError, RecursionError):
            raise OutcomeUnknown("unreadable", moves_money=False) from None
        if order.id != order_id:
            # An answer about another order must never become the basis of a money call.
            raise OutcomeUnknown("unreadable", moves_money=False)
        return order

    def _revealed(self, *more: Secret | None) -> tuple[str, ...]:
        return tuple(s.reveal() for s in (*self._secrets, *more) if s is not None)

    # -- calls sent exactly once ---------------------------------------------------------

    async def _post_once(
        self,
        path: str,
        body: dict[str, Any],
        *,
        order_id: int | None,
        order_password: Secret | None = None,
    ) -> dict[str, Any]:
        params = {"password": order_password.reveal()} if order_password is not None else None
        request = self._http.build_request("POST", path, json=body, params=params)
        response = await send_once(self._http, request, deadline=self._deadline, moves_money=True)
        secrets = self._revealed(order_password, *_card_data(body))
        return interpret(response, moves_money=True, order_id=order_id, secrets=secrets)

    async def create_order(self, new: NewOrder) -> CreatedOrder:
        """Create an order (never retried: a retry could create a second one)."""
        answer = await self._post_once("order", new.body(), order_id=None)
        try:
            return parse_created(answer)
        except WireError:
            raise OutcomeUnknown("unreadable", moves_money=True) from None

    async def _exec_tran(
        self, order_id: int, tran: dict[str, Any], order_password: Secret | None = None
    ) -> TranResult:
        answer = await self._post_once(
            f"order/{int(order_id)}/exec-tran",
            {"tran": tran},
            order_id=order_id,
            order_password=order_password,
        )
        try:
            result = parse_tran(answer)
        except WireError:
            raise OutcomeUnknown("unreadable", moves_money=True) from None
        code = result.pmo_result_code
        if code is not None and code not in APPROVED_RESULT_CODES:
            # A 2xx carrying a decline code: the processing centre said no.
            raise GatewayRefused("PmoDecline", http_status=200, pmo_result_code=code)
        return result

    async def clear(self, order_id: int, amount: Decimal, currency: str) -> TranResult:
        """Take (part of) a preauthorization hold."""
        return await self._exec_tran(
            order_id, {"phase": "Clearing", "amount": to_wire(amount, currency)}
        )

    async def release(self, order_id: int) -> TranResult:
        """Release a preauthorization hold (void of the Auth phase)."""
        return await self._exec_tran(order_id, {"phase": "Auth", "voidKind": "Full"})

    async def reverse_clearing(self, order_id: int) -> TranResult:
        """Reverse a cleared preauthorization (clearing and hold)."""
        return await self._exec_tran(order_id, {"phase": "Clearing", "voidKind": "Full"})

    async def refund(self, order_id: int, amount: Decimal, currency: str) -> TranResult:
        return await self._exec_tran(
            order_id, {"phase": "Single", "type": "Refund", "amount": to_wire(amount, currency)}
        )

    async def reverse(
        self, order_id: int, amount: Decimal | None = None, currency: str | None = None
    ) -> TranResult:
        """Same-day reversal of a purchase: fully, or partly when ``amount`` is given."""
        if amount is None:
            return await self._exec_tran(order_id, {"phase": "Single", "voidKind": "Full"})
        if currency is None:
            raise ValueError("a partial reversal needs the currency")
        tran = {"phase": "Single", "voidKind": "Partial", "amount": to_wire(amount, currency)}
        return await self._exec_tran(order_id, tran)

    async def credit(self, order_id: int, order_password: Secret) -> TranResult:
        """Pay out (OCT) to the card set by :meth:`set_destination_card`."""
        return await self._exec_tran(
            order_id, {"phase": "Single", "type": "Credit"}, order_password
        )

    async def charge_saved_card(
        self, order_id: int, order_password: Secret, *, preauth: bool = False
    ) -> TranResult:
        """Charge (or, with ``preauth``, hold) the saved card set by :meth:`set_source_token`."""
        tran = {
            "phase": "Auth" if preauth else "Single",
            "conditions": {"cofUsage": "Recurring"},
        }
        return await self._exec_tran(order_id, tran, order_password)

    async def set_source_token(
        self, order_id: int, order_password: Secret, stored_id: int
    ) -> TokenResult:
        """Attach a saved card to the order, to be charged by :meth:`charge_saved_card`."""
        body = {"order": {"initiationEnvKind": "Server"}, "token": {"storedId": stored_id}}
        return await self._set_token(order_id, "set-src-token", body, order_password)

    async def set_destination_card(
        self, order_id: int, order_password: Secret, pan: Secret
    ) -> TokenResult:
        """Attach the card a payout goes to; the PAN travels only in this request's body."""
        card = {"panBlock": {"data": pan.reveal()}, "entryMode": "ECommerce"}
        return await self._set_token(
            order_id, "set-dst-token", {"token": {"card": card}}, order_password
        )

    async def _set_token(
        self, order_id: int, endpoint: str, body: dict[str, Any], order_password: Secret
    ) -> TokenResult:
        answer = await self._post_once(
            f"order/{int(order_id)}/{endpoint}",
            body,
            order_id=order_id,
            order_password=order_password,
        )
        try:
            return parse_token(answer, destination=endpoint == "set-dst-token")
        except WireError:
            raise OutcomeUnknown("unreadable", moves_money=True) from None


def _card_data(body: dict[str, Any]) -> tuple[Secret, ...]:
    """The full card number a request body carries (set-dst-token), to mask if echoed."""
    card = body.get("token", {}).get("card", {}) if isinstance(body.get("token"), dict) else {}
    pan = card.get("panBlock", {}).get("data") if isinstance(card, dict) else None
    return (Secret(pan),) if isinstance(pan, str) else ()
