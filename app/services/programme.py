"""The programme operator's use-cases: drafting the programme policy (FORMAT.md §13.1).

The policy is signed as any policy is (`tijori policy sign`, `keys.sign_policy`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.attest.fileio import read_file, write_atomic
from app.attest.policy import (
    ANY_POLICY,
    MAX_WINDOW_SECONDS,
    PROGRAMME_SCHEMA,
    load_policy_envelope,
    new_policy,
    policy_digest,
)
from app.attest.programme import PinnedMember, Programme, parse_window
from app.domain.errors import InvalidInput
from app.domain.messages import msg
from app.domain.times import format_time, parse_time
from app.services.keys import read_public_key


def _utc(text: str) -> str:
    text = (text or "").strip()
    return f"{text}T00:00:00Z" if len(text) == 10 else text


def draft_programme_policy(
    *, out: str, name: str, expires: str, members: list[str], window: str,
    operators: list[str], operator_threshold: int, auditors: list[str],
    auditor_threshold: int, admins: list[str], admin_threshold: int,
    replaces: str | None = None, now: datetime | None = None,
) -> dict[str, Any]:
    """Write an unsigned programme policy pinning each member custodian's policy file
    (its digest and version, named by the policy's own name); its admins then sign it.

    InvalidInput (with its field) for a member file that is not a custodian's policy, two
    members with one name or one policy, roles that share a key, a bad window."""
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
    expiry = format_time(parse_time(_utc(expires), "expires"))
    start = format_time(now or datetime.now(UTC))
    keys: dict[str, tuple[Any, str]] = {}
    roles: dict[str, tuple[list[str], int]] = {}
    for role, paths, threshold in (("operator", operators, operator_threshold),
                                   ("auditor", auditors, auditor_threshold),
                                   ("admin", admins, admin_threshold)):
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
            "members": [m.to_dict() for m in pinned]}
