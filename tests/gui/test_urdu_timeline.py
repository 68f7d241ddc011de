"""The journal's sentences in Urdu: the History dialog, the dashboard's recent movements,
the Journal window and the status line after a save say what happened in Urdu, while
the services (and so the CLI) keep their English.

The sentences are built in app/services/timeline.py from whole templates, marked with
`QT_TRANSLATE_NOOP("Timeline", …)` for lupdate; the translation file must carry every
one of them, with the same {fields}. The windows are built over real ledgers: the one
tests/test_timeline.py records every kind of event into (re-keyed, backed up, restored,
an attestation signed by real keys), and a copy of the demonstration ledger for saves.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from app.gui import history_view
from app.gui.context import AppContext
from app.gui.i18n import timeline_words
from app.gui.workers import LedgerHost
from app.services import journal_browser, session, timeline
from tests.conftest import OTHER_PASSPHRASE
from tests.gui.conftest import wait_job
from tests.gui.test_urdu import (  # noqa: F401 (urdu is a fixture)
    TS,
    english_words,
    none_left,
    settle,
    untranslated,
    urdu,
)
from tests.test_timeline import ACTOR as TIMELINE_ACTOR
from tests.test_timeline import built  # noqa: F401 (a fixture)

ROOT = Path(__file__).resolve().parents[2]
MARKED = (ROOT / "app" / "services" / "timeline.py", ROOT / "app" / "services" / "feedback.py")
FIELD = re.compile(r"\{[^{}]*\}")

#: What the every-kind ledger (tests/test_timeline.py) records, shown as it is recorded.
LEDGER_DATA = (
    "Site VLT2", "Site VLT", "Site WH", "Site TF", "Site GS", "Site LNG", "Custody AG",
    "VLT2", "VLT", "WH", "TF", "GS", "LNG-T1", "LNG", "UGS1", "PAMP", "VALCAMBI", "KGHM",
    "Cu-CATH-1", "A. Auditor", "Arab Light", "re-weighed on arrival", "chain", "PKG",
    "CAL-9", "W-1", *(f"SER-{n}" for n in range(1, 6)), "test-custodian", TIMELINE_ACTOR,
    *timeline.KINDS,  # the codes beside the kinds' names in an event's details
)


def marked_templates() -> set[str]:
    """Every text timeline.py and feedback.py mark for lupdate in the context "Timeline"."""
    found = set()
    for path in MARKED:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == \
                    "QT_TRANSLATE_NOOP" and len(node.args) == 2 and all(
                    isinstance(a, ast.Constant) for a in node.args):
                context, text = (a.value for a in node.args)
                assert context == "Timeline", (path.name, text)
                found.add(text)
    return found


def translations(context: str) -> dict[str, tuple[str, str | None]]:
    """source → (translation, its type) of one context of the Urdu .ts."""
    for ctx in ET.parse(TS).getroot().iter("context"):
        if ctx.findtext("name") == context:
            return {m.findtext("source"): (m.find("translation").text or "",
                                           m.find("translation").get("type"))
                    for m in ctx.iter("message")}
    return {}


# -- the templates --------------------------------------------------------------------------


def test_every_template_is_translated_with_the_same_fields():
    templates = marked_templates()
    # the kinds' names, the nouns counted, the codes named, feedback's line: all marked
    assert set(timeline.KINDS.values()) <= templates
    assert {form for forms in timeline.COUNTS.values() for form in forms} <= templates
    assert set(timeline.FLAGS) <= templates
    assert {"{sentence} (event {seq})", "{n} events recorded; the last: {sentence}",
            "Received {brand} {year} {serial}, {fine} fine {metal}, at {place}"} <= templates
    assert len(templates) > 120  # every kind has its templates (codes are named by gui/names.py)
    urdu_of = translations("Timeline")
    problems = []
    for template in sorted(templates):
        if template not in urdu_of:
            problems.append(f"not in the .ts: {template!r}")
            continue
        text, kind = urdu_of[template]
        if kind is not None or not text.strip():
            problems.append(f"not translated: {template!r}")
        elif sorted(FIELD.findall(template)) != sorted(FIELD.findall(text)):
            problems.append(f"other fields: {template!r} → {text!r}")
        elif re.search(r"[A-Za-z]{3,}", template) and english_words(text, gaps=False):
            problems.append(f"English left: {template!r} → {text!r}")
    assert not problems, "\n".join(problems)
    assert set(urdu_of) == templates, "messages in the .ts that the code no longer marks"


def test_the_services_stay_english_and_qt_free(built):  # noqa: F811
    entries, raw, _ = built
    for entry in entries:
        assert timeline.describe(raw[entry.seq], timeline.english).sentence == entry.sentence
    source = "\n".join(path.read_text(encoding="utf-8") for path in MARKED)
    assert "PySide6" not in source and "QtCore" not in source


def test_a_wrong_translation_falls_back_to_english_and_never_raises(built):  # noqa: F811
    entries, raw, _ = built
    for bad in (lambda text: "{oops} " + text, lambda text: "{", lambda text: "",
                lambda text: text.replace("{", "[")):
        for entry in entries:
            said = timeline.describe(raw[entry.seq], bad).sentence
            assert isinstance(said, str)
    wrong = timeline.describe(raw[entries[1].seq],
                              lambda text: text + " {missing}" if "{" in text else text)
    assert wrong.sentence == entries[1].sentence  # every template's English, filled in


@pytest.mark.usefixtures("urdu")
def test_the_urdu_sentences_of_every_kind(built):  # noqa: F811
    entries, _, _ = built
    said = {}
    for entry in entries:
        said.setdefault(entry.kind, history_view.said(entry))  # as every window says it
    assert set(said) >= set(timeline.KINDS)
    gaps = [f"{kind}: {entry.sentence!r} ({', '.join(words)})" for kind, entry in said.items()
            if (words := english_words(entry.sentence, LEDGER_DATA))]
    none_left(gaps)
    received = said["bar.received"].sentence
    assert "SER-1" in received and "400.060 ozt" in received and "سونا" in received
    assert received.endswith(f"(اندراج {said['bar.received'].seq})")
    assert said["tank.gauged"].sentence.count("←") >= 2  # level ← table ← TOV
    assert said["holdings.withdrawn"].sentence.startswith("\u200fنکاسی: ")


# -- the windows ------------------------------------------------------------------------------


@pytest.fixture
def every_kind(qtbot, built):  # noqa: F811
    """An AppContext over the ledger that holds every kind of event (only read)."""
    _, _, folder = built
    path = folder / "restored.tijori"
    host = LedgerHost()
    wait_job(qtbot, host.open(lambda: session.open_ledger(path, OTHER_PASSPHRASE,
                                                           TIMELINE_ACTOR)))
    context = AppContext(host, str(path), TIMELINE_ACTOR)
    yield context
    host.shutdown()


def english_in(where: str, texts, data=LEDGER_DATA) -> list[str]:
    return [f"{where}: {text!r} ({', '.join(words)})" for text in texts
            if (words := english_words(text, data))]


@pytest.mark.usefixtures("urdu")
def test_the_history_dialog_in_urdu(qtbot, every_kind):
    from app.gui.history_view import HistoryDialog

    def histories(ledger):
        holdings = (1, 3, 5, 6, 7, *(e.holdings[0] for e in journal_browser.history(ledger, "T1")
                                     if e.holdings))
        return {h: journal_browser.history(ledger, h) for h in dict.fromkeys(holdings)}

    found = wait_job(qtbot, every_kind.host.submit(lambda ledger, task: histories(ledger)))
    gaps, kinds = [], set()
    for holding, entries in found.items():
        dialog = HistoryDialog(holding, entries)
        qtbot.addWidget(dialog)
        dialog.show()
        kinds |= {e.kind for e in dialog.entries}
        gaps += english_in(f"history of {holding}", dialog.sentences())
        for row in range(dialog.events.topLevelItemCount()):
            item = dialog.events.topLevelItem(row)
            gaps += english_in(f"history of {holding} documents",
                               [item.child(i).text(2) for i in range(item.childCount())])
        gaps += english_in(f"history of {holding} copied", dialog.text().splitlines())
        dialog.events.setCurrentItem(dialog.events.topLevelItem(0))
        dialog.details_button.click()
        gaps += english_in(f"history of {holding} details", [dialog.details.heading.text()
                                                             .split("\n")[0]])
        gaps += untranslated(dialog, LEDGER_DATA)
        dialog.close()
    assert {"bar.received", "holding.transferred", "holdings.transferred",
            "holdings.withdrawn", "holding.adjusted", "bars.imported", "tank.gauged",
            "tank.table", "tank.added"} <= kinds
    none_left(gaps)


@pytest.mark.usefixtures("urdu")
def test_the_dashboards_recent_movements_in_urdu(qtbot, every_kind):
    from app.gui.dashboard import DashboardPage

    page = DashboardPage(every_kind)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, every_kind)
    rows = [page.recent.topLevelItem(i) for i in range(page.recent.topLevelItemCount())]
    assert len(rows) == journal_browser.RECENT
    texts = [row.text(3) for row in rows] + [row.toolTip(3) for row in rows]
    assert all(row.text(3).endswith(f"(اندراج {row.text(0)})") for row in rows)
    none_left(english_in("recent movements", texts) + untranslated(page, LEDGER_DATA))


@pytest.mark.usefixtures("urdu")
def test_the_journal_window_in_urdu(qtbot, every_kind):
    from app.gui.journal_page import JournalDialog

    dialog = JournalDialog(every_kind)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.count > 0
                    and dialog.model.rowCount() == dialog.model.count, timeout=30000)
    settle(qtbot, every_kind)
    model = dialog.model
    assert {e.kind for e in model.entries} >= set(timeline.KINDS)
    sentences = [model.index(row, 3).data() for row in range(model.rowCount())]
    tips = [line for row in range(model.rowCount())
            for line in model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole).splitlines()]
    kinds = [a.text() for a in dialog.kinds_menu.actions() if not a.isSeparator()]
    assert len(kinds) == len(timeline.KINDS) + 1  # and "every kind"
    gaps = (english_in("journal rows", sentences) + english_in("journal tooltips", tips)
            + english_in("kinds menu", kinds))
    dialog.set_kinds(["bar.received"])
    assert timeline_words("Bar received") in dialog.kinds_button.text()
    gaps += english_in("kinds button", [dialog.kinds_button.text()])
    qtbot.waitUntil(lambda: {e.kind for e in model.entries} == {"bar.received"}
                    and not model.fetching, timeout=30000)
    dialog.table.selectRow(0)
    dialog.details_button.setChecked(True)
    gaps += english_in("details", [dialog.details.heading.text().split("\n")[0]])
    gaps += untranslated(dialog, LEDGER_DATA)
    none_left(gaps)


@pytest.mark.usefixtures("urdu")
def test_the_status_line_after_a_save_in_urdu(qtbot, demo_ctx):
    from app.gui.main_window import MainWindow
    from app.gui.ops import Op
    from app.services import recording

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, demo_ctx)
    data = ("KHI-V9", "KHI-V8", "Karachi vault", "Karachi")

    def save(work) -> str:
        before = window.status.text()
        Op(window, work, ctx=demo_ctx).changes().run()
        qtbot.waitUntil(lambda: window.status.text() != before, timeout=10000)
        return window.status.text()

    one = save(lambda ledger, task: recording.add_site(ledger, "KHI-V9", "Karachi vault",
                                                        "vault", "PK"))
    assert "KHI-V9" in one and "والٹ" in one and "(اندراج" in one, one
    two = save(lambda ledger, task: [
        recording.add_site(ledger, "KHI-V8", "Karachi", "vault"),
        recording.transfer_many(ledger, [2501, 1], "KHI-V8", "K-1")])
    assert "\u200f2 اندراجات درج ہوئے؛ آخری: " in two and "KHI-V8" in two, two
    none_left(english_in("status line", [one, two], data))
    QCoreApplication.processEvents()


def test_the_status_line_stays_english_in_english(qtbot, demo_ctx):
    from app.gui.main_window import MainWindow
    from app.gui.ops import Op
    from app.services import recording

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    Op(window, lambda ledger, task: recording.add_site(ledger, "KHI-V9", "Karachi vault",
                                                        "vault"), ctx=demo_ctx).changes().run()
    qtbot.waitUntil(lambda: "KHI-V9" in window.status.text(), timeout=10000)
    assert window.status.text().startswith("Recorded: Added site KHI-V9, Karachi vault (vault)")
