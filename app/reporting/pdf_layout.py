"""The PDF of a signed proof-of-reserve report: cover, signatures, methodology and the
schedule of holdings (reportlab).

Pages, in order:

1. **Cover**: custodian, as-of time, attestation id; the attested totals; each
   token's coverage (a shortfall in bold red, marked SHORTFALL, with a banner
   above); the Merkle root and tree size; a QR code of the statement digest;
   then the previous attestation, the journal checkpoint and the sites.
2. **Assertion, scope and procedures** (`pdf_assurance`): the custodian's
   assertion, the scope, the criteria, the procedures performed, the inherent
   limitations and a signatory block per role, as an ISAE 3000 report orders them;
   then, when the report carries a count certificate, the **Physical count**.
3. **Signatures**: each signer's role, name, key id, fingerprint words, time and
   result, and whether the policy's thresholds are met.
4. **Methodology and verification**: standards, editions, constants, and how to
   verify the report step by step.
5. **Schedule of holdings** (an appendix that may run to thousands of pages):
   bars in the LBMA weight-list columns, lots, tanks with their quantity chain,
   gas inventories, each site and commodity with its subtotals, and a
   reconciliation of the schedule's sums with the statement's totals. Above
   `FULL_SCHEDULE_LIMIT` holdings, and always in the public edition, the PDF
   prints a summary by site, commodity and brand instead; the full schedule of a
   large report travels as an embedded CSV (`schedule_csv`, embedded by the
   caller under `SCHEDULE_CSV_NAME`). The public edition lists no individual
   holding at all, since publishing a bar list is the custodian's choice, not
   the report's: holders check their holding with an inclusion proof.

Every page has a running header that names the sections on the page (the one at its
top and, when others start on it, the last of them, as a dictionary's guide words:
`running_head`) with "Page n of N", and a footer with the report, the custodian, the
attestation id and the as-of time. No page holds a lone line: paragraphs keep two
lines on either side of a break, every table two rows (`pdf_schedule.KeptTable`,
`ScheduleBlock`), and a heading stays with what it heads. The figures of the cover
are printed one string per line, exactly as `cover_lines` returns them. Quantities
are the statement's decimal strings with thousands separators, never re-rounded. The
output is deterministic: the same inputs give the same bytes (the PDF's dates are the
statement's `created` time).

Page 1 is a function of the statement, the edition (public or not), the
policy's name and version and the number of pages, and of nothing else:
the cover's pages are set in fonts of their own (`pdf_style.COVER`) that no
other page uses, so that `render_cover`, which lays out the cover alone, draws
the same page 1 as `render_report`, with the same fonts. `tijori verify`
rebuilds it so and compares (`app.reporting.cover_check`, FORMAT.md §10).
"""

from __future__ import annotations

import functools
import io
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)

from app.attest import canonical
from app.attest.statement import statement_digest
from app.domain import units
from app.reporting import pdf_schedule
from app.reporting.cover import (
    Figure,
    cover_lines,
    figures,
    policy_line,
    scope_line,
    sequence_line,
    to_the_second,
    token_not_covered,
    token_short,
)
from app.reporting.pdf_assurance import (
    CountView,
    Signatory,
    assurance,
    count_section,
)
from app.reporting.pdf_schedule import FastText, least_table_height, schedule_csv
from app.reporting.pdf_schedule import KeptTable as Table  # no table row alone on a page
from app.reporting.pdf_style import (
    ALERT,
    ALERT_FILL,
    BODY,
    COVER,
    FONT,
    FONT_BOLD,
    GOOD,
    HEAD_FILL,
    INK,
    MUTED,
    RULE,
    Family,
    para,
    printable,
    register_fonts,
    styles,
    width,
)

__all__ = [
    "FULL_SCHEDULE_LIMIT",
    "SCHEDULE_CSV_NAME",
    "SignerLine",
    "ThresholdLine",
    "cover_lines",
    "render_cover",
    "render_report",
    "schedule_csv",
]

#: Up to this many holdings the schedule is printed in full; beyond, a summary by site
#: and brand is printed and the full schedule goes as an embedded CSV.
FULL_SCHEDULE_LIMIT = 100_000
#: The name the full schedule's CSV is referred to by in the report.
SCHEDULE_CSV_NAME = "schedule.csv"
#: The section (footer) of the cover's pages, which are set in the `COVER` fonts.
COVER_SECTION = "Cover"


@dataclass(frozen=True)
class SignerLine:
    """One signature on the statement, as the caller verified it."""

    role: str
    name: str
    keyid: str
    words: str
    signed_at: str | None
    valid: bool
    reason: str


@dataclass(frozen=True)
class ThresholdLine:
    """One role of the policy: signatures required and valid ones found."""

    role: str
    required: int
    valid: int
    met: bool


PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 51.0
MARGIN_TOP = 58.0
MARGIN_BOTTOM = 50.0
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

render_lock = threading.Lock()

# -- the cover figures ---------------------------------------------------------------------------


class FigureLines(Flowable):
    """Lines of figures, one string each, their leading parts right-aligned on a common
    tab stop; detail lines start under the text that follows the leads. A line too long
    for the width is set smaller, never wrapped or cut. Alert lines are bold and red on
    a pale red band with a red bar at the left."""

    INDENT = 10.0  # clear of the alert bar
    GAP = 4.0

    def __init__(self, figures: list[Figure], size: float = 10.0, leading: float = 15.0,
                 detail_size: float = 8.5, detail_leading: float = 12.5,
                 family: Family = COVER) -> None:
        super().__init__()
        self.figures = figures
        self.family = family
        self.size = size
        self.leading = leading
        self.detail_size = detail_size
        self.detail_leading = detail_leading

    def _style(self, figure: Figure) -> tuple[str, float, float]:
        font = self.family.bold if figure.alert else self.family.regular
        if figure.detail:
            return font, self.detail_size, self.detail_leading
        return font, self.size, self.leading

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        room = availWidth - 2.0
        leads = [width(f.lead, *self._style(f)[:2]) for f in self.figures]
        tab = self.INDENT + max(leads, default=0.0)
        self.tab = min(tab, availWidth * 0.45)
        self.layout = []
        for f, lead in zip(self.figures, leads, strict=True):
            font, size, _ = self._style(f)
            full = width(f.text, font, size)
            start = self.tab + self.GAP if f.detail else self.tab - lead
            start = max(start, self.INDENT)
            if start + full > room:  # shrink, keeping the start
                size = size * (room - start) / full
                if size < 5.5:  # very long: from the margin, as small as it must be
                    start = self.INDENT
                    size = self._style(f)[1] * (room - start) / full
            self.layout.append((start, size))
        self.height = sum(self._style(f)[2] for f in self.figures)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        top = self.height
        for f, (start, size) in zip(self.figures, self.layout, strict=True):
            font, _, leading = self._style(f)
            baseline = top - leading + (leading - size) / 2 + size * 0.2
            if f.alert:
                canv.setFillColor(ALERT_FILL)
                canv.rect(0, top - leading, self.width, leading, stroke=0, fill=1)
                canv.setFillColor(ALERT)
                canv.rect(0, top - leading, 3.5, leading, stroke=0, fill=1)
            else:
                canv.setFillColor(INK if not f.detail else MUTED)
            canv.setFont(font, size)
            canv.drawString(start, baseline, f.text)
            top -= leading


# -- the cover -----------------------------------------------------------------------------------


def _facts(rows: list[tuple[str, str]], label_width: float = 108,
           family: Family = BODY) -> Table:
    """A two-column table of label and value (values are Paragraph markup)."""
    st = styles(family)
    data = [[Paragraph(para(label), st["label"]), Paragraph(value, st["cell"])]
            for label, value in rows]
    table = Table(data, colWidths=[label_width, BODY_WIDTH - label_width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), family.regular, 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


def _qr(value: str, size: float, font: str) -> Flowable:
    # Imported here: only the layout of a report's cover needs them (and `tijori verify`,
    # which draws the cover again, only once it has read a report).
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    # Drawn at its size directly (the widget fills barWidth × barHeight): asking the
    # widget for its bounds would encode the code twice.
    widget = QrCodeWidget(value, barLevel="M", barBorder=4,  # the standard's quiet zone
                          barWidth=size, barHeight=size)
    drawing = Drawing(size, size)
    drawing.initialFontName = font  # else the renderer selects Helvetica, unembedded
    drawing.add(widget)
    return drawing


def _banner(text: str, family: Family = BODY) -> Table:
    st = styles(family)
    table = Table([[Paragraph(text, st["alert"])]], colWidths=[BODY_WIDTH])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), family.regular, 8),
        ("BOX", (0, 0), (-1, -1), 1.6, ALERT),
        ("BACKGROUND", (0, 0), (-1, -1), ALERT_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def _hex_lines(text: str, per_line: int = 32) -> str:
    text = printable(text)
    return "<br/>".join(para(text[i:i + per_line]) for i in range(0, len(text), per_line)) or "—"


def _time_cell(text: str | None) -> str:
    if not text:
        return "not recorded"
    text = printable(to_the_second(text))
    day, sep, clock = text.partition("T")
    return f"{para(day)}<br/>{para(clock)}" if sep else para(text)


def _marked(flowable: Flowable, title: str, level: int, section: str) -> Flowable:
    flowable.outline = (title, level)  # type: ignore[attr-defined]
    flowable.section = section  # type: ignore[attr-defined]
    return flowable


def coverage_alerts(statement: dict[str, Any]) -> list[Flowable]:
    """The cover's banner over the figures when a token is short or has no supply
    recorded (none when every token is covered): in the `COVER` fonts."""
    short = [t for t in statement.get("tokens") or [] if isinstance(t, dict) and token_short(t)]
    unknown = [t for t in statement.get("tokens") or []
               if isinstance(t, dict) and t.get("supply") is None and not token_not_covered(t)]
    if not (short or unknown):
        return []
    words = []
    if short:
        names = ", ".join(para(t.get("symbol")) for t in short)
        words.append(f"COVERAGE SHORTFALL: the reserves of {names} are below 100 % of what "
                     "the token supply requires.")
    if unknown:
        names = ", ".join(para(t.get("symbol")) for t in unknown)
        words.append(f"NO SUPPLY RECORDED for {names}: coverage cannot be shown.")
    return [Spacer(1, 8), _banner("<br/>".join(words), COVER)]


def figure_section(heading: str, figures: list[Any], empty: str) -> list[Flowable]:
    """A cover's heading and its figures, or the sentence `empty` when there are none."""
    st = styles(COVER)
    shown = FigureLines(figures) if figures else Paragraph(empty, st["body"])
    return [Paragraph(heading, st["h2"]), shown]


def digest_block(digest: str) -> Flowable:
    """The cover's statement digest: its QR code beside its 64 hexadecimal digits, in
    the `COVER` fonts."""
    st = styles(COVER)
    qr_size = 100.0
    caption = [
        Paragraph("Statement digest", st["cell_bold"]),
        Paragraph("SHA-256 of the signed statement (the DSSE payload); the QR code holds "
                  "the same 64 hexadecimal digits.", st["muted"]),
        Paragraph(_hex_lines(digest), st["cell"]),
        Paragraph("Compare it with the digest shown by <b>tijori verify</b>.", st["muted"]),
    ]
    qr_table = Table([[_qr(digest, qr_size, COVER.regular), caption]],
                     colWidths=[qr_size + 4, 270], hAlign="LEFT")
    qr_table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), COVER.regular, 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
    ]))
    return qr_table


def _cover(statement: dict[str, Any], digest: str, *, public: bool, policy_name: str,
           policy_version: int) -> list[Flowable]:
    """The cover's flowables, all in the `COVER` fonts. What they show is a function of
    exactly the arguments (the digest is the statement's)."""
    st = styles(COVER)
    custodian = statement.get("custodian") if isinstance(statement.get("custodian"), dict) else {}
    attestation = para(statement.get("attestation_id", ""))
    sequence = sequence_line(statement)
    if sequence is not None:
        attestation += f"<br/><font color='#5c6670' size='7.5'>{para(sequence)}</font>"
    facts = [
        ("Custodian", f"{para(custodian.get('name', ''))}"
                      f" <font color='#5c6670' size='7.5'>ledger "
                      f"{para(custodian.get('ledger_id', ''))}</font>"),
        ("As of (UTC)", para(to_the_second(statement.get("as_of", "")))),
        ("Attestation id", attestation),
        ("Statement created", para(statement.get("created", ""))),
        ("Trust policy", f"{para(policy_name)}, version {policy_version}"),
    ]
    named = policy_line(statement)
    if named is not None:
        policy = statement["policy"]
        facts.append(("Signed under", f"{para(named)}<br/><font color='#5c6670' size='7.5'>"
                                      f"SHA-256 {para(policy.get('digest', ''))}</font>"))
    story: list[Flowable] = [
        _marked(Paragraph("Proof-of-reserve report" + (" — public edition" if public else ""),
                          st["title"]), "Cover", 0, COVER_SECTION),
        Paragraph(para(custodian.get("name", "")), st["subtitle"]),
        _facts(facts, family=COVER),
    ]
    scope = scope_line(statement)
    if scope is not None:
        story.append(Spacer(1, 6))
        story.append(Paragraph(para(scope), st["body"]))
    totals, tokens, tree = figures(statement)
    story += coverage_alerts(statement)
    story += figure_section("Reserves attested", totals,
                            "No holdings are in the scope of this attestation.")
    story += figure_section("Token coverage", tokens, "This attestation backs no token.")
    tree_info = statement.get("tree") if isinstance(statement.get("tree"), dict) else {}
    story.append(Paragraph(f"Merkle tree of holdings ({para(tree_info.get('hashing', ''))})",
                           st["h2"]))
    story.append(FigureLines(tree, size=9.5, leading=14))
    story.append(Spacer(1, 6))
    story.append(digest_block(digest))

    heading_at = len(story)
    story.append(Paragraph("Chain, journal and sites", st["h2_free"]))
    previous = statement.get("previous")
    if isinstance(previous, dict):
        prev = (f"{para(previous.get('attestation_id', ''))}, as of "
                f"{para(previous.get('as_of', ''))}<br/><font size='7.5'>statement SHA-256 "
                f"{para(previous.get('digest', ''))}</font>")
    else:
        prev = "none: this is the first attestation of its chain"
    journal = statement.get("journal") if isinstance(statement.get("journal"), dict) else {}
    size = journal.get("size")
    consistency = journal.get("consistency")
    journal_text = (f"{size:,} events" if isinstance(size, int) else para(size)) + (
        f"; with a consistency proof from the previous checkpoint of "
        f"{consistency.get('from_size'):,} events"
        if isinstance(consistency, dict) and isinstance(consistency.get("from_size"), int)
        else "")
    journal_text += (f"<br/><font size='7.5'>head {para(journal.get('head', ''))}<br/>"
                     f"root {para(journal.get('root', ''))}</font>")
    sites = []
    for site in statement.get("sites") or []:
        if not isinstance(site, dict):
            continue
        details = [para(site.get("kind", ""))]
        if site.get("operator"):
            details.append(f"operator {para(site['operator'])}")
        if site.get("jurisdiction"):
            details.append(f"jurisdiction {para(site['jurisdiction'])}")
        sites.append(f"<b>{para(site.get('code', ''))}</b> {para(site.get('name', ''))} "
                     f"<font color='#5c6670'>({'; '.join(details)})</font>")
    site_rows = [("Sites" if i == 0 else "", text) for i, text in enumerate(sites or ["none"])]
    chain = _facts([
        ("Previous attestation", prev),
        ("Journal", journal_text),
        *site_rows,
    ], family=COVER)
    # the heading with the least part of the table that may start a page (two rows), or
    # both on the next page: never the heading alone at the foot of page 1
    story.insert(heading_at, CondPageBreak(30 + least_table_height(chain, BODY_WIDTH)))
    story.append(chain)
    return story


# -- signatures ----------------------------------------------------------------------------------


def _signatures(signers: list[SignerLine], thresholds: list[ThresholdLine], *,
                policy_name: str, policy_version: int, digest: str) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        _marked(Paragraph("Signatures", st["h1"]), "Signatures", 0, "Signatures"),
        Paragraph(
            f"The statement (SHA-256 {para(digest)}) is signed in a DSSE envelope. Each "
            f"signature was checked against the trust policy <b>{para(policy_name)}</b>, "
            f"version {policy_version}, when this report was made. These results are the "
            "report's account of that check; verify the report yourself (see "
            "<i>Methodology and verification</i>).", st["body"]),
        Spacer(1, 8),
    ]
    header = [Paragraph(t, st["cell_bold"]) for t in
              ("Role", "Signer", "Key id and fingerprint words", "Signed at (UTC)", "Signature")]
    data: list[list[Any]] = [header]
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for signer in signers:
        if signer.valid:
            result = f"<font color='#14612e'><b>valid</b></font><br/>{para(signer.reason)}"
        else:
            result = f"<font color='#b80a12'><b>INVALID</b></font><br/>{para(signer.reason)}"
        data.append([
            Paragraph(para(signer.role), st["cell"]),
            Paragraph(para(signer.name), st["cell"]),
            Paragraph(f"{_hex_lines(signer.keyid)}<br/><i>{para(signer.words)}</i>",
                      st["cell_small"]),
            Paragraph(_time_cell(signer.signed_at), st["cell_small"]),
            Paragraph(result, st["cell_small"]),
        ])
    if not signers:
        data.append([Paragraph("No signature.", st["cell"]), "", "", "", ""])
    table = Table(data, colWidths=[62, 78, 190, 78, 85], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    story.append(table)

    story.append(Paragraph("Thresholds of the policy", st["h2"]))
    rows: list[list[Any]] = [[Paragraph(t, st["cell_bold"]) for t in
                              ("Role", "Required", "Valid signatures", "Result")]]
    t_style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("ALIGN", (1, 1), (2, -1), "RIGHT"),
        ("FONT", (0, 1), (-1, -1), FONT, 8.5),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for r, line in enumerate(thresholds, start=1):
        rows.append([printable(line.role), str(line.required), str(line.valid),
                     "met" if line.met else "NOT MET"])
        colour = GOOD if line.met else ALERT
        t_style += [("TEXTCOLOR", (3, r), (3, r), colour), ("FONT", (3, r), (3, r), FONT_BOLD,
                                                            8.5)]
    if not thresholds:
        rows.append(["none", "", "", "NOT MET"])
        t_style += [("TEXTCOLOR", (3, 1), (3, 1), ALERT), ("FONT", (3, 1), (3, 1), FONT_BOLD,
                                                           8.5)]
    t_table = Table(rows, colWidths=[120, 70, 100, 90], hAlign="LEFT")
    t_table.setStyle(TableStyle(t_style))
    story.append(t_table)
    story.append(Spacer(1, 10))
    all_met = bool(thresholds) and all(t.met for t in thresholds)
    if all_met:
        story.append(Paragraph(
            "<font color='#14612e'><b>Every threshold of the policy is met.</b></font>",
            st["body"]))
    else:
        story.append(_banner("THRESHOLDS NOT MET: this attestation is not accepted under "
                             f"the policy {para(policy_name)}, version {policy_version}."))
    return story


# -- methodology ---------------------------------------------------------------------------------

_KIND_SUBJECTS = {"bar": "Gold and silver bars", "lot": "Base-metal lots",
                  "tank": "Oil in tanks", "gas": "Natural gas and LNG"}
_KIND_RULES = {
    "bar": "Fine weight = gross weight × fineness / 1000, to 0.001 ozt; gold gross weights "
           "in multiples of 0.025 ozt and silver in 0.1 ozt, rounded down. A bar is "
           "identified by brand, serial and year.",
    "lot": "One warrant is one lot of one brand; weights in tonnes to 0.001 t; lots outside "
           "±2 % of the lot size are flagged.",
    "tank": "GSV = GOV × CTPL; NSV = GSV × (1 − S&W % / 100); CTPL = CTL × CPL, to 5 "
            "decimals. Each tank adds its NSV in barrels and in cubic metres.",
    "gas": "Energy = volume (Sm³) × gross calorific value; in storage only working gas is "
           "counted, cushion gas is shown apart.",
}


def _methods(holdings: list[dict[str, Any]]) -> dict[str, set[str]]:
    """kind → the methods (standard, edition, and a tank's table) its holdings state."""
    raw: set[tuple[Any, ...]] = set()
    for h in holdings:
        get = h.get
        raw.add((get("kind"), get("standard"), get("edition"), get("table")))
    found: dict[str, set[str]] = {}
    for kind, standard, edition, table in raw:
        method = pdf_schedule.method_text({"standard": standard, "edition": edition})
        if kind == "tank" and table is not None:
            method = f"{method}, table {printable(table)}" if method else \
                f"table {printable(table)}"
        found.setdefault(str(kind), set())
        if method:
            found[str(kind)].add(method)
    return found


def _methodology(statement: dict[str, Any], holdings: list[dict[str, Any]], *, public: bool,
                 summary: bool) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        _marked(Paragraph("Methodology and verification", st["h1"]),
                "Methodology and verification", 0, "Methodology and verification"),
        Paragraph("What this report attests", st["h2"]),
        Paragraph(
            "The custodian states that at the as-of time it held the holdings of the schedule, "
            "each one leaf of a Merkle tree, salted so that a proof for one holding reveals "
            "nothing about the others. The signed statement names the tree's root and size, "
            "the totals per commodity and unit (exact sums of the holdings' quantities), and "
            "for each token its supply and coverage: reserves ÷ (supply × quantity per "
            "token), rounded down to six decimals, printed as a percentage. Reserves below "
            "what the supply requires are marked <font color='#b80a12'><b>SHORTFALL</b></font>"
            "; a shortfall does not make the attestation invalid, it is what is attested. "
            "Quantities are printed exactly as attested, with thousands separators only.",
            st["compact"]),
        Paragraph("Standards and editions", st["h2"]),
    ]
    tree = statement.get("tree") if isinstance(statement.get("tree"), dict) else {}
    rows: list[tuple[str, str]] = []
    methods = _methods(holdings)
    for kind in ("bar", "lot", "tank", "gas"):
        if kind in methods:
            used = "; ".join(para(m) for m in sorted(methods[kind])) or "not stated"
            rows.append((_KIND_SUBJECTS[kind], f"{used}<br/><font size='7.5' color='#5c6670'>"
                                               f"{para(_KIND_RULES[kind])}</font>"))
    rows += [
        ("Merkle tree", f"{para(tree.get('hashing', ''))} (RFC 9162 §2.1): leaf hash = "
                        "SHA-256(0x00 || leaf), node hash = SHA-256(0x01 || left || right)"),
        ("Encoding", "RFC 8785 canonical JSON (JCS), UTF-8; quantities as decimal strings; "
                     "times RFC 3339, UTC"),
        ("Signatures", "DSSE v1 envelope (in-toto); Ed25519 (RFC 8032) or ECDSA P-256"),
        ("Key fingerprints", "eight words of the BIP-39 English list from the first 88 bits "
                             "of the key id (SHA-256 of the public key)"),
    ]
    story.append(_facts(rows, label_width=112))
    story.append(Paragraph("Constants", st["h2"]))
    constants = [
        ("1 troy ounce (ozt)", f"{units.GRAMS_PER_OZT} g (exact)"),
        ("1 US barrel (bbl)", f"42 US gallons = {units.M3_PER_BARREL} m³ (exact)"),
        ("1 MMBtu", f"{units.GJ_PER_MMBTU} GJ = 10 therms"),
        ("1 MWh", f"{units.GJ_PER_MWH} GJ (exact)"),
        ("1 scf (60 °F, 14.696 psia)", f"{units.SM3_PER_SCF} Sm³ (ideal gas)"),
        ("Sm³ and Nm³", "15 °C and 0 °C at 101.325 kPa; Sm³ = Nm³ × 288.15 / 273.15"),
    ]
    story.append(_facts(constants, label_width=112))

    story.append(CondPageBreak(200))
    story.append(Paragraph("How to verify this report", st["h2"]))
    embedded = ["<b>attestation.json</b>, the signed attestation (the DSSE envelope of "
                "the statement)",
                "<b>policy.json</b>, a copy of the trust policy, for information only"]
    if not public:
        embedded.append("<b>leaves.jsonl</b>, one salted leaf per holding")
        if summary:
            embedded.append(f"<b>{SCHEDULE_CSV_NAME}</b>, the full schedule, one row per "
                            "holding in leaf order")
    steps = [
        "Get the trust policy from the custodian through a channel you already trust, and "
        "compare its keys' fingerprint words with theirs. Never rely on a copy of the policy "
        "found inside a report: a forger would bring their own.",
        "Run the verifier, offline:",
        "Embedded in the PDF: " + "; ".join(embedded) + ". The verifier checks every "
        "signature and the policy's thresholds, recomputes the Merkle root and totals from "
        "the leaves and the coverage from the totals, and draws page 1 again from the signed "
        "statement: it must be exactly this cover, with nothing drawn over it. It fails "
        "closed: a check it cannot make has failed."
        + (" This public edition carries no leaves: its root and totals are the signed "
           "statement's and cannot be recomputed; an inclusion proof ties one holding to the "
           "root." if public else ""),
        "The PDF itself is signed by a report-signer key of the policy (ECDSA P-256): any "
        "change after signing breaks the signature, which a PDF reader shows in its "
        "signature panel and the verifier checks against the policy.",
        "Scan the QR code on page 1: it holds the SHA-256 of the signed statement, which must "
        "equal the digest the verifier reports.",
        "A token holder given an inclusion proof for one holding checks it alone: "
        "<b>tijori verify proof.json --policy POLICY</b>.",
        "An auditor counts a sample that nobody can steer (<b>tijori audit plan</b>): the "
        "seed is SHA-256 of this statement's digest and a nonce drawn after it was final. "
        "The count certificate, when the report carries one, is verified with the report "
        "(see <i>Physical count</i>).",
    ]
    for n, step in enumerate(steps, start=1):
        story.append(Paragraph(step, st["step"], bulletText=f"{n}."))
        if n == 2:
            story.append(Paragraph("tijori verify report.pdf --policy POLICY", st["code"]))
    return story


# -- the schedule ----------------------------------------------------------------------------


def _schedule(statement: dict[str, Any], holdings: list[dict[str, Any]], *, public: bool,
              summary: bool, fast: FastText) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        _marked(Paragraph("Schedule of holdings", st["h1"]), "Schedule of holdings", 0,
                "Schedule of holdings"),
    ]
    count = len(holdings)
    if not summary:
        story.append(Paragraph(
            f"All {count:,} holdings of the attestation, by kind, site and commodity, each "
            "group in leaf order and closed by its subtotals. <i>Id</i> is the holding's id "
            "in the ledger, by which an inclusion proof is requested "
            "(<b>tijori proof --holding ID</b>). Bars follow the columns of the LBMA weight "
            "list.", st["body"]))
        story.append(Spacer(1, 4))
        story += pdf_schedule.full_schedule(holdings, statement, fast)
    else:
        if public:
            intro = (f"This is the public edition: its {count:,} holdings are summarised by "
                     "site, commodity and brand, and no individual holding is listed. A "
                     "holder checks one holding with an inclusion proof against the Merkle "
                     "root on page 1.")
        else:
            intro = (f"The attestation has {count:,} holdings, more than the "
                     f"{FULL_SCHEDULE_LIMIT:,} printed in full. They are summarised here by "
                     "site, commodity and brand; the full schedule, one row per holding in "
                     f"leaf order, is embedded in this PDF as <b>{SCHEDULE_CSV_NAME}</b>.")
        story += pdf_schedule.summary_schedule(holdings, statement, fast, intro)
    heading = _marked(Paragraph("Schedule totals against the statement", st["h2"]),
                      "Schedule totals", 1, "Schedule of holdings: totals against the statement")
    intro = Paragraph(
        "The exact sums of the holdings' attested quantities, per commodity and unit, beside "
        "the totals of the signed statement.", st["body"])
    table = pdf_schedule.reconciliation(holdings, statement)
    # the heading, its words and the least part of the table that may start a page
    story.append(CondPageBreak(
        st["h2"].spaceBefore + heading.wrap(BODY_WIDTH, PAGE_HEIGHT)[1] + st["h2"].spaceAfter
        + intro.wrap(BODY_WIDTH, PAGE_HEIGHT)[1] + 4 + least_table_height(table, BODY_WIDTH)))
    story += [heading, intro, Spacer(1, 4), table]
    return story


# -- document, pages, header and footer -----------------------------------------------------


class _ReportCanvas(Canvas):
    """Holds each page until the end, so that every page can say "Page n of N", then adds
    the running header and footer and the PDF outline. With `pages`, N is that number
    rather than the pages laid out (to draw a report's cover alone).

    `sections` holds, per page, each section-bearing flowable drawn on it: (section,
    whether it is at the page's top, before any content). A page's sections are the one
    its top belongs to (that flowable's, else the last of the page before, which goes on
    there) and then every one that starts on it."""

    def __init__(self, *args: Any, decorate: Callable[..., None], created: tuple[int, ...] | None,
                 pages: int | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []
        self._pages = pages
        self._decorate = decorate
        self.outline_marks: dict[int, list[tuple[str, int]]] = {}
        self.sections: dict[int, list[tuple[str, bool]]] = {}
        if created is not None:
            stamp = self._doc._timeStamp
            stamp.YMDhms = created
            stamp.dhh = stamp.dmm = 0

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = self._pages if self._pages is not None else len(self._held_pages)
        carried = ""
        marks = self.outline_marks
        sections = self.sections
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            named = page_sections(sections.get(number, []), carried)
            carried = named[-1]
            self._decorate(self, number, total, named)
            for n, (title, level) in enumerate(marks.get(number, [])):
                key = f"outline-{number}-{n}"
                self.bookmarkPage(key)
                self.addOutlineEntry(title, key, level=level, closed=level >= 1)
            Canvas.showPage(self)
        self._held_pages = []
        Canvas.save(self)


def page_sections(drawn: list[tuple[str, bool]], carried: str) -> tuple[str, ...]:
    """The sections of a page, in order: the one at its top, then each that starts on
    it. `drawn` is the page's section-bearing flowables as (section, at the page's top);
    `carried` the last section of the page before."""
    names: list[str] = []
    if carried and not (drawn and drawn[0][1]):
        names.append(carried)
    for section, _ in drawn:
        if not names or names[-1] != section:
            names.append(section)
    return tuple(names) or ("",)


class _ReportDoc(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, *, on_holdings: Callable[[int], None],
                 **kwargs: Any) -> None:
        super().__init__(buffer, **kwargs)
        self._on_holdings = on_holdings
        self._content_page = 0  # the last page something visible was drawn on
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, BODY_WIDTH, PAGE_HEIGHT - MARGIN_TOP -
                      MARGIN_BOTTOM, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def afterFlowable(self, flowable: Flowable) -> None:
        canv = self.canv
        section = getattr(flowable, "section", None)
        if section:
            canv.sections.setdefault(self.page, []).append(
                (section, self._content_page != self.page))
        if not isinstance(flowable, Spacer | ActionFlowable | PageBreak):  # and CondPageBreak
            self._content_page = self.page
        outline = getattr(flowable, "outline", None)
        if outline:
            canv.outline_marks.setdefault(self.page, []).append(outline)
        held = getattr(flowable, "holdings_drawn", 0)
        if held:
            self._on_holdings(held)


def _fit(text: str, font: str, size: float, room: float) -> str:
    """`text` cut with an ellipsis to fit `room` (for the running header only)."""
    if width(text, font, size) <= room:
        return text
    while text and width(text + "…", font, size) > room:
        text = text[:-1]
    return text + "…"


def running_head(sections: tuple[str, ...], font: str, size: float, room: float) -> str:
    """The running header's words for a page showing `sections` (`page_sections`).

    One section: its name. Several, as a dictionary's guide words: the first (the
    section at the top of the page) and the last that starts on it, their common
    chapter written once: "Schedule of holdings: LDN-V1 gold bars; ZRH-V2 gold bars",
    with " … " for sections between them ("…: ZRH-V2 silver bars … totals against the
    statement"). A chapter's opening is named by its first section when that starts on
    the same page ("Schedule of holdings: LDN-V1 gold bars", not "Schedule of holdings;
    LDN-V1 …"). Cut to `room`, each name alike."""
    names = [name for n, name in enumerate(sections)
             if not any(later.startswith(name + ": ") for later in sections[n + 1:])]
    if len(names) == 1:
        return _fit(names[0], font, size, room)
    first, last = names[0], names[-1]
    joint = "; " if len(names) == 2 else " … "
    chapter, colon, part = first.partition(": ")
    prefix = ""
    if colon and last.startswith(chapter + ": "):
        prefix, first, last = chapter + ": ", part, last[len(chapter) + 2:]
    text = prefix + first + joint + last
    if width(text, font, size) <= room:
        return text
    each = (room - width(prefix + joint, font, size)) / 2
    return prefix + _fit(first, font, size, each) + joint + _fit(last, font, size, each)


FOOT_SIZE = 6.5


def _decorator(statement: dict[str, Any], public: bool, title: str | None = None,
               name: str | None = None) -> Callable[..., None]:
    """Draws the running header (the sections on the page, `running_head`; "Page n of N")
    and the footer (report and custodian; attestation id and as-of time) on a page, in
    the cover's fonts on the cover's pages: what it draws on page 1 is a function of the
    statement, the edition and N (the cover's section is always `COVER_SECTION`).
    `title` and `name` stand for the report's kind and the custodian's name in the
    footer (a programme's report: its own title and the programme's name)."""
    attestation = printable(statement.get("attestation_id", ""))
    as_of = printable(to_the_second(statement.get("as_of", "")))
    custodian = statement.get("custodian") if isinstance(statement.get("custodian"), dict) else {}
    if title is None:
        title = "Proof-of-reserve report" + (", public edition" if public else "")
    name = printable(custodian.get("name", "")) if name is None else printable(name)
    # the footer a little smaller than the header: the attestation id is never cut, and
    # beside it a custodian's name of some thirty characters fits whole
    right = _fit(f"Attestation {attestation} · as of {as_of}", FONT, FOOT_SIZE,
                 BODY_WIDTH * 0.7)
    left = _fit(f"{title} · {name}" if name else title, FONT, FOOT_SIZE,
                BODY_WIDTH - width(right, FONT, FOOT_SIZE) - 12)
    heads: dict[tuple[str, ...], str] = {}

    def decorate(canv: Canvas, number: int, total: int, sections: tuple[str, ...]) -> None:
        page = f"Page {number} of {total}"
        if sections not in heads:  # room for the widest page number of the document
            widest = width(f"Page {total} of {total}", FONT, 7)
            heads[sections] = running_head(sections, FONT_BOLD, 7.5, BODY_WIDTH - widest - 12)
        family = COVER if sections[0] == COVER_SECTION else BODY
        canv.saveState()
        top = PAGE_HEIGHT - 34
        bottom = 30
        canv.setFont(family.bold, 7.5)
        canv.setFillColor(INK)
        canv.drawString(MARGIN_X, top, heads[sections])
        canv.setFont(family.regular, 7)
        canv.setFillColor(MUTED)
        canv.drawRightString(PAGE_WIDTH - MARGIN_X, top, page)
        canv.setFont(family.regular, FOOT_SIZE)
        canv.drawString(MARGIN_X, bottom, left)
        canv.drawRightString(PAGE_WIDTH - MARGIN_X, bottom, right)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, top - 5, PAGE_WIDTH - MARGIN_X, top - 5)
        canv.line(MARGIN_X, bottom + 10, PAGE_WIDTH - MARGIN_X, bottom + 10)
        canv.restoreState()

    return decorate


def _created(statement: dict[str, Any]) -> tuple[int, ...] | None:
    """The statement's creation time as (Y, M, D, h, m, s) UTC, for the PDF's dates."""
    text = str(statement.get("created") or statement.get("as_of") or "")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.utcoffset() is not None:
        moment = moment.astimezone(UTC)
    return moment.timetuple()[:6]


@contextmanager
def binary_streams() -> Iterator[None]:
    """Compressed streams without the ASCII85 layer (a quarter larger and, in pure Python,
    seconds slower on a thousand pages). reportlab reads this setting while writing."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def _write(story: list[Flowable], statement: dict[str, Any], *, public: bool,
           on_holdings: Callable[[int], None], pages: int | None = None,
           title: str | None = None, name: str | None = None) -> bytes:
    """Lay out `story` as a report's PDF (the one place the document is set up, so that
    a report and its cover alone are drawn alike). `title` and `name`: the report's kind
    and whose it is, for another report than a custodian's (`_decorator`)."""
    custodian = statement.get("custodian") if isinstance(statement.get("custodian"), dict) else {}
    if name is not None:
        custodian = {"name": name}
    buffer = io.BytesIO()
    with render_lock, binary_streams():
        doc = _ReportDoc(
            buffer, on_holdings=on_holdings,
            pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM, invariant=1, pageCompression=1,
            initialFontName=FONT, initialFontSize=9, lang="en", displayDocTitle=1,
            title=f"{title or 'Proof-of-reserve report'}, "
                  f"{printable(custodian.get('name', ''))}, as of "
                  f"{printable(statement.get('as_of', ''))}",
            author=printable(custodian.get("name", "")),
            subject=f"Attestation {printable(statement.get('attestation_id', ''))}",
            creator="Tijori",
        )
        doc.build(story, canvasmaker=functools.partial(
            _ReportCanvas, decorate=_decorator(statement, public, title, name),
            created=_created(statement), pages=pages))
    return buffer.getvalue()


def render_report(statement: dict[str, Any], holdings: list[dict[str, Any]], *,
                  signers: list[SignerLine], thresholds: list[ThresholdLine], policy_name: str,
                  policy_version: int, public: bool = False,
                  progress: Callable[[int, int], None] | None = None,
                  policy_digest: str = "", report_signer: Signatory | None = None,
                  count: CountView | None = None) -> bytes:
    """The report's PDF bytes.

    `statement` is the decoded statement payload and `holdings` the leaves'
    ``holding`` objects in leaf order. `signers` and `thresholds` are the
    caller's verification of the envelope against the policy. With `public`,
    the schedule is only summarised by site and brand (and the methodology says
    that no leaves are attached). `progress(done, total)` is called with the
    number of holdings laid out so far, ending with ``(total, total)``.
    """
    register_fonts()
    total = len(holdings)
    summary = public or total > FULL_SCHEDULE_LIMIT
    done = 0

    def report(step: int) -> None:
        nonlocal done
        done = min(total, done + step)
        if progress is not None:
            progress(done, total)

    if progress is not None:
        progress(0, total)
    digest = statement_digest(canonical.dumps(statement))
    fast = FastText()
    story: list[Flowable] = []
    story += _cover(statement, digest, public=public, policy_name=policy_name,
                    policy_version=policy_version)
    story.append(PageBreak())
    signatories = [Signatory(s.role, s.name, s.keyid, s.words, s.signed_at, s.valid)
                   for s in signers]
    story += assurance(statement, signatories=signatories + (
        [report_signer] if report_signer else []),
        thresholds=[(t.role, t.required, t.valid, t.met) for t in thresholds],
        policy_name=policy_name, policy_version=policy_version, policy_digest=policy_digest,
        public=public, holdings=total, count=count, marked=_marked)
    story.append(PageBreak())
    if count is not None:
        story += count_section(count, marked=_marked)
        story.append(PageBreak())
    story += _signatures(signers, thresholds, policy_name=policy_name,
                         policy_version=policy_version, digest=digest)
    story.append(PageBreak())
    story += _methodology(statement, holdings, public=public, summary=summary)
    story.append(PageBreak())
    story += _schedule(statement, holdings, public=public, summary=summary, fast=fast)
    pdf = _write(story, statement, public=public,
                 on_holdings=report if not summary else (lambda _n: None))
    if progress is not None:
        progress(total, total)
    return pdf


def render_cover(statement: dict[str, Any], *, public: bool, policy_name: str,
                 policy_version: int, pages: int) -> bytes:
    """A PDF of the cover alone, whose page 1 is page 1 of the `pages`-page report that
    `render_report` makes from the same arguments: the same content, drawn with the
    same fonts (the cover's own), in a document that has nothing else.

    `tijori verify` compares a signed report's page 1 with this one
    (`app.reporting.cover_check`)."""
    register_fonts()
    digest = statement_digest(canonical.dumps(statement))
    story = _cover(statement, digest, public=public, policy_name=policy_name,
                   policy_version=policy_version)
    return _write(story, statement, public=public, on_holdings=lambda _n: None, pages=pages)
