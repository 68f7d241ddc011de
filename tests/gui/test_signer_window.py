"""Signer mode, driven as the key holder would: pin, pick the key, load, read, sign.

Real keys, real ledgers and real requests made through `tijori attest request`; the
signer's data folder (its pinned policy and its witness state) is the test's own
($XDG_DATA_HOME, tests/conftest.py), so every test starts as a PC that never signed.
"""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.gui import settings, signer_policy
from app.gui.signer_policy import SuccessorDialog
from app.gui.signer_window import ACCEPT_TOTALS, SignerWindow
from app.services import keys, qr, signer_view, signing
from tests.attest_helpers import (
    CUSTODIAN,
    KEY_PASSPHRASE,
    build_ledger,
    cli_runner,
    draft_policy,
    make_keyring,
    policy_with_key_periods,
    statement_of,
)
from tests.attest_helpers import sign as cli_sign

PARTIAL = "SOME CHECKS COULD NOT BE MADE — READ WHAT WAS NOT CHECKED"
NO_LEAVES = ("root recomputed", "totals recomputed", "leaf order", "leaf sites")
WITNESS = ("witness: journal", "witness: sequence", "witness: as-of")


@pytest.fixture(scope="module")
def ring(tmp_path_factory):
    return make_keyring(tmp_path_factory.mktemp("keys"))


def run(cli, *argv: str):
    result = cli(*argv)
    assert result.code == 0, (argv, result.err)
    return result


def make_request(ledger: Path, ring, stem: str, *args: str, policy: str | None = None
                 ) -> Path:
    """`tijori attest request` against `ledger`; the request beside it."""
    req = ledger.parent / f"{stem}.req.json"
    run(cli_runner(ledger), "attest", "request", "--policy", policy or ring.policy, "--out",
        str(req), "--leaves-out", str(ledger.parent / f"{stem}.leaves.jsonl"),
        "--custodian", CUSTODIAN, *args)
    return req


@pytest.fixture(scope="module")
def stocked(ring, tmp_path_factory) -> Path:
    """Five gold bars in VLT (2002.650 ozt fine) backing 1000 PKG."""
    return build_ledger(tmp_path_factory.mktemp("stocked") / "stocked.tijori", "stocked")


@pytest.fixture(scope="module")
def green(stocked, ring) -> Path:
    """A request that carries its leaves: every check can be made."""
    return make_request(stocked, ring, "green", "--with-leaves")


@pytest.fixture(scope="module")
def bare(stocked, ring) -> Path:
    """The same holdings, without the leaves: root and totals cannot be recomputed."""
    return make_request(stocked, ring, "bare")


@pytest.fixture(scope="module")
def short(stocked, ring, tmp_path_factory) -> Path:
    """Scope VLT only; two gold tokens short, one covered, a copper token outside it."""
    path = tmp_path_factory.mktemp("short") / "short.tijori"
    shutil.copyfile(stocked, path)
    cli = cli_runner(path)
    run(cli, "lot", "add", "--site", "WH", "--metal", "copper", "--warrant", "W-1", "--brand",
        "KGHM", "--shape", "cathode", "--grade", "Cu-CATH-1", "--bundles", "10", "--gross-t",
        "25.300", "--net-t", "25.100")
    for symbol, commodity, per_token, supply in (("PKX", "gold", "1 ozt", "3000"),
                                                 ("PKY", "gold", "2 ozt", "1200"),
                                                 ("CUT", "copper", "1 t", "10")):
        run(cli, "token", "add", "--symbol", symbol, "--commodity", commodity,
            "--per-token", per_token)
        run(cli, "token", "supply", symbol, "--supply", supply, "--source", "chain")
    return make_request(path, ring, "short", "--with-leaves", "--site", "VLT")


@pytest.fixture(scope="module")
def expiring(stocked, ring, tmp_path_factory):
    """A request under a policy in which cust1's key expires tomorrow."""
    folder = tmp_path_factory.mktemp("expiring")
    until = (datetime.now(UTC) + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    policy = policy_with_key_periods(ring, folder / "expiring-policy.json", {
        "cust1": ("2000-01-01T00:00:00Z", until)})
    return make_request(stocked, ring, "expiring", "--with-leaves", policy=policy), policy, until


@pytest.fixture
def window(qtbot):
    win = SignerWindow()
    qtbot.addWidget(win)
    return win


@pytest.fixture(autouse=True)
def successor_questions(monkeypatch, modals):
    """The question before pinning a successor: recorded; answered from `modals.answers`
    (no, when none is queued), never a modal dialog in a test."""
    asked: list[dict] = []

    def confirm(parent, info, pinned, source):
        asked.append({"info": info, "pinned": pinned, "source": source})
        return modals.answers.pop(0) if modals.answers else False

    monkeypatch.setattr(signer_policy, "confirm_successor", confirm)
    return asked


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


def shown(label) -> str:
    """A label's text as written: wrapping labels keep ids and times whole with
    non-breaking hyphens."""
    return label.text().replace("\u2011", "-")


def states(win) -> dict[str, str]:
    return win.checklist.states()


def policy_digest(path: str) -> str:
    return keys.show_policy(path)["digest"]


def pinned_digest() -> str | None:
    resolution = signer_view.current_policy(datetime.now(UTC))
    return None if resolution is None else resolution.digest


@pytest.fixture
def terminal(cli, monkeypatch):
    """`tijori ...` without a ledger (finalize writes only the file), with the key
    passphrase the other signers' CLI runs read."""
    monkeypatch.delenv("TIJORI_LEDGER", raising=False)
    monkeypatch.setenv("TIJORI_KEY_PASSPHRASE", KEY_PASSPHRASE)
    return cli


def finalize_and_verify(cli, ring, request: Path, ours: Path, tmp_path, *signers: str,
                        leaves: Path | None = None):
    """The other signers sign through the CLI; the terminal finalizes; `verify` judges."""
    responses = [str(ours)]
    for signer in signers:
        result, out = cli_sign(cli, ring, request, signer)
        assert result.code == 0, result.err
        responses.append(str(out))
    attestation = tmp_path / f"{request.stem}.att.json"
    run(cli, "attest", "finalize", str(request), *responses, "--out", str(attestation))
    extra = ["--leaves", str(leaves)] if leaves else []
    return cli("verify", str(attestation), "--policy", ring.policy, *extra, "--json")


# -- the pinned policy ---------------------------------------------------------------------


def test_first_use_pins_the_policy_and_shows_its_digest_as_words(qtbot, window, ring):
    assert window.policy_info is None
    assert "No policy is pinned" in window.policy_label.text()
    assert pinned_digest() is None
    with qtbot.waitSignal(window.pinned, timeout=5000):
        assert window.pin_policy(ring.policy)
    digest = policy_digest(ring.policy)
    words = signer_view.digest_words(digest)
    assert window.policy_words.text().split() == words
    assert window.policy_words.isVisibleTo(window)
    assert "Pinned on first use" in shown(window.policy_note)
    assert "compare the words above with the administrators'" in shown(window.policy_note)
    assert pinned_digest() == digest
    # Nothing is remembered by path: a restarted window shows the pinned copy by itself.
    assert settings.value("signer/policy") == ""
    again = SignerWindow()
    qtbot.addWidget(again)
    assert again.policy_info is not None and again.policy_info["digest"] == digest
    assert again.policy_words.text().split() == words
    assert again.policy_note.text() == ""  # not a first pin this time


def test_replacing_the_pinned_policy_file_with_a_lowered_threshold_is_refused(
        qtbot, window, ring, tmp_path, green):
    given = tmp_path / "policy.json"
    shutil.copyfile(ring.policy, given)
    assert window.pin_policy(str(given))
    original = pinned_digest()
    # Behind the signer's back: the same version, custodian threshold lowered to 1.
    draft_policy(ring, given.with_name("lowered.json"), custodian_threshold=1)
    shutil.copyfile(given.with_name("lowered.json"), given)
    assert policy_digest(str(given)) != original

    restarted = SignerWindow()
    qtbot.addWidget(restarted)
    assert "custodian: 2 of 2" in restarted.policy_label.text()  # the pinned copy
    with qtbot.waitSignal(restarted.refused, timeout=5000) as refused:
        assert not restarted.pin_policy(str(given))
    error = shown(restarted.policy_error)
    assert error == refused.args[0]
    assert "differs from the pinned policy of the same version 1" in error
    assert "still works under the pinned version 1" in error
    assert restarted.policy_error.isVisibleTo(restarted)
    assert pinned_digest() == original
    assert "custodian: 2 of 2" in restarted.policy_label.text()
    # Requests are still checked under the pinned policy, not the file.
    assert restarted.use_key(ring.key("cust1"))
    with qtbot.waitSignal(restarted.prepared_ready, timeout=30000) as blocker:
        restarted.load_request_file(str(green))
    assert blocker.args[0].ok
    assert blocker.args[0].policy.roles["custodian"].threshold == 2


def test_a_valid_successor_is_pinned_only_after_yes(qtbot, window, ring, tmp_path, modals,
                                                   successor_questions):
    assert window.pin_policy(ring.policy)
    v1 = pinned_digest()
    v2 = draft_policy(ring, tmp_path / "policy-v2.json", version=2, custodian_threshold=1)
    modals.answers[:] = [False]
    assert not window.pin_policy(v2)
    assert len(successor_questions) == 1
    info = successor_questions[0]["info"]
    assert info["version"] == 2 and successor_questions[0]["pinned"]["version"] == 1
    assert info["changes"][:2] == ["version 1 → 2", "custodian threshold 2 → 1"]
    assert info["words"] == signer_view.digest_words(policy_digest(v2))
    assert pinned_digest() == v1  # no: nothing pinned
    assert "Version 2 was not pinned" in shown(window.policy_error)
    assert "version 1" in window.policy_label.text()

    modals.answers[:] = [True]
    with qtbot.waitSignal(window.pinned, timeout=5000):
        assert window.pin_policy(v2)
    assert len(successor_questions) == 2
    assert pinned_digest() == policy_digest(v2)
    assert "version 2" in window.policy_label.text()
    assert "custodian: 1 of 2" in window.policy_label.text()
    assert window.policy_words.text().split() == info["words"]
    assert "Version 2 is now pinned" in shown(window.policy_note)
    # The pinned version 2 is now the one: giving it again asks nothing.
    assert window.pin_policy(v2) and len(successor_questions) == 2


def test_the_successor_dialog_lists_the_changes_and_enter_keeps_the_pinned_one(
        qtbot, window, ring, tmp_path):
    assert window.pin_policy(ring.policy)
    v2 = draft_policy(ring, tmp_path / "policy-v2.json", version=2, custodian_threshold=1)
    resolution = signing.pinned_policy(v2, datetime.now(UTC))
    info = signer_view.policy_info(resolution)
    dialog = SuccessorDialog(info, window.policy_info, "policy-v2.json", window)
    qtbot.addWidget(dialog)
    assert dialog.changes() == list(resolution.changes)
    assert "custodian threshold 2 → 1" in dialog.changes()
    assert dialog.words.text().split() == list(resolution.words)
    assert dialog.pin_button.text() == "Pin version 2"
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Rejected  # Enter does not pin
    assert pinned_digest() == policy_digest(ring.policy)


def test_a_key_file_is_no_policy(qtbot, window, ring):
    assert not window.use_key(ring.pub("cust1"))
    assert "public key" in window.key_error.text()
    assert not window.pin_policy(ring.key("cust1"))
    assert window.policy_error.isVisibleTo(window) and window.policy_info is None
    assert "Refusing the policy" in shown(window.policy_error)
    assert pinned_digest() is None


def test_a_request_waits_for_a_pinned_policy(qtbot, window, ring, green):
    assert window.use_key(ring.key("cust1"))
    assert window.load_request_file(str(green)) is None  # nothing to check it under
    assert "Pin the trust policy (step 1)" in shown(window.request_error)
    assert window.prepared is None and not window.passphrase.isEnabled()
    with qtbot.waitSignal(window.prepared_ready, timeout=30000) as blocker:
        assert window.pin_policy(ring.policy)
    assert blocker.args[0].ok and shown(window.request_error) == ""


# -- reading and signing ---------------------------------------------------------------------


def test_a_request_with_leaves_is_all_green_and_then_finalizes(qtbot, window, ring, green,
                                                               tmp_path, modals, terminal):
    prepared = load(qtbot, window, ring, green)
    body = statement_of(green)
    assert prepared.ok and not prepared.totals_unchecked
    assert window.checklist.banner.text() == "CHECKS PASSED — READ, THEN SIGN"
    assert set(states(window).values()) == {"passed"}
    assert {"policy", "key", *NO_LEAVES, "coverage recomputed", *WITNESS} <= set(states(window))
    review = window.review
    facts = review.facts_text()
    assert facts["ledger"] == body["custodian"]["ledger_id"]
    assert facts["attestation"] == body["attestation_id"]
    assert facts["scope"] == "every holding of the ledger"
    assert facts["sequence"] == "1"
    assert facts["previous"] == "none: first of its series"
    assert facts["root"].split() == [body["tree"]["root"][i:i + 8] for i in range(0, 64, 8)]
    assert facts["root_words"].split() == signer_view.digest_words(body["tree"]["root"])
    assert review.totals.texts() == [[t["commodity"], t["quantity"], t["unit"]]
                                     for t in body["totals"]] == [["gold", "2002.650", "ozt"]]
    assert review.totals.item(0, 1).textAlignment() & Qt.AlignmentFlag.AlignRight
    assert review.tokens.texts() == [["PKG", "1000", "1000 ozt", "200.26 %"]]
    assert review.shortfalls() == {}
    assert not window.accept_row.isVisibleTo(window)
    assert "custodian" in window.key_label.text() and "words:" in window.key_label.text()
    assert "custodian: 2 of 2" in window.policy_label.text()

    out = tmp_path / "green.cust1.sig"
    modals.files.append(str(out))
    sign(qtbot, window)
    assert out.read_bytes() == window.response
    assert window.passphrase.text() == ""  # not kept once used
    assert str(out) in window.response_label.text()
    banner = review.signed_banner.text().replace("\u2011", "-")
    assert review.signed_banner.isVisibleTo(window)
    assert body["attestation_id"] in banner and f"sequence 1 · as of {body['as_of']}" in banner
    assert banner.split("root as words:")[1].split() == signer_view.digest_words(
        body["tree"]["root"])
    assert not review.banner.isVisibleTo(window)  # "read, then sign" is over

    verdict = finalize_and_verify(terminal, ring, green, out, tmp_path, "cust2", "aud",
                                  leaves=green.with_name("green.leaves.jsonl"))
    assert verdict.code == 0, verdict.out
    assert verdict.json()["valid"] is True


def test_without_leaves_the_unmade_checks_are_amber_and_a_tick_of_its_own_gates_signing(
        qtbot, window, ring, bare, tmp_path, modals, terminal):
    prepared = load(qtbot, window, ring, bare)
    assert prepared.ok and prepared.totals_unchecked
    seen = states(window)
    assert {name: seen[name] for name in NO_LEAVES} == dict.fromkeys(NO_LEAVES, "not done")
    assert {seen[name] for name in seen if name not in NO_LEAVES} == {"passed"}
    rows = {name: (mark, reason) for mark, name, reason in window.checklist.row_texts()}
    assert rows["totals recomputed"] == ("!", "totals not checked: the request carries no "
                                              "leaves")
    assert window.checklist.banner.text() == PARTIAL
    assert "CHECKS PASSED" not in window.review.toPlainText()
    assert "totals recomputed" in window.review.not_done_note.text()
    assert window.review.totals.texts() == [["gold", "2002.650", "ozt"]]

    assert window.accept_row.isVisibleTo(window)
    assert window.accept_totals_text.text() == ACCEPT_TOTALS
    assert not window.accept_totals.isChecked()
    window.passphrase.setText(KEY_PASSPHRASE)
    assert window.passphrase.isEnabled() and not window.sign_button.isEnabled()
    assert window.sign() is None  # Enter in the passphrase field does not sign either
    assert "tick the box" in shown(window.sign_error)
    assert window.response is None and signing.witnessed() == []

    qtbot.mouseClick(window.accept_totals_text, Qt.MouseButton.LeftButton)  # its sentence
    assert window.accept_totals.isChecked() and window.sign_button.isEnabled()
    out = tmp_path / "bare.cust1.sig"
    modals.files.append(str(out))
    response = json.loads(sign(qtbot, window))
    assert response["keyid"] == ring.keyid("cust1")
    assert [row["ledger_id"] for row in signing.witnessed()] == [
        statement_of(bare)["custodian"]["ledger_id"]]

    verdict = finalize_and_verify(terminal, ring, bare, out, tmp_path, "cust2", "aud")
    assert verdict.code == 0, verdict.out
    # The next request is confirmed on its own: the tick does not carry over.
    window.clear_request()
    assert not window.accept_totals.isChecked() and not window.accept_row.isVisibleTo(window)


def test_each_short_token_gets_a_red_banner_and_tokens_outside_the_scope_are_not_short(
        qtbot, window, ring, short):
    prepared = load(qtbot, window, ring, short)
    assert prepared.ok
    body = statement_of(short)
    tokens = {t["symbol"]: t for t in body["tokens"]}
    banners = window.review.shortfalls()
    assert sorted(banners) == ["PKX", "PKY"]
    for symbol, text in banners.items():
        text = text.replace("\u2011", "-")
        assert text.startswith(f"SHORTFALL — {symbol}: coverage ")
        assert f"short by {tokens[symbol]['shortfall']} ozt of gold" in text
    assert "coverage 66.75 %" in banners["PKX"] and "997.350" in banners["PKX"]
    assert "coverage 83.44 %" in banners["PKY"] and "397.350" in banners["PKY"]
    assert tokens["CUT"]["note"] == "not covered by this attestation"
    table = {row[0]: row for row in window.review.tokens.texts()}
    assert table["CUT"] == ["CUT", "10", "not covered by this attestation", ""]
    assert table["PKG"][3] == "200.26 %"
    assert table["PKX"][3] == "66.75 %  SHORT"
    scope = window.review.facts["scope"].text()
    assert scope.startswith("not every holding: sites VLT only")
    assert window.checklist.banner.text() == "CHECKS PASSED — READ, THEN SIGN"


def test_a_rolled_back_ledger_is_a_failed_witness_check_and_cannot_be_signed(
        qtbot, window, ring, tmp_path, modals):
    live = build_ledger(tmp_path / "live.tijori", "stocked")
    old = tmp_path / "old" / "live.tijori"
    old.parent.mkdir()
    shutil.copyfile(live, old)  # a copy, kept before the first attestation
    run(cli_runner(live), "bar", "add", "--site", "VLT", "--metal", "gold", "--brand", "PAMP",
        "--serial", "B-6", "--year", "2022", "--gross-oz", "400.000", "--fineness", "999.9")
    first = make_request(live, ring, "first", "--with-leaves")
    load(qtbot, window, ring, first)
    sign(qtbot, window)  # the save dialog is cancelled: the signature is given all the same
    signed = signing.witnessed()
    assert len(signed) == 1

    # Later, the custodian restores the older copy and asks again.
    rolled = make_request(old, ring, "rolled", "--with-leaves")
    before, after = statement_of(first), statement_of(rolled)
    assert before["custodian"]["ledger_id"] == after["custodian"]["ledger_id"]
    assert after["journal"]["size"] < before["journal"]["size"]
    window.clear_request()
    with qtbot.waitSignal(window.prepared_ready, timeout=30000) as blocker:
        window.load_request_file(str(rolled))
    prepared = blocker.args[0]
    assert not prepared.ok
    assert states(window)["witness: journal"] == "failed"
    reasons = {name: reason for _, name, reason in window.checklist.row_texts()}
    assert "rolled back to an older copy" in reasons["witness: journal"]
    assert window.checklist.banner.text() == "REFUSED — DO NOT SIGN"
    assert "rolled back to an older copy" in shown(window.review.failed_note)
    assert "witness: journal" in shown(window.request_error)
    window.passphrase.setText(KEY_PASSPHRASE)
    assert not window.passphrase.isEnabled() and not window.sign_button.isEnabled()
    assert window.sign() is None and window.response is None
    assert signing.witnessed() == signed  # nothing more was vouched for

    # Forgetting the ledger is explicit, and the next summary shows it.
    signing.forget_ledger(before["custodian"]["ledger_id"])
    window.clear_request()
    with qtbot.waitSignal(window.prepared_ready, timeout=30000) as blocker:
        window.load_request_file(str(rolled))
    assert blocker.args[0].ok
    note = window.review.forgotten_note
    assert note.isVisibleTo(window)
    assert "told to forget ledger" in note.text()
    assert "rolled back" not in window.review.toPlainText()


def test_the_next_of_a_series_shows_its_previous_and_extends_what_was_signed(
        qtbot, window, ring, tmp_path, modals):
    ledger = build_ledger(tmp_path / "series.tijori", "stocked")
    terminal = cli_runner(ledger)  # finalize records the attestation in the ledger
    one = make_request(ledger, ring, "one", "--with-leaves")
    load(qtbot, window, ring, one)
    ours = tmp_path / "one.cust1.sig"
    modals.files.append(str(ours))
    sign(qtbot, window)
    responses = [str(ours)]
    for signer in ("cust2", "aud"):
        result, out = cli_sign(terminal, ring, one, signer)
        assert result.code == 0, result.err
        responses.append(str(out))
    run(terminal, "attest", "finalize", str(one), *responses, "--out",
        str(tmp_path / "one.att.json"))
    run(terminal, "bar", "add", "--site", "VLT", "--metal", "gold", "--brand", "PAMP",
        "--serial", "B-6", "--year", "2022", "--gross-oz", "400.000", "--fineness", "999.9")
    two = make_request(ledger, ring, "two", "--with-leaves")

    window.clear_request()
    with qtbot.waitSignal(window.prepared_ready, timeout=30000) as blocker:
        window.load_request_file(str(two))
    assert blocker.args[0].ok
    first, body = statement_of(one), statement_of(two)
    facts = window.review.facts_text()
    assert facts["sequence"] == "2"
    assert facts["previous"] == (f"{first['attestation_id']}\nas of {first['as_of']} "
                                 "(sequence 1)")
    reasons = {name: reason for _, name, reason in window.checklist.row_texts()}
    assert reasons["witness: journal"] == (
        f"the journal of {body['journal']['size']} events extends the "
        f"{first['journal']['size']} events you signed before (consistency proof checked)")
    assert reasons["witness: sequence"] == ("sequence 2 follows sequence 1, which you signed "
                                            "before")
    assert set(states(window).values()) == {"passed"}


def test_wrong_passphrase_says_so_and_writes_nothing(qtbot, window, ring, green, tmp_path,
                                                     modals):
    load(qtbot, window, ring, green)
    out = tmp_path / "never.sig"
    modals.files.append(str(out))
    window.passphrase.setText("not the passphrase")
    with qtbot.waitSignal(window.refused, timeout=30000) as blocker:
        window.sign_button.click()
    assert "wrong passphrase" in blocker.args[0]
    assert window.sign_error.isVisibleTo(window)
    assert "wrong passphrase" in shown(window.sign_error)
    assert window.response is None and not out.exists()
    assert modals.files == [str(out)]  # the save dialog was never opened
    assert modals.messages == []
    assert window.sign_button.isEnabled()  # the signer may try again
    assert signing.witnessed() == []


def test_request_under_another_policy_is_refused_before_the_passphrase(
        qtbot, window, ring, green, tmp_path):
    other = draft_policy(ring, tmp_path / "other.json", custodians=("cust1",),
                         custodian_threshold=1, name="Another policy")
    prepared = load(qtbot, window, ring, green, policy=other)  # pinned first here
    assert not prepared.ok
    assert "another policy" in shown(window.review.failed_note)
    assert shown(window.request_error) == ("Refusing to sign: policy failed. Why is said on "
                                           "the right.")
    assert window.checklist.banner.text().startswith("REFUSED")
    assert states(window) == {"policy": "failed"}
    assert not window.passphrase.isEnabled() and not window.sign_button.isEnabled()
    assert window.sign() is None


def test_a_key_without_the_asked_role_is_refused(qtbot, window, ring, green):
    prepared = load(qtbot, window, ring, green, key="outsider")
    assert not prepared.ok
    assert "not for your key" in shown(window.review.failed_note)
    assert "no role" in window.key_label.text()
    assert not window.passphrase.isEnabled()


def test_damaged_request_is_a_plain_message(qtbot, window, ring, green, tmp_path, modals):
    damaged = tmp_path / "damaged.req.json"
    damaged.write_bytes(green.read_bytes().replace(b'"payload":"', b'"payload":"AAAA', 1))
    assert window.pin_policy(ring.policy) and window.use_key(ring.key("cust1"))
    with qtbot.waitSignal(window.refused, timeout=30000) as blocker:
        window.load_request_file(str(damaged))
    assert "damaged" in blocker.args[0]
    assert window.request_error.isVisibleTo(window)
    assert window.prepared is None and not window.passphrase.isEnabled()
    assert modals.messages == []


def test_response_as_one_qr_code_reads_back(qtbot, window, ring, green, tmp_path, modals):
    load(qtbot, window, ring, green, key="aud")
    sign(qtbot, window)  # the save dialog is cancelled: the response stays on screen
    assert window.response is not None and window.saved_to == ""
    view = window.show_qr()
    assert view.count == 1
    image = tmp_path / "response.png"
    assert view.pixmaps[0].save(str(image), "PNG")
    assert qr.read_qr_images([image]) == window.response


def test_request_read_from_qr_images(qtbot, window, ring, bare, tmp_path):
    frames = qr.write_qr_frames(bare.read_bytes(), tmp_path / "frames", stem="bare")
    assert window.pin_policy(ring.policy) and window.use_key(ring.key("cust2"))
    with qtbot.waitSignal(window.prepared_ready, timeout=30000) as blocker:
        window.load_request_images([str(p) for p in reversed(frames)])
    assert blocker.args[0].ok
    assert window.passphrase.isEnabled() and window.accept_row.isVisibleTo(window)


def test_the_pinned_policy_outlives_its_file_and_the_key_is_remembered(qtbot, ring,
                                                                      tmp_path):
    given = tmp_path / "policy.json"
    shutil.copyfile(ring.policy, given)
    first = SignerWindow()
    qtbot.addWidget(first)
    assert first.pin_policy(str(given)) and first.use_key(ring.key("cust1"))
    given.unlink()
    second = SignerWindow()
    qtbot.addWidget(second)
    assert second.policy_info["digest"] == policy_digest(ring.policy)
    assert second.key_info["keyid"] == ring.keyid("cust1")
    assert "signs as: custodian" in second.key_label.text()


def test_an_expired_key_is_refused(qtbot, ring, expiring):
    request, policy, until = expiring
    later = datetime.now(UTC) + timedelta(days=2)
    win = SignerWindow(clock=lambda: later)
    qtbot.addWidget(win)
    prepared = load(qtbot, win, ring, request, policy=policy)
    assert not prepared.ok
    assert f"your key expired at {until}" in shown(win.review.failed_note)
    assert "key failed" in shown(win.request_error)
    assert not win.passphrase.isEnabled()


def test_at_1024_by_768_nothing_is_cut_off(qtbot, window, ring, short, bare):
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    load(qtbot, window, ring, short)
    qtbot.wait(50)
    for area in (window.steps_scroll, window.review_scroll):
        # Wider content than its column would be cut off (there is no sideways scrolling).
        assert area.widget().minimumSizeHint().width() <= area.viewport().width()
    review = window.review
    for key, label in review.facts.items():
        if not label.wordWrap():  # ids and digests: on lines of their own, whole
            assert label.sizeHint().width() <= label.width(), key
    for table in (review.totals, review.tokens):
        assert table.width() <= review.width()
    # The tick, the passphrase and the Sign button stay in view, however long the review.
    with qtbot.waitSignal(window.prepared_ready, timeout=30000):
        window.load_request_file(str(bare))
    qtbot.wait(50)
    for widget in (window.accept_totals, window.passphrase, window.sign_button):
        corner = widget.mapTo(window, widget.rect().bottomRight())
        assert widget.isVisible() and window.rect().contains(corner)


# -- expiry warnings and keys in a token (issue 15) -----------------------------------------


def test_a_key_ending_within_60_days_is_warned_of_when_the_policy_is_shown(qtbot, ring,
                                                                           expiring):
    _, policy, until = expiring
    win = SignerWindow()
    qtbot.addWidget(win)
    assert win.pin_policy(policy)
    warning = shown(win.policy_expiry)
    assert win.policy_expiry.isVisibleTo(win)
    assert f"Key cust1 (custodian) expires at {until}, in less than a day" in warning
    assert "trust policy" not in warning  # the policy itself ends in 2099
    # Seen from 70 days before, nothing is near its end.
    earlier = SignerWindow(clock=lambda: datetime.now(UTC) - timedelta(days=70))
    qtbot.addWidget(earlier)
    assert earlier.policy_info is not None
    assert not earlier.policy_expiry.isVisibleTo(earlier)


def test_a_key_in_a_token_signs_in_the_signer_window(qtbot, ring, stocked, tmp_path,
                                                     tmp_path_factory, monkeypatch, modals):
    """The custodian's key lives in a SoftHSM2 token: chosen by its URI, unlocked by the
    token's PIN typed where a passphrase would be; the response carries its keyid."""
    from app.services import keys as keyservice
    from tests import hsm

    softhsm = hsm.start(tmp_path_factory.mktemp("softhsm"))
    pub = tmp_path / "hsm-cust.pub"
    info = keyservice.create_token_key("hsm-cust", str(pub), module=softhsm.module,
                                       token=hsm.TOKENS[0], pin=lambda: hsm.USER_PIN)
    policy = tmp_path / "policy.json"
    keyservice.draft_policy(out=str(policy), name="HSM policy", expires="2099-12-31",
                            custodians=[ring.pub("cust1"), str(pub)], custodian_threshold=2,
                            auditors=[ring.pub("aud")], auditor_threshold=1,
                            admins=[ring.pub("admin")], admin_threshold=1)
    keyservice.sign_policy(str(policy), ring.key("admin"), KEY_PASSPHRASE)
    request = make_request(stocked, ring, "hsm", "--with-leaves", policy=str(policy))
    win = SignerWindow()
    qtbot.addWidget(win)
    assert win.pin_policy(str(policy))
    modals.typed.append(info["uri"])
    win.token_button.click()
    assert win.key_path == info["uri"]
    assert "Inside a hardware token" in win.key_label.text()
    assert win.passphrase.placeholderText() == "The token's PIN"
    with qtbot.waitSignal(win.prepared_ready, timeout=30000) as blocker:
        assert win.load_request_file(str(request)) is not None
    assert blocker.args[0].ok and blocker.args[0].key_in_token
    win.passphrase.setText("000000")
    with qtbot.waitSignal(win.refused, timeout=30000) as refused:
        win.sign_button.click()
    assert "the PIN for token Reserve HSM is not right" in refused.args[0]
    assert win.response is None
    response = json.loads(sign(qtbot, win, hsm.USER_PIN))
    assert response["keyid"] == info["keyid"]


def test_a_request_scanned_by_camera_is_checked_as_a_file_is(qtbot, window, ring, green,
                                                             tmp_path, monkeypatch):
    """The request's animated QR codes, as a camera would see them (a video through the
    same sink), come out byte for byte and are checked and shown as the file is."""
    from app.attest.qrframes import split
    from app.gui import camera_scan
    from tests.gui.test_camera_scan import code, make_video

    data = green.read_bytes()
    video = make_video(tmp_path / "v", [code(t) for t in split(data, max_chars=600)])
    monkeypatch.setattr(camera_scan, "chosen_source", lambda: video)
    assert window.pin_policy(ring.policy)
    assert window.use_key(ring.key("cust1"))
    with qtbot.waitSignal(window.prepared_ready, timeout=60000) as blocker:
        dialog = window.scan_request()
        assert dialog is not None
    assert window.request_data == data
    assert blocker.args[0].ok
    assert window.request_label.text() == "the camera's QR codes"
