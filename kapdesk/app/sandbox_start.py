"""The in-process sandbox, started on a thread while the window is being built."""

from __future__ import annotations

import threading
from typing import Any


class SandboxStarter:
    """Starts the in-process sandbox on a thread while the window is being built."""

    def __init__(self, seed: int | None) -> None:
        self.server: Any = None
        self.error: BaseException | None = None
        self._seed = 1 if seed is None else seed
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._start, name="sandbox-start", daemon=True)
        self._thread.start()

    def _start(self) -> None:
        try:
            from kapdesk.sandbox.server import SandboxConfig, SandboxServer

            server = SandboxServer(SandboxConfig(seed=self._seed))
            server.start()
            self.server = server
        except BaseException as exc:  # reported on the GUI thread by wait()
            self.error = exc
            return
        finally:
            self._started.set()
        # httpx imports anyio's asyncio backend on its first request: import it here, while
        # the GUI thread builds the window, rather than on the way to the first answer.
        import anyio._backends._asyncio  # noqa: F401

    def wait(self) -> Any:
        self._started.wait()
        if self.error is not None:
            raise self.error
        return self.server
