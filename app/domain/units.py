"""Units, exact conversion constants and strict decimal parsing.

Every quantity in Tijori is a `Decimal` with an explicit unit. The constants
below are exact by definition (troy ounce, barrel) or the conventional values
named in ../shared/standards/MEASUREMENT.md (gas energy).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import (
    MAX_EMAX,
    MAX_PREC,
    MIN_EMIN,
    ROUND_DOWN,
    ROUND_HALF_UP,
    Context,
    Decimal,
    DivisionByZero,
    Inexact,
    InvalidOperation,
    Overflow,
    localcontext,
)

from app.domain.errors import InvalidInput
from app.domain.messages import msg

#: 1 troy ounce in grams (exact).
GRAMS_PER_OZT = Decimal("31.1034768")
#: 1 US barrel (42 US gallons) in cubic metres (exact).
M3_PER_BARREL = Decimal("0.158987294928")
#: 1 MMBtu in GJ (IT Btu, conventional).
GJ_PER_MMBTU = Decimal("1.055056")
#: 1 MWh in GJ (exact).
GJ_PER_MWH = Decimal("3.6")
#: 1 therm = 0.1 MMBtu.
GJ_PER_THERM = GJ_PER_MMBTU / 10
#: 1 scf (60 °F, 14.696 psia) in Sm³ (15 °C, 101.325 kPa), ideal-gas approximation.
SM3_PER_SCF = Decimal("0.0282624")
#: Nm³ (0 °C) to Sm³ (15 °C), both at 101.325 kPa, ideal gas.
SM3_PER_NM3 = Decimal("288.15") / Decimal("273.15")

# Unit symbols used in every file Tijori writes.
OZT = "ozt"
TONNE = "t"
M3 = "m3"
BBL = "bbl"
MMBTU = "MMBtu"
GJ = "GJ"
MWH = "MWh"
THERM = "therm"
SM3 = "Sm3"
NM3 = "Nm3"
SCF = "scf"

ALL_UNITS = (OZT, TONNE, M3, BBL, MMBTU, GJ, MWH, THERM, SM3, NM3, SCF)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A decimal amount with its unit."""

    value: Decimal
    unit: str

    def __str__(self) -> str:
        return f"{self.value} {self.unit}"

    def as_json(self) -> dict[str, str]:
        return {"quantity": decimal_string(self.value), "unit": self.unit}


# -- decimal strings: the one form of a quantity in every file hashed or signed --------------
#
# reports/FORMAT.md, "Decimal strings": an optional minus, the integer part (a single 0,
# or digits not starting with 0), and optionally a point followed by at least one digit.
# ASCII digits only; no exponent, no "+", no white space, no negative zero. A value
# keeps its places ("400.060" is not "400.06"). Sums and products are exact.

#: The grammar, as a JSON Schema `pattern` (ECMA 262) would write it.
DECIMAL_PATTERN = r"^(?!-0(\.0+)?$)-?(0|[1-9][0-9]*)(\.[0-9]+)?$"
_DECIMAL_STRING = re.compile(r"(?!-0(?:\.0+)?\Z)-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")
#: Exact arithmetic: sums, differences and products of decimal strings are never rounded
#: (Python's default context would round them to 28 digits); anything inexact raises.
EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN,
                traps=[InvalidOperation, DivisionByZero, Overflow, Inexact])


def decimal_string(value: Decimal) -> str:
    """`value` as the format writes it: plain digits, never an exponent, its places kept
    (``Decimal("1E-7")`` → ``"0.0000001"``, ``Decimal("1E+3")`` → ``"1000"``); a zero
    is never negative. Every quantity Tijori hashes or signs is written by this."""
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ValueError(f"{value!r} is not a finite Decimal")
    text = format(value, "f")
    return text[1:] if text[0] == "-" and not value else text


def is_decimal_string(text: object) -> bool:
    """True if `text` is a decimal string of the format (see `decimal_string`)."""
    return isinstance(text, str) and _DECIMAL_STRING.fullmatch(text) is not None


def read_decimal_string(text: object, where: str) -> Decimal:
    """A decimal string of a file, exactly; InvalidInput naming `where` for anything else
    (an exponent, a "+", leading zeros, a JSON number: what `Decimal()` would accept)."""
    if not is_decimal_string(text):
        shown = repr(text) if len(repr(text)) <= 60 else repr(text)[:57] + "..."
        raise InvalidInput(msg("{where} is not a decimal string of the format: {shown}",
                               where=where, shown=shown))
    return Decimal(text)  # type: ignore[arg-type]


def exact_sum(values: Iterable[Decimal], start: Decimal = Decimal(0)) -> Decimal:
    """The exact sum: as many places as the addend with the most."""
    with localcontext(EXACT):
        return sum(values, start)


def exact_product(a: Decimal, b: Decimal) -> Decimal:
    """The exact product: as many places as the two factors together."""
    return EXACT.multiply(a, b)


def exact_difference(a: Decimal, b: Decimal) -> Decimal:
    """a − b exactly: as many places as the operand with the most."""
    return EXACT.subtract(a, b)


def ratio_down(numerator: Decimal, denominator: Decimal, places: int) -> Decimal:
    """numerator / denominator truncated toward zero to exactly `places` decimals, from the
    exact quotient (never rounded first and then truncated)."""
    whole = EXACT.divide_int(EXACT.scaleb(numerator, places), denominator)
    return EXACT.scaleb(whole, -places)


def parse_decimal(text: object, field: str, *, places: int | None = None) -> Decimal:
    """Parse a user-given decimal strictly: no floats, no NaN or infinity.

    `places`, when given, is the most decimal places the value may carry.
    Raises `InvalidInput` naming `field`.
    """
    if isinstance(text, float):
        raise InvalidInput(msg("{field}: binary floats are not accepted; give a decimal string",
                               field=field), field)
    if isinstance(text, Decimal):
        value = text
    else:
        raw = str(text).strip()
        if not raw:
            raise InvalidInput(msg("{field} is empty", field=field), field)
        try:
            value = Decimal(raw)
        except InvalidOperation:
            raise InvalidInput(msg("{field} is not a number: {raw!r}",
                                   field=field, raw=raw), field) from None
    if not value.is_finite():
        raise InvalidInput(msg("{field} is not a finite number: {text!r}",
                               field=field, text=text), field)
    if places is not None and value.as_tuple().exponent < -places:  # type: ignore[operator]
        raise InvalidInput(msg("{field} {value} has more than {places} decimal places",
                               field=field, value=value, places=places), field)
    return value


def quantize(value: Decimal, step: str, rounding: str = ROUND_HALF_UP) -> Decimal:
    """Round `value` to the exponent of `step` (e.g. "0.001")."""
    return value.quantize(Decimal(step), rounding=rounding)


def round_down_to(value: Decimal, multiple: Decimal) -> Decimal:
    """Round `value` down to a whole multiple of `multiple`, keeping its exponent."""
    steps = (value / multiple).to_integral_value(rounding=ROUND_DOWN)
    return (steps * multiple).quantize(multiple)


def group_digits(text: object) -> str:
    """A decimal string with thousands separators in its integer part, otherwise exactly
    as given: ``"4526773.934"`` → ``"4,526,773.934"``. Anything that is not a plain
    decimal (an exponent, text) is returned unchanged."""
    if text is None:
        return ""
    text = str(text)
    sign, body = "", text
    if body and body[0] in "+-":
        sign, body = body[0], body[1:]
    whole, dot, fraction = body.partition(".")
    if not whole.isdigit() or not whole.isascii() or (dot and not fraction.isdigit()):
        return text
    if len(whole) > 3:
        head = len(whole) % 3 or 3
        whole = whole[:head] + "".join(
            "," + whole[i:i + 3] for i in range(head, len(whole), 3)
        )
    return f"{sign}{whole}{dot}{fraction}"
