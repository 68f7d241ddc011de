"""The Verify view leads with the summary of the signed statement, above the checks.

Read-only and selectable, a shortfall in red, and as wide as the page allows (a Merkle
root wraps rather than pushing the checks out of sight). The findings are a block of
their own: a shortfall is red there too, never a green tick.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from app.gui.checklist import FAIL_COLOUR, PASS_COLOUR
from app.gui.look import stylesheet
from app.gui.verify_view import VerifyPage
from app.reporting.cover import to_the_second
from app.services import figures
from tests.attest_helpers import KEY_PASSPHRASE, add_token, attest, draft_policy, statement_of

SAMPLES = Path(__file__).resolve().parents[2] / "reports" / "samples"
POLICY = str(SAMPLES / "policy.json")
RED = FAIL_COLOUR.lower()


@pytest.fixture(autouse=True)
def _key_passphrase(monkeypatch):
    monkeypatch.setenv("TIJORI_KEY_PASSPHRASE", KEY_PASSPHRASE)


@pytest.fixture
def page(qtbot):
    """The page at 1024×768 in the application's own style (its 11 pt type)."""
    app = QApplication.instance()
    before = app.styleSheet()
    app.setStyleSheet(stylesheet())
    view = VerifyPage()
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    yield view
    app.setStyleSheet(before)


def verify(qtbot, page, path, policy):
    page.policy_field.setText(str(policy))
    with qtbot.waitSignal(page.verified, timeout=60000) as blocker:
        assert page.open_path(str(path)) is not None
    return blocker.args[0]


def shown_lines(page) -> list[tuple[str, str]]:
    """Each line of the figures as drawn: (its text, the colour of its text)."""
    lines = []
    block = page.figures.text.document().begin()
    while block.isValid():
        colour = block.begin().fragment().charFormat().foreground().color().name()
        lines.append((block.text(), colour))
        block = block.next()
    return lines


def top_in(page, widget) -> int:
    """Where `widget` starts, down the page's result column."""
    column = page.figures.parentWidget()
    return widget.mapTo(column, widget.rect().topLeft()).y()


def test_the_sample_reports_figures_stand_above_the_checks(qtbot, page):
    verdict = verify(qtbot, page, SAMPLES / "report.pdf", POLICY)
    assert verdict["valid"] is True
    body = statement_of(SAMPLES / "attestation.json")
    expected = [str(line) for line in figures.signed_figures(body)]
    assert verdict["figures"] == expected
    assert page.figures.isVisibleTo(page)
    shown = [text for text, _ in shown_lines(page)]
    # The statement's figures, and the as-of's age at this verification under the as-of.
    age = shown.pop(2)
    assert age.startswith("Age at this verification (") and age == verdict["summary"]["lines"][2]
    assert shown == expected
    assert verdict["summary"]["lines"][:2] + verdict["summary"]["lines"][3:] == expected
    assert f"As of (UTC): {to_the_second(body['as_of'])}" in expected
    assert page.figures.heading.text().startswith("Summary, read from the statement")
    # The summary first, then the findings, then the integrity checks, in one column.
    assert page.figures.geometry().bottom() < top_in(page, page.findings)
    assert top_in(page, page.findings) < top_in(page, page.checklist)
    # Read-only, selectable, and copied as shown.
    text = page.figures.text
    assert text.isReadOnly()
    assert text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    text.selectAll()
    copied = text.textCursor().selectedText().replace("\u2029", "\n").split("\n")
    assert copied[:2] + copied[3:] == expected
    # Nothing wider than the column: the Merkle root wraps, the checks stay in view.
    viewport = page.figures.parentWidget().parentWidget()
    assert page.figures.geometry().right() <= viewport.width()
    assert page.checklist.geometry().right() <= viewport.width()
    assert all(colour != RED for _, colour in shown_lines(page))


def test_a_shortfall_is_red_and_nothing_else_is(qtbot, page, stocked, cli, ring, tmp_path):
    assert cli("token", "supply", "PKG", "--supply", "5000", "--source", "chain").code == 0
    add_token(cli, "SLV", commodity="silver", supply="0")
    att, leaves, _ = attest(cli, ring, tmp_path, "short")
    page.leaves_field.setText(str(leaves))
    verdict = verify(qtbot, page, att, ring.policy)
    assert verdict["valid"] is True
    red = [text for text, colour in shown_lines(page) if colour == RED]
    assert len(red) == 2
    assert red[0].startswith("PKG: ") and "SHORTFALL of" in red[0]
    assert red[1].startswith("PKG supply 5,000 × 1 ozt")
    assert "SLV: nothing required" in [text for text, _ in shown_lines(page)]
    assert page.figures.alerts() == red
    # In the Findings block, first and red, in words; never a green tick beside it.
    assert page.findings.row_texts()[0][:2] == ("ALERT", "shortfall PKG")
    assert page.findings.colours()["shortfall PKG"] == FAIL_COLOUR
    assert all(colour != PASS_COLOUR for name, colour in page.findings.colours().items()
               if "shortfall" in name)
    assert "shortfall PKG" not in {name for _, name, _ in page.checklist.row_texts()}
    assert FAIL_COLOUR in page.findings_box.heading.styleSheet()
    assert page.banner.text() == "VALID, WITH 1 FINDING(S) TO WEIGH"


def test_figures_of_a_statement_that_does_not_verify_are_headed_not_valid(
        qtbot, page, stocked, cli, ring, tmp_path):
    att, _, _ = attest(cli, ring, tmp_path, "plain")
    other = draft_policy(ring, tmp_path / "other.json", custodians=("outsider",),
                         custodian_threshold=1)
    verdict = verify(qtbot, page, att, other)
    assert verdict["valid"] is False
    assert "NOT VALID" in page.figures.heading.text()
    assert "Summary" not in page.figures.heading.text()
    assert FAIL_COLOUR in page.figures.heading.styleSheet()
    assert "does not verify" in page.findings_box.heading.text()


def test_figures_go_when_the_next_file_cannot_be_read(qtbot, page, tmp_path, modals):
    verify(qtbot, page, SAMPLES / "report.pdf", POLICY)
    assert page.figures.isVisibleTo(page)
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"not a report" * 40)
    job = page.open_path(str(junk))
    qtbot.waitUntil(lambda: job.done and bool(modals.messages), timeout=30000)
    assert not page.figures.isVisibleTo(page)
    assert page.figures.lines == []


def test_the_help_text_names_the_json_bundle(page):
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert any("report.json" in text and "JSON bundle" in text for text in texts)
