"""How report text is printed: digits grouped, ratios as percentages, units and
commodity names, and characters the report font lacks made visible.

No reportlab at import time: `tijori verify` needs these to rebuild the cover's
lines, and loads the font's character map only when a text is not plain ASCII.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import cache

from app.domain.messages import Code
from app.domain.units import group_digits

FONT = "TijoriVera"


@cache
def _covered(font_name: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    from app.reporting.pdf_style import register_fonts

    register_fonts()
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
    """``"crude-oil"`` → ``"crude oil"``; ``"lng"`` → ``"LNG"`` (a `Code`: the desktop
    application shows its own name for it)."""
    text = printable(commodity)
    return Code(text, _COMMODITY_NAMES.get(text, text.replace("-", " ")))
