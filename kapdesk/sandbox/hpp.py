"""The hosted payment page: ``GET /flex`` shows a card form, ``POST /flex`` pays the order.

The form posts ``id``, ``password``, ``pan``, ``expiry`` (MM/YY) and ``cvv`` urlencoded, so
a script pays exactly as a browser does. The card number is used once and never echoed back.
The link may name the order ``id=`` (the bank's) or ``orderId=`` (one driver's).

After paying, the customer is sent back to the order's ``hppRedirectUrl`` with ``ID`` (the
order id), ``STATUS`` (its status then: provisional, the truth is ``GET /order/{id}``) and,
when the card was saved, ``TOKENID`` (the stored card id). Like the bank, nothing else: no
order password (an acquirer on the same engine adds ``PASSWORD``; ours does not).
"""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qs, urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from kapdesk.sandbox import testcards
from kapdesk.sandbox.errors import GatewayError
from kapdesk.sandbox.model import Order
from kapdesk.sandbox.state import Gateway

_EXPIRY = re.compile(r"^(0[1-9]|1[0-2])/?(\d{2})$")

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
<body><h1>{title}</h1>{body}</body></html>
"""

_FORM = """<p>Order {id}: {amount} {currency}</p>
{error}<form method="post" action="flex">
<input type="hidden" name="id" value="{id}">
<input type="hidden" name="password" value="{password}">
<label>Card number <input name="pan" autocomplete="cc-number" inputmode="numeric"></label>
<label>Expiry (MM/YY) <input name="expiry" autocomplete="cc-exp"></label>
<label>CVV2 <input name="cvv" autocomplete="cc-csc" inputmode="numeric"></label>
<button type="submit">Pay</button>
</form>"""


def page(title: str, body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(_PAGE.format(title=html.escape(title), body=body), status_code=status)


def _problem(error: GatewayError) -> HTMLResponse:
    return page("Payment not possible", f"<p>{html.escape(error.description)}</p>", error.status)


def _form(order: Order, error: str = "") -> HTMLResponse:
    body = _FORM.format(
        id=order.id,
        amount=order.amount,
        currency=html.escape(order.currency),
        password=html.escape(order.password),
        error=f'<p class="error">{html.escape(error)}</p>' if error else "",
    )
    return page("kapdesk sandbox: pay", body, 200 if not error else 400)


def _order(gw: Gateway, raw_id: str | None, password: str | None) -> Order:
    try:
        order_id = int(raw_id or "")
    except ValueError:
        raise GatewayError(400, "InvalidRequest", "The order id is missing") from None
    order = gw.get(order_id)
    gw.check_password(order, password)
    return order


async def show_form(request: Request, gw: Gateway) -> Response:
    query = request.query_params
    try:
        raw_id = query.get("id") or query.get("ID") or query.get("orderId")
        order = _order(gw, raw_id, query.get("password"))
    except GatewayError as error:
        return _problem(error)
    if order.status != "Preparing":
        return page("Order already processed", f"<p>Order {order.id} is {order.status}.</p>")
    return _form(order)


def _field(form: dict[str, list[str]], name: str) -> str:
    return (form.get(name) or [""])[0].strip()


async def pay(request: Request, gw: Gateway) -> Response:
    form = parse_qs((await request.body()).decode("utf-8", "replace"))
    try:
        order = _order(gw, _field(form, "id"), _field(form, "password"))
    except GatewayError as error:
        return _problem(error)
    pan = "".join(ch for ch in _field(form, "pan") if ch not in " -")
    expiry = _EXPIRY.match(_field(form, "expiry"))
    cvv = _field(form, "cvv")
    if not (pan.isdigit() and 13 <= len(pan) <= 19):
        return _form(order, "Enter the card number (13 to 19 digits).")
    if expiry is None:
        return _form(order, "Enter the expiry date as MM/YY.")
    if not (cvv.isdigit() and len(cvv) in (3, 4)):
        return _form(order, "Enter the 3 or 4 digit CVV2.")
    tds = None
    if order.type_rid == "GN3D":
        tds = testcards.authentication(gw.rng, gw.now(), str(order.amount))
    try:
        order = gw.pay_by_card(order.id, order.password, pan, expiry[1] + expiry[2], cvv, tds=tds)
    except GatewayError as error:
        return _problem(error)
    return _result(order)


def _result(order: Order) -> Response:
    if order.hpp_redirect_url:
        glue = "&" if "?" in order.hpp_redirect_url else "?"
        answer: dict[str, object] = {"ID": order.id, "STATUS": order.status}
        if order.src_token is not None and order.src_token.stored_id is not None:
            answer["TOKENID"] = order.src_token.stored_id
        target = order.hpp_redirect_url + glue + urlencode(answer)
        return RedirectResponse(target, status_code=303)
    if order.status == "Declined":
        code = order.trans[-1].pmo_result_code
        text = testcards.DECLINE_TEXT.get(code, "Declined")
        return page("Payment declined", f"<p>Order {order.id}: {code} - {html.escape(text)}</p>")
    return page("Payment approved", f"<p>Order {order.id} is {order.status}.</p>")
