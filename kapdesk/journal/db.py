"""Opening the local SQLite database the one way every module shares."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def connect(path: Path | str, *, timeout: float = 10.0) -> sqlite3.Connection:
    """Open (creating if needed) the database at ``path``: WAL, synchronous=FULL, foreign keys.

    ``isolation_level=None`` leaves transactions to the caller (``BEGIN IMMEDIATE`` where a
    write must not interleave with another process).
    """
    _create_owner_only(path)
    conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
    return conn


def _create_owner_only(path: Path | str) -> None:
    # Owner-only from the first byte, as the profile store; SQLite gives the -wal and -shm
    # files the database file's permissions.
    if str(path) != ":memory:" and not Path(path).exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600))
