"""How the simulated processing centre answers a card: the bank's test cards approve."""

from __future__ import annotations

import base64
import json
import random
import uuid
from datetime import UTC, datetime

from kapdesk.domain.cards import luhn_valid

# The bank's published test cards, as published now (2025) and before: (expiry, CVV2).
PUBLISHED: dict[str, tuple[tuple[str, str], ...]] = {
    "4169741330151778": (("06/25", "119"), ("11/26", "119")),  # Visa
    "5239151747183468": (("11/27", "602"), ("11/24", "292")),  # Mastercard
}
# Each card with its current CVV2. Any published CVV2 approves, and so does any expiry date:
# the printed dates are past or near, and both the old and the new ones are in use.
TEST_CARDS = {pan: versions[0][1] for pan, versions in PUBLISHED.items()}

APPROVED = "1"
INSUFFICIENT_FUNDS = "59"
INVALID_CARD = "52"
BAD_CVV2 = "81"

DECLINE_TEXT = {
    INSUFFICIENT_FUNDS: "Insufficient funds",
    INVALID_CARD: "Card not found",
    BAD_CVV2: "Bad CVV2",
}
DECLINE_REASON = {
    INSUFFICIENT_FUNDS: "InsufficientFunds",
    INVALID_CARD: "SrcCardInvalid",
    BAD_CVV2: "BadCvv2",
}


def result_code(pan: str, cvv: str | None) -> str:
    """The pmoResultCode for paying with ``pan``; ``cvv`` None means a saved card (no CVV2)."""
    published = PUBLISHED.get(pan)
    if published is not None:
        return APPROVED if cvv is None or cvv in {v[1] for v in published} else BAD_CVV2
    if luhn_valid(pan) and pan.endswith("0002"):
        return INSUFFICIENT_FUNDS
    return INVALID_CARD


def payout_result_code(pan: str) -> str:
    """What crediting ``pan`` answers: any valid card approves, except the declining one."""
    return INSUFFICIENT_FUNDS if pan.endswith("0002") else APPROVED


def brand(pan: str) -> str:
    if pan.startswith("4"):
        return "VISA"
    if pan[:2] in {"34", "37"}:
        return "AMEX"
    if pan[:1] in {"2", "5"}:
        return "MC"
    return "CARD"


def authentication(rng: random.Random, when: datetime, amount: str) -> dict[str, object]:
    """A 3-D Secure 2 result block like the bank's; tdsARes/tdsRReq are JSON inside a string."""
    tran_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    ds_tran_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    cavv = base64.b64encode(rng.randbytes(20)).decode("ascii")
    ares = {
        "messageType": "ARes",
        "messageVersion": "2.2.0",
        "threeDSServerTransID": tran_id,
        "dsTransID": ds_tran_id,
        "transStatus": "Y",
        "authenticationValue": cavv,
        "eci": "05",
    }
    rreq = {
        "messageType": "RReq",
        "messageVersion": "2.2.0",
        "threeDSServerTransID": tran_id,
        "dsTransID": ds_tran_id,
        "transStatus": "Y",
        "purchaseAmount": amount,
    }
    return {
        "needCvv2": True,
        "needTds": True,
        "tranId": tran_id,
        "tdsDsTranId": ds_tran_id,
        "timestamp": when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S"),  # UTC, as the bank
        "tdsProtocolVer": "2.2.0",
        "cryptType": "CAVV",
        "cryptVal": cavv,
        "eci": "05",
        "tdsARes": json.dumps(ares),
        "tdsRReq": json.dumps(rreq),
    }


# Cards the seed (and tests) use to provoke each answer.
VISA = "4169741330151778"
MASTERCARD = "5239151747183468"
DECLINING = "4169741330150002"  # Luhn-valid, ends 0002: insufficient funds (59)
UNKNOWN = "5555555555554444"  # Luhn-valid but not a card the centre knows (52)
