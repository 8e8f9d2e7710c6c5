"""Opening the local SQLite database the one way every module shares."""

from __future__ import annotations

import os
import sqlite3
import time
from contextlib import closing
from pathlib import Path

from kapdesk.i18n import N_, UserError


class DatabaseLocked(UserError):
    """Another process held the database for longer than we were willing to wait."""

    def __init__(self, path: Path | str, seconds: float) -> None:
        super().__init__(
            N_("The local database {path} stayed locked by another kapdesk for {seconds} "
               "seconds. Nothing was changed; try again in a moment."),
            path=str(path),
            seconds=f"{seconds:g}",
        )  # fmt: skip


def connect(path: Path | str, *, timeout: float = 10.0) -> sqlite3.Connection:
    """Open (creating if needed) the database at ``path``: WAL, synchronous=FULL, foreign keys.

    ``isolation_level=None`` leaves transactions to the caller (``BEGIN IMMEDIATE`` where a
    write must not interleave with another process). A database another process holds is
    waited for up to ``timeout`` seconds, then :class:`DatabaseLocked` (a sentence).
    """
    _create_owner_only(path)
    conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
    try:
        # First, before any other pragma: every statement after it waits for a lock.
        conn.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
        conn.row_factory = sqlite3.Row
        _journal_mode_wal(conn, time.monotonic() + timeout)
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
    except sqlite3.OperationalError as error:
        conn.close()
        if _locked(error):
            raise DatabaseLocked(path, timeout) from None
        raise
    except BaseException:
        conn.close()
        raise
    return conn


def _journal_mode_wal(conn: sqlite3.Connection, deadline: float) -> None:
    # Two processes switching a new file to WAL at once: SQLite answers the loser "locked"
    # at once, without its busy handler (it would deadlock). Wait and ask again.
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if not _locked(error) or time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


def _locked(error: sqlite3.OperationalError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(error)


def _create_owner_only(path: Path | str) -> None:
    # Owner-only from the first byte, as the profile store; SQLite gives the -wal and -shm
    # files the database file's permissions.
    if str(path) != ":memory:" and not Path(path).exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600))


def holds_other_environments(path: Path | str, environment: str) -> bool:
    """Whether the database at ``path`` has journal entries or known orders of any environment
    but ``environment`` (a missing table holds nothing). Opened plainly: no WAL switch, no
    schema, nothing created, as one looks before deleting the file."""
    with closing(sqlite3.connect(path)) as conn:
        for table in ("journal_events", "order_index"):
            try:
                row = conn.execute(
                    f"SELECT COUNT(*) FROM {table} WHERE environment != ?",  # noqa: S608 - constants
                    (environment,),
                ).fetchone()
            except sqlite3.OperationalError:  # no such table yet
                continue
            if int(row[0]):
                return True
    return False
