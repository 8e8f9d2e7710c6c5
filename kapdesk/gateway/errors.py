"""The gateway's failures as one hierarchy: refused, not sent, outcome unknown, bad credentials.

Every error is a :class:`~kapdesk.i18n.UserError` whose sentence is in the clerk's words and
never carries a secret: gateway descriptions pass through the one redactor
(:func:`kapdesk.domain.redact.redact`), which masks card numbers, passwords, Authorization
values and the secrets the request carried.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from kapdesk.domain.redact import redact
from kapdesk.gateway.pmo_codes import pmo_text
from kapdesk.i18n import N_, UserError


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` redacted (gateways echo input): card numbers, passwords, ``secrets``."""
    return redact(text, secrets)


def scrub_details(value: Any, secrets: Iterable[str] = ()) -> Any:
    """A redacted copy of ``errorDetails``: every string (keys too), at any depth."""
    secrets = tuple(secrets)

    def copy(item: Any) -> Any:
        if isinstance(item, dict):
            return {scrub(str(k), secrets): v for k, v in item.items()}
        if isinstance(item, list):
            return list(item)
        return scrub(item, secrets) if isinstance(item, str) else item

    root = copy(value)
    pending = [root]
    while pending:  # not recursive: an answer may nest deeper than Python's recursion limit
        item = pending.pop()
        for key, child in item.items() if isinstance(item, dict) else enumerate(item):
            item[key] = copy(child)
            if isinstance(child, dict | list):
                pending.append(item[key])
    return root


class GatewayError(UserError):
    """Anything that went wrong talking to the gateway."""


class GatewayRefused(GatewayError):
    """The gateway answered with an error body: it refused, nothing happened."""

    def __init__(
        self,
        code: str,
        description: str = "",
        details: dict[str, Any] | None = None,
        *,
        http_status: int | None = None,
        pmo_result_code: str | None = None,
        secrets: Iterable[str] = (),
    ) -> None:
        secrets = tuple(secrets)
        self.code = scrub(code, secrets)
        self.description = scrub(description, secrets)
        self.details = scrub_details(details or {}, secrets)
        self.http_status = http_status
        self.pmo_result_code = scrub(pmo_result_code, secrets) if pmo_result_code else None
        self.pmo_text = pmo_text(pmo_result_code)
        if pmo_result_code:
            super().__init__(
                N_("The bank declined ({code}): {pmo_text} (result code {pmo_code})."),
                code=self.code,
                pmo_text=self.pmo_text,
                pmo_code=self.pmo_result_code,
            )
        elif self.description:
            super().__init__(
                N_("The gateway refused ({code}): {description}"),
                code=self.code,
                description=self.description,
            )
        else:
            super().__init__(N_("The gateway refused ({code})."), code=self.code)


# How the gateway says "no such order": ServiceError with this text, seen with HTTP 404 (2025)
# and HTTP 500 (2024). Recognised by code and text, never by the HTTP status.
_NO_ORDER = re.compile(r"\bno order found\b|\border\b.*\bnot found\b", re.IGNORECASE)


def means_no_such_order(code: str, description: str) -> bool:
    return code == "ServiceError" and _NO_ORDER.search(description) is not None


class OrderNotFound(GatewayRefused):
    """The gateway knows no order with this id."""

    def __init__(self, order_id: int, description: str = "", *, http_status: int = 404) -> None:
        super().__init__("ServiceError", description, http_status=http_status)
        self.order_id = order_id
        UserError.__init__(self, N_("Order {order_id} was not found."), order_id=order_id)


class AuthenticationFailed(GatewayError):
    """The gateway refused the terminal user or password (nothing happened)."""

    def __init__(self) -> None:
        super().__init__(N_("The gateway refused the terminal credentials (user or password)."))


class NotSent(GatewayError):
    """The connection failed before the request left: nothing happened, a retry is safe."""

    def __init__(self, host: str, cause: str = "") -> None:
        self.host = host
        self.cause = cause  # the exception class name, for logs; never its text
        super().__init__(
            N_("The gateway at {host} could not be reached; nothing was sent."), host=host
        )


# Why the outcome is unknown, as whole sentences so each can be translated.
_UNKNOWN_AFTER_MONEY: dict[str, str] = {
    "timeout": N_(
        "The gateway did not answer in time: the operation may or may not have happened. "
        "Check the order before trying again."
    ),
    "dropped": N_(
        "The connection dropped before the gateway answered: the operation may or may not "
        "have happened. Check the order before trying again."
    ),
    "server_error": N_(
        "The gateway failed with a server error (HTTP {status}): the operation may or may "
        "not have happened. Check the order before trying again."
    ),
    "unreadable": N_(
        "The gateway's answer could not be read: the operation may or may not have happened. "
        "Check the order before trying again."
    ),
    "blocked": N_(
        "The bank's network refused this computer (HTTP 520); ask the bank to allow its "
        "address. The operation may or may not have happened. Check the order before trying "
        "again."
    ),
}
_UNKNOWN_AFTER_READ: dict[str, str] = {
    "timeout": N_("The gateway did not answer in time."),
    "dropped": N_("The connection to the gateway dropped before it answered."),
    "server_error": N_("The gateway failed with a server error (HTTP {status})."),
    "unreadable": N_("The gateway's answer could not be read."),
    # The production host's CDN blocks callers it does not know: nothing reached the bank.
    "blocked": N_(
        "The bank's network refused this computer (HTTP 520); ask the bank to allow its address."
    ),
}


class OutcomeUnknown(GatewayError):
    """Sent, but no usable answer came back: timeout, dropped connection, 5xx or garbage."""

    def __init__(
        self, reason: str, *, moves_money: bool, status: int | None = None, cause: str = ""
    ) -> None:
        self.reason = reason  # timeout | dropped | server_error | unreadable | blocked
        self.moves_money = moves_money
        self.http_status = status
        self.cause = cause
        table = _UNKNOWN_AFTER_MONEY if moves_money else _UNKNOWN_AFTER_READ
        super().__init__(table[reason], status=status)


class AnswerTooLarge(OutcomeUnknown):
    """The answer passed the size limit: given up unread (it could fill the memory)."""

    def __init__(self, *, moves_money: bool, limit: str) -> None:
        super().__init__("unreadable", moves_money=moves_money)
        self.reason = "too_large"
        self.limit = limit  # "10 MB", "10000 transactions"
        if moves_money:
            template = N_(
                "The gateway's answer was too large to read (over {limit}): the operation may "
                "or may not have happened. Check the order before trying again."
            )
        else:
            template = N_("The gateway's answer was too large to read (over {limit}).")
        UserError.__init__(self, template, limit=limit)
