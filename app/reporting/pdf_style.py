"""Fonts, colours, text styles and number formatting for the report PDF.

The report uses one embedded font family, Bitstream Vera, which ships inside
the reportlab package (`reportlab/fonts/Vera*.ttf`): the same report looks the
same on every machine and viewer, and no text depends on a viewer's substitute
for the unembedded "standard 14" fonts. Vera covers Latin-1 and the common
punctuation (³ × · — – … ° ≥); a character it lacks is printed as its code
point, ``[U+0915]``, rather than as an empty box, so that no identity is shown
wrongly.

Numbers are decimal strings and stay that way: `group_digits` only inserts
thousands separators into the integer part, and `percent` only moves the
decimal point two places. Nothing here rounds or passes through a float.
"""

from __future__ import annotations

import threading
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
_FONT_FILES = {
    FONT: "Vera.ttf",
    FONT_BOLD: "VeraBd.ttf",
    FONT_ITALIC: "VeraIt.ttf",
    FONT_BOLD_ITALIC: "VeraBI.ttf",
}
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
    """Register the report's fonts with reportlab once per process (idempotent)."""
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in _FONT_FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(FONT_FOLDER / filename)))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )


def para(text: object, font_name: str = FONT) -> str:
    """User text made safe for Paragraph markup: printable and XML-escaped."""
    return escape(printable(text, font_name))


def width(text: str, font_name: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font_name, size)


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The report's paragraph styles (after `register_fonts`)."""
    base = ParagraphStyle(
        "body", fontName=FONT, fontSize=9, leading=12, textColor=INK, alignment=TA_LEFT,
        bulletFontName=FONT, bulletFontSize=9,
    )

    def style(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return {
        "body": base,
        "small": style("small", fontSize=7.5, leading=9.5),
        "muted": style("muted", fontSize=7.5, leading=9.5, textColor=MUTED),
        "title": style("title", fontName=FONT_BOLD, fontSize=19, leading=24, spaceAfter=2),
        "subtitle": style("subtitle", fontSize=12, leading=16, textColor=MUTED, spaceAfter=10),
        "h1": style("h1", fontName=FONT_BOLD, fontSize=14, leading=18, spaceAfter=8),
        "h2": style("h2", fontName=FONT_BOLD, fontSize=10.5, leading=14, spaceBefore=10,
                    spaceAfter=4, keepWithNext=1),
        "h2_free": style("h2_free", fontName=FONT_BOLD, fontSize=10.5, leading=14,
                         spaceBefore=10, spaceAfter=4),
        "cell": style("cell", fontSize=8, leading=10),
        "cell_bold": style("cell_bold", fontName=FONT_BOLD, fontSize=8, leading=10),
        "cell_small": style("cell_small", fontSize=7, leading=8.6),
        "label": style("label", fontName=FONT_BOLD, fontSize=8, leading=10, textColor=MUTED),
        "alert": style("alert", fontName=FONT_BOLD, fontSize=10, leading=13, textColor=ALERT),
        "compact": style("compact", fontSize=8.5, leading=11),
        "step": style("step", fontSize=8.5, leading=11, leftIndent=14, bulletIndent=0,
                      bulletFontSize=8.5, spaceAfter=2.5),
        "code": style("code", fontName=FONT_BOLD, fontSize=8.5, leading=11, leftIndent=28,
                      spaceBefore=1, spaceAfter=4),
    }
