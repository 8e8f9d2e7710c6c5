"""A dispute's evidence pack as a PDF, with Qt's own writer (QPdfWriter + QTextDocument).

A4, in the clerk's language (the pack's English templates translated in the "kapdesk"
context, this page's own words in "EvidencePdf"), a footer on every page with the page
number and the generation time with its zone. Only QtGui is needed: the command line makes
an offscreen QGuiApplication (:func:`write_evidence_pdf`); the console passes its own.
The pack holds no secret (``kapdesk.operations.disputes``); this module adds none.
"""

from __future__ import annotations

import html
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kapdesk.operations.disputes import EvidencePack, Value

Translate = Callable[[str, str], str]
_CONTEXT = "EvidencePdf"


def _words(translate: Translate) -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    # Listed here, with literal arguments, so that lupdate finds them.
    return {
        "title": QCoreApplication.translate("EvidencePdf", "Dispute evidence pack: order %1"),
        "generated": QCoreApplication.translate("EvidencePdf", "Generated %1 (Baku time)"),
        "says": QCoreApplication.translate("EvidencePdf", "What the data says"),
        "unknown": QCoreApplication.translate("EvidencePdf", "What this pack cannot know"),
        "page": QCoreApplication.translate("EvidencePdf", "Page %1 of %2"),
        "note": QCoreApplication.translate(
            "EvidencePdf",
            "Card numbers are masked; order passwords and 3-D Secure authentication values "
            "are never included.",
        ),
    }


def _cell(value: Value, translate: Translate) -> str:
    text = translate("kapdesk", value.text) if value.translate and value.text else value.text
    if text and " " not in text:  # an id, RRN or code: never broken at its hyphens
        return f"<span style='white-space: nowrap'>{html.escape(text)}</span>"
    return html.escape(text)


def pack_html(pack: EvidencePack, translate: Translate) -> str:
    """The pack as the HTML QTextDocument lays out (first page: the plain words)."""
    words = _words(translate)
    from kapdesk.operations.disputes import when

    def t(text: str) -> str:
        return html.escape(translate("kapdesk", text))

    out = [
        "<html><body style='font-family: \"DejaVu Sans\", sans-serif; font-size: 9pt'>",
        f"<h1>{html.escape(words['title'].replace('%1', str(pack.order_id)))}</h1>",
        f"<p>{html.escape(words['generated'].replace('%1', when(pack.generated_at)))}</p>",
        f"<h2>{html.escape(words['says'])}</h2><ul>",
        *(f"<li>{html.escape(m.render(translate))}</li>" for m in pack.findings),
        f"</ul><h2>{html.escape(words['unknown'])}</h2><ul>",
        *(f"<li>{html.escape(m.render(translate))}</li>" for m in pack.unknowns),
        f"</ul><p><i>{html.escape(words['note'])}</i></p>",
    ]
    for number, section in enumerate(pack.sections):
        style = " style='page-break-before: always'" if number == 0 else ""
        out.append(f"<h2{style}>{t(section.title)}</h2>")
        out.append("<table border='1' cellspacing='0' cellpadding='3' width='100%'>")
        for label, value in section.rows:
            out.append(f"<tr><td width='35%'><b>{t(label)}</b></td>"
                       f"<td>{_cell(value, translate)}</td></tr>")  # fmt: skip
        out.append("</table>")
    for table in pack.tables:
        out.append(f"<h2>{t(table.title)}</h2>")
        if not table.rows:
            out.append(f"<p>{t(table.empty)}</p>")
            continue
        out.append("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>")
        out += [f"<th>{t(h)}</th>" for h in table.headers]
        out.append("</tr>")
        for row in table.rows:
            out.append("<tr>" + "".join(f"<td>{_cell(v, translate)}</td>" for v in row) + "</tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)


def render_pdf(pack: EvidencePack, path: Path, translate: Translate | None = None) -> int:
    """Write the pack to ``path`` (atomically: a half-written file never stands there); the
    number of pages. Needs a QGuiApplication; translations are whatever is installed."""
    from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

    translate = translate or QCoreApplication.translate
    words = _words(translate)
    from kapdesk.operations.disputes import when

    directory = path.resolve().parent
    handle, temporary = tempfile.mkstemp(prefix=".evidence-", suffix=".pdf", dir=directory)
    os.close(handle)
    try:
        writer = QPdfWriter(temporary)
        writer.setResolution(300)
        writer.setTitle(words["title"].replace("%1", str(pack.order_id)))
        writer.setCreator("kapdesk")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        document = QTextDocument()
        document.documentLayout().setPaintDevice(writer)
        # No ligatures: with them "ff" in an id is one glyph, and a clerk who copies the id
        # out of the PDF (or a reader that searches it) gets U+FB00 instead of two letters.
        font = document.defaultFont()
        font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        document.setDefaultFont(font)
        document.setHtml(pack_html(pack, translate))
        width, height = writer.width(), writer.height()
        footer = height * 0.05
        document.setPageSize(QSizeF(width, height - footer))
        pages = document.pageCount()
        painter = QPainter(writer)
        try:
            stamp = words["generated"].replace("%1", when(pack.generated_at))
            for page in range(pages):
                if page:
                    writer.newPage()
                painter.save()
                painter.translate(0, -page * (height - footer))
                clip = QRectF(0, page * (height - footer), width, height - footer)
                document.drawContents(painter, clip)
                painter.restore()
                text = words["page"].replace("%1", str(page + 1)).replace("%2", str(pages))
                box = QRectF(0, height - footer * 0.8, width, footer * 0.8)
                painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft), stamp)
                painter.drawText(box, int(Qt.AlignmentFlag.AlignRight), text)
        finally:
            painter.end()
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return pages


def write_evidence_pdf(pack: EvidencePack, path: Path, language: str | None = None) -> int:
    """For the command line: an offscreen QGuiApplication if none runs, the translation of
    ``language`` (else the console's saved language) installed while rendering."""
    from PySide6.QtGui import QGuiApplication

    from kapdesk.gui.i18n import Translators, saved_language

    app = QGuiApplication.instance() or QGuiApplication(["kapdesk", "-platform", "offscreen"])
    translators = Translators(app)
    translators.use(language or saved_language() or "en")
    try:
        return render_pdf(pack, path)
    finally:
        translators.use("en")
