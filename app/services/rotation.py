"""Key rotation as a ceremony: propose a successor policy, review it, collect the admins'
signatures, and write it with its signed history (FORMAT.md §3, "Rotation links" and
"Rotation signatures").

The steps, each a function the GUI (Keys › Rotate) and the CLI (`tijori policy rotate`)
both call:

1. `propose`: the current policy and what changes (keys retired, keys added with a role,
   thresholds, expiry) give the successor, unsigned: version + 1, naming the current
   one's digest. What the policy rules refuse is refused here, each with its field.
2. `diff`: what changes, as numbers and names (`PolicyDiff`).
3. `sign_successor`: an admin signs the successor on their own (offline) PC, into a
   small signature file (`tijori-policy-signature`) that travels on a USB stick or
   as QR codes; `collect` checks those files and adds them to the successor's
   envelope, and says how far both admin thresholds are met (`RotationStatus`): the
   current policy's (for a verifier who pins it) and the successor's own.
4. `finish`: only when both are met, the new policy file, with the version it replaces
   (and those before it) kept in `policy-history/` beside it.

Every signature is made through `_signer`, the one place a key reference becomes a
signing object.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.attest import canonical
from app.attest.dsse import Envelope, Signature, b64decode_any
from app.attest.fileio import read_file, write_atomic
from app.attest.keys import PublicKey
from app.attest.policy import (
    REQUIRED_ROLES,
    ROLES,
    KeyEntry,
    Policy,
    Role,
    check_separate_roles,
    count_signatures,
    load_policy_envelope,
    policy_chain,
    policy_digest,
    verify_policy,
)
from app.attest.verdict import Threshold, Verdict
from app.domain.errors import CheckFailed, InvalidInput
from app.domain.messages import joined, msg
from app.domain.times import format_time, parse_date_or_time, parse_time
from app.services.signing_keys import key_info, unlocked

#: The `format` of a detached rotation signature file (FORMAT.md §3).
SIGNATURE_FORMAT = "tijori-policy-signature"
#: The folder beside a new policy that keeps the versions it replaces.
HISTORY_FOLDER = "policy-history"
#: The shortest keyid prefix that names a key to retire.
MIN_PREFIX = 8


def _now() -> datetime:
    return datetime.now(UTC)


# -- the one place a key becomes a signer ----------------------------------------------------


def _key_identity(key_path: str) -> tuple[str, str]:
    """(keyid, name) of the key `key_path` names (a key file or a pkcs11: URI), read
    without its passphrase or PIN."""
    found = key_info(key_path)
    return found.keyid, found.name


# -- reading -------------------------------------------------------------------------------


def _load(source: str | os.PathLike[str] | bytes, what: str, field: str
          ) -> tuple[Envelope, Policy]:
    """A policy envelope from a path, or from the envelope's bytes."""
    if isinstance(source, bytes | bytearray):
        data, name = bytes(source), what
    else:
        data, name = read_file(source, what), str(source)
    try:
        return load_policy_envelope(data, name)
    except InvalidInput as exc:
        raise InvalidInput(exc.message, field) from None


def _follows(successor_env: Envelope, successor: Policy, current_env: Envelope,
             current: Policy) -> None:
    """Refuse a successor that is not the next version of `current` naming it."""
    digest = policy_digest(current_env)
    if successor.version != current.version + 1 or successor.previous != {
            "digest": digest, "version": current.version}:
        raise InvalidInput(
            msg("the successor (version {version}) does not replace the current policy "
                "(version {version2}, digest {digest}…): it names no link to it",
                version=successor.version, version2=current.version, digest=digest[:16]),
            "successor")


def _pair(successor: str | bytes, current: str | bytes
          ) -> tuple[Envelope, Policy, Envelope, Policy]:
    successor_env, successor_policy = _load(successor, "successor policy", "successor")
    current_env, current_policy = _load(current, "current policy", "current")
    _follows(successor_env, successor_policy, current_env, current_policy)
    check_separate_roles(successor_policy, msg("the successor"), "successor")
    return successor_env, successor_policy, current_env, current_policy


# -- 1. propose ----------------------------------------------------------------------------


def _resolve(policy: Policy, ref: str) -> str:
    """The keyid a retire reference names: a keyid, a keyid prefix (8+ hex), or a name."""
    text = str(ref).strip()
    low = text.lower()
    if low in policy.keys:
        return low
    by_name = [k for k, e in policy.keys.items() if e.name == text]
    by_prefix = ([k for k in policy.keys if k.startswith(low)]
                 if len(low) >= MIN_PREFIX and all(c in "0123456789abcdef" for c in low) else [])
    found = list(dict.fromkeys(by_name + by_prefix))
    if not found:
        raise InvalidInput(msg("the current policy has no key {key} to retire", key=text),
                           "retire")
    if len(found) > 1:
        raise InvalidInput(msg("{key} names {count} keys of the current policy; give the "
                               "keyid", key=text, count=len(found)), "retire")
    return found[0]


def _read_public(path: str) -> tuple[str, PublicKey]:
    from app.services.keys import read_public_key

    try:
        return read_public_key(str(path))
    except InvalidInput as exc:
        raise InvalidInput(exc.message, "add") from None


def propose(
    current_path: str,
    *,
    retire: Iterable[str] = (),
    add: Iterable[tuple[str, str]] = (),
    thresholds: dict[str, int] | None = None,
    expires: str | None = None,
    name: str | None = None,
    now: datetime | None = None,
    out: str | None = None,
) -> bytes:
    """The successor of the policy in `current_path`, as an unsigned envelope's bytes.

    `retire`: keys leaving (keyids, keyid prefixes, or names); `add`: (public key file,
    role) pairs; `thresholds`: a role's new threshold; `expires`: the new expiry (a date
    or an RFC 3339 time); `name`: a new name. Keys that stay keep their validity; a
    new key is valid from `now` until the successor expires. With `out`, the successor
    is also written there (never over a file). InvalidInput (with its field) for what
    the policy rules refuse.
    """
    moment = (now or _now()).astimezone(UTC)
    current_env, current = _load(current_path, "current policy", "current")
    check_separate_roles(current, msg("the current policy"), "current")
    thresholds = dict(thresholds or {})
    retire, add = list(retire), list(add)
    if not (retire or add or thresholds or expires or (name and name != current.name)):
        raise InvalidInput(msg("nothing changes: retire or add a key, or change a threshold, "
                               "the expiry or the name"), "retire")

    # The keys and roles as they will be.
    retired = [_resolve(current, ref) for ref in retire]
    if len(set(retired)) != len(retired):
        raise InvalidInput(msg("a key is named twice to retire"), "retire")
    members: dict[str, list[str]] = {role: [k for k in spec.keyids if k not in retired]
                                      for role, spec in current.roles.items()}
    entries: dict[str, KeyEntry] = {k: e for k, e in current.keys.items() if k not in retired}

    if expires:
        try:
            expiry = format_time(parse_date_or_time(expires, "expires"))
        except InvalidInput as exc:
            raise InvalidInput(exc.message, "expires") from None
    else:
        expiry = current.expires
    if parse_time(expiry, "expires") <= moment:
        raise InvalidInput(msg("the successor would expire at {expires}, which is not in the "
                               "future: give a later expiry", expires=expiry), "expires")

    start = format_time(moment.replace(microsecond=0))
    for path, role in add:
        if role not in ROLES:
            raise InvalidInput(msg("{role!r} is not a role; the roles are {roles}",
                                   role=role, roles=", ".join(ROLES)), "add")
        key_name, public = _read_public(path)
        keyid = public.keyid
        if keyid in members.get(role, []):
            raise InvalidInput(msg("{name} (key {keyid}) already holds the role {role}",
                                   name=key_name, keyid=keyid[:16], role=role), "add")
        members.setdefault(role, []).append(keyid)
        if keyid not in entries:
            entries[keyid] = KeyEntry(public, key_name, start, expiry)

    # An optional role left with no key is dropped; a required one may not be empty.
    for role in list(members):
        if not members[role]:
            if role in REQUIRED_ROLES:
                raise InvalidInput(
                    msg("the role {role} would have no key left: add one before retiring "
                        "the last", role=role), "retire")
            if role in thresholds:
                raise InvalidInput(msg("the role {role} would have no key, so no threshold",
                                       role=role), "threshold")
            del members[role]

    new_thresholds: dict[str, int] = {}
    for role, keyids in members.items():
        old = current.roles[role].threshold if role in current.roles else 1
        value = thresholds.get(role, old)
        if type(value) is not int or value < 1:
            raise InvalidInput(msg("the threshold of {role} must be at least 1", role=role),
                               "threshold")
        if value > len(keyids):
            raise InvalidInput(
                msg("the role {role} would need {threshold} signatures but hold {count} "
                    "key(s): lower its threshold or add keys", role=role, threshold=value,
                    count=len(keyids)), "threshold")
        new_thresholds[role] = value
    for role in thresholds:
        if role not in ROLES:
            raise InvalidInput(msg("{role!r} is not a role; the roles are {roles}",
                                   role=role, roles=", ".join(ROLES)), "threshold")
        if role not in members:
            raise InvalidInput(msg("the successor has no role {role} to give a threshold",
                                   role=role), "threshold")

    used = {k for keyids in members.values() for k in keyids}
    successor = Policy(
        name if name else current.name, current.version + 1, expiry,
        {k: e for k, e in entries.items() if k in used},
        {role: Role(tuple(keyids), new_thresholds[role]) for role, keyids in members.items()},
        dict(current.extra),
        {"digest": policy_digest(current_env), "version": current.version})
    try:
        successor = Policy.from_payload(successor.payload(), "the successor")
    except InvalidInput as exc:
        raise InvalidInput(exc.message, "add") from None
    check_separate_roles(successor, msg("the successor"), "add")

    # Nobody could sign the next rotation: fewer usable admins than the threshold.
    admin = successor.roles["admin"]
    usable = [k for k in admin.keyids if successor.key_problem(k, moment) is None]
    if len(usable) < admin.threshold:
        raise InvalidInput(
            msg("only {count} admin key(s) of the successor may sign now, fewer than its admin "
                "threshold {threshold}: it could never be signed", count=len(usable),
                threshold=admin.threshold), "retire")
    data = successor.envelope().dumps()
    if out:
        write_atomic(Path(out), data, mode=0o644)
    return data


def save_successor(data: bytes, current_path: str, out: str) -> dict[str, Any]:
    """Write the successor `propose` gave (exactly the bytes reviewed) to `out`, never over
    a file, once it is checked to be the unsigned next version of the current policy."""
    successor_env, successor, _, _ = _pair(bytes(data), current_path)
    if successor_env.signatures:
        raise InvalidInput(msg("the successor to save must be unsigned"), "successor")
    write_atomic(Path(out), bytes(data), mode=0o644)
    return {"out": str(out), "version": successor.version,
            "digest": policy_digest(successor_env)}


# -- 2. diff -------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyChange:
    """A key that joins or leaves, with its roles (in the policy it is listed in)."""

    keyid: str
    name: str
    roles: tuple[str, ...]
    algorithm: str
    words: tuple[str, ...]
    valid_from: str
    valid_until: str

    def to_dict(self) -> dict[str, Any]:
        return {"keyid": self.keyid, "name": self.name, "roles": list(self.roles),
                "algorithm": self.algorithm, "words": list(self.words),
                "valid_from": self.valid_from, "valid_until": self.valid_until}


@dataclass(frozen=True)
class RoleChange:
    """One role before and after: its members and threshold (None where it is absent)."""

    role: str
    threshold_before: int | None
    threshold_after: int | None
    keys_before: int
    keys_after: int
    joined: tuple[str, ...]  # keyids new in the role
    left: tuple[str, ...]  # keyids no longer in it

    @property
    def changed(self) -> bool:
        return (self.threshold_before != self.threshold_after or bool(self.joined)
                or bool(self.left))

    def to_dict(self) -> dict[str, Any]:
        return {"role": self.role, "threshold_before": self.threshold_before,
                "threshold_after": self.threshold_after, "keys_before": self.keys_before,
                "keys_after": self.keys_after, "joined": list(self.joined),
                "left": list(self.left), "changed": self.changed}


@dataclass(frozen=True)
class PolicyDiff:
    """What a successor changes: numbers and names, for a person to review."""

    name_before: str
    name_after: str
    version_before: int
    version_after: int
    digest_before: str
    digest_after: str
    expires_before: str
    expires_after: str
    #: The successor names the current policy (its digest and version) as the one it replaces.
    linked: bool
    added: tuple[KeyChange, ...]
    retired: tuple[KeyChange, ...]
    roles: tuple[RoleChange, ...]
    kept: int  # keys in both

    @property
    def expiry_changed(self) -> bool:
        return self.expires_before != self.expires_after

    @property
    def name_changed(self) -> bool:
        return self.name_before != self.name_after

    @property
    def changes(self) -> int:
        """How many things change (0: the successor is the same policy under a new version)."""
        return (len(self.added) + len(self.retired) + int(self.expiry_changed)
                + int(self.name_changed)
                + sum(1 for r in self.roles if r.changed and not (r.joined or r.left)))

    def to_dict(self) -> dict[str, Any]:
        return {"name": {"before": self.name_before, "after": self.name_after,
                         "changed": self.name_changed},
                "version": {"before": self.version_before, "after": self.version_after},
                "digest": {"before": self.digest_before, "after": self.digest_after},
                "expires": {"before": self.expires_before, "after": self.expires_after,
                            "changed": self.expiry_changed},
                "linked": self.linked,
                "added": [k.to_dict() for k in self.added],
                "retired": [k.to_dict() for k in self.retired],
                "roles": [r.to_dict() for r in self.roles], "kept": self.kept}


def _key_change(policy: Policy, keyid: str) -> KeyChange:
    entry = policy.keys[keyid]
    return KeyChange(keyid, entry.name, tuple(policy.roles_of(keyid)), entry.public.algorithm,
                     tuple(entry.public.fingerprint_words()), entry.valid_from,
                     entry.valid_until)


def diff(current: str | bytes, successor: str | bytes) -> PolicyDiff:
    """What `successor` changes of `current` (each a policy file's path, or its bytes)."""
    current_env, old = _load(current, "current policy", "current")
    successor_env, new = _load(successor, "successor policy", "successor")
    digest = policy_digest(current_env)
    roles = []
    for role in ROLES:
        if role not in old.roles and role not in new.roles:
            continue
        before = old.roles.get(role)
        after = new.roles.get(role)
        ids_before = before.keyids if before else ()
        ids_after = after.keyids if after else ()
        roles.append(RoleChange(
            role, before.threshold if before else None, after.threshold if after else None,
            len(ids_before), len(ids_after),
            tuple(k for k in ids_after if k not in ids_before),
            tuple(k for k in ids_before if k not in ids_after)))
    return PolicyDiff(
        old.name, new.name, old.version, new.version, digest, policy_digest(successor_env),
        old.expires, new.expires,
        new.version == old.version + 1 and new.previous == {"digest": digest,
                                                             "version": old.version},
        tuple(_key_change(new, k) for k in sorted(new.keys, key=lambda k: new.keys[k].name)
              if k not in old.keys),
        tuple(_key_change(old, k) for k in sorted(old.keys, key=lambda k: old.keys[k].name)
              if k not in new.keys),
        tuple(roles), sum(1 for k in new.keys if k in old.keys))


# -- 3. signatures -------------------------------------------------------------------------


@dataclass(frozen=True)
class Admin:
    """Who may sign a rotation: a key, its name, and which admin roles it holds."""

    keyid: str
    name: str
    current_admin: bool
    successor_admin: bool

    def to_dict(self) -> dict[str, Any]:
        return {"keyid": self.keyid, "name": self.name, "current_admin": self.current_admin,
                "successor_admin": self.successor_admin}


def _admin(keyid: str, name: str, successor: Policy, current: Policy) -> Admin:
    as_current = keyid in current.roles["admin"].keyids
    as_successor = keyid in successor.roles["admin"].keyids
    if not (as_current or as_successor):
        raise InvalidInput(
            msg("{name} (key {keyid}) is an admin neither of the current policy nor of the "
                "successor; only admins sign a rotation", name=name or "the key",
                keyid=keyid[:16]), "key")
    entry = current.keys.get(keyid) or successor.keys.get(keyid)
    return Admin(keyid, name or (entry.name if entry else ""), as_current, as_successor)


def check_signer(successor_path: str, current_path: str, key_path: str) -> Admin:
    """Who the key `key_path` is, and that it may sign this rotation; before its passphrase
    is asked for."""
    _, successor, _, current = _pair(successor_path, current_path)
    return _key_admin(key_path, successor, current)


def _key_admin(key_path: str, successor: Policy, current: Policy) -> Admin:
    try:
        keyid, name = _key_identity(key_path)
    except InvalidInput as exc:
        raise InvalidInput(exc.message, "key") from None
    return _admin(keyid, name, successor, current)


def signature_document(envelope: Envelope, keyid: str, sig: bytes, version: int,
                       signed_at: str) -> bytes:
    """A rotation signature file (FORMAT.md §3, "Rotation signatures")."""
    return canonical.dumps({
        "format": SIGNATURE_FORMAT, "version": 1, "keyid": keyid,
        "policy_digest": policy_digest(envelope), "policy_version": version,
        "sig": base64.b64encode(sig).decode("ascii"), "signed_at": signed_at})


def sign_successor(successor_path: str, current_path: str, key_path: str, passphrase: str,
                   out: str, *, now: datetime | None = None) -> dict[str, Any]:
    """An admin's signature of the successor, written to `out` (never over a file).

    The key must be an admin of the current policy or of the successor. The signature is
    over the successor envelope's PAE, exactly as a signature in the envelope would be.
    """
    successor_env, successor, _, current = _pair(successor_path, current_path)
    who = _key_admin(key_path, successor, current)
    if os.path.lexists(out):
        raise InvalidInput(msg("{path} already exists; refusing to overwrite it", path=out),
                           "out")
    with unlocked(key_path, passphrase, keyid=who.keyid) as key:
        sig = key.sign(successor_env.pae())
    moment = format_time((now or _now()).astimezone(UTC).replace(microsecond=0))
    write_atomic(Path(out), signature_document(successor_env, who.keyid, sig,
                                               successor.version, moment), mode=0o644)
    return {**who.to_dict(), "out": str(out), "policy_digest": policy_digest(successor_env),
            "policy_version": successor.version}


def _read_signature(data: bytes, source: str) -> tuple[str, str, bytes, str]:
    """(keyid, policy digest, signature, signed_at) of a rotation signature file."""
    try:
        obj = canonical.loads(data, source=source)
    except (InvalidInput, ValueError, UnicodeDecodeError):
        obj = None
    if not isinstance(obj, dict) or obj.get("format") != SIGNATURE_FORMAT:
        raise InvalidInput(msg("{source} is not a rotation signature ({format})",
                               source=source, format=SIGNATURE_FORMAT), "signatures")
    if obj.get("version") != 1:
        raise InvalidInput(msg("{source} is a rotation signature of an unknown version",
                               source=source), "signatures")
    keyid, digest = obj.get("keyid"), obj.get("policy_digest")
    for value, what in ((keyid, "keyid"), (digest, "policy_digest")):
        if not (isinstance(value, str) and len(value) == 64
                and all(c in "0123456789abcdef" for c in value)):
            raise InvalidInput(msg("{source} has no valid {what}", source=source, what=what),
                               "signatures")
    sig = b64decode_any(obj.get("sig"), msg("the sig of {source}", source=source))
    return keyid, digest, sig, str(obj.get("signed_at", ""))


@dataclass(frozen=True)
class AdminCount:
    """One admin threshold: whose signatures count, whose are missing, and why some fail."""

    which: str  # "current" or "successor"
    version: int
    threshold: int
    signed: tuple[tuple[str, str], ...]  # (keyid, name) of signatures that count
    missing: tuple[tuple[str, str], ...]  # (keyid, name) of admins not (validly) signed
    failed: tuple[tuple[str, str], ...] = ()  # (keyid, why) of signatures that do not count

    @property
    def met(self) -> bool:
        return len(self.signed) >= self.threshold

    @property
    def needed(self) -> int:
        return max(0, self.threshold - len(self.signed))

    def to_dict(self) -> dict[str, Any]:
        return {"which": self.which, "version": self.version, "threshold": self.threshold,
                "valid": len(self.signed), "needed": self.needed, "met": self.met,
                "signed": [{"keyid": k, "name": n} for k, n in self.signed],
                "missing": [{"keyid": k, "name": n} for k, n in self.missing],
                "failed": [{"keyid": k, "reason": r} for k, r in self.failed]}


@dataclass(frozen=True)
class RotationStatus:
    """Both admin thresholds a successor needs: the current policy's and its own."""

    current: AdminCount
    successor: AdminCount

    @property
    def met(self) -> bool:
        return self.current.met and self.successor.met

    def to_dict(self) -> dict[str, Any]:
        return {"met": self.met, "current": self.current.to_dict(),
                "successor": self.successor.to_dict()}

    def describe(self) -> str:
        return msg("{count} of {threshold} current admin signature(s), {count2} of "
                   "{threshold2} successor admin signature(s)",
                   count=len(self.current.signed), threshold=self.current.threshold,
                   count2=len(self.successor.signed), threshold2=self.successor.threshold)


@dataclass(frozen=True)
class Collection:
    """The successor's envelope with the signatures added, who signed, and the status."""

    envelope: bytes
    signers: tuple[Admin, ...]
    paths: tuple[str, ...]  # the signature file of each signer ("" for one already inside)
    status: RotationStatus

    def to_dict(self) -> dict[str, Any]:
        return {"signers": [{**s.to_dict(), "path": p}
                            for s, p in zip(self.signers, self.paths, strict=True)],
                "status": self.status.to_dict()}


def _count(envelope: Envelope, policy: Policy, which: str, when: datetime) -> AdminCount:
    verdict = Verdict("rotation")
    result: Threshold = count_signatures(envelope, policy, "admin", when, verdict, which)
    names = {k: policy.keys[k].name for k in policy.roles["admin"].keyids}
    return AdminCount(which, policy.version, result.threshold,
                      tuple((k, names[k]) for k in result.signed),
                      tuple((k, names[k]) for k in policy.roles["admin"].keyids
                            if k not in result.signed),
                      tuple(result.failed))


def status_of(envelope: Envelope, successor: Policy, current: Policy,
              now: datetime) -> RotationStatus:
    # The current admins sign while their policy holds (as a verifier pinning it counts).
    when = min(now, parse_time(current.expires, "expires"))
    return RotationStatus(_count(envelope, current, "current", when),
                          _count(envelope, successor, "successor", now))


def collect(successor_path: str, current_path: str, signature_paths: Sequence[str], *,
            now: datetime | None = None) -> Collection:
    """The successor's envelope with the admins' signature files added, and how far the
    thresholds are met. Refuses (InvalidInput, field "signatures") a file that is not a
    rotation signature, one of another policy, one by a key that is no admin of either
    policy, one that does not verify, and a second signature by the same key."""
    envelope, successor, _, current = _pair(successor_path, current_path)
    digest = policy_digest(envelope)
    signers: list[Admin] = []
    paths: list[str] = []
    seen: set[str] = set()
    for existing in envelope.signatures:  # e.g. added with `tijori policy sign --pinned`
        if existing.keyid and existing.keyid not in seen:
            entry = successor.keys.get(existing.keyid) or current.keys.get(existing.keyid)
            if entry is not None:
                try:
                    signers.append(_admin(existing.keyid, entry.name, successor, current))
                except InvalidInput:
                    continue
                paths.append("")
                seen.add(existing.keyid)
    for path in signature_paths:
        source = str(path)
        keyid, named, sig, _ = _read_signature(read_file(path, "signature"), source)
        if named != digest:
            raise InvalidInput(msg("{source} signs another policy (digest {digest}…), not this "
                                   "successor ({digest2}…)", source=source,
                                   digest=named[:16], digest2=digest[:16]), "signatures")
        entry = successor.keys.get(keyid) or current.keys.get(keyid)
        if entry is None:
            raise InvalidInput(msg("{source} is signed by key {keyid}, which neither policy "
                                   "lists", source=source, keyid=keyid[:16]), "signatures")
        try:
            who = _admin(keyid, entry.name, successor, current)
        except InvalidInput as exc:
            raise InvalidInput(exc.message, "signatures") from None
        if keyid in seen:
            raise InvalidInput(msg("{source}: {name} has signed already; each admin signs once",
                                   source=source, name=entry.name or keyid[:16]),
                               "signatures")
        if not entry.public.verify(sig, envelope.pae()):
            raise InvalidInput(msg("{source}: the signature of {name} does not verify over "
                                   "this successor", source=source,
                                   name=entry.name or keyid[:16]), "signatures")
        envelope = envelope.add(Signature(keyid, sig))
        seen.add(keyid)
        signers.append(who)
        paths.append(source)
    status = status_of(envelope, successor, current, (now or _now()).astimezone(UTC))
    return Collection(envelope.dumps(), tuple(signers), tuple(paths), status)


def signature_path_for(successor_path: str, keyid: str) -> str:
    """Where a signature of `successor_path` is kept beside it: SUCCESSOR.<keyid16>.sig."""
    path = Path(successor_path)
    return str(path.with_name(f"{path.stem}.{keyid[:16]}.sig"))


def save_signature(successor_path: str, current_path: str, data: bytes, *,
                   source: str = "the signature") -> str:
    """Keep a signature read from QR codes as a file beside the successor, checked first
    as `collect` checks it. The same signature saved twice is one file."""
    envelope, successor, _, current = _pair(successor_path, current_path)
    keyid, named, sig, _ = _read_signature(data, source)
    if named != policy_digest(envelope):
        raise InvalidInput(msg("{source} signs another policy, not this successor",
                               source=source), "signatures")
    entry = successor.keys.get(keyid) or current.keys.get(keyid)
    if entry is None or not entry.public.verify(sig, envelope.pae()):
        raise InvalidInput(msg("{source} is no valid signature of this successor by a key "
                               "either policy lists", source=source), "signatures")
    try:
        _admin(keyid, entry.name, successor, current)
    except InvalidInput as exc:
        raise InvalidInput(exc.message, "signatures") from None
    out = Path(signature_path_for(successor_path, keyid))
    number = 1
    while os.path.lexists(out):
        if out.read_bytes() == data:
            return str(out)
        number += 1
        out = Path(f"{signature_path_for(successor_path, keyid)}.{number}")
    write_atomic(out, data, mode=0o644)
    return str(out)


# -- 4. finish -----------------------------------------------------------------------------


def history_name(policy: Policy, envelope: Envelope) -> str:
    """A kept version's file name: policy-v<version>-<digest, 16 hex>.json."""
    return f"policy-v{policy.version}-{policy_digest(envelope)[:16]}.json"


def _older_versions(current_path: str, current: Policy) -> list[tuple[str, bytes]]:
    """The versions before `current` that its own history folder keeps, newest first,
    followed through the rotation links as far as they go."""
    folder = Path(current_path).parent / HISTORY_FOLDER
    found: dict[str, tuple[Policy, Envelope, bytes]] = {}
    if folder.is_dir():
        for path in sorted(folder.glob("policy-v*.json")):
            try:
                data = path.read_bytes()
                envelope, policy = load_policy_envelope(data, str(path))
            except (OSError, InvalidInput):
                continue
            found[policy_digest(envelope)] = (policy, envelope, data)
    chain: list[tuple[str, bytes]] = []
    link = current.previous
    while link is not None and link["digest"] in found:
        policy, envelope, data = found[link["digest"]]
        chain.append((history_name(policy, envelope), data))
        link = policy.previous
    return chain


def finish(successor_path: str, current_path: str, signature_paths: Sequence[str], out: str,
           *, now: datetime | None = None) -> dict[str, Any]:
    """Write the signed successor to `out`, only when both admin thresholds are met, and
    keep the current version (and the older ones its history folder holds) in
    `policy-history/` beside `out`, so that a verifier trusting the new version reaches
    them through the rotation links. Refuses to overwrite `out`.

    CheckFailed (field "signatures") when a threshold is not met; nothing is written.
    """
    moment = (now or _now()).astimezone(UTC)
    if os.path.lexists(out):
        raise InvalidInput(msg("{path} already exists; refusing to overwrite it", path=out),
                           "out")
    collection = collect(successor_path, current_path, signature_paths, now=moment)
    status = collection.status
    if not status.met:
        raise CheckFailed(msg("the rotation is not signed enough: {status}; still needed: "
                              "{missing}", status=status.describe(),
                              missing=missing_text(status)), "signatures")
    current_env, current = _load(current_path, "current policy", "current")
    own = Verdict("current policy")
    when = min(moment, parse_time(current.expires, "expires"))
    if not count_signatures(current_env, current, "admin", when, own, "current").met:
        raise CheckFailed(msg("the current policy file does not carry its own admin "
                              "threshold: give the signed policy in force"), "current")
    envelope = Envelope.loads(collection.envelope, source="successor")
    _, verdict = verify_policy(envelope, now=moment, trusted=current, source=str(out))
    if not verdict.ok:
        raise CheckFailed(msg("the new policy does not verify: {reasons}",
                              reasons=joined(c.reason for c in verdict.failures)),
                          "signatures")
    chain = policy_chain(envelope, [current_env], policy_digest(current_env), moment)
    if chain.policy is None:  # pragma: no cover - verify_policy above checks the same
        raise CheckFailed(chain.problem, "signatures")
    folder = Path(out).parent / HISTORY_FOLDER
    # The file as it was given: its payload bytes, and so its digest, are what the link names.
    kept = [(history_name(current, current_env), read_file(current_path, "current policy"))]
    kept += _older_versions(current_path, current)
    files: list[tuple[Path, bytes]] = []
    for name, data in kept:
        target = folder / name
        if os.path.lexists(target):
            if target.read_bytes() != data:
                raise InvalidInput(msg("{path} already exists with other content; refusing "
                                       "to overwrite it", path=target), "out")
            continue
        files.append((target, data))
    written: list[Path] = []
    try:
        if files:
            folder.mkdir(parents=True, exist_ok=True)
        for target, data in files:
            write_atomic(target, data, mode=0o644)
            written.append(target)
        write_atomic(Path(out), collection.envelope, mode=0o644)
    except BaseException:
        for target in written:
            target.unlink(missing_ok=True)
        raise
    return {"out": str(out), "version": current.version + 1,
            "digest": policy_digest(envelope), "signatures": len(envelope.signatures),
            "history": [str(folder / name) for name, _ in kept],
            "status": status.to_dict()}


def _names(keys: tuple[tuple[str, str], ...]) -> str:
    return ", ".join(name or keyid[:16] for keyid, name in keys)


def missing_text(status: RotationStatus) -> str:
    """What is still missing, in one line ("" when both thresholds are met)."""
    parts = []
    if not status.current.met:
        parts.append(msg("{needed} more current admin signature(s) (of {names})",
                         needed=status.current.needed, names=_names(status.current.missing)))
    if not status.successor.met:
        parts.append(msg("{needed} more successor admin signature(s) (of {names})",
                         needed=status.successor.needed,
                         names=_names(status.successor.missing)))
    return "; ".join(parts)

