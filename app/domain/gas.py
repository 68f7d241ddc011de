"""Natural gas in storage and LNG in tanks, held as energy.

Conversions (../shared/standards/MEASUREMENT.md):

* Volumes are brought to standard cubic metres, Sm³ (15 °C, 101.325 kPa,
  ISO 13443).  Nm³ (0 °C, 101.325 kPa): Sm³ = Nm³ x 288.15 / 273.15; scf
  (60 °F, 14.696 psia): 1 scf = 0.0282624 Sm³.  Both are ideal-gas
  approximations; a contract may prescribe otherwise.
* Energy (GJ) = Sm³ x GCV (MJ/Sm³) / 1000; MMBtu = GJ / 1.055056;
  MWh = GJ / 3.6; therm = MMBtu x 10.  Every figure is derived from the
  unrounded GJ and rounded once, at the end, to 3 dp ROUND_HALF_UP.
* LNG: E = V x rho x GCV_mass - E_displaced_vapour; MJ -> MMBtu by the
  basis the contract states (1.055056 GJ/MMBtu or 1055.12 MJ/MMBtu), which
  is recorded with the result.

Plausibility limits.  The limits below are engineering plausibility bands
chosen for Tijori, not limits from any standard; they catch unit mistakes
(kWh/m³ for MJ/m³, t/m³ for kg/m³, BTU/lb for MJ/kg) before they become
signed records:

* GCV of natural gas 30-50 MJ/Sm³: pipeline H-gas is about 36-44, low-CV
  L-gas about 32-35, LNG-derived rich gas up to about 46, biomethane
  upgraded to grid quality about 36-40.
* LNG density 400-500 kg/m³: pure methane at its boiling point is about
  422 kg/m³; lean to rich LNG about 430-480.
* LNG mass GCV 50-56 MJ/kg: methane 55.5; rich LNG (ethane, propane) about
  53-54.5; nitrogen-bearing LNG down to about 51.

Arithmetic runs in a fixed decimal context (28 digits), whatever the
caller's context is, so the same inputs always give the same record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import (
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
)

from app.domain.errors import InvalidInput, OutOfRange
from app.domain.messages import msg
from app.domain.units import (
    GJ_PER_MMBTU,
    GJ_PER_MWH,
    NM3,
    SCF,
    SM3,
    SM3_PER_SCF,
    decimal_string,
    parse_decimal,
)

__all__ = [
    "COMBUSTION_REFERENCES",
    "MMBTU_BASES",
    "VOLUME_UNITS",
    "GasEnergy",
    "LngInventory",
    "StorageInventory",
    "gas_energy",
    "lng_inventory",
    "storage_inventory",
]

_CTX = Context(
    prec=28, rounding=ROUND_HALF_EVEN, traps=[InvalidOperation, DivisionByZero, Overflow]
)
_Q3 = Decimal("0.001")
_ZERO = Decimal(0)
_THOUSAND = Decimal(1000)
_TEN = Decimal(10)

VOLUME_UNITS = (SM3, NM3, SCF)

#: Metering reference conditions of each volume unit.
VOLUME_REFERENCES = {
    SM3: "15 °C, 101.325 kPa",
    NM3: "0 °C, 101.325 kPa",
    SCF: "60 °F, 14.696 psia",
}
# Sm³ = volume x numerator / denominator.  Nm³ is converted as x 288.15 / 273.15
# (one division, last) rather than by the 28-digit units.SM3_PER_NM3, so
# that a volume whose Sm³ figure terminates (54.63 Nm³ = 57.63 Sm³) is exact
# and an exact half is rounded as a half.
_TO_SM3 = {
    SM3: (Decimal(1), Decimal(1)),
    NM3: (Decimal("288.15"), Decimal("273.15")),
    SCF: (SM3_PER_SCF, Decimal(1)),
}
_UNIT_KEYS = {unit.lower(): unit for unit in VOLUME_UNITS}

#: Combustion reference temperatures of ISO 6976 (15.55 °C is 60 °F).
COMBUSTION_REFERENCES = ("0 °C", "15 °C", "15.55 °C", "20 °C", "25 °C")
_COMBUSTION_RE = re.compile(r"(\d{1,2}(?:\.\d{1,2})?)\s*(?:°\s*C|℃|degC|C)", re.IGNORECASE)

#: Plausibility bands (see the module docstring): not a standard's limits.
GCV_MJ_PER_SM3_MIN = Decimal(30)
GCV_MJ_PER_SM3_MAX = Decimal(50)
LNG_DENSITY_MIN = Decimal(400)
LNG_DENSITY_MAX = Decimal(500)
LNG_GCV_MJ_PER_KG_MIN = Decimal(50)
LNG_GCV_MJ_PER_KG_MAX = Decimal(56)
#: 1e12 Sm³ (1,000 bcm) is more than all the world's gas storage together.
MAX_SM3 = Decimal("1e12")
#: 1e8 m³ of LNG is several hundred of the largest tanks.
MAX_LNG_M3 = Decimal("1e8")
#: Far above the vapour displaced by any cargo (a large carrier holds ~5e6 GJ).
MAX_DISPLACED_GJ = Decimal("1e9")

#: MMBtu bases an LNG contract may state, in MJ per MMBtu.
MMBTU_BASES = {
    "1.055056 GJ/MMBtu": GJ_PER_MMBTU * _THOUSAND,
    "1055.12 MJ/MMBtu": Decimal("1055.12"),
}


def _q3(value: Decimal) -> Decimal:
    return value.quantize(_Q3, ROUND_HALF_UP, _CTX)


def _bounded(value: object, field: str, low: Decimal, high: Decimal, unit: str) -> Decimal:
    number = parse_decimal(value, field)
    if number < low or number > high:
        raise OutOfRange(
            msg("{field} {number} is outside the plausible range {low}-{high} {unit}",
                field=field, number=number, low=low, high=high, unit=unit), field
        )
    return number


def _non_negative(value: object, field: str, high: Decimal, unit: str) -> Decimal:
    number = parse_decimal(value, field)
    if number < _ZERO:
        raise InvalidInput(msg("{field} {number} must not be negative",
                               field=field, number=number), field)
    if number > high:
        raise OutOfRange(msg("{field} {number} is above the plausible limit of {high:f} {unit}",
                             field=field, number=number, high=high, unit=unit), field)
    return number.copy_abs()  # -0 becomes 0, never "-0.000" in a record


def _volume_unit(unit: object) -> str:
    if isinstance(unit, str):
        found = _UNIT_KEYS.get(unit.strip().replace("³", "3").lower())
        if found is not None:
            return found
    raise InvalidInput(msg("unit {unit!r} is not one of: {VOLUME_UNITS}",
                           unit=unit, VOLUME_UNITS=', '.join(VOLUME_UNITS)), "unit")


@dataclass(frozen=True, slots=True)
class GasEnergy:
    """A gas quantity: its volume in Sm³ and its energy in four units, all to 3 dp."""

    sm3: Decimal
    gj: Decimal
    mmbtu: Decimal
    mwh: Decimal
    therm: Decimal

    def as_json(self) -> dict[str, str]:
        """Decimal strings, for canonical JSON."""
        return {
            "sm3": decimal_string(self.sm3),
            "gj": decimal_string(self.gj),
            "mmbtu": decimal_string(self.mmbtu),
            "mwh": decimal_string(self.mwh),
            "therm": decimal_string(self.therm),
        }


def _energy(volume: object, unit: str, gcv: Decimal, field: str) -> GasEnergy:
    amount = parse_decimal(volume, field)
    if amount < _ZERO:
        raise InvalidInput(msg("{field} {amount} must not be negative",
                               field=field, amount=amount), field)
    amount = amount.copy_abs()  # -0 becomes 0, never "-0.000" in a record
    ctx = _CTX
    numerator, denominator = _TO_SM3[unit]
    sm3 = ctx.divide(ctx.multiply(amount, numerator), denominator)
    if sm3 > MAX_SM3:
        raise OutOfRange(
            msg("{field} {amount} {unit} is above the plausible limit of {MAX_SM3:f} Sm3",
                field=field, amount=amount, unit=unit, MAX_SM3=MAX_SM3), field
        )
    gj = ctx.divide(ctx.multiply(sm3, gcv), _THOUSAND)
    mmbtu = ctx.divide(gj, GJ_PER_MMBTU)
    return GasEnergy(
        sm3=_q3(sm3),
        gj=_q3(gj),
        mmbtu=_q3(mmbtu),
        mwh=_q3(ctx.divide(gj, GJ_PER_MWH)),
        therm=_q3(ctx.multiply(mmbtu, _TEN)),
    )


def _gcv_per_sm3(value: object) -> Decimal:
    return _bounded(value, "gcv_mj_per_sm3", GCV_MJ_PER_SM3_MIN, GCV_MJ_PER_SM3_MAX, "MJ/Sm3")


def gas_energy(*, volume: Decimal | str, unit: str, gcv_mj_per_sm3: Decimal | str) -> GasEnergy:
    """Convert a metered gas volume to energy.

    `unit` is one of ``VOLUME_UNITS`` (Sm3, Nm3, scf); the volume is first
    brought to Sm³.  `gcv_mj_per_sm3` is the gross calorific value per
    standard cubic metre (15 °C, 101.325 kPa), 30-50 MJ/Sm³.
    """
    unit_name = _volume_unit(unit)
    gcv = _gcv_per_sm3(gcv_mj_per_sm3)
    return _energy(volume, unit_name, gcv, "volume")


def _combustion_reference(value: object) -> str:
    if isinstance(value, str):
        match = _COMBUSTION_RE.fullmatch(value.strip())
        if match is not None:
            text = f"{Decimal(match.group(1)).normalize():f} °C"
            if text in COMBUSTION_REFERENCES:
                return text
    raise InvalidInput(
        msg("combustion_reference {value!r} is not one of: {COMBUSTION_REFERENCES}",
            value=value, COMBUSTION_REFERENCES=', '.join(COMBUSTION_REFERENCES)),
        "combustion_reference",
    )


@dataclass(frozen=True, slots=True)
class StorageInventory:
    """Gas in an underground store: working gas (withdrawable) and cushion gas.

    `reference` records the metering conditions: the volume reference of
    the stored Sm³, the unit the volumes were given in and its reference,
    and the combustion reference temperature of the calorific value.
    """

    working: GasEnergy
    cushion: GasEnergy
    reference: dict[str, str]
    gcv_mj_per_sm3: Decimal

    def as_json(self) -> dict[str, object]:
        """Decimal strings, for canonical JSON."""
        return {
            "working": self.working.as_json(),
            "cushion": self.cushion.as_json(),
            "reference": dict(self.reference),
            "gcv_mj_per_sm3": decimal_string(self.gcv_mj_per_sm3),
        }


def storage_inventory(
    *,
    working_volume: Decimal | str,
    cushion_volume: Decimal | str,
    unit: str,
    gcv_mj_per_sm3: Decimal | str,
    combustion_reference: str = "15 °C",
) -> StorageInventory:
    """Record a storage inventory; both volumes are in `unit` and share one GCV.

    Only working gas can be withdrawn; cushion (base) gas stays in the store
    and is recorded separately.  `combustion_reference` is one of
    ``COMBUSTION_REFERENCES`` ("15 °C", also written "15C" or "15 degC").
    """
    unit_name = _volume_unit(unit)
    gcv = _gcv_per_sm3(gcv_mj_per_sm3)
    combustion = _combustion_reference(combustion_reference)
    working = _energy(working_volume, unit_name, gcv, "working_volume")
    cushion = _energy(cushion_volume, unit_name, gcv, "cushion_volume")
    reference = {
        "volume_reference": VOLUME_REFERENCES[SM3],
        "given_unit": unit_name,
        "given_unit_reference": VOLUME_REFERENCES[unit_name],
        "gcv_volume_reference": VOLUME_REFERENCES[SM3],
        "gcv_combustion_reference": combustion,
    }
    return StorageInventory(
        working=working, cushion=cushion, reference=reference, gcv_mj_per_sm3=gcv
    )


@dataclass(frozen=True, slots=True)
class LngInventory:
    """LNG in a tank, with the inputs it was computed from and the MMBtu basis used.

    Inputs are kept as given; `gj`, `mmbtu` and `mwh` are to 3 dp.
    """

    volume_m3: Decimal
    density_kg_m3: Decimal
    gcv_mj_per_kg: Decimal
    displaced_vapour_gj: Decimal
    gj: Decimal
    mmbtu: Decimal
    mwh: Decimal
    mmbtu_basis: str

    def as_json(self) -> dict[str, str]:
        """Decimal strings, for canonical JSON."""
        return {
            "volume_m3": decimal_string(self.volume_m3),
            "density_kg_m3": decimal_string(self.density_kg_m3),
            "gcv_mj_per_kg": decimal_string(self.gcv_mj_per_kg),
            "displaced_vapour_gj": decimal_string(self.displaced_vapour_gj),
            "gj": decimal_string(self.gj),
            "mmbtu": decimal_string(self.mmbtu),
            "mwh": decimal_string(self.mwh),
            "mmbtu_basis": self.mmbtu_basis,
        }


def lng_inventory(
    *,
    volume_m3: Decimal | str,
    density_kg_m3: Decimal | str,
    gcv_mj_per_kg: Decimal | str,
    displaced_vapour_gj: Decimal | str = "0",
    mmbtu_basis: str = "1.055056 GJ/MMBtu",
) -> LngInventory:
    """Energy of LNG: E = V x rho x GCV_mass - E_displaced_vapour.

    V in m³ of liquid, rho in kg/m³ (400-500), GCV_mass in MJ/kg (50-56),
    the displaced vapour's energy in GJ (>= 0; it may not exceed the LNG's).
    `mmbtu_basis` is a key of ``MMBTU_BASES``.
    """
    volume = _non_negative(volume_m3, "volume_m3", MAX_LNG_M3, "m3")
    density = _bounded(density_kg_m3, "density_kg_m3", LNG_DENSITY_MIN, LNG_DENSITY_MAX, "kg/m3")
    gcv = _bounded(
        gcv_mj_per_kg, "gcv_mj_per_kg", LNG_GCV_MJ_PER_KG_MIN, LNG_GCV_MJ_PER_KG_MAX, "MJ/kg"
    )
    displaced = _non_negative(displaced_vapour_gj, "displaced_vapour_gj", MAX_DISPLACED_GJ, "GJ")
    try:
        mj_per_mmbtu = MMBTU_BASES[mmbtu_basis]
    except (KeyError, TypeError):
        raise InvalidInput(
            msg("mmbtu_basis {mmbtu_basis!r} is not one of: {MMBTU_BASES}",
                mmbtu_basis=mmbtu_basis, MMBTU_BASES=', '.join(MMBTU_BASES)),
            "mmbtu_basis",
        ) from None

    ctx = _CTX
    liquid_mj = ctx.multiply(ctx.multiply(volume, density), gcv)
    net_mj = ctx.subtract(liquid_mj, ctx.multiply(displaced, _THOUSAND))
    if net_mj < _ZERO:
        raise InvalidInput(
            msg("displaced_vapour_gj {displaced} is more than the LNG's energy of {q3} GJ",
                displaced=displaced, q3=_q3(ctx.divide(liquid_mj, _THOUSAND))),
            "displaced_vapour_gj",
        )
    gj = ctx.divide(net_mj, _THOUSAND)
    return LngInventory(
        volume_m3=volume,
        density_kg_m3=density,
        gcv_mj_per_kg=gcv,
        displaced_vapour_gj=displaced,
        gj=_q3(gj),
        mmbtu=_q3(ctx.divide(net_mj, mj_per_mmbtu)),
        mwh=_q3(ctx.divide(gj, GJ_PER_MWH)),
        mmbtu_basis=mmbtu_basis,
    )
