"""Opening the local SQLite database the one way every module shares."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def connect(path: Path | str, *, timeout: float = 10.0) -> sqlite3.Connection:
    """Open (creating if needed) the database at ``path``: WAL, synchronous=FULL, foreign keys.

    ``isolation_level=None`` leaves transactions to the caller (``BEGIN IMMEDIATE`` where a
    write must not interleave with another process).
    """
    conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
    return conn
