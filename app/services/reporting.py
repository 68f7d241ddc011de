"""Signed proof-of-reserve reports: a PDF for people and a JSON bundle for machines.

`make_report` checks the attestation first (a report is only made from one that
verifies), lays out the PDF, embeds the envelope, the policy and (unless the
report is public) the leaves, and signs the whole with the report-signer's
P-256 key. `verify_report` checks the PDF signature through the policy, then
every check of the attestation from the embedded files, then that the figures
printed on the cover are the statement's.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.attest import canonical, merkle, statement
from app.attest.dsse import Envelope
from app.attest.fileio import read_file, write_atomic
from app.attest.formats import BUNDLE_FORMAT, PROOF_FORMAT, SIGNED_AT
from app.attest.policy import load_policy_envelope, policy_digest
from app.attest.verdict import Verdict
from app.domain.errors import CheckFailed, InvalidInput
from app.domain.messages import msg
from app.domain.progress import QUIET, Task
from app.reporting import pdf_verify
from app.services import verifying
from app.services.keys import report_certificates
from app.services.signing_keys import key_info, unlocked
from app.services.verifying import verify_attestation

if TYPE_CHECKING:
    from app.reporting import pdf_layout

NAMES = pdf_verify.ATTACHMENT_NAMES


def _holdings(leaves: list[bytes]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for start in range(0, len(leaves), 10000):
        batch = json.loads(b"[" + b",".join(leaves[start:start + 10000]) + b"]")
        out.extend(leaf["holding"] for leaf in batch)
    return out


def _signed_at(attestation: bytes) -> dict[str, str]:
    """The signing times the attestation file states beside its signatures (unsigned)."""
    try:
        times = json.loads(attestation).get(SIGNED_AT)
    except (ValueError, AttributeError):
        return {}
    if not isinstance(times, dict):
        return {}
    return {k: v for k, v in times.items() if isinstance(k, str) and isinstance(v, str)}


def _signers(envelope: Envelope, policy: Any, verdict: Verdict,
             times: dict[str, str], roles: tuple[str, ...] = ("custodian", "auditor")
             ) -> list[pdf_layout.SignerLine]:
    """Each signature on the envelope as the report's signatures table shows it: the
    signer's `roles` in the policy, and whether `verdict` counted it valid."""
    from app.attest.keys import keyid_words
    from app.reporting import pdf_layout  # reportlab: only when laying out

    lines = []
    for signature in envelope.signatures:
        entry = policy.keys.get(signature.keyid)
        held = policy.roles_of(signature.keyid) if entry else []
        label = f"signature by {entry.name if entry else ''}".rstrip()
        check = next((c for c in verdict.checks
                      if c.name.startswith("attestation: signature by")
                      and signature.keyid[:16] in c.name), None)
        lines.append(pdf_layout.SignerLine(
            role=", ".join(r for r in held if r in roles) or "none",
            name=entry.name if entry else "(not in the policy)",
            keyid=signature.keyid, words=" ".join(keyid_words(signature.keyid)),
            signed_at=times.get(signature.keyid), valid=bool(check and check.passed),
            reason=check.reason if check else label))
    return lines


def _thresholds(policy: Any, verdict: Verdict, roles: tuple[str, ...] = ("custodian", "auditor")
                ) -> list[pdf_layout.ThresholdLine]:
    from app.reporting import pdf_layout  # reportlab: only when laying out

    lines = []
    for role in roles:
        spec = policy.roles[role]
        counted = verdict.threshold(role)
        lines.append(pdf_layout.ThresholdLine(
            role=role, required=spec.threshold,
            valid=len(counted.signed) if counted else 0, met=bool(counted and counted.met)))
    return lines


def _proof_document(envelope: Envelope, leaves: list[bytes], tree: merkle.MerkleTree,
                    holding: int) -> bytes:
    for index, leaf in enumerate(leaves):
        if b'"id":%d,"kind":' % holding in leaf:
            return canonical.dumps({
                "format": PROOF_FORMAT, "version": 1, "envelope": envelope.to_json(),
                "leaf": leaf.decode("utf-8"), "index": index, "tree_size": tree.size,
                "proof": [h.hex() for h in tree.inclusion_proof(index)],
            })
    raise InvalidInput(msg("holding {holding} is not in the attestation's leaves",
                           holding=holding), "proof")


# Making a report is four steps (check the attestation, lay out, sign, write); progress
# is counted in thousandths of a step, so the layout moves one bar smoothly.
_STEP = 1000


def _step(task: Task, done: int) -> None:
    task.progress(done * _STEP, 4 * _STEP)
    task.check(msg("the report"))


def make_report(
    *,
    attestation_path: str,
    policy_path: str,
    leaves_path: str,
    report_key_path: str,
    passphrase: Callable[[], str],
    out: str,
    json_out: str | None = None,
    public: bool = False,
    proofs: list[int] | tuple[int, ...] = (),
    count_path: str | None = None,
    now: datetime | None = None,
    task: Task = QUIET,
) -> dict[str, Any]:
    """Make the signed report PDF (and the JSON bundle with `json_out`).

    With `count_path`, a count file of this attestation (FORMAT.md §11.4) that verifies
    under the policy is embedded, and the report gets its *Physical count* section.
    `task` may cancel it up to the moment the PDF is written; a cancelled report
    leaves no file behind.
    """
    from app.reporting import pdf_layout, pdf_sign  # reportlab, pyHanko: only to make one

    now = now or datetime.now(UTC)
    for path in (out, json_out):
        if path and Path(path).exists():
            raise InvalidInput(msg("{path} already exists; refusing to overwrite it", path=path))
    attestation = read_file(attestation_path, "attestation")
    policy_data = read_file(policy_path, "policy")
    leaves_data = read_file(leaves_path, "leaves file")
    verdict = verify_attestation(attestation, policy_data, leaves=leaves_data, now=now,
                                 source=str(attestation_path))
    if not verdict.ok:
        raise CheckFailed(msg("No report from an attestation that does not verify: "
                              "{failures}.", failures=verdict.failed_checks()))
    _step(task, 1)
    policy_env, policy = load_policy_envelope(policy_data, str(policy_path))
    header = key_info(report_key_path)
    signers = policy.roles.get("report-signer")
    if signers is None or header.keyid not in signers.keyids:
        raise InvalidInput(msg("key {name} is not a report-signer of the policy; add it with "
                               "`tijori policy new --report-signer PUBFILE`",
                               name=header.name), "report_key")
    certificate, chain = report_certificates(report_key_path, header.keyid)
    envelope = Envelope.loads(attestation, source=str(attestation_path))
    body = statement.parse_statement(envelope.payload)
    _, leaves = statement.read_leaves_file(leaves_data, str(leaves_path))
    holdings = _holdings(leaves)

    def laid_out(done: int, total: int) -> None:  # the layout is the second of four steps
        task.check(msg("the report"))
        task.progress(_STEP + _STEP * done // max(total, 1), 4 * _STEP)

    count_data, count_view = _count(count_path, attestation, policy_data, policy, leaves_data,
                                    holdings, now) if count_path else (None, None)
    from app.attest.keys import keyid_words
    from app.reporting.pdf_assurance import Signatory
    report_signer = Signatory("report signer", header.name, header.keyid,
                              " ".join(keyid_words(header.keyid)),
                              now.strftime("%Y-%m-%dT%H:%M:%SZ"), True)
    pdf = pdf_layout.render_report(
        body, holdings, signers=_signers(envelope, policy, verdict, _signed_at(attestation)),
        thresholds=_thresholds(policy, verdict), policy_name=policy.name,
        policy_version=policy.version, public=public, progress=laid_out,
        policy_digest=policy_digest(policy_env), report_signer=report_signer,
        count=count_view)
    _step(task, 2)
    attachments = {NAMES["envelope"]: attestation, NAMES["policy"]: policy_data}
    if count_data is not None:
        attachments[NAMES["count"]] = count_data
    if not public:
        attachments[NAMES["leaves"]] = leaves_data
        if len(holdings) > pdf_layout.FULL_SCHEDULE_LIMIT:
            attachments[NAMES["schedule"]] = pdf_layout.schedule_csv(holdings)
    tree = merkle.MerkleTree(leaves) if proofs else None
    proof_docs = {}
    for holding in proofs:
        proof_docs[pdf_verify.PROOF_NAME.format(holding=holding)] = _proof_document(
            envelope, leaves, tree, holding)
    attachments.update(proof_docs)
    with unlocked(report_key_path, passphrase(), keyid=header.keyid) as key:
        signed = pdf_sign.sign_pdf(pdf, attachments=attachments, key=key,
                                   certificate=certificate, chain=chain,
                                   signer_name=header.name)
    _step(task, 3)  # the last moment a cancel can stop it: nothing written yet
    # A report with the leaves carries every holding: owner-only, like the leaves file.
    # The public edition (no leaves; proofs only of holdings chosen for it) is for anyone.
    mode = 0o644 if public else 0o600
    write_atomic(Path(out), signed, mode=mode)
    if json_out:
        bundle = {"format": BUNDLE_FORMAT, "version": 1, "envelope": json.loads(attestation),
                  "policy": policy_env.to_json(), "public": public,
                  "leaves": None if public else [leaf.decode("utf-8") for leaf in leaves],
                  "proofs": [json.loads(doc) for doc in proof_docs.values()]}
        try:
            write_atomic(Path(json_out), canonical.dumps(bundle), mode=mode)
        except BaseException:
            os.unlink(out)
            raise
    task.progress(4 * _STEP, 4 * _STEP)
    return {"attestation_id": body["attestation_id"], "pages": _page_count(signed),
            "bytes": len(signed), "public": public, "proofs": list(proofs),
            "policy_sha256": policy_digest(policy_env)}


def _count(path: str, attestation: bytes, policy_data: bytes, policy: Any,
           leaves_data: bytes, holdings: list[dict[str, Any]], now: datetime
           ) -> tuple[bytes, Any]:
    """The count file to embed, verified (of this attestation, signed by the auditor role,
    its sample and results as the leaves give them), and what the report prints of it."""
    from app.attest import count as count_format
    from app.attest.keys import keyid_words
    from app.reporting.pdf_assurance import CountView, Signatory
    from app.services import counting

    data = read_file(path, "count file")
    checked = counting.verify_count(data, policy_data, leaves=leaves_data, now=now,
                                    source=str(path), verified=attestation)
    if not checked.ok:
        raise CheckFailed(msg("No report with a count that does not verify: {failures}.",
                              failures=checked.failed_checks()))
    document = json.loads(data)
    certificate_envelope = Envelope.from_json(document["certificate"])
    certificate = count_format.CountCertificate.from_payload(certificate_envelope.payload)
    signatories = []
    for signature in certificate_envelope.signatures:
        entry = policy.keys.get(signature.keyid)
        signatories.append(Signatory("count auditor", entry.name if entry else "",
                                     signature.keyid, " ".join(keyid_words(signature.keyid)),
                                     certificate.counted["to"], entry is not None))
    exceptions = {r.index: holdings[r.index] for r in certificate.results
                  if r.exceptions and r.index < len(holdings)}
    return data, CountView(certificate, tuple(signatories), exceptions)


def _page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


# Verifying a report is the verifier's work (services/verifying.py): one way, no cycle.
verify_report = verifying.verify_report


def cover_text(pdf: bytes) -> str:
    """The text printed on page 1 (the cover), as the verifier reads it."""
    return pdf_verify.first_page_text(pdf)
