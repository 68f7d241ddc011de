"""The one way a page starts a camera scan of QR codes (`camera_scan`), imported only
when a scan starts: Qt Multimedia then loads only on a PC that scans, and a PC where it
cannot load (its audio library missing, say) is told so, and keeps the file and image
paths."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.gui import dialogs
from app.gui.i18n import tr


def start(parent: QWidget, title: str) -> Any:
    """A started `camera_scan.ScanDialog` (connect to its `scanned(bytes)`), or None after
    saying why no scan could start."""
    try:
        from app.gui import camera_scan
    except ImportError as exc:
        dialogs.inform(parent, title, tr(
            "The camera cannot be used on this PC: Qt Multimedia did not load ({reason}). "
            "Read the codes from image files instead.").format(reason=exc))
        return None
    return camera_scan.start(parent, title)
