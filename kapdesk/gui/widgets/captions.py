"""Re-labelling the rows of a QFormLayout, for widgets that follow a run-time language switch."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


def set_captions(form: QFormLayout, captions: tuple[tuple[QWidget, str], ...]) -> None:
    """Give each field's row label its (already translated) text."""
    for field, text in captions:
        label = form.labelForField(field)
        # addRow(str, widget) makes a QLabel; a missing one is a programming error.
        assert isinstance(label, QLabel), field.objectName()
        label.setText(text)
