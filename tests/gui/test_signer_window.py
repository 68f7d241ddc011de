"""Signer mode, driven as the key holder would: pin, pick the key, load, read, sign."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.gui import settings
from app.gui.signer_window import SignerWindow
from app.services import attesting, qr, session, verifying
from tests.attest_helpers import (
    CUSTODIAN,
    KEY_PASSPHRASE,
    build_ledger,
    draft_policy,
    make_keyring,
    policy_with_key_periods,
)
from tests.gui.conftest import ACTOR, PASSPHRASE


@pytest.fixture(scope="module")
def ring(tmp_path_factory):
    return make_keyring(tmp_path_factory.mktemp("keys"))


@pytest.fixture(scope="module")
def request_files(ring, tmp_path_factory):
    """A signing request (with its leaves inside) over five gold bars backing 1000 PKG."""
    folder = tmp_path_factory.mktemp("request")
    path = build_ledger(folder / "stocked.tijori", "stocked")
    ledger = session.open_ledger(path, PASSPHRASE, ACTOR)
    try:
        made = attesting.make_request(
            ledger, policy_path=ring.policy, out=str(folder / "q1.req.json"),
            leaves_out=str(folder / "q1.leaves.jsonl"), custodian=CUSTODIAN, with_leaves=True)
        # The same holdings under a policy in which cust1's key expired long ago.
        expired = policy_with_key_periods(ring, folder / "expired-policy.json", {
            "cust1": ("2000-01-01T00:00:00Z", "2001-01-01T00:00:00Z")})
        attesting.make_request(
            ledger, policy_path=expired, out=str(folder / "q2.req.json"),
            leaves_out=str(folder / "q2.leaves.jsonl"), custodian=CUSTODIAN)
    finally:
        ledger.close()
    return folder / "q1.req.json", folder / "q1.leaves.jsonl", made["statement"]


@pytest.fixture
def window(qtbot):
    win = SignerWindow()
    qtbot.addWidget(win)
    return win


def load(qtbot, win, ring, request, *, key="cust1", policy=None):
    assert win.pin_policy(policy or ring.policy)
    assert win.use_key(ring.key(key))
    with qtbot.waitSignal(win.prepared_ready, timeout=30000) as blocker:
        assert win.load_request_file(str(request)) is not None
    return blocker.args[0]


def sign(qtbot, win, passphrase=KEY_PASSPHRASE):
    win.passphrase.setText(passphrase)
    assert win.sign_button.isEnabled()
    with qtbot.waitSignal(win.signed, timeout=30000) as blocker:
        win.sign_button.click()
    return blocker.args[0]


def test_sign_a_request_that_then_finalizes(qtbot, window, ring, request_files, tmp_path,
                                            modals):
    request, leaves, body = request_files
    prepared = load(qtbot, window, ring, request)
    assert prepared.ok
    text = window.summary.toPlainText()
    for total in body["totals"]:
        assert total["quantity"] in text and total["commodity"] in text
    assert CUSTODIAN in text and "PKG" in text
    assert window.checklist.banner.text().startswith("CHECKS PASSED")
    names = {name for _, name, _ in window.checklist.row_texts()}
    assert {"policy", "key", "root recomputed", "totals recomputed"} <= names
    assert "custodian" in window.key_label.text() and "words:" in window.key_label.text()
    assert "custodian: 2 of 2" in window.policy_label.text()

    out = tmp_path / "q1.cust1.sig"
    modals.files.append(str(out))
    sign(qtbot, window)
    assert out.read_bytes() == window.response
    assert window.passphrase.text() == ""  # not kept once used
    assert str(out) in window.response_label.text()

    others = []
    for signer in ("cust2", "aud"):
        other = tmp_path / f"q1.{signer}.sig"
        attesting.sign_request(str(request), key_path=ring.key(signer),
                               passphrase=lambda: KEY_PASSPHRASE, policy_path=ring.policy,
                               out=str(other), confirm=lambda text: True)
        others.append(str(other))
    attestation = tmp_path / "q1.att.json"
    attesting.finalize(str(request), [str(out), *others], out=str(attestation))
    verdict = verifying.verify_file(str(attestation), ring.policy, leaves=str(leaves),
                                    parallel=False)
    assert verdict.ok, verdict.failures


def test_wrong_passphrase_says_so_and_writes_nothing(qtbot, window, ring, request_files,
                                                     tmp_path, modals):
    request, _, _ = request_files
    load(qtbot, window, ring, request)
    out = tmp_path / "never.sig"
    modals.files.append(str(out))
    window.passphrase.setText("not the passphrase")
    with qtbot.waitSignal(window.refused, timeout=30000) as blocker:
        window.sign_button.click()
    assert "wrong passphrase" in blocker.args[0]
    assert window.sign_error.isVisibleTo(window)
    assert "wrong passphrase" in window.sign_error.text()
    assert window.response is None and not out.exists()
    assert modals.files == [str(out)]  # the save dialog was never opened
    assert modals.messages == []
    assert window.sign_button.isEnabled()  # the signer may try again


def test_request_under_another_policy_is_refused_before_the_passphrase(
        qtbot, window, ring, request_files, tmp_path):
    request, _, _ = request_files
    other = draft_policy(ring, tmp_path / "other.json", custodians=("cust1",),
                         custodian_threshold=1, name="Another policy")
    prepared = load(qtbot, window, ring, request, policy=other)
    assert not prepared.ok
    assert "another policy" in window.request_error.text()
    assert window.checklist.banner.text().startswith("REFUSED")
    assert not window.passphrase.isEnabled() and not window.sign_button.isEnabled()
    assert window.sign() is None


def test_a_key_without_the_asked_role_is_refused(qtbot, window, ring, request_files):
    request, _, _ = request_files
    prepared = load(qtbot, window, ring, request, key="outsider")
    assert not prepared.ok
    assert "not for your key" in window.request_error.text()
    assert "no role" in window.key_label.text()
    assert not window.passphrase.isEnabled()


def test_damaged_request_is_a_plain_message(qtbot, window, ring, request_files, tmp_path,
                                            modals):
    request, _, _ = request_files
    damaged = tmp_path / "damaged.req.json"
    damaged.write_bytes(request.read_bytes().replace(b'"payload":"', b'"payload":"AAAA', 1))
    assert window.pin_policy(ring.policy) and window.use_key(ring.key("cust1"))
    with qtbot.waitSignal(window.refused, timeout=30000) as blocker:
        window.load_request_file(str(damaged))
    assert "damaged" in blocker.args[0]
    assert window.request_error.isVisibleTo(window)
    assert window.prepared is None and not window.passphrase.isEnabled()
    assert modals.messages == []


def test_response_as_one_qr_code_reads_back(qtbot, window, ring, request_files, tmp_path,
                                            modals):
    request, _, _ = request_files
    load(qtbot, window, ring, request, key="aud")
    sign(qtbot, window)  # the save dialog is cancelled: the response stays on screen
    assert window.response is not None and window.saved_to == ""
    view = window.show_qr()
    assert view.count == 1
    image = tmp_path / "response.png"
    assert view.pixmaps[0].save(str(image), "PNG")
    assert qr.read_qr_images([image]) == window.response


def test_request_read_from_qr_images(qtbot, window, ring, request_files, tmp_path):
    request, _, _ = request_files
    frames = qr.write_qr_frames(request.read_bytes(), tmp_path / "frames", stem="q1")
    assert window.pin_policy(ring.policy) and window.use_key(ring.key("cust2"))
    with qtbot.waitSignal(window.prepared_ready, timeout=30000) as blocker:
        window.load_request_images([str(p) for p in reversed(frames)])
    assert blocker.args[0].ok
    assert window.passphrase.isEnabled()


def test_pinned_policy_and_key_are_remembered(qtbot, ring):
    first = SignerWindow()
    qtbot.addWidget(first)
    assert first.pin_policy(ring.policy) and first.use_key(ring.key("cust1"))
    assert Path(settings.value("signer/policy")) == Path(ring.policy).resolve()
    second = SignerWindow()
    qtbot.addWidget(second)
    assert second.policy_path == str(Path(ring.policy).resolve())
    assert second.key_info["keyid"] == ring.keyid("cust1")


def test_a_public_key_or_a_non_policy_is_refused(qtbot, window, ring):
    assert not window.use_key(ring.pub("cust1"))
    assert "public key" in window.key_error.text()
    assert not window.pin_policy(ring.key("cust1"))
    assert window.policy_error.isVisibleTo(window) and window.policy_path == ""


def test_an_expired_key_is_refused(qtbot, window, ring, request_files):
    folder = request_files[0].parent
    prepared = load(qtbot, window, ring, folder / "q2.req.json",
                    policy=str(folder / "expired-policy.json"))
    assert not prepared.ok
    assert "your key expired at 2001-01-01" in window.request_error.text()
    assert not window.passphrase.isEnabled()
