"""Verification as a verdict: one line per check, then one bottom line.

A verifier records every check it makes, passed or failed with its reason, and
fails closed: a check that was asked for and could not be made is a failed check.
A check that was not asked for (no leaves given, so no totals recomputed) is
recorded as not done, with why: it is never shown as passed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Check:
    """One check: what was checked, whether it held, and why."""

    name: str
    passed: bool
    reason: str
    #: False for a check that was not made, and why (the reason): it does not fail the
    #: verdict, and is shown apart (amber), never as passed.
    done: bool = True

    @property
    def state(self) -> str:
        """"passed", "failed" or "not done"."""
        return "not done" if not self.done else "passed" if self.passed else "failed"

    def as_json(self) -> dict[str, Any]:
        return {"check": self.name, "passed": self.passed, "done": self.done,
                "reason": self.reason}


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
        return f"{len(self.signed)} of {self.threshold} required {self.role} signature(s)"


@dataclass
class Verdict:
    """The checks made, in order; valid only if there is at least one and all passed."""

    subject: str
    checks: list[Check] = field(default_factory=list)
    #: Each role threshold counted, with its numbers (`Threshold`), in order.
    thresholds: list[Threshold] = field(default_factory=list)
    #: The signed figures, read from the verified statement, for people to read first.
    figures: list[str] = field(default_factory=list)

    def add(self, name: str, passed: bool, reason: str) -> bool:
        self.checks.append(Check(name, bool(passed), reason))
        return bool(passed)

    def passed(self, name: str, reason: str) -> bool:
        return self.add(name, True, reason)

    def failed(self, name: str, reason: str) -> bool:
        return self.add(name, False, reason)

    def not_done(self, name: str, reason: str) -> None:
        """A check that was not made: `reason` says why (it does not fail the verdict)."""
        self.checks.append(Check(name, True, reason, done=False))

    def extend(self, other: Verdict) -> None:
        self.checks.extend(other.checks)
        self.thresholds.extend(other.thresholds)
        if not self.figures:  # the first statement's figures; never two sets
            self.figures = list(other.figures)

    def threshold(self, role: str, label: str = "attestation") -> Threshold | None:
        """The last count of `role`'s threshold for what `label` names, if one was made."""
        return next((t for t in reversed(self.thresholds)
                     if t.role == role and t.label == label), None)

    @property
    def ok(self) -> bool:
        return any(check.done for check in self.checks) and all(
            check.passed for check in self.checks)

    @property
    def failures(self) -> list[Check]:
        return [check for check in self.checks if not check.passed]

    @property
    def unchecked(self) -> list[Check]:
        """The checks that were not made."""
        return [check for check in self.checks if not check.done]

    def as_json(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "valid": self.ok,
            "checks": [check.as_json() for check in self.checks],
            "figures": [str(line) for line in self.figures],
        }
