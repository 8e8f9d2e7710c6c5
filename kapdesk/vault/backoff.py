"""Wrong-passphrase counter that survives restarts, and the growing wait after 5 misses."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Final

from kapdesk.vault.atomic import write_atomically

FREE_TRIES: Final = 5
MAX_WAIT_SECONDS: Final = 60.0


def wait_after(failures: int) -> float:
    """Seconds to wait before the next try: 0 for the first 5, then 1, 2, 4 ... up to 60."""
    if failures < FREE_TRIES:
        return 0.0
    return min(MAX_WAIT_SECONDS, float(2 ** (failures - FREE_TRIES)))


class Backoff:
    """Counts wrong tries in a small side file (not secret) next to the store."""

    def __init__(
        self,
        path: Path,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = path
        self._sleep = sleep
        self._clock = clock

    def failures(self) -> int:
        return self._read()[0]

    def remaining(self) -> float:
        """Seconds the next try still has to wait (0 when it may go at once)."""
        failures, last = self._read()
        return max(0.0, min(MAX_WAIT_SECONDS, wait_after(failures) - (self._clock() - last)))

    def wait_turn(self) -> None:
        """Sleep for whatever is left of the wait earned by earlier wrong tries."""
        remaining = self.remaining()
        if remaining > 0:
            self._sleep(remaining)

    def record_failure(self) -> int:
        failures = self._read()[0] + 1
        self._write(failures, self._clock())
        return failures

    def reset(self) -> None:
        if self.path.exists():
            self._write(0, 0.0)

    def _read(self) -> tuple[int, float]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
            return max(0, int(data["failures"])), float(data["last"])
        except (OSError, ValueError, KeyError, TypeError):
            # A missing or mangled counter starts at zero: it guards the UI, not the crypto.
            return 0, 0.0

    def _write(self, failures: int, last: float) -> None:
        write_atomically(self.path, json.dumps({"failures": failures, "last": last}).encode())
