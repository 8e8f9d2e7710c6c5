"""The About dialog (version, licence, what kapdesk is) and the application icon."""

from __future__ import annotations

from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

import kapdesk
from kapdesk.gui.i18n import i18n_dir

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
LICENCE = "MIT"  # pyproject.toml's licence; shown, not translated (it is a name)


def resources_dir() -> Path:
    """The resources/ folder (repository, installed package or PyInstaller bundle).

    The console's translation lookup already knows where resources/ is; its parent is ours.
    """
    return i18n_dir().parent


def app_icon() -> QIcon:
    """kapdesk's icon in every size we ship, so each desktop picks a sharp one."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in ICON_SIZES:
        path = folder / f"kapdesk-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


class AboutDialog(QDialog):
    """Version, licence and a line on what kapdesk is; opened non-modally (``show()``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        # Here, not at the top: the Qt namespace's enums take ~25 ms to create, and this
        # module is imported before the window's first paint (the Help menu).
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self.version = kapdesk.__version__
        self._logo = QLabel(self)
        self._logo.setPixmap(app_icon().pixmap(64, 64))
        self._logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title = QLabel(self)
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        for widget in (self._logo, self._title, self._text, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(380)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About kapdesk"))
        self._title.setText(
            "<h2>kapdesk</h2>" + self.tr("Version %1").replace("%1", str(self.version))
        )
        lines = (
            self.tr(
                "A back-office console for merchants on Kapital Bank's e-commerce gateway: "
                "look up orders, clear or release holds, refund and pay out to cards."
            ),
            self.tr("Licence: %1.").replace("%1", str(LICENCE)),
            self.tr("Built with Qt %1 and PySide6 %2 (LGPLv3).")
            .replace("%1", str(qVersion()))
            .replace("%2", str(pyside_version)),
        )
        self._text.setText("\n\n".join(lines))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
