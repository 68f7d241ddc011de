"""Verifying attestations and inclusion proofs offline, against a trusted policy.

Fails closed: every check that is asked for and cannot be made is a failure.
"""

from __future__ import annotations

import mmap
import multiprocessing
import tempfile
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.attest import canonical, merkle, statement
from app.attest.dsse import Envelope
from app.attest.fileio import write_atomic
from app.attest.policy import (
    PAYLOAD_TYPE as POLICY_TYPE,
)
from app.attest.policy import (
    Policy,
    count_signatures,
    load_policy_envelope,
    outsiders,
    verify_policy,
)
from app.attest.verdict import Verdict
from app.domain.errors import InvalidInput, NotFound
from app.services.attesting import ATTESTED_ROLES, PROOF_FORMAT, read_file, tree_cache_path
from app.services.parallel import may_fork

__all__ = ["kind_of", "lookup_proof", "make_proof", "save_proof", "verify_attestation",
           "verify_file", "verify_proof"]


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


def _envelope(data: bytes, verdict: Verdict, source: str) -> tuple[Envelope, dict] | None:
    try:
        envelope = Envelope.loads(data, source=source)
    except InvalidInput as exc:
        verdict.failed("envelope", str(exc))
        return None
    if envelope.payload_type != statement.PAYLOAD_TYPE:
        verdict.failed("envelope", f"payload type {envelope.payload_type!r} is not a statement")
        return None
    try:
        body = statement.parse_statement(envelope.payload, f"{source} statement")
    except InvalidInput as exc:
        verdict.failed("statement", str(exc))
        return None
    verdict.passed("statement", f"attestation {body['attestation_id']} as of {body['as_of']}")
    return envelope, body


def _signatures(envelope: Envelope, policy: Policy, now: datetime, verdict: Verdict) -> None:
    outsiders(envelope, policy, verdict, "attestation")
    for role in ATTESTED_ROLES:
        count_signatures(envelope, policy, role, now, verdict, "attestation")


def _coverage(body: dict[str, Any], verdict: Verdict) -> None:
    try:
        tokens = [{"symbol": t["symbol"], "commodity": t["commodity"],
                   "per_token": t["per_token"]["quantity"], "unit": t["per_token"]["unit"],
                   "supply": t["supply"], "supply_as_of": t["supply_as_of"],
                   "supply_source": t["supply_source"]} for t in body["tokens"]]
        again = statement.coverage(tokens, body["totals"])
    except (KeyError, TypeError, ArithmeticError, InvalidInput) as exc:
        verdict.failed("coverage", f"the token section is malformed: {exc}")
        return
    verdict.add("coverage", again == body["tokens"],
                "coverage recomputed from the totals agrees" if again == body["tokens"]
                else "the stated coverage does not follow from the stated totals")
    for token in body["tokens"]:
        if not token.get("covered"):
            verdict.passed(f"shortfall {token['symbol']}",
                           f"stated: reserves cover {token.get('coverage')} of the supply "
                           "(the attestation says so; this is not a verification failure)")


# The leaves file, shared with forked workers (copy-on-write: one bytes object).
_SHARED: bytes = b""
#: From this many leaves, verification uses two processes.
PARALLEL_FROM = 100_000

def _part(lo: int, hi: int, first: int) -> tuple[bytes, int, dict, str | None]:
    """Merkle root, leaf count and quantity sums of the leaves in _SHARED[lo:hi]."""
    lines = _SHARED[lo:hi].split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    tree = merkle.MerkleTree(lines)
    try:
        return tree.root, tree.size, statement.sum_leaves(lines, first), None
    except InvalidInput as exc:
        return tree.root, tree.size, {}, str(exc)


def _hash_and_sum(data: bytes, body_start: int, count: int, parallel: bool = True
                  ) -> tuple[bytes, int, dict, str | None]:
    """The root, size and sums of the leaves, on two cores where fork is available.

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
            return _part(body_start, len(data), 0)
        split = 1 << (count - 1).bit_length() - 1
        cut = body_start
        for _ in range(split):
            cut = data.find(b"\n", cut) + 1
        try:
            with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
                jobs = [pool.submit(_part, body_start, cut, 0),
                        pool.submit(_part, cut, len(data), split)]
                (left, size_a, sums_a, error_a), (right, size_b, sums_b, error_b) = [
                    job.result() for job in jobs]
        except (OSError, BrokenProcessPool):
            return _part(body_start, len(data), 0)
    finally:
        _SHARED = b""
    sums = dict(sums_a)
    for key, value in sums_b.items():
        sums[key] = sums.get(key, Decimal(0)) + value
    root = merkle.node_hash(left, right) if size_b else left
    return root, size_a + size_b, sums, error_a or error_b


def _leaves(body: dict[str, Any], leaves_data: bytes, verdict: Verdict,
            parallel: bool = True) -> None:
    try:
        header = statement.read_leaves_header(leaves_data)
    except InvalidInput as exc:
        verdict.failed("leaves", str(exc))
        return
    if header.get("attestation_id") != body["attestation_id"]:
        verdict.failed("leaves", "the leaves belong to another attestation")
        return
    body_start = leaves_data.find(b"\n") + 1
    root, size, sums, error = _hash_and_sum(leaves_data, body_start, header["count"],
                                            parallel)
    verdict.add("tree size", size == body["tree"]["size"],
                f"{size} leaves, statement says {body['tree']['size']}")
    verdict.add("root recomputed", root.hex() == body["tree"]["root"],
                "the leaves give the stated root" if root.hex() == body["tree"]["root"]
                else f"the leaves give root {root.hex()[:16]}…, not the stated one")
    if error:
        verdict.failed("totals recomputed", error)
        return
    summed = statement.format_totals(sums)
    verdict.add("totals recomputed", summed == body["totals"],
                "the leaves add up to the stated totals" if summed == body["totals"]
                else "the leaves do not add up to the stated totals")


def _chain(body: dict[str, Any], previous_data: bytes, verdict: Verdict) -> None:
    prior_verdict = Verdict("previous")
    found = _envelope(previous_data, prior_verdict, "previous attestation")
    if found is None:
        verdict.failed("chain", "the previous attestation cannot be read")
        return
    prior_env, prior = found
    link = body.get("previous") or {}
    digest = statement.statement_digest(prior_env.payload)
    verdict.add("chain link", link.get("digest") == digest,
                "names the previous attestation's digest" if link.get("digest") == digest
                else "does not name this previous attestation")
    journal, old = body["journal"], prior["journal"]
    consistency = journal.get("consistency") or {}
    proof = [bytes.fromhex(h) for h in consistency.get("proof", []) if isinstance(h, str)]
    ok = (consistency.get("from_size") == old.get("size") and merkle.verify_consistency(
        old["size"], journal["size"], bytes.fromhex(old["root"]), bytes.fromhex(journal["root"]),
        proof))
    verdict.add("journal consistency", ok,
                f"the journal of {journal['size']} events extends the previous {old['size']}"
                if ok else "the journal was not only appended to since the previous attestation")


def verify_attestation(
    attestation: bytes,
    policy: bytes,
    *,
    leaves: bytes | None = None,
    previous: bytes | None = None,
    trusted_policy: bytes | None = None,
    now: datetime | None = None,
    source: str = "attestation",
    parallel: bool = True,
) -> Verdict:
    """Every check of an attestation; `parallel=False` never forks (see `_hash_and_sum`)."""
    now = now or datetime.now(UTC)
    verdict = Verdict(source)
    trusted = _policy(policy, trusted_policy, now, verdict, "policy")
    found = _envelope(attestation, verdict, source)
    if trusted is None or found is None:
        if trusted is None:
            verdict.failed("policy", "the policy cannot be read, so no signature can be trusted")
        return verdict
    envelope, body = found
    _signatures(envelope, trusted, now, verdict)
    _coverage(body, verdict)
    if leaves is not None:
        _leaves(body, leaves, verdict, parallel)
    if previous is not None:
        _chain(body, previous, verdict)
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
    if statement.parse_leaf(leaf, f"the leaf of holding {holding} in {source}"
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
    """An inclusion proof for one holding, carrying its signed envelope.

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
                raise InvalidInput(f"{leaves_path} holds the leaves of another attestation")
            leaf = _find_leaf(data, holding, str(leaves_path))
            tree = _cached_tree(leaves_path, root)
            if tree is None:
                _, leaves = statement.read_leaves_file(bytes(data), str(leaves_path))
                tree = merkle.MerkleTree(leaves)
    except (OSError, ValueError) as exc:
        raise InvalidInput(f"cannot read leaves file {leaves_path}: {exc}") from None
    if leaf is None:
        raise NotFound(f"holding {holding} is not in attestation {body['attestation_id']}")
    if tree.root.hex() != root or tree.size != header["count"]:
        raise InvalidInput(f"{leaves_path} does not give the attested root")
    index = tree.index_of(merkle.leaf_hash(leaf))
    if index is None:
        raise InvalidInput(f"{leaves_path} does not give the attested root")
    proof = {
        "format": PROOF_FORMAT, "version": 1, "envelope": envelope.to_json(),
        "leaf": leaf.decode("utf-8"), "index": index, "tree_size": tree.size,
        "proof": [h.hex() for h in tree.inclusion_proof(index)],
    }
    write_atomic(Path(out), canonical.dumps(proof), mode=0o644)
    return {"holding": holding, "index": index, "tree_size": tree.size,
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
    with tempfile.TemporaryDirectory(prefix="tijori-proof-") as folder:
        out = Path(folder) / "proof.json"
        info = make_proof(attestation_path, leaves_path, holding, str(out))
        data = out.read_bytes()
    verdict = verify_proof(data, policy, trusted_policy=trusted, now=now,
                           source=f"proof of holding {holding}")
    return info, data, verdict


def save_proof(data: bytes, out: str) -> None:
    """Write a proof document where the user chose (the save dialog asked about replacing)."""
    write_atomic(Path(out), data, mode=0o644, overwrite=True)


def verify_proof(data: bytes, policy: bytes, *, trusted_policy: bytes | None = None,
                 now: datetime | None = None, source: str = "proof") -> Verdict:
    now = now or datetime.now(UTC)
    verdict = Verdict(source)
    try:
        proof = canonical.loads(data, source=source)
        if not isinstance(proof, dict) or proof.get("format") != PROOF_FORMAT:
            raise InvalidInput(f"{source} is not a Tijori proof")
        envelope_data = canonical.dumps(proof["envelope"])
        leaf = proof["leaf"].encode("utf-8")
        index, size = proof["index"], proof["tree_size"]
        path = [bytes.fromhex(h) for h in proof["proof"]]
    except canonical.NotJSON as exc:
        verdict.failed("proof", str(exc))
        return verdict
    except (InvalidInput, KeyError, TypeError, ValueError, AttributeError) as exc:
        verdict.failed("proof", f"{source} is malformed: {exc}")
        return verdict
    verdict.extend(verify_attestation(envelope_data, policy, trusted_policy=trusted_policy,
                                      now=now, source=source))
    try:
        body = statement.parse_statement(Envelope.from_json(proof["envelope"]).payload)
    except InvalidInput:
        return verdict  # already failed above, with its reason
    ok = size == body["tree"]["size"] and merkle.verify_inclusion(
        leaf, index, size, path, bytes.fromhex(body["tree"]["root"]))
    try:
        holding = statement.parse_leaf(leaf, f"the leaf of {source}") if ok else {}
    except InvalidInput as exc:  # in the tree, but not a holding: nothing is proven
        verdict.failed("inclusion", str(exc))
        return verdict
    verdict.add("inclusion", ok,
                f"holding {holding.get('id')} ({holding.get('kind')}) is leaf {index} of "
                f"{size} under the attested root" if ok
                else "the leaf is not in the attested tree")
    return verdict


def kind_of(data: bytes, source: str = "file") -> str:
    """What a file to verify is: 'pdf', 'proof', 'attestation', 'policy' or 'unknown'.

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
        if obj.get("payloadType") == statement.PAYLOAD_TYPE:
            return "attestation"
        if obj.get("payloadType") == POLICY_TYPE:
            return "policy"
    return "unknown"


def verify_file(path: str, policy_path: str, *, leaves: str | None = None,
                previous: str | None = None, trusted_policy: str | None = None,
                now: datetime | None = None, parallel: bool = True) -> Verdict:
    """Verify a report, attestation or proof file; `parallel=False` never forks."""
    data = read_file(path, "file")
    policy = read_file(policy_path, "policy")
    trusted = read_file(trusted_policy, "pinned policy") if trusted_policy else None
    kind = kind_of(data, str(path))
    if kind == "attestation":
        return verify_attestation(
            data, policy, leaves=read_file(leaves, "leaves file") if leaves else None,
            previous=read_file(previous, "previous attestation") if previous else None,
            trusted_policy=trusted, now=now, source=str(path), parallel=parallel)
    if kind == "proof":
        return verify_proof(data, policy, trusted_policy=trusted, now=now, source=str(path))
    if kind == "pdf":
        from app.services.reporting import verify_report  # reporting builds on this module

        return verify_report(data, policy, now=now, source=str(path), parallel=parallel)
    raise InvalidInput(f"{path} is not a report, attestation or proof that Tijori can verify")

