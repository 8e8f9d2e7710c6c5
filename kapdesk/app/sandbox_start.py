"""The console's sandbox: a child process serving on loopback, started before the window.

The simulator runs in its own process (``kapdesk.sandbox.child``) so that its imports (uvicorn,
starlette), its seeding and its answers use the other core while this one builds the window.
It stops with the console: ``stop()`` on a normal exit; and since the child stops when its
stdin reaches end of file, it also goes when the console dies (an exception, SIGTERM, kill -9:
the system closes a dead process's pipes).

Its state (orders, saved cards) is kept in ``sandbox-state.db`` beside the journal in the data
directory, so a refund made yesterday is still on its order today, as the journal says, and
new order ids do not repeat across runs. "Reset sandbox" (File menu) starts it fresh.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from kapdesk.i18n import N_, UserError
from kapdesk.sandbox.child import COMMAND, PASSWORD_VARIABLE

STATE_FILE = "sandbox-state.db"
SANDBOX_USER = "TerminalSys/kapital"  # the bank's published test user (kapdesk.sandbox.server)
STOP_TIMEOUT_S = 20.0  # a child that has not gone by then is killed


def state_path() -> Path:
    from kapdesk.vault.paths import data_dir

    return data_dir() / STATE_FILE


def child_command(arguments: Sequence[str]) -> list[str]:
    """``kapdesk __sandbox-child ARGS`` as this program runs: frozen (PyInstaller) or not."""
    if getattr(sys, "frozen", False):
        return [sys.executable, COMMAND, *arguments]
    return [sys.executable, "-m", "kapdesk", COMMAND, *arguments]


def serve_child(argv: Sequence[str]) -> int:
    """The child's side (``kapdesk __sandbox-child``): serve until the parent goes."""
    from kapdesk.sandbox.child import main

    return main(argv)


class ChildConfig:
    """How to log in to the child (a plain class: dataclasses costs ~10 ms of imports before
    the child can start)."""

    def __init__(self, user: str, password: str) -> None:
        self.user = user
        self.password = password

    def __repr__(self) -> str:
        return f"ChildConfig(user={self.user!r})"  # never the password


class SandboxChild:
    """The running child as the console sees it: where it listens, how to log in, its seeded
    orders; ``stop()`` ends it."""

    def __init__(self, process: subprocess.Popen[bytes], base_url: str, config: ChildConfig,
                 seeded: Sequence[int]) -> None:  # fmt: skip
        self.process = process
        self.base_url = base_url
        self.config = config
        self._seeded = list(seeded)

    @property
    def pid(self) -> int:
        return self.process.pid

    def seeded_order_ids(self) -> list[int]:
        return list(self._seeded)

    def stop(self) -> None:
        _stop_process(self.process)


def _stop_process(process: subprocess.Popen[bytes]) -> None:
    """Close the child's stdin (it stops, saving its state), wait, kill it if it lingers."""
    if process.stdin is not None and not process.stdin.closed:
        with contextlib.suppress(OSError):  # a broken pipe: the child is gone already
            process.stdin.close()
    try:
        process.wait(STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    if process.stdout is not None:
        process.stdout.close()


class SandboxStarter:
    """Starts the sandbox child at once; ``wait()`` (blocking: call it on a thread) gives the
    running ``SandboxChild`` or raises why it did not start.

    ``keep_state`` (the console's default): orders live in :func:`state_path`; otherwise in
    memory, seeded afresh on every start.
    """

    def __init__(self, seed: int | None, *, keep_state: bool = True) -> None:
        self.server: SandboxChild | None = None
        self.error: BaseException | None = None
        self._seed = 1 if seed is None else seed
        self.keep_state = keep_state
        self._lock = threading.Lock()
        self._done = False
        # A fresh password per run: nothing else on this computer logs in to this sandbox.
        self._password = os.urandom(12).hex()
        self._state = state_path() if keep_state else None
        arguments = ["--seed", str(self._seed)]
        if self._state is not None:
            arguments += ["--state", str(self._state)]
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows: no console flashes up
        self.process = subprocess.Popen(
            child_command(arguments),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=os.environ | {PASSWORD_VARIABLE: self._password},
            creationflags=flags,
        )

    @property
    def starting(self) -> bool:
        """True until the child said it listens (or why it cannot)."""
        return not self._done

    def wait(self) -> SandboxChild:
        with self._lock:
            if not self._done:
                self._read_answer()
                self._done = True
        if self.error is not None:
            raise self.error
        assert self.server is not None
        return self.server

    def _read_answer(self) -> None:
        import json

        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        try:
            answer = json.loads(line) if line.strip() else {}
        except ValueError:
            answer = {}
        if "base_url" in answer:
            config = ChildConfig(str(answer.get("user") or SANDBOX_USER), self._password)
            seeded = [int(order_id) for order_id in answer.get("seeded", [])]
            self.server = SandboxChild(self.process, str(answer["base_url"]), config, seeded)
            return
        _stop_process(self.process)
        reason = str(answer.get("reason") or f"exit code {self.process.returncode}")
        if answer.get("error") == "state":
            self.error = UserError(
                N_("The sandbox's saved orders ({path}) cannot be read ({reason}). Delete "
                   "that file to start the sandbox afresh."),
                path=str(self._state),
                reason=reason,
            )  # fmt: skip
        else:
            self.error = UserError(N_("The sandbox did not start ({reason})."), reason=reason)

    def stop(self) -> None:
        """End the child, started or not (blocking: it waits for the child to go)."""
        _stop_process(self.process)

    def restart_fresh(self) -> SandboxStarter:
        """Stop this sandbox, forget its state, and start a new one from the seed (blocking:
        call it on a thread)."""
        self.stop()
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
