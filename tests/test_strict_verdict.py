"""One strict verdict, byte for byte with reports/FORMAT.md (issue 12, item 11).

Where a second verifier written from FORMAT.md alone split from Tijori: quantities
in exponent form, unknown members, payloads that are not canonical JSON, leaves out
of the order of §4.1 or of sites the statement does not list, signatures without a
keyid, and the JSON report bundle that `tijori verify` could not read.
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.attest import canonical, merkle, statement
from app.attest.dsse import Envelope, Signature
from app.domain import units
from app.domain.errors import InvalidInput
from app.services import verifying
from tests.attest_helpers import (
    KEY_PASSPHRASE,
    attest,
    cli_runner,
    envelope_of,
    leaf_lines,
    seal,
    signature_check,
    statement_of,
    write_leaves,
)

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "reports" / "samples"
SIGNERS = ("cust1", "cust2", "aud")


@pytest.fixture(autouse=True)
def _key_passphrase(monkeypatch):
    monkeypatch.setenv("TIJORI_KEY_PASSPHRASE", KEY_PASSPHRASE)


@pytest.fixture(scope="module")
def made(ring, ledgers, tmp_path_factory):
    """A: the stocked ledger with a token of 0.0000001 ozt each; B after one more bar,
    chained to A (so it has a previous attestation and a journal consistency proof)."""
    folder = tmp_path_factory.mktemp("strict")
    cli = cli_runner(ledgers.copy("stocked", folder / "reserves.tijori"))
    added = cli("token", "add", "--symbol", "TINY", "--commodity", "gold", "--per-token",
                "0.0000001 ozt", "--json")
    assert added.code == 0, added.err
    assert cli("token", "supply", "TINY", "--supply", "5000000", "--source", "chain").code == 0
    a_att, a_leaves, _ = attest(cli, ring, folder, "a")
    assert cli("bar", "add", "--site", "VLT", "--metal", "gold", "--brand", "PAMP", "--serial",
               "B-6", "--year", "2023", "--gross-oz", "400.000", "--fineness", "999.9").code == 0
    b_att, b_leaves, _ = attest(cli, ring, folder, "b")
    return SimpleNamespace(folder=folder, cli=cli, added=added.json(), a_att=a_att,
                           a_leaves=a_leaves, b_att=b_att, b_leaves=b_leaves)


def check(ring, data: bytes, *, leaves: bytes | None = None):
    return verifying.verify_attestation(data, Path(ring.policy).read_bytes(), leaves=leaves,
                                        parallel=False)


def failures(verdict) -> dict[str, str]:
    return {c.name: c.reason for c in verdict.failures}


def signed(ring, body: dict | bytes, *signers: str) -> bytes:
    """A statement signed by real keys of the policy: a lying custodian and auditor."""
    payload = body if isinstance(body, bytes) else canonical.dumps(body)
    return seal(payload, *(ring.private[n] for n in signers or SIGNERS)).dumps()


def recomputed_tokens(body: dict) -> list[dict]:
    raw = [{"symbol": t["symbol"], "commodity": t["commodity"],
            "per_token": t["per_token"]["quantity"], "unit": t["per_token"]["unit"],
            "supply": t["supply"], "supply_as_of": t["supply_as_of"],
            "supply_source": t["supply_source"]} for t in body["tokens"]]
    return statement.coverage(raw, body["totals"])


# -- 1. decimal strings ------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "text"), [
    (Decimal("1E-7"), "0.0000001"), (Decimal("1E+3"), "1000"), (Decimal("0E-12"), "0.000000000000"),
    (Decimal("-0"), "0"), (Decimal("-0.000"), "0.000"), (Decimal("400.060"), "400.060"),
    (Decimal("-2.5"), "-2.5"), (Decimal("0.5000000"), "0.5000000"),
])
def test_a_decimal_is_written_in_one_form(value, text):
    assert units.decimal_string(value) == text
    assert units.is_decimal_string(text)
    assert units.read_decimal_string(text, "q") == value


@pytest.mark.parametrize("text", [
    "1E-7", "1e3", "1E+3", "+1", "01", "00.5", ".5", "5.", "-0", "-0.000", "1_000", " 1", "1 ",
    "\u0661", "0x1", "NaN", "Infinity", "-", "", "1.2.3", "1,5",
])
def test_only_that_form_is_read(text):
    assert not units.is_decimal_string(text)
    with pytest.raises(InvalidInput, match="q"):
        units.read_decimal_string(text, "q")


def test_a_per_token_amount_is_stored_and_signed_without_an_exponent(made):
    assert made.added["per_token"] == "0.0000001"
    body = statement_of(made.a_att)
    tiny = next(t for t in body["tokens"] if t["symbol"] == "TINY")
    assert tiny["per_token"] == {"quantity": "0.0000001", "unit": "ozt"}
    assert tiny["supply"] == "5000000"
    assert tiny["required"] == {"quantity": "0.5000000", "unit": "ozt"}  # places: 0 + 7
    assert tiny["shortfall"] == "0"
    for token in body["tokens"]:
        for text in (token["per_token"]["quantity"], token["supply"], token["shortfall"],
                     token["reserves"]["quantity"], token["required"]["quantity"]):
            assert units.is_decimal_string(text), text
    shown = made.cli("token", "list")
    assert "0.0000001 ozt" in shown.out and "E-7" not in shown.out


def test_sums_products_and_ratios_are_exact():
    """Sums and products never round (28 digits of Python's default context would); the
    coverage is truncated once, from the exact quotient (never rounded up, then down)."""
    totals = [{"commodity": "gold", "unit": "ozt", "quantity": "0.99999999999999999999999999999"}]
    tokens = [
        {"symbol": "ALMOST", "commodity": "gold", "per_token": "1", "unit": "ozt", "supply": "1",
         "supply_as_of": None, "supply_source": ""},
        {"symbol": "HUGE", "commodity": "gold", "per_token": "0.0000001", "unit": "ozt",
         "supply": "123456789012345678901234567890", "supply_as_of": None, "supply_source": ""},
        {"symbol": "EXACT", "commodity": "gold", "per_token": "0.5", "unit": "ozt",
         "supply": "1.99999999999999999999999999998", "supply_as_of": None, "supply_source": ""},
        {"symbol": "NONE", "commodity": "silver", "per_token": "1E-7", "unit": "ozt",
         "supply": "1E+3", "supply_as_of": None, "supply_source": ""},
    ]
    almost, huge, exact, none = statement.coverage(tokens, totals)
    assert almost["coverage"] == "0.999999" and almost["covered"] is False
    assert almost["shortfall"] == "0.00000000000000000000000000001"
    assert huge["required"]["quantity"] == "12345678901234567890123.4567890"
    assert huge["coverage"] == "0.000000"
    # reserves = required exactly: the shortfall is the zero of their difference
    assert exact["required"]["quantity"] == "0.999999999999999999999999999990"
    assert exact["coverage"] == "1.000000" and exact["covered"] is True
    assert exact["shortfall"] == "0.000000000000000000000000000000"
    # no reserves of that commodity: "0"; what a ledger stored as 1E-7 is written plainly
    assert none["reserves"]["quantity"] == "0"
    assert none["per_token"]["quantity"] == "0.0000001" and none["supply"] == "1000"
    assert none["required"]["quantity"] == "0.0001000" and none["shortfall"] == "0.0001000"
    sums = statement.sum_leaves([
        statement.make_leaf(canonical.dumps({"id": number, "kind": "bar", "site": "S",
                                             "quantities": [{"commodity": "gold",
                                                             "quantity": q, "unit": "ozt"}]}),
                            bytes(32))
        for number, q in enumerate(("10000000000000000000000000000.001", "0.0001", "5"))])
    assert statement.format_totals(sums) == [
        {"commodity": "gold", "quantity": "10000000000000000000000000005.0011", "unit": "ozt"}]


@pytest.mark.parametrize(("member", "value"), [
    ("per_token", "1E-7"), ("per_token", "1e-7"), ("supply", "5E+6"), ("supply", "05000000"),
    ("supply", "+5000000"), ("total", "2.00285E+3"), ("total", "2002.85E0"),
])
def test_a_statement_carrying_another_form_fails(made, ring, member, value):
    body = statement_of(made.a_att)
    tiny = next(t for t in body["tokens"] if t["symbol"] == "TINY")
    if member == "per_token":
        tiny["per_token"]["quantity"] = value
        where = "per_token.quantity"
    elif member == "supply":
        tiny["supply"] = value
        where = "supply"
    else:
        body["totals"][0]["quantity"] = value
        where = "totals[0].quantity"
    verdict = check(ring, signed(ring, body))
    reasons = failures(verdict)
    assert set(reasons) == {"statement"}, reasons
    assert where in reasons["statement"] and repr(value) in reasons["statement"]
    assert "decimal string" in reasons["statement"]


def test_a_leaf_quantity_in_another_form_fails(made, ring, tmp_path):
    header, lines = leaf_lines(made.a_leaves)
    leaf = json.loads(lines[2])
    quantity = leaf["holding"]["quantities"][0]["quantity"]
    leaf["holding"]["quantities"][0]["quantity"] = str(Decimal(quantity).scaleb(3)) + "E-3"
    assert Decimal(leaf["holding"]["quantities"][0]["quantity"]) == Decimal(quantity)
    lines[2] = canonical.dumps(leaf)
    body = statement_of(made.a_att)
    body["tree"]["root"] = merkle.root(lines).hex()
    leaves = write_leaves(tmp_path / "l.jsonl", header, lines).read_bytes()
    reasons = failures(check(ring, signed(ring, body), leaves=leaves))
    assert set(reasons) == {"totals recomputed"}, reasons
    assert reasons["totals recomputed"].startswith("leaf 2 quantity is not a decimal string")


# -- 2. unknown members ------------------------------------------------------------------------


def _at(body: dict, path: str):
    target = body
    for step in path.split("."):
        target = target[int(step)] if step.isdigit() else target[step]
    return target


@pytest.mark.parametrize("path", [
    "", "custodian", "tree", "journal", "journal.consistency", "totals.0", "tokens.0",
    "tokens.0.per_token", "tokens.0.reserves", "tokens.0.required", "sites.0", "previous",
])
def test_an_unknown_member_fails_naming_it(made, ring, path):
    body = statement_of(made.b_att)
    target = _at(body, path) if path else body
    target["extra_member"] = "unsigned meaning"
    reasons = failures(check(ring, signed(ring, body)))
    assert set(reasons) == {"statement"}, reasons
    assert "unknown member 'extra_member'" in reasons["statement"]
    shown = path.replace(".0", "[0]") if path else "the statement"
    assert shown in reasons["statement"], reasons


def test_the_schema_forbids_what_the_verifier_fails():
    schema = json.loads((ROOT / "reports" / "schemas" / "statement.schema.json").read_text())
    objects = [schema]
    while objects:
        node = objects.pop()
        if isinstance(node, dict):
            if node.get("type") == "object":
                assert node.get("additionalProperties") is False, node
            objects.extend(node.values())
        elif isinstance(node, list):
            objects.extend(node)


@pytest.mark.parametrize(("path", "value"), [
    ("tokens.0.per_token.quantity", "1E-7"), ("totals.0.quantity", "01199.635"),
    ("tokens.0.shortfall", "-0"), ("tokens.0.coverage", "1.04316"), ("tokens.0.note", "x"),
    ("tokens.0.supply_source", None), ("as_of", "2026-11-26T00:51:33.051036+00:00"),
])
def test_the_schema_refuses_what_the_verifier_fails(path, value):
    from jsonschema import ValidationError

    from tests.test_samples_format import validate

    body = statement_of(SAMPLES / "attestation.json")
    validate("statement", body)
    *parent, name = path.split(".")
    target = _at(body, ".".join(parent)) if parent else body
    if value is None:
        del target[name]
    else:
        target[name] = value
    with pytest.raises(ValidationError):
        validate("statement", body)
    with pytest.raises(InvalidInput):
        statement.parse_statement(canonical.dumps(body))


def test_the_sample_bundle_matches_its_schema():
    from jsonschema import ValidationError

    from tests.test_samples_format import validate

    bundle = json.loads((SAMPLES / "report.json").read_bytes())
    validate("report", bundle)
    for change in ({"public": True}, {"leaves": None}, {"extra": 1}):
        with pytest.raises(ValidationError):
            validate("report", {**bundle, **change})
    validate("report", {**bundle, "public": True, "leaves": None})


# -- 3. canonical payloads ----------------------------------------------------------------------


@pytest.mark.parametrize("how", ["spaces", "order", "escapes"])
def test_a_payload_that_is_not_canonical_json_fails(made, ring, how):
    body = statement_of(made.a_att)
    if how == "spaces":
        payload = json.dumps(body, sort_keys=True, indent=1).encode()
    elif how == "order":
        payload = json.dumps(dict(reversed(body.items())), separators=(",", ":")).encode()
    else:
        body["custodian"]["name"] = "Réserve d’État"
        payload = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()  # \u00e9
    assert json.loads(payload) == body and payload != canonical.dumps(body)
    reasons = failures(check(ring, signed(ring, payload)))
    assert set(reasons) == {"statement"}, reasons
    assert "the statement is not in canonical JSON" in reasons["statement"]


# -- 4. leaves -----------------------------------------------------------------------------------


def test_leaves_out_of_order_fail_naming_the_first(made, ring, tmp_path):
    header, lines = leaf_lines(made.a_leaves)
    lines[1], lines[3] = lines[3], lines[1]  # holdings 1, 4, 3, 2, 5
    body = statement_of(made.a_att)
    body["tree"]["root"] = merkle.root(lines).hex()  # a root over these leaves, signed
    leaves = write_leaves(tmp_path / "l.jsonl", header, lines).read_bytes()
    reasons = failures(check(ring, signed(ring, body), leaves=leaves))
    assert set(reasons) == {"leaf order"}, reasons
    assert reasons["leaf order"].startswith("leaf 2 (line 4 of the leaves file): bar 3 comes "
                                            "after bar 4")


def test_leaves_of_a_site_the_statement_does_not_list_fail(made, ring, tmp_path):
    body = statement_of(made.a_att)
    body["sites"] = [s for s in body["sites"] if s["code"] != "VLT"]
    body["scope"]["sites"] = [code for code in body["scope"]["sites"] if code != "VLT"]
    assert [s["code"] for s in body["sites"]] == body["scope"]["sites"]  # still one statement
    leaves = Path(made.a_leaves).read_bytes()
    reasons = failures(check(ring, signed(ring, body), leaves=leaves))
    assert set(reasons) == {"leaf sites"}, reasons
    assert reasons["leaf sites"].startswith(
        "leaf 0 (line 2 of the leaves file) is of site 'VLT', which the statement does not list")


def test_kinds_come_in_the_order_of_the_format():
    def leaf(kind: str, number: int) -> bytes:
        holding = {"id": number, "kind": kind, "site": "S", "commodity": "gold",
                   "quantities": [{"commodity": "gold", "quantity": "1", "unit": "ozt"}]}
        return statement.make_leaf(canonical.dumps(holding), bytes(32))

    good = [leaf("bar", 7), leaf("bar", 9), leaf("lot", 1), leaf("tank", 3), leaf("gas", 2)]
    scan = statement.scan_leaves(good, sites={"S"})
    assert scan.order is None and scan.sites is None
    assert (scan.first, scan.last) == ((0, 7), (3, 2))
    problem = statement.scan_leaves([*good[:2], good[3], good[2], good[4]], sites={"S"}).order
    assert problem.startswith("leaf 3 (line 5 of the leaves file): lot 1 comes after tank 3")
    problem = statement.scan_leaves([leaf("bar", 1), leaf("bar", 1)]).order
    assert problem.startswith("leaf 1 (line 3 of the leaves file): bar 1 comes after bar 1")
    problem = statement.scan_leaves([leaf("vault", 1)]).order
    assert problem.startswith("leaf 0 (line 2 of the leaves file) is of kind 'vault'")
    assert statement.scan_leaves(good, sites={"T"}).sites.startswith(
        "leaf 0 (line 2 of the leaves file) is of site 'S'")


def test_the_order_holds_across_the_two_halves_verified_in_parallel(ring, tmp_path,
                                                                     monkeypatch):
    """With two processes each half is checked, and where they meet."""
    monkeypatch.setattr(verifying, "PARALLEL_FROM", 2)
    header, lines = leaf_lines(SAMPLES / "leaves.jsonl")
    policy = (SAMPLES / "policy.json").read_bytes()
    data = (SAMPLES / "attestation.json").read_bytes()
    ok = verifying.verify_attestation(data, policy, leaves=(SAMPLES / "leaves.jsonl").read_bytes())
    assert ok.ok, ok.failures
    assert "leaf order" in {c.name for c in ok.checks if c.passed}
    swapped = write_leaves(tmp_path / "l.jsonl", header,
                           [*lines[:3], lines[4], lines[3]]).read_bytes()
    reasons = failures(verifying.verify_attestation(data, policy, leaves=swapped))
    assert reasons["leaf order"].startswith("leaf 4 (line 6 of the leaves file)"), reasons


# -- 5. signatures without a keyid ------------------------------------------------------------


def _without_keyids(envelope: Envelope, *extra: Signature) -> bytes:
    return Envelope(envelope.payload_type, envelope.payload,
                    (*(Signature("", s.sig) for s in envelope.signatures), *extra)).dumps()


def test_a_signature_without_a_keyid_counts_for_the_key_it_verifies_under(made, ring):
    envelope = envelope_of(made.a_att)
    verdict = check(ring, _without_keyids(envelope))
    assert verdict.ok, verdict.failures
    names = {c.name for c in verdict.checks if c.passed}
    assert {signature_check(ring, n) for n in SIGNERS} <= names
    # the same signature once with its keyid and once without counts once
    doubled = Envelope(envelope.payload_type, envelope.payload,
                       (*envelope.signatures, Signature("", envelope.signatures[0].sig)))
    verdict = check(ring, doubled.dumps())
    assert verdict.ok, verdict.failures
    threshold = next(c for c in verdict.checks if c.name == "attestation: custodian threshold")
    assert threshold.reason == "2 of 2 required custodian signature(s)"


def test_a_keyless_signature_that_no_key_of_the_policy_verifies_fails(made, ring):
    envelope = envelope_of(made.a_att)
    stranger = Signature("", ring.private["outsider"].sign(envelope.pae()))
    reasons = failures(check(ring, _without_keyids(envelope, stranger)))
    assert reasons == {"attestation: signature 4 (no keyid)":
                       "no custodian or auditor key of the trust policy verifies it"}


def test_a_signature_naming_an_unknown_keyid_still_fails(made, ring):
    envelope = envelope_of(made.a_att)
    stranger = Signature("ab" * 32, envelope.signatures[0].sig)
    forged = Envelope(envelope.payload_type, envelope.payload, (*envelope.signatures, stranger))
    reasons = failures(check(ring, forged.dumps()))
    assert reasons == {
        f"attestation: signature by {'ab' * 8}": "the key is not in the trust policy"}


# -- 6. the JSON report bundle --------------------------------------------------------------------


def tijori(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app.cli.main", *argv], capture_output=True,
                          cwd=ROOT, timeout=120, text=True)


def test_the_sample_json_bundle_verifies_through_the_cli():
    run = tijori("verify", str(SAMPLES / "report.json"), "--policy", str(SAMPLES / "policy.json"),
                 "--json")
    assert run.returncode == 0, run.stderr + run.stdout
    checks = {c["check"]: c for c in json.loads(run.stdout)["checks"]}
    for name in ("attestation: custodian threshold", "attestation: auditor threshold",
                 "root recomputed", "totals recomputed", "leaf order", "leaf sites",
                 "embedded proof 1"):
        assert checks[name]["passed"], checks.get(name)
    assert verifying.kind_of((SAMPLES / "report.json").read_bytes()) == "bundle"


def test_a_bundle_with_a_changed_total_fails_through_the_cli(tmp_path):
    bundle = json.loads((SAMPLES / "report.json").read_bytes())
    body = json.loads(base64.b64decode(bundle["envelope"]["payload"]))
    gold = next(t for t in body["totals"] if t["commodity"] == "gold")
    gold["quantity"] = str(Decimal(gold["quantity"]) + 20000)
    bundle["envelope"]["payload"] = base64.b64encode(canonical.dumps(body)).decode()
    tampered = tmp_path / "report.json"
    tampered.write_bytes(canonical.dumps(bundle))
    run = tijori("verify", str(tampered), "--policy", str(SAMPLES / "policy.json"), "--json")
    assert run.returncode == 1, run.stderr
    reasons = {c["check"]: c["reason"] for c in json.loads(run.stdout)["checks"]
               if not c["passed"]}
    assert reasons["attestation: custodian threshold"] == "0 of 2 required custodian signature(s)"
    assert reasons["totals recomputed"] == "the leaves do not add up to the stated totals"
    assert "embedded proof 1" in reasons  # its envelope is not this one
    plain = tijori("verify", str(tampered), "--policy", str(SAMPLES / "policy.json"))
    assert plain.returncode == 1 and "NOT VALID" in plain.stdout


def test_a_bundle_is_checked_against_the_verifiers_policy_never_its_own(ring, tmp_path):
    bundle = json.loads((SAMPLES / "report.json").read_bytes())
    bundle["policy"] = json.loads(Path(ring.policy).read_bytes())  # another policy inside
    other = tmp_path / "report.json"
    other.write_bytes(canonical.dumps(bundle))
    verdict = verifying.verify_file(str(other), str(SAMPLES / "policy.json"), parallel=False)
    assert verdict.ok, verdict.failures
    assert any(c.name == "embedded policy" and "only yours is trusted" in c.reason
               for c in verdict.checks)
    # and under a policy that does not know its signers, it fails: the statement names the
    # samples' policy, which cannot be reached from that one
    verdict = verifying.verify_file(str(SAMPLES / "report.json"), ring.policy, parallel=False)
    assert not verdict.ok
    assert "policy binding" in failures(verdict), failures(verdict)


@pytest.mark.parametrize("damage", ["leaf", "public", "proof", "member"])
def test_a_damaged_bundle_fails(tmp_path, damage):
    bundle = json.loads((SAMPLES / "report.json").read_bytes())
    if damage == "leaf":
        bundle["leaves"][0] = bundle["leaves"][0].replace('"quantity":"', '"quantity":"1', 1)
        expect = "root recomputed"
    elif damage == "public":
        bundle["public"] = True  # says it is public, yet carries the leaves
        expect = "bundle"
    elif damage == "proof":
        bundle["proofs"][0]["index"] += 1
        expect = "embedded proof 1"
    else:
        bundle["unsigned"] = "extra"
        expect = "bundle"
    path = tmp_path / "report.json"
    path.write_bytes(canonical.dumps(bundle))
    verdict = verifying.verify_file(str(path), str(SAMPLES / "policy.json"), parallel=False)
    assert expect in failures(verdict), verdict.checks


def test_a_public_bundle_verifies_without_leaves(tmp_path):
    bundle = json.loads((SAMPLES / "report.json").read_bytes())
    bundle.update(public=True, leaves=None)
    path = tmp_path / "report.json"
    path.write_bytes(canonical.dumps(bundle))
    verdict = verifying.verify_file(str(path), str(SAMPLES / "policy.json"), parallel=False)
    assert verdict.ok, verdict.failures
    assert "root recomputed" not in {c.name for c in verdict.checks}
