"""Separation of duties: no key holds two of custodian, auditor, report-signer, admin.

A policy whose role key sets overlap is never drafted or signed (exit 2, naming the
key and its roles, nothing written), and anything verified under it fails (exit 1)
with a check that names the overlap, even when every threshold is met.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.attest import canonical
from app.attest.dsse import Envelope
from app.attest.policy import (
    PAYLOAD_TYPE,
    SCHEMA,
    load_policy_envelope,
    new_policy,
    policy_digest,
    role_overlaps,
)
from app.domain.errors import InvalidInput
from app.services.keys import read_public_key
from tests.attest_helpers import (
    FAR_FUTURE,
    KEY_PASSPHRASE,
    attest,
    failed,
    passed,
    request,
    seal,
    statement_of,
    verify,
)

pytestmark = pytest.mark.engines

START, UNTIL = "2000-01-01T00:00:00Z", f"{FAR_FUTURE}T00:00:00Z"
SAMPLES = Path(__file__).resolve().parent.parent / "reports" / "samples"


@pytest.fixture(autouse=True)
def _key_passphrase(monkeypatch):
    monkeypatch.setenv("TIJORI_KEY_PASSPHRASE", KEY_PASSPHRASE)


def who(ring, name: str) -> str:
    return f"{name} (key {ring.keyid(name)[:16]})"


def hand_made(ring, out: Path, roles: dict[str, tuple[tuple[str, ...], int]], *,
              version: int = 1, sign_with: tuple[str, ...] = ("admin",)) -> str:
    """A policy written as JSON by hand (no service, no `new_policy`), signed in memory."""
    names = sorted({name for keys, _ in roles.values() for name in keys})
    document = {
        "schema": SCHEMA, "name": "Hand-made policy", "version": version, "expires": UNTIL,
        "keys": {ring.keyid(n): {**ring.private[n].public_key.as_json(), "name": n,
                                 "valid_from": START, "valid_until": UNTIL} for n in names},
        "roles": {role: {"keyids": [ring.keyid(n) for n in keys], "threshold": threshold}
                  for role, (keys, threshold) in roles.items()},
    }
    envelope = Envelope(PAYLOAD_TYPE, canonical.dumps(document))
    for name in sign_with:
        envelope = envelope.signed_by(ring.private[name])
    Path(out).write_bytes(envelope.dumps())
    return str(out)


#: cust1 is custodian and auditor: its one signature meets both thresholds.
ONE_KEY = {"custodian": (("cust1",), 1), "auditor": (("cust1",), 1), "admin": (("admin",), 1)}


def new(cli, out: Path, *roles: str):
    return cli("policy", "new", "--out", str(out), "--expires", FAR_FUTURE,
               "--custodian-threshold", "1", "--auditor-threshold", "1",
               "--admin-threshold", "1", *roles)


# -- the rule ---------------------------------------------------------------------------


def test_every_overlap_is_found_and_named():
    overlaps = role_overlaps(
        {"custodian": ["a", "b"], "auditor": ["a", "c"], "admin": ["a", "d"],
         "report-signer": ["d"]}, {"a": "Alice"})
    assert [(o.keyid, o.name, o.roles) for o in overlaps] == [
        ("a", "Alice", ("custodian", "auditor", "admin")),
        ("d", "", ("report-signer", "admin"))]
    assert overlaps[0].describe() == "Alice (key a) is custodian, auditor and admin"
    assert overlaps[1].describe() == "key d is report-signer and admin"
    assert role_overlaps({"custodian": ["a"], "auditor": ["b"], "admin": ["c"]}) == []


def test_the_library_drafts_no_overlapping_policy(ring):
    keys = [(ring.private[n].public_key, n, START, UNTIL) for n in ("cust1", "admin")]
    with pytest.raises(InvalidInput) as refused:
        new_policy(name="p", expires=UNTIL, keys=keys,
                   roles={"custodian": ([ring.keyid("cust1")], 1),
                          "auditor": ([ring.keyid("admin")], 1),
                          "admin": ([ring.keyid("admin")], 1)})
    assert who(ring, "admin") in str(refused.value)
    assert "auditor and admin" in str(refused.value)


# -- drafting and signing refuse ----------------------------------------------------------


def test_policy_new_refuses_one_key_as_custodian_and_auditor(cli, ring, tmp_path):
    out = tmp_path / "policy.json"
    result = new(cli, out, "--custodian", ring.pub("cust1"), "--auditor", ring.pub("cust1"),
                 "--admin", ring.pub("admin"))
    assert result.code == 2, result.out
    assert who(ring, "cust1") in result.err
    assert "is custodian and auditor" in result.err
    assert not out.exists()


def test_policy_new_refuses_one_key_as_admin_and_report_signer(cli, ring, tmp_path):
    out = tmp_path / "policy.json"
    result = new(cli, out, "--custodian", ring.pub("cust1"), "--auditor", ring.pub("aud"),
                 "--admin", ring.pub("admin"), "--report-signer", ring.pub("admin"))
    assert result.code == 2, result.out
    assert who(ring, "admin") in result.err
    assert "is report-signer and admin" in result.err
    assert not out.exists()


def test_policy_sign_refuses_a_hand_made_overlapping_policy(cli, ring, tmp_path):
    policy = Path(hand_made(ring, tmp_path / "policy.json", ONE_KEY, sign_with=()))
    before = policy.read_bytes()
    result = cli("policy", "sign", str(policy), "--key", ring.key("admin"))
    assert result.code == 2, result.out
    assert who(ring, "cust1") in result.err and "is custodian and auditor" in result.err
    assert policy.read_bytes() == before


def test_a_rotation_to_an_overlapping_policy_is_not_signed(cli, ring, tmp_path):
    """v2 makes admin2 admin and auditor: neither its admin nor v1's admin signs it."""
    v2 = Path(hand_made(ring, tmp_path / "v2.json", {
        "custodian": (("cust1", "cust2"), 2), "auditor": (("admin2",), 1),
        "admin": (("admin2",), 1)}, version=2, sign_with=()))
    before = v2.read_bytes()
    for key, pinned in ((ring.key("admin2"), ()), (ring.key("admin"), ("--pinned", ring.policy))):
        result = cli("policy", "sign", str(v2), "--key", key, *pinned)
        assert result.code == 2, result.out
        assert who(ring, "admin2") in result.err and "is auditor and admin" in result.err
    assert v2.read_bytes() == before


# -- verifying fails ------------------------------------------------------------------------


def test_an_overlapping_policy_does_not_verify(cli, ring, tmp_path):
    policy = hand_made(ring, tmp_path / "policy.json", ONE_KEY)
    shown = cli("policy", "show", policy, "--json")
    assert shown.code == 1
    reasons = failed(shown)
    assert set(reasons) == {"policy roles"}  # signed by its admin, not expired: only this
    assert who(ring, "cust1") in reasons["policy roles"]
    assert "custodian and auditor" in reasons["policy roles"]


def test_one_key_meeting_every_threshold_is_not_valid(cli, ring, stocked, tmp_path):
    """An attestation signed by cust1 alone meets the custodian and the auditor threshold of
    a policy that gives cust1 both roles: still NOT VALID, and the verdict says why."""
    req, leaves = request(cli, ring, tmp_path, "one")
    policy = hand_made(ring, tmp_path / "policy.json", ONE_KEY)
    # The statement as made under that policy: it names the policy's digest and version
    # (a version 2 statement is bound to its policy), and cust1 alone signs it.
    body = statement_of(req)
    envelope, _ = load_policy_envelope(Path(policy).read_bytes())
    body["policy"] = {"digest": policy_digest(envelope), "version": 1}
    att = tmp_path / "one.att.json"
    att.write_bytes(seal(canonical.dumps(body), ring.private["cust1"]).dumps())

    result = verify(cli, att, policy, "--leaves", str(leaves))
    assert result.code == 1, result.out
    assert result.json()["valid"] is False
    assert set(failed(result)) == {"policy roles"}  # the one reason
    reason = failed(result)["policy roles"]
    assert who(ring, "cust1") in reason and "custodian and auditor" in reason
    assert {"policy binding", "attestation: custodian threshold",
            "attestation: auditor threshold"} <= passed(result)

    # The same for an inclusion proof of that attestation.
    proof = tmp_path / "one.proof.json"
    assert cli("proof", "--attestation", str(att), "--leaves", str(leaves), "--holding", "1",
               "--out", str(proof)).code == 0
    result = verify(cli, proof, policy)
    assert result.code == 1, result.out
    assert "custodian and auditor" in failed(result)["policy roles"]


def test_the_signer_refuses_an_overlapping_pinned_policy(cli, ring, stocked, tmp_path):
    req, _ = request(cli, ring, tmp_path, "one")
    policy = hand_made(ring, tmp_path / "policy.json", ONE_KEY)
    out = tmp_path / "one.sig"
    result = cli("sign", str(req), "--key", ring.key("cust1"), "--policy", policy,
                 "--out", str(out), "--yes")
    assert result.code == 1, result.out
    assert who(ring, "cust1") in result.err and "custodian and auditor" in result.err
    assert not out.exists()


def test_an_overlapping_successor_fails_the_rotation(cli, ring, tmp_path):
    """Signed by its own admin and by the pinned version's: still not a valid successor."""
    v2 = hand_made(ring, tmp_path / "v2.json", {
        "custodian": (("cust1", "cust2"), 2), "auditor": (("aud",), 1),
        "admin": (("admin2", "aud"), 1)}, version=2, sign_with=("admin2", "admin"))
    shown = cli("policy", "show", v2, "--pinned", ring.policy, "--json")
    assert shown.code == 1
    assert set(failed(shown)) == {"policy roles"}
    assert who(ring, "aud") in failed(shown)["policy roles"]
    assert "auditor and admin" in failed(shown)["policy roles"]


@pytest.mark.parametrize("report", ["report.json", "report.pdf"])
def test_the_sample_reports_fail_under_an_overlapping_policy(cli, ring, tmp_path, report):
    """The samples' own keys, with the auditor also a custodian: the bundle and the PDF
    are NOT VALID, and the verdict names the overlap. (Their statement names the samples'
    policy, which this one does not replace: it fails the policy binding as well, so that
    their signatures are not counted under it; test_one_key_meeting_every_threshold_is_not_valid
    shows the overlap failing alone, every threshold met.)"""
    pubs = {n: read_public_key(str(SAMPLES / "keys" / f"{n}.pub"))[1]
            for n in ("custodian-1", "custodian-2", "auditor", "report-signer")}
    keyed = {**pubs, "admin": ring.private["admin"].public_key}
    roles = {"custodian": (["custodian-1", "custodian-2", "auditor"], 2),
             "auditor": (["auditor"], 1), "report-signer": (["report-signer"], 1),
             "admin": (["admin"], 1)}
    document = {
        "schema": SCHEMA, "name": "Hand-made policy", "version": 1, "expires": UNTIL,
        "keys": {public.keyid: {**public.as_json(), "name": n, "valid_from": START,
                                "valid_until": UNTIL} for n, public in keyed.items()},
        "roles": {role: {"keyids": [keyed[n].keyid for n in names], "threshold": threshold}
                  for role, (names, threshold) in roles.items()},
    }
    policy = tmp_path / "policy.json"
    policy.write_bytes(Envelope(PAYLOAD_TYPE, canonical.dumps(document)).signed_by(
        ring.private["admin"]).dumps())
    result = verify(cli, SAMPLES / report, str(policy))
    assert result.code == 1, result.out
    reasons = failed(result)
    assert f"auditor (key {pubs['auditor'].keyid[:16]}) is custodian and auditor" in reasons[
        "policy roles"]
    assert reasons["policy binding"].startswith("made under policy version 2"), reasons


def test_a_disjoint_policy_still_verifies(cli, ring, stocked, tmp_path):
    att, leaves, _ = attest(cli, ring, tmp_path, "good")
    result = verify(cli, att, ring.policy, "--leaves", str(leaves))
    assert result.code == 0, result.out
    assert "policy roles" in passed(result)
    reasons = {c["check"]: c["reason"] for c in result.json()["checks"]}
    assert reasons["policy roles"] == "custodian, auditor and admin are held by separate keys"
