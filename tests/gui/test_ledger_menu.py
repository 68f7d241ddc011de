"""The Ledger menu: backing up through it, and changing the passphrase in its dialog,
with real widgets over a real ledger; every modal question is patched (conftest)."""

from __future__ import annotations

import hashlib
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from app.domain.errors import Cancelled, LedgerError
from app.gui import dialogs
from app.gui.ledger_dialogs import BackupDialog, ChangePassphraseDialog, human_size
from app.gui.main_window import MainWindow
from app.services import ledger_views, session
from tests.gui.conftest import ACTOR, PASSPHRASE

NEW_PASSPHRASE = "velvet quarry lantern omen"


@pytest.fixture(autouse=True)
def modal_loops(modals, monkeypatch):
    """As a real message box's own event loop does, free what was closed before it."""
    def looping(recorded):
        def shown(*args):
            recorded(*args)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return shown

    for name in ("inform", "warn"):
        monkeypatch.setattr(dialogs, name, looping(getattr(dialogs, name)))


@pytest.fixture
def window(qtbot, ctx):
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.pages["dashboard"].data is not None, timeout=20000)
    return main


def digest(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def verified(path: str | Path, passphrase: str) -> tuple[int, str]:
    """Open `path` under `passphrase`: (events verified, last event's kind)."""
    with session.open_ledger(path, passphrase, ACTOR) as ledger:
        report = ledger_views.verify_journal(ledger)
        assert report.ok, report.problems
        return report.events, ledger_views.journal_log(ledger)[-1]["kind"]


def hold_the_ledger_thread(ctx) -> threading.Event:
    """Keep the ledger's thread busy until the returned event is set."""
    gate = threading.Event()
    ctx.host.submit(lambda ledger, task: gate.wait(20))
    return gate


# -- the menu ---------------------------------------------------------------------------------


def test_the_ledger_menu_offers_backup_and_passphrase(window):
    texts = [action.text() for action in window.ledger_menu.actions() if action.text()]
    assert texts == ["&Back up…", "Change &passphrase…", "&Journal…", "&Settings…",
                     "&Close ledger"]
    assert window.ledger_actions["backup"].isEnabled()


# -- backing up -------------------------------------------------------------------------------


def test_back_up_through_the_menu(qtbot, window, modals, tmp_path, monkeypatch):
    out = tmp_path / "copies" / "my-backup.tijori"
    out.parent.mkdir()
    asked: list[str] = []

    def save_file(parent, title, suggested, filters, key="files"):
        asked.append(suggested)
        return str(out)

    monkeypatch.setattr(dialogs, "save_file", save_file)
    window.ledger_actions["backup"].trigger()
    dialog = window.open_dialogs[-1]
    assert isinstance(dialog, BackupDialog) and dialog.isVisible()
    seen: list[int] = []
    dialog.job.progress.connect(lambda done, total: seen.append(done * 100 // total))
    qtbot.waitUntil(lambda: dialog.job.done and bool(modals.messages), timeout=60000)
    assert dialog.job.error is None
    assert Path(asked[0]).name == f"gui-backup-{date.today():%Y%m%d}.tijori"
    assert max(seen) == 100
    assert out.exists()
    kind, title, text = modals.messages[0]
    assert (kind, title) == ("inform", "Backup made")
    events, last = verified(out, PASSPHRASE)  # same passphrase, whole journal verifies
    assert str(out) in text and human_size(out.stat().st_size) in text
    assert f"{events} events" in text and last == "site.added"
    assert window.open_dialogs == []


def test_the_suggested_name_is_numbered_when_taken(qtbot, window, modals, tmp_path, monkeypatch):
    from app.gui import settings

    taken = tmp_path / f"gui-backup-{date.today():%Y%m%d}.tijori"
    taken.write_bytes(b"older backup")
    settings.set_value("folders/backups", str(tmp_path))
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "save_file", lambda parent, title, suggested, *rest:
                        asked.append(suggested) or "")
    assert window.back_up() is None  # the user cancelled the file dialog: nothing happens
    assert Path(asked[0]) == tmp_path / f"gui-backup-{date.today():%Y%m%d}-2.tijori"
    assert modals.messages == []


def test_cancelling_a_backup_leaves_no_file(qtbot, window, modals, tmp_path):
    folder = tmp_path / "copies"
    folder.mkdir()
    out = folder / "cancelled.tijori"
    modals.files.append(str(out))
    gate = hold_the_ledger_thread(window.ctx)
    dialog = window.back_up()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape cancels the running backup ...
    assert dialog.isVisible()  # ... and the dialog stays until the work has stopped
    assert "Cancelling" in dialog.stage.text()
    gate.set()
    job = dialog.job
    qtbot.waitUntil(lambda: job.done and bool(modals.messages), timeout=60000)
    assert isinstance(job.error, Cancelled)
    assert modals.kinds() == ["inform"] and "Cancelled" in modals.texts()
    assert list(folder.iterdir()) == []  # neither the backup nor a half-written copy


def test_a_backup_never_overwrites_a_file(qtbot, window, modals, tmp_path):
    out = tmp_path / "existing.tijori"
    out.write_bytes(b"something precious")
    modals.files.append(str(out))
    dialog = window.back_up()
    qtbot.waitUntil(lambda: dialog.job.done and bool(modals.messages), timeout=60000)
    assert modals.kinds() == ["warn"] and "already exists" in modals.texts()
    assert out.read_bytes() == b"something precious"
    assert sorted(p.name for p in tmp_path.iterdir() if "existing" in p.name) == \
        ["existing.tijori"]


# -- changing the passphrase ------------------------------------------------------------------


def open_dialog(qtbot, window) -> ChangePassphraseDialog:
    window.ledger_actions["passphrase"].trigger()
    dialog = window.open_dialogs[-1]
    assert isinstance(dialog, ChangePassphraseDialog) and dialog.isVisible()
    return dialog


def fill(qtbot, dialog, current: str, new: str, again: str | None = None) -> None:
    qtbot.keyClicks(dialog.current, current)
    qtbot.keyClicks(dialog.new, new)
    qtbot.keyClicks(dialog.again, new if again is None else again)


def test_change_the_passphrase_through_the_dialog(qtbot, window, modals):
    path = window.ctx.path
    dialog = open_dialog(qtbot, window)
    assert not dialog.change_button.isEnabled()
    fill(qtbot, dialog, PASSPHRASE, NEW_PASSPHRASE)
    assert dialog.meter.label.text().startswith("Strength: strong")
    assert dialog.meter.bar.value() == 4 and dialog.meter.feedback.text() == ""
    assert dialog.change_button.isEnabled()
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)  # Enter changes it
    job = dialog.job
    assert job is not None
    qtbot.waitUntil(lambda: job.done and bool(modals.messages), timeout=60000)
    assert job.error is None
    kind, _, text = modals.messages[0]
    assert kind == "inform" and "now encrypted under the new passphrase" in text
    with pytest.raises(LedgerError, match="passphrase is wrong"):
        session.open_ledger(path, PASSPHRASE, ACTOR)
    assert verified(path, NEW_PASSPHRASE)[1] == "ledger.rekeyed"
    # The window goes on over the same, re-keyed ledger.
    dashboard = window.show_page("dashboard")
    qtbot.waitUntil(lambda: dashboard.check_button.isEnabled(), timeout=10000)
    dashboard.check_button.click()
    qtbot.waitUntil(lambda: "Intact" in dashboard.journal_state.text(), timeout=30000)
    qtbot.waitUntil(lambda: dashboard.data["journal"]["events"]
                    == verified(path, NEW_PASSPHRASE)[0], timeout=10000)
    assert window.open_dialogs == []


def test_a_wrong_current_passphrase_changes_nothing(qtbot, window, modals):
    path = window.ctx.path
    before = digest(path)
    dialog = open_dialog(qtbot, window)
    fill(qtbot, dialog, "not the passphrase at all", NEW_PASSPHRASE)
    job = dialog.submit()
    qtbot.waitUntil(lambda: job.done, timeout=60000)
    error = dialog.form.fields["current"].error
    assert error.isVisible() and "not the ledger's current passphrase" in error.text()
    assert dialog.isVisible() and dialog.current.isEnabled() and dialog.current.hasFocus()
    assert modals.messages == []
    assert digest(path) == before
    assert verified(path, PASSPHRASE)[1] == "site.added"


def test_a_weak_new_passphrase_is_refused_with_zxcvbn_s_feedback(qtbot, window, modals):
    path = window.ctx.path
    before = digest(path)
    dialog = open_dialog(qtbot, window)
    fill(qtbot, dialog, PASSPHRASE, "password1")
    assert "too weak" in dialog.meter.label.text()
    feedback = dialog.meter.feedback
    assert "common password" in feedback.text()
    assert not dialog.change_button.isEnabled()
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert dialog.submit() is None and dialog.job is None
    assert "too easy to guess" in dialog.form.fields["new"].error.text()
    # A name that goes with the ledger is weak too, as the re-key itself judges it.
    dialog.new.clear()
    qtbot.keyClicks(dialog.new, "gui gui-tester")
    assert "too weak" in dialog.meter.label.text()
    assert dialog.submit() is None
    assert modals.messages == [] and digest(path) == before


def test_two_new_passphrases_that_differ_are_refused(qtbot, window, modals):
    path = window.ctx.path
    before = digest(path)
    dialog = open_dialog(qtbot, window)
    fill(qtbot, dialog, PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE + "x")
    assert not dialog.change_button.isEnabled()
    assert "differ" in dialog.form.fields["again"].error.text()
    assert dialog.submit() is None and dialog.job is None
    dialog.new.setText(PASSPHRASE)
    dialog.again.setText(PASSPHRASE)
    assert "same as the current" in dialog.form.fields["new"].error.text()
    assert dialog.submit() is None
    assert modals.messages == [] and digest(path) == before


def test_a_busy_ledger_changes_nothing_and_the_dialog_stays(qtbot, window, modals):
    path = window.ctx.path
    before = digest(path)
    other = session.open_ledger(path, PASSPHRASE, ACTOR)  # another window or command
    try:
        dialog = open_dialog(qtbot, window)
        fill(qtbot, dialog, PASSPHRASE, NEW_PASSPHRASE)
        job = dialog.submit()
        qtbot.waitUntil(lambda: job.done and bool(modals.messages), timeout=60000)
        assert modals.kinds() == ["warn"] and "busy" in modals.texts()
        assert dialog.isVisible() and dialog.change_button.isEnabled()
    finally:
        other.close()
    assert digest(path) == before
    assert verified(path, PASSPHRASE)[1] == "site.added"
    job = dialog.submit()  # the other one closed: now it goes through
    qtbot.waitUntil(lambda: job.done and len(modals.messages) == 2, timeout=60000)
    assert job.error is None and verified(path, NEW_PASSPHRASE)[1] == "ledger.rekeyed"


def test_cancelling_the_change_keeps_the_old_passphrase(qtbot, window, modals):
    path = window.ctx.path
    before = digest(path)
    dialog = open_dialog(qtbot, window)
    fill(qtbot, dialog, PASSPHRASE, NEW_PASSPHRASE)
    gate = hold_the_ledger_thread(window.ctx)
    job = dialog.submit()
    assert not dialog.current.isEnabled() and not dialog.change_button.isEnabled()
    dialog.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: job.done and bool(modals.messages), timeout=60000)
    assert isinstance(job.error, Cancelled)
    assert modals.kinds() == ["inform"] and "Cancelled" in modals.texts()
    assert digest(path) == before
    assert verified(path, PASSPHRASE)[1] == "site.added"
    assert list(Path(path).parent.glob(".*rekey*")) == []


def test_the_dialog_is_made_for_the_keyboard_and_a_small_screen(qtbot, window, modals):
    dialog = open_dialog(qtbot, window)
    qtbot.waitUntil(dialog.current.hasFocus, timeout=5000)  # the first field to type in
    fill(qtbot, dialog, PASSPHRASE, NEW_PASSPHRASE)
    dialog.current.setFocus()
    for expected in (dialog.new, dialog.again, dialog.change_button, dialog.cancel_button):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert expected.hasFocus()
    dialog.current.clear()
    hint = dialog.sizeHint()
    assert hint.width() <= 1000 and hint.height() <= 700
    labels = {dialog.form.layout.labelForField(f.widget.parentWidget()).text()
              for f in dialog.form.fields.values()}
    assert labels == {"Current passphrase:", "New passphrase:", "New passphrase again:"}
    qtbot.keyClicks(dialog.current, "typed")
    qtbot.keyClick(dialog.current, Qt.Key.Key_Escape)  # Escape closes, changing nothing
    assert not dialog.isVisible() and modals.messages == []
