"""Programme attestations: the request, the signer's checks, verification, chained proofs
(FORMAT.md §13.4 to §13.7).

The operator checks the members (`programme.check_programme`), then writes a signing
request of the same form as a custodian's (FORMAT.md §6) whose payload is a programme
statement; it carries the members' attestations and policies, so that each signer
checks them again on its own PC. The operator and the auditor sign it with
`tijori sign`; `tijori attest finalize` combines their signatures as for any request.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.attest import canonical, merkle, statement
from app.attest import programme_statement as ps
from app.attest.dsse import Envelope
from app.attest.fileio import read_file, write_atomic
from app.attest.formats import (
    PROGRAMME_PROOF_FORMAT,
    PROOF_FORMAT,
    REQUEST_FORMAT,
    REQUEST_VERSION,
)
from app.attest.policy import (
    ANY_POLICY,
    PROGRAMME_SCHEMA,
    Policy,
    count_signatures,
    load_policy_envelope,
    outsiders,
    policy_chain,
    policy_digest,
    verify_policy,
)
from app.attest.programme import Programme
from app.attest.request import b64
from app.attest.verdict import ALERT, CAUTION, CLEAR, Verdict
from app.domain.errors import CheckFailed, InvalidInput, NotFound
from app.domain.messages import joined, msg
from app.domain.progress import QUIET, Task
from app.domain.times import format_time, parse_time
from app.services import figures
from app.services.programme import MemberFiles, ProgrammeCheck, check_programme, trust_for
from app.services.tokens import token_terms
from app.services.verifying import (
    Trust,
    describe_age,
    proof_problem,
    verify_attestation,
    verify_proof,
)

#: The columns of a programme's token file (`--tokens`), in this order.
TOKEN_COLUMNS = ("symbol", "commodity", "per_token", "unit", "supply", "supply_as_of",
                 "supply_source")


class NotReady(CheckFailed):
    """The members' check failed: no request is written. `check` says what failed."""

    def __init__(self, message: str, check: ProgrammeCheck) -> None:
        super().__init__(message)
        self.check = check


def read_tokens(path: str) -> list[dict[str, Any]]:
    """The programme's tokens and their supply, from a CSV file with a header row of
    TOKEN_COLUMNS; InvalidInput names the row and column of a bad value."""
    text = read_file(path, "token file").decode("utf-8-sig", errors="strict")
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or [c.strip().lower() for c in rows[0]] != list(TOKEN_COLUMNS):
        raise InvalidInput(msg("{path}: the first row must name the columns {columns}",
                               path=path, columns=",".join(TOKEN_COLUMNS)), "tokens")
    tokens, seen = [], set()
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(TOKEN_COLUMNS):
            raise InvalidInput(msg("{path} row {number}: {count} columns, not {expected}",
                                   path=path, number=number, count=len(row),
                                   expected=len(TOKEN_COLUMNS)), "tokens")
        cell = dict(zip(TOKEN_COLUMNS, (c.strip() for c in row), strict=True))
        try:
            terms = token_terms(cell["symbol"], cell["commodity"],
                                f"{cell['per_token']} {cell['unit']}")
            supply = statement.read_decimal_string(cell["supply"], "supply") \
                if cell["supply"] else None
            if supply is not None and supply < 0:
                raise InvalidInput("supply must not be negative", "supply")
            when = format_time(parse_time(cell["supply_as_of"], "supply_as_of")) \
                if cell["supply_as_of"] else None
        except InvalidInput as exc:
            raise InvalidInput(msg("{path} row {number} ({field}): {exc}", path=path,
                                   number=number, field=exc.field or "value",
                                   exc=exc.message), "tokens") from None
        if terms["symbol"] in seen:
            raise InvalidInput(msg("{path} row {number}: token {symbol} is listed twice",
                                   path=path, number=number, symbol=terms["symbol"]), "tokens")
        seen.add(terms["symbol"])
        tokens.append({**terms, "supply": cell["supply"] or None, "supply_as_of": when,
                       "supply_source": cell["supply_source"]})
    return sorted(tokens, key=lambda t: t["symbol"])


def _previous(path: str, programme: Policy, as_of: datetime) -> tuple[dict[str, Any], int]:
    """The link to the previous programme attestation and the new sequence number."""
    envelope = Envelope.loads(read_file(path, "previous programme attestation"), source=path)
    if not ps.is_programme_type(envelope.payload_type):
        raise InvalidInput(msg("{path} is not a programme attestation", path=path), "previous")
    prior = ps.ProgrammeStatement.from_payload(envelope.payload, path)
    if prior.programme["name"] != programme.name:
        raise InvalidInput(msg("{path} is an attestation of programme {name!r}, not of "
                               "{programme!r}", path=path, name=prior.programme["name"],
                               programme=programme.name), "previous")
    if parse_time(prior.as_of, "as_of") >= as_of:
        raise InvalidInput(msg("the previous programme attestation is as of {before}, not "
                               "before this one's as-of {as_of}", before=prior.as_of,
                               as_of=format_time(as_of)), "previous")
    return ({"attestation_id": prior.attestation_id, "as_of": prior.as_of,
             "digest": statement.statement_digest(envelope.payload),
             "sequence": prior.sequence}, prior.sequence + 1)


def _not_ready(check: ProgrammeCheck, limit: int = 10) -> str:
    reasons = []
    for member in check.members:
        if not member.ok:
            reasons.append(msg("{name}: {why}", name=member.name,
                               why=member.verdict.failed_checks() if not member.verdict.ok
                               else msg("its as-of {as_of} is outside the window",
                                        as_of=member.as_of)))
    reasons += [msg("{name}: no attestation given", name=name) for name in check.missing]
    if check.collisions is not None and not check.collisions.ok:
        found = check.collisions.collisions
        reasons.append(msg("{count} holding(s) counted twice: {listed}", count=len(found),
                           listed=joined(
                               msg("{kind} {identity} ({places})", kind=c.kind,
                                   identity=c.identity,
                                   places=", ".join(f"{f.member} #{f.holding}"
                                                    for f in c.found))
                               for c in found[:limit])
                           + ("…" if len(found) > limit else "")))
    return msg("No programme request was written: {reasons}.", reasons=joined(reasons))


def make_programme_request(
    *, programme_path: str, members: Sequence[MemberFiles], policy_paths: Sequence[str],
    out: str, tokens_path: str | None = None, previous_path: str | None = None,
    as_of: str | None = None, now: datetime | None = None, task: Task = QUIET,
) -> dict[str, Any]:
    """Check the members (every check of `tijori programme check`); refuse with what failed
    (NotReady: the collisions named, which members, which holdings); else write the
    signing request of a programme statement and return the statement."""
    from app.services.attesting import check_as_of

    now = now or datetime.now(UTC)
    check = check_programme(programme_path, members, policy_paths, as_of=as_of, now=now,
                            task=task)
    if not check.ok:
        raise NotReady(_not_ready(check), check)
    envelope, policy = load_policy_envelope(read_file(programme_path, "programme policy"),
                                            programme_path, ANY_POLICY)
    moment = parse_time(check.as_of, "as_of")
    check_as_of(check.as_of, now, policy, list(ps.ROLES))
    prior, sequence = _previous(previous_path, policy, moment) if previous_path else (None, 1)
    entries, carried = [], []
    for member, files in sorted(zip(check.members, members, strict=True),
                                key=lambda pair: pair[0].name):
        data = read_file(files.attestation, "attestation")
        member_envelope = Envelope.loads(data, source=files.attestation)
        body = statement.Statement.from_payload(member_envelope.payload, files.attestation)
        entries.append(ps.member_entry(member.name, member_envelope.payload, body))
        carried.append(canonical.loads(data))
    totals = ps.summed_totals(entries)
    tokens = statement.coverage(read_tokens(tokens_path), totals) if tokens_path else []
    assert check.collisions is not None
    found = check.collisions
    body = ps.ProgrammeStatement(
        attestation_id=str(uuid.uuid4()), created=format_time(now), as_of=check.as_of,
        programme={"name": policy.name, "digest": check.programme_digest,
                   "version": policy.version},
        window_seconds=check.window_seconds, members=entries,
        tree={"size": len(entries), "root": ps.tree_of(entries).root.hex(),
              "hashing": statement.TREE_HASHING},
        totals=totals, tokens=tokens,
        collisions={"identities": found.identities, "bars": found.by_kind["bar"],
                    "lots": found.by_kind["lot"], "tanks": found.by_kind["tank"],
                    "unidentified": found.unidentified, "found": 0},
        previous=prior, sequence=sequence)
    ps.ProgrammeStatement.from_dict(body.to_dict())  # what it writes, it must read back
    payload = body.payload()
    request = {
        "format": REQUEST_FORMAT, "version": REQUEST_VERSION, "request_id": str(uuid.uuid4()),
        "payload_type": ps.PAYLOAD_TYPE, "payload": b64(payload),
        "payload_sha256": statement.statement_digest(payload),
        "policy_sha256": check.programme_digest, "policy": envelope.to_json(),
        "roles": list(ps.ROLES), "created": format_time(now), "journal_proofs": [],
        "leaves": None,
        "programme": {
            "attestations": carried,
            "policies": [canonical.loads(read_file(p, "member policy")) for p in policy_paths],
            "previous": canonical.loads(read_file(previous_path, "previous"))
            if previous_path else None},
    }
    write_atomic(Path(out), canonical.dumps(request), mode=0o644)
    return {"request_id": request["request_id"], "statement": body.to_dict(),
            "payload_sha256": request["payload_sha256"], "check": check.to_dict()}


# -- what the programme's signers check -----------------------------------------------------


def check_programme_request(request: dict[str, Any], body: ps.ProgrammeStatement,
                            now: datetime, verdict: Verdict) -> None:
    """The signer's checks of a programme statement beyond its policy, key and times: each
    carried member attestation verifies under the policy the programme pins for it (or a
    signed successor carried with it), the entries are theirs, within the window, and the
    tree, totals and coverage follow (FORMAT.md §13.5)."""
    carried = request.get("programme") or {}
    programme_env = Envelope.from_json(request["policy"], source="the request's policy")
    programme = Programme.of(Policy.from_payload(programme_env.payload, "programme policy",
                                                 ANY_POLICY))
    policies: dict[str, tuple[bytes, Policy]] = {}
    for document in carried.get("policies") or []:
        try:
            data = canonical.dumps(document)
            env, policy = load_policy_envelope(data, "a carried member policy")
        except InvalidInput:
            continue
        policies[policy_digest(env)] = (data, policy)
    by_digest: dict[str, tuple[bytes, bytes]] = {}  # digest → (the file, its payload)
    for document in carried.get("attestations") or []:
        try:
            data = canonical.dumps(document)
            payload = Envelope.loads(data).payload
        except InvalidInput:
            continue
        by_digest[statement.statement_digest(payload)] = (data, payload)
    moment = parse_time(body.as_of, "as_of")
    window = timedelta(seconds=body.window_seconds)
    _members_listed(programme, body, verdict)
    verdict.add("window", body.window_seconds == programme.window_seconds,
                msg("{seconds} s, as the programme policy states", seconds=body.window_seconds)
                if body.window_seconds == programme.window_seconds
                else "the window is not the programme policy's")
    for entry in body.members:
        name = msg("member {name}", name=entry["name"])
        data, payload = by_digest.get(entry["digest"], (None, b""))
        pinned = programme.member(entry["name"])
        if data is None or pinned is None:
            verdict.failed(name, msg("{name}: its attestation is not carried by the request",
                                     name=name) if data is None else
                           msg("{name}: the programme policy does not pin it", name=name))
            continue
        trusted, why = trust_for(pinned, entry["policy"]["digest"], policies, now)
        if trusted is None:
            verdict.failed(name, msg("{name}: {why}", name=name, why=why))
            continue
        checked = verify_attestation(data, trusted, now=now, source=entry["name"])
        same = checked.ok and ps.member_entry(  # its statement read only once it verified
            entry["name"], payload, statement.Statement.from_payload(payload)) == entry
        within = abs(parse_time(entry["as_of"], "as_of") - moment) <= window
        verdict.add(name, checked.ok and same and within,
                    msg("attestation {id} as of {as_of} verifies under its policy (v{version})",
                        id=entry["attestation_id"], as_of=entry["as_of"],
                        version=entry["policy"]["version"]) if checked.ok and same and within
                    else msg("{name}: {why}", name=name, why=checked.failed_checks())
                    if not checked.ok
                    else msg("{name}: the entry does not state its attestation", name=name)
                    if not same else msg("{name}: its as-of {as_of} is outside the window",
                                         name=name, as_of=entry["as_of"]))
    for check_name, problem in ps.figures_problems(body):
        verdict.add(check_name, problem is None, problem or msg("recomputed: it agrees"))
    verdict.not_done("collision check", msg(
        "the statement records {count} identities checked, none twice; the request carries "
        "no leaves, so it was not run here: the auditor runs `tijori programme check` on the "
        "members' leaves before signing", count=body.collisions["identities"]))
    previous = carried.get("previous")
    if body.previous is None:
        verdict.passed("chain", "the first programme attestation (sequence 1)")
    elif previous is None:
        verdict.failed("chain", "the request does not carry the previous programme attestation")
    else:
        link(canonical.dumps(previous), body, verdict)


def _members_listed(programme: Programme, body: ps.ProgrammeStatement,
                    verdict: Verdict) -> None:
    """The statement lists exactly the members the programme policy pins (its signer's
    check and its verifier's)."""
    names = sorted(m.name for m in programme.members)
    listed = [e["name"] for e in body.members]
    verdict.add("members listed", listed == names,
                msg("the {count} members the programme policy pins", count=len(names))
                if listed == names else msg("the statement lists {listed}, the programme "
                                            "pins {names}", listed=", ".join(listed),
                                            names=", ".join(names)))


def link(previous: bytes, body: ps.ProgrammeStatement, verdict: Verdict) -> None:
    try:
        envelope = Envelope.loads(previous, source="previous programme attestation")
        prior = ps.ProgrammeStatement.from_payload(envelope.payload, "previous")
    except InvalidInput as exc:
        verdict.failed("chain", exc.message)
        return
    link = body.previous or {}
    ok = (link.get("digest") == statement.statement_digest(envelope.payload)
          and link.get("attestation_id") == prior.attestation_id
          and link.get("sequence") == prior.sequence and link.get("as_of") == prior.as_of
          and prior.programme["name"] == body.programme["name"]
          and parse_time(prior.as_of, "as_of") < parse_time(body.as_of, "as_of"))
    verdict.add("chain", ok, msg("follows programme attestation {id} (number {sequence}, as of "
                                 "{as_of})", id=prior.attestation_id, sequence=prior.sequence,
                                 as_of=prior.as_of) if ok else
                "the previous programme attestation given is not the one the statement names, "
                "or is not earlier")


# -- verifying -------------------------------------------------------------------------------


def _programme_policy(trust: Trust, now: datetime, verdict: Verdict) -> Policy | None:
    envelope, _ = load_policy_envelope(trust.policy, "policy", ANY_POLICY)
    pinned = None
    if trust.pinned is not None:
        _, pinned = load_policy_envelope(trust.pinned, "pinned policy", ANY_POLICY)
    policy, checked = verify_policy(envelope, now=now, trusted=pinned, source="policy",
                                    schemas=ANY_POLICY)
    verdict.extend(checked)
    if policy is not None and policy.schema != PROGRAMME_SCHEMA:
        verdict.failed("policy", "your policy is a custodian's, not a programme's: a programme "
                       "attestation is verified under the programme policy")
        return None
    return policy


def _made_under(body: ps.ProgrammeStatement, trust: Trust, trusted: Policy, now: datetime,
                verdict: Verdict) -> Policy | None:
    trusted_env = load_policy_envelope(trust.policy, "policy", ANY_POLICY)[0]
    older = []
    for data in trust.older:
        try:
            older.append(load_policy_envelope(data, "older policy", ANY_POLICY)[0])
        except InvalidInput:
            continue
    chain = policy_chain(trusted_env, older, body.programme["digest"], now, ANY_POLICY)
    if chain.policy is None or chain.policy.version != body.programme["version"]:
        verdict.failed("policy binding", msg(
            "made under programme policy version {version} (digest {digest}…), which cannot "
            "be reached from your trusted policy (version {trusted}): {problem}",
            version=body.programme["version"], digest=body.programme["digest"][:16],
            trusted=trusted.version, problem=chain.problem or "another version"))
        return None
    verdict.passed("policy binding", msg("made under programme policy version {version}, "
                                         "reached from yours (version {trusted})",
                                         version=chain.policy.version, trusted=trusted.version))
    return chain.policy


def programme_figures(body: dict[str, Any]) -> list[figures.FigureLine]:
    return figures.Summary.of(body).lines()


def verify_programme_attestation(data: bytes, policy: bytes | Trust, *,
                                 previous: bytes | None = None, now: datetime | None = None,
                                 max_age: timedelta | None = None,
                                 source: str = "programme attestation") -> Verdict:
    """Every check of a programme attestation (FORMAT.md §13.5): the programme policy
    you trust, the statement's shape, its binding to that policy, its times, the operator
    and auditor thresholds, its tree, totals and coverage, the members' dates within its
    window, and (given `previous`) its link."""
    from app.services.verifying import _times

    now = now or datetime.now(UTC)
    trust = Trust.of(policy)
    verdict = Verdict(source)
    trusted = _programme_policy(trust, now, verdict)
    try:
        envelope = Envelope.loads(data, source=source)
        if not ps.is_programme_type(envelope.payload_type):
            raise InvalidInput(msg("payload type {payload_type!r} is not a programme statement",
                                   payload_type=envelope.payload_type))
        body = ps.ProgrammeStatement.from_payload(envelope.payload, source)
    except InvalidInput as exc:
        verdict.failed("statement", exc.message)
        return verdict
    verdict.passed("statement", msg("programme attestation {id} as of {as_of}, number "
                                    "{sequence} of its series, over {count} members",
                                    id=body.attestation_id, as_of=body.as_of,
                                    sequence=body.sequence, count=len(body.members)))
    if trusted is None:
        verdict.failed("policy", "the programme policy cannot be trusted, so no signature can")
        return verdict
    named = _made_under(body, trust, trusted, now, verdict)
    moments = _times(body, now, max_age, verdict)  # type: ignore[arg-type]
    if named is not None:
        outsiders(envelope, named, verdict, "attestation")
        for role in ps.ROLES:
            count_signatures(envelope, named, role, moments, verdict, "attestation")
        programme = Programme.of(named)
        _members_listed(programme, body, verdict)
        same = (body.programme["name"] == named.name
                and body.window_seconds == programme.window_seconds)
        verdict.add("programme terms", same,
                    msg("the programme's name and window ({seconds} s) are its policy's",
                        seconds=body.window_seconds) if same else
                    "the statement's programme name or window is not its policy's")
    for check_name, problem in ps.figures_problems(body):
        verdict.add(check_name, problem is None, problem or msg("recomputed: it agrees"))
    moment, window = parse_time(body.as_of, "as_of"), timedelta(seconds=body.window_seconds)
    late = [e["name"] for e in body.members
            if abs(parse_time(e["as_of"], "as_of") - moment) > window]
    verdict.add("window", not late, msg("every member's as-of lies within {window} of the "
                                        "programme's", window=describe_age(window))
                if not late else msg("outside the window: {late}", late=", ".join(late)))
    c = body.collisions
    verdict.finding("collision check", msg(
        "the signers state that {identities} identities (bars: {bars}, lots: {lots}, tanks: "
        "{tanks}) were checked and none is counted twice", identities=f"{c['identities']:,}",
        bars=f"{c['bars']:,}", lots=f"{c['lots']:,}", tanks=f"{c['tanks']:,}"), CLEAR)
    for token in body.tokens:
        if token.get("supply") is None:
            verdict.finding(f"token {token['symbol']}", "no supply recorded: its coverage "
                            "cannot be shown", CAUTION)
        elif not token.get("covered"):
            verdict.finding(f"shortfall {token['symbol']}",
                            figures.shortfall_reason(token), ALERT)
    if previous is not None:
        link(previous, body, verdict)
    elif body.previous is not None:
        verdict.not_done("chain", msg("the previous programme attestation {id} was not given "
                                      "(--previous): the link was not checked",
                                      id=body.previous["attestation_id"]))
    figures.attach(verdict, body.to_dict())
    return verdict


# -- chained proofs --------------------------------------------------------------------------


def make_chained_proof(*, programme_attestation: str, member: str, member_attestation: str,
                       leaves: str, holding: int, out: str,
                       member_policy: str | None = None) -> dict[str, Any]:
    """A proof of one holding through its member's attestation to the programme's tree
    (FORMAT.md §13.6): the member's inclusion proof, the member entry's place in the
    programme tree, and (given) the member's policy, so that its signatures are checked."""
    from app.services.verifying import build_proof

    data = read_file(programme_attestation, "programme attestation")
    envelope = Envelope.loads(data, source=programme_attestation)
    if not ps.is_programme_type(envelope.payload_type):
        raise InvalidInput(msg("{path} is not a programme attestation",
                               path=programme_attestation), "programme")
    body = ps.ProgrammeStatement.from_payload(envelope.payload, programme_attestation)
    found = body.member(member)
    if found is None:
        raise NotFound(msg("the programme attestation has no member {member!r} (its members: "
                           "{names})", member=member,
                           names=", ".join(e["name"] for e in body.members)))
    index, entry = found
    member_data = read_file(member_attestation, "member attestation")
    member_payload = Envelope.loads(member_data, source=member_attestation).payload
    if statement.statement_digest(member_payload) != entry["digest"]:
        raise InvalidInput(msg("{path} is not the attestation of {member} that the programme "
                               "statement names", path=member_attestation, member=member),
                           "member")
    tree = ps.tree_of(body.members)
    policy_doc = None
    if member_policy is not None:
        policy_data = read_file(member_policy, "member policy")
        policy_env, _ = load_policy_envelope(policy_data, member_policy)
        if policy_digest(policy_env) != entry["policy"]["digest"]:
            raise InvalidInput(msg("{path} is not the policy {member}'s attestation was made "
                                   "under", path=member_policy, member=member), "policy")
        policy_doc = canonical.loads(policy_data)
    holding_proof, info = build_proof(member_attestation, leaves, holding)
    document = {"format": PROGRAMME_PROOF_FORMAT, "version": 1,
                "programme": envelope.to_json(), "member": member, "member_index": index,
                "member_proof": [h.hex() for h in tree.inclusion_proof(index)],
                "member_policy": policy_doc, "holding": holding_proof}
    write_atomic(Path(out), canonical.dumps(document), mode=0o644)
    return {**info, "member": member, "member_index": index,
            "programme_attestation_id": body.attestation_id}


_PROOF_MEMBERS = ("format", "version", "programme", "member", "member_index", "member_proof",
                  "member_policy", "holding")


def verify_chained_proof(data: bytes, policy: bytes | Trust, *, now: datetime | None = None,
                         max_age: timedelta | None = None, source: str = "proof") -> Verdict:
    """Every check of a chained proof (FORMAT.md §13.6) under the programme policy you trust:
    the programme attestation (§13.5); the member entry at its index in the programme tree;
    the member attestation, whose digest is the entry's (and, with the member's policy
    carried, its signatures under that policy); the holding's leaf under its root."""
    now = now or datetime.now(UTC)
    verdict = Verdict(source)
    try:
        proof = canonical.loads(data, source=source)
        if not isinstance(proof, dict) or proof.get("format") != PROGRAMME_PROOF_FORMAT \
                or sorted(proof) != sorted(_PROOF_MEMBERS) or proof["version"] != 1:
            raise InvalidInput(msg("{source} is not a version 1 chained proof", source=source))
        programme_data = canonical.dumps(proof["programme"])
        index, path = proof["member_index"], [bytes.fromhex(h) for h in proof["member_proof"]]
        holding = proof["holding"]
        if not isinstance(holding, dict) or holding.get("format") != PROOF_FORMAT:
            raise InvalidInput("its holding is not a Tijori inclusion proof")
        problem = proof_problem(holding)
        if problem is not None:
            raise InvalidInput(msg("its holding's proof: {problem}", problem=problem))
    except (InvalidInput, KeyError, TypeError, ValueError, AttributeError) as exc:
        verdict.failed("proof", msg("{source} is malformed: {exc}", source=source,
                                    exc=getattr(exc, "message", exc)))
        return verdict
    verdict.extend(verify_programme_attestation(programme_data, policy, now=now,
                                                max_age=max_age, source=source))
    try:
        body = ps.ProgrammeStatement.from_payload(Envelope.loads(programme_data).payload)
        member_env = Envelope.from_json(holding["envelope"], source="member attestation")
        member_body = statement.Statement.from_payload(member_env.payload, "member statement")
    except InvalidInput as exc:
        verdict.failed("member attestation", exc.message)
        return verdict
    found = body.member(str(proof["member"]))
    entry = found[1] if found else None
    in_tree = (found is not None and found[0] == index and merkle.verify_inclusion(
        ps.entry_leaf(found[1]), index, body.tree["size"], path,
        bytes.fromhex(body.tree["root"])))
    verdict.add("member in programme", in_tree,
                msg("member {member} is leaf {index} of {size} under the programme's root",
                    member=proof["member"], index=index, size=body.tree["size"]) if in_tree
                else "the member entry is not in the programme's tree")
    same = entry is not None and statement.statement_digest(member_env.payload) \
        == entry["digest"] and member_body.tree["root"] == entry["tree"]["root"]
    verdict.add("member attestation", same,
                msg("attestation {id} of {custodian} is the one the programme statement names",
                    id=member_body.attestation_id, custodian=member_body.custodian["name"])
                if same else "the member attestation is not the one the programme names")
    if entry is not None and proof["member_policy"] is not None:
        policy_data = canonical.dumps(proof["member_policy"])
        try:
            named = policy_digest(load_policy_envelope(policy_data, "member policy")[0])
        except InvalidInput:
            named = ""
        if named != entry["policy"]["digest"]:
            verdict.failed("member signatures", "the member policy carried is not the one the "
                           "programme statement names")
        else:
            checked = verify_proof(canonical.dumps(holding), policy_data, now=now,
                                   source="member proof")
            verdict.add("member signatures", checked.ok,
                        "the member attestation and the holding's inclusion verify under the "
                        "member's policy" if checked.ok else checked.failed_checks())
    else:
        verdict.not_done("member signatures", "the proof carries no member policy: the "
                         "member's signatures rest on the programme signers' check")
    try:
        leaf = holding["leaf"].encode("utf-8")
        ok = holding["tree_size"] == member_body.tree["size"] and merkle.verify_inclusion(
            leaf, holding["index"], holding["tree_size"],
            [bytes.fromhex(h) for h in holding["proof"]], bytes.fromhex(member_body.tree["root"]))
        held = statement.parse_leaf(leaf) if ok else {}
    except (InvalidInput, KeyError, TypeError, ValueError, AttributeError):
        ok, held = False, {}
    verdict.add("inclusion", ok,
                msg("holding {id} ({kind}) is leaf {index} of {size} of {member}'s attestation "
                    "as of {as_of}", id=held.get("id"), kind=held.get("kind"),
                    index=holding.get("index"), size=holding.get("tree_size"),
                    member=proof["member"], as_of=member_body.as_of) if ok
                else "the leaf is not in the member's attested tree")
    return verdict

