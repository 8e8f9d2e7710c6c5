"""Render resources/icons/kapdesk.svg to the PNG sizes desktops need, a .ico and a .icns.

Run from the repository root: ``.venv/bin/python packaging/make_icons.py`` (offscreen Qt).
The outputs are committed, so a build machine needs nothing but this repository.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Windows asks a .ico for 16-256; macOS's .icns takes 16-512 (and 1024, which we skip).
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """One square, transparent, antialiased rendering of the SVG."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG-compressed images (read by Windows Vista and later).

    Written by hand because Qt's ico writer stores one image per file.
    """
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, payload = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + entries + payload


# Apple's element types for PNG payloads (OS X 10.7+); the @2x types reuse our larger PNGs.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)  # fmt: skip


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns (the same file ``iconutil -c icns`` makes from an .iconset of PNGs)."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "kapdesk.svg"))
    if not renderer.isValid():
        raise SystemExit("resources/icons/kapdesk.svg is not a valid SVG")
    images = {size: render(renderer, size) for size in SIZES}
    for size, image in images.items():
        target = ICONS / f"kapdesk-{size}.png"
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"cannot write {target}")
    pngs = {size: png_bytes(image) for size, image in images.items()}
    (ICONS / "kapdesk.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (ICONS / "kapdesk.icns").write_bytes(icns(pngs))
    sys.stdout.write(f"wrote {len(SIZES)} PNGs, kapdesk.ico and kapdesk.icns to {ICONS}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
