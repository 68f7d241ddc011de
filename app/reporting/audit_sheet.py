"""The auditor's count sheets: the sample of a plan, printed for the vault floor and the
tank farm (FORMAT.md §11.3).

A4 landscape. Per site, first the bars and lots in the order of the walk (by
location, then as listed), one row each: what identifies the holding (serial,
brand and year; a lot's warrant and brand), and blank columns to fill in with a
pen: found, serial and brand and year as read, seal intact, the gross weight
re-weighed, remarks. Then a re-gauge form per tank and a re-measurement form per
gas inventory. The sheets never show a recorded weight or volume: the count is
blind, so the figures the counters write are their own. The last page has room
for bars found that the sheet does not list, the result of the count, and the
signature lines of the counter and the witness. Every page names the attestation
and the plan, and has a footer for both people's initials.

Drawn straight onto the canvas: the pages are laid out first, so that "Page N of
M" is known before the first is drawn.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from app.domain.errors import Cancelled
from app.domain.progress import QUIET, Task
from app.reporting.count_sheet import signature_blocks
from app.reporting.cover import to_the_second
from app.reporting.pdf_layout import binary_streams, render_lock
from app.reporting.pdf_schedule import FastText, wrap_text
from app.reporting.pdf_style import (
    FONT,
    FONT_BOLD,
    HEAD_FILL,
    INK,
    MUTED,
    RULE,
    ZEBRA_FILL,
    register_fonts,
)
from app.reporting.text import printable

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
MARGIN = 30.0
BODY = PAGE_WIDTH - 2 * MARGIN
HEADER = 66.0
HEAD_ROW = 22.0
ROW = 19.0
FOOTER = 24.0
SIZE = 8.0
SMALL = 6.5
TABLE = PAGE_HEIGHT - 2 * MARGIN - HEADER - HEAD_ROW - FOOTER
ROWS_PER_PAGE = int(TABLE // ROW)
FORMS_PER_PAGE = 2
UNLISTED_ROWS = 10


@dataclass(frozen=True)
class SheetHead:
    """What every page names: the attestation and the plan."""

    attestation_id: str
    as_of: str
    method: str
    confidence: str
    tolerable_rate: str
    sample_size: int
    seed: str
    sampled: int
    always: int


@dataclass(frozen=True)
class SheetItem:
    """One holding to count, as the sheet shows it."""

    index: int  # its leaf
    kind: str
    site: str
    location: str
    listed_as: str
    unit: str
    details: tuple[tuple[str, str], ...] = ()  # a tank's or gas inventory's particulars


@dataclass(frozen=True)
class _Column:
    title: str
    width: float
    unit: bool = False  # the row's unit printed small at the right


_COLUMNS = (
    _Column("No.", 24), _Column("Leaf", 46), _Column("Kind", 26), _Column("Location", 72),
    _Column("Listed as (serial · brand · year; warrant · brand)", 168), _Column("Found", 32),
    _Column("Serial / warrant as read", 96), _Column("Brand as read", 60),
    _Column("Year as read", 36), _Column("Seal intact", 38),
    _Column("Re-weighed gross", 70, unit=True),
)
_REMARKS = _Column("Remarks", BODY - sum(c.width for c in _COLUMNS))
COLUMNS = (*_COLUMNS, _REMARKS)


@dataclass(frozen=True)
class _Page:
    site: str
    what: str  # "table", "forms", "end"
    items: tuple[SheetItem, ...] = ()
    first: int = 0  # the row number of its first item


def layout(items: Sequence[SheetItem]) -> list[_Page]:
    """The pages: per site (in the items' order), its bars and lots in pages of rows, then
    its tanks' and gas inventories' forms, two a page; then the end page."""
    pages: list[_Page] = []
    number = 0
    sites = list(dict.fromkeys(item.site for item in items))
    for site in sites:
        rows = [i for i in items if i.site == site and i.kind in ("bar", "lot")]
        forms = [i for i in items if i.site == site and i.kind not in ("bar", "lot")]
        for start in range(0, len(rows), ROWS_PER_PAGE):
            part = tuple(rows[start:start + ROWS_PER_PAGE])
            pages.append(_Page(site, "table", part, number + 1))
            number += len(part)
        for start in range(0, len(forms), FORMS_PER_PAGE):
            pages.append(_Page(site, "forms", tuple(forms[start:start + FORMS_PER_PAGE])))
    pages.append(_Page("", "end"))
    return pages


class _Drawer:
    def __init__(self, canv: Canvas, head: SheetHead, pages: int) -> None:
        self.canv = canv
        self.head = head
        self.pages = pages
        self.fast = FastText()
        self.fast.bind(canv)

    def _cut(self, text: str, font: str, size: float, room: float) -> str:
        if self.fast.width(text, font, size) <= room:
            return text
        while len(text) > 1 and self.fast.width(text + "…", font, size) > room:
            text = text[:-1]
        return text + "…"

    def frame(self, number: int, site: str, title: str) -> float:
        """Header and footer of a page; returns the top of its body."""
        canv, h = self.canv, self.head
        top = PAGE_HEIGHT - MARGIN
        canv.setFillColor(INK)
        canv.setFont(FONT_BOLD, 13)
        canv.drawString(MARGIN, top - 12, title)
        canv.setFont(FONT_BOLD, 9)
        canv.drawRightString(PAGE_WIDTH - MARGIN, top - 11, f"Page {number} of {self.pages}")
        if site:
            canv.setFont(FONT_BOLD, 10)
            canv.drawString(MARGIN, top - 27, self._cut(f"Site {printable(site)}", FONT_BOLD,
                                                        10, BODY))
        canv.setFont(FONT, 7.5)
        plan = (f"Attestation {printable(h.attestation_id)} as of "
                f"{printable(to_the_second(h.as_of))} · "
                f"{h.method} sampling, {h.confidence} % confidence, tolerable rate "
                f"{h.tolerable_rate} %, n = {h.sample_size:,}: {h.sampled:,} sampled, "
                f"{h.always:,} always counted · seed {h.seed[:16]}…")
        canv.drawString(MARGIN, top - 40, self._cut(plan, FONT, 7.5, BODY))
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN, top - 50, "A blind count: the sheet names each holding but "
                        "never shows a recorded weight or volume. Write what you read and "
                        "weigh; mark Found yes or no for every row.")
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN, top - 56, PAGE_WIDTH - MARGIN, top - 56)
        canv.setFillColor(INK)
        canv.setFont(FONT, 8)
        canv.drawRightString(PAGE_WIDTH - MARGIN, MARGIN + 4,
                             "Counter's initials: ________    Witness's initials: ________")
        canv.line(MARGIN, MARGIN + FOOTER - 8, PAGE_WIDTH - MARGIN, MARGIN + FOOTER - 8)
        return top - HEADER

    def titles(self, top: float, columns: Sequence[_Column]) -> float:
        canv = self.canv
        canv.setFillColor(HEAD_FILL)
        canv.rect(MARGIN, top - HEAD_ROW, sum(c.width for c in columns), HEAD_ROW, stroke=0,
                  fill=1)
        canv.setFillColor(INK)
        x = MARGIN
        for column in columns:
            lines = wrap_text(column.title, FONT_BOLD, 7, column.width - 6, self.fast)[:2]
            y = top - 9 if len(lines) > 1 else top - 13.5
            canv.setFont(FONT_BOLD, 7)
            for line in lines:
                canv.drawString(x + 3, y, line)
                y -= 8
            x += column.width
        return top - HEAD_ROW

    def _cell(self, text: str, x: float, middle: float, width: float) -> None:
        """A value in its cell: one line, else two smaller ones, else cut."""
        canv, room = self.canv, width - 6
        if self.fast.width(text, FONT, SIZE) <= room:
            canv.setFont(FONT, SIZE)
            canv.drawString(x + 3, middle - 2.8, text)
            return
        lines = wrap_text(text, FONT, SMALL, room, self.fast)
        if len(lines) > 2:
            lines = [lines[0], self._cut(" ".join(lines[1:]), FONT, SMALL, room)]
        canv.setFont(FONT, SMALL)
        y = middle + (len(lines) - 1) * 3.6 - 2.3
        for line in lines:
            canv.drawString(x + 3, y, line)
            y -= 7.2

    def table(self, top: float, page: _Page) -> None:
        canv = self.canv
        y = self.titles(top, COLUMNS)
        for offset, item in enumerate(page.items):
            bottom = y - ROW
            if offset % 2:
                canv.setFillColor(ZEBRA_FILL)
                canv.rect(MARGIN, bottom, BODY, ROW, stroke=0, fill=1)
            canv.setFillColor(INK)
            middle = bottom + ROW / 2
            values = (f"{page.first + offset:,}", f"{item.index:,}", item.kind,
                      printable(item.location), printable(item.listed_as))
            x = MARGIN
            for column, value in zip(COLUMNS, values, strict=False):
                self._cell(value, x, middle, column.width)
                x += column.width
            found_x = MARGIN + sum(c.width for c in COLUMNS[:5])
            canv.setStrokeColor(INK)
            canv.setLineWidth(0.7)
            for n, label in enumerate(("yes", "no")):  # two boxes: nothing left unmarked
                bx = found_x + 3 + n * 15
                canv.rect(bx, middle - 3.5, 7, 7, stroke=1, fill=0)
                canv.setFont(FONT, 4.5)
                canv.drawString(bx + 0.2, middle - 8.6, label)
            unit_x = MARGIN + sum(c.width for c in COLUMNS[:11])
            canv.setFillColor(MUTED)
            canv.setFont(FONT, 6.5)
            canv.drawRightString(unit_x - 3, middle - 2.5, item.unit)
            canv.setFillColor(INK)
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.4)
            canv.line(MARGIN, bottom, MARGIN + BODY, bottom)
            y = bottom
        x = MARGIN
        for column in (*COLUMNS, None):
            canv.line(x, y, x, top - HEAD_ROW)
            x += column.width if column else 0

    def forms(self, top: float, page: _Page) -> None:
        height = (top - MARGIN - FOOTER) / FORMS_PER_PAGE
        for n, item in enumerate(page.items):
            self._form(top - n * height, height, item)

    def _form(self, top: float, height: float, item: SheetItem) -> None:
        canv = self.canv
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.rect(MARGIN, top - height + 8, BODY, height - 12, stroke=1, fill=0)
        canv.setFillColor(INK)
        canv.setFont(FONT_BOLD, 10.5)
        noun = "Tank re-gauge" if item.kind == "tank" else "Gas inventory re-measurement"
        canv.drawString(MARGIN + 8, top - 16, self._cut(
            f"{noun}: {printable(item.listed_as)} · leaf {item.index:,}", FONT_BOLD, 10.5,
            BODY - 16))
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        particulars = " · ".join(f"{k} {printable(v)}" for k, v in item.details if v)
        canv.drawString(MARGIN + 8, top - 28, self._cut(particulars, FONT, 7.5, BODY - 16))
        canv.setFillColor(INK)
        fields = _TANK_FIELDS if item.kind == "tank" else _GAS_FIELDS
        half = (BODY - 24) / 2
        y0 = top - 46
        for n, (label, blanks) in enumerate(fields):
            column, row = divmod(n, (len(fields) + 1) // 2)
            x = MARGIN + 8 + column * (half + 8)
            y = y0 - row * 17
            canv.setFont(FONT, 8)
            canv.drawString(x, y, label)
            start = x + self.fast.width(label, FONT, 8) + 6
            span = (x + half - start) / blanks
            for k in range(blanks):
                canv.line(start + k * span, y - 2, start + (k + 1) * span - 6, y - 2)
        y = y0 - ((len(fields) + 1) // 2) * 17 - 6
        canv.setFont(FONT_BOLD, 8)
        result = ("Net standard volume computed from this gauging (bbl):" if item.kind == "tank"
                  else "Energy measured (MMBtu):")
        canv.drawString(MARGIN + 8, y, result)
        canv.line(MARGIN + 8 + self.fast.width(result, FONT_BOLD, 8) + 6, y - 2,
                  MARGIN + 8 + half, y - 2)
        canv.setFont(FONT, 7)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN + 16 + half, y, "Write it in the results sheet's measured "
                        "column for this leaf.")
        canv.setFillColor(INK)
        y -= 20
        for n, role in enumerate(("Gauged by" if item.kind == "tank" else "Measured by",
                                  "Witnessed by")):
            x = MARGIN + 8 + n * (half + 8)
            label = f"{role} (name, signature, time)"
            canv.setFont(FONT, 8)
            canv.drawString(x, y, label)
            canv.line(x + self.fast.width(label, FONT, 8) + 6, y - 2, x + half, y - 2)

    def end(self, top: float) -> None:
        canv = self.canv
        canv.setFillColor(INK)
        canv.setFont(FONT_BOLD, 10.5)
        canv.drawString(MARGIN, top - 12, "Bars found that this sheet does not list")
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN, top - 24, "Write each one in the results sheet as a row "
                        "without a leaf: its site, location, serial, brand and year as read.")
        columns = (_Column("No.", 24), _Column("Site", 70), _Column("Location", 90),
                   _Column("Serial as read", 140), _Column("Brand as read", 100),
                   _Column("Year", 50), _Column("Remarks", BODY - 474))
        y = self.titles(top - 30, columns)
        canv.setStrokeColor(RULE)
        canv.setFillColor(INK)
        for n in range(UNLISTED_ROWS):
            canv.setFont(FONT, SIZE)
            canv.drawString(MARGIN + 3, y - ROW / 2 - 2.8, str(n + 1))
            canv.line(MARGIN, y - ROW, MARGIN + BODY, y - ROW)
            y -= ROW
        x = MARGIN
        for column in (*columns, None):
            canv.line(x, y, x, top - 30 - HEAD_ROW)
            x += column.width if column else 0
        y -= 24
        canv.setFont(FONT_BOLD, 10)
        canv.drawString(MARGIN, y, "Result of the count")
        y -= 16
        canv.setFont(FONT, 9)
        h = self.head
        canv.drawString(MARGIN, y, f"Holdings found: ________ of {h.sampled + h.always:,}"
                        "      Missing: ________      Exceptions noted: ________      "
                        "Unlisted bars found: ________")
        signature_blocks(canv, y - 34, MARGIN, BODY, ("Name", "Signature", "Date and time"),
                         22, 80)


_TANK_FIELDS = (
    ("Time of gauging", 1), ("Method (innage / ullage)", 1), ("Reference height (mm)", 1),
    ("Level readings (mm)", 3), ("Free water level (mm)", 1), ("Roof landed? (yes / no)", 1),
    ("Liquid temperature (°C): top, middle, bottom", 3), ("Ambient temperature (°C)", 1),
    ("Observed density (kg/m³) and its temperature (°C)", 2), ("Sediment and water (%)", 1),
    ("Total observed volume from the tank's table (m³)", 1), ("Seals on the valves intact?", 1),
)
_GAS_FIELDS = (
    ("Time of measurement", 1), ("Method or meter", 1), ("Pressure (bar) and temperature (°C)", 2),
    ("Volume measured (m³)", 1), ("Gross calorific value (MJ/m³)", 1), ("Remarks", 1),
)


def render_pdf(head: SheetHead, items: Sequence[SheetItem], task: Task = QUIET
               ) -> tuple[bytes, int]:
    """The count sheets as PDF bytes, and the number of pages. `items` in walk order."""
    register_fonts()
    pages = layout(items)
    buffer = io.BytesIO()
    with render_lock, binary_streams():
        canv = Canvas(buffer, pagesize=landscape(A4), invariant=1, pageCompression=1,
                      initialFontName=FONT, lang="en")
        canv.setTitle(f"Count sheets, attestation {printable(head.attestation_id)}")
        canv.setSubject(f"Sample plan, seed {head.seed}")
        canv.setCreator("Tijori")
        drawer = _Drawer(canv, head, len(pages))
        for number, page in enumerate(pages, 1):
            if task.cancelled():
                raise Cancelled("Cancelled: the count sheets were stopped and not written.")
            title = {"table": "Physical count — bars and lots",
                     "forms": "Physical count — tanks and gas",
                     "end": "Physical count — unlisted bars, result and signatures"}[page.what]
            top = drawer.frame(number, page.site, title)
            if page.what == "table":
                drawer.table(top, page)
            elif page.what == "forms":
                drawer.forms(top, page)
            else:
                drawer.end(top)
            canv.showPage()
            task.progress(number, len(pages))
        canv.save()
    return buffer.getvalue(), len(pages)
