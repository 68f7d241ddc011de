"""The Keys page's "Back up a key" and "Restore a key" tabs (issue 15): real widgets, real
keys, real share sheets. Shares are typed key by key where the typing is what is tested."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.attest import shares as slip39
from app.attest.keys import PrivateKey
from app.gui.key_backup_tabs import RestoreTab
from app.gui.keys_page import KeysPage
from app.services import key_backup, keys
from tests.gui.conftest import leave

KEY_PASSPHRASE = "saffron glacier mosaic pylon"
NEW_PASSPHRASE = "lantern quarry velvet hollow"


@pytest.fixture(scope="module")
def backed_up(tmp_path_factory):
    """A real key file and its five shares, any three of which restore it."""
    folder = tmp_path_factory.mktemp("backed-up")
    path = folder / "custodian.key"
    info = keys.create_key("Custodian B", str(path), KEY_PASSPHRASE)
    sheets = folder / "sheets"
    sheets.mkdir()
    key_backup.backup(str(path), KEY_PASSPHRASE, threshold=3, count=5, out_dir=str(sheets),
                      text=True)
    words = [(sheets / f"share-{n}-of-5.txt").read_text().strip() for n in range(1, 6)]
    return path, info["keyid"], words


@pytest.fixture
def page(qtbot):
    view = KeysPage()
    qtbot.addWidget(view)
    view.resize(1000, 900)
    view.show()
    return view


@pytest.fixture
def restore(page) -> RestoreTab:
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    page.tabs.setCurrentIndex(titles.index("Restore a key"))
    return page.restore_tab


def wait_job(qtbot, job) -> None:
    """Wait for the tab's work to end, well or not (a refusal is shown, not raised)."""
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=60000)


def statuses(tab: RestoreTab) -> list[str]:
    return [entry.status.text() for entry in tab.entries]


def fill_new_key_file(tab: RestoreTab, out: Path, name: str = "Custodian B") -> None:
    tab.key_name.setText(name)
    tab.new_passphrase.setText(NEW_PASSPHRASE)
    tab.new_passphrase2.setText(NEW_PASSPHRASE)
    tab.out.setText(str(out))


# -- back up ---------------------------------------------------------------------------------


def test_backup_through_the_tab_writes_one_sheet_per_share(qtbot, page, backed_up, tmp_path):
    path, keyid, _ = backed_up
    tab = page.backup_tab
    tab.key_path.setText(str(path))
    tab.passphrase.setText(KEY_PASSPHRASE)
    tab.count.setValue(4)
    tab.threshold.setValue(2)
    tab.out_dir.setText(str(tmp_path))
    assert tab.button.isEnabled()
    with qtbot.waitSignal(tab.backed_up, timeout=60000) as blocker:
        tab.button.click()
    info = blocker.args[0]
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == [f"share-{n}-of-4.pdf" for n in range(1, 5)]  # no text files unasked
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in tmp_path.iterdir())
    assert info["keyid"] == keyid and info["threshold"] == 2 and info["count"] == 4
    shown = tab.result.text()
    assert keyid in shown and info["words"] in shown and info["fingerprint"] in shown
    assert str(tmp_path) in shown and all(name in shown for name in written)
    assert "any 2 of them restore it" in shown
    assert tab.passphrase.text() == ""  # forgotten once used
    # a second backup into the same folder is refused next to the folder, nothing replaced
    before = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    tab.passphrase.setText(KEY_PASSPHRASE)
    wait_job(qtbot, tab.backup())
    assert "already exists" in tab.form.fields["out_dir"].error.text()
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()} == before


def test_backup_writes_the_words_as_text_when_asked(qtbot, page, backed_up, tmp_path):
    path, keyid, _ = backed_up
    tab = page.backup_tab
    tab.key_path.setText(str(path))
    tab.passphrase.setText(KEY_PASSPHRASE)
    tab.count.setValue(3)
    tab.threshold.setValue(2)
    tab.slip39_passphrase.setText("extra words")
    tab.slip39_passphrase2.setText("extra words")
    tab.out_dir.setText(str(tmp_path))
    tab.text.setChecked(True)
    wait_job(qtbot, tab.backup())
    typed = [(tmp_path / f"share-{n}-of-3.txt").read_text() for n in (1, 3)]
    assert len(list(tmp_path.glob("*.pdf"))) == 3
    assert slip39.combine(typed, "extra words").public_key.keyid == keyid


def test_impossible_splits_and_a_wrong_passphrase_are_refused_at_their_field(
        qtbot, page, backed_up, tmp_path):
    path, _, _ = backed_up
    tab = page.backup_tab
    tab.key_path.setText(str(path))
    tab.passphrase.setText("not the passphrase")
    tab.out_dir.setText(str(tmp_path))
    tab.count.setValue(3)
    tab.threshold.setValue(4)
    threshold_error = tab.form.fields["threshold"].error
    assert not tab.button.isEnabled()
    assert "threshold must be between 2 and the number of shares (3), not 4" in \
        threshold_error.text()
    tab.threshold.setValue(1)  # SLIP-39 refuses one share of several being the key
    assert not tab.button.isEnabled() and "not 1" in threshold_error.text()
    tab.count.setValue(1)  # one share, the key itself: allowed
    assert tab.button.isEnabled() and threshold_error.isHidden()
    tab.count.setValue(2)
    tab.threshold.setValue(2)
    tab.slip39_passphrase.setText("one")
    tab.slip39_passphrase2.setText("two")
    assert not tab.button.isEnabled()
    assert "differ" in tab.form.fields["slip39_passphrase2"].error.text()
    tab.slip39_passphrase2.setText("one")
    assert tab.button.isEnabled()
    wait_job(qtbot, tab.backup())
    assert "wrong passphrase" in tab.form.fields["passphrase"].error.text()
    assert list(tmp_path.iterdir()) == [] and tab.result.isHidden()


# -- restore ---------------------------------------------------------------------------------


def test_three_shares_typed_one_at_a_time_restore_the_key(qtbot, restore, backed_up,
                                                         tmp_path):
    _, keyid, words = backed_up
    assert len(restore.entries) == 1  # one line, until the first share tells how many
    for number, share in enumerate((words[4], words[0], words[2]), 1):
        entry = restore.entries[number - 1]
        head, last = share.rsplit(" ", 1)
        qtbot.keyClicks(entry.line, head + " " + last[:-1])
        assert len(restore.entries) == number  # not a line more while this share is typed
        assert entry.status.text() == f"35 of {slip39.SHARE_WORDS} words"
        qtbot.keyClicks(entry.line, last[-1])
        assert len(restore.entries) == min(number + 1, 3)  # the next line once it passes
    member = [5, 1, 3]
    assert statuses(restore) == [f"Share {m} of set {restore.good[0].set_id}, 3 needed"
                                 for m in member]
    assert "3 of 3 shares checked" in restore.summary.text()
    assert len(restore.entries) == 3 and restore.test_button.isEnabled()
    assert not restore.restore_button.isEnabled()  # no key file, name or passphrase yet
    out = tmp_path / "restored.key"
    fill_new_key_file(restore, out)
    assert restore.restore_button.isEnabled()
    with qtbot.waitSignal(restore.restored, timeout=60000) as blocker:
        restore.restore_button.click()
    assert blocker.args[0]["keyid"] == keyid
    shown = keys.show_key(str(out))
    assert shown["private"] and shown["keyid"] == keyid and shown["name"] == "Custodian B"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert keyid in restore.result.text() and str(out) in restore.result.text()
    # the words do not stay on the screen; the new passphrase is forgotten
    assert [entry.text for entry in restore.entries] == [""]
    assert restore.new_passphrase.text() == ""
    # and the file opens with the new passphrase
    from app.attest.keyfile import decrypt_private_key
    assert decrypt_private_key(out.read_bytes(), NEW_PASSPHRASE).public_key.keyid == keyid


def test_testing_the_shares_writes_nothing_and_says_if_the_keyid_matches(
        qtbot, restore, backed_up, tmp_path, monkeypatch):
    _, keyid, words = backed_up
    monkeypatch.chdir(tmp_path)
    for number, share in enumerate(words[1:4]):
        restore.entries[number].line.setText(share)
    restore.expected_keyid.setText(keyid.upper())
    with qtbot.waitSignal(restore.tested, timeout=60000) as blocker:
        restore.test_button.click()
    assert blocker.args[0]["keyid"] == keyid and blocker.args[0]["written"] is None
    assert "It is the key expected" in restore.test_result.text()
    assert keyid in restore.test_result.text() and restore.result.isHidden()
    assert [entry.text for entry in restore.entries][:3] == words[1:4]  # kept, to restore next
    other = PrivateKey.generate("ed25519").public_key.keyid
    restore.expected_keyid.setText(other)
    wait_job(qtbot, restore.test_shares())
    error = restore.options.fields["keyid"].error
    assert error.isVisible() and f"not {other[:16]}" in error.text()
    assert restore.test_result.isHidden()  # the earlier success is not left standing
    restore.expected_keyid.setText("abc")  # not a keyid at all
    leave(restore.expected_keyid)
    assert "64 hexadecimal digits" in error.text() and not restore.test_button.isEnabled()
    assert list(tmp_path.iterdir()) == []


def test_a_wrong_slip39_passphrase_is_said_under_the_shares(qtbot, restore, backed_up,
                                                             tmp_path):
    _, _, words = backed_up
    for number, share in enumerate(words[:3]):
        restore.entries[number].line.setText(share)
    restore.slip39_passphrase.setText("not the one")
    out = tmp_path / "k.key"
    fill_new_key_file(restore, out)
    wait_job(qtbot, restore.restore_key())
    said = restore.findChild(type(restore.summary), "shares_error")
    assert said.isVisible() and "SLIP-39 passphrase" in said.text()
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_the_completer_offers_the_word_for_its_prefix(qtbot, restore):
    entry = restore.entries[0]
    completer = entry.line.completer()
    qtbot.keyClicks(entry.line, "acid ACAD")  # the word being typed, not the whole line
    assert completer.popup().isVisible()
    assert completer.completionCount() == 1
    assert completer.completionModel().index(0, 0).data() == "academic"
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Tab)  # takes the word offered
    assert entry.line.text() == "acid academic "  # the word before kept, a space for the next
    assert not completer.popup().isVisible()
    qtbot.keyClicks(entry.line, "ve")
    offered = [completer.completionModel().index(row, 0).data()
               for row in range(completer.completionCount())]
    assert offered == [word for word in slip39.WORDS if word.startswith("ve")] and \
        len(offered) > 1
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    assert completer.popup().currentIndex().data() == offered[1]
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert entry.line.text() == f"acid academic {offered[1]} "
    assert entry.status.text() == f"3 of {slip39.SHARE_WORDS} words"
    entry.line.clear()
    qtbot.keyClicks(entry.line, "acid ")  # nothing typed of the next word: nothing offered
    assert not completer.popup().isVisible()


def test_a_wrong_word_is_named_with_its_place_and_nothing_is_written(qtbot, restore,
                                                                    backed_up, tmp_path):
    _, _, words = backed_up
    typed = words[0].split()
    qtbot.keyClicks(restore.entries[0].line, " ".join(typed[:6]) + " abandonn")
    # refused while typed: no SLIP-39 word begins "ab"
    assert restore.entries[0].status.text() == \
        "Share 1: word 7, 'abandonn', is not a SLIP-39 word"
    typed[6] = "abandonn"
    restore.entries[0].line.setText(" ".join(typed))
    assert restore.entries[0].status.text() == \
        "Share 1: word 7, 'abandonn', is not a SLIP-39 word"
    assert len(restore.entries) == 1  # no next line while this one is wrong
    _nothing_can_be_written(restore, tmp_path)


def test_words_out_of_place_fail_the_checksum(qtbot, restore, backed_up, tmp_path):
    _, _, words = backed_up
    typed = words[1].split()
    typed[10], typed[11] = typed[11], typed[10]
    restore.entries[0].line.setText(" ".join(typed))
    assert "does not check" in restore.entries[0].status.text()
    restore.entries[0].line.setText(words[1] + " academic")
    assert "has 36 words" in restore.entries[0].status.text()
    _nothing_can_be_written(restore, tmp_path)


def test_a_share_of_another_set_is_refused(qtbot, restore, backed_up, tmp_path):
    _, _, words = backed_up
    other = slip39.split(PrivateKey.generate("ed25519"), 3, 5)
    restore.entries[0].line.setText(words[0])
    restore.entries[1].line.setText(other[1])
    assert statuses(restore)[1] == "Share 2 is from another set of shares than share 1"
    assert len(restore.entries) == 2
    assert "1 of 3 shares checked; 2 more needed" in restore.summary.text()
    _nothing_can_be_written(restore, tmp_path)


def test_a_share_given_twice_is_refused(qtbot, restore, backed_up, tmp_path):
    _, _, words = backed_up
    restore.entries[0].line.setText(words[3])
    restore.entries[1].line.setText(words[3].upper())
    assert statuses(restore)[1] == "Share 2 is share 1 again: each share counts once"
    _nothing_can_be_written(restore, tmp_path)


def test_too_few_shares_write_nothing(qtbot, restore, backed_up, tmp_path):
    _, _, words = backed_up
    restore.entries[0].line.setText(words[0])
    restore.entries[1].line.setText(words[1])
    assert len(restore.entries) == 3 and restore.entries[2].text == ""
    assert "2 of 3 shares checked; 1 more needed" in restore.summary.text()
    _nothing_can_be_written(restore, tmp_path)
    said = restore.findChild(type(restore.summary), "shares_error")
    assert said.isVisible() and said.text() == "2 shares checked; this set needs 3"
    restore.clear_shares()
    assert [entry.text for entry in restore.entries] == [""] and restore.summary.isHidden()


def _nothing_can_be_written(restore: RestoreTab, folder: Path) -> None:
    """Neither button works, and asking anyway writes nothing."""
    out = folder / "never.key"
    fill_new_key_file(restore, out)
    assert not restore.test_button.isEnabled() and not restore.restore_button.isEnabled()
    assert restore.restore_key() is None and restore.test_shares() is None
    assert not out.exists() and list(folder.iterdir()) == []
    assert restore.result.isHidden() and restore.test_result.isHidden()
