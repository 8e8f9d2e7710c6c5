"""A widget's first paint: noted once, with the callbacks waiting for it (start-up's steps)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Notes ``window``'s first paint: ``done``, ``when`` (a perf_counter time), and calls
    each of ``callbacks`` once."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.done = False
        self.when = 0.0
        self.callbacks: list[Callable[[], object]] = []
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self._note()
        return False

    def _note(self) -> None:
        self.done = True
        self.when = time.perf_counter()
        self._window.removeEventFilter(self)
        callbacks, self.callbacks = self.callbacks, []
        for callback in callbacks:
            callback()
