"""``kapdesk sandbox`` serves standalone: base URL first on stdout, clean exit on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest


@pytest.fixture
def run_sandbox(tmp_path: Path) -> Iterator:  # type: ignore[type-arg]
    started: list[subprocess.Popen[str]] = []

    def run(*args: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen[str], str]:
        process = subprocess.Popen(
            [sys.executable, "-m", "kapdesk", "sandbox", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, **(env or {})},
        )
        started.append(process)
        assert process.stdout is not None
        return process, process.stdout.readline().strip()

    yield run
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=10)


def test_prints_the_base_url_first_and_serves(run_sandbox, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    state = tmp_path / "state.db"
    process, url = run_sandbox("--port", "0", "--seed", "2", "--state", str(state))
    assert url.startswith("http://127.0.0.1:") and url.endswith("/api")
    answer = httpx.get(url + "/order/5001", auth=("TerminalSys/kapital", "kapital123"))
    assert answer.status_code == 200 and answer.json()["order"]["id"] == 5001
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=10) == 0
    assert state.exists()


def test_credentials_from_the_environment(run_sandbox) -> None:  # type: ignore[no-untyped-def]
    process, url = run_sandbox("--no-seed", "--user", "me",
                               env={"KAPDESK_SANDBOX_PASSWORD": "from-env"})  # fmt: skip
    assert httpx.get(url + "/order/5001", auth=("me", "from-env")).status_code == 404
    assert httpx.get(url + "/order/5001", auth=("me", "kapital123")).status_code == 401
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=10) == 0


def test_bad_fault_is_a_usage_error(run_sandbox) -> None:  # type: ignore[no-untyped-def]
    process, first = run_sandbox("--fault", "timeout=2")
    assert first == ""
    assert process.wait(timeout=10) == 2
    assert process.stderr is not None and "between 0 and 1" in process.stderr.read()
