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
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Context, Decimal, InvalidOperation
from itertools import accumulate
from typing import NamedTuple, Protocol

import msgspec

from app.domain.errors import InvalidInput
from app.domain.messages import msg
from app.domain.units import is_decimal_string, read_decimal_string

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
        raise InvalidInput(msg("{name} must be a number of percent, not {text!r}",
                               name=name, text=text), name) from None
    if not value.is_finite() or not low < value < high:
        raise InvalidInput(msg("{name} must lie between {low} % and {high} % (not {text})",
                               name=name, low=low, high=high, text=text), name)
    if value != value.quantize(Decimal("0.01")):
        raise InvalidInput(msg("{name} has at most two decimal places ({text})",
                               name=name, text=text), name)
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


@dataclass
class Weights:
    """A stratum being gathered: population positions, and quantities as integers of
    minor units at `places` decimals (so "380.339" is 380339 at 3)."""

    positions: Sequence[int] = field(default_factory=list)  # a range when consecutive
    units: list[int] = field(default_factory=list)
    places: int = 0

    def at(self, places: int) -> list[int]:
        """The units at `places` (never fewer than their own)."""
        scale = 10 ** (places - self.places)
        return self.units if scale == 1 else [unit * scale for unit in self.units]


class _Quantity(Protocol):
    commodity: str
    unit: str
    quantity: str


def group_weights(quantities: Sequence[_Quantity],
                  where: Callable[[int], str] = lambda position: f"holding {position}"
                  ) -> dict[tuple[str, str], Weights]:
    """Quantities (each a commodity, unit and decimal string of the format), one per
    population position, grouped by commodity and unit, each group at the most places
    any of its quantities has. A quantity that is not a decimal string of the format is
    InvalidInput naming `where(position)`."""
    commodities = {q.commodity for q in quantities}
    units = {q.unit for q in quantities}
    keys = ({(commodities.pop(), units.pop())} if len(commodities) == len(units) == 1
            else {(q.commodity, q.unit) for q in quantities})  # one stratum: no pairs made
    groups = {}
    for key in keys:
        if len(keys) == 1:
            positions, texts = range(len(quantities)), [q.quantity for q in quantities]
        else:
            positions = [p for p, q in enumerate(quantities) if (q.commodity, q.unit) == key]
            texts = [quantities[p].quantity for p in positions]
        groups[key] = Weights(positions, *_minor_units(texts, positions, where))
    return groups


def _minor_units(texts: list[str], positions: Sequence[int], where: Callable[[int], str]
                 ) -> tuple[list[int], int]:
    """Decimal strings as integers of minor units at the most places any has. When all
    have the same places, as a stratum's weights do, one pattern checks them all and one
    JSON decode reads them (a million in a fraction of a second)."""
    dot = texts[0].find(".")
    places = len(texts[0]) - dot - 1 if dot >= 0 else 0
    joined = ",".join(texts)
    pattern = _UNIFORM.get(places) or _UNIFORM.setdefault(places, re.compile(
        rf"{_NUMBER}{rf'[.][0-9]{{{places}}}' if places else ''}"
        rf"(?:,{_NUMBER}{rf'[.][0-9]{{{places}}}' if places else ''})*"))
    if pattern.fullmatch(joined) and not _NEGATIVE_ZERO.search(joined):
        try:
            return _read_ints(("[" + joined.replace(".", "") + "]").encode()), places
        except msgspec.DecodeError:
            pass  # "0.500" reads as 0500, which JSON forbids: the slow path below
    for text, position in zip(texts, positions, strict=True):
        if not is_decimal_string(text):
            read_decimal_string(text, msg("{where}: its quantity", where=where(position)))
    each = [len(t) - t.find(".") - 1 if "." in t else 0 for t in texts]
    most = max(each)
    return [int(t.replace(".", "")) * 10 ** (most - p) for t, p in zip(texts, each,
                                                                        strict=True)], most


_NUMBER = "-?(?:0|[1-9][0-9]*)"
_UNIFORM: dict[int, re.Pattern[str]] = {}
_NEGATIVE_ZERO = re.compile(r"(?:^|,)-0(?:[.]0*)?(?:,|$)")
_read_ints = msgspec.json.Decoder(list[int]).decode


def join_weights(first: dict[tuple[str, str], Weights], then: dict[tuple[str, str], Weights],
                 shift: int) -> dict[tuple[str, str], Weights]:
    """The groups of two runs of a population, the second's positions moved by `shift`."""
    joined = dict(first)
    for key, later in then.items():
        moved = _moved(later.positions, shift)
        if key not in joined:
            joined[key] = Weights(moved, later.units, later.places)
            continue
        earlier = joined[key]
        places = max(earlier.places, later.places)
        joined[key] = Weights(_joined(earlier.positions, moved),
                              earlier.at(places) + later.at(places),
                              places)
    return joined


def _moved(positions: Sequence[int], shift: int) -> Sequence[int]:
    if isinstance(positions, range):
        return range(positions.start + shift, positions.stop + shift)
    return [position + shift for position in positions]


def _joined(first: Sequence[int], then: Sequence[int]) -> Sequence[int]:
    """Positions one after the other; two ranges that meet stay one range (a million
    positions are never a list of a million numbers when they are consecutive)."""
    if isinstance(first, range) and isinstance(then, range) and first.stop == then.start:
        return range(first.start, then.stop)
    return [*first, *then]


def strata_of(groups: dict[tuple[str, str], Weights]) -> list[Stratum]:
    """The strata of grouped weights, sorted by commodity then unit (code point order)."""
    return [Stratum(commodity, unit, groups[commodity, unit].positions,
                    groups[commodity, unit].units)
            for commodity, unit in sorted(groups)]


def strata(quantities: Sequence[tuple[str, str, str]]) -> list[Stratum]:
    """Group (commodity, unit, decimal string) per population position into strata,
    sorted by commodity then unit (code point order), each with integer weights."""
    return strata_of(group_weights([_Entry(*q) for q in quantities]))


class _Entry(NamedTuple):
    commodity: str
    unit: str
    quantity: str


def weighted_sample(seed_bytes: bytes, stratum: Stratum, n: int) -> list[int]:
    """The population positions that n points fall on, drawn along the stratum's
    cumulative weight (label "weighted:COMMODITY:UNIT"); a holding hit twice is counted
    once, and one of no weight is never drawn. Sorted."""
    weights = stratum.weights
    if weights and min(weights) < 0:
        weights = [max(weight, 0) for weight in weights]
    cumulative = list(accumulate(weights))
    total = cumulative[-1] if cumulative else 0
    if total == 0:
        return []
    chosen = {stratum.positions[bisect_right(cumulative, draw(seed_bytes, stratum.label, k,
                                                                    total))]
              for k in range(n)}
    return sorted(chosen)

