"""The whole interface in Urdu: every window a custodian, signer or auditor opens is
right to left and shows no English message.

The translation is compiled from resources/translations/tijori_ur.ts for this test
(so it checks the .ts as it is, whatever .qm happens to be built), Urdu is installed,
and the real windows are built over the demonstration ledger: the start window (each
of its pages), the main window on every page with its menus and toolbar, every
Record dialog, Settings, the signer window, the two tool windows and the auditor's
tools (Compare attestations, Physical count with each of its steps and dialogs).

Every text a person reads is collected from the widgets that show: window titles,
labels, buttons, group boxes, tabs, placeholders, combo box items, menu and toolbar
actions, table and tree headers (the pages of a stack or a tab widget count: each is
seen in turn). A text is English when it holds a run of three or more Latin letters
that is not a name, unit, code or file name (ALLOWED, NAMES) or the ledger's own data
(its sites, brands, serials, products, tokens). Item views' cells are data, not
messages, and are not read.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

from app.gui import i18n
from tests.gui.conftest import ACTOR

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "tijori_ur.ts"
#: The context of the errors and checks' reasons of the layers below the GUI.
MESSAGES = "Messages"

#: Runs of Latin letters an Urdu text may keep: names, standards, units, codes, file
#: types and keys (resources/translations/GLOSSARY-ur.md says what stays in Latin).
ALLOWED = frozenset({
    # the application, the language list, standards and bodies, algorithms
    "Tijori", "English", "LBMA", "API", "MPMS", "ISO", "LME", "RFC", "UTC", "DSSE",
    "Ed25519", "ECDSA", "SHA", "JCS", "EdDSA", "SLIP", "PKCS", "HSM", "PIN", "URI", "pkcs11",
    # the server a ledger may live on, and how its connections are protected
    "PostgreSQL", "postgresql", "TLS", "Unix", "URL",
    # units
    "ozt", "bbl", "MMBtu", "MWh", "Sm", "psig", "MJ", "GJ", "LNG", "KiB", "MiB",
    # oil measurement (API MPMS 11.1): volumes and factors
    "TOV", "GOV", "GSV", "NSV", "CTPL", "CTSh", "CTL", "CPL", "FRA", "GCV",
    # files, codes and the examples of codes
    "CSV", "XLSX", "PDF", "JSON", "QR", "USB", "LDN", "XAUT", "PAMP", "KGHM", "CATH", "GS",
    "CAL", "mm", "YYYY", "MM", "DD", "jsonl", "json", "req", "sig", "pub", "key", "crt",
    "pdf", "csv", "png", "jpg", "jpeg", "bmp", "gif", "level_mm", "volume_m3", "volume_bbl",
    # keys of the keyboard, in shortcuts and in the count table's hints
    "Enter", "Ctrl", "Alt", "Shift", "Esc", "Left", "Right", "Space", "Tab", "Delete",
})
#: Names of publications, kept in their own words.
NAMES = ("GIIGNL LNG Custody Transfer Handbook",)
#: File names are not words: a name with one of these endings is skipped whole.
EXTENSIONS = ("json", "jsonl", "pdf", "csv", "xlsx", "key", "pub", "crt", "sig", "png",
              "jpg", "jpeg", "bmp", "gif", "tijori", "txt")

#: The demonstration ledger's data, shown as it is recorded (app/services/demo.py).
DEMO_DATA = (
    "London vault 1", "Zurich vault 2", "Rotterdam metals warehouse", "Rotterdam tank farm",
    "Rehden gas storage", "Gate LNG terminal", "Demo Custody Ltd", "demonstration contract",
    "A. Auditor", "Arab Light", "ULSD 10 ppm", "Cu-CATH-1", "cathode",
    "ARGOR", "METALOR", "PAMP", "VALCAMBI", "RAND", "PERTH", "KGHM", "XAUD", "OILD",
    "LDN-V1", "ZRH-V2", "RTM-WH", "RTM-TF", "REH-GS", "GATE", "REH-1", "LNG-T1",
    "demo.tijori", ACTOR,
)

#: English that still shows because the code builds it outside a message lupdate can
#: see: (where, what shows, as a regular expression). Each is taken out of a text before
#: its words are judged. A new entry is a gap to close, not to keep.
KNOWN_GAPS: list[tuple[str, str]] = []


def english_words(text: str, data: tuple[str, ...] = (), *, gaps: bool = True) -> list[str]:
    """The runs of 3+ Latin letters in `text` that are not allowed names or data."""
    for value in sorted((*NAMES, *DEMO_DATA, *data), key=len, reverse=True):
        if value:
            text = text.replace(value, " ")
    if gaps:
        for _, pattern in KNOWN_GAPS:
            text = re.sub(pattern, " ", text)
    text = re.sub(r"\{[^{}]*\}|%[n0-9]", " ", text)  # placeholders
    # values typed as written, whatever the language: a stated tolerance (bar:gold=0.05)
    text = re.sub(r"\b[a-z]+(?::[a-z]+)?=[0-9.]+%?", " ", text)
    text = re.sub(r"(?:[A-Za-z]:)?[/\\][^\s:]*", " ", text)  # paths
    text = re.sub(r"[\w.*-]+\.(?:" + "|".join(EXTENSIONS) + r")\b", " ", text)  # file names
    text = re.sub(r"\b[0-9a-f]{8}-[0-9a-f-]*", " ", text)  # ledger ids, whole or cut short
    text = re.sub(r"\b[0-9a-f]{8,}\b", " ", text)  # digests, key ids
    words = []
    for match in re.finditer(r"[A-Za-z][A-Za-z0-9_.-]*", text):
        word = match.group().strip(".-_")
        if word in ALLOWED:
            continue
        if any(run not in ALLOWED for run in re.findall(r"[A-Za-z]{3,}", word)):
            words.append(word)
    return words


# -- what a person sees ---------------------------------------------------------------------


def plain(text: str) -> str:
    """A label's text as read: HTML rendered, mnemonic ampersands gone."""
    if QtGui.Qt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shown(widget: QWidget, window: QWidget) -> bool:
    """Whether `widget` shows in `window`: the pages of a stack count (each is seen in
    turn), what is hidden on purpose (an empty error line) does not."""
    while widget is not None and widget is not window:
        parent = widget.parentWidget()
        if widget.isHidden() and not isinstance(parent, QStackedWidget):
            return False
        widget = parent
    return True


def action_texts(actions, where: str) -> list[tuple[str, str]]:
    found = []
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        found.append((where, plain(action.text())))
        if action.menu() is not None:
            found += action_texts(action.menu().actions(), f"{where} › {action.text()}")
    return found


def header_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    header = (view.horizontalHeader() if hasattr(view, "horizontalHeader") else
              view.header() if hasattr(view, "header") else None)
    if model is None or header is None or header.isHidden():
        return []
    texts = (model.headerData(column, Qt.Orientation.Horizontal)
             for column in range(model.columnCount()) if not header.isSectionHidden(column))
    return [str(text) for text in texts if text]


def texts_of(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a person reads in `window`."""
    name = type(window).__name__
    found = [(f"{name} title", window.windowTitle())]
    if isinstance(window, QMainWindow):
        found += action_texts(window.menuBar().actions(), f"{name} menu")
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QMenu) or not shown(widget, window):
            continue
        where = f"{name} {type(widget).__name__} {widget.objectName()}".rstrip()
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel)
                                                   and widget.pixmap().isNull()):
            found.append((where, plain(widget.text())))
        elif isinstance(widget, QGroupBox):
            found.append((where, plain(widget.title())))
        elif isinstance(widget, QTabBar):
            found += [(where, plain(widget.tabText(i))) for i in range(widget.count())]
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            found.append((where, widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found += [(where, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QToolBar):
            found += action_texts(widget.actions(), where)
        if isinstance(widget, QAbstractItemView):
            found += [(f"{where} header", text) for text in header_texts(widget)]
            if isinstance(widget, QListWidget) and widget.objectName() == "nav":
                found += [(where, widget.item(i).text()) for i in range(widget.count())]
    return [(where, text) for where, text in found if text and text.strip()]


def untranslated(window: QWidget, data: tuple[str, ...] = ()) -> list[str]:
    return [f"{where}: {text!r} ({', '.join(words)})" for where, text in texts_of(window)
            if (words := english_words(text, data))]


def none_left(gaps: list[str]) -> None:
    gaps = sorted(set(gaps))
    assert not gaps, f"{len(gaps)} texts in English:\n" + "\n".join(gaps)


def right_to_left(window: QWidget) -> None:
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft, type(window).__name__


def settle(qtbot, ctx=None) -> None:
    """Let every job the windows started finish and deliver its result."""
    from app.gui.workers import wait_idle

    if ctx is not None:
        qtbot.waitUntil(lambda: not ctx.host.busy, timeout=60000)
    wait_idle(60000)
    for _ in range(3):
        QCoreApplication.processEvents()
        qtbot.wait(20)


# -- fixtures --------------------------------------------------------------------------------


def lrelease() -> str | None:
    found = Path(sys.executable).with_name("pyside6-lrelease")
    return str(found) if found.exists() else shutil.which("pyside6-lrelease")


def compile_urdu(tmp_path: Path, monkeypatch) -> bool:
    """Compile the .ts as it is now into `tmp_path` and load translations from there (not
    from whatever .qm happens to be built); False when lrelease is missing."""
    tool = lrelease()
    if tool is None:
        return False
    folder = tmp_path / "translations"
    folder.mkdir()
    subprocess.run([tool, "-silent", str(TS), "-qm", str(folder / "tijori_ur.qm")],
                   check=True)
    monkeypatch.setattr(i18n, "_translations_folder", lambda: str(folder))
    return True


@pytest.fixture
def urdu(qapp, tmp_path, monkeypatch):
    """Urdu, compiled from the .ts as it is now; English again afterwards."""
    compile_urdu(tmp_path, monkeypatch)
    assert i18n.install(qapp, "ur") == "ur"
    assert QCoreApplication.translate("", "Cancel") != "Cancel", "no Urdu translation loaded"
    yield qapp
    monkeypatch.undo()
    i18n.install(qapp, "en")


# -- the translation file ----------------------------------------------------------------------


def test_every_message_is_translated_and_keeps_its_placeholders():
    problems = []
    messages = 0
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            messages += 1
            # lupdate reads a two-argument translate("Ctx", "text") as (source,
            # disambiguation): the words to compare are then the disambiguation's.
            source = message.findtext("comment") or message.findtext("source") or ""
            translation = message.find("translation")
            text = translation.text or ""
            said = f"{source!r} → {text!r}"
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                problems.append(f"not finished: {source!r}")
            elif source.strip() and not text.strip():
                problems.append(f"empty: {source!r}")
            if sorted(re.findall(r"\{[^{}]*\}", source)) != sorted(
                    re.findall(r"\{[^{}]*\}", text)):
                problems.append(f"placeholders differ: {said}")
            if sorted(re.findall(r"%[n0-9]", source)) != sorted(re.findall(r"%[n0-9]", text)):
                problems.append(f"% markers differ: {said}")
            if re.findall(r"</?\w+[^>]*>", source) != re.findall(r"</?\w+[^>]*>", text):
                problems.append(f"HTML differs: {said}")
            if source.count("\n") != text.count("\n"):
                problems.append(f"line breaks differ: {said}")
            if re.search("[\u0660-\u0669\u06f0-\u06f9]", text):
                problems.append(f"Arabic-Indic digits: {said}")
            if "&" in text.replace("S&W", ""):
                problems.append(f"an accelerator in Urdu: {said}")
            left = english_words(text, gaps=False)
            if context.findtext("name") == MESSAGES:
                # the errors and reasons of the layers below name what a person typed or
                # a file holds (--out, gross_kg, audit.nonce_commitment, gold, silver):
                # those stay as written, any other English word is left untranslated
                left = [word for word in left if word not in source]
                words = re.sub(r"\{[^{}]*\}", " ", source)  # "{lead} {state}" has none
                if re.search(r"[A-Za-z]{3,}", words) and not re.search("[\u0600-\u06ff]", text):
                    problems.append(f"no Urdu: {said}")
            if re.search(r"[A-Za-z]{3,}", source) and left:
                problems.append(f"English left: {said} ({left})")
    assert messages > 900
    assert not problems, "\n".join(problems)


# -- the windows -----------------------------------------------------------------------------


def test_the_start_window_in_urdu(qtbot, urdu, demo_file):
    from app.gui import settings
    from app.gui.start_window import StartWindow

    settings.remember_ledger(str(demo_file))
    window = StartWindow()
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)
    right_to_left(window)
    gaps = []
    for page in range(window.stack.count()):  # the start, unlock and new-ledger pages
        window.stack.setCurrentIndex(page)
        QCoreApplication.processEvents()
        gaps += untranslated(window, (str(demo_file), demo_file.name))
    none_left(gaps)


def test_the_main_window_on_every_page_in_urdu(qtbot, urdu, demo_ctx):
    from app.gui.main_window import PAGES, MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    right_to_left(window)
    gaps = {}
    for row, (key, _, _) in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        settle(qtbot, demo_ctx)
        assert window.pages[key].isVisible()
        for gap in untranslated(window):  # each text once, on the first page it shows on
            gaps.setdefault(gap, f"[{key}] {gap}")
    none_left(list(gaps.values()))
    window.close()


def test_every_record_dialog_in_urdu(qtbot, urdu, demo_ctx):
    from app.gui.record_dialogs import record_actions

    gaps = []
    for label, _, factory in record_actions():
        gaps += [f"Record menu: {label!r}"] if english_words(label) else []
        dialog = factory(demo_ctx, None, None)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda d=dialog: d.loaded, timeout=30000)
        settle(qtbot, demo_ctx)
        right_to_left(dialog)
        gaps += untranslated(dialog)
        dialog.close()
    none_left(gaps)


def test_the_settings_dialog_in_urdu(qtbot, urdu):
    from app.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    right_to_left(dialog)
    none_left(untranslated(dialog))


def test_the_signer_window_in_urdu(qtbot, urdu):
    from app.gui.signer_window import SignerWindow

    window = SignerWindow()
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)
    right_to_left(window)
    none_left(untranslated(window))


@pytest.mark.parametrize("mode", ["verify", "keys"])
def test_the_tool_windows_in_urdu(qtbot, urdu, mode):
    from app.gui.tool_window import ToolWindow

    window = ToolWindow(mode)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)
    right_to_left(window)
    none_left(untranslated(window))


def test_the_tool_windows_tools_in_urdu(qtbot, urdu):
    """Tools › Compare attestations…, Tools › Physical count… (each step of the count,
    and its two small dialogs) and Tools › Programme…, opened as the auditor opens
    them."""
    from app.gui.audit_model import CountModel, CountRow
    from app.gui.audit_table import CandidatesDialog, UnlistedDialog
    from app.gui.tool_window import ToolWindow

    tools = ToolWindow("verify")
    qtbot.addWidget(tools)
    gaps = []
    for window in (tools.compare_attestations(), tools.physical_count(),
                   tools.programme_check()):
        settle(qtbot)
        right_to_left(window)
        gaps += untranslated(window)
        window.close()

    sites = ["LDN-V1", "ZRH-V2"]
    unlisted = UnlistedDialog("AB12345", sites)
    model = CountModel()
    model.rows = [CountRow(None, {"site": site, "location": "B2-14-03", "found": "",
                                  "listed_as": "PAMP 2020 AB12345", "leaf": "1"})
                  for site in sites]
    candidates = CandidatesDialog("AB12345", model, [0, 1])
    for dialog in (unlisted, candidates):
        qtbot.addWidget(dialog)
        dialog.show()
        right_to_left(dialog)
        gaps += untranslated(dialog)
        dialog.close()
    none_left(gaps)


def test_english_words_are_found_and_names_codes_and_data_are_not():
    assert english_words("Bar receipt", gaps=False) == ["Bar", "receipt"]
    assert english_words("ابھی 3 بار") == []
    assert english_words("LBMA گڈ ڈیلیوری · 400.125 ozt · LDN-V1 · {path}") == []
    assert english_words("رپورٹ report.json اور /tmp/a b.tijori") == []
    assert english_words("Strength: مضبوط") == ["Strength"]
    assert english_words("مثلاً bar:gold=0.05 (ozt) یا tank=0.3%") == []
    assert english_words("bar gold tank", gaps=False) == ["bar", "gold", "tank"]
