"""Fonts, colours, text styles and number formatting for the report PDF.

The report uses one embedded font family, Bitstream Vera, which ships inside
the reportlab package (`reportlab/fonts/Vera*.ttf`): the same report looks the
same on every machine and viewer, and no text depends on a viewer's substitute
for the unembedded "standard 14" fonts. Vera covers Latin-1 and the common
punctuation (³ × · — – … ° ≥); a character it lacks is printed as its code
point, ``[U+0915]``, rather than as an empty box, so that no identity is shown
wrongly.

The cover (page 1) is set in the same faces registered a second time under their own
names (`COVER`): no other page uses them, so their embedded subsets, like the rest of
page 1, depend on the cover alone, and `tijori verify` can rebuild page 1 byte for
byte from the signed statement (`app.reporting.cover_check`). The other pages use
`BODY`.

Numbers are decimal strings and stay that way: `group_digits` only inserts
thousands separators into the integer part, and `percent` only moves the
decimal point two places. Nothing here rounds or passes through a float.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.reporting.text import (  # noqa: F401 (the text helpers, re-exported)
    FONT,
    commodity_name,
    group_digits,
    percent,
    printable,
    unit_symbol,
)

FONT_BOLD = "TijoriVera-Bold"
FONT_ITALIC = "TijoriVera-Italic"
FONT_BOLD_ITALIC = "TijoriVera-BoldItalic"


@dataclass(frozen=True)
class Family:
    """The four faces of one registered font family (reportlab font names)."""

    regular: str
    bold: str
    italic: str
    bold_italic: str

    def faces(self) -> tuple[str, str, str, str]:
        return self.regular, self.bold, self.italic, self.bold_italic


#: The faces of every page but the cover.
BODY = Family(FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC)
#: The same faces under other names, for the cover's pages only.
COVER = Family("TijoriCover", "TijoriCover-Bold", "TijoriCover-Italic", "TijoriCover-BoldItalic")
_FILES = ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf", "VeraBI.ttf")
# Added to the cover faces' PostScript names: "AAAAAA+BitstreamVeraSans-Roman-Cover".
_COVER_SUFFIX = b"-Cover"
_FONT_FILES = dict(zip(BODY.faces() + COVER.faces(), _FILES + _FILES, strict=True))
FONT_FOLDER = Path(reportlab.__file__).resolve().parent / "fonts"

# Sober colours: near-black ink, greys for structure, one red for what must not be missed.
INK = colors.Color(0.08, 0.10, 0.13)
MUTED = colors.Color(0.36, 0.40, 0.45)
RULE = colors.Color(0.62, 0.66, 0.70)
HEAD_FILL = colors.Color(0.89, 0.91, 0.93)
ZEBRA_FILL = colors.Color(0.955, 0.96, 0.97)
ALERT = colors.Color(0.72, 0.04, 0.07)
ALERT_FILL = colors.Color(0.99, 0.92, 0.92)
GOOD = colors.Color(0.08, 0.38, 0.18)

_lock = threading.Lock()


def register_fonts() -> None:
    """Register the report's fonts with reportlab once per process (idempotent).

    The cover's faces are never shaped (even where uharfbuzz is installed), so that
    page 1 is laid out the same on every machine."""
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in _FONT_FILES.items():
            if name not in registered:
                cover = name in COVER.faces()
                font = TTFont(name, str(FONT_FOLDER / filename), shapable=not cover)
                if cover:  # reportlab keeps one font per face name: give the cover's its own
                    font.face.name += _COVER_SUFFIX
                pdfmetrics.registerFont(font)
        for family in (BODY, COVER):
            pdfmetrics.registerFontFamily(
                family.regular, normal=family.regular, bold=family.bold,
                italic=family.italic, boldItalic=family.bold_italic)


def para(text: object, font_name: str = FONT) -> str:
    """User text made safe for Paragraph markup: printable and XML-escaped."""
    return escape(printable(text, font_name))


def width(text: str, font_name: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font_name, size)


@cache
def styles(family: Family = BODY) -> dict[str, ParagraphStyle]:
    """The report's paragraph styles in `family` (after `register_fonts`)."""
    regular, bold = family.regular, family.bold
    # allowWidows=0: a paragraph's last line never goes alone to the next page (nor, as
    # reportlab's default allowOrphans=0 has it, its first line alone at a page's foot)
    base = ParagraphStyle(
        "body", fontName=regular, fontSize=9, leading=12, textColor=INK, alignment=TA_LEFT,
        bulletFontName=regular, bulletFontSize=9, allowWidows=0,
    )

    def style(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return {
        "body": base,
        "small": style("small", fontSize=7.5, leading=9.5),
        "muted": style("muted", fontSize=7.5, leading=9.5, textColor=MUTED),
        "title": style("title", fontName=bold, fontSize=19, leading=24, spaceAfter=2),
        "subtitle": style("subtitle", fontSize=12, leading=16, textColor=MUTED, spaceAfter=10),
        "h1": style("h1", fontName=bold, fontSize=14, leading=18, spaceAfter=8),
        "h2": style("h2", fontName=bold, fontSize=10.5, leading=14, spaceBefore=10,
                    spaceAfter=4, keepWithNext=1),
        "h2_free": style("h2_free", fontName=bold, fontSize=10.5, leading=14,
                         spaceBefore=10, spaceAfter=4),
        "cell": style("cell", fontSize=8, leading=10),
        "cell_bold": style("cell_bold", fontName=bold, fontSize=8, leading=10),
        "cell_small": style("cell_small", fontSize=7, leading=8.6),
        "label": style("label", fontName=bold, fontSize=8, leading=10, textColor=MUTED),
        "alert": style("alert", fontName=bold, fontSize=10, leading=13, textColor=ALERT),
        "compact": style("compact", fontSize=8.5, leading=11),
        "step": style("step", fontSize=8.5, leading=11, leftIndent=14, bulletIndent=0,
                      bulletFontSize=8.5, spaceAfter=2.5),
        "code": style("code", fontName=bold, fontSize=8.5, leading=11, leftIndent=28,
                      spaceBefore=1, spaceAfter=4),
    }
