"""Every page and window fits a 1024×768 terminal, or scrolls; nothing runs off it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

from app.gui.main_window import PAGES, MainWindow
from app.gui.screen_fit import FRAME_ALLOWANCE, fit_to_screen, fitted

SMALL = QRect(0, 0, 1024, 768)


def test_a_remembered_window_larger_than_the_screen_is_shrunk_and_moved_onto_it(qtbot):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.move(900, 500)
    size = fit_to_screen(window, room=SMALL)
    assert size == SMALL.size() - FRAME_ALLOWANCE
    assert window.size() == size
    assert SMALL.contains(QRect(window.pos(), size))
    assert fitted(QSize(800, 600), SMALL) == QSize(800, 600)  # a small window is left alone


def test_the_main_window_and_every_page_fit_1024_by_768(qtbot, demo_ctx):
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    limit = SMALL.size() - FRAME_ALLOWANCE
    for row, (key, _, _) in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        qtbot.wait(20)
        needed = window.minimumSizeHint()
        assert needed.width() <= limit.width() and needed.height() <= limit.height(), \
            (key, needed)
    window.resize(limit)
    assert window.size() == limit  # nothing holds it larger than the screen
    window.close()


def test_record_dialogs_open_within_the_screen_and_scroll_there(qtbot, ctx, monkeypatch):
    from app.gui import screen_fit
    from app.gui.record_dialogs import record_actions

    monkeypatch.setattr(screen_fit, "available", lambda widget: SMALL)
    limit = SMALL.size() - FRAME_ALLOWANCE
    for label, _, factory in record_actions():
        dialog = factory(ctx, None, None)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda d=dialog: d.loaded, timeout=10000)
        dialog.show()
        assert dialog.width() <= limit.width() and dialog.height() <= limit.height(), \
            (label, dialog.size())
        assert dialog.minimumSizeHint().height() <= limit.height(), label
        dialog.close()
