"""Looking orders up for the console: the gateway read plus the order index, behind one object.

The GUI reaches the gateway through this service and MoneyDesk, never through httpx itself.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from decimal import Decimal

from kapdesk.domain.orders import Order
from kapdesk.gateway.client import GatewayClient
from kapdesk.journal.store import PAGE_SIZE, IndexedOrder, OrderIndexStore
from kapdesk.operations.lookup import LookupResult, look_up_many
from kapdesk.operations.order_form import OrderForm, read_form

log = logging.getLogger(__name__)

# Orders are written to the index in chunks, off the event loop, so a 1,000-order batch
# costs a handful of transactions instead of a thousand fsyncs.
_FLUSH_EVERY = 100


class OrderLookupService:
    """Reads orders (one or many), remembers each in the index, and searches what is known."""

    def __init__(
        self,
        client: GatewayClient,
        index: OrderIndexStore | None,
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        concurrency: int = 8,
    ) -> None:
        self._client = client
        self._index = index
        self._now = now
        self._concurrency = concurrency

    async def look_up(
        self,
        ids: Sequence[int],
        *,
        on_result: Callable[[LookupResult], None] | None = None,
        keep: bool = True,
    ) -> list[LookupResult]:
        """Read every id (cancellable); each order read is saved in the index.

        With ``keep=False`` results only stream to ``on_result`` and the index (the Lookup
        tab's batches): none is held until the end, and an empty list is returned.
        """
        buffer: list[Order] = []
        flushes: list[asyncio.Task[int]] = []

        def flush() -> None:
            if buffer and self._index is not None:
                chunk = list(buffer)
                flushes.append(
                    asyncio.ensure_future(
                        asyncio.to_thread(self._index.save_many, chunk, self._now())
                    )
                )
            buffer.clear()

        def each(result: LookupResult) -> None:
            if result.order is not None:
                buffer.append(result.order)
                if len(buffer) >= _FLUSH_EVERY:
                    flush()
            if on_result is not None:
                on_result(result)

        try:
            return await look_up_many(
                self._client, ids, concurrency=self._concurrency, on_result=each,
                keep=None if not keep else lambda result: result,
            )  # fmt: skip
        finally:
            # Even a cancelled batch keeps what it has read.
            flush()
            await self._wait(flushes)

    @staticmethod
    async def _wait(flushes: list[asyncio.Task[int]]) -> None:
        for task in flushes:
            try:
                await asyncio.shield(task)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("could not save orders in the index")

    async def form(self, order_id: int) -> OrderForm:
        """A money form's view of one order: re-read in full (and remembered), what it allows."""
        return await read_form(self._client, order_id, index=self._index, now=self._now)

    async def probe(self) -> None:
        """One cheap request; returns once the gateway has answered (even 'no such order')."""
        await self._client.check_access()

    async def search_known(
        self,
        text: str | None = None,
        *,
        rrn: str | None = None,
        approval_code: str | None = None,
        last4: str | None = None,
        amount: Decimal | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        status: str | None = None,
        limit: int = PAGE_SIZE,
        offset: int = 0,
    ) -> list[IndexedOrder]:
        """Known orders matching the criteria, a page at a time (see :func:`search_known`)."""
        if self._index is None:
            return []
        return await asyncio.to_thread(
            search_known, self._index, text, rrn=rrn, approval_code=approval_code,
            last4=last4, amount=amount, since=since, until=until, status=status, limit=limit,
            offset=offset,
        )  # fmt: skip


def search_known(
    index: OrderIndexStore,
    text: str | None = None,
    *,
    rrn: str | None = None,
    approval_code: str | None = None,
    last4: str | None = None,
    amount: Decimal | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    status: str | None = None,
    limit: int = PAGE_SIZE,
    offset: int = 0,
) -> list[IndexedOrder]:
    """The offline search the Lookup tab and ``kapdesk search`` share: orders in ``index``
    matching every criterion, newest first, ``limit`` of them after the first ``offset``
    (see :meth:`OrderIndexStore.search`). Blocking: call it on a thread from the event loop."""
    return index.search(
        text, rrn=rrn, approval_code=approval_code, last4=last4, amount=amount, since=since,
        until=until, status=status, limit=limit, offset=offset,
    )  # fmt: skip
