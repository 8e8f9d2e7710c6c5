"""The in-process sandbox, started on a thread while the window is being built.

Its state (orders, saved cards) is kept in ``sandbox-state.db`` beside the journal in the data
directory, so a refund made yesterday is still on its order today, as the journal says, and
new order ids do not repeat across runs. "Reset sandbox" (File menu) starts it fresh.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from kapdesk.i18n import N_, UserError

STATE_FILE = "sandbox-state.db"


def state_path() -> Path:
    from kapdesk.vault.paths import data_dir

    return data_dir() / STATE_FILE


class SandboxStarter:
    """Starts the in-process sandbox on a thread while the window is being built.

    ``keep_state`` (the console's default): orders live in :func:`state_path`; otherwise in
    memory, seeded afresh on every start.
    """

    def __init__(self, seed: int | None, *, keep_state: bool = True) -> None:
        self.server: Any = None
        self.error: BaseException | None = None
        self._seed = 1 if seed is None else seed
        self.keep_state = keep_state
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._start, name="sandbox-start", daemon=True)
        self._thread.start()

    def _start(self) -> None:
        try:
            import sqlite3

            from kapdesk.sandbox.server import SandboxConfig, SandboxServer

            state = state_path() if self.keep_state else None
            try:
                server = SandboxServer(SandboxConfig(seed=self._seed, state_file=state))
            except sqlite3.Error as exc:
                raise UserError(
                    N_("The sandbox's saved orders ({path}) cannot be read ({reason}). Delete "
                       "that file to start the sandbox afresh."),
                    path=str(state),
                    reason=str(exc),
                ) from exc  # fmt: skip
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

    def restart_fresh(self) -> SandboxStarter:
        """Stop this sandbox, forget its state, and start a new one from the seed (blocking:
        call it on a thread)."""
        if self.server is not None:
            self.server.stop()
        if self.keep_state:
            path = state_path()
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
        fresh = SandboxStarter(self._seed, keep_state=self.keep_state)
        fresh.wait()
        return fresh


def clear_sandbox_journal() -> None:
    """Remove the journal and order index (``kapdesk.db``) when they hold the sandbox only.

    The journal is append-only and hash-chained: one profile's rows cannot be taken out of it
    without breaking the chain that proves nothing else was changed. So it is cleared only as a
    whole, and only while nothing in it belongs to another environment; otherwise UserError.
    """
    from kapdesk.journal.db import holds_other_environments
    from kapdesk.vault.paths import database_path

    path = database_path()
    if not path.exists():
        return
    if holds_other_environments(path, "sandbox"):
        raise UserError(
            N_("The journal was kept: it also holds entries or orders of other profiles, and "
               "it is cleared only as a whole (its rows are chained). The sandbox's entries "
               "stay in it, marked 'sandbox'."),
        )  # fmt: skip
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
