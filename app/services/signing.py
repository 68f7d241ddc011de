"""The offline signer: check a request, show what it says, sign it, remember what was signed.

Every check is listed as done (passed or failed) or not done with why
(`Verdict.not_done`), never green for what was not checked. The steps are apart
for the signer window (`prepare`, then the passphrase, then `sign_prepared`);
`sign_request` runs them in one call for `tijori sign`.

The signer works under the policy it has pinned, a copy it keeps in its data
folder (`app.attest.pinning`), and is a witness of each ledger's journal
(`app.attest.witness`): it refuses a request whose journal is not a consistent
extension of the one it signed before, or whose sequence or as-of goes back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.attest import canonical, programme_statement, statement, witness
from app.attest.datadir import data_dir
from app.attest.dsse import Envelope
from app.attest.fileio import read_file, write_atomic
from app.attest.pinning import PinnedPolicy, Resolution, resolve
from app.attest.policy import Policy, policy_digest
from app.attest.request import read_request, response_document
from app.attest.summary import summary
from app.attest.verdict import Verdict
from app.domain.errors import Cancelled, CheckFailed, InvalidInput
from app.domain.messages import joined, listed, msg
from app.domain.times import in_future, parse_time, rfc3339
from app.services.signing_keys import is_token_ref, key_info, unlocked
from app.services.verifying import hash_and_scan

__all__ = ["Prepared", "accept_policy", "check_request", "forget_ledger", "pinned_policy",
           "prepare", "save_response", "sign_prepared", "sign_request", "signer_folder",
           "witnessed"]

#: The check a signer must confirm apart when it fails to be made (FORMAT.md §5.2).
TOTALS = "totals recomputed"


def signer_folder(folder: str | Path | None = None) -> Path:
    """Where this signer keeps its pinned policy and its witness state."""
    return Path(folder) if folder is not None else data_dir()


def pinned_policy(policy_path: str | None, now: datetime, folder: str | Path | None = None
                  ) -> Resolution:
    """Which policy this signer works under: the pinned copy, or `policy_path` pinned on
    first use; a successor is returned unpinned (`accept_policy` pins it once the signer
    has seen its changes); anything else is refused (CheckFailed, with the reasons)."""
    given = read_file(policy_path, "policy") if policy_path else None
    resolution = resolve(PinnedPolicy(signer_folder(folder)), given, now,
                         str(policy_path or "the pinned policy"))
    if not resolution.ok:
        raise CheckFailed(msg("Refusing the policy: {reasons}.",
                              reasons=joined(resolution.reasons)), "policy")
    return resolution


def accept_policy(resolution: Resolution, folder: str | Path | None = None) -> str:
    """Pin a successor policy the signer has agreed to; returns its digest."""
    if resolution.outcome != "successor" or resolution.data is None:
        raise InvalidInput("only a valid successor of the pinned policy can be accepted")
    return PinnedPolicy(signer_folder(folder)).pin(resolution.data,
                                                   replaces=resolution.pinned_digest)


#: The root a programme's checkpoint carries: a programme has no journal.
NO_JOURNAL = "0" * 64


def _checkpoint(body: dict[str, Any], digest: str, now: datetime) -> witness.Checkpoint:
    """What the signer remembers of a statement it signs: of a ledger, its journal and
    place in the ledger's series; of a programme (FORMAT.md §13.5), its place in the
    programme's series, under the id "programme NAME"."""
    if "programme" in body:
        return witness.Checkpoint(
            ledger_id=f"programme {body['programme']['name']}", journal_size=0,
            journal_root=NO_JOURNAL, sequence=body["sequence"], as_of=body["as_of"],
            attestation_id=body["attestation_id"], digest=digest, signed_at=rfc3339(now))
    return witness.Checkpoint(
        ledger_id=body["custodian"]["ledger_id"], journal_size=body["journal"]["size"],
        journal_root=body["journal"]["root"], sequence=body.get("sequence"),
        as_of=body["as_of"], attestation_id=body["attestation_id"], digest=digest,
        signed_at=rfc3339(now))


def _leaves(request: dict[str, Any], body: dict[str, Any], verdict: Verdict) -> None:
    leaves = request.get("leaves")
    if leaves is None:
        for name in ("root recomputed", TOTALS, "leaf order", "leaf sites"):
            verdict.not_done(name, msg("{split} not checked: the request carries no leaves",
                                       split=name.split()[0]))
        return
    # The leaves as the lines of a leaves file, so that the verifier's two-process pass
    # (root, sums, order and sites in one go) checks them here too.
    data = "\n".join(leaves).encode("utf-8") + b"\n" if leaves else b""
    if data.count(b"\n") != len(leaves):
        verdict.failed("root recomputed", "a leaf of the request spans several lines")
        return
    root, size, scan, error = hash_and_scan(data, 0, len(leaves),
                                            sites=frozenset(s["code"] for s in body["sites"]))
    same = root.hex() == body["tree"]["root"] and size == body["tree"]["size"]
    verdict.add("root recomputed", same,
                msg("{size} leaves give root {root}…", size=size, root=root.hex()[:16]) if same
                else msg("{size} leaves give root {root}…, not the stated one", size=size,
                         root=root.hex()[:16]))
    if error:
        verdict.failed(TOTALS, error)
        return
    summed = statement.format_totals(scan.sums)
    verdict.add(TOTALS, summed == body["totals"], "the leaves add up to the stated totals"
                if summed == body["totals"] else "the leaves do not add up to the stated totals")
    verdict.add("leaf order", scan.order is None, scan.order or "in the order of FORMAT.md §4.1")
    verdict.add("leaf sites", scan.sites is None, scan.sites
                or "every leaf is of a site the statement lists")


def _coverage(body: dict[str, Any], verdict: Verdict) -> None:
    same = statement.coverage_again(body) == body["tokens"]
    verdict.add("coverage recomputed", same, "each token's coverage follows from the stated "
                "totals and supply" if same else "the stated coverage does not follow from "
                "the stated totals and supply")


def _times(body: dict[str, Any], policy: Policy, keyid: str, now: datetime,
           verdict: Verdict) -> bool:
    as_of, created = parse_time(body["as_of"], "as_of"), parse_time(body["created"], "created")
    future = [what for what, moment in ((msg("as-of"), as_of), (msg("creation time"), created))
              if in_future(moment, now)]
    verdict.add("time", not future and as_of <= created,
                msg("the statement's {future} is in the future by this PC's clock ({rfc3339})",
                    future=listed(future),
                    rfc3339=rfc3339(now)) if future else msg("the as-of {as_of} is after the "
                                                       "statement was made ({created})",
                                                       as_of=body['as_of'],
                                                       created=body['created']) if as_of > created
                else msg("as of {as_of}, made {created}",
                         as_of=body['as_of'], created=body['created']))
    problem = policy.key_problem(keyid, as_of)
    return verdict.add("key at the as-of", problem is None,
                       "your key was valid at the as-of" if problem is None
                       else msg("your key {problem}: it cannot attest to that time",
                                problem=problem))


def check_request(request: dict[str, Any], pinned: Envelope, policy: Policy, keyid: str,
                  now: datetime, *, store: witness.WitnessStore | None = None) -> Verdict:
    """Everything the offline signer checks before it asks for the passphrase.

    With `store`, the signer's witness checks too (journal, sequence, as-of against what
    it signed before for this ledger).
    """
    verdict = Verdict("signing request")
    body = request["statement"]
    digest = policy_digest(pinned)
    named = body.get("policy") or body.get("programme") or {}  # a programme's names its own
    if request.get("policy_sha256") != digest or named.get("digest") != digest:
        verdict.failed("policy", msg("this request was made under another policy than the one "
                                     "pinned here ({policy_sha256}… vs {digest}…)",
                                     policy_sha256=request.get('policy_sha256', '')[:16],
                                     digest=digest[:16]))
        return verdict
    verdict.passed("policy", msg("made under the pinned policy (version {version})",
                                 version=policy.version))
    asked = [r for r in request.get("roles") or [] if isinstance(r, str)]
    held = policy.roles_of(keyid)
    usable = [r for r in asked if r in held]
    if not usable:
        verdict.failed("key", msg("this request is not for your key: it asks for {value}, you "
                                  "hold {value2}",
                                  value=', '.join(asked) or 'no role',
                                  value2=', '.join(held) or 'no role in this policy'))
        return verdict
    problem = policy.key_problem(keyid, now)
    if problem:
        verdict.failed("key", msg("your key {problem}", problem=problem))
        return verdict
    verdict.passed("key", msg("your key signs as {usable}", usable=', '.join(usable)))
    _times(body, policy, keyid, now, verdict)
    if body.get("schema") == programme_statement.SCHEMA:
        from app.services.programme_attest import check_programme_request
        check_programme_request(request, programme_statement.ProgrammeStatement.from_dict(body),
                                now, verdict)
        if store is not None:  # its series: no sequence signed twice, no as-of going back
            checkpoint = _checkpoint(body, request["payload_sha256"], now)
            witness.check_request(store.last(checkpoint.ledger_id),
                                  store.forgotten(checkpoint.ledger_id), checkpoint, {},
                                  verdict, journal=False)
        return verdict
    scope = body["scope"]
    verdict.passed("scope", "every holding of the ledger" if scope["complete"] else
                   msg("sites {sites} only, not every holding of the ledger",
                       sites=', '.join(scope['sites'])))
    if body.get("audit") is not None:  # an auditor signing checks the commitment is theirs
        verdict.passed("audit nonce", msg("the statement binds the nonce of an auditor's count: "
                                          "commitment {nonce_commitment} (`tijori audit commit` "
                                          "printed it to the auditor who drew it)",
                                          nonce_commitment=body['audit']['nonce_commitment']))
    _leaves(request, body, verdict)
    _coverage(body, verdict)
    if store is not None:
        checkpoint = _checkpoint(body, request["payload_sha256"], now)
        witness.check_request(store.last(checkpoint.ledger_id),
                              store.forgotten(checkpoint.ledger_id), checkpoint,
                              request["proofs"], verdict)
    return verdict


@dataclass(frozen=True)
class Prepared:
    """A request checked against the pinned policy, the signer's key and its witness
    state, not yet signed."""

    request: dict[str, Any]
    verdict: Verdict
    summary: str
    key_path: str
    keyid: str
    key_name: str
    policy: Policy
    folder: Path

    @property
    def key_in_token(self) -> bool:
        """True when the key is inside a PKCS#11 token: its PIN unlocks it, not a passphrase."""
        return is_token_ref(self.key_path)

    @property
    def ok(self) -> bool:
        return self.verdict.ok

    @property
    def totals_unchecked(self) -> bool:
        """True when the totals could not be recomputed (no leaves): signing then needs
        the signer's separate confirmation."""
        return any(c.name == TOTALS and not c.done for c in self.verdict.checks)

    @property
    def refusal(self) -> str:
        """Why this request may not be signed, in one sentence ('' when it may)."""
        if self.ok:
            return ""
        return msg("Refusing to sign: {reasons}.",
                   reasons=joined(c.reason for c in self.verdict.failures))

    def refusal_to_sign(self, accept_unchecked_totals: bool) -> str:
        """`refusal`, or why totals that were not recomputed stop the signing unless the
        signer accepted that apart ('' when it may be signed)."""
        if self.refusal:
            return self.refusal
        if self.totals_unchecked and not accept_unchecked_totals:
            return ("Refusing to sign: the totals were not recomputed (the request carries "
                    "no leaves); to sign anyway, confirm that separately "
                    "(--accept-unchecked-totals, or the box of its own in the signer window).")
        return ""


def prepare(request_data: bytes, *, key_path: str, policy_path: str | None = None,
            now: datetime | None = None, source: str = "request",
            folder: str | Path | None = None) -> Prepared:
    """Read a request and make every check the signer makes before the passphrase.

    The policy is the one pinned in `folder` (the signer's data folder), or
    `policy_path` pinned on first use (CheckFailed for any other policy: a successor is
    pinned first with `pinned_policy` and `accept_policy`). InvalidInput for a damaged
    request or key file; a request that may not be signed comes back with a failing
    verdict, so the window can show each check.
    """
    now = now or datetime.now(UTC)
    place = signer_folder(folder)
    resolution = pinned_policy(policy_path, now, place)
    if resolution.outcome == "successor":
        raise CheckFailed("The policy given is a new version of the pinned one: review its "
                          "changes and pin it first.")
    pinned, policy = resolution.envelope, resolution.policy
    assert pinned is not None and policy is not None
    request = read_request(request_data, source)
    key = key_info(str(key_path))
    verdict = check_request(request, pinned, policy, key.keyid, now,
                            store=witness.WitnessStore(place))
    return Prepared(request=request, verdict=verdict, summary=summary(request["statement"]),
                    key_path=str(key_path), keyid=key.keyid, key_name=key.name,
                    policy=policy, folder=place)


def sign_prepared(prepared: Prepared, passphrase: str, *, now: datetime | None = None,
                  accept_unchecked_totals: bool = False) -> bytes:
    """Unlock the key and sign the request's payload: the response document's bytes.

    A request whose totals could not be recomputed is signed only with
    `accept_unchecked_totals`. The signer's witness state records what it signed (before
    the response is returned: a signature given is a checkpoint vouched for). A wrong
    passphrase is an InvalidInput on the field "passphrase".
    """
    refusal = prepared.refusal_to_sign(accept_unchecked_totals)
    if refusal:
        raise CheckFailed(refusal)
    now = now or datetime.now(UTC)
    with unlocked(prepared.key_path, passphrase, keyid=prepared.keyid) as key:
        response = canonical.dumps(response_document(prepared.request, key, now))
    request = prepared.request
    witness.WitnessStore(prepared.folder).record(
        _checkpoint(request["statement"], request["payload_sha256"], now))
    return response


def save_response(data: bytes, out: str) -> None:
    """Write a response file atomically (the save dialog has already asked to replace it)."""
    write_atomic(Path(out), data, mode=0o644, overwrite=True)


def sign_request(
    request_path: str,
    *,
    key_path: str,
    passphrase: Callable[[], str],
    out: str,
    confirm: Callable[[Prepared], bool],
    policy_path: str | None = None,
    accept_unchecked_totals: bool = False,
    now: datetime | None = None,
    folder: str | Path | None = None,
) -> dict[str, Any]:
    """Check, show, sign: write a response file. Raises if anything does not hold."""
    now = now or datetime.now(UTC)
    prepared = prepare(read_file(request_path, "request"), key_path=key_path,
                       policy_path=policy_path, now=now, source=str(request_path),
                       folder=folder)
    refusal = prepared.refusal_to_sign(accept_unchecked_totals)
    if refusal:  # before the signer is asked anything
        raise CheckFailed(refusal)
    if not confirm(prepared):
        raise Cancelled("Not signed: the signer declined.")
    data = sign_prepared(prepared, passphrase(), now=now,
                         accept_unchecked_totals=accept_unchecked_totals)
    write_atomic(Path(out), data, mode=0o644)
    return {"response": canonical.loads(data), "summary": prepared.summary,
            "checks": prepared.verdict.as_json()}


def witnessed(folder: str | Path | None = None) -> list[dict[str, Any]]:
    """What this signer remembers of each ledger (for `tijori signer ledgers`)."""
    return [entry.to_dict() for entry in witness.WitnessStore(signer_folder(folder)).ledgers()]


def forget_ledger(ledger_id: str, now: datetime | None = None,
                  folder: str | Path | None = None) -> dict[str, Any]:
    """Forget what this signer signed for a ledger: its next request of that ledger is not
    checked against it, and the summary says so."""
    store = witness.WitnessStore(signer_folder(folder))
    if store.last(ledger_id) is None:
        raise InvalidInput(msg("this signer remembers nothing of ledger {ledger_id}",
                               ledger_id=ledger_id), "ledger_id")
    return store.forget(ledger_id, now or datetime.now(UTC)).to_dict()
