"""Crash-safe, owner-only file writes: temp file, fsync, replace, keep the previous copy."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    # Created owner-only from the first byte: chmod after writing would leave a window.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _sync_directory(path.parent)


def replace_keeping_previous(path: Path, data: bytes, backup: Path) -> None:
    """Write ``data`` to ``path``; the bytes it held before become ``backup``."""
    if path.exists():
        write_atomically(backup, path.read_bytes())
    write_atomically(path, data)


def _sync_directory(directory: Path) -> None:
    # The rename itself lives in the directory: sync it too where the OS allows (not Windows).
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
