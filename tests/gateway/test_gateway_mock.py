"""The client against httpx.MockTransport: failures mid-call, retries, and what each error means."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

from kapdesk.domain.orders import OrderType
from kapdesk.domain.secret import Secret
from kapdesk.gateway.client import GatewayClient, NewOrder
from kapdesk.gateway.errors import (
    AuthenticationFailed,
    GatewayError,
    GatewayRefused,
    NotSent,
    OrderNotFound,
    OutcomeUnknown,
)
from kapdesk.i18n import UserError
from tests.gateway.gateway_answers import CREATED, DECLINE, TRAN_OK, body, full_order

BASE = "https://gateway.test/api"
TERMINAL_PASSWORD = "terminal-S3cret"
ORDER_PASSWORD = Secret("order-pw-xyz")
PAN = Secret("4169741330151778")
SECRETS = (TERMINAL_PASSWORD, ORDER_PASSWORD.reveal(), PAN.reveal())

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """Counts requests and answers each with the next behaviour in line (the last repeats)."""

    def __init__(self, *behaviours: Handler) -> None:
        self.behaviours = list(behaviours)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        index = min(len(self.requests), len(self.behaviours)) - 1
        return self.behaviours[index](request)


def answer(status: int, data: Any) -> Handler:
    text = data if isinstance(data, str) else body(data)
    return lambda request: httpx.Response(status, text=text)


def raise_(exc_type: type[httpx.TransportError]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc_type("boom", request=request)

    return handler


def make_client(recorder: Recorder, **kwargs: Any) -> GatewayClient:
    delays: list[float] = []

    async def no_sleep(seconds: float) -> None:
        delays.append(seconds)

    kwargs.setdefault("sleep", no_sleep)
    client = GatewayClient(
        BASE,
        "TerminalSys/shop",
        TERMINAL_PASSWORD,
        transport=httpx.MockTransport(recorder),
        **kwargs,
    )
    client.delays = delays  # type: ignore[attr-defined]
    return client


def assert_no_secret(*texts: str) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text


@pytest.mark.asyncio
async def test_read_timeout_on_a_refund_is_unknown_and_sent_once() -> None:
    recorder = Recorder(raise_(httpx.ReadTimeout))
    async with make_client(recorder) as client:
        with pytest.raises(OutcomeUnknown) as caught:
            await client.refund(5531, Decimal("2"), "AZN")
    assert len(recorder.requests) == 1
    assert caught.value.reason == "timeout" and caught.value.moves_money
    assert "may or may not have happened" in str(caught.value)


@pytest.mark.asyncio
async def test_dropped_connection_mid_call_is_unknown_and_sent_once() -> None:
    recorder = Recorder(raise_(httpx.RemoteProtocolError))
    async with make_client(recorder) as client:
        with pytest.raises(OutcomeUnknown) as caught:
            await client.clear(5531, Decimal("1.5"), "AZN")
    assert len(recorder.requests) == 1 and caught.value.reason == "dropped"


@pytest.mark.asyncio
async def test_a_slow_answer_hits_the_deadline() -> None:
    async def slow(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(5)
        return httpx.Response(200, text=body(TRAN_OK))

    transport = httpx.MockTransport(slow)
    async with GatewayClient(BASE, "u", "p", transport=transport, timeout=0.05) as client:
        with pytest.raises(OutcomeUnknown) as caught:
            await client.release(5531)
    assert caught.value.reason == "timeout"


@pytest.mark.asyncio
async def test_connect_error_on_a_read_is_retried_then_not_sent() -> None:
    recorder = Recorder(raise_(httpx.ConnectError))
    async with make_client(recorder, read_retries=3) as client:
        with pytest.raises(NotSent):
            await client.get_order(5531)
    assert len(recorder.requests) == 4
    assert client.delays == [0.2, 0.4, 0.8]  # type: ignore[attr-defined]


@pytest.mark.asyncio
async def test_connect_error_on_money_is_not_sent_and_not_retried() -> None:
    recorder = Recorder(raise_(httpx.ConnectError))
    async with make_client(recorder) as client:
        with pytest.raises(NotSent) as caught:
            await client.reverse(5531)
    assert len(recorder.requests) == 1
    assert "nothing was sent" in str(caught.value)


@pytest.mark.asyncio
async def test_html_500_is_unknown_for_money() -> None:
    recorder = Recorder(answer(500, "<html><body>Internal Server Error</body></html>"))
    async with make_client(recorder) as client:
        with pytest.raises(OutcomeUnknown) as caught:
            await client.refund(5531, Decimal("1"), "AZN")
    assert len(recorder.requests) == 1
    assert caught.value.reason == "server_error" and caught.value.http_status == 500


@pytest.mark.asyncio
async def test_a_500_with_a_gateway_error_body_is_still_unknown_for_money() -> None:
    recorder = Recorder(answer(500, DECLINE))
    async with make_client(recorder) as client:
        with pytest.raises(OutcomeUnknown):
            await client.refund(5531, Decimal("1"), "AZN")


@pytest.mark.asyncio
async def test_html_500_on_a_read_is_retried_until_it_answers() -> None:
    recorder = Recorder(
        answer(502, "<html>Bad gateway</html>"),
        raise_(httpx.ReadTimeout),
        answer(200, full_order()),
    )
    async with make_client(recorder) as client:
        order = await client.get_order(5531)
    assert order.id == 5531 and len(recorder.requests) == 3


@pytest.mark.asyncio
async def test_reads_give_up_after_the_bound() -> None:
    recorder = Recorder(answer(503, "busy"))
    async with make_client(recorder, read_retries=2) as client:
        with pytest.raises(OutcomeUnknown) as caught:
            await client.get_order(5531)
    assert len(recorder.requests) == 3 and not caught.value.moves_money


@pytest.mark.asyncio
async def test_garbage_200_on_money_is_unknown() -> None:
    recorder = Recorder(answer(200, "{not json"))
    async with make_client(recorder) as client:
        with pytest.raises(OutcomeUnknown) as caught:
            await client.clear(1, Decimal("1"), "AZN")
    assert caught.value.reason == "unreadable"


@pytest.mark.asyncio
async def test_a_decline_is_a_refusal_with_the_bank_reason() -> None:
    recorder = Recorder(answer(400, DECLINE))
    async with make_client(recorder) as client:
        with pytest.raises(GatewayRefused) as caught:
            await client.charge_saved_card(5531, ORDER_PASSWORD)
    error = caught.value
    assert (error.code, error.pmo_result_code, error.pmo_text) == (
        "PmoDecline",
        "52",
        "Invalid card",
    )
    assert error.details["declineReason"] == "SrcCardInvalid" and error.http_status == 400
    assert "Invalid card" in str(error)


@pytest.mark.asyncio
async def test_a_200_with_a_decline_code_is_refused() -> None:
    declined = {"tran": {"pmoResultCode": "59"}}
    async with make_client(Recorder(answer(200, declined))) as client:
        with pytest.raises(GatewayRefused) as caught:
            await client.refund(1, Decimal("1"), "AZN")
    assert caught.value.pmo_text == "Insufficient funds"


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "handler",
    [answer(401, ""), answer(400, {"errorCode": "InvalidLogin", "errorDescription": "x"})],
)
async def test_bad_credentials(handler: Handler) -> None:
    async with make_client(Recorder(handler)) as client:
        with pytest.raises(AuthenticationFailed):
            await client.get_order(1)


@pytest.mark.asyncio
async def test_unknown_order_is_not_found() -> None:
    missing = {"errorCode": "ServiceError", "errorDescription": "Order not found"}
    recorder = Recorder(answer(404, missing))
    async with make_client(recorder) as client:
        with pytest.raises(OrderNotFound) as caught:
            await client.get_order(999)
    assert str(caught.value) == "Order 999 was not found." and len(recorder.requests) == 1


@pytest.mark.asyncio
async def test_requests_carry_basic_auth_and_detail_levels() -> None:
    recorder = Recorder(answer(200, full_order()))
    async with make_client(recorder) as client:
        await client.get_order(5531)
    request = recorder.requests[0]
    assert request.url.path == "/api/order/5531"
    assert request.url.params["tranDetailLevel"] == "2"
    assert request.url.params["orderDetailLevel"] == "2"
    expected = base64.b64encode(f"TerminalSys/shop:{TERMINAL_PASSWORD}".encode()).decode()
    assert request.headers["Authorization"] == f"Basic {expected}"


EXEC_TRAN_CASES = [
    (lambda c: c.clear(7, Decimal("1"), "AZN"), {"phase": "Clearing", "amount": "1.00"}),
    (lambda c: c.release(7), {"phase": "Auth", "voidKind": "Full"}),
    (lambda c: c.reverse_clearing(7), {"phase": "Clearing", "voidKind": "Full"}),
    (
        lambda c: c.refund(7, Decimal("2.5"), "AZN"),
        {"phase": "Single", "type": "Refund", "amount": "2.50"},
    ),
    (lambda c: c.reverse(7), {"phase": "Single", "voidKind": "Full"}),
    (
        lambda c: c.reverse(7, Decimal("1"), "AZN"),
        {"phase": "Single", "voidKind": "Partial", "amount": "1.00"},
    ),
    (lambda c: c.credit(7, ORDER_PASSWORD), {"phase": "Single", "type": "Credit"}),
    (
        lambda c: c.charge_saved_card(7, ORDER_PASSWORD),
        {"phase": "Single", "conditions": {"cofUsage": "Recurring"}},
    ),
    (
        lambda c: c.charge_saved_card(7, ORDER_PASSWORD, preauth=True),
        {"phase": "Auth", "conditions": {"cofUsage": "Recurring"}},
    ),
]


@pytest.mark.asyncio
@pytest.mark.parametrize(("call", "tran"), EXEC_TRAN_CASES)
async def test_each_operation_sends_its_body_once(call: Any, tran: dict[str, str]) -> None:
    recorder = Recorder(answer(200, TRAN_OK))
    async with make_client(recorder) as client:
        result = await call(client)
    assert result.approval_code == "053703" and result.rrn == "17302955"
    (request,) = recorder.requests
    assert request.method == "POST" and request.url.path == "/api/order/7/exec-tran"
    assert json.loads(request.content) == {"tran": tran}
    with_password = "cofUsage" in str(tran) or tran.get("type") == "Credit"
    assert (request.url.params.get("password") == ORDER_PASSWORD.reveal()) == with_password


@pytest.mark.asyncio
async def test_create_order_and_tokens() -> None:
    token_answer = {"order": {"status": "Preparing", "srcToken": {"id": 5, "displayName": "x"}}}
    recorder = Recorder(answer(200, CREATED), answer(200, token_answer))
    async with make_client(recorder) as client:
        new = NewOrder(OrderType.PAYOUT, Decimal("3"), "AZN", save_card=True)
        created = await client.create_order(new)
        token = await client.set_destination_card(created.id, created.password, PAN)
    create, dst = recorder.requests
    sent = json.loads(create.content)["order"]
    assert sent["typeRid"] == "OCT" and sent["amount"] == "3.00" and sent["currency"] == "AZN"
    assert sent["aut"] == {"purpose": "AddCard"}
    assert dst.url.path == "/api/order/4595/set-dst-token"
    assert dst.url.params["password"] == "8xjpd1ejxdma"
    assert json.loads(dst.content)["token"]["card"]["panBlock"]["data"] == PAN.reveal()
    assert token.token_id == 5


@pytest.mark.asyncio
async def test_set_source_token_body() -> None:
    recorder = Recorder(answer(200, {"order": {"status": "Preparing"}}))
    async with make_client(recorder) as client:
        await client.set_source_token(8, ORDER_PASSWORD, 5125)
    sent = json.loads(recorder.requests[0].content)
    assert sent == {"order": {"initiationEnvKind": "Server"}, "token": {"storedId": 5125}}


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "handler",
    [
        raise_(httpx.ReadTimeout),
        raise_(httpx.RemoteProtocolError),
        raise_(httpx.ConnectError),
        answer(500, "<html/>"),
        answer(
            400,
            {
                "errorCode": "InvalidToken",
                "errorDescription": f"bad pan {PAN.reveal()}",
                "errorDetails": {"card": [f"number {PAN.reveal()}", "4169 7413 3015 1778"]},
            },
        ),
    ],
)
async def test_no_secret_in_errors_or_logs(
    handler: Handler, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    recorder = Recorder(handler)
    async with make_client(recorder) as client:
        for call in (
            client.set_destination_card(1, ORDER_PASSWORD, PAN),
            client.credit(1, ORDER_PASSWORD),
        ):
            with pytest.raises(GatewayError) as caught:
                await call
            error = caught.value
            everything = repr(vars(error))
            assert_no_secret(str(error), repr(error), repr(error.args), everything)
            assert "7413 3015" not in everything
        assert_no_secret(repr(client))
    assert recorder.requests[1].url.params["password"] == ORDER_PASSWORD.reveal()  # it was sent
    assert_no_secret(caplog.text, *(str(r.__dict__) for r in caplog.records))


@pytest.mark.asyncio
async def test_httpx_request_log_lines_hide_the_order_password(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    async with make_client(Recorder(answer(200, TRAN_OK))) as client:
        await client.credit(1, ORDER_PASSWORD)
    assert "exec-tran?password=********" in caplog.text  # the line is there, redacted
    assert_no_secret(caplog.text)


def test_repr_shows_only_address_and_user() -> None:
    client = GatewayClient(BASE, "TerminalSys/shop", Secret(TERMINAL_PASSWORD))
    assert repr(client) == f"GatewayClient(base_url={BASE!r}, user='TerminalSys/shop')"
    assert_no_secret(repr(client), str(client), repr(vars(client)))


@pytest.mark.parametrize(
    "url",
    [
        "http://gateway.test/api",
        "http://10.0.0.5/api",
        "ftp://gateway.test/api",
        "nonsense",
        "https://user:pw@gateway.test/api",
    ],
)
def test_unsafe_or_broken_addresses_are_refused(url: str) -> None:
    with pytest.raises(UserError):
        GatewayClient(url, "u", "p")


@pytest.mark.parametrize(
    "url",
    [
        "https://e-commerce.kapitalbank.az/api",
        "http://127.0.0.1:8080/api",
        "http://[::1]:9/api",
        "http://localhost:1/api",
        "http://127.3.4.5/api",
    ],
)
def test_https_and_loopback_are_accepted(url: str) -> None:
    assert GatewayClient(url, "u", "p").base_url == url


def test_a_corporate_proxy_is_used_for_the_bank_never_for_loopback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Reads httpx's routing table (private): the only way to see the choice without a proxy.
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.example:3128")
    bank = GatewayClient("https://txpgtst.kapitalbank.az/api", "u", "p")
    local = GatewayClient("http://127.0.0.1:9/api", "u", "p")
    routed = bank._http._transport_for_url(httpx.URL("https://txpgtst.kapitalbank.az/api/order/1"))
    direct = local._http._transport_for_url(httpx.URL("http://127.0.0.1:9/api/order/1"))
    assert "proxy" in type(routed._pool).__name__.lower()
    assert "proxy" not in type(direct._pool).__name__.lower()


@pytest.mark.parametrize(
    "written", ["4169-7413-3015-1778", "pan_4169741330151778", "4169 7413 3015 1778"]
)
def test_a_card_number_echoed_in_a_refusal_is_masked(written: str) -> None:
    error = GatewayRefused("InvalidToken", f"bad card {written}", {"echo": written})
    everything = f"{error} {error!r} {vars(error)!r}"
    assert "7413" not in everything and "3015" not in everything
