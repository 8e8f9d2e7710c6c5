"""Gateway answers shaped like kapital-api.md's examples, for parsing and MockTransport tests."""

from __future__ import annotations

import json
from typing import Any

SHORT_ORDER = """{"order": {"id": 5531, "typeRid": "Order_SMS", "status": "Refunded",
 "prevStatus": "FullyPaid", "lastStatusLogin": "E1010", "amount": 1, "currency": "AZN",
 "createTime": "2024-06-12 15:38:23", "finishTime": "2024-06-12 15:39:17",
 "title": "Othub", "type": {"title": "Single message"}}}"""

TDS_ARES = '{"messageType":"ARes","transStatus":"Y","eci":"05"}'


def full_order(**overrides: Any) -> dict[str, Any]:
    """A detailed answer with every field kapital-api.md names and a few it does not."""
    order: dict[str, Any] = {
        "id": 5531,
        "typeRid": "Order_DMS",
        "status": "PartiallyPaid",
        "prevStatus": "Authorized",
        "amount": 10.5,
        "currency": "AZN",
        "createTime": "2024-06-12 15:38:23",
        "password": "8xjpd1ejxdma",
        "secret": "312866",
        "hppUrl": "https://txpgtst.kapitalbank.az/flex",
        "terminal": {"id": 41, "rid": "T41", "title": "Web shop", "mcc": "5999"},
        "merchant": {"id": 101, "title": "Othub LLC", "businessAddress": {"countryA2": "AZ"}},
        "authorizedChargeAmount": 10.5,
        "clearedChargeAmount": 4,
        "clearedRefundAmount": 0,
        "cvv2AuthStatus": "Required",
        "tdsV2AuthStatus": "Authenticated",
        "storedTokens": [{"id": 5125}],
        "srcToken": {
            "id": 777,
            "displayName": "416974******1778",
            "entryMode": "ECommerce",
            "card": {
                "expiration": "1126",
                "brand": "Visa",
                "authentication": {"tdsProtocolVer": "2.2.0", "eci": "05", "tdsARes": TDS_ARES},
            },
        },
        "type": {"title": "Dual message", "rid": "Order_DMS", "allowVoid": True},
        "someNewField": {"nested": [1, 2]},
        "trans": [
            {
                "approvalCode": "047347",
                "actionId": "240612-11385786-000tn5=",
                "orderId": 5531,
                "isReversal": False,
                "ridByAcquirer": "17579346",
                "ridByPmo": "17579346",
                "regTime": "2024-06-12 15:38:57",
                "clearAmount": 0,
                "amount": 10.5,
                "currency": "AZN",
                "phase": "Auth",
                "type": "Purchase",
                "pmoResultCode": "1",
            },
            {"amount": 4, "phase": "Clearing", "type": "Purchase", "ridByPmo": 17579347},
        ],
    }
    order.update(overrides)
    return {"order": order}


def body(data: Any) -> str:
    return json.dumps(data)


DECLINE = {
    "errorCode": "PmoDecline",
    "errorDescription": "Transaction declined by PMO: Auth Response: 52 - Card not found",
    "errorDetails": {
        "declineReason": "SrcCardInvalid",
        "match": {"ridByPmo": "17947770"},
        "pmoResultCode": "52",
        "pmoDeclineDesc": "Card not found",
    },
}

TRAN_OK = {
    "tran": {
        "approvalCode": "053703",
        "match": {"tranActionId": "240422-13060545-000oed=", "ridByPmo": "17302955"},
        "pmoResultCode": "1",
    }
}

CREATED = {
    "order": {
        "id": 4595,
        "hppUrl": "https://txpgtst.kapitalbank.az/flex",
        "password": "8xjpd1ejxdma",
        "status": "Preparing",
        "cvv2AuthStatus": "Required",
        "secret": "312866",
    }
}
