"""Cheap checks of what `make package` ships: the spec, the .desktop file, the icons, the help."""

from __future__ import annotations

import ast
import configparser
import re
import shutil
import struct
import subprocess
import tomllib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kapdesk.domain.orders import OrderStatus

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
RESOURCES = ROOT / "resources"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
LANGUAGES = ("az", "en", "ru")


def test_the_spec_parses_and_names_files_that_exist() -> None:
    source = (PACKAGING / "kapdesk.spec").read_text(encoding="utf-8")
    tree = ast.parse(source, "kapdesk.spec")
    called = {
        n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and hasattr(n.func, "id")
    }
    assert {"Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"} <= called
    for needed in ('"keyring.backends"', '"uvicorn"', '"kapdesk"', "qtbase_*.qm", "entry.py"):
        assert needed in source
    for folder in ("icons", "help", "i18n"):
        assert f'RESOURCES / "{folder}"' in source
    assert (PACKAGING / "entry.py").is_file()
    entry = ast.parse((PACKAGING / "entry.py").read_text(encoding="utf-8"))
    imports = [n for n in ast.walk(entry) if isinstance(n, ast.ImportFrom)]
    assert any(n.module == "kapdesk.__main__" and n.names[0].name == "main" for n in imports)


def test_make_package_builds_and_smoke_tests() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\npackage:", 1)[1].split("\n\n", 1)[0]
    assert "pyinstaller --noconfirm" in recipe and "packaging/kapdesk.spec" in recipe
    assert "packaging/smoke.sh" in recipe
    assert "\nscreenshot:" in makefile
    smoke = (PACKAGING / "smoke.sh").read_text(encoding="utf-8")
    assert "--sandbox --exit-after-ready" in smoke and "offscreen" in smoke
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert any(
        d.startswith("pyinstaller")
        for d in pyproject["project"]["optional-dependencies"]["package"]
    )


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(RESOURCES / "kapdesk.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_file_has_what_desktops_need() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "kapdesk" and entry["Icon"] == "kapdesk"
    assert entry["Terminal"] == "false"
    assert set(entry["Categories"].rstrip(";").split(";")) >= {"Office", "Finance"}
    for key in ("Name", "Name[az]", "Name[ru]", "Comment", "Comment[az]", "Comment[ru]"):
        assert entry[key].strip()


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils absent"
)
def test_the_desktop_file_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(RESOURCES / "kapdesk.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", ICON_SIZES)
def test_every_icon_size_exists(size: int) -> None:
    assert _png_size(RESOURCES / "icons" / f"kapdesk-{size}.png") == (size, size)


def test_the_windows_and_macos_icons_hold_every_size() -> None:
    ico = (RESOURCES / "icons" / "kapdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sides = [ico[6 + 16 * i] or 256 for i in range(count)]
    assert sorted(sides) == [16, 24, 32, 48, 64, 128, 256]
    icns = (RESOURCES / "icons" / "kapdesk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic09" in icns and b"icp4" in icns  # 512 and 16 px


class _Sections(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "h2" and values.get("id"):
            self.ids.append(str(values["id"]))
        if tag == "a" and (values.get("href") or "").startswith("#"):
            self.links.append(str(values["href"])[1:])


def _page(language: str) -> tuple[str, _Sections]:
    text = (RESOURCES / "help" / f"{language}.html").read_text(encoding="utf-8")
    parser = _Sections()
    parser.feed(text)
    return text, parser


def test_help_pages_have_the_same_sections_in_every_language() -> None:
    sections = {language: _page(language)[1].ids for language in LANGUAGES}
    assert sections["en"] == [
        "tabs", "statuses", "unknown", "holds", "team", "data", "backup", "keys",
    ]  # fmt: skip
    assert sections["az"] == sections["en"] == sections["ru"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_help_page_covers_what_the_issue_asks(language: str) -> None:
    text, parser = _page(language)
    assert f'lang="{language}"' in text
    assert set(parser.links) <= set(parser.ids), "a contents link points nowhere"
    table = text.split('id="statuses"', 1)[1].split("<h2", 1)[0]
    listed = re.findall(r"<tr><td>(\w+)</td>", table)
    assert listed == [status.value for status in OrderStatus]  # all 13, in the domain's order
    for needed in ("KAPDESK_HOME", "kapdesk journal verify", "AES-256-GCM", "%LOCALAPPDATA%"):
        assert needed in text
    holds = text.split('id="holds"', 1)[1].split("<h2", 1)[0]
    assert "7" in holds and "30" in holds
    team = text.split('id="team"', 1)[1].split("<h2", 1)[0]  # four-eyes and its honest limit
    for needed in ("kapdesk team threshold", "kapdesk approvals send", "--team postgresql://"):
        assert needed in team
    if language == "en":
        assert "only as strong as the custody of the gateway's terminal" in team


def test_the_readme_screenshot_exists_and_its_script_is_ready() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/screenshot.png)" in readme
    width, height = _png_size(ROOT / "docs" / "screenshot.png")
    assert width >= 800 and height >= 500
    script = (PACKAGING / "screenshot.sh").read_text(encoding="utf-8")
    assert "Xvfb" in script and "QT_QPA_PLATFORM=xcb" in script and "screenshot.py" in script
