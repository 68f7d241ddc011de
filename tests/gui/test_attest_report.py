"""The Attest and Report pages, driven through their widgets, with real keys, a real ledger,
real signing requests, responses (files and QR images), attestations and signed PDFs."""

from __future__ import annotations

import io
import json
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.domain.progress import Task
from app.gui import report_page
from app.gui.attest_page import REQUEST, REVIEW, SCOPE, SIGNATURES, AttestPage
from app.gui.report_page import ReportPage
from app.services import attesting, ledger_views, qr, recording, reporting, signing, verifying
from app.services import keys as keyservice
from app.services import tokens as tokenservice
from tests.attest_helpers import CUSTODIAN, KEY_PASSPHRASE, REPORT_KEY_PASSPHRASE, make_keyring
from tests.gui.conftest import in_ledger

REPORT_PASSPHRASE = REPORT_KEY_PASSPHRASE


@pytest.fixture(scope="module")
def ring(tmp_path_factory):
    """Keys made once: custodians cust1+cust2 (2 of 2), auditor aud, admin, a report signer;
    `ring.report_policy` names the report signer too."""
    folder = tmp_path_factory.mktemp("keys")
    ring = make_keyring(folder)
    report_key = folder / "report.key"
    keyservice.create_key("Report signer", str(report_key), REPORT_PASSPHRASE, "ecdsa-p256")
    keyservice.export_public(str(report_key), str(folder / "report.pub"))
    policy = folder / "policy-report.json"
    keyservice.draft_policy(
        out=str(policy), name="Tijori trust policy", expires="2099-12-31",
        custodians=[ring.pub("cust1"), ring.pub("cust2")], custodian_threshold=2,
        auditors=[ring.pub("aud")], auditor_threshold=1, admins=[ring.pub("admin")],
        admin_threshold=1, report_signers=[str(folder / "report.pub")])
    keyservice.sign_policy(str(policy), ring.key("admin"), KEY_PASSPHRASE)
    ring.report_policy = str(policy)
    ring.report_key = str(report_key)
    return ring


def stock(ledger) -> None:
    """Two gold bars in VLT (800.120 ozt fine) against a supply of 1000 PKG: a shortfall."""
    for serial in ("G-1", "G-2"):
        recording.add_bar(ledger, site="VLT", metal="gold", brand="PAMP", serial=serial,
                          year="2022", gross_oz="400.120", fineness="999.9")
    tokenservice.add_token(ledger, "PKG", "gold", "1 ozt")
    tokenservice.set_supply(ledger, "PKG", "1000", None, "chain")


def sign(ring, request: Path, signer: str, out: Path | None = None) -> Path:
    """What the signer's PC does (the signer window is tested elsewhere)."""
    out = out or request.with_name(f"{request.name}.{signer}.sig")
    signing.sign_request(str(request), key_path=ring.key(signer),
                         passphrase=lambda: KEY_PASSPHRASE, policy_path=ring.report_policy,
                         out=str(out), confirm=lambda prepared: True,
                         accept_unchecked_totals=True,
                         folder=request.parent / ".signers" / signer)
    return out


def open_attest(qtbot, ctx) -> AttestPage:
    page = AttestPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(lambda: page.scope.sites_list.count() == 5, timeout=10000)
    return page


def fill_scope(page: AttestPage, ring, request: Path, sites=("VLT",)) -> None:
    page.scope.custodian_edit.setText(CUSTODIAN)
    page.scope.tick_sites(list(sites))
    page.scope.policy_edit.setText(ring.report_policy)
    page.scope.out_edit.setText(str(request))


def build(qtbot, page: AttestPage) -> None:
    assert page.step == SCOPE
    with qtbot.waitSignal(page.settled, timeout=30000):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)


def add_responses(qtbot, page: AttestPage, modals, button, paths) -> None:
    modals.files.append([str(p) for p in paths])
    with qtbot.waitSignal(page.sign_step.evaluated, timeout=30000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_attest_from_scope_to_a_finalised_recorded_attestation(qtbot, ctx, ring, tmp_path,
                                                               modals, monkeypatch):
    in_ledger(qtbot, ctx, stock)
    page = open_attest(qtbot, ctx)
    request = tmp_path / "march.req.json"
    fill_scope(page, ring, request)
    build(qtbot, page)

    # (b) review: totals, the shortfall in red, the tree, no previous attestation.
    assert page.step == REVIEW, page.status.text()
    leaves = tmp_path / "march.leaves.jsonl"
    assert request.is_file() and leaves.is_file()
    review = page.review
    assert review.facts["tree"].text() == "2"
    assert review.facts["sites"].text().startswith("VLT")
    assert review.totals.item(0, 0).text() == "gold"
    assert review.totals.item(0, 1).text() == "800.120"
    assert review.shortfall_tokens() == ["PKG"]
    assert review.banner.isVisibleTo(page) and "PKG" in review.banner.text()
    assert review.tokens.item(0, 4).text() == "80.01 %"
    assert review.facts["previous"].text().startswith("none")
    body = attesting.open_request(str(request))["statement"]
    assert review.facts["root"].text() == body["tree"]["root"]

    # (c) the request as a file and as QR codes that read back to the same bytes.
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.step == REQUEST
    step = page.request_step
    assert str(request) in step.request_label.text() and str(leaves) in step.leaves_label.text()
    qtbot.mouseClick(step.qr_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: step.qr_view is not None, timeout=30000)
    assert step.qr_view.count >= 1
    frames = tmp_path / "frames"
    modals.files.append(str(frames))
    qtbot.mouseClick(step.save_qr_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrote" in step.message.text(), timeout=30000)
    assert qr.read_qr_images(sorted(frames.glob("*.png"))) == request.read_bytes()

    # (d) responses: one file, one as QR images, then the auditor's file.
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.step == SIGNATURES
    sign_step = page.sign_step
    assert not sign_step.finalise_button.isEnabled()
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    add_responses(qtbot, page, modals, sign_step.add_files_button,
                  [sign(ring, request, "cust1", elsewhere / "cust1.sig")])
    assert sign_step.missing() == {"custodian": ["cust2"], "auditor": ["aud"]}
    assert sign_step.roles_table.item(0, 3).text().startswith("✗ 1 more needed")
    assert not sign_step.finalise_button.isEnabled()

    cust2 = sign(ring, request, "cust2", elsewhere / "cust2.sig")
    images = qr.write_qr_frames(cust2.read_bytes(), tmp_path / "photos", stem="cust2")
    add_responses(qtbot, page, modals, sign_step.add_qr_button, images)
    kept = Path(attesting.response_path_for(request, ring.keyid("cust2")))
    assert kept.read_bytes() == cust2.read_bytes()  # kept beside the request, for resuming
    assert sign_step.missing() == {"auditor": ["aud"]}
    assert not sign_step.finalise_button.isEnabled()

    # The auditor's response by camera: its screen's codes, through the camera's sink.
    from app.attest.qrframes import split
    from app.gui import camera_scan
    from tests.gui.test_camera_scan import code, make_video

    aud = sign(ring, request, "aud", elsewhere / "aud.sig")
    video = make_video(tmp_path / "video", [code(t) for t in split(aud.read_bytes())])
    monkeypatch.setattr(camera_scan, "chosen_source", lambda: video)
    with qtbot.waitSignal(sign_step.evaluated, timeout=60000):
        assert sign_step.scan_response() is not None
    kept = Path(attesting.response_path_for(request, ring.keyid("aud")))
    assert kept.read_bytes() == aud.read_bytes()
    assert sign_step.missing() == {}
    assert sign_step.responses_table.rowCount() == 3
    assert "Every threshold is met" in sign_step.message.text()
    assert sign_step.finalise_button.isEnabled()

    attestation = tmp_path / "march.att.json"
    assert sign_step.out_edit.path == str(attestation)
    with qtbot.waitSignal(page.finalised, timeout=30000) as finalised, \
            qtbot.waitSignal(page.history.loaded, timeout=30000):
        qtbot.mouseClick(sign_step.finalise_button, Qt.MouseButton.LeftButton)
    info = finalised.args[0]
    assert info["attestation_id"] == body["attestation_id"]
    assert attestation.is_file() and "is final with 3 signatures" in page.done_label.text()

    # The ledger recorded it, and the history shows it as the first of the chain.
    history = in_ledger(qtbot, ctx, attesting.attestation_history)
    assert [h["attestation_id"] for h in history] == [body["attestation_id"]]
    kinds = [e["kind"] for e in in_ledger(qtbot, ctx, ledger_views.journal_log)]
    assert kinds[-1] == "attestation.finalized"
    assert page.history.table.rowCount() == 1
    assert page.history.table.item(0, 1).text() == body["attestation_id"]
    assert page.history.table.item(0, 4).text() == "first of the chain"
    assert verifying.verify_file(str(attestation), ring.report_policy,
                                 leaves=str(leaves)).ok
    assert modals.kinds() == []

    # A second attestation links to the first in the chain.
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.step == SCOPE
    second = tmp_path / "april.req.json"
    fill_scope(page, ring, second)
    build(qtbot, page)
    assert page.review.facts["previous"].text().startswith(body["attestation_id"])
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    add_responses(qtbot, page, modals, page.sign_step.add_files_button,
                  [sign(ring, second, who) for who in ("cust1", "cust2", "aud")])
    with qtbot.waitSignal(page.history.loaded, timeout=30000):
        qtbot.mouseClick(page.sign_step.finalise_button, Qt.MouseButton.LeftButton)
    assert page.history.table.rowCount() == 2
    assert page.history.table.item(0, 4).text().startswith("✓ follows " +
                                                           body["attestation_id"][:8])


def test_signing_is_resumed_from_the_request_file(qtbot, ctx, ring, tmp_path, modals):
    in_ledger(qtbot, ctx, stock)
    page = open_attest(qtbot, ctx)
    request = tmp_path / "may.req.json"
    fill_scope(page, ring, request, sites=("VLT", "WH"))
    build(qtbot, page)
    assert page.step == REVIEW
    sign(ring, request, "cust1")
    sign(ring, request, "aud")
    page.close()

    # Later, in a new window: the pending request is offered, and a request file may be
    # picked; the responses saved beside it are found again.
    later = open_attest(qtbot, ctx)
    assert later.pending_label.isVisibleTo(later) and str(request) in later.pending_label.text()
    modals.files.append(str(request))
    with qtbot.waitSignal(later.sign_step.evaluated, timeout=30000):
        qtbot.mouseClick(later.resume_button, Qt.MouseButton.LeftButton)
    assert later.step == SIGNATURES
    assert later.sign_step.responses_table.rowCount() == 2
    assert later.sign_step.missing() == {"custodian": ["cust2"]}
    assert later.review.facts["sites"].text().startswith("VLT")
    assert later.leaves_path == str(tmp_path / "may.leaves.jsonl")
    add_responses(qtbot, later, modals, later.sign_step.add_files_button,
                  [sign(ring, request, "cust2", tmp_path / "late.sig")])
    assert later.sign_step.finalise_button.isEnabled()


def test_a_bad_response_is_refused_with_its_reason(qtbot, ctx, ring, tmp_path, modals):
    in_ledger(qtbot, ctx, stock)
    page = open_attest(qtbot, ctx)
    first, other = tmp_path / "one.req.json", tmp_path / "two.req.json"
    fill_scope(page, ring, first)
    build(qtbot, page)
    page.start_over()
    fill_scope(page, ring, other)
    build(qtbot, page)
    page._go(SIGNATURES)
    stray = sign(ring, first, "cust1")
    modals.files.append([str(stray)])
    qtbot.mouseClick(page.sign_step.add_files_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "answers another request" in page.sign_step.message.text(),
                    timeout=3000)
    assert page.sign_step.responses == []


def test_invalid_scope_is_shown_next_to_the_fields(qtbot, ctx, ring, tmp_path):
    tmp_path = tmp_path / "files"
    tmp_path.mkdir()
    page = open_attest(qtbot, ctx)
    page.scope.custodian_edit.setText("")
    page.scope.tick_sites([])
    page.scope.policy_edit.setText(str(tmp_path / "missing.json"))
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.step == SCOPE and page.job is None
    assert page.scope.sites_error.text() == "Tick at least one site."
    error = page.scope.findChild(type(page.status), "error_policy_path")
    assert "There is no file" in error.text()
    assert list(tmp_path.iterdir()) == []


def test_cancelling_the_build_leaves_no_files(qtbot, ctx, ring, tmp_path, monkeypatch):
    tmp_path = tmp_path / "files"
    tmp_path.mkdir()
    in_ledger(qtbot, ctx, stock)
    page = open_attest(qtbot, ctx)
    request = tmp_path / "june.req.json"
    fill_scope(page, ring, request)
    seen, clicked = gate_first_progress(monkeypatch, attesting, "make_request")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(seen.is_set, timeout=10000)
    assert page.progress.cancel_button.isVisible()
    with qtbot.waitSignal(page.settled, timeout=30000):
        qtbot.mouseClick(page.progress.cancel_button, Qt.MouseButton.LeftButton)
        clicked.set()
    assert page.step == SCOPE
    assert "Cancelled: no request was written" in page.status.text()
    assert list(tmp_path.iterdir()) == []


def gate_first_progress(monkeypatch, module, name: str):
    """Hold the service `module.name` at its first progress report until the test clicks.

    The service runs on a worker thread; it waits there (`clicked`) after telling the
    test (`seen`) that it has started, so the click lands while the work is under way.
    """
    seen, clicked = threading.Event(), threading.Event()
    original = getattr(module, name)

    def gated(*args, task, **kwargs):
        def progress(done, total):
            task.progress(done, total)
            if not seen.is_set():
                seen.set()
                clicked.wait(10)

        return original(*args, task=Task(progress, task.cancelled), **kwargs)

    monkeypatch.setattr(module, name, gated)
    return seen, clicked


def finalised_attestation(qtbot, ctx, ring, folder: Path) -> tuple[Path, Path, str]:
    """An attestation made through the services and recorded in the ledger."""
    request, leaves = folder / "q1.req.json", folder / "q1.leaves.jsonl"

    def make(ledger):
        stock(ledger)
        return attesting.make_request(ledger, policy_path=ring.report_policy, out=str(request),
                                      leaves_out=str(leaves), custodian=CUSTODIAN)

    made = in_ledger(qtbot, ctx, make)
    responses = [str(sign(ring, request, who)) for who in ("cust1", "cust2", "aud")]
    attestation = folder / "q1.att.json"
    in_ledger(qtbot, ctx, lambda ledger: attesting.finalize(
        str(request), responses, out=str(attestation), ledger=ledger))
    return attestation, leaves, made["statement"]["attestation_id"]


def open_report(qtbot, ctx) -> ReportPage:
    page = ReportPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def test_report_exported_previewed_and_verified(qtbot, ctx, ring, tmp_path, monkeypatch):
    attestation, leaves, attestation_id = finalised_attestation(qtbot, ctx, ring, tmp_path)
    page = open_report(qtbot, ctx)
    qtbot.waitUntil(lambda: page.history_combo.count() == 2, timeout=10000)
    # Chosen from the history: not made in this GUI, so the ledger's copy is used.
    with qtbot.waitSignal(page.settled, timeout=10000):
        page.history_combo.setCurrentIndex(1)
        page.history_combo.activated.emit(1)
    assert Path(page.attestation_edit.path).read_bytes() == attestation.read_bytes()
    page.leaves_edit.setText(str(leaves))
    page.policy_edit.setText(ring.report_policy)
    page.key_edit.setText(ring.report_key)
    page.passphrase_edit.setText(REPORT_PASSPHRASE)
    page.proofs_edit.setText("1")
    pdf = tmp_path / "out" / "q1.pdf"
    pdf.parent.mkdir()
    page.out_edit.setText(str(pdf))
    with qtbot.waitSignal(page.exported, timeout=120000) as exported:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    info = exported.args[0]
    assert "Wrote the signed report" in page.status.text()
    assert page.passphrase_edit.text() == ""

    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    assert len(reader.pages) == info["pages"] >= 2
    assert reader.attachments["attestation.json"][0] == attestation.read_bytes()
    assert "proof-1.json" in reader.attachments
    bundle = json.loads((tmp_path / "out" / "q1.json").read_bytes())
    assert bundle["envelope"] == json.loads(attestation.read_bytes())
    verdict = verifying.verify_file(str(pdf), ring.report_policy)
    assert verdict.ok, [c for c in verdict.checks if not c.passed]
    assert attestation_id in reporting_cover(pdf)

    # The built-in preview holds the report's pages; the system viewer gets the path.
    assert page.page_count == info["pages"]
    opened = []
    monkeypatch.setattr(report_page, "open_externally", lambda path: opened.append(path) or True)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(pdf)]


def test_cancelling_the_report_leaves_no_files(qtbot, ctx, ring, tmp_path, monkeypatch):
    attestation, leaves, _ = finalised_attestation(qtbot, ctx, ring, tmp_path)
    page = open_report(qtbot, ctx)
    page.attestation_edit.setText(str(attestation))
    page.leaves_edit.setText(str(leaves))
    page.policy_edit.setText(ring.report_policy)
    page.key_edit.setText(ring.report_key)
    page.passphrase_edit.setText(REPORT_PASSPHRASE)
    out = tmp_path / "out"
    out.mkdir()
    page.out_edit.setText(str(out / "q1.pdf"))
    seen, clicked = gate_first_progress(monkeypatch, reporting, "make_report")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(seen.is_set, timeout=30000)
    assert page.progress.cancel_button.isVisible()
    with qtbot.waitSignal(page.settled, timeout=30000):
        qtbot.mouseClick(page.progress.cancel_button, Qt.MouseButton.LeftButton)
        clicked.set()
    assert "Cancelled: no report was written" in page.status.text()
    assert page.export_button.isEnabled()
    assert list(out.iterdir()) == []


def reporting_cover(pdf: Path) -> str:
    from app.services import reporting

    return reporting.cover_text(pdf.read_bytes())


def test_wrong_key_passphrase_is_shown_next_to_the_field(qtbot, ctx, ring, tmp_path):
    attestation, leaves, _ = finalised_attestation(qtbot, ctx, ring, tmp_path)
    page = open_report(qtbot, ctx)
    page.attestation_edit.setText(str(attestation))
    page.leaves_edit.setText(str(leaves))
    page.policy_edit.setText(ring.report_policy)
    page.key_edit.setText(ring.report_key)
    page.passphrase_edit.setText("not the passphrase")
    page.public_box.setChecked(True)
    pdf = tmp_path / "public.pdf"
    page.out_edit.setText(str(pdf))
    with qtbot.waitSignal(page.settled, timeout=120000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    error = page.findChild(type(page.status), "error_passphrase")
    assert "wrong passphrase" in error.text()
    assert not pdf.exists() and not (tmp_path / "public.json").exists()
    assert page.export_button.isEnabled() and not page.open_button.isEnabled()


def counted(ring, attestation: Path, leaves: Path, folder: Path) -> Path:
    """The auditor's count of the attestation (through the services): every holding found."""
    from app.services import auditing, counting

    plan = folder / "plan.json"
    auditing.make_plan(str(attestation), str(leaves), ring.report_policy, confidence="60",
                       tolerable_rate="40", nonce_file=str(folder / "nonce.txt"), out=str(plan))
    body = auditing.load_plan(plan.read_bytes())
    held = {h["index"]: json.loads(h["leaf"])["holding"] for h in body["holdings"]}
    rows = []
    for item, row in ((i, dict(zip(counting.COLUMNS, r, strict=True)))
                      for i, r in zip(counting.walk_order(counting.planned(body)),
                                      counting.sheet_rows(body), strict=True)):
        h = held[item.index]
        row.update(found="yes", serial_read=h["serial"], brand_read=h["brand"],
                   measured=h["gross_oz"])
        rows.append((item, row))
    out = folder / "count.json"
    counting.record_rows(body, rows, [], ring.key("aud"), KEY_PASSPHRASE, out=str(out),
                         counted_by="A. Khan", witnessed_by="B. Auditor")
    return out


def test_a_report_with_the_auditors_count(qtbot, ctx, ring, tmp_path):
    attestation, leaves, _ = finalised_attestation(qtbot, ctx, ring, tmp_path)
    count = counted(ring, attestation, leaves, tmp_path)
    page = open_report(qtbot, ctx)
    page.attestation_edit.setText(str(attestation))
    page.leaves_edit.setText(str(leaves))
    page.policy_edit.setText(ring.report_policy)
    page.key_edit.setText(ring.report_key)
    page.passphrase_edit.setText(REPORT_PASSPHRASE)
    page.count_edit.setText(str(count))
    pdf = tmp_path / "counted.pdf"
    page.out_edit.setText(str(pdf))
    page.json_box.setChecked(False)
    with qtbot.waitSignal(page.exported, timeout=120000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    assert reader.attachments["count.json"][0] == count.read_bytes()
    assert any("Physical count" in (p.extract_text() or "") for p in reader.pages)
    verdict = verifying.verify_file(str(pdf), ring.report_policy)
    assert verdict.ok and any(c.name == "count: results" and c.passed for c in verdict.checks)


def test_the_auditors_nonce_commitment_goes_into_the_request(qtbot, ctx, ring, tmp_path):
    from app.gui.attest_scope import ScopeStep

    scope = ScopeStep()
    qtbot.addWidget(scope)
    scope.policy_edit.setText(ring.report_policy)
    scope.out_edit.setText(str(tmp_path / "q.req.json"))
    scope.custodian_edit.setText("Test Custody")
    scope.commitment_edit.setText("XYZ")
    assert scope.request_arguments() is None  # 64 hex digits, or nothing
    commitment = "AB" * 32
    scope.commitment_edit.setText(commitment)
    arguments = scope.request_arguments()
    assert arguments is not None and arguments["audit_commitment"] == commitment
