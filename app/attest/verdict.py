"""Verification as a verdict: one line per check, then one bottom line.

A verifier records every check it makes, passed or failed with its reason, and
fails closed: a check that was asked for and could not be made is a failed check.
A check that was not asked for (no leaves given, so no totals recomputed) is
recorded as not done, with why: it is never shown as passed.

Each check belongs to one of two blocks, set where the check is made (never read
back from its name or reason), as a PDF reader's signature panel keeps the
signatures apart from what the document says:

- **integrity** (`INTEGRITY`): are these the signed bytes, by the keys your policy
  trusts? Signatures, thresholds, the policy, hashes, the Merkle root, the totals
  recomputed, leaf order, chain links. One failure makes the verdict NOT VALID.
- **findings** (`FINDING`): what the signed statement says that an auditor must
  weigh: a shortfall, a partial scope, a token outside it, the age, and count
  exceptions. A finding has a severity: `ALERT` (red: a shortfall), `CAUTION` (amber:
  partial scope, no supply recorded, a finding that could not be made), `NOTE`
  (stated, nothing judged) or `CLEAR` (judged, and nothing calls for attention). A
  finding does not make the verdict NOT VALID, unless the verifier made it a
  requirement (`required`: an age beyond `--max-age`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.domain.messages import Message, joined, msg

INTEGRITY = "integrity"
FINDING = "finding"
BLOCKS = (INTEGRITY, FINDING)

#: A finding's severity, from the most pressing.
ALERT = "alert"  # red
CAUTION = "caution"  # amber
NOTE = "note"  # neutral: stated, not judged
CLEAR = "clear"  # judged, nothing to see
SEVERITIES = (ALERT, CAUTION, NOTE, CLEAR)
#: The severities that call for the auditor's attention.
ATTENTION = (ALERT, CAUTION)


@dataclass(frozen=True)
class Check:
    """One check: what was checked, whether it held, and why; and its block."""

    name: str
    #: An integrity check: it held. A finding: it is clear (NOTE or CLEAR), nothing in it
    #: calls for attention.
    passed: bool
    reason: str
    #: False for a check that was not made, and why (the reason): it does not fail the
    #: verdict, and is shown apart (amber), never as passed.
    done: bool = True
    block: str = INTEGRITY
    #: A finding's severity (one of SEVERITIES); None for an integrity check.
    severity: str | None = None
    #: A finding the verifier made a condition of its verdict (an age within --max-age).
    required: bool = False

    def __post_init__(self) -> None:
        if self.block not in BLOCKS:
            raise ValueError(f"no block {self.block!r}")
        if (self.block == FINDING) != (self.severity in SEVERITIES):
            raise ValueError(f"check {self.name!r}: a finding, and only a finding, has a "
                             "severity")

    @property
    def decides(self) -> bool:
        """Does this check decide whether the verdict is valid? Every integrity check does;
        a finding only when the verifier required it."""
        return self.block == INTEGRITY or self.required

    @property
    def state(self) -> str:
        """"not done"; of an integrity check "passed" or "failed"; of a finding its
        severity ("alert", "caution", "note", "clear")."""
        if not self.done:
            return "not done"
        if self.block == FINDING:
            return str(self.severity)
        return "passed" if self.passed else "failed"

    @property
    def attention(self) -> bool:
        """A finding that calls for the auditor's attention (red or amber), or one that
        could not be made."""
        return self.block == FINDING and (not self.done or self.severity in ATTENTION)

    def as_json(self) -> dict[str, Any]:
        return {"check": self.name, "passed": self.passed, "done": self.done,
                "reason": self.reason, "block": self.block, "severity": self.severity,
                "required": self.required}


@dataclass(frozen=True)
class Threshold:
    """How one role's threshold fared: the numbers, not a sentence to parse back.

    `signed` are the keyids whose signatures count (valid key at every time asked,
    signature verifies), in the order found; `failed` maps a keyid of the role that
    signed but does not count to why.
    """

    role: str
    threshold: int
    signed: tuple[str, ...]
    failed: tuple[tuple[str, str], ...] = ()
    label: str = ""  # what was signed: "attestation", "policy", "pinned policy"

    @property
    def met(self) -> bool:
        return self.threshold > 0 and len(self.signed) >= self.threshold

    def describe(self) -> str:
        return msg("{count} of {threshold} required {role} signature(s)",
                   count=len(self.signed), threshold=self.threshold, role=self.role)


@dataclass
class Verdict:
    """The checks made, in order; valid only if at least one integrity check was made and
    every check that decides (`Check.decides`) holds."""

    subject: str
    checks: list[Check] = field(default_factory=list)
    #: Each role threshold counted, with its numbers (`Threshold`), in order.
    thresholds: list[Threshold] = field(default_factory=list)
    #: The signed figures, read from the verified statement, for people to read first.
    figures: list[str] = field(default_factory=list)
    #: The statement those figures are of (its members), for a summary of it.
    statement: dict[str, Any] | None = None

    def add(self, name: str, passed: bool, reason: str) -> bool:
        """An integrity check."""
        self.checks.append(Check(name, bool(passed), reason))
        return bool(passed)

    def passed(self, name: str, reason: str) -> bool:
        return self.add(name, True, reason)

    def failed(self, name: str, reason: str) -> bool:
        return self.add(name, False, reason)

    def finding(self, name: str, reason: str, severity: str, *, required: bool = False
                ) -> bool:
        """A finding of `severity`; True when it is clear (NOTE or CLEAR). `required`: the
        verifier made it a condition of the verdict, which an ALERT then fails."""
        if severity not in SEVERITIES:
            raise ValueError(f"no severity {severity!r}")
        clear = severity not in ATTENTION
        self.checks.append(Check(name, clear, reason, block=FINDING, severity=severity,
                                 required=required))
        return clear

    def not_done(self, name: str, reason: str, block: str = INTEGRITY) -> None:
        """A check that was not made: `reason` says why (it does not fail the verdict). A
        finding not made is amber (CAUTION)."""
        self.checks.append(Check(name, True, reason, done=False, block=block,
                                 severity=CAUTION if block == FINDING else None))

    def failed_checks(self) -> Message:
        """"name: reason; name: reason" of every check that failed, as a message."""
        return joined(msg("{name}: {reason}", name=c.name, reason=c.reason)
                      for c in self.failures)

    def extend(self, other: Verdict) -> None:
        self.checks.extend(other.checks)
        self.thresholds.extend(other.thresholds)
        if not self.figures:  # the first statement's figures; never two sets
            self.figures = list(other.figures)
            self.statement = other.statement

    def threshold(self, role: str, label: str = "attestation") -> Threshold | None:
        """The last count of `role`'s threshold for what `label` names, if one was made."""
        return next((t for t in reversed(self.thresholds)
                     if t.role == role and t.label == label), None)

    @property
    def ok(self) -> bool:
        return any(check.done and check.block == INTEGRITY for check in self.checks) and all(
            check.passed for check in self.checks if check.decides)

    @property
    def intact(self) -> bool:
        """Every integrity check holds (and one was made): the figures are the signers',
        whatever the findings (a verdict that fails only a required finding, an age beyond
        --max-age, is intact and not valid)."""
        integrity = self.integrity
        return any(check.done for check in integrity) and all(
            check.passed for check in integrity)

    @property
    def failures(self) -> list[Check]:
        """The checks that make the verdict NOT VALID."""
        return [check for check in self.checks if check.decides and not check.passed]

    @property
    def unchecked(self) -> list[Check]:
        """The checks that were not made."""
        return [check for check in self.checks if not check.done]

    @property
    def integrity(self) -> list[Check]:
        return [check for check in self.checks if check.block == INTEGRITY]

    @property
    def findings(self) -> list[Check]:
        """The findings, the most pressing first (ALERT, CAUTION or not made, NOTE, CLEAR),
        each severity in the order made."""
        def rank(check: Check) -> int:
            return 1 if not check.done else SEVERITIES.index(str(check.severity))

        return sorted((check for check in self.checks if check.block == FINDING), key=rank)

    @property
    def attention(self) -> list[Check]:
        """The findings that call for attention (red or amber), in order."""
        return [check for check in self.checks if check.attention]

    def as_json(self) -> dict[str, Any]:
        """`checks` is every check in the order made; `integrity` and `findings` are the
        same checks by block (the findings the most pressing first); `intact`: every
        integrity check holds."""
        return {
            "subject": self.subject,
            "valid": self.ok,
            "intact": self.intact,
            "checks": [check.as_json() for check in self.checks],
            "integrity": [check.as_json() for check in self.integrity],
            "findings": [check.as_json() for check in self.findings],
            "figures": [str(line) for line in self.figures],
        }
