"""The main window over a ledger: every page, the Record menu, the holdings' actions,
and the way from the start screen into a ledger and back."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from app.gui.main import Controller
from app.gui.main_window import PAGES, RECORD_KEYS, MainWindow
from app.gui.record_dialogs import BarReceiptDialog, TransferDialog, record_actions
from app.services import demo
from tests.gui.conftest import ACTOR


@pytest.fixture
def window(qtbot, demo_ctx):
    main = MainWindow(demo_ctx)
    qtbot.addWidget(main)
    main.show()
    return main


def test_the_title_names_the_ledger_and_the_operator(window):
    assert "demo.tijori" in window.windowTitle()
    assert ACTOR in window.windowTitle()


def test_every_page_opens(qtbot, window):
    for row, (key, _, name) in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        page = window.pages[key]
        assert type(page).__name__ == name
        assert window.current_page() is page
        assert page.isVisible()
    assert window.nav.count() == len(PAGES)


def test_the_record_menu_has_every_dialog_with_its_shortcut(qtbot, window):
    assert len(record_actions()) == len(RECORD_KEYS)
    assert window.record_actions["bar"].shortcut().toString() == "Ctrl+B"
    window.record_actions["bar"].trigger()
    dialog = window.open_dialogs[-1]
    assert isinstance(dialog, BarReceiptDialog)
    assert dialog.isVisible()
    dialog.reject()
    qtbot.waitUntil(lambda: not window.open_dialogs, timeout=5000)


def test_a_holding_s_action_opens_its_dialog_for_that_holding(qtbot, window):
    page = window.show_page("holdings")
    qtbot.waitUntil(lambda: page.model.view is not None, timeout=20000)
    page.on_action("transfer", 7)
    dialog = window.open_dialogs[-1]
    assert isinstance(dialog, TransferDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    assert "7" in [w.text() for w in dialog.findChildren(type(page.search))]
    dialog.reject()


def test_from_the_start_screen_into_the_demonstration_and_back(qtbot, tmp_path, monkeypatch):
    import app.gui.start_window as start_module

    monkeypatch.setattr(start_module, "demo_path", lambda: tmp_path / "demo.tijori")
    demo.create_demo_ledger(tmp_path / "demo.tijori", ACTOR)
    controller = Controller()
    qtbot.addWidget(controller.start)
    controller.start.show()
    controller.start.operator.setText(ACTOR)
    controller.start.demo_button.click()
    qtbot.waitUntil(lambda: bool(controller.windows), timeout=30000)
    main = controller.windows[0]
    assert isinstance(main, MainWindow)
    assert not controller.start.isVisible()
    qtbot.waitUntil(lambda: main.pages["dashboard"].data is not None, timeout=20000)
    main.close()
    assert controller.start.isVisible()
    assert not main.ctx.host._thread.isRunning()
    assert controller.windows == []


@pytest.mark.parametrize("mode", ["verify", "keys", "signer"])
def test_the_ways_in_without_a_ledger(qtbot, mode):
    controller = Controller()
    qtbot.addWidget(controller.start)
    controller.start.show()
    button = {"verify": controller.start.verify_button, "keys": controller.start.keys_button,
              "signer": controller.start.signer_button}[mode]
    button.click()
    opened: QWidget = controller.windows[-1]
    qtbot.addWidget(opened)
    assert opened.isVisible()
    expected = {"verify": "VerifyPage", "keys": "KeysPage", "signer": "SignerWindow"}[mode]
    names = {type(opened).__name__, type(getattr(opened, "page", opened)).__name__}
    assert expected in names


def test_an_error_escaping_a_window_becomes_a_dialog(qtbot, modals, monkeypatch):
    import sys

    from app.domain.errors import InvalidInput
    from app.gui.main import application

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    application()
    try:
        raise InvalidInput("the fineness 1000.5 is above 1000", "fineness")
    except InvalidInput:
        sys.excepthook(*sys.exc_info())
    try:
        raise KeyError("a bug")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    assert modals.kinds() == ["warn", "bug"]
    assert "1000.5" in modals.messages[0][2]
    assert "KeyError" in modals.messages[1][2] and "Traceback" in modals.messages[1][2]


def test_a_save_ends_with_a_status_line_naming_what_was_recorded(qtbot, window, demo_ctx):
    from app.gui.record_dialogs import AddSiteDialog
    from tests.gui.conftest import in_ledger
    from tests.gui.test_record_dialogs import fill

    assert "Recorded" not in window.status.text()
    dialog = window.record("site")
    assert isinstance(dialog, AddSiteDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    fill(dialog.form, code="KHI-V9", name="Karachi vault nine", kind="vault")
    with qtbot.waitSignal(dialog.recorded, timeout=10000):
        dialog.save_button.click()
    seq = in_ledger(qtbot, demo_ctx, lambda ledger: ledger.head()[0])
    qtbot.waitUntil(lambda: "Recorded" in window.status.text(), timeout=5000)
    text = window.status.text()
    assert "KHI-V9" in text and f"(event {seq})" in text, text
