"""The application's colours by what they mean, in one place.

The style sheet (resources/style.qss) uses the same values for the roles it
styles; code that colours a cell, a chart or a label by hand takes them from
here, so that "failed" is one red everywhere.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

#: Passed, met, signed for: a check or threshold that holds.
GOOD = "#1e7b34"
#: Failed, short, refused: a check that does not hold, a shortfall, an error.
BAD = "#b3261e"
#: The background of a row that is short.
BAD_BACKGROUND = "#fbe9e7"
#: Not done, unchecked, flagged: something a person must look at.
CAUTION = "#9a5b00"
#: Headings and the figures a signature covers.
INK = "#1f3b57"
#: Body text drawn by hand (charts).
TEXT = "#1d2730"
#: Secondary text: names beside figures, captions.
SECONDARY = "#44505c"
#: Muted text: steps not yet reached, placeholders, neutral checks.
MUTED = "#5b6670"
#: Lines: chart grids, empty meters, the edges of panels.
GRID = "#c8d0d8"
EDGE = "#c5ccd4"
FRAME = "#9fb2c5"
#: Chart bars: covered, and reserves without a token.
CHART_GOOD = "#2e7d46"
CHART_NEUTRAL = "#2f5a82"


def qcolor(name: str) -> QColor:
    """One of the colours above as a QColor (for models and painters)."""
    return QColor(name)
