"""Leaves, statements and coverage: what an attestation says.

A leaf is the canonical JSON of one holding as attested, with a random salt so
that an inclusion proof handed to one token holder reveals nothing about the
neighbouring holdings:

    {"holding": {...sorted keys...}, "salt": "<64 hex>", "v": 1}

The statement names the custodian, sites, as-of time, the Merkle tree over the
leaves, the totals per commodity and unit (sums of the leaves' rounded
quantities), the tokens they back with coverage, the journal checkpoint and the
previous attestation. Everything here is pure: bytes and dicts in, bytes and
dicts out.
"""

from __future__ import annotations

import gc
import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

import msgspec

from app.attest import canonical, sampling
from app.attest.leaflines import LeafLines, joined
from app.domain.errors import InvalidInput
from app.domain.messages import msg
from app.domain.times import parse_time
from app.domain.units import (
    decimal_string,
    exact_difference,
    exact_product,
    exact_sum,
    is_decimal_string,
    ratio_down,
    read_decimal_string,
)

#: Version 2 (FORMAT.md §4.4) names its policy, scope and place in its series; version 1
#: statements are still read and verified, with the checks they cannot carry not done.
STATEMENT_SCHEMA = "tijori.statement.v2"
PAYLOAD_TYPE = "application/vnd.tijori.statement.v2+json"
STATEMENT_SCHEMA_V1 = "tijori.statement.v1"
PAYLOAD_TYPE_V1 = "application/vnd.tijori.statement.v1+json"
#: The statement version each payload type carries.
PAYLOAD_TYPES = {PAYLOAD_TYPE_V1: 1, PAYLOAD_TYPE: 2}
SCHEMAS = {STATEMENT_SCHEMA_V1: 1, STATEMENT_SCHEMA: 2}
LEAVES_FORMAT = "tijori-leaves"
LEAF_VERSION = 1
SALT_BYTES = 32
#: Coverage is written to six decimals, truncated: never overstated.
COVERAGE_PLACES = 6
#: FORMAT.md §4.1: leaves are ordered by kind, in this order, then by holding id.
KINDS = ("bar", "lot", "tank", "gas")
_RANK = {kind: rank for rank, kind in enumerate(KINDS)}


_HEAD, _MIDDLE, _TAIL = b'{"holding":', b',"salt":"', b'","v":1}'


def make_leaf(holding_json: bytes, salt: bytes) -> bytes:
    """Wrap a holding's canonical JSON with its salt, canonically (keys in order)."""
    return _HEAD + holding_json + _MIDDLE + salt.hex().encode() + _TAIL


def make_leaves(holdings: list[bytes], salts: bytes) -> list[bytes]:
    """`make_leaf` for a batch: `salts` holds 32 random bytes per holding, in order."""
    if len(salts) != SALT_BYTES * len(holdings):
        raise ValueError("one 32-byte salt per holding")
    hexed = salts.hex().encode()
    return [_HEAD + h + _MIDDLE + hexed[64 * i:64 * i + 64] + _TAIL
            for i, h in enumerate(holdings)]


def parse_leaf(leaf: bytes, where: str = "leaf") -> dict[str, Any]:
    """Decode and check one leaf; return its holding."""
    obj = canonical.loads(leaf, source=where)
    if not isinstance(obj, dict) or obj.get("v") != LEAF_VERSION:
        raise InvalidInput(msg("{where} is not a version {LEAF_VERSION} Tijori leaf",
                               where=where, LEAF_VERSION=LEAF_VERSION))
    holding, salt = obj.get("holding"), obj.get("salt")
    if not isinstance(holding, dict) or not isinstance(salt, str) or len(salt) != 2 * SALT_BYTES:
        raise InvalidInput(msg("{where} lacks a holding or a 32-byte salt", where=where))
    quantities = holding.get("quantities")
    if not isinstance(quantities, list) or not quantities:
        raise InvalidInput(msg("{where} has no quantities", where=where))
    return holding


# gc=False: a million decoded leaves hold no cycles, and untracked they cost the
# garbage collector nothing (tracked, its passes over them tripled the decoding time).
class _Quantity(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    commodity: str
    quantity: str
    unit: str


class _Holding(msgspec.Struct, gc=False):
    kind: str
    id: int
    site: str
    quantities: tuple[_Quantity, ...]


class _Leaf(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    holding: _Holding
    salt: str
    v: int


# msgspec checks each leaf's whole JSON and decodes only what the totals need,
# several times faster than building every leaf as dicts: a million leaves are
# summed within the verifier's budget.
_decode_batch = msgspec.json.Decoder(list[_Leaf]).decode
_decode_leaf = msgspec.json.Decoder(_Leaf)


def _well_formed(decoded: list[_Leaf]) -> bool:
    return not any(leaf.v != LEAF_VERSION or len(leaf.salt) != 2 * SALT_BYTES
                   or not leaf.holding.quantities for leaf in decoded)


def _batches(leaves: list[bytes], first: int = 0) -> Iterator[tuple[int, list[_Leaf]]]:
    """The leaves decoded in batches, each with the number of its first leaf; the first
    malformed leaf raises InvalidInput naming it."""
    for start in range(0, len(leaves), 10000):
        stop = min(start + 10000, len(leaves))
        try:
            if isinstance(leaves, LeafLines):  # a view of the file, one leaf a line
                with leaves.text(start, stop) as text:
                    decoded = _decode_leaf.decode_lines(text)
            else:
                decoded = _decode_batch(b"[" + b",".join(leaves[start:stop]) + b"]")
        except (msgspec.DecodeError, RecursionError):  # a leaf skipped into deep nesting
            decoded = None
        batch = leaves[start:stop] if decoded is None or len(decoded) != stop - start \
            or not _well_formed(decoded) else None
        if batch is not None:
            for offset, leaf in enumerate(batch):  # name the first bad leaf, and why
                number = first + start + offset
                parse_leaf(leaf, msg("leaf {number}", number=number))
                try:
                    one = msgspec.json.decode(leaf, type=_Leaf)
                except (msgspec.DecodeError, RecursionError) as exc:
                    raise InvalidInput(msg("leaf {number} is malformed: {exc}",
                                           number=number, exc=exc)) from None
                if one.v != LEAF_VERSION or len(one.salt) != 2 * SALT_BYTES:
                    raise InvalidInput(msg("leaf {number} is malformed", number=number))
            raise InvalidInput(msg("leaves {value} to {value2} are malformed",
                                   value=first + start, value2=first + start + len(batch) - 1))
        yield first + start, decoded


def holdings_of(leaves: list[bytes], first: int = 0) -> Iterator[tuple[int, _Holding]]:
    """Each leaf's number and holding (its kind, id, site and quantities), decoded fast."""
    for start, decoded in _batches(leaves, first):
        for offset, leaf in enumerate(decoded):
            yield start + offset, leaf.holding


def totals_of_leaves(leaves: list[bytes]) -> list[dict[str, str]]:
    """The totals per commodity and unit, summed from the leaves themselves."""
    return format_totals(sum_leaves(leaves))


def sum_leaves(leaves: list[bytes], first: int = 0) -> dict[tuple[str, str], Decimal]:
    """Sums per (commodity, unit) of the leaves' quantities; `first` numbers them in errors."""
    return scan_leaves(leaves, first).sums


def _line(number: int) -> str:
    """Leaf `number` (from 0) as a reader finds it: line 1 of a leaves file is its header."""
    return f"leaf {number} (line {number + 2} of the leaves file)"


@dataclass
class LeafScan:
    """What one pass over (a run of) leaves finds: the sums of their quantities, the
    (kind rank, id) of the first and last leaf, and the first leaf out of the order of
    FORMAT.md §4.1 and the first of a site not given, each as a sentence or None."""

    sums: dict[tuple[str, str], Decimal] = field(default_factory=dict)
    first: tuple[int, int] | None = None
    last: tuple[int, int] | None = None
    order: str | None = None
    sites: str | None = None

    def then(self, other: LeafScan, first_of_other: int) -> LeafScan:
        """This run followed by `other`, whose first leaf is number `first_of_other`."""
        sums = dict(self.sums)
        for key, value in other.sums.items():
            sums[key] = exact_sum((sums[key], value)) if key in sums else value
        order = self.order
        if order is None and self.last is not None and other.first is not None \
                and other.first <= self.last:
            order = _order_problem(first_of_other, other.first, self.last)
        return LeafScan(sums, self.first if self.first is not None else other.first,
                        other.last if other.last is not None else self.last,
                        order or other.order, self.sites or other.sites)


def _order_problem(number: int, key: tuple[int, int], before: tuple[int, int]) -> str:
    return (f"{_line(number)}: {KINDS[key[0]]} {key[1]} comes after {KINDS[before[0]]} "
            f"{before[1]}; FORMAT.md §4.1 orders the leaves by kind (bar, lot, tank, gas), "
            "then by holding id")


def scan_leaves(leaves: list[bytes], first: int = 0,
                sites: set[str] | frozenset[str] | None = None) -> LeafScan:
    """One pass over the leaves: exact sums per (commodity, unit) of their quantities (each
    a decimal string of the format), their order, and (given `sites`) that each is of a
    site the statement lists. `first` numbers the leaves in messages. A malformed leaf
    or quantity raises InvalidInput naming the first such; order and sites are reported.

    One Python loop touches each decoded leaf once (several passes over a batch cost more
    in memory traffic than they save): about a quarter of a second a million leaves more
    than the sums alone.
    """
    values: dict[tuple[str, str], list[str]] = {}
    scan = LeafScan()
    rank_of = _RANK.get
    prev_rank, prev_id = -1, -1  # before every (rank, id)
    for start, decoded in _batches(leaves, first):
        for number, leaf in enumerate(decoded, start):
            holding = leaf.holding
            rank, hid = rank_of(holding.kind), holding.id
            if rank == prev_rank:
                if hid <= prev_id and scan.order is None:
                    scan.order = _order_problem(number, (rank, hid), (prev_rank, prev_id))
            elif rank is None:
                if scan.order is None:
                    scan.order = (f"{_line(number)} is of kind {holding.kind!r}, not one "
                                  f"of {', '.join(KINDS)}")
                continue  # the order goes on from the leaf before
            elif rank < prev_rank and scan.order is None:
                scan.order = _order_problem(number, (rank, hid), (prev_rank, prev_id))
            if scan.first is None:
                scan.first = (rank, hid)
            prev_rank, prev_id = rank, hid
            if sites is not None and holding.site not in sites and scan.sites is None:
                scan.sites = (f"{_line(number)} is of site {holding.site!r}, which the "
                              "statement does not list")
            for entry in holding.quantities:
                key = (entry.commodity, entry.unit)
                bucket = values.get(key)
                if bucket is None:
                    bucket = values[key] = []
                bucket.append(entry.quantity)
    scan.last = None if scan.first is None else (prev_rank, prev_id)
    for texts in values.values():
        if not all(map(is_decimal_string, set(texts))):
            for number, holding in holdings_of(leaves, first):
                for entry in holding.quantities:  # names the first bad one
                    read_decimal_string(entry.quantity, msg("leaf {number} quantity",
                                                            number=number))
    scan.sums = {key: exact_sum(map(Decimal, texts)) for key, texts in values.items()}
    return scan


#: Kinds an auditor samples (FORMAT.md §11.2); every other holding is always counted.
SAMPLED_KINDS = ("bar", "lot")
_SAMPLED, _ALWAYS = ord("s"), ord("a")


@dataclass
class SampleFrame:
    """What the sample of FORMAT.md §11.2 is drawn from, for (a run of) leaves: whether
    each leaf, in tree order, is of a sampled kind (a bar or lot: b"s"; else b"a", always
    counted) and, when asked for, the sampled ones' first quantities grouped into strata
    by commodity and unit (positions counted among the sampled)."""

    kinds: bytes = b""
    weights: dict[tuple[str, str], sampling.Weights] = field(default_factory=dict)

    def then(self, other: SampleFrame, _first_of_other: int = 0) -> SampleFrame:
        """This run followed by `other`."""
        return SampleFrame(
            self.kinds + other.kinds,
            sampling.join_weights(self.weights, other.weights, self.kinds.count(b"s")))


class _KindOf(msgspec.Struct, gc=False):
    kind: str
    quantities: tuple[_Quantity, ...] = ()


class _LeafKind(msgspec.Struct, gc=False):
    holding: _KindOf


_decode_kinds = msgspec.json.Decoder(_LeafKind)


class _Quantities(msgspec.Struct, gc=False):
    quantities: tuple[_Quantity, ...] = ()


# The commodities and units bars and lots are held in. Decoded as literals, they are the
# same two strings for every leaf rather than two new ones each: a quarter fewer objects
# to make for a million leaves (a leaf with another falls back to `_decode_quantities`).
_SAMPLED_COMMODITIES = Literal["gold", "silver", "platinum", "palladium", "copper",
                               "aluminium", "aluminium-alloy", "lead", "zinc", "nickel",
                               "tin", "cobalt"]
_SAMPLED_UNITS = Literal["ozt", "t"]


class _KnownQuantity(msgspec.Struct, gc=False):
    commodity: _SAMPLED_COMMODITIES
    quantity: str
    unit: _SAMPLED_UNITS


class _KnownQuantities(msgspec.Struct, gc=False):
    quantities: tuple[_KnownQuantity, ...] = ()


class _LeafKnownQuantities(msgspec.Struct, gc=False):
    holding: _KnownQuantities


_decode_known_quantities = msgspec.json.Decoder(_LeafKnownQuantities)


class _LeafQuantities(msgspec.Struct, gc=False):
    holding: _Quantities


_decode_quantities = msgspec.json.Decoder(_LeafQuantities)


def _kind_at(leaf: bytes, number: int) -> str:
    try:
        return _decode_kinds.decode(leaf).holding.kind
    except (msgspec.DecodeError, RecursionError) as exc:
        raise InvalidInput(msg("{line} is malformed: {exc}", line=_line(number), exc=exc)) from None


def sampled_prefix(leaves: Sequence[bytes], first: int = 0) -> int:
    """How many leaves of the run, from its start, are bars and lots. FORMAT.md §4.1 puts
    them before tanks and gas, so the end of the run of them is found by bisection,
    decoding some twenty leaves of a million: leaves out of that order fail verification
    (§8), and so does every count drawn from them (§11.4)."""
    low, high = 0, len(leaves)
    while low < high:
        middle = (low + high) // 2
        if _kind_at(leaves[middle], first + middle) in SAMPLED_KINDS:
            low = middle + 1
        else:
            high = middle
    return low


def sample_frame(leaves: list[bytes], first: int = 0, text: bytes | None = None, *,
                 quantities: bool = False) -> SampleFrame:
    """The frame of the leaves (see SampleFrame), with the sampled ones' quantities when
    `quantities`; `text` is the leaves joined by newlines, when the caller has it. Only
    what the frame needs is decoded (the verifier checks the rest); a leaf without it, or
    with a quantity that is not a decimal string, raises InvalidInput naming it."""
    sampled = sampled_prefix(leaves, first)
    kinds = bytes([_SAMPLED]) * sampled + bytes([_ALWAYS]) * (len(leaves) - sampled)
    weights = {}
    if quantities and sampled:
        with _no_collection():
            weights = _weights(leaves, first, text, sampled)
    return SampleFrame(kinds, weights)


@contextmanager
def _no_collection() -> Iterator[None]:
    """The garbage collector paused: a million small objects that hold no cycle would
    only cost it passes (it comes back on, as it was, however the block ends)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _weights(leaves: list[bytes], first: int, text: bytes | None, sampled: int
             ) -> dict[tuple[str, str], sampling.Weights]:
    """The strata weights of the first `sampled` leaves (bars and lots), from their first
    quantities, decoded in one pass."""
    part = (memoryview(text)[:sum(map(len, leaves[:sampled])) + sampled - 1]
            if text is not None and not isinstance(leaves, LeafLines)
            else joined(leaves, 0, sampled))
    try:
        decoded = _decode_known_quantities.decode_lines(part)
    except (msgspec.DecodeError, RecursionError):  # another commodity or unit, or malformed
        try:
            decoded = _decode_quantities.decode_lines(part)
        except (msgspec.DecodeError, RecursionError):
            decoded = []
    if len(decoded) != sampled:
        for number, leaf in enumerate(leaves[:sampled], first):  # name the bad one
            _kind_at(leaf, number)
        raise InvalidInput(msg("leaves {first} to {value} are malformed",
                               first=first, value=first + sampled - 1))
    try:
        firsts = [leaf.holding.quantities[0] for leaf in decoded]
    except IndexError:
        number = next(n for n, leaf in enumerate(decoded, first)
                      if not leaf.holding.quantities)
        raise InvalidInput(msg("{line} has no quantities", line=_line(number))) from None
    return sampling.group_weights(firsts, lambda position: _line(first + position))


def format_totals(sums: dict[tuple[str, str], Decimal]) -> list[dict[str, str]]:
    """The statement's `totals`: sorted by commodity, then unit; decimal strings."""
    return [
        {"commodity": commodity, "unit": unit, "quantity": decimal_string(sums[(commodity, unit)])}
        for commodity, unit in sorted(sums)
    ]


#: The `note` of a token entry without a recorded supply (FORMAT.md §4.4).
NO_SUPPLY = "no supply recorded"
#: The `note` of a token whose commodity the statement's scope does not cover completely.
NOT_IN_SCOPE = "not covered by this attestation"
NOTES = (NO_SUPPLY, NOT_IN_SCOPE)


def coverage(tokens: Iterable[dict[str, Any]], totals: list[dict[str, str]],
             scope: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Each token's supply against the reserves of its commodity, in its unit.

    All exact (reports/FORMAT.md §4.4): required = supply × per-token quantity;
    coverage = reserves / required truncated to six decimals; shortfall =
    required − reserves unless the reserves exceed it ("0"). A token without a
    recorded supply cannot be shown as covered: it is listed with `covered: false`
    and no ratio. With a `scope` (version 2), a token whose commodity the scope does
    not cover completely is listed as not covered by this attestation: no reserves,
    no ratio, no shortfall (its reserves may lie outside the scope). Quantities are
    written as decimal strings, whatever form the ledger stored them in (an older
    ledger may hold "1E-7").
    """
    reserves = {(t["commodity"], t["unit"]): Decimal(decimal_string(Decimal(t["quantity"])))
                for t in totals}
    out = []
    for token in tokens:
        have = reserves.get((token["commodity"], token["unit"]), Decimal(0))
        # As written (an older ledger may hold "1E-7"): the places of a product are those
        # of the decimal strings in the statement.
        per_token = Decimal(decimal_string(Decimal(token["per_token"])))
        supply = (None if token.get("supply") is None
                  else Decimal(decimal_string(Decimal(token["supply"]))))
        outside = scope is not None and not covers(scope, token["commodity"])
        entry: dict[str, Any] = {
            "symbol": token["symbol"],
            "commodity": token["commodity"],
            "per_token": {"quantity": decimal_string(per_token), "unit": token["unit"]},
            "supply": None if supply is None else decimal_string(supply),
            "supply_as_of": token.get("supply_as_of"),
            "supply_source": token.get("supply_source") or "",
            "reserves": None if outside
            else {"quantity": decimal_string(have), "unit": token["unit"]},
        }
        if outside:
            entry.update(required=None, coverage=None, covered=False, shortfall=None,
                         note=NOT_IN_SCOPE)
        elif supply is None:
            entry.update(required=None, coverage=None, covered=False,
                         shortfall=None, note=NO_SUPPLY)
        else:
            required = exact_product(supply, per_token)
            entry["required"] = {"quantity": decimal_string(required), "unit": token["unit"]}
            if required == 0:
                entry.update(coverage=None, covered=True, shortfall="0")
            else:
                ratio = ratio_down(have, required, COVERAGE_PLACES)
                entry.update(coverage=decimal_string(ratio), covered=have >= required,
                             shortfall="0" if have > required
                             else decimal_string(exact_difference(required, have)))
        out.append(entry)
    return out


def coverage_again(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The token entries recomputed from a statement's own totals, scope and each entry's
    token and supply (FORMAT.md §4.4): what a verifier and a signer compare with
    `body["tokens"]`."""
    tokens = [{"symbol": t["symbol"], "commodity": t["commodity"],
               "per_token": t["per_token"]["quantity"], "unit": t["per_token"]["unit"],
               "supply": t["supply"], "supply_as_of": t["supply_as_of"],
               "supply_source": t["supply_source"]} for t in body["tokens"]]
    return coverage(tokens, body["totals"], body.get("scope"))


def covers(scope: dict[str, Any], commodity: str) -> bool:
    """Does a version 2 scope cover every holding of `commodity` in the ledger?"""
    return bool(scope["complete"]) or commodity in scope["commodities"]


def statement_digest(payload: bytes) -> str:
    return hashlib.sha256(payload).hexdigest()


def _is_hex(value: Any, length: int = 64) -> bool:
    return (isinstance(value, str) and len(value) == length
            and all(c in "0123456789abcdef" for c in value))


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


# -- the statement's shape: reports/FORMAT.md §4.4 and schemas/statement.schema.json ----------
#
# Every object of a statement has exactly the members listed here (the schema's
# `additionalProperties: false`): a member no verifier knows would be signed meaning
# that one verifier ignores and another reads. Each problem names the member by its
# path ("tokens[1].per_token.quantity").

#: An RFC 3339 UTC time as Tijori writes it (ASCII digits; a fraction of up to 9 digits).
_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,9})?Z")
#: A coverage ratio: a decimal string with exactly COVERAGE_PLACES places.
_RATIO = re.compile(rf"(?!-0\.0+\Z)-?(?:0|[1-9][0-9]*)\.[0-9]{{{COVERAGE_PLACES}}}")

STATEMENT_MEMBERS_V1 = ("schema", "attestation_id", "created", "as_of", "custodian", "sites",
                        "tree", "totals", "tokens", "journal", "previous")
#: Version 2 adds the policy it is made under, its scope and its sequence number.
STATEMENT_MEMBERS = (*STATEMENT_MEMBERS_V1, "policy", "scope", "sequence")
#: Optional in version 2: the auditor's commitment to the nonce of a count (FORMAT.md §11.1).
STATEMENT_OPTIONAL = ("audit",)
AUDIT_MEMBERS = ("nonce_commitment",)
POLICY_MEMBERS = ("digest", "version")
SCOPE_MEMBERS = ("sites", "commodities", "complete")
CUSTODIAN_MEMBERS = ("name", "ledger_id")
SITE_MEMBERS = ("code", "name", "kind", "jurisdiction", "operator")
TREE_MEMBERS = ("size", "root", "hashing")
TREE_HASHING = "RFC 9162 SHA-256"
TOTAL_MEMBERS = ("commodity", "unit", "quantity")
TOKEN_MEMBERS = ("symbol", "commodity", "per_token", "supply", "supply_as_of", "supply_source",
                 "reserves", "required", "coverage", "covered", "shortfall")
TOKEN_OPTIONAL = ("note",)
AMOUNT_MEMBERS = ("quantity", "unit")  # per_token, reserves, required
JOURNAL_MEMBERS = ("size", "root", "head", "consistency")
CONSISTENCY_MEMBERS = ("from_size", "proof")
PREVIOUS_MEMBERS_V1 = ("attestation_id", "as_of", "digest")
PREVIOUS_MEMBERS = (*PREVIOUS_MEMBERS_V1, "sequence")


class _Shape(Exception):
    """One problem with a statement's shape, as a sentence."""


def _object(obj: Any, where: str, members: tuple[str, ...],
            optional: tuple[str, ...] = ()) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise _Shape(msg("{where} is not a JSON object", where=where))
    missing = [name for name in members if name not in obj]
    if missing:
        raise _Shape(msg("{where} lacks the member {missing!r}", where=where, missing=missing[0]))
    unknown = sorted(name for name in obj if name not in members and name not in optional)
    if unknown:
        raise _Shape(msg("{where} has the unknown member {unknown!r}, which FORMAT.md §4.4 does "
                         "not allow", where=where, unknown=unknown[0]))
    return obj


def _text(obj: dict[str, Any], name: str, where: str, *, nullable: bool = False,
          pattern: re.Pattern[str] | None = None, what: str = "a string") -> None:
    value = obj[name]
    if value is None and nullable:
        return
    if not isinstance(value, str) or (pattern is not None and not pattern.fullmatch(value)):
        shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
        raise _Shape(msg("{where}.{name} is not {what}: {shown}",
                         where=where, name=name, what=what, shown=shown))


def _decimal_member(obj: dict[str, Any], name: str, where: str, *, nullable: bool = False
                    ) -> None:
    value = obj[name]
    if value is None and nullable:
        return
    try:
        read_decimal_string(value, f"{where}.{name}")
    except InvalidInput as exc:
        raise _Shape(exc.message) from None


def _time(obj: dict[str, Any], name: str, where: str, *, nullable: bool = False) -> None:
    _text(obj, name, where, nullable=nullable, pattern=_TIME, what="an RFC 3339 UTC time")
    if obj[name] is not None:
        try:  # a real day and time too: no 30 February, no hour 24
            parse_time(obj[name], f"{where}.{name}")
        except InvalidInput as exc:
            raise _Shape(exc.message) from None


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise _Shape(msg("{where} is not a JSON array", where=where))
    return value


def _amount(value: Any, where: str, *, nullable: bool = False) -> None:
    if value is None and nullable:
        return
    _object(value, where, AMOUNT_MEMBERS)
    _decimal_member(value, "quantity", where)
    _text(value, "unit", where)


def _token(token: Any, where: str, version: int) -> None:
    _object(token, where, TOKEN_MEMBERS, TOKEN_OPTIONAL)
    for name in ("symbol", "commodity", "supply_source"):
        _text(token, name, where)
    _amount(token["per_token"], f"{where}.per_token")
    _decimal_member(token, "supply", where, nullable=True)
    _time(token, "supply_as_of", where, nullable=True)
    outside = version >= 2 and token.get("note") == NOT_IN_SCOPE
    _amount(token["reserves"], f"{where}.reserves", nullable=outside)
    _amount(token["required"], f"{where}.required", nullable=True)
    _text(token, "coverage", where, nullable=True, pattern=_RATIO,
          what=msg("a decimal string with {COVERAGE_PLACES} places",
                   COVERAGE_PLACES=COVERAGE_PLACES))
    if not isinstance(token["covered"], bool):
        raise _Shape(msg("{where}.covered is not true or false", where=where))
    _decimal_member(token, "shortfall", where, nullable=True)
    notes = NOTES if version >= 2 else (NO_SUPPLY,)
    if "note" in token and token["note"] not in notes:
        raise _Shape(msg("{where}.note is not {notes}",
                         where=where, notes=" or ".join(map(repr, notes))))


def _count_at_least_1(value: Any) -> bool:
    return _is_count(value) and value >= 1


def _v2(obj: dict[str, Any], sites: list[Any]) -> None:
    """The members version 2 adds: policy, scope, sequence (FORMAT.md §4.4)."""
    policy = _object(obj["policy"], "policy", POLICY_MEMBERS)
    if not _is_hex(policy["digest"]):
        raise _Shape("policy.digest is not 64 lower-case hex digits")
    if not _count_at_least_1(policy["version"]):
        raise _Shape("policy.version is not a version number (1 or more)")
    scope = _object(obj["scope"], "scope", SCOPE_MEMBERS)
    for name in ("sites", "commodities"):
        values = _list(scope[name], f"scope.{name}")
        if not all(isinstance(v, str) for v in values) or values != sorted(set(values)):
            raise _Shape(msg("scope.{name} is not a sorted list of distinct names", name=name))
    if not isinstance(scope["complete"], bool):
        raise _Shape("scope.complete is not true or false")
    listed = sorted(site.get("code") for site in sites if isinstance(site, dict))
    if scope["sites"] != listed:
        raise _Shape("scope.sites are not the codes of the statement's sites")
    named = sorted({t["commodity"] for t in obj["totals"]}
                   | {t["commodity"] for t in obj["tokens"]})
    if scope["complete"] and scope["commodities"] != named:
        raise _Shape("scope.commodities are not every commodity of the totals and tokens, "
                     "which a complete scope covers")
    if not _count_at_least_1(obj["sequence"]):
        raise _Shape("sequence is not a count of at least 1")
    previous = obj["previous"]
    if previous is None and obj["sequence"] != 1:
        raise _Shape(msg("sequence is {sequence} but the statement names no previous "
                         "attestation: only the first of a series (sequence 1) names none",
                         sequence=obj['sequence']))
    if previous is not None:
        before = previous["sequence"]
        if before is not None and (not _count_at_least_1(before)
                                   or before + 1 != obj["sequence"]):
            raise _Shape(msg("sequence is {sequence} but the previous attestation's is "
                             "{before!r}: each is the previous one's plus 1",
                             sequence=obj['sequence'], before=before))
        if before is None and obj["sequence"] < 2:
            raise _Shape("sequence is 1 but the statement names a previous attestation")


def _shape(obj: Any) -> int:
    """Raise _Shape naming the first member of `obj` that FORMAT.md §4.4 does not allow;
    return the statement's version."""
    top = "the statement"
    schema = obj.get("schema") if isinstance(obj, dict) else None
    version = SCHEMAS.get(schema) if isinstance(schema, str) else None
    if version is None:
        raise _Shape(msg("{top} is not a {STATEMENT_SCHEMA} (or {STATEMENT_SCHEMA_V1}) "
                         "statement",
                         top=top,
                         STATEMENT_SCHEMA=STATEMENT_SCHEMA,
                         STATEMENT_SCHEMA_V1=STATEMENT_SCHEMA_V1))
    _object(obj, top, STATEMENT_MEMBERS if version >= 2 else STATEMENT_MEMBERS_V1,
            STATEMENT_OPTIONAL if version >= 2 else ())
    if "audit" in obj:
        audit = _object(obj["audit"], "audit", AUDIT_MEMBERS)
        if not _is_hex(audit["nonce_commitment"]):
            raise _Shape("audit.nonce_commitment is not 64 lower-case hex digits")
    _text(obj, "attestation_id", top)
    _time(obj, "created", top)
    _time(obj, "as_of", top)
    _object(obj["custodian"], "custodian", CUSTODIAN_MEMBERS)
    _text(obj["custodian"], "name", "custodian", pattern=re.compile(r".+", re.S),
          what="a name")
    _text(obj["custodian"], "ledger_id", "custodian")
    sites = _list(obj["sites"], "sites")
    for number, site in enumerate(sites):
        where = f"sites[{number}]"
        _object(site, where, SITE_MEMBERS)
        for name in SITE_MEMBERS:
            _text(site, name, where)
    tree = _object(obj["tree"], "tree", TREE_MEMBERS)
    if not _is_count(tree["size"]):
        raise _Shape("tree.size is not a count")
    if not _is_hex(tree["root"]):
        raise _Shape("tree.root is not 64 lower-case hex digits")
    if tree["hashing"] != TREE_HASHING:
        raise _Shape(msg("tree.hashing is not {TREE_HASHING!r}", TREE_HASHING=TREE_HASHING))
    before: tuple[str, str] | None = None
    for number, total in enumerate(_list(obj["totals"], "totals")):
        where = f"totals[{number}]"
        _object(total, where, TOTAL_MEMBERS)
        _text(total, "commodity", where)
        _text(total, "unit", where)
        _decimal_member(total, "quantity", where)
        key = (total["commodity"], total["unit"])
        if before is not None and key <= before:
            raise _Shape(msg("{where} is not after totals[{value}]: totals are sorted by "
                             "commodity, then unit, one per commodity and unit",
                             where=where, value=number - 1))
        before = key
    for number, token in enumerate(_list(obj["tokens"], "tokens")):
        _token(token, f"tokens[{number}]", version)
    journal = _object(obj["journal"], "journal", JOURNAL_MEMBERS)
    if not _is_count(journal["size"]):
        raise _Shape("journal.size is not a count")
    if not _is_hex(journal["root"]):
        raise _Shape("journal.root is not 64 lower-case hex digits")
    _text(journal, "head", "journal")
    consistency = journal["consistency"]
    if consistency is not None:
        _object(consistency, "journal.consistency", CONSISTENCY_MEMBERS)
        if not _is_count(consistency["from_size"]) or consistency["from_size"] < 1:
            raise _Shape("journal.consistency.from_size is not a count of at least 1")
        if not all(_is_hex(h) for h in _list(consistency["proof"], "journal.consistency.proof")):
            raise _Shape("journal.consistency.proof is not a list of 64-hex-digit hashes")
    previous = obj["previous"]
    if previous is not None:
        _object(previous, "previous", PREVIOUS_MEMBERS if version >= 2 else PREVIOUS_MEMBERS_V1)
        _text(previous, "attestation_id", "previous")
        _time(previous, "as_of", "previous")
        if not _is_hex(previous["digest"]):
            raise _Shape("previous.digest is not 64 lower-case hex digits")
    if version >= 2:
        _v2(obj, sites)
    return version


@dataclass(frozen=True)
class Statement:
    """A statement as signed (FORMAT.md §4.4), read strictly: its top level typed, its
    sections the checked JSON they are. `from_payload` / `from_dict` refuse any member
    the format does not allow; `to_dict` gives back exactly what was read.

    Version 1 statements have no `policy`, `scope` or `sequence` (None here).
    """

    version: int
    attestation_id: str
    created: str
    as_of: str
    custodian: dict[str, str]
    sites: list[dict[str, str]]
    tree: dict[str, Any]
    totals: list[dict[str, str]]
    tokens: list[dict[str, Any]]
    journal: dict[str, Any]
    previous: dict[str, Any] | None
    policy: dict[str, Any] | None = None
    scope: dict[str, Any] | None = None
    sequence: int | None = None
    audit: dict[str, str] | None = None  # {"nonce_commitment": hex}, when the auditor gave one

    @property
    def schema(self) -> str:
        return STATEMENT_SCHEMA if self.version >= 2 else STATEMENT_SCHEMA_V1

    @property
    def payload_type(self) -> str:
        return PAYLOAD_TYPE if self.version >= 2 else PAYLOAD_TYPE_V1

    @property
    def ledger_id(self) -> str:
        return self.custodian["ledger_id"]

    def covers(self, commodity: str) -> bool:
        """Does this statement cover every holding of `commodity` (always, in version 1:
        it cannot say otherwise)?"""
        return self.scope is None or covers(self.scope, commodity)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema": self.schema, "attestation_id": self.attestation_id,
            "created": self.created, "as_of": self.as_of, "custodian": self.custodian,
            "sites": self.sites, "tree": self.tree, "totals": self.totals,
            "tokens": self.tokens, "journal": self.journal, "previous": self.previous,
        }
        if self.version >= 2:
            out.update(policy=self.policy, scope=self.scope, sequence=self.sequence)
            if self.audit is not None:
                out["audit"] = self.audit
        return out

    def payload(self) -> bytes:
        """The canonical bytes that are signed."""
        return canonical.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, obj: Any, where: str = "statement") -> Statement:
        """Check `obj`'s shape (not its truth) and type it; InvalidInput names the member."""
        try:
            version = _shape(obj)
        except _Shape as exc:
            raise InvalidInput(msg("{where}: {exc}", where=where, exc=exc)) from None
        return cls(version, obj["attestation_id"], obj["created"], obj["as_of"],
                   obj["custodian"], obj["sites"], obj["tree"], obj["totals"], obj["tokens"],
                   obj["journal"], obj["previous"], obj.get("policy"), obj.get("scope"),
                   obj.get("sequence"), obj.get("audit"))

    @classmethod
    def from_payload(cls, payload: bytes, where: str = "statement",
                     payload_type: str | None = None) -> Statement:
        """Decode a statement payload and check it: canonical JSON (the bytes are RFC 8785
        of what they say), exactly the members of FORMAT.md §4.4 for its version, each of
        its type, quantities as decimal strings of the format; and, given the envelope's
        `payload_type`, of the version that type names."""
        obj = canonical.loads(payload, source=where)
        if not isinstance(obj, dict) or not isinstance(obj.get("schema"), str) \
                or obj["schema"] not in SCHEMAS:
            raise InvalidInput(msg("{where} is not a {STATEMENT_SCHEMA} statement",
                                   where=where, STATEMENT_SCHEMA=STATEMENT_SCHEMA))
        body = cls.from_dict(obj, where)
        if payload_type is not None and PAYLOAD_TYPES.get(payload_type) != body.version:
            raise InvalidInput(msg("{where}: a {schema} statement in an envelope of payload "
                                   "type {payload_type!r}",
                                   where=where, schema=body.schema, payload_type=payload_type))
        try:
            again = canonical.dumps(obj)
        except InvalidInput as exc:  # an integer beyond 2**53, say: JCS cannot write it
            raise InvalidInput(msg("{where}: the statement is not in canonical JSON (RFC 8785): "
                                   "{exc}", where=where, exc=exc)) from None
        if again != bytes(payload):
            raise InvalidInput(msg("{where}: the statement is not in canonical JSON (RFC 8785): "
                                   "its bytes are not the canonical encoding of what they say",
                                   where=where))
        return body


def parse_statement(payload: bytes, where: str = "statement") -> dict[str, Any]:
    """`Statement.from_payload(...)`, as the dict it was read from."""
    return Statement.from_payload(payload, where).to_dict()


def leaves_header(attestation_id: str, count: int) -> bytes:
    """The first line of a leaves file."""
    header = {"attestation_id": attestation_id, "count": count, "format": LEAVES_FORMAT,
              "version": 1}
    return canonical.dumps(header) + b"\n"


def leaves_file(attestation_id: str, leaves: list[bytes]) -> Iterator[bytes]:
    """The leaves file in chunks: a header line, then one canonical leaf per line."""
    yield leaves_header(attestation_id, len(leaves))
    for start in range(0, len(leaves), 10000):
        yield b"\n".join(leaves[start:start + 10000]) + b"\n"


def read_leaves_header(data: Any, source: str = "leaves file", *,
                       count: bool = True) -> dict[str, Any]:
    """The first line of a leaves file (bytes or a memory map), checked; with `count`, the
    count against the lines that follow."""
    if not len(data):
        raise InvalidInput(msg("{source} is empty", source=source))
    end = data.find(b"\n")
    first = data[:end] if end >= 0 else data
    try:
        header = canonical.loads(first, source=msg("the header of {source}", source=source))
    except canonical.UnsafeJSON:
        raise
    except InvalidInput:
        raise InvalidInput(msg("{source} does not start with a Tijori leaves header",
                               source=source)) from None
    if not isinstance(header, dict) or header.get("format") != LEAVES_FORMAT:
        raise InvalidInput(msg("{source} is not a Tijori leaves file", source=source))
    if not _is_count(header.get("count")):
        raise InvalidInput(msg("{source} has no leaf count", source=source))
    if not count:
        return header
    lines = data.count(b"\n") - 1 + (not data.endswith(b"\n"))
    if header.get("count") != lines:
        raise InvalidInput(
            msg("{source} announces {count} leaves but holds {lines} (truncated or padded)",
                source=source, count=header.get('count'), lines=lines)
        )
    return header


def read_leaves_file(
    data: bytes, source: str = "leaves file"
) -> tuple[dict[str, Any], list[bytes]]:
    header = read_leaves_header(data, source)
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    leaves = lines[1:]
    if header.get("count") != len(leaves):
        raise InvalidInput(
            msg("{source} announces {count} leaves but holds {count2} (truncated or padded)",
                source=source, count=header.get('count'), count2=len(leaves))
        )
    return header, leaves
