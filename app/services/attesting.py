"""Attestations, the terminal's side: the signing request, finalising, the history.

PSBT-style: the terminal writes a request (the statement payload, its digest,
the policy it was made under, the roles asked for, the journal's consistency
proofs, optionally the leaves); the signer on an offline PC checks it
(services/signing.py), shows a summary and signs; the terminal combines the
responses and finalises once the policy's thresholds are met.
"""

from __future__ import annotations

import hashlib
import json
import os
import shlex
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from glob import escape as glob_escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.attest import canonical, merkle, statement
from app.attest.dsse import Envelope, Signature
from app.attest.fileio import read_file, write_atomic  # read_file: for the GUI too
from app.attest.formats import (
    ATTESTED_ROLES,
    REQUEST_FORMAT,
    REQUEST_VERSION,
    RESPONSE_FORMAT,
    SIGNED_AT,
    load_document,
    tree_cache_path,
)
from app.attest.keys import b64decode_strict
from app.attest.policy import (
    ANY_POLICY,
    PROGRAMME_SCHEMA,
    Policy,
    count_signatures,
    holding_policy,
    load_policy_envelope,
    policy_digest,
)
from app.attest.programme_statement import PAYLOAD_TYPE as PROGRAMME_TYPE
from app.attest.request import b64, read_request

# For the GUI, which reads files and shows statements through this service:
from app.attest.statement import NOT_IN_SCOPE  # noqa: F401
from app.attest.summary import coverage_percent, summary  # noqa: F401
from app.attest.verdict import Verdict
from app.domain.errors import CheckFailed, InvalidInput, NotFound
from app.domain.messages import joined, msg
from app.domain.progress import QUIET, Task
from app.domain.times import format_time, in_future, parse_time

if TYPE_CHECKING:
    from app.store.ledger import Ledger

# -- the statement -------------------------------------------------------------------


@dataclass
class Snapshot:
    statement: dict[str, Any]
    payload: bytes
    leaves: list[bytes] | None  # kept only when asked for (to go into the request)
    tree: merkle.MerkleTree
    #: Consistency proofs of the journal from earlier checkpoints, for the signers'
    #: witness check: [{"from_size", "proof"}] (FORMAT.md §5.1).
    journal_proofs: list[dict[str, Any]]


@dataclass(frozen=True)
class Prior:
    """The attestation a new one follows: what the statement names of it, and the size
    of its journal checkpoint (the new journal must extend it)."""

    link: dict[str, Any]  # the statement's `previous` member
    sequence: int  # the new statement's
    journal_size: int


def _recorded_envelopes(ledger: Ledger) -> list[tuple[Envelope, str]]:
    """The envelopes of the attestations recorded in the ledger, in (as-of, seq) order."""
    rows = ledger.conn.execute(
        "SELECT envelope, as_of FROM attestations ORDER BY as_of, seq").fetchall()
    return [(Envelope.loads(_stored_bytes(data), source="a recorded attestation"), as_of)
            for data, as_of in rows]


def _prior(ledger: Ledger, recorded: list[tuple[Envelope, str]], previous_path: str | None,
           as_of: str) -> Prior | None:
    """The previous attestation: the file given, else the last the ledger recorded at or
    before `as_of`. Its sequence is its own (version 2), else its place in the ledger's
    history (a version 1 attestation has none). `recorded`: `_recorded_envelopes`."""
    if previous_path:
        envelope = Envelope.loads(read_file(previous_path, "previous attestation"),
                                  source=str(previous_path))
    else:
        earlier = [env for env, when in recorded if when <= as_of]
        if not earlier:
            return None
        envelope = earlier[-1]
    prior = statement.Statement.from_payload(envelope.payload, "previous attestation")
    if prior.ledger_id != (ledger.meta("ledger_id") or ""):
        raise InvalidInput(msg("the previous attestation {attestation_id} is of another ledger "
                               "({ledger_id})",
                               attestation_id=prior.attestation_id,
                               ledger_id=prior.ledger_id), "previous")
    sequence = prior.sequence
    if sequence is None:  # version 1: counted in the ledger's history, at least the first
        place = [statement.statement_digest(env.payload) for env, _ in recorded]
        digest = statement.statement_digest(envelope.payload)
        sequence = place.index(digest) + 1 if digest in place else len(place) or 1
    return Prior({"attestation_id": prior.attestation_id, "as_of": prior.as_of,
                  "digest": statement.statement_digest(envelope.payload),
                  "sequence": prior.sequence}, sequence + 1, prior.journal["size"])


def _journal_sizes(recorded: list[tuple[Envelope, str]]) -> set[int]:
    """The journal sizes of the attestations the ledger recorded: a signer that witnessed
    one of them needs a consistency proof from it (FORMAT.md §5.1)."""
    sizes = set()
    for envelope, _ in recorded:
        try:
            sizes.add(statement.Statement.from_payload(envelope.payload).journal["size"])
        except InvalidInput:
            continue
    return sizes


def check_as_of(moment: str, now: datetime, policy: Policy, roles: list[str]) -> None:
    """Refuse an as-of in the future, or one at which no signature could count: each role
    asked for needs its threshold of keys valid at the as-of and now (FORMAT.md §5.2)."""
    when = parse_time(moment, "as_of")
    if in_future(when, now):
        raise InvalidInput(msg("the as-of {moment} is in the future (the clock here says "
                               "{format_time}); an attestation states what is held, not what "
                               "will be", moment=moment, format_time=format_time(now)), "as_of")
    for role in roles:
        spec = policy.roles[role]
        usable = [k for k in spec.keyids if policy.key_problem(k, when) is None
                  and policy.key_problem(k, now) is None]
        if len(usable) < spec.threshold:
            raise InvalidInput(
                msg("at the as-of {moment}, only {count} {role} key(s) of the policy are valid "
                    "there and now, and {threshold} must sign: no signature could count (an "
                    "as-of before the keys existed?)",
                    moment=moment, count=len(usable), role=role, threshold=spec.threshold), "as_of")


def build_snapshot(
    ledger: Ledger,
    *,
    custodian: str,
    policy: dict[str, Any],
    sites: list[str] | None = None,
    as_of: str | None = None,
    previous_path: str | None = None,
    leaves_out: Path,
    keep_leaves: bool = False,
    proofs_from: Iterable[int] = (),
    audit_commitment: str | None = None,
    task: Task = QUIET,
) -> Snapshot:
    """Take the holdings in scope at `as_of`; write the leaves file; make the statement.

    The leaves go to `leaves_out` as they are made, so a million of them never
    sit in memory at once (unless `keep_leaves`, for a request that carries them).
    `policy` is what the statement names: {"digest", "version"} of the policy it is
    made under; `proofs_from` are journal sizes (beside those of the attestations the
    ledger records) to prove the journal consistent from, for signers that witnessed them.
    """
    from app.services.recording import time_arg

    moment = time_arg(as_of, "as_of", ledger)
    # One snapshot of a server ledger for the whole statement: other terminals may record
    # while it is made, and the journal, the holdings and the recorded attestations it
    # reads must be of one moment.
    with ledger.consistent():
        return _build_snapshot(ledger, custodian, policy, sites, moment, previous_path,
                               leaves_out, keep_leaves, proofs_from, audit_commitment, task)


def _build_snapshot(ledger: Ledger, custodian: str, policy: dict[str, Any],
                    sites: list[str] | None, moment: str, previous_path: str | None,
                    leaves_out: Path, keep_leaves: bool, proofs_from: Iterable[int],
                    audit_commitment: str | None, task: Task) -> Snapshot:
    from app.store import queries, snapshot
    from app.store.verify import replayed

    known = {s["code"]: s for s in queries.sites(ledger)}
    chosen = [s.strip().upper() for s in sites or []]
    for code in chosen:
        if code not in known:
            raise InvalidInput(msg("there is no site {code!r}", code=code), "site")
    upto = snapshot.last_event_at(ledger, moment)
    head, _ = ledger.head()
    task.progress(0, 4)
    # An attestation states what the journal proves, never what the tables say:
    # the leaves come from the journal replayed to the as-of, and the stored
    # holdings must be exactly the journal's replay to its head, or nothing is
    # attested (rows written behind the journal's back are named).
    with replayed(ledger, upto) as replay:
        if upto == head:
            replay.prove_current()
        terms = _Terms(custodian, policy, chosen, known, moment, upto, previous_path,
                       set(proofs_from), audit_commitment)
        snap = _snapshot(ledger, replay.source, "replay", terms, leaves_out, keep_leaves, task)
        if upto < head:
            try:
                replay.prove_current()
            except BaseException:
                leaves_out.unlink(missing_ok=True)
                raise
        return snap


@dataclass(frozen=True)
class _Terms:
    """What a statement is asked to say, besides what the ledger holds."""

    custodian: str
    policy: dict[str, Any]
    chosen: list[str]  # site codes asked for; none means every site
    known: dict[str, dict[str, str]]  # every site of the ledger, by code
    as_of: str
    upto: int  # the journal's size at the as-of
    previous_path: str | None
    proofs_from: set[int]
    audit_commitment: str | None = None  # the auditor's SHA-256 of a count's nonce


def _scope(source: Any, db: str, terms: _Terms, totals: list[dict[str, str]],
           token_rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The statement's scope: its sites, whether they are all the ledger's, and the
    commodities it covers completely (none of their holdings is at a site outside it)."""
    from app.store import queries

    codes = sorted(terms.chosen or terms.known)
    complete = set(codes) == set(terms.known)
    named = {t["commodity"] for t in totals} | {t["commodity"] for t in token_rows}
    outside = set() if complete else queries.commodities_outside(source, codes, db=db)
    return {"sites": codes, "commodities": sorted(named - outside), "complete": complete}


def _snapshot(ledger: Ledger, source: Any, db: str, terms: _Terms, leaves_out: Path,
              keep_leaves: bool, task: Task) -> Snapshot:
    """The statement's body and leaves: the holdings read from `source` (the replay's
    connection) in schema `db`, the journal and recorded attestations from `ledger`."""
    from app.services.recording import BAR_METHOD, LOT_METHOD
    from app.services.tokens import tokens as list_tokens
    from app.store import queries, snapshot
    from app.store.ledger import rfc3339

    chosen, upto = terms.chosen, terms.upto
    methods = {"bars": (BAR_METHOD["standard"], BAR_METHOD["edition"]),
               "lots": (LOT_METHOD["standard"], LOT_METHOD["edition"])}
    attestation_id = str(uuid.uuid4())
    count = snapshot.count_holdings(source, db=db, sites=chosen or None)
    kept: list[bytes] = []
    hashes: list[bytes] = []
    sha = hashlib.sha256

    def chunks() -> Iterator[bytes]:
        yield statement.leaves_header(attestation_id, count)
        for batch in snapshot.holding_batches(source, db=db, sites=chosen or None,
                                              methods=methods):
            made = statement.make_leaves(batch, os.urandom(statement.SALT_BYTES * len(batch)))
            hashes.extend([sha(b"\x00" + leaf).digest() for leaf in made])
            if keep_leaves:
                kept.extend(made)
            task.check(msg("the attestation"))
            yield b"\n".join(made) + b"\n"

    write_atomic(leaves_out, chunks(), mode=0o600, overwrite=True)
    if len(hashes) != count:
        leaves_out.unlink(missing_ok=True)
        raise CheckFailed("The holdings changed while the attestation was being made; "
                          "make the request again.")
    task.progress(1, 4)
    tree = merkle.MerkleTree.from_leaf_hashes(hashes)
    hashes.clear()
    task.check(msg("the attestation"))
    task.progress(2, 4)
    totals = queries.totals(source, db=db, sites=chosen or None)
    totals = statement.format_totals({(t["commodity"], t["unit"]): Decimal(t["quantity"])
                                      for t in totals})
    token_rows = list_tokens(source, db)
    events = snapshot.event_hashes(ledger, upto)
    journal_tree = merkle.MerkleTree(events)
    recorded = _recorded_envelopes(ledger)
    prior = _prior(ledger, recorded, terms.previous_path, terms.as_of)
    journal = {"size": upto, "root": journal_tree.root.hex(),
               "head": events[-1].hex() if events else "", "consistency": None}
    if prior is not None:
        if prior.journal_size > upto:
            raise InvalidInput(
                msg("the previous attestation {attestation_id} states a journal of "
                    "{journal_size} events, more than the {upto} this ledger holds at the "
                    "as-of: this ledger is not the one it attested (an older copy?), or the "
                    "as-of is before the previous one's",
                    attestation_id=prior.link['attestation_id'],
                    journal_size=prior.journal_size,
                    upto=upto), "previous")
        if prior.journal_size > 0:
            journal["consistency"] = {
                "from_size": prior.journal_size,
                "proof": [p.hex() for p in journal_tree.consistency_proof(prior.journal_size)],
            }
    sizes = (_journal_sizes(recorded) | terms.proofs_from) - {0}
    journal_proofs = [{"from_size": size, "proof": [
        p.hex() for p in journal_tree.consistency_proof(size)]}
        for size in sorted(sizes) if size <= upto]
    scope = _scope(source, db, terms, totals, token_rows)
    body = statement.Statement(
        version=2, attestation_id=attestation_id, created=rfc3339(ledger.clock()),
        as_of=terms.as_of,
        custodian={"name": terms.custodian, "ledger_id": ledger.meta("ledger_id") or ""},
        sites=[terms.known[c] for c in terms.chosen or scope["sites"]],
        tree={"size": tree.size, "root": tree.root.hex(), "hashing": statement.TREE_HASHING},
        totals=totals, tokens=statement.coverage(token_rows, totals, scope), journal=journal,
        previous=prior.link if prior else None, policy=dict(terms.policy), scope=scope,
        sequence=prior.sequence if prior else 1,
        audit={"nonce_commitment": terms.audit_commitment} if terms.audit_commitment else None)
    task.progress(3, 4)
    return Snapshot(body.to_dict(), body.payload(), kept if keep_leaves else None, tree,
                    journal_proofs)


def check_audit_commitment(text: str | None) -> str | None:
    """An auditor's nonce commitment as the statement carries it: 64 lower-case hex digits."""
    if text is None or not text.strip():
        return None
    value = text.strip().lower()
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
        raise InvalidInput(msg("the auditor's nonce commitment is 64 hex digits (the SHA-256 "
                               "that `tijori audit commit` prints), not {text!r}",
                               text=text.strip()),
                           "audit_commitment")
    return value


def _check_request_paths(ledger: Ledger, out: Path, leaves: Path) -> None:
    """Refuse to overwrite a finished request, or leaves that one uses or the ledger records.

    Leaves with neither their request nor their tree cache beside them were left by a
    run that was stopped (the tree cache is written last, after the request): the new
    run replaces them.
    """
    tree = tree_cache_path(leaves)
    if out.exists():
        if leaves.exists():
            files = " ".join(shlex.quote(str(p)) for p in (out, leaves, tree) if p.exists())
            raise InvalidInput(
                msg("{out} is a finished signing request and {leaves} its leaves; refusing to "
                    "overwrite them. Choose another --out and --leaves-out, or, to make the "
                    "request again, remove them first: rm {files}",
                    out=out, leaves=leaves, files=files), "out")
        raise InvalidInput(msg("{out} already exists; refusing to overwrite it", out=out), "out")
    if not leaves.exists():
        return
    recorded = _recorded_leaves(ledger, leaves)
    if recorded is not None:
        raise InvalidInput(
            msg("{leaves} holds the leaves of attestation {recorded}, recorded in this ledger; "
                "they can never be made again (their salts are random), so they are not "
                "overwritten: choose another --leaves-out",
                leaves=leaves, recorded=recorded), "leaves_out")
    if tree.exists():
        files = f"{shlex.quote(str(leaves))} {shlex.quote(str(tree))}"
        raise InvalidInput(
            msg("{leaves} belongs to a finished signing request other than {out} (its tree "
                "cache {tree} is beside it); refusing to overwrite it. Choose another "
                "--leaves-out, or, if no request needs these leaves, remove them first: rm "
                "{files}", leaves=leaves, out=out, tree=tree, files=files), "leaves_out")


def _recorded_leaves(ledger: Ledger, leaves: Path) -> str | None:
    """The attestation id in the header of `leaves` if this ledger has recorded it."""
    try:
        with leaves.open("rb") as handle:
            header = json.loads(handle.readline(4096))
        attestation_id = header["attestation_id"]
    except (OSError, ValueError, TypeError, KeyError):
        return None  # not a leaves file that can be read: nothing a request needs
    if not isinstance(attestation_id, str):
        return None
    row = ledger.conn.execute("SELECT 1 FROM attestations WHERE attestation_id = ?",
                              (attestation_id,)).fetchone()
    return attestation_id if row is not None else None


#: The temporary file `write_atomic` writes beside TARGET: .TARGET.<16 hex digits>.tmp
_TEMPORARY = "." + "[0-9a-f]" * 16 + ".tmp"


def _remove_stale_temporaries(*targets: Path) -> None:
    """Remove what an earlier run killed outright (SIGKILL, power cut) left of `targets`.

    Such a run cannot clean up: its temporary files (the leaves in plain text among
    them) stay beside the files it was writing until the next request for them.
    """
    for target in targets:
        for stale in target.parent.glob(f".{glob_escape(target.name)}{_TEMPORARY}"):
            stale.unlink(missing_ok=True)


def make_request(
    ledger: Ledger,
    *,
    policy_path: str,
    out: str,
    leaves_out: str,
    custodian: str,
    sites: list[str] | None = None,
    as_of: str | None = None,
    with_leaves: bool = False,
    previous_path: str | None = None,
    roles: Iterable[str] = ATTESTED_ROLES,
    proofs_from: Iterable[int] = (),
    audit_commitment: str | None = None,
    task: Task = QUIET,
) -> dict[str, Any]:
    """Write a signing request and the leaves file; return the statement.

    `audit_commitment` is the SHA-256 of the nonce an auditor will draw the count's sample
    with (`tijori audit commit`): the statement carries it, so that the auditor cannot
    choose the nonce once the statement is known (FORMAT.md §11.1).

    The as-of may not be in the future, nor at a time when the policy's keys could not
    sign (`check_as_of`). The request carries consistency proofs of the journal from
    the checkpoint of every attestation the ledger records, and from `proofs_from`
    (FORMAT.md §5.1).

    What an earlier run that was stopped left for the same files (its temporary
    files, leaves with neither a request nor a tree cache beside them) is replaced;
    a finished request, and leaves that one uses or the ledger records, are not.
    """
    from app.services.recording import time_arg
    from app.store.ledger import rfc3339

    now = ledger.clock()
    envelope, policy = holding_policy(policy_path, now, msg("The policy {policy_path}",
                                                            policy_path=policy_path))
    custodian = (custodian or "").strip()
    if not custodian:
        raise InvalidInput("name the custodian (--custodian)", "custodian")
    roles = list(roles)
    for role in roles:
        if role not in policy.roles:
            raise InvalidInput(msg("the policy has no role {role!r}", role=role), "roles")
    moment = time_arg(as_of, "as_of", ledger)
    check_as_of(moment, now, policy, roles)
    digest = policy_digest(envelope)
    leaves_path, tree_path = Path(leaves_out), tree_cache_path(leaves_out)
    _remove_stale_temporaries(Path(out), leaves_path, tree_path)
    _check_request_paths(ledger, Path(out), leaves_path)
    # The leaves (owner-only) first, the request second, the tree cache last: a run
    # stopped anywhere leaves no request, and leaves without a request or tree cache
    # beside them are what such a run left (the next one replaces them). On any
    # failure or interruption it can catch, a run removes every file it wrote.
    written = False
    try:
        snap = build_snapshot(ledger, custodian=custodian, sites=sites, as_of=moment,
                              policy={"digest": digest, "version": policy.version},
                              previous_path=previous_path, leaves_out=leaves_path,
                              keep_leaves=with_leaves, proofs_from=proofs_from,
                              audit_commitment=check_audit_commitment(audit_commitment), task=task)
        request = {
            "format": REQUEST_FORMAT, "version": REQUEST_VERSION,
            "request_id": str(uuid.uuid4()),
            "payload_type": statement.PAYLOAD_TYPE, "payload": b64(snap.payload),
            "payload_sha256": statement.statement_digest(snap.payload),
            "policy_sha256": digest, "policy": envelope.to_json(),
            "roles": roles, "created": rfc3339(ledger.clock()),
            "journal_proofs": snap.journal_proofs,
            "leaves": [leaf.decode("utf-8") for leaf in snap.leaves]
            if snap.leaves is not None else None,
        }
        write_atomic(Path(out), canonical.dumps(request), mode=0o600)
        written = True
        write_atomic(tree_path, snap.tree.to_bytes(), mode=0o600, overwrite=True)
    except BaseException:
        for path in (tree_path, Path(out), leaves_path) if written else (leaves_path,):
            path.unlink(missing_ok=True)
        # write_atomic removes its temporary file, unless an interrupt (SIGTERM made one
        # by the CLI) lands right after the file is created, before it can: remove it here.
        _remove_stale_temporaries(Path(out), leaves_path, tree_path)
        raise
    task.progress(4, 4)
    return {"request_id": request["request_id"], "statement": snap.statement,
            "payload_sha256": request["payload_sha256"]}


# -- combining -----------------------------------------------------------------------


def _request_policy(request_path: str) -> tuple[dict[str, Any], Policy]:
    """The request at `request_path` and the policy it carries, checked against its digest."""
    request = read_request(read_file(request_path, "request"), str(request_path))
    pinned = Envelope.from_json(request["policy"])
    if policy_digest(pinned) != request["policy_sha256"]:
        raise InvalidInput(msg("{request_path} is damaged: its policy does not match its digest",
                               request_path=request_path))
    _, policy = load_policy_envelope(pinned.dumps(), "the request's policy", ANY_POLICY)
    if (policy.schema == PROGRAMME_SCHEMA) != (request["payload_type"] == PROGRAMME_TYPE):
        raise InvalidInput(msg("{request_path} is damaged: its statement and its policy are "
                               "not of the same kind (a custodian's, a programme's)",
                               request_path=request_path))
    return request, policy


def _response_signature(request: dict[str, Any], policy: Policy, envelope: Envelope,
                        data: bytes, source: str) -> tuple[Signature, str | None]:
    """A response's signature, checked to answer this request and verify; and its time."""
    response = load_document(data, RESPONSE_FORMAT, source)
    if response.get("request_id") != request["request_id"]:
        raise InvalidInput(msg("{source} answers another request ({request_id})",
                               source=source, request_id=response.get('request_id')))
    if response.get("payload_sha256") != request["payload_sha256"]:
        raise InvalidInput(msg("{source} signs another payload than this request's", source=source))
    keyid = response.get("keyid")
    if not isinstance(keyid, str) or not keyid:
        raise InvalidInput(msg("{source} does not name the key that signed it", source=source))
    signature = Signature(keyid, b64decode_strict(response.get("sig"), msg("{source} signature",
                                                                           source=source)))
    entry = policy.keys.get(signature.keyid)
    if entry is None:
        raise InvalidInput(msg("{source} is signed by a key that is not in the policy",
                               source=source))
    if not envelope.verify_signature(signature, entry.public):
        raise InvalidInput(msg("{source}: the signature does not verify", source=source))
    signed_at = response.get("signed_at")
    return signature, signed_at if isinstance(signed_at, str) else None


def _combine(request: dict[str, Any], policy: Policy, response_paths: Iterable[str]
             ) -> tuple[Envelope, dict[str, str]]:
    envelope = Envelope(request["payload_type"], request["payload_bytes"])
    signed_at: dict[str, str] = {}
    for path in response_paths:
        signature, when = _response_signature(
            request, policy, envelope, read_file(path, "response"), str(path))
        envelope = envelope.add(signature)
        if when is not None:
            signed_at.setdefault(signature.keyid, when)
    return envelope, signed_at


def finalize(
    request_path: str,
    response_paths: list[str],
    *,
    out: str,
    now: datetime | None = None,
    ledger: Ledger | None = None,
) -> dict[str, Any]:
    """Combine responses in any order; write the attestation only when thresholds are met.

    With `ledger`, the attestation is recorded (committed) before its file is
    written; for an attestation the ledger already records with the same envelope
    (a run stopped between the two), the file is written again and nothing recorded.
    """
    now = now or datetime.now(UTC)
    request, policy = _request_policy(request_path)
    envelope, signed_at = _combine(request, policy, response_paths)
    verdict = Verdict("attestation")
    met = [count_signatures(envelope, policy, role, now, verdict, "attestation").met
           for role in request["roles"]]
    if not all(met):
        missing = [c.reason for c in verdict.failures if "threshold" in c.name]
        raise CheckFailed(msg("Not final yet: {missing}.", missing=joined(missing)))
    # The times the signers' responses state go beside the signatures, for people to
    # read (the report's signatures page); no signature covers them.
    document = envelope.to_json()
    document[SIGNED_AT] = {k: signed_at[k] for k in sorted(signed_at)
                           if any(s.keyid == k for s in envelope.signatures)}
    data = canonical.dumps(document)
    body = request["statement"]
    target = Path(out)
    there = _holds(target, data)  # the same attestation is already there: nothing to write
    if target.exists() and not there:
        raise InvalidInput(msg("{out} already exists; refusing to overwrite it", out=out))
    already = False
    if ledger is not None:
        # Recorded (and committed) first, written second: a run stopped in between leaves
        # an attestation the ledger records, and the same command writes its file again.
        with ledger.transaction():
            row = ledger.conn.execute(
                "SELECT payload_sha256, envelope FROM attestations WHERE attestation_id = ?",
                (body["attestation_id"],)).fetchone()
            if row is None:
                ledger.record("attestation.finalized", {
                    "attestation_id": body["attestation_id"], "as_of": body["as_of"],
                    "payload_sha256": request["payload_sha256"],
                    "envelope": data.decode("utf-8"),
                })
            elif row[0] != request["payload_sha256"]:
                raise InvalidInput(
                    msg("attestation {attestation_id} is already recorded in this ledger with "
                        "another statement than {request_path}'s; {out} was not written",
                        attestation_id=body['attestation_id'], request_path=request_path, out=out))
            elif _stored_bytes(row[1]) != data:
                raise InvalidInput(
                    msg("attestation {attestation_id} is already recorded in this ledger with "
                        "other signatures (or the same ones in another order) than these "
                        "responses give; the recorded one stands and {out} was not written. "
                        "Give the responses of the first finalize in the same order, or save "
                        "the recorded attestation from the history on the Attest page",
                        attestation_id=body['attestation_id'], out=out))
            else:
                already = True
    if not there:
        write_atomic(target, data, mode=0o644)  # an attestation is public: no holdings in it
    return {"attestation_id": body["attestation_id"], "signatures": len(envelope.signatures),
            "checks": verdict.as_json(), "already_recorded": already, "written": not there}


def _holds(path: Path, data: bytes) -> bool:
    """True if the file at `path` holds exactly `data`."""
    try:
        return path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def _stored_bytes(value: Any) -> bytes:
    """An envelope as the ledger returns it (TEXT or BLOB), as bytes."""
    return bytes(value) if isinstance(value, bytes | memoryview) else str(value).encode("utf-8")


# -- the terminal's view of a request in progress ----------------------------------------


def leaves_path_for(request_path: str | os.PathLike) -> str:
    """Where the leaves of a request go by default: beside it, NAME.leaves.jsonl."""
    return _beside(request_path, ".leaves.jsonl")


def attestation_path_for(request_path: str | os.PathLike) -> str:
    """Where the finalised attestation goes by default: beside the request, NAME.att.json."""
    return _beside(request_path, ".att.json")


def _beside(request_path: str | os.PathLike, suffix: str) -> str:
    path = Path(request_path)
    name = path.name
    for ending in (".req.json", ".request.json", ".json"):
        if name.endswith(ending) and len(name) > len(ending):
            return str(path.with_name(name[: -len(ending)] + suffix))
    return str(path.with_name(name + suffix))


def open_request(request_path: str) -> dict[str, Any]:
    """A signing request read back (to resume its signing): its statement and roles."""
    request, policy = _request_policy(request_path)
    return {"request_id": request["request_id"], "statement": request["statement"],
            "roles": list(request["roles"]), "created": request.get("created"),
            "payload_sha256": request["payload_sha256"],
            "policy_sha256": request["policy_sha256"],
            "policy": {"name": policy.name, "version": policy.version},
            "with_leaves": request.get("leaves") is not None,
            "programme": request["payload_type"] == PROGRAMME_TYPE,
            "summary": summary(request["statement"])}


def response_path_for(request_path: str | os.PathLike, keyid: str) -> str:
    return f"{request_path}.{keyid[:16]}.sig"


def save_response(request_path: str, data: bytes, *, source: str = "the response") -> str:
    """Keep a response (read from QR codes) as a file beside its request.

    Checked first like `finalize` checks it: it must answer this request and
    its signature must verify under a key of the request's policy. Returns the
    file's path; the same response saved twice is one file.
    """
    request, policy = _request_policy(request_path)
    envelope = Envelope(request["payload_type"], request["payload_bytes"])
    signature, _ = _response_signature(request, policy, envelope, data, source)
    out = Path(response_path_for(request_path, signature.keyid))
    number = 1
    while out.exists():
        if out.read_bytes() == data:
            return str(out)
        number += 1
        out = Path(f"{response_path_for(request_path, signature.keyid)}.{number}")
    write_atomic(out, data, mode=0o644)
    return str(out)


def find_responses(request_path: str) -> list[str]:
    """The response files beside a request that answer it (NAME.*.sig*), for resuming.

    Files that do not answer this request, or do not verify, are left out.
    """
    request, policy = _request_policy(request_path)
    envelope = Envelope(request["payload_type"], request["payload_bytes"])
    folder, name = Path(request_path).parent, Path(request_path).name
    found = []
    for path in sorted(folder.glob(f"{glob_escape(name)}.*.sig*")):
        try:
            _response_signature(request, policy, envelope, path.read_bytes(), str(path))
        except (InvalidInput, OSError):
            continue
        found.append(str(path))
    return found


def evaluate_responses(request_path: str, response_paths: list[str], *,
                       now: datetime | None = None) -> dict[str, Any]:
    """Where the signing of a request stands, writing nothing.

    Each response is checked as `finalize` checks it (a bad one raises
    `InvalidInput` naming its file). For each role the request asks for: the
    threshold, the keys whose signatures count, and the keys still missing
    (with why a key present does not count, e.g. expired). `final` is True when
    `finalize` would write the attestation.
    """
    now = now or datetime.now(UTC)
    request, policy = _request_policy(request_path)
    envelope, signed_at = _combine(request, policy, response_paths)
    signers = {sig.keyid for sig in envelope.signatures}
    roles = []
    for role in request["roles"]:
        spec = policy.roles.get(role)
        if spec is None:
            raise InvalidInput(msg("{request_path} asks for role {role!r}, which its policy "
                                   "does not have", request_path=request_path, role=role))
        verdict = Verdict("attestation")
        met = count_signatures(envelope, policy, role, now, verdict, "attestation").met
        counted, missing = [], []
        for keyid in spec.keyids:
            entry = policy.keys[keyid]
            problem = policy.key_problem(keyid, now)
            who = {"keyid": keyid, "name": entry.name}
            if keyid in signers and problem is None:
                counted.append(who)
            else:
                missing.append({**who, "problem": f"the key {problem}" if problem else ""})
        roles.append({"role": role, "threshold": spec.threshold, "valid": len(counted),
                      "met": met, "signed": counted, "missing": missing})
    responses = []
    for path in response_paths:
        data = read_file(path, "response")
        response = load_document(data, RESPONSE_FORMAT, str(path))
        entry = policy.keys[response["keyid"]]
        responses.append({"path": str(path), "keyid": response["keyid"], "name": entry.name,
                          "roles": policy.roles_of(response["keyid"]),
                          "signed_at": signed_at.get(response["keyid"], "")})
    return {"request_id": request["request_id"], "roles": roles, "responses": responses,
            "final": all(r["met"] for r in roles)}


# -- the attestations a ledger has recorded ---------------------------------------------


def attestation_history(ledger: Ledger) -> list[dict[str, Any]]:
    """The attestations recorded in the ledger, oldest first, each linked to the previous.

    `linked` is True when the statement's previous digest is the digest of an
    attestation in this history (or it names none and is the first).
    """
    rows = ledger.conn.execute(
        "SELECT attestation_id, as_of, payload_sha256, envelope, seq FROM attestations "
        "ORDER BY as_of, seq").fetchall()
    out: list[dict[str, Any]] = []
    digests: set[str] = set()
    for attestation_id, as_of, digest, data, seq in rows:
        envelope = Envelope.loads(bytes(data) if isinstance(data, bytes | memoryview)
                                  else str(data).encode("utf-8"), source="the ledger")
        body = statement.parse_statement(envelope.payload, "recorded attestation")
        previous = body.get("previous") or None
        prev_digest = previous["digest"] if previous else None
        out.append({
            "attestation_id": attestation_id, "as_of": as_of, "digest": digest,
            "custodian": body["custodian"]["name"],
            "sites": [site["code"] for site in body["sites"]],
            "tree_size": body["tree"]["size"], "root": body["tree"]["root"],
            "signatures": len(envelope.signatures),
            "previous": prev_digest,
            "previous_id": previous["attestation_id"] if previous else None,
            "linked": prev_digest in digests if prev_digest else not out,
            "seq": seq,
        })
        digests.add(digest)
    return out


def export_attestation(ledger: Ledger, attestation_id: str, out: str) -> str:
    """Write the attestation file the ledger recorded (byte for byte as finalised)."""
    row = ledger.conn.execute("SELECT envelope FROM attestations WHERE attestation_id = ?",
                              (attestation_id,)).fetchone()
    if row is None:
        raise NotFound(msg("There is no attestation {attestation_id} in this ledger.",
                           attestation_id=attestation_id))
    write_atomic(Path(out), _stored_bytes(row[0]), mode=0o644, overwrite=True)
    return out
