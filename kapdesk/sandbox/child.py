"""The console's sandbox in a child process: it serves on loopback and dies with its parent.

``kapdesk --sandbox`` starts ``kapdesk __sandbox-child [--seed N] [--state FILE]`` (see
``kapdesk.app.sandbox_start``) so that the simulator's imports (uvicorn, starlette), its seeding
and its requests run on another core than the window. The child:

- reads the Basic-auth password from ``KAPDESK_SANDBOX_PASSWORD`` (never from argv: other
  users see a process's arguments), the published test password without it;
- prints one JSON line on stdout once it listens: ``{"base_url": ..., "user": ...,
  "seeded": [order ids]}``, or ``{"error": "state", "reason": ...}`` when the state file cannot
  be read, ``{"error": "start", "reason": ...}`` when it cannot listen (exit code 1);
- stops when its stdin reaches end of file (the parent closed it, exited, or was killed: the
  system closes a dead process's pipes), when its parent process is gone, or on SIGTERM/SIGINT.
  A stop asked for while it is still starting waits until the start is complete (a half-seeded
  state file would be seeded again on the next run).

Module-level imports stay in the standard library: the parent imports this module for its
constants, and the child's watchers start before the server's heavy imports.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

COMMAND = "__sandbox-child"  # kapdesk's hidden command: `kapdesk __sandbox-child ...`
PASSWORD_VARIABLE = "KAPDESK_SANDBOX_PASSWORD"  # noqa: S105 - a variable's name
PARENT_POLL_S = 1.0  # how often the child checks that its parent is still there


def _watch_stdin(stop: threading.Event) -> None:
    try:
        while sys.stdin.buffer.read(4096):
            pass
    except (OSError, ValueError):
        pass
    stop.set()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"kapdesk {COMMAND}")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--state", type=Path, default=None)
    parser.add_argument("--host", default="127.0.0.1")
    return parser


def _say(message: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def main(argv: Sequence[str]) -> int:
    """Serve until the parent goes; returns the exit code."""
    args = _parser().parse_args(list(argv))
    parent = os.getppid()
    stop = threading.Event()
    threading.Thread(target=_watch_stdin, args=(stop,), name="parent-pipe", daemon=True).start()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())

    import sqlite3

    from kapdesk.sandbox.server import DEFAULT_PASSWORD, SandboxConfig, SandboxServer

    if stop.is_set():  # the parent went while this child imported: nothing opened yet
        return 0
    config = SandboxConfig(
        seed=args.seed,
        host=args.host,
        state_file=args.state,
        password=os.environ.get(PASSWORD_VARIABLE) or DEFAULT_PASSWORD,
    )
    try:
        server = SandboxServer(config)
    except sqlite3.Error as exc:
        _say({"error": "state", "reason": str(exc)})
        return 1
    try:
        server.start()
    except (OSError, RuntimeError) as exc:
        server.stop()
        _say({"error": "start", "reason": str(exc)})
        return 1
    try:
        _say(
            {"base_url": server.base_url, "user": config.user, "seeded": server.seeded_order_ids()}
        )
        while not stop.wait(PARENT_POLL_S):
            if os.getppid() != parent:  # orphaned (adopted by init or a subreaper)
                break
    except OSError:  # stdout gone: the parent is
        pass
    finally:
        server.stop()
    return 0
