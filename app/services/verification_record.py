"""One verification, as an auditor reads it and files it.

`verify` runs `verifying.verify_file` and keeps with its verdict what an auditor's
record needs: the summary of the signed statement (its age at the verification), the
SHA-256 of every input file (the file, each policy, the leaves, the previous
attestation), the Tijori version and the time of the verification. The same
`Verification` is printed by `tijori verify`, shown by the GUI's Verify view, and
saved as a verification record (`save`: plain UTF-8 text, or a PDF drawn by
`app.reporting.record_pdf`).

What is printed, in order (FORMAT.md §8.3): the summary, the **Integrity** block
(each check ✓ passed, ✗ failed, ! not done, with its reason), the **Findings** block
(each finding with its severity: ALERT red, CAUTION amber, NOTE, CLEAR), then the bottom
line. Exit codes: `EXIT_VALID` (0: every integrity check holds; findings, if any, are
printed and named in the bottom line), `EXIT_NOT_VALID` (1), and `EXIT_NO_VERDICT` (3: a
PDF looked at without a trust policy).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app import __version__
from app.attest.fileio import write_atomic
from app.attest.verdict import ALERT, CAUTION, CLEAR, NOTE, Check, Verdict
from app.domain.errors import InvalidInput
from app.domain.messages import msg
from app.domain.times import format_time
from app.services import figures, verifying
from app.services.figures import Summary

__all__ = ["EXIT_NOT_VALID", "EXIT_NO_VERDICT", "EXIT_VALID", "InputFile", "Verification",
           "check_lines", "check_record_name", "finding_lines", "of_verdict", "save",
           "verify"]

EXIT_VALID, EXIT_NOT_VALID, EXIT_NO_VERDICT = 0, 1, 3

#: How a finding is marked in text, by severity (not done: CAUTION, with NOT DONE).
SEVERITY_WORDS = {ALERT: "ALERT", CAUTION: "CAUTION", NOTE: "NOTE", CLEAR: "CLEAR"}
INTEGRITY_MARKS = {"passed": "✓", "failed": "✗", "not done": "!"}
INTEGRITY_HEADING = "Integrity (signatures, hashes, the policy; any failure: NOT VALID):"
FINDINGS_HEADING = "Findings (what the signed statement says, to weigh; not integrity):"
NO_FINDINGS = "none"
#: The outcomes, for scripts (`--json` "outcome").
VALID, VALID_WITH_FINDINGS, NOT_VALID = "valid", "valid with findings", "not valid"


@dataclass(frozen=True)
class InputFile:
    """One file a verification read: what it was, where, its size and SHA-256."""

    role: str  # "file", "policy", "older policy", "pinned policy", "leaves", "previous attestation"
    path: str
    size: int
    sha256: str

    def as_json(self) -> dict[str, Any]:
        return {"role": self.role, "path": self.path, "size": self.size, "sha256": self.sha256}


def check_lines(checks: list[Check]) -> list[str]:
    """Integrity checks, one line each: ``"  ✓ name: reason"``, ``"  ! name: NOT DONE — why"``."""
    return [f"  {INTEGRITY_MARKS[c.state]} {c.name}: "
            + ("NOT DONE — " if not c.done else "") + c.reason for c in checks]


def finding_lines(checks: list[Check]) -> list[str]:
    """Findings, one line each, marked by severity: ``"  [ALERT] shortfall PKG: …"``."""
    if not checks:
        return [f"  {NO_FINDINGS}"]
    return [f"  [{SEVERITY_WORDS[c.severity or CAUTION]}] {c.name}: "
            + ("NOT DONE — " if not c.done else "") + c.reason for c in checks]


@dataclass(frozen=True)
class Verification:
    """A verdict with its summary, its inputs' digests, the tool's version and its time."""

    path: str
    verdict: Verdict
    summary: Summary | None
    inputs: tuple[InputFile, ...]
    at: datetime
    version: str = __version__

    @property
    def valid(self) -> bool:
        return self.verdict.ok

    @property
    def outcome(self) -> str:
        """VALID, VALID_WITH_FINDINGS (integrity holds; a finding calls for attention) or
        NOT_VALID."""
        if not self.valid:
            return NOT_VALID
        return VALID_WITH_FINDINGS if self.verdict.attention else VALID

    @property
    def exit_code(self) -> int:
        return EXIT_VALID if self.valid else EXIT_NOT_VALID

    def bottom_line(self) -> str:
        """``"report.pdf: VALID"``, ``"report.pdf: VALID, with 1 finding to weigh: shortfall
        PKG (alert)"`` or ``"report.pdf: NOT VALID: 2 checks failed: …"``."""
        if not self.valid:
            failed = self.verdict.failures
            if not failed:
                return f"{self.path}: NOT VALID: no check was made"
            return (f"{self.path}: NOT VALID: {len(failed)} check"
                    f"{'s' if len(failed) != 1 else ''} failed: "
                    + ", ".join(c.name for c in failed))
        weigh = self.verdict.attention
        if not weigh:
            return f"{self.path}: VALID"
        named = ", ".join(f"{c.name} ({'not done' if not c.done else c.severity})"
                          for c in weigh)
        return (f"{self.path}: VALID, with {len(weigh)} finding{'s' if len(weigh) != 1 else ''}"
                f" to weigh: {named}")

    def text_lines(self) -> list[str]:
        """What `tijori verify` prints: the summary, Integrity, Findings, the bottom line."""
        out: list[str] = []
        if self.summary is not None:
            out += figures.as_text(self.summary.lines(), self.verdict.intact)
            out.append("")
        out += [INTEGRITY_HEADING, *check_lines(self.verdict.integrity), ""]
        out += [FINDINGS_HEADING, *finding_lines(self.verdict.findings), ""]
        out.append(self.bottom_line())
        return out

    def record_head(self) -> list[str]:
        """The record's head: what was verified, when, with what, and the inputs' digests."""
        out = ["Tijori verification record", "",
               f"File verified: {self.path}",
               f"Time of verification (UTC): {format_time(self.at)}",
               f"Verified with: Tijori {self.version}",
               f"Outcome: {self.outcome.upper()}", "",
               "Files read (SHA-256):"]
        for item in self.inputs:
            out.append(f"  {item.role}: {item.path} ({item.size:,} bytes)")
            out.append(f"    sha256 {item.sha256}")
        return out

    def record_text(self) -> str:
        """The verification record as plain text (UTF-8 when written)."""
        return "\n".join([*self.record_head(), "", *self.text_lines()]) + "\n"

    def as_json(self) -> dict[str, Any]:
        return {**self.verdict.as_json(),
                "outcome": self.outcome, "bottom_line": self.bottom_line(),
                "summary": self.summary.as_json() if self.summary else None,
                "inputs": [item.as_json() for item in self.inputs],
                "verified_at": format_time(self.at),
                "tool": {"name": "Tijori", "version": self.version}}


def _files(path: str, policy_paths: Sequence[str], leaves: str | None, previous: str | None,
           pinned: str | None) -> list[tuple[str, Path]]:
    """Each input file with its role, as `verifying.read_trust` reads the policies (a folder
    of older versions is its *.json files)."""
    first, *older = policy_paths
    named = [("file", Path(path)), ("policy", Path(first))]
    for entry in older:
        folder = Path(entry)
        named += [("older policy", f) for f in (sorted(folder.glob("*.json"))
                                                if folder.is_dir() else [folder])]
    named += [(role, Path(p)) for role, p in (("pinned policy", pinned), ("leaves", leaves),
                                              ("previous attestation", previous)) if p]
    return named


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def _digest(role: str, path: Path) -> InputFile:
    try:
        with open(path, "rb") as handle:
            digest = hashlib.file_digest(handle, "sha256")
            size = os.fstat(handle.fileno()).st_size
    except OSError as exc:
        raise InvalidInput(msg("cannot read {role} {path}: {strerror}",
                               role=role, path=path, strerror=exc.strerror)) from None
    return InputFile(role, str(path), size, digest.hexdigest())


def verify(path: str, policy_paths: str | Sequence[str], *, leaves: str | None = None,
           previous: str | None = None, trusted_policy: str | None = None,
           max_age: timedelta | None = None, now: datetime | None = None,
           parallel: bool = True) -> Verification:
    """Verify `path` (see `verifying.verify_file`) and keep what a record needs.

    The files are hashed after the verification; a file whose size or modification time
    changed meanwhile is refused (InvalidInput), so the digests are of the bytes verified.
    """
    now = now or datetime.now(UTC)
    paths = [policy_paths] if isinstance(policy_paths, str) else list(policy_paths)
    if not paths:
        raise InvalidInput("give your trust policy (--policy)", "policy")
    named = _files(path, paths, leaves, previous, trusted_policy)
    before = [_stamp(p) for _, p in named]
    verdict = verifying.verify_file(path, paths, leaves=leaves, previous=previous,
                                    trusted_policy=trusted_policy, now=now, max_age=max_age,
                                    parallel=parallel)
    inputs = tuple(_digest(role, p) for role, p in named)
    for (role, p), stamp in zip(named, before, strict=True):
        if _stamp(p) != stamp:
            raise InvalidInput(msg("the {role} {p} changed while it was being verified: verify "
                                   "again", role=role, p=p))
    return Verification(str(path), verdict, figures.summary_of(verdict, now), inputs, now)


def of_verdict(subject: str, verdict: Verdict, now: datetime) -> Verification:
    """A verification of something that is not a file yet (a proof made and verified at
    once): its verdict and summary, no inputs (so no record; save the file, verify it)."""
    return Verification(subject, verdict, figures.summary_of(verdict, now), (), now)


RECORD_SUFFIXES = (".pdf", ".txt")


def check_record_name(out: str) -> str:
    """The record's kind from its name, ".pdf" or ".txt"; InvalidInput for any other."""
    suffix = Path(out).suffix.lower()
    if suffix not in RECORD_SUFFIXES:
        raise InvalidInput(msg("a verification record is a .pdf or a .txt file, not {out}",
                               out=out),
                           "record")
    return suffix


def save(verification: Verification, out: str, *, overwrite: bool = False) -> str:
    """Write the verification record to `out`: a PDF for a name ending .pdf, plain UTF-8
    text for .txt (InvalidInput otherwise, or when `out` exists and not `overwrite`);
    returns the path written."""
    if check_record_name(out) == ".pdf":
        from app.reporting import record_pdf  # reportlab only when a PDF is asked for

        data = record_pdf.render(_document(verification))
    else:
        data = verification.record_text().encode("utf-8")
    write_atomic(Path(out), data, mode=0o644, overwrite=overwrite)
    return out


def _document(verification: Verification) -> Any:
    """The record as `record_pdf` draws it: plain data, each line with its mark."""
    from app.reporting.record_pdf import Line, RecordDocument, Section

    summary: list[Line] = []
    if verification.summary is not None:
        summary = [Line(str(line), alert=figures.is_alert(line),
                        heading=figures.is_heading(line), level=figures.level(line))
                   for line in verification.summary.lines()]
    verdict = verification.verdict
    integrity = [Line(c.reason, mark=c.state, name=c.name) for c in verdict.integrity]
    findings = [Line(c.reason, mark=c.state, name=c.name)
                for c in verdict.findings] or [Line("No findings.")]
    files = [Line(f"{item.role}: {item.path} ({item.size:,} bytes)", digest=item.sha256)
             for item in verification.inputs]
    heading = figures.heading(verification.verdict.intact).rstrip(":")
    return RecordDocument(
        title="Tijori verification record",
        facts=[("File verified", verification.path),
               ("Time of verification (UTC)", format_time(verification.at)),
               ("Verified with", f"Tijori {verification.version}"),
               ("Outcome", verification.outcome.upper())],
        bottom_line=verification.bottom_line(),
        outcome=verification.outcome,
        sections=[Section("Files read (SHA-256)", files),
                  *([Section(heading, summary)] if summary else []),
                  Section(INTEGRITY_HEADING.rstrip(":"), integrity),
                  Section(FINDINGS_HEADING.rstrip(":"), findings)])
