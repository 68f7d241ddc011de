"""`tijori verify` shows what is proven (issue 14): the summary of the signed statement,
then the Integrity block, then the Findings block, then the bottom line.

A shortfall is a finding in red (ALERT), never a passed check nor a failed one; partial
scope is amber (CAUTION); integrity failures alone make a report NOT VALID (exit 1). A
PDF without a policy gets a first look and no verdict (exit 3). The verification record
(PDF or text) carries every check, the summary, each input's SHA-256, the Tijori version
and the time. The CLI runs in a fresh process, as a user runs it, against real files
signed with real keys; the expected digests are hashlib's.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import __version__
from app.attest.keys import digest_words
from app.reporting import cover
from app.reporting.cover import to_the_second
from tests.attest_helpers import KEY_PASSPHRASE, add_token, attest, draft_policy, statement_of
from tests.test_signed_figures import grouped, tijori

pytestmark = pytest.mark.engines

SAMPLES = Path(__file__).resolve().parents[1] / "reports" / "samples"
POLICY = str(SAMPLES / "policy.json")
TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
INTEGRITY = "Integrity (signatures, hashes, the policy; any failure: NOT VALID):"
FINDINGS = "Findings (what the signed statement says, to weigh; not integrity):"


@pytest.fixture(autouse=True)
def _key_passphrase(monkeypatch):
    monkeypatch.setenv("TIJORI_KEY_PASSPHRASE", KEY_PASSPHRASE)




def pkg_of(att: Path) -> dict:
    """The statement's entry for token PKG."""
    return next(t for t in statement_of(att)["tokens"] if t["symbol"] == "PKG")


def percent(ratio: str) -> str:
    """A ratio as the cover prints it, its decimal point moved: "0.400530" -> "40.0530"."""
    whole, fraction = ratio.split(".")
    digits = (whole + fraction[:2]).lstrip("0") or "0"
    return f"{digits}.{fraction[2:]}"


def sha256(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def blocks(out: str) -> tuple[list[str], list[str], list[str], str]:
    """(summary lines, integrity lines, finding lines, bottom line) of `tijori verify`."""
    lines = out.splitlines()
    integrity, findings = lines.index(INTEGRITY), lines.index(FINDINGS)
    assert lines[integrity - 1] == "" and lines[findings - 1] == "" and lines[-2] == ""
    return (lines[:integrity - 1], lines[integrity + 1:findings - 1], lines[findings + 1:-2],
            lines[-1])


@pytest.fixture
def short(stocked, cli, ring, tmp_path):
    """Two attestations of the stocked ledger, the second after its supply grew: PKG short,
    SLV covered; (attestation, leaves, previous attestation)."""
    first, _, _ = attest(cli, ring, tmp_path, "first")
    assert cli("token", "supply", "PKG", "--supply", "5000", "--source", "chain").code == 0
    add_token(cli, "SLV", commodity="silver", supply="0")
    att, leaves, _ = attest(cli, ring, tmp_path, "short")
    return att, leaves, first


def test_summary_then_integrity_then_findings_then_the_bottom_line(short, ring, tmp_path):
    att, leaves, first = short
    body = statement_of(att)
    run = tijori(tmp_path, "verify", str(att), "--policy", ring.policy, "--leaves", str(leaves),
                 "--previous", str(first))
    assert run.returncode == 0, run.stdout + run.stderr
    summary, integrity, findings, bottom = blocks(run.stdout)
    assert summary[0] == "Signed figures (from the statement the signers signed):"
    assert summary[2].strip() == f"As of (UTC): {to_the_second(body['as_of'])}"
    assert summary[3].strip().startswith("Age at this verification (")
    # The integrity checks, each ✓ with its reason; the shortfall is not among them.
    assert all(line.startswith("  ✓ ") for line in integrity), integrity
    assert {"  ✓ root recomputed: the leaves give the stated root",
            "  ✓ totals recomputed: the leaves add up to the stated totals"} <= set(integrity)
    assert any(line.startswith("  ✓ chain link: ") for line in integrity)
    assert not any("shortfall" in line for line in integrity)
    # The findings: the shortfall first, in red (ALERT); never PASS, never a tick.
    pkg = pkg_of(att)
    assert findings[0] == (
        f"  [ALERT] shortfall PKG: the signed statement says reserves of "
        f"{grouped(pkg['reserves']['quantity'])} ozt cover {percent(pkg['coverage'])} % of the "
        f"5,000 ozt its supply requires: short by {grouped(pkg['shortfall'])} ozt")
    assert findings[1:] == [
        f"  [NOTE] age: as of {to_the_second(body['as_of'])}: " + findings[1].split(": ", 3)[-1],
        "  [CLEAR] scope: every holding of the ledger (sites GS, LNG, TF, VLT, WH)"]
    assert "✓" not in "\n".join(findings) and "PASS" not in run.stdout
    assert bottom == f"{att}: VALID, with 1 finding to weigh: shortfall PKG (alert)"


def test_coverage_is_printed_as_the_cover_prints_it(short, ring, tmp_path):
    """One function words a token's coverage: the cover's lines, verify's, the app's."""
    att, _, _ = short
    body = statement_of(att)
    run = tijori(tmp_path, "verify", str(att), "--policy", ring.policy)
    assert run.returncode == 0, run.stderr
    summary = [line[2:].strip() for line in blocks(run.stdout)[0][1:]]
    tokens = summary[summary.index("Token coverage:") + 1:summary.index(
        "Merkle tree of holdings:")]
    expected = [f.text for t in body["tokens"] for f in cover.token_figures(t)]
    assert tokens == expected
    assert set(expected) <= set(cover.cover_lines(body))  # the very lines of page 1
    pkg = pkg_of(att)
    assert tokens[0] == (f"PKG: {percent(pkg['coverage'])} % SHORTFALL of "
                         f"{grouped(pkg['shortfall'])} ozt")
    shortfall_marks = [line for line in run.stdout.splitlines() if line.startswith("! ")]
    assert [line[2:].strip() for line in shortfall_marks] == tokens[:2]  # marked, in red


def test_json_carries_the_blocks_and_the_summary(short, ring, tmp_path):
    att, leaves, _ = short
    run = tijori(tmp_path, "verify", str(att), "--policy", ring.policy, "--leaves", str(leaves),
                 "--json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert (data["valid"], data["intact"], data["outcome"]) == (True, True,
                                                                "valid with findings")
    # Every check is in exactly one block, as data: never read back from its words.
    assert {c["check"] for c in data["integrity"]} | {c["check"] for c in data["findings"]} \
        == {c["check"] for c in data["checks"]}
    assert all(c["block"] == "integrity" and c["severity"] is None for c in data["integrity"])
    assert [(c["check"], c["severity"], c["passed"]) for c in data["findings"]] == [
        ("shortfall PKG", "alert", False), ("age", "note", True), ("scope", "clear", True)]
    assert not any(c["check"].startswith("shortfall") for c in data["integrity"])
    # The summary, as numbers: decimal strings, each token's state, the age.
    summary = data["summary"]
    body = statement_of(att)
    assert summary["attestation_id"] == body["attestation_id"]
    gold = body["totals"][0]["quantity"]
    assert summary["totals"] == [{"commodity": "gold", "amounts": [
        {"quantity": gold, "unit": "ozt"}], "text": f"{grouped(gold)} ozt of fine gold"}]
    pkg, slv = summary["tokens"]
    stated = pkg_of(att)
    assert (pkg["symbol"], pkg["state"], pkg["coverage"]) == ("PKG", "short",
                                                              stated["coverage"])
    assert pkg["shortfall"] == {"quantity": stated["shortfall"], "unit": "ozt"}
    assert (slv["symbol"], slv["state"]) == ("SLV", "nothing required")
    assert 0 <= summary["age_seconds"] < 600 and TIME.fullmatch(summary["verified_at"])
    assert data["tool"] == {"name": "Tijori", "version": __version__}
    assert [(i["role"], i["sha256"]) for i in data["inputs"]] == [
        ("file", sha256(att)), ("policy", sha256(ring.policy)), ("leaves", sha256(leaves))]


def test_a_partial_scope_is_amber_and_integrity_alone_decides(stocked, cli, ring, tmp_path):
    assert cli("move", "transfer", "--holding", "1", "--to", "WH").code == 0
    att, _, _ = attest(cli, ring, tmp_path, "vlt", "--site", "VLT")
    run = tijori(tmp_path, "verify", str(att), "--policy", ring.policy, "--json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    severities = {c["check"]: c["severity"] for c in data["findings"]}
    assert severities["scope"] == "caution" and severities["token PKG"] == "caution"
    assert data["valid"] is True and data["outcome"] == "valid with findings"
    # Under a policy that does not trust its signers: NOT VALID, exit 1, figures unrelied.
    other = draft_policy(ring, tmp_path / "other.json", custodians=("outsider",),
                         custodian_threshold=1)
    run = tijori(tmp_path, "verify", str(att), "--policy", other)
    assert run.returncode == 1
    summary, integrity, _, bottom = blocks(run.stdout)
    assert summary[0].startswith("Figures as the statement states them (NOT VALID")
    assert any(line.startswith("  ✗ ") for line in integrity)
    assert bottom.startswith(f"{att}: NOT VALID: ") and "failed: " in bottom


def test_exit_codes(tmp_path):
    report = str(SAMPLES / "report.pdf")
    assert tijori(tmp_path, "verify", report, "--policy", POLICY).returncode == 0
    stale = tijori(tmp_path, "verify", report, "--policy", POLICY, "--max-age", "0m")
    assert stale.returncode == 1  # the auditor's own requirement, not met
    assert stale.stdout.splitlines()[-1] == f"{report}: NOT VALID: 1 check failed: age"
    assert "  [ALERT] age: " in stale.stdout
    assert stale.stdout.startswith("Signed figures")  # the signatures hold: figures are theirs
    no_policy = tijori(tmp_path, "verify", str(SAMPLES / "attestation.json"))
    assert no_policy.returncode == 2 and no_policy.stdout == ""
    assert no_policy.stderr.startswith("tijori: give your trust policy (--policy)")
    wrong = tijori(tmp_path, "verify", report, "--policy", POLICY, "--record", "r.doc")
    assert wrong.returncode == 2 and "a .pdf or a .txt file" in wrong.stderr
    assert tijori(tmp_path, "verify", report).returncode == 3  # a first look: no verdict


def test_a_pdf_without_a_policy_gets_a_first_look_and_no_verdict(tmp_path):
    report = SAMPLES / "report.pdf"
    run = tijori(tmp_path, "verify", str(report))
    assert run.returncode == 3, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == "First look at report.pdf, before any trust policy:"
    assert lines[1] == f"  SHA-256 of the file: {sha256(report)} ({report.stat().st_size:,} bytes)"
    assert [line.split(":")[0] for line in lines[2:6]] == [
        "  ✓ pdf signature present", "  ✓ pdf signature intact",
        "  ✓ pdf signature covers the whole file", "  ✓ pdf attachments"]
    assert not any("signer trusted" in line for line in lines)  # that needs a policy
    # The embedded policy's words: the digest of its payload, worked out here.
    payload = base64.b64decode(json.loads((SAMPLES / "policy.json").read_bytes())["payload"])
    digest = hashlib.sha256(payload).hexdigest()
    assert f"digest {digest}" in run.stdout
    assert ("    words to compare with the policy you hold: " + " ".join(digest_words(digest))
            in lines)
    assert lines[-1].startswith(f"{report}: NO VERDICT. No verdict yet: a report is judged "
                                "only against the trust policy you hold.")
    as_json = json.loads(tijori(tmp_path, "verify", str(report), "--json").stdout)
    assert as_json["valid"] is None and as_json["outcome"] == "no verdict"
    assert as_json["embedded_policy"]["digest"] == digest and as_json["intact"] is True
    # A tampered PDF says so at first look.
    data = bytearray(report.read_bytes())
    data[data.find(b"stream", 2000) + 40] ^= 0x01
    bad = tmp_path / "edited.pdf"
    bad.write_bytes(bytes(data))
    run = tijori(tmp_path, "verify", str(bad), "--json")
    assert run.returncode == 3
    look = json.loads(run.stdout)
    assert look["intact"] is False
    assert {c["check"]: c["passed"] for c in look["checks"]}["pdf signature intact"] is False


@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_the_verification_record(short, ring, tmp_path, suffix):
    att, leaves, first = short
    out = tmp_path / f"record{suffix}"
    run = tijori(tmp_path, "verify", str(att), "--policy", ring.policy, "--leaves", str(leaves),
                 "--previous", str(first), "--record", str(out))
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[-1] == f"Wrote the verification record {out}."
    if suffix == ".txt":
        text = out.read_text(encoding="utf-8")
        assert text.splitlines()[0] == "Tijori verification record"
        # The record ends with what verify printed: summary, the blocks, the bottom line.
        printed = run.stdout.splitlines()[:-1]
        tail = text.splitlines()[-len(printed):]
        assert [line for line in tail if not line.strip().startswith("Age at")] == \
            [line for line in printed if not line.strip().startswith("Age at")]
    else:
        assert out.read_bytes().startswith(b"%PDF-")
        text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
        assert "PASSED" in text and "ALERT" in text and "FAILED" not in text
    digests = {role: sha256(path) for role, path in (
        ("file", att), ("policy", ring.policy), ("leaves", leaves),
        ("previous attestation", first))}
    for role, digest in digests.items():
        assert f"sha256 {digest}" in text, role
    found = re.findall(r"sha256 ([0-9a-f]{64})", text)
    assert found == list(digests.values())  # every input, in order, and nothing else
    assert f"Verified with: Tijori {__version__}" in text or f"Tijori {__version__}" in text
    moment = re.search(r"Time of verification \(UTC\):?\s*(\S+)", text).group(1)
    assert TIME.fullmatch(moment)
    assert "shortfall PKG" in text and "root recomputed" in text and "chain link" in text
    assert "VALID, with 1 finding to weigh: shortfall PKG (alert)" in text.replace("\n", " ")
    # Written once: an existing record is not replaced.
    again = tijori(tmp_path, "verify", str(att), "--policy", ring.policy, "--record", str(out))
    assert again.returncode == 2 and again.stdout == ""


def test_the_record_of_a_report_pdf_names_the_report_and_its_policy(tmp_path):
    report, out = SAMPLES / "report.pdf", tmp_path / "report-record.pdf"
    run = tijori(tmp_path, "verify", str(report), "--policy", POLICY, "--record", str(out))
    assert run.returncode == 0, run.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert f"sha256 {sha256(report)}" in text and f"sha256 {sha256(POLICY)}" in text
    # Crude oil, stated in bbl and in m³, is one line: one quantity of oil, two units.
    body = statement_of(SAMPLES / "attestation.json")
    oil = {t["unit"]: t["quantity"] for t in body["totals"] if t["commodity"] == "crude-oil"}
    assert set(oil) == {"bbl", "m3"}
    assert "155,117.70 bbl (24,661.744 m³) of crude oil, net standard volume" in text
    assert text.count("of crude oil") == 1
