"""Comparing two attestations (`tijori diff`, FORMAT.md §12): what changed between them,
and whether the later one is consistent with the earlier.

Both attestations are verified under the verifier's own policy with their leaves (§8),
as `tijori verify` would, and their relation is checked: NEW in the series of OLD's
ledger, after it, and, when it is OLD's direct successor, linked to it and its journal
an RFC 9162-consistent extension of OLD's (§8 step 8, as `verify-chain` checks
neighbours). Then the holdings are compared by kind and id (`holding_diff`), and the
totals and each token's coverage by the statements' figures.

Files that do not verify are compared all the same, under a NOT VALID bottom line
(exit 1), never refused: an auditor who finds that an attestation does not verify
needs to see what its leaves say changed, to find out what was tampered with, as
`tijori verify` shows the figures of a statement that fails before its checks. Nothing
is shown as VALID unless both verify and the link holds (`DiffResult.valid`). Files that
are not attestations, or leaves that belong to another attestation, are a user's
mistake (InvalidInput), not a finding.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.attest.dsse import Envelope
from app.attest.fileio import read_file
from app.attest.statement import Statement, read_leaves_header, statement_digest
from app.attest.verdict import Verdict
from app.domain.errors import InvalidInput
from app.domain.messages import listed, msg
from app.domain.progress import QUIET, Task
from app.domain.times import parse_time
from app.domain.units import decimal_string, read_decimal_string
from app.services.holding_diff import (
    Change,
    HoldingChange,
    QuantityChange,
    compare_leaves,
    holdings_of,
    signed,
)
from app.services.verifying import Trust, check_link, kind_of, read_trust, verify_attestation

__all__ = ["DiffResult", "Side", "TokenChange", "diff_attestations", "diff_files"]

#: How NEW stands to OLD (`DiffResult.relation`).
SUCCESSOR = "successor"  # the next of OLD's series: the link is checked
LATER = "later"  # later in OLD's series, with attestations between that were not given
SAME = "same"  # the same attestation twice
EARLIER = "earlier"  # NEW comes before OLD
FORK = "fork"  # another attestation with OLD's number
OTHER_LEDGER = "other ledger"
UNKNOWN = "unknown"  # a statement cannot be read

# Progress, in hundredths: each verification, then the comparison.
_VERIFIED_OLD, _VERIFIED_NEW = 40, 80


@dataclass
class Side:
    """One of the two attestations: the file, its statement (None when it cannot be read)
    and its own verdict."""

    source: str
    verdict: Verdict
    body: Statement | None = None
    payload: bytes = b""
    leaves: str | None = None  # where its leaves came from, if given

    @property
    def digest(self) -> str | None:
        return statement_digest(self.payload) if self.body else None

    def as_json(self) -> dict[str, Any]:
        body = self.body
        return {"file": self.source, "leaves": self.leaves,
                "attestation_id": body.attestation_id if body else None,
                "as_of": body.as_of if body else None,
                "sequence": body.sequence if body else None,
                "ledger_id": body.ledger_id if body else None,
                "holdings": body.tree["size"] if body else None,
                "valid": self.verdict.ok,
                "checks": [check.as_json() for check in self.verdict.checks]}


@dataclass(frozen=True)
class TokenChange:
    """One token's figures in OLD and in NEW (None where that statement does not state
    them, or does not list the token): supply, reserves and coverage (reserves ÷
    required, six places), and whether the reserves cover it."""

    symbol: str
    commodity: str
    unit: str
    old_supply: Decimal | None
    new_supply: Decimal | None
    old_reserves: Decimal | None
    new_reserves: Decimal | None
    old_coverage: Decimal | None
    new_coverage: Decimal | None
    old_covered: bool | None
    new_covered: bool | None

    @staticmethod
    def _change(old: Decimal | None, new: Decimal | None) -> Decimal | None:
        return None if old is None or new is None else \
            QuantityChange("", "", old, new).change

    @property
    def supply_change(self) -> Decimal | None:
        return self._change(self.old_supply, self.new_supply)

    @property
    def coverage_change(self) -> Decimal | None:
        return self._change(self.old_coverage, self.new_coverage)

    def as_json(self) -> dict[str, Any]:
        def text(value: Decimal | None) -> str | None:
            return None if value is None else decimal_string(value)

        def change(value: Decimal | None) -> str | None:
            return None if value is None else signed(value)

        return {"symbol": self.symbol, "commodity": self.commodity, "unit": self.unit,
                "supply": {"old": text(self.old_supply), "new": text(self.new_supply),
                           "change": change(self.supply_change)},
                "reserves": {"old": text(self.old_reserves), "new": text(self.new_reserves)},
                "coverage": {"old": text(self.old_coverage), "new": text(self.new_coverage),
                             "change": change(self.coverage_change)},
                "covered": {"old": self.old_covered, "new": self.new_covered}}


@dataclass
class DiffResult:
    """Two attestations compared: each one's verdict, how NEW stands to OLD (`relation`)
    and the checks of that (`consistency`), then what changed: the holdings (None when
    they were not compared, and `not_compared` says why), the totals per commodity and
    unit, the tokens, and the sites added to or removed from the statement."""

    old: Side
    new: Side
    relation: str
    consistency: Verdict
    holdings: Change | None = None
    not_compared: str = ""
    totals: list[QuantityChange] = field(default_factory=list)
    tokens: list[TokenChange] = field(default_factory=list)
    sites_added: list[str] = field(default_factory=list)
    sites_removed: list[str] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        """Both verify, and every check of their relation that was made holds."""
        return self.old.verdict.ok and self.new.verdict.ok and self.consistency.ok

    @property
    def unchecked(self) -> list[Any]:
        """The checks of the relation that could not be made (e.g. the journal's
        consistency across attestations that were not given)."""
        return self.consistency.unchecked

    def as_json(self, limit: int | None = None) -> dict[str, Any]:
        """Everything, as data; `limit` lists at most that many holdings of each change
        (the counts are always whole)."""
        change = self.holdings

        def listed(entries: tuple[HoldingChange, ...]) -> list[dict[str, Any]]:
            chosen = entries if limit is None else entries[:limit]
            return [entry.as_json() for entry in chosen]

        holdings: dict[str, Any] = {"compared": change is not None,
                                    "not_compared": self.not_compared or None}
        if change is not None:
            holdings.update(
                unchanged=change.unchanged, counts={"added": len(change.added),
                                                    "removed": len(change.removed),
                                                    "changed": len(change.changed)},
                added=listed(change.added), removed=listed(change.removed),
                changed=listed(change.changed))
        return {"valid": self.valid, "relation": self.relation,
                "old": self.old.as_json(), "new": self.new.as_json(),
                "consistency": self.consistency.as_json(),
                "totals": [total.as_json() for total in self.totals],
                "tokens": [token.as_json() for token in self.tokens],
                "sites": {"added": self.sites_added, "removed": self.sites_removed},
                "holdings": holdings}


def _side(data: bytes, source: str) -> Side:
    side = Side(source, Verdict(source))
    try:
        envelope = Envelope.loads(data, source=source)
        side.body = Statement.from_payload(envelope.payload, source, envelope.payload_type)
        side.payload = envelope.payload
    except InvalidInput:
        pass  # its own verdict says why
    return side


def _describe(side: Side) -> str:
    body = side.body
    assert body is not None
    number = f"number {body.sequence}" if body.sequence is not None else "of version 1"
    return f"{number}, as of {body.as_of}"


def _relate(old: Side, new: Side, verdict: Verdict) -> str:
    """How NEW stands to OLD, each check recorded in `verdict`."""
    a, b = old.body, new.body
    if a is None or b is None:
        verdict.failed("readable", msg("the statement of {sources} cannot be read, so their "
                                       "relation cannot be checked",
                                       sources=listed(s.source for s in (old, new)
                                                      if s.body is None)))
        return UNKNOWN
    if old.digest == new.digest:
        verdict.passed("same attestation", msg("{source} and {source2} are one attestation "
                                               "({attestation_id}): nothing changed, and there "
                                               "is no link to check",
                                               source=old.source,
                                               source2=new.source,
                                               attestation_id=a.attestation_id))
        return SAME
    if a.ledger_id != b.ledger_id:
        verdict.failed("same ledger", msg("{source} is of ledger {ledger_id} and {source2} of "
                                          "ledger {ledger_id2}: they are not one series, and "
                                          "their holding ids are unrelated",
                                          source=old.source,
                                          ledger_id=a.ledger_id,
                                          source2=new.source,
                                          ledger_id2=b.ledger_id))
        return OTHER_LEDGER
    follows = b.previous is not None and b.previous.get("digest") == old.digest
    if a.sequence is not None and b.sequence is not None and not follows:
        if b.sequence == a.sequence:
            verdict.failed("order", msg("{source} and {source2} are both number {sequence} of "
                                        "the series of ledger {ledger_id}: a fork (two "
                                        "attestations with one number)",
                                        source=old.source,
                                        source2=new.source,
                                        sequence=a.sequence,
                                        ledger_id=a.ledger_id))
            return FORK
        if b.sequence < a.sequence:
            verdict.failed("order", msg("{source} ({describe}) comes before {source2} "
                                        "({describe2}): give the older one first",
                                        source=new.source,
                                        describe=_describe(new),
                                        source2=old.source,
                                        describe2=_describe(old)))
            return EARLIER
        if b.sequence == a.sequence + 1:  # the next number, but it names another previous
            check_link(old.payload, a, b, verdict)
            return SUCCESSOR
    if follows:
        check_link(old.payload, a, b, verdict)
        return SUCCESSOR
    return _later(old, new, verdict)


def _later(old: Side, new: Side, verdict: Verdict) -> str:
    """NEW is after OLD in its series, with attestations between that were not given:
    what the two statements alone can show, and what they cannot."""
    a, b = old.body, new.body
    assert a is not None and b is not None
    later = parse_time(a.as_of, "as_of") <= parse_time(b.as_of, "as_of")
    verdict.add("as-of order", later, msg("as of {as_of}, after {as_of2}",
                                          as_of=b.as_of, as_of2=a.as_of) if later else
                msg("{source} is as of {as_of}, before {source2} ({as_of2}): give the older one "
                    "first", source=new.source, as_of=b.as_of, source2=old.source, as_of2=a.as_of))
    if not later:
        return EARLIER
    if a.sequence is not None and b.sequence is not None:
        verdict.passed("order", msg("number {sequence} comes {value} after number {sequence2}, "
                                    "in one series of ledger {ledger_id}",
                                    sequence=b.sequence,
                                    value=b.sequence - a.sequence,
                                    sequence2=a.sequence,
                                    ledger_id=a.ledger_id))
    grew = b.journal["size"] >= a.journal["size"]
    sizes = {"size": a.journal["size"], "size2": b.journal["size"]}
    verdict.add("journal size", grew,
                msg("the journal grew from {size} to {size2} events", **sizes) if grew
                else msg("the journal shrank from {size} to {size2} events", **sizes))
    between = (f"numbers {a.sequence + 1} to {b.sequence - 1}"
               if a.sequence is not None and b.sequence is not None else "those")
    named = b.previous["attestation_id"] if b.previous else "none"
    verdict.not_done("chain link", msg("{source} names attestation {named} as its previous, not "
                                       "{source2}: the attestations between ({between}) were "
                                       "not given",
                                       source=new.source,
                                       named=named,
                                       source2=old.source,
                                       between=between))
    verdict.not_done("journal consistency", msg("{source}'s consistency proof starts from the "
                                                "journal of the attestation before it, not from "
                                                "{source2}'s ({size} events): that the journal "
                                                "was only appended to between them is shown by "
                                                "verifying the whole series (tijori "
                                                "verify-chain)",
                                                source=new.source,
                                                source2=old.source,
                                                size=a.journal['size']))
    return LATER


def _amount(value: Any) -> Decimal | None:
    return None if value is None else read_decimal_string(value, "a token figure")


def _tokens(old: Statement, new: Statement) -> list[TokenChange]:
    before = {t["symbol"]: t for t in old.tokens}
    after = {t["symbol"]: t for t in new.tokens}
    out = []
    for symbol in sorted(before.keys() | after.keys()):
        a, b = before.get(symbol) or {}, after.get(symbol) or {}
        either = b or a

        def reserves(token: dict[str, Any]) -> Decimal | None:
            amount = token.get("reserves")
            return _amount(amount["quantity"]) if isinstance(amount, dict) else None

        out.append(TokenChange(
            symbol, either["commodity"], either["per_token"]["unit"],
            _amount(a.get("supply")), _amount(b.get("supply")), reserves(a), reserves(b),
            _amount(a.get("coverage")), _amount(b.get("coverage")),
            a.get("covered") if a else None, b.get("covered") if b else None))
    return out


def _totals(old: Statement, new: Statement) -> list[QuantityChange]:
    before = {(t["commodity"], t["unit"]): Decimal(t["quantity"]) for t in old.totals}
    after = {(t["commodity"], t["unit"]): Decimal(t["quantity"]) for t in new.totals}
    return [QuantityChange(c, u, before.get((c, u)), after.get((c, u)))
            for c, u in sorted(before.keys() | after.keys())]


def _accounted(result: DiffResult) -> None:
    """Do the holdings listed account for the change in the stated totals? (They must
    when both sets of leaves give their statements' totals.)"""
    assert result.holdings is not None
    sums = result.holdings.sums()
    stated = {(t.commodity, t.unit): t.change for t in result.totals}
    off = [key for key in sorted(sums.keys() | stated.keys())
           if sums.get(key, Decimal(0)) != stated.get(key, Decimal(0))]
    if not off:
        result.consistency.passed("changes account for totals", "the holdings added, "
                                  "removed and changed account for every change in the "
                                  "totals")
        return
    commodity, unit = off[0]
    result.consistency.failed(
        "changes account for totals", msg("the holdings listed change {commodity} by {signed} "
                                          "{unit}, but the stated totals by {signed2} {unit}",
                                          commodity=commodity,
                                          signed=signed(sums.get(off[0], Decimal(0))),
                                          unit=unit,
                                          signed2=signed(stated.get(off[0], Decimal(0)))))


def diff_attestations(old: bytes, new: bytes, trust: Trust, *, old_leaves: bytes | None,
                      new_leaves: bytes | None, sources: tuple[str, str] = ("OLD", "NEW"),
                      now: datetime | None = None, parallel: bool = True,
                      task: Task = QUIET) -> DiffResult:
    """Verify both attestations under `trust` with their leaves, check how NEW stands to
    OLD, and compare them. Without both sets of leaves the holdings are not compared
    (the totals and tokens are). `parallel=False` never forks."""
    now = now or datetime.now(UTC)
    sides = []
    for data, leaves, source, done in ((old, old_leaves, sources[0], _VERIFIED_OLD),
                                       (new, new_leaves, sources[1], _VERIFIED_NEW)):
        task.check(msg("the comparison"))
        side = _side(data, source)
        side.verdict = verify_attestation(data, trust, leaves=leaves, now=now, source=source,
                                          parallel=parallel)
        sides.append(side)
        task.progress(done, 100)
    before, after = sides
    consistency = Verdict("consistency")
    relation = _relate(before, after, consistency)
    if relation == SUCCESSOR:  # NEW's own "previous not given" is checked here
        after.verdict.checks = [c for c in after.verdict.checks
                                if not (c.name == "chain" and not c.done)]
    result = DiffResult(before, after, relation, consistency)
    if before.body is None or after.body is None:
        result.not_compared = "a statement cannot be read"
        return result
    result.totals = _totals(before.body, after.body)
    result.tokens = _tokens(before.body, after.body)
    old_sites = {site["code"] for site in before.body.sites}
    new_sites = {site["code"] for site in after.body.sites}
    result.sites_added = sorted(new_sites - old_sites)
    result.sites_removed = sorted(old_sites - new_sites)
    if relation == OTHER_LEDGER:
        result.not_compared = ("the attestations are of different ledgers, whose holding "
                               "ids are unrelated")
    elif old_leaves is None or new_leaves is None:
        result.not_compared = "the leaves of both attestations are needed"
    else:
        task.check(msg("the comparison"))
        try:
            result.holdings = compare_leaves(
                holdings_of(old_leaves, sources[0]), holdings_of(new_leaves, sources[1]),
                sources=sources, progress=lambda done, total: task.progress(
                    _VERIFIED_NEW + (100 - _VERIFIED_NEW) * done // max(total, 1), 100))
        except InvalidInput as exc:
            result.not_compared = exc.message
        else:
            _accounted(result)
    task.progress(100, 100)
    return result


def _attestation(path: str, what: str) -> bytes:
    """The file `path` if it is an attestation; else InvalidInput saying what it is."""
    data = read_file(path, what)
    try:
        read_leaves_header(data, path, count=False)
    except InvalidInput:
        pass
    else:
        raise InvalidInput(msg("{path} is a leaves file, not an attestation: give the "
                               "attestations first, then their leaves after --leaves", path=path))
    try:
        kind = kind_of(data, path)
    except InvalidInput as exc:
        raise InvalidInput(msg("{path} is not an attestation: {exc}", path=path, exc=exc)) from None
    if kind != "attestation":
        shown = "not a file Tijori reads" if kind == "unknown" else f"a {kind}"
        raise InvalidInput(msg("{path} is not an attestation: it is {shown}",
                               path=path, shown=shown))
    return data


def _leaves(path: str, attestation: bytes, source: str, other: tuple[str, bytes]) -> bytes:
    """The leaves file `path`, which must be `source`'s (its attestation id)."""
    data = read_file(path, "leaves file")
    header = read_leaves_header(data, path, count=False)
    side = _side(attestation, source)
    if side.body is None or header.get("attestation_id") == side.body.attestation_id:
        return data  # an unreadable statement fails its own verification
    swapped = _side(other[1], other[0]).body
    hint = (f"; they are the leaves of {other[0]}: were the two swapped?"
            if swapped is not None and header.get("attestation_id") == swapped.attestation_id
            else "")
    raise InvalidInput(msg("{path} holds the leaves of attestation {attestation_id}, not of "
                           "{source} ({attestation_id2}){hint}",
                           path=path,
                           attestation_id=header.get('attestation_id'),
                           source=source,
                           attestation_id2=side.body.attestation_id,
                           hint=hint))


def diff_files(old_path: str, new_path: str, policy_paths: str | Sequence[str], *,
               leaves: tuple[str, str] | None = None, trusted_policy: str | None = None,
               now: datetime | None = None, parallel: bool = True,
               task: Task = QUIET) -> DiffResult:
    """`diff_attestations` of two attestation files (and their leaves files, OLD's
    first) under your policy files (yours first, then older versions)."""
    old, new = _attestation(old_path, "attestation"), _attestation(new_path, "attestation")
    trust = read_trust(policy_paths, trusted_policy)
    old_leaves = new_leaves = None
    if leaves is not None:
        old_leaves = _leaves(leaves[0], old, old_path, (new_path, new))
        new_leaves = _leaves(leaves[1], new, new_path, (old_path, old))
    result = diff_attestations(old, new, trust, old_leaves=old_leaves, new_leaves=new_leaves,
                               sources=(str(Path(old_path)), str(Path(new_path))), now=now,
                               parallel=parallel, task=task)
    if leaves is not None:
        result.old.leaves, result.new.leaves = str(leaves[0]), str(leaves[1])
    return result
