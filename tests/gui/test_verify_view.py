"""The auditor's Verify view, driven as a user would: sample report green, tampered red."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from app.gui import settings
from app.gui.verify_view import VerifyPage
from app.services import verifying

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
    assert verdict["valid"] is True
    assert page.checklist.banner.text() == "VALID"
    rows = page.checklist.row_texts()
    names = [name for _, name, _ in rows]
    assert {"pdf signature intact", "pdf signer trusted", "root recomputed",
            "totals recomputed", "cover figures"} <= set(names)
    # Every check passed but one not made: the report is the third of its series and the
    # attestation before it was not given.
    assert {name for mark, name, _ in rows if mark != "✓"} == {"chain"}
    assert [c["check"] for c in verdict["checks"] if not c["done"]] == ["chain"]
    assert len(rows) == len(verdict["checks"])
    assert Path(settings.value("verify/policy")) == Path(POLICY).resolve()  # remembered
    assert not page.status.isVisibleTo(page) and not page.busy


def test_tampered_report_is_not_valid_and_says_why(qtbot, page, tmp_path, modals):
    data = bytearray((SAMPLES / "report.pdf").read_bytes())
    spot = data.find(b"stream", 2000) + 40
    data[spot] ^= 0x01
    bad = tmp_path / "edited.pdf"
    bad.write_bytes(bytes(data))
    verdict = verify(qtbot, page, lambda: page.open_path(str(bad)))
    assert verdict["valid"] is False
    assert page.checklist.banner.text() == "NOT VALID"
    failed = {name: reason for mark, name, reason in page.checklist.row_texts() if mark == "✗"}
    assert failed.get("pdf signature intact")  # failed, with its reason
    assert "check(s) failed" in page.subject.text()
    assert modals.messages == []  # a failing verdict is a result, not an error


def test_garbage_file_is_a_plain_message(qtbot, page, tmp_path, modals):
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\x00\x01 this is not a report \xff" * 50)
    job = page.open_path(str(junk))
    qtbot.waitUntil(lambda: bool(modals.messages), timeout=30000)
    assert job.done and job.error is not None
    assert modals.kinds() == ["warn"]
    assert "not a report, attestation or proof" in modals.texts()
    assert "Traceback" not in modals.texts()
    assert page.status.isVisibleTo(page) and "junk.bin" in page.status.text()
    assert page.checklist.banner.text() == "NOT CHECKED"


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
    assert view.open_path(str(SAMPLES / "report.pdf")) is None
    assert view.job is None
    assert view.findChild(type(view.status), "error_policy").isVisible()
    assert "trust policy" in view.status.text()


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
