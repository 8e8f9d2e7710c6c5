"""Answers kapdesk must not believe, as a script meets them: a sentence, exit 1, nothing sent."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from kapdesk.sandbox.server import SandboxServer
from tests.cli.test_echoed_secrets import journal_bytes, kapdesk
from tests.gateway.echoing_gateway import EchoingGateway
from tests.operations.money_helpers import paid_order_sync, read_order_sync

MakeSandbox = Callable[..., SandboxServer]
NEVER = lambda method, path: False  # noqa: E731 - echo nothing


def test_answer_for_another_order_is_unreadable_and_no_refund_goes_anywhere(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    asked, other = paid_order_sync(server), paid_order_sync(server)

    def swap(path: str) -> str:  # every read of the one order answers with the other
        return re.sub(rf"/order/{asked}\b", f"/order/{other}", path)

    with EchoingGateway(server.base_url, NEVER, rewrite=swap) as gateway:
        run = kapdesk(gateway.base_url, tmp_path, "refund", str(asked), "--amount", "1",
                      "--reason", "x", "--yes")  # fmt: skip
        lookup = kapdesk(gateway.base_url, tmp_path, "lookup", str(asked))
    assert run.returncode == 1, (run.stdout, run.stderr)
    assert "could not be read" in run.stderr and "Traceback" not in run.stderr
    assert [m for m, _ in gateway.requests if m == "POST"] == []
    for order_id in (asked, other):
        assert read_order_sync(server, order_id).status == "FullyPaid"
    assert b"refund" not in journal_bytes(tmp_path)
    assert lookup.returncode == 1 and "could not be read" in lookup.stdout


def test_answer_nested_200000_deep_is_a_sentence_and_exit_1(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    order_id = paid_order_sync(server)
    deep = ('{"order": ' + "[" * 200_000 + "]" * 200_000 + "}").encode()

    def reply(method: str, path: str) -> tuple[int, bytes] | None:
        return (200, deep) if method == "GET" else None

    with EchoingGateway(server.base_url, NEVER, reply=reply) as gateway:
        run = kapdesk(gateway.base_url, tmp_path, "refund", str(order_id), "--amount", "1",
                      "--reason", "x", "--yes")  # fmt: skip
        lookup = kapdesk(gateway.base_url, tmp_path, "lookup", str(order_id), "--format", "json")
    assert run.returncode == 1, (run.stdout, run.stderr)
    assert "could not be read" in run.stderr
    assert "Traceback" not in run.stderr + lookup.stderr and "Recursion" not in run.stderr
    assert [m for m, _ in gateway.requests if m == "POST"] == []
    assert lookup.returncode == 1
    assert "could not be read" in json.loads(lookup.stdout)[0]["error"]
    assert read_order_sync(server, order_id).status == "FullyPaid"


def test_answer_over_10_mb_is_too_large_and_exit_1(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed=None)
    order_id = paid_order_sync(server)
    huge = b'{"order": {"description": "' + b"x" * 10_500_000 + b'"}}'

    def reply(method: str, path: str) -> tuple[int, bytes] | None:
        return (200, huge) if method == "GET" else None

    with EchoingGateway(server.base_url, NEVER, reply=reply) as gateway:
        run = kapdesk(gateway.base_url, tmp_path, "refund", str(order_id), "--amount", "1",
                      "--reason", "x", "--yes")  # fmt: skip
        lookup = kapdesk(gateway.base_url, tmp_path, "lookup", str(order_id))
    assert run.returncode == 1, (run.stdout, run.stderr)
    assert "too large to read (over 10 MB)" in run.stderr
    assert [m for m, _ in gateway.requests if m == "POST"] == []
    assert lookup.returncode == 1 and "too large" in lookup.stdout
