"""The suite's own alarms: an unannounced ERROR log or a Qt warning fails the test behind it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHECKED = """
import logging

import pytest
from PySide6.QtCore import qWarning


def test_an_error_log_fails() -> None:
    logging.getLogger("kapdesk.somewhere").error("a task died")


@pytest.mark.error_log("kapdesk.somewhere")
def test_an_announced_error_log_passes() -> None:
    logging.getLogger("kapdesk.somewhere").error("expected")


@pytest.mark.error_log("kapdesk.somewhere")
def test_an_error_from_another_logger_still_fails() -> None:
    logging.getLogger("uvicorn.error").error("Exception in ASGI application")


def test_a_qt_warning_fails(qapp) -> None:
    qWarning("QObject::connect: No such signal")


def test_the_offscreen_platform_note_is_ignored(qapp) -> None:
    qWarning("This plugin does not support propagateSizeHints()")
"""


def test_error_logs_and_qt_warnings_fail_the_test(tmp_path: Path) -> None:
    checked = tmp_path / "test_checked.py"
    checked.write_text(CHECKED, encoding="utf-8")
    # The project's own pytest settings and conftest, on a file outside the suite.
    argv = [sys.executable, "-m", "pytest", "-c", str(ROOT / "pyproject.toml"),
            "--rootdir", str(ROOT), "-p", "tests.conftest", "-p", "no:cacheprovider",
            "-q", "-rfE", str(checked)]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    out = done.stdout + done.stderr
    # An error log is reported as an error in the test's teardown: the run is red either way.
    failed = {
        line.split("::")[-1].split()[0]
        for line in out.splitlines()
        if line.startswith(("FAILED", "ERROR ")) and "::" in line
    }
    assert failed == {
        "test_an_error_log_fails",
        "test_an_error_from_another_logger_still_fails",
        "test_a_qt_warning_fails",
    }, out
    assert "ERROR kapdesk.somewhere: a task died" in out
    assert "1 failed, 4 passed, 2 errors" in out, out
