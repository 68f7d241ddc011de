"""A PDF report's first look: what can be checked before any trust policy is chosen.

A report's verdict needs the auditor's own trust policy (the copy the report embeds is
never trusted by itself). Before it is chosen, the PDF can still be looked at on its
own, as a PDF reader's signature panel does: is there one PAdES signature, is it
intact, does it cover the whole file, what files does it carry; who signed it (the
certificate's keyid and its words, not yet trusted); and which policy the report
embeds, shown by its digest's fingerprint words, so that the auditor can compare them
with the words of the policy they know before choosing theirs.

Nothing here is a verdict: `FirstLook` has no "valid". `tijori verify report.pdf`
without `--policy` prints it and exits 3 (no verdict); the GUI's Verify view shows it
as soon as a PDF is opened.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.attest import programme_statement, statement
from app.attest.certs import certificate_public_key, certificate_subject
from app.attest.dsse import Envelope
from app.attest.fileio import read_file
from app.attest.keys import digest_words
from app.attest.policy import ANY_POLICY, load_policy_envelope, policy_digest
from app.attest.verdict import Check
from app.domain.errors import InvalidInput
from app.domain.messages import msg
from app.reporting import pdf_verify

__all__ = ["EmbeddedPolicy", "FirstLook", "Signer", "first_look", "is_pdf", "look"]

#: The PDF's own checks a first look shows (whether its signer is trusted needs a policy).
CHECKS = (pdf_verify.CHECK_PRESENT, pdf_verify.CHECK_INTACT, pdf_verify.CHECK_COVERAGE,
          pdf_verify.CHECK_ATTACHMENTS)
NO_VERDICT = ("No verdict yet: a report is judged only against the trust policy you hold. "
              "Compare the embedded policy's words with yours, then verify with your own "
              "policy; the copy inside the report is never trusted by itself.")


@dataclass(frozen=True)
class Signer:
    """Who signed the PDF, as its certificate says (not trusted: the policy decides)."""

    subject: str
    keyid: str
    words: tuple[str, ...]
    #: Whether the embedded policy lists this key as a report signer (None: no policy read).
    listed: bool | None

    def as_json(self) -> dict[str, Any]:
        return {"subject": self.subject, "keyid": self.keyid, "words": list(self.words),
                "listed_in_embedded_policy": self.listed}


@dataclass(frozen=True)
class EmbeddedPolicy:
    """The policy a report embeds, read (its signatures are not checked: it is not trusted)."""

    name: str
    version: int
    digest: str
    words: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "version": self.version, "digest": self.digest,
                "words": list(self.words)}


@dataclass(frozen=True)
class FirstLook:
    """What a PDF report shows of itself before a trust policy is chosen."""

    path: str
    size: int
    sha256: str
    checks: tuple[Check, ...]
    signer: Signer | None
    policy: EmbeddedPolicy | None
    #: Why the embedded policy cannot be shown ("" when it can).
    policy_problem: str
    #: The policy the embedded statement names (version 2): (version, digest), else None.
    named: tuple[int, str] | None

    @property
    def intact(self) -> bool:
        """Every check of the PDF itself holds (which says nothing of whom to trust)."""
        return all(check.passed for check in self.checks)

    def lines(self) -> list[str]:
        """The first look as a terminal (and a verification record) prints it."""
        name = Path(self.path).name
        out = [f"First look at {name}, before any trust policy:",
               f"  SHA-256 of the file: {self.sha256} ({self.size:,} bytes)"]
        out += [f"  {'✓' if c.passed else '✗'} {c.name}: {c.reason}" for c in self.checks]
        if self.signer is not None:
            out.append(f"  Signed by {self.signer.subject}, keyid {self.signer.keyid}")
            out.append(f"    words: {' '.join(self.signer.words)} (not yet trusted: your "
                       "policy decides)")
        if self.policy is not None:
            out.append(f"  Embedded policy: {self.policy.name}, version {self.policy.version}, "
                       f"digest {self.policy.digest}")
            out.append("    words to compare with the policy you hold: "
                       + " ".join(self.policy.words))
            if self.signer is not None and self.signer.listed is not None:
                out.append("    it lists the PDF's signer as a report signer"
                           if self.signer.listed
                           else "    it does NOT list the PDF's signer as a report signer")
        else:
            out.append(f"  Embedded policy: {self.policy_problem}")
        if self.named is not None:
            version, digest = self.named
            if self.policy is not None and digest == self.policy.digest:
                out.append(f"  The attestation names this policy (version {version}).")
            else:
                out.append(f"  The attestation names policy version {version}, digest {digest}"
                           f"; words: {' '.join(digest_words(digest))}")
        return out

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.path, "size": self.size, "sha256": self.sha256,
            "intact": self.intact, "checks": [c.as_json() for c in self.checks],
            "signer": self.signer.as_json() if self.signer else None,
            "embedded_policy": self.policy.as_json() if self.policy else None,
            "embedded_policy_problem": self.policy_problem or None,
            "named_policy": ({"version": self.named[0], "digest": self.named[1]}
                             if self.named else None),
            "verdict": None, "note": NO_VERDICT,
        }


def is_pdf(path: str) -> bool:
    """Does the file at `path` begin as a PDF does? False when it cannot be read."""
    try:
        with open(path, "rb") as handle:
            return handle.read(5) == b"%PDF-"
    except OSError:
        return False


def _policy(data: bytes | None) -> tuple[EmbeddedPolicy | None, set[str] | None, str]:
    """The embedded policy, the keyids of its report signers, and why it cannot be read."""
    if data is None:
        return None, None, "the report embeds no policy.json"
    try:
        # a programme's report embeds the programme's policy (`programme_report`)
        envelope, policy = load_policy_envelope(data, "the embedded policy", ANY_POLICY)
    except InvalidInput as exc:
        return None, None, f"it cannot be read: {exc}"
    digest = policy_digest(envelope)
    role = policy.roles.get("report-signer")
    return (EmbeddedPolicy(policy.name, policy.version, digest, tuple(digest_words(digest))),
            set(role.keyids) if role else set(), "")


def _named(data: bytes | None) -> tuple[int, str] | None:
    """The policy (version, digest) that the embedded attestation's statement names."""
    if data is None:
        return None
    try:
        envelope = Envelope.loads(data)
        if programme_statement.is_programme_type(envelope.payload_type):
            named = programme_statement.ProgrammeStatement.from_payload(envelope.payload).policy
            return named["version"], named["digest"]
        body = statement.parse_statement(envelope.payload)
    except InvalidInput:
        return None  # the verdict, once a policy is chosen, says why
    named = body.get("policy")
    return (named["version"], named["digest"]) if isinstance(named, dict) else None


def look(data: bytes, source: str = "report") -> FirstLook:
    """The first look at a PDF report's bytes."""
    verdict, attachments = pdf_verify.verify_signed_pdf(data, trusted_keyids=set(),
                                                        source=source)
    checks = tuple(c for c in verdict.checks if c.name in CHECKS)
    policy, report_signers, problem = _policy(
        attachments.get(pdf_verify.ATTACHMENT_NAMES["policy"]))
    signer = None
    certificate = pdf_verify.signer_certificate(data)
    if certificate is not None:
        try:
            keyid = certificate_public_key(certificate).keyid
            signer = Signer(certificate_subject(certificate), keyid, tuple(digest_words(keyid)),
                            None if report_signers is None else keyid in report_signers)
        except (InvalidInput, ValueError):
            signer = None  # the intact check names what is wrong with it
    return FirstLook(source, len(data), hashlib.sha256(data).hexdigest(), checks, signer,
                     policy, problem,
                     _named(attachments.get(pdf_verify.ATTACHMENT_NAMES["envelope"])))


def first_look(path: str) -> FirstLook:
    """The first look at the PDF report at `path`; InvalidInput for any other file."""
    data = read_file(path, "file")
    if not data.startswith(b"%PDF-"):
        raise InvalidInput(msg("give your trust policy (--policy) to verify {path}: only a PDF "
                               "report can be looked at without one", path=path), "policy")
    return look(data, str(path))
