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
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT = "TijoriVera"
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


@cache
def _covered(font_name: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def printable(text: object, font_name: str = FONT) -> str:
    """`text` as it can be printed in the report font: characters the font lacks are
    written as ``[U+XXXX]`` instead of an empty box."""
    text = "" if text is None else str(text)
    if text.isascii() and text.isprintable():
        return text
    covered = _covered(font_name)
    return "".join(
        c if ord(c) in covered and c.isprintable() else f"[U+{ord(c):04X}]" for c in text
    )


def para(text: object, font_name: str = FONT) -> str:
    """User text made safe for Paragraph markup: printable and XML-escaped."""
    return escape(printable(text, font_name))


def group_digits(text: object) -> str:
    """A decimal string with thousands separators in its integer part, otherwise exactly
    as given: ``"4526773.934"`` → ``"4,526,773.934"``. Anything that is not a plain
    decimal (an exponent, text) is returned unchanged."""
    if text is None:
        return ""
    text = str(text)
    sign, body = "", text
    if body and body[0] in "+-":
        sign, body = body[0], body[1:]
    whole, dot, fraction = body.partition(".")
    if not whole.isdigit() or not whole.isascii() or (dot and not fraction.isdigit()):
        return text
    if len(whole) > 3:
        head = len(whole) % 3 or 3
        whole = whole[:head] + "".join(
            "," + whole[i:i + 3] for i in range(head, len(whole), 3)
        )
    return f"{sign}{whole}{dot}{fraction}"


def percent(ratio: object) -> str | None:
    """A ratio's decimal string as a percentage, exactly: ``"1.043160"`` → ``"104.3160"``.

    Moving the decimal point two places is exact in decimal arithmetic; no digit is
    added or dropped. None for a missing or non-numeric ratio.
    """
    if ratio is None:
        return None
    try:
        value = Decimal(str(ratio))
    except InvalidOperation:
        return None
    if not value.is_finite():
        return None
    return group_digits(format(value.scaleb(2), "f"))


_UNIT_SYMBOLS = {"m3": "m³", "Sm3": "Sm³", "Nm3": "Nm³"}


def unit_symbol(unit: object) -> str:
    """How a statement unit is printed: the statement's unit, with a real superscript in
    m³ (``"m3"`` → ``"m³"``); every other unit exactly as written."""
    unit = printable(unit)
    return _UNIT_SYMBOLS.get(unit, unit)


_COMMODITY_NAMES = {"lng": "LNG"}


def commodity_name(commodity: object) -> str:
    """``"crude-oil"`` → ``"crude oil"``; ``"lng"`` → ``"LNG"``."""
    text = printable(commodity)
    return _COMMODITY_NAMES.get(text, text.replace("-", " "))


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
