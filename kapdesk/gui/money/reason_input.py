"""The reason for a money operation: a required category and free text, never left over.

A money form clears it (``clear()``) whenever its order changes or an operation finishes, so
one order's words are never journalled on another.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QBoxLayout, QComboBox, QLineEdit, QSizePolicy, QWidget

from kapdesk.domain.allowances import Operation
from kapdesk.domain.reasons import REASON_CATEGORIES
from kapdesk.gui.widgets.fit import fit_to_items
from kapdesk.i18n import CONTEXT
from kapdesk.operations.checks import reason_required


def category_label(code: str | None) -> str:
    """The category in the current language ("" for none, the code itself when unknown)."""
    if not code:
        return ""
    label = REASON_CATEGORIES.get(code)
    return QCoreApplication.translate(CONTEXT, label) if label else code


class ReasonInput(QWidget):
    """Category box (first item: nothing chosen yet) and the reason's free text beside it."""

    def __init__(self, parent: QWidget | None = None, *, stacked: bool = False) -> None:
        super().__init__(parent)
        # Stacked (category above the words) where the form is a narrow column.
        direction = (
            QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        )
        layout = QBoxLayout(direction, self)
        self._widest = 220 if stacked else 320  # the placeholder's room; the tooltip has it all
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout.setContentsMargins(0, 0, 0, 0)
        self.category_box = QComboBox()
        self.category_box.setObjectName("reasonCategory")
        self.category_box.addItem("", None)  # texts: retranslate()
        for code in REASON_CATEGORIES:
            self.category_box.addItem("", code)
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("reason")
        layout.addWidget(self.category_box)
        layout.addWidget(self.text_edit, 1)
        self.setFocusProxy(self.category_box)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.category_box.setItemText(0, self.tr("Choose a reason…"))
        for i in range(1, self.category_box.count()):
            self.category_box.setItemText(i, category_label(self.category_box.itemData(i)))
        fit_to_items(self.category_box)

    def set_placeholder(self, text: str) -> None:
        self.text_edit.setPlaceholderText(text)
        self.text_edit.setToolTip(text)  # a long placeholder may not fit: the tip shows it all
        metrics = self.text_edit.fontMetrics()
        self.text_edit.setMinimumWidth(min(metrics.horizontalAdvance(text) + 16, self._widest))

    def category(self) -> str | None:
        data = self.category_box.currentData()
        return str(data) if data else None

    def set_category(self, code: str | None) -> None:
        index = self.category_box.findData(code) if code else 0
        self.category_box.setCurrentIndex(max(index, 0))

    def text(self) -> str:
        return self.text_edit.text().strip()

    def clear(self) -> None:
        self.category_box.setCurrentIndex(0)
        self.text_edit.clear()

    def problem(self, operation: Operation) -> str | None:
        """What is missing for ``operation``, in words, or None. Whether it needs a reason is
        operations' rule (``reason_required``); text without a category is always incomplete."""
        if not reason_required(operation) and not self.text() and self.category() is None:
            return None
        if self.category() is None:
            return self.tr("Choose the kind of reason: it is kept in the journal.")
        if not self.text():
            return self.tr("Enter a reason: it is kept in the journal.")
        return None
