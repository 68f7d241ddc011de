"""The schedule of holdings: the bar list, lots, tanks and gas, with subtotals; the
summary by site and brand; the reconciliation with the statement; the CSV.

Speed. A report may list 100,000 bars (about 1,300 pages). reportlab's `Table`
costs about 0.35 ms a row even in small tables of plain strings (its generic
per-cell drawing formats every coordinate in Python), which puts 100,000 bars
well over 30 s. The schedule is therefore drawn by `ScheduleBlock`, a flowable made
for this one job: one block per site and commodity, cut page by page in
O(log n) (a bisection over the cumulative row heights, rows shared, never
copied or re-measured), the column headings repeated on every page, and each
page's text written as a few PDF text operators per cell, the font subset
encoding of each distinct string done once. Zebra stripes and rules are plain
path operators. The result is the same PDF text that reportlab would write:
one embedded font, extractable text, one string per cell.

Numbers are printed exactly as attested (thousands separators only); subtotals
are exact decimal sums (a context that traps any inexact result).

Page breaks. No page holds a lone line of a table: a group's table is cut only
where at least two of its rows stay on the page and at least two go on (three
under the group's caption), never just before its subtotals; `KeptTable` does
the same for the report's other tables. Where a bar or lot table goes on to the
next page, its last line on the page is "Carried forward: N bars, X fine ozt
(Y gross ozt)", the running total of the group so far, and the continuation
opens with "Brought forward: …", the same figures. The running totals are exact:
each figure's values are integers of its smallest decimal place, summed once per
group into a prefix array (`RunningSums`), so that any page break reads its totals
in O(1), as the cut itself is found by bisection.
"""

from __future__ import annotations

import csv
import io
import json
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Context, Decimal, Inexact, InvalidOperation, Overflow
from itertools import accumulate
from typing import Any

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from app.attest import canonical
from app.reporting.pdf_style import (
    ALERT,
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    HEAD_FILL,
    INK,
    MUTED,
    RULE,
    ZEBRA_FILL,
    commodity_name,
    group_digits,
    para,
    printable,
    styles,
    unit_symbol,
)

# -- geometry of the schedule ---------------------------------------------------------------

SIZE = 7.2  # body text
LEAD = 9.3  # one text line
BASELINE = 6.8  # from the top of a line box to its baseline
PAD = 2.6  # left and right padding of a cell
HEAD_SIZE = 7.0
HEAD_LEAD = 8.4
CAPTION_SIZE = 8.6
NOTE_SIZE = 7.0
NOTE_LEAD = 8.8
MIN_ROWS_WITH_CAPTION = 3
#: The fewest rows of a table a page holds on either side of a break (no orphan, no widow).
MIN_ROWS_APART = 2
CARRY_LEAD = LEAD + 2.0  # a "Carried forward" or "Brought forward" line
#: The room a kind's heading (style h2_free: space before, one line, space after) takes.
HEADING_ROOM = 30.0

LINE, TOTAL, SPAN = 0, 1, 2

_EXACT = Context(prec=200, traps=[Inexact, InvalidOperation, Overflow])


def exact_sum(values: Iterable[Any]) -> Decimal:
    """The exact decimal sum of decimal strings (raises on anything inexact or invalid)."""
    total = Decimal(0)
    for value in values:
        total = _EXACT.add(total, Decimal(str(value)))
    return total


def _dec(value: Any) -> Decimal | None:
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


class RunningSums:
    """The exact running sums of one field over a group's holdings, for the "Carried
    forward" lines: `prefix[k]` is the sum over the group's first k holdings, in integers
    of 10**-`places` (the smallest decimal place any value has), so that the sum at any
    page break is read in O(1) and costs no Decimal arithmetic per row."""

    __slots__ = ("places", "prefix")

    def __init__(self, places: int, prefix: list[int]) -> None:
        self.places = places
        self.prefix = prefix

    @classmethod
    def of(cls, values: Sequence[Any]) -> RunningSums | None:
        """The running sums of `values` (decimal strings), or None when one of them is not
        a finite decimal (its subtotal then reads "n/a" too)."""
        texts = [v if type(v) is str else ("" if v is None or type(v) is bool else str(v))
                 for v in values]
        places = 0
        simple = True
        for text in texts:  # the leaves' plain form, "400.125": digits, at most one point
            whole, _, fraction = text.partition(".")
            if not (whole.isascii() and whole.isdigit()
                    and (not fraction or (fraction.isascii() and fraction.isdigit()))):
                simple = False
                break
            if len(fraction) > places:
                places = len(fraction)
        if simple:
            units = []
            for text in texts:
                whole, _, fraction = text.partition(".")
                units.append(int(whole + fraction.ljust(places, "0")))
        else:  # signs, exponents, spaces: as Decimal reads them, exactly
            numbers = [_dec(text) for text in texts]
            if any(n is None for n in numbers):
                return None
            exact = [n for n in numbers if n is not None]
            places = max([0, *(-int(n.as_tuple().exponent) for n in exact)])
            try:
                units = [int(_EXACT.scaleb(n, places)) for n in exact]
            except (Inexact, InvalidOperation, Overflow):
                return None
        return cls(places, list(accumulate(units, initial=0)))

    def text(self, count: int) -> str:
        """The sum of the first `count` values, as the schedule prints a decimal."""
        value = self.prefix[count]
        digits = str(abs(value))
        if self.places:
            digits = digits.rjust(self.places + 1, "0")
            digits = f"{digits[:-self.places]}.{digits[-self.places:]}"
        return group_digits(("-" if value < 0 else "") + digits)


@dataclass(frozen=True)
class Carry:
    """What a group's table carries over its page breaks: the count of its holdings and
    running sums, the first of them the main figure ("X fine ozt"), the others after it
    in brackets ("(Y gross ozt)")."""

    noun: tuple[str, str]  # singular, plural
    figures: tuple[tuple[str, RunningSums], ...]  # (unit label, sums)

    def line(self, word: str, count: int) -> str:
        """ "Carried forward: 75 bars, 30,012.345 fine ozt (30,030.000 gross ozt)" for the
        group's first `count` holdings."""
        text = f"{word}: {count:,} {self.noun[0 if count == 1 else 1]}"
        for n, (label, sums) in enumerate(self.figures):
            figure = f"{sums.text(count)} {label}"
            text += f", {figure}" if n == 0 else f" ({figure})"
        return text


class KeptTable(Table):
    """A reportlab `Table` that never leaves one row alone on a page: it is cut only where
    at least `MIN_ROWS_APART` body rows (rows besides the repeated headings) stay on the
    page and as many go on, or else moved whole to the next page. Only a table that does
    not fit a page even so (reportlab then calls it "postponed") is cut as reportlab
    would."""

    def _getFirstPossibleSplitRowPosition(self, availHeight: float,
                                          ignoreSpans: int = 0) -> int:
        cut: int = super()._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans)
        rows = len(self._rowHeights)
        if cut <= 0 or cut >= rows or getattr(self, "_postponed", False):
            return cut
        repeat = self.repeatRows
        heads = repeat if isinstance(repeat, int) else max(repeat) + 1
        if rows - cut < MIN_ROWS_APART:  # a widow: take rows along to keep it company
            # (asked of reportlab again, which knows where spanned rows may not be cut)
            cut = super()._getFirstPossibleSplitRowPosition(
                sum(self._rowHeights[:rows - MIN_ROWS_APART]) + 1e-6, ignoreSpans)
        if cut - heads < MIN_ROWS_APART:  # an orphan: the whole table goes on
            return 0
        return cut


def least_table_height(table: Table, avail_width: float) -> float:
    """The height of the least first part that `KeptTable` cuts `table` to (the whole
    table when it cannot be cut): what a page must still have for it to start there."""
    table.wrap(avail_width, 1e6)
    heights = list(table._rowHeights)
    repeat = table.repeatRows
    heads = repeat if isinstance(repeat, int) else max(repeat) + 1
    if len(heights) - heads < 2 * MIN_ROWS_APART:
        return float(sum(heights))
    return float(sum(heights[:heads + MIN_ROWS_APART]))


# -- fast text -------------------------------------------------------------------------------

_json_string = json.encoder.encode_basestring  # type: ignore[attr-defined]
_PLAIN = re.compile(rb"[\x20-\x7e]*")


class FastText:
    """Writes text operators for the report's embedded fonts straight into a page.

    Per document it remembers, for every distinct string, its widths and its
    encoding in the font's subsets (as reportlab's own text object would write
    it), so a weight that occurs on 10,000 bars is encoded once.
    """

    def __init__(self) -> None:
        self._doc: object = None
        self._ops: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {}
        self._widths: dict[str, dict[str, float]] = {}
        self._char_widths: dict[str, tuple[dict[int, float], float]] = {}

    def bind(self, canv: Any) -> None:
        if canv._doc is not self._doc:
            self._doc = canv._doc
            self._ops = {}

    def width(self, text: str, font_name: str, size: float) -> float:
        """Width of `text` in points (cached per font, computed in units of 1/1000 em)."""
        cache = self._widths.get(font_name)
        if cache is None:
            cache = self._widths[font_name] = {}
        units = cache.get(text)
        if units is None:
            metrics = self._char_widths.get(font_name)
            if metrics is None:
                face = pdfmetrics.getFont(font_name).face
                metrics = self._char_widths[font_name] = (face.charWidths, face.defaultWidth)
            char_widths, default = metrics
            units = sum(char_widths.get(code, default) for code in map(ord, text))
            if len(cache) < 200_000:
                cache[text] = units
        return units * size / 1000.0

    def segments(self, text: str, font_name: str) -> tuple[tuple[str, str], ...]:
        """(subset font name, escaped PDF string) pairs that show `text`."""
        key = (font_name, text)
        found = self._ops.get(key)
        if found is None:
            font = pdfmetrics.getFont(font_name)
            pieces = []
            for subset, raw in font.splitString(text, self._doc):
                name = font.getSubsetInternalName(subset, self._doc)
                if _PLAIN.fullmatch(raw) and b"(" not in raw and b")" not in raw \
                        and b"\\" not in raw:
                    escaped = raw.decode("ascii")
                else:
                    escaped = escapePDF(raw)
                pieces.append((name, escaped))
            found = self._ops[key] = tuple(pieces)
        return found


class Pen:
    """Text operators inside one BT … ET, positioned with relative moves that never drift."""

    __slots__ = ("code", "fast", "size", "subset", "x", "y")

    def __init__(self, code: list[str], fast: FastText) -> None:
        self.code = code
        self.fast = fast
        self.x = 0.0
        self.y = 0.0
        self.subset = ""
        self.size = 0.0

    def show(self, x: float, y: float, text: str, font: str, size: float) -> None:
        dx = round(x - self.x, 2)
        dy = round(y - self.y, 2)
        self.x += dx
        self.y += dy
        code = self.code
        code.append(f"{dx:.2f} {dy:.2f} Td")
        for name, escaped in self.fast.segments(text, font):
            if name != self.subset or size != self.size:
                code.append(f"{name} {size:.2f} Tf")
                self.subset, self.size = name, size
            code.append(f"({escaped})Tj")


def rgb(color: Any, stroke: bool = False) -> str:
    return f"{color.red:.3f} {color.green:.3f} {color.blue:.3f} {'RG' if stroke else 'rg'}"


# -- the block --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    title: str
    width: float
    numeric: bool = False


@dataclass
class BlockSpec:
    """What every part of one group's table shares."""

    columns: tuple[Column, ...]
    caption: str
    notes: tuple[str, ...] = ()
    section: str = ""
    outline: tuple[str, int] | None = None
    fast: FastText = field(default_factory=FastText)
    caption_size: float = CAPTION_SIZE

    def __post_init__(self) -> None:
        room = self.width
        lines: list[str] = []
        for note in self.notes:
            lines += wrap_text(note, FONT, NOTE_SIZE, room, self.fast)
        self.notes = tuple(lines)
        self.caption_size = CAPTION_SIZE
        caption_width = self.fast.width(self.caption, FONT_BOLD, CAPTION_SIZE)
        if caption_width > room:  # a long site name: smaller, and cut if it must be
            self.caption_size = max(CAPTION_SIZE * room / caption_width, 6.0)
            while self.fast.width(self.caption, FONT_BOLD, self.caption_size) > room:
                self.caption = self.caption[:-2] + "…"

    @property
    def width(self) -> float:
        return sum(c.width for c in self.columns)

    @property
    def header_height(self) -> float:
        lines = max(c.title.count("\n") + 1 for c in self.columns)
        return lines * HEAD_LEAD + 4.0

    def caption_height(self, first: bool) -> float:
        if first:
            return 15.0 + NOTE_LEAD * len(self.notes) + 3.0
        return NOTE_LEAD + 3.0


class Rows:
    """A group's rows, prepared once: entries (one per holding, one or more lines), their
    cumulative heights and how many of them are holdings (not subtotals)."""

    def __init__(self, spec: BlockSpec) -> None:
        self.spec = spec
        self.entries: list[tuple[float, bool, tuple]] = []  # (height, is_holding, lines)
        self.cum: list[float] = [0.0]
        self.held: list[int] = [0]
        self.carry: Carry | None = None  # set for tables with running totals
        cols = spec.columns
        self._avail = [c.width - 2 * PAD for c in cols]
        self._numeric = [c.numeric for c in cols]
        # the most characters that surely fit, at the widest glyph (1 em; digits 0.64 em)
        self._safe = [int(a / (SIZE * (0.64 if n else 1.0))) for a, n in
                      zip(self._avail, self._numeric, strict=True)]

    def add(self, lines: Sequence[tuple[int, tuple[str, ...]]], holding: bool = True) -> None:
        height = 0.0
        prepared = []
        for kind, cells in lines:
            if kind == SPAN:
                text = cells[0]
                avail = self.spec.width - self.spec.columns[0].width - 2 * PAD
                parts = wrap_text(text, FONT_ITALIC, SIZE - 0.4, avail, self.spec.fast)
                prepared.append((SPAN, ("\n".join(parts),)))
                height += LEAD * len(parts)
                continue
            tall = 1
            fixed = None
            for i, text in enumerate(cells):
                if not text or (self._numeric[i] and not (kind == TOTAL and i == 0)):
                    continue  # numbers are fitted when drawn, by shrinking
                if len(text) <= self._safe[i] and "\n" not in text:
                    continue
                font = FONT_BOLD if kind == TOTAL else FONT
                avail = self._avail[i]
                j = i + 1
                while j < len(cells) and not cells[j]:  # flow into empty neighbours
                    avail += self.spec.columns[j].width
                    j += 1
                parts = wrap_text(text, font, SIZE, avail, self.spec.fast)
                if len(parts) > 1 or "\n" in text:
                    if fixed is None:
                        fixed = list(cells)
                    fixed[i] = "\n".join(parts)
                    tall = max(tall, len(parts))
            prepared.append((kind, tuple(fixed) if fixed else cells))
            height += LEAD * tall
        self.entries.append((height, holding, tuple(prepared)))
        self.cum.append(self.cum[-1] + height)
        self.held.append(self.held[-1] + (1 if holding else 0))

    def gap(self, height: float) -> None:
        """White space between groups of rows."""
        self.entries.append((height, False, ()))
        self.cum.append(self.cum[-1] + height)
        self.held.append(self.held[-1])

    def block(self) -> ScheduleBlock:
        return ScheduleBlock(self, 0, len(self.entries), first=True)


def _cut(text: str, font: str, size: float, room: float, fast: FastText) -> str:
    while len(text) > 1 and fast.width(text, font, size) > room:
        text = text[:-2] + "…"
    return text


def wrap_text(text: str, font: str, size: float, avail: float, fast: FastText) -> list[str]:
    """Break `text` into lines no wider than `avail`: at spaces where possible, else
    anywhere (serials have no spaces); existing newlines are kept."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        rest = paragraph
        while rest and fast.width(rest, font, size) > avail:
            cut = len(rest)
            while cut > 1 and fast.width(rest[:cut], font, size) > avail:
                cut -= 1
            space = rest.rfind(" ", 0, cut + 1)
            hyphen = rest.rfind("-", 0, cut)
            if space > 0 and space >= hyphen:
                out.append(rest[:space])
                rest = rest[space + 1:]
            elif hyphen > 0:  # after a hyphen
                out.append(rest[:hyphen + 1])
                rest = rest[hyphen + 1:]
            else:
                out.append(rest[:cut])
                rest = rest[cut:]
        out.append(rest)
    return out


class ScheduleBlock(Flowable):
    """Rows `start`…`end` of a group, with the column headings (and the caption on the
    group's first part). Splits at row boundaries in O(log n), keeping at least
    `MIN_ROWS_APART` rows on either side of a break (`MIN_ROWS_WITH_CAPTION` under the
    caption) and the subtotals with rows above them. With running totals (`Rows.carry`),
    a part that the group goes on after ends with "Carried forward", and one that it
    went on from opens with "Brought forward"."""

    def __init__(self, rows: Rows, start: int, end: int, *, first: bool) -> None:
        super().__init__()
        self.rows = rows
        self.start = start
        self.end = end
        self.first = first
        spec = rows.spec
        self.section = spec.section
        self.outline = spec.outline if first else None
        self.holdings_drawn = rows.held[end] - rows.held[start]

    def _fixed_height(self) -> float:
        """Caption, headings and, on a continuation, the "Brought forward" line."""
        rows = self.rows
        spec = rows.spec
        carried_in = CARRY_LEAD if rows.carry is not None and rows.held[self.start] else 0.0
        return spec.caption_height(self.first) + spec.header_height + carried_in

    def _carries_out(self) -> bool:
        rows = self.rows
        return rows.carry is not None and rows.held[self.end] < rows.held[-1]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        cum = self.rows.cum
        self.width = self.rows.spec.width
        self.height = (self._fixed_height() + cum[self.end] - cum[self.start]
                       + (CARRY_LEAD if self._carries_out() else 0.0))
        return self.width, self.height

    def _resume(self, cut: int) -> int:
        """Where the next part starts after a cut at `cut`: white space is not carried over."""
        entries = self.rows.entries
        while cut < self.end and not entries[cut][2]:
            cut += 1
        return cut

    def _may_cut(self, cut: int, first_min: int, rest_min: int) -> bool:
        """Whether the part may end before entry `cut`: `first_min` holdings above it,
        `rest_min` after it, and the next part not opening with subtotals. With
        `rest_min` of two or more, a run of rows (the rows above one set of subtotals: a
        group, or one site and commodity of the summary) cut in its middle keeps two
        rows on either side too."""
        rows = self.rows
        held = rows.held
        entries = rows.entries
        if held[cut] - held[self.start] < first_min:
            return False
        resume = self._resume(cut)
        if resume >= self.end:
            return False
        lines = entries[resume][2]
        if lines[0][0] == TOTAL or held[self.end] - held[resume] < rest_min:
            return False
        if rest_min >= MIN_ROWS_APART and resume == cut and entries[cut - 1][1]:  # mid-run
            return (cut - 2 >= self.start and entries[cut - 2][1]
                    and cut + 1 < self.end and entries[cut + 1][1])
        return True

    def _minima(self, strict: bool) -> tuple[int, int]:
        """The fewest holdings above and below a break."""
        held = self.rows.held
        first_min = min(MIN_ROWS_WITH_CAPTION, held[self.end] - held[self.start]) \
            if self.first else 1
        if strict:
            return max(first_min, MIN_ROWS_APART), MIN_ROWS_APART
        return max(first_min, 1), 1

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        rows = self.rows
        cum = rows.cum
        start, end = self.start, self.end
        room = availHeight - self._fixed_height()
        if room <= 0:
            return []
        if bisect_right(cum, cum[start] + room + 1e-6, start, end + 1) - 1 >= end:
            return [self]
        if rows.carry is not None:
            room -= CARRY_LEAD  # the "Carried forward" line under the last row
        fit = bisect_right(cum, cum[start] + room + 1e-6, start, end + 1) - 1
        # The rules hold unless the part does not fit even at the top of a page (reportlab
        # has "postponed" it once): then one row on either side is better than no report.
        for strict in (True, False) if getattr(self, "_postponed", False) else (True,):
            first_min, rest_min = self._minima(strict)
            cut = fit
            while cut > start and not self._may_cut(cut, first_min, rest_min):
                cut -= 1
            if cut > start:
                return [ScheduleBlock(rows, start, cut, first=self.first),
                        ScheduleBlock(rows, self._resume(cut), end, first=False)]
        return []

    def least_height(self) -> float:
        """The height of the least first part this block is cut to (its whole height when it
        cannot be cut): what a page must still have for the block to start there."""
        first_min, rest_min = self._minima(True)
        held = self.rows.held
        cut = self.start
        while cut < self.end and held[cut] - held[self.start] < first_min:
            cut += 1
        while cut < self.end and not self._may_cut(cut, first_min, rest_min):
            cut += 1
        if cut >= self.end:
            return self.wrap(0, 0)[1]
        return self._fixed_height() + self.rows.cum[cut] - self.rows.cum[self.start] \
            + (CARRY_LEAD if self.rows.carry is not None else 0.0)

    def draw(self) -> None:
        canv = self.canv
        rows = self.rows
        spec = rows.spec
        fast = spec.fast
        fast.bind(canv)
        cols = spec.columns
        width = spec.width
        top = self.height

        # caption
        if self.first:
            canv.setFillColor(INK)
            canv.setFont(FONT_BOLD, spec.caption_size)
            canv.drawString(0, top - 10.5, spec.caption)
            canv.setFont(FONT, NOTE_SIZE)
            canv.setFillColor(MUTED)
            y = top - 15.0
            for note in spec.notes:
                canv.drawString(0, y - 6.6, note)
                y -= NOTE_LEAD
        else:
            canv.setFont(FONT_ITALIC, NOTE_SIZE)
            canv.setFillColor(MUTED)
            canv.drawString(0, top - 7.0, _cut(f"{spec.caption} (continued)", FONT_ITALIC,
                                               NOTE_SIZE, spec.width, fast))
        top -= spec.caption_height(self.first)

        code: list[str] = ["q"]
        header = spec.header_height
        carry = rows.carry
        brought = carry.line("Brought forward", rows.held[self.start]) \
            if carry is not None and rows.held[self.start] else None
        carried = carry.line("Carried forward", rows.held[self.end]) \
            if carry is not None and self._carries_out() else None
        # backgrounds: heading band and zebra stripes (one fill per colour)
        code.append(rgb(HEAD_FILL))
        code.append(f"0 {top - header:.2f} {width:.2f} {header:.2f} re f")
        y = top - header
        stripes = []
        rules = [top - header]  # under the headings, around each run of subtotals, at the end
        if brought is not None:
            y -= CARRY_LEAD
            rules.append(y)
        in_totals = False
        end_of_content = y
        for index in range(self.start, self.end):
            height, holding, lines = rows.entries[index]
            is_total = bool(lines) and lines[0][0] == TOTAL
            if holding and index % 2:
                stripes.append(f"0 {y - height:.2f} {width:.2f} {height:.2f} re")
            if is_total != in_totals and (lines or in_totals):
                rules.append(y)
                in_totals = is_total
            y -= height
            if lines:
                end_of_content = y
        if rules[-1] != end_of_content:
            rules.append(end_of_content)
        if carried is not None:
            rules.append(end_of_content - CARRY_LEAD)
        if stripes:
            code.append(rgb(ZEBRA_FILL))
            code.extend(stripes)
            code.append("f")
        code.append(rgb(RULE, stroke=True))
        code.append("0.6 w")
        code.extend(f"0 {at:.2f} m {width:.2f} {at:.2f} l" for at in rules)
        code.append("S")

        # text
        code.append(rgb(INK))
        code.append("BT")
        pen = Pen(code, fast)
        lefts = []
        x = 0.0
        for col in cols:
            lefts.append(x)
            x += col.width
        for i, col in enumerate(cols):
            for n, title in enumerate(col.title.split("\n")):
                baseline = top - 2.0 - 6.2 - n * HEAD_LEAD
                if col.numeric:
                    w = fast.width(title, FONT_BOLD, HEAD_SIZE)
                    pen.show(lefts[i] + col.width - PAD - w, baseline, title, FONT_BOLD, HEAD_SIZE)
                else:
                    pen.show(lefts[i] + PAD, baseline, title, FONT_BOLD, HEAD_SIZE)
        y = top - header
        if brought is not None:
            pen.show(PAD, y - BASELINE - 1.0, _cut(brought, FONT_BOLD, SIZE, width - 2 * PAD,
                                                     fast), FONT_BOLD, SIZE)
            y -= CARRY_LEAD
        numeric = [c.numeric for c in cols]
        rights = [lefts[i] + cols[i].width - PAD for i in range(len(cols))]
        avail = [c.width - 2 * PAD for c in cols]
        span_x = cols[0].width + PAD
        for index in range(self.start, self.end):
            height, _, lines = rows.entries[index]
            entry_top = y
            for kind, cells in lines:
                baseline = y - BASELINE
                if kind == SPAN:
                    code.append(rgb(MUTED))
                    tall = 0
                    for part in cells[0].split("\n"):
                        pen.show(span_x, baseline - tall * LEAD, part, FONT_ITALIC, SIZE - 0.4)
                        tall += 1
                    code.append(rgb(INK))
                    y -= LEAD * tall
                    continue
                font = FONT_BOLD if kind == TOTAL else FONT
                tall = 1
                for i, text in enumerate(cells):
                    if not text:
                        continue
                    if numeric[i] and not (i == 0 and kind == TOTAL):  # a subtotal's label
                        w = fast.width(text, font, SIZE)
                        size = SIZE
                        if w > avail[i]:
                            size = SIZE * avail[i] / w
                            w = avail[i]
                        pen.show(rights[i] - w, baseline, text, font, size)
                    elif "\n" in text:
                        parts = text.split("\n")
                        for n, part in enumerate(parts):
                            pen.show(lefts[i] + PAD, baseline - n * LEAD, part, font, SIZE)
                        tall = max(tall, len(parts))
                    else:
                        pen.show(lefts[i] + PAD, baseline, text, font, SIZE)
                y -= LEAD * tall
            y = entry_top - height  # the entry's height is the authority (gaps have no lines)
        if carried is not None:
            pen.show(PAD, y - BASELINE - 1.0, _cut(carried, FONT_BOLD, SIZE, width - 2 * PAD,
                                                     fast), FONT_BOLD, SIZE)
        code.append("ET")
        code.append("Q")
        canv.addLiteral("\n".join(code))


# -- what each kind of holding shows ---------------------------------------------------------


def _text(holding: dict[str, Any], name: str) -> str:
    value = holding.get(name)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return printable(value)


def _number(holding: dict[str, Any], name: str) -> str:
    value = holding.get(name)
    return "" if value is None else group_digits(printable(value))


def _note(holding: dict[str, Any]) -> str:
    flags = holding.get("flags") or []
    words = []
    if holding.get("good_delivery") is False:
        words.append("not Good Delivery")
    if holding.get("within_tolerance") is False:
        words.append("outside lot tolerance")
    words.extend(printable(f) for f in flags if f != "outside-lot-tolerance")
    return "; ".join(words)


def method_text(holding: dict[str, Any]) -> str:
    standard = _text(holding, "standard")
    edition = _text(holding, "edition")
    if standard and edition:
        return f"{standard}, edition {edition}"
    return standard or edition


@dataclass(frozen=True)
class KindLayout:
    kind: str
    title: str  # section title
    noun: tuple[str, str]  # singular, plural
    columns: tuple[Column, ...]
    line: Callable[[dict[str, Any]], tuple[str, ...]]
    sums: tuple[tuple[int, str], ...]  # (column index, holding field) subtotalled
    span: Callable[[dict[str, Any]], str] | None = None
    method_in_span: bool = False  # the method is part of each row's last line
    # a further line of cells under `line` (None when a holding has none)
    second: Callable[[dict[str, Any]], tuple[str, ...] | None] | None = None
    # (holding field, unit label) carried forward at a page break, the main figure first
    carry: tuple[tuple[str, str], ...] = ()


def _bar_line(h: dict[str, Any]) -> tuple[str, ...]:
    return (_text(h, "id"), _text(h, "serial"), _text(h, "brand"), _text(h, "year"),
            _number(h, "gross_oz"), _text(h, "fineness"), _number(h, "fine_oz"),
            _text(h, "location"), _note(h))


def _lot_line(h: dict[str, Any]) -> tuple[str, ...]:
    return (_text(h, "id"), _text(h, "warrant"), _text(h, "brand"), _text(h, "shape"),
            _text(h, "grade"), _text(h, "bundles"), _number(h, "gross_t"), _number(h, "net_t"),
            _text(h, "location"), _note(h))


def _tank_line(h: dict[str, Any]) -> tuple[str, ...]:
    return (_text(h, "id"), _text(h, "code"), _text(h, "product"), _number(h, "gov_m3"),
            _text(h, "ctpl"), _number(h, "gsv_m3"), _text(h, "sw_percent"),
            _number(h, "nsv_m3"), _number(h, "nsv_bbl"))


#: The members of a tank leaf that give the chain's inputs (FORMAT.md §4.1, "Tank leaves").
TANK_INPUTS = ("level_mm", "calibration", "tov_m3", "free_water_m3", "ctsh", "fra_m3",
               "temperature", "ambient_temperature", "density")
_DENSITY_NAMES = {"api": "API", "sg": "SG", "density60": "ρ60", "density15": "ρ15"}


def _calibration_text(h: dict[str, Any]) -> str:
    """"v2 · CERT-1" for a level read through a calibration table; "TOV given" without."""
    calibration = h.get("calibration")
    if not isinstance(calibration, dict):
        return "TOV given" if "calibration" in h else ""
    text = f"v{_text(calibration, 'version')}"
    certificate = _text(calibration, "certificate")
    return f"{text} · {certificate}" if certificate else text


def _temperature_text(h: dict[str, Any]) -> str:
    scale = _text(h, "temperature_unit")
    unit = f" °{scale}" if scale in ("C", "F") else ""
    liquid = _text(h, "temperature")
    if not liquid:
        return ""
    ambient = _text(h, "ambient_temperature")
    return f"{liquid} / {ambient}{unit}" if ambient else f"{liquid}{unit}"


def _density_text(h: dict[str, Any]) -> str:
    density = h.get("density")
    if not isinstance(density, dict):
        return ""
    return " ".join(f"{_DENSITY_NAMES.get(str(name), printable(name))} {printable(value)}"
                    for name, value in sorted(density.items()))


def _tank_inputs_line(h: dict[str, Any]) -> tuple[str, ...] | None:
    """The second line of a tank: the chain's inputs under the results they lead to
    (level under the tank, its table under the product, TOV under GOV, free water under
    CTPL, CTSh under GSV, FRA under S&W, temperatures under NSV m³, density under NSV
    bbl). None for a leaf written before tank leaves carried them."""
    if not any(name in h for name in TANK_INPUTS):
        return None
    return ("", _number(h, "level_mm"), _calibration_text(h), _number(h, "tov_m3"),
            _number(h, "free_water_m3"), _text(h, "ctsh"), _number(h, "fra_m3"),
            _temperature_text(h), _density_text(h))


def _tank_span(h: dict[str, Any]) -> str:
    parts = [f"gauged {_text(h, 'gauged_at')}"]
    method = method_text(h)
    if method:
        parts.append(method)
    if h.get("table") is not None:
        parts.append(f"table {_text(h, 'table')}")
    if h.get("ullage_mm") is not None:
        parts.append(f"ullage {_number(h, 'ullage_mm')} mm below reference height "
                     f"{_number(h, 'reference_height_mm')} mm")
    calibration = h.get("calibration")
    if isinstance(calibration, dict):
        parts.append(f"calibration table SHA-256 {_text(calibration, 'digest')}")
    if h.get("in_critical_zone") is True:
        parts.append("level in the critical zone (allowed by the custodian)")
    if _text(h, "pressure_psig") not in ("", "0"):
        parts.append(f"pressure {_text(h, 'pressure_psig')} psig")
    if h.get("chain_unit") == "bbl":
        parts.append("chain computed in barrels")
    return " · ".join(parts)


def _gas_line(h: dict[str, Any]) -> tuple[str, ...]:
    kind = _text(h, "gas_kind")
    return (_text(h, "id"), _text(h, "code"), "LNG" if kind == "lng" else kind,
            _text(h, "measured_at"), _number(h, "energy_mmbtu"), _number(h, "cushion_mmbtu"))


def _quantities_text(h: dict[str, Any]) -> str:
    return "; ".join(
        f"{group_digits(printable(q.get('quantity')))} {unit_symbol(q.get('unit'))}"
        for q in h.get("quantities") or [] if isinstance(q, dict))


def _other_line(h: dict[str, Any]) -> tuple[str, ...]:
    identity = next((_text(h, k) for k in ("serial", "warrant", "code") if h.get(k)), "")
    return (_text(h, "id"), _text(h, "kind"), identity, _quantities_text(h))


KINDS: dict[str, KindLayout] = {
    "bar": KindLayout(
        "bar", "Bars (LBMA weight list)", ("bar", "bars"),
        (Column("Id", 36, True), Column("Serial", 74), Column("Brand", 62), Column("Year", 28),
         Column("Gross oz", 60, True), Column("Fineness", 40, True), Column("Fine oz", 60, True),
         Column("Vault location", 76), Column("Note", 57)),
        _bar_line, ((4, "gross_oz"), (6, "fine_oz")),
        carry=(("fine_oz", "fine ozt"), ("gross_oz", "gross ozt"))),
    "lot": KindLayout(
        "lot", "Lots (warrants)", ("lot", "lots"),
        (Column("Id", 36, True), Column("Warrant", 62), Column("Brand", 56), Column("Shape", 40),
         Column("Grade", 56), Column("Bundles", 36, True), Column("Gross t", 46, True),
         Column("Net t", 46, True), Column("Location", 59), Column("Note", 56)),
        _lot_line, ((5, "bundles"), (6, "gross_t"), (7, "net_t")),
        carry=(("net_t", "net t"), ("gross_t", "gross t"))),
    "tank": KindLayout(
        "tank", "Tanks (quantity chain, API MPMS 11.1)", ("tank", "tanks"),
        (Column("Id", 30, True), Column("Tank\nLevel mm", 48),
         Column("Product\nCalibration", 66), Column("GOV m³\nTOV m³", 62, True),
         Column("CTPL\nFree water m³", 68, True), Column("GSV m³\nCTSh", 60, True),
         Column("S&W %\nFRA m³", 40, True), Column("NSV m³\nT liquid / amb.", 62, True),
         Column("NSV bbl\nDensity", 57, True)),
        _tank_line, ((3, "gov_m3"), (5, "gsv_m3"), (7, "nsv_m3"), (8, "nsv_bbl")),
        span=_tank_span, method_in_span=True, second=_tank_inputs_line),
    "gas": KindLayout(
        "gas", "Gas inventories", ("inventory", "inventories"),
        (Column("Id", 36, True), Column("Inventory", 70), Column("Type", 46),
         Column("Measured at (UTC)", 121), Column("Energy MMBtu", 110, True),
         Column("Cushion gas MMBtu", 110, True)),
        _gas_line, ((4, "energy_mmbtu"), (5, "cushion_mmbtu"))),
}
OTHER = KindLayout(
    "other", "Other holdings", ("holding", "holdings"),
    (Column("Id", 36, True), Column("Kind", 60), Column("Identity", 140),
     Column("Quantities", 257)),
    _other_line, ())
KIND_ORDER = ("bar", "lot", "tank", "gas")

SITE_NOTE = "{code} · {name}"


def site_names(statement: dict[str, Any]) -> dict[str, str]:
    return {str(s.get("code")): printable(s.get("name", "")) for s in statement.get("sites", [])
            if isinstance(s, dict)}


def _group_holdings(holdings: Sequence[dict[str, Any]]) -> dict[str, dict[tuple[str, str],
                                                                          list[int]]]:
    """kind → (site, commodity) → indexes in leaf order."""
    groups: dict[str, dict[tuple[str, str], list[int]]] = {}
    for index, h in enumerate(holdings):
        kind = h.get("kind") if h.get("kind") in KINDS else "other"
        key = (str(h.get("site", "")), str(h.get("commodity", "")))
        groups.setdefault(kind, {}).setdefault(key, []).append(index)
    return groups


def full_schedule(holdings: Sequence[dict[str, Any]], statement: dict[str, Any],
                  fast: FastText) -> list[Flowable]:
    """One captioned block per kind, site and commodity, each ending in its subtotals."""
    names = site_names(statement)
    st = styles()
    story: list[Flowable] = []
    groups = _group_holdings(holdings)
    for kind in (*KIND_ORDER, "other"):
        if kind not in groups:
            continue
        layout = KINDS.get(kind, OTHER)
        blocks = [_group_block(layout, site, commodity, indexes, holdings, names, fast)
                  for (site, commodity), indexes in sorted(groups[kind].items())]
        # No keep-with-next (it would push a whole group to the next page): a conditional
        # break keeps the heading with the first group's caption and the least first part
        # that group may be cut to, so that the heading never ends a page.
        story.append(CondPageBreak(HEADING_ROOM + blocks[0].least_height()))
        heading = Paragraph(para(layout.title), st["h2_free"])
        heading.outline = (layout.title, 1)
        # the running header names the groups, and this heading opens the first of them
        heading.section = blocks[0].section
        story.append(heading)
        for block in blocks:
            story.append(block)
            story.append(Spacer(1, 8))
    return story


def _group_block(layout: KindLayout, site: str, commodity: str, indexes: list[int],
                 holdings: Sequence[dict[str, Any]], names: dict[str, str],
                 fast: FastText) -> ScheduleBlock:
    site_text = printable(site)
    place = f"{site_text} · {names[site]}" if names.get(site) else site_text
    noun = layout.noun[1 if len(indexes) != 1 else 0]
    caption = f"{place} — {commodity_name(commodity)} — {len(indexes):,} {noun}"
    methods = sorted({method_text(holdings[i]) for i in indexes} - {""})
    notes: list[str] = []
    if not layout.method_in_span and methods:
        notes.append("Method: " + "; ".join(methods))
    if layout.kind == "gas":
        notes.append("Energy is the attested quantity (working gas in storage); cushion gas is "
                     "shown but not counted in the totals.")
    if layout.kind == "tank":
        notes.append("Each tank: the chain's results, then under them the gauging's inputs "
                     "(in the headings' second line), then when and how it was gauged. "
                     "The level is read through the tank's calibration table (version · "
                     "certificate) by linear interpolation to TOV; GOV = (TOV − free water) "
                     "× CTSh + FRA; GSV = GOV × CTPL; NSV = GSV × (1 − S&W % / 100). "
                     "Volumes at the standard temperature of the VCF table named on each "
                     "tank's last line.")
    per_row_method = not layout.method_in_span and len(methods) > 1
    spec = BlockSpec(
        columns=layout.columns, caption=caption, notes=tuple(notes),
        # the running header's name: short, for two of them to fit side by side
        section=f"Schedule of holdings: {site_text} {commodity_name(commodity)} "
                f"{layout.noun[1]}",
        outline=(f"{place} — {commodity_name(commodity)}", 2), fast=fast)
    rows = Rows(spec)
    add = rows.add
    line = layout.line
    span = layout.span
    second = layout.second
    for i in indexes:
        h = holdings[i]
        below = second(h) if second is not None else None
        if below is not None:
            add(((LINE, line(h)), (LINE, below),
                 *(((SPAN, (span(h),)),) if span is not None else ())))
        elif span is not None:
            add(((LINE, line(h)), (SPAN, (span(h),))))
        elif per_row_method:
            add(((LINE, line(h)), (SPAN, (method_text(h),))))
        else:
            add(((LINE, line(h)),))
    for total_line in _subtotal_lines(layout, site_text, commodity, indexes, holdings):
        add(((TOTAL, total_line),), holding=False)
    if layout.carry:
        figures = []
        for name, label in layout.carry:
            sums = RunningSums.of([holdings[i].get(name) for i in indexes])
            if sums is not None:  # else its subtotal is "n/a", and so is its running total
                figures.append((label, sums))
        rows.carry = Carry(layout.noun, tuple(figures))
    return rows.block()


def _subtotal_lines(layout: KindLayout, site: str, commodity: str, indexes: list[int],
                    holdings: Sequence[dict[str, Any]]) -> list[tuple[str, ...]]:
    ncols = len(layout.columns)
    noun = layout.noun[1 if len(indexes) != 1 else 0]
    label = f"Subtotal {site} {commodity_name(commodity)}: {len(indexes):,} {noun}"
    cells = [""] * ncols
    cells[0] = label
    for column, name in layout.sums:
        values = [holdings[i].get(name) for i in indexes]
        if any(v is None or _dec(v) is None for v in values):
            cells[column] = "n/a"
        else:
            cells[column] = group_digits(str(exact_sum(values)))
    lines = [tuple(cells)]
    if layout is OTHER:  # quantities per unit
        sums = quantity_sums(holdings[i] for i in indexes)
        for (_, unit), total in sorted(sums.items()):
            extra = [""] * ncols
            extra[3] = f"{group_digits(str(total))} {unit_symbol(unit)}"
            lines.append(tuple(extra))
    return lines


def quantity_sums(holdings: Iterable[dict[str, Any]]) -> dict[tuple[str, str], Decimal]:
    """(commodity, unit) → exact sum of the holdings' attested `quantities`."""
    sums: dict[tuple[str, str], Decimal] = {}
    for h in holdings:
        for q in h.get("quantities") or []:
            key = (str(q.get("commodity")), str(q.get("unit")))
            sums[key] = _EXACT.add(sums.get(key, Decimal(0)), Decimal(str(q.get("quantity"))))
    return sums


# -- the summary by site and brand -----------------------------------------------------------

SUMMARY_COLUMNS = (
    Column("Site", 62), Column("Commodity", 64), Column("Kind", 40),
    Column("Brand / product / type", 116), Column("Holdings", 52, True),
    Column("Quantity", 112, True), Column("Unit", 47))


_BRAND_FIELDS = {"bar": "brand", "lot": "brand", "tank": "product", "gas": "gas_kind"}


def _brand_text(kind: Any, brand: Any) -> str:
    if kind == "gas" and brand == "lng":
        return "LNG"
    return printable(brand) if brand is not None else ""


def _as_decimal(value: Any) -> Decimal:
    return Decimal(value if type(value) is str else str(value))


def summary_schedule(holdings: Sequence[dict[str, Any]], statement: dict[str, Any],
                     fast: FastText, intro: str) -> list[Flowable]:
    """Count and attested quantity by site, commodity, kind and brand, with subtotals per
    site and commodity."""
    st = styles()
    names = site_names(statement)
    add = _EXACT.add
    raw: dict[tuple[Any, ...], list[Any]] = {}
    for h in holdings:
        get = h.get
        kind = get("kind")
        field_name = _BRAND_FIELDS.get(kind) if isinstance(kind, str) else None
        base = (get("site", ""), get("commodity", ""), kind,
                get(field_name) if field_name else None)
        quantities = get("quantities") or ({"unit": "", "quantity": "0"},)
        for q in quantities:
            key = (*base, q.get("unit"))
            entry = raw.get(key)
            if entry is None:
                entry = raw[key] = [0, Decimal(0)]
            entry[0] += 1
            entry[1] = add(entry[1], _as_decimal(q.get("quantity")))
    buckets: dict[tuple[str, str], dict[tuple[str, str, str], list[Any]]] = {}
    for (site, commodity, kind, brand, unit), (count, total) in raw.items():
        per_site = buckets.setdefault((str(site), str(commodity)), {})
        per_site[(str(kind), _brand_text(kind, brand), str(unit))] = [count, total]
    spec = BlockSpec(
        columns=SUMMARY_COLUMNS, caption="Holdings by site, commodity and brand",
        notes=("Counts are holdings; a tank counts once for each unit it contributes "
               "(barrels and cubic metres).",),
        section="Schedule of holdings: summary by site and brand",
        outline=("Summary by site and brand", 1), fast=fast)
    rows = Rows(spec)
    for number, ((site, commodity), per_site) in enumerate(sorted(buckets.items())):
        if number:  # white space between sites (none after the last: a page may end there)
            rows.gap(LEAD / 2)
        site_text = printable(site)
        subtotal: dict[str, list[Any]] = {}
        for (kind, brand, unit), (count, total) in sorted(per_site.items()):
            rows.add(((LINE, (site_text, commodity_name(commodity), printable(kind), brand,
                              f"{count:,}", group_digits(str(total)) if unit else "",
                              unit_symbol(unit))),))
            sub = subtotal.setdefault(unit, [0, Decimal(0)])
            sub[0] += count
            sub[1] = _EXACT.add(sub[1], total)
        for unit, (count, total) in sorted(subtotal.items()):
            label = f"Subtotal {site_text} {commodity_name(commodity)}"
            rows.add(((TOTAL, (label, "", "", "", f"{count:,}",
                               group_digits(str(total)) if unit else "", unit_symbol(unit))),),
                     holding=False)
    story: list[Flowable] = [Paragraph(intro, st["body"])]
    if names:
        story.append(Paragraph(
            "Sites: " + "; ".join(f"{para(code)} — {para(name)}"
                                  for code, name in sorted(names.items())), st["muted"]))
    story.append(rows.block())
    return story


# -- reconciliation with the statement ---------------------------------------------------------


def reconciliation(holdings: Sequence[dict[str, Any]], statement: dict[str, Any]) -> Flowable:
    """The schedule's sums per commodity and unit against the statement's totals."""
    st = styles()
    sums: dict[tuple[str, str], Decimal] = {}
    counts: dict[tuple[str, str], int] = {}
    add = _EXACT.add
    for h in holdings:
        for q in h.get("quantities") or ():
            key = (str(q.get("commodity")), str(q.get("unit")))
            sums[key] = add(sums.get(key, Decimal(0)), _as_decimal(q.get("quantity")))
            counts[key] = counts.get(key, 0) + 1
    stated = {(str(t.get("commodity")), str(t.get("unit"))): str(t.get("quantity"))
              for t in statement.get("totals", [])}
    head = [Paragraph(t, st["cell_bold"]) for t in
            ("Commodity", "Unit", "Holdings", "Sum of the schedule", "Statement total", "")]
    data: list[list[Any]] = [head]
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("ALIGN", (2, 0), (4, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for r, key in enumerate(sorted(set(sums) | set(stated)), start=1):
        mine = sums.get(key)
        theirs = stated.get(key)
        agrees = mine is not None and theirs is not None and _dec(theirs) == mine
        data.append([commodity_name(key[0]), unit_symbol(key[1]), f"{counts.get(key, 0):,}",
                     group_digits(str(mine)) if mine is not None else "—",
                     group_digits(printable(theirs)) if theirs is not None else "—",
                     "agrees" if agrees else "DIFFERS"])
        if not agrees:
            style += [("TEXTCOLOR", (5, r), (5, r), ALERT), ("FONT", (5, r), (5, r), FONT_BOLD, 8)]
    # header cells are Paragraphs (right-aligned ones need it too)
    for c in (2, 3, 4):
        data[0][c] = Paragraph(f'<para align="right">{data[0][c].text}</para>',
                               st["cell_bold"])
    return KeptTable(data, colWidths=[100, 50, 60, 115, 115, 53], style=TableStyle(style),
                     hAlign="LEFT", repeatRows=1)


# -- CSV ------------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "leaf", "kind", "id", "site", "commodity",
    "serial", "brand", "year", "gross_oz", "fineness", "fine_oz", "location",
    "good_delivery", "flags",
    "warrant", "shape", "grade", "bundles", "gross_t", "net_t", "within_tolerance",
    "code", "product", "gauged_at", "level_mm", "ullage_mm", "reference_height_mm",
    "calibration", "in_critical_zone", "chain_unit", "tov_m3", "free_water_m3", "ctsh",
    "fra_m3", "temperature", "ambient_temperature", "temperature_unit", "pressure_psig",
    "density", "gov_m3", "ctpl", "gsv_m3", "sw_percent", "nsv_m3", "nsv_bbl", "table",
    "gas_kind", "measured_at", "energy_mmbtu", "cushion_mmbtu",
    "standard", "edition", "quantities",
)


_QUANTITY_JSON = '{"commodity":%s,"quantity":%s,"unit":%s}'


def _csv_value(value: Any) -> str:
    """A holding's field as CSV text; lists and objects as canonical JSON (RFC 8785).

    The two shapes every holding has, a list of strings (`flags`) and a list of
    {commodity, quantity, unit} strings (`quantities`), are written directly: for
    ASCII keys and string values, JSON's string escaping is JCS's, and the keys are
    already in order. Anything else goes through `canonical.dumps`."""
    if value is None:
        return ""
    kind = type(value)
    if kind is str:
        return value
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return str(value)
    if kind is list:
        if not value:
            return "[]"
        try:  # encode_basestring refuses anything but a str; a missing key is a KeyError
            if type(value[0]) is str:
                return "[" + ",".join(map(_json_string, value)) + "]"
            parts = [_QUANTITY_JSON % (_json_string(q["commodity"]), _json_string(q["quantity"]),
                                       _json_string(q["unit"]))
                     for q in value if type(q) is dict and len(q) == 3]
            if len(parts) == len(value):
                return "[" + ",".join(parts) + "]"
        except (KeyError, TypeError):
            pass
    return canonical.dumps(value).decode("utf-8")


def schedule_csv(holdings: Sequence[dict[str, Any]]) -> bytes:
    """The full schedule as CSV (RFC 4180, UTF-8, CRLF line ends, one header row).

    One row per holding in leaf order; `leaf` is the leaf index in the Merkle
    tree (from 0). Every field of the holding has a column: text and decimal
    strings exactly as attested, integers in decimal, booleans `true`/`false`,
    lists and objects (`flags`, `quantities`) as canonical JSON. Fields a kind
    does not have are empty; fields unknown to this version follow the known
    columns, sorted by name. Values are not altered in any way (no quoting
    against spreadsheet formulas): the file is data, to be compared with the
    leaves.
    """
    known = set(CSV_COLUMNS)
    extra = sorted({k for h in holdings for k in h} - known)
    columns = [*CSV_COLUMNS, *extra]
    where = {name: i for i, name in enumerate(columns)}
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    blank = [""] * len(columns)
    for index, h in enumerate(holdings):
        row = blank.copy()
        for name, value in h.items():
            row[where[name]] = value if type(value) is str else _csv_value(value)
        row[0] = str(index)
        writer.writerow(row)
    return out.getvalue().encode("utf-8")
