"""A programme's signed PDF report, and its verification (`tijori programme report`).

`make_programme_report` verifies the programme attestation under the programme policy
first (a report is made only of one that verifies), checks that the member attestations
given are exactly those the statement names (by the digest of each one's statement)
and verifies each under the policy it was made under, lays out the PDF
(`app.reporting.programme_pdf`), embeds the files a verifier needs and signs the whole
with a report-signer key of the programme policy, as a custodian's report is signed.

Embedded files: the programme attestation as ``attestation.json`` and the programme
policy as ``policy.json`` (the names of a custodian's report,
`pdf_verify.ATTACHMENT_NAMES`); the N-th member's attestation, in the statement's order,
as ``member-N.json`` and the policy it was made under as ``member-N-policy.json``.

`verify_programme_report` is the part of `verifying.verify_report` that a programme's
report needs once the PDF's signature is checked: it dispatches here on the embedded
attestation's payload type.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.attest import programme_statement as ps
from app.attest.dsse import Envelope
from app.attest.fileio import read_file, write_atomic
from app.attest.policy import ANY_POLICY, Policy, load_policy_envelope, policy_digest
from app.attest.statement import statement_digest
from app.attest.verdict import Verdict
from app.domain.errors import CheckFailed, InvalidInput
from app.domain.messages import joined, msg
from app.domain.progress import QUIET, Task
from app.reporting import pdf_verify
from app.services.keys import report_certificates
from app.services.programme_attest import verify_programme_attestation
from app.services.reporting import _page_count, _signed_at, _signers, _thresholds
from app.services.signing_keys import key_info, unlocked
from app.services.verifying import Trust, verify_attestation

NAMES = pdf_verify.ATTACHMENT_NAMES
#: The embedded files of the N-th member (1, 2, …, in the statement's order).
MEMBER_NAME = "member-{number}.json"
MEMBER_POLICY_NAME = "member-{number}-policy.json"
_MEMBER_FILE = re.compile(r"member-([1-9][0-9]*)\.json")
_MEMBER_POLICY_FILE = re.compile(r"member-([1-9][0-9]*)-policy\.json")
#: The reason the PDF signature states.
REASON = "Tijori programme proof-of-reserve report"

# Four steps (verify, check the members, lay out, sign), as a custodian's report counts.
_STEPS = 4


def _step(task: Task, done: int) -> None:
    task.progress(done, _STEPS)
    task.check(msg("the programme report"))


class _Member:
    """One member's files as given, matched to its entry in the statement."""

    def __init__(self, entry: dict[str, Any], path: str, data: bytes) -> None:
        self.entry = entry
        self.path = path
        self.data = data
        self.policy_data = b""
        self.policy: Policy | None = None


def _match_members(body: ps.ProgrammeStatement, attestations: Sequence[str],
                   policies: Sequence[str]) -> list[_Member]:
    """Each member entry of the statement with its attestation and policy files, in the
    statement's order; InvalidInput names a file the statement does not name, one given
    twice, and each member whose attestation or policy is not given."""
    entries = {e["digest"]: e for e in body.members}
    given: dict[str, _Member] = {}
    for path in attestations:
        data = read_file(path, "member attestation")
        digest = statement_digest(Envelope.loads(data, source=str(path)).payload)
        entry = entries.get(digest)
        if entry is None:
            raise InvalidInput(msg("{path} is not a member attestation that the programme "
                                   "statement names (its statement digest {digest}… is no "
                                   "member entry's)", path=path, digest=digest[:16]),
                               "member_attestation")
        if digest in given:
            raise InvalidInput(msg("{path} and {other} are the same attestation, of member "
                                   "{name}", path=given[digest].path, other=path,
                                   name=entry["name"]), "member_attestation")
        given[digest] = _Member(entry, str(path), data)
    missing = [e["name"] for e in body.members if e["digest"] not in given]
    if missing:
        raise InvalidInput(msg("a programme report carries every member's attestation; not "
                               "given (--member-attestation): {names}",
                               names=", ".join(missing)), "member_attestation")
    named = {e["policy"]["digest"] for e in body.members}
    found: dict[str, tuple[bytes, Policy]] = {}
    for path in policies:
        data = read_file(path, "member policy")
        envelope, policy = load_policy_envelope(data, str(path))
        digest = policy_digest(envelope)
        if digest not in named:
            raise InvalidInput(msg("{path} is not the policy any member's attestation was made "
                                   "under (its digest {digest}… is no member entry's)",
                                   path=path, digest=digest[:16]), "member_policy")
        found[digest] = (data, policy)
    members = [given[e["digest"]] for e in body.members]
    missing = [m.entry["name"] for m in members if m.entry["policy"]["digest"] not in found]
    if missing:
        raise InvalidInput(msg("a programme report carries the policy each member's "
                               "attestation was made under; not given (--member-policy) for: "
                               "{names}", names=", ".join(missing)), "member_policy")
    for member in members:
        member.policy_data, member.policy = found[member.entry["policy"]["digest"]]
    return members


def make_programme_report(
    *,
    attestation_path: str,
    programme_policy_path: str,
    member_attestations: Sequence[str],
    member_policies: Sequence[str],
    report_key_path: str,
    passphrase: Callable[[], str],
    out: str,
    now: datetime | None = None,
    task: Task = QUIET,
) -> dict[str, Any]:
    """Make the programme's signed report PDF at `out` (see the module docstring).

    CheckFailed (naming the failed checks) for a programme attestation that does not
    verify under the programme policy, or a member attestation that does not verify
    under its policy; InvalidInput for member files that are not exactly the
    statement's, a key that is not a report signer of the programme policy, an `out`
    that exists. Nothing is written unless all holds; `task` may cancel it until then.
    """
    now = now or datetime.now(UTC)
    if Path(out).exists():
        raise InvalidInput(msg("{path} already exists; refusing to overwrite it", path=out))
    data = read_file(attestation_path, "programme attestation")
    policy_data = read_file(programme_policy_path, "programme policy")
    verdict = verify_programme_attestation(data, policy_data, now=now,
                                           source=str(attestation_path))
    if not verdict.ok:
        raise CheckFailed(msg("No programme report from a programme attestation that does not "
                              "verify: {failures}.", failures=verdict.failed_checks()))
    _step(task, 1)
    _, policy = load_policy_envelope(policy_data, str(programme_policy_path), ANY_POLICY)
    envelope = Envelope.loads(data, source=str(attestation_path))
    body = ps.ProgrammeStatement.from_payload(envelope.payload, str(attestation_path))
    header = key_info(report_key_path)
    signers = policy.roles.get("report-signer")
    if signers is None or header.keyid not in signers.keyids:
        raise InvalidInput(msg("key {name} is not a report-signer of the programme policy; add "
                               "it with `tijori programme policy new --report-signer PUBFILE`",
                               name=header.name), "report_key")
    certificate, chain = report_certificates(report_key_path, header.keyid)
    members = _match_members(body, member_attestations, member_policies)
    # reportlab and pyHanko's signing code: only once there is a report to make
    from app.attest.keys import keyid_words
    from app.reporting import pdf_sign, programme_pdf
    from app.reporting.pdf_assurance import Signatory

    views = []
    attachments = {NAMES["envelope"]: data, NAMES["policy"]: policy_data}
    for number, member in enumerate(members, start=1):
        assert member.policy is not None
        checked = verify_attestation(member.data, member.policy_data, now=now,
                                     source=member.path)
        if not checked.ok:
            raise CheckFailed(msg("No programme report: the attestation of member {name} does "
                                  "not verify under its policy: {failures}.",
                                  name=member.entry["name"], failures=checked.failed_checks()))
        member_envelope = Envelope.loads(member.data, source=member.path)
        attestation_file = MEMBER_NAME.format(number=number)
        policy_file = MEMBER_POLICY_NAME.format(number=number)
        attachments[attestation_file] = member.data
        attachments[policy_file] = member.policy_data
        views.append(programme_pdf.MemberView(
            member.entry, member.policy.name,
            tuple(_signers(member_envelope, member.policy, checked, _signed_at(member.data))),
            tuple(_thresholds(member.policy, checked)), attestation_file, policy_file))
    _step(task, 2)
    report_signer = Signatory("report signer", header.name, header.keyid,
                              " ".join(keyid_words(header.keyid)),
                              now.strftime("%Y-%m-%dT%H:%M:%SZ"), True)
    pdf = programme_pdf.render_programme_report(
        body.to_dict(), members=views,
        signers=_signers(envelope, policy, verdict, _signed_at(data), roles=ps.ROLES),
        thresholds=_thresholds(policy, verdict, roles=ps.ROLES), policy_name=policy.name,
        policy_version=policy.version, report_signer=report_signer)
    _step(task, 3)
    with unlocked(report_key_path, passphrase(), keyid=header.keyid) as key:
        signed = pdf_sign.sign_pdf(pdf, attachments=attachments, key=key,
                                   certificate=certificate, chain=chain,
                                   signer_name=header.name, reason=REASON)
    task.check(msg("the programme report"))  # the last moment a cancel can stop it
    # A programme report carries no leaves: anyone may read it.
    write_atomic(Path(out), signed, mode=0o644)
    task.progress(_STEPS, _STEPS)
    return {"attestation_id": body.attestation_id, "programme": body.programme["name"],
            "members": len(members), "pages": _page_count(signed), "bytes": len(signed),
            "attachments": sorted(attachments, key=_attachment_order)}


def _attachment_order(name: str) -> tuple[int, int, int, str]:
    """The programme's files first, then each member's attestation and its policy."""
    attestation = _MEMBER_FILE.fullmatch(name)
    found = attestation or _MEMBER_POLICY_FILE.fullmatch(name)
    if found is None:
        return (0, 0, 0, name)
    return (1, int(found[1]), 0 if attestation else 1, name)


# -- verifying ---------------------------------------------------------------------------


def is_programme_report(attachments: Mapping[str, bytes]) -> bool:
    """Does the report embed a programme attestation (rather than a custodian's)?"""
    data = attachments.get(NAMES["envelope"])
    try:
        return data is not None and ps.is_programme_type(Envelope.loads(data).payload_type)
    except InvalidInput:
        return False


def verify_programme_report(data: bytes, trust: Trust, verdict: Verdict,
                            attachments: Mapping[str, bytes], *, now: datetime,
                            max_age: timedelta | None = None, source: str = "report"
                            ) -> Verdict:
    """The checks of a programme's report after its PDF signature, added to `verdict`
    (where `verifying.verify_report` recorded those): the embedded programme attestation
    under your programme policy (FORMAT.md §13.5); each embedded member attestation is
    one the statement names, by digest, and meets the policy embedded beside it whose
    digest the statement names for that member; every member's attestation is there;
    page 1 is the cover the signed statement gives."""
    from app.reporting import cover_check  # reportlab: only when a PDF is verified

    envelope_data = attachments[NAMES["envelope"]]
    verdict.extend(verify_programme_attestation(envelope_data, trust, now=now, max_age=max_age,
                                                source=source))
    try:
        body = ps.ProgrammeStatement.from_payload(Envelope.loads(envelope_data).payload)
    except InvalidInput as exc:
        verdict.failed("cover figures", msg("the cover cannot be read: {exc}", exc=exc))
        return verdict
    _check_members(body, attachments, now, verdict)
    embedded_policy = attachments.get(NAMES["policy"])
    if embedded_policy is not None and embedded_policy != trust.policy:
        verdict.passed("embedded policy", "the report embeds another policy than yours; "
                       "only yours is trusted")
    cover_check.check_programme_cover(data, body.to_dict(), verdict)
    return verdict


def _check_members(body: ps.ProgrammeStatement, attachments: Mapping[str, bytes],
                   now: datetime, verdict: Verdict) -> None:
    entries = {e["digest"]: e for e in body.members}
    policies: dict[str, bytes] = {}
    for name, document in sorted(attachments.items(), key=lambda item: _attachment_order(
            item[0])):
        if _MEMBER_POLICY_FILE.fullmatch(name):
            try:
                policies[policy_digest(load_policy_envelope(document, name)[0])] = document
            except InvalidInput as exc:
                verdict.failed(f"embedded {name}", exc.message)
    found: set[str] = set()
    for name, document in sorted(attachments.items(), key=lambda item: _attachment_order(
            item[0])):
        if not _MEMBER_FILE.fullmatch(name):
            continue
        check = f"embedded {name}"
        try:
            digest = statement_digest(Envelope.loads(document, source=name).payload)
        except InvalidInput as exc:
            verdict.failed(check, exc.message)
            continue
        entry = entries.get(digest)
        if entry is None:
            verdict.failed(check, msg("it is not an attestation the programme statement names: "
                                      "its statement digest {digest}… is no member entry's",
                                      digest=digest[:16]))
            continue
        found.add(digest)
        verdict.passed(check, msg("the attestation {id} of member {member} ({custodian}), the "
                                  "one the programme statement names", id=entry["attestation_id"],
                                  member=entry["name"], custodian=entry["custodian"]["name"]))
        signatures = f"member {entry['name']} signatures"
        policy = policies.get(entry["policy"]["digest"])
        if policy is None:
            verdict.not_done(signatures, msg(
                "the report embeds no policy of the digest the statement names for it "
                "({digest}…): its signatures rest on the programme signers' check",
                digest=entry["policy"]["digest"][:16]))
            continue
        checked = verify_attestation(document, policy, now=now, source=name)
        verdict.add(signatures, checked.ok, msg(
            "its signatures meet the policy it was made under (version {version}, the one the "
            "programme statement names)", version=entry["policy"]["version"]) if checked.ok
            else checked.failed_checks())
    missing = [e["name"] for e in body.members if e["digest"] not in found]
    verdict.add("member attestations", not missing,
                msg("the report carries the attestation of each of the {count} members",
                    count=len(body.members)) if not missing else
                msg("the report does not carry the attestation of {names}",
                    names=joined(missing, ", ")))
