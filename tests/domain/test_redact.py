"""The one redactor: what gateways echo back is masked, ordinary references are kept."""

from __future__ import annotations

import base64

import pytest

from kapdesk.domain.redact import MASK, redact
from kapdesk.gateway.errors import scrub
from kapdesk.journal.scrub import scrub_text
from kapdesk.logs import redact as log_redact

BASIC = base64.b64encode(b"TerminalSys/shop:terminal-S3cret").decode()


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (f"Authorization: Basic {BASIC}", BASIC),
        (f"header was 'Basic {BASIC}'", BASIC),
        (f"credentials {BASIC} refused", BASIC),  # the encoded pair alone
        ("Authorization: Bearer eyJhbGciOi.eyJzdWIi.c2ln", "eyJhbGciOi.eyJzdWIi.c2ln"),
        ("upstream said bearer abc123def456", "abc123def456"),
        ("POST /order/5/exec-tran?password=8xjpd1ejxdma", "8xjpd1ejxdma"),
        ('{"password": "p, w"}', "p, w"),
        ("card 4169 7413 3015 1778 declined", "4169 7413 3015 1778"),
        ("access_token=tok-123456", "tok-123456"),
    ],
)
def test_every_caller_masks_what_a_gateway_echoes(text: str, secret: str) -> None:
    for masker in (redact, log_redact, scrub, scrub_text):
        assert secret not in masker(text), masker
        assert MASK in masker(text) or "******" in masker(text)


def test_known_secrets_are_masked_also_in_the_decoded_user_password_form() -> None:
    text = "login TerminalSys/shop:terminal-S3cret refused"
    assert "terminal-S3cret" in redact(text)  # nothing generic says it is a password
    assert "terminal-S3cret" not in redact(text, ["terminal-S3cret"])
    assert "terminal-S3cret" not in scrub(text, ["terminal-S3cret"])


def test_references_stay_readable() -> None:
    text = "actionId 240612-11385786-000tn5= RRN 17579346 approval 047347 order 5531"
    assert scrub_text(text) == text
    for kept in ("Order_DMS PartiallyPaid Single", "Basic checks failed: Bearer token expired",
                 "basic information", "ServiceError: order 5531 not found"):  # fmt: skip
        assert redact(kept) == kept
