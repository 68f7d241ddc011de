"""Keys › Rotate: a key rotation as a guided ceremony, with real widgets, keys and files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.gui.key_rotate import RotateTab
from app.gui.keys_page import KeysPage
from app.gui.palette import BAD, GOOD
from app.services import keys, qr, rotation
from tests.attest_helpers import KEY_PASSPHRASE, draft_policy
from tests.test_rotation import ring as ring


@pytest.fixture
def current(ring, tmp_path) -> str:
    return draft_policy(ring, tmp_path / "policy.json", admins=("admin", "admin2"),
                        admin_threshold=1, sign_with=("admin",))


@pytest.fixture
def tab(qtbot) -> RotateTab:
    view = RotateTab()
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    return view


def _children(tab: RotateTab, title_start: str) -> list:
    tree = tab.diff_tree
    for number in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(number)
        if item.text(0).startswith(title_start):
            return [item.child(i) for i in range(item.childCount())]
    raise AssertionError(title_start)


def _propose_the_ceremony(tab: RotateTab, ring, current: str) -> None:
    tab.current_field.setText(current)
    assert tab.current is not None and tab.current["version"] == 1
    assert tab.keys_tree.topLevelItemCount() == 5
    tab.retire_key(ring.keyid("admin2"))
    assert tab.add_public_keys([ring.pub("newadmin")], role="admin") == [ring.pub("newadmin")]
    assert tab.threshold_counts["admin"].text() == "of 2 key(s)"
    tab.threshold_spins["admin"].setValue(2)
    assert tab.propose_button.isEnabled() and tab.changes_error.isHidden()
    with_diff = tab.propose()
    assert with_diff is not None


def test_a_whole_rotation_in_the_tab(qtbot, tab, ring, current, tmp_path):
    _propose_the_ceremony(tab, ring, current)
    assert tab.stack.currentIndex() == 1 and tab.reached == 1
    added = _children(tab, "Keys added")
    assert [i.text(0) for i in added] == ["+ newadmin"]
    assert added[0].foreground(0).color().name() == GOOD
    retired = _children(tab, "Keys retired")
    assert [i.text(0) for i in retired] == ["− admin2"]
    assert retired[0].foreground(0).color().name() == BAD
    admin = next(i for i in _children(tab, "Roles") if i.data(0, Qt.ItemDataRole.UserRole)
                 == "admin")
    assert (admin.text(1), admin.text(2)) == ("1 of 2", "2 of 2")
    assert admin.font(2).bold()
    assert "1 key(s) added, 1 retired, 1 role(s) changed" in tab.diff_summary.text()

    successor = tmp_path / "successor.json"
    tab.successor_out.setText(str(successor))
    with qtbot.waitSignal(tab.evaluated) as first:
        assert tab.save_successor() == str(successor)
    assert successor.exists() and tab.stack.currentIndex() == 2
    assert not first.args[0]["status"]["met"]
    assert rotation.diff(current, str(successor)).linked

    # The retiring admin2 signed on their own PC: a current admin, not a new one.
    away = tmp_path / "admin2.sig"
    rotation.sign_successor(str(successor), current, ring.key("admin2"), KEY_PASSPHRASE,
                            str(away))
    assert tab.add_signatures([str(away)])
    assert tab.status_summary.text() == "1 of 1 current admins, 0 of 2 new admins"
    assert "admin, newadmin" in tab.successor_status.text()
    assert tab.signatures_table.rowCount() == 1
    assert tab.signatures_table.item(0, 1).text() == "current admin"

    # admin and newadmin sign here, one after the other.
    for who, summary in (("admin", "2 of 1 current admins, 1 of 2 new admins"),
                         ("newadmin", "2 of 1 current admins, 2 of 2 new admins")):
        tab.sign_key.setText(ring.key(who))
        tab.sign_passphrase.setText(KEY_PASSPHRASE)
        with qtbot.waitSignal(tab.evaluated, timeout=30000):
            job = tab.sign_here()
            assert job is not None
        assert tab.status_summary.text() == summary
        assert tab.sign_passphrase.text() == ""
        assert Path(rotation.signature_path_for(str(successor), ring.keyid(who))).exists()
    assert tab.collection.status.met
    assert tab.signatures_table.rowCount() == 3

    tab.go(3)
    out = Path(tab.out_field.path)
    assert out == tmp_path / "policy-v2.json"
    assert tab.finish_button.isEnabled()
    assert "Both admin thresholds are met" in tab.finish_summary.text()
    with qtbot.waitSignal(tab.finished) as done:
        tab.finish_button.click()
    assert out.exists() and done.args[0]["version"] == 2
    assert "Wrote policy version 2" in tab.finished_label.text()
    shown = keys.show_policy(str(out), trusted=current)
    assert shown["valid"] and shown["version"] == 2
    history = [Path(p) for p in done.args[0]["history"]]
    assert history[0].parent == tmp_path / "policy-history"
    assert history[0].read_bytes() == Path(current).read_bytes()
    assert not tab.finish_button.isEnabled()


def test_changes_are_checked_as_they_are_made(tab, ring, current):
    assert not tab.propose_button.isEnabled()
    tab.current_field.setText(current)
    assert tab.propose_button.isEnabled()
    tab.retire_key(ring.keyid("aud"))
    assert "the role auditor would have no key left".capitalize() in tab.changes_error.text()
    assert not tab.propose_button.isEnabled()
    assert tab.threshold_counts["auditor"].text() == "no key"
    tab.retire_key(ring.keyid("aud"), retire=False)
    tab.retire_key(ring.keyid("cust2"))
    assert tab.changes_error.text() == "Custodian: 2 signatures required but 1 key(s)."
    tab.threshold_spins["custodian"].setValue(1)
    assert tab.propose_button.isEnabled() and tab.changes_error.isHidden()
    assert tab.thresholds() == {"custodian": 1}
    # What only the service knows is said too: a key given two roles.
    tab.add_public_keys([ring.pub("aud")], role="custodian")
    assert tab.propose_button.isEnabled()
    assert tab.propose() is None
    assert "no key may hold two of the roles" in tab.changes_error.text()
    assert tab.reached == 0 and tab.stack.currentIndex() == 0
    # A private key file is not added.
    assert tab.add_public_keys([ring.key("newcust")]) == []
    assert "private key file" in tab.add_error.text()


def test_editing_after_proposing_asks_for_a_new_review(tab, ring, current):
    _propose_the_ceremony(tab, ring, current)
    assert tab.reached == 1
    tab.go(0)
    tab.threshold_spins["custodian"].setValue(1)
    assert tab.reached == 0 and tab.successor_bytes is None
    assert not tab.next_button.isEnabled()


def test_refused_signatures_are_said_and_not_kept(qtbot, tab, ring, current,
                                                  tmp_path):
    _propose_the_ceremony(tab, ring, current)
    successor = tmp_path / "successor.json"
    tab.successor_out.setText(str(successor))
    tab.save_successor()
    other = tmp_path / "other.json"
    rotation.propose(current, thresholds={"custodian": 1}, out=str(other))
    foreign = tmp_path / "foreign.sig"
    rotation.sign_successor(str(other), current, ring.key("admin"), KEY_PASSPHRASE,
                            str(foreign))
    assert not tab.add_signatures([str(foreign)])
    assert "signs another policy" in tab.signatures_message.text()
    assert tab.signatures == [] and tab.signatures_table.rowCount() == 0
    # A custodian's key may not sign here: said beside the key field, nothing unlocked.
    tab.sign_key.setText(ring.key("cust1"))
    tab.sign_passphrase.setText(KEY_PASSPHRASE)
    assert tab.sign_here() is None
    assert "only admins sign a rotation" in tab.sign_form.fields["key"].error.text()
    tab.go(3)
    assert not tab.finish_button.isEnabled()
    assert "Not yet" in tab.finish_summary.text()


def test_a_signature_read_from_qr_images(qtbot, tab, ring, current, tmp_path):
    _propose_the_ceremony(tab, ring, current)
    successor = tmp_path / "successor.json"
    tab.successor_out.setText(str(successor))
    tab.save_successor()
    carried = tmp_path / "carried"
    carried.mkdir()
    sig = carried / "newadmin.sig"
    rotation.sign_successor(str(successor), current, ring.key("newadmin"), KEY_PASSPHRASE,
                            str(sig))
    frames = qr.write_qr_frames(sig.read_bytes(), tmp_path / "frames", stem="sig")
    with qtbot.waitSignal(tab.evaluated, timeout=30000):
        assert tab.add_qr_images([str(p) for p in frames]) is not None
    kept = rotation.signature_path_for(str(successor), ring.keyid("newadmin"))
    assert tab.signatures == [kept]
    assert tab.status_summary.text() == "0 of 1 current admins, 1 of 2 new admins"


def test_a_signature_scanned_by_camera(qtbot, tab, ring, current, tmp_path, monkeypatch):
    """An admin's signature shown as QR codes on their offline PC, seen by this PC's camera
    (a video through the camera's sink): kept beside the successor and counted."""
    from app.attest.qrframes import split
    from app.gui import camera_scan
    from tests.gui.test_camera_scan import code, make_video

    _propose_the_ceremony(tab, ring, current)
    successor = tmp_path / "successor.json"
    tab.successor_out.setText(str(successor))
    tab.save_successor()
    sig = tmp_path / "admin.sig"
    rotation.sign_successor(str(successor), current, ring.key("admin"), KEY_PASSPHRASE,
                            str(sig))
    video = make_video(tmp_path / "video", [code(t) for t in split(sig.read_bytes())])
    monkeypatch.setattr(camera_scan, "chosen_source", lambda: video)
    with qtbot.waitSignal(tab.evaluated, timeout=60000):
        assert tab.scan_signature() is not None
    kept = rotation.signature_path_for(str(successor), ring.keyid("admin"))
    assert tab.signatures == [kept]
    assert Path(kept).read_bytes() == sig.read_bytes()
    assert tab.status_summary.text().startswith("1 of 1 current admins")


def test_resume_with_a_saved_successor(tab, ring, current, tmp_path):
    successor = tmp_path / "successor.json"
    rotation.propose(current, retire=["admin2"], out=str(successor))
    tab.current_field.setText(current)
    assert tab.resume(str(successor))
    assert tab.stack.currentIndex() == 2 and tab.reached == 3
    assert [i.text(0) for i in _children(tab, "Keys retired")] == ["− admin2"]
    assert not tab.resume(current)  # not its successor
    assert "is not the next version" in tab.changes_error.text()


def test_the_keys_page_has_the_rotate_tab(qtbot):
    page = KeysPage()
    qtbot.addWidget(page)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles[-1] == "Rotate"
    assert page.findChild(RotateTab) is not None

