"""Verifying attestations and inclusion proofs offline, against a trusted policy.

Fails closed: every check that is asked for and cannot be made is a failure.
"""

from __future__ import annotations

import mmap
import multiprocessing
from array import array
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from app.attest import canonical, merkle, statement
from app.attest.count import COUNT_FORMAT
from app.attest.dsse import Envelope
from app.attest.fileio import read_file, write_atomic
from app.attest.formats import (
    ATTESTED_ROLES,
    BUNDLE_FORMAT,
    BUNDLE_MEMBERS,
    PROGRAMME_PROOF_FORMAT,
    PROOF_FORMAT,
    tree_cache_path,
)
from app.attest.leaflines import LeafLines
from app.attest.policy import (
    ANY_POLICY,
    Policy,
    count_signatures,
    load_policy_envelope,
    outsiders,
    policy_chain,
    verify_policy,
)
from app.attest.policy import (
    PAYLOAD_TYPE as POLICY_TYPE,
)
from app.attest.programme_statement import PAYLOAD_TYPE as PROGRAMME_TYPE
from app.attest.statement import Statement
from app.attest.verdict import ALERT, CAUTION, CLEAR, FINDING, NOTE, Verdict
from app.domain.errors import InvalidInput, NotFound
from app.domain.messages import joined, listed, msg
from app.domain.times import describe_age, format_time, in_future, parse_time
from app.services import figures
from app.services.parallel import may_fork

__all__ = [
    "BUNDLE_FORMAT",
    "Trust",
    "kind_of",
    "lookup_proof",
    "make_proof",
    "save_proof",
    "verify_attestation",
    "verify_bundle",
    "verify_file",
    "verify_proof",
    "verify_report",
]


@dataclass(frozen=True)
class Trust:
    """What a verifier trusts: its policy (the first --policy), older versions of it that
    may be reached from it (further --policy files), and optionally a pinned earlier
    version the first must succeed. All as the files' bytes."""

    policy: bytes
    older: tuple[bytes, ...] = ()
    pinned: bytes | None = None

    @classmethod
    def of(cls, policy: bytes | Trust, trusted_policy: bytes | None = None) -> Trust:
        return policy if isinstance(policy, Trust) else cls(policy, (), trusted_policy)


def read_trust(policy_paths: str | Sequence[str], pinned: str | None = None) -> Trust:
    """The verifier's policy files: the first is trusted; the others (files, or folders
    of *.json files) are older versions, used only when reached from it."""
    paths = [policy_paths] if isinstance(policy_paths, str) else list(policy_paths)
    if not paths:
        raise InvalidInput("give your trust policy (--policy)", "policy")
    first, *rest = paths
    if Path(first).is_dir():
        raise InvalidInput(msg("the first --policy is the policy you trust, a file; {first} is "
                               "a folder (give older versions after it)", first=first), "policy")
    older: list[bytes] = []
    for path in rest:
        folder = Path(path)
        files = sorted(folder.glob("*.json")) if folder.is_dir() else [folder]
        older.extend(read_file(f, "older policy") for f in files)
    return Trust(read_file(first, "policy"), tuple(older),
                 read_file(pinned, "pinned policy") if pinned else None)


def _policy(policy_data: bytes, trusted: bytes | None, now: datetime, verdict: Verdict,
            source: str) -> Policy | None:
    """The policy to trust, if it holds; a file that is not a policy is unusable input.

    A pinned earlier version is trusted because the verifier pinned it, even
    once expired (as a TUF root is, for rotation); the new version must hold now.
    """
    envelope, _ = load_policy_envelope(policy_data, source)
    pinned = None
    if trusted is not None:
        _, pinned = load_policy_envelope(trusted, "pinned policy")
    policy, policy_verdict = verify_policy(envelope, now=now, trusted=pinned, source=source)
    verdict.extend(policy_verdict)
    return policy  # checked further even when it fails: the verdict shows every reason


def _envelope(data: bytes, verdict: Verdict, source: str) -> tuple[Envelope, Statement] | None:
    """The attestation's envelope and its statement (read strictly), or None with the
    reason in `verdict`."""
    try:
        envelope = Envelope.loads(data, source=source)
    except InvalidInput as exc:
        verdict.failed("envelope", exc.message)
        return None
    if envelope.payload_type not in statement.PAYLOAD_TYPES:
        verdict.failed("envelope", msg("payload type {payload_type!r} is not a statement",
                                       payload_type=envelope.payload_type))
        return None
    try:
        body = Statement.from_payload(envelope.payload, msg("{source} statement", source=source),
                                      envelope.payload_type)
    except InvalidInput as exc:
        verdict.failed("statement", exc.message)
        return None
    verdict.passed("statement", msg(
        "attestation {attestation_id} as of {as_of}, number {sequence} of its series ({schema})",
        attestation_id=body.attestation_id, as_of=body.as_of, sequence=body.sequence,
        schema=body.schema) if body.sequence else msg(
        "attestation {attestation_id} as of {as_of} ({schema})",
        attestation_id=body.attestation_id, as_of=body.as_of, schema=body.schema))
    return envelope, body


def _made_under(body: Statement, trust: Trust, trusted: Policy, now: datetime,
                verdict: Verdict) -> Policy | None:
    """The policy the statement was made under, reached from the trusted one; None (with
    the failure recorded) if it cannot be. A version 1 statement names none: it is
    checked under the trusted policy, and the check is recorded as not done."""
    if body.policy is None:
        verdict.not_done("policy binding", "a version 1 statement does not name the policy "
                         "it was made under: its signatures are checked under yours")
        return trusted
    trusted_env = load_policy_envelope(trust.policy, "policy")[0]
    named_version, digest = body.policy["version"], body.policy["digest"]
    if named_version > trusted.version:
        verdict.failed("policy binding", msg("made under policy version {named_version}, newer "
                                             "than yours (version {version}): update your "
                                             "trusted policy",
                                             named_version=named_version, version=trusted.version))
        return None
    older = []
    for number, data in enumerate(trust.older, 1):
        try:
            older.append(load_policy_envelope(data, msg("older policy {number}", number=number))[0])
        except InvalidInput:
            continue  # not a policy: it cannot be on the path
    chain = policy_chain(trusted_env, older, digest, now)
    if chain.policy is None:
        verdict.failed("policy binding", msg("made under policy version {named_version} (digest "
                                             "{digest}…), which cannot be reached from your "
                                             "trusted policy (version {version}): {problem}",
                                             named_version=named_version,
                                             digest=digest[:16],
                                             version=trusted.version,
                                             problem=chain.problem))
        return None
    if chain.policy.version != named_version:
        verdict.failed("policy binding", msg("names policy version {named_version}, but the "
                                             "policy of that digest is version {version}",
                                             named_version=named_version,
                                             version=chain.policy.version))
        return None
    if len(chain.steps) == 1:
        verdict.passed("policy binding", msg("made under your trusted policy (version "
                                             "{version}, digest {digest}…)",
                                             version=trusted.version, digest=digest[:16]))
    else:
        verdict.passed("policy binding", msg("made under policy version {named_version}, "
                                             "reached from your trusted version {version} "
                                             "through {value} signed rotation(s)",
                                             named_version=named_version,
                                             version=trusted.version,
                                             value=len(chain.steps) - 1))
        created = parse_time(body.created, "created")
        expires = parse_time(chain.policy.expires, "expires")
        verdict.add("policy in force", created <= expires,
                    msg("version {named_version} was in force when the statement was made",
                        named_version=named_version)
                    if created <= expires else msg("version {named_version} had expired "
                                                   "({expires}) when the statement was made "
                                                   "({created})",
                                                   named_version=named_version,
                                                   expires=chain.policy.expires,
                                                   created=body.created))
    return chain.policy


def _times(body: Statement, now: datetime, max_age: timedelta | None,
           verdict: Verdict) -> list[tuple[str, datetime]]:
    """The statement's times against the verifier's clock (FORMAT.md §8): the as-of and
    the creation not in the future, the as-of not after the creation, the age (and
    `max_age`). Returns the moments at which each signing key must be valid."""
    as_of, created = parse_time(body.as_of, "as_of"), parse_time(body.created, "created")
    future = [name for name, moment in ((msg("as-of"), as_of), (msg("creation time"), created))
              if in_future(moment, now)]
    verdict.add("time", not future and as_of <= created,
                msg("its {future} are in the future (your clock says {now})",
                    future=listed(future), now=format_time(now)) if len(future) > 1 else
                msg("its {future} is in the future (your clock says {now})",
                    future=future[0], now=format_time(now)) if future else
                msg("the as-of {as_of} is after the statement was made ({created})",
                    as_of=body.as_of, created=body.created)
                if as_of > created else "as-of and creation time are in the past, in order")
    age = now - as_of
    said = msg("as of {as_of}: {age} old", as_of=format_time(as_of), age=describe_age(age))
    if max_age is None:  # a finding stated, not judged
        verdict.finding("age", said, NOTE)
    elif age <= max_age:
        verdict.finding("age", msg("{said}, within the {describe_age} allowed (--max-age)",
                                   said=said,
                                   describe_age=describe_age(max_age)), CLEAR, required=True)
    else:  # the verifier asked for at most max_age: older fails the verdict
        verdict.finding("age", msg("{said}, older than the {describe_age} allowed (--max-age)",
                                   said=said,
                                   describe_age=describe_age(max_age)), ALERT, required=True)
    return [("the as-of", as_of), ("the statement's creation", created)]


def _scope(body: Statement, verdict: Verdict) -> None:
    if body.scope is None:
        verdict.not_done("scope", "a version 1 statement does not state its scope: it is "
                         "read as covering every holding of the ledger", FINDING)
        return
    verdict.finding("scope", describe_scope(body.scope),
                    CLEAR if body.scope["complete"] else CAUTION)


def describe_scope(scope: dict[str, Any]) -> str:
    """A statement's scope as one sentence."""
    sites = ", ".join(scope["sites"]) or "no site"
    if scope["complete"]:
        return msg("every holding of the ledger (sites {sites})", sites=sites)
    commodities = ", ".join(scope["commodities"]) or "none"
    return (msg("sites {sites} only, not every holding of the ledger; commodities covered "
                "completely: {commodities}", sites=sites, commodities=commodities))


def _named(envelope: Envelope, policy: Policy, verdict: Verdict) -> Envelope:
    """The envelope with each signature that has no keyid (DSSE allows it) named after the
    custodian or auditor key it verifies under (FORMAT.md §2); one that none verifies fails."""
    keys = [policy.keys[keyid].public for role in ATTESTED_ROLES if role in policy.roles
            for keyid in policy.roles[role].keyids]
    named, unmatched = envelope.named(keys)
    for number in unmatched:
        verdict.failed(f"attestation: signature {number} (no keyid)",
                       msg("no {ATTESTED_ROLES} key of the trust policy verifies it",
                           ATTESTED_ROLES=' or '.join(ATTESTED_ROLES)))
    return named


def _signatures(envelope: Envelope, policy: Policy, moments: list[tuple[str, datetime]],
                verdict: Verdict) -> None:
    envelope = _named(envelope, policy, verdict)
    outsiders(envelope, policy, verdict, "attestation")
    for role in ATTESTED_ROLES:
        count_signatures(envelope, policy, role, moments, verdict, "attestation")


def _coverage(body: dict[str, Any], verdict: Verdict) -> None:
    try:
        again = statement.coverage_again(body)
    except (KeyError, TypeError, ArithmeticError, InvalidInput) as exc:
        verdict.failed("coverage", msg("the token section is malformed: {exc}", exc=exc))
        return
    verdict.add("coverage", again == body["tokens"],
                "coverage recomputed from the totals agrees" if again == body["tokens"]
                else "the stated coverage does not follow from the stated totals")
    for token in body["tokens"]:  # findings: what the statement says of each token
        symbol = token["symbol"]
        if token.get("note") == statement.NOT_IN_SCOPE:
            verdict.finding(f"token {symbol}", msg("not covered by this attestation: its scope "
                                                   "does not hold every {commodity} of the "
                                                   "ledger", commodity=token['commodity']), CAUTION)
        elif token.get("supply") is None:
            verdict.finding(f"token {symbol}", "no supply recorded: its coverage cannot be "
                            "shown", CAUTION)
        elif not token.get("covered"):
            verdict.finding(f"shortfall {symbol}", figures.shortfall_reason(token), ALERT)


# The leaves file, shared with forked workers (copy-on-write: one bytes object).
_SHARED: bytes = b""
#: From this many leaves, verification uses two processes.
PARALLEL_FROM = 100_000


class _Read(Protocol):
    """What is read from a run of leaves beside its Merkle root: a `LeafScan` or a
    `SampleFrame`, either of which joins a following run with `then`."""

    def then(self, other: Any, first_of_other: int) -> Any: ...


#: What is read from a run of leaves: read(lines, number of the first, the run's bytes when
#: the caller has them, else None: `LeafLines` give their own, as views of the file).
Reader = Callable[[list[bytes], int, bytes], _Read]


class LeavesRead(NamedTuple):
    """What `hash_and_read` found: the leaves' root and size, what `read` found in them
    (None when a leaf is malformed, and `error` says which), and, when asked for, where
    each leaf starts in the data (so that leaves can be taken from it by number)."""

    root: bytes
    size: int
    found: Any
    error: str | None
    starts: array | None = None


def _part(lo: int, hi: int, first: int, read: Reader, *, read_first: bool = False,
          starts: bool = False, limit: int | None = None, skip: int = 0) -> LeavesRead:
    """Merkle root, leaf count and `read` of the leaves in _SHARED[lo:hi]: the first `limit`
    of them, after `skip` lines (the right side of the tree finds where it starts itself,
    while the left side works). The two workers hash and read in opposite orders
    (`read_first`): hashing keeps a core busy, decoding mostly the memory, so the one's
    hashing overlaps the other's decoding."""
    if skip:
        lo = after_line(_SHARED, lo, skip)
    lines = LeafLines(_SHARED, lo, hi, limit)  # found in place: no leaf is copied out
    found: _Read | None = None
    error = None
    if read_first:
        try:
            found = read(lines, first, None)
        except InvalidInput as exc:
            error = exc.message
    tree = lines.tree()
    if not read_first:
        try:
            found = read(lines, first, None)
        except InvalidInput as exc:
            error = exc.message
    return LeavesRead(tree.root, tree.size, found, error, lines.starts if starts else None)


def hash_and_read(data: bytes, body_start: int, count: int,
                  read: Reader, parallel: bool = True, *, starts: bool = False
                  ) -> LeavesRead:
    """The root and size of the leaves, and what `read` finds in them (None and the
    reason when a leaf is malformed), on two cores where fork is available.

    RFC 9162 splits n leaves at k, the largest power of two below n, and hashes
    the two subtrees' roots together: each forked worker takes one side, from a
    byte range cut at that line, so no million small objects are shared (and
    copied on write) between processes. `parallel=False`, or a process that
    called `forbid_forking`, stays in this process.
    """
    global _SHARED
    _SHARED = data
    try:
        if not (parallel and may_fork()) or count < max(PARALLEL_FROM, 2):
            return _part(body_start, len(data), 0, read, starts=starts)
        split = 1 << (count - 1).bit_length() - 1
        try:
            with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
                jobs = [pool.submit(_part, body_start, len(data), 0, read, read_first=True,
                                    starts=starts, limit=split),
                        pool.submit(_part, body_start, len(data), split, read, starts=starts,
                                    skip=split)]
                a, b = (job.result() for job in jobs)
        except (OSError, BrokenProcessPool):
            return _part(body_start, len(data), 0, read, starts=starts)
    finally:
        _SHARED = b""
    root = merkle.node_hash(a.root, b.root) if b.size else a.root
    error = a.error or b.error
    return LeavesRead(root, a.size + b.size, None if error else a.found.then(b.found, split),
                      error, a.starts + b.starts if starts else None)


def after_line(data: bytes, start: int, lines: int, block: int = 1 << 20) -> int:
    """Where the line after the first `lines` lines from `start` begins: newlines are
    counted a block at a time (in C), then found one by one in the last block. `data` may
    be a memory map, which has no `count`: its blocks are counted as bytes."""
    while (found := bytes(data[start:start + block]).count(b"\n")) < lines and \
            start + block < len(data):
        lines -= found
        start += block
    for _ in range(lines):
        start = data.find(b"\n", start) + 1
        if start == 0:  # fewer lines than asked: the end of the data
            return len(data)
    return start


def hash_and_scan(data: bytes, body_start: int, count: int, parallel: bool = True,
                  sites: frozenset[str] | None = None
                  ) -> tuple[bytes, int, statement.LeafScan, str | None]:
    """The root, size and `statement.scan_leaves` of the leaves (see `hash_and_read`)."""
    root, size, scan, error, _ = hash_and_read(data, body_start, count,
                                               partial(_scan, sites=sites), parallel)
    return root, size, scan or statement.LeafScan(), error


def _scan(lines: list[bytes], first: int, _text: bytes,
          sites: frozenset[str] | None) -> statement.LeafScan:
    return statement.scan_leaves(lines, first, sites)


def _leaves(body: dict[str, Any], leaves_data: bytes, verdict: Verdict,
            parallel: bool = True) -> None:
    try:
        header = statement.read_leaves_header(leaves_data)
    except InvalidInput as exc:
        verdict.failed("leaves", exc.message)
        return
    if header.get("attestation_id") != body["attestation_id"]:
        verdict.failed("leaves", "the leaves belong to another attestation")
        return
    body_start = leaves_data.find(b"\n") + 1
    sites = frozenset(site["code"] for site in body["sites"])
    root, size, scan, error = hash_and_scan(leaves_data, body_start, header["count"],
                                            parallel, sites)
    verdict.add("tree size", size == body["tree"]["size"],
                msg("{size} leaves, statement says {size2}", size=size, size2=body['tree']['size']))
    verdict.add("root recomputed", root.hex() == body["tree"]["root"],
                "the leaves give the stated root" if root.hex() == body["tree"]["root"]
                else msg("the leaves give root {root}…, not the stated one", root=root.hex()[:16]))
    if error:
        verdict.failed("totals recomputed", error)
        return
    summed = statement.format_totals(scan.sums)
    verdict.add("totals recomputed", summed == body["totals"],
                "the leaves add up to the stated totals" if summed == body["totals"]
                else "the leaves do not add up to the stated totals")
    verdict.add("leaf order", scan.order is None, scan.order or
                "the leaves are in the order of FORMAT.md §4.1: by kind, then holding id")
    verdict.add("leaf sites", scan.sites is None, scan.sites or
                "every leaf is of a site the statement lists")


def check_link(prior_payload: bytes, prior: Statement, body: Statement,
               verdict: Verdict) -> bool:
    """Does `body` follow `prior` (whose payload is `prior_payload`) in one series: it names
    its digest, the same ledger, the next sequence number, a later as-of, and its journal
    extends the prior one's (RFC 9162 consistency)? Each check recorded; True if all hold."""
    link = body.previous or {}
    digest = statement.statement_digest(prior_payload)
    ok = verdict.add("chain link", link.get("digest") == digest,
                     msg("names attestation {attestation_id} as its previous",
                         attestation_id=prior.attestation_id)
                     if link.get("digest") == digest
                     else msg("does not name attestation {attestation_id} as its previous",
                              attestation_id=prior.attestation_id))
    ok &= verdict.add("same ledger", prior.ledger_id == body.ledger_id,
                      msg("ledger {ledger_id}",
                          ledger_id=body.ledger_id) if prior.ledger_id == body.ledger_id
                      else msg("ledger {ledger_id}, the previous one's is {ledger_id2}",
                               ledger_id=body.ledger_id, ledger_id2=prior.ledger_id))
    if body.sequence is not None and prior.sequence is not None:
        ok &= verdict.add("sequence", body.sequence == prior.sequence + 1,
                          msg("number {sequence} follows {sequence2}",
                              sequence=body.sequence, sequence2=prior.sequence)
                          if body.sequence == prior.sequence + 1 else
                          msg("number {sequence} does not follow {sequence2}",
                              sequence=body.sequence, sequence2=prior.sequence))
    elif body.sequence is not None:
        verdict.not_done("sequence", "the previous attestation is of version 1, without a "
                         "sequence number")
    later = parse_time(prior.as_of, "as_of") <= parse_time(body.as_of, "as_of")
    ok &= verdict.add("as-of order", later, msg("as of {as_of}, after {as_of2}",
                                                as_of=body.as_of, as_of2=prior.as_of)
                      if later else msg("as of {as_of}, before the previous {as_of2}",
                                        as_of=body.as_of, as_of2=prior.as_of))
    journal, old = body.journal, prior.journal
    consistency = journal.get("consistency") or {}
    if old["size"] == journal["size"]:
        consistent = old["root"] == journal["root"] and consistency.get(
            "from_size", old["size"]) == old["size"]
    else:
        proof = [bytes.fromhex(h) for h in consistency.get("proof", [])]
        consistent = (consistency.get("from_size") == old["size"]
                      and merkle.verify_consistency(
                          old["size"], journal["size"], bytes.fromhex(old["root"]),
                          bytes.fromhex(journal["root"]), proof))
    ok &= verdict.add("journal consistency", consistent,
                      msg("the journal of {size} events extends the previous {size2}",
                          size=journal['size'], size2=old['size']) if consistent else
                      "the journal was not only appended to since the previous attestation")
    return ok


def _chain(body: Statement, previous_data: bytes, verdict: Verdict) -> None:
    prior_verdict = Verdict("previous")
    found = _envelope(previous_data, prior_verdict, "previous attestation")
    if found is None:
        verdict.failed("chain", "the previous attestation cannot be read")
        return
    prior_env, prior = found
    check_link(prior_env.payload, prior, body, verdict)


def verify_attestation(
    attestation: bytes,
    policy: bytes | Trust,
    *,
    leaves: bytes | None = None,
    previous: bytes | None = None,
    trusted_policy: bytes | None = None,
    now: datetime | None = None,
    max_age: timedelta | None = None,
    source: str = "attestation",
    parallel: bool = True,
) -> Verdict:
    """Every check of an attestation (FORMAT.md §8); `parallel=False` never forks.

    `policy` is the verifier's trust: a policy file's bytes, or a `Trust` with older
    versions to reach the one a version 2 statement names. Checks that cannot be made
    (no leaves, no previous attestation, what version 1 cannot carry) are not done.
    """
    now = now or datetime.now(UTC)
    trust = Trust.of(policy, trusted_policy)
    verdict = Verdict(source)
    trusted = _policy(trust.policy, trust.pinned, now, verdict, "policy")
    found = _envelope(attestation, verdict, source)
    if trusted is None or found is None:
        if trusted is None:
            verdict.failed("policy", "the policy cannot be read, so no signature can be trusted")
        return verdict
    envelope, body = found
    named = _made_under(body, trust, trusted, now, verdict)
    moments = _times(body, now, max_age, verdict)
    if named is not None:
        _signatures(envelope, named, moments, verdict)
    _scope(body, verdict)
    as_dict = body.to_dict()
    _coverage(as_dict, verdict)
    if leaves is not None:
        _leaves(as_dict, leaves, verdict, parallel)
    else:
        verdict.not_done("leaves", "no leaves given: the root, totals, leaf order and sites "
                         "were not recomputed")
    if previous is not None:
        _chain(body, previous, verdict)
    elif body.previous is not None:
        verdict.not_done("chain", msg("the previous attestation {attestation_id} was not given "
                                      "(--previous): the link and the journal's consistency "
                                      "were not checked",
                                      attestation_id=body.previous['attestation_id']))
    figures.attach(verdict, body.to_dict())
    return verdict


def _find_leaf(data: bytes | mmap.mmap, holding: int, source: str = "leaves file"
               ) -> bytes | None:
    """The holding's leaf in a leaves file, found without splitting or parsing the file.

    Canonical leaves spell the id as `"id":N,"kind":` (keys sorted, no spaces, and
    a quote inside a string value is always escaped), so one byte search finds
    it; the leaf is then parsed to confirm.
    """
    position = data.find(b'"id":%d,"kind":' % holding)
    if position < 0:
        return None
    start = data.rfind(b"\n", 0, position) + 1
    end = data.find(b"\n", position)
    leaf = bytes(data[start:end if end >= 0 else len(data)])
    if statement.parse_leaf(leaf, msg("the leaf of holding {holding} in {source}",
                                      holding=holding, source=source)
                            ).get("id") != holding:
        return None
    return leaf


def _cached_tree(leaves_path: str, root: str) -> merkle.MerkleTree | None:
    """The tree cached beside the leaves, if it gives the attested root."""
    cache = tree_cache_path(leaves_path)
    try:
        tree = merkle.MerkleTree.from_bytes(cache.read_bytes())
    except (InvalidInput, OSError):
        return None  # no cache, or a damaged one: the tree is rebuilt from the leaves
    return tree if tree.root.hex() == root else None


def make_proof(attestation_path: str, leaves_path: str, holding: int, out: str) -> dict[str, Any]:
    """An inclusion proof for one holding, carrying its signed envelope, written to `out`."""
    proof, info = build_proof(attestation_path, leaves_path, holding)
    write_atomic(Path(out), canonical.dumps(proof), mode=0o644)
    return info


def build_proof(attestation_path: str, leaves_path: str, holding: int
                ) -> tuple[dict[str, Any], dict[str, Any]]:
    """One holding's inclusion proof document (FORMAT.md §7) and what it proves.

    With the tree cache the leaves file is only searched (memory-mapped), never
    read whole: one proof among a million takes well under a second.
    """
    envelope = Envelope.loads(read_file(attestation_path, "attestation"),
                              source=str(attestation_path))
    body = statement.parse_statement(envelope.payload)
    root = body["tree"]["root"]
    try:
        with open(leaves_path, "rb") as handle, \
                mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            header = statement.read_leaves_header(data, str(leaves_path), count=False)
            if header.get("attestation_id") != body["attestation_id"]:
                raise InvalidInput(msg("{leaves_path} holds the leaves of another attestation",
                                       leaves_path=leaves_path))
            leaf = _find_leaf(data, holding, str(leaves_path))
            tree = _cached_tree(leaves_path, root)
            if tree is None:
                _, leaves = statement.read_leaves_file(bytes(data), str(leaves_path))
                tree = merkle.MerkleTree(leaves)
    except (OSError, ValueError) as exc:
        raise InvalidInput(msg("cannot read leaves file {leaves_path}: {exc}",
                               leaves_path=leaves_path, exc=exc)) from None
    if leaf is None:
        raise NotFound(msg("holding {holding} is not in attestation {attestation_id}",
                           holding=holding, attestation_id=body['attestation_id']))
    if tree.root.hex() != root or tree.size != header["count"]:
        raise InvalidInput(msg("{leaves_path} does not give the attested root",
                               leaves_path=leaves_path))
    index = tree.index_of(merkle.leaf_hash(leaf))
    if index is None:
        raise InvalidInput(msg("{leaves_path} does not give the attested root",
                               leaves_path=leaves_path))
    proof = {
        "format": PROOF_FORMAT, "version": 1, "envelope": envelope.to_json(),
        "leaf": leaf.decode("utf-8"), "index": index, "tree_size": tree.size,
        "proof": [h.hex() for h in tree.inclusion_proof(index)],
    }
    return proof, {"holding": holding, "index": index, "tree_size": tree.size,
                   "attestation_id": body["attestation_id"]}


def lookup_proof(attestation_path: str, leaves_path: str, holding: int, policy_path: str, *,
                 trusted_policy: str | None = None, now: datetime | None = None
                 ) -> tuple[dict[str, Any], bytes, Verdict]:
    """One holding's inclusion proof, made and verified at once, without keeping a file.

    Returns what `make_proof` returns, the proof document's bytes (for
    `save_proof`) and the proof's verdict against `policy_path`.
    """
    policy = read_file(policy_path, "policy")
    trusted = read_file(trusted_policy, "pinned policy") if trusted_policy else None
    proof, info = build_proof(attestation_path, leaves_path, holding)
    data = canonical.dumps(proof)
    verdict = verify_proof(data, policy, trusted_policy=trusted, now=now,
                           source=msg("proof of holding {holding}", holding=holding))
    return info, data, verdict


def save_proof(data: bytes, out: str) -> None:
    """Write a proof document where the user chose (the save dialog asked about replacing)."""
    write_atomic(Path(out), data, mode=0o644, overwrite=True)


#: The members of an inclusion proof (FORMAT.md §7), and no other.
PROOF_MEMBERS = ("envelope", "format", "index", "leaf", "proof", "tree_size", "version")


def proof_problem(proof: dict[str, Any]) -> str | None:
    """What makes `proof` other than FORMAT.md §7 says, as a sentence, or None: exactly its
    members, version 1, counts for index and tree size, the leaf a text, the path
    lower-case hex hashes, the envelope an object."""
    missing = [name for name in PROOF_MEMBERS if name not in proof]
    if missing:
        return msg("it lacks the member {name!r}", name=missing[0])
    unknown = sorted(name for name in proof if name not in PROOF_MEMBERS)
    if unknown:
        return msg("it has the unknown member {name!r}, which FORMAT.md §7 does not allow",
                   name=unknown[0])
    if proof["version"] != 1 or isinstance(proof["version"], bool):
        return msg("its version is {version!r}, not 1", version=proof["version"])
    for name in ("index", "tree_size"):
        value = proof[name]
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            return msg("its {name} is not a count", name=name)
    if not isinstance(proof["leaf"], str):
        return msg("its leaf is not a text")
    if not isinstance(proof["proof"], list) or not all(map(statement._is_hex, proof["proof"])):
        return msg("its proof is not a list of hashes of 64 lower-case hex digits")
    if not isinstance(proof["envelope"], dict):
        return msg("its envelope is not a JSON object")
    return None


def verify_proof(data: bytes, policy: bytes | Trust, *, trusted_policy: bytes | None = None,
                 now: datetime | None = None, max_age: timedelta | None = None,
                 source: str = "proof") -> Verdict:
    now = now or datetime.now(UTC)
    verdict = Verdict(source)
    try:
        proof = canonical.loads(data, source=source)
        if not isinstance(proof, dict) or proof.get("format") != PROOF_FORMAT:
            raise InvalidInput(msg("{source} is not a Tijori proof", source=source))
        problem = proof_problem(proof)
        if problem is not None:
            raise InvalidInput(problem)
        envelope_data = canonical.dumps(proof["envelope"])
        leaf = proof["leaf"].encode("utf-8")
        index, size = proof["index"], proof["tree_size"]
        path = [bytes.fromhex(h) for h in proof["proof"]]
    except canonical.NotJSON as exc:
        verdict.failed("proof", exc.message)
        return verdict
    except (InvalidInput, KeyError, TypeError, ValueError, AttributeError) as exc:
        verdict.failed("proof", msg("{source} is malformed: {exc}", source=source, exc=exc))
        return verdict
    verdict.extend(verify_attestation(envelope_data, policy, trusted_policy=trusted_policy,
                                      now=now, max_age=max_age, source=source))
    try:
        body = statement.parse_statement(Envelope.from_json(proof["envelope"]).payload)
    except InvalidInput:
        return verdict  # already failed above, with its reason
    ok = size == body["tree"]["size"] and merkle.verify_inclusion(
        leaf, index, size, path, bytes.fromhex(body["tree"]["root"]))
    try:
        holding = statement.parse_leaf(leaf, msg("the leaf of {source}",
                                                 source=source)) if ok else {}
    except InvalidInput as exc:  # in the tree, but not a holding: nothing is proven
        verdict.failed("inclusion", exc.message)
        return verdict
    verdict.add("inclusion", ok,
                msg("holding {id} ({kind}) is leaf {index} of {size} under the attested root of "
                    "the attestation as of {as_of}",
                    id=holding.get('id'),
                    kind=holding.get('kind'),
                    index=index,
                    size=size,
                    as_of=body['as_of']) if ok
                else "the leaf is not in the attested tree")
    return verdict


def _bundle_problem(bundle: Any) -> str | None:
    """What is wrong with a report bundle's shape (FORMAT.md §10.3), or None."""
    if not isinstance(bundle, dict) or bundle.get("format") != BUNDLE_FORMAT:
        return "it is not a Tijori report bundle"
    missing = [name for name in BUNDLE_MEMBERS if name not in bundle]
    if missing:
        return f"it lacks the member {missing[0]!r}"
    unknown = sorted(name for name in bundle if name not in BUNDLE_MEMBERS)
    if unknown:
        return f"it has the unknown member {unknown[0]!r}, which FORMAT.md §10.3 does not allow"
    if bundle["version"] != 1 or isinstance(bundle["version"], bool):
        return f"its version is {bundle['version']!r}, not 1"
    if not isinstance(bundle["envelope"], dict) or not isinstance(bundle["policy"], dict):
        return "its envelope or policy is not a JSON object"
    leaves = bundle["leaves"]
    if leaves is not None and not (isinstance(leaves, list)
                                   and all(isinstance(leaf, str) for leaf in leaves)):
        return "its leaves are neither null nor a list of texts"
    if not isinstance(bundle["public"], bool) or bundle["public"] != (leaves is None):
        return ("it says it is public but carries the leaves" if bundle["public"] is True
                else "it says it is not public but carries no leaves" if leaves is None
                else "its public member is not true or false")
    if not isinstance(bundle["proofs"], list) or not all(
            isinstance(proof, dict) for proof in bundle["proofs"]):
        return "its proofs are not a list of objects"
    return None


def verify_bundle(data: bytes, policy: bytes | Trust, *, leaves: bytes | None = None,
                  previous: bytes | None = None, trusted_policy: bytes | None = None,
                  now: datetime | None = None, max_age: timedelta | None = None,
                  source: str = "report bundle", parallel: bool = True) -> Verdict:
    """Every check of a JSON report bundle, as of the attestation it carries.

    The envelope is verified as an attestation against the verifier's own policy (the
    copy inside the bundle is never trusted), with the leaves the bundle carries (else
    `leaves`, if given), and each proof it carries must verify and be of that envelope.
    """
    now = now or datetime.now(UTC)
    verdict = Verdict(source)
    try:
        bundle = canonical.loads(data, source=source)
    except canonical.UnsafeJSON:
        raise
    except InvalidInput as exc:
        verdict.failed("bundle", exc.message)
        return verdict
    problem = _bundle_problem(bundle)
    if problem:
        verdict.failed("bundle", msg("{source}: {problem}", source=source, problem=problem))
        if not isinstance(bundle, dict) or not isinstance(bundle.get("envelope"), dict):
            return verdict
    else:
        verdict.passed("bundle",
                       "a Tijori report bundle, version 1, public (no leaves)" if bundle["public"]
                       else "a Tijori report bundle, version 1, with the leaves")
    envelope_json = bundle["envelope"]
    try:
        payload = Envelope.from_json(envelope_json, source=msg("the envelope of {source}",
                                                               source=source)).payload
    except InvalidInput:
        payload = None  # verify_attestation names what is wrong with it
    carried = bundle.get("leaves")
    if isinstance(carried, list) and all(isinstance(leaf, str) for leaf in carried):
        try:
            body = statement.parse_statement(payload or b"")
        except InvalidInput:
            leaves = None  # the statement fails below, with its reason
        else:
            leaves = b"".join([statement.leaves_header(body["attestation_id"], len(carried)),
                               *(leaf.encode("utf-8") + b"\n" for leaf in carried)])
    verdict.extend(verify_attestation(canonical.dumps(envelope_json), policy, leaves=leaves,
                                      previous=previous, trusted_policy=trusted_policy,
                                      now=now, max_age=max_age, source=source,
                                      parallel=parallel))
    try:
        yours = load_policy_envelope(Trust.of(policy).policy, "policy")[0].payload
        inside = Envelope.from_json(bundle.get("policy"), source="embedded policy").payload
    except InvalidInput:
        yours, inside = b"", None
    if inside != yours:
        verdict.passed("embedded policy", "the bundle carries another policy than yours; "
                       "only yours is trusted")
    proofs = bundle.get("proofs")
    for number, proof in enumerate(proofs if isinstance(proofs, list) else [], 1):
        name = f"embedded proof {number}"
        if not isinstance(proof, dict):
            verdict.failed(name, "is not a proof")
            continue
        try:
            of = Envelope.from_json(proof.get("envelope"), source=name).payload
        except InvalidInput:
            of = None
        if payload is None or of != payload:
            verdict.failed(name, "is not a proof of this bundle's attestation")
            continue
        checked = verify_proof(canonical.dumps(proof), policy, trusted_policy=trusted_policy,
                               now=now, source=name)
        verdict.add(name, checked.ok, "verifies" if checked.ok else checked.failed_checks())
    return verdict


def verify_report(data: bytes, policy_data: bytes | Trust, *, now: datetime | None = None,
                  max_age: timedelta | None = None, source: str = "report",
                  parallel: bool = True) -> Verdict:
    """Every check of a signed report, in one verdict (`parallel`: see verify_attestation).

    A report that embeds a programme attestation is a programme's report, verified under
    a programme policy: after the PDF's signature, `programme_report` makes its checks."""
    from app.reporting import cover_check, pdf_verify  # only when a PDF is verified

    names = pdf_verify.ATTACHMENT_NAMES
    now = now or datetime.now(UTC)
    trust = Trust.of(policy_data)
    policy_data = trust.policy
    # a programme's policy too: its report signers sign a programme's report
    _, policy = load_policy_envelope(policy_data, "policy", ANY_POLICY)
    trusted = set(policy.roles["report-signer"].keyids) if "report-signer" in policy.roles \
        else set()
    verdict, attachments = pdf_verify.verify_signed_pdf(data, trusted_keyids=trusted,
                                                      source=source)
    if not trusted:
        verdict.failed("report signer", "the policy names no report-signer key")
    envelope_data = attachments.get(names["envelope"])
    if envelope_data is None:
        verdict.failed("embedded attestation", "the report carries no attestation.json")
        return verdict
    from app.services import programme_report  # it builds on this module
    if programme_report.is_programme_report(attachments):
        return programme_report.verify_programme_report(data, trust, verdict, attachments,
                                                        now=now, max_age=max_age, source=source)
    load_policy_envelope(policy_data, "policy")  # a custodian's report: a custodian's policy
    leaves = attachments.get(names["leaves"])
    verdict.extend(verify_attestation(envelope_data, trust, leaves=leaves, now=now,
                                      max_age=max_age, source=source, parallel=parallel))
    embedded_policy = attachments.get(names["policy"])
    if embedded_policy is not None and embedded_policy != policy_data:
        verdict.passed("embedded policy", "the report embeds another policy than yours; "
                       "only yours is trusted")
    for name, doc in sorted(attachments.items()):
        if name.startswith("proof-"):
            proof = verify_proof(doc, trust, now=now, source=name)
            verdict.add(f"embedded {name}", proof.ok,
                        "verifies" if proof.ok else joined(c.reason for c in proof.failures))
    counted = attachments.get(names["count"])
    if counted is not None:  # a count certificate: its checks, on the report's leaves
        from app.services import counting  # it builds on this module
        try:
            verdict.extend(counting.verify_count(counted, trust, leaves=leaves, now=now,
                                                 source=names["count"], parallel=parallel,
                                                 verified=envelope_data))
        except InvalidInput as exc:
            verdict.failed("count certificate", msg("the embedded {count}: {exc}",
                                                    count=names['count'], exc=exc))
    try:
        body = statement.parse_statement(Envelope.loads(envelope_data).payload)
    except Exception as exc:
        verdict.failed("cover figures", msg("the cover cannot be read: {exc}", exc=exc))
        return verdict
    cover_check.check_cover(data, body, attachments, verdict)  # page 1, drawn again
    return verdict


def kind_of(data: bytes, source: str = "file") -> str:
    """What a file to verify is: 'pdf', 'proof', 'bundle', 'count', 'attestation',
    'programme attestation', 'programme proof', 'policy' or 'unknown'.

    JSON that is refused for its shape (`canonical.UnsafeJSON`: nested too deeply, a
    lone surrogate) raises, naming `source`: that says more than "unknown".
    """
    if data[:5] == b"%PDF-":
        return "pdf"
    try:
        obj = canonical.loads(data, source=source)
    except canonical.UnsafeJSON:
        raise
    except InvalidInput:
        return "unknown"
    if isinstance(obj, dict):
        if obj.get("format") == PROOF_FORMAT:
            return "proof"
        if obj.get("format") == BUNDLE_FORMAT:
            return "bundle"
        if obj.get("format") == COUNT_FORMAT:
            return "count"
        if isinstance(obj.get("payloadType"), str) and \
                obj["payloadType"] in statement.PAYLOAD_TYPES:
            return "attestation"
        if obj.get("format") == PROGRAMME_PROOF_FORMAT:
            return "programme proof"
        if obj.get("payloadType") == PROGRAMME_TYPE:
            return "programme attestation"
        if obj.get("payloadType") == POLICY_TYPE:
            return "policy"
    return "unknown"


def verify_file(path: str, policy_path: str | Sequence[str], *, leaves: str | None = None,
                previous: str | None = None, trusted_policy: str | None = None,
                now: datetime | None = None, max_age: timedelta | None = None,
                parallel: bool = True) -> Verdict:
    """Verify a report (PDF or JSON bundle), attestation or proof file; `parallel=False`
    never forks. `policy_path` is your policy, or several: yours first, then older
    versions (files or folders) to reach the one an attestation names."""
    data = read_file(path, "file")
    trust = read_trust(policy_path, trusted_policy)
    kind = kind_of(data, str(path))
    if kind == "attestation":
        return verify_attestation(
            data, trust, leaves=read_file(leaves, "leaves file") if leaves else None,
            previous=read_file(previous, "previous attestation") if previous else None,
            now=now, max_age=max_age, source=str(path), parallel=parallel)
    if kind == "proof":
        return verify_proof(data, trust, now=now, max_age=max_age, source=str(path))
    if kind == "bundle":
        return verify_bundle(
            data, trust, leaves=read_file(leaves, "leaves file") if leaves else None,
            previous=read_file(previous, "previous attestation") if previous else None,
            now=now, max_age=max_age, source=str(path), parallel=parallel)
    if kind == "pdf":
        return verify_report(data, trust, now=now, max_age=max_age, source=str(path),
                             parallel=parallel)
    if kind in ("programme attestation", "programme proof"):
        from app.services import programme_attest  # it builds on this module
        if kind == "programme proof":
            return programme_attest.verify_chained_proof(data, trust, now=now, max_age=max_age,
                                                         source=str(path))
        return programme_attest.verify_programme_attestation(
            data, trust, previous=read_file(previous, "previous attestation") if previous
            else None, now=now, max_age=max_age, source=str(path))
    if kind == "count":
        from app.services import counting  # it builds on this module
        return counting.verify_count(data, trust, leaves=read_file(leaves, "leaves file")
                                     if leaves else None, now=now, source=str(path),
                                     parallel=parallel)
    raise InvalidInput(msg("{path} is not a report, attestation, proof or count that Tijori can "
                           "verify", path=path))
