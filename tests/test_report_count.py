"""A report made after a count: the count certificate embedded and verified with the
report, the Physical count section, and the assurance sections (issue 14)."""

from __future__ import annotations

import csv
import io
import json
import runpy
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.attest import canonical
from app.attest.count import CountCertificate
from app.attest.dsse import Envelope
from app.attest.keyfile import decrypt_private_key
from app.domain.errors import CheckFailed
from app.reporting import pdf_verify
from app.services import auditing, counting, reporting, verifying

REPORTS = Path(__file__).resolve().parent.parent / "reports"
SAMPLES = runpy.run_path(str(REPORTS / "make_samples.py"), run_name="samples")
KEY_PASSPHRASE = SAMPLES["KEY_PASSPHRASE"]


def counted_samples(out: Path) -> Path:
    """The samples written to `out` (keys kept in out/"private"), and out/"count.json", a
    count of the newest attestation: everything found as listed but the first sampled
    holding. Returns `out`."""
    (out / "private").mkdir()
    SAMPLES["make"](out, out / "private")
    (out / "nonce.txt").write_text("c3" * 32 + "\n")
    plan = out / "plan.json"
    auditing.make_plan(str(out / "attestation.json"), str(out / "leaves.jsonl"),
                       str(out / "policy.json"), confidence="60", tolerable_rate="40",
                       nonce_file=str(out / "nonce.txt"), out=str(plan))
    sheet = out / "results.csv"
    counting.write_sheet(str(plan), str(sheet))
    held = {h["index"]: json.loads(h["leaf"])["holding"]
            for h in auditing.load_plan(plan.read_bytes())["holdings"]}
    rows = list(csv.DictReader(io.StringIO(sheet.read_text(encoding="utf-8-sig"))))
    for number, row in enumerate(rows):
        h = held[int(row["leaf"])]
        if number == 0:
            row["found"] = "no"
            continue
        row.update(found="yes", serial_read=h.get("serial") or h.get("warrant") or h["code"],
                   brand_read=h.get("brand", "") if h["kind"] in ("bar", "lot") else "",
                   measured=h.get("gross_oz") or h.get("gross_t") or h.get("nsv_bbl")
                   or h["energy_mmbtu"])
    with open(sheet, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=counting.COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    counting.record_count(str(plan), str(sheet), str(out / "private" / "auditor.key"),
                          KEY_PASSPHRASE, out=str(out / "count.json"), counted_by="A. Khan",
                          witnessed_by="B. Auditor")
    return out


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """The samples, and a count of the newest attestation (`counted_samples`)."""
    return counted_samples(tmp_path_factory.mktemp("samples"))


def make(made, out: Path, count: Path | None) -> dict:
    return reporting.make_report(
        attestation_path=str(made / "attestation.json"), policy_path=str(made / "policy.json"),
        leaves_path=str(made / "leaves.jsonl"),
        report_key_path=str(made / "private" / "report-signer.key"),
        passphrase=lambda: KEY_PASSPHRASE, out=str(out),
        count_path=str(count) if count else None)


def pages_of(pdf: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(pdf)).pages]


def test_a_report_with_a_count_embeds_and_verifies_it(made, tmp_path):
    out = tmp_path / "report.pdf"
    make(made, out, made / "count.json")
    _, files = pdf_verify.verify_signed_pdf(out.read_bytes(), trusted_keyids=set())
    assert files["count.json"] == (made / "count.json").read_bytes()
    verdict = verifying.verify_file(str(out), str(made / "policy.json"))
    assert verdict.ok, [(c.name, c.reason) for c in verdict.failures]
    names = {c.name for c in verdict.checks}
    assert {"count: sample", "count: results", "count: conclusion",
            "count certificate: auditor threshold"} <= names
    assert "count: attestation" in names

    text = pages_of(out)
    whole = " ".join(text)
    physical = next(p for p in text if "Physical count Counted by A. Khan" in p)
    assert "witnessed by B. Auditor" in physical and "Exceptions" in physical
    assert "missing" in physical and "Tolerances" in physical and "LBMA Good Delivery" in \
        physical
    certificate = json.loads((made / "count.json").read_bytes())["certificate"]
    conclusion = CountCertificate.from_payload(Envelope.from_json(certificate).payload).conclusion
    assert " ".join(conclusion.split()) in whole  # the certificate's words, as signed
    for heading in ("The custodian's assertion", "Scope", "Criteria", "Procedures performed",
                    "Inherent limitations", "Signatories"):
        assert heading in whole
    assert "A physical count of a sample" in whole and "count auditor" in whole
    assert "report signer" in whole


def test_a_report_without_a_count_says_so(made, tmp_path):
    out = tmp_path / "report.pdf"
    make(made, out, None)
    whole = " ".join(pages_of(out))
    assert "No physical count is part of this report" in whole
    assert "Physical count Counted by" not in whole
    _, files = pdf_verify.verify_signed_pdf(out.read_bytes(), trusted_keyids=set())
    assert "count.json" not in files


def test_a_count_of_another_attestation_makes_no_report(made, tmp_path):
    out = tmp_path / "r.pdf"
    with pytest.raises(CheckFailed, match="the count is of another attestation"):
        reporting.make_report(
            attestation_path=str(made / "chain" / "2.att.json"),
            policy_path=str(made / "policy.json"),
            leaves_path=str(made / "private" / "2.leaves.jsonl"),
            report_key_path=str(made / "private" / "report-signer.key"),
            passphrase=lambda: KEY_PASSPHRASE, out=str(out),
            count_path=str(made / "count.json"))
    assert not out.exists()


def test_a_count_whose_results_were_changed_makes_no_report(made, tmp_path):
    """The auditor's signature verifies even when the auditor changed the results: the
    rules, re-applied to the leaves, do not."""
    document = json.loads((made / "count.json").read_bytes())
    envelope = Envelope.from_json(document["certificate"])
    body = json.loads(envelope.payload)
    for result in body["results"]:
        result["exceptions"] = []  # hide the holding not found
    auditor = decrypt_private_key((made / "private" / "auditor.key").read_bytes(),
                                  KEY_PASSPHRASE)
    document["certificate"] = Envelope(envelope.payload_type, canonical.dumps(body)) \
        .signed_by(auditor).to_json()
    forged = tmp_path / "forged.json"
    forged.write_bytes(canonical.dumps(document))
    with pytest.raises(CheckFailed, match="count: results"):
        make(made, tmp_path / "r.pdf", forged)
    assert not (tmp_path / "r.pdf").exists()
