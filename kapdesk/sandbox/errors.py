"""The gateway's error answers as one exception: HTTP status, errorCode, description, details."""

from __future__ import annotations

from typing import Any


class GatewayError(Exception):
    """Refuse a request the way the bank does: ``{"errorCode", "errorDescription", ...}``."""

    def __init__(
        self,
        status: int,
        code: str,
        description: str,
        details: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(f"{code}: {description}")
        self.status = status
        self.code = code
        self.description = description
        self.details: dict[str, Any] = details or {}

    def body(self) -> dict[str, Any]:
        if self.is_not_found:  # exactly the bank's answer: no errorDetails at all
            return {"errorCode": self.code, "errorDescription": self.description}
        return {
            "errorCode": self.code,
            "errorDescription": self.description,
            "errorDetails": self.details,
        }

    @property
    def is_not_found(self) -> bool:
        return self.code == "ServiceError" and self.description == NO_ORDER_FOUND


# The bank's words for an unknown order (a public client's live tests against the bank's test
# gateway assert them for order 0, short and detailed); the HTTP status is the dialect's.
NO_ORDER_FOUND = "no order found"


def not_found(order_id: int | None = None) -> GatewayError:
    return GatewayError(404, "ServiceError", NO_ORDER_FOUND)


def invalid_request(description: str) -> GatewayError:
    return GatewayError(400, "InvalidRequest", description)


def invalid_amount(description: str) -> GatewayError:
    return GatewayError(400, "InvalidAmt", description)


def invalid_state(description: str) -> GatewayError:
    return GatewayError(400, "InvalidOrderState", description)


def prohibited(description: str) -> GatewayError:
    return GatewayError(400, "TranProhibited", description)
