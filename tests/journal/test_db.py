"""Opening the database while another process holds it: waited for, then a sentence."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kapdesk.journal.db import DatabaseLocked, connect
from kapdesk.sandbox.server import DEFAULT_PASSWORD, DEFAULT_USER, SandboxServer

# Another process takes the write lock on a new file (not yet WAL: even readers must wait,
# and switching it to WAL needs the lock) and keeps it until its stdin says "release".
HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("CREATE TABLE IF NOT EXISTS t (x)")
conn.execute("BEGIN EXCLUSIVE")
conn.execute("INSERT INTO t VALUES (1)")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
print("released", flush=True)
"""


class Holder:
    def __init__(self, path: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "locked"

    def release(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None and self.process.stdout is not None
            self.process.stdin.write("release\n")
            self.process.stdin.flush()
            assert self.process.stdout.readline().strip() == "released"
        self.process.communicate(timeout=30)


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[Holder]:
    one = Holder(tmp_path / "kapdesk.db")
    yield one
    one.release()


def test_a_lock_that_is_let_go_is_waited_for(tmp_path: Path, holder: Holder) -> None:
    # A third process opens while the lock is held and is let go only once it is waiting.
    opener = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from kapdesk.journal.db import connect; print('opening', flush=True); "
         "c = connect(sys.argv[1], timeout=60); "
         "print(c.execute('PRAGMA journal_mode').fetchone()[0], flush=True)",
         str(tmp_path / "kapdesk.db")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert opener.stdout is not None
    assert opener.stdout.readline().strip() == "opening"
    holder.release()
    out, err = opener.communicate(timeout=60)
    assert (opener.returncode, out.strip(), err) == (0, "wal", "")


def test_a_lock_that_stays_is_a_sentence(tmp_path: Path, holder: Holder) -> None:
    with pytest.raises(DatabaseLocked) as caught:
        connect(tmp_path / "kapdesk.db", timeout=0.5)
    assert str(caught.value) == (
        f"The local database {tmp_path / 'kapdesk.db'} stayed locked by another kapdesk "
        "for 0.5 seconds. Nothing was changed; try again in a moment."
    )


def test_the_busy_timeout_is_set_first(tmp_path: Path) -> None:
    conn = connect(tmp_path / "kapdesk.db", timeout=2.5)
    try:
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 2500
    finally:
        conn.close()


@pytest.mark.slow
def test_a_money_command_on_a_locked_journal_says_so(
    tmp_path: Path, sandbox: SandboxServer
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    held = Holder(home / "kapdesk.db")
    try:
        done = subprocess.run(
            [sys.executable, "-m", "kapdesk", "refund", "5001", "--amount", "1", "--reason",
             "x", "--yes", "--base-url", sandbox.base_url, "--user", DEFAULT_USER],
            env={**os.environ, "KAPDESK_HOME": str(home), "KAPDESK_PASSWORD": DEFAULT_PASSWORD},
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
    finally:
        held.release()
    assert "Traceback" not in done.stderr
    assert "stayed locked by another kapdesk" in done.stderr
    assert done.returncode == 3  # refused: nothing was sent
