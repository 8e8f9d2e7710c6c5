"""Logging for every part: one redaction filter so no secret reaches a log line."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path
from typing import Any

from kapdesk.domain.redact import MASK, redact

__all__ = ["MASK", "RedactingFilter", "install", "redact"]


class RedactingFilter(logging.Filter):
    """Rewrites each record's final text (message, arguments and traceback) redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        record.msg = redact(message)
        record.args = None
        return True


class OwnerOnlyFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created owner-only (0600), as the profile store is."""

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def install(log_file: Path | None = None, *, level: int = logging.INFO) -> logging.Handler | None:
    """Attach the filter to the root logger's handlers, and a rotating file when asked."""
    root = logging.getLogger()
    handler: logging.Handler | None = None
    if log_file is not None:
        handler = OwnerOnlyFileHandler(
            log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8", delay=True
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    for each in root.handlers:
        if not any(isinstance(f, RedactingFilter) for f in each.filters):
            each.addFilter(RedactingFilter())
    return handler
