"""Free texts of an answer (titles, descriptions) reach people redacted: gateways echo input."""

from __future__ import annotations

import base64

from kapdesk.gateway.parse import loads, parse_order
from tests.gateway.gateway_answers import body, full_order

BASIC = base64.b64encode(b"TerminalSys/shop:terminal-S3cret").decode()


def test_titles_and_descriptions_are_redacted_and_references_kept() -> None:
    echo = f"https://pay.example/flex?id=5531&password=8xjpd1ejxdma Authorization: Basic {BASIC}"
    answer = full_order(title=f"Shop {BASIC}", description=echo + " card 4169741330151778")
    answer["order"]["trans"][0]["description"] = "refund to 4169741330151778 password=abc123"
    order = parse_order(loads(body(answer)), detailed=True)
    shown = " ".join([order.title or "", order.description or "",
                      *(t.description or "" for t in order.transactions)])  # fmt: skip
    for secret in ("8xjpd1ejxdma", BASIC, "4169741330151778", "abc123"):
        assert secret not in shown
    assert "416974******1778" in shown and "id=5531" in shown
    assert order.transactions[0].action_id == "240612-11385786-000tn5="
    assert order.transactions[0].rrn == "17579346"
