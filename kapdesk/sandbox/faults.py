"""Fault injection: latency on every request, and faults drawn per request by probability.

Kinds: ``error500`` (an HTML 500 page; nothing done), ``timeout`` (never answers; nothing
done), ``drop_after_commit`` (the operation is committed, then the connection is closed
without an answer), ``malformed`` (200 with a body that is not JSON; nothing done),
``error520`` (the production host's CDN refusing the caller: an HTML 520; nothing done).
"""

from __future__ import annotations

import random
import threading

KINDS = ("error500", "timeout", "drop_after_commit", "malformed", "error520")


def validate(faults: dict[str, float]) -> dict[str, float]:
    """The faults as given, or ValueError naming what is wrong (kind or probability)."""
    checked: dict[str, float] = {}
    for kind, probability in faults.items():
        if kind not in KINDS:
            raise ValueError(f"unknown fault {kind!r}; choose from {', '.join(KINDS)}")
        value = float(probability)
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"fault probability for {kind} must be between 0 and 1")
        checked[kind] = value
    return checked


class Faults:
    """Which fault (if any) hits the next request; its own random stream for repeatability."""

    def __init__(
        self,
        faults: dict[str, float] | None = None,
        *,
        seed: int | None = None,
        latency_ms: int = 0,
        reads: bool = False,
    ) -> None:
        self._lock = threading.Lock()
        self._rng = random.Random(seed)
        self.faults = validate(faults or {})
        self.latency_ms = latency_ms
        self.reads = reads

    def set(self, faults: dict[str, float]) -> None:
        checked = validate(faults)
        with self._lock:
            self.faults = checked

    def draw(self, *, is_read: bool) -> str | None:
        """The fault for one request: one draw decides among the kinds, in KINDS order."""
        if is_read and not self.reads:
            return None
        with self._lock:
            if not self.faults:
                return None
            roll = self._rng.random()
            edge = 0.0
            for kind in KINDS:
                edge += self.faults.get(kind, 0.0)
                if roll < edge:
                    return kind
        return None
