"""Physical count…: the auditor's window driven as at a warehouse terminal, on a real
attestation of the mixed ledger, real plans, sheets, keys and count files.

Run with QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import base64
import csv
import io
import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLineEdit

from app.gui import screen_fit
from app.gui.audit_model import COLUMN
from app.gui.audit_window import AuditWindow
from app.gui.screen_fit import FRAME_ALLOWANCE
from app.gui.tool_window import ToolWindow
from app.services import auditing, verifying
from tests.attest_helpers import KEY_PASSPHRASE, attest, cli_runner

SMALL = QRect(0, 0, 1024, 768)
ENTER = Qt.Key.Key_Return
NONCE = "5a" * 32 + "\n"


@pytest.fixture(scope="module")
def attested(ring, ledgers, tmp_path_factory):
    """The mixed ledger (6 bars, 2 lots, a gauged tank, a gas inventory), attested."""
    folder = tmp_path_factory.mktemp("gui-count")
    cli = cli_runner(ledgers.copy("mixed", folder / "reserves.tijori"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TIJORI_KEY_PASSPHRASE", KEY_PASSPHRASE)
        att, leaves, _ = attest(cli, ring, folder, "a")
    return SimpleNamespace(folder=folder, att=att, leaves=leaves)


@pytest.fixture
def window(qtbot):
    view = AuditWindow()
    qtbot.addWidget(view)
    view.show()
    return view


def make_plan(qtbot, window, attested, ring, folder: Path, *, confidence: str = "99",
              rate: str = "40", nonce: str | None = NONCE) -> Path:
    """Step 1 as an auditor fills it in; at 99 % and 40 % every bar and lot is sampled."""
    page = window.plan_page
    nonce_file = folder / "nonce.txt"
    if nonce is not None:
        nonce_file.write_text(nonce)
    out = folder / "plan.json"
    for field, text in ((page.attestation_field, attested.att), (page.leaves_field,
                                                                   attested.leaves),
                        (page.policy_field, ring.policy), (page.nonce_field, nonce_file),
                        (page.confidence, confidence), (page.rate, rate),
                        (page.out_field, out)):
        field.setText(str(text))
    with qtbot.waitSignal(page.plan_ready, timeout=60000):
        page.make_button.click()
    return out


def scan(qtbot, window, text: str) -> None:
    """A scanner types the serial and Enter into the scan field."""
    qtbot.keyClicks(window.count_page.scan_edit, text)
    qtbot.keyClick(window.count_page.scan_edit, ENTER)


def row_of(window, serial: str, brand: str | None = None, year: int | None = None) -> int:
    """The table's row of the planned holding with this serial (warrant, code)."""
    for number, row in enumerate(window.model.rows):
        h = row.item.holding if row.item is not None else {}
        if serial in (h.get("serial"), h.get("warrant"), h.get("code")) and \
                brand in (None, h.get("brand")) and year in (None, h.get("year")):
            return number
    raise AssertionError(f"no row for {serial}")


def cell(window, number: int, key: str) -> str:
    return window.model.rows[number].cells[key]


def shown(window, number: int, key: str) -> str:
    model = window.model
    return model.data(model.index(number, COLUMN[key]))


def fill_as_listed(window) -> None:
    """Every planned holding found as listed, seals intact, weighed as recorded."""
    for number, row in enumerate(window.model.rows):
        if row.item is None:
            continue
        h = row.item.holding
        name = h.get("serial") or h.get("warrant") or h["code"]
        values = {"found": "yes", "serial_read": name}
        if row.item.kind in ("bar", "lot"):
            values |= {"brand_read": h["brand"], "seal_intact": "yes",
                       "measured": h.get("gross_oz") or h["gross_t"]}
            if row.item.kind == "bar":
                values["year_read"] = str(h["year"])
        else:
            values["measured"] = h.get("nsv_bbl") or h["energy_mmbtu"]
        window.model.set_cells(number, values)


def fill_record(window, ring, out: Path, passphrase: str = KEY_PASSPHRASE) -> None:
    page = window.record_page
    page.counted_by.setText("A. Khan")
    page.witnessed_by.setText("B. Auditor")
    page.key_field.setText(ring.key("aud"))
    page.passphrase.setText(passphrase)
    page.out_field.setText(str(out))


def wait_done(qtbot, job) -> None:
    qtbot.waitUntil(lambda: job.done, timeout=60000)


def test_the_plan_step_draws_the_nonce_and_the_sheets_list_every_planned_leaf(
        qtbot, window, attested, ring, tmp_path, modals):
    assert not any(window.tabs.isTabEnabled(step) for step in (1, 2, 3))
    page = window.plan_page
    page.confidence.setText("95")
    page.rate.setText("1")
    assert page.size_label.text().startswith("n = 299 bars and lots")
    page.nonce_field.setText(str(tmp_path / "nonce.txt"))
    assert "else only after the attestation is final" in \
        page.sample_form.fields["nonce"].hint.text()
    plan_path = make_plan(qtbot, window, attested, ring, tmp_path, confidence="60", rate="40",
                          nonce=None)
    # The nonce file did not exist: the auditor was told, and it was drawn.
    assert modals.kinds() == ["ask"] and "only after the attestation is final" in modals.texts()
    nonce = (tmp_path / "nonce.txt").read_text().strip()
    assert len(nonce) == 64 and int(nonce, 16) >= 0
    plan = auditing.load_plan(plan_path.read_bytes())
    assert plan["nonce"] == nonce and plan["sample_size"] == 2
    assert window.plan == plan and window.plan_path == str(plan_path)
    assert all(window.tabs.isTabEnabled(step) for step in (1, 2, 3))
    assert f"Seed {plan['seed']}" in page.result_label.text()
    assert "2 of 8 bars and lots sampled (attribute sampling, 60 % confidence, tolerable " \
        "rate 40 %: n = 2), and 2 tanks and gas inventories always counted." in \
        window.plan_line.text()
    assert "This file exists" in page.sample_form.fields["nonce"].hint.text()

    sheets = window.sheets_page
    pdf, results = tmp_path / "sheets.pdf", tmp_path / "results.csv"
    modals.files.append(str(pdf))
    wait_done(qtbot, sheets.write(".pdf"))
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "4 holdings at " in sheets.result_label.text()
    modals.files.append(str(results))
    wait_done(qtbot, sheets.write(".csv"))
    rows = list(csv.DictReader(io.StringIO(results.read_text(encoding="utf-8-sig"))))
    assert sorted(int(r["leaf"]) for r in rows) == [h["index"] for h in plan["holdings"]]
    assert "the results sheet to fill in" in sheets.result_label.text()
    assert [kind for kind, _, _ in modals.messages] == ["ask"]  # no error anywhere


def test_scans_mark_bars_found_and_the_progress_is_taken_up_in_a_new_window(
        qtbot, window, attested, ring, tmp_path, modals):
    plan_path = make_plan(qtbot, window, attested, ring, tmp_path)
    window.tabs.setCurrentWidget(window.count_page)
    page = window.count_page
    assert window.focusWidget() is page.scan_edit  # a scanner types there at once
    assert page.counts.text() == "0 of 10 holdings marked, 0 exceptions"

    scan(qtbot, window, "s9")  # any case: the same serial
    s9 = row_of(window, "S9")
    assert (cell(window, s9, "found"), cell(window, s9, "serial_read")) == ("yes", "s9")
    assert page.table.currentIndex().row() == s9
    assert page.scan_edit.text() == "" and window.focusWidget() is page.scan_edit
    assert "Found: bar S9 · PAMP · 2022 at VLT" in page.status.text()
    # A bar found needs its brand as read: said in its row, not in a dialog.
    assert "needs its brand as read" in shown(window, s9, "exceptions")
    for text in ("A1", "W1", "t1", "UGS1"):
        scan(qtbot, window, text)
    assert page.counts.text().startswith("5 of 10 holdings marked, 0 exceptions")

    # Three bars answer to S10: the auditor reads brand and year, and chooses.
    scan(qtbot, window, "S10")
    chooser = page.chooser
    assert chooser is not None and chooser.list.count() == 3
    labels = [chooser.list.item(i).text() for i in range(3)]
    chooser.list.setCurrentRow(next(i for i, t in enumerate(labels) if "VALC" in t))
    chooser.accept()
    valc = row_of(window, "S10", "VALC")
    assert (cell(window, valc, "found"), cell(window, valc, "serial_read")) == ("yes", "S10")
    assert all(cell(window, row_of(window, "S10", "PAMP", year), "found") == ""
               for year in (2021, 2023))

    # A serial the plan does not list: offered as a bar found unlisted.
    scan(qtbot, window, "ZZ999")
    dialog = page.unlisted_dialog
    assert dialog is not None and dialog.serial.text() == "ZZ999"
    dialog.form.fields["brand_read"].widget.setText("PAMP")
    dialog.form.fields["location"].widget.setText("Z-9")
    dialog.accept()
    assert window.model.rows[-1].item is None
    assert window.model.rows[-1].cells["serial_read"] == "ZZ999"
    assert shown(window, len(window.model.rows) - 1, "exceptions") == "bar found unlisted"

    # One holding not found: missing.
    silver = row_of(window, "AG-7")
    page.select(silver)
    page.not_found_button.click()
    assert cell(window, silver, "found") == "no"
    assert shown(window, silver, "exceptions") == "missing"
    assert page.counts.text().startswith(
        "7 of 10 holdings marked, 1 exception, 1 bar(s) found unlisted; 5 row(s) to put right")
    assert not modals.messages

    saved = tmp_path / "progress.csv"
    modals.files.append(str(saved))
    assert page.save_progress()
    assert saved.exists() and not window.model.unsaved
    before = [dict(row.cells) for row in window.model.rows]

    again = AuditWindow()
    qtbot.addWidget(again)
    again.show()
    assert again.plan_page.open_plan(str(plan_path))
    assert again.count_page.open_progress(str(saved))
    assert [dict(row.cells) for row in again.model.rows] == before
    assert again.count_page.counts.text().startswith("7 of 10 holdings marked, 1 exception")
    assert shown(again, row_of(again, "AG-7"), "exceptions") == "missing"
    assert not modals.messages


def test_the_keyboard_marks_found_and_seal_and_types_the_weight(qtbot, window, attested,
                                                                ring, tmp_path):
    make_plan(qtbot, window, attested, ring, tmp_path)
    window.tabs.setCurrentWidget(window.count_page)
    table = window.count_page.table
    a1 = row_of(window, "A1")
    table.setCurrentIndex(window.model.index(a1, COLUMN["found"]))
    qtbot.keyClick(table, Qt.Key.Key_Y)
    assert cell(window, a1, "found") == "yes"
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert cell(window, a1, "found") == "no"
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert cell(window, a1, "found") == "yes"
    table.setCurrentIndex(window.model.index(a1, COLUMN["seal_intact"]))
    for expected in ("yes", "no", ""):
        qtbot.keyClick(table, Qt.Key.Key_Space)
        assert cell(window, a1, "seal_intact") == expected
    qtbot.keyClick(table, Qt.Key.Key_N)
    assert cell(window, a1, "seal_intact") == "no"
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert cell(window, a1, "seal_intact") == ""
    # Typing in the measured cell opens its editor; a comma cannot be typed; Enter ends the
    # row and goes back to the scan field.
    table.setCurrentIndex(window.model.index(a1, COLUMN["measured"]))
    qtbot.keyClick(table, Qt.Key.Key_4)
    editor = next(e for e in table.viewport().findChildren(QLineEdit) if e.isVisible())
    qtbot.keyClicks(editor, "00,1")
    assert editor.text() == "4001"
    editor.setText("400.1")
    qtbot.keyClick(editor, ENTER)
    qtbot.waitUntil(lambda: cell(window, a1, "measured") == "400.1")  # committed when idle
    assert window.focusWidget() is window.count_page.scan_edit
    assert "needs its serial and brand as read" in shown(window, a1, "exceptions")


def test_the_count_is_recorded_signed_and_verifies(qtbot, window, attested, ring, tmp_path,
                                                   modals):
    plan_path = make_plan(qtbot, window, attested, ring, tmp_path)
    fill_as_listed(window)
    silver = row_of(window, "AG-7")
    window.count_page.select(silver)
    window.count_page.not_found_button.click()
    assert window.count_page.counts.text() == "10 of 10 holdings marked, 1 exception"
    record = window.record_page
    defaults = record.findChild(type(record.summary), "default_tolerances").text()
    assert "LBMA Good Delivery" in defaults and "bars of silver: ±0.1 ozt" in defaults
    out = tmp_path / "count.json"
    fill_record(window, ring, out)
    with qtbot.waitSignal(record.recorded, timeout=60000) as blocker:
        record.record_button.click()
    result = blocker.args[0]
    assert not modals.messages
    assert result["summary"] == {"always": 2, "always_exceptions": 0, "population": 8,
                                 "sampled": 8, "sampled_exceptions": 1, "unlisted": 0}
    assert result["conclusion"].startswith("All 8 bars and lots were counted: 1 exception.")
    assert "Exception: leaf" in result["conclusion"] and "AG-7" in result["conclusion"]
    assert not record.result_box.isHidden()
    assert "8 sampled of 8 bars and lots, 2 tanks and gas inventories, 1 with exceptions" in \
        record.summary.text()
    assert record.conclusion.text() == f"Conclusion: {result['conclusion']}"
    assert record.passphrase.text() == ""

    verdict = verifying.verify_file(str(out), ring.policy, leaves=str(attested.leaves),
                                    parallel=False)
    assert verdict.ok, [(c.name, c.reason) for c in verdict.failures]
    document = json.loads(out.read_bytes())
    certificate = json.loads(base64.b64decode(document["certificate"]["payload"]))
    assert certificate["summary"]["sampled_exceptions"] == 1
    assert certificate["counted"]["by"] == "A. Khan"
    assert {r["index"] for r in certificate["results"]} == {
        h["index"] for h in auditing.load_plan(plan_path.read_bytes())["holdings"]}

    with qtbot.waitSignal(record.verified, timeout=60000) as blocker:
        record.verify_button.click()
    assert blocker.args[0].ok
    states = record.checklist.states()
    assert states["count: sample"] == "passed" and states["count: results"] == "passed"


def test_stated_tolerances_reclassify_the_table(qtbot, window, attested, ring, tmp_path):
    make_plan(qtbot, window, attested, ring, tmp_path)
    fill_as_listed(window)
    a1 = row_of(window, "A1")
    window.model.set_cell(a1, "measured", "400.5")  # 0.4 ozt heavier: outside 0.025
    assert shown(window, a1, "exceptions") == "weight outside tolerance"
    window.record_page.tolerance.setPlainText("bar=1")
    assert shown(window, a1, "exceptions") == "none"
    window.record_page.tolerance.setPlainText("bar=nonsense")  # not valid: kept as it was
    assert shown(window, a1, "exceptions") == "none"
    assert not window.record_page.tolerance_form.touch_all()
    assert "tolerance" in window.record_page.tolerance_form.fields["tolerance"].error.text()


def test_bad_input_is_a_dialog_naming_it_and_nothing_is_written(qtbot, window, attested,
                                                                ring, tmp_path, modals):
    make_plan(qtbot, window, attested, ring, tmp_path)
    record = window.record_page
    out = tmp_path / "count.json"
    fill_record(window, ring, out)

    # Holdings without a result.
    window.model.set_cells(row_of(window, "A1"), {"found": "no"})
    wait_done(qtbot, record.record())
    assert modals.kinds() == ["warn"]
    assert "9 planned holding(s) have no result" in modals.texts()
    assert window.tabs.currentWidget() is window.count_page
    assert not out.exists()

    # A contradictory row: its message in its row, and in the dialog on recording.
    fill_as_listed(window)
    w1 = row_of(window, "W1")
    window.model.set_cell(w1, "found", "no")
    message = shown(window, w1, "exceptions")
    leaf = cell(window, w1, "leaf")
    assert message == "found is no, yet something was read or measured"
    named = f"the count table, leaf {leaf}: {message}"  # the row named, where it is not in it
    assert window.model.data(window.model.index(w1, COLUMN["exceptions"]),
                             Qt.ItemDataRole.ToolTipRole) == named
    modals.messages.clear()
    wait_done(qtbot, record.record())
    assert modals.kinds() == ["warn"]
    assert named in modals.texts()
    assert window.count_page.table.currentIndex().row() == w1
    assert not out.exists()

    # A wrong passphrase.
    window.model.set_cell(w1, "found", "yes")
    assert shown(window, w1, "exceptions") == "none"
    record.passphrase.setText("not the passphrase")
    modals.messages.clear()
    wait_done(qtbot, record.record())
    assert modals.kinds() == ["warn"] and "wrong passphrase" in modals.texts()
    assert "wrong passphrase" in record.form.fields["passphrase"].error.text()
    assert not out.exists() and record.result is None

    # A file that is not a plan (the marks in the table are not saved: asked first).
    modals.messages.clear()
    assert not window.plan_page.open_plan(str(attested.att))
    assert modals.kinds() == ["ask", "warn"] and "not saved" in modals.messages[0][2]
    assert "a.att.json is not a tijori-audit-plan file" in modals.messages[1][2]
    assert window.plan is not None and window.model.unsaved  # the count goes on
    assert "Traceback" not in modals.texts()


def test_closing_with_marks_not_saved_asks_first(qtbot, window, attested, ring, tmp_path,
                                                 modals):
    make_plan(qtbot, window, attested, ring, tmp_path)
    window.model.set_cell(row_of(window, "A1"), "found", "no")
    modals.answers.append(False)
    window.close()
    assert window.isVisible() and modals.kinds() == ["ask"]
    assert "not saved" in modals.texts()
    window.close()  # yes: closed, the marks let go
    assert not window.isVisible()


def test_the_window_fits_1024_by_768_and_opens_from_the_tools_menu(qtbot, monkeypatch,
                                                                   attested, ring,
                                                                   tmp_path):
    monkeypatch.setattr(screen_fit, "available", lambda widget: SMALL)
    tools = ToolWindow("verify")
    qtbot.addWidget(tools)
    assert tools.count_action.text() == "&Physical count…"
    window = tools.physical_count()
    assert isinstance(window, AuditWindow)
    limit = SMALL.size() - FRAME_ALLOWANCE
    make_plan(qtbot, window, attested, ring, tmp_path)
    for step in range(4):
        window.tabs.setCurrentIndex(step)
        qtbot.wait(10)
        needed = window.minimumSizeHint()
        assert needed.width() <= limit.width() and needed.height() <= limit.height(), \
            (step, needed)
        assert window.width() <= limit.width() and window.height() <= limit.height()
    window.close()


def test_the_verify_view_reads_a_count_file_and_shows_its_exceptions_as_findings(
        qtbot, window, attested, ring, tmp_path, modals):
    from app.gui.verify_view import VerifyPage

    make_plan(qtbot, window, attested, ring, tmp_path)
    fill_as_listed(window)
    window.count_page.select(row_of(window, "AG-7"))
    window.count_page.not_found_button.click()
    out = tmp_path / "count.json"
    fill_record(window, ring, out)
    with qtbot.waitSignal(window.record_page.recorded, timeout=60000):
        window.record_page.record_button.click()

    page = VerifyPage()
    qtbot.addWidget(page)
    page.policy_field.setText(ring.policy)
    page.leaves_field.setText(str(attested.leaves))
    with qtbot.waitSignal(page.verified, timeout=60000) as blocker:
        assert page.open_path(str(out)) is not None
    verdict = blocker.args[0]
    assert verdict["valid"] is True  # exceptions are findings, not a failed integrity
    names = [name for _, name, _ in page.checklist.row_texts()]
    assert {"count: sample", "count: results", "count: conclusion",
            "count certificate: auditor threshold"} <= set(names)
    findings = {name: word for word, name, _ in page.findings.row_texts()}
    assert findings["count: exceptions"] == "ALERT"
    assert not modals.messages


def test_commit_to_the_nonce_before_the_request(qtbot, window, tmp_path):
    """The twin of `tijori audit commit`: the nonce is drawn, its SHA-256 shown and put on
    the clipboard for the custodian; a second press reads the same nonce."""
    import hashlib

    from PySide6.QtWidgets import QApplication

    page = window.plan_page
    page.nonce_field.setText("")
    assert page.commit() is None and not page.commitment.isVisibleTo(page)
    nonce = tmp_path / "nonce.txt"
    page.nonce_field.setText(str(nonce))
    commitment = page.commit()
    assert commitment == hashlib.sha256(bytes.fromhex(nonce.read_text().strip())).hexdigest()
    assert commitment in page.commitment.text()
    assert QApplication.clipboard().text() == commitment
    assert page.commit() == commitment  # the file is kept: the same nonce
