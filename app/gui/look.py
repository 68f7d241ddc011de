"""Icons and the style sheet, loaded from the `resources` package."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtGui import QIcon, QPixmap


def resource_bytes(*parts: str) -> bytes:
    return resources.files("resources").joinpath(*parts).read_bytes()


@cache
def stylesheet() -> str:
    return resource_bytes("style.qss").decode("utf-8")


def icon(name: str) -> QIcon:
    pixmap = QPixmap()
    pixmap.loadFromData(resource_bytes("icons", f"{name}.svg"), "SVG")
    return QIcon(pixmap)


def set_role(widget, role: str) -> None:
    """Give a widget a style role (see style.qss) and re-polish it."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
