"""Count sheets: what a site holds, printed for the people who count it by hand.

One row per bar (or lot), in the order of the walk through the vault: by
location, then brand, then serial (warrant). Beside what the ledger says
(location, serial, brand, year, fine ozt; for lots warrant, brand, net t) are
blank columns to fill in with a pen: a box to tick when the bar is found, the
seal number read, remarks. Every page has the same header (site, ledger, the
time and journal event number the sheet was taken at, "Page N of M") and a
footer for the page's found count and both people's initials; the last page
ends with the totals (count and fine ounces per metal), the result of the
count, and signature lines for the counter and the witness.

The PDF (A4 portrait, the report's embedded Vera fonts) is drawn page by page
straight onto the canvas, in two passes over the rows (which the caller gives
twice, from one read transaction): the first measures each row, so that the
number of pages is known before the first is drawn; the second draws. Only the
rows' heights are held, never the rows. Cell text goes through
`pdf_schedule.FastText` (each distinct string encoded once). A value too wide
for its column is set a little smaller and breaks onto as many lines as it
needs, its row growing to hold them: a serial or a location is never cut. The
CSV has the same columns (the blank ones empty), UTF-8 with a byte-order mark so
that a spreadsheet shows the ✓.

Quantities are printed exactly as stored (thousands separators only); totals are
exact decimal sums.
"""

from __future__ import annotations

import csv
import io
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.domain.errors import Cancelled
from app.domain.progress import QUIET, Task
from app.domain.units import EXACT, decimal_string, group_digits
from app.reporting.pdf_layout import binary_streams, render_lock
from app.reporting.pdf_schedule import FastText, Pen, rgb, wrap_text
from app.reporting.pdf_style import (
    FONT,
    FONT_BOLD,
    HEAD_FILL,
    INK,
    MUTED,
    RULE,
    ZEBRA_FILL,
    printable,
    register_fonts,
)

#: What each row of a sheet carries, in this order (the service selects these).
ROW_FIELDS = {
    "bar": ("location", "serial", "brand", "metal", "year", "fine_oz"),
    "lot": ("location", "warrant", "brand", "metal", "net_t"),
}
NOUNS = {"bar": ("bar", "bars"), "lot": ("lot", "lots")}
UNITS = {"bar": "fine ozt", "lot": "net t"}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 36.0
BODY = PAGE_WIDTH - 2 * MARGIN
HEADER_HEIGHT = 64.0  # title, site, when, which ledger, rule
HEAD_ROW = 16.0  # the column titles
ROW = 18.0  # one bar: room for a seal number written by hand
FOOTER_HEIGHT = 26.0
SIZE = 8.0
WRAP_SIZE = 7.0  # a value too wide for one line at SIZE is wrapped at this size
LEAD = 1.12  # line spacing of wrapped values, in ems
PAD = 3.0
BOX = 8.5  # the found box
CAP = 0.73  # Vera's cap height, in ems
END_BASE = 176.0  # the end but its totals: headings, result of the count, two signature blocks
END_LINE = 13.0  # one line of totals
#: The height of a page's table, below its column titles and above its footer.
TABLE_HEIGHT = PAGE_HEIGHT - 2 * MARGIN - HEADER_HEIGHT - HEAD_ROW - FOOTER_HEIGHT
ROWS_PER_PAGE = int(TABLE_HEIGHT // ROW)  # of rows of one line
FOUND = "Found ✓"


@dataclass(frozen=True)
class SheetColumn:
    title: str
    width: float
    field: str | None = None  # the row field shown; None: a blank column (or the row number)
    numeric: bool = False
    box: bool = False  # a box to tick


def _columns(kind: str, mixed: bool) -> tuple[SheetColumn, ...]:
    """The columns of a sheet; `mixed`: the site holds several metals (a Metal column)."""
    number = SheetColumn("No.", 28, "no", numeric=True)
    found = SheetColumn(FOUND, 38, box=True)
    if kind == "bar":
        if mixed:
            held = (SheetColumn("Location", 70, "location"), SheetColumn("Serial", 92, "serial"),
                    SheetColumn("Brand", 58, "brand"), SheetColumn("Metal", 34, "metal"),
                    SheetColumn("Year", 28, "year", numeric=True),
                    SheetColumn("Fine ozt", 56, "fine_oz", numeric=True))
        else:
            held = (SheetColumn("Location", 80, "location"), SheetColumn("Serial", 100, "serial"),
                    SheetColumn("Brand", 62, "brand"), SheetColumn("Year", 30, "year",
                                                                    numeric=True),
                    SheetColumn("Fine ozt", 56, "fine_oz", numeric=True))
    else:
        if mixed:
            held = (SheetColumn("Location", 80, "location"), SheetColumn("Warrant", 92, "warrant"),
                    SheetColumn("Brand", 66, "brand"), SheetColumn("Metal", 48, "metal"),
                    SheetColumn("Net t", 56, "net_t", numeric=True))
        else:
            held = (SheetColumn("Location", 90, "location"),
                    SheetColumn("Warrant", 100, "warrant"), SheetColumn("Brand", 80, "brand"),
                    SheetColumn("Net t", 60, "net_t", numeric=True))
    used = number.width + sum(c.width for c in held) + found.width
    seal = 60.0
    return (number, *held, found, SheetColumn("Seal", seal),
            SheetColumn("Remarks", BODY - used - seal))


@dataclass(frozen=True)
class Sheet:
    """What a count sheet is of, and when it was taken."""

    kind: str  # "bar" or "lot"
    site: str
    site_name: str
    ledger: str  # the ledger's file name
    ledger_id: str
    as_of: str  # RFC 3339, UTC
    journal_seq: int  # the last event the sheet reflects
    count: int  # the rows that follow
    metals: tuple[str, ...]  # the metals among them

    @property
    def columns(self) -> tuple[SheetColumn, ...]:
        return _columns(self.kind, len(self.metals) > 1)

    @property
    def noun(self) -> str:
        return NOUNS[self.kind][self.count != 1]

    @property
    def end_height(self) -> float:
        """The height of the end: a total line per metal (and one of all, for several)."""
        metals = len(self.metals)
        return END_BASE + END_LINE * (max(1, metals) + (metals > 1))


def paginate(heights: Sequence[float], end_height: float) -> list[tuple[int, int]]:
    """The rows of each page, as (first, past the last), for rows of these heights;
    the end (totals and signatures) goes below the last row, else on a page of its own
    (which has no rows: an empty range)."""
    pages: list[tuple[int, int]] = []
    start, used = 0, 0.0
    for index, height in enumerate(heights):
        if used + height > TABLE_HEIGHT + 1e-6 and index > start:
            pages.append((start, index))
            start, used = index, 0.0
        used += height
    pages.append((start, len(heights)))
    if TABLE_HEIGHT - used < end_height:
        pages.append((len(heights), len(heights)))
    return pages


# -- CSV ------------------------------------------------------------------------------------


def render_csv(sheet: Sheet, rows: Iterable[Sequence[str]], task: Task = QUIET
               ) -> Iterator[bytes]:
    """The sheet as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark), in blocks: the
    same columns as the PDF, the blank ones empty, values exactly as stored."""
    _check(task)
    columns = sheet.columns
    fields = ROW_FIELDS[sheet.kind]
    where = [fields.index(c.field) if c.field in fields else None for c in columns]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([c.title for c in columns])
    done = 0
    for row in rows:
        done += 1
        writer.writerow([done if c.field == "no" else ("" if i is None else row[i])
                         for c, i in zip(columns, where, strict=True)])
        if done % 2000 == 0:
            _check(task)
            task.progress(done, sheet.count)
            yield _drain(buffer, first=done == 2000)
    yield _drain(buffer, first=done < 2000)
    task.progress(done, max(done, sheet.count))


def _drain(buffer: io.StringIO, *, first: bool) -> bytes:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return ("\ufeff" + text if first else text).encode("utf-8")


def _check(task: Task) -> None:
    if task.cancelled():
        raise Cancelled("Cancelled: the count sheet was stopped and not written.")


# -- PDF ------------------------------------------------------------------------------------


class _Totals:
    """Count and exact sum of the quantity per metal."""

    def __init__(self) -> None:
        self.by_metal: dict[str, list] = {}

    def add(self, metal: str, quantity: str) -> None:
        entry = self.by_metal.get(metal)
        if entry is None:
            entry = self.by_metal[metal] = [0, Decimal(0)]
        entry[0] += 1
        entry[1] = EXACT.add(entry[1], Decimal(quantity))


class _Drawer:
    """Draws one sheet page by page onto a canvas."""

    def __init__(self, canv: Canvas, sheet: Sheet) -> None:
        self.canv = canv
        self.sheet = sheet
        self.columns = sheet.columns
        self.fast = FastText()
        self.fast.bind(canv)
        self.lefts: list[float] = []
        x = MARGIN
        for column in self.columns:
            self.lefts.append(x)
            x += column.width
        fields = ROW_FIELDS[sheet.kind]
        self.where = [fields.index(c.field) if c.field in fields else None
                      for c in self.columns]
        self.metal_at = fields.index("metal")
        self.quantity_at = len(fields) - 1
        self.fitted: dict[tuple[str, int], tuple[tuple[str, ...], float]] = {}
        self.pages = 1
        self.totals = _Totals()
        s = sheet
        self.when = self._cut(
            f"Taken at {printable(s.as_of)} (UTC), journal event {s.journal_seq:,} · "
            f"{s.count:,} {s.noun}, by location, brand and "
            f"{'serial' if s.kind == 'bar' else 'warrant'}", FONT, 7.5, BODY)
        self.which = self._cut(
            f"Ledger {printable(s.ledger)}" + (f" · ledger id {printable(s.ledger_id)}"
                                              if s.ledger_id else ""), FONT, 7.5, BODY)

    # -- the parts of every page -----------------------------------------------------------

    def _cut(self, text: str, font: str, size: float, room: float) -> str:
        width = self.fast.width
        if width(text, font, size) <= room:
            return text
        while len(text) > 1 and width(text + "…", font, size) > room:
            text = text[:-1]
        return text + "…"

    def page(self, number: int, rows: int) -> float:
        """The header, the column titles (unless the page has no rows but the totals) and
        the footer of page `number` (with `rows` rows); returns the top of its first row."""
        canv, s = self.canv, self.sheet
        top = PAGE_HEIGHT - MARGIN
        canv.setFillColor(INK)
        canv.setFont(FONT_BOLD, 13)
        canv.drawString(MARGIN, top - 12, f"Count sheet — {self._noun_title()}")
        canv.setFont(FONT_BOLD, 9)
        canv.drawRightString(PAGE_WIDTH - MARGIN, top - 11, f"Page {number} of {self.pages}")
        site = f"Site {printable(s.site)}" + (f" · {printable(s.site_name)}" if s.site_name
                                             else "")
        canv.setFont(FONT_BOLD, 10)
        canv.drawString(MARGIN, top - 28, self._cut(site, FONT_BOLD, 10, BODY))
        canv.setFont(FONT, 7.5)
        canv.drawString(MARGIN, top - 41, self.when)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN, top - 51, self.which)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN, top - 56, PAGE_WIDTH - MARGIN, top - 56)
        head_top = top - HEADER_HEIGHT
        if rows or not s.count:
            self._titles(head_top)
        self._footer(rows)
        return head_top - HEAD_ROW

    def _titles(self, head_top: float) -> None:
        canv = self.canv
        canv.setFillColor(HEAD_FILL)
        canv.rect(MARGIN, head_top - HEAD_ROW, BODY, HEAD_ROW, stroke=0, fill=1)
        canv.setFillColor(INK)
        canv.setFont(FONT_BOLD, 7.5)
        for column, left in zip(self.columns, self.lefts, strict=True):
            baseline = head_top - HEAD_ROW + 5
            title = column.title
            if column.box:  # the font has no ✓: the word, and the tick drawn beside it
                title = title.replace(" ✓", "")
                canv.drawString(left + PAD, baseline, title)
                self._tick(left + PAD + self.fast.width(title, FONT_BOLD, 7.5) + 2.5, baseline)
            elif column.numeric:
                canv.drawRightString(left + column.width - PAD, baseline, title)
            else:
                canv.drawString(left + PAD, baseline, title)

    def _footer(self, rows: int) -> None:
        """What this page found, and both people's initials."""
        canv = self.canv
        bottom = MARGIN
        canv.setFont(FONT, 8)
        canv.setFillColor(INK)
        if rows:
            canv.drawString(MARGIN, bottom + 4,
                            f"Found on this page: ________ of {rows:,}")
        canv.drawRightString(PAGE_WIDTH - MARGIN, bottom + 4,
                             "Counter's initials: ________    Witness's initials: ________")
        canv.setStrokeColor(RULE)
        canv.line(MARGIN, bottom + FOOTER_HEIGHT - 8, PAGE_WIDTH - MARGIN,
                  bottom + FOOTER_HEIGHT - 8)

    def _noun_title(self) -> str:
        return "bars" if self.sheet.kind == "bar" else "lots (warrants)"

    def _tick(self, x: float, baseline: float) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(INK)
        canv.setLineWidth(1.1)
        path = canv.beginPath()
        path.moveTo(x, baseline + 2.6)
        path.lineTo(x + 2.2, baseline + 0.2)
        path.lineTo(x + 6.0, baseline + 6.0)
        canv.drawPath(path, stroke=1, fill=0)
        canv.restoreState()

    # -- rows --------------------------------------------------------------------------------

    def _fit(self, text: str, column: int) -> tuple[tuple[str, ...], float]:
        """`text` as it fits its column: one line, else as many lines as it takes at
        `WRAP_SIZE` (broken at spaces and hyphens where it can, else anywhere)."""
        key = (text, column)
        found = self.fitted.get(key)
        if found is not None:
            return found
        room = self.columns[column].width - 2 * PAD
        if self.fast.width(text, FONT, SIZE) <= room:
            found = ((text,), SIZE)
        else:
            found = (tuple(wrap_text(text, FONT, WRAP_SIZE, room, self.fast)), WRAP_SIZE)
        if len(self.fitted) < 100_000:
            self.fitted[key] = found
        return found

    def _cells(self, number: int, row: Sequence[str]) -> tuple[list, float]:
        """What a row shows, column by column ((column, lines, size)), and its height."""
        cells = []
        tallest = 1
        for i, column in enumerate(self.columns):
            if column.field == "no":
                value = f"{number:,}"
            else:
                at = self.where[i]
                if at is None:
                    continue
                value = printable(row[at])
                if column.numeric and column.field != "year":
                    value = group_digits(value)
            if not value:
                continue
            lines, size = self._fit(value, i)
            cells.append((i, lines, size))
            if len(lines) > tallest:
                tallest = len(lines)
        return cells, max(ROW, tallest * WRAP_SIZE * LEAD + 2.4)

    def measure(self, rows: Iterable[Sequence[str]]) -> array:
        """Every row's height (the first pass)."""
        heights = array("d")
        for number, row in enumerate(rows, 1):
            heights.append(self._cells(number, row)[1])
        return heights

    def rows(self, top: float, numbered: Iterable[tuple[int, Sequence[str]]]) -> float:
        """Draw rows from `top` down; returns the bottom of the last."""
        canv = self.canv
        code: list[str] = ["q"]
        y = top
        stripes: list[str] = []
        lines: list[str] = []
        boxes: list[str] = []
        texts: list[tuple[float, float, str, float]] = []
        totals = self.totals
        box = next(i for i, c in enumerate(self.columns) if c.box)
        box_x = self.lefts[box] + (self.columns[box].width - BOX) / 2
        for number, row in numbered:
            totals.add(row[self.metal_at], row[self.quantity_at])
            cells, height = self._cells(number, row)
            bottom = y - height
            middle = bottom + height / 2
            if number % 2 == 0:
                stripes.append(f"{MARGIN:.2f} {bottom:.2f} {BODY:.2f} {height:.2f} re")
            lines.append(f"{MARGIN:.2f} {bottom:.2f} m {MARGIN + BODY:.2f} {bottom:.2f} l")
            boxes.append(f"{box_x:.2f} {middle - BOX / 2:.2f} {BOX:.2f} {BOX:.2f} re")
            for i, parts, size in cells:
                lead = size * LEAD  # the lines centred on the row, caps to baseline
                baseline = middle + ((len(parts) - 1) * lead - size * CAP) / 2
                for part in parts:
                    texts.append((self._x(i, part, size), baseline, part, size))
                    baseline -= lead
            y = bottom
        if stripes:
            code.append(rgb(ZEBRA_FILL))
            code.extend(stripes)
            code.append("f")
        code.append(rgb(RULE, stroke=True))
        code.append("0.4 w")
        code.extend(lines)
        for left in self.lefts[1:]:  # column rules, so that each entry is in its own cell
            code.append(f"{left:.2f} {y:.2f} m {left:.2f} {top:.2f} l")
        code.append(f"{MARGIN:.2f} {y:.2f} m {MARGIN:.2f} {top:.2f} l")
        code.append(f"{MARGIN + BODY:.2f} {y:.2f} m {MARGIN + BODY:.2f} {top:.2f} l")
        code.append("S")
        if boxes:
            code.append(rgb(INK, stroke=True))
            code.append("0.7 w")
            code.extend(boxes)
            code.append("S")
        code.append(rgb(INK))
        code.append("BT")
        pen = Pen(code, self.fast)
        for x, baseline, text, size in texts:
            pen.show(x, baseline, text, FONT, size)
        code.append("ET")
        code.append("Q")
        canv.setFont(FONT, SIZE)  # the font in the page's resources, as the pen uses it
        canv.addLiteral("\n".join(code))
        return y

    def _x(self, column: int, text: str, size: float) -> float:
        col = self.columns[column]
        if col.numeric:
            return self.lefts[column] + col.width - PAD - self.fast.width(text, FONT, size)
        return self.lefts[column] + PAD

    # -- the end ---------------------------------------------------------------------------

    def end(self, top: float) -> None:
        """Totals, the result of the count, and the signature lines, from `top` down."""
        canv, s = self.canv, self.sheet
        unit = UNITS[s.kind]
        singular, plural = NOUNS[s.kind]
        y = top - 22
        canv.setFillColor(INK)
        canv.setFont(FONT_BOLD, 10.5)
        canv.drawString(MARGIN, y, "Totals on this sheet")
        y -= 16
        canv.setFont(FONT, 9)
        by_metal = sorted(self.totals.by_metal.items())
        if not by_metal:
            canv.drawString(MARGIN, y, f"No {plural} are recorded at this site.")
            y -= END_LINE
        for metal, (count, quantity) in by_metal:
            noun = singular if count == 1 else plural
            canv.drawString(MARGIN, y, f"{printable(metal).capitalize()}: {count:,} {noun}")
            canv.drawRightString(MARGIN + 300, y,
                                 f"{group_digits(decimal_string(quantity))} {unit}")
            y -= END_LINE
        if len(by_metal) > 1:
            count = sum(c for _, (c, _) in by_metal)
            canv.setFont(FONT_BOLD, 9)
            canv.drawString(MARGIN, y, f"All: {count:,} {plural}")
            y -= END_LINE
        y -= 8
        canv.setFont(FONT_BOLD, 9)
        canv.drawString(MARGIN, y, "Result of the count")
        y -= 15
        canv.setFont(FONT, 9)
        canv.drawString(MARGIN, y, f"{plural.capitalize()} found: __________ of {s.count:,}"
                        f"      Missing: __________      Found but not on this sheet: __________")
        signature_blocks(canv, y - 30, MARGIN, BODY, ("Name", "Signature", "Date"), 24, 52)


def signature_blocks(canv: Canvas, top: float, left: float, width: float,
                     labels: Sequence[str], step: float, label_width: float) -> None:
    """The counter's and the witness's blocks side by side from `top`: a heading each,
    then a line to write on after every label (`step` apart)."""
    half = width / 2
    for n, role in enumerate(("Counted by", "Witnessed by")):
        x = left + n * (half + 6)
        canv.setFillColor(INK)
        canv.setFont(FONT_BOLD, 9)
        canv.drawString(x, top, role)
        canv.setFont(FONT, 9)
        for m, label in enumerate(labels):
            line_y = top - step - m * step
            canv.drawString(x, line_y, label)
            canv.setStrokeColor(INK)
            canv.setLineWidth(0.6)
            canv.line(x + label_width, line_y - 2, x + half - 12, line_y - 2)


def render_pdf(sheet: Sheet, rows: Callable[[], Iterable[Sequence[str]]],
               task: Task = QUIET) -> tuple[bytes, int]:
    """The sheet as PDF bytes, and its number of pages.

    `rows()` gives the `sheet.count` rows of `ROW_FIELDS[kind]` in the order they are
    to be printed; it is called twice (the rows are measured, then drawn), and must
    give the same rows both times. Progress is reported per page."""
    register_fonts()
    buffer = io.BytesIO()
    with render_lock, binary_streams():
        canv = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1,
                      initialFontName=FONT, lang="en")
        canv.setTitle(f"Count sheet, site {printable(sheet.site)}, {printable(sheet.as_of)}")
        canv.setAuthor(printable(sheet.ledger))
        canv.setSubject(f"Journal event {sheet.journal_seq}")
        canv.setCreator("Tijori")
        drawer = _Drawer(canv, sheet)
        _check(task)
        heights = drawer.measure(rows())
        if len(heights) != sheet.count:
            raise ValueError(f"{len(heights)} rows were given for a sheet of {sheet.count}")
        pages = paginate(heights, sheet.end_height)
        drawer.pages = len(pages)
        source = iter(rows())
        for number, (first, last) in enumerate(pages, 1):
            _check(task)
            top = drawer.page(number, last - first)
            if last > first:
                top = drawer.rows(top, ((n + 1, next(source)) for n in range(first, last)))
            if number == len(pages):
                drawer.end(top)
            canv.showPage()
            task.progress(last, sheet.count)
        canv.save()
    return buffer.getvalue(), len(pages)
