"""kapdesk.log is created owner-only, as the profile store is (and so is each rotated file)."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from kapdesk import logs


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_log_file_is_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o022)
    path = tmp_path / "kapdesk.log"
    handler = logs.install(path)
    assert handler is not None
    try:
        logging.getLogger("kapdesk.test").warning("one line")
        handler.flush()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        handler.doRollover()
        logging.getLogger("kapdesk.test").warning("after rotation")
        handler.flush()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
        os.umask(old)
