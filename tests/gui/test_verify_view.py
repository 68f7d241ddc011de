"""The auditor's Verify view, driven as a user would: sample report green, tampered red.

The result has two blocks (Integrity, Findings) under one bottom line; a PDF gets a first
look (its signature, the embedded policy's words) before any policy is chosen; the
verification record is saved as PDF or text, with every input's SHA-256.
"""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from app import __version__
from app.gui import settings
from app.gui.verify_view import VerifyPage
from app.services import first_look, verifying

SAMPLES = Path(__file__).resolve().parents[2] / "reports" / "samples"
POLICY = str(SAMPLES / "policy.json")


@pytest.fixture
def page(qtbot):
    view = VerifyPage()
    qtbot.addWidget(view)
    view.policy_field.setText(POLICY)
    return view


def verify(qtbot, page, start):
    """Start a verification with `start()` and wait for its verdict on the page."""
    with qtbot.waitSignal(page.verified, timeout=60000) as blocker:
        job = start()
        assert job is not None
    return blocker.args[0]


def test_sample_report_is_valid_check_by_check(qtbot, page):
    verdict = verify(qtbot, page, lambda: page.open_path(str(SAMPLES / "report.pdf")))
    assert verdict["valid"] is True and verdict["outcome"] == "valid"
    assert page.banner.text() == "VALID"
    rows = page.checklist.row_texts()
    names = [name for _, name, _ in rows]
    assert {"pdf signature intact", "pdf signer trusted", "root recomputed",
            "totals recomputed", "cover figures"} <= set(names)
    # Every check passed but one not made: the report is the third of its series and the
    # attestation before it was not given.
    assert {name for mark, name, _ in rows if mark != "✓"} == {"chain"}
    assert [c["check"] for c in verdict["checks"] if not c["done"]] == ["chain"]
    # The Integrity block holds the integrity checks only; the findings are apart.
    assert len(rows) == len(verdict["integrity"]) == len(verdict["checks"]) - 2
    assert page.findings.row_texts() == [
        ("NOTE", "age", next(c["reason"] for c in verdict["findings"] if c["check"] == "age")),
        ("CLEAR", "scope", "every holding of the ledger (sites LDN-V1, REH-GS, RTM-TF)")]
    assert "0 failed, 1 not done" in page.integrity_box.heading.text()
    assert "nothing to weigh" in page.findings_box.heading.text()
    # The PDF's first look stays on the page, the verdict above it.
    assert page.first_look.isVisibleTo(page) and len(page.first_look.policy_words) == 8
    assert "never the copy inside" in page.first_look.note.text()
    assert page.record_button.isEnabled()
    assert Path(settings.value("verify/policy")) == Path(POLICY).resolve()  # remembered
    assert not page.status.isVisibleTo(page) and not page.busy


def test_tampered_report_is_not_valid_and_says_why(qtbot, page, tmp_path, modals):
    data = bytearray((SAMPLES / "report.pdf").read_bytes())
    spot = data.find(b"stream", 2000) + 40
    data[spot] ^= 0x01
    bad = tmp_path / "edited.pdf"
    bad.write_bytes(bytes(data))
    verdict = verify(qtbot, page, lambda: page.open_path(str(bad)))
    assert verdict["valid"] is False and verdict["outcome"] == "not valid"
    assert page.banner.text() == "NOT VALID"
    failed = {name: reason for mark, name, reason in page.checklist.row_texts() if mark == "✗"}
    assert failed.get("pdf signature intact")  # failed, with its reason
    assert "check(s) failed" in page.subject.text()
    assert "3 failed" in page.integrity_box.heading.text()
    # The first look said so too, before any policy: the PDF itself is not intact.
    look = page.first_look.look
    assert look is not None and look["intact"] is False
    assert modals.messages == []  # a failing verdict is a result, not an error


def test_garbage_file_is_a_plain_message(qtbot, page, tmp_path, modals):
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\x00\x01 this is not a report \xff" * 50)
    job = page.open_path(str(junk))
    qtbot.waitUntil(lambda: bool(modals.messages), timeout=30000)
    assert job.done and job.error is not None
    assert modals.kinds() == ["warn"]
    assert "is not a report, attestation" in modals.texts()
    assert "Traceback" not in modals.texts()
    assert page.status.isVisibleTo(page) and "junk.bin" in page.status.text()
    assert page.banner.text() == "NOT CHECKED"
    assert not page.record_button.isVisibleTo(page)


def test_dropping_a_file_starts_verification(qtbot, page):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SAMPLES / "attestation.json"))])
    page.leaves_field.setText(str(SAMPLES / "leaves.jsonl"))
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)

    def drop():
        page.dropEvent(event)
        return page.job

    verdict = verify(qtbot, page, drop)
    assert event.isAccepted()
    assert page.path == str(SAMPLES / "attestation.json")
    assert verdict["valid"] is True
    names = {name for _, name, _ in page.checklist.row_texts()}
    assert {"root recomputed", "totals recomputed"} <= names  # the leaves were used


def test_drop_without_files_is_ignored(qtbot, page):
    mime = QMimeData()
    mime.setText("not a file")
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)
    assert page.job is None and page.path == ""


def test_no_policy_chosen_asks_for_it_first(qtbot, modals):
    view = VerifyPage()
    qtbot.addWidget(view)
    view.show()
    assert view.open_path(str(SAMPLES / "attestation.json")) is None
    assert view.job is None
    assert view.findChild(type(view.status), "error_policy").isVisible()
    assert "trust policy" in view.status.text()


def test_a_pdf_gets_its_first_look_before_any_policy_and_no_verdict(qtbot, modals):
    view = VerifyPage()
    qtbot.addWidget(view)
    view.show()
    verdicts = []
    view.verified.connect(verdicts.append)
    with qtbot.waitSignal(view.looked, timeout=60000) as blocker:
        assert view.open_path(str(SAMPLES / "report.pdf")) is not None
    look = blocker.args[0]
    qtbot.waitUntil(lambda: not view.busy, timeout=10000)
    # The PDF's own signature, checked; the embedded policy's words, to compare.
    expected = first_look.first_look(str(SAMPLES / "report.pdf")).as_json()
    assert look == expected and look["intact"] is True
    assert [c["check"] for c in look["checks"]] == [
        "pdf signature present", "pdf signature intact", "pdf signature covers the whole file",
        "pdf attachments"]
    words = " ".join(expected["embedded_policy"]["words"])
    shown = view.first_look.text.toPlainText()
    assert words in shown and expected["signer"]["keyid"] in shown
    assert "not yet trusted" in shown
    # No verdict, and the page says the verdict needs the auditor's own policy.
    assert view.first_look.note.text().startswith("No verdict yet: the verdict needs the "
                                                  "trust policy you hold")
    assert verdicts == [] and not view.banner.isVisibleTo(view)
    assert not view.integrity_box.isVisibleTo(view) and not view.findings_box.isVisibleTo(view)
    assert not view.record_button.isVisibleTo(view)
    assert modals.messages == []
    # The policy chosen, the verdict follows, and the first look stays.
    view.policy_field.setText(POLICY)
    with qtbot.waitSignal(view.verified, timeout=60000) as blocker:
        assert view.verify() is not None
    assert blocker.args[0]["valid"] is True
    assert view.first_look.look == expected
    assert view.first_look.note.text().startswith("The verdict is against the trust policy")


def test_proof_file_on_its_own(qtbot, page):
    verdict = verify(qtbot, page, lambda: page.open_path(str(SAMPLES / "proof.json")))
    assert verdict["valid"] is True
    inclusion = [reason for _, name, reason in page.checklist.row_texts() if name == "inclusion"]
    as_of = json.loads(base64.b64decode(json.loads(
        (SAMPLES / "proof.json").read_bytes())["envelope"]["payload"]))["as_of"]
    assert inclusion and inclusion[0].endswith(
        f"under the attested root of the attestation as of {as_of}")


def test_look_up_one_holdings_proof_and_save_it(qtbot, page, tmp_path, modals):
    page.attestation_field.setText(str(SAMPLES / "attestation.json"))
    page.proof_leaves_field.setText(str(SAMPLES / "leaves.jsonl"))
    page.holding_field.setText("2")
    verdict = verify(qtbot, page, page.look_up_proof)
    assert verdict["valid"] is True
    assert "holding 2" in page.subject.text()
    assert page.save_proof_button.isEnabled()
    out = tmp_path / "proof-2.json"
    modals.files.append(str(out))
    page.save_proof_button.click()
    assert out.exists()
    assert verifying.verify_file(str(out), POLICY, parallel=False).ok


def test_unknown_holding_is_a_plain_message(qtbot, page, modals):
    page.attestation_field.setText(str(SAMPLES / "attestation.json"))
    page.proof_leaves_field.setText(str(SAMPLES / "leaves.jsonl"))
    page.holding_field.setText("999999")
    page.look_up_proof()
    qtbot.waitUntil(lambda: bool(modals.messages), timeout=30000)
    assert modals.kinds() == ["warn"]
    assert "999999" in modals.texts()
    assert not page.save_proof_button.isEnabled()


@pytest.mark.parametrize("suffix", [".pdf", ".txt"])
def test_save_the_verification_record(qtbot, page, tmp_path, modals, suffix):
    att, leaves = SAMPLES / "attestation.json", SAMPLES / "leaves.jsonl"
    page.leaves_field.setText(str(leaves))
    verdict = verify(qtbot, page, lambda: page.open_path(str(att)))
    assert verdict["valid"] is True and page.record_button.isEnabled()
    out = tmp_path / f"record{suffix}"
    modals.files.append(str(out))
    page.record_button.click()
    qtbot.waitUntil(lambda: out.exists() and not page.busy, timeout=30000)
    text = ("\n".join(p.extract_text() for p in PdfReader(out).pages) if suffix == ".pdf"
            else out.read_text(encoding="utf-8"))
    for path in (att, POLICY, leaves):
        assert hashlib.sha256(Path(path).read_bytes()).hexdigest() in text
    assert f"Tijori {__version__}" in text
    assert verdict["verified_at"] in text
    assert "root recomputed" in text and "Saved the verification record" in page.subject.text()
