"""Look up many orders at once: bounded concurrency, results as they come, in input order."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kapdesk.domain.orders import Order
from kapdesk.i18n import N_, UserError, UserMessage

if TYPE_CHECKING:
    from kapdesk.gateway.client import GatewayClient

log = logging.getLogger(__name__)

_SEPARATORS = re.compile(r"[\s,;]+")
MAX_ORDER_ID = 2**63 - 1


@dataclass(frozen=True, slots=True)
class LookupResult:
    """One order id and either the order as read now or why it could not be read."""

    order_id: int
    order: Order | None
    error: UserMessage | None = None

    @property
    def ok(self) -> bool:
        return self.order is not None


def order_from_answer(raw: dict[str, Any], *, detailed: bool) -> Order:
    """An order again from its raw answer (``Order.raw``, as the Lookup table keeps it packed):
    the same parser as the read itself, so the detail pane shows what was read."""
    from kapdesk.gateway.parse import parse_order

    return parse_order({"order": raw}, detailed=detailed)


def parse_order_ids(text: str) -> list[int]:
    """Order ids from pasted text (newlines, commas, semicolons, spaces); duplicates dropped."""
    ids, bad = sort_order_ids(text)
    if bad:
        raise UserError(N_("{token} is not an order id (a positive whole number)."), token=bad[0])
    return ids


def sort_order_ids(text: str) -> tuple[list[int], list[str]]:
    """Pasted text as (order ids, tokens that are not order ids), each once, in order."""
    ids: dict[int, None] = {}
    bad: dict[str, None] = {}
    for token in _SEPARATORS.split(text):
        if not token:
            continue
        digits = token.lstrip("#")
        if not (digits.isdigit() and digits.isascii()) or not 0 < int(digits) <= MAX_ORDER_ID:
            bad.setdefault(token, None)
            continue
        ids.setdefault(int(digits), None)
    return list(ids), list(bad)


async def _read(client: GatewayClient, order_id: int) -> LookupResult:
    try:
        return LookupResult(order_id, await client.get_order(order_id, detailed=True))
    except UserError as exc:
        return LookupResult(order_id, None, exc.message)
    except Exception:
        # One broken answer must not lose the other 299; the details go to the log.
        log.exception("unexpected failure reading order %s", order_id)
        return LookupResult(order_id, None, UserMessage(N_("Unexpected error reading this order.")))


def without_raw(result: LookupResult) -> LookupResult:
    """``result`` without the order's raw answer (a tenth of the memory), for callers that
    keep thousands of results but never show the answer itself (``kapdesk lookup``)."""
    if result.order is None or not result.order.raw:
        return result
    return LookupResult(result.order_id, dataclasses.replace(result.order, raw={}), result.error)


def _everything(result: LookupResult) -> LookupResult:
    return result


async def look_up_many(
    client: GatewayClient,
    ids: Sequence[int],
    *,
    concurrency: int = 8,
    on_result: Callable[[LookupResult], None] | None = None,
    keep: Callable[[LookupResult], LookupResult] | None = _everything,
) -> list[LookupResult]:
    """Read every order (each id once), at most ``concurrency`` at a time.

    ``on_result`` is called as each order finishes (streaming: the Lookup tab and the order
    index take them from there); the returned list follows ``ids`` and holds what ``keep``
    makes of each result, or nothing when ``keep`` is None, so 10,000 orders need not all
    be held at once. Cancelling the calling task stops every read in flight.
    """
    unique = list(dict.fromkeys(ids))
    results: list[LookupResult | None] = [None] * len(unique) if keep is not None else []
    queue = iter(enumerate(unique))

    async def worker() -> None:
        # Workers share one iterator: at most ``concurrency`` reads in flight and no task per
        # id, so 10,000 ids cost 16 tasks, not 10,000.
        for index, order_id in queue:
            result = await _read(client, order_id)
            if keep is not None:
                results[index] = keep(result)
            if on_result is not None:
                on_result(result)

    async with asyncio.TaskGroup() as group:
        for _ in range(max(1, min(concurrency, len(unique)))):
            group.create_task(worker())
    return [r for r in results if r is not None]
