"""Precious-metal bars (LBMA Good Delivery) and base-metal lots (LME-style warrants).

Facts used here are those of ../shared/standards/MEASUREMENT.md:

* Gold: gross weight in troy ounces, rounded DOWN to a multiple of 0.025 ozt;
  Good Delivery when the fineness is at least 995.0 and the fine content is
  350-430 ozt.
* Silver: gross weight rounded DOWN to a multiple of 0.1 ozt; Good Delivery
  when the fineness is at least 999.0.  LBMA recommends 750-1,100 ozt but
  accepts bars of 500-1,250 ozt.  We treat a bar in 500-750 or 1,100-1,250
  ozt as Good Delivery (the market accepts it) and mark it with the advisory
  flag ``gross-weight-outside-750-1100``; below 500 or above 1,250 ozt it is
  not Good Delivery.
* Fine weight = gross x fineness / 1000 to 0.001 ozt; nearest by default
  (ROUND_HALF_UP, which is what published weight lists agree with), or down.

A bar outside Good Delivery is not an error: it is recorded and flagged.
Errors are for input that cannot describe a bar at all.

Arithmetic: every operation on the bar path is exact (integer division,
remainder, products of short decimals), so the result never depends on
the rounding of the caller's decimal context; quantizations pass their
own context and rounding.  Exactness needs a context precision of at least
16 digits (Python's default is 28); gross weights are capped at 10,000 ozt
so the numbers stay short.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import (
    ROUND_DOWN,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
    Rounded,
)
from enum import StrEnum

from app.domain.errors import InvalidInput, OutOfRange
from app.domain.messages import msg
from app.domain.text import clean_text
from app.domain.units import GRAMS_PER_OZT, decimal_string, parse_decimal

__all__ = [
    "ADVISORY_FLAGS",
    "LOT_SIZE_T",
    "LOT_TOLERANCE",
    "SHAPES",
    "BarWeights",
    "BaseMetal",
    "LotRecord",
    "Metal",
    "bar_weights",
    "check_fine_oz",
    "lot_record",
    "normalize_bar_identity",
]


class Metal(StrEnum):
    """A precious metal traded as LBMA Good Delivery bars."""

    GOLD = "gold"
    SILVER = "silver"


# --------------------------------------------------------------------------
# Module-level constants (precomputed: bar_weights is called once per bar
# of a million-bar import).
# --------------------------------------------------------------------------

_D = Decimal
_ZERO = _D(0)
_THOUSAND = _D(1000)
_MILLI = _D("0.001")  # x / 1000, exactly, as a multiplication
_Q_FINE = _D("0.001")
_Q_FINENESS = _D("0.1")

_GOLD_STEP = _D("0.025")
_SILVER_STEP = _D("0.1")
#: The beam-balance threshold of LBMA Annex B: a bar turns the scale at a
#: 0.025 ozt multiple only when it is at least 0.002 ozt heavier than it.
_BEAM_TURN_OZ = _D("0.002")
_KG_PER_OZT = GRAMS_PER_OZT / _THOUSAND  # 0.0311034768, exact
# One rounding step expressed in kg (exact products), so that kg inputs are
# floored by one exact integer division, without an inexact kg -> ozt quotient.
_GOLD_STEP_KG = _GOLD_STEP * _KG_PER_OZT  # 0.00077758692
_SILVER_STEP_KG = _SILVER_STEP * _KG_PER_OZT  # 0.00311034768
_BEAM_TURN_KG = _BEAM_TURN_OZ * _KG_PER_OZT  # 0.0000622069536

#: No single bar weighs more (the largest cast gold bar is about 250 kg).
#: The cap also keeps every number on the bar path short and exact.
MAX_GROSS_OZ = _D(10000)
MAX_GROSS_KG = (MAX_GROSS_OZ * _KG_PER_OZT).normalize()  # 311.034768

_GOLD_MIN_FINENESS = _D("995.0")
_GOLD_MIN_FINE_OZ = _D(350)
_GOLD_MAX_FINE_OZ = _D(430)
_SILVER_MIN_FINENESS = _D("999.0")
_SILVER_MIN_OZ = _D(500)
_SILVER_MAX_OZ = _D(1250)
_SILVER_REC_MIN_OZ = _D(750)
_SILVER_REC_MAX_OZ = _D(1100)

#: Our own arithmetic context: fixed precision and rounding, ordinary traps.
_CTX = Context(
    prec=28, rounding=ROUND_HALF_EVEN, traps=[InvalidOperation, DivisionByZero, Overflow]
)
#: Quantizing to 0.1 with this context raises `Rounded` when digits (even
#: zeros) would be dropped: a cheap "at most one decimal place" test.
_CTX_ONE_PLACE = Context(prec=28, traps=[InvalidOperation, Rounded])

_FINE_ROUNDINGS = {"nearest": ROUND_HALF_UP, "down": ROUND_DOWN}
_GROSS_ROUNDINGS = ("down", "beam")
_METALS = {"gold": Metal.GOLD, "silver": Metal.SILVER}
# Enum attribute access (Metal.GOLD) costs ~150 ns on Python 3.11; a global is free.
_GOLD = Metal.GOLD

# Flag codes (short kebab-case, stable: they are written into records).
FLAG_GOLD_FINENESS = "fineness-below-995.0"
FLAG_GOLD_FINE_LOW = "fine-weight-below-350"
FLAG_GOLD_FINE_HIGH = "fine-weight-above-430"
FLAG_SILVER_FINENESS = "fineness-below-999.0"
FLAG_SILVER_GROSS_LOW = "gross-weight-below-500"
FLAG_SILVER_GROSS_HIGH = "gross-weight-above-1250"
FLAG_SILVER_GROSS_UNUSUAL = "gross-weight-outside-750-1100"

#: Flags that note a departure from the LBMA recommendation without taking
#: the bar out of Good Delivery.
ADVISORY_FLAGS = frozenset({FLAG_SILVER_GROSS_UNUSUAL})


@dataclass(frozen=True, slots=True)
class BarWeights:
    """The weights of one bar as a vault records them.

    `gross_oz` is the London gross weight (3 dp for gold, a multiple of
    0.025; 1 dp for silver); `fineness` is in parts per thousand, written
    with exactly one decimal place (995 is recorded as 995.0, so that equal
    bars give equal records); `fine_oz` is to 0.001 ozt.

    `flags` explains why a bar is not Good Delivery; it may also hold
    advisory codes (see `ADVISORY_FLAGS`) that leave `good_delivery` True.
    """

    gross_oz: Decimal
    fineness: Decimal
    fine_oz: Decimal
    good_delivery: bool
    flags: tuple[str, ...]

    def as_json(self) -> dict[str, object]:
        """Decimal strings, for canonical JSON."""
        return {
            "gross_oz": decimal_string(self.gross_oz),
            "fineness": decimal_string(self.fineness),
            "fine_oz": decimal_string(self.fine_oz),
            "good_delivery": self.good_delivery,
            "flags": list(self.flags),
        }


# The generated __init__ of a frozen dataclass sets each field through
# object.__setattr__, which costs about a microsecond per bar.  bar_weights
# fills the slots directly instead; the result is an ordinary BarWeights.
_new_object = object.__new__
_set_gross = BarWeights.__dict__["gross_oz"].__set__
_set_fineness = BarWeights.__dict__["fineness"].__set__
_set_fine = BarWeights.__dict__["fine_oz"].__set__
_set_gd = BarWeights.__dict__["good_delivery"].__set__
_set_flags = BarWeights.__dict__["flags"].__set__


def _number(value: object, field: str) -> Decimal:
    """Parse a number; a fast path for the str and Decimal that imports give.

    Anything unusual (and every error message) goes through
    `units.parse_decimal`, so the rules are the same.
    """
    if type(value) is str:
        try:
            number = _D(value)
        except InvalidOperation:
            return parse_decimal(value, field)  # raises with the standard message
        if number.is_finite():
            return number
    elif type(value) is Decimal and value.is_finite():
        return value
    return parse_decimal(value, field)


def _metal(value: object) -> Metal:
    try:
        return _METALS[value]  # type: ignore[index]
    except (KeyError, TypeError):
        pass
    if isinstance(value, str):
        found = _METALS.get(value.strip().lower())
        if found is not None:
            return found
    raise InvalidInput(msg("metal {value!r} is not one of: gold, silver", value=value), "metal")


def _gross_from_kg(metal: Metal, gross_kg: object, gross_rounding: str) -> Decimal:
    """Whole rounding steps for a weight in kg (floored exactly, no inexact kg -> ozt)."""
    weight = _number(gross_kg, "gross_kg")
    if weight <= _ZERO:
        raise InvalidInput(msg("gross_kg {weight} must be greater than 0",
                               weight=weight), "gross_kg")
    if weight > MAX_GROSS_KG:
        raise OutOfRange(
            msg("gross_kg {weight} is above {MAX_GROSS_KG} kg ({MAX_GROSS_OZ} ozt), more than "
                "any single bar weighs",
                weight=weight, MAX_GROSS_KG=MAX_GROSS_KG, MAX_GROSS_OZ=MAX_GROSS_OZ),
            "gross_kg",
        )
    if metal is not _GOLD:
        return weight // _SILVER_STEP_KG
    if gross_rounding == "down":
        return weight // _GOLD_STEP_KG
    steps, rest = divmod(weight, _GOLD_STEP_KG)
    return steps - 1 if rest < _BEAM_TURN_KG else steps


def bar_weights(
    metal: Metal | str,
    *,
    gross_oz: Decimal | str | None = None,
    gross_kg: Decimal | str | None = None,
    fineness: Decimal | str,
    fine_rounding: str = "nearest",
    gross_rounding: str = "down",
) -> BarWeights:
    """Compute a bar's London gross weight, fine weight and Good Delivery status.

    Give exactly one of `gross_oz` and `gross_kg` (kg are converted at
    1 ozt = 31.1034768 g exactly and then rounded like ounces).

    `gross_rounding`:
      * ``"down"`` (default): floor to the metal's step, 0.025 ozt for gold
        and 0.1 ozt for silver.  Use it for weights already stated by a
        refiner or a weight list.
      * ``"beam"`` (gold only): the LBMA Annex B beam-balance rule for raw
        scale readings, London weight = 0.025 x floor((w - 0.002) / 0.025):
        a bar turns the scale at a 0.025 multiple only when it is at least
        0.002 ozt heavier than it, so 400.026 is recorded as 400.000 and
        400.027 as 400.025.

    `fine_rounding`: ``"nearest"`` (ROUND_HALF_UP, default) or ``"down"``.

    Raises `InvalidInput`/`OutOfRange` for input that cannot be a bar;
    a bar outside Good Delivery is returned with `good_delivery` False.
    """
    try:
        kind = _METALS[metal]  # type: ignore[index]
    except (KeyError, TypeError):
        kind = _metal(metal)
    try:
        fine_mode = _FINE_ROUNDINGS[fine_rounding]
    except (KeyError, TypeError):
        raise InvalidInput(
            msg("fine_rounding {fine_rounding!r} is not one of: nearest, down",
                fine_rounding=fine_rounding), "fine_rounding"
        ) from None
    if gross_rounding != "down":
        if gross_rounding not in _GROSS_ROUNDINGS:
            raise InvalidInput(
                msg("gross_rounding {gross_rounding!r} is not one of: down, beam",
                    gross_rounding=gross_rounding), "gross_rounding"
            )
        if kind is not _GOLD:
            raise InvalidInput(
                "gross_rounding 'beam' applies to gold only; silver is rounded down to 0.1 ozt",
                "gross_rounding",
            )

    if gross_kg is None:
        if gross_oz is None:
            raise InvalidInput(
                "give exactly one of gross_oz and gross_kg; neither was given", "gross_oz"
            )
        field = "gross_oz"
        raw = gross_oz
        weight = _number(gross_oz, field)
        if weight <= _ZERO:
            raise InvalidInput(msg("gross_oz {weight} must be greater than 0",
                                   weight=weight), field)
        if weight > MAX_GROSS_OZ:
            raise OutOfRange(
                msg("gross_oz {weight} is above {MAX_GROSS_OZ} ozt, more than any single bar "
                    "weighs", weight=weight, MAX_GROSS_OZ=MAX_GROSS_OZ),
                field,
            )
        if kind is not _GOLD:
            steps = weight // _SILVER_STEP
        elif gross_rounding == "down":
            steps = weight // _GOLD_STEP
        else:
            steps, rest = divmod(weight, _GOLD_STEP)
            if rest < _BEAM_TURN_OZ:
                steps -= 1
    elif gross_oz is not None:
        raise InvalidInput("give exactly one of gross_oz and gross_kg, not both", "gross_kg")
    else:
        field = "gross_kg"
        raw = gross_kg
        steps = _gross_from_kg(kind, gross_kg, gross_rounding)
    step = _GOLD_STEP if kind is _GOLD else _SILVER_STEP
    if steps <= _ZERO:
        raise InvalidInput(
            msg("{field} {raw} rounds down to 0 ozt; a {kind} bar must weigh at least {step} "
                "ozt", field=field, raw=raw, kind=kind, step=step),
            field,
        )
    gross = steps * step  # exact; 3 dp for gold (0.025), 1 dp for silver (0.1)

    fine_ness = _number(fineness, "fineness")
    if fine_ness <= _ZERO:
        raise InvalidInput(
            msg("fineness {fine_ness} must be greater than 0 parts per thousand",
                fine_ness=fine_ness), "fineness"
        )
    if fine_ness > _THOUSAND:
        raise OutOfRange(msg("fineness {fine_ness} is above 1000 parts per thousand",
                             fine_ness=fine_ness), "fineness")
    try:
        # Positional arguments: keywords cost half a microsecond in C decimal.
        fine_ness = fine_ness.quantize(_Q_FINENESS, None, _CTX_ONE_PLACE)
    except Rounded:
        raise InvalidInput(
            msg("fineness {fine_ness} has more than 1 decimal place",
                fine_ness=fine_ness), "fineness"
        ) from None

    fine = (gross * fine_ness * _MILLI).quantize(_Q_FINE, fine_mode, _CTX)

    if kind is _GOLD:
        flags: tuple[str, ...] = ()
        if fine_ness < _GOLD_MIN_FINENESS:
            flags += (FLAG_GOLD_FINENESS,)
        if fine < _GOLD_MIN_FINE_OZ:
            flags += (FLAG_GOLD_FINE_LOW,)
        elif fine > _GOLD_MAX_FINE_OZ:
            flags += (FLAG_GOLD_FINE_HIGH,)
        good = not flags
    else:
        flags = ()
        good = True
        if fine_ness < _SILVER_MIN_FINENESS:
            flags += (FLAG_SILVER_FINENESS,)
            good = False
        if gross < _SILVER_MIN_OZ:
            flags += (FLAG_SILVER_GROSS_LOW,)
            good = False
        elif gross > _SILVER_MAX_OZ:
            flags += (FLAG_SILVER_GROSS_HIGH,)
            good = False
        elif gross < _SILVER_REC_MIN_OZ or gross > _SILVER_REC_MAX_OZ:
            flags += (FLAG_SILVER_GROSS_UNUSUAL,)  # advisory: still Good Delivery

    result = _new_object(BarWeights)
    _set_gross(result, gross)
    _set_fineness(result, fine_ness)
    _set_fine(result, fine)
    _set_gd(result, good)
    _set_flags(result, flags)
    return result


def check_fine_oz(weights: BarWeights, given: Decimal | str) -> None:
    """Refuse a stated fine weight that differs from the computed one.

    Compared by value, so 399.4400 agrees with 399.440.
    """
    stated = _number(given, "fine_oz")
    if stated != weights.fine_oz:
        raise InvalidInput(
            msg("fine_oz {stated} disagrees with gross × fineness / 1000 = {fine_oz}",
                stated=stated, fine_oz=weights.fine_oz),
            "fine_oz",
        )


# --------------------------------------------------------------------------
# Identity of a bar: (brand, serial, year)
# --------------------------------------------------------------------------

MAX_IDENTITY_CHARS = 64
MIN_YEAR = 1800
MAX_YEAR = 2100





#: The year when this module was loaded.  The calendar only moves forward, so
#: a year up to the next one after it needs no clock reading (one per bar
#: of a million-bar import would cost a microsecond each).
_LOADED_YEAR = datetime.now(UTC).year


def _year(value: object, today_year: int | None) -> int:
    if type(value) is str:
        raw = value.strip()
        if not (len(raw) == 4 and raw.isascii() and raw.isdigit()):
            raise InvalidInput(msg("year {raw!r} is not a whole number of four digits",
                                   raw=raw), "year")
        year = int(raw)
    elif isinstance(value, int) and not isinstance(value, bool):
        year = value
    else:
        raise InvalidInput(msg("year {value!r} is not a whole number", value=value), "year")
    if year < MIN_YEAR:
        raise OutOfRange(msg("year {year} is before {MIN_YEAR}",
                             year=year, MIN_YEAR=MIN_YEAR), "year")
    if year > MAX_YEAR:
        raise OutOfRange(msg("year {year} is after {MAX_YEAR}",
                             year=year, MAX_YEAR=MAX_YEAR), "year")
    if today_year is not None or year > _LOADED_YEAR + 1:
        current = datetime.now(UTC).year if today_year is None else today_year
        if year > current + 1:
            raise OutOfRange(
                msg("year {year} is in the future, after next year ({value})",
                    year=year, value=current + 1), "year"
            )
    return year


def normalize_bar_identity(
    brand: str, serial: str, year: str | int, *, today_year: int | None = None
) -> tuple[str, str, int]:
    """Return a bar's identity (brand, serial, year) in canonical form.

    Serial numbers are unique only per refiner, so a bar is identified by
    all three.  The brand (refiner) code is upper-cased; the serial keeps its
    case (and its leading zeros: it must be given as text).  A year of
    manufacture may be at most next year (bars are stamped ahead at year
    end); `today_year` fixes "this year" for tests.
    """
    return normalize_brand(brand), normalize_serial(serial), parse_year(year, today_year)


def normalize_brand(brand: object) -> str:
    """A refiner's brand code: stripped, upper-cased, checked."""
    return clean_text(brand, "brand", MAX_IDENTITY_CHARS, upper=True)


def normalize_serial(serial: object) -> str:
    """A bar's serial number: stripped, case and leading zeros kept, checked."""
    return clean_text(serial, "serial", MAX_IDENTITY_CHARS)


def parse_year(year: object, today_year: int | None = None) -> int:
    """A year of manufacture, 1800 to next year."""
    return _year(year, today_year)


# --------------------------------------------------------------------------
# Base-metal lots (LME-style warrants)
# --------------------------------------------------------------------------


class BaseMetal(StrEnum):
    """A base metal held on warrant, one lot of one brand per warrant."""

    COPPER = "copper"
    ALUMINIUM = "aluminium"
    ALUMINIUM_ALLOY = "aluminium-alloy"
    LEAD = "lead"
    ZINC = "zinc"
    NICKEL = "nickel"
    TIN = "tin"
    COBALT = "cobalt"


#: Lot (warrant) size in tonnes.  Copper, aluminium, lead, zinc 25; nickel 6;
#: tin 5 (MEASUREMENT.md).  Aluminium alloy 20 t and cobalt 1 t are the LME
#: contract sizes for those metals (LME contract summaries; check before
#: relying on them).
LOT_SIZE_T: dict[BaseMetal, Decimal] = {
    BaseMetal.COPPER: _D(25),
    BaseMetal.ALUMINIUM: _D(25),
    BaseMetal.ALUMINIUM_ALLOY: _D(20),
    BaseMetal.LEAD: _D(25),
    BaseMetal.ZINC: _D(25),
    BaseMetal.NICKEL: _D(6),
    BaseMetal.TIN: _D(5),
    BaseMetal.COBALT: _D(1),
}
#: Each lot within +/-2 % of its size.
LOT_TOLERANCE = _D("0.02")

SHAPES = ("cathode", "ingot", "t-bar", "sow", "slab", "briquette", "pellet", "plate", "other")

#: Sanity cap on a lot's weights and bundle count: far above any warrant
#: (the largest is 25.5 t), it keeps numbers short and JSON-safe.
MAX_LOT_T = _D(1000)
MAX_BUNDLES = 10000
MAX_GRADE_CHARS = 100

FLAG_OUTSIDE_LOT_TOLERANCE = "outside-lot-tolerance"

_Q_TONNE = _D("0.001")
_BASE_METALS = {m.value: m for m in BaseMetal}
_BASE_METAL_ALIASES = {"aluminum": BaseMetal.ALUMINIUM, "aluminum-alloy": BaseMetal.ALUMINIUM_ALLOY}


@dataclass(frozen=True, slots=True)
class LotRecord:
    """One warrant: one lot of one brand.  Tonnes to 3 dp.

    A lot whose net weight is outside +/-2 % of the lot size is recorded with
    `within_tolerance` False and the flag ``outside-lot-tolerance``.
    """

    metal: BaseMetal
    warrant: str
    brand: str
    shape: str
    grade: str
    bundles: int
    gross_t: Decimal
    net_t: Decimal
    within_tolerance: bool
    flags: tuple[str, ...]

    def as_json(self) -> dict[str, object]:
        """Decimal strings, for canonical JSON."""
        return {
            "metal": self.metal.value,
            "warrant": self.warrant,
            "brand": self.brand,
            "shape": self.shape,
            "grade": self.grade,
            "bundles": self.bundles,
            "gross_t": decimal_string(self.gross_t),
            "net_t": decimal_string(self.net_t),
            "within_tolerance": self.within_tolerance,
            "flags": list(self.flags),
        }


def _base_metal(value: object) -> BaseMetal:
    if isinstance(value, str):
        key = value.strip().lower().replace("_", "-").replace(" ", "-")
        found = _BASE_METALS.get(key) or _BASE_METAL_ALIASES.get(key)
        if found is not None:
            return found
    raise InvalidInput(msg("metal {value!r} is not one of: {BASE_METALS}",
                           value=value, BASE_METALS=', '.join(_BASE_METALS)), "metal")


def _shape(value: object) -> str:
    if isinstance(value, str):
        key = value.strip().lower()
        if key in SHAPES:
            return key
    raise InvalidInput(msg("shape {value!r} is not one of: {SHAPES}",
                           value=value, SHAPES=', '.join(SHAPES)), "shape")


def _bundles(value: object) -> int:
    if isinstance(value, bool):
        raise InvalidInput(msg("bundles must be a whole number, not {value!r}",
                               value=value), "bundles")
    if isinstance(value, int):
        count = value
    elif isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        count = int(value.strip())
    else:
        raise InvalidInput(msg("bundles {value!r} is not a whole number", value=value), "bundles")
    if count < 1:
        raise InvalidInput(msg("bundles {count} must be at least 1", count=count), "bundles")
    if count > MAX_BUNDLES:
        raise OutOfRange(msg("bundles {count} is above {MAX_BUNDLES} for one lot",
                             count=count, MAX_BUNDLES=MAX_BUNDLES), "bundles")
    return count


def _tonnes(value: object, field: str) -> Decimal:
    tonnes = parse_decimal(value, field, places=3)
    if tonnes <= _ZERO:
        raise InvalidInput(msg("{field} {tonnes} must be greater than 0 t",
                               field=field, tonnes=tonnes), field)
    if tonnes > MAX_LOT_T:
        raise OutOfRange(msg("{field} {tonnes} is above {MAX_LOT_T} t for one lot",
                             field=field, tonnes=tonnes, MAX_LOT_T=MAX_LOT_T), field)
    return tonnes.quantize(_Q_TONNE, None, _CTX)  # exact: at most 3 dp already


def lot_record(
    *,
    metal: BaseMetal | str,
    warrant: str,
    brand: str,
    shape: str,
    grade: str,
    bundles: int | str,
    gross_t: Decimal | str,
    net_t: Decimal | str,
) -> LotRecord:
    """Validate one warrant's lot and check its net weight against the lot size.

    Weights are in tonnes with at most 3 decimal places (written with exactly
    3); net > 0 and gross >= net.  Warrant, brand and grade keep their case.
    """
    kind = _base_metal(metal)
    warrant_text = clean_text(warrant, "warrant", MAX_IDENTITY_CHARS)
    brand_text = clean_text(brand, "brand", MAX_IDENTITY_CHARS)
    shape_text = _shape(shape)
    grade_text = clean_text(grade, "grade", MAX_GRADE_CHARS)
    count = _bundles(bundles)
    gross = _tonnes(gross_t, "gross_t")
    net = _tonnes(net_t, "net_t")
    if gross < net:
        raise InvalidInput(msg("gross_t {gross} is less than net_t {net}",
                               gross=gross, net=net), "gross_t")

    size = LOT_SIZE_T[kind]
    low = _CTX.multiply(size, 1 - LOT_TOLERANCE)  # exact
    high = _CTX.multiply(size, 1 + LOT_TOLERANCE)
    within = low <= net <= high
    flags = () if within else (FLAG_OUTSIDE_LOT_TOLERANCE,)
    return LotRecord(
        metal=kind,
        warrant=warrant_text,
        brand=brand_text,
        shape=shape_text,
        grade=grade_text,
        bundles=count,
        gross_t=gross,
        net_t=net,
        within_tolerance=within,
        flags=flags,
    )
