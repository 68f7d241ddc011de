"""Issue 12: statements bound to policy, scope, time and their series; the signer as a
witness of the journal and keeper of its own policy; `verify-chain`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.attest import canonical, statement
from app.attest.dsse import Envelope
from app.domain.times import rfc3339
from tests.attest_helpers import (
    KEY_PASSPHRASE,
    add_bar,
    add_token,
    attest,
    draft_policy,
    failed,
    request,
    sign,
    signer_home,
    statement_of,
    verify,
)

pytestmark = pytest.mark.engines

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "reports" / "samples"


@pytest.fixture(autouse=True)
def _key_passphrase(monkeypatch):
    monkeypatch.setenv("TIJORI_KEY_PASSPHRASE", KEY_PASSPHRASE)


def tijori(*args: str) -> subprocess.CompletedProcess:
    """The CLI in a fresh process: no module another test imported is loaded there."""
    return subprocess.run([sys.executable, "-m", "app.cli.main", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


# -- the published samples: a series of three, across a policy rotation -------------------


def test_the_sample_series_verifies_under_the_newest_policy_with_the_older_given():
    result = tijori("verify-chain", str(SAMPLES / "chain"), "--policy",
                    str(SAMPLES / "policy.json"), "--policy", str(SAMPLES / "policy-v1.json"),
                    "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert [a["sequence"] for a in report["attestations"]] == [1, 2, 3]
    series = {c["check"]: c for c in report["series"]["checks"]}
    assert series["contiguous"]["reason"] == "numbers 1 to 3, none missing"
    assert series["1.att.json → 2.att.json: journal consistency"]["passed"] is True
    first = {c["check"]: c["reason"] for c in report["attestations"][0]["checks"]}
    assert "reached from your trusted version 2 through 1 signed rotation" in first[
        "policy binding"]


def test_without_the_older_policy_the_first_cannot_be_reached():
    result = tijori("verify-chain", str(SAMPLES / "chain"), "--policy",
                    str(SAMPLES / "policy.json"), "--json")
    assert result.returncode == 1
    first = json.loads(result.stdout)["attestations"][0]
    reasons = {c["check"]: c["reason"] for c in first["checks"] if not c["passed"]}
    assert "cannot be reached from your trusted policy" in reasons["policy binding"]
    assert "was not given" in reasons["policy binding"]


def test_a_statement_does_not_verify_under_another_policy_that_lists_its_keys(ring, tmp_path):
    """The statement names its policy's digest: the same keys under another policy (a
    lower threshold, say) are not the policy it was made under."""
    other = draft_policy(ring, tmp_path / "other.json", custodian_threshold=1)
    result = tijori("verify", str(SAMPLES / "attestation.json"), "--policy", other, "--json")
    assert result.returncode == 1
    reasons = {c["check"]: c["reason"] for c in json.loads(result.stdout)["checks"]
               if not c["passed"]}
    assert "policy binding" in reasons


# -- time ---------------------------------------------------------------------------------


def test_an_as_of_in_the_future_is_refused_at_request(stocked, cli, ring, tmp_path):
    result = cli("attest", "request", "--policy", ring.policy, "--out", str(tmp_path / "r.json"),
                 "--leaves-out", str(tmp_path / "l.jsonl"), "--custodian", "Vault Co",
                 "--as-of", "2099-12-31T00:00:00Z")
    assert result.code == 2
    assert "is in the future" in result.err
    assert not (tmp_path / "r.json").exists() and not (tmp_path / "l.jsonl").exists()


def test_an_as_of_before_the_keys_existed_is_refused_at_request(stocked, cli, ring, tmp_path):
    result = cli("attest", "request", "--policy", ring.policy, "--out", str(tmp_path / "r.json"),
                 "--leaves-out", str(tmp_path / "l.jsonl"), "--custodian", "Vault Co",
                 "--as-of", "2001-01-01T00:00:00Z")
    assert result.code == 2
    assert "no signature could count" in result.err


def test_max_age_fails_an_older_attestation_and_the_age_is_printed():
    fresh = tijori("verify", str(SAMPLES / "attestation.json"), "--policy",
                   str(SAMPLES / "policy.json"), "--json")
    checks = {c["check"]: c for c in json.loads(fresh.stdout)["checks"]}
    assert checks["age"]["passed"] and " old" in checks["age"]["reason"]
    stale = tijori("verify", str(SAMPLES / "attestation.json"), "--policy",
                   str(SAMPLES / "policy.json"), "--max-age", "0m", "--json")
    assert stale.returncode == 1
    reasons = {c["check"]: c["reason"] for c in json.loads(stale.stdout)["checks"]
               if not c["passed"]}
    assert set(reasons) == {"age"} and "older than" in reasons["age"]


def test_a_malformed_max_age_is_a_usage_error():
    result = tijori("verify", str(SAMPLES / "attestation.json"), "--policy",
                    str(SAMPLES / "policy.json"), "--max-age", "a month")
    assert result.returncode == 2
    assert "--max-age 'a month' is not an age" in result.stderr


# -- scope ----------------------------------------------------------------------------------


def test_a_token_outside_the_scope_is_not_covered_by_this_attestation(stocked, cli, ring,
                                                                       tmp_path):
    add_bar(cli, "S-1", site="WH", brand="PAMP")  # gold outside the vault too
    add_token(cli, "XAGT", commodity="silver", per_token="1 ozt", supply="10")
    att, _, _ = attest(cli, ring, tmp_path, "vault", "--site", "VLT")
    body = statement_of(att)
    assert body["scope"] == {"sites": ["VLT"], "commodities": ["silver"], "complete": False}
    tokens = {t["symbol"]: t for t in body["tokens"]}
    # Gold is also held outside the scope: its token is not judged on a part of it.
    assert tokens["PKG"]["note"] == statement.NOT_IN_SCOPE
    assert tokens["PKG"]["reserves"] is None and tokens["PKG"]["shortfall"] is None
    # No silver is held anywhere else: the scope covers it completely (a true shortfall).
    assert tokens["XAGT"]["covered"] is False and tokens["XAGT"]["shortfall"] == "10"
    result = verify(cli, att, ring.policy)
    assert result.code == 0, result.out
    checks = {c["check"]: c["reason"] for c in result.json()["checks"]}
    assert checks["scope"].startswith("sites VLT only, not every holding of the ledger")
    assert "not covered by this attestation" in checks["token PKG"]

    whole, _, _ = attest(cli, ring, tmp_path, "whole")
    assert statement_of(whole)["scope"]["complete"] is True
    assert "note" not in {t["symbol"]: t for t in statement_of(whole)["tokens"]}["PKG"]


# -- the series -----------------------------------------------------------------------------


def _copy_series(folder: Path) -> list[Path]:
    folder.mkdir()
    return [Path(shutil.copy(SAMPLES / "chain" / f"{n}.att.json", folder / f"{n}.att.json"))
            for n in (1, 2, 3)]


def test_a_gap_in_the_series_is_named(tmp_path):
    files = _copy_series(tmp_path / "chain")
    files[1].unlink()
    result = tijori("verify-chain", str(tmp_path / "chain"), "--policy",
                    str(SAMPLES / "policy.json"), "--policy", str(SAMPLES / "policy-v1.json"),
                    "--json")
    assert result.returncode == 1
    series = {c["check"]: c for c in json.loads(result.stdout)["series"]["checks"]}
    assert series["contiguous"] == {"check": "contiguous", "passed": False, "done": True,
                                    "reason": "a gap after number 1: the next is 3",
                                    "block": "integrity", "severity": None, "required": False}


def test_two_attestations_with_one_sequence_number_are_a_fork(stocked, cli, ring, tmp_path):
    first, _, _ = attest(cli, ring, tmp_path, "first")
    add_bar(cli, "F-1")
    # Two requests from the same state of the ledger: both follow `first`, both number 2.
    a, _, _ = attest(cli, ring, tmp_path, "a", "--previous", str(first),
                     signers=("cust1", "cust2", "aud"))
    homes = tmp_path / "other-pcs"
    b_req, _ = request(cli, ring, tmp_path, "b", "--previous", str(first))
    responses = []
    for signer in ("cust1", "cust2", "aud"):  # honest signers that never saw `a`
        result, out = sign(cli, ring, b_req, signer, home=homes / signer)
        assert result.code == 0, result.err
        responses.append(str(out))
    b = tmp_path / "b.att.json"
    assert cli("attest", "finalize", str(b_req), *responses, "--out", str(b)).code == 0
    assert statement_of(a)["sequence"] == statement_of(b)["sequence"] == 2
    result = cli("verify-chain", str(first), str(a), str(b), "--policy", ring.policy, "--json")
    assert result.code == 1
    series = {c["check"]: c for c in result.json()["series"]["checks"]}
    assert series["no fork"]["passed"] is False
    assert "fork: number 2 is shared by" in series["no fork"]["reason"]


# -- the signer: a witness of the journal, keeper of its policy --------------------------


@pytest.mark.file_only
def test_a_signer_refuses_a_rolled_back_ledger(stocked, cli, ring, tmp_path, ledger_path):
    before = tmp_path / "before.tijori"
    shutil.copy(ledger_path, before)
    add_bar(cli, "R-1")
    attest(cli, ring, tmp_path, "first")  # every signer witnessed the longer journal
    shutil.copy(before, ledger_path)  # the custodian restores the older copy
    add_bar(cli, "R-2")
    req, _ = request(cli, ring, tmp_path, "again")
    result, out = sign(cli, ring, req, "cust1")
    assert result.code == 1
    # The restored copy has as many events as the attested journal, with another root.
    assert "of the one you signed but another root" in result.err
    assert not out.exists()
    # Forgetting the ledger is explicit, and the next summary says so.
    pc, base = signer_home(req, "cust1", ring.policy), os.environ["XDG_DATA_HOME"]
    os.environ["XDG_DATA_HOME"] = str(pc)
    try:
        ledger_id = statement_of(req.with_name("first.att.json"))["custodian"]["ledger_id"]
        forgot = cli("signer", "forget", ledger_id)
        assert forgot.code == 0, forgot.err
        listed = cli("signer", "ledgers", "--json").json()["ledgers"]
        assert listed[0]["ledger_id"] == ledger_id and "forgotten_at" in listed[0]
    finally:
        os.environ["XDG_DATA_HOME"] = base
    result, out = sign(cli, ring, req, "cust1", "--json")
    assert result.code == 0, result.err
    witness = {c["check"]: c["reason"] for c in result.json()["checks"]["checks"]}
    assert "was forgotten by this signer" in witness["witness: journal"]


def test_a_signer_keeps_its_own_copy_of_the_pinned_policy(stocked, cli, ring, tmp_path):
    req, _ = request(cli, ring, tmp_path, "p")
    policy = tmp_path / "the-policy.json"
    shutil.copy(ring.policy, policy)
    home = tmp_path / "pc"
    result, _ = sign(cli, ring, req, "cust1", policy=str(policy), home=home)
    assert result.code == 0, result.err
    assert "Pinned policy version 1" in result.err and "words to compare" in result.err
    # The file behind the path is replaced by a policy with a lower threshold, signed by
    # an admin key of its own: not the pinned one, and no signed successor of it.
    weaker = draft_policy(ring, tmp_path / "weaker.json", custodian_threshold=1)
    shutil.copy(weaker, policy)
    result, out = sign(cli, ring, req, "cust2", policy=str(policy), home=home)
    assert result.code == 1
    assert "not the pinned one" in result.err and not out.exists()
    # Without --policy, the pinned copy is used.
    result, out = sign(cli, ring, req, "cust2", policy="", home=home)
    assert result.code == 0, result.err


def test_a_request_without_leaves_needs_the_separate_confirmation(stocked, cli, ring, tmp_path):
    req, _ = request(cli, ring, tmp_path, "nl")
    result, out = sign(cli, ring, req, "cust1", unchecked_totals=False)
    assert result.code == 1
    assert "--accept-unchecked-totals" in result.err and not out.exists()
    result, out = sign(cli, ring, req, "cust1", "--json")
    assert result.code == 0, result.err
    checks = {c["check"]: c for c in result.json()["checks"]["checks"]}
    assert checks["totals recomputed"]["done"] is False
    assert checks["coverage recomputed"]["passed"] is True and checks["coverage recomputed"][
        "done"] is True


# -- version 1 ------------------------------------------------------------------------------


def test_a_version_1_statement_still_verifies_and_says_what_it_cannot_carry(ring, tmp_path):
    body = json.loads(Envelope.loads((SAMPLES / "attestation.json").read_bytes()).payload)
    for name in ("policy", "scope", "sequence"):
        del body[name]
    body["schema"] = statement.STATEMENT_SCHEMA_V1
    body["previous"] = None
    body["as_of"] = body["created"] = rfc3339(datetime.now(UTC))  # after the ring's keys
    for token in body["tokens"]:
        token.pop("note", None) if token.get("note") == statement.NOT_IN_SCOPE else None
    envelope = Envelope(statement.PAYLOAD_TYPE_V1, canonical.dumps(body))
    for signer in ("cust1", "cust2", "aud"):
        envelope = envelope.signed_by(ring.private[signer])
    path = tmp_path / "v1.att.json"
    path.write_bytes(envelope.dumps())
    result = tijori("verify", str(path), "--policy", ring.policy, "--json")
    assert result.returncode == 0, result.stdout
    checks = {c["check"]: c for c in json.loads(result.stdout)["checks"]}
    assert checks["policy binding"]["done"] is False
    assert checks["scope"]["done"] is False
    assert checks["attestation: custodian threshold"]["passed"] is True
    assert failed(type("R", (), {"json": lambda self: json.loads(result.stdout)})()) == {}
