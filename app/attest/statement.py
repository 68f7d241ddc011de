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

import hashlib
import re
from collections.abc import Iterable, Iterator
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from typing import Any

import msgspec

from app.attest import canonical
from app.domain.errors import InvalidInput

STATEMENT_SCHEMA = "tijori.statement.v1"
PAYLOAD_TYPE = "application/vnd.tijori.statement.v1+json"
LEAVES_FORMAT = "tijori-leaves"
LEAF_VERSION = 1
SALT_BYTES = 32
#: Coverage is shown to six decimals, rounded down: never overstated.
COVERAGE_STEP = Decimal("0.000001")


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
        raise InvalidInput(f"{where} is not a version {LEAF_VERSION} Tijori leaf")
    holding, salt = obj.get("holding"), obj.get("salt")
    if not isinstance(holding, dict) or not isinstance(salt, str) or len(salt) != 2 * SALT_BYTES:
        raise InvalidInput(f"{where} lacks a holding or a 32-byte salt")
    quantities = holding.get("quantities")
    if not isinstance(quantities, list) or not quantities:
        raise InvalidInput(f"{where} has no quantities")
    return holding


def _decimal(value: Any, where: str) -> Decimal:
    if not isinstance(value, str):
        raise InvalidInput(f"{where} is not a decimal string")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise InvalidInput(f"{where} is not a decimal string: {value!r}") from None
    if not number.is_finite():
        raise InvalidInput(f"{where} is not finite")
    return number


class _Quantity(msgspec.Struct, forbid_unknown_fields=True):
    commodity: str
    quantity: str
    unit: str


class _Holding(msgspec.Struct):
    quantities: list[_Quantity]


class _Leaf(msgspec.Struct, forbid_unknown_fields=True):
    holding: _Holding
    salt: str
    v: int


# msgspec checks each leaf's whole JSON and decodes only what the totals need,
# several times faster than building every leaf as dicts: a million leaves are
# summed within the verifier's budget.
_decode_batch = msgspec.json.Decoder(list[_Leaf]).decode


def _quantities(leaves: list[bytes], first: int = 0) -> Iterator[tuple[int, list[_Quantity]]]:
    for start in range(0, len(leaves), 10000):
        batch = leaves[start:start + 10000]
        try:
            decoded = _decode_batch(b"[" + b",".join(batch) + b"]")
        except (msgspec.DecodeError, RecursionError):  # a leaf skipped into deep nesting
            decoded = None
        if decoded is None or len(decoded) != len(batch) or any(
                leaf.v != LEAF_VERSION or len(leaf.salt) != 2 * SALT_BYTES
                or not leaf.holding.quantities for leaf in decoded):
            for offset, leaf in enumerate(batch):  # name the first bad leaf, and why
                number = first + start + offset
                parse_leaf(leaf, f"leaf {number}")
                try:
                    one = msgspec.json.decode(leaf, type=_Leaf)
                except (msgspec.DecodeError, RecursionError) as exc:
                    raise InvalidInput(f"leaf {number} is malformed: {exc}") from None
                if one.v != LEAF_VERSION or len(one.salt) != 2 * SALT_BYTES:
                    raise InvalidInput(f"leaf {number} is malformed")
            raise InvalidInput(f"leaves {first + start} to {first + start + len(batch) - 1} "
                               "are malformed")
        for offset, leaf in enumerate(decoded):
            yield first + start + offset, leaf.holding.quantities


def totals_of_leaves(leaves: list[bytes]) -> list[dict[str, str]]:
    """The totals per commodity and unit, summed from the leaves themselves."""
    return format_totals(sum_leaves(leaves))


def sum_leaves(leaves: list[bytes], first: int = 0) -> dict[tuple[str, str], Decimal]:
    """Sums per (commodity, unit) of the leaves' quantities; `first` numbers them in errors."""
    values: dict[tuple[str, str], list[str]] = {}
    for _, quantities in _quantities(leaves, first):
        for entry in quantities:
            key = (entry.commodity, entry.unit)
            bucket = values.get(key)
            if bucket is None:
                bucket = values[key] = []
            bucket.append(entry.quantity)
    sums: dict[tuple[str, str], Decimal] = {}
    for key, texts in values.items():
        try:
            total = sum(map(Decimal, texts), Decimal(0))
        except InvalidOperation:
            total = None
        if total is None or not total.is_finite():
            for number, quantities in _quantities(leaves, first):
                for entry in quantities:
                    _decimal(entry.quantity, f"leaf {number} quantity")  # names the bad one
            raise InvalidInput("a leaf quantity is not a finite decimal")
        sums[key] = total
    return sums


def format_totals(sums: dict[tuple[str, str], Decimal]) -> list[dict[str, str]]:
    return [
        {"commodity": commodity, "unit": unit, "quantity": str(sums[(commodity, unit)])}
        for commodity, unit in sorted(sums)
    ]


def coverage(tokens: Iterable[dict[str, Any]], totals: list[dict[str, str]]
             ) -> list[dict[str, Any]]:
    """Each token's supply against the reserves of its commodity, in its unit.

    required = supply × per-token quantity; coverage = reserves / required,
    rounded down to six decimals. A token without a recorded supply cannot be
    shown as covered: it is listed with `covered: false` and no ratio.
    """
    reserves = {(t["commodity"], t["unit"]): Decimal(t["quantity"]) for t in totals}
    out = []
    for token in tokens:
        have = reserves.get((token["commodity"], token["unit"]), Decimal(0))
        entry: dict[str, Any] = {
            "symbol": token["symbol"],
            "commodity": token["commodity"],
            "per_token": {"quantity": token["per_token"], "unit": token["unit"]},
            "supply": token.get("supply"),
            "supply_as_of": token.get("supply_as_of"),
            "supply_source": token.get("supply_source") or "",
            "reserves": {"quantity": str(have), "unit": token["unit"]},
        }
        if token.get("supply") is None:
            entry.update(required=None, coverage=None, covered=False,
                         shortfall=None, note="no supply recorded")
        else:
            required = Decimal(token["supply"]) * Decimal(token["per_token"])
            entry["required"] = {"quantity": str(required), "unit": token["unit"]}
            if required == 0:
                entry.update(coverage=None, covered=True, shortfall="0")
            else:
                ratio = (have / required).quantize(COVERAGE_STEP, rounding=ROUND_DOWN)
                entry.update(coverage=str(ratio), covered=have >= required,
                             shortfall=str(max(required - have, Decimal(0))))
        out.append(entry)
    return out


def statement_digest(payload: bytes) -> str:
    return hashlib.sha256(payload).hexdigest()


REQUIRED_FIELDS = {
    "schema": str, "attestation_id": str, "custodian": dict, "sites": list, "as_of": str,
    "tree": dict, "totals": list, "tokens": list, "journal": dict, "created": str,
}


def _is_hex(value: Any, length: int = 64) -> bool:
    return (isinstance(value, str) and len(value) == length
            and all(c in "0123456789abcdef" for c in value))


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _has(obj: Any, **kinds: type | tuple[type, ...]) -> bool:
    return isinstance(obj, dict) and all(isinstance(obj.get(k), t) for k, t in kinds.items())


# A coverage ratio as `coverage` writes it: rounded to six decimals, and small enough for
# the default 28-digit decimal context (a larger one cannot be computed, so cannot be
# legitimate); whoever shows it as a percentage may then do arithmetic on it safely.
_RATIO = re.compile(r"-?\d{1,22}\.\d{6}")


def _token_problem(token: Any) -> bool:
    """True unless a token entry has the members and types FORMAT.md §4.4 gives it."""
    if not (_has(token, symbol=str, commodity=str, per_token=dict, reserves=dict, covered=bool)
            and _has(token["per_token"], quantity=str, unit=str)
            and _has(token["reserves"], quantity=str, unit=str)
            and all(k in token for k in ("supply", "required", "coverage", "shortfall"))):
        return True
    required, ratio = token["required"], token["coverage"]
    return not (
        isinstance(token["supply"], str | None) and isinstance(token["shortfall"], str | None)
        and (required is None or _has(required, quantity=str, unit=str))
        and (ratio is None or (isinstance(ratio, str) and _RATIO.fullmatch(ratio) is not None)))


def _statement_problem(obj: dict[str, Any]) -> str | None:
    """What is wrong with a statement's shape, or None; see reports/FORMAT.md §4.4."""
    for name, kind in REQUIRED_FIELDS.items():
        if not isinstance(obj.get(name), kind):
            return f"a valid {name!r}"
    if "previous" not in obj:
        return "'previous' (null for the first attestation)"
    if not _has(obj["custodian"], name=str, ledger_id=str):
        return "a custodian with name and ledger_id"
    if not all(_has(site, code=str, name=str, kind=str) for site in obj["sites"]):
        return "sites with code, name and kind"
    tree = obj["tree"]
    if not _is_count(tree.get("size")) or not _is_hex(tree.get("root")):
        return "a tree with a size and a 64-hex-digit root"
    if not all(_has(t, commodity=str, unit=str, quantity=str) for t in obj["totals"]):
        return "totals with commodity, unit and quantity"
    if any(_token_problem(token) for token in obj["tokens"]):
        return "tokens with symbol, commodity, per_token, reserves and coverage"
    journal = obj["journal"]
    if not (_is_count(journal.get("size")) and _is_hex(journal.get("root"))
            and isinstance(journal.get("head"), str)):
        return "a journal checkpoint with size, root and head"
    consistency = journal.get("consistency")
    if consistency is not None and not (
            _has(consistency, proof=list) and _is_count(consistency.get("from_size"))
            and all(_is_hex(h) for h in consistency["proof"])):
        return "a journal consistency proof of from_size and 64-hex-digit hashes"
    previous = obj["previous"]
    if previous is not None and not (_has(previous, attestation_id=str, as_of=str)
                                     and _is_hex(previous.get("digest"))):
        return "a previous attestation with attestation_id, as_of and digest"
    return None


def parse_statement(payload: bytes, where: str = "statement") -> dict[str, Any]:
    """Decode a statement payload and check its shape (not its truth)."""
    obj = canonical.loads(payload, source=where)
    if not isinstance(obj, dict) or obj.get("schema") != STATEMENT_SCHEMA:
        raise InvalidInput(f"{where} is not a {STATEMENT_SCHEMA} statement")
    problem = _statement_problem(obj)
    if problem:
        raise InvalidInput(f"{where} lacks {problem}")
    return obj


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
        raise InvalidInput(f"{source} is empty")
    end = data.find(b"\n")
    first = data[:end] if end >= 0 else data
    try:
        header = canonical.loads(first, source=f"the header of {source}")
    except canonical.UnsafeJSON:
        raise
    except InvalidInput:
        raise InvalidInput(f"{source} does not start with a Tijori leaves header") from None
    if not isinstance(header, dict) or header.get("format") != LEAVES_FORMAT:
        raise InvalidInput(f"{source} is not a Tijori leaves file")
    if not _is_count(header.get("count")):
        raise InvalidInput(f"{source} has no leaf count")
    if not count:
        return header
    lines = data.count(b"\n") - 1 + (not data.endswith(b"\n"))
    if header.get("count") != lines:
        raise InvalidInput(
            f"{source} announces {header.get('count')} leaves but holds {lines} "
            "(truncated or padded)"
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
            f"{source} announces {header.get('count')} leaves but holds {len(leaves)} "
            "(truncated or padded)"
        )
    return header, leaves
