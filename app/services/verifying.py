"""Verifying attestations and inclusion proofs offline, against a trusted policy.

Fails closed: every check that is asked for and cannot be made is a failure.
"""

from __future__ import annotations

from datetime import UTC, datetime
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

__all__ = ["kind_of", "make_proof", "verify_attestation", "verify_file", "verify_proof"]


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


def _leaves(body: dict[str, Any], leaves_data: bytes, verdict: Verdict) -> None:
    try:
        header, leaves = statement.read_leaves_file(leaves_data)
    except InvalidInput as exc:
        verdict.failed("leaves", str(exc))
        return
    if header.get("attestation_id") != body["attestation_id"]:
        verdict.failed("leaves", "the leaves belong to another attestation")
        return
    tree = merkle.MerkleTree(leaves)
    verdict.add("tree size", tree.size == body["tree"]["size"],
                f"{tree.size} leaves, statement says {body['tree']['size']}")
    verdict.add("root recomputed", tree.root.hex() == body["tree"]["root"],
                "the leaves give the stated root" if tree.root.hex() == body["tree"]["root"]
                else f"the leaves give root {tree.root.hex()[:16]}…, not the stated one")
    try:
        totals = statement.totals_of_leaves(leaves)
    except InvalidInput as exc:
        verdict.failed("totals recomputed", str(exc))
        return
    verdict.add("totals recomputed", totals == body["totals"],
                "the leaves add up to the stated totals" if totals == body["totals"]
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
) -> Verdict:
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
        _leaves(body, leaves, verdict)
    if previous is not None:
        _chain(body, previous, verdict)
    return verdict


def _find_leaf(data: bytes, holding: int) -> tuple[int, bytes] | None:
    """(index, leaf) of the holding in a leaves file, found without splitting it.

    Canonical leaves spell the id as `"id":N,"kind":` (keys sorted, no spaces, and
    a quote inside a string value is always escaped), so one byte search finds
    it; the leaf is then parsed to confirm.
    """
    position = data.find(b'"id":%d,"kind":' % holding)
    if position < 0:
        return None
    start = data.rfind(b"\n", 0, position) + 1
    end = data.find(b"\n", position)
    leaf = data[start:end if end >= 0 else len(data)]
    if statement.parse_leaf(leaf).get("id") != holding:
        return None
    return data.count(b"\n", 0, start) - 1, leaf


def _tree_for(leaves_path: str, data: bytes, root: str) -> merkle.MerkleTree:
    """The leaves' tree, from the cache written with them when it matches the root."""
    cache = tree_cache_path(leaves_path)
    if cache.exists():
        try:
            tree = merkle.MerkleTree.from_bytes(cache.read_bytes())
            if tree.root.hex() == root:
                return tree
        except (InvalidInput, OSError):
            pass  # a damaged or stale cache is rebuilt from the leaves
    _, leaves = statement.read_leaves_file(data, str(leaves_path))
    return merkle.MerkleTree(leaves)


def make_proof(attestation_path: str, leaves_path: str, holding: int, out: str) -> dict[str, Any]:
    """An inclusion proof for one holding, carrying its signed envelope."""
    envelope = Envelope.loads(read_file(attestation_path, "attestation"),
                              source=str(attestation_path))
    body = statement.parse_statement(envelope.payload)
    data = read_file(leaves_path, "leaves file")
    header = statement.read_leaves_header(data, str(leaves_path))
    if header.get("attestation_id") != body["attestation_id"]:
        raise InvalidInput(f"{leaves_path} holds the leaves of another attestation")
    found = _find_leaf(data, holding)
    if found is None:
        raise NotFound(f"holding {holding} is not in attestation {body['attestation_id']}")
    index, leaf = found
    tree = _tree_for(leaves_path, data, body["tree"]["root"])
    if tree.root.hex() != body["tree"]["root"] or tree.size != header["count"]:
        raise InvalidInput(f"{leaves_path} does not give the attested root")
    proof = {
        "format": PROOF_FORMAT, "version": 1, "envelope": envelope.to_json(),
        "leaf": leaf.decode("utf-8"), "index": index, "tree_size": tree.size,
        "proof": [h.hex() for h in tree.inclusion_proof(index)],
    }
    write_atomic(Path(out), canonical.dumps(proof), mode=0o644)
    return {"holding": holding, "index": index, "tree_size": tree.size,
            "attestation_id": body["attestation_id"]}


def verify_proof(data: bytes, policy: bytes, *, trusted_policy: bytes | None = None,
                 now: datetime | None = None, source: str = "proof") -> Verdict:
    now = now or datetime.now(UTC)
    verdict = Verdict(source)
    try:
        proof = canonical.loads(data)
        if not isinstance(proof, dict) or proof.get("format") != PROOF_FORMAT:
            raise InvalidInput(f"{source} is not a Tijori proof")
        envelope_data = canonical.dumps(proof["envelope"])
        leaf = proof["leaf"].encode("utf-8")
        index, size = proof["index"], proof["tree_size"]
        path = [bytes.fromhex(h) for h in proof["proof"]]
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
    holding = statement.parse_leaf(leaf) if ok else {}
    verdict.add("inclusion", ok,
                f"holding {holding.get('id')} ({holding.get('kind')}) is leaf {index} of "
                f"{size} under the attested root" if ok
                else "the leaf is not in the attested tree")
    return verdict


def kind_of(data: bytes) -> str:
    """What a file to verify is: 'pdf', 'proof', 'attestation', 'policy' or 'unknown'."""
    if data[:5] == b"%PDF-":
        return "pdf"
    try:
        obj = canonical.loads(data)
    except (InvalidInput, ValueError, UnicodeDecodeError):
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
                now: datetime | None = None) -> Verdict:
    data = read_file(path, "file")
    policy = read_file(policy_path, "policy")
    trusted = read_file(trusted_policy, "pinned policy") if trusted_policy else None
    kind = kind_of(data)
    if kind == "attestation":
        return verify_attestation(
            data, policy, leaves=read_file(leaves, "leaves file") if leaves else None,
            previous=read_file(previous, "previous attestation") if previous else None,
            trusted_policy=trusted, now=now, source=str(path))
    if kind == "proof":
        return verify_proof(data, policy, trusted_policy=trusted, now=now, source=str(path))
    raise InvalidInput(f"{path} is not an attestation or a proof that Tijori can verify")

