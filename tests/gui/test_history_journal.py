"""The history timeline, the Journal window and the dashboard's recent movements, in
sentences; the journal's filters, paging, chain check and export."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from app.gui.dashboard import KIND_ROLE, DashboardPage
from app.gui.history_view import HistoryDialog
from app.gui.journal_page import JournalDialog, JournalModel
from app.services import journal_browser, overview, recording, timeline
from app.services.journal_browser import Filter
from app.services.movement import Movement
from tests.gui.conftest import ACTOR, in_ledger


def record(ledger, folder: Path) -> None:
    """Twelve bars by two actors, a transfer with a document, a move of three bars."""
    doc = folder / "release-4471.pdf"
    doc.write_bytes(b"release order 4471")
    for n in range(1, 13):
        ledger.actor = "alice" if n % 2 else "bob"
        recording.add_bar(ledger, site="VLT", metal="gold", brand="ARGOR", serial=f"AB{n}",
                          year="2022", gross_oz="400.100", fineness="999.9", location=f"A-{n}")
    ledger.actor = "carol"
    recording.add_site(ledger, "VLT2", "Vault 2", "vault")
    recording.transfer(ledger, 1, "VLT2", "B-04", Movement.build(
        "transfer", seals=["S-9001"], witness="A. Auditor", documents=[doc]))
    recording.transfer_many(ledger, [1, 2, 3], "VLT", "C-01")
    ledger.actor = ACTOR


@pytest.fixture
def books(qtbot, ctx, tmp_path):
    in_ledger(qtbot, ctx, lambda ledger: record(ledger, tmp_path))
    return ctx


def test_the_history_shows_sentences_not_kinds(qtbot, books):
    events = in_ledger(qtbot, books, lambda ledger: overview.history(ledger, 1))
    dialog = HistoryDialog(1, events)
    qtbot.addWidget(dialog)
    sentences = dialog.sentences()
    assert len(sentences) == 3
    assert sentences[0].startswith("Transferred bar 1 from VLT2 B-04 to VLT, location C-01, "
                                   "one of 3 holdings moved together")
    assert sentences[1].startswith("Transferred bar 1 from VLT A-1 to VLT2, location B-04, "
                                   "seal S-9001, witness A. Auditor")
    assert sentences[2].startswith("Received ARGOR 2022 AB1, 400.060 ozt fine gold, at VLT A-1")
    assert not set(sentences) & set(timeline.KINDS)
    assert all(not any(kind in s for kind in timeline.KINDS) for s in sentences)
    top = dialog.events.topLevelItem(1)
    assert top.text(1) == "carol" and top.text(0) == timeline.describe(events[1]).shown_time

    # The document is listed by name; its digest is there on demand.
    digest = hashlib.sha256(b"release order 4471").hexdigest()
    document = top.child(0)
    assert document.text(2) == "Document: release-4471.pdf"
    assert digest in document.toolTip(2)
    assert dialog.details.isHidden()
    dialog.events.setCurrentItem(top)
    dialog.details_button.click()
    assert not dialog.details.isHidden()
    shown = dialog.details.text.toPlainText()
    assert digest in shown and '"to_site": "VLT2"' in shown

    dialog.newest_first.setChecked(False)
    assert dialog.sentences() == list(reversed(sentences))
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("History of holding 1\n")
    assert "· alice · Received ARGOR 2022 AB1" in copied
    assert f"document release-4471.pdf  sha256 {digest}" in copied
    assert copied.index("Received") < copied.index("Transferred")


def test_the_history_takes_described_entries_too(qtbot, books):
    entries = in_ledger(qtbot, books, lambda ledger: journal_browser.history(ledger, 2))
    dialog = HistoryDialog(2, entries)
    qtbot.addWidget(dialog)
    assert dialog.sentences()[0].startswith("Transferred 3 bars from VLT2 and VLT to VLT")
    empty = HistoryDialog(99, [])
    qtbot.addWidget(empty)
    assert empty.sentences() == ["No events."]


def open_journal(qtbot, ctx) -> JournalDialog:
    dialog = JournalDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.count > 0 and dialog.model.rowCount() > 0,
                    timeout=20000)
    return dialog


def settle(qtbot, dialog: JournalDialog, test) -> None:
    qtbot.waitUntil(lambda: not dialog.model.fetching and dialog.model.rowCount() > 0
                    and test(dialog.model.entries), timeout=20000)


def test_the_journal_filters_by_kind_and_actor(qtbot, books, modals):
    dialog = open_journal(qtbot, books)
    everything = dialog.model.count
    assert everything == 1 + 5 + 12 + 1 + 2  # created, sites, bars, site, two moves
    first = dialog.model.entries[0]
    assert first.kind == "holdings.transferred" and first.sentence.startswith("Transferred 3")
    assert dialog.model.index(0, 3).data() == first.sentence
    assert "21 events in the journal" in dialog.status.text()

    dialog.set_kinds(["bar.received"])
    settle(qtbot, dialog, lambda rows: {e.kind for e in rows} == {"bar.received"})
    assert dialog.model.count == 12 and "Bar received" in dialog.kinds_button.text()
    dialog.actor.setCurrentText("bob")
    dialog.apply_filters()
    settle(qtbot, dialog, lambda rows: {e.actor for e in rows} == {"bob"})
    assert dialog.model.count == 6
    assert [e.seq for e in dialog.model.entries] == sorted(
        (e.seq for e in dialog.model.entries), reverse=True)
    assert "6 events match these filters" in dialog.status.text()

    dialog.set_kinds(["holding.transferred", "holdings.transferred"])
    dialog.actor.setCurrentText("")
    dialog.holding.setText("AB2")  # a serial, as people name a bar
    dialog.apply_filters()
    settle(qtbot, dialog, lambda rows: len(rows) == 1)
    assert dialog.model.entries[0].kind == "holdings.transferred"

    dialog.holding.setText("NO-SUCH-BAR")
    dialog.apply_filters()
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=20000)
    assert "NO-SUCH-BAR" in dialog.problem.text()
    assert modals.messages == []
    dialog.clear_filters()
    qtbot.waitUntil(lambda: dialog.model.count == everything and not dialog.problem.isVisible(),
                    timeout=20000)


def test_the_journal_pages_as_it_scrolls(qtbot, books):
    model = JournalModel(books)  # no view: only the pages asked for arrive
    model.page_size = 4
    with qtbot.waitSignal(model.page_loaded, timeout=20000):
        model.set_filter(Filter())
    assert model.rowCount() == 4 and model.count == 21 and model.canFetchMore()
    pages = 1
    while model.canFetchMore():
        before = model.rowCount()
        with qtbot.waitSignal(model.page_loaded, timeout=20000):
            model.fetchMore()
            model.fetchMore()  # asked twice while the page is on its way: fetched once
        assert 0 < model.rowCount() - before <= 4
        pages += 1
    seqs = [e.seq for e in model.entries]
    assert seqs == list(range(21, 0, -1))  # every event once, newest first
    assert pages == 6  # 21 events, 4 a page

    # The window's table asks for pages as it is scrolled to its end.
    dialog = JournalDialog(books)
    qtbot.addWidget(dialog)
    dialog.model.page_size = 4
    dialog.resize(900, 300)
    dialog.show()
    dialog.apply_filters()
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 4 and not dialog.model.fetching,
                    timeout=20000)
    for _ in range(20):
        if dialog.model.exhausted:
            break
        dialog.table.scrollToBottom()
        qtbot.wait(50)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 21, timeout=20000)


def test_the_chain_check_names_the_first_break(qtbot, books):
    dialog = open_journal(qtbot, books)
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.chain_state.isVisible(), timeout=30000)
    head = in_ledger(qtbot, books, lambda ledger: ledger.head())
    assert dialog.chain_state.text().startswith("✓ Chain intact: 21 events checked")
    assert head[1] in dialog.chain_state.text()
    assert dialog.chain_state.property("role") == "ok" and dialog.check_button.isEnabled()

    # An event edited behind the journal's back.
    in_ledger(qtbot, books, lambda ledger: ledger.conn.execute(
        "UPDATE events SET actor = 'mallory' WHERE seq = 7"))
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.check_button.isEnabled()
                    and dialog.chain_state.property("role") == "error", timeout=30000)
    assert dialog.chain_state.text().startswith("✗ The chain is broken: ")
    assert "event 7" in dialog.chain_state.text()


def test_the_journal_exports_the_filtered_events(qtbot, books, modals, tmp_path):
    dialog = open_journal(qtbot, books)
    dialog.actor.setCurrentText("alice")
    dialog.apply_filters()
    settle(qtbot, dialog, lambda rows: {e.actor for e in rows} == {"alice"})
    modals.files.append(str(tmp_path / "alice-events"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.export_state.isVisible(), timeout=30000)
    out = tmp_path / "alice-events.csv"
    assert f"Wrote 6 events to {out}" in dialog.export_state.text()
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [int(r["seq"]) for r in rows] == [e.seq for e in dialog.model.entries]
    assert all(r["actor"] == "alice" and r["sentence"].startswith("Received ARGOR 2022 AB")
               for r in rows)
    # Cancelled in the file dialog: nothing written, nothing said.
    dialog.export_button.click()
    assert dialog.export_button.isEnabled() and modals.messages == []


def test_the_dashboard_lists_recent_movements_in_sentences(qtbot, books):
    page = DashboardPage(books)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.recent.topLevelItemCount() > 1, timeout=20000)
    first = page.recent.topLevelItem(0)
    assert first.text(3).startswith("Transferred 3 bars from VLT2 and VLT to VLT")
    assert first.data(0, KIND_ROLE) == "holdings.transferred"
    whats = [page.recent.topLevelItem(i).text(3) for i in range(page.recent.topLevelItemCount())]
    assert whats[2].startswith("Received ARGOR 2022 AB12, 400.060 ozt fine gold, at VLT A-12")
    assert not set(whats) & set(timeline.KINDS)
