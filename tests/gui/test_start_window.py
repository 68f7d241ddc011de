"""The start screen: create a ledger, unlock one (wrong passphrase first), recent ledgers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.errors import LedgerError
from app.gui import settings
from app.gui.start_window import StartWindow
from app.services import ledger_views, session
from tests.gui.conftest import ACTOR, PASSPHRASE, make_ledger


@pytest.fixture
def start(qtbot):
    window = StartWindow()
    qtbot.addWidget(window)
    window.show()
    window.operator.setText(ACTOR)
    yield window
    if window.host is not None:
        window.host.shutdown()


def take(opened):
    """Close what the start window opened (the host owns the ledger connection)."""
    host, path, actor = opened
    host.shutdown()
    return path, actor


def test_creating_a_ledger_checks_the_passphrases_and_opens_it(qtbot, start, tmp_path):
    path = tmp_path / "new.tijori"
    start.new_button.click()
    assert start.stack.currentIndex() == 2
    assert not start.create_button.isEnabled()
    start.new_path.setText(str(path))
    qtbot.keyClicks(start.new_passphrase, "short")
    assert "too short" in start.meter.text()
    assert start.meter.text().startswith("Strength: too weak")
    assert "stronger passphrase" in start.create_error.text()
    start.new_passphrase.setText(PASSPHRASE)
    assert start.meter.text().startswith("Strength: strong")
    assert start.meter.bar.value() == 4
    qtbot.keyClicks(start.new_again, PASSPHRASE[:-1] + "X")
    assert start.create_error.text() == "The two passphrases differ."
    assert not start.create_button.isEnabled()
    start.new_again.setText(PASSPHRASE)
    assert start.create_button.isEnabled()
    with qtbot.waitSignal(start.opened, timeout=30000) as blocker:
        start.create_button.click()
    opened_path, actor = take(blocker.args)
    assert actor == ACTOR
    assert opened_path == str(path.resolve())
    assert settings.recent_ledgers() == [str(path.resolve())]
    with session.open_ledger(path, PASSPHRASE, ACTOR) as ledger:
        assert ledger_views.sites(ledger) == []


def test_the_file_name_and_the_operator_make_a_weak_passphrase(start, tmp_path):
    """The meter judges as the ledger will: against its file name and the operator."""
    start.new_button.click()
    start.new_path.setText(str(tmp_path / "reserves-2026.tijori"))
    for weak in ("reserves-2026.tijori", f"{ACTOR} reserves"):
        start.new_passphrase.setText(weak)
        start.new_again.setText(weak)
        assert start.meter.text().startswith("Strength: too weak")
        assert "built from words that go with it" in start.meter.text()
        assert not start.create_button.isEnabled()
    start.operator.setText("someone else")  # no longer the operator's name: it passes
    assert start.meter.text().startswith("Strength: strong")
    assert start.create_button.isEnabled()


def test_an_existing_file_is_not_overwritten(start, tmp_path):
    existing = tmp_path / "taken.tijori"
    existing.write_bytes(b"precious")
    start.new_button.click()
    start.new_path.setText(str(existing))
    start.new_passphrase.setText(PASSPHRASE)
    start.new_again.setText(PASSPHRASE)
    assert "already exists" in start.create_error.text()
    assert not start.create_button.isEnabled()
    assert existing.read_bytes() == b"precious"


def test_a_wrong_passphrase_says_so_and_lets_you_try_again(qtbot, start, tmp_path):
    path = make_ledger(tmp_path / "kept.tijori")
    before = path.read_bytes()
    settings.remember_ledger(str(path))
    start.fill_recent()
    assert start.recent.count() == 1
    start.recent.itemActivated.emit(start.recent.item(0))
    assert start.stack.currentIndex() == 1
    qtbot.keyClicks(start.passphrase, "not the passphrase")
    qtbot.keyClick(start.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: start.unlock_error.text() != "", timeout=30000)
    assert "passphrase is wrong" in start.unlock_error.text()
    assert "Try again" in start.unlock_error.text()
    assert start.stack.currentIndex() == 1
    assert path.read_bytes() == before
    start.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(start.opened, timeout=30000) as blocker:
        start.unlock_button.click()
    assert take(blocker.args)[0] == str(path.resolve())


def test_a_missing_recent_ledger_is_forgotten(qtbot, start, tmp_path, modals):
    gone = tmp_path / "gone.tijori"
    settings.remember_ledger(str(gone))
    start.fill_recent()
    assert "(missing)" in start.recent.item(0).text()
    start.ask_unlock(str(gone.resolve()))
    assert modals.kinds() == ["warn"]
    assert "does not exist" in modals.texts()
    assert start.recent.count() == 0
    assert start.recent_empty.isVisible()


def test_an_empty_operator_name_is_refused(start, tmp_path, modals):
    start.operator.setText("   ")
    start.ask_unlock(str(make_ledger(tmp_path / "x.tijori")))
    start.passphrase.setText(PASSPHRASE)
    start.unlock()
    assert "actor name" in modals.texts()
    assert start.host is None  # nothing was opened


def test_the_demonstration_ledger_is_made_and_opened(qtbot, start, tmp_path, monkeypatch):
    import app.gui.start_window as module

    monkeypatch.setattr(module, "demo_path", lambda: tmp_path / "demo" / "demo.tijori")
    assert start.demo_button.property("role") == "primary"  # no recent ledgers yet
    with qtbot.waitSignal(start.opened, timeout=60000) as blocker:
        start.demo_button.click()
    host, path, _ = blocker.args
    from tests.gui.conftest import wait_job

    sites = wait_job(qtbot, host.submit(lambda ledger, task: ledger_views.sites(ledger)))
    host.shutdown()
    assert len(sites) == 6
    with pytest.raises(LedgerError):
        session.open_ledger(path, "guess", ACTOR)
