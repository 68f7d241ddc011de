"""The programme operator's use-cases: drafting the programme policy (FORMAT.md §13.1).

The policy is signed as any policy is (`tijori policy sign`, `keys.sign_policy`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.attest import statement
from app.attest.dsse import Envelope
from app.attest.fileio import read_file, write_atomic
from app.attest.policy import (
    ANY_POLICY,
    MAX_WINDOW_SECONDS,
    PROGRAMME_SCHEMA,
    load_policy_envelope,
    new_policy,
    policy_digest,
    verify_policy,
)
from app.attest.programme import PinnedMember, Programme, parse_window
from app.attest.verdict import Verdict
from app.domain.errors import CheckFailed, InvalidInput
from app.domain.messages import msg
from app.domain.progress import QUIET, Task
from app.domain.times import format_time, parse_date_or_time, parse_time
from app.services.keys import read_public_key
from app.services.programme_check import CheckResult, Member, check_collisions
from app.services.verifying import verify_attestation


def draft_programme_policy(
    *, out: str, name: str, expires: str, members: list[str], window: str,
    operators: list[str], operator_threshold: int, auditors: list[str],
    auditor_threshold: int, admins: list[str], admin_threshold: int,
    report_signers: list[str] | None = None, report_signer_threshold: int | None = None,
    replaces: str | None = None, now: datetime | None = None,
) -> dict[str, Any]:
    """Write an unsigned programme policy pinning each member custodian's policy file
    (its digest and version, named by the policy's own name); its admins then sign it.
    With `report_signers` (P-256 public key files) and their threshold, the policy has
    the optional report-signer role, whose keys sign the programme's PDF reports.

    InvalidInput (with its field) for a member file that is not a custodian's policy, two
    members with one name or one policy, roles that share a key, a bad window, report
    signers without their threshold or a threshold without report signers."""
    if bool(report_signers) != (report_signer_threshold is not None):
        raise InvalidInput("--report-signer and --report-signer-threshold go together: give "
                           "both, or neither", "report_signer")
    seconds = parse_window(window)
    if seconds > MAX_WINDOW_SECONDS:
        raise InvalidInput(msg("a window of {window} is longer than 31 days", window=window),
                           "window")
    pinned = []
    for path in members:
        envelope, policy = load_policy_envelope(read_file(path, "member policy"), str(path))
        pinned.append(PinnedMember(policy.name, policy_digest(envelope), policy.version))
    previous, version = None, 1
    if replaces:
        old_envelope, old = load_policy_envelope(read_file(replaces, "replaced policy"),
                                                 str(replaces), ANY_POLICY)
        Programme.of(old)
        previous, version = {"digest": policy_digest(old_envelope), "version": old.version}, \
            old.version + 1
    expiry = format_time(parse_date_or_time(expires, "expires"))
    start = format_time(now or datetime.now(UTC))
    keys: dict[str, tuple[Any, str]] = {}
    roles: dict[str, tuple[list[str], int]] = {}
    groups = [("operator", operators, operator_threshold),
              ("auditor", auditors, auditor_threshold), ("admin", admins, admin_threshold)]
    if report_signers and report_signer_threshold is not None:
        groups.append(("report-signer", report_signers, report_signer_threshold))
    for role, paths, threshold in groups:
        ids = []
        for path in paths:
            key_name, public = read_public_key(path)
            keys[public.keyid] = (public, key_name)
            ids.append(public.keyid)
        roles[role] = (ids, threshold)
    try:
        policy = new_policy(name=name, expires=expiry, version=version, roles=roles,
                            keys=[(p, n, start, expiry) for p, n in keys.values()],
                            previous=previous, schema=PROGRAMME_SCHEMA,
                            extra={"members": [m.to_dict() for m in pinned],
                                   "window_seconds": seconds})
    except InvalidInput as exc:
        raise InvalidInput(exc.message, exc.field or "members") from None
    write_atomic(Path(out), policy.envelope().dumps(), mode=0o644)
    return {"name": name, "version": version, "expires": expiry,
            "digest": policy_digest(policy.envelope()), "window_seconds": seconds,
            "members": [m.to_dict() for m in pinned],
            "report_signers": len(roles.get("report-signer", ((), 0))[0])}


# -- checking the members ------------------------------------------------------------------


@dataclass(frozen=True)
class MemberFiles:
    """A member custodian's attestation and its leaves, as the operator received them."""

    attestation: str
    leaves: str


@dataclass(frozen=True)
class MemberCheck:
    """One member's attestation checked: under which pinned member, and what held."""

    name: str
    attestation: str
    attestation_id: str | None
    as_of: str | None
    policy_version: int | None
    verdict: Verdict
    within_window: bool | None  # None when the as-of could not be read

    @property
    def ok(self) -> bool:
        return self.verdict.ok and self.within_window is True

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "attestation": self.attestation,
                "attestation_id": self.attestation_id, "as_of": self.as_of,
                "policy_version": self.policy_version, "verified": self.verdict.ok,
                "failures": [{"check": c.name, "reason": str(c.reason)}
                             for c in self.verdict.failures],
                "within_window": self.within_window, "ok": self.ok}


@dataclass(frozen=True)
class ProgrammeCheck:
    """The programme's members verified, their dates within the window, none missing, and
    no holding counted twice (FORMAT.md §13)."""

    programme: str
    programme_version: int
    programme_digest: str
    as_of: str
    window_seconds: int
    members: tuple[MemberCheck, ...]
    missing: tuple[str, ...]
    collisions: CheckResult | None  # None when a member's leaves could not be checked

    @property
    def ok(self) -> bool:
        return (all(m.ok for m in self.members) and not self.missing
                and self.collisions is not None and self.collisions.ok)

    def to_dict(self) -> dict[str, Any]:
        return {"programme": self.programme, "version": self.programme_version,
                "digest": self.programme_digest, "as_of": self.as_of,
                "window_seconds": self.window_seconds,
                "members": [m.to_dict() for m in self.members], "missing": list(self.missing),
                "collisions": self.collisions.to_dict() if self.collisions else None,
                "ok": self.ok}


def _programme(path: str, now: datetime) -> tuple[Programme, str]:
    """The programme policy at `path`, holding now; CheckFailed with why when it does not."""
    envelope = Envelope.loads(read_file(path, "programme policy"), source=str(path))
    policy, verdict = verify_policy(envelope, now=now, source=str(path), schemas=ANY_POLICY)
    if policy is None or not verdict.ok:
        raise CheckFailed(msg("the programme policy {path} does not hold: {failures}",
                              path=path, failures=verdict.failed_checks()))
    return Programme.of(policy), policy_digest(envelope)


def _member_policies(paths: Sequence[str]) -> dict[str, tuple[bytes, Any]]:
    """The member custodians' policy files given, by digest."""
    found: dict[str, tuple[bytes, Any]] = {}
    for path in paths:
        data = read_file(path, "member policy")
        envelope, policy = load_policy_envelope(data, str(path))
        found[policy_digest(envelope)] = (data, policy)
    return found


def trust_for(pinned: PinnedMember, digest: str, policies: dict[str, tuple[bytes, Any]],
               now: datetime) -> tuple[bytes | None, Any]:
    """The policy an attestation was made under (`digest`), if the programme may trust it:
    the pinned version itself, or a successor reached from it version by version through
    the files given, each signed as a rotation (FORMAT.md §3). (None, why) otherwise."""
    if digest not in policies:
        return None, msg("the policy it names ({digest}…) is not among the member policies "
                         "given (--policy)", digest=digest[:16])
    if digest == pinned.policy_digest:
        return policies[digest][0], None
    if pinned.policy_digest not in policies:
        return None, msg("it was made under version {version} of its policy, and the version "
                         "the programme pins (v{pinned}) is not given to follow the rotation",
                         version=policies[digest][1].version, pinned=pinned.policy_version)
    by_version = {p.version: (d, data, p) for d, (data, p) in policies.items()
                  if p.name == pinned.name}
    current_data = policies[pinned.policy_digest][0]
    current = policies[pinned.policy_digest][1]
    while True:
        step = by_version.get(current.version + 1)
        if step is None:
            return None, msg("no signed rotation from the pinned version {version} of its "
                             "policy leads to the one it names", version=pinned.policy_version)
        envelope = Envelope.loads(step[1], source="member policy")
        _, verdict = verify_policy(envelope, now=now, trusted=current, source="member policy")
        if not verdict.ok:
            return None, msg("version {version} of its policy is no valid successor: "
                             "{failures}", version=step[2].version,
                             failures=verdict.failed_checks())
        current_data, current = step[1], step[2]
        if step[0] == digest:
            return current_data, None


def check_programme(programme_path: str, members: Sequence[MemberFiles],
                    policy_paths: Sequence[str], *, as_of: str | None = None,
                    now: datetime | None = None, task: Task = QUIET) -> ProgrammeCheck:
    """Every check the operator makes before a programme statement, and the auditor
    again from the same files: the programme policy holds; each member's attestation
    verifies with its leaves under the policy the programme pins for it (or a signed
    successor); their as-of times lie within the window of the programme's as-of (by
    default the latest of them); every pinned member is given, none twice; and no
    holding is counted twice (`programme_check`)."""
    now = now or datetime.now(UTC)
    programme, digest = _programme(programme_path, now)
    policies = _member_policies(policy_paths)
    read: list[tuple[MemberFiles, bytes, dict[str, Any] | None, str | None]] = []
    for files in members:
        data = read_file(files.attestation, "attestation")
        try:
            body = statement.parse_statement(Envelope.loads(data, source=files.attestation).payload)
            read.append((files, data, body, None))
        except InvalidInput as exc:
            read.append((files, data, None, str(exc)))
    times = [parse_time(body["as_of"], "as-of") for _, _, body, _ in read if body]
    moment = parse_time(as_of, "programme as-of") if as_of else (max(times) if times else now)
    window = timedelta(seconds=programme.window_seconds)
    checks: list[MemberCheck] = []
    seen: dict[str, str] = {}
    for number, (files, data, body, problem) in enumerate(read):
        task.check(msg("the programme check"))
        task.progress(number, len(read) + 1)
        checks.append(_member_check(programme, policies, files, data, body, problem, moment,
                                    window, now, seen))
    missing = tuple(m.name for m in programme.members if m.name not in seen)
    collisions = None
    if all(c.verdict.ok for c in checks):  # only over leaves just verified against roots
        collisions = check_collisions(
            [Member(c.name, f.leaves) for c, f in zip(checks, members, strict=True)], task)
    task.progress(len(read) + 1, len(read) + 1)
    return ProgrammeCheck(programme.policy.name, programme.policy.version, digest,
                          format_time(moment), programme.window_seconds, tuple(checks),
                          missing, collisions)


def _member_check(programme: Programme, policies: dict[str, tuple[bytes, Any]],
                  files: MemberFiles, data: bytes, body: dict[str, Any] | None,
                  problem: str | None, moment: datetime, window: timedelta,
                  now: datetime, seen: dict[str, str]) -> MemberCheck:
    verdict = Verdict(files.attestation)
    if body is None:
        verdict.failed("statement", problem or "unreadable")
        return MemberCheck(files.attestation, files.attestation, None, None, None, verdict,
                           None)
    named = (body.get("policy") or {}).get("digest")
    policy = policies.get(named, (None, None))[1]
    pinned = programme.member(policy.name) if policy is not None else None
    name = pinned.name if pinned else (policy.name if policy else files.attestation)
    if policy is None:
        verdict.failed("member policy", msg("the policy it names ({digest}…) is not among the "
                                            "member policies given (--policy)",
                                            digest=str(named)[:16]))
    elif pinned is None:
        verdict.failed("member", msg("its policy ({digest}…) is not that of a member the "
                                     "programme pins", digest=str(named)[:16]))
    elif name in seen:
        verdict.failed("member", msg("{name} is given twice ({first} and {second})",
                                     name=name, first=seen[name], second=files.attestation))
    else:
        seen[name] = files.attestation
        trusted, why = trust_for(pinned, named, policies, now)
        if trusted is None:
            verdict.failed("member policy", why)
        else:
            verdict = verify_attestation(data, trusted,
                                         leaves=read_file(files.leaves, "leaves file"),
                                         now=now, source=files.attestation)
    as_of = parse_time(body["as_of"], "as-of")
    return MemberCheck(name, files.attestation, body.get("attestation_id"), body["as_of"],
                       policy.version if policy is not None else None, verdict,
                       abs(as_of - moment) <= window)
