"""Publish for token holders, on the Reports page: a real attestation, real proofs, a real
public report and the folder on disk; only the file dialogs and the browser are replaced."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel

from app.domain.progress import Task
from app.services import publishing, verifying
from tests.gui.test_attest_report import (
    REPORT_PASSPHRASE,
    finalised_attestation,
    open_report,
    ring,  # noqa: F401 (a fixture)
)


@pytest.fixture
def page(qtbot, ctx, ring, tmp_path):  # noqa: F811 (the fixture above)
    """The Reports page with an attestation of two bars, its policy and leaves filled in."""
    attestation, leaves, attestation_id = finalised_attestation(qtbot, ctx, ring, tmp_path)
    page = open_report(qtbot, ctx)
    page.attestation_edit.setText(str(attestation))
    page.leaves_edit.setText(str(leaves))
    page.policy_edit.setText(ring.report_policy)
    page.attestation, page.attestation_id = attestation, attestation_id
    return page


def error(page, name: str) -> str:
    label = page.findChild(QLabel, f"error_{name}")
    return label.text() if label.isVisible() else ""


def press_publish(qtbot, box) -> None:
    with qtbot.waitSignal(box.settled, timeout=60000):
        qtbot.mouseClick(box.publish_button, Qt.MouseButton.LeftButton)


def test_publishing_writes_the_holders_folder_and_opens_its_page(
        qtbot, page, ring, tmp_path, modals, monkeypatch):  # noqa: F811
    # The public report first, through the page: it becomes the one to publish.
    page.key_edit.setText(ring.report_key)
    page.passphrase_edit.setText(REPORT_PASSPHRASE)
    page.public_box.setChecked(True)
    pdf = tmp_path / "public.pdf"
    page.out_edit.setText(str(pdf))
    with qtbot.waitSignal(page.exported, timeout=120000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    box = page.publish_box
    assert box.report_edit.path == str(pdf)

    box.proofs_edit.setText("1, 2")
    box.max_age_edit.setText("35d")
    out = tmp_path / "reserves"
    modals.files.append(str(out))  # the folder chosen in the dialog (a new one)
    box.out_edit.browse()
    assert box.out_edit.path == str(out)
    with qtbot.waitSignal(box.published, timeout=60000) as published:
        press_publish(qtbot, box)
    info = published.args[0]

    assert {p.name for p in out.iterdir()} == {"index.html", "attestation.json",
                                               "policy.json", "proofs", "report.pdf"}
    assert (out / "attestation.json").read_bytes() == page.attestation.read_bytes()
    assert (out / "policy.json").read_bytes() == Path(ring.report_policy).read_bytes()
    assert (out / "report.pdf").read_bytes() == pdf.read_bytes()
    assert sorted(p.name for p in (out / "proofs").iterdir()) == ["1.json", "2.json"]
    for holding in ("1", "2"):
        proof = out / "proofs" / f"{holding}.json"
        verdict = verifying.verify_file(str(proof), ring.report_policy)
        assert verdict.ok, [c for c in verdict.checks if not c.passed]
        assert json.loads(json.loads(proof.read_bytes())["leaf"])["holding"]["id"] \
            == int(holding)
    assert '"max_age_seconds":3024000' in (out / "index.html").read_text(encoding="utf-8")
    assert info["proofs"] == 2 and info["report"]

    status = box.status.text()
    assert str(out) in status and "2 inclusion proofs" in status, status
    assert "public report is beside them" in status
    assert modals.kinds() == []

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert box.open_button.isEnabled()
    qtbot.mouseClick(box.open_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(out / "index.html"))]
    assert opened[0].isLocalFile() and opened[0].toLocalFile().endswith("/index.html")


def test_a_folder_in_use_is_refused_with_the_services_message(qtbot, page, tmp_path, modals):
    box = page.publish_box
    out = tmp_path / "in-use"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    box.proofs_edit.setText("1")
    box.out_edit.setText(str(out))
    press_publish(qtbot, box)
    assert "exists and is not an empty folder; choose a new one" in box.status.text()
    assert "exists and is not an empty folder" in error(page, "publish_out")
    assert [p.name for p in out.iterdir()] == ["notes.txt"]
    assert not box.open_button.isEnabled() and box.publish_button.isEnabled()
    assert modals.kinds() == []


def test_a_holding_not_in_the_attestation_is_refused_and_nothing_written(qtbot, page,
                                                                         tmp_path, modals):
    box = page.publish_box
    out = tmp_path / "reserves"
    box.proofs_edit.setText("1 99")
    box.out_edit.setText(str(out))
    press_publish(qtbot, box)
    assert box.status.text() == f"holding 99 is not in attestation {page.attestation_id}"
    assert not out.exists()
    assert modals.kinds() == []


def test_a_bad_maximum_age_is_refused_before_anything_runs(qtbot, page, tmp_path, modals):
    box = page.publish_box
    out = tmp_path / "reserves"
    box.max_age_edit.setText("35x")
    box.out_edit.setText(str(out))
    qtbot.mouseClick(box.publish_button, Qt.MouseButton.LeftButton)
    assert box.job is None
    assert error(page, "publish_max_age") == ("The maximum age '35x' is not an age such as "
                                              "35d, 12h, 90m or 5w")
    assert "Put right what is marked" in box.status.text()
    assert not out.exists() and modals.kinds() == []
    box.max_age_edit.setText("35d")  # put right, the message goes
    assert error(page, "publish_max_age") == ""


def test_proofs_need_the_leaves_and_ids_are_whole_numbers(qtbot, page, tmp_path):
    box = page.publish_box
    out = tmp_path / "reserves"
    box.out_edit.setText(str(out))
    box.proofs_edit.setText("1, x7")
    qtbot.mouseClick(box.publish_button, Qt.MouseButton.LeftButton)
    assert "'x7' is not a holding id" in error(page, "publish_proofs")
    box.proofs_edit.setText("1")
    page.leaves_edit.setText("")
    qtbot.mouseClick(box.publish_button, Qt.MouseButton.LeftButton)
    assert box.job is None
    assert "Proofs are made from the leaves" in box.status.text()
    assert "Proofs are made from the leaves" in error(page, "leaves")
    assert not out.exists()


def test_ids_from_a_file_without_proofs_typed(qtbot, page, tmp_path, modals):
    box = page.publish_box
    listing = tmp_path / "published-holdings.txt"
    listing.write_text("# the holdings we publish\n2\n")
    modals.files.append(str(listing))
    box.proofs_file_edit.browse()
    out = tmp_path / "reserves"
    box.out_edit.setText(str(out))
    press_publish(qtbot, box)
    assert sorted(p.name for p in (out / "proofs").iterdir()) == ["2.json"]
    assert "1 inclusion proof." in box.status.text()


def gate_publishing(monkeypatch):
    """Hold `publishing.publish` at its first progress report until the test has clicked
    Cancel; then it looks at the cancel flag, as it does every 100,000 leaves of a large
    leaves file (two leaves give it no later moment to)."""
    seen, clicked = threading.Event(), threading.Event()
    original = publishing.publish

    def gated(*, task, **kwargs):
        def progress(done, total):
            task.progress(done, total)
            if not seen.is_set():
                seen.set()
                clicked.wait(10)
                task.check("publishing")

        return original(task=Task(progress, task.cancelled), **kwargs)

    monkeypatch.setattr(publishing, "publish", gated)
    return seen, clicked


def test_cancelling_publishing_writes_nothing(qtbot, page, tmp_path, monkeypatch):
    box = page.publish_box
    out = tmp_path / "reserves"
    box.proofs_edit.setText("1")
    box.out_edit.setText(str(out))
    seen, clicked = gate_publishing(monkeypatch)
    qtbot.mouseClick(box.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(seen.is_set, timeout=30000)
    assert box.progress.cancel_button.isVisible() and not box.publish_button.isEnabled()
    with qtbot.waitSignal(box.settled, timeout=30000):
        qtbot.mouseClick(box.progress.cancel_button, Qt.MouseButton.LeftButton)
        clicked.set()
    assert box.status.text() == "Cancelled: nothing was published."
    assert box.publish_button.isEnabled() and not out.exists()
