"""The Verify view on a programme's files: its attestation and a bar's chained proof, under
the programme policy, with the programme's figures read first."""

from __future__ import annotations

import pytest

from app.gui.verify_view import VerifyPage
from app.services import programme_attest
from app.services.programme import MemberFiles
from tests.programme_helpers import (
    finalised_programme,
    member_files,
    programme_keyring,
    signed_programme_policy,
)


@pytest.fixture(scope="module")
def programme(tmp_path_factory):
    """A finalised programme attestation over two members, its policy and a chained proof."""
    folder = tmp_path_factory.mktemp("verify-programme")
    ring = programme_keyring(tmp_path_factory.mktemp("keys"))
    members = member_files(ring, tmp_path_factory.mktemp("members"))
    policy = signed_programme_policy(ring, folder)
    att = finalised_programme(ring, [members["vault"], members["zurich"]], policy, folder)
    vault: MemberFiles = members["vault"]
    proof = folder / "bar.proof.json"
    programme_attest.make_chained_proof(
        programme_attestation=str(att), member="Tijori trust policy",
        member_attestation=vault.attestation, leaves=vault.leaves, member_policy=ring.policy,
        holding=2, out=str(proof))
    return {"policy": policy, "att": str(att), "proof": str(proof),
            "custodian_policy": ring.policy}


def verify(qtbot, page, path: str) -> dict:
    with qtbot.waitSignal(page.verified, timeout=60000) as blocker:
        assert page.open_path(path) is not None
    return blocker.args[0]


def test_a_programme_attestation_and_a_chained_proof_verify(qtbot, programme):
    page = VerifyPage()
    qtbot.addWidget(page)
    page.policy_field.setText(programme["policy"])
    verdict = verify(qtbot, page, programme["att"])
    assert verdict["valid"] is True and page.banner.text() == "VALID"
    names = {name for _, name, _ in page.checklist.row_texts()}
    assert {"programme tree", "programme totals", "members listed", "window"} <= names
    figures = page.figures.text.toPlainText()
    assert "Programme: Reserve programme, 2 member custodian(s)" in figures
    assert "Zurich vault:" in figures
    assert "Merkle tree of member attestations:" in figures
    verdict = verify(qtbot, page, programme["proof"])
    assert verdict["valid"] is True
    assert {"member in programme", "inclusion"} <= {
        name for _, name, _ in page.checklist.row_texts()}


def test_under_a_custodians_policy_it_is_not_valid(qtbot, programme):
    page = VerifyPage()
    qtbot.addWidget(page)
    page.policy_field.setText(programme["custodian_policy"])
    verdict = verify(qtbot, page, programme["att"])
    assert verdict["valid"] is False and page.banner.text() != "VALID"
    assert any("not a programme's" in reason or "programme" in reason
               for _, _, reason in page.checklist.row_texts())
