"""The programme statement: what a programme attestation says (FORMAT.md §13.4).

It names the programme policy it is made under, lists each member custodian's
attestation (its digest, custodian, as-of, sequence, policy, tree and totals), puts
those entries in an RFC 9162 tree, sums the members' totals, states the coverage of
the programme's tokens, records the collision check, and links to the previous
programme attestation. Pure: bytes and dicts in, bytes and dicts out.

A member entry is a leaf of the programme tree as the canonical JSON of the entry
itself, so that a proof of one bar chains to its member attestation (whose digest the
entry states) and that attestation to the programme's root (FORMAT.md §13.6).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.attest import canonical, merkle, statement
from app.attest.statement import (
    TOTAL_MEMBERS,
    TREE_HASHING,
    _count_at_least_1,
    _is_count,
    _is_hex,
    _list,
    _object,
    _Shape,
    _text,
    _time,
    _token,
)
from app.domain.errors import InvalidInput
from app.domain.messages import msg
from app.domain.units import exact_sum

SCHEMA = "tijori.programme-statement.v1"
PAYLOAD_TYPE = "application/vnd.tijori.programme-statement.v1+json"
#: The roles whose thresholds a programme attestation must meet (FORMAT.md §13.4).
ROLES = ("operator", "auditor")

MEMBERS = ("schema", "attestation_id", "created", "as_of", "programme", "window_seconds",
           "members", "tree", "totals", "tokens", "collisions", "previous", "sequence")
PROGRAMME_MEMBERS = ("name", "digest", "version")
ENTRY_MEMBERS = ("name", "custodian", "attestation_id", "digest", "as_of", "sequence",
                 "policy", "tree", "totals")
ENTRY_TREE_MEMBERS = ("size", "root")
COLLISION_MEMBERS = ("identities", "bars", "lots", "tanks", "unidentified", "found")
PREVIOUS_MEMBERS = ("attestation_id", "as_of", "digest", "sequence")
_NAME = re.compile(r".+", re.S)


def member_entry(name: str, payload: bytes, body: statement.Statement) -> dict[str, Any]:
    """The programme statement's entry for one member's attestation (its statement's
    payload and that statement, read)."""
    return {"name": name, "custodian": dict(body.custodian),
            "attestation_id": body.attestation_id,
            "digest": statement.statement_digest(payload), "as_of": body.as_of,
            "sequence": body.sequence, "policy": dict(body.policy or {}),
            "tree": {"size": body.tree["size"], "root": body.tree["root"]},
            "totals": [dict(t) for t in body.totals]}


def entry_leaf(entry: dict[str, Any]) -> bytes:
    """A member entry as a leaf of the programme tree: its canonical JSON."""
    return canonical.dumps(entry)


def tree_of(entries: list[dict[str, Any]]) -> merkle.MerkleTree:
    return merkle.MerkleTree([entry_leaf(e) for e in entries])


def summed_totals(entries: Iterable[dict[str, Any]]) -> list[dict[str, str]]:
    """The members' totals summed per commodity and unit, exactly."""
    sums: dict[tuple[str, str], list[Decimal]] = {}
    for entry in entries:
        for total in entry["totals"]:
            sums.setdefault((total["commodity"], total["unit"]), []).append(
                Decimal(total["quantity"]))
    return statement.format_totals({key: exact_sum(values) for key, values in sums.items()})


def _totals(value: Any, where: str) -> None:
    before: tuple[str, str] | None = None
    for number, total in enumerate(_list(value, where)):
        at = f"{where}[{number}]"
        _object(total, at, TOTAL_MEMBERS)
        _text(total, "commodity", at)
        _text(total, "unit", at)
        statement._decimal_member(total, "quantity", at)
        key = (total["commodity"], total["unit"])
        if before is not None and key <= before:
            raise _Shape(msg("{where} is not sorted by commodity, then unit, one each",
                             where=where))
        before = key


def _entry(entry: Any, where: str) -> None:
    _object(entry, where, ENTRY_MEMBERS)
    _text(entry, "name", where, pattern=_NAME, what="a name")
    custodian = _object(entry["custodian"], f"{where}.custodian", statement.CUSTODIAN_MEMBERS)
    _text(custodian, "name", f"{where}.custodian")
    _text(custodian, "ledger_id", f"{where}.custodian")
    _text(entry, "attestation_id", where)
    if not _is_hex(entry["digest"]):
        raise _Shape(msg("{where}.digest is not 64 lower-case hex digits", where=where))
    _time(entry, "as_of", where)
    if not _count_at_least_1(entry["sequence"]):
        raise _Shape(msg("{where}.sequence is not a count of at least 1", where=where))
    policy = _object(entry["policy"], f"{where}.policy", statement.POLICY_MEMBERS)
    if not _is_hex(policy["digest"]) or not _count_at_least_1(policy["version"]):
        raise _Shape(msg("{where}.policy is not a digest and a version", where=where))
    tree = _object(entry["tree"], f"{where}.tree", ENTRY_TREE_MEMBERS)
    if not _is_count(tree["size"]) or not _is_hex(tree["root"]):
        raise _Shape(msg("{where}.tree is not a size and a 64-hex-digit root", where=where))
    _totals(entry["totals"], f"{where}.totals")


def _shape(obj: Any) -> None:
    top = "the programme statement"
    if not isinstance(obj, dict) or obj.get("schema") != SCHEMA:
        raise _Shape(msg("{top} is not a {SCHEMA} statement", top=top, SCHEMA=SCHEMA))
    _object(obj, top, MEMBERS)
    _text(obj, "attestation_id", top)
    _time(obj, "created", top)
    _time(obj, "as_of", top)
    programme = _object(obj["programme"], "programme", PROGRAMME_MEMBERS)
    _text(programme, "name", "programme", pattern=_NAME, what="a name")
    if not _is_hex(programme["digest"]):
        raise _Shape("programme.digest is not 64 lower-case hex digits")
    if not _count_at_least_1(programme["version"]):
        raise _Shape("programme.version is not a version number (1 or more)")
    if not _count_at_least_1(obj["window_seconds"]):
        raise _Shape("window_seconds is not a count of at least 1")
    entries = _list(obj["members"], "members")
    if not entries:
        raise _Shape("members is empty: a programme statement sums at least one member")
    for number, entry in enumerate(entries):
        _entry(entry, f"members[{number}]")
    names = [e["name"] for e in entries]
    if names != sorted(set(names)):
        raise _Shape("members are not sorted by name, one each")
    tree = _object(obj["tree"], "tree", statement.TREE_MEMBERS)
    if tree["size"] != len(entries) or not _is_hex(tree["root"]) \
            or tree["hashing"] != TREE_HASHING:
        raise _Shape(msg("tree is not the {TREE_HASHING} tree of the members",
                         TREE_HASHING=TREE_HASHING))
    _totals(obj["totals"], "totals")
    for number, token in enumerate(_list(obj["tokens"], "tokens")):
        _token(token, f"tokens[{number}]", 1)
    collisions = _object(obj["collisions"], "collisions", COLLISION_MEMBERS)
    if not all(_is_count(collisions[name]) for name in COLLISION_MEMBERS):
        raise _Shape("collisions holds a member that is not a count")
    if collisions["found"] != 0:
        raise _Shape("collisions.found is not 0: a programme statement is made only when no "
                     "holding is counted twice")
    if collisions["identities"] != collisions["bars"] + collisions["lots"] + collisions["tanks"]:
        raise _Shape("collisions.identities is not the sum of bars, lots and tanks")
    if not _count_at_least_1(obj["sequence"]):
        raise _Shape("sequence is not a count of at least 1")
    previous = obj["previous"]
    if previous is None:
        if obj["sequence"] != 1:
            raise _Shape(msg("sequence is {sequence} but the statement names no previous "
                             "programme attestation", sequence=obj["sequence"]))
        return
    _object(previous, "previous", PREVIOUS_MEMBERS)
    _text(previous, "attestation_id", "previous")
    _time(previous, "as_of", "previous")
    if not _is_hex(previous["digest"]):
        raise _Shape("previous.digest is not 64 lower-case hex digits")
    if not _count_at_least_1(previous["sequence"]) \
            or previous["sequence"] + 1 != obj["sequence"]:
        raise _Shape(msg("sequence is {sequence} but the previous one's is {before!r}: each is "
                         "the previous one's plus 1", sequence=obj["sequence"],
                         before=previous["sequence"]))


@dataclass(frozen=True)
class ProgrammeStatement:
    """A programme statement as signed, read strictly (FORMAT.md §13.4)."""

    attestation_id: str
    created: str
    as_of: str
    programme: dict[str, Any]
    window_seconds: int
    members: list[dict[str, Any]]
    tree: dict[str, Any]
    totals: list[dict[str, str]]
    tokens: list[dict[str, Any]]
    collisions: dict[str, int]
    previous: dict[str, Any] | None
    sequence: int

    schema = SCHEMA
    payload_type = PAYLOAD_TYPE

    @property
    def policy(self) -> dict[str, Any]:
        """The policy it is made under, as a custodian statement names its own."""
        return {"digest": self.programme["digest"], "version": self.programme["version"]}

    def member(self, name: str) -> tuple[int, dict[str, Any]] | None:
        """The index in the programme tree and the entry of member `name`."""
        return next(((i, e) for i, e in enumerate(self.members) if e["name"] == name), None)

    def to_dict(self) -> dict[str, Any]:
        return {"schema": SCHEMA, "attestation_id": self.attestation_id,
                "created": self.created, "as_of": self.as_of, "programme": self.programme,
                "window_seconds": self.window_seconds, "members": self.members,
                "tree": self.tree, "totals": self.totals, "tokens": self.tokens,
                "collisions": self.collisions, "previous": self.previous,
                "sequence": self.sequence}

    def payload(self) -> bytes:
        return canonical.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, obj: Any, where: str = "programme statement") -> ProgrammeStatement:
        try:
            _shape(obj)
        except _Shape as exc:
            raise InvalidInput(msg("{where}: {exc}", where=where, exc=exc)) from None
        return cls(obj["attestation_id"], obj["created"], obj["as_of"], obj["programme"],
                   obj["window_seconds"], obj["members"], obj["tree"], obj["totals"],
                   obj["tokens"], obj["collisions"], obj["previous"], obj["sequence"])

    @classmethod
    def from_payload(cls, payload: bytes, where: str = "programme statement"
                     ) -> ProgrammeStatement:
        """Decode and check: canonical JSON, exactly the members of §13.4, each of its type."""
        obj = canonical.loads(payload, source=where)
        body = cls.from_dict(obj, where)
        if canonical.dumps(obj) != bytes(payload):
            raise InvalidInput(msg("{where}: the statement is not in canonical JSON (RFC 8785)",
                                   where=where))
        return body


def is_programme_type(payload_type: str) -> bool:
    return payload_type == PAYLOAD_TYPE


def figures_problems(body: ProgrammeStatement) -> list[tuple[str, str | None]]:
    """The statement's own arithmetic, checked: (check name, None if it holds, else why)
    for the tree over its member entries, the summed totals and the tokens' coverage."""
    tree = tree_of(body.members)
    summed = summed_totals(body.members)
    try:
        coverage_ok = statement.coverage_again(body.to_dict() | {"scope": None}) == body.tokens
    except (KeyError, TypeError, ArithmeticError, InvalidInput):
        coverage_ok = False
    return [
        ("programme tree", None if tree.root.hex() == body.tree["root"] else
         "the member entries do not give the stated root"),
        ("programme totals", None if summed == body.totals else
         "the members' totals do not add up to the stated totals"),
        ("coverage", None if coverage_ok else
         "the stated coverage does not follow from the stated totals and supply"),
    ]
