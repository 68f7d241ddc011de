"""`tijori verify` prints the signed figures itself, before the checks (issue 12, item 10).

An auditor reads the custodian, as-of, scope, totals and each token's coverage or
shortfall from the statement the custodians and auditors signed, printed by the
verifier, not from a report's drawing. The CLI runs in a fresh process, as a user
runs it; the expected figures are worked out here from the statement's own members.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from app.attest.verdict import Verdict
from app.reporting.cover import to_the_second
from app.services import figures, verifying
from app.services.reporting import verify_report
from tests.attest_helpers import (
    CUSTODIAN,
    KEY_PASSPHRASE,
    add_token,
    attest,
    draft_policy,
    statement_of,
)

pytestmark = pytest.mark.engines

SAMPLES = Path(__file__).resolve().parents[1] / "reports" / "samples"
SIGNED = "Signed figures (from the statement the signers signed):"


@pytest.fixture(autouse=True)
def _key_passphrase(monkeypatch):
    monkeypatch.setenv("TIJORI_KEY_PASSPHRASE", KEY_PASSPHRASE)


def tijori(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    """`tijori ...` in a fresh process with a clean environment."""
    env = {"PATH": os.defpath, "HOME": str(tmp_path), "LC_ALL": "C.UTF-8",
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    return subprocess.run([sys.executable, "-m", "app.cli.main", *args], capture_output=True,
                          text=True, cwd=tmp_path, env=env, timeout=120)


def grouped(quantity: str) -> str:
    """A decimal string with thousands separators, its digits as they are."""
    whole, _, fraction = quantity.partition(".")
    return f"{int(whole):,}" + (f".{fraction}" if fraction else "")


AGE = "Age at this verification ("


def split(out: str, subject: str) -> tuple[list[str], int, int]:
    """(the figure lines, stripped and unmarked; the index of the verdict line, the last;
    the index of the first check line) of a `tijori verify` output."""
    lines = out.splitlines()
    verdict_at = next(i for i, line in enumerate(lines) if line.startswith(f"{subject}: "))
    first_check = next(i for i, line in enumerate(lines) if line.startswith("Integrity")) + 1
    block = lines[1:lines.index("")]
    return [line[2:].strip() for line in block], verdict_at, first_check


def without_age(lines: list[str]) -> list[str]:
    """The figures the statement itself carries: all but the age at the verification."""
    return [line for line in lines if not line.startswith(AGE)]


@pytest.fixture
def short(stocked, cli, ring, tmp_path):
    """An attestation (and its leaves) of the stocked ledger: PKG short, SLV covered."""
    assert cli("token", "supply", "PKG", "--supply", "5000", "--source", "chain").code == 0
    add_token(cli, "SLV", commodity="silver", supply="0")
    att, leaves, _ = attest(cli, ring, tmp_path, "short")
    return att, leaves


def test_cli_prints_the_signed_figures_before_the_first_check(short, ring, tmp_path):
    att, leaves = short
    body = statement_of(att)
    run = tijori(tmp_path, "verify", str(att), "--policy", ring.policy, "--leaves", str(leaves))
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == SIGNED
    shown, verdict_at, first_check = split(run.stdout, str(att))
    # Figures, then the checks, then the bottom line (last), which names the shortfall.
    assert len(shown) + 1 < first_check < verdict_at == len(lines) - 1
    assert lines[verdict_at] == f"{att}: VALID, with 1 finding to weigh: shortfall PKG (alert)"

    # Who, when, which: from the statement's members.
    custodian = body["custodian"]
    assert shown[2].startswith(AGE)  # the as-of's age at this verification, after it
    assert without_age(shown)[:6] == [
        f"Custodian: {CUSTODIAN}, ledger {custodian['ledger_id']}",
        f"As of (UTC): {to_the_second(body['as_of'])}",
        f"Attestation id: {body['attestation_id']}",
        f"Attestation {body['sequence']} in its series",
        "Scope: all holdings of the ledger",
        f"Trust policy version {body['policy']['version']}",
    ]
    # The totals, exactly the statement's quantities, under their heading.
    totals = shown[shown.index("Reserves attested:") + 1:shown.index("Token coverage:")]
    assert totals == [f"{grouped(t['quantity'])} ozt of fine {t['commodity']}"
                      for t in body["totals"]]
    # Each token's coverage or shortfall, as the statement states it.
    tokens = {t["symbol"]: t for t in body["tokens"]}
    pkg, slv = tokens["PKG"], tokens["SLV"]
    assert pkg["covered"] is False and Decimal(pkg["shortfall"]) > 0
    percent = format(Decimal(pkg["coverage"]).scaleb(2), "f")
    assert f"PKG: {percent} % SHORTFALL of {grouped(pkg['shortfall'])} ozt" in shown
    assert (f"PKG supply 5,000 × 1 ozt = {grouped(pkg['required']['quantity'])} ozt required; "
            f"reserves {grouped(pkg['reserves']['quantity'])} ozt") in shown
    assert slv["covered"] is True and "SLV: nothing required" in shown
    assert shown[-2:] == [f"Merkle root: {body['tree']['root']}",
                          f"Tree size: {body['tree']['size']} leaves"]
    # The shortfall is marked in the margin; nothing else is.
    marked = [line[2:].strip() for line in lines[1:verdict_at] if line.startswith("!")]
    assert marked == [f"PKG: {percent} % SHORTFALL of {grouped(pkg['shortfall'])} ozt",
                      next(line for line in shown if line.startswith("PKG supply"))]

    # The JSON verdict carries the same lines (the statement's own: no age).
    as_json = tijori(tmp_path, "verify", str(att), "--policy", ring.policy, "--json")
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout)["figures"] == without_age(shown)


def test_a_token_outside_the_scope_is_shown_as_not_covered(stocked, cli, ring, tmp_path):
    assert cli("move", "transfer", "--holding", "1", "--to", "WH").code == 0  # gold elsewhere
    att, _, _ = attest(cli, ring, tmp_path, "vlt", "--site", "VLT")
    body = statement_of(att)
    assert body["scope"]["complete"] is False
    run = tijori(tmp_path, "verify", str(att), "--policy", ring.policy)
    assert run.returncode == 0, run.stdout + run.stderr
    shown, _, _ = split(run.stdout, str(att))
    assert "Scope: site VLT; no commodity (not every holding of the ledger)" in shown
    assert "PKG: not covered by this attestation" in shown
    assert not any("SHORTFALL" in line for line in shown)


def test_figures_of_a_statement_that_does_not_verify_say_so(short, ring, tmp_path, cli):
    att, _ = short
    other = draft_policy(ring, tmp_path / "other.json", custodians=("outsider",),
                         custodian_threshold=1)
    run = tijori(tmp_path, "verify", str(att), "--policy", other)
    assert run.returncode == 1
    lines = run.stdout.splitlines()
    assert lines[0].startswith("Figures as the statement states them (NOT VALID")
    assert SIGNED not in run.stdout
    assert lines[-1].startswith(f"{att}: NOT VALID: ")


def test_a_report_prints_the_figures_of_its_embedded_statement(tmp_path):
    """The sample report (PDF and JSON bundle): its figures are those of the statement it
    embeds (the same as reports/samples/attestation.json), before the checks."""
    body = statement_of(SAMPLES / "attestation.json")
    report = SAMPLES / "report.pdf"
    run = tijori(tmp_path, "verify", str(report), "--policy", str(SAMPLES / "policy.json"))
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.splitlines()[0] == SIGNED
    shown, verdict_at, first_check = split(run.stdout, str(report))
    assert first_check < verdict_at
    assert f"Attestation id: {body['attestation_id']}" in shown
    assert f"As of (UTC): {to_the_second(body['as_of'])}" in shown
    # One line per commodity: crude oil's net standard volume in bbl and in m³ is one
    # quantity of oil, printed once with both units (never two lines to add up).
    totals = shown[shown.index("Reserves attested:") + 1:shown.index("Token coverage:")]
    quantities = {(t["commodity"], t["unit"]): grouped(t["quantity"]) for t in body["totals"]}
    assert totals == [
        f"{quantities['crude-oil', 'bbl']} bbl ({quantities['crude-oil', 'm3']} m³) of crude "
        "oil, net standard volume",
        f"{quantities['gold', 'ozt']} ozt of fine gold",
        f"{quantities['natural-gas', 'MMBtu']} MMBtu of natural gas, energy"]
    assert without_age(shown) == [str(line) for line in figures.signed_figures(body)]
    # Its JSON bundle prints the same figures first.
    bundle = SAMPLES / "report.json"
    run = tijori(tmp_path, "verify", str(bundle), "--policy", str(SAMPLES / "policy.json"))
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.splitlines()[0] == SIGNED
    assert without_age(split(run.stdout, str(bundle))[0]) == without_age(shown)
    # In process too: the report's verdict carries the statement's figures once.
    verdict = verify_report(report.read_bytes(), (SAMPLES / "policy.json").read_bytes(),
                            parallel=False)
    assert verdict.ok and verdict.figures == figures.signed_figures(body)


def test_a_proof_carries_its_attestations_figures_and_as_of(short, cli, ring, tmp_path):
    att, leaves = short
    body = statement_of(att)
    proof = tmp_path / "proof.json"
    assert cli("proof", "--attestation", str(att), "--leaves", str(leaves), "--holding", "3",
               "--out", str(proof)).code == 0
    verdict = verifying.verify_proof(proof.read_bytes(), Path(ring.policy).read_bytes())
    assert verdict.ok
    assert verdict.figures == figures.signed_figures(body)
    inclusion = next(c for c in verdict.checks if c.name == "inclusion")
    assert inclusion.reason == ("holding 3 (bar) is leaf 2 of 5 under the attested root of "
                                f"the attestation as of {body['as_of']}")


def test_verify_chain_prints_the_newest_ones_figures_first(stocked, cli, ring, tmp_path):
    first, _, _ = attest(cli, ring, tmp_path, "first")
    assert cli("token", "supply", "PKG", "--supply", "1500", "--source", "chain").code == 0
    second, _, _ = attest(cli, ring, tmp_path, "second")
    newest = statement_of(second)
    run = tijori(tmp_path, "verify-chain", str(second), str(first), "--policy", ring.policy)
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == (f"Signed figures of the newest attestation, {second} "
                        "(from the statement the signers signed):")
    block = [line[2:].strip() for line in lines[1:lines.index("")]]
    assert f"Attestation id: {newest['attestation_id']}" in block
    assert "Attestation 2 in its series" in block
    assert block == [str(line) for line in figures.signed_figures(newest)]
    first_entry = next(i for i, line in enumerate(lines) if line.startswith(f"{first}: "))
    assert len(block) < first_entry


def test_extend_keeps_the_first_statements_figures():
    outer = Verdict("report")
    first, second = Verdict("a"), Verdict("b")
    first.figures, second.figures = ["As of (UTC): A"], ["As of (UTC): B"]
    outer.extend(Verdict("no statement"))
    assert outer.figures == []
    outer.extend(first)
    outer.extend(second)
    assert outer.figures == ["As of (UTC): A"]
    assert outer.as_json()["figures"] == ["As of (UTC): A"]
