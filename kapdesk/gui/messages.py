"""The message bridge: business code reports errors and news; the window shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kapdesk.i18n import UserError, UserMessage


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def render(message: UserMessage | UserError) -> str:
    """A Qt-free sentence in the current language."""
    return message.render(translate)


class MessageBridge(QObject):
    """Signals the main window shows in its status bar or a non-blocking message box."""

    error = Signal(str)
    info = Signal(str)

    def show_error(self, problem: BaseException | UserMessage | str) -> None:
        if isinstance(problem, UserError | UserMessage):
            self.error.emit(render(problem))
        elif isinstance(problem, str):
            self.error.emit(problem)
        else:
            self.error.emit(
                QCoreApplication.translate(
                    "kapdesk", "Something went wrong. The details are in the log file."
                )
            )

    def show_info(self, text: str) -> None:
        self.info.emit(text)
