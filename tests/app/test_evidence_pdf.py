"""The evidence pack as a PDF, read back: a real sandbox order paid with 3-D Secure, refunded
through the MoneyDesk (so the journal has an entry), a case opened and moved; the PDF's text
extracted with pdftotext (poppler-utils, installed by .ci/run; skipped where it is missing)."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import shutil
import subprocess
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from kapdesk.app.evidence_pdf import write_evidence_pdf
from kapdesk.domain.clock import FixedClock
from kapdesk.domain.disputes import Case, reason_for
from kapdesk.domain.orders import OrderType
from kapdesk.gateway.client import DETAIL_LEVELS, NewOrder
from kapdesk.journal.disputes import DisputeCases
from kapdesk.journal.journal import Journal
from kapdesk.operations.disputes import EvidencePack, gather_evidence
from kapdesk.sandbox.server import DEFAULT_PASSWORD, DEFAULT_USER, SandboxServer
from tests.operations.money_helpers import CARD, client_for, desk_for, refund

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
MOMENT = datetime(2026, 12, 1, 21, 30, tzinfo=UTC)  # 2026-12-02 01:30 in Baku


def pdf_text(path: Path, mode: str = "-layout") -> str:
    return subprocess.run(
        ["pdftotext", mode, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_info(path: Path) -> str:
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout


async def _disputed_order(server: SandboxServer, db: Path) -> tuple[EvidencePack, dict[str, Any]]:
    """A Google Pay 3-D Secure order paid on the HPP, refunded 1.00, with a fraud case."""
    async with client_for(server) as client:
        made = await client.create_order(
            NewOrder(OrderType.GOOGLE_PAY_3DS, Decimal("10.00"), "AZN")
        )
        secrets = {"order_password": made.password.reveal(), "pan": CARD["pan"]}
        form = {"id": str(made.id), "password": made.password.reveal(), **CARD}
        async with httpx.AsyncClient() as http:
            paid = await http.post(server.base_url.removesuffix("/api") + "/flex", data=form)
            assert paid.status_code == 200
            answer = await http.get(
                f"{server.base_url}/order/{made.id}", params=DETAIL_LEVELS,
                auth=(DEFAULT_USER, DEFAULT_PASSWORD),
            )  # fmt: skip
        auth = answer.json()["order"]["srcToken"]["card"]["authentication"]
        secrets["cavv"] = json.loads(auth["tdsARes"])["authenticationValue"]
        secrets["cryptVal"] = auth["cryptVal"]
        journal = Journal(db)
        outcome = await refund(desk_for(client, db), made.id, Decimal("1.00"), "mug returned")
        assert outcome.state == "done"
        cases = DisputeCases(db, environment="sandbox", profile="test", clock=FixedClock(MOMENT),
                             os_user="clerk1")  # fmt: skip
        reason = reason_for("10.4")
        cases.open_case(
            Case(made.id, reason.code, reason.scheme, reason.category, Decimal("10.00"), "AZN",
                 date(2026, 12, 1), date(2026, 12, 11), notes="customer says card stolen"),
            why="opened", operator="Aysel",
        )  # fmt: skip
        cases.set_state(made.id, "evidence_sent", why="pack mailed", operator="Aysel")
        pack = await gather_evidence(
            client, journal, cases, made.id, environment="sandbox", profile="test",
            clock=FixedClock(MOMENT),
        )  # fmt: skip
        secrets["refund_rrn"] = outcome.rrn or ""
        return pack, secrets


@pytest.fixture
def disputed(
    make_sandbox: Callable[..., SandboxServer], tmp_path: Path
) -> tuple[EvidencePack, dict[str, Any]]:
    return asyncio.run(_disputed_order(make_sandbox(seed=None), tmp_path / "kapdesk.db"))


def test_the_pack_reads_back_with_the_facts_and_without_a_secret(
    qapp: Any, disputed: tuple[EvidencePack, dict[str, Any]], tmp_path: Path
) -> None:
    pack, secrets = disputed
    out = tmp_path / "pack.pdf"
    pages = write_evidence_pdf(pack, out, "en")
    text = pdf_text(out)
    flat = " ".join(text.split())
    assert pages >= 2 and f"Page 1 of {pages}" in flat and f"Page {pages} of {pages}" in flat
    assert "Generated 2026-12-02 01:30:00 +04:00 (Baku time)" in flat
    assert "A4" in pdf_info(out)
    first_page = " ".join(text.split("\f")[0].split())
    assert (
        "3-D Secure 2.2.0, fully authenticated (ECI 05): for fraud-coded disputes the "
        "liability normally lies with the issuer."
    ) in first_page
    assert f"Refunded 1.00 AZN on 2026-12-02 (RRN {secrets['refund_rrn']}): credit already " \
           "processed." in first_page  # fmt: skip
    assert "What this pack cannot know" in first_page
    for fact in ("416974******1778", "VISA", "KAPITAL", "transStatus", "DS transaction id",
                 "Other fraud, card absent (e-commerce)", "10.4", "kapdesk sandbox merchant",
                 "mug returned", "clerk1 (Aysel)", "pack mailed", "Evidence sent",
                 "CVV2 result"):  # fmt: skip
        assert fact in flat, fact
    ds = next(v.text for s in pack.sections for k, v in s.rows if k == "DS transaction id")
    # A table cell may wrap a long id, even inside it: in reading order, without spaces.
    packed = "".join(pdf_text(out, "-raw").split())
    assert ds and ds in packed
    assert "present (not shown)" in flat
    for name, secret in secrets.items():
        if name != "refund_rrn":
            for extracted in (text, packed, "".join(text.split())):
                assert secret not in extracted and secret[:12] not in extracted, name


LIGATURES = {chr(c) for c in range(0xFB00, 0xFB07)}  # ff, fi, fl, ffi, ffl, ſt, st


def test_an_id_reads_back_letter_for_letter_even_with_ff_in_it(
    qapp: Any, disputed: tuple[EvidencePack, dict[str, Any]], tmp_path: Path
) -> None:
    """A font's ligatures would print "ff" as one glyph that reads back as U+FB00 (seen in CI
    with a random DS transaction id): a clerk copying the id from the PDF gets another id."""
    pack, _ = disputed
    awkward = "30843ffd-cd74-49ae-8bf5-5226743ed6fi"
    sections = tuple(
        dataclasses.replace(s, rows=tuple(
            (k, dataclasses.replace(v, text=awkward) if k == "DS transaction id" else v)
            for k, v in s.rows
        ))
        for s in pack.sections
    )  # fmt: skip
    out = tmp_path / "pack.pdf"
    write_evidence_pdf(dataclasses.replace(pack, sections=sections), out, "en")
    for mode in ("-raw", "-layout"):
        text = pdf_text(out, mode)
        assert not LIGATURES & set(text), mode
        assert awkward in "".join(text.split()), mode


def test_the_pack_is_in_the_clerks_language(
    qapp: Any, disputed: tuple[EvidencePack, dict[str, Any]], tmp_path: Path
) -> None:
    pack, _ = disputed
    expected = {
        "ru": ("Страница 1 из", "Что говорят данные", "Прочее мошенничество, без карты"),
        "az": ("Səhifə 1 /", "Məlumat nə deyir", "Bakı vaxtı"),
    }
    for language, words in expected.items():
        out = tmp_path / f"pack-{language}.pdf"
        write_evidence_pdf(pack, out, language)
        flat = " ".join(pdf_text(out).split())
        for word in words:
            assert word in flat, (language, word)
