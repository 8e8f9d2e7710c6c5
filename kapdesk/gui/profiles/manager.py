"""ProfileManagerDialog: add, edit, remove, test and choose the active profile."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kapdesk.gui.profiles.connection_check import ConnectionCheck, TestConnection
from kapdesk.gui.profiles.dialog_parts import MessageLabel, error_text
from kapdesk.gui.profiles.profile_form import ProfileForm
from kapdesk.gui.tasks import Runner, run_inline
from kapdesk.i18n import UserError
from kapdesk.vault.store import ProfileStore

NAME_ROLE = Qt.ItemDataRole.UserRole


class ProfileManagerDialog(QDialog):
    """Works on an unlocked ``store``. Signals: ``profiles_changed()`` after every save or
    removal; ``active_profile_changed(name)`` when "Use this profile" switches (the window
    reconnects to it without a restart)."""

    profiles_changed = Signal()
    active_profile_changed = Signal(str)

    def __init__(
        self,
        store: ProfileStore,
        test_connection: TestConnection,
        run_blocking: Runner = run_inline,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Profiles"))
        self._store, self._run = store, run_blocking
        self._editing: str | None = None  # None: the form holds a new profile
        self.check = ConnectionCheck(test_connection, self)
        self.names = QListWidget()
        self.form = ProfileForm()
        self.message = MessageLabel()
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.use_button = QPushButton(self.tr("Use this profile"))
        self.save_button = QPushButton(self.tr("Save"))
        self.test_button = QPushButton(self.tr("Test connection"))
        self._lay_out()
        self._connect()
        self.reload()

    def _lay_out(self) -> None:
        side = QVBoxLayout()
        side.addWidget(self.names)
        for button in (self.add_button, self.remove_button, self.use_button):
            side.addWidget(button)
        main = QVBoxLayout()
        main.addWidget(self.form)
        main.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.save_button)
        main.addLayout(row)
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addLayout(main, 1)

    def _connect(self) -> None:
        self.names.currentItemChanged.connect(self._selected)
        self.add_button.clicked.connect(self._new_profile)
        self.remove_button.clicked.connect(self._remove_clicked)
        self.use_button.clicked.connect(self._use_clicked)
        self.save_button.clicked.connect(self._save_clicked)
        self.test_button.clicked.connect(self._test_clicked)
        self.check.finished.connect(self._tested)

    def reload(self, select: str | None = None) -> None:
        """Refill the list from the store and select ``select`` (or the active profile)."""
        active = self._store.active_profile_name
        select = select or active
        self.names.blockSignals(True)
        self.names.clear()
        for name in self._store.names():
            label = self.tr("%1 (active)").replace("%1", str(name)) if name == active else name
            item = QListWidgetItem(label)
            item.setData(NAME_ROLE, name)
            self.names.addItem(item)
            if name == select:
                self.names.setCurrentItem(item)
        self.names.blockSignals(False)
        self._selected(self.names.currentItem())

    def selected_name(self) -> str | None:
        item = self.names.currentItem()
        return str(item.data(NAME_ROLE)) if item is not None else None

    def _selected(self, item: QListWidgetItem | None, *_: object) -> None:
        self._editing = item.data(NAME_ROLE) if item is not None else None
        self.form.set_profile(self._store.get(self._editing) if self._editing else None)
        self.remove_button.setEnabled(self._editing is not None)
        self.use_button.setEnabled(self._editing is not None)

    def _new_profile(self) -> None:
        self.names.setCurrentItem(None)  # type: ignore[call-overload]
        self._editing = None
        self.form.set_profile(None)
        self.form.name.setFocus()

    def _save_clicked(self) -> None:
        try:
            profile = self.form.profile()
        except UserError as exc:
            self.message.show_error(error_text(exc))
            return
        old = self._editing
        work = (lambda: self._store.update(old, profile)) if old else (
            lambda: self._store.add(profile))  # fmt: skip
        self.save_button.setEnabled(False)
        self._run(work, lambda _: self._saved(profile.name), self._failed)

    def _saved(self, name: str) -> None:
        self.save_button.setEnabled(True)
        self.message.show_note(self.tr("Saved."))
        self.reload(select=name)
        self.profiles_changed.emit()

    def _failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        self.message.show_error(error_text(exc))

    def _remove_clicked(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        # open() + a signal, never exec(): this may run while coroutines are in flight.
        self.confirm = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove profile"),
            self.tr("Remove the profile \u201c%1\u201d and its stored password?").replace(
                "%1", str(name)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        self.confirm.accepted.connect(lambda: self._remove(name))
        self.confirm.open()

    def _remove(self, name: str) -> None:
        self._run(lambda: self._store.remove(name), lambda _: self._removed(), self._failed)

    def _removed(self) -> None:
        self.reload()
        self.profiles_changed.emit()

    def _use_clicked(self) -> None:
        name = self.selected_name()
        if name is None or not self.use_button.isEnabled():
            return
        self.use_button.setEnabled(False)  # synchronously: a double click switches once
        self._run(
            lambda: self._store.set_active(name), lambda _: self._used(name), self._used_failed
        )

    def _used_failed(self, exc: Exception) -> None:
        self.use_button.setEnabled(True)
        self._failed(exc)

    def _used(self, name: str) -> None:
        self.use_button.setEnabled(True)
        self.reload(select=name)
        self.active_profile_changed.emit(name)

    def _test_clicked(self) -> None:
        try:
            profile = self.form.profile()
        except UserError as exc:
            self.message.show_error(error_text(exc))
            return
        self.test_button.setEnabled(False)
        self.message.show_note(self.tr("Testing the connection…"))
        self.check.start(profile)

    def _tested(self, ok: bool, text: str) -> None:
        self.test_button.setEnabled(True)
        (self.message.show_note if ok else self.message.show_error)(text)
