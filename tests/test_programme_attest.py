"""Programme attestations end to end: the operator's request over real member attestations,
signed by the programme's operator and auditor through `tijori sign`, finalised with
`tijori attest finalize`, verified with `tijori verify`, chained to the previous one; and a
bar's proof chained through its member's attestation to the programme's tree."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.attest import canonical
from app.attest import programme_statement as ps
from app.domain.errors import InvalidInput
from app.domain.times import format_time, parse_time
from app.services import programme_attest, verifying
from app.services.programme import MemberFiles
from app.services.programme_attest import NotReady, make_programme_request
from tests.attest_helpers import cli_runner, sign
from tests.programme_helpers import (
    finalised_programme,
    member_files,
    policies,
    programme_keyring,
    signed_programme_policy,
)

ROOT = Path(__file__).resolve().parent.parent
TOKENS = ("symbol,commodity,per_token,unit,supply,supply_as_of,supply_source\n"
          "PGLD,gold,1,ozt,2000,2026-01-01T00:00:00Z,token contract 0xabc\n")


def tijori(*argv: str) -> subprocess.CompletedProcess:
    """`tijori` in a fresh process."""
    return subprocess.run([sys.executable, "-m", "app.cli.main", *argv], text=True,
                          capture_output=True, cwd=ROOT, env=dict(os.environ), timeout=120)


def member_args(*files: MemberFiles) -> list[str]:
    return [arg for f in files for arg in ("--member", f.attestation, f.leaves)]


def policy_args(ring) -> list[str]:
    return [arg for path in policies(ring) for arg in ("--policy", path)]


@pytest.fixture(scope="module")
def ring(tmp_path_factory):
    return programme_keyring(tmp_path_factory.mktemp("programme-keys"))


@pytest.fixture(scope="module")
def members(ring, tmp_path_factory):
    return member_files(ring, tmp_path_factory.mktemp("members"))


@pytest.fixture(scope="module")
def signed_programme(ring, tmp_path_factory):
    return signed_programme_policy(ring, tmp_path_factory.mktemp("programme"))


@pytest.fixture(scope="module")
def made(ring, members, signed_programme, tmp_path_factory):
    """A programme attestation over the vault and Zurich, finalised, and its request."""
    folder = tmp_path_factory.mktemp("programme-attest")
    tokens = folder / "tokens.csv"
    tokens.write_text(TOKENS, encoding="utf-8")
    att = finalised_programme(ring, [members["vault"], members["zurich"]], signed_programme,
                              folder, "--tokens", str(tokens))
    return {"folder": folder, "req": folder / "programme.req.json", "att": att,
            "tokens": tokens, "cli": cli_runner(folder / "unused.tijori")}


def body_of(path: Path) -> dict:
    return json.loads(base64.b64decode(json.loads(path.read_bytes())["payload"]))


def test_a_programme_statement_sums_its_members_and_verifies(ring, members, made,
                                                             signed_programme):
    body = body_of(made["att"])
    assert body["schema"] == ps.SCHEMA and body["sequence"] == 1 and body["previous"] is None
    assert [e["name"] for e in body["members"]] == ["Tijori trust policy", "Zurich vault"]
    vault, zurich = (body_of(Path(members[m].attestation)) for m in ("vault", "zurich"))
    gold = [t for t in body["totals"] if t["commodity"] == "gold"]
    from decimal import Decimal
    expected = sum(Decimal(t["quantity"]) for s in (vault, zurich) for t in s["totals"]
                   if t["commodity"] == "gold" and t["unit"] == "ozt")
    assert Decimal(gold[0]["quantity"]) == expected > 0
    assert body["tokens"][0]["symbol"] == "PGLD" and body["tokens"][0]["supply"] == "2000"
    assert body["collisions"]["found"] == 0 and body["collisions"]["identities"] >= 10
    verdict = verifying.verify_file(str(made["att"]), signed_programme)
    assert verdict.ok, verdict.failed_checks()
    names = {c.name for c in verdict.checks}
    assert {"programme tree", "programme totals", "coverage", "window", "members listed",
            "policy binding"} <= names
    assert verdict.threshold("operator").met and verdict.threshold("auditor").met
    # In a fresh process, `tijori verify` says so, with the programme's figures first.
    done = tijori("verify", str(made["att"]), "--policy", signed_programme)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Programme: Reserve programme, 2 member custodian(s)" in done.stdout
    assert "Zurich vault: " in done.stdout and ": VALID" in done.stdout
    # A custodian's policy cannot verify it.
    wrong = verifying.verify_file(str(made["att"]), ring.policy)
    assert not wrong.ok


def test_a_changed_total_or_a_foreign_policy_fails(ring, made, signed_programme,
                                                    tmp_path):
    document = json.loads(made["att"].read_bytes())
    body = body_of(made["att"])
    body["totals"][0]["quantity"] = "1" + body["totals"][0]["quantity"]
    document["payload"] = base64.b64encode(canonical.dumps(body)).decode()
    bad = tmp_path / "changed.att.json"
    bad.write_bytes(canonical.dumps(document))
    verdict = verifying.verify_file(str(bad), signed_programme)
    failed = {c.name for c in verdict.failures}
    assert not verdict.ok and "programme totals" in failed
    assert any(name.startswith("attestation") or "threshold" in name or "signature" in name
               for name in failed)


def test_what_the_programme_signer_reads(ring, made, signed_programme, tmp_path):
    """Every member checked again on the signer's PC, the collision check said to be not
    done there, and the programme's summary."""
    result, _ = sign(made["cli"], ring, made["req"], "aud", policy=signed_programme,
                     home=tmp_path / "aud-home", out=tmp_path / "aud.sig")
    assert result.code == 0, result.err
    assert "✓ member Zurich vault: attestation" in result.out
    assert "✓ member Tijori trust policy: attestation" in result.out
    assert "! collision check: NOT DONE" in result.out
    assert "Collision check: " in result.out and "Members:" in result.out
    assert "PGLD" in result.out and "Programme:   Reserve programme (policy v1)" in result.out


def test_the_signer_checks_the_members_again(ring, made, signed_programme,
                                             tmp_path):
    """A request whose statement states another total for a member than its attestation
    does is refused by the signer, naming the member."""
    request = json.loads(made["req"].read_bytes())
    body = body_of(made["req"])
    entry = body["members"][1]
    entry["totals"][0]["quantity"] = "9" + entry["totals"][0]["quantity"]
    body["totals"] = ps.summed_totals(body["members"])
    body["tree"]["root"] = ps.tree_of(body["members"]).root.hex()
    payload = canonical.dumps(body)
    import hashlib
    request.update(payload=base64.b64encode(payload).decode(),
                   payload_sha256=hashlib.sha256(payload).hexdigest())
    bad = tmp_path / "bad.req.json"
    bad.write_bytes(canonical.dumps(request))
    result, _ = sign(made["cli"], ring, bad, "aud", policy=signed_programme,
                     home=tmp_path / "aud-home")
    assert result.code != 0
    assert "member Zurich vault" in result.out + result.err
    assert "does not state its attestation" in result.out + result.err


def test_collisions_refuse_the_request_naming_them(ring, members, signed_programme,
                                                   tmp_path):
    out = tmp_path / "twice.req.json"
    with pytest.raises(NotReady, match="counted twice") as caught:
        make_programme_request(programme_path=signed_programme,
                               members=[members["vault"], members["zurich-copy"]],
                               policy_paths=policies(ring), out=str(out))
    assert len(caught.value.check.collisions.collisions) == 5
    assert not out.exists()
    done = tijori("programme", "attest", "--programme-policy", signed_programme,
                  *member_args(members["vault"], members["zurich-copy"]), *policy_args(ring),
                  "--out", str(out))
    assert done.returncode == 1 and not out.exists()
    assert "5 identities are listed more than once" in done.stderr
    assert "Tijori trust policy holding" in done.stderr and "Traceback" not in done.stderr


def test_the_next_attestation_chains_to_the_previous(ring, members, made,
                                                     signed_programme):
    folder = made["folder"]
    before = body_of(made["att"])
    moment = parse_time(before["as_of"], "as_of") + timedelta(seconds=1)
    time.sleep(max(0.0, (moment - datetime.now(UTC)).total_seconds()))  # not in the future
    later = format_time(moment)
    second = folder / "second"
    second.mkdir()
    att = finalised_programme(ring, [members["vault"], members["zurich"]], signed_programme,
                              second, "--previous", str(made["att"]), "--as-of", later)
    body = body_of(att)
    assert body["sequence"] == 2 and body["previous"]["attestation_id"] == before[
        "attestation_id"]
    verdict = verifying.verify_file(str(att), signed_programme, previous=str(made["att"]))
    assert verdict.ok, verdict.failed_checks()
    assert any(c.name == "chain" and c.passed and c.done for c in verdict.checks)
    # The series, as `tijori verify-chain` reads it in a fresh process: one programme,
    # numbers 1 and 2, linked.
    done = tijori("verify-chain", str(made["att"]), str(att), "--policy", signed_programme,
                  "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    series = {c["check"]: c for c in json.loads(done.stdout)["series"]["checks"]}
    assert series["one ledger"]["reason"] == "every attestation is of programme " \
        "Reserve programme"
    assert series["contiguous"]["passed"] and series["first"]["passed"]
    assert any(name.endswith(": chain") and check["passed"] for name, check in series.items())
    # Chaining to itself (an as-of not after the previous) is refused.
    with pytest.raises(InvalidInput, match="not before this one's as-of"):
        make_programme_request(programme_path=signed_programme,
                               members=[members["vault"], members["zurich"]],
                               policy_paths=policies(ring), out=str(folder / "x.req.json"),
                               previous_path=str(att), as_of=before["as_of"])


def test_a_bar_proof_chains_to_the_programme(ring, members, made,
                                             signed_programme, tmp_path):
    out = tmp_path / "bar.proof.json"
    done = tijori("programme", "prove", "--programme-attestation", str(made["att"]),
                  "--member", "Tijori trust policy", "--member-attestation",
                  members["vault"].attestation, "--leaves", members["vault"].leaves,
                  "--member-policy", ring.policy, "--holding", "1", "--out", str(out))
    assert done.returncode == 0, done.stderr
    verdict = verifying.verify_file(str(out), signed_programme)
    assert verdict.ok, verdict.failed_checks()
    passed = {c.name for c in verdict.checks if c.passed and c.done}
    assert {"member in programme", "member attestation", "member signatures",
            "inclusion"} <= passed
    done = tijori("verify", str(out), "--policy", signed_programme)
    assert done.returncode == 0, done.stdout + done.stderr
    # A proof of another member's leaf under this member's entry fails.
    proof = json.loads(out.read_bytes())
    proof["member_index"] = 1
    bad = tmp_path / "moved.proof.json"
    bad.write_bytes(canonical.dumps(proof))
    assert "member in programme" in {c.name for c in verifying.verify_file(
        str(bad), signed_programme).failures}
    # The leaf changed: not in the member's tree.
    proof = json.loads(out.read_bytes())
    proof["holding"]["leaf"] = proof["holding"]["leaf"].replace('"id":1,', '"id":2,')
    bad.write_bytes(canonical.dumps(proof))
    assert "inclusion" in {c.name for c in verifying.verify_file(
        str(bad), signed_programme).failures}
    # A member the programme does not have: named.
    with pytest.raises(Exception, match="has no member 'Nobody'"):
        programme_attest.make_chained_proof(
            programme_attestation=str(made["att"]), member="Nobody",
            member_attestation=members["vault"].attestation, leaves=members["vault"].leaves,
            holding=1, out=str(tmp_path / "none.json"))


def test_user_mistakes_in_a_fresh_process(ring, members, made, signed_programme, tmp_path):
    """A bad token file, a member attestation that is not the programme's: one sentence,
    exit 2, nothing written, no traceback."""
    tokens = tmp_path / "tokens.csv"
    tokens.write_text(TOKENS + "PSLV,silver,-1,ozt,10,,\n", encoding="utf-8")
    out = tmp_path / "req.json"
    done = tijori("programme", "attest", "--programme-policy", signed_programme,
                  *member_args(members["vault"], members["zurich"]), *policy_args(ring),
                  "--tokens", str(tokens), "--out", str(out))
    assert done.returncode == 2 and "row 3 (per_token)" in done.stderr
    assert "Traceback" not in done.stderr and not out.exists()
    proof = tmp_path / "proof.json"
    done = tijori("programme", "prove", "--programme-attestation", str(made["att"]),
                  "--member", "Zurich vault", "--member-attestation",
                  members["vault"].attestation, "--leaves", members["vault"].leaves,
                  "--holding", "1", "--out", str(proof))
    assert done.returncode == 2 and "is not the attestation of Zurich vault" in done.stderr
    assert "Traceback" not in done.stderr and not proof.exists()


def test_a_token_file_with_a_bad_row_is_named(tmp_path):
    path = tmp_path / "tokens.csv"
    path.write_text(TOKENS + "PSLV,silver,1,kg,10,,\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"row 3 \(per_token\)"):
        programme_attest.read_tokens(str(path))
    path.write_text(TOKENS + "PGLD,gold,1,ozt,5,,\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="row 3: token PGLD is listed twice"):
        programme_attest.read_tokens(str(path))
    path.write_text("symbol,commodity\nX,gold\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="must name the columns"):
        programme_attest.read_tokens(str(path))


def test_the_files_match_their_published_schemas(ring, members, made, tmp_path):
    """The request, the programme statement and a chained proof as FORMAT.md §13 and
    reports/schemas describe them (a checker independent of Tijori's own reader)."""
    from tests.test_samples_format import validate

    validate("request", json.loads(made["req"].read_bytes()))
    validate("envelope", json.loads(made["att"].read_bytes()))
    validate("programme-statement", body_of(made["att"]))
    out = tmp_path / "proof.json"
    programme_attest.make_chained_proof(
        programme_attestation=str(made["att"]), member="Zurich vault",
        member_attestation=members["zurich"].attestation, leaves=members["zurich"].leaves,
        member_policy=str(ring.folder / "zurich.json"), holding=1, out=str(out))
    validate("programme-proof", json.loads(out.read_bytes()))
    # ... and a custodian's request still is one, without the programme's member.
    request = json.loads(made["req"].read_bytes())
    del request["programme"]
    from jsonschema import ValidationError
    with pytest.raises(ValidationError):
        validate("request", request)


def test_the_signer_remembers_the_programme_series(ring, members, made,
                                                   signed_programme, tmp_path):
    """A signer that signed programme attestation 1 refuses another statement numbered 1
    (a fork of the programme's series), as it would a custodian's."""
    home = tmp_path / "operator-home"
    result, _ = sign(made["cli"], ring, made["req"], "outsider", policy=signed_programme,
                     home=home, out=tmp_path / "first.sig")
    assert result.code == 0, result.err
    other = tmp_path / "other.req.json"
    make_programme_request(programme_path=signed_programme,
                           members=[members["vault"], members["zurich"]],
                           policy_paths=policies(ring), out=str(other))
    result, _ = sign(made["cli"], ring, other, "outsider", policy=signed_programme,
                     home=home, out=tmp_path / "second.sig")
    assert result.code == 1
    assert "fork: sequence 1 was already signed for another statement" in result.err
    done = subprocess.run([sys.executable, "-m", "app.cli.main", "signer", "ledgers", "--json"],
                          text=True, capture_output=True, cwd=ROOT, timeout=120,
                          env=dict(os.environ, XDG_DATA_HOME=str(home)))
    remembered = json.loads(done.stdout)["ledgers"]
    assert [(r["ledger_id"], r["sequence"]) for r in remembered] == [
        ("programme Reserve programme", 1)], remembered


def test_the_leaves_may_follow_as_their_own_option(ring, members, signed_programme, tmp_path):
    """`--member A --leaves L` (the issue's form) pairs as `--member A L` does; a member left
    without leaves is named."""
    vault, zurich = members["vault"], members["zurich"]
    done = tijori("programme", "check", "--programme-policy", signed_programme,
                  "--member", vault.attestation, "--leaves", vault.leaves,
                  "--member", zurich.attestation, zurich.leaves, *policy_args(ring))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "PROGRAMME CHECK PASSED" in done.stdout
    out = tmp_path / "req.json"
    done = tijori("programme", "attest", "--programme-policy", signed_programme,
                  "--member", vault.attestation, "--member", zurich.attestation,
                  "--leaves", vault.leaves, *policy_args(ring), "--out", str(out))
    assert done.returncode == 2 and not out.exists()
    assert "2 member(s) were given without their leaves and 1 --leaves" in done.stderr
