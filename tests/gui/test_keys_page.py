"""Keys and policy page: create a key, export it, draft, sign and inspect a policy."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from app.domain.errors import InvalidInput
from app.domain.passphrase import TOO_WEAK
from app.gui.keys_page import KeysPage, check_passphrase, passphrase_strength
from app.services import keys
from tests.attest_helpers import KEY_PASSPHRASE, REPORT_KEY_PASSPHRASE, make_keyring
from tests.gui.conftest import leave


@pytest.fixture(scope="module")
def ring(tmp_path_factory):
    return make_keyring(tmp_path_factory.mktemp("keys"))


@pytest.fixture
def page(qtbot):
    view = KeysPage()
    qtbot.addWidget(view)
    view.show()
    return view


def test_create_a_key_and_read_its_keyid_back(qtbot, page, tmp_path):
    out = tmp_path / "custodian-a.key"
    page.key_name.setText("Custodian A")
    page.key_passphrase.setText(KEY_PASSPHRASE)
    leave(page.key_passphrase)
    page.key_passphrase2.setText(KEY_PASSPHRASE)
    leave(page.key_passphrase2)
    page.key_out.setText(str(out))
    assert page.create_button.isEnabled()
    with qtbot.waitSignal(page.key_created, timeout=30000) as blocker:
        page.create_button.click()
    info = blocker.args[0]
    assert out.exists()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    shown = keys.show_key(str(out))
    assert shown["private"] and shown["name"] == "Custodian A"
    assert page.created_keyid == shown["keyid"] == info["keyid"]
    assert shown["keyid"] in page.created_label.text()
    assert shown["words"] in page.created_label.text()
    assert page.key_passphrase.text() == "" and page.key_passphrase2.text() == ""
    # The success alone: no "required" message over it for the fields just emptied.
    for name in ("passphrase", "passphrase2"):
        assert page.create_form.fields[name].error.isHidden(), name
    assert page.export_key.text() == str(out)  # ready to export its public key


def test_mismatched_passphrases_keep_create_disabled(qtbot, page, tmp_path):
    page.key_name.setText("Auditor")
    page.key_out.setText(str(tmp_path / "aud.key"))
    page.key_passphrase.setText(KEY_PASSPHRASE)
    page.key_passphrase2.setText(REPORT_KEY_PASSPHRASE)
    assert not page.create_button.isEnabled()
    error = page.create_form.fields["passphrase2"].error
    assert error.isVisible() and "differ" in error.text()
    assert page.create_key() is None and not (tmp_path / "aud.key").exists()
    page.key_passphrase2.setText(KEY_PASSPHRASE)
    assert page.create_button.isEnabled()


def test_short_passphrase_and_existing_file_are_refused_as_you_type(qtbot, page, ring):
    page.key_name.setText("Someone")
    page.key_passphrase.setText("short")
    assert not page.create_form.fields["passphrase"].error.isVisibleTo(page)  # still typing
    leave(page.key_passphrase)
    page.key_passphrase2.setText("short")
    page.key_out.setText(ring.key("cust1"))
    leave(page.key_out)
    assert not page.create_button.isEnabled()
    assert "at least 8" in page.create_form.fields["passphrase"].error.text()
    assert "already exists" in page.create_form.fields["out"].error.text()
    assert "too weak" in page.meter.text()


def test_a_guessable_passphrase_or_the_keys_name_is_refused_as_you_type(qtbot, page, tmp_path):
    page.key_name.setText("Vault custodian A. Shah")
    page.key_out.setText(str(tmp_path / "shah.key"))
    for weak in ("password1", "  vault custodian a. shah  "):
        page.key_passphrase.setText(weak)
        page.key_passphrase2.setText(weak)
        leave(page.key_passphrase)
        assert not page.create_button.isEnabled()
        assert "too easy to guess" in page.create_form.fields["passphrase"].error.text()
        assert "too weak" in page.meter.text()
    page.key_passphrase.setText(KEY_PASSPHRASE)
    page.key_passphrase2.setText(KEY_PASSPHRASE)
    assert page.create_button.isEnabled()
    assert "strong" in page.meter.text() and "too weak" not in page.meter.text()
    page.key_name.setText("saffron glacier mosaic")  # the meter follows the name too
    assert "too weak" in page.meter.text() and not page.create_button.isEnabled()


def test_the_meter_reads_too_weak_exactly_when_the_key_is_refused():
    readings = []
    for text in ("abc", "abcdefgh", "Abcdefgh1234", "copper walrus", KEY_PASSPHRASE,
                 "Tr0ub4dor&3 plus some more words"):
        meter = passphrase_strength(text, "Custodian A")
        try:
            check_passphrase(text, "Custodian A")
            refused = False
        except InvalidInput:
            refused = True
        assert (meter.label == TOO_WEAK) == refused
        readings.append(meter.score)
    assert readings == sorted(readings) and readings[0] == 0 and readings[-1] == 4


def test_export_a_public_key(qtbot, page, ring, tmp_path):
    out = tmp_path / "aud.pub"
    page.export_key.setText(ring.key("aud"))
    page.export_out.setText(str(out))
    info = page.export_public()
    assert info is not None and out.exists()
    shown = keys.show_key(str(out))
    assert not shown["private"] and shown["keyid"] == ring.keyid("aud")
    assert shown["words"] in page.exported_label.text()


def test_draft_sign_and_inspect_a_policy(qtbot, page, ring, tmp_path, modals):
    out = tmp_path / "policy.json"
    page.tabs.setCurrentIndex(2)
    assert not page.draft_button.isEnabled()
    assert "custodian" in page.roles_error.text()
    page.role_lists["custodian"].add_paths([ring.pub("cust1"), ring.pub("cust2")])
    page.thresholds["custodian"].setValue(3)
    page.role_lists["auditor"].add_paths([ring.pub("aud")])
    page.role_lists["admin"].add_paths([ring.key("admin")])  # a private key: refused
    assert "private key" in page.role_lists["admin"].error.text()
    page.role_lists["admin"].add_paths([ring.pub("admin")])
    page.policy_expires.setText("2099-12-31")
    page.draft_out.setText(str(out))
    assert not page.draft_button.isEnabled()
    assert "3 signatures required but only 2" in page.roles_error.text()
    page.thresholds["custodian"].setValue(2)
    assert page.draft_button.isEnabled()
    page.draft_button.click()
    assert out.exists() and "Drafted" in page.drafted_label.text()

    # Unsigned: inspecting it shows the admin threshold not met.
    assert page.inspect_field.text() == str(out)
    info = page.inspect_policy()
    assert info is not None and not info["valid"]
    assert page.policy_checks.banner.text() == "NOT VALID"
    assert any(mark == "✗" and "admin" in name
               for mark, name, _ in page.policy_checks.row_texts())

    # An admin signs it: now it holds.
    assert page.sign_policy_field.text() == str(out)
    page.sign_key.setText(ring.key("admin"))
    page.sign_passphrase.setText(KEY_PASSPHRASE)
    with qtbot.waitSignal(page.policy_signed, timeout=30000) as blocker:
        page.sign_policy_button.click()
    assert blocker.args[0]["signatures"] == 1
    assert page.sign_passphrase.text() == ""
    info = page.inspect_policy()
    assert info["valid"] and page.policy_checks.banner.text() == "VALID"
    roles = {page.roles_tree.topLevelItem(i).text(0): page.roles_tree.topLevelItem(i)
             for i in range(page.roles_tree.topLevelItemCount())}
    assert set(roles) == {"admin", "auditor", "custodian"}
    assert roles["custodian"].text(1) == "2 of 2" and roles["custodian"].childCount() == 2
    assert keys.show_policy(str(out))["valid"]
    assert modals.messages == []


def test_a_wrong_passphrase_shows_under_the_field(qtbot, page, ring, tmp_path):
    policy = tmp_path / "p.json"
    policy.write_bytes(Path(ring.policy).read_bytes())
    page.tabs.setCurrentIndex(3)
    page.sign_policy_field.setText(str(policy))
    page.sign_key.setText(ring.key("admin"))
    page.sign_passphrase.setText("wrong passphrase")
    before = policy.read_bytes()
    job = page.sign_policy()
    qtbot.waitUntil(lambda: page.sign_form.fields["passphrase"].error.isVisible(),
                    timeout=30000)
    assert job.error is not None
    assert "wrong passphrase" in page.sign_form.fields["passphrase"].error.text()
    assert policy.read_bytes() == before
    assert page.sign_policy_button.isEnabled()


def test_inspecting_a_file_that_is_not_a_policy_says_so(qtbot, page, tmp_path, modals):
    junk = tmp_path / "junk.json"
    junk.write_text("{\"not\": \"a policy\"}")
    page.inspect_field.setText(str(junk))
    assert page.inspect_policy() is None
    assert "bug" not in modals.kinds()
    assert page.policy_header.text()
    assert page.roles_tree.isHidden()


def test_one_key_in_two_roles_is_refused_before_drafting(qtbot, page, ring, tmp_path, modals):
    """The form names the key and its roles in the service's own words; nothing is drafted."""
    out = tmp_path / "policy.json"
    page.tabs.setCurrentIndex(2)
    page.role_lists["custodian"].add_paths([ring.pub("cust1")])
    page.role_lists["auditor"].add_paths([ring.pub("cust1")])
    page.role_lists["admin"].add_paths([ring.pub("admin")])
    page.policy_expires.setText("2099-12-31")
    page.draft_out.setText(str(out))
    with pytest.raises(InvalidInput) as refused:
        keys.draft_policy(out=str(out), name="p", expires="2099-12-31",
                          custodians=[ring.pub("cust1")], custodian_threshold=1,
                          auditors=[ring.pub("cust1")], auditor_threshold=1,
                          admins=[ring.pub("admin")], admin_threshold=1)
    message = str(refused.value)
    assert f"cust1 (key {ring.keyid('cust1')[:16]}) is custodian and auditor" in message
    assert not page.draft_button.isEnabled()
    # The same words (the first letter made a capital), names and keyids as they are.
    assert page.roles_error.text() == message[:1].upper() + message[1:] + "."
    assert page.draft_policy() is None and not out.exists()
    page.role_lists["auditor"].list.clear()
    page.role_lists["auditor"].add_paths([ring.pub("aud")])
    assert page.roles_error.text() == "" and page.draft_button.isEnabled()
    page.role_lists["report-signer"].add_paths([ring.pub("admin")])
    assert "admin (key" in page.roles_error.text()
    assert "is report-signer and admin" in page.roles_error.text()
    assert not page.draft_button.isEnabled()
    assert modals.messages == []


def test_signing_an_overlapping_policy_is_refused_under_the_field(qtbot, page, ring, tmp_path,
                                                                  modals):
    from app.attest.dsse import Envelope
    from app.attest.policy import Policy, Role

    policy = tmp_path / "p.json"
    trusted = Policy.from_payload(Envelope.loads(Path(ring.policy).read_bytes()).payload)
    admin = ring.keyid("admin")
    overlapping = Policy(trusted.name, 1, trusted.expires, trusted.keys,
                         {**trusted.roles, "auditor": Role((admin,), 1)})
    policy.write_bytes(overlapping.envelope().dumps())
    before = policy.read_bytes()
    page.tabs.setCurrentIndex(3)
    page.sign_policy_field.setText(str(policy))
    page.sign_key.setText(ring.key("admin"))
    page.sign_passphrase.setText(KEY_PASSPHRASE)
    job = page.sign_policy()
    error = page.sign_form.fields["path"].error
    qtbot.waitUntil(lambda: error.isVisible(), timeout=30000)
    assert job.error is not None
    assert f"admin (key {admin[:16]}) is auditor and admin" in error.text()
    assert policy.read_bytes() == before
    assert modals.messages == []


def test_a_key_made_in_a_token_then_signs_a_policy_by_its_uri(qtbot, page, ring, tmp_path,
                                                              tmp_path_factory):
    """SoftHSM2 as the token: the tab writes only the public key and shows the key's URI;
    "Sign a policy" takes that URI and the token's PIN where a key file and its passphrase
    would go; a wrong PIN is said under the field and nothing is signed."""
    from tests import hsm

    softhsm = hsm.start(tmp_path_factory.mktemp("softhsm"))
    tab = page.token_tab
    page.tabs.setCurrentIndex(page.tabs.indexOf(tab.parentWidget().parentWidget()))
    tab.module.setText(softhsm.module)
    tab.token.setText(hsm.TOKENS[0])
    tab.name.setText("page-admin")
    tab.pin.setText(hsm.USER_PIN)
    pub = tmp_path / "page-admin.pub"
    tab.out.setText(str(pub))
    with qtbot.waitSignal(page.key_created, timeout=30000) as created:
        assert tab.create() is not None
    uri = created.args[0]["uri"]
    assert uri.startswith("pkcs11:") and uri in tab.result.text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page-admin.pub"]
    assert tab.pin.text() == ""  # the PIN is not kept in the field

    policy = tmp_path / "policy.json"
    keys.draft_policy(out=str(policy), name="Token admin", expires="2099-12-31",
                      custodians=[ring.pub("cust1")], custodian_threshold=1,
                      auditors=[ring.pub("aud")], auditor_threshold=1,
                      admins=[str(pub)], admin_threshold=1)
    page.tabs.setCurrentIndex(3)
    page.sign_policy_field.setText(str(policy))
    page.sign_key.setText(uri)
    assert page.sign_passphrase.placeholderText() == "The token's PIN"
    page.sign_passphrase.setText("000000")
    job = page.sign_policy()
    qtbot.waitUntil(lambda: page.sign_form.fields["passphrase"].error.isVisible(),
                    timeout=30000)
    assert job.error is not None
    assert "the PIN for token Reserve HSM is not right" in \
        page.sign_form.fields["passphrase"].error.text()
    assert not keys.show_policy(str(policy))["valid"]
    page.sign_passphrase.setText(hsm.USER_PIN)
    with qtbot.waitSignal(page.policy_signed, timeout=30000):
        page.sign_policy()
    assert keys.show_policy(str(policy))["valid"]


def test_a_public_key_scanned_by_camera_joins_a_role(qtbot, page, ring, tmp_path, modals,
                                                     monkeypatch):
    """An auditor's public key shown as QR codes on another PC, read by the camera (a video
    through the camera's sink), kept as a file where the user says, and listed; a scan of
    something that is no public key is said and keeps nothing."""
    from app.attest.qrframes import split
    from app.gui import camera_scan
    from tests.gui.test_camera_scan import code, make_video

    data = Path(ring.pub("aud")).read_bytes()
    video = make_video(tmp_path / "video", [code(t) for t in split(data)])
    monkeypatch.setattr(camera_scan, "chosen_source", lambda: video)
    keep = tmp_path / "aud-scanned.pub"
    modals.files.append(str(keep))
    auditors = page.role_lists["auditor"]
    with qtbot.waitSignal(auditors.changed, timeout=60000):
        assert auditors.scan() is not None
    assert keep.read_bytes() == data
    assert auditors.paths == [str(keep)]
    assert keys.show_key(str(keep))["keyid"] == ring.keyid("aud")

    modals.files.append(str(tmp_path / "junk.pub"))
    auditors.keep_scanned(b"not a public key")
    assert not (tmp_path / "junk.pub").exists()
    assert "not a Tijori key file or public key" in auditors.error.text()
