"""Export… and Count sheet… (app/gui/export_dialogs.py) over a real ledger on its thread:
the file asked for, progress, Cancel, and the message that ends it. Modal dialogs are
patched (conftest): `modals.files` answers the save dialog."""

from __future__ import annotations

import csv
import threading

from openpyxl import load_workbook
from pypdf import PdfReader

from app.gui import export_dialogs
from app.services import importing, recording
from app.services.browsing import Query
from tests.export_helpers import gold_rows, write_bar_list
from tests.gui.conftest import in_ledger


def stock(qtbot, ctx, tmp_path, count=30):
    """`count` gold bars in VLT (a third of them PAMP) and one in WH."""
    bars = write_bar_list(tmp_path / "bars.csv", gold_rows(count, "Q"))
    in_ledger(qtbot, ctx, lambda ledger: importing.import_bars(ledger, bars, site="VLT",
                                                               metal="gold"))
    in_ledger(qtbot, ctx, lambda ledger: recording.add_bar(
        ledger, site="WH", metal="gold", brand="PAMP", serial="W-1", year="2020",
        fineness="999.9", gross_oz="400.000"))


def finish(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.done, timeout=60000)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)


def test_export_the_holdings_shown_to_a_file_given(qtbot, ctx, modals, tmp_path):
    stock(qtbot, ctx, tmp_path)
    out = tmp_path / "pamp.csv"
    query = Query(kind="bar", site="VLT", brand="PAMP")
    dialog = export_dialogs.export_holdings(ctx, None, query, path=str(out))
    qtbot.addWidget(dialog)
    finish(qtbot, dialog)
    rows = list(csv.reader(out.open(encoding="utf-8", newline="")))
    assert len(rows) == 1 + 10 and {r[1] for r in rows[1:]} == {"PAMP"}
    assert {r[7] for r in rows[1:]} == {"VLT"}  # not the PAMP bar in WH
    assert modals.kinds() == ["inform"]
    assert "10 bars written to" in modals.texts() and str(out) in modals.texts()
    assert dialog.result_value["rows"] == 10


def test_export_asks_for_the_file_and_writes_xlsx(qtbot, ctx, modals, tmp_path):
    stock(qtbot, ctx, tmp_path, count=5)
    out = tmp_path / "all.xlsx"
    modals.files.append(str(out))
    dialog = export_dialogs.export_holdings(ctx, None, Query(kind="bar"))
    qtbot.addWidget(dialog)
    finish(qtbot, dialog)
    book = load_workbook(out)
    assert book["Bars"].max_row == 1 + 6
    assert "6 bars written to" in modals.texts()


def test_a_name_without_suffix_becomes_csv_and_no_file_chosen_does_nothing(qtbot, ctx, modals,
                                                                           tmp_path):
    stock(qtbot, ctx, tmp_path, count=2)
    assert export_dialogs.export_holdings(ctx, None, Query(kind="bar")) is None
    assert modals.messages == []
    modals.files.append(str(tmp_path / "plain"))
    dialog = export_dialogs.export_holdings(ctx, None, Query(kind="bar"))
    qtbot.addWidget(dialog)
    finish(qtbot, dialog)
    assert (tmp_path / "plain.csv").exists() and not (tmp_path / "plain").exists()


def test_cancel_leaves_no_file(qtbot, ctx, modals, tmp_path):
    stock(qtbot, ctx, tmp_path, count=3)
    gate = threading.Event()
    ctx.host.submit(lambda ledger, task: gate.wait(20))  # the ledger's thread is busy
    out = tmp_path / "cancelled.csv"
    dialog = export_dialogs.export_holdings(ctx, None, Query(kind="bar"), path=str(out))
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.progress.cancel_button.isEnabled()
    dialog.reject()  # Escape: cancels rather than closes
    assert dialog.isVisible() and not dialog.progress.cancel_button.isEnabled()
    gate.set()
    finish(qtbot, dialog)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    assert modals.kinds() == ["inform"] and "Cancelled" in modals.messages[0][1]
    assert "cancelled.csv was not written" in modals.texts()


def test_a_count_sheet_through_its_dialog(qtbot, ctx, modals, tmp_path):
    stock(qtbot, ctx, tmp_path, count=12)
    out = tmp_path / "count.pdf"
    modals.files.append(str(out))
    dialog = export_dialogs.count_sheet(ctx, None, "VLT")
    qtbot.addWidget(dialog)
    finish(qtbot, dialog)
    text = PdfReader(out).pages[0].extract_text()
    assert "Site VLT" in text and "Page 1 of 1" in text
    assert "Count sheet of 12 bars at VLT written to" in modals.texts()
    csv_out = tmp_path / "count.csv"
    dialog = export_dialogs.count_sheet(ctx, None, "VLT", path=str(csv_out))
    qtbot.addWidget(dialog)
    finish(qtbot, dialog)
    assert len(csv_out.read_text(encoding="utf-8-sig").splitlines()) == 13


def test_a_count_sheet_of_a_site_that_holds_no_bars_is_refused(qtbot, ctx, modals, tmp_path):
    out = tmp_path / "tf.pdf"
    dialog = export_dialogs.count_sheet(ctx, None, "TF", path=str(out))
    qtbot.addWidget(dialog)
    finish(qtbot, dialog)
    assert modals.kinds() == ["warn"] and "tank-farm" in modals.texts()
    assert not out.exists()
