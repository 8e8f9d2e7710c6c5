"""Qt-free text for the user: messages that the GUI translates and the CLI prints in English.

Layers below the GUI must not import Qt, yet every user-visible sentence has to pass
through Qt's translation machinery. They mark their sentences with ``QT_TRANSLATE_NOOP``
(this module's own pure-Python twin of Qt's, which ``pyside6-lupdate`` extracts by name)
and raise :class:`UserError`; the GUI renders it with ``QCoreApplication.translate``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

CONTEXT = "kapdesk"

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def N_(text: str) -> str:
    """Shorthand for ``QT_TRANSLATE_NOOP("kapdesk", text)`` (lupdate is told about it)."""
    return text


def _english(context: str, text: str) -> str:
    return text


class UserMessage:
    """A sentence for the user: a translatable template and the values to put in it.

    Templates use ``{name}`` fields, filled after translation so translators can move them.
    """

    __slots__ = ("params", "template")

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params: Mapping[str, Any] = params

    def render(self, translate: Translate = _english) -> str:
        text = translate(CONTEXT, self.template)
        try:
            return text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            # A broken translation must not hide the message: fall back to English.
            return self.template.format(**self.params)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"UserMessage({self.template!r})"


class UserError(Exception):
    """An error meant for the user, in their words; never carries a secret."""

    def __init__(self, template: str, **params: Any) -> None:
        self.message = UserMessage(template, **params)
        super().__init__(str(self.message))

    def render(self, translate: Translate = _english) -> str:
        return self.message.render(translate)
