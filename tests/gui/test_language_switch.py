"""A language saved in Settings shows at once: the windows are built again in it.

The windows are the real ones, driven by the application's `Controller` as `tijori gui`
drives them: a ledger's window over the demonstration ledger (a private copy), the start
window, the tool windows. Urdu is compiled from resources/translations/tijori_ur.ts for
each test (so it checks the .ts as it is), English is installed to begin with and again
at the end.

Also here: the HTML that Qt lays out itself (the dashboard's totals, the guide's tables)
is right to left in Urdu, its first column on the right.
"""

from __future__ import annotations

import re
import shutil

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QTextDocument

from app.gui import guide, i18n
from app.gui.main import Controller
from app.gui.workers import LedgerHost
from app.services import demo, session
from tests.gui.conftest import ACTOR, wait_job
from tests.gui.test_urdu import compile_urdu, english_words, settle, untranslated

RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight
ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")


@pytest.fixture
def languages(qapp, tmp_path, monkeypatch):
    """English installed, Urdu compiled from the .ts as it is now and offered in Settings;
    English again afterwards."""
    if compile_urdu(tmp_path, monkeypatch):
        monkeypatch.setattr(i18n, "translated", lambda code: True)
    i18n.install(qapp, "en")
    yield qapp
    monkeypatch.undo()
    i18n.install(qapp, "en")


def close_all(control: Controller) -> None:
    """Close the controller's windows (a ledger's window shuts its ledger down) and the
    guide. The windows built again are not given to qtbot: the ones they replaced are
    freed by Qt."""
    for window in [*control.windows, control.start, guide.showing()]:
        if window is not None and shiboken6.isValid(window):
            window.close()


@pytest.fixture
def bare(qapp):
    """The application's controller: the start window, no ledger open."""
    control = Controller()
    yield control
    close_all(control)


@pytest.fixture
def controller(qtbot, tmp_path, demo_file):
    """The application's controller with the demonstration ledger unlocked in a ledger
    window, as the start window hands it over after Unlock."""
    path = tmp_path / "demo.tijori"
    shutil.copy(demo_file, path)
    host = LedgerHost()
    wait_job(qtbot, host.open(lambda: session.open_ledger(path, demo.PASSPHRASE, ACTOR)))
    control = Controller()
    control.open_ledger(host, str(path), ACTOR)
    yield control
    close_all(control)
    if shiboken6.isValid(host):
        host.shutdown()


def choose(window, code: str):
    """Settings… ▸ Language ▸ `code` ▸ Save, in `window`; the dialog."""
    dialog = window.show_settings()
    index = dialog.language.findData(code)
    assert index >= 0, f"{code} is not offered"
    dialog.language.setCurrentIndex(index)
    dialog.accept()
    return dialog


def gone(qtbot, widget) -> None:
    """`widget` was let go: Qt frees it once back in the event loop."""
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget), timeout=5000)


def first_row(window) -> tuple | None:
    return window.pages["holdings"].model.row(0)


# -- installing a language again ---------------------------------------------------------------


def test_a_language_can_be_installed_again_and_its_translators_go(qtbot, languages):
    app = languages
    for code in ("ur", "en", "ur"):
        assert i18n.install(app, code) == code
        assert i18n.installed() == code
    qtbot.wait(10)  # the translators taken out are freed
    assert len(app.findChildren(i18n.QTranslator)) <= 2  # Qt's own and Tijori's
    assert QCoreApplication.translate("MainWindow", "Holdings") != "Holdings"
    assert app.layoutDirection() == RTL
    assert QLocale().name().startswith("ur")
    i18n.install(app, "en")
    assert QCoreApplication.translate("MainWindow", "Holdings") == "Holdings"
    assert app.layoutDirection() == LTR
    assert QLocale() == QLocale.system()  # as when Tijori starts in English
    assert "Noto Naskh Arabic" not in app.font().families()


# -- the ledger's window -----------------------------------------------------------------------


def test_urdu_shows_at_once_over_the_same_open_ledger_and_english_comes_back(
        qtbot, languages, controller, modals):
    window = controller.windows[0]
    ctx, host = window.ctx, window.ctx.host
    settle(qtbot, ctx)
    totals = window.pages["dashboard"].data["totals"]
    window.show_page("holdings")
    settle(qtbot, ctx)
    held, first = window.pages["holdings"].model.rowCount(), first_row(window)
    assert held > 0
    geometry = window.geometry()
    old_start = controller.start

    dialog = choose(window, "ur")
    assert i18n.chosen() == "ur"  # saved for the next start too

    urdu = controller.windows[0]
    assert urdu is not window
    gone(qtbot, window)
    gone(qtbot, dialog)
    # The same ledger, still open: no passphrase asked, nothing shut down.
    assert urdu.ctx is ctx and urdu.ctx.host is host
    assert ctx.parent() is urdu and host.parent() is urdu
    assert host._thread.isRunning()
    assert controller.start is not old_start and controller.start.isHidden()
    assert controller.start.stack.currentIndex() == 0  # not asking to unlock anything
    # The same page, place and data, right to left and in Urdu.
    assert urdu.current_page() is urdu.pages["holdings"]
    assert urdu.geometry() == geometry
    assert urdu.isVisible()
    assert urdu.layoutDirection() == RTL
    settle(qtbot, ctx)
    assert urdu.pages["holdings"].model.rowCount() == held
    assert first_row(urdu) == first
    assert untranslated(urdu) == []
    assert ARABIC_SCRIPT.search(urdu.nav.item(1).text())
    assert ARABIC_SCRIPT.search(urdu.menuBar().actions()[0].text())
    urdu.show_page("dashboard")
    settle(qtbot, ctx)
    dashboard = urdu.pages["dashboard"]
    assert dashboard.data["totals"] == totals
    assert "dir='rtl'" in dashboard.totals.text()
    # The status bar follows what is recorded, in the new window only.
    ctx.said.emit("x")
    assert "x" in urdu.status.text()
    assert modals.messages == []  # nothing held work: nobody to tell

    choose(urdu, "en")
    english = controller.windows[0]
    assert english is not urdu
    gone(qtbot, urdu)
    assert english.ctx is ctx and host._thread.isRunning()
    assert english.layoutDirection() == LTR
    assert english.current_page() is english.pages["dashboard"]
    assert english.nav.item(1).text() == "Holdings"
    assert english.menuBar().actions()[0].text() == "&Ledger"
    assert not ARABIC_SCRIPT.search(english.windowTitle())
    settle(qtbot, ctx)
    assert english.pages["dashboard"].data["totals"] == totals
    assert "dir='ltr'" in english.pages["dashboard"].totals.text()

    english.close()  # closing it for good still shuts the ledger down
    assert not host._thread.isRunning()
    assert controller.windows == [] and controller.start.isVisible()


def test_a_window_with_a_dialog_open_is_left_as_it_is_and_the_user_told(
        qtbot, languages, controller, modals):
    window = controller.windows[0]
    settle(qtbot, window.ctx)
    record = window.record("site")
    title = window.windowTitle()
    old_start = controller.start

    choose(window, "ur")

    assert controller.windows == [window] and shiboken6.isValid(window)
    assert record.isVisible() and record in window.open_dialogs
    assert window.windowTitle() == title  # still in English…
    assert window.layoutDirection() == LTR  # …and laid out as its words are
    assert controller.start is not old_start  # the start window holds nothing: in Urdu
    assert controller.start.layoutDirection() == RTL
    (kind, heading, text), = modals.messages
    assert kind == "inform" and title in text
    assert english_words(heading) == [] and english_words(text.replace(title, " ")) == []

    # Back to English: the window is in English already, and follows the application's
    # direction again; once its dialog is closed, Urdu builds it again.
    record.reject()
    modals.messages.clear()
    choose(window, "en")
    assert controller.windows == [window]
    assert not window.testAttribute(Qt.WidgetAttribute.WA_SetLayoutDirection)
    assert controller.start.layoutDirection() == LTR
    choose(window, "ur")
    assert controller.windows[0] is not window
    assert controller.windows[0].layoutDirection() == RTL
    assert modals.messages == []


def test_a_ledger_window_at_work_is_not_built_again(qtbot, languages, controller, modals):
    window = controller.windows[0]
    settle(qtbot, window.ctx)
    window.show_page("import").checked = ("list.csv", "LDN-V1", "gold")  # checked, waiting
    assert window.holds_work()
    choose(window, "ur")
    assert controller.windows == [window]
    assert [kind for kind, _, _ in modals.messages] == ["inform"]


# -- the start window and the tool windows -----------------------------------------------------


def test_the_start_window_is_built_again_with_what_was_typed(qtbot, languages, bare, modals):
    controller = bare
    start = controller.start
    start.show()
    start.operator.setText("night-shift")
    start.move(40, 30)
    geometry = start.geometry()
    english_guide = start.show_guide("holdings")

    choose(start, "ur")

    urdu = controller.start
    assert urdu is not start
    gone(qtbot, start)
    assert urdu.isVisible() and urdu.geometry() == geometry
    assert urdu.layoutDirection() == RTL
    assert urdu.operator.text() == "night-shift"
    assert untranslated(urdu) == []
    # The guide that was open is built again in Urdu, at its topic, over the new window.
    urdu_guide = guide.showing()
    assert urdu_guide is not english_guide and urdu_guide.parentWidget() is urdu
    assert urdu_guide.topic == "holdings" and urdu_guide.language == "ur"
    assert urdu_guide.layoutDirection() == RTL
    assert ARABIC_SCRIPT.search(urdu_guide.windowTitle() + urdu_guide.back_button.text())
    # Its signals still reach the controller: the tool it asks for comes in Urdu.
    urdu.mode.emit("keys")
    tool, = controller.windows
    assert tool.layoutDirection() == RTL and untranslated(tool) == []

    choose(urdu, "en")
    english = controller.start
    assert english.settings_button.text() == "Settings (language)…"
    assert english.layoutDirection() == LTR and english.operator.text() == "night-shift"
    assert controller.windows[0] is not tool  # idle: built again in English too
    assert controller.windows[0].windowTitle() == "Tijori — keys and trust policies"
    assert modals.messages == []


def test_a_signer_at_work_is_left_and_an_idle_tool_built_again(
        qtbot, languages, bare, modals):
    controller = bare
    signer = controller.open_mode("signer")
    verify = controller.open_mode("verify")
    signer.passphrase.setText("typed, not yet used")
    assert signer.holds_work() and not verify.holds_work()

    choose(controller.start, "ur")

    assert controller.windows[0] is signer
    assert signer.passphrase.text() == "typed, not yet used"
    assert signer.layoutDirection() == LTR
    rebuilt = controller.windows[1]
    assert rebuilt is not verify and rebuilt.mode == "verify"
    assert rebuilt.layoutDirection() == RTL and untranslated(rebuilt) == []
    (kind, _, text), = modals.messages
    assert kind == "inform" and signer.windowTitle() in text


# -- right-to-left HTML ------------------------------------------------------------------------


def x_of(document: QTextDocument, text: str) -> float:
    """Where across the laid-out `document` the paragraph holding `text` is (its middle)."""
    found = document.find(text)
    assert not found.isNull(), text
    return document.documentLayout().blockBoundingRect(found.block()).center().x()


def laid_out(html: str, width: int = 800) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html)
    document.setTextWidth(width)
    return document


@pytest.mark.parametrize("code", ["ur", "en"])
def test_the_dashboard_totals_read_in_the_language_s_direction(qtbot, languages, demo_ctx,
                                                                  code):
    from app.gui.dashboard import DashboardPage
    from app.gui.names import name

    i18n.install(languages, code)
    page = DashboardPage(demo_ctx)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    settle(qtbot, demo_ctx)
    html = page.totals.text()
    document = laid_out(html)
    assert len(page.data["totals"]) > 1
    for total in page.data["totals"]:
        commodity = x_of(document, name(total["commodity"]))
        quantity = x_of(document, total["quantity"].split(".")[0][-3:])
        if code == "ur":
            assert commodity > quantity, total  # the first column on the right
        else:
            assert commodity < quantity, total
    assert f"dir='{'rtl' if code == 'ur' else 'ltr'}'" in html
    # The numbers at the end of their cells, beside their unit: on the left right to left.
    ends = {"ur": "align='left'><b>", "en": "align='right'><b>"}
    assert html.count(ends[code]) == len(page.data["totals"])


@pytest.mark.parametrize("code", ["ur", "en"])
def test_the_guide_s_tables_read_in_the_language_s_direction(qtbot, languages, code):
    from app.gui.guide import GuideWindow, read_topic, tables_of

    i18n.install(languages, code)
    window = GuideWindow(None, code)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    window.show_topic("import")  # the bar list's columns, in a table
    document = window.browser.document()
    tables = tables_of(document)
    assert tables
    direction = RTL if code == "ur" else LTR
    assert window.direction() == direction
    assert document.defaultTextOption().textDirection() == direction
    assert all(table.format().layoutDirection() == direction for table in tables)
    # The header row as written in the topic: its first cell shows on the right in Urdu.
    text, read_in = read_topic("import", code)
    assert read_in == code
    header = next(line for line in text.splitlines() if line.startswith("|"))
    first, *_, last = [cell.strip() for cell in header.strip("|").split("|")]
    document.setTextWidth(window.browser.viewport().width())
    if code == "ur":
        assert x_of(document, first) > x_of(document, last)
    else:
        assert x_of(document, first) < x_of(document, last)


def test_mirrored_tables_keep_code_spans_escaped_pipes_and_fences():
    from app.gui.guide import mirrored_tables

    text = ("Intro | not a table\n"
            "| a | `x|y` | c \\| d |\n"
            "| --- | :-: | --: |\n"
            "```\n| in | code |\n```\n")
    assert mirrored_tables(text) == ("Intro | not a table\n"
                                     "| c \\| d | `x|y` | a |\n"
                                     "| --: | :-: | --- |\n"
                                     "```\n| in | code |\n```\n")


def test_the_settings_note_says_the_language_shows_at_once(qtbot, languages):
    from app.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert "at once" in dialog.note.text() and "next time" not in dialog.note.text()
