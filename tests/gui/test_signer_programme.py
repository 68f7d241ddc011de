"""The offline signer window on a programme's request: the programme's operator pins the
programme policy, reads every member checked again and the programme's figures, signs."""

from __future__ import annotations

import pytest

from app.gui.signer_window import SignerWindow
from app.services import programme_attest
from tests.attest_helpers import KEY_PASSPHRASE
from tests.programme_helpers import (
    member_files,
    policies,
    programme_keyring,
    signed_programme_policy,
)


@pytest.fixture(scope="module")
def programme(tmp_path_factory):
    folder = tmp_path_factory.mktemp("signer-programme")
    ring = programme_keyring(tmp_path_factory.mktemp("keys"))
    members = member_files(ring, tmp_path_factory.mktemp("members"))
    policy = signed_programme_policy(ring, folder)
    req = folder / "programme.req.json"
    programme_attest.make_programme_request(
        programme_path=policy, members=[members["vault"], members["zurich"]],
        policy_paths=policies(ring), out=str(req))
    return {"ring": ring, "policy": policy, "req": req}


def test_the_operator_reads_and_signs_a_programme_request(qtbot, programme, tmp_path, modals):
    window = SignerWindow()
    qtbot.addWidget(window)
    ring = programme["ring"]
    assert window.pin_policy(programme["policy"])
    assert window.use_key(ring.key("outsider"))  # the programme's operator
    with qtbot.waitSignal(window.prepared_ready, timeout=30000) as blocker:
        assert window.load_request_file(str(programme["req"])) is not None
    prepared = blocker.args[0]
    assert prepared.ok, prepared.refusal
    states = window.checklist.states()
    assert states["member Zurich vault"] == "passed"
    assert states["programme totals"] == "passed"
    assert states["collision check"] == "not done"
    assert "Collision check:" in prepared.summary
    facts = window.review.facts_text()
    assert facts["custodian"] == "Reserve programme"
    assert facts["scope"].replace("\u2011", "-").startswith(
        "the programme's 2 member custodians: Tijori trust policy, Zurich vault")
    assert window.review.fact_names["custodian"].text() == "Programme"
    assert window.review.totals.texts()[0][0] == "copper"
    out = tmp_path / "operator.sig"
    modals.files.append(str(out))
    window.passphrase.setText(KEY_PASSPHRASE)
    assert window.sign_button.isEnabled()
    with qtbot.waitSignal(window.signed, timeout=30000):
        window.sign_button.click()
    assert out.is_file() and out.read_bytes() == window.response
