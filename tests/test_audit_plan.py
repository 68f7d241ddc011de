"""`tijori audit plan`: a sample nobody can steer, re-derived by anyone (issue 14)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.attest import sampling, statement
from app.domain.errors import InvalidInput
from app.services import auditing, counting, verifying
from tests.attest_helpers import KEY_PASSPHRASE, attest, cli_runner, envelope_of, request

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def made(ring, ledgers, tmp_path_factory):
    """The mixed ledger (6 bars, 2 lots, a gauged tank, a gas inventory), attested."""
    folder = tmp_path_factory.mktemp("audit")
    cli = cli_runner(ledgers.copy("mixed", folder / "reserves.tijori"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TIJORI_KEY_PASSPHRASE", KEY_PASSPHRASE)
        att, leaves, _ = attest(cli, ring, folder, "a")
    return SimpleNamespace(folder=folder, cli=cli, att=att, leaves=leaves)


def tijori(*argv: str) -> subprocess.CompletedProcess:
    """`tijori` in a fresh process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "app.cli.main", *argv], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)


def plan_args(made, ring, out: Path, nonce: Path, *extra: str) -> list[str]:
    return ["audit", "plan", "--attestation", str(made.att), "--leaves", str(made.leaves),
            "--policy", ring.policy, "--nonce-file", str(nonce), "--out", str(out), *extra]


def test_plan_draws_a_nonce_and_anyone_re_derives_the_sample(made, ring, tmp_path):
    nonce = tmp_path / "nonce.txt"
    out = tmp_path / "plan.json"
    result = tijori(*plan_args(made, ring, out, nonce, "--confidence", "60",
                               "--tolerable-rate", "40"))
    assert result.returncode == 0, result.stderr
    assert "2 of 8 bars and lots" in result.stdout and "2 tanks and gas" in result.stdout
    assert len(nonce.read_text().strip()) == 64
    plan = auditing.load_plan(out.read_bytes())
    assert plan["sample_size"] == 2 == sampling.sample_size(60, 40)

    # Re-derive from the statement, the nonce and the leaves alone.
    digest = statement.statement_digest(envelope_of(made.att).payload)
    assert plan["attestation"]["digest"] == digest
    seed = sampling.seed(digest, bytes.fromhex(nonce.read_text().strip()))
    assert plan["seed"] == seed.hex()
    rows = auditing.leaf_rows(made.leaves.read_bytes())
    kinds = [json.loads(row)["holding"]["kind"] for row in rows]
    population = [i for i, kind in enumerate(kinds) if kind in ("bar", "lot")]
    chosen = [population[p] for p in sampling.attribute_sample(seed, len(population), 2)]
    always = [i for i, kind in enumerate(kinds) if kind in ("tank", "gas")]
    assert [h["index"] for h in plan["holdings"]] == sorted(chosen + always)
    assert {h["index"]: h["why"] for h in plan["holdings"]} == (
        {i: "sampled" for i in chosen} | {i: "always" for i in always})
    for holding in plan["holdings"]:
        assert holding["leaf"].encode() == rows[holding["index"]]

    # The same nonce gives the same plan, byte for byte; the nonce file is kept.
    again = tmp_path / "again.json"
    assert tijori(*plan_args(made, ring, again, nonce, "--confidence", "60",
                             "--tolerable-rate", "40")).returncode == 0
    assert again.read_bytes() == out.read_bytes()


def test_weighted_plan_samples_each_commodity(made, ring, tmp_path):
    nonce = tmp_path / "nonce.txt"
    nonce.write_text("ab" * 32 + "\n")
    out = tmp_path / "plan.json"
    assert made.cli(*plan_args(made, ring, out, nonce, "--method", "weighted",
                               "--confidence", "60", "--tolerable-rate", "40")).code == 0
    plan = json.loads(out.read_bytes())
    sampled = [json.loads(h["leaf"])["holding"] for h in plan["holdings"]
               if h["why"] == "sampled"]
    commodities = {h["quantities"][0]["commodity"] for h in sampled}
    # gold, silver and copper are separate populations: each gets its own points
    assert commodities == {"gold", "silver", "copper"}
    assert plan["method"] == "weighted" and plan["nonce"] == "ab" * 32


def test_a_tampered_leaves_file_draws_no_sample(made, ring, tmp_path):
    leaves = tmp_path / "leaves.jsonl"
    leaves.write_bytes(made.leaves.read_bytes().replace(b'"400.100"', b'"400.200"', 1))
    out = tmp_path / "plan.json"
    result = tijori("audit", "plan", "--attestation", str(made.att), "--leaves", str(leaves),
                    "--policy", ring.policy, "--nonce-file", str(tmp_path / "n"), "--out",
                    str(out))
    assert result.returncode == 2
    assert "does not give the attested tree" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists() and not (tmp_path / "n").exists()


def test_a_truncated_or_foreign_leaves_file_is_named(made, ring, tmp_path):
    data = made.leaves.read_bytes()
    cut = tmp_path / "cut.jsonl"
    cut.write_bytes(data[:data.rfind(b"\n", 0, len(data) - 1) + 1])  # the last leaf gone
    result = tijori(*plan_args(SimpleNamespace(att=made.att, leaves=cut), ring,
                               tmp_path / "p.json", tmp_path / "n"))
    assert result.returncode == 2 and "truncated or padded" in result.stderr
    foreign = tmp_path / "foreign.jsonl"
    header, _, body = data.partition(b"\n")
    foreign.write_bytes(header.replace(b'"attestation_id":"', b'"attestation_id":"x', 1)
                        + b"\n" + body)
    result = tijori(*plan_args(SimpleNamespace(att=made.att, leaves=foreign), ring,
                               tmp_path / "p.json", tmp_path / "n"))
    assert result.returncode == 2 and "leaves of another attestation" in result.stderr
    assert not (tmp_path / "p.json").exists()


def test_a_plan_needs_the_attestation_to_verify(made, ring, tmp_path):
    envelope = json.loads(made.att.read_bytes())
    envelope["signatures"] = envelope["signatures"][:0]
    unsigned = tmp_path / "unsigned.json"
    unsigned.write_text(json.dumps(envelope))
    result = tijori(*plan_args(SimpleNamespace(att=unsigned, leaves=made.leaves), ring,
                               tmp_path / "p.json", tmp_path / "n"))
    assert result.returncode == 2 and "does not verify under your policy" in result.stderr
    assert not (tmp_path / "p.json").exists()


def test_the_frame_read_on_two_cores_is_the_frame_read_in_one(made, monkeypatch):
    """The forked halves join to what one pass finds: kinds, strata and rows."""
    data = made.leaves.read_bytes()
    body = json.loads(envelope_of(made.att).payload)
    rows = auditing.leaf_rows(data)
    monkeypatch.setattr(verifying, "PARALLEL_FROM", 2)
    for method in ("attribute", "weighted"):
        two, starts = auditing.read_frame(data, body, method)
        one, starts_in_one = auditing.read_frame(data, body, method, parallel=False)
        assert two == one
        assert starts == starts_in_one and len(starts) == len(rows)
        kinds = [json.loads(row)["holding"]["kind"] for row in rows]
        assert two.kinds == b"".join(b"s" if k in ("bar", "lot") else b"a" for k in kinds)
    assert set(two.weights) == {("gold", "ozt"), ("silver", "ozt"), ("copper", "t")}
    wanted = [len(rows) - 1, 0, 3, len(rows) // 2]
    expected = {i: rows[i] for i in wanted}
    assert auditing.leaf_rows_at(data, wanted) == expected  # found by walking the file
    assert auditing.leaf_rows_at(data, wanted, starts) == expected  # from where each starts


@pytest.mark.parametrize(("nonce", "args", "message"), [
    ("xyz", (), "64 lower-case hex digits"),
    ("ab" * 31, (), "64 lower-case hex digits"),
    ("AB" * 32, (), "64 lower-case hex digits"),
    ("ab" * 32, ("--confidence", "100"), "confidence must lie between"),
    ("ab" * 32, ("--tolerable-rate", "abc"), "tolerable rate must be a number"),
])
def test_bad_parameters_are_named(made, ring, tmp_path, nonce, args, message):
    (tmp_path / "nonce").write_text(nonce)
    out = tmp_path / "plan.json"
    result = made.cli(*plan_args(made, ring, out, tmp_path / "nonce", *args))
    assert result.code == 2 and message in result.err
    assert not out.exists()


def test_a_nonce_committed_in_the_statement_cannot_be_chosen(ring, ledgers, tmp_path):
    """Commit-reveal: the auditor commits to the nonce before the request, the statement
    carries the commitment, and only that nonce draws a sample."""
    nonce = tmp_path / "nonce.txt"
    committed = tijori("audit", "commit", "--nonce-file", str(nonce), "--json")
    assert committed.returncode == 0, committed.stderr
    commitment = json.loads(committed.stdout)["commitment"]
    assert commitment == hashlib.sha256(bytes.fromhex(nonce.read_text().strip())).hexdigest()
    again = json.loads(tijori("audit", "commit", "--nonce-file", str(nonce), "--json").stdout)
    assert again == {"commitment": commitment, "drawn": False, "nonce_file": str(nonce)}

    cli = cli_runner(ledgers.copy("mixed", tmp_path / "reserves.tijori"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TIJORI_KEY_PASSPHRASE", KEY_PASSPHRASE)
        att, leaves, _ = attest(cli, ring, tmp_path, "c", "--audit-commitment", commitment)
    body = json.loads(envelope_of(att).payload)
    assert body["audit"] == {"nonce_commitment": commitment}
    made = SimpleNamespace(att=att, leaves=leaves)

    out = tmp_path / "plan.json"
    result = tijori(*plan_args(made, ring, out, nonce))
    assert result.returncode == 0, result.stderr
    assert "the one the statement's auditor committed to" in result.stdout
    assert auditing.load_plan(out.read_bytes())["nonce_committed"] is True
    other = tmp_path / "other.txt"
    other.write_text("ab" * 32 + "\n")
    refused = tijori(*plan_args(made, ring, tmp_path / "p2.json", other))
    assert refused.returncode == 2 and "not the one the statement's auditor" in refused.stderr
    fresh = tijori(*plan_args(made, ring, tmp_path / "p3.json", tmp_path / "new.txt"))
    assert fresh.returncode == 2 and "a new nonce would not match" in fresh.stderr
    assert not (tmp_path / "new.txt").exists() and not (tmp_path / "p2.json").exists()

    # A count drawn with that nonce verifies, and says the nonce was the committed one.
    plan = auditing.load_plan(out.read_bytes())
    items = counting.walk_order(counting.planned(plan))
    rows = []
    for item, row in zip(items, counting.sheet_rows(plan), strict=True):
        row = dict(zip(counting.COLUMNS, row, strict=True)) | {"found": "no"}
        rows.append((item, row))
    counted = tmp_path / "count.json"
    counting.record_rows(plan, rows, [], ring.key("aud"), KEY_PASSPHRASE, out=str(counted),
                         counted_by="A. Khan", witnessed_by="B. Auditor")
    verdict = verifying.verify_file(str(counted), ring.policy, leaves=str(leaves))
    assert verdict.ok, [(c.name, c.reason) for c in verdict.failures]
    nonce_check = next(c for c in verdict.checks if c.name == "count: nonce")
    assert nonce_check.passed and nonce_check.block == "integrity"


def test_a_plan_without_a_commitment_says_what_it_rests_on(made, ring, tmp_path):
    result = tijori(*plan_args(made, ring, tmp_path / "plan.json", tmp_path / "n.txt"))
    assert result.returncode == 0, result.stderr
    assert "carries no commitment to the nonce" in result.stdout
    assert auditing.load_plan((tmp_path / "plan.json").read_bytes())["nonce_committed"] is False


@pytest.mark.parametrize(("audit", "message"), [
    ({"nonce_commitment": "AB" * 32}, "audit.nonce_commitment is not 64 lower-case hex"),
    ({"nonce_commitment": "ab" * 32, "more": 1}, "unknown member 'more'"),
    ("ab" * 32, "audit is not a JSON object"),
])
def test_a_malformed_commitment_is_refused(made, audit, message):
    body = json.loads(envelope_of(made.att).payload)
    assert statement.Statement.from_dict(body).audit is None
    with pytest.raises(InvalidInput, match=message):
        statement.Statement.from_dict(body | {"audit": audit})
    good = statement.Statement.from_dict(body | {"audit": {"nonce_commitment": "ab" * 32}})
    assert good.to_dict()["audit"] == {"nonce_commitment": "ab" * 32}


def test_the_signer_shows_the_commitment_the_statement_binds(ring, ledgers, tmp_path):
    from app.services import signing

    commitment = "cd" * 32
    cli = cli_runner(ledgers.copy("mixed", tmp_path / "reserves.tijori"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TIJORI_KEY_PASSPHRASE", KEY_PASSPHRASE)
        req, _ = request(cli, ring, tmp_path, "s", "--audit-commitment", commitment.upper())
    prepared = signing.prepare(req.read_bytes(), key_path=ring.key("aud"),
                               policy_path=ring.policy, folder=tmp_path / "signer")
    check = next(c for c in prepared.verdict.checks if c.name == "audit nonce")
    assert check.passed and commitment in check.reason
    refused = cli("attest", "request", "--policy", ring.policy, "--out",
                  str(tmp_path / "x.json"), "--leaves-out", str(tmp_path / "x.jsonl"),
                  "--custodian", "C", "--audit-commitment", "12ab")
    assert refused.code == 2 and "64 hex digits" in refused.err
    assert not (tmp_path / "x.json").exists() and not (tmp_path / "x.jsonl").exists()
