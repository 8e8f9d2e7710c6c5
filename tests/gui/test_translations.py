"""Every string the sources mark is translated into az and ru, intact, and built into the .qm."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TRANSLATED = ("az", "ru")
PLURAL_FORMS = {"az": 2, "en": 2, "ru": 3}

_FIELD = re.compile(r"\{[^{}]*\}")
_ARG = re.compile(r"%(?:n|\d)")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


@cache
def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "tools" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def _ts(language: str) -> ET.Element:
    return ET.parse(I18N / f"kapdesk_{language}.ts").getroot()  # noqa: S314 - our own file


def _messages(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def _accelerators(text: str) -> int:
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_has_a_finished_translation(language: str) -> None:
    missing = []
    for context, message in _messages(_ts(language)):
        translation = message.find("translation")
        texts = _texts(message)
        numerus = message.get("numerus") == "yes"
        if (
            translation is None
            or translation.get("type") is not None
            or not all(text.strip() for text in texts)
            or (numerus and len(texts) != PLURAL_FORMS[language])
        ):
            missing.append((context, message.findtext("source")))
    assert missing == []


def test_english_plurals_have_their_own_words() -> None:
    plurals = [m for _, m in _messages(_ts("en")) if m.get("numerus") == "yes"]
    assert plurals
    for message in plurals:
        one, other = _texts(message)
        assert "%n" in one and "%n" in other and one != other


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_placeholders_accelerators_and_tags(language: str) -> None:
    broken = []
    for context, message in _messages(_ts(language)):
        source = message.findtext("source") or ""
        for text in _texts(message):
            same = (
                sorted(_FIELD.findall(text)) == sorted(_FIELD.findall(source))
                and set(_ARG.findall(text)) == set(_ARG.findall(source))
                and sorted(_TAG.findall(text)) == sorted(_TAG.findall(source))
                and _accelerators(text) == _accelerators(source)
                and text.endswith("…") == source.endswith("…")
            )
            if not same:
                broken.append((context, source, text))
    assert broken == []


@pytest.mark.parametrize("language", [*TRANSLATED, "en"])
def test_the_ts_holds_exactly_what_the_sources_mark(language: str, tmp_path: Path) -> None:
    # A string added to the code without `make translations` (or left untranslated) fails here.
    def keys(root: ET.Element) -> set[tuple[str, str]]:
        return {(c, m.findtext("source") or "") for c, m in _messages(root)}

    fresh = keys(_tool().extract(language, tmp_path).getroot())
    assert fresh == keys(_ts(language))


@pytest.mark.parametrize("language", ["az", "en", "ru"])
def test_locations_point_at_existing_files(language: str) -> None:
    stale = []
    for context, message in _messages(_ts(language)):
        locations = message.findall("location")
        for location in locations:
            path = I18N / (location.get("filename") or "")
            if not path.resolve().is_file() or not path.resolve().is_relative_to(ROOT / "kapdesk"):
                stale.append((context, message.findtext("source"), location.get("filename")))
        if not locations:
            stale.append((context, message.findtext("source"), None))
    assert stale == []


@pytest.mark.parametrize("language", ["az", "en", "ru"])
def test_the_qm_is_built_from_the_current_ts(language: str, tmp_path: Path) -> None:
    rebuilt = tmp_path / f"kapdesk_{language}.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), str(I18N / f"kapdesk_{language}.ts"), "-qm", str(rebuilt)],
        check=True,
        capture_output=True,
    )
    assert rebuilt.read_bytes() == (I18N / f"kapdesk_{language}.qm").read_bytes()


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_qm_translates_every_message(language: str) -> None:
    translator = QTranslator()
    assert translator.load(f"kapdesk_{language}", str(I18N))
    wrong = []
    for context, message in _messages(_ts(language)):
        source = message.findtext("source") or ""
        texts = _texts(message)
        if message.get("numerus") == "yes":
            # Plural form 0 of both languages is the one for 1.
            got = translator.translate(context, source, None, 1)
        else:
            got = translator.translate(context, source)
        if got != texts[0]:
            wrong.append((context, source, got))
    assert wrong == []


def test_russian_plurals_follow_the_number() -> None:
    translator = QTranslator()
    assert translator.load("kapdesk_ru", str(I18N))
    source = "%n entries written."
    forms = [translator.translate("JournalTab", source, None, n) for n in (1, 3, 5, 21)]
    assert forms == [
        "Записана %n запись.",
        "Записано %n записи.",
        "Записано %n записей.",
        "Записана %n запись.",
    ]


def test_one_placeholder_style_per_side() -> None:
    """GUI strings number their fields (%1, Qt's style); Qt-free templates name them ({name}).
    A translator never meets both in one string, and a GUI string never a {field}."""
    mixed = []
    for context, message in _messages(_ts("en")):
        source = message.findtext("source") or ""
        files = {loc.get("filename", "") for loc in message.iter("location")}
        in_gui = all("/kapdesk/gui/" in f for f in files) and context != "kapdesk"
        if (_FIELD.search(source) and _ARG.search(source)) or (in_gui and _FIELD.search(source)):
            mixed.append((context, source))
    assert mixed == []
