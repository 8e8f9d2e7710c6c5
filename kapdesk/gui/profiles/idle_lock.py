"""The idle lock: counts user input, locks after the idle minutes or on demand, unlocks.

Wiring (kapdesk.app.profiles.ProfileDesk does it once per window)::

    idle = IdleLock(store, app, profile.idle_lock_minutes, run_blocking=runner.in_thread("unlock"))
    cover = LockCover(window)
    connect_cover(idle, cover, window.centralWidget(), window)
    window.lock_requested.connect(idle.lock)  # the window's "Lock now" (Ctrl+L)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kapdesk.gui.profiles.dialog_parts import MessageLabel
from kapdesk.gui.profiles.unlock import UnlockDialog
from kapdesk.gui.tasks import Runner, run_inline
from kapdesk.vault.store import ProfileStore

USER_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})  # fmt: skip


class IdleLock(QObject):
    """Locks ``store`` after ``minutes`` without user input. Signals: ``locked()``,
    ``unlocked()``. ``lock()`` calls ``store.lock()``, which drops the key and passwords.

    ``timer`` counts the idle time (a single-shot ``QTimer`` of its own by default); a test
    hands in one that runs on a clock it moves, and so never has to wait for the lock."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        store: ProfileStore,
        app: QCoreApplication,
        minutes: float,
        run_blocking: Runner = run_inline,
        parent: QObject | None = None,
        timer: QTimer | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._run = store, run_blocking
        self.activity = 0  # input events seen: the timer restarts on each
        self._locked = False
        self.dialog: UnlockDialog | None = None
        self._timer = QTimer(self) if timer is None else timer
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock)
        self._app = app
        self.set_minutes(minutes)
        app.installEventFilter(self)

    def stop(self) -> None:
        """Stop watching (the window is closing): no more timer, no more event filter."""
        self._timer.stop()
        self._app.removeEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self._locked

    def set_minutes(self, minutes: float) -> None:
        """Change the idle time (a profile switch); restarts the count."""
        self._timer.setInterval(max(1, round(minutes * 60_000)))
        if not self._locked:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in USER_INPUT and not self._locked:
            self.activity += 1
            self._timer.start()
        return False  # only watching: every event goes on to its widget

    def lock(self) -> None:
        if self._locked:
            return
        self._locked = True
        self._timer.stop()
        self._store.lock()
        self.locked.emit()

    def request_unlock(self, parent: QWidget | None = None) -> None:
        """The OS keyring first (remembered stores); otherwise the unlock dialog."""
        if not self._locked or (self.dialog is not None and self.dialog.isVisible()):
            return
        self._run(self._store.unlock_with_keyring, lambda ok: self._after_keyring(ok, parent),
                  lambda exc: self._after_keyring(False, parent))  # fmt: skip

    def _after_keyring(self, ok: bool, parent: QWidget | None) -> None:
        if ok:
            self._finish_unlock()
            return
        self.dialog = UnlockDialog(self._store, self._run, parent)
        self.dialog.unlocked.connect(self._finish_unlock)
        self.dialog.open()

    def _finish_unlock(self) -> None:
        self._locked = False
        self._timer.start()
        self.unlocked.emit()


class LockCover(QWidget):
    """An opaque panel over the window while locked; its button emits ``unlock_requested``."""

    unlock_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice = QLabel()
        layout.addWidget(self.notice)
        self.unlock_button = QPushButton()
        self.message = MessageLabel()
        layout.addWidget(self.unlock_button)
        layout.addWidget(self.message)
        self.unlock_button.clicked.connect(self.unlock_requested)
        parent.installEventFilter(self)
        self._content: QWidget | None = None
        self.hide()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.notice.setText(self.tr("kapdesk is locked. The credentials were put away."))
        self.unlock_button.setText(self.tr("Unlock…"))

    def engage(self, content: QWidget) -> None:
        """Hide ``content`` (so nothing shows or takes keys) and cover the window."""
        self._content = content
        content.hide()
        self._fit()
        self.show()
        self.raise_()
        self.unlock_button.setFocus()

    def release(self) -> None:
        self.hide()
        self.message.clear_message()
        if self._content is not None:
            self._content.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())


def connect_cover(idle: IdleLock, cover: LockCover, content: QWidget, window: QWidget) -> None:
    """Lock hides ``content`` under ``cover``; the cover's button unlocks; unlock shows it."""
    idle.locked.connect(lambda: cover.engage(content))
    idle.unlocked.connect(cover.release)
    cover.unlock_requested.connect(lambda: idle.request_unlock(window))
