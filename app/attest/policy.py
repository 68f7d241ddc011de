"""The trust policy: which keys may sign, in which roles, how many must.

Shaped like TUF's root metadata: a version, an expiry, the keys with their
validity periods, and roles (`admin`, `custodian`, `auditor`, and optionally
`report-signer`) each with its keyids and threshold. The policy is itself the
payload of a DSSE envelope signed by its admin keys.

A verifier pins a policy it already trusts. A candidate policy is accepted when
its own admin threshold signs it; when it replaces a pinned one, it must also be
signed by the pinned version's admin threshold, and its version may not go
backwards. A key not in the policy counts for nothing.

Roles separate duties: no key holds two of custodian, auditor, report-signer and
admin (`role_overlaps`). Such a policy is still read (so a verifier can say why
it fails), but it is never drafted or signed, and it never verifies.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from app.attest import canonical
from app.attest.dsse import Envelope
from app.attest.fileio import read_file
from app.attest.keys import PublicKey
from app.attest.verdict import Threshold, Verdict
from app.domain.errors import InvalidInput
from app.domain.messages import joined, listed, msg
from app.domain.times import format_time, parse_time

SCHEMA = "tijori.policy.v1"
PAYLOAD_TYPE = "application/vnd.tijori.policy.v1+json"
REQUIRED_ROLES = ("admin", "custodian", "auditor")
OPTIONAL_ROLES = ("report-signer",)
ROLES = REQUIRED_ROLES + OPTIONAL_ROLES
#: A programme's policy (FORMAT.md §13.1): the same form, with the programme's operator
#: in place of a custodian, and its members (`app.attest.programme`) beside the roles.
PROGRAMME_SCHEMA = "tijori.programme-policy.v1"
PROGRAMME_PAYLOAD_TYPE = "application/vnd.tijori.programme-policy.v1+json"
PROGRAMME_ROLES = ("admin", "operator", "auditor")
#: Each schema's payload type, and its required and optional roles.
PAYLOAD_TYPES = {SCHEMA: PAYLOAD_TYPE, PROGRAMME_SCHEMA: PROGRAMME_PAYLOAD_TYPE}
#: A programme's report (`tijori programme report`) is signed by a report-signer of its
#: policy, as a custodian's is by one of the custodian's policy.
_ROLES_OF = {SCHEMA: (REQUIRED_ROLES, OPTIONAL_ROLES),
             PROGRAMME_SCHEMA: (PROGRAMME_ROLES, OPTIONAL_ROLES)}
#: A custodian's policy only, unless a caller says it takes a programme's too.
CUSTODIAN_ONLY = (SCHEMA,)
ANY_POLICY = (SCHEMA, PROGRAMME_SCHEMA)
#: Roles whose key sets are pairwise disjoint (separation of duties, FORMAT.md §3).
SEPARATE_ROLES = ("custodian", "operator", "auditor", "report-signer", "admin")


@dataclass(frozen=True)
class KeyEntry:
    public: PublicKey
    name: str
    valid_from: str
    valid_until: str

    def as_json(self) -> dict[str, Any]:
        return {**self.public.as_json(), "name": self.name, "valid_from": self.valid_from,
                "valid_until": self.valid_until}


@dataclass(frozen=True)
class Role:
    keyids: tuple[str, ...]
    threshold: int

    def as_json(self) -> dict[str, Any]:
        return {"keyids": list(self.keyids), "threshold": self.threshold}


@dataclass(frozen=True)
class Policy:
    name: str
    version: int
    expires: str
    keys: dict[str, KeyEntry]
    roles: dict[str, Role]
    extra: dict[str, Any] = field(default_factory=dict)
    #: The version this one replaces, {"digest", "version"} (FORMAT.md §3): the link
    #: a verifier follows back from the policy it trusts to an older one.
    previous: dict[str, Any] | None = None
    #: A custodian's policy (SCHEMA) or a programme's (PROGRAMME_SCHEMA).
    schema: str = SCHEMA

    def as_json(self) -> dict[str, Any]:
        return {
            **self.extra,
            **({"previous": self.previous} if self.previous is not None else {}),
            "schema": self.schema,
            "name": self.name,
            "version": self.version,
            "expires": self.expires,
            "keys": {keyid: entry.as_json() for keyid, entry in sorted(self.keys.items())},
            "roles": {role: r.as_json() for role, r in sorted(self.roles.items())},
        }

    def payload(self) -> bytes:
        return canonical.dumps(self.as_json())

    def envelope(self) -> Envelope:
        """An unsigned envelope carrying this policy, for admins to sign."""
        return Envelope(PAYLOAD_TYPES[self.schema], self.payload())

    def roles_of(self, keyid: str) -> list[str]:
        return [name for name, role in self.roles.items() if keyid in role.keyids]

    def role_overlaps(self) -> list[RoleOverlap]:
        """Every key that holds two or more of the separate roles (none in a valid policy)."""
        return role_overlaps({name: role.keyids for name, role in self.roles.items()},
                             {keyid: entry.name for keyid, entry in self.keys.items()})

    def key_problem(self, keyid: str, when: datetime) -> str | None:
        """Why the key may not sign at `when`, or None if it may."""
        entry = self.keys.get(keyid)
        if entry is None:
            return "is not in the policy"
        if when < parse_time(entry.valid_from, "valid_from"):
            return f"is not valid before {entry.valid_from}"
        if when > parse_time(entry.valid_until, "valid_until"):
            return f"expired at {entry.valid_until}"
        return None

    @classmethod
    def from_payload(cls, payload: bytes, source: str = "policy",
                     schemas: Sequence[str] = CUSTODIAN_ONLY) -> Policy:
        """The policy in `payload`, of one of `schemas` (a custodian's, by default)."""
        obj = canonical.loads(payload, source=source)
        schema = obj.get("schema") if isinstance(obj, dict) else None
        if schema == PROGRAMME_SCHEMA and schema not in schemas:
            raise InvalidInput(msg("{source} is a programme's policy, not a custodian's",
                                   source=source))
        if schema not in schemas:
            raise InvalidInput(msg("{source} is not a {SCHEMA} trust policy",
                                   source=source, SCHEMA=SCHEMA))
        required, optional = _ROLES_OF[schema]
        version, expires = obj.get("version"), obj.get("expires")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise InvalidInput(msg("{source} has no valid version number", source=source))
        parse_time(expires, msg("{source} expiry", source=source))
        keys: dict[str, KeyEntry] = {}
        raw_keys = obj.get("keys")
        if not isinstance(raw_keys, dict):
            raise InvalidInput(msg("{source} lists no keys", source=source))
        for keyid, raw in raw_keys.items():
            if not isinstance(raw, dict):
                raise InvalidInput(msg("{source}: key {keyid} is malformed",
                                       source=source, keyid=keyid))
            try:
                public = PublicKey.from_json(raw)
            except InvalidInput as exc:
                raise InvalidInput(msg("{source}: key {keyid} is unusable: {exc}",
                                       source=source, keyid=keyid[:16], exc=exc)) from None
            if public.keyid != keyid:
                raise InvalidInput(msg("{source}: key {keyid} does not match its public key",
                                       source=source, keyid=keyid))
            parse_time(raw.get("valid_from"), msg("{source}: key {keyid} valid_from",
                                                  source=source, keyid=keyid))
            parse_time(raw.get("valid_until"), msg("{source}: key {keyid} valid_until",
                                                   source=source, keyid=keyid))
            keys[keyid] = KeyEntry(public, str(raw.get("name", "")), raw["valid_from"],
                                   raw["valid_until"])
        roles: dict[str, Role] = {}
        raw_roles = obj.get("roles")
        if not isinstance(raw_roles, dict):
            raise InvalidInput(msg("{source} defines no roles", source=source))
        for name, raw in raw_roles.items():
            if name not in required + optional:
                raise InvalidInput(msg("{source}: unknown role {name!r}", source=source, name=name))
            roles[name] = _role(raw, name, keys, source)
        missing = [r for r in required if r not in roles]
        if missing:
            raise InvalidInput(msg("{source} lacks the role(s) {missing}",
                                   source=source, missing=', '.join(missing)))
        previous = obj.get("previous")
        if previous is not None and not (
                isinstance(previous, dict) and set(previous) == {"digest", "version"}
                and isinstance(previous["digest"], str) and len(previous["digest"]) == 64
                and all(c in "0123456789abcdef" for c in previous["digest"])
                and previous["version"] == version - 1
                and not isinstance(previous["version"], bool)):
            raise InvalidInput(msg("{source}: previous is not the {{digest, version}} of "
                                   "version {value}", source=source, value=version - 1))
        extra = {k: v for k, v in obj.items() if k not in
                 ("schema", "name", "version", "expires", "keys", "roles", "previous")}
        if schema == PROGRAMME_SCHEMA:
            _check_programme(extra, source)
        return cls(str(obj.get("name", "")), version, expires, keys, roles, extra, previous,
                   schema)


#: How long before a policy, or a key in it, expires that Tijori warns of it.
EXPIRY_WARNING = timedelta(days=60)


@dataclass(frozen=True)
class Expiry:
    """When a policy, or a key in it, stops being valid, and how long is left at a moment."""

    what: str  # "policy" or "key"
    name: str
    until: str
    seconds_left: int
    keyid: str | None = None
    roles: tuple[str, ...] = ()

    @property
    def days_left(self) -> int:
        """Whole days left (0: less than a day; negative: expired that many days ago, or
        less than a day ago as -1)."""
        return self.seconds_left // 86400

    @property
    def expired(self) -> bool:
        return self.seconds_left < 0

    def to_dict(self) -> dict[str, Any]:
        return {"what": self.what, "name": self.name, "keyid": self.keyid,
                "roles": list(self.roles), "until": self.until,
                "seconds_left": self.seconds_left, "days_left": self.days_left,
                "expired": self.expired}


def expiries(policy: Policy, now: datetime) -> list[Expiry]:
    """The policy's end, then each key's, soonest first."""
    def left(until: str) -> int:
        return int((parse_time(until, "expiry") - now).total_seconds() // 1)

    keys = [Expiry("key", entry.name, entry.valid_until, left(entry.valid_until), keyid,
                   tuple(policy.roles_of(keyid)))
            for keyid, entry in policy.keys.items()]
    keys.sort(key=lambda e: (e.seconds_left, e.name))
    return [Expiry("policy", policy.name, policy.expires, left(policy.expires)), *keys]


def expiring(policy: Policy, now: datetime, within: timedelta = EXPIRY_WARNING
             ) -> list[Expiry]:
    """What ends within `within` of `now` (or has ended): the policy, and each key that
    ends before the policy does (a key ending with it is said with the policy)."""
    limit = int(within.total_seconds())
    every = expiries(policy, now)
    ends = every[0].seconds_left
    return [e for e in every if e.seconds_left <= limit
            and (e.what == "policy" or e.seconds_left < ends)]


@dataclass(frozen=True)
class RoleOverlap:
    """One key that holds two or more of the roles that must be held by separate keys."""

    keyid: str
    name: str
    roles: tuple[str, ...]

    def describe(self) -> str:
        who = f"{self.name} (key {self.keyid[:16]})" if self.name else f"key {self.keyid[:16]}"
        return msg("{who} is {value}", who=who, value=_and(self.roles))


def _and(words: Iterable[str]) -> str:
    """"a, b and c" (`messages.listed`: the reader's language joins them)."""
    return listed(words)


def role_overlaps(roles: Mapping[str, Iterable[str]], names: Mapping[str, str] | None = None
                  ) -> list[RoleOverlap]:
    """The keys (by keyid) that hold two or more of SEPARATE_ROLES, each with its roles.

    `roles` maps a role to its keyids, `names` a keyid to the name the policy gives
    it. The one rule of separation of duties: drafting, signing and verifying a
    policy all ask this function.
    """
    held: dict[str, list[str]] = {}
    for role in SEPARATE_ROLES:
        for keyid in dict.fromkeys(roles.get(role, ())):
            held.setdefault(keyid, []).append(role)
    return [RoleOverlap(keyid, (names or {}).get(keyid, ""), tuple(these))
            for keyid, these in sorted(held.items()) if len(these) > 1]


def overlap_message(overlaps: Iterable[RoleOverlap]) -> str:
    """Why a policy with these overlaps is refused, naming each key and its roles."""
    return msg("no key may hold two of the roles {roles}: {overlaps}",
               roles=_and(SEPARATE_ROLES),
               overlaps=joined(overlap.describe() for overlap in overlaps))


def check_separate_roles(policy: Policy, source: str | None = None,
                         field: str | None = None) -> None:
    """Raise InvalidInput (naming each key and its roles) unless the roles are disjoint."""
    overlaps = policy.role_overlaps()
    if overlaps:
        raise InvalidInput((f"{source}: " if source else "") + overlap_message(overlaps), field)


def _role(raw: Any, name: str, keys: dict[str, KeyEntry], source: str) -> Role:
    if not isinstance(raw, dict):
        raise InvalidInput(msg("{source}: role {name} is malformed", source=source, name=name))
    keyids, threshold = raw.get("keyids"), raw.get("threshold")
    if not isinstance(keyids, list) or not all(isinstance(k, str) for k in keyids):
        raise InvalidInput(msg("{source}: role {name} has no list of keyids",
                               source=source, name=name))
    if len(set(keyids)) != len(keyids):
        raise InvalidInput(msg("{source}: role {name} lists a key twice", source=source, name=name))
    unknown = [k for k in keyids if k not in keys]
    if unknown:
        raise InvalidInput(msg("{source}: role {name} names unknown key {unknown}",
                               source=source, name=name, unknown=unknown[0][:16]))
    if not isinstance(threshold, int) or isinstance(threshold, bool) or threshold < 1:
        raise InvalidInput(msg("{source}: role {name} needs a threshold of at least 1",
                               source=source, name=name))
    if threshold > len(keyids):
        raise InvalidInput(
            msg("{source}: role {name} needs {threshold} signatures but lists {count} keys",
                source=source, name=name, threshold=threshold, count=len(keyids))
        )
    return Role(tuple(keyids), threshold)


#: The longest window a programme may allow between its members' as-of times: 31 days.
MAX_WINDOW_SECONDS = 31 * 86400


def _check_programme(extra: dict[str, Any], source: str) -> None:
    """A programme policy's own members (FORMAT.md §13.1): `members`, a non-empty list
    of {"name", "policy": {"digest", "version"}} with distinct names and digests, and
    `window_seconds`, 1 s to 31 days."""
    members, window = extra.get("members"), extra.get("window_seconds")
    if not isinstance(members, list) or not members:
        raise InvalidInput(msg("{source} names no member custodian", source=source))
    names, digests = set(), set()
    for number, member in enumerate(members, start=1):
        policy = member.get("policy") if isinstance(member, dict) else None
        if not (isinstance(member, dict) and set(member) == {"name", "policy"}
                and isinstance(member["name"], str) and member["name"].strip()
                and isinstance(policy, dict) and set(policy) == {"digest", "version"}
                and isinstance(policy["digest"], str) and len(policy["digest"]) == 64
                and all(c in "0123456789abcdef" for c in policy["digest"])
                and isinstance(policy["version"], int) and not isinstance(policy["version"], bool)
                and policy["version"] >= 1):
            raise InvalidInput(msg("{source}: member {number} is not {{name, policy: {{digest, "
                                   "version}}}}", source=source, number=number))
        if member["name"] in names or policy["digest"] in digests:
            raise InvalidInput(msg("{source}: member {name} is named twice, or its policy is "
                                   "another member's", source=source, name=member["name"]))
        names.add(member["name"])
        digests.add(policy["digest"])
    if not (isinstance(window, int) and not isinstance(window, bool)
            and 1 <= window <= MAX_WINDOW_SECONDS):
        raise InvalidInput(msg("{source}: window_seconds is not a whole number of seconds "
                               "from 1 to {most}", source=source, most=MAX_WINDOW_SECONDS))


def new_policy(
    *,
    name: str,
    expires: str,
    keys: Iterable[tuple[PublicKey, str, str, str]],
    roles: dict[str, tuple[Iterable[str], int]],
    version: int = 1,
    previous: dict[str, Any] | None = None,
    schema: str = SCHEMA,
    extra: dict[str, Any] | None = None,
) -> Policy:
    """Draft a policy; `keys` are (public key, name, valid_from, valid_until).

    Raises InvalidInput for a policy that would not be read back, or whose roles
    share a key (`check_separate_roles`).
    """
    entries = {}
    for public, key_name, valid_from, valid_until in keys:
        entries[public.keyid] = KeyEntry(public, key_name, valid_from, valid_until)
    policy = Policy(name, version, expires, entries,
                    {role: Role(tuple(ids), threshold) for role, (ids, threshold) in roles.items()},
                    extra=dict(extra or {}), previous=previous, schema=schema)
    # the same checks as a policy read back
    policy = Policy.from_payload(policy.payload(), schemas=(schema,))
    check_separate_roles(policy)
    return policy


def policy_digest(envelope: Envelope) -> str:
    """What a signing request names: SHA-256 of the policy payload."""
    return hashlib.sha256(envelope.payload).hexdigest()


def load_policy_envelope(data: bytes, source: str = "policy",
                         schemas: Sequence[str] = CUSTODIAN_ONLY) -> tuple[Envelope, Policy]:
    """A policy file: a custodian's, or with `schemas` = ANY_POLICY a programme's too."""
    envelope = Envelope.loads(data, source=source)
    if envelope.payload_type not in [PAYLOAD_TYPES[s] for s in schemas]:
        if envelope.payload_type == PROGRAMME_PAYLOAD_TYPE:
            raise InvalidInput(msg("{source} is a programme's policy, not a custodian's",
                                   source=source))
        raise InvalidInput(msg("{source} is not a trust policy (payload type {payload_type})",
                               source=source, payload_type=envelope.payload_type))
    policy = Policy.from_payload(envelope.payload, source, schemas)
    if PAYLOAD_TYPES[policy.schema] != envelope.payload_type:
        raise InvalidInput(msg("{source}: payload type {payload_type} does not match its "
                               "schema {schema}", source=source,
                               payload_type=envelope.payload_type, schema=policy.schema))
    return envelope, policy


#: When a key must be valid: one time, or several, each with what it is ("the as-of").
Moments = datetime | Sequence[tuple[str, datetime]]


def _moments(when: Moments) -> list[tuple[str, datetime]]:
    return [("", when)] if isinstance(when, datetime) else list(when)


def count_signatures(
    envelope: Envelope,
    policy: Policy,
    role: str,
    when: Moments,
    verdict: Verdict,
    label: str,
) -> Threshold:
    """Check the envelope's signatures for one role; record each in `verdict`.

    A key counts only if it is valid at every moment of `when` (for an attestation:
    its as-of and its creation, FORMAT.md §8), and its signature verifies.
    """
    spec = policy.roles.get(role)
    if spec is None:
        verdict.failed(f"{label}: role {role}", msg("the policy has no role {role}", role=role))
        return Threshold(role, 0, (), label=label)
    moments = _moments(when)
    good: list[str] = []
    failed: list[tuple[str, str]] = []
    for signature in envelope.signatures:
        if signature.keyid not in spec.keyids or signature.keyid in good:
            continue
        entry = policy.keys[signature.keyid]
        who = f"{entry.name or 'key'} {signature.keyid[:16]}"
        problem = None
        for what, moment in moments:
            problem = policy.key_problem(signature.keyid, moment)
            if problem:
                problem = f"the key {problem}" + (f" (at {what} {format_time(moment)})"
                                                  if what else "")
                break
        if problem is None and not envelope.verify_signature(signature, entry.public):
            problem = "the signature does not verify"
        if problem:
            failed.append((signature.keyid, problem))
            verdict.failed(f"{label}: signature by {who}", problem)
            continue
        good.append(signature.keyid)
        verdict.passed(f"{label}: signature by {who}", msg("valid {role} signature", role=role))
    result = Threshold(role, spec.threshold, tuple(good), tuple(failed), label=label)
    verdict.thresholds.append(result)
    verdict.add(f"{label}: {role} threshold", result.met, result.describe())
    return result


def outsiders(envelope: Envelope, policy: Policy, verdict: Verdict, label: str) -> None:
    """A statement signed by a key the policy does not know fails: it claims an authority
    the verifier's policy never gave."""
    for signature in envelope.signatures:
        if signature.keyid not in policy.keys:
            verdict.failed(f"{label}: signature by {signature.keyid[:16]}",
                           "the key is not in the trust policy")


def verify_policy(
    envelope: Envelope, *, now: datetime, trusted: Policy | None = None, source: str = "policy",
    schemas: Sequence[str] = CUSTODIAN_ONLY,
) -> tuple[Policy | None, Verdict]:
    """Is this policy trustworthy now (and, given a pinned one, a valid successor)? A
    custodian's policy, or with `schemas` = ANY_POLICY a programme's too."""
    verdict = Verdict(source)
    if envelope.payload_type not in [PAYLOAD_TYPES[s] for s in schemas]:
        verdict.failed("policy type", msg("payload type is {payload_type}",
                                          payload_type=envelope.payload_type))
        return None, verdict
    try:
        policy = Policy.from_payload(envelope.payload, source, schemas)
        if PAYLOAD_TYPES[policy.schema] != envelope.payload_type:
            raise InvalidInput(msg("payload type {payload_type} does not match the schema "
                                   "{schema}", payload_type=envelope.payload_type,
                                   schema=policy.schema))
    except InvalidInput as exc:
        verdict.failed("policy format", exc.message)
        return None, verdict
    if trusted is not None and trusted.schema != policy.schema:
        verdict.failed("policy format", msg("a {schema} policy cannot replace a {schema2} one",
                                            schema=policy.schema, schema2=trusted.schema))
        return None, verdict
    verdict.passed("policy format", msg("{SCHEMA}, version {version}",
                                        SCHEMA=policy.schema, version=policy.version))
    overlaps = policy.role_overlaps()
    verdict.add("policy roles", not overlaps, overlap_message(overlaps) if overlaps else
                msg("{value} are held by separate keys",
                    value=_and(r for r in SEPARATE_ROLES if r in policy.roles)))
    expiry = parse_time(policy.expires, "expires")
    verdict.add("policy expiry", now <= expiry,
                msg("expires {expires}",
                    expires=policy.expires) if now <= expiry else msg("expired at {expires}",
                                                                      expires=policy.expires))
    # A policy may carry signatures of keys it does not list, e.g. the admin of the
    # version it replaces: they count for nothing here.
    count_signatures(envelope, policy, "admin", now, verdict, "policy")
    if trusted is not None:
        if policy.version < trusted.version:
            verdict.failed("policy version", msg("version {version} is older than the pinned "
                                                 "version {version2} (rollback)",
                                                 version=policy.version, version2=trusted.version))
        elif policy.version == trusted.version:
            same = policy.payload() == trusted.payload()
            verdict.add("policy version", same, "the pinned version" if same else
                        msg("differs from the pinned policy of the same version {version}",
                            version=policy.version))
        elif policy.version > trusted.version + 1:
            verdict.failed("policy version", msg("version {version} skips from the pinned "
                                                 "version {version2}: apply each version in "
                                                 "turn",
                                                 version=policy.version, version2=trusted.version))
        else:
            verdict.passed("policy version",
                           msg("version {version} follows pinned {version2}",
                               version=policy.version, version2=trusted.version))
            # The pinned admins sign while their policy held, even if it has expired since.
            when = min(now, parse_time(trusted.expires, "pinned policy expiry"))
            count_signatures(envelope, trusted, "admin", when, verdict, "pinned policy")
    return policy, verdict


def holding_policy(policy_path: str, now: datetime, what: str = "The pinned policy"
                   ) -> tuple[Envelope, Policy]:
    """A policy file that must hold at `now` on its own; `what` names it in the refusal."""
    from app.domain.errors import CheckFailed

    envelope, policy = load_policy_envelope(read_file(policy_path, "policy"), str(policy_path))
    _, policy_verdict = verify_policy(envelope, now=now, source=str(policy_path))
    if not policy_verdict.ok:
        raise CheckFailed(msg("{what} does not hold: {reasons}.", what=what,
                              reasons=joined(c.reason for c in policy_verdict.failures)),
                          "policy")
    return envelope, policy


@dataclass(frozen=True)
class PolicyChain:
    """The policy a statement names, reached from the one the verifier trusts: the named
    policy (None if it cannot be reached) and each step back, or why not."""

    policy: Policy | None
    steps: tuple[int, ...]  # the versions walked, newest first
    problem: str = ""


def policy_chain(trusted: Envelope, older: Iterable[Envelope], digest: str, now: datetime,
                 schemas: Sequence[str] = CUSTODIAN_ONLY) -> PolicyChain:
    """Walk back from the `trusted` policy to the version whose payload digest is
    `digest`, through the `previous` link each version carries (FORMAT.md §3).

    Each step: the older file's digest is the one the newer names, its version is one
    less, and the newer carries the older version's admin threshold (it was a signed
    rotation). Files of `older` that are not on the path are ignored.
    """
    by_digest: dict[str, Envelope] = {}
    for envelope in older:
        by_digest.setdefault(policy_digest(envelope), envelope)
    current_env = trusted
    current = Policy.from_payload(trusted.payload, "your trusted policy", schemas)
    steps = [current.version]
    while policy_digest(current_env) != digest:
        link = current.previous
        if link is None:
            return PolicyChain(None, tuple(steps), (
                msg("policy version {version} does not name the version it replaces, so older "
                    "versions cannot be reached from your trusted policy",
                    version=current.version)))
        found = by_digest.get(link["digest"])
        if found is None:
            return PolicyChain(None, tuple(steps), (
                msg("policy version {version} (digest {digest}…), which version {version2} "
                    "replaces, was not given: add its file with another --policy",
                    version=link['version'], digest=link['digest'][:16], version2=current.version)))
        try:
            older_policy = Policy.from_payload(found.payload, msg("policy version {version}",
                                                                  version=link['version']),
                                               schemas)
        except InvalidInput as exc:
            return PolicyChain(None, tuple(steps), exc.message)
        if older_policy.version != current.version - 1:
            return PolicyChain(None, tuple(steps), (
                msg("the policy of digest {digest}… is version {version}, not {value}",
                    digest=link['digest'][:16],
                    version=older_policy.version,
                    value=current.version - 1)))
        verdict = Verdict("policy chain")
        when = min(now, parse_time(older_policy.expires, "expires"))
        if not count_signatures(current_env, older_policy, "admin", when, verdict,
                                "rotation").met:
            return PolicyChain(None, tuple(steps), (
                msg("policy version {version} does not carry the admin threshold of version "
                    "{version2}: it is no signed rotation of it",
                    version=current.version, version2=older_policy.version)))
        current_env, current = found, older_policy
        steps.append(current.version)
    return PolicyChain(current, tuple(steps))
