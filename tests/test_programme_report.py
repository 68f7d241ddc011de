"""The programme's signed PDF report end to end: a real programme attestation over two
member custodians (real keys, ledgers and signatures), its report made by `tijori
programme report` in a fresh process and signed by a report signer of the programme
policy, read back and verified by `tijori verify`; tampered with, given the wrong
members or the wrong policy."""

from __future__ import annotations

import base64
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.attest import canonical
from app.attest.policy import ANY_POLICY, load_policy_envelope
from app.attest.verdict import Verdict
from app.domain.errors import CheckFailed, InvalidInput
from app.reporting import cover, cover_check, pdf_sign, pdf_verify, programme_pdf
from app.services import programme_report, reporting, verifying
from tests.attest_helpers import REPORT_KEY_PASSPHRASE, cli_runner
from tests.programme_helpers import (
    finalised_programme,
    member_files,
    policies,
    programme,
    programme_keyring,
    report_signer,
    signed_programme_policy,
)

ROOT = Path(__file__).resolve().parent.parent
#: PGLD is covered by the members' gold; PSLV is short (Zurich holds 999 ozt of silver).
TOKENS = ("symbol,commodity,per_token,unit,supply,supply_as_of,supply_source\n"
          "PGLD,gold,1,ozt,2000,2026-01-01T00:00:00Z,token contract 0xabc\n"
          "PSLV,silver,1,ozt,5000,2026-01-01T00:00:00Z,token contract 0xdef\n")


def tijori(*argv: str) -> subprocess.CompletedProcess:
    """`tijori` in a fresh process, the report key's passphrase in its environment."""
    env = dict(os.environ, TIJORI_KEY_PASSPHRASE=REPORT_KEY_PASSPHRASE)
    return subprocess.run([sys.executable, "-m", "app.cli.main", *argv], text=True,
                          capture_output=True, cwd=ROOT, env=env, timeout=180)


@pytest.fixture(scope="module")
def ring(tmp_path_factory):
    return programme_keyring(tmp_path_factory.mktemp("programme-keys"))


@pytest.fixture(scope="module")
def members(ring, tmp_path_factory):
    return member_files(ring, tmp_path_factory.mktemp("members"))


@pytest.fixture(scope="module")
def signer(tmp_path_factory):
    """The programme's report signer: (key file, public key file)."""
    return report_signer(tmp_path_factory.mktemp("report-signer"))


@pytest.fixture(scope="module")
def programme_policy(ring, signer, tmp_path_factory):
    return signed_programme_policy(ring, tmp_path_factory.mktemp("programme"),
                                   report_signers=[signer[1]], report_signer_threshold=1)


@pytest.fixture(scope="module")
def attestation(ring, members, programme_policy, tmp_path_factory):
    folder = tmp_path_factory.mktemp("programme-attest")
    tokens = folder / "tokens.csv"
    tokens.write_text(TOKENS, encoding="utf-8")
    return finalised_programme(ring, [members["vault"], members["zurich"]], programme_policy,
                               folder, "--tokens", str(tokens))


def report_args(ring, members, signer, programme_policy, attestation: Path, out: Path,
                member_names: tuple[str, ...] = ("vault", "zurich")) -> list[str]:
    return ["programme", "report", "--attestation", str(attestation),
            "--programme-policy", programme_policy,
            *(a for m in member_names for a in ("--member-attestation",
                                                members[m].attestation)),
            *(a for p in policies(ring) for a in ("--member-policy", p)),
            "--report-key", signer[0], "--out", str(out)]


@pytest.fixture(scope="module")
def report(ring, members, signer, programme_policy, attestation, tmp_path_factory):
    """The report, made by `tijori programme report` in a fresh process."""
    out = tmp_path_factory.mktemp("report") / "programme.pdf"
    done = tijori(*report_args(ring, members, signer, programme_policy, attestation, out))
    assert done.returncode == 0, done.stderr
    assert "Wrote the signed programme report" in done.stdout and out.exists()
    return out


def statement_of(path: Path) -> dict:
    return json.loads(base64.b64decode(json.loads(path.read_bytes())["payload"]))


def failed(verdict: Verdict) -> dict[str, str]:
    return {c.name: c.reason for c in verdict.failures}


def make(ring, members, signer, programme_policy, attestation, out: Path, **change):
    """`make_programme_report` in this process; `change` overrides its arguments."""
    args = dict(attestation_path=str(attestation), programme_policy_path=programme_policy,
                member_attestations=[members["vault"].attestation,
                                     members["zurich"].attestation],
                member_policies=policies(ring), report_key_path=signer[0],
                passphrase=lambda: REPORT_KEY_PASSPHRASE, out=str(out))
    args.update(change)
    return programme_report.make_programme_report(**args)


# -- the programme policy's report signers ---------------------------------------------------


def test_a_programme_policy_may_name_report_signers(ring, signer, programme_policy, tmp_path):
    _, policy = load_policy_envelope(Path(programme_policy).read_bytes(), "programme",
                                     ANY_POLICY)
    assert set(policy.roles) == {"operator", "auditor", "admin", "report-signer"}
    assert policy.roles["report-signer"].threshold == 1
    # the two options go together
    for change in ({"report_signers": [signer[1]]}, {"report_signer_threshold": 1}):
        with pytest.raises(InvalidInput, match="go together"):
            programme(ring, tmp_path / "half.json", **change)
    # a report signer holds no other role
    with pytest.raises(InvalidInput, match="no key may hold two of the roles"):
        programme(ring, tmp_path / "twice.json", report_signers=[ring.pub("aud")],
                  report_signer_threshold=1)
    # and through the CLI
    cli = cli_runner(tmp_path / "unused.tijori")
    result = cli("programme", "policy", "new", "--out", str(tmp_path / "cli.json"),
                 *(a for p in policies(ring) for a in ("--member", p)), "--window", "24h",
                 "--expires", "2099-12-31", "--operator", ring.pub("outsider"),
                 "--operator-threshold", "1", "--auditor", ring.pub("aud"),
                 "--auditor-threshold", "1", "--admin", ring.pub("admin2"),
                 "--admin-threshold", "1", "--report-signer", signer[1],
                 "--report-signer-threshold", "1")
    assert result.code == 0, result.err
    assert "1 report signer(s)" in result.out
    drafted = json.loads(base64.b64decode(json.loads(
        (tmp_path / "cli.json").read_bytes())["payload"]))
    assert drafted["roles"]["report-signer"]["threshold"] == 1


# -- the report, made and verified -------------------------------------------------------------


def test_the_report_verifies_in_a_fresh_process(report, programme_policy):
    done = tijori("verify", str(report), "--policy", programme_policy, "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    result = json.loads(done.stdout)
    assert result["valid"] is True
    checks = {c["check"]: c for c in result["checks"]}
    passed = {name for name, c in checks.items() if c["passed"] and c["done"]}
    assert set(pdf_verify.CHECKS) <= passed
    assert {"attestation: operator threshold", "attestation: auditor threshold",
            "programme tree", "programme totals", "coverage", "window",
            "embedded member-1.json", "embedded member-2.json",
            "member Tijori trust policy signatures", "member Zurich vault signatures",
            "member attestations", "cover figures"} <= passed
    assert checks["shortfall PSLV"]["severity"] == "alert"  # shown, and not a failure
    assert any("Programme: Reserve programme, 2 member custodian(s)" in line
               for line in result["figures"])
    # the text output says it in words too
    text = tijori("verify", str(report), "--policy", programme_policy)
    assert text.returncode == 0 and f"{report}: VALID" in text.stdout


def test_the_report_embeds_the_programme_and_each_member(report, members, programme_policy,
                                                          attestation, ring):
    _, files = pdf_verify.verify_signed_pdf(report.read_bytes(), trusted_keyids=set())
    assert sorted(files) == ["attestation.json", "member-1-policy.json", "member-1.json",
                             "member-2-policy.json", "member-2.json", "policy.json"]
    assert files["attestation.json"] == attestation.read_bytes()
    assert files["policy.json"] == Path(programme_policy).read_bytes()
    # in the statement's order: the vault's policy is named "Tijori trust policy"
    assert files["member-1.json"] == Path(members["vault"].attestation).read_bytes()
    assert files["member-2.json"] == Path(members["zurich"].attestation).read_bytes()
    assert files["member-1-policy.json"] == Path(ring.policy).read_bytes()
    assert files["member-2-policy.json"] == Path(policies(ring)[1]).read_bytes()


def test_the_cover_and_each_member_page_show_the_signed_figures(report, attestation,
                                                                 members):
    body = statement_of(attestation)
    cover_text = " ".join(reporting.cover_text(report.read_bytes()).split())
    for line in programme_pdf.cover_lines(body):
        assert " ".join(line.split()) in cover_text
    assert "PSLV: 19.9800 % SHORTFALL of 4,001.000 ozt" in cover_text
    assert body["attestation_id"] in cover_text and "Reserve programme" in cover_text
    pages = [" ".join((page.extract_text() or "").split())
             for page in PdfReader(io.BytesIO(report.read_bytes())).pages]
    for number, entry in enumerate(body["members"], start=1):
        heading = f"Member {number} of 2: {entry['name']}"
        page = next(p for p in pages if heading in p)
        member = statement_of(Path(members["vault" if number == 1 else "zurich"].attestation))
        assert entry["attestation_id"] == member["attestation_id"]
        for value in (entry["attestation_id"], entry["digest"], entry["tree"]["root"],
                      entry["custodian"]["name"], entry["custodian"]["ledger_id"],
                      entry["policy"]["digest"], f"member-{number}.json"):
            assert value in page, (heading, value)
        for figure in cover.figures({"totals": member["totals"]})[0]:
            assert " ".join(figure.text.split()) in page
        assert "valid custodian signature" in page and "valid auditor signature" in page
    assert any("none is counted twice" in p and "Collision check" in p for p in pages)


def test_a_changed_byte_fails(report, programme_policy, tmp_path):
    data = bytearray(report.read_bytes())
    spot = data.find(b"stream", 2000) + 40
    data[spot] ^= 0x01
    bad = tmp_path / "edited.pdf"
    bad.write_bytes(bytes(data))
    verdict = verifying.verify_file(str(bad), programme_policy)
    assert not verdict.ok and "pdf signature intact" in failed(verdict)


def test_a_member_attestation_the_statement_does_not_name_fails(
        ring, members, signer, programme_policy, attestation, tmp_path, monkeypatch):
    """A report signed with another attestation in Zurich's place (that of a copy of the
    vault's bars): the verifier names the file, and says Zurich's is missing."""
    foreign = Path(members["zurich-copy"].attestation).read_bytes()
    original = pdf_sign.sign_pdf

    def swapped(pdf, *, attachments, **kwargs):
        return original(pdf, attachments={**attachments, "member-2.json": foreign}, **kwargs)

    monkeypatch.setattr(pdf_sign, "sign_pdf", swapped)
    out = tmp_path / "swapped.pdf"
    make(ring, members, signer, programme_policy, attestation, out)
    monkeypatch.undo()
    verdict = verifying.verify_file(str(out), programme_policy)
    problems = failed(verdict)
    assert not verdict.ok
    assert "is not an attestation the programme statement names" in problems[
        "embedded member-2.json"]
    assert "Zurich vault" in problems["member attestations"]
    assert "pdf signature intact" not in problems  # it is the signer's report, as signed
    # and `programme report` itself refuses that file, naming it
    with pytest.raises(InvalidInput, match="is not a member attestation that the programme"):
        make(ring, members, signer, programme_policy, attestation, tmp_path / "no.pdf",
             member_attestations=[members["vault"].attestation,
                                  members["zurich-copy"].attestation])
    with pytest.raises(InvalidInput, match=r"not given \(--member-attestation\): Zurich vault"):
        make(ring, members, signer, programme_policy, attestation, tmp_path / "no.pdf",
             member_attestations=[members["vault"].attestation])
    with pytest.raises(InvalidInput, match=r"not given \(--member-policy\) for: Zurich vault"):
        make(ring, members, signer, programme_policy, attestation, tmp_path / "no.pdf",
             member_policies=[ring.policy])
    assert not (tmp_path / "no.pdf").exists()


def test_a_programme_attestation_that_does_not_verify_is_refused(
        ring, members, signer, programme_policy, attestation, tmp_path):
    document = json.loads(attestation.read_bytes())
    body = statement_of(attestation)
    body["totals"][0]["quantity"] = "1" + body["totals"][0]["quantity"]
    document["payload"] = base64.b64encode(canonical.dumps(body)).decode()
    bad = tmp_path / "changed.att.json"
    bad.write_bytes(canonical.dumps(document))
    out = tmp_path / "refused.pdf"
    done = tijori(*report_args(ring, members, signer, programme_policy, bad, out))
    assert done.returncode == 1
    assert done.stderr.startswith("tijori: No programme report from a programme attestation "
                                  "that does not verify:")
    assert "programme totals" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert not out.exists()
    with pytest.raises(CheckFailed, match="does not verify"):
        make(ring, members, signer, programme_policy, bad, out)
    assert not out.exists()


def test_a_key_that_is_not_a_report_signer_of_the_programme_is_refused(
        ring, members, programme_policy, attestation, tmp_path):
    other = report_signer(tmp_path, "Someone else's report signer")
    out = tmp_path / "unsigned.pdf"
    with pytest.raises(InvalidInput, match="is not a report-signer of the programme policy"):
        make(ring, members, other, programme_policy, attestation, out)
    assert not out.exists()


def test_a_custodian_policy_does_not_verify_a_programme_report(report, ring):
    verdict = verifying.verify_file(str(report), ring.policy)
    problems = failed(verdict)
    assert not verdict.ok
    assert "pdf signer trusted" in problems or "report signer" in problems
    assert any("a custodian's, not a programme's" in c.reason for c in verdict.failures)
    done = tijori("verify", str(report), "--policy", ring.policy)
    assert done.returncode == 1 and f"{report}: NOT VALID" in done.stdout


def test_the_cover_is_drawn_again_from_the_statement(report, attestation):
    """Page 1 is the cover of the signed statement: drawn from another statement (one
    figure changed), it differs, and the check says where."""
    body = statement_of(attestation)
    verdict = Verdict("cover")
    cover_check.check_programme_cover(report.read_bytes(), body, verdict)
    assert verdict.ok, failed(verdict)
    changed = json.loads(json.dumps(body))
    changed["totals"][1]["quantity"] = "9" + changed["totals"][1]["quantity"]
    verdict = Verdict("cover")
    cover_check.check_programme_cover(report.read_bytes(), changed, verdict)
    assert "differs from the rebuilt cover" in failed(verdict)["cover figures"]
