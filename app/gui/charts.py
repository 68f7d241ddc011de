"""Two small charts drawn with QPainter: token coverage and holdings by site.

Drawn by hand rather than with QtCharts: two bar charts do not justify another
Qt module in the offline bundle.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.gui import palette

GOOD = palette.CHART_GOOD
SHORT = palette.BAD
NEUTRAL = palette.CHART_NEUTRAL
TEXT = palette.qcolor(palette.TEXT)
GRID = palette.qcolor(palette.GRID)


@dataclass(frozen=True)
class Bar:
    label: str
    value: Decimal  # coverage as a ratio (1 = 100 %), or a quantity
    text: str  # what is written at the end of the bar
    colour: str = NEUTRAL  # a colour name, e.g. GOOD or SHORT


class BarChart(QWidget):
    """Horizontal bars, one per row, with an optional reference line (the 100 % mark)."""

    ROW = 30

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.reference: Decimal | None = None
        self.reference_text = ""
        self.empty_text = empty_text
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_bars(self, bars: list[Bar], reference: Decimal | None = None,
                 reference_text: str = "") -> None:
        self.bars = bars
        self.reference = reference
        self.reference_text = reference_text
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, max(90, 34 + self.ROW * len(self.bars)))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(TEXT)
        if not self.bars:
            painter.drawText(self.rect().adjusted(8, 0, -8, 0),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.empty_text)
            return
        metrics = painter.fontMetrics()
        label_width = min(self.width() // 2,
                          max(metrics.horizontalAdvance(b.label) for b in self.bars) + 12)
        text_width = max(metrics.horizontalAdvance(b.text) for b in self.bars) + 12
        left, right = label_width, self.width() - text_width
        scale_max = max([b.value for b in self.bars] + [self.reference or Decimal(0)])
        scale_max = scale_max * Decimal("1.05") if scale_max > 0 else Decimal(1)
        span = max(10, right - left)

        def x(value: Decimal) -> float:
            return left + float(value / scale_max) * span  # pixels only: never stored

        # Right to left (Urdu) the chart is mirrored: labels on the right, bars growing
        # leftwards. Rectangles are mirrored here; Qt swaps their text alignment itself.
        flip = self.layoutDirection() == Qt.LayoutDirection.RightToLeft

        def place(rect: QRectF) -> QRectF:
            return QRectF(self.width() - rect.right(), rect.top(), rect.width(),
                          rect.height()) if flip else rect

        def across(at: float) -> float:
            return self.width() - at if flip else at

        top = 8
        for row, bar in enumerate(self.bars):
            y = top + row * self.ROW
            painter.setPen(TEXT)
            painter.drawText(place(QRectF(0, y, label_width - 8, self.ROW - 6)),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             bar.label)
            painter.fillRect(place(QRectF(left, y + 3, max(1.0, x(bar.value) - left),
                                          self.ROW - 12)), QColor(bar.colour))
            painter.drawText(place(QRectF(x(bar.value) + 6, y, text_width + 40, self.ROW - 6)),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bar.text)
        if self.reference is not None:
            rx = across(x(self.reference))
            bottom = top + len(self.bars) * self.ROW
            painter.setPen(QPen(TEXT, 2, Qt.PenStyle.DashLine))
            painter.drawLine(int(rx), top - 4, int(rx), bottom)
            small = QFont(painter.font())
            small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
            painter.setFont(small)
            painter.drawText(QRectF(rx - 60, bottom, 120, 20), Qt.AlignmentFlag.AlignHCenter,
                             self.reference_text)
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(int(across(left)), top - 4, int(across(left)),
                         top + len(self.bars) * self.ROW)
