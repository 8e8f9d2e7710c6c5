"""Update resources/i18n/*.ts from the sources and build the .qm files (``make translations``).

pyside6-lupdate is told that ``N_`` works like ``QT_TR_NOOP``; at module level that puts the
strings in an unnamed context, while ``UserMessage.render`` translates them in "kapdesk". So
each .ts is extracted fresh, the unnamed context is renamed "kapdesk", and the translations
already made are carried over by (context, source).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("az", "en", "ru")
BIN = Path(sys.executable).parent


def _sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "kapdesk").rglob("*.py"))


def _known(ts: Path) -> dict[tuple[str, str], ET.Element]:
    if not ts.exists():
        return {}
    tree = ET.parse(ts)  # noqa: S314 - our own files
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and ((translation.text or "").strip() or len(translation)):
                found[(name, message.findtext("source") or "")] = translation
    return found


def _merge_unnamed(root: ET.Element) -> None:
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    unnamed = contexts.pop("", None)
    if unnamed is None:
        return
    target = contexts.get("kapdesk")
    if target is None:
        unnamed.find("name").text = "kapdesk"  # type: ignore[union-attr]
        return
    sources = {m.findtext("source") for m in target.iter("message")}
    for message in list(unnamed.iter("message")):
        if message.findtext("source") not in sources:
            target.append(message)
    root.remove(unnamed)


def _english(message: ET.Element, translation: ET.Element, source: str) -> None:
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for _ in range(2):  # English: one, other
            ET.SubElement(translation, "numerusform").text = source
    else:
        translation.text = source


def update(language: str) -> tuple[int, int]:
    ts = I18N / f"kapdesk_{language}.ts"
    known = _known(ts)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts.name
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                *_sources(),
                "-tr-function-alias",
                "QT_TR_NOOP+=N_",
                "-source-language",
                "en",
                "-target-language",
                language,
                "-ts",
                str(fresh),
            ],
            check=True,
            capture_output=True,
        )
        tree = ET.parse(fresh)  # noqa: S314
    root = tree.getroot()
    _merge_unnamed(root)
    total = done = 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            total += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            old = known.get((name, source))
            if language == "en":
                _english(message, translation, source)
                done += 1
            elif old is not None:
                translation.text = old.text
                for form in old:
                    translation.append(form)
                translation.attrib.pop("type", None)
                done += 1
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )
    return done, total


def main() -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        done, total = update(language)
        print(f"{language}: {done} of {total} translated")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
