"""One custodian's story, end to end, through the windows as a user drives them.

A new ledger is made on the start screen; sites, holdings of every kind, movements and a
token are recorded through the Record dialogs of the real main window; a bar list with a
bad row is refused and a good one imported; an attestation is requested, signed in the
offline signer window by each required key holder, finalised and reported; the report is
verified green, and a tampered copy red, in the verifier opened from the start screen.
Every step asserts on what the ledger, the files and the windows show afterwards.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.gui.attest_page import REQUEST, REVIEW, SCOPE, SIGNATURES
from app.gui.dashboard import KIND_ROLE
from app.gui.main import Controller
from app.gui.main_window import MainWindow
from app.gui.signer_window import SignerWindow
from app.gui.verify_view import VerifyPage
from app.services import attesting, ledger_views, tokens, verifying
from app.services import keys as keyservice
from tests.attest_helpers import CUSTODIAN, KEY_PASSPHRASE, REPORT_KEY_PASSPHRASE, make_keyring
from tests.gui.conftest import ACTOR, PASSPHRASE, in_ledger
from tests.gui.test_import_wizard import BAD as _BAD
from tests.gui.test_import_wizard import GOOD, choose, run_check
from tests.gui.test_record_dialogs import fill

LEFT = Qt.MouseButton.LeftButton
LEDGER_PASSPHRASE = PASSPHRASE
REPORT_PASSPHRASE = REPORT_KEY_PASSPHRASE
SIGNERS = ("cust1", "cust2", "aud")
# One bad row (line 3: gross weight "4OO.950"); the other rows are good.
BAD = "".join(line + "\n" for line in _BAD.splitlines()[:4])


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    """Custodians cust1+cust2 (2 of 2), auditor aud, admin, and a P-256 report signer,
    in a policy signed by the admin. (The Keys page has tests of its own.)"""
    folder = tmp_path_factory.mktemp("keys")
    ring = make_keyring(folder)
    ring.report_key = str(folder / "report.key")
    keyservice.create_key("Report signer", ring.report_key, REPORT_PASSPHRASE, "ecdsa-p256")
    keyservice.export_public(ring.report_key, str(folder / "report.pub"))
    ring.report_policy = str(folder / "policy.json")
    keyservice.draft_policy(
        out=ring.report_policy, name="Tijori trust policy", expires="2099-12-31",
        custodians=[ring.pub("cust1"), ring.pub("cust2")], custodian_threshold=2,
        auditors=[ring.pub("aud")], auditor_threshold=1, admins=[ring.pub("admin")],
        admin_threshold=1, report_signers=[str(folder / "report.pub")])
    keyservice.sign_policy(ring.report_policy, ring.key("admin"), KEY_PASSPHRASE)
    return ring


# -- the Record dialogs, opened from the main window -------------------------------------


def open_record(qtbot, window: MainWindow, key: str, holding: int | None = None):
    dialog = window.record(key, holding)
    assert dialog.isVisible() and dialog in window.open_dialogs
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    if holding is not None and hasattr(dialog, "held"):
        qtbot.waitUntil(lambda: dialog.held is not None, timeout=10000)
    return dialog


def save(qtbot, window: MainWindow, dialog):
    """Click Save; the dialog closes (and is deleted) once the ledger has stored it."""
    assert dialog.save_button.isEnabled(), dialog.missing.text()
    with qtbot.waitSignal(dialog.recorded, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert all(open_dialog is not dialog for open_dialog in window.open_dialogs)
    return blocker.args[0]


def holdings(qtbot, ctx) -> list[dict]:
    return in_ledger(qtbot, ctx, lambda ledger: list(ledger_views.holdings(ledger)))


def create_ledger(qtbot, tmp_path: Path) -> tuple[Controller, MainWindow]:
    controller = Controller()
    start = controller.start
    qtbot.addWidget(start)
    start.show()
    start.operator.setText(ACTOR)
    qtbot.mouseClick(start.new_button, LEFT)
    path = tmp_path / "reserves.tijori"
    start.new_path.setText(str(path))
    qtbot.keyClicks(start.new_passphrase, LEDGER_PASSPHRASE)
    qtbot.keyClicks(start.new_again, LEDGER_PASSPHRASE)
    assert start.create_button.isEnabled(), start.create_error.text()
    qtbot.mouseClick(start.create_button, LEFT)
    qtbot.waitUntil(lambda: bool(controller.windows), timeout=30000)
    window = controller.windows[0]
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow) and window.isVisible() and not start.isVisible()
    assert window.ctx.path == str(path.resolve()) and path.is_file()
    assert "reserves.tijori" in window.windowTitle() and ACTOR in window.windowTitle()
    assert in_ledger(qtbot, window.ctx, ledger_views.sites) == []
    return controller, window


def record_everything(qtbot, window: MainWindow, modals) -> dict[str, int]:
    """Sites, one holding of each kind, movements, a token and its supply; their ids."""
    for code, name, kind in (("VLT", "Main vault", "vault"), ("WH", "Bonded warehouse",
                             "warehouse"), ("TF", "Tank farm", "tank-farm"),
                             ("GS", "Gas storage", "gas-storage")):
        dialog = open_record(qtbot, window, "site")
        fill(dialog.form, code=code, name=name, kind=kind)
        assert save(qtbot, window, dialog)["code"] == code

    ids = {}
    for serial in ("B-1", "B-2"):
        dialog = open_record(qtbot, window, "bar")
        fill(dialog.form, site="VLT", metal="gold", brand="PAMP", serial=serial, year="2022",
             gross="400.100", fineness="999.9", location="A-1")
        assert dialog.fine_label.text() == "400.060 ozt"
        assert "Good Delivery" in dialog.status_label.text()
        ids[serial] = save(qtbot, window, dialog)["id"]

    dialog = open_record(qtbot, window, "lot")
    fill(dialog.form, site="WH", metal="copper", warrant="W-1", brand="KGHM", shape="cathode",
         grade="Cu-CATH-1", bundles="10", gross_t="25.300", net_t="25.100")
    assert "within tolerance" in dialog.status_label.text()
    ids["lot"] = save(qtbot, window, dialog)["id"]

    dialog = open_record(qtbot, window, "tank")
    fill(dialog.form, site="TF", code="t-1", commodity="diesel")
    ids["tank"] = save(qtbot, window, dialog)["id"]
    dialog = open_record(qtbot, window, "gauging", ids["tank"])
    assert dialog.tank.currentData() == "T-1"
    fill(dialog.form, tov="5000", temperature="20", density="845.0")
    shown = dialog.cells["nsv_m3"].text()
    assert shown != "—"
    assert save(qtbot, window, dialog)["holding"]["nsv_m3"] == shown
    ids["nsv"] = shown

    dialog = open_record(qtbot, window, "gas")
    fill(dialog.form, site="GS", code="gs-1")
    fill(dialog.storage, working_volume="1000000", cushion_volume="400000",
         gcv_mj_per_sm3="39.5")
    assert dialog.energy.text() == "37438.771 MMBtu"
    ids["gas"] = save(qtbot, window, dialog)["id"]

    dialog = open_record(qtbot, window, "transfer", ids["B-1"])
    fill(dialog.form, to_site="WH", location="R-1")
    assert save(qtbot, window, dialog)["site"] == "WH"

    dialog = open_record(qtbot, window, "withdraw", ids["B-2"])
    assert "PAMP B-2" in dialog.found.text()
    save(qtbot, window, dialog)  # "Withdraw this holding?" answered Yes
    assert modals.kinds() == ["ask"] and "PAMP B-2" in modals.texts()

    dialog = open_record(qtbot, window, "adjust", ids["B-1"])
    fill(dialog.bar, fineness="999.5")
    assert not dialog.save_button.isEnabled()  # a reason is required
    fill(dialog.form, reason="re-assayed by the refiner")
    assert save(qtbot, window, dialog)["fineness"] == "999.5"

    dialog = open_record(qtbot, window, "token")
    fill(dialog.form, symbol="pkg", commodity="gold", per_token="1")
    assert dialog.unit.currentText() == "ozt"
    save(qtbot, window, dialog)
    dialog = open_record(qtbot, window, "supply")
    assert dialog.symbol.currentData() == "PKG"
    fill(dialog.form, supply="1000", source="chain")
    save(qtbot, window, dialog)
    assert window.open_dialogs == []
    return ids


def assert_recorded(qtbot, ctx, ids: dict) -> None:
    held = {h["id"]: h for h in holdings(qtbot, ctx)}
    assert ids["B-2"] not in held  # withdrawn
    assert sorted(h["kind"] for h in held.values()) == ["bar", "gas", "lot", "tank"]
    bar = held[ids["B-1"]]
    assert (bar["serial"], bar["site"], bar["location"], bar["fineness"], bar["fine_oz"]) == (
        "B-1", "WH", "R-1", "999.5", "399.900")
    assert (held[ids["lot"]]["warrant"], held[ids["lot"]]["net_t"]) == ("W-1", "25.100")
    assert (held[ids["tank"]]["code"], held[ids["tank"]]["nsv_m3"]) == ("T-1", ids["nsv"])
    assert held[ids["gas"]]["energy_mmbtu"] == "37438.771"
    [token] = in_ledger(qtbot, ctx, tokens.tokens)
    assert (token["symbol"], token["commodity"], token["supply"]) == ("PKG", "gold", "1000")
    kinds = [e["kind"] for e in in_ledger(qtbot, ctx, ledger_views.journal_log)]
    assert kinds == ["ledger.created", *["site.added"] * 4, "bar.received", "bar.received",
                     "lot.received", "tank.added", "tank.gauged", "gas.recorded",
                     "holding.transferred", "holding.withdrawn", "holding.adjusted",
                     "token.added", "token.supply"]


def import_lists(qtbot, window: MainWindow, tmp_path: Path) -> None:
    ctx = window.ctx
    page = window.show_page("import")
    assert window.current_page() is page
    qtbot.waitUntil(lambda: page.site_combo.count() == 2, timeout=10000)  # VLT and WH
    before = len(holdings(qtbot, ctx))

    bad = tmp_path / "bad.csv"
    bad.write_text(BAD, encoding="utf-8")
    choose(page, bad)
    run_check(qtbot, page)
    rows = page.problem_rows()
    assert [(line, column) for line, column, _ in rows] == [(3, "gross_oz")]
    assert "not a number" in rows[0][2]
    assert not page.import_button.isEnabled()
    assert len(holdings(qtbot, ctx)) == before  # nothing stored

    good = tmp_path / "good.csv"
    good.write_text(GOOD, encoding="utf-8")
    choose(page, good)
    run_check(qtbot, page)
    assert page.problem_rows() == []
    assert page.import_button.text() == "Import 3 bars"
    with qtbot.waitSignal(page.imported, timeout=30000) as imported:
        qtbot.mouseClick(page.import_button, LEFT)
    assert imported.args[0]["imported"] == 3
    assert "Imported 3 bars into VLT" in page.status.text()
    vault = [h for h in holdings(qtbot, ctx) if h["site"] == "VLT"]
    assert sorted(h["serial"] for h in vault) == ["AB12345", "AB12346", "K778812"]
    assert len(holdings(qtbot, ctx)) == before + 3


# -- attesting, with the offline signer window --------------------------------------------


def sign_offline(qtbot, modals, keys, request: Path, signer: str, out: Path) -> None:
    """What the key holder does on the air-gapped PC, in signer mode."""
    win = SignerWindow()
    qtbot.addWidget(win)
    win.show()
    modals.files.append(keys.report_policy)
    qtbot.mouseClick(win.policy_button, LEFT)
    assert "custodian: 2 of 2" in win.policy_label.text()
    modals.files.append(keys.key(signer))
    qtbot.mouseClick(win.key_button, LEFT)
    role = "auditor" if signer == "aud" else "custodian"
    assert f"signs as: {role}" in win.key_label.text()
    modals.files.append(str(request))
    with qtbot.waitSignal(win.prepared_ready, timeout=30000) as prepared:
        qtbot.mouseClick(win.request_file_button, LEFT)
    assert prepared.args[0].ok, win.request_error.text()
    if win.needs_totals_confirmation:  # no leaves: the totals were not recomputed
        assert win.checklist.banner.text().startswith("SOME CHECKS COULD NOT BE MADE")
        win.accept_totals.setChecked(True)
    else:
        assert win.checklist.banner.text().startswith("CHECKS PASSED")
    assert CUSTODIAN in win.summary.toPlainText() and "PKG" in win.summary.toPlainText()
    qtbot.keyClicks(win.passphrase, KEY_PASSPHRASE)
    modals.files.append(str(out))
    with qtbot.waitSignal(win.signed, timeout=30000):
        qtbot.mouseClick(win.sign_button, LEFT)
    assert win.saved_to == str(out) and out.read_bytes() == win.response
    assert str(out) in win.response_label.text() and win.passphrase.text() == ""
    win.close()


def attest(qtbot, window: MainWindow, modals, keys, tmp_path: Path) -> dict:
    ctx = window.ctx
    page = window.show_page("attest")
    qtbot.waitUntil(lambda: page.scope.sites_list.count() == 4, timeout=10000)
    assert page.step == SCOPE
    assert sorted(page.scope.chosen_sites()) == ["GS", "TF", "VLT", "WH"]  # all, by default
    page.scope.custodian_edit.setText(CUSTODIAN)
    page.scope.policy_edit.setText(keys.report_policy)
    request = tmp_path / "q1.req.json"
    page.scope.out_edit.setText(str(request))
    with qtbot.waitSignal(page.settled, timeout=30000):
        qtbot.mouseClick(page.next_button, LEFT)
    assert page.step == REVIEW, page.status.text()
    leaves = tmp_path / "q1.leaves.jsonl"
    assert request.is_file() and leaves.is_file()
    body = attesting.open_request(str(request))["statement"]
    assert page.review.facts["tree"].text() == "7"  # 4 bars, a lot, a tank, a gas inventory
    assert page.review.facts["root"].text() == body["tree"]["root"]
    qtbot.mouseClick(page.next_button, LEFT)
    assert page.step == REQUEST and str(request) in page.request_step.request_label.text()
    qtbot.mouseClick(page.next_button, LEFT)
    assert page.step == SIGNATURES
    sign_step = page.sign_step
    assert not sign_step.finalise_button.isEnabled()

    usb = tmp_path / "usb"
    usb.mkdir()
    responses = [usb / f"{signer}.sig" for signer in SIGNERS]
    for signer, out in zip(SIGNERS, responses, strict=True):
        sign_offline(qtbot, modals, keys, request, signer, out)

    modals.files.append([str(p) for p in responses])
    with qtbot.waitSignal(sign_step.evaluated, timeout=30000):
        qtbot.mouseClick(sign_step.add_files_button, LEFT)
    assert sign_step.missing() == {}
    assert sign_step.responses_table.rowCount() == 3
    assert "Every threshold is met" in sign_step.message.text()
    assert sign_step.finalise_button.isEnabled()
    attestation = tmp_path / "q1.att.json"
    assert sign_step.out_edit.path == str(attestation)
    with qtbot.waitSignal(page.finalised, timeout=30000) as finalised, \
            qtbot.waitSignal(page.history.loaded, timeout=30000):
        qtbot.mouseClick(sign_step.finalise_button, LEFT)
    info = finalised.args[0]
    assert info["attestation_id"] == body["attestation_id"]
    assert attestation.is_file()
    assert "is final with 3 signatures" in page.done_label.text()

    history = in_ledger(qtbot, ctx, attesting.attestation_history)
    assert [h["attestation_id"] for h in history] == [body["attestation_id"]]
    kinds = [e["kind"] for e in in_ledger(qtbot, ctx, ledger_views.journal_log)]
    assert kinds[-1] == "attestation.finalized"
    assert page.history.table.item(0, 1).text() == body["attestation_id"]
    assert verifying.verify_file(str(attestation), keys.report_policy, leaves=str(leaves),
                                 parallel=False).ok
    return info


def export_report(qtbot, window: MainWindow, keys, info: dict, tmp_path: Path) -> Path:
    """From the finished attestation to the Reports page, and the signed PDF + JSON."""
    attest_page = window.pages["attest"]
    qtbot.mouseClick(attest_page.report_button, LEFT)
    page = window.pages["reports"]
    assert window.current_page() is page
    assert page.attestation_edit.path == info["attestation"]
    assert page.leaves_edit.path == info["leaves"]
    assert page.policy_edit.path == keys.report_policy
    qtbot.waitUntil(lambda: page.history_combo.count() == 2, timeout=10000)
    assert page.history_combo.currentData() == info["attestation_id"]
    page.key_edit.setText(keys.report_key)
    qtbot.keyClicks(page.passphrase_edit, REPORT_PASSPHRASE)
    pdf = tmp_path / "out" / "q1.pdf"
    pdf.parent.mkdir()
    page.out_edit.setText(str(pdf))
    assert page.json_box.isChecked()
    with qtbot.waitSignal(page.exported, timeout=120000) as exported:
        qtbot.mouseClick(page.export_button, LEFT)
    assert "Wrote the signed report" in page.status.text(), page.status.text()
    pages = exported.args[0]["pages"]
    assert page.page_count == pages >= 2
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == pages
    assert reader.attachments["attestation.json"][0] == Path(info["attestation"]).read_bytes()
    bundle = json.loads((tmp_path / "out" / "q1.json").read_bytes())
    assert bundle["envelope"] == json.loads(Path(info["attestation"]).read_bytes())
    return pdf


# -- the auditor's verifier, from the start screen ----------------------------------------


def verify_in_window(qtbot, modals, page: VerifyPage, path: Path) -> dict:
    modals.files.append(str(path))
    with qtbot.waitSignal(page.verified, timeout=60000) as blocker:
        qtbot.mouseClick(page.choose_button, LEFT)
    return blocker.args[0]


def verify_reports(qtbot, controller: Controller, modals, keys, pdf: Path,
                   tmp_path: Path) -> None:
    qtbot.mouseClick(controller.start.verify_button, LEFT)
    tool = controller.windows[-1]
    qtbot.addWidget(tool)
    page = tool.page
    assert isinstance(page, VerifyPage) and page.ctx is None and tool.isVisible()
    page.policy_field.setText(keys.report_policy)

    verdict = verify_in_window(qtbot, modals, page, pdf)
    assert verdict["valid"] is True
    assert page.banner.text() == "VALID"
    rows = page.checklist.row_texts()  # the Integrity block: every check ✓
    assert {mark for mark, _, _ in rows} == {"✓"} and len(rows) == len(verdict["integrity"])
    assert {"pdf signature intact", "pdf signer trusted"} <= {name for _, name, _ in rows}

    data = bytearray(pdf.read_bytes())
    spot = data.find(b"stream", 2000) + 40
    data[spot] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    verdict = verify_in_window(qtbot, modals, page, tampered)
    assert verdict["valid"] is False
    assert page.banner.text() == "NOT VALID"
    failed = {name: reason for mark, name, reason in page.checklist.row_texts() if mark == "✗"}
    assert failed.get("pdf signature intact"), failed
    assert "check(s) failed" in page.subject.text()
    tool.close()


@pytest.mark.timeout(300)
def test_from_a_new_ledger_to_a_verified_report(qtbot, tmp_path, modals, keys):
    controller, window = create_ledger(qtbot, tmp_path)
    ctx = window.ctx

    ids = record_everything(qtbot, window, modals)
    assert_recorded(qtbot, ctx, ids)

    import_lists(qtbot, window, tmp_path)

    info = attest(qtbot, window, modals, keys, tmp_path)
    pdf = export_report(qtbot, window, keys, info, tmp_path)
    shutil.copy(pdf, tmp_path / "kept.pdf")

    dashboard = window.show_page("dashboard")
    qtbot.waitUntil(lambda: info["attestation_id"][:16] in dashboard.attestation.text(),
                    timeout=20000)
    assert "1 attestation(s) in the chain" in dashboard.attestation.text()
    assert dashboard.attestation.toolTip() == info["attestation_id"]  # the whole id
    # B-1 (399.900 ozt fine after its adjustment) and the imported list (1199.635 ozt).
    assert "1,599.535" in dashboard.totals.text()
    assert "4 bars, 1 lot, 1 tank, 1 gas inventory" in dashboard.totals.text()
    assert dashboard.recent.topLevelItem(0).data(0, KIND_ROLE) == "bars.imported"
    assert modals.kinds() == ["ask"]  # the withdrawal's question; no warning, no bug

    window.close()  # the ledger is closed; the start screen is back
    assert controller.start.isVisible() and controller.windows == []
    assert not ctx.host._thread.isRunning()
    verify_reports(qtbot, controller, modals, keys, pdf, tmp_path)
    assert (tmp_path / "kept.pdf").read_bytes() == pdf.read_bytes()  # the original untouched
