"""The console as a program: `kapdesk --sandbox --exit-after-ready` starts, answers and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_exit_after_ready_prints_ready_and_exits_zero(tmp_path: Path) -> None:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "KAPDESK_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "kapdesk", "--sandbox", "--exit-after-ready"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("ready in ")
    assert int(done.stdout.split()[2]) > 0
    assert "Traceback" not in done.stderr
    assert (tmp_path / "kapdesk.db").exists()  # the order index opened in KAPDESK_HOME


def test_a_database_that_cannot_open_is_a_sentence_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "kapdesk.db").mkdir()  # a folder where the database file should be
    (tmp_path / "settings.json").write_text('{"language": "en"}', encoding="utf-8")
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "KAPDESK_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "kapdesk", "--sandbox", "--exit-after-ready"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert "cannot be opened" in done.stderr
    assert "Traceback" not in done.stderr
    assert "ready" not in done.stdout
