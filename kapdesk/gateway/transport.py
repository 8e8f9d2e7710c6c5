"""One HTTP exchange with the gateway, mapped to an answer or to the typed error hierarchy.

This is where "was it sent?" is decided: a failure to connect means nothing left this
machine (NotSent); anything after that (timeouts, dropped connections, 5xx, garbage) leaves
the outcome unknown. Money calls are made once; only reads go round :func:`read_with_retries`.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import httpx

from kapdesk.gateway.errors import (
    AnswerTooLarge,
    AuthenticationFailed,
    GatewayRefused,
    NotSent,
    OrderNotFound,
    OutcomeUnknown,
    means_no_such_order,
)
from kapdesk.gateway.parse import loads
from kapdesk.i18n import N_, UserError
from kapdesk.logs import RedactingFilter

BLOCKED_BY_CDN = 520  # the production host's CDN refusing the caller's address
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)
# The largest answer read (decoded): an order with thousands of transactions is far smaller.
MAX_ANSWER_BYTES = 10_000_000
# The deepest nesting of objects and lists an answer may have (real ones have under ten):
# deeper ones would break whatever walks the answer recursively later (journal snapshots).
MAX_NESTING = 64
# Headers that describe the body as it came over the wire, not as it is once read.
_WIRE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def install_log_redaction() -> None:
    """Attach the redacting filter to httpx's logger (once)."""
    logger = logging.getLogger("httpx")
    # httpx logs every request URL at INFO; saved-card and payout URLs carry order passwords.
    if not any(isinstance(f, RedactingFilter) for f in logger.filters):
        logger.addFilter(RedactingFilter())


def is_loopback(host: str) -> bool:
    if host.lower() in {"localhost", "localhost."}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def checked_base_url(base_url: str) -> httpx.URL:
    """The base URL if it is https (or http to this machine); a UserError otherwise."""
    try:
        url = httpx.URL(base_url.strip().rstrip("/"))
    except (httpx.InvalidURL, TypeError):
        raise UserError(N_("{url} is not a web address."), url=base_url) from None
    if url.scheme not in {"http", "https"} or not url.host:
        raise UserError(N_("{url} is not an http(s) address of a gateway."), url=base_url)
    if url.userinfo:
        raise UserError(N_("Put the user and password in the profile, not in the address."))
    if url.scheme == "http" and not is_loopback(url.host):
        raise UserError(
            N_(
                "Refusing plain http:// to {host}: credentials would travel unencrypted. Use https."
            ),
            host=url.host,
        )
    return url


async def send_once(
    http: httpx.AsyncClient,
    request: httpx.Request,
    *,
    deadline: float,
    moves_money: bool,
) -> httpx.Response:
    """Send ``request`` once within ``deadline`` seconds; map transport failures to errors.

    The body is read in chunks and given up past :data:`MAX_ANSWER_BYTES` (AnswerTooLarge):
    an endless or huge answer never fills the memory.
    """
    host = request.url.host
    try:
        async with asyncio.timeout(deadline):
            response = await http.send(request, stream=True)
            try:
                body = await _read_capped(response, moves_money=moves_money)
            finally:
                await response.aclose()
            headers = [(k, v) for k, v in response.headers.items() if k not in _WIRE_HEADERS]
            return httpx.Response(
                response.status_code, headers=headers, content=body, request=request
            )
    # `from None`: httpx exceptions carry the request, whose URL may hold an order password.
    except _NOT_SENT as exc:
        raise NotSent(host, type(exc).__name__) from None
    except (httpx.TimeoutException, TimeoutError) as exc:
        raise OutcomeUnknown("timeout", moves_money=moves_money, cause=type(exc).__name__) from None
    except httpx.HTTPError as exc:  # RemoteProtocolError, ReadError, WriteError, ...
        raise OutcomeUnknown("dropped", moves_money=moves_money, cause=type(exc).__name__) from None


async def _read_capped(response: httpx.Response, *, moves_money: bool) -> bytes:
    """The decoded body, refused (AnswerTooLarge) as soon as it passes the cap."""
    declared = response.headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > MAX_ANSWER_BYTES:
        raise AnswerTooLarge(moves_money=moves_money, limit=f"{MAX_ANSWER_BYTES / 1e6:g} MB")
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > MAX_ANSWER_BYTES:
            raise AnswerTooLarge(moves_money=moves_money, limit=f"{MAX_ANSWER_BYTES / 1e6:g} MB")
        chunks.append(chunk)
    return b"".join(chunks)


def _json_object(response: httpx.Response) -> dict[str, Any] | None:
    try:
        body = loads(response.content)  # bytes: json detects UTF-8/16/32 itself
    except (ValueError, RecursionError):  # also UnicodeDecodeError; nested too deep
        return None
    return body if isinstance(body, dict) and _shallow(body) else None


def _shallow(value: Any) -> bool:
    """True when ``value`` nests no deeper than MAX_NESTING (level by level, no recursion)."""
    level = [value]
    for _ in range(MAX_NESTING):
        below = [
            child
            for item in level
            for child in (item.values() if isinstance(item, dict) else item)
            if isinstance(child, dict | list)
        ]
        if not below:
            return True
        level = below
    return False


def _refusal(
    body: dict[str, Any], status: int, order_id: int | None, secrets: Iterable[str] = ()
) -> GatewayRefused:
    code = str(body["errorCode"])
    description = body.get("errorDescription")
    secrets = tuple(secrets)
    details = body.get("errorDetails")
    details = details if isinstance(details, dict) else {}
    if order_id is not None and means_no_such_order(code, str(description or "")):
        return OrderNotFound(order_id, str(description or ""), http_status=status)
    pmo = details.get("pmoResultCode")
    return GatewayRefused(
        code,
        str(description or ""),
        details,
        http_status=status,
        pmo_result_code=str(pmo) if pmo is not None else None,
        secrets=secrets,
    )


def interpret(
    response: httpx.Response,
    *,
    moves_money: bool,
    order_id: int | None = None,
    secrets: Iterable[str] = (),
) -> dict[str, Any]:
    """The JSON body of a successful answer, or the error this answer means.

    ``secrets`` (what the request carried: passwords) are masked in any text of a refusal.
    """
    status = response.status_code
    if status == 401:
        raise AuthenticationFailed()
    body = _json_object(response)
    error_body = body is not None and isinstance(body.get("errorCode"), str)
    if body is not None and error_body and body["errorCode"] == "InvalidLogin":
        raise AuthenticationFailed()
    if body is not None and error_body and order_id is not None:
        # "no order found" (HTTP 404 now, 500 before): nothing can have happened to an order
        # that does not exist, so even a money call's 500 with this body is a refusal.
        description = body.get("errorDescription")
        if means_no_such_order(str(body["errorCode"]), str(description or "")):
            raise _refusal(body, status, order_id)
    if status == BLOCKED_BY_CDN and not error_body:
        raise OutcomeUnknown("blocked", moves_money=moves_money, status=status)
    if status >= 500 and (moves_money or not error_body):
        # A 5xx may come from a proxy after the gateway acted: for money, never a refusal.
        raise OutcomeUnknown("server_error", moves_money=moves_money, status=status)
    if body is not None and error_body:
        raise _refusal(body, status, order_id, secrets)
    if body is None or not 200 <= status < 300:
        raise OutcomeUnknown("unreadable", moves_money=moves_money, status=status)
    return body


async def read_with_retries(
    attempt: Callable[[], Awaitable[dict[str, Any]]],
    *,
    retries: int,
    backoff: float,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> dict[str, Any]:
    """Run a read, retrying what cannot have changed anything: failures to connect, 5xx, drops."""
    for number in range(retries + 1):
        try:
            return await attempt()
        except AnswerTooLarge:
            raise  # it would be as large again
        except (NotSent, OutcomeUnknown):
            if number == retries:
                raise
        await sleep(backoff * 2**number)
    raise AssertionError("unreachable")  # pragma: no cover
