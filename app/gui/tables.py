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
