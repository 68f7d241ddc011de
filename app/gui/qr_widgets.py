"""Showing QR codes on screen: one code, or a message's parts one after another."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.gui.i18n import tr


class QrFramesView(QWidget):
    """The QR parts of a message, shown one at a time.

    The parts advance by themselves every `interval_ms` so a camera on the other
    PC can collect them in any order; Previous / Next / Pause let a person step.
    """

    def __init__(self, images: list[bytes], parent: QWidget | None = None,
                 interval_ms: int = 1500) -> None:
        super().__init__(parent)
        self.pixmaps = []
        for data in images:
            pixmap = QPixmap()
            pixmap.loadFromData(data, "PNG")
            self.pixmaps.append(pixmap)
        self.index = 0
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(320, 320)
        self.image.setStyleSheet("background: white;")
        self.caption = QLabel()
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous_button = QPushButton(tr("◀ Previous"))
        self.pause_button = QPushButton(tr("Pause"))
        self.next_button = QPushButton(tr("Next ▶"))
        self.previous_button.clicked.connect(lambda: self.show_part(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_part(self.index + 1))
        self.pause_button.clicked.connect(self._toggle)
        buttons = QHBoxLayout()
        for button in (self.previous_button, self.pause_button, self.next_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.image, 1)
        layout.addWidget(self.caption)
        layout.addLayout(buttons)
        single = len(self.pixmaps) <= 1
        for button in (self.previous_button, self.pause_button, self.next_button):
            button.setVisible(not single)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.show_part(self.index + 1))
        if not single:
            self.timer.start()
        self.show_part(0)

    @property
    def count(self) -> int:
        return len(self.pixmaps)

    def show_part(self, index: int) -> None:
        if not self.pixmaps:
            self.caption.setText(tr("Nothing to show."))
            return
        self.index = index % len(self.pixmaps)
        pixmap = self.pixmaps[self.index]
        side = max(240, min(self.image.width(), self.image.height()))
        self.image.setPixmap(pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.FastTransformation))
        self.caption.setText(tr("Part {n} of {total}").format(n=self.index + 1,
                                                               total=len(self.pixmaps)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.show_part(self.index)

    def _toggle(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.pause_button.setText(tr("Play"))
        else:
            self.timer.start()
            self.pause_button.setText(tr("Pause"))
