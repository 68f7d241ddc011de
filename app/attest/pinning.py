"""The signer's own copy of the policy it trusts.

Remembering only the path of a policy file would let anyone who replaces that
file (a threshold lowered, a key added) silently change what the signer trusts.
So the signer keeps its own copy, ``pinned-policy.json`` in its data folder
(`app.attest.datadir`), owner-only and written atomically: the policy envelope
as canonical JSON. Its digest (FORMAT.md §3: SHA-256 of the payload) is what
signing requests name and what people compare, read aloud as words.

A policy given later is accepted only if it is the pinned one, or a valid signed
successor of it (`verify_policy` with the pinned policy trusted: version + 1,
signed by the threshold of the pinned version's admins, valid on its own). A
successor is shown as a list of changes and pinned only once the caller has
asked (`PinnedPolicy.pin`). The very first policy is pinned on first use, if it
holds on its own, and its digest words are shown to be compared with the
administrators' (trust on first use).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from app.attest.dsse import Envelope
from app.attest.fileio import read_bounded, write_atomic
from app.attest.keys import digest_words
from app.attest.policy import (
    ANY_POLICY,
    ROLES,
    Policy,
    load_policy_envelope,
    policy_digest,
    verify_policy,
)
from app.attest.verdict import Verdict
from app.domain.errors import InvalidInput
from app.domain.messages import joined, msg

FILE_NAME = "pinned-policy.json"
#: A policy lists a handful of keys; a file far larger than any policy is not one.
_MAX_POLICY_BYTES = 16 * 1024 * 1024


class PinnedPolicy:
    """The pinned policy under `folder` (the signer's data folder)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.path = self.folder / FILE_NAME

    def load(self) -> tuple[Envelope, Policy] | None:
        """The pinned envelope and policy, or None when nothing is pinned.

        A file that is there but does not read as a policy envelope is an InvalidInput
        naming it, never "nothing pinned": that would let a damaged or tampered file
        make the next policy given a first pin.
        """
        source = f"the pinned policy {self.path}"
        try:
            data = read_bounded(self.path, _MAX_POLICY_BYTES, "the pinned policy")
            if data is None:
                return None
            return load_policy_envelope(data, source, ANY_POLICY)
        except InvalidInput as exc:
            raise InvalidInput(msg("{message}. Restore it from a backup: until then this signer "
                                   "trusts no policy", message=exc.message)) from None

    def digest(self) -> str | None:
        """The pinned policy's digest (SHA-256 of its payload), or None."""
        held = self.load()
        return None if held is None else policy_digest(held[0])

    def pin(self, data: bytes, *, replaces: str | None = None) -> str:
        """Pin the policy envelope `data`; returns its digest.

        This stores what it is given once it parses as a policy envelope: whether it
        may be pinned is `resolve`'s question. With `replaces`, the pin happens only if
        the digest pinned now is still `replaces` (nothing changed since it was shown).
        """
        envelope, _ = load_policy_envelope(bytes(data), "the policy to pin", ANY_POLICY)
        if replaces is not None and self.digest() != replaces:
            raise InvalidInput("the pinned policy changed since it was shown; nothing was "
                               "pinned")
        from app.attest.datadir import private_folder

        private_folder(self.folder)
        write_atomic(self.path, envelope.dumps(), mode=0o600, overwrite=True)
        return policy_digest(envelope)


def successor_verdict(pinned: Policy, candidate_data: bytes, now: datetime,
                      source: str = "policy") -> tuple[Policy | None, Verdict]:
    """Is `candidate_data` a valid signed successor of `pinned` at `now`?

    Valid on its own (its admins' threshold, not expired, roles held by separate keys),
    version exactly `pinned.version` + 1, and signed by the threshold of the pinned
    version's admins: `verify_policy` with the pinned policy trusted.
    """
    try:
        envelope = Envelope.loads(bytes(candidate_data), source=source)
    except InvalidInput as exc:
        verdict = Verdict(source)
        verdict.failed("policy format", exc.message)
        return None, verdict
    return verify_policy(envelope, now=now, trusted=pinned, source=source,
                         schemas=ANY_POLICY)


# -- what changes ------------------------------------------------------------------------


def _key(policy: Policy, keyid: str) -> str:
    name = policy.keys[keyid].name
    return f"{name} ({keyid[:16]})" if name else f"key {keyid[:16]}"


def _roles(policy: Policy, keyid: str) -> str:
    held = policy.roles_of(keyid)
    ordered = [role for role in ROLES if role in held] + sorted(set(held) - set(ROLES))
    return ", ".join(ordered) if ordered else "no role"


def policy_changes(old: Policy, new: Policy) -> list[str]:
    """What changes from `old` to `new`, one sentence each, in a fixed order.

    Version, expiry and name; roles added or removed and thresholds changed; keys
    removed, then added (name, first 16 hex digits of the keyid, roles); keys that
    stay but change roles, validity or name; other members.
    """
    out: list[str] = []
    if old.version != new.version:
        out.append(f"version {old.version} → {new.version}")
    if old.expires != new.expires:
        out.append(f"expiry {old.expires} → {new.expires}")
    if old.name != new.name:
        out.append(f"name {old.name!r} → {new.name!r}")
    roles = [r for r in ROLES if r in old.roles or r in new.roles]
    roles += sorted((set(old.roles) | set(new.roles)) - set(ROLES))
    for role in roles:
        before, after = old.roles.get(role), new.roles.get(role)
        if before is None and after is not None:
            out.append(f"role {role} added: threshold {after.threshold} of "
                       f"{len(after.keyids)} key(s)")
        elif after is None and before is not None:
            out.append(f"role {role} removed (it had threshold {before.threshold})")
        elif before is not None and after is not None and before.threshold != after.threshold:
            out.append(f"{role} threshold {before.threshold} → {after.threshold}")

    def order(policy: Policy, keyids: set[str]) -> list[str]:
        return sorted(keyids, key=lambda k: (policy.keys[k].name, k))

    for keyid in order(old, set(old.keys) - set(new.keys)):
        out.append(f"key removed: {_key(old, keyid)}, {_roles(old, keyid)}")
    for keyid in order(new, set(new.keys) - set(old.keys)):
        entry = new.keys[keyid]
        out.append(f"key added: {_key(new, keyid)}, {_roles(new, keyid)}, valid from "
                   f"{entry.valid_from} until {entry.valid_until}")
    kept = order(new, set(old.keys) & set(new.keys))
    for keyid in kept:
        was, now = _roles(old, keyid), _roles(new, keyid)
        if was != now:
            out.append(f"key {_key(new, keyid)} was {was}, is now {now}")
    for keyid in kept:
        before, after = old.keys[keyid], new.keys[keyid]
        if (before.valid_from, before.valid_until) != (after.valid_from, after.valid_until):
            out.append(f"key {_key(new, keyid)} valid from {before.valid_from} until "
                       f"{before.valid_until} → from {after.valid_from} until "
                       f"{after.valid_until}")
    for keyid in kept:
        if old.keys[keyid].name != new.keys[keyid].name:
            out.append(f"key {keyid[:16]} renamed {old.keys[keyid].name!r} → "
                       f"{new.keys[keyid].name!r}")
    for member in sorted(set(old.extra) | set(new.extra)):
        if member not in new.extra:
            out.append(f"member {member} removed")
        elif member not in old.extra:
            out.append(f"member {member} added")
        elif old.extra[member] != new.extra[member]:
            out.append(f"member {member} changed")
    return out


# -- the decision ------------------------------------------------------------------------

Outcome = Literal["first_pin", "same", "successor", "refused"]


@dataclass(frozen=True)
class Resolution:
    """Which policy a signer works under, and how it came to be.

    - ``first_pin``: nothing was pinned; the given policy holds on its own and is now
      pinned. Show `digest` and `words` for comparing with the administrators'.
    - ``same``: the given policy is the pinned one (or none was given), and it holds.
    - ``successor``: the given policy is a valid signed successor of the pinned one;
      show `changes`, ask, and only then ``store.pin(data, replaces=pinned_digest)``.
    - ``refused``: `reasons` say why; nothing was pinned.

    `digest` and `words` are those of the policy the outcome is about (the given one,
    or the pinned one for ``same``); `pinned_digest` is what was pinned before.
    """

    outcome: Outcome
    digest: str | None = None
    words: tuple[str, ...] = ()
    policy: Policy | None = None
    envelope: Envelope | None = None
    data: bytes | None = None
    pinned_digest: str | None = None
    changes: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    verdict: Verdict | None = None

    @property
    def ok(self) -> bool:
        return self.outcome != "refused"


def _refused(reasons: list[str], *, pinned_digest: str | None = None,
             verdict: Verdict | None = None, digest: str | None = None) -> Resolution:
    return Resolution("refused", digest=digest,
                      words=tuple(digest_words(digest)) if digest else (),
                      pinned_digest=pinned_digest, reasons=tuple(reasons), verdict=verdict)


def _reasons(verdict: Verdict) -> list[str]:
    return [f"{check.name}: {check.reason}" for check in verdict.failures]


def resolve(store: PinnedPolicy, given: bytes | None, now: datetime,
            source: str = "policy") -> Resolution:
    """Decide which policy to work under, given the pinned one and perhaps a new file.

    Pins only on first use (nothing pinned yet, and `given` holds on its own); a
    successor is left for the caller to pin once the signer has agreed.
    """
    held = store.load()
    if held is None:
        if given is None:
            return _refused(["no policy is pinned on this signer yet: give the policy to "
                             "trust, to pin it"])
        try:
            envelope, _ = load_policy_envelope(bytes(given), source, ANY_POLICY)
        except InvalidInput as exc:
            return _refused([exc.message])
        digest = policy_digest(envelope)
        policy, verdict = verify_policy(envelope, now=now, source=source, schemas=ANY_POLICY)
        if policy is None or not verdict.ok:
            return _refused(_reasons(verdict), verdict=verdict, digest=digest)
        store.pin(envelope.dumps(), replaces=None)
        return Resolution("first_pin", digest, tuple(digest_words(digest)), policy, envelope,
                          envelope.dumps(), None, verdict=verdict)

    pinned_envelope, pinned = held
    pinned_digest = policy_digest(pinned_envelope)
    candidate: Envelope | None = None
    if given is not None:
        try:
            candidate = Envelope.loads(bytes(given), source=source)
        except InvalidInput as exc:
            return _refused([exc.message], pinned_digest=pinned_digest)
    if candidate is None or policy_digest(candidate) == pinned_digest:
        policy, verdict = verify_policy(pinned_envelope, now=now, source=str(store.path),
                                        schemas=ANY_POLICY)
        if policy is None or not verdict.ok:
            return _refused([msg("the pinned policy does not hold now: {reasons}",
                                 reasons=joined(_reasons(verdict)))],
                            pinned_digest=pinned_digest, verdict=verdict, digest=pinned_digest)
        return Resolution("same", pinned_digest, tuple(digest_words(pinned_digest)), policy,
                          pinned_envelope, None, pinned_digest, verdict=verdict)

    digest = policy_digest(candidate)
    policy, verdict = successor_verdict(pinned, bytes(given or b""), now, source)
    if policy is None or not verdict.ok:
        return _refused([f"this policy is not the pinned one ({pinned_digest[:16]}…) nor a "
                         "valid signed successor of it", *_reasons(verdict)],
                        pinned_digest=pinned_digest, verdict=verdict, digest=digest)
    return Resolution("successor", digest, tuple(digest_words(digest)), policy, candidate,
                      candidate.dumps(), pinned_digest, tuple(policy_changes(pinned, policy)),
                      verdict=verdict)
