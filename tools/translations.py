"""Update resources/i18n/*.ts from the sources and build the .qm files (``make translations``).

pyside6-lupdate is told that ``N_`` works like ``QT_TR_NOOP``; at module level that puts the
strings in an unnamed context, while ``UserMessage.render`` translates them in "kapdesk". So
each .ts is extracted fresh (vanished strings are dropped), the unnamed context is merged into
"kapdesk", and the translations already made are carried over by (context, source).
English is the source language: its .ts repeats the source, and only the plural forms of
``%n`` messages are written by hand.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("az", "en", "ru")
BIN = Path(sys.executable).parent


def _sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "kapdesk").rglob("*.py"))


def is_finished(translation: ET.Element | None) -> bool:
    """True when a <translation> has text (or every plural form has) and is not unfinished."""
    if translation is None or translation.get("type") in {"unfinished", "obsolete", "vanished"}:
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def _known(ts: Path) -> dict[tuple[str, str], ET.Element]:
    if not ts.exists():
        return {}
    tree = ET.parse(ts)  # noqa: S314 - our own files
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and is_finished(translation):
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


def extract(language: str, directory: Path = I18N) -> ET.ElementTree[ET.Element]:
    """What the sources ask to translate now, with the unnamed context merged into "kapdesk".

    The fresh file is made in ``directory``, so in resources/i18n its locations are right.
    """
    fresh = directory / f".fresh_kapdesk_{language}.ts"
    fresh.unlink(missing_ok=True)
    try:
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                *_sources(),
                "-tr-function-alias",
                "QT_TR_NOOP+=N_",
                "-no-obsolete",
                "-locations",
                "absolute",
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
    finally:
        fresh.unlink(missing_ok=True)
    _merge_unnamed(tree.getroot())
    return tree


def _carry_over(translation: ET.Element, old: ET.Element) -> None:
    translation.text = old.text
    for form in list(translation):
        translation.remove(form)
    for form in old:
        translation.append(form)
    translation.attrib.pop("type", None)


def release(ts: Path, qm: Path) -> None:
    """Build ``qm`` from ``ts`` with pyside6-lrelease."""
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def update(language: str) -> tuple[int, int]:
    ts = I18N / f"kapdesk_{language}.ts"
    known = _known(ts)
    tree = extract(language)
    root = tree.getroot()
    total = done = 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            total += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            old = known.get((name, source))
            if language == "en" and message.get("numerus") != "yes":
                # The source text is English: the English file repeats it, so that every
                # message is finished there too; only plurals need words of their own.
                translation.text = source
                translation.attrib.pop("type", None)
                done += 1
            elif old is not None:
                _carry_over(translation, old)
                done += 1
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    release(ts, ts.with_suffix(".qm"))
    return done, total


def main() -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        done, total = update(language)
        print(f"{language}: {done} of {total} translated")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
