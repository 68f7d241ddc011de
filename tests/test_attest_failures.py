"""Attestations end to end, every way to fail: each case names its exit code and its reason.

A shared set of real attestations is made once for the module (A and B from
the same ledger, C after more movements, chained to B); each test copies what
it tampers with, so that every failure below has exactly one cause.
"""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
import sqlcipher3

from app.attest import canonical, statement
from app.attest.dsse import Envelope
from app.attest.policy import format_time
from app.domain.times import parse_time
from app.services.verifying import verify_attestation
from app.store.journal import event_hash
from tests.attest_helpers import (
    CUSTODIAN,
    KEY_PASSPHRASE,
    add_bar,
    attest,
    cli_runner,
    draft_policy,
    envelope_of,
    failed,
    leaf_lines,
    passed,
    payload_of,
    policy_with_key_periods,
    read_request,
    request,
    respond,
    seal,
    sign,
    signature_check,
    signer_home,
    statement_of,
    verify,
    without_pin_notice,
    write_leaves,
)
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.engines


@pytest.fixture
def offline(cli, monkeypatch):
    """Finalize on a PC without the ledger: only the attestation file is written."""
    monkeypatch.delenv("TIJORI_LEDGER")


@pytest.fixture(autouse=True)
def _key_passphrase(monkeypatch):
    monkeypatch.setenv("TIJORI_KEY_PASSPHRASE", KEY_PASSPHRASE)


@pytest.fixture(scope="module")
def made(ring, ledgers, tmp_path_factory):
    """Attestations A and B of the same holdings, C chained to B, a proof from A; read-only."""
    folder = tmp_path_factory.mktemp("made")
    cli = cli_runner(ledgers.copy("stocked", folder / "reserves.tijori"))
    a_att, a_leaves, a_req = attest(cli, ring, folder, "a")
    b_att, b_leaves, b_req = attest(cli, ring, folder, "b")
    assert cli("bar", "add", "--site", "VLT", "--metal", "gold", "--brand", "PAMP", "--serial",
               "B-6", "--year", "2023", "--gross-oz", "400.000", "--fineness", "999.9").code == 0
    c_att, c_leaves, _ = attest(cli, ring, folder, "c")
    proof = folder / "a.proof.json"
    assert cli("proof", "--attestation", str(a_att), "--leaves", str(a_leaves), "--holding", "3",
               "--out", str(proof)).code == 0
    return SimpleNamespace(
        folder=folder, a_att=a_att, a_leaves=a_leaves, a_req=a_req, b_att=b_att,
        b_leaves=b_leaves, b_req=b_req, c_att=c_att, c_leaves=c_leaves, proof=proof,
        sig={s: a_req.with_name(f"{a_req.name}.{s}.sig") for s in ("cust1", "cust2", "aud")},
        b_sig={s: b_req.with_name(f"{b_req.name}.{s}.sig") for s in ("cust1", "cust2", "aud")},
    )


def one_line(err: str) -> str:
    """stderr as one sentence: a single line, no traceback."""
    assert "Traceback" not in err and "internal error" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("tijori: ")
    return lines[0]


def signer_line(err: str) -> str:
    """`tijori sign`'s stderr as one sentence, after the notice of the policy it pinned on
    first use (each test's signer starts with an empty data folder)."""
    return one_line(without_pin_notice(err))


def write_envelope(path: Path, envelope: Envelope) -> Path:
    path.write_bytes(envelope.dumps())
    return path


def with_payload(envelope: Envelope, body: dict) -> Envelope:
    """The same signatures over a changed statement: what an editor of the file would make."""
    return Envelope(envelope.payload_type, canonical.dumps(body), envelope.signatures)


def signed_by_all(ring, body: dict) -> Envelope:
    """A statement signed by every custodian and auditor of the policy: a lying custodian."""
    return seal(canonical.dumps(body), *(ring.private[n] for n in ("cust1", "cust2", "aud")))


def rerequest(req: Path, out: Path, body: dict, **changes) -> Path:
    """A signing request whose statement is `body`, digest recomputed: a tampering terminal."""
    doc = read_request(req)
    payload = canonical.dumps(body)
    doc.update(payload=base64.b64encode(payload).decode(),
               payload_sha256=hashlib.sha256(payload).hexdigest(), **changes)
    out.write_bytes(canonical.dumps(doc))
    return out


# -- signatures outside the policy ---------------------------------------------------------


def test_finalize_refuses_a_response_signed_by_a_key_outside_the_policy(made, cli, offline, ring,
                                                                         tmp_path):
    stranger = respond(made.a_req, ring.private["outsider"], tmp_path / "outsider.sig")
    att = tmp_path / "att.json"
    result = cli("attest", "finalize", str(made.a_req), str(made.sig["cust1"]),
                 str(made.sig["cust2"]), str(made.sig["aud"]), str(stranger), "--out", str(att))
    assert result.code == 2
    assert one_line(result.err) == (
        f"tijori: {stranger} is signed by a key that is not in the policy")
    assert not att.exists()


def test_verify_fails_a_signature_by_a_key_outside_the_policy(made, cli, ring, tmp_path):
    envelope = envelope_of(made.a_att)
    extra = seal(envelope.payload, ring.private["outsider"]).signatures[0]
    att = write_envelope(tmp_path / "att.json", envelope.add(extra))
    result = verify(cli, att, ring.policy, "--leaves", str(made.a_leaves))
    assert result.code == 1
    assert failed(result) == {
        f"attestation: signature by {ring.keyid('outsider')[:16]}":
            "the key is not in the trust policy"}
    # Everything else still holds: the outsider is the one reason.
    assert {"attestation: custodian threshold", "attestation: auditor threshold",
            "root recomputed"} <= passed(result)


def test_signer_refuses_a_request_under_another_policy_or_for_no_role_of_its_key(
        made, cli, ring, tmp_path):
    other = draft_policy(ring, tmp_path / "other-policy.json", custodian_threshold=1)
    # A signer who pinned `other` on first use (its own data folder: see attest_helpers.sign).
    result, out = sign(cli, ring, made.a_req, "cust1", policy=other, out=tmp_path / "cust1.sig")
    assert result.code == 1
    assert signer_line(result.err).startswith(
        "tijori: Refusing to sign: this request was made under another policy than the one "
        "pinned here (")
    assert not out.exists()

    for key, holds in (("admin", "admin"), ("outsider", "no role in this policy")):
        result, out = sign(cli, ring, made.a_req, key, out=tmp_path / f"{key}.sig")
        assert result.code == 1
        assert signer_line(result.err) == (
            "tijori: Refusing to sign: this request is not for your key: it asks for "
            f"custodian, auditor, you hold {holds}.")
        assert not out.exists()


def test_signer_refuses_without_confirmation(made, cli, ring, tmp_path):
    out = tmp_path / "cust1.sig"
    sign_a = ("sign", str(made.a_req), "--key", ring.key("cust1"), "--policy", ring.policy,
              "--out", str(out))  # no --yes, and no terminal to ask in
    # The request carries no leaves: refused before anything is asked, unless the signer
    # accepts unchecked totals separately.
    result = cli(*sign_a)
    assert result.code == 1
    refusal = signer_line(result.err)
    assert refusal.startswith("tijori: Refusing to sign: the totals were not recomputed (the "
                              "request carries no leaves); to sign anyway, confirm ")
    assert "--accept-unchecked-totals" in refusal
    assert result.out == "" and not out.exists()

    result = cli(*sign_a, "--accept-unchecked-totals")
    assert result.code == 2
    assert "Custodian:   " + CUSTODIAN in result.out  # shown, then not signed
    assert one_line(result.err) == (  # the policy was pinned by the first run
        "tijori: not signed: confirm in a terminal, or pass --yes in a script")
    assert not out.exists()


# -- thresholds ----------------------------------------------------------------------------


def test_finalize_below_threshold_says_what_is_missing(made, cli, offline, tmp_path):
    att = tmp_path / "att.json"
    result = cli("attest", "finalize", str(made.a_req), str(made.sig["cust1"]),
                 str(made.sig["aud"]), str(made.sig["cust1"]), "--out", str(att))
    assert result.code == 1
    assert one_line(result.err) == (
        "tijori: Not final yet: 1 of 2 required custodian signature(s).")
    result = cli("attest", "finalize", str(made.a_req), str(made.sig["cust2"]),
                 str(made.sig["cust1"]), "--out", str(att))
    assert result.code == 1
    assert one_line(result.err) == "tijori: Not final yet: 0 of 1 required auditor signature(s)."
    assert not att.exists()


@pytest.mark.parametrize(("signers", "role", "reason"), [
    (("cust1", "aud"), "custodian", "1 of 2 required custodian signature(s)"),
    (("cust1", "cust1", "aud"), "custodian", "1 of 2 required custodian signature(s)"),
    (("cust1", "cust2"), "auditor", "0 of 1 required auditor signature(s)"),
])
def test_verify_below_threshold(made, cli, ring, tmp_path, signers, role, reason):
    envelope = envelope_of(made.a_att)
    signatures = tuple(seal(envelope.payload, ring.private[s]).signatures[0] for s in signers)
    # Built directly, so that a repeated signature really is in the file twice.
    att = write_envelope(tmp_path / "att.json",
                         Envelope(envelope.payload_type, envelope.payload, signatures))
    assert len(envelope_of(att).signatures) == len(signers)
    result = verify(cli, att, ring.policy, "--leaves", str(made.a_leaves))
    assert result.code == 1
    assert failed(result) == {f"attestation: {role} threshold": reason}


# -- expiry --------------------------------------------------------------------------------


def at_the_as_of(req: Path) -> str:
    """How a key's validity check names the statement's as-of (to the second)."""
    return f"(at the as-of {format_time(parse_time(statement_of(req)['as_of'], 'as_of'))})"


def test_expired_key_cannot_sign_and_its_signature_does_not_count(stocked, cli, ring, tmp_path):
    # Two custodian keys of three are still valid, so that the request can be made at all
    # (an as-of at which no signature could count is refused: see test_key_not_yet_valid).
    policy = policy_with_key_periods(ring, tmp_path / "policy.json", {
        "cust1": ("2020-01-01T00:00:00Z", "2021-01-01T00:00:00Z")}, roles={
        "custodian": (["cust1", "cust2", "admin2"], 2), "auditor": (["aud"], 1),
        "admin": (["admin"], 1)})
    req, leaves = request(cli, ring, tmp_path, "exp", policy=policy)
    result, out = sign(cli, ring, req, "cust1", policy=policy)
    assert result.code == 1
    assert signer_line(result.err) == (
        "tijori: Refusing to sign: your key expired at 2021-01-01T00:00:00Z.")
    assert not out.exists()

    att = write_envelope(tmp_path / "att.json", seal(
        payload_of(req), *(ring.private[n] for n in ("cust1", "cust2", "aud"))))
    result = verify(cli, att, policy, "--leaves", str(leaves))
    assert result.code == 1
    assert failed(result) == {
        signature_check(ring, "cust1"):
            f"the key expired at 2021-01-01T00:00:00Z {at_the_as_of(req)}",
        "attestation: custodian threshold": "1 of 2 required custodian signature(s)"}


def test_key_not_yet_valid(stocked, cli, ring, tmp_path):
    # The only auditor key is not valid yet: no auditor signature could count at this
    # as-of, so the request is refused already (issue 12, item 4).
    policy = policy_with_key_periods(ring, tmp_path / "policy.json", {
        "aud": ("2098-01-01T00:00:00Z", "2099-01-01T00:00:00Z")})
    req = tmp_path / "refused.req.json"
    result = cli("attest", "request", "--policy", policy, "--out", str(req), "--leaves-out",
                 str(tmp_path / "refused.leaves.jsonl"), "--custodian", CUSTODIAN)
    assert result.code == 2
    message = one_line(result.err)
    assert message.startswith("tijori: at the as-of ")
    assert message.endswith(", only 0 auditor key(s) of the policy are valid there and now, "
                            "and 1 must sign: no signature could count (an as-of before the "
                            "keys existed?)")
    assert not req.exists()

    # With a second auditor who may sign now, the request is made; the first is refused.
    policy = policy_with_key_periods(ring, tmp_path / "policy-2.json", {
        "aud": ("2098-01-01T00:00:00Z", "2099-01-01T00:00:00Z")}, roles={
        "custodian": (["cust1", "cust2"], 2), "auditor": (["aud", "outsider"], 1),
        "admin": (["admin"], 1)})
    req, leaves = request(cli, ring, tmp_path, "early", policy=policy)
    result, out = sign(cli, ring, req, "aud", policy=policy)
    assert result.code == 1
    assert signer_line(result.err) == (
        "tijori: Refusing to sign: your key is not valid before 2098-01-01T00:00:00Z.")
    assert not out.exists()
    # Signed anyway, outside the signer: its signature does not count.
    att = write_envelope(tmp_path / "att.json", seal(
        payload_of(req), *(ring.private[n] for n in ("cust1", "cust2", "aud"))))
    result = verify(cli, att, policy, "--leaves", str(leaves))
    assert result.code == 1
    assert failed(result) == {
        signature_check(ring, "aud"):
            f"the key is not valid before 2098-01-01T00:00:00Z {at_the_as_of(req)}",
        "attestation: auditor threshold": "0 of 1 required auditor signature(s)"}


def test_expired_policy(made, cli, ring, tmp_path):
    expired = tmp_path / "expired.json"
    result = cli("policy", "new", "--out", str(expired), "--custodian", ring.pub("cust1"),
                 "--custodian", ring.pub("cust2"), "--custodian-threshold", "2",
                 "--auditor", ring.pub("aud"), "--auditor-threshold", "1",
                 "--admin", ring.pub("admin"), "--admin-threshold", "1",
                 "--valid-from", "2020-01-01T00:00:00Z", "--expires", "2021-01-01")
    assert result.code == 0, result.err
    assert cli("policy", "sign", str(expired), "--key", ring.key("admin")).code == 0

    shown = cli("policy", "show", str(expired), "--json")
    assert shown.code == 1
    assert failed(shown)["policy expiry"] == "expired at 2021-01-01T00:00:00Z"

    result = verify(cli, made.a_att, str(expired))
    assert result.code == 1
    reasons = failed(result)
    # Its admin's key expired with it; and A is not made under this policy either (it names
    # policy v1 of the module), so no signature of A is counted under this one.
    assert set(reasons) == {"policy expiry", signature_check(ring, "admin", "policy"),
                            "policy: admin threshold", "policy binding"}, reasons
    assert reasons["policy expiry"] == "expired at 2021-01-01T00:00:00Z"
    assert reasons[signature_check(ring, "admin", "policy")] == (
        "the key expired at 2021-01-01T00:00:00Z")
    assert reasons["policy binding"].startswith("made under policy version 1 (digest ")

    result, out = sign(cli, ring, made.a_req, "cust1", policy=str(expired),
                       out=tmp_path / "cust1.sig")
    assert result.code == 1
    # Not pinned on first use either: the signer refuses it before anything else.
    assert one_line(result.err).startswith(
        "tijori: Refusing the policy: policy expiry: expired at 2021-01-01T00:00:00Z;")
    assert not out.exists()
    home = signer_home(made.a_req, "cust1", str(expired))
    assert list((home / "tijori").iterdir()) == []  # its data folder, made and left empty


def test_everything_expires_in_the_end(made, ring):
    later = datetime(2100, 1, 1, tzinfo=UTC)
    verdict = verify_attestation(made.a_att.read_bytes(), Path(ring.policy).read_bytes(),
                                 now=later)
    assert not verdict.ok
    reasons = {c.name: c.reason for c in verdict.failures}
    # The policy trusted must hold now (its admin's signature too); the keys of A's signers
    # had to be valid when A was made, and were: their signatures still count (they are
    # not judged at the verifier's "now").
    assert reasons == {
        "policy expiry": "expired at 2099-12-31T00:00:00Z",
        signature_check(ring, "admin", "policy"): "the key expired at 2099-12-31T00:00:00Z",
        "policy: admin threshold": "0 of 1 required admin signature(s)"}
    counted = {c.name for c in verdict.checks if c.passed and c.done}
    assert {signature_check(ring, n) for n in ("cust1", "cust2", "aud")} <= counted
    assert {"attestation: custodian threshold", "attestation: auditor threshold"} <= counted
    assert verify_attestation(made.a_att.read_bytes(), Path(ring.policy).read_bytes()).ok


# -- tampering -----------------------------------------------------------------------------


def test_tampered_payload_breaks_every_signature(made, cli, ring, tmp_path):
    envelope = envelope_of(made.a_att)
    body = statement_of(made.a_att)
    body["totals"][0]["quantity"] = "9" + body["totals"][0]["quantity"]
    att = write_envelope(tmp_path / "att.json", with_payload(envelope, body))
    result = verify(cli, att, ring.policy)
    assert result.code == 1
    assert failed(result) == {
        signature_check(ring, "cust1"): "the signature does not verify",
        signature_check(ring, "cust2"): "the signature does not verify",
        signature_check(ring, "aud"): "the signature does not verify",
        "attestation: custodian threshold": "0 of 2 required custodian signature(s)",
        "attestation: auditor threshold": "0 of 1 required auditor signature(s)",
        "coverage": "the stated coverage does not follow from the stated totals"}


def test_tampered_leaf_fails_the_recomputed_root_and_totals(made, cli, ring, tmp_path):
    header, lines = leaf_lines(made.a_leaves)
    leaf = json.loads(lines[1])
    leaf["holding"]["quantities"][0]["quantity"] = "500.000"
    changed = write_leaves(tmp_path / "leaves.jsonl", header,
                           [lines[0], canonical.dumps(leaf), *lines[2:]])
    result = verify(cli, made.a_att, ring.policy, "--leaves", str(changed))
    assert result.code == 1
    reasons = failed(result)
    assert set(reasons) == {"root recomputed", "totals recomputed"}
    assert reasons["root recomputed"].startswith("the leaves give root ")
    assert reasons["root recomputed"].endswith("…, not the stated one")
    assert reasons["totals recomputed"] == "the leaves do not add up to the stated totals"


def test_reordered_or_missing_leaves(made, cli, ring, tmp_path):
    header, lines = leaf_lines(made.a_leaves)
    swapped = write_leaves(tmp_path / "swapped.jsonl", header,
                           [lines[1], lines[0], *lines[2:]])
    result = verify(cli, made.a_att, ring.policy, "--leaves", str(swapped))
    assert result.code == 1
    # same totals, other order: the root, and the order of FORMAT.md §4.1, fail
    assert set(failed(result)) == {"root recomputed", "leaf order"}

    dropped = write_leaves(tmp_path / "dropped.jsonl", header, lines[:-1])
    result = verify(cli, made.a_att, ring.policy, "--leaves", str(dropped))
    assert result.code == 1
    assert failed(result) == {"leaves": f"leaves file announces {len(lines)} leaves but holds "
                                        f"{len(lines) - 1} (truncated or padded)"}

    recounted = write_leaves(tmp_path / "recounted.jsonl", {**header, "count": len(lines) - 1},
                             lines[:-1])
    result = verify(cli, made.a_att, ring.policy, "--leaves", str(recounted))
    assert result.code == 1
    assert failed(result)["tree size"] == f"{len(lines) - 1} leaves, statement says {len(lines)}"
    assert {"root recomputed", "totals recomputed"} <= set(failed(result))


@pytest.mark.parametrize("tamper", ["hash", "leaf", "index", "size", "short"])
def test_tampered_proof(made, cli, ring, tmp_path, tamper):
    doc = json.loads(made.proof.read_bytes())
    if tamper == "hash":
        first = doc["proof"][0]
        doc["proof"][0] = ("0" if first[0] != "0" else "1") + first[1:]
    elif tamper == "leaf":
        doc["leaf"] = doc["leaf"].replace('"quantity":"', '"quantity":"1', 1)
    elif tamper == "index":
        doc["index"] += 1
    elif tamper == "size":
        doc["tree_size"] += 1
    else:
        doc["proof"] = doc["proof"][:-1]
    proof = tmp_path / "proof.json"
    proof.write_bytes(canonical.dumps(doc))
    result = verify(cli, proof, ring.policy)
    assert result.code == 1
    assert failed(result) == {"inclusion": "the leaf is not in the attested tree"}
    assert "attestation: custodian threshold" in passed(result)  # the envelope is fine


def test_proof_of_a_leaf_from_another_attestation(made, cli, ring, tmp_path):
    doc = json.loads(made.proof.read_bytes())
    doc["envelope"] = json.loads(made.b_att.read_bytes())  # B: same holdings, other salts
    proof = tmp_path / "proof.json"
    proof.write_bytes(canonical.dumps(doc))
    result = verify(cli, proof, ring.policy)
    assert result.code == 1
    assert failed(result) == {"inclusion": "the leaf is not in the attested tree"}


def test_tampered_root_in_the_statement(made, cli, ring, tmp_path):
    body = statement_of(made.a_att)
    body["tree"]["root"] = hashlib.sha256(b"another tree").hexdigest()
    # Edited in the file: the signatures break.
    edited = write_envelope(tmp_path / "edited.json", with_payload(envelope_of(made.a_att), body))
    result = verify(cli, edited, ring.policy, "--leaves", str(made.a_leaves))
    assert result.code == 1
    assert failed(result)[signature_check(ring, "cust1")] == "the signature does not verify"
    assert "root recomputed" in failed(result)
    # Signed that way by every key holder: the signatures hold, the leaves do not.
    lying = write_envelope(tmp_path / "lying.json", signed_by_all(ring, body))
    result = verify(cli, lying, ring.policy, "--leaves", str(made.a_leaves))
    assert result.code == 1
    assert set(failed(result)) == {"root recomputed"}
    # The signer given the leaves refuses such a request.
    req = rerequest(made.a_req, tmp_path / "req.json", body,
                    leaves=[line.decode() for line in leaf_lines(made.a_leaves)[1]])
    result, out = sign(cli, ring, req, "cust1")
    assert result.code == 1
    assert signer_line(result.err).startswith("tijori: Refusing to sign: 5 leaves give root ")
    assert not out.exists()


def test_tampered_total_against_the_leaves(made, cli, ring, tmp_path):
    body = statement_of(made.a_att)
    gold = body["totals"][0]
    gold["quantity"] = str(Decimal(gold["quantity"]) + 1000)
    # Coverage recomputed so that the totals are the one thing wrong.
    raw = [{"symbol": t["symbol"], "commodity": t["commodity"],
            "per_token": t["per_token"]["quantity"], "unit": t["per_token"]["unit"],
            "supply": t["supply"], "supply_as_of": t["supply_as_of"],
            "supply_source": t["supply_source"]} for t in body["tokens"]]
    body["tokens"] = statement.coverage(raw, body["totals"])
    lying = write_envelope(tmp_path / "lying.json", signed_by_all(ring, body))
    result = verify(cli, lying, ring.policy, "--leaves", str(made.a_leaves))
    assert result.code == 1
    assert failed(result) == {"totals recomputed": "the leaves do not add up to the stated totals"}
    assert "root recomputed" in passed(result)

    req = rerequest(made.a_req, tmp_path / "req.json", body,
                    leaves=[line.decode() for line in leaf_lines(made.a_leaves)[1]])
    result, out = sign(cli, ring, req, "aud")
    assert result.code == 1
    assert signer_line(result.err) == (
        "tijori: Refusing to sign: the leaves do not add up to the stated totals.")
    assert not out.exists()


def test_stated_coverage_that_does_not_follow_from_the_totals(made, cli, ring, tmp_path):
    body = statement_of(made.a_att)
    (token,) = body["tokens"]
    token.update(covered=True, coverage="9.999999", shortfall="0")
    lying = write_envelope(tmp_path / "lying.json", signed_by_all(ring, body))
    result = verify(cli, lying, ring.policy, "--leaves", str(made.a_leaves))
    assert result.code == 1
    assert failed(result) == {
        "coverage": "the stated coverage does not follow from the stated totals"}


# -- swapped files -------------------------------------------------------------------------


def test_swapped_envelope_against_these_leaves(made, cli, ring, tmp_path):
    result = verify(cli, made.b_att, ring.policy, "--leaves", str(made.a_leaves))
    assert result.code == 1
    assert failed(result) == {"leaves": "the leaves belong to another attestation"}

    # Relabelled as B's leaves: the salts still give A's root, not B's.
    header, lines = leaf_lines(made.a_leaves)
    relabelled = write_leaves(tmp_path / "relabelled.jsonl", {
        **header, "attestation_id": statement_of(made.b_att)["attestation_id"]}, lines)
    result = verify(cli, made.b_att, ring.policy, "--leaves", str(relabelled))
    assert result.code == 1
    assert set(failed(result)) == {"root recomputed"}

    result = cli("proof", "--attestation", str(made.b_att), "--leaves", str(made.a_leaves),
                 "--holding", "1", "--out", str(tmp_path / "proof.json"))
    assert result.code == 2
    assert one_line(result.err) == (
        f"tijori: {made.a_leaves} holds the leaves of another attestation")


def test_finalize_refuses_a_response_for_another_request(made, cli, offline, tmp_path):
    att = tmp_path / "att.json"
    result = cli("attest", "finalize", str(made.b_req), str(made.b_sig["cust1"]),
                 str(made.sig["cust2"]), str(made.b_sig["aud"]), "--out", str(att))
    assert result.code == 2
    a_id = read_request(made.a_req)["request_id"]
    assert one_line(result.err) == (
        f"tijori: {made.sig['cust2']} answers another request ({a_id})")

    # Relabelled with B's request id, it still signs A's payload.
    relabelled = json.loads(made.sig["cust2"].read_bytes())
    relabelled["request_id"] = read_request(made.b_req)["request_id"]
    path = tmp_path / "relabelled.sig"
    path.write_bytes(canonical.dumps(relabelled))
    result = cli("attest", "finalize", str(made.b_req), str(path), "--out", str(att))
    assert result.code == 2
    assert one_line(result.err) == f"tijori: {path} signs another payload than this request's"

    # And with B's payload digest too, its signature is over the wrong bytes.
    relabelled["payload_sha256"] = read_request(made.b_req)["payload_sha256"]
    path.write_bytes(canonical.dumps(relabelled))
    result = cli("attest", "finalize", str(made.b_req), str(path), "--out", str(att))
    assert result.code == 2
    assert one_line(result.err) == f"tijori: {path}: the signature does not verify"
    assert not att.exists()


# -- policy versions -----------------------------------------------------------------------


def test_policy_rollback_is_refused(made, cli, ring, tmp_path):
    v2 = draft_policy(ring, tmp_path / "v2.json", replaces=ring.policy)
    # The way forward: A names v1, reached from v2 through its signed link.
    forward = verify(cli, made.a_att, v2, "--policy", ring.policy, "--pinned", ring.policy)
    assert forward.code == 0, forward.out

    result = verify(cli, made.a_att, ring.policy, "--pinned", v2)
    assert result.code == 1
    assert failed(result) == {
        "policy version": "version 1 is older than the pinned version 2 (rollback)"}
    shown = cli("policy", "show", ring.policy, "--pinned", v2, "--json")
    assert shown.code == 1
    assert failed(shown) == {
        "policy version": "version 1 is older than the pinned version 2 (rollback)"}


def test_policy_successor_must_follow_the_pinned_version(made, cli, ring, tmp_path):
    v2 = draft_policy(ring, tmp_path / "v2.json", replaces=ring.policy)
    v3 = draft_policy(ring, tmp_path / "v3.json", replaces=v2)
    # A (made under v1) is reached from v3 through v2: the skip is the one reason.
    result = verify(cli, made.a_att, v3, "--policy", v2, "--policy", ring.policy,
                    "--pinned", ring.policy)
    assert result.code == 1
    assert failed(result) == {"policy version": "version 3 skips from the pinned version 1: "
                                                "apply each version in turn"}

    # Another policy of the same version cannot name v1 as its previous: A is not bound to
    # it either.
    same = draft_policy(ring, tmp_path / "v1-other.json", custodian_threshold=1)
    result = verify(cli, made.a_att, same, "--policy", ring.policy, "--pinned", ring.policy)
    assert result.code == 1
    reasons = failed(result)
    assert set(reasons) == {"policy version", "policy binding"}, reasons
    assert reasons["policy version"] == "differs from the pinned policy of the same version 1"
    assert reasons["policy binding"].startswith("made under policy version 1 (digest ")

    # A v2 that names v1 but is not signed by v1's admin: no successor of the pinned v1, and
    # no signed rotation through which A's policy could be reached.
    unsigned_by_pinned = draft_policy(ring, tmp_path / "v2-unsigned.json",
                                      replaces=ring.policy, admins=("admin", "admin2"),
                                      sign_with=("admin2",))
    result = verify(cli, made.a_att, unsigned_by_pinned, "--policy", ring.policy,
                    "--pinned", ring.policy)
    assert result.code == 1
    reasons = failed(result)
    assert set(reasons) == {"pinned policy: admin threshold", "policy binding"}, reasons
    assert reasons["pinned policy: admin threshold"] == "0 of 1 required admin signature(s)"
    assert reasons["policy binding"].endswith(
        "policy version 2 does not carry the admin threshold of version 1: it is no signed "
        "rotation of it")


def test_unsigned_policy_is_not_trusted(made, cli, ring, tmp_path):
    # The very policy A names, with its admin's signature removed.
    envelope = Envelope.loads(Path(ring.policy).read_bytes())
    unsigned = write_envelope(tmp_path / "unsigned.json",
                              Envelope(envelope.payload_type, envelope.payload))
    result = verify(cli, made.a_att, str(unsigned))
    assert result.code == 1
    assert failed(result) == {"policy: admin threshold": "0 of 1 required admin signature(s)"}


# -- the chain -----------------------------------------------------------------------------


def test_broken_chain_link(made, cli, ring):
    # C follows B; A is not its previous attestation.
    assert verify(cli, made.c_att, ring.policy, "--previous", str(made.b_att)).code == 0
    result = verify(cli, made.c_att, ring.policy, "--previous", str(made.a_att))
    assert result.code == 1
    reasons = failed(result)
    assert reasons["chain link"] == (
        f"does not name attestation {statement_of(made.a_att)['attestation_id']} as its "
        "previous")
    assert reasons["sequence"] == "number 3 does not follow 1"
    # (C's journal proof is from B's journal, which is longer than A's.)
    assert set(reasons) == {"chain link", "sequence", "journal consistency"}, reasons

    # Backwards: B does not follow C in any way.
    result = verify(cli, made.b_att, ring.policy, "--previous", str(made.c_att))
    assert result.code == 1
    reasons = failed(result)
    assert set(reasons) == {"chain link", "sequence", "as-of order", "journal consistency"}
    assert reasons["sequence"] == "number 2 does not follow 3"
    assert reasons["as-of order"].endswith(
        f", before the previous {statement_of(made.c_att)['as_of']}")


@pytest.mark.file_only
def test_journal_edited_between_attestations_is_refused_at_request(stocked, cli, ring,
                                                                     tmp_path, ledger_path):
    attest(cli, ring, tmp_path, "first")
    conn = sqlcipher3.connect(str(ledger_path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("UPDATE events SET hash = ? WHERE seq = 3", (hashlib.sha256(b"x").hexdigest(),))
    conn.close()
    add_bar(cli, "LATE-1")
    result = cli("attest", "request", "--policy", ring.policy, "--out",
                 str(tmp_path / "second.req.json"), "--leaves-out",
                 str(tmp_path / "second.leaves.jsonl"), "--custodian", "C")
    assert result.code == 1
    assert "event 3 (site.added" in result.err and "was edited" in result.err
    assert not (tmp_path / "second.req.json").exists()


@pytest.mark.file_only
def test_journal_rewritten_between_attestations(stocked, cli, ring, tmp_path, ledger_path):
    """History rewritten with every hash recomputed: the ledger cannot tell; each signer who
    signed the first attestation, a witness of the journal, refuses the next (issue 12,
    item 6); and signed by others, the chain shows it."""
    first, _, _ = attest(cli, ring, tmp_path, "first")
    conn = sqlcipher3.connect(str(ledger_path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    rows = conn.execute("SELECT seq, time, actor, kind, payload FROM events WHERE seq >= 3 "
                        "ORDER BY seq").fetchall()
    prev = conn.execute("SELECT hash FROM events WHERE seq = 2").fetchone()[0]
    for seq, time, actor, kind, payload in rows:
        actor = "someone else" if seq == 3 else actor
        digest = event_hash(seq, time, actor, kind, bytes(payload), prev)
        conn.execute("UPDATE events SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                     (actor, prev, digest, seq))
        prev = digest
    conn.execute("UPDATE meta SET value = ? WHERE key = 'head'", (f"{rows[-1][0]}:{prev}",))
    conn.close()
    assert cli("journal", "verify").code == 0
    add_bar(cli, "LATE-1")
    req, leaves = request(cli, ring, tmp_path, "second")
    sizes = (statement_of(req)["journal"]["size"], statement_of(first)["journal"]["size"])
    for signer in ("cust1", "cust2", "aud"):
        result, out = sign(cli, ring, req, signer)  # the data folder it signed "first" in
        assert result.code == 1
        assert one_line(result.err) == (
            "tijori: Refusing to sign: the consistency proof does not show that the journal "
            "of {} events extends the {} events you signed before: events were rewritten, "
            "removed or reordered after you signed, or the ledger forked.".format(*sizes))
        assert not out.exists()

    # Signers who never saw this ledger cannot tell; a verifier given the first can.
    responses = []
    for signer in ("cust1", "cust2", "aud"):
        result, out = sign(cli, ring, req, signer, home=tmp_path / "elsewhere" / signer)
        assert result.code == 0, result.err
        responses.append(str(out))
    second = tmp_path / "second.att.json"
    assert cli("attest", "finalize", str(req), *responses, "--out", str(second)).code == 0
    result = verify(cli, second, ring.policy, "--leaves", str(leaves), "--previous", str(first))
    assert result.code == 1
    assert failed(result) == {
        "journal consistency": "the journal was not only appended to since the previous "
                               "attestation"}
    assert "chain link" in passed(result)


# -- unusable input ------------------------------------------------------------------------


def test_wrong_key_passphrase(made, cli, ring, tmp_path, monkeypatch):
    out = tmp_path / "cust1.sig"
    monkeypatch.setenv("TIJORI_KEY_PASSPHRASE", "not the passphrase")
    result = cli("sign", str(made.a_req), "--key", ring.key("cust1"), "--policy", ring.policy,
                 "--out", str(out), "--yes", "--accept-unchecked-totals")
    assert result.code == 2
    assert signer_line(result.err) == (
        f"tijori: wrong passphrase for key file {ring.key('cust1')}, or the file was altered")
    assert not out.exists()

    monkeypatch.delenv("TIJORI_KEY_PASSPHRASE")
    secret = tmp_path / "passphrase.txt"
    secret.write_text("still not it\n")
    result = cli("sign", str(made.a_req), "--key", ring.key("aud"), "--policy", ring.policy,
                 "--out", str(out), "--yes", "--accept-unchecked-totals",
                 "--key-passphrase-file", str(secret))
    assert result.code == 2
    assert "wrong passphrase for key file" in signer_line(result.err)
    assert not out.exists()


def garbage_files(made, tmp_path) -> dict[str, Path]:
    att = made.a_att.read_bytes()
    proof = made.proof.read_bytes()
    files = {
        "empty": b"",
        "binary": bytes(range(256)) * 4,
        "truncated attestation": att[: len(att) // 2],
        "truncated proof": proof[: len(proof) // 2],
        "json array": b"[1, 2, 3]",
        "not utf-8": b'{"payload":"\xff\xfe"}',
    }
    out = {}
    for name, data in files.items():
        path = tmp_path / f"{name.replace(' ', '-')}.json"
        path.write_bytes(data)
        out[name] = path
    return out


@pytest.mark.parametrize("what", ["empty", "binary", "truncated attestation",
                                  "truncated proof", "json array", "not utf-8", "missing",
                                  "leaves file", "policy file"])
def test_garbage_given_to_verify(made, cli, ring, tmp_path, what):
    if what == "missing":
        path = tmp_path / "nowhere.json"
    elif what == "leaves file":
        path = made.a_leaves
    elif what == "policy file":
        path = Path(ring.policy)
    else:
        path = garbage_files(made, tmp_path)[what]
    result = cli("verify", str(path), "--policy", ring.policy)
    assert result.code == 2
    message = one_line(result.err)
    if what == "missing":
        assert message.startswith(f"tijori: cannot read file {path}:")
    else:
        assert message == (
            f"tijori: {path} is not a report, attestation, proof or count that Tijori can verify")
    assert result.out == ""


@pytest.mark.parametrize("what", ["leaves", "previous"])
def test_garbage_evidence_beside_the_attestation_fails_closed(made, cli, ring, tmp_path, what):
    junk = tmp_path / "junk"
    junk.write_bytes(b"\x00garbage")
    result = verify(cli, made.a_att, ring.policy, f"--{what}", str(junk))
    assert result.code == 1
    assert "Traceback" not in result.err
    reasons = failed(result)
    if what == "leaves":
        assert reasons == {"leaves": "leaves file does not start with a Tijori leaves header"}
    else:
        assert reasons == {"chain": "the previous attestation cannot be read"}


@pytest.mark.parametrize("option", ["--policy", "--pinned"])
@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_unreadable_policy_is_unusable_input(made, cli, ring, tmp_path, option, damage):
    policy = tmp_path / "policy.json"
    data = Path(ring.policy).read_bytes()
    policy.write_bytes(b"garbage" if damage == "garbage" else data[: len(data) // 2])
    assert cli("policy", "show", str(policy)).code == 2
    trust = ["--policy", str(policy)] if option == "--policy" else [
        "--policy", ring.policy, "--pinned", str(policy)]
    result = cli("verify", str(made.a_att), *trust)
    assert "Traceback" not in result.err
    assert result.code == 2


def test_garbage_given_to_sign_and_finalize(made, cli, offline, ring, tmp_path):
    junk = tmp_path / "junk.json"
    junk.write_bytes(made.a_req.read_bytes()[:200])
    out = tmp_path / "out.sig"
    result = cli("sign", str(junk), "--key", ring.key("cust1"), "--policy", ring.policy,
                 "--out", str(out), "--yes")
    assert result.code == 2
    assert signer_line(result.err) == f"tijori: {junk} is not a Tijori file (not JSON)"
    assert not out.exists()

    result = cli("attest", "finalize", str(made.a_req), str(junk), "--out", str(out))
    assert result.code == 2
    assert one_line(result.err) == f"tijori: {junk} is not a Tijori file (not JSON)"

    doc = read_request(made.a_req)
    doc["payload"] = base64.b64encode(b'{"schema":"tijori.statement.v1"}').decode()
    damaged = tmp_path / "damaged.json"
    damaged.write_bytes(canonical.dumps(doc))
    result = cli("sign", str(damaged), "--key", ring.key("cust1"), "--policy", ring.policy,
                 "--out", str(out), "--yes")
    assert result.code == 2
    assert signer_line(result.err) == (
        f"tijori: {damaged} is damaged: its payload does not match its digest")

    result = cli("qr", "decode", str(junk), "--out", str(tmp_path / "decoded"))
    assert result.code == 2
    assert one_line(result.err) == f"tijori: {junk} is not an image that can be read"


# -- damaged or hostile files never crash the tools ------------------------------------------
# The signer reads requests from another PC, the verifier reads files from anyone: whatever
# they hold, the answer is one sentence and exit 1 or 2, never a traceback (exit 70).


def test_finalizing_the_same_request_twice(stocked, cli, ring, tmp_path):
    _, _, req = attest(cli, ring, tmp_path, "twice")
    sigs = [str(req.with_name(f"{req.name}.{s}.sig")) for s in ("cust1", "cust2", "aud")]
    again = tmp_path / "again.json"
    result = cli("attest", "finalize", str(req), *sigs, "--out", str(again))
    assert "Traceback" not in result.err, result.err
    assert result.code in (0, 2)
    if result.code == 2:
        one_line(result.err)
        assert not again.exists()
    kinds = [e["kind"] for e in cli("journal", "log", "--json").json()["events"]]
    assert kinds.count("attestation.finalized") == 1


BAD_STATEMENT = {
    "custodian": {},
    "sites": [{}],
    "totals": [{}],
    "tokens": [{}],
    "previous": {"digest": "00"},
}


@pytest.mark.parametrize("field", sorted(BAD_STATEMENT))
def test_signer_given_a_malformed_statement(made, cli, ring, tmp_path, field):
    body = statement_of(made.a_req)
    body[field] = BAD_STATEMENT[field]
    req = rerequest(made.a_req, tmp_path / "req.json", body)
    result, out = sign(cli, ring, req, "cust1")
    assert result.code in (1, 2), result.err
    signer_line(result.err)
    assert not out.exists()


@pytest.mark.parametrize("member", ["policy", "policy_sha256", "request_id", "payload_type",
                                    "roles"])
def test_finalize_given_a_damaged_request(made, cli, offline, tmp_path, member):
    doc = read_request(made.a_req)
    del doc[member]
    req = tmp_path / "req.json"
    req.write_bytes(canonical.dumps(doc))
    att = tmp_path / "att.json"
    result = cli("attest", "finalize", str(req), *map(str, made.sig.values()), "--out", str(att))
    assert result.code in (1, 2), result.err
    one_line(result.err)
    assert not att.exists()


@pytest.mark.parametrize("member", ["request_id", "payload_type"])
def test_signer_given_a_damaged_request(made, cli, ring, tmp_path, member):
    doc = read_request(made.a_req)
    del doc[member]
    req = tmp_path / "req.json"
    req.write_bytes(canonical.dumps(doc))
    result, out = sign(cli, ring, req, "cust1")
    assert result.code in (1, 2), result.err
    signer_line(result.err)
    assert not out.exists()


def test_verify_a_proof_whose_statement_root_is_not_hex(made, cli, ring, tmp_path):
    doc = json.loads(made.proof.read_bytes())
    body = statement_of(made.a_att)
    body["tree"]["root"] = "not hex"
    doc["envelope"]["payload"] = base64.b64encode(canonical.dumps(body)).decode()
    proof = tmp_path / "proof.json"
    proof.write_bytes(canonical.dumps(doc))
    result = cli("verify", str(proof), "--policy", ring.policy)
    assert "Traceback" not in result.err, result.err
    assert result.code in (1, 2)


def test_verify_with_a_previous_attestation_without_a_journal(made, cli, ring, tmp_path):
    body = statement_of(made.a_att)
    body["journal"] = {}
    previous = write_envelope(tmp_path / "previous.json",
                              with_payload(envelope_of(made.a_att), body))
    result = cli("verify", str(made.a_att), "--policy", ring.policy, "--previous", str(previous))
    assert "Traceback" not in result.err, result.err
    assert result.code == 1
