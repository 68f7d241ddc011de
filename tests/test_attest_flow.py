"""Attestations end to end, the happy paths: real ledgers, real key files, real files and QR codes.

Every step goes through `tijori ...` as a custodian, signer or auditor would run
it: the terminal writes a signing request, the offline signers sign it (from
files or QR images), the terminal finalises, anyone verifies with the policy.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
from decimal import ROUND_DOWN, Decimal
from pathlib import Path

import pytest
import rfc8785

from app.attest.dsse import Envelope, Signature
from app.services.keys import show_policy
from tests.attest_helpers import (
    CUSTODIAN,
    FAR_FUTURE,
    KEY_PASSPHRASE,
    add_bar,
    add_token,
    attest,
    draft_policy,
    envelope_of,
    holdings,
    leaf_lines,
    passed,
    payload_of,
    read_request,
    request,
    sign,
    signature_check,
    statement_of,
    verify,
)

pytestmark = pytest.mark.engines


@pytest.fixture
def mixed(ledgers, ledger_path):
    """Five sites and holdings of every kind (see attest_helpers._mixed)."""
    return ledgers.copy("mixed", ledger_path)


@pytest.fixture(autouse=True)
def _key_passphrase(monkeypatch):
    monkeypatch.setenv("TIJORI_KEY_PASSPHRASE", KEY_PASSPHRASE)


def mth(leaves: list[bytes]) -> bytes:
    """RFC 9162 §2.1.1 Merkle Tree Hash, written out here independently of app.attest.merkle."""
    if len(leaves) == 1:
        return hashlib.sha256(b"\x00" + leaves[0]).digest()
    k = 1
    while k * 2 < len(leaves):
        k *= 2
    return hashlib.sha256(b"\x01" + mth(leaves[:k]) + mth(leaves[k:])).digest()


def qr_carry(cli, source: Path, folder: Path, out: Path, seed: int) -> int:
    """Carry a file as QR images: encode, shuffle the images, decode. Returns the frame count."""
    result = cli("qr", "encode", str(source), "--out-dir", str(folder))
    assert result.code == 0, result.err
    frames = sorted(folder.glob("*.png"))
    assert frames and f"Wrote {len(frames)} QR image(s)" in result.out
    shuffled = list(frames)
    random.Random(seed).shuffle(shuffled)
    if len(shuffled) > 1 and shuffled == frames:
        shuffled.reverse()
    out.parent.mkdir(parents=True, exist_ok=True)
    result = cli("qr", "decode", *map(str, shuffled), "--out", str(out))
    assert result.code == 0, result.err
    assert out.read_bytes() == source.read_bytes()
    return len(frames)


def fine_total(cli) -> Decimal:
    (gold,) = [t for t in holdings(cli)["totals"] if t["commodity"] == "gold"]
    return Decimal(gold["quantity"])


def test_two_custodians_and_an_auditor_sign_through_qr_codes(stocked, cli, ring, tmp_path):
    (tmp_path / "terminal").mkdir()
    req, leaves = request(cli, ring, tmp_path / "terminal", "q")
    assert read_request(req)["leaves"] is None  # small enough for QR codes

    # Terminal -> offline signer PC, as QR images read in any order.
    on_signer = tmp_path / "signer" / "request.json"
    frames = qr_carry(cli, req, tmp_path / "qr-request", on_signer, seed=1)
    assert frames >= 2  # several frames, so that the shuffled order means something

    back = {}
    for number, signer in enumerate(("cust2", "aud", "cust1")):
        result, response = sign(cli, ring, on_signer, signer,
                                out=tmp_path / "signer" / f"{signer}.sig")
        assert result.code == 0, result.err
        assert f"Custodian:   {CUSTODIAN}" in result.out  # the summary shown before signing
        assert "Holdings:    5 (Merkle root" in result.out
        assert f"Signed as key {ring.keyid(signer)[:16]}" in result.out
        # Signer -> terminal, again as shuffled QR images.
        back[signer] = tmp_path / "terminal" / f"{signer}.sig"
        qr_carry(cli, response, tmp_path / f"qr-{signer}", back[signer], seed=10 + number)

    att = tmp_path / "terminal" / "attestation.json"
    result = cli("attest", "finalize", str(req), str(back["aud"]), str(back["cust1"]),
                 str(back["cust2"]), "--out", str(att))
    assert result.code == 0, result.err
    assert "is final with 3 signature(s)" in result.out
    assert {s.keyid for s in envelope_of(att).signatures} == {
        ring.keyid("cust1"), ring.keyid("cust2"), ring.keyid("aud")}

    result = verify(cli, att, ring.policy, "--leaves", str(leaves))
    assert result.code == 0, result.out
    report = result.json()
    assert report["valid"] is True
    assert all(c["passed"] for c in report["checks"])
    names = passed(result)
    for signer in ("cust1", "cust2", "aud"):
        assert signature_check(ring, signer) in names
    assert signature_check(ring, "admin", "policy") in names
    assert {"policy format", "policy expiry", "policy: admin threshold", "statement",
            "attestation: custodian threshold", "attestation: auditor threshold", "coverage",
            "tree size", "root recomputed", "totals recomputed"} <= names
    by_name = {c["check"]: c["reason"] for c in report["checks"]}
    assert by_name["attestation: custodian threshold"] == "2 of 2 required custodian signature(s)"
    assert by_name["attestation: auditor threshold"] == "1 of 1 required auditor signature(s)"
    assert by_name["tree size"] == "5 leaves, statement says 5"

    plain = cli("verify", str(att), "--policy", ring.policy, "--leaves", str(leaves))
    assert plain.code == 0
    assert f"{att}: VALID" in plain.out.splitlines()
    assert "  ✗ " not in plain.out and "  ✓ root recomputed: " in plain.out


def test_signer_given_the_leaves_recomputes_root_and_totals(stocked, cli, ring, tmp_path):
    req, leaves = request(cli, ring, tmp_path, "wl", "--with-leaves")
    carried = read_request(req)["leaves"]
    assert [leaf.encode() for leaf in carried] == leaf_lines(leaves)[1]

    out = tmp_path / "cust1.sig"
    result = cli("sign", str(req), "--key", ring.key("cust1"), "--policy", ring.policy,
                 "--out", str(out), "--yes", "--json")
    assert result.code == 0, result.err
    signed = result.json()
    by_name = {c["check"]: c for c in signed["checks"]["checks"]}
    assert by_name["root recomputed"]["passed"] is True
    assert by_name["root recomputed"]["reason"].startswith("5 leaves give root ")
    assert by_name["totals recomputed"] == {
        "check": "totals recomputed", "passed": True, "done": True,
        "reason": "the leaves add up to the stated totals", "block": "integrity",
        "severity": None, "required": False}
    assert by_name["key"]["reason"] == "your key signs as custodian"
    assert "Holdings:    5" in signed["summary"]

    response = json.loads(out.read_bytes())
    doc = read_request(req)
    assert response["format"] == "tijori-signature"
    assert response["request_id"] == doc["request_id"]
    assert response["payload_sha256"] == doc["payload_sha256"]
    assert response["keyid"] == ring.keyid("cust1") == signed["response"]["keyid"]
    envelope = Envelope(doc["payload_type"], payload_of(req))
    signature = Signature(response["keyid"], base64.b64decode(response["sig"]))
    assert envelope.verify_signature(signature, ring.private["cust1"].public_key)
    assert not envelope.verify_signature(signature, ring.private["cust2"].public_key)


def test_responses_in_any_order_and_duplicates_ignored(stocked, cli, ring, tmp_path,
                                                      monkeypatch):
    req, leaves = request(cli, ring, tmp_path, "dup")
    sigs = {}
    for signer in ("cust1", "cust2", "aud"):
        result, sigs[signer] = sign(cli, ring, req, signer)
        assert result.code == 0, result.err
    # cust1 signs a second time, on another day: the same (deterministic) signature.
    again, again_path = sign(cli, ring, req, "cust1", out=tmp_path / "cust1-again.sig")
    assert again.code == 0
    assert json.loads(again_path.read_bytes())["sig"] == json.loads(
        sigs["cust1"].read_bytes())["sig"]

    orders = [[sigs["cust1"], again_path, sigs["cust2"], sigs["aud"]],
              [sigs["aud"], sigs["cust2"], sigs["cust1"]],
              [sigs["cust2"], sigs["cust1"], sigs["aud"], sigs["cust2"], sigs["aud"]]]
    for number, paths in enumerate(orders):
        att = tmp_path / f"att-{number}.json"
        result = cli("attest", "finalize", str(req), *map(str, paths), "--out", str(att))
        assert result.code == 0, result.err
        assert "is final with 3 signature(s)" in result.out
        envelope = envelope_of(att)
        assert len(envelope.signatures) == 3
        assert {s.keyid for s in envelope.signatures} == {
            ring.keyid("cust1"), ring.keyid("cust2"), ring.keyid("aud")}
        assert verify(cli, att, ring.policy, "--leaves", str(leaves)).code == 0
        # The first is recorded in the ledger; combine the others away from it.
        monkeypatch.delenv("TIJORI_LEDGER", raising=False)


def test_shortfall_is_shown_and_the_attestation_is_still_valid(stocked, cli, ring, tmp_path):
    assert cli("token", "supply", "PKG", "--supply", "5000").code == 0  # 1 ozt each
    add_token(cli, "SLV", commodity="silver", supply="0")  # nothing issued: covered
    reserves = fine_total(cli)
    assert reserves < 5000

    shown = cli("attest", "request", "--policy", ring.policy, "--out", str(tmp_path / "r.json"),
                "--leaves-out", str(tmp_path / "l.jsonl"), "--custodian", CUSTODIAN)
    assert shown.code == 0, shown.err
    pkg = next(line for line in shown.out.splitlines() if line.strip().startswith("PKG"))
    assert "supply 5000" in pkg and "SHORTFALL" in pkg
    slv = next(line for line in shown.out.splitlines() if line.strip().startswith("SLV"))
    assert "SHORTFALL" not in slv

    att, leaves, _ = attest(cli, ring, tmp_path, "sf")
    coverage = str((reserves / 5000).quantize(Decimal("0.000001"), rounding=ROUND_DOWN))
    tokens = {t["symbol"]: t for t in statement_of(att)["tokens"]}
    assert tokens["PKG"]["covered"] is False
    assert tokens["PKG"]["coverage"] == coverage
    assert tokens["PKG"]["shortfall"] == str(5000 - reserves)
    assert tokens["SLV"]["covered"] is True

    result = verify(cli, att, ring.policy, "--leaves", str(leaves))
    assert result.code == 0
    assert result.json()["valid"] is True
    # The shortfall is a finding, in red (alert): never a passed check, never a failure.
    shortfall = {c["check"]: c for c in result.json()["checks"]}["shortfall PKG"]
    assert (shortfall["block"], shortfall["severity"]) == ("finding", "alert")
    percent = format(Decimal(coverage).scaleb(2), "f")
    assert shortfall["passed"] is False and f"cover {percent} % of" in shortfall["reason"]
    assert "shortfall SLV" not in {c["check"] for c in result.json()["checks"]}
    plain = cli("verify", str(att), "--policy", ring.policy)
    assert plain.code == 0
    (line,) = [line for line in plain.out.splitlines() if line.startswith("  [ALERT]")]
    assert line.startswith("  [ALERT] shortfall PKG: the signed statement says reserves of ")
    assert f"cover {percent} % of" in line
    assert plain.out.splitlines()[-1] == (f"{att}: VALID, with 1 finding to weigh: "
                                          "shortfall PKG (alert)")


def test_coverage_shown_to_the_signer_is_never_rounded_up(stocked, cli, ring, tmp_path):
    reserves = fine_total(cli)
    # One token per 0.001 ozt, one more token issued than the reserves cover.
    add_token(cli, "MILLI", per_token="0.001 ozt", supply=str(reserves * 1000 + 1))
    result = cli("attest", "request", "--policy", ring.policy, "--out", str(tmp_path / "r"),
                 "--leaves-out", str(tmp_path / "l"), "--custodian", CUSTODIAN)
    assert result.code == 0
    line = next(x for x in result.out.splitlines() if x.strip().startswith("MILLI"))
    assert "SHORTFALL" in line
    assert "coverage 99.99 %" in line, line


def test_gas_token_in_mwh_is_backed_by_gas_held_in_mmbtu(mixed, cli, ring, tmp_path):
    added = cli("token", "add", "--symbol", "NGT", "--commodity", "natural-gas",
                "--per-token", "1 MWh")
    if added.code == 2:  # refusing a unit the reserves are never held in is a fix too
        assert "MWh" in added.err
        return
    assert added.code == 0
    # 1000 MWh is 3412.14 MMBtu; the ledger holds 37912.680 MMBtu of natural gas.
    assert cli("token", "supply", "NGT", "--supply", "1000").code == 0
    req, _ = request(cli, ring, tmp_path, "gas")
    (token,) = statement_of(req)["tokens"]
    assert token["covered"] is True, token


def holding_key(holding: dict) -> tuple:
    """The leaf order of reports/FORMAT.md §4.1: kind (bar, lot, tank, gas), then holding id."""
    return ["bar", "lot", "tank", "gas"].index(holding["kind"]), holding["id"]


def as_set(totals: list[dict]) -> set[tuple[str, str, str]]:
    return {(t["commodity"], t["unit"], t["quantity"]) for t in totals}


def test_statement_and_leaves_match_the_ledger(mixed, cli, ring, tmp_path):
    held = holdings(cli)
    req, leaves = request(cli, ring, tmp_path, "all")
    body = statement_of(req)

    assert as_set(body["totals"]) == as_set(held["totals"])
    assert len(body["totals"]) == len(held["totals"]) == 6
    assert body["totals"] == sorted(body["totals"], key=lambda t: (t["commodity"], t["unit"]))
    # The ungauged tank holds nothing measured: it is a holding, but not a leaf.
    measured = [h for h in held["holdings"] if not (h["kind"] == "tank" and not h["gauged_at"])]
    assert len(measured) == len(held["holdings"]) - 1 == 10
    header, lines = leaf_lines(leaves)
    assert body["tree"]["size"] == len(lines) == header["count"] == len(measured)
    assert header["attestation_id"] == body["attestation_id"]
    assert body["tree"]["root"] == mth(lines).hex()
    assert [s["code"] for s in body["sites"]] == ["GS", "LNG", "TF", "VLT", "WH"]
    assert body["custodian"]["name"] == CUSTODIAN and body["previous"] is None

    parsed = [json.loads(line) for line in lines]
    salts = set()
    for line, obj in zip(lines, parsed, strict=True):
        assert rfc8785.dumps(obj) == line  # each leaf is RFC 8785 canonical JSON
        assert set(obj) == {"holding", "salt", "v"} and obj["v"] == 1
        assert len(bytes.fromhex(obj["salt"])) == 32
        salts.add(obj["salt"])
    assert len(salts) == len(lines)
    order = [holding_key(obj["holding"]) for obj in parsed]
    assert order == sorted(order) and len(set(order)) == len(order)
    # Recorded interleaved, attested kind by kind, each kind by its stable holding id.
    assert [(o["holding"]["kind"], o["holding"]["id"]) for o in parsed] == [
        ("bar", 2), ("bar", 4), ("bar", 6), ("bar", 9), ("bar", 10), ("bar", 11),
        ("lot", 3), ("lot", 7), ("tank", 5), ("gas", 1)]
    assert {o["holding"]["id"] for o in parsed} == {h["id"] for h in measured}
    by_id = {h["id"]: h for h in held["holdings"]}
    for obj in parsed:
        holding = obj["holding"]
        assert holding["site"] == by_id[holding["id"]]["site"]
        quantities = {q["unit"]: q["quantity"] for q in holding["quantities"]}
        assert quantities[by_id[holding["id"]]["unit"]] == by_id[holding["id"]]["quantity"]

    # The same holdings again: the same order, fresh salts, so another root.
    req2, leaves2 = request(cli, ring, tmp_path, "again")
    parsed2 = [json.loads(line) for line in leaf_lines(leaves2)[1]]
    assert [o["holding"] for o in parsed2] == [o["holding"] for o in parsed]
    assert not salts & {o["salt"] for o in parsed2}
    assert statement_of(req2)["tree"]["root"] != body["tree"]["root"]
    assert statement_of(req2)["totals"] == body["totals"]

    # Signed and verified against its leaves: totals of every kind add up.
    att, leaves3, _ = attest(cli, ring, tmp_path, "signed")
    result = verify(cli, att, ring.policy, "--leaves", str(leaves3))
    assert result.code == 0 and "totals recomputed" in passed(result)


def test_site_option_limits_the_scope(mixed, cli, ring, tmp_path):
    for sites in (["VLT"], ["WH", "TF"]):
        args = [arg for code in sites for arg in ("--site", code.lower())]
        req, leaves = request(cli, ring, tmp_path, "-".join(sites), *args)
        body = statement_of(req)
        assert [s["code"] for s in body["sites"]] == sites
        held, expected = [], set()
        for code in sites:
            at_site = holdings(cli, code)
            held += [h for h in at_site["holdings"] if h.get("gauged_at", "bar")]
            expected |= as_set(at_site["totals"])
        lines = leaf_lines(leaves)[1]
        assert body["tree"]["size"] == len(lines) == len(held)
        assert {json.loads(line)["holding"]["site"] for line in lines} == set(sites)
        assert as_set(body["totals"]) == expected
    assert statement_of(tmp_path / "VLT.req.json")["totals"] == [
        {"commodity": "gold", "quantity": "2000.300", "unit": "ozt"},
        {"commodity": "silver", "quantity": "999.000", "unit": "ozt"}]


def test_as_of_in_the_past_attests_the_holdings_then(stocked, cli, ring, tmp_path):
    then_events = cli("journal", "log", "--json").json()["events"]
    then, size_then = then_events[-1]["time"], then_events[-1]["seq"]
    totals_then = holdings(cli)["totals"]

    add_bar(cli, "LATER", gross="402.500")
    assert cli("move", "withdraw", "--holding", "1").code == 0
    assert cli("token", "supply", "PKG", "--supply", "5000").code == 0
    assert holdings(cli)["totals"] != totals_then

    att, leaves, _ = attest(cli, ring, tmp_path, "past", "--as-of", then)
    body = statement_of(att)
    assert body["as_of"] == then
    assert body["tree"]["size"] == 5
    assert [json.loads(line)["holding"]["serial"] for line in leaf_lines(leaves)[1]] == [
        "B-1", "B-2", "B-3", "B-4", "B-5"]
    assert as_set(body["totals"]) == as_set(totals_then)
    assert body["tokens"][0]["supply"] == "1000"
    assert body["journal"]["size"] == size_then
    assert body["journal"]["head"] == then_events[-1]["hash"]
    assert body["journal"]["root"] == mth([bytes.fromhex(e["hash"]) for e in then_events]).hex()
    assert verify(cli, att, ring.policy, "--leaves", str(leaves)).code == 0

    now = statement_of(request(cli, ring, tmp_path, "now")[0])
    assert now["tree"]["size"] == 5 and now["journal"]["size"] > size_then + 2
    assert as_set(now["totals"]) == as_set(holdings(cli)["totals"]) != as_set(body["totals"])
    assert now["tokens"][0]["supply"] == "5000"


def test_second_attestation_chains_to_the_first(stocked, cli, ring, tmp_path):
    first, _, _ = attest(cli, ring, tmp_path, "first")
    kinds = [e["kind"] for e in cli("journal", "log", "--json").json()["events"]]
    assert kinds[-1] == "attestation.finalized"  # the terminal recorded it in the ledger

    add_bar(cli, "C-6")
    assert cli("move", "transfer", "--holding", "1", "--to", "WH").code == 0
    # No --previous: the request chains to the attestation recorded in the ledger.
    second, leaves, _ = attest(cli, ring, tmp_path, "second")
    body, prior = statement_of(second), statement_of(first)
    digest = hashlib.sha256(envelope_of(first).payload).hexdigest()
    assert body["previous"] == {"attestation_id": prior["attestation_id"],
                                "as_of": prior["as_of"], "digest": digest, "sequence": 1}
    assert (prior["sequence"], body["sequence"]) == (1, 2)
    assert body["journal"]["size"] > prior["journal"]["size"]
    assert body["journal"]["consistency"]["from_size"] == prior["journal"]["size"]

    result = verify(cli, second, ring.policy, "--leaves", str(leaves), "--previous", str(first))
    assert result.code == 0, result.out
    by_name = {c["check"]: c for c in result.json()["checks"]}
    assert by_name["chain link"] == {
        "check": "chain link", "passed": True, "done": True,
        "reason": f"names attestation {prior['attestation_id']} as its previous",
        "block": "integrity", "severity": None, "required": False}
    assert by_name["sequence"]["reason"] == "number 2 follows 1"
    assert by_name["journal consistency"]["passed"] is True
    assert by_name["journal consistency"]["reason"] == (
        f"the journal of {body['journal']['size']} events extends the previous "
        f"{prior['journal']['size']}")

    # Naming the previous attestation file gives the same link.
    req, _ = request(cli, ring, tmp_path, "named", "--previous", str(first))
    assert statement_of(req)["previous"]["digest"] == digest


def test_proof_for_one_holding_verifies_alone_and_reveals_only_its_leaf(
        stocked, cli, ring, tmp_path):
    att, leaves, _ = attest(cli, ring, tmp_path, "pr")
    proof = tmp_path / "proof.json"
    result = cli("proof", "--attestation", str(att), "--leaves", str(leaves),
                 "--holding", "3", "--out", str(proof))
    assert result.code == 0, result.err
    assert "(leaf 2 of 5)" in result.out

    result = verify(cli, proof, ring.policy)
    assert result.code == 0, result.out
    by_name = {c["check"]: c for c in result.json()["checks"]}
    assert by_name["inclusion"] == {
        "check": "inclusion", "passed": True, "done": True,
        "reason": "holding 3 (bar) is leaf 2 of 5 under the attested root of the "
                  f"attestation as of {statement_of(att)['as_of']}",
        "block": "integrity", "severity": None, "required": False}
    assert by_name["attestation: custodian threshold"]["passed"] is True

    doc = json.loads(proof.read_bytes())
    assert set(doc) == {"format", "version", "envelope", "leaf", "index", "tree_size", "proof"}
    lines = leaf_lines(leaves)[1]
    assert doc["leaf"].encode() == lines[2]
    assert json.loads(doc["leaf"])["holding"]["serial"] == "B-3"
    assert len(doc["proof"]) == 3  # leaf 2 of 5: two siblings in the left four, then leaf 4
    text = proof.read_text()
    for number, line in enumerate(lines):
        if number != 2:
            other = json.loads(line)
            assert other["salt"] not in text
            assert other["holding"]["serial"] not in text
    assert "B-3" in text

    # Without the Merkle cache written beside the leaves, the same proof.
    (tmp_path / "pr.leaves.jsonl.tree").unlink()
    again = tmp_path / "proof-again.json"
    assert cli("proof", "--attestation", str(att), "--leaves", str(leaves), "--holding", "3",
               "--out", str(again)).code == 0
    assert again.read_bytes() == proof.read_bytes()


def test_policy_rotation_signed_by_old_and_new_admins(stocked, cli, ring, tmp_path):
    att, leaves, _ = attest(cli, ring, tmp_path, "rot")

    # A new admin key, made with the CLI (Argon2id at its default cost).
    made = cli("keys", "new", "--name", "admin v2", "--out", str(tmp_path / "admin3.key"))
    assert made.code == 0, made.err
    assert cli("keys", "export-public", str(tmp_path / "admin3.key"), "--out",
               str(tmp_path / "admin3.pub")).code == 0
    shown = cli("keys", "show", str(tmp_path / "admin3.pub"), "--json").json()
    assert shown["private"] is False and shown["name"] == "admin v2"

    v2 = tmp_path / "policy-v2.json"
    result = cli("policy", "new", "--out", str(v2), "--replaces", ring.policy,
                 "--custodian", ring.pub("cust1"), "--custodian", ring.pub("cust2"),
                 "--custodian-threshold", "2", "--auditor", ring.pub("aud"),
                 "--auditor-threshold", "1", "--admin", ring.pub("admin"),
                 "--admin", str(tmp_path / "admin3.pub"), "--admin-threshold", "1",
                 "--expires", FAR_FUTURE)
    assert result.code == 0, result.err
    assert cli("policy", "sign", str(v2), "--key", str(tmp_path / "admin3.key")).code == 0

    # Signed by its own new admin only: valid alone, but not as v1's successor.
    alone = cli("policy", "show", str(v2), "--json")
    assert alone.code == 0 and alone.json()["valid"] is True
    successor = cli("policy", "show", str(v2), "--pinned", ring.policy, "--json")
    assert successor.code == 1
    assert {c["check"]: c["reason"] for c in successor.json()["checks"] if not c["passed"]} == {
        "pinned policy: admin threshold": "0 of 1 required admin signature(s)"}

    signed = cli("policy", "sign", str(v2), "--key", ring.key("admin"))
    assert signed.code == 0 and "2 signature(s)" in signed.out
    successor = cli("policy", "show", str(v2), "--pinned", ring.policy, "--json")
    assert successor.code == 0, successor.out
    by_name = {c["check"]: c for c in successor.json()["checks"]}
    assert by_name["policy version"]["reason"] == "version 2 follows pinned 1"
    assert by_name["pinned policy: admin threshold"]["passed"] is True
    assert by_name["policy: admin threshold"]["passed"] is True
    assert successor.json()["version"] == 2

    # The attestation names v1; a verifier who trusts v2 reaches v1 through v2's link.
    result = verify(cli, att, str(v2), "--leaves", str(leaves), "--pinned", ring.policy)
    assert result.code == 1
    assert "cannot be reached" in {c["check"]: c["reason"] for c in result.json()["checks"]
                                   }["policy binding"]
    result = verify(cli, att, str(v2), "--policy", ring.policy, "--leaves", str(leaves),
                    "--pinned", ring.policy)
    assert result.code == 0, result.out
    assert "policy version" in passed(result)
    assert "through 1 signed rotation" in {c["check"]: c["reason"] for c in result.json()[
        "checks"]}["policy binding"]
    plain = cli("policy", "show", str(v2), "--pinned", ring.policy)
    assert plain.code == 0 and "VALID" in plain.out and "admin: 1 of 2" in plain.out


def test_policy_rotation_retiring_the_old_admin(ring, tmp_path):
    """v2 replaces v1's admin: signed by v2's admin and by v1's, which v2 no longer lists."""
    v2 = draft_policy(ring, tmp_path / "v2.json", admins=("admin2",), version=2)
    envelope = Envelope.loads(Path(v2).read_bytes()).signed_by(ring.private["admin"])
    Path(v2).write_bytes(envelope.dumps())
    shown = show_policy(v2, trusted=ring.policy)
    assert [c for c in shown["checks"] if not c["passed"]] == []
    assert shown["valid"] is True
    names = {c["check"] for c in shown["checks"]}
    assert f"pinned policy: signature by admin {ring.keyid('admin')[:16]}" in names
    assert f"policy: signature by admin2 {ring.keyid('admin2')[:16]}" in names


def test_rotated_policy_is_valid_for_a_new_verifier_too(ring, tmp_path):
    v2 = draft_policy(ring, tmp_path / "v2.json", admins=("admin2",), version=2)
    envelope = Envelope.loads(Path(v2).read_bytes()).signed_by(ring.private["admin"])
    Path(v2).write_bytes(envelope.dumps())
    shown = show_policy(v2)
    assert [c for c in shown["checks"] if not c["passed"]] == []


def test_retired_admin_signs_its_successor_from_the_cli(ring, tmp_path, cli):
    """`policy sign --pinned v1` lets v1's admin sign a v2 that no longer lists it."""
    v2 = draft_policy(ring, tmp_path / "v2.json", admins=("admin2",), version=2)
    refused = cli("policy", "sign", v2, "--key", ring.key("admin"))
    assert refused.code == 2 and "not an admin key" in refused.err
    assert cli("policy", "sign", v2, "--key", ring.key("admin"), "--pinned",
               ring.policy).code == 0
    assert cli("policy", "sign", v2, "--key", ring.key("admin2")).code == 0
    shown = cli("policy", "show", v2, "--pinned", ring.policy, "--json")
    assert shown.code == 0, shown.out
    assert shown.json()["valid"] is True
