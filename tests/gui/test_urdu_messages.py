"""What the layers below the GUI say (errors, checks' reasons, passphrase advice) reads in
Urdu in the Urdu application, while the CLI and files keep the English.

They write `Message`s (app/domain/messages.py): English sentences that keep their template
and fields. `i18n.say` looks the template up in the context "Messages" of the .ts and
fills in the fields, a field that is itself a message said the same way.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from app.domain import passphrase
from app.domain.errors import CheckFailed, InvalidInput
from app.domain.messages import joined, msg
from app.gui import settings
from app.gui.i18n import say
from app.gui.record_metals import BarReceiptDialog
from app.gui.start_window import StartWindow
from app.gui.strength_meter import StrengthMeter
from tests.gui.conftest import ACTOR, make_ledger
from tests.gui.test_record_dialogs import GOOD_BAR, error, fill, opened
from tests.gui.test_urdu import english_words, urdu  # noqa: F401 (urdu is a fixture)

pytestmark = pytest.mark.usefixtures("urdu")

URDU = re.compile("[\u0600-\u06ff]")


def in_urdu(text: str, *data: str) -> bool:
    """Urdu words, and no English ones but the names and data given."""
    return bool(URDU.search(text)) and english_words(text, data) == []


def test_an_error_is_said_in_urdu_with_its_values():
    error = InvalidInput(msg("wrong passphrase for {source}, or the file was altered",
                             source="vault.key"), "passphrase")
    said = say(error)
    assert in_urdu(said, "vault.key")
    assert "vault.key" in said
    assert str(error) == "wrong passphrase for vault.key, or the file was altered"


def test_a_message_inside_a_message_is_said_too():
    inner = msg("{count} days", count=3)
    outer = msg("as of {as_of}: {age} old", as_of="2026-12-01T00:00:00Z", age=inner)
    said = say(outer)
    assert in_urdu(said) and "3" in said and "2026-12-01T00:00:00Z" in said
    # each field set apart (FSI … PDI), so that a time keeps its order in the Urdu
    assert "\u20682026-12-01T00:00:00Z\u2069" in said
    both = joined([msg("a single dictionary word"), msg("a keyboard pattern")])
    assert in_urdu(say(both)) and say(both).count(";") == 1


def test_a_translation_that_does_not_fit_its_fields_falls_back_to_english():
    message = msg("{count} days", count=3)
    message.fields = {"other": 1}  # the fields no longer match the template
    assert say(message) == "3 days"


def test_english_and_other_errors_read_as_they_are():
    assert say(OSError(2, "No such file or directory")) == "[Errno 2] No such file or directory"
    assert say("not a template anyone wrote") == "not a template anyone wrote"
    assert in_urdu(say(CheckFailed("Not final yet: {missing}.")))  # a plain literal template


def test_the_passphrase_meter_advises_in_urdu(qtbot):
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    meter.show()
    judged = passphrase.strength("password1")
    assert judged.feedback.startswith("The passphrase is too easy to guess")
    meter.show_strength(judged)
    assert in_urdu(meter.feedback.text()), meter.feedback.text()
    short = passphrase.strength("Zq8#")
    meter.show_strength(short)
    assert in_urdu(meter.feedback.text(), "4"), meter.feedback.text()


def test_a_wrong_ledger_passphrase_is_said_in_urdu(qtbot, tmp_path):
    path = make_ledger(tmp_path / "kept.tijori")
    settings.remember_ledger(str(path))
    start = StartWindow()
    qtbot.addWidget(start)
    start.show()
    start.operator.setText(ACTOR)
    start.fill_recent()
    start.recent.itemActivated.emit(start.recent.item(0))
    qtbot.keyClicks(start.passphrase, "not the passphrase")
    qtbot.keyClick(start.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: start.unlock_error.text() != "", timeout=30000)
    assert in_urdu(start.unlock_error.text(), str(path), path.name), start.unlock_error.text()
    if start.host is not None:
        start.host.shutdown()


def test_a_bar_dialog_says_its_field_errors_in_urdu(qtbot, ctx):
    dialog = opened(qtbot, BarReceiptDialog, ctx)
    form = dialog.form
    fill(form, **GOOD_BAR)
    fill(form, fineness="1000.5")
    assert in_urdu(error(form, "fineness"), "1000.5"), error(form, "fineness")
    fill(form, fineness="999.9", gross="-5")
    assert in_urdu(error(form, "gross"), "gross_oz"), error(form, "gross")
    assert not dialog.save_button.isEnabled()


def test_the_verifier_shows_the_signed_figures_and_reasons_in_urdu(qtbot):
    """The sample report verified in Urdu: its figures (the cover's lines) and the checks'
    reasons read in Urdu, right to left, with the statement's own names and codes."""
    from app.gui.verify_view import VerifyPage
    from tests.gui.test_verify_view import POLICY, SAMPLES, verify

    page = VerifyPage()
    qtbot.addWidget(page)
    page.policy_field.setText(POLICY)
    verdict = verify(qtbot, page, lambda: page.open_path(str(SAMPLES / "report.pdf")))
    assert verdict["valid"] is True
    shown = page.figures.text.toPlainText()
    data = ("Sample Custody Ltd", "XAUT", "LDN-V1", "REH-GS", "RTM-TF")
    figures = [line for line in shown.splitlines() if line.strip()]
    assert len(figures) >= 10
    assert all(in_urdu(line, *data) for line in figures), figures
    reasons = [reason for _, _, reason in page.checklist.row_texts()]
    assert len(reasons) >= 20
    assert [r for r in reasons if not URDU.search(r)] == []
