"""Loading Qt translators (ours and Qt's own) and remembering the clerk's language."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import kapdesk
from kapdesk.vault.paths import data_dir

log = logging.getLogger(__name__)

# Language names are written in their own language on purpose: a clerk who cannot read the
# current language must still find theirs.
LANGUAGES: dict[str, str] = {"az": "Azərbaycanca", "en": "English", "ru": "Русский"}
DEFAULT_LANGUAGE = "en"  # when the system names none of ours (C, POSIX, German…)
_SETTINGS = "settings.json"


def i18n_dir() -> Path:
    """Where the .qm files are: inside the installed package, or resources/ in the repository."""
    package = Path(kapdesk.__file__).resolve().parent
    for candidate in (package / "resources" / "i18n", package.parent / "resources" / "i18n"):
        if candidate.is_dir():
            return candidate
    return package.parent / "resources" / "i18n"


def qt_translations_dir() -> str:
    """Where PySide6 keeps Qt's own .qm files (qtbase_ru.qm, …)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def _settings_path() -> Path:
    return data_dir() / _SETTINGS


def load_settings() -> dict[str, object]:
    try:
        data = json.loads(_settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def saved_language() -> str | None:
    language = load_settings().get("language")
    return language if isinstance(language, str) and language in LANGUAGES else None


def save_language(language: str) -> None:
    settings = load_settings() | {"language": language}
    path = _settings_path()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(settings, indent=2), encoding="utf-8")
    tmp.replace(path)


def system_language(ui_languages: Sequence[str] | None = None) -> str:
    """The first of the system's languages kapdesk speaks; English otherwise.

    ``ui_languages`` is the system's preference list (QLocale: LANGUAGE, LC_ALL, LC_MESSAGES,
    LANG on Unix; the user's display languages on Windows and macOS). A C or POSIX locale
    (``LANG=C.UTF-8`` on servers and containers) names no language: English, the source.
    """
    names = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    for name in names:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


class Translators:
    """The installed translators; switching language swaps them and Qt sends LanguageChange."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def use(self, language: str) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = language if language in LANGUAGES else DEFAULT_LANGUAGE
        # English too: the source text is English, but its plurals ("1 entry", "2 entries")
        # live in kapdesk_en.qm.
        ours = QTranslator(self._app)
        if ours.load(f"kapdesk_{self.language}", str(i18n_dir())):
            self._install(ours)
        else:
            log.warning("no translation file for %s in %s", self.language, i18n_dir())
        # Qt's own dialogs (file dialog, standard buttons): Qt's translation, installed last so
        # it is asked first; what it lacks (all of Azerbaijani, which Qt does not ship) comes
        # from ours (kapdesk.gui.qt_words), else stays English.
        qt = QTranslator(self._app)
        if self.language != "en" and qt.load(f"qtbase_{self.language}", qt_translations_dir()):
            self._install(qt)

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)
