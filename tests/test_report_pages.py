"""The report's pages as a reader turns them (issue 14): each page's running header names
the sections on that page; no page holds a lone line of a table or a heading at its foot;
and the bar and lot lists carry their running totals over every page break, exactly.

Everything is read back from the PDF: each page's text lines with their heights on the
page (pypdf), the header's line at the top, the footer's at the bottom, the body between.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.reporting import pdf_layout
from app.reporting.pdf_layout import page_sections, running_head
from app.reporting.pdf_schedule import KeptTable, RunningSums
from app.reporting.pdf_style import FONT_BOLD, group_digits
from app.services import reporting
from tests.test_pdf_layout import bar, make_statement, render, synthetic_holdings
from tests.test_report_count import KEY_PASSPHRASE, counted_samples

HEADER_Y = pdf_layout.PAGE_HEIGHT - 34
FOOTER_Y = 30.0
GROUP_CAPTION = re.compile(r"^(\S+)(?: · .+)? — (.+) — ([\d,]+) (bars?|lots?|tanks?|"
                           r"inventor(?:y|ies)|holdings?)( \(continued\))?$")
CARRY = re.compile(r"^(Carried|Brought) forward: ([\d,]+) (bars?|lots?), ([\d,.]+) (fine ozt|net t)"
                   r" \(([\d,.]+) (gross ozt|gross t)\)$")
CHAPTERS = ("Assertion, scope and procedures", "Physical count", "Signatures",
            "Methodology and verification", "Schedule of holdings")
#: Headings that are not sections (each opens a part of one), and must not end a page.
HEADINGS = {"The custodian's assertion", "Scope", "Criteria", "Procedures performed",
            "Inherent limitations", "Signatories", "The sample", "Results", "Exceptions",
            "Tolerances", "Conclusion", "Thresholds of the policy", "What this report attests",
            "Standards and editions", "Constants", "How to verify this report",
            "Chain, journal and sites", "Bars (LBMA weight list)", "Lots (warrants)",
            "Tanks (quantity chain, API MPMS 11.1)", "Gas inventories", "Other holdings",
            "Schedule totals against the statement", *CHAPTERS}
PLURAL = {"bar": "bars", "lot": "lots", "tank": "tanks", "inventory": "inventories",
          "holding": "holdings"}


# -- reading pages back ------------------------------------------------------------------------


@dataclass
class Page:
    number: int
    header: str  # the running header's words (the page number apart)
    body: list[str]  # the body's lines, top to bottom
    footer: str


def read_pages(pdf: bytes) -> list[Page]:
    """Every page's header, body lines and footer, from the text's places on the page."""
    out = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):
        parts: list[tuple[float, float, str]] = []

        def visit(text: str, cm: list[float], tm: list[float], _font: Any, _size: Any,
                  parts: list[tuple[float, float, str]] = parts) -> None:
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                parts.append((round(y, 1), x, " ".join(text.split())))

        page.extract_text(visitor_text=visit)
        lines: dict[float, list[tuple[float, str]]] = {}
        for y, x, text in parts:
            lines.setdefault(y, []).append((x, text))
        ordered = [(y, " ".join(t for _, t in sorted(lines[y]))) for y in sorted(lines,
                                                                              reverse=True)]
        header = next(t for y, t in ordered if abs(y - HEADER_Y) < 1)
        footer = next(t for y, t in ordered if abs(y - FOOTER_Y) < 1)
        page_number = f"Page {number} of "
        assert page_number in header, header
        out.append(Page(number, header[:header.index(page_number)].strip(),
                        [t for y, t in ordered if FOOTER_Y + 5 < y < HEADER_Y - 5], footer))
    return out


def section_of(line: str) -> tuple[str, bool] | None:
    """The section a body line opens, or goes on with: (the header's name for it, whether
    the line opens it). None for a line that is neither."""
    if line in CHAPTERS:
        return line, True
    if line == "Schedule totals against the statement":
        return "totals against the statement", True
    if line.startswith("Proof-of-reserve report"):
        return pdf_layout.COVER_SECTION, True
    if line.startswith("Holdings by site, commodity and brand"):
        return "summary by site and brand", not line.endswith("(continued)")
    found = GROUP_CAPTION.match(line)
    if found:
        site, commodity, _, noun, continued = found.groups()
        return f"{site} {commodity} {PLURAL.get(noun, noun)}", not continued
    return None


# -- reports -------------------------------------------------------------------------------


def lot(ident: int, site: str = "RTM-WH") -> dict[str, Any]:
    net = Decimal("25.000") + Decimal(ident % 17) / 1000
    gross = net + Decimal("0.110") + Decimal(ident % 5) / 100
    return {
        "brand": "KGHM", "bundles": 10, "commodity": "copper", "edition": "2024", "flags": [],
        "grade": "Cu-CATH-1", "gross_t": str(gross), "id": ident, "kind": "lot",
        "location": f"Bay {ident % 9}", "net_t": str(net),
        "quantities": [{"commodity": "copper", "quantity": str(net), "unit": "t"}],
        "shape": "cathode", "site": site, "standard": "LME warrant",
        "warrant": f"W-{ident:06d}", "within_tolerance": True}


def one_group(bars: int) -> list[dict[str, Any]]:
    """`bars` gold bars at one vault: a single group, its breaks wherever its size puts them."""
    return [bar(i, "LDN-V1", "gold", "ARGOR" if i % 2 else "PAMP") for i in range(1, bars + 1)]


def made(holdings: list[dict[str, Any]]) -> tuple[bytes, list[Page]]:
    pdf = render(make_statement(holdings), holdings)
    return pdf, read_pages(pdf)


@pytest.fixture(scope="module")
def many() -> tuple[list[dict[str, Any]], list[Page]]:
    """About three hundred bars in three groups, two hundred lots and the other kinds:
    several pages of each list."""
    holdings = synthetic_holdings(300)
    lots = [lot(400 + i, "RTM-WH" if i < 150 else "AMS-WH") for i in range(200)]
    holdings = holdings[:300] + lots + holdings[300:]
    for number, h in enumerate(holdings, start=1):  # leaf order: kind, then id
        h["id"] = number
    _, pages = made(holdings)
    return holdings, pages


# -- running headers ------------------------------------------------------------------------


KIND_HEADINGS = ("Bars (LBMA weight list)", "Lots (warrants)",
                 "Tanks (quantity chain, API MPMS 11.1)", "Gas inventories", "Other holdings")


def check_headers(pages: list[Page]) -> None:
    """Each page's header names, from what its body shows: the section at its top (the one
    the page goes on with, or the one a heading or caption at its top opens) and the last
    that starts on it; and no section that is not on the page."""
    every = {name for page in pages for name, _ in filter(None, map(section_of, page.body))}
    carried = ""
    for page in pages:
        found = [s for s in map(section_of, page.body) if s is not None]
        opened = [name for name, opens in found if opens]
        top = section_of(page.body[0]) if page.body else None
        at_top = top[0] if top is not None else carried
        if page.body and page.body[0] in (*KIND_HEADINGS, "Schedule of holdings"):
            # a kind's heading, or the chapter's, is named by the first group it heads
            at_top = next((name for name in opened if name != "Schedule of holdings"),
                          at_top)
        last = opened[-1] if opened else at_top
        for name in (at_top, last):
            assert name in page.header, (page.number, name, page.header)
        shown = {at_top, *opened}
        for name in every - shown - set(CHAPTERS):
            assert name not in page.header, (page.number, name, page.header)
        if len(shown) == 1:
            assert page.header.endswith(last), (page.number, page.header)
        carried = last


def test_every_page_header_names_the_sections_on_it(many):
    _, pages = many
    check_headers(pages)
    headers = [p.header for p in pages]
    assert headers[0] == pdf_layout.COVER_SECTION
    assert headers[1] == "Assertion, scope and procedures"
    assert "Signatures" in headers and "Methodology and verification" in headers
    # a page where one group ends and the next starts names both, in their order
    both = [h for h in headers if "LDN-V1 gold bars; ZRH-V2 gold bars" in h]
    assert both == ["Schedule of holdings: LDN-V1 gold bars; ZRH-V2 gold bars"]
    assert "Schedule of holdings: RTM-WH copper lots" in headers  # its pages in between
    assert headers[-1].endswith("totals against the statement")
    # the report's identity is on every page's foot
    for page in pages:
        assert page.footer.startswith("Proof-of-reserve report · Test Custody Ltd")
        assert "Attestation 0f8e2c1a-7b4d-4e0a-9c3f-5a6b7c8d9e01 · as of " \
               "2026-11-25T09:30:00Z" in page.footer


def test_page_sections_and_guide_words():
    cover = [("Cover", True)]
    assert page_sections(cover, "") == ("Cover",)
    assert page_sections([], "Signatures") == ("Signatures",)  # a page it goes on to
    # a section that goes on at the top, then one that starts partway
    assert page_sections([("S: a", False), ("S: b", False)], "S: a") == ("S: a", "S: b")
    # one that starts at the top replaces the one before
    assert page_sections([("S: b", True)], "S: a") == ("S: b",)

    def head(*names: str) -> str:
        return running_head(names, FONT_BOLD, 7.5, 430)

    assert head("Schedule of holdings", "Schedule of holdings: A gold bars") == \
        "Schedule of holdings: A gold bars"
    assert head("S: a", "S: b") == "S: a; b"
    assert head("S: a", "S: b", "S: c") == "S: a … c"
    assert head("Signatures", "Methodology") == "Signatures; Methodology"
    long = running_head(("S: " + "a" * 200, "S: " + "b" * 200), FONT_BOLD, 7.5, 430)
    assert long.startswith("S: aaa") and "…; bbb" in long and long.endswith("…")


def test_a_cover_of_three_pages_and_a_heading_at_a_page_top():
    """Sites enough for the cover to run over three pages: each says "Cover" (in the
    cover's fonts: tests/test_cover_rebuilt.py), and a page that opens with a kind's
    heading is named by the group it heads."""
    holdings = synthetic_holdings(120)
    statement = make_statement(holdings)
    statement["sites"] = [{"code": f"S{i:03d}", "jurisdiction": "", "kind": "vault",
                           "name": f"Vault number {i} with a long name", "operator": "Op"}
                          for i in range(120)]
    pages = read_pages(render(statement, holdings))
    check_headers(pages)
    check_no_lone_lines(holdings, pages)
    assert [p.header for p in pages[:3]] == [pdf_layout.COVER_SECTION] * 3
    assert any(p.body[0] in KIND_HEADINGS for p in pages), "no page opens with a heading"


@pytest.fixture(scope="module")
def with_count(tmp_path_factory) -> Path:
    """The samples' report with a count certificate (every holding found but the first)."""
    out = counted_samples(tmp_path_factory.mktemp("count"))
    report = out / "report-count.pdf"
    reporting.make_report(
        attestation_path=str(out / "attestation.json"), policy_path=str(out / "policy.json"),
        leaves_path=str(out / "leaves.jsonl"),
        report_key_path=str(out / "private" / "report-signer.key"),
        passphrase=lambda: KEY_PASSPHRASE, out=str(report),
        count_path=str(out / "count.json"))
    return report


def test_a_report_with_a_count_names_every_section_in_its_headers(with_count):
    pages = read_pages(with_count.read_bytes())
    check_headers(pages)
    headers = [p.header for p in pages]
    for chapter in (pdf_layout.COVER_SECTION, *CHAPTERS):
        assert any(h == chapter or h.startswith(chapter + ":") for h in headers), chapter
    count = next(p for p in pages if p.body[0] == "Physical count")
    assert count.header == "Physical count"


# -- no lone line ------------------------------------------------------------------------


ROW = re.compile(r"^[\d,]+ (SN\d{7}|W-\d{6}) ")


def check_no_lone_lines(holdings: list[dict[str, Any]], pages: list[Page]) -> None:
    """No page holds one row of a group that goes on over a page break (at its top or its
    foot), nor subtotals without two rows of theirs, nor a lone row of the schedule's
    totals; and no page ends with a heading, a caption or a table's column headings."""
    group_of = {(h.get("serial") or h.get("warrant")): (h["site"], h["commodity"], h["kind"])
                for h in holdings if h["kind"] in ("bar", "lot")}
    size: dict[tuple[str, str, str], int] = {}
    for key in group_of.values():
        size[key] = size.get(key, 0) + 1
    per_page: dict[tuple[str, str, str], dict[int, int]] = {}
    for page in pages:
        for line in page.body:
            row = ROW.match(line)
            if row:
                counts = per_page.setdefault(group_of[row.group(1)], {})
                counts[page.number] = counts.get(page.number, 0) + 1
        last = page.body[-1] if page.body else ""
        assert last not in HEADINGS, (page.number, last)
        assert not GROUP_CAPTION.match(last), (page.number, last)
        assert not last.startswith(("Id ", "Method:", "Brought forward")), (page.number, last)
        totals = sum(1 for line in page.body if line.endswith(("agrees", "DIFFERS")))
        if totals:
            per_page.setdefault(("", "", "totals"), {})[page.number] = totals
    for key, counts in per_page.items():
        assert key[2] == "totals" or sum(counts.values()) == size[key], key
        if len(counts) > 1:  # the table goes on over a page break
            assert min(counts.values()) >= 2, (key, counts)
    for page in pages:
        for line in page.body:
            if line.startswith("Subtotal "):
                site, commodity = line.split()[1], line.split(":")[0].split(" ", 2)[2]
                keys = [k for k in size if k[0] == site and k[1] == commodity]
                if keys and size[keys[0]] >= 2:  # bars and lots; other kinds are one line
                    assert per_page[keys[0]].get(page.number, 0) >= 2, (page.number, line)


@pytest.fixture(scope="module")
def capacity() -> tuple[int, int]:
    """Bars of one group on the schedule's first page, and on a page of its own."""
    holdings = one_group(400)
    _, pages = made(holdings)
    rows = [sum(1 for line in p.body if ROW.match(line)) for p in pages]
    used = [r for r in rows if r]
    return used[0], used[1]


@pytest.mark.parametrize("extra", range(-3, 4))
def test_no_page_holds_a_lone_row_of_one_group(capacity, extra):
    """A single group sized around the first page's and the second page's capacity, so
    that a break would otherwise leave one bar, or the subtotals alone, over the page."""
    first, full = capacity
    for bars in (first + extra, first + full + extra):
        holdings = one_group(bars)
        _, pages = made(holdings)
        check_no_lone_lines(holdings, pages)


def test_no_lone_rows_in_a_report_of_many_kinds(many):
    holdings, pages = many
    check_no_lone_lines(holdings, pages)


# Sizes at which a break fell after a group's first row, before its last, or before the
# last row of the schedule's totals, when a table was cut anywhere but before its subtotals.
@pytest.mark.parametrize("bars", [67, 70, 71, 110, 125, 143])
def test_no_lone_rows_at_sizes_that_would_leave_one(bars):
    holdings = synthetic_holdings(bars)
    _, pages = made(holdings)
    check_no_lone_lines(holdings, pages)


SUMMARY_ROW = re.compile(r"^(S\d{3}) (gold|silver) bar BRAND\d ")


# (sites, brands) at which a break fell after the first row of a site and commodity, or
# before its last, when only the summary as a whole kept two rows on either side
@pytest.mark.parametrize(("sites", "brands"), [(40, 7), (37, 5), (33, 9)])
def test_the_summary_cuts_no_site_and_commodity_to_one_row(sites, brands):
    """The public edition's summary: a page break inside one site and commodity leaves two
    of its rows on either side, and its subtotal under two of them."""
    holdings = [bar(i, f"S{i % sites:03d}", "gold" if i % 3 else "silver", f"BRAND{i % brands}")
                for i in range(1, 3001)]
    statement = make_statement(holdings, tokens=[])
    statement["sites"] = [{"code": f"S{i:03d}", "kind": "vault", "name": f"Vault {i}"}
                          for i in range(sites)]
    pages = read_pages(render(statement, holdings, public=True))
    runs: dict[tuple[str, str], dict[int, int]] = {}
    for page in pages:
        for line in page.body:
            row = SUMMARY_ROW.match(line)
            if row:
                counts = runs.setdefault((row.group(1), row.group(2)), {})
                counts[page.number] = counts.get(page.number, 0) + 1
            elif line.startswith("Subtotal S"):
                site, commodity = line.split()[1:3]
                assert runs[(site, commodity)].get(page.number, 0) >= 2, (page.number, line)
    assert len(runs) >= sites
    assert len({n for counts in runs.values() for n in counts}) >= 3  # over pages
    split = [counts for counts in runs.values() if len(counts) > 1]
    assert all(min(counts.values()) >= 2 for counts in split), split
    check_headers(pages)
    assert {p.header for p in pages[6:-1]} == {"Schedule of holdings: summary by site and brand"}


def test_no_paragraph_leaves_one_line_alone():
    """reportlab keeps a paragraph's first line from the foot of a page (no orphan) and,
    so set, its last line from the top of the next (no widow)."""
    from app.reporting.pdf_style import COVER, styles

    for family in (None, COVER):
        for name, style in (styles() if family is None else styles(family)).items():
            assert style.allowWidows == 0 and style.allowOrphans == 0, name


def test_a_table_keeps_two_rows_on_either_side_of_a_break():
    table = KeptTable([["head"]] + [[f"row {n}"] for n in range(10)], rowHeights=[10] * 11,
                      repeatRows=1)
    table.wrap(100, 1000)
    assert table._getFirstPossibleSplitRowPosition(105) == 10 - 1  # not one row left over
    assert table._getFirstPossibleSplitRowPosition(25) == 0  # not one row under the head
    assert table._getFirstPossibleSplitRowPosition(35) == 3  # two rows and the head


# -- carried forward -------------------------------------------------------------------------


def carried_lines(holdings: list[dict[str, Any]], pages: list[Page]) -> int:
    """Check every "Carried forward" and "Brought forward" line against the holdings: the
    count is the rows of its group read so far, the figures their exact sums; a page's
    "Carried forward" is the next page's "Brought forward"; the last one plus the rows
    after it is the group's subtotal. Returns how many were checked."""
    by_identity = {(h.get("serial") or h.get("warrant")): h for h in holdings}
    fields = {"bar": ("fine_oz", "gross_oz"), "lot": ("net_t", "gross_t")}
    seen: dict[tuple[str, str], list[dict[str, Any]]] = {}  # group → rows read so far
    group: tuple[str, str] | None = None
    pending: str | None = None
    checked = 0
    for page in pages:
        for n, line in enumerate(page.body):
            row = ROW.match(line)
            carry = CARRY.match(line)
            if row:
                h = by_identity[row.group(1)]
                group = (h["site"], h["commodity"])
                seen.setdefault(group, []).append(h)
            elif carry:
                word, count, noun, main, _, other, _ = carry.groups()
                if word == "Brought":
                    assert line.replace("Brought", "Carried") == pending, (page.number, line)
                    assert n <= 2  # under the caption and the column headings
                    pending = None
                    continue
                assert group is not None
                rows = seen[group]
                kind = rows[0]["kind"]
                assert noun == ("bars" if kind == "bar" else "lots")
                assert int(count.replace(",", "")) == len(rows)
                first, second = fields[kind]
                assert main == group_digits(str(sum(Decimal(h[first]) for h in rows)))
                assert other == group_digits(str(sum(Decimal(h[second]) for h in rows)))
                assert n == len(page.body) - 1, (page.number, line)  # the page's last line
                pending = line
                checked += 1
            elif line.startswith("Subtotal ") and group is not None:
                rows = seen[group]
                everything = [h for h in holdings if (h["site"], h["commodity"]) == group
                              and h["kind"] == rows[0]["kind"]]
                assert rows == everything  # the group's rows, each once, in leaf order
                first, second = fields.get(rows[0]["kind"], (None, None))
                if first:
                    assert group_digits(str(sum(Decimal(h[first]) for h in rows))) in line
                    assert group_digits(str(sum(Decimal(h[second]) for h in rows))) in line
                group = None
    assert pending is None, "a Carried forward line without its Brought forward"
    return checked


def test_bar_and_lot_lists_carry_their_totals_forward_exactly(many):
    holdings, pages = many
    assert carried_lines(holdings, pages) >= 5
    text = "\n".join("\n".join(p.body) for p in pages)
    assert "Carried forward: " in text and "fine ozt (" in text and "net t (" in text
    # tanks and gas go on without (they are not carried in this report)
    assert "MMBtu (" not in text


def test_a_long_group_carries_over_many_pages():
    holdings = one_group(700)
    _, pages = made(holdings)
    assert carried_lines(holdings, pages) >= 8


def test_running_sums_are_exact_and_fall_back_to_decimal():
    sums = RunningSums.of(["400.125", "1000.1", "0.000001", "7"])
    assert sums is not None
    assert [sums.text(k) for k in range(5)] == [
        "0.000000", "400.125000", "1,400.225000", "1,400.225001", "1,407.225001"]
    assert sum(Decimal(v) for v in ["400.125", "1000.1", "0.000001", "7"]) == \
        Decimal("1407.225001")
    odd = RunningSums.of(["-1.5", "2E+1", " 3 "])
    assert odd is not None and odd.text(3) == "21.5"
    assert RunningSums.of(["1", None]) is None
    assert RunningSums.of(["1", "NaN"]) is None
