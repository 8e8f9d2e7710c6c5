"""A full card number never shows up in the sandbox's answers, state or logs."""

from __future__ import annotations

import logging
from pathlib import Path

import httpx
import pytest

from tests.sandbox.sandbox_helpers import Caller

PAN = "5239151747183468"


def test_pan_never_leaks(make_sandbox, caller_for, tmp_path: Path, caplog, capfd) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    state = tmp_path / "state.db"
    server = make_sandbox(seed=None, state_file=state)
    call: Caller = caller_for(server)
    answers = []
    payout = call.create("OCT", "7")
    token = {"token": {"card": {"panBlock": {"data": PAN}}}}
    answers.append(call.post(f"/order/{payout['id']}/set-dst-token", token,
                             password=payout["password"]).text)  # fmt: skip
    answers.append(call.tran(payout["id"], {"phase": "Single", "type": "Credit"},
                             password=payout["password"]).text)  # fmt: skip
    purchase = call.create()
    answers.append(call.pay(purchase, (PAN, "11/24", "292")).text)
    answers.append(call.pay(call.create(), (PAN, "11/24", "000")).text)  # declined: bad CVV2
    answers += [call.http.get(f"{call.base}/order/{o['id']}", params={
        "orderDetailLevel": 2, "tranDetailLevel": 2, "tokenDetailLevel": 2}).text
        for o in (payout, purchase)]  # fmt: skip
    dropped = call.create("OCT")
    server.set_faults({"drop_after_commit": 1.0})
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        call.post(f"/order/{dropped['id']}/set-dst-token", token, password=dropped["password"])
    server.set_faults({})
    assert call.order(dropped["id"])["dstToken"]["displayName"] == "523915******3468"
    server.stop()
    out, err = capfd.readouterr()
    for text in [*answers, caplog.text, out, err, state.read_bytes().decode("latin-1")]:
        assert PAN not in text
    assert "523915******3468" in answers[0]
    assert "Exception in ASGI application" not in caplog.text + err  # the drop stays quiet
