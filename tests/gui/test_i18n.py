"""Switching the language at run time re-translates the widgets and is remembered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from kapdesk.gui.i18n import Translators, i18n_dir, save_language, saved_language
from kapdesk.gui.rows import STATUS


@pytest.mark.parametrize(("language", "word"), [("ru", "Найти"), ("az", "Axtar")])
def test_switching_language_retranslates_the_lookup_tab(
    qapp: QApplication, console: Any, qtbot: Any, language: str, word: str
) -> None:
    translators = Translators(qapp)
    try:
        translators.use(language)
        qtbot.waitUntil(lambda: console.tab.look_up_button.text() == word, timeout=2_000)
        with qtbot.waitSignal(console.tab.lookup_finished, timeout=10_000):
            console.tab.look_up_text("987654321")
        error = console.tab.model.data(console.tab.model.index(0, STATUS))
        assert error and "987654321" in error and "not found" not in error
    finally:
        translators.use("en")
    qtbot.waitUntil(lambda: console.tab.look_up_button.text() == "Look up", timeout=2_000)


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
        qtbot.waitUntil(lambda: tab.look_up_button.text() == "Найти", timeout=2_000)
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
    qtbot.waitUntil(lambda: tab.summary.text() == "2 of 2 read; 1 failed", timeout=2_000)
