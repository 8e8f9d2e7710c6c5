"""Logging for every part: one redaction filter so no secret reaches a log line."""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path
from typing import Any

from kapdesk.domain.cards import mask_card_numbers

# Why each pattern: card numbers (13-19 digits, maybe grouped), passwords in query strings,
# form bodies or JSON, and HTTP Authorization headers.
_PASSWORD = re.compile(
    r"""(?ix)
    (["']?\b(?:password|passwd|pwd|secret|cvv2?)\b["']?\s*[:=]\s*)
    ("[^"]*"|'[^']*'|[^"'&\s,;}]+)  # a quoted value whole (it may hold commas), else a word
    """
)
_AUTHORIZATION = re.compile(r"(?i)(authorization\s*[:=]\s*)(\"?)(basic|bearer)?\s*[^\s\"',}]+")
MASK = "********"


def redact(text: str) -> str:
    """``text`` with card numbers, passwords and Authorization values masked."""
    text = _AUTHORIZATION.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", text)
    text = _PASSWORD.sub(_mask_value, text)
    return mask_card_numbers(text)


def _mask_value(match: re.Match[str]) -> str:
    value = match.group(2)
    quote = value[0] if value[0] in "\"'" else ""
    return f"{match.group(1)}{quote}{MASK}{quote}"


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
