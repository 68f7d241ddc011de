"""The sheet a share holder keeps: one SLIP-39 share of a signing key, printed.

One A4 page per holder: whose key it is (name, keyid, fingerprint words), which share
("share 2 of 5; any 3 restore the key"), the share's words numbered in columns so that
they are typed back in order, what to do with the sheet, and lines for the holder's
signature and the date. Drawn on the canvas in the report's embedded fonts.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.reporting.pdf_layout import binary_streams, render_lock
from app.reporting.pdf_style import FONT, FONT_BOLD, INK, MUTED, RULE, register_fonts

MARGIN = 56
COLUMNS = 3


def share_sheet(key: dict[str, Any], number: int, count: int, threshold: int,
                words: list[str]) -> bytes:
    """The PDF sheet of share `number` of `count` (`key`: name, keyid, words)."""
    register_fonts()
    buffer = io.BytesIO()
    with render_lock, binary_streams():
        canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
        canvas.setTitle(f"Share {number} of {count}: {key['name']}")
        width, height = A4
        y = height - MARGIN
        canvas.setFillColor(INK)
        canvas.setFont(FONT_BOLD, 18)
        canvas.drawString(MARGIN, y, f"Key backup share {number} of {count}")
        y -= 26
        canvas.setFont(FONT, 11)
        canvas.drawString(MARGIN, y, f"Any {threshold} of the {count} shares restore the key "
                                     f"(SLIP-39). Fewer tell nothing of it.")
        y -= 30
        for label, value in (("Key", key["name"]), ("Keyid", key["keyid"]),
                             ("Fingerprint words", key["words"])):
            canvas.setFont(FONT_BOLD, 10)
            canvas.drawString(MARGIN, y, label)
            canvas.setFont(FONT, 9 if label == "Keyid" else 10)
            canvas.drawString(MARGIN + 110, y, value)
            y -= 18
        y -= 14
        canvas.setStrokeColor(RULE)
        canvas.line(MARGIN, y, width - MARGIN, y)
        y -= 28
        canvas.setFont(FONT_BOLD, 12)
        canvas.drawString(MARGIN, y, "The words of this share, in order")
        y -= 24
        rows = -(-len(words) // COLUMNS)
        column_width = (width - 2 * MARGIN) / COLUMNS
        for index, word in enumerate(words):
            column, row = divmod(index, rows)
            x, at = MARGIN + column * column_width, y - row * 20
            canvas.setFillColor(MUTED)
            canvas.setFont(FONT, 10)
            canvas.drawRightString(x + 24, at, f"{index + 1}.")
            canvas.setFillColor(INK)
            canvas.setFont(FONT_BOLD, 12)
            canvas.drawString(x + 32, at, word)
        y -= rows * 20 + 24
        canvas.line(MARGIN, y, width - MARGIN, y)
        y -= 22
        canvas.setFont(FONT, 10)
        for line in ("Keep this sheet where only you can reach it. Never photograph it, type",
                     "it into a computer that is online, or show it to another share holder.",
                     "To restore or test the key, type the words in order into",
                     "\"tijori keys restore\" on the offline PC, together with the other",
                     f"holders ({threshold} in all)."):
            canvas.drawString(MARGIN, y, line)
            y -= 15
        y -= 40
        for label in ("Holder's name", "Signature", "Date"):
            canvas.line(MARGIN + 110, y, width - MARGIN, y)
            canvas.drawString(MARGIN, y + 3, label)
            y -= 36
        canvas.showPage()
        canvas.save()
    return buffer.getvalue()
