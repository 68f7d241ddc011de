"""The small read-only tables several pages show (signatures, totals, a diff's rows)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem


def cell(text: str, tip: str = "") -> QTableWidgetItem:
    """A cell that cannot be edited, with `tip` shown on hovering."""
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if tip:
        item.setToolTip(tip)
    return item


def table(headers: list[str]) -> QTableWidget:
    """An empty table with these column headers, no row numbers, columns fitted to their
    contents and the last one stretched."""
    widget = QTableWidget(0, len(headers))
    widget.setHorizontalHeaderLabels(headers)
    widget.verticalHeader().setVisible(False)
    widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    widget.horizontalHeader().setStretchLastSection(True)
    return widget


def fit_rows(widget: QTableWidget, most: int = 8, *, least: int = 1,
             sideways: bool = False) -> None:
    """Make `widget` as tall as its rows, at least `least` and at most `most` of them (it
    scrolls beyond that), so that a short table leaves no empty band and a long one does
    not push what follows it out of sight; `sideways` keeps room for a horizontal scroll
    bar (a table whose columns may be wider than the window)."""
    shown = max(least, min(widget.rowCount(), most))
    height = widget.horizontalHeader().sizeHint().height() + 2 * widget.frameWidth()
    height += sum(widget.rowHeight(row) for row in range(min(shown, widget.rowCount())))
    height += widget.verticalHeader().defaultSectionSize() * max(0, shown - widget.rowCount())
    if sideways:
        height += widget.horizontalScrollBar().sizeHint().height()
    widget.setFixedHeight(height)
