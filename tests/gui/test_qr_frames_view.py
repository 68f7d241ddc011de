"""QrFramesView: codes drawn for a camera, read back from the pixels on screen."""

from __future__ import annotations

import base64
import json
import random

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from app.attest.qrframes import join
from app.gui.qr_widgets import QrFramesView
from app.services import qr

pytestmark = pytest.mark.timeout(60)


def response() -> bytes:
    rng = random.Random(11)
    return json.dumps({"keyid": rng.randbytes(32).hex(), "statement": rng.randbytes(32).hex(),
                       "sig": base64.b64encode(rng.randbytes(64)).decode()}).encode()


def request() -> bytes:
    rng = random.Random(12)
    proofs = [{"from_size": rng.randrange(5000), "proof": [rng.randbytes(32).hex()
                                                           for _ in range(4)]}
              for _ in range(40)]
    return json.dumps({"format": "tijori-signing-request", "journal_proofs": proofs}).encode()


def screen_texts(widget: QWidget) -> list[str]:
    """The QR texts zxing-cpp reads in what `widget` shows on screen."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    pil = Image.frombuffer("L", (image.width(), image.height()), bytes(image.constBits()),
                           "raw", "L", image.bytesPerLine(), 1)
    return [code.text for code in zxingcpp.read_barcodes(pil) if code.valid]


@pytest.fixture
def show(qtbot):
    def make(data: bytes) -> QrFramesView:
        view = QrFramesView(qr.frame_images(data))
        qtbot.addWidget(view)
        view.resize(640, 720)
        view.show()
        qtbot.waitExposed(view)
        return view
    return make


def test_a_response_is_one_still_code(qtbot, show):
    data = response()
    view = show(data)
    assert view.count == 1
    assert not view.timer.isActive()
    assert not view.caption.isVisible() and not view.next_button.isVisible()
    assert view.full_screen_button.isVisible()
    qtbot.wait(3 * qr.FRAME_INTERVAL_MS)
    assert view.index == 0
    assert join(screen_texts(view.image)) == data


def test_a_request_animates_at_the_camera_interval(qtbot, show):
    data = request()
    view = show(data)
    count = len(qr.screen_texts(data))
    assert view.count == count > 3
    assert view.timer.isActive() and view.timer.interval() == qr.FRAME_INTERVAL_MS
    assert view.caption.text() == f"Part 1 of {count}"
    qtbot.waitUntil(lambda: view.index == 2, timeout=10 * qr.FRAME_INTERVAL_MS)
    assert view.caption.text() == f"Part 3 of {count}"
    view.pause_button.click()
    assert not view.timer.isActive()
    view.next_button.click()
    assert view.caption.text() == f"Part 4 of {count}"


def test_the_message_reassembles_from_the_pixels_on_screen(qtbot, show):
    data = request()
    view = show(data)
    view.toggle()  # paused: each part is put on screen in turn
    read = []
    for index in range(view.count):
        view.show_part(index)
        rect = view.image.target()
        width = view.pixmaps[index].width()
        # Whole-pixel modules, at least MODULE_PX, as large as the canvas allows.
        assert rect.width() % width == 0 and rect.width() // width >= qr.MODULE_PX
        assert rect.width() + width > min(view.image.width(), view.image.height())
        (text,) = screen_texts(view.image)
        assert text.startswith(f"TJ1:Z:{index + 1}/{view.count}:")
        read.append(text)
    assert read == qr.screen_texts(data)
    assert join(read) == data


def test_full_screen_keeps_animating_and_esc_leaves(qtbot, show):
    data = request()
    view = show(data)
    window = view.open_full_screen()
    assert window is view.full_screen
    qtbot.waitExposed(window)
    assert window.isFullScreen() or window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.canvas.height() > view.image.height()
    start = view.index
    qtbot.waitUntil(lambda: view.index != start, timeout=10 * qr.FRAME_INTERVAL_MS)
    view.toggle()
    shown = view.index
    assert window.caption.text() == f"Part {shown + 1} of {view.count}"
    assert screen_texts(window.canvas) == [qr.screen_texts(data)[shown]]
    with qtbot.waitSignal(window.closed, timeout=2000):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert view.full_screen is None
    assert view.full_screen_button.isEnabled()


def test_full_screen_of_one_code_has_no_part_caption(qtbot, show):
    data = response()
    view = show(data)
    window = view.open_full_screen()
    qtbot.waitExposed(window)
    assert not window.caption.isVisible()
    assert join(screen_texts(window.canvas)) == data
    view.hide()  # the view taken away takes its full-screen copy with it
    assert view.full_screen is None and not window.isVisible()
