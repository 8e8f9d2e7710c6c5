"""Switching the language at run time re-translates the widgets and is remembered."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QPushButton

from kapdesk.gui.i18n import (
    Translators,
    i18n_dir,
    save_language,
    saved_language,
    system_language,
)
from kapdesk.gui.lookup.order_rows import STATUS


@pytest.mark.parametrize(("language", "word"), [("ru", "Найти"), ("az", "Axtar")])
def test_switching_language_retranslates_the_lookup_tab(
    qapp: QApplication, console: Any, qtbot: Any, language: str, word: str
) -> None:
    translators = Translators(qapp)
    try:
        translators.use(language)
        qtbot.waitUntil(lambda: console.tab.look_up_button.text() == word, timeout=10_000)
        with qtbot.waitSignal(console.tab.lookup_finished, timeout=10_000):
            console.tab.look_up_text("987654321")
        error = console.tab.model.data(console.tab.model.index(0, STATUS))
        assert error and "987654321" in error and "not found" not in error
    finally:
        translators.use("en")
    qtbot.waitUntil(lambda: console.tab.look_up_button.text() == "Look up", timeout=10_000)


def test_every_language_has_a_built_file() -> None:
    for language in ("az", "en", "ru"):
        assert (i18n_dir() / f"kapdesk_{language}.qm").stat().st_size > 1000
        assert (i18n_dir() / f"kapdesk_{language}.ts").exists()


def test_the_language_is_remembered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAPDESK_HOME", str(tmp_path))
    assert saved_language() is None
    save_language("ru")
    assert saved_language() == "ru"
    assert (tmp_path / "settings.json").exists()


def test_summary_and_detail_follow_a_language_switch(
    qapp: QApplication, console: Any, qtbot: Any
) -> None:
    order_id = console.server.seeded_order_ids()[0]
    tab = console.tab
    with qtbot.waitSignal(tab.lookup_finished, timeout=10_000):
        tab.look_up_text(f"{order_id} 987654321")
    tab._select(order_id)
    assert tab.summary.text() == "2 of 2 read; 1 failed"
    status = tab.detail._values["status"].text()
    translators = Translators(qapp)
    try:
        translators.use("ru")
        qtbot.waitUntil(lambda: tab.look_up_button.text() == "Найти", timeout=10_000)
        assert tab.summary.text() == "Прочитано 2 из 2; с ошибкой: 1"
        assert tab.detail._labels["status"].text() == "Статус:"
        shown = tab.detail._values["status"].text()
        assert shown and shown != status  # the status word itself, in Russian
        assert tab.selected_row() is not None and tab.selected_row().order_id == order_id
        tab._select(987654321)
        assert "987654321" in tab.detail.meaning.text()
        assert "not found" not in tab.detail.meaning.text()
    finally:
        translators.use("en")
    qtbot.waitUntil(lambda: tab.summary.text() == "2 of 2 read; 1 failed", timeout=10_000)


@pytest.mark.parametrize(
    ("ui_languages", "expected"),
    [
        (["C"], "en"),  # LANG=C.UTF-8 or POSIX: no language named, English
        (["ru-Cyrl-RU", "ru-RU", "ru"], "ru"),
        (["az-Latn-AZ", "az"], "az"),
        (["de-DE", "de", "ru-RU"], "ru"),  # the first of the clerk's languages we speak
        (["de-DE", "de"], "en"),
        ([], "en"),
    ],
)
def test_the_first_run_language_comes_from_the_system(
    ui_languages: list[str], expected: str
) -> None:
    assert system_language(ui_languages) == expected


@pytest.mark.parametrize(
    ("lang", "expected"), [("C.UTF-8", "en"), ("POSIX", "en"), ("ru_RU.UTF-8", "ru")]
)
def test_the_system_locale_of_a_real_process_chooses_the_language(lang: str, expected: str) -> None:
    code = (
        "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]); "
        "from kapdesk.gui.i18n import system_language; print(system_language())"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env | {"LANG": lang},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == expected


@pytest.mark.parametrize(
    ("language", "file_type", "cancel"),
    [("ru", "&Типы файлов:", "Отмена"), ("az", "Fayl &növü:", "Ləğv et")],
)
def test_qt_dialogs_speak_the_language_too(
    qapp: QApplication, qtbot: Any, language: str, file_type: str, cancel: str
) -> None:
    translators = Translators(qapp)
    try:
        translators.use(language)
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        qtbot.addWidget(dialog)
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert file_type in labels
        assert not labels & {"Files of &type:", "&Look in:", "File &name:"}
        buttons = {b.text() for b in dialog.findChildren(QPushButton)}
        assert cancel in buttons and "Cancel" not in buttons
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert [b.text() for b in box.buttons()] == [cancel]
    finally:
        translators.use("en")
