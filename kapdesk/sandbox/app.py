"""The sandbox's HTTP face: the gateway's routes under /api, the payment page, faults.

Every /api call needs HTTP Basic auth (401 ``InvalidLogin`` otherwise). Bodies are read
leniently (see :mod:`kapdesk.sandbox.parse`); a body that is not JSON is 400 ``InvalidRequest``.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hmac
import json
import threading
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from kapdesk.sandbox import jsonout, parse, wire
from kapdesk.sandbox.dialect import Dialect
from kapdesk.sandbox.errors import GatewayError, invalid_request, not_found
from kapdesk.sandbox.faults import Faults
from kapdesk.sandbox.state import Gateway
from kapdesk.sandbox.transitions import exec_tran

JSON = "application/json"
ERROR_500_PAGE = (
    "<html><head><title>500 Internal Server Error</title></head>\n"
    "<body><h1>Internal Server Error</h1></body></html>\n"
)
ERROR_520_PAGE = (
    "<html><head><title>520: Web server is returning an unknown error</title></head>\n"
    "<body><h1>Error 520</h1></body></html>\n"
)
MALFORMED_BODY = '{"order": {"id": 1, "status": "FullyPa<html>Service Unavailable'


class ConnectionDropped(Exception):
    """Raised after the answer was started so that uvicorn closes the connection mid-answer."""


class DroppedResponse(Response):
    """Start a 200 answer promising a body, then break off: the client sees a dropped line."""

    def __init__(self) -> None:
        super().__init__()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(b"content-type", JSON.encode()), (b"content-length", b"512")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        raise ConnectionDropped


class Latency:
    """ASGI middleware: wait ``faults.latency_ms`` before every request.

    The wait ends early when the server stops, so that a shutdown never has to cancel a
    request mid-wait (uvicorn logs each cancelled one as an "Exception in ASGI application").
    A client that leaves before its request arrived whole gets no answer and no error log.
    """

    def __init__(self, app: ASGIApp, faults: Faults, stopping: threading.Event) -> None:
        self.app = app
        self.faults = faults
        self.stopping = stopping

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self.faults.latency_ms > 0:
            await self._wait(self.faults.latency_ms / 1000)
        try:
            await self.app(scope, receive, send)
        except ClientDisconnect:
            return  # nobody is listening: there is no one to answer or to tell

    async def _wait(self, seconds: float) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while (left := deadline - loop.time()) > 0:
            if self.stopping.is_set():  # a threading.Event: set by stop() from another thread
                return
            await asyncio.sleep(min(left, 0.05))


def json_response(body: dict[str, Any], status: int = 200) -> Response:
    return Response(jsonout.dumps(body), status_code=status, media_type=JSON)


def error_response(error: GatewayError, dialect: Dialect | None = None) -> Response:
    headers = {"WWW-Authenticate": 'Basic realm="kapdesk sandbox"'} if error.status == 401 else None
    status = error.status
    if dialect is not None and error.is_not_found:
        status = dialect.not_found_status
    return Response(jsonout.dumps(error.body()), status, headers, JSON)


class Api:
    """The route handlers, bound to one gateway state, fault plan and credential pair."""

    def __init__(
        self, gw: Gateway, faults: Faults, user: str, password: str, dialect: Dialect | None = None
    ) -> None:
        self.gw = gw
        self.faults = faults
        self.dialect = dialect or Dialect()
        self._expected = f"{user}:{password}".encode()
        self.stopping = threading.Event()

    def _authorized(self, request: Request) -> bool:
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            given = base64.b64decode(value.strip(), validate=True)
        except (binascii.Error, ValueError):
            return False
        return hmac.compare_digest(given, self._expected)

    async def _hang(self, request: Request) -> Response:
        """The ``timeout`` fault: never answer; end when the client leaves or the server stops."""
        while not self.stopping.is_set():
            if await request.is_disconnected():
                return Response(status_code=204)  # nobody is listening any more
            await asyncio.sleep(0.05)
        return DroppedResponse()

    async def _serve(
        self, request: Request, action: Callable[[Any], dict[str, Any]], *, read: bool
    ) -> Response:
        if not self._authorized(request):
            return error_response(GatewayError(401, "InvalidLogin", "Invalid login or password"))
        fault = self.faults.draw(is_read=read)
        if fault == "error500":
            return Response(ERROR_500_PAGE, 500, media_type="text/html")
        if fault == "error520":
            return Response(ERROR_520_PAGE, 520, media_type="text/html")
        if fault == "timeout":
            return await self._hang(request)
        try:
            body = None if read else await _json_body(request)
            if fault == "malformed":
                return Response(MALFORMED_BODY, 200, media_type=JSON)
            answer = action(body)
        except GatewayError as error:
            return error_response(error, self.dialect)
        if fault == "drop_after_commit":
            return DroppedResponse()
        return json_response(self.dialect.spell(answer))

    # -- routes -------------------------------------------------------------------------------
    async def create_order(self, request: Request) -> Response:
        def action(body: Any) -> dict[str, Any]:
            order = self.gw.create_order(parse.new_order(body))
            return wire.created_answer(order, self.gw.hpp_url)

        return await self._serve(request, action, read=False)

    async def get_order(self, request: Request) -> Response:
        query = request.query_params

        def action(body: Any) -> dict[str, Any]:
            order = self.gw.get(_order_id(request))
            return wire.order_answer(
                order,
                self.gw.hpp_url,
                order_level=_level(query.get("orderDetailLevel")),
                tran_level=_level(query.get("tranDetailLevel")),
                token_level=_level(query.get("tokenDetailLevel")),
            )

        return await self._serve(request, action, read=True)

    async def exec_tran(self, request: Request) -> Response:
        password = request.query_params.get("password")

        def action(body: Any) -> dict[str, Any]:
            order_id = _order_id(request)
            return wire.tran_answer(exec_tran(self.gw, order_id, parse.tran(body), password))

        return await self._serve(request, action, read=False)

    async def set_src_token(self, request: Request) -> Response:
        password = request.query_params.get("password")

        def action(body: Any) -> dict[str, Any]:
            order_id = _order_id(request)
            stored = parse.stored_id(parse.section(body, "token").get("storedId"))
            return wire.token_answer(self.gw.set_src_token(order_id, password, stored))

        return await self._serve(request, action, read=False)

    async def set_dst_token(self, request: Request) -> Response:
        password = request.query_params.get("password")

        def action(body: Any) -> dict[str, Any]:
            order_id = _order_id(request)
            card = parse.section(parse.section(body, "token"), "card")
            pan = parse.text(parse.section(card, "panBlock").get("data"))
            return wire.token_answer(self.gw.set_dst_token(order_id, password, pan))

        return await self._serve(request, action, read=False)

    # The payment page is loaded on its first visit: the console never shows it at start-up.
    async def hpp_form(self, request: Request) -> Response:
        from kapdesk.sandbox import hpp

        return await hpp.show_form(request, self.gw)

    async def hpp_pay(self, request: Request) -> Response:
        from kapdesk.sandbox import hpp

        return await hpp.pay(request, self.gw)


def _order_id(request: Request) -> int:
    raw = request.path_params["order_id"]
    try:
        return int(raw)
    except ValueError:
        raise not_found() from None


def _level(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 1 if value and value.lower() == "true" else 0


async def _json_body(request: Request) -> Any:
    raw = await request.body()
    try:
        return json.loads(raw or b"null", parse_float=Decimal)
    except (ValueError, UnicodeDecodeError):
        raise invalid_request("The request body is not valid JSON") from None


def build_app(api: Api) -> ASGIApp:
    routes = [
        Route("/api/order", api.create_order, methods=["POST"]),
        Route("/api/order/{order_id}", api.get_order, methods=["GET"]),
        Route("/api/order/{order_id}/exec-tran", api.exec_tran, methods=["POST"]),
        Route("/api/order/{order_id}/set-src-token", api.set_src_token, methods=["POST"]),
        Route("/api/order/{order_id}/set-dst-token", api.set_dst_token, methods=["POST"]),
        Route("/flex", api.hpp_form, methods=["GET"]),
        Route("/flex", api.hpp_pay, methods=["POST"]),
    ]
    return Latency(Starlette(routes=routes), api.faults, api.stopping)
