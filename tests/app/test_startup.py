"""`kapdesk --sandbox` as a program: the window first, the sandbox in a child that dies with it.

Seen from outside, through /proc (Linux): the console's sandbox child is the process whose
command line holds ``__sandbox-child`` and whose parent is the console.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kapdesk.sandbox.child import COMMAND

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")

PATIENCE_S = 60.0  # generous: a loaded 2-core machine


def _env(home: Path) -> dict[str, str]:
    return os.environ | {"QT_QPA_PLATFORM": "offscreen", "KAPDESK_HOME": str(home)}


def _console(home: Path, *flags: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "kapdesk", "--sandbox", *flags],
        env=_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _stat(pid: int) -> tuple[str, int] | None:
    """(state, parent pid) of a live process, None once it is gone (a zombie is gone)."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    state, ppid = text.rsplit(")", 1)[1].split()[:2]
    return None if state in {"Z", "X"} else (state, int(ppid))


def _children(pid: int) -> Iterator[int]:
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            stat = _stat(int(entry.name))
            if stat is not None and stat[1] == pid:
                yield int(entry.name)


def _sandbox_child(console: subprocess.Popen[str]) -> int | None:
    for pid in _children(console.pid):
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if COMMAND.encode() in command:
            return pid
    return None


def _listening(pid: int) -> bool:
    """Whether ``pid`` holds a TCP socket in LISTEN state (the sandbox serves)."""
    try:
        links = [str(fd.readlink()) for fd in Path(f"/proc/{pid}/fd").iterdir()]
    except OSError:
        return False
    inodes = {link[8:-1] for link in links if link.startswith("socket:[")}
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            fields = row.split()
            if fields[3] == "0A" and fields[9] in inodes:
                return True
    return False


def _wait_for(condition: object, what: str) -> None:
    deadline = time.monotonic() + PATIENCE_S
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {PATIENCE_S:.0f} s")
        time.sleep(0.02)


def _serving_child(console: subprocess.Popen[str]) -> int:
    found: list[int] = []

    def serving() -> bool:
        assert console.poll() is None, console.communicate()[1][-2000:]
        pid = _sandbox_child(console)
        if pid is not None and _listening(pid):
            found.append(pid)
            return True
        return False

    _wait_for(serving, "the sandbox child listening")
    return found[0]


def test_exit_after_shown_paints_the_window_and_exits_zero(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kapdesk", "--sandbox", "--exit-after-shown"],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("shown in "), done.stdout  # printed by the first paint
    assert int(done.stdout.split()[2]) > 0
    assert "Traceback" not in done.stderr


def test_help_names_the_flag() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kapdesk", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "--exit-after-shown" in done.stdout
    assert "--exit-after-ready" in done.stdout
    assert COMMAND not in done.stdout  # the child's command is not for people


def test_the_sandbox_child_goes_when_the_console_exits(tmp_path: Path) -> None:
    console = _console(tmp_path, "--exit-after-ready")
    child = _serving_child(console)
    out, err = console.communicate(timeout=120)
    assert console.returncode == 0, err[-2000:]
    assert out.startswith("ready in ")
    assert _stat(child) is None  # the console waited for it: gone before the console was


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM], ids=["kill-9", "term"])
def test_the_sandbox_child_goes_when_the_console_is_killed(
    tmp_path: Path, signum: signal.Signals
) -> None:
    console = _console(tmp_path)
    try:
        child = _serving_child(console)
        console.send_signal(signum)
        console.wait(timeout=120)
        _wait_for(lambda: _stat(child) is None, "the sandbox child gone after the console")
    finally:
        if console.poll() is None:
            console.kill()
        console.communicate(timeout=120)


def test_unreadable_sandbox_orders_are_a_sentence_and_leave_no_child(tmp_path: Path) -> None:
    (tmp_path / "sandbox-state.db").write_bytes(b"this is not a database" * 100)
    (tmp_path / "settings.json").write_text('{"language": "en"}', encoding="utf-8")
    console = _console(tmp_path, "--exit-after-ready")
    children: set[int] = set()

    def ended() -> bool:
        pid = _sandbox_child(console)
        if pid is not None:
            children.add(pid)
        return console.poll() is not None

    _wait_for(ended, "the console's end")
    out, err = console.communicate(timeout=120)
    assert console.returncode == 1
    assert "cannot be read" in err and "sandbox-state.db" in err
    assert "Traceback" not in err
    assert "ready" not in out
    assert all(_stat(pid) is None for pid in children)
