"""Signed reports end to end: made by the samples script, verified, tampered with."""

from __future__ import annotations

import io
import json
import runpy
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from app.domain.errors import Cancelled
from app.domain.progress import Task
from app.reporting import pdf_layout, pdf_verify
from app.services import reporting, verifying

REPORTS = Path(__file__).resolve().parent.parent / "reports"
SAMPLES_SCRIPT = runpy.run_path(str(REPORTS / "make_samples.py"), run_name="samples")
KEY_PASSPHRASE = SAMPLES_SCRIPT["KEY_PASSPHRASE"]  # of the sample keys, kept in "private"


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    out = tmp_path_factory.mktemp("samples")
    keep = out / "private"
    keep.mkdir()
    runpy.run_path(str(REPORTS / "make_samples.py"), run_name="samples")["make"](out, keep)
    return out


def verdict_of(pdf: Path, policy: Path):
    return verifying.verify_file(str(pdf), str(policy))


def failed(verdict) -> dict[str, str]:
    return {c.name: c.reason for c in verdict.failures}


def test_report_verifies_with_every_check(made):
    verdict = verdict_of(made / "report.pdf", made / "policy.json")
    assert verdict.ok, failed(verdict)
    names = {c.name for c in verdict.checks}
    assert set(pdf_verify.CHECKS) <= names
    assert {"root recomputed", "totals recomputed", "cover figures",
            "embedded proof-1.json"} <= names


def test_cover_shows_the_statement(made):
    attestation = json.loads((made / "attestation.json").read_bytes())
    body = json.loads(__import__("base64").b64decode(attestation["payload"]))
    text = " ".join(reporting.cover_text((made / "report.pdf").read_bytes()).split())
    for line in pdf_layout.cover_lines(body):
        assert " ".join(line.split()) in text
    assert body["attestation_id"] in text


def test_embedded_files_are_the_attestation_policy_and_leaves(made):
    verdict, files = pdf_verify.verify_signed_pdf((made / "report.pdf").read_bytes(),
                                                trusted_keyids=set())
    assert files["attestation.json"] == (made / "attestation.json").read_bytes()
    assert files["policy.json"] == (made / "policy.json").read_bytes()
    assert files["leaves.jsonl"] == (made / "leaves.jsonl").read_bytes()
    assert "pdf signer trusted" in failed(verdict)  # trust comes only from the policy


def test_json_bundle_carries_the_same_envelope(made):
    bundle = json.loads((made / "report.json").read_bytes())
    assert bundle["format"] == "tijori-report"
    assert bundle["envelope"] == json.loads((made / "attestation.json").read_bytes())
    assert len(bundle["leaves"]) == len((made / "leaves.jsonl").read_bytes().splitlines()) - 1


def test_edited_byte_fails(made, tmp_path):
    data = bytearray((made / "report.pdf").read_bytes())
    spot = data.find(b"stream", 2000) + 40
    data[spot] ^= 0x01
    bad = tmp_path / "edited.pdf"
    bad.write_bytes(bytes(data))
    assert "pdf signature intact" in failed(verdict_of(bad, made / "policy.json"))


def test_page_removed_fails(made, tmp_path):
    reader = PdfReader(io.BytesIO((made / "report.pdf").read_bytes()))
    writer = PdfWriter()
    for page in reader.pages[:-1]:
        writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    bad = tmp_path / "short.pdf"
    bad.write_bytes(out.getvalue())
    verdict = verdict_of(bad, made / "policy.json")
    assert not verdict.ok
    assert "pdf signature present" in failed(verdict)


def test_appended_update_fails(made, tmp_path):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO((made / "report.pdf").read_bytes()))
    writer.root["/Lang"] = __import__("pyhanko.pdf_utils.generic", fromlist=["x"]).TextStringObject(
        "fr")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    bad = tmp_path / "updated.pdf"
    bad.write_bytes(out.getvalue())
    assert "pdf signature covers the whole file" in failed(verdict_of(bad, made / "policy.json"))


def test_policy_without_the_report_signer_does_not_trust_it(made, tmp_path):
    from app.services import keys

    other = tmp_path / "policy.json"
    pub = made / "keys"
    keys.draft_policy(out=str(other), name="other", expires="2036-12-31",
                      custodians=[str(pub / "custodian-1.pub"), str(pub / "custodian-2.pub")],
                      custodian_threshold=2, auditors=[str(pub / "auditor.pub")],
                      auditor_threshold=1, admins=[str(pub / "admin.pub")], admin_threshold=1)
    verdict = verdict_of(made / "report.pdf", other)
    assert "pdf signer trusted" in failed(verdict)


def test_public_report_leaves_the_leaves_out(made, tmp_path):
    out = tmp_path / "public.pdf"
    reporting.make_report(
        attestation_path=str(made / "attestation.json"), policy_path=str(made / "policy.json"),
        leaves_path=str(made / "leaves.jsonl"),
        report_key_path=str(made / "private" / "report-signer.key"),
        passphrase=lambda: KEY_PASSPHRASE, out=str(out), public=True, proofs=[2])
    verdict = verdict_of(out, made / "policy.json")
    assert verdict.ok, failed(verdict)
    _, files = pdf_verify.verify_signed_pdf(out.read_bytes(), trusted_keyids=set())
    assert "leaves.jsonl" not in files and "proof-2.json" in files
    names = {c.name for c in verdict.checks}
    assert "root recomputed" not in names and "embedded proof-2.json" in names


def _make(made, out: Path, task) -> dict:
    return reporting.make_report(
        attestation_path=str(made / "attestation.json"), policy_path=str(made / "policy.json"),
        leaves_path=str(made / "leaves.jsonl"),
        report_key_path=str(made / "private" / "report-signer.key"),
        passphrase=lambda: KEY_PASSPHRASE, out=str(out), json_out=str(out) + ".json",
        task=task)


def test_a_report_can_be_cancelled_at_every_step_until_it_is_written(made, tmp_path):
    steps: list[tuple[int, int]] = []
    _make(made, tmp_path / "whole.pdf", Task(progress=lambda d, t: steps.append((d, t))))
    written = steps.index((3000, 4000))  # the PDF is written after this step
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)  # one bar, forward
    assert written >= 3  # the layout reported its holdings between the steps
    for at in range(1, written + 2):
        out = tmp_path / f"cancelled-at-{at}.pdf"
        seen: list[tuple[int, int]] = []
        task = Task(progress=lambda d, t, seen=seen: seen.append((d, t)),
                    cancelled=lambda seen=seen, at=at: len(seen) >= at)
        with pytest.raises(Cancelled, match="the report was stopped and nothing was stored"):
            _make(made, out, task)
        assert seen == steps[: len(seen)] and at <= len(seen) <= at + 1  # stopped there
        assert not out.exists() and not Path(str(out) + ".json").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["whole.pdf", "whole.pdf.json"]


def test_wrong_report_key_is_refused(made, tmp_path):
    from app.services import keys

    key = tmp_path / "rs.key"
    keys.create_key("rs", str(key), KEY_PASSPHRASE, algorithm="ecdsa-p256")
    with pytest.raises(Exception, match="not a report-signer"):
        reporting.make_report(
            attestation_path=str(made / "attestation.json"),
            policy_path=str(made / "policy.json"), leaves_path=str(made / "leaves.jsonl"),
            report_key_path=str(key), passphrase=lambda: KEY_PASSPHRASE,
            out=str(tmp_path / "r.pdf"))
    assert not (tmp_path / "r.pdf").exists()


def test_shortfall_on_the_cover_of_a_real_report(tmp_path):
    """A ledger whose gold covers only part of the token supply: the cover says so."""
    out = tmp_path / "short"
    runpy.run_path(str(REPORTS / "make_samples.py"), run_name="samples")["make"](
        out, None, "2000")
    verdict = verdict_of(out / "report.pdf", out / "policy.json")
    assert verdict.ok, failed(verdict)  # a shortfall is stated, not a verification failure
    text = " ".join(reporting.cover_text((out / "report.pdf").read_bytes()).split())
    assert "SHORTFALL" in text
    assert "59.9817 %" in text  # 1,199.635 / 2,000, rounded down


def test_signing_times_reach_the_signatures_page(made):
    attestation = json.loads((made / "attestation.json").read_bytes())
    times = attestation["signedAt"]
    assert set(times) == {s["keyid"] for s in attestation["signatures"]}
    reader = PdfReader(io.BytesIO((made / "report.pdf").read_bytes()))
    page = " ".join((reader.pages[1].extract_text() or "").split())
    assert "not recorded" not in page
    for moment in times.values():
        assert moment[:10] in page  # the date of each signature is printed
