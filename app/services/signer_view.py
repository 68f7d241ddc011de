"""What the signer window shows, made from what the signer checked (no Qt here).

`signing` checks a request and signs it; this module lays out what a key holder
reads before signing: the statement's facts (ledger, scope, sequence, previous
attestation, as-of), its totals, each token's coverage and shortfall, the Merkle
root also as words to compare aloud with the terminal, and whether this signer
was told to forget the ledger. It also describes the pinned policy, and spells
any digest as words (`digest_words`), so the window needs nothing from
`app.attest`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.attest import witness
from app.attest.keys import digest_words as _digest_words
from app.attest.pinning import PinnedPolicy, Resolution
from app.attest.summary import coverage_percent
from app.services import signing
from app.services.keys import expiry_notices

__all__ = ["Review", "TokenLine", "current_policy", "digest_words", "policy_info", "review",
           "words_of"]

#: The note of a token whose commodity the statement's scope does not cover completely
#: (app.attest.statement.NOT_IN_SCOPE, the text the statement itself carries).
NOT_IN_SCOPE = "not covered by this attestation"


def digest_words(hex_digest: str, count: int | None = None) -> list[str]:
    """The BIP-39 words spelling a SHA-256 digest (a Merkle root, a policy digest)."""
    return _digest_words(hex_digest) if count is None else _digest_words(hex_digest, count)


def words_of(hex_digest: str) -> str:
    """The words of a digest, one string (what people read aloud)."""
    return " ".join(digest_words(hex_digest))


@dataclass(frozen=True)
class TokenLine:
    """One token as the signer reads it: its supply and what the reserves make of it."""

    symbol: str
    commodity: str
    supply: str | None
    unit: str
    coverage: str  # "99.80 %", or "n/a"
    covered: bool
    shortfall: str | None  # the quantity short, in `unit`; None when covered or not known
    note: str  # "not covered by this attestation", "no supply recorded"…, else ""
    required: str | None

    @property
    def in_scope(self) -> bool:
        return self.note != NOT_IN_SCOPE

    @property
    def short(self) -> bool:
        """Reserves in scope that do not cover the supply (a red banner of its own)."""
        return self.in_scope and not self.covered and self.shortfall is not None


@dataclass(frozen=True)
class Review:
    """The facts of a checked request's statement, ready to lay out."""

    attestation_id: str
    custodian: str
    ledger_id: str
    sites: tuple[tuple[str, str], ...]  # (code, name)
    scope_complete: bool
    scope_sites: tuple[str, ...]
    scope_commodities: tuple[str, ...]
    sequence: int | None
    previous: dict[str, Any] | None  # attestation_id, as_of, sequence (if carried)
    as_of: str
    created: str
    holdings: int
    root: str
    root_words: tuple[str, ...]
    totals: tuple[tuple[str, str, str], ...]  # (commodity, quantity, unit)
    tokens: tuple[TokenLine, ...]
    policy_version: int | None
    forgotten: str  # "" unless this signer was told to forget the ledger: when, and what
    #: A programme statement's members, by name (FORMAT.md §13.4); () for a custodian's.
    members: tuple[str, ...] = ()

    @property
    def shortfalls(self) -> list[TokenLine]:
        return [token for token in self.tokens if token.short]

    @property
    def scope_text(self) -> str:
        if self.members:
            return (f"the programme's {len(self.members)} member custodians: "
                    + ", ".join(self.members))
        if self.scope_complete:
            return "every holding of the ledger"
        covered = (f"; covers {', '.join(self.scope_commodities)} completely"
                   if self.scope_commodities else "; covers no commodity completely")
        return (f"not every holding: sites {', '.join(self.scope_sites)} only" + covered)

    @property
    def previous_text(self) -> str:
        if not self.previous:
            return "none: first of its series"
        text = f"{self.previous['attestation_id']}\nas of {self.previous['as_of']}"
        if self.previous.get("sequence") is not None:
            text += f" (sequence {self.previous['sequence']})"
        return text

    @property
    def grouped_root(self) -> str:
        """The root in groups of 8 hex digits, on two lines of four groups."""
        groups = [self.root[i:i + 8] for i in range(0, len(self.root), 8)]
        return "\n".join(" ".join(groups[i:i + 4]) for i in range(0, len(groups), 4))


def _token(entry: dict[str, Any]) -> TokenLine:
    unit = entry["per_token"]["unit"]
    required = entry.get("required")
    note = entry.get("note") or ""
    if not note and entry.get("coverage") is None and entry.get("supply") is None:
        note = "no supply recorded"
    shortfall = entry.get("shortfall")
    return TokenLine(
        symbol=entry["symbol"], commodity=entry["commodity"], supply=entry.get("supply"),
        unit=unit, coverage=coverage_percent(entry.get("coverage")),
        covered=bool(entry.get("covered")),
        shortfall=None if shortfall in (None, "0") else shortfall, note=note,
        required=None if required is None else required["quantity"])


def _forgotten(folder: Path, ledger_id: str) -> str:
    record = witness.WitnessStore(folder).forgotten(ledger_id)
    if record is None:
        return ""
    old = record.checkpoint
    signed = f"{old.journal_size} journal events"
    if old.sequence is not None:
        signed += f", sequence {old.sequence}"
    return (f"This signer was told to forget ledger {ledger_id} on {record.forgotten_at}: "
            f"what it signed before ({signed}) is not checked for this request.")


def _programme_review(prepared: signing.Prepared) -> Review:
    """The facts of a programme statement, in the places of a custodian's: the programme
    stands for the custodian, the witness id for the ledger, its members for the scope, the
    members' holdings for the holdings, and the root of the members' tree."""
    body = prepared.request["statement"]
    ledger_id = f"programme {body['programme']['name']}"  # as the witness remembers it
    return Review(
        attestation_id=body["attestation_id"], custodian=body["programme"]["name"],
        ledger_id=ledger_id, sites=(), scope_complete=True, scope_sites=(),
        scope_commodities=(), sequence=body["sequence"], previous=body["previous"],
        as_of=body["as_of"], created=body["created"],
        holdings=sum(e["tree"]["size"] for e in body["members"]), root=body["tree"]["root"],
        root_words=tuple(digest_words(body["tree"]["root"])),
        totals=tuple((t["commodity"], t["quantity"], t["unit"]) for t in body["totals"]),
        tokens=tuple(_token(t) for t in body["tokens"]),
        policy_version=body["programme"]["version"],
        forgotten=_forgotten(prepared.folder, ledger_id),
        members=tuple(e["name"] for e in body["members"]))


def review(prepared: signing.Prepared) -> Review:
    """The facts of `prepared`'s statement (read off the signed payload)."""
    body = prepared.request["statement"]
    if "programme" in body:
        return _programme_review(prepared)
    scope = body.get("scope") or {}
    ledger_id = body["custodian"]["ledger_id"]
    policy = body.get("policy") or {}
    return Review(
        attestation_id=body["attestation_id"], custodian=body["custodian"]["name"],
        ledger_id=ledger_id,
        sites=tuple((s["code"], s["name"]) for s in body["sites"]),
        scope_complete=bool(scope.get("complete")),
        scope_sites=tuple(scope.get("sites") or (s["code"] for s in body["sites"])),
        scope_commodities=tuple(scope.get("commodities") or ()),
        sequence=body.get("sequence"), previous=body.get("previous"),
        as_of=body["as_of"], created=body["created"], holdings=body["tree"]["size"],
        root=body["tree"]["root"], root_words=tuple(digest_words(body["tree"]["root"])),
        totals=tuple((t["commodity"], t["quantity"], t["unit"]) for t in body["totals"]),
        tokens=tuple(_token(t) for t in body["tokens"]),
        policy_version=policy.get("version"),
        forgotten=_forgotten(prepared.folder, ledger_id),
    )


# -- the pinned policy -------------------------------------------------------------------


def current_policy(now: datetime, folder: str | Path | None = None) -> Resolution | None:
    """The policy pinned on this signer (None when nothing is pinned yet).

    CheckFailed when the pinned policy does not hold now (expired…), InvalidInput when
    its file is damaged: the window says so, and trusts nothing.
    """
    place = signing.signer_folder(folder)
    if PinnedPolicy(place).load() is None:
        return None
    return signing.pinned_policy(None, now, place)


def policy_info(resolution: Resolution, now: datetime | None = None) -> dict[str, Any]:
    """A policy to show: name, version, expiry, digest and its words, each role's keys."""
    policy = resolution.policy
    assert policy is not None and resolution.digest is not None
    return {
        "name": policy.name, "version": policy.version, "expires": policy.expires,
        "digest": resolution.digest, "words": list(resolution.words),
        "outcome": resolution.outcome, "changes": list(resolution.changes),
        # what in it ends within 60 days: Messages, said in the window's language
        "warnings": expiry_notices(policy, now),
        "roles": {role: {"threshold": spec.threshold,
                         "keys": [{"keyid": keyid, "name": policy.keys[keyid].name}
                                  for keyid in spec.keyids]}
                  for role, spec in sorted(policy.roles.items())},
    }
