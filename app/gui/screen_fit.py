"""Windows that fit the screen they are on, and content that scrolls when it cannot.

Warehouse terminals run anything from 1024×768 to 1920×1080. Every page sits
in a scroll area (`scrolled`), so that a small screen scrolls rather than
clips; every window is sized to what it needs but never beyond the screen's
available area (`fit_to_screen`), including a size remembered from a larger
screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

#: Room left for a window manager's title bar and borders.
FRAME_ALLOWANCE = QSize(16, 40)


class _Natural(QScrollArea):
    """A scroll area that asks for the whole size of its content (a plain one asks for
    at most 24 lines): the window opens as large as it needs, and scrolls only when
    the screen is smaller."""

    def sizeHint(self) -> QSize:
        inner = self.widget()
        if inner is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        bar = self.verticalScrollBar().sizeHint().width()
        return inner.sizeHint() + QSize(frame + bar, frame)


def scrolled(inner: QWidget, *, sideways: bool = False, frame: bool = False,
             natural: bool = False) -> QScrollArea:
    """`inner` in a scroll area that gives it the whole viewport when there is room.

    `sideways=False` keeps the horizontal bar off: text wraps, columns shrink.
    `natural=True` makes the area's preferred size that of its content.
    """
    area = _Natural() if natural else QScrollArea()
    area.setWidgetResizable(True)
    if not frame:
        area.setFrameShape(QFrame.Shape.NoFrame)
    if not sideways:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    return area


def available(widget: QWidget) -> QRect:
    """The part of `widget`'s screen (or the primary one) that windows may use."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted(wanted: QSize, room: QRect) -> QSize:
    """`wanted`, shrunk to fit `room` less a window frame."""
    limit = room.size() - FRAME_ALLOWANCE
    return QSize(min(wanted.width(), limit.width()), min(wanted.height(), limit.height()))


def fit_to_screen(window: QWidget, wanted: QSize | None = None, room: QRect | None = None
                  ) -> QSize:
    """Resize `window` to `wanted` (default: its present size) within the screen, and move
    it back inside the screen when a remembered position left it partly outside."""
    room = room if room is not None else available(window)
    size = fitted(wanted if wanted is not None else window.size(), room)
    if size != window.size():
        window.resize(size)
    position = window.pos()
    inside = QPoint(min(max(position.x(), room.left()), room.right() - size.width()),
                    min(max(position.y(), room.top()), room.bottom() - size.height()))
    if inside != position:
        window.move(inside)
    return size


def content_size(widget: QWidget) -> QSize:
    """What a dialog's layout asks for: at least its minimum, else its preferred size."""
    layout = widget.layout()
    hint = layout.totalSizeHint() if layout is not None else widget.sizeHint()
    return hint.expandedTo(widget.minimumSizeHint())


def take_place(window: QWidget, old: QWidget) -> None:
    """Put `window` where `old` is, at its size (maximised or full screen as it is): a
    window built again in its place (in another language)."""
    window.restoreGeometry(old.saveGeometry())
    if not old.windowState() & (Qt.WindowState.WindowMaximized
                                | Qt.WindowState.WindowFullScreen):
        window.setGeometry(old.geometry())  # exactly: restoring may move it by its frame
