"""Choosing the holdings an auditor counts, so that neither side can steer the choice.

The seed is SHA-256 of the attested statement's digest and a nonce the auditor
draws after the attestation is final: the custodian cannot know it when the
statement is signed, and the statement is fixed before the auditor draws. Every
draw is a hash of the seed, so anyone holding the seed and the leaves derives
exactly the same sample.

Two methods, as an auditor's sampling manual describes them:

- **attribute** sampling treats bars and lots as one population of items and
  asks how many to look at so that, finding no exception, the auditor can say
  with confidence c that fewer than a rate r of items are missing or wrong:
  n = ⌈ln(1 − c) / ln(1 − r)⌉ (299 at 95 % and 1 %). The n items are drawn
  uniformly without replacement.
- **weighted** (monetary-unit) sampling draws n points along the cumulative
  quantity of each commodity in turn (its unit as the leaves state it), and
  counts the holdings the points fall on: a bar twice as heavy is twice as
  likely to be counted. Quantities of different commodities are never added,
  so each commodity is its own population.

Tanks and gas inventories are few and large; they are always counted, on top
of the sample.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Context, Decimal, InvalidOperation

from app.domain.errors import InvalidInput

METHODS = ("attribute", "weighted")
#: Decimal arithmetic for the sample size: IEEE 754 decimal128's 34 digits, so that
#: every implementation that follows FORMAT.md gets the same n.
_CONTEXT = Context(prec=34)
#: Draws tried before giving up on finding n distinct items (never reached: the
#: population is at least n + 1 when drawing, and the draws are uniform).
_MAX_DRAWS_PER_ITEM = 64


def percent(text: str, name: str, low: Decimal, high: Decimal) -> Decimal:
    """A percentage given as text ("95", "99.5"), strictly between `low` and `high`."""
    try:
        value = Decimal(str(text).strip())
    except InvalidOperation:
        raise InvalidInput(f"{name} must be a number of percent, not {text!r}", name) from None
    if not value.is_finite() or not low < value < high:
        raise InvalidInput(f"{name} must lie between {low} % and {high} % (not {text})", name)
    if value != value.quantize(Decimal("0.01")):
        raise InvalidInput(f"{name} has at most two decimal places ({text})", name)
    return value


def sample_size(confidence: Decimal, tolerable_rate: Decimal) -> int:
    """n = ⌈ln(1 − c) / ln(1 − r)⌉ for c and r in percent, in 34-digit decimal arithmetic:
    the smallest sample in which finding no exception supports, with confidence c, a
    rate of exceptions below r."""
    c = _CONTEXT.divide(confidence, Decimal(100))
    r = _CONTEXT.divide(tolerable_rate, Decimal(100))
    ratio = _CONTEXT.divide(_CONTEXT.ln(1 - c), _CONTEXT.ln(1 - r))
    return int(ratio.to_integral_value(rounding="ROUND_CEILING"))


def seed(statement_digest: str, nonce: bytes) -> bytes:
    """SHA-256 of the statement's digest (32 bytes, from its hex) followed by the nonce."""
    return hashlib.sha256(bytes.fromhex(statement_digest) + nonce).digest()


def draw(seed_bytes: bytes, label: str, k: int, modulus: int) -> int:
    """The k-th draw of a stream: SHA-256(seed ‖ label in UTF-8 ‖ 0x00 ‖ k as 8 bytes big-endian)
    read as a 256-bit big-endian integer, modulo `modulus`. (The bias of reducing 256 bits
    modulo a population below 2^64 is under 2^-192.)"""
    block = hashlib.sha256(seed_bytes + label.encode() + b"\0" + k.to_bytes(8, "big")).digest()
    return int.from_bytes(block, "big") % modulus


def attribute_sample(seed_bytes: bytes, population: int, n: int) -> list[int]:
    """`n` distinct positions in range(population), drawn with the label "attribute" in
    draw order, repeats skipped; the whole population when n ≥ its size. Sorted."""
    if n >= population:
        return list(range(population))
    chosen: set[int] = set()
    k = 0
    while len(chosen) < n:
        if k > _MAX_DRAWS_PER_ITEM * n:  # pragma: no cover - a broken hash, not bad input
            raise RuntimeError("the sample could not be drawn")
        chosen.add(draw(seed_bytes, "attribute", k, population))
        k += 1
    return sorted(chosen)


@dataclass(frozen=True)
class Stratum:
    """The holdings of one commodity and unit, with their quantities in minor units
    (the quantity × 10^places, places the most any of them is written with)."""

    commodity: str
    unit: str
    positions: Sequence[int]  # positions of the holdings in the population
    weights: Sequence[int]

    @property
    def label(self) -> str:
        return f"weighted:{self.commodity}:{self.unit}"


def strata(quantities: Sequence[tuple[str, str, str]]) -> list[Stratum]:
    """Group (commodity, unit, decimal string) per population position into strata,
    sorted by commodity then unit (code point order), each with integer weights."""
    groups: dict[tuple[str, str], tuple[list[int], list[Decimal]]] = {}
    for position, (commodity, unit, text) in enumerate(quantities):
        positions, values = groups.setdefault((commodity, unit), ([], []))
        positions.append(position)
        values.append(Decimal(text))
    found = []
    for (commodity, unit), (positions, values) in sorted(groups.items()):
        places = max(0, *(-v.as_tuple().exponent for v in values))
        scale = Decimal(10) ** places
        found.append(Stratum(commodity, unit, positions,
                             [int(v * scale) for v in values]))
    return found


def weighted_sample(seed_bytes: bytes, stratum: Stratum, n: int) -> list[int]:
    """The population positions that n points fall on, drawn along the stratum's
    cumulative weight (label "weighted:COMMODITY:UNIT"); a holding hit twice is counted
    once, and one of no weight is never drawn. Sorted."""
    cumulative: list[int] = []
    total = 0
    for weight in stratum.weights:
        total += max(weight, 0)
        cumulative.append(total)
    if total == 0:
        return []
    chosen = {stratum.positions[bisect_right(cumulative, draw(seed_bytes, stratum.label, k,
                                                                    total))]
              for k in range(n)}
    return sorted(chosen)

