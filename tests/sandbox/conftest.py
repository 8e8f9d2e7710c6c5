"""Sandbox test fixtures: callers bound to the shared or a private sandbox."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from kapdesk.sandbox.server import SandboxServer
from tests.sandbox.sandbox_helpers import Caller


@pytest.fixture
def call(sandbox: SandboxServer, credentials: tuple[str, str]) -> Iterator[Caller]:
    caller = Caller(sandbox, credentials)
    yield caller
    caller.close()


@pytest.fixture
def caller_for(credentials: tuple[str, str]) -> Iterator[Callable[[SandboxServer], Caller]]:
    made: list[Caller] = []

    def make(server: SandboxServer) -> Caller:
        made.append(Caller(server, credentials))
        return made[-1]

    yield make
    for caller in made:
        caller.close()
