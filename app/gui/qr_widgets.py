"""Showing QR codes on screen: one code, or a message's parts one after another.

Codes are drawn for a camera: on white, with their quiet zone, every module the same
whole number of screen pixels (nearest-neighbour, never smoothed), as large as the
widget allows. A message of several parts cycles every `FRAME_INTERVAL_MS`; one short
enough is a single still code (`app.services.qr.frame_images` decides). "Full screen"
shows the same animation on a white window of its own for a camera further away.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.gui.i18n import tr
from app.services.qr import FRAME_INTERVAL_MS, MODULE_PX


class QrCanvas(QWidget):
    """One QR image drawn on white, centred, enlarged by a whole number of pixels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pixmap: QPixmap | None = None
        self.setAutoFillBackground(False)
        self.setMinimumSize(240, 240)

    def set_pixmap(self, pixmap: QPixmap | None) -> None:
        self.pixmap = pixmap
        self.update()

    def target(self) -> QRect:
        """Where the code is drawn: the largest whole-number enlargement that fits (or, for
        an image larger than the widget, the image shrunk to fit)."""
        if self.pixmap is None or self.pixmap.isNull():
            return QRect()
        side = min(self.width(), self.height())
        width, height = self.pixmap.width(), self.pixmap.height()
        factor = side // max(width, height)
        if factor >= 1:
            size = QSize(width * factor, height * factor)
        else:
            size = QSize(width, height).scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio)
        return QRect((self.width() - size.width()) // 2, (self.height() - size.height()) // 2,
                     size.width(), size.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self.pixmap is not None and not self.pixmap.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            painter.drawPixmap(self.target(), self.pixmap)
        painter.end()


class QrFullScreen(QWidget):
    """The current code of a `QrFramesView` on a white full-screen window, still animating.

    Esc or a click leaves; Space pauses; the arrow keys step.
    """

    closed = Signal()

    def __init__(self, view: QrFramesView) -> None:
        super().__init__(view, Qt.WindowType.Window)  # a window of its own, gone with the view
        self.view = view
        self.setWindowTitle(tr("QR codes"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet("background: white; color: black;")
        self.canvas = QrCanvas()
        self.caption = QLabel()
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.caption.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.caption.setFont(font)
        self.hint = QLabel(tr("Esc or a click leaves full screen."))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key == Qt.Key.Key_Space:
            self.view.toggle()
        elif key == Qt.Key.Key_Left:
            self.view.show_part(self.view.index - 1)
        elif key == Qt.Key.Key_Right:
            self.view.show_part(self.view.index + 1)
        else:
            super().keyPressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        self.close()

    def closeEvent(self, event) -> None:
        self.closed.emit()
        super().closeEvent(event)


class QrFramesView(QWidget):
    """The QR parts of a message, shown one at a time.

    The parts advance by themselves every `interval_ms` so a camera on the other
    PC can collect them in any order; Previous / Next / Pause let a person step.
    A single code stands still. `images` are PNGs, best at one pixel a module
    (`app.services.qr.frame_images`), so that every enlargement is exact.
    """

    def __init__(self, images: list[bytes], parent: QWidget | None = None,
                 interval_ms: int = FRAME_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.pixmaps: list[QPixmap] = []
        for data in images:
            pixmap = QPixmap()
            pixmap.loadFromData(data, "PNG")
            self.pixmaps.append(pixmap)
        self.index = 0
        self.full_screen: QrFullScreen | None = None
        self.image = QrCanvas()
        widest = max((pixmap.width() for pixmap in self.pixmaps), default=0)
        side = max(240, min(480, widest * MODULE_PX))
        self.image.setMinimumSize(side, side)
        self.caption = QLabel()
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous_button = QPushButton(tr("◀ Previous"))
        self.pause_button = QPushButton(tr("Pause"))
        self.next_button = QPushButton(tr("Next ▶"))
        self.full_screen_button = QPushButton(tr("Full screen"))
        self.full_screen_button.setToolTip(
            tr("Show the codes on the whole screen, for a camera further away (Esc leaves)."))
        self.previous_button.clicked.connect(lambda: self.show_part(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_part(self.index + 1))
        self.pause_button.clicked.connect(self.toggle)
        self.full_screen_button.clicked.connect(self.open_full_screen)
        buttons = QHBoxLayout()
        for button in (self.previous_button, self.pause_button, self.next_button,
                       self.full_screen_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.image, 1)
        layout.addWidget(self.caption)
        layout.addLayout(buttons)
        self.single = len(self.pixmaps) <= 1
        for button in (self.previous_button, self.pause_button, self.next_button):
            button.setVisible(not self.single)
        self.caption.setVisible(not self.single or not self.pixmaps)
        self.full_screen_button.setEnabled(bool(self.pixmaps))
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.show_part(self.index + 1))
        if not self.single:
            self.timer.start()
        self.show_part(0)

    @property
    def count(self) -> int:
        return len(self.pixmaps)

    def part_caption(self) -> str:
        return tr("Part {n} of {total}").format(n=self.index + 1, total=len(self.pixmaps))

    def show_part(self, index: int) -> None:
        if not self.pixmaps:
            self.caption.setText(tr("Nothing to show."))
            return
        self.index = index % len(self.pixmaps)
        pixmap = self.pixmaps[self.index]
        self.image.set_pixmap(pixmap)
        caption = "" if self.single else self.part_caption()
        self.caption.setText(caption)
        if self.full_screen is not None:
            self.full_screen.canvas.set_pixmap(pixmap)
            self.full_screen.caption.setText(caption)
            self.full_screen.caption.setVisible(bool(caption))

    def toggle(self) -> None:
        """Pause or resume the animation (nothing to do for a single code)."""
        if self.single:
            return
        if self.timer.isActive():
            self.timer.stop()
            self.pause_button.setText(tr("Play"))
        else:
            self.timer.start()
            self.pause_button.setText(tr("Pause"))

    def open_full_screen(self) -> QrFullScreen | None:
        """Show the codes on a white full-screen window; returns it (None with no code)."""
        if not self.pixmaps:
            return None
        if self.full_screen is None:
            self.full_screen = QrFullScreen(self)
            self.full_screen.closed.connect(self._full_screen_closed)
            self.show_part(self.index)
        screen = self.screen()  # the screen the view is on, of several
        if screen is not None:
            self.full_screen.setGeometry(screen.geometry())
        self.full_screen.showFullScreen()
        self.full_screen.activateWindow()
        self.full_screen.setFocus()
        return self.full_screen

    def _full_screen_closed(self) -> None:
        self.full_screen = None

    def hideEvent(self, event) -> None:
        # The view taken off screen (another step, the window closed): so is its copy.
        if self.full_screen is not None and not event.spontaneous():
            self.full_screen.close()
        super().hideEvent(event)
