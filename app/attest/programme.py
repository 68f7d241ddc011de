"""A programme over many custodians: its policy's members and window (FORMAT.md §13.1).

A programme policy is a trust policy (`app.attest.policy`, schema PROGRAMME_SCHEMA) whose
roles are the programme's `operator`, its independent `auditor` and its `admin` (and,
optionally, the `report-signer`s whose keys sign its PDF reports), and which
pins each member custodian by the digest and version of that custodian's own policy. It
also states the window within which the members' attestations must all be dated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app.attest.policy import PROGRAMME_SCHEMA, Policy
from app.domain.errors import InvalidInput
from app.domain.messages import msg

_WINDOW = re.compile(r"([1-9][0-9]*)\s*([smhd])")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True)
class PinnedMember:
    """A member custodian as the programme policy pins it."""

    name: str
    policy_digest: str
    policy_version: int

    @classmethod
    def from_dict(cls, obj: dict[str, Any]) -> PinnedMember:
        return cls(obj["name"], obj["policy"]["digest"], obj["policy"]["version"])

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name,
                "policy": {"digest": self.policy_digest, "version": self.policy_version}}


@dataclass(frozen=True)
class Programme:
    """A programme policy's members and window, read from a policy already checked."""

    policy: Policy
    members: tuple[PinnedMember, ...]
    window_seconds: int

    @classmethod
    def of(cls, policy: Policy) -> Programme:
        if policy.schema != PROGRAMME_SCHEMA:
            raise InvalidInput("this is a custodian's policy, not a programme's", "policy")
        return cls(policy, tuple(PinnedMember.from_dict(m) for m in policy.extra["members"]),
                   policy.extra["window_seconds"])

    def member(self, name: str) -> PinnedMember | None:
        return next((m for m in self.members if m.name == name), None)


def parse_window(text: str) -> int:
    """`24h`, `90m`, `2d` or `3600s` as seconds."""
    found = _WINDOW.fullmatch(str(text).strip().lower())
    if found is None:
        raise InvalidInput(msg("{text!r} is not a window such as 24h, 90m or 2d", text=text),
                           "window")
    return int(found[1]) * _UNIT_SECONDS[found[2]]
