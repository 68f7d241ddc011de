"""Verification as a verdict: one line per check, then one bottom line.

A verifier records every check it makes, passed or failed with its reason, and
fails closed: a check it could not make is a failed check, never a skipped one.
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

    def as_json(self) -> dict[str, Any]:
        return {"check": self.name, "passed": self.passed, "reason": self.reason}


@dataclass
class Verdict:
    """The checks made, in order; valid only if there is at least one and all passed."""

    subject: str
    checks: list[Check] = field(default_factory=list)

    def add(self, name: str, passed: bool, reason: str) -> bool:
        self.checks.append(Check(name, bool(passed), reason))
        return bool(passed)

    def passed(self, name: str, reason: str) -> bool:
        return self.add(name, True, reason)

    def failed(self, name: str, reason: str) -> bool:
        return self.add(name, False, reason)

    def extend(self, other: Verdict) -> None:
        self.checks.extend(other.checks)

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(check.passed for check in self.checks)

    @property
    def failures(self) -> list[Check]:
        return [check for check in self.checks if not check.passed]

    def as_json(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "valid": self.ok,
            "checks": [check.as_json() for check in self.checks],
        }
