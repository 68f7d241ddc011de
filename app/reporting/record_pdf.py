"""The verification record as a PDF: what an auditor files after `tijori verify`.

Drawn from plain data (`RecordDocument`, made by `app.services.verification_record`):
the facts (file, time of verification, Tijori version, outcome), the bottom line in a
banner (green VALID, amber VALID with findings, red NOT VALID), then sections: the files
read with their SHA-256, the summary of the signed statement, the Integrity block and
the Findings block. Every check is one row: its result in words (PASSED, FAILED, NOT
DONE; ALERT, CAUTION, NOTE, CLEAR), coloured, then its name and reason. Words rather
than ✓ and ✗, which the report font lacks and a black-and-white copy would lose.

The report's fonts and styles (`pdf_style`); each digest printed whole, on its own line,
so that the text read back from the PDF holds it exactly.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import KeepTogether

from app.reporting.pdf_layout import binary_streams, render_lock
from app.reporting.pdf_style import (
    ALERT,
    ALERT_FILL,
    FONT,
    FONT_BOLD,
    GOOD,
    HEAD_FILL,
    INK,
    MUTED,
    RULE,
    para,
    printable,
    register_fonts,
    styles,
)

__all__ = ["Line", "RecordDocument", "Section", "render"]

#: Amber, the GUI's "caution" colour (#9a5b00).
AMBER = colors.Color(0.604, 0.357, 0.0)
AMBER_FILL = colors.Color(0.99, 0.95, 0.88)
GOOD_FILL = colors.Color(0.91, 0.96, 0.92)
MARGIN = 48.0
WIDTH = A4[0] - 2 * MARGIN
MARK_WIDTH = 64.0

#: A check's result or a finding's severity, in words and colour.
MARKS: dict[str, tuple[str, Any]] = {
    "passed": ("PASSED", GOOD), "failed": ("FAILED", ALERT), "not done": ("NOT DONE", AMBER),
    "alert": ("ALERT", ALERT), "caution": ("CAUTION", AMBER), "note": ("NOTE", MUTED),
    "clear": ("CLEAR", GOOD),
}
#: The banner of each outcome: its fill and its ink.
BANNERS = {"valid": (GOOD_FILL, GOOD), "valid with findings": (AMBER_FILL, AMBER),
           "not valid": (ALERT_FILL, ALERT)}


@dataclass(frozen=True)
class Line:
    """One line of a section: its text; `mark` a check's state or a finding's severity (one
    of MARKS) for a row with its result; `alert`, `heading`, `level` for a summary line;
    `digest` a SHA-256 printed whole under the text."""

    text: str
    mark: str = ""
    name: str = ""  # a check's name, printed in bold before its text
    alert: bool = False
    heading: bool = False
    level: int = 0
    digest: str = ""


@dataclass(frozen=True)
class Section:
    title: str
    lines: list[Line] = field(default_factory=list)


@dataclass(frozen=True)
class RecordDocument:
    title: str
    facts: list[tuple[str, str]]
    bottom_line: str
    outcome: str  # "valid", "valid with findings" or "not valid"
    sections: list[Section]


def _style(name: str, **changes: Any) -> ParagraphStyle:
    return ParagraphStyle(name, parent=styles()["body"], **changes)


def _facts(facts: list[tuple[str, str]]) -> Table:
    label, value = _style("fact_label", fontName=FONT_BOLD, textColor=MUTED), _style("fact")
    table = Table([[Paragraph(para(k), label), Paragraph(para(v), value)] for k, v in facts],
                  colWidths=[140, WIDTH - 140])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                               ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    return table


def _banner(text: str, outcome: str) -> Table:
    fill, ink = BANNERS.get(outcome, (HEAD_FILL, INK))
    table = Table([[Paragraph(para(text), _style("banner", fontName=FONT_BOLD, fontSize=11,
                                                 leading=14, textColor=ink))]],
                  colWidths=[WIDTH])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), fill),
                               ("BOX", (0, 0), (-1, -1), 1, ink),
                               ("LEFTPADDING", (0, 0), (-1, -1), 8),
                               ("TOPPADDING", (0, 0), (-1, -1), 6),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return table


def _rows(lines: list[Line]) -> list[Table]:
    """Marked lines, one table of one row each (so that a long block flows from page to
    page): the result in words and colour, then the check's name in bold and its text."""
    text = _style("row", fontSize=8.5, leading=11)
    rows = []
    for number, line in enumerate(lines):
        word, ink = MARKS.get(line.mark, ("", INK))
        mark = _style(f"mark_{line.mark or 'none'}", fontName=FONT_BOLD, fontSize=8.5,
                      leading=11, textColor=ink)
        name = f"<b>{para(line.name, FONT_BOLD)}</b>: " if line.name else ""
        row = Table([[Paragraph(para(word), mark), Paragraph(name + para(line.text), text)]],
                    colWidths=[MARK_WIDTH, WIDTH - MARK_WIDTH])
        row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                                 *([("LINEABOVE", (0, 0), (-1, 0), 0.25, RULE)]
                                   if number else [])]))
        rows.append(row)
    return rows


def _summary(lines: list[Line]) -> list[Any]:
    out = []
    for line in lines:
        out.append(Paragraph(para(line.text), _style(
            "summary", fontSize=9, leading=12, leftIndent=14 * line.level,
            fontName=FONT_BOLD if line.heading or line.alert else FONT,
            textColor=ALERT if line.alert else INK, spaceBefore=4 if line.heading else 0)))
    return out


def _files(lines: list[Line]) -> list[Any]:
    name = _style("file", fontSize=8.5, leading=11)
    digest = _style("digest", fontSize=8, leading=10.5, leftIndent=14, textColor=INK)
    out: list[Any] = []
    for line in lines:
        out.append(KeepTogether([Paragraph(para(line.text), name),
                                 Paragraph(para(f"sha256 {line.digest}"), digest)]))
    return out


def _section(section: Section) -> list[Any]:
    head = [Paragraph(para(section.title), styles()["h2"])]
    lines = section.lines
    if any(line.digest for line in lines):
        return head + _files(lines)
    if any(line.mark for line in lines):
        return head + _rows(lines)
    return head + _summary(lines)


def render(document: RecordDocument) -> bytes:
    """The record's PDF bytes."""
    register_fonts()
    buffer = io.BytesIO()
    footer = f"{document.title} · {document.facts[0][1] if document.facts else ''}"

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, MARGIN / 2, printable(footer)[:140])
        canvas.drawRightString(A4[0] - MARGIN, MARGIN / 2, f"page {doc.page}")
        canvas.restoreState()

    story: list[Any] = [Paragraph(para(document.title), styles()["title"]), Spacer(1, 4),
                        _facts(document.facts), Spacer(1, 8),
                        _banner(document.bottom_line, document.outcome)]
    for section in document.sections:
        story += _section(section)
    story += [Spacer(1, 10), _banner(document.bottom_line, document.outcome)]
    with render_lock, binary_streams():
        doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                                topMargin=MARGIN, bottomMargin=MARGIN, invariant=1,
                                title=document.title, author="Tijori", creator="Tijori",
                                subject=document.bottom_line, lang="en")
        doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()
