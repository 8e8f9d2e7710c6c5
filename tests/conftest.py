"""Shared fixtures: a headless Qt platform, a private KAPDESK_HOME, and the real sandbox."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from kapdesk.sandbox.server import (
    DEFAULT_PASSWORD,
    DEFAULT_USER,
    SandboxConfig,
    SandboxServer,
)
from tests.team.cluster import pg_cluster, team_db  # noqa: F401 - team mode's PostgreSQL


@pytest.fixture(autouse=True)
def kapdesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data directory: nothing is written to the real home."""
    home = tmp_path / "kapdesk-home"
    monkeypatch.setenv("KAPDESK_HOME", str(home))
    # Tests read the English texts: start in English whatever this machine's locale says.
    home.mkdir()
    (home / "settings.json").write_text('{"language": "en"}', encoding="utf-8")
    return home


@pytest.fixture(autouse=True)
def _no_error_logs(
    request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture
) -> Iterator[None]:
    """A test fails on an ERROR (or worse) log record it did not announce.

    A green run must not print tracebacks (uvicorn's "Exception in ASGI application", a
    task that died): each is a bug or an expected error that a test marks with
    ``@pytest.mark.error_log("logger name", ...)``, naming whose errors it expects.
    """
    yield
    marker = request.node.get_closest_marker("error_log")
    expected = set(marker.args) if marker is not None else set()
    unexpected = [
        record
        for when in ("setup", "call", "teardown")
        for record in caplog.get_records(when)
        if record.levelno >= logging.ERROR and record.name not in expected
    ]
    if unexpected:
        lines = [f"{r.levelname} {r.name}: {r.getMessage()}" for r in unexpected]
        pytest.fail("unexpected error log:\n" + "\n".join(lines), pytrace=False)


# Far from Baku on both sides of the date line: UTC-11 (a day behind Baku for 15 hours of
# every day) and UTC+14 (a day ahead for 10 hours).
FAR_ZONES = ("Pacific/Pago_Pago", "Pacific/Kiritimati")


@contextmanager
def process_time_zone(name: str) -> Iterator[None]:
    """This process's local time zone is ``name`` for the block (os.environ["TZ"] + tzset)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


@pytest.fixture(params=FAR_ZONES)
def far_zone(request: pytest.FixtureRequest) -> Iterator[str]:
    """The test runs once with the computer set to each of FAR_ZONES."""
    with process_time_zone(request.param):
        yield request.param


@pytest.fixture(scope="session")
def sandbox() -> Iterator[SandboxServer]:
    """One seeded sandbox (seed 1, no faults) for the whole run: do not change seeded orders."""
    with SandboxServer(SandboxConfig(seed=1)) as server:
        yield server


@pytest.fixture
def sandbox_url(sandbox: SandboxServer) -> str:
    return sandbox.base_url


@pytest.fixture
def credentials() -> tuple[str, str]:
    return (DEFAULT_USER, DEFAULT_PASSWORD)


@pytest.fixture
def make_sandbox() -> Iterator[Callable[..., SandboxServer]]:
    """A factory for private sandboxes (``make_sandbox(seed=None, faults=...)``), stopped after."""
    started: list[SandboxServer] = []

    def make(**config: Any) -> SandboxServer:
        server = SandboxServer(SandboxConfig(**config)).start()
        started.append(server)
        return server

    yield make
    for server in reversed(started):
        server.stop()


class StandaloneSandbox:
    """``kapdesk sandbox`` in its own process: its work never competes with the test's GIL."""

    def __init__(self, *args: str) -> None:
        self.config = SandboxConfig()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kapdesk", "sandbox", "--port", "0", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self.process.stdout is not None
        self.base_url = self.process.stdout.readline().strip()
        if not self.base_url.startswith("http://127.0.0.1:"):
            self.stop()
            raise RuntimeError(f"the sandbox did not start: {self.base_url!r}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()


@pytest.fixture
def standalone_sandbox() -> Iterator[Callable[..., StandaloneSandbox]]:
    """A factory: ``standalone_sandbox("--no-seed", "--latency", "20")``, stopped after."""
    started: list[StandaloneSandbox] = []

    def make(*args: str) -> StandaloneSandbox:
        server = StandaloneSandbox(*args)
        started.append(server)
        return server

    yield make
    for server in started:
        server.stop()


_session_status = 0


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    global _session_status
    _session_status = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    # WORKAROUND: PySide6 6.12 with qasync can abort in the interpreter's final garbage
    # collection ("Fatal Python error: bool_dealloc"), turning a green run red after pytest
    # has already reported. Once everything is reported, leave without that finalization.
    if "PySide6" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_session_status)
