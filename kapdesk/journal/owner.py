"""Which process owns a journal entry, and whether that process is still running."""

from __future__ import annotations

import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Owner:
    """A process, named so that a reused pid is not mistaken for the one that wrote an entry."""

    pid: int
    host: str
    token: str  # when the process started ("" where the OS does not tell us)


def _start_token(pid: int) -> str | None:
    """The process's start time as the OS records it; None when no such process runs."""
    if sys.platform.startswith("linux"):
        try:
            stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
        except OSError:
            return None
        # The command name (field 2) may hold spaces and parentheses: split after the last ')'.
        rest = stat.rsplit(")", 1)[-1].split()
        if not rest or rest[0] in ("Z", "X"):  # zombie or dead: it will never finish its work
            return None
        return rest[19]  # field 22, starttime in clock ticks since boot
    if sys.platform == "win32":
        return _windows_start_token(pid)
    try:
        os.kill(pid, 0)  # POSIX: signal 0 only asks whether the process exists
    except ProcessLookupError:
        return None
    except PermissionError:
        return ""  # exists, owned by someone else
    return ""


def _windows_start_token(pid: int) -> str | None:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    query_limited_information = 0x1000
    still_active = 259
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return None
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return None
        if code.value != still_active:
            return None
        times = [wintypes.FILETIME() for _ in range(4)]
        if not kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
            return ""
        return f"{times[0].dwHighDateTime}:{times[0].dwLowDateTime}"
    finally:
        kernel32.CloseHandle(handle)


def current_owner() -> Owner:
    """This process."""
    pid = os.getpid()
    return Owner(pid=pid, host=socket.gethostname(), token=_start_token(pid) or "")


def is_running(owner: Owner) -> bool | None:
    """True/False for a process on this host; None when it ran on another host (cannot tell)."""
    if owner.host != socket.gethostname():
        return None
    token = _start_token(owner.pid)
    if token is None:
        return False
    # A different start time means the pid was reused by another program after a crash.
    return not (owner.token and token and token != owner.token)
