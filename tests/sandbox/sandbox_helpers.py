"""Sandbox test helpers: a plain httpx caller that speaks the gateway's wire format."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx

from kapdesk.sandbox.server import SandboxServer

VISA = ("4169741330151778", "11/26", "119")
DECLINING = ("4169741330150002", "11/26", "123")
UNKNOWN = ("5555555555554444", "11/26", "123")
FULL = {"orderDetailLevel": 2, "tranDetailLevel": 2, "tokenDetailLevel": 2}


class Caller:
    """Calls one sandbox the way a third-party client would (JSON in, Decimal-parsed JSON out)."""

    def __init__(self, server: SandboxServer, auth: tuple[str, str]) -> None:
        self.server = server
        self.base = server.base_url
        self.root = server.root_url
        self.http = httpx.Client(auth=auth, timeout=10)

    def close(self) -> None:
        self.http.close()

    @staticmethod
    def body(response: httpx.Response) -> Any:
        return json.loads(response.text, parse_float=Decimal)

    def post(self, path: str, body: Any, **params: Any) -> httpx.Response:
        return self.http.post(self.base + path, json=body, params=params or None)

    def create(self, type_rid: str = "Order_SMS", amount: Any = "10.00", **extra: Any) -> dict:
        order = {"typeRid": type_rid, "amount": amount, "currency": "AZN", **extra}
        response = self.post("/order", {"order": order})
        assert response.status_code == 200, response.text
        return dict(self.body(response)["order"])

    def order(self, order_id: int, **params: Any) -> dict:
        response = self.http.get(f"{self.base}/order/{order_id}", params=params or FULL)
        assert response.status_code == 200, response.text
        return dict(self.body(response)["order"])

    def pay(self, created: dict, card: tuple[str, str, str] = VISA) -> httpx.Response:
        pan, expiry, cvv = card
        form = {"id": created["id"], "password": created["password"], "pan": pan,
                "expiry": expiry, "cvv": cvv}  # fmt: skip
        return self.http.post(f"{self.root}/flex", data=form, auth=None)

    def paid(self, type_rid: str = "Order_SMS", amount: str = "10.00") -> dict:
        created = self.create(type_rid, amount)
        assert self.pay(created).status_code == 200
        return created

    def tran(self, order_id: int, tran: dict, **params: Any) -> httpx.Response:
        return self.post(f"/order/{order_id}/exec-tran", {"tran": tran}, **params)
