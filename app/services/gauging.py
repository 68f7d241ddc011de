"""A tank gauging's quantity chain, computed without storing anything.

`compute` is the one place where a gauging's inputs become the quantity chain
(level → calibration table →) TOV → GOV → CTPL → GSV → NSV: `recording.gauge_tank`
records what it returns, and the desktop application calls it on every keystroke
to show the chain live (it needs only the tank's VCF group, roof and shell, and
for a level its current calibration table, not the ledger).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.domain import petroleum
from app.domain.errors import InvalidInput
from app.domain.messages import msg
from app.domain.units import M3, decimal_string, group_digits, parse_decimal
from app.services.calibration import ROOFS_WITH_CRITICAL_ZONE, TankTable
from app.store import queries
from app.store.ledger import Ledger

# Linear expansion of the shell per °F (API MPMS 12.1; MEASUREMENT.md gives mild steel).
SHELLS = {"mild-steel": Decimal("0.0000062"), "stainless-steel": Decimal("0.0000096")}
#: The density a gauging may be given in: parameter name → what it is.
DENSITY_KINDS = ("api", "sg", "density60", "density15")


@dataclass(frozen=True)
class Gauging:
    """The chain and the inputs exactly as they will be journaled."""

    chain: petroleum.QuantityChain
    inputs: dict[str, Any]


def _to_f(value: Any, unit: str, field: str) -> Decimal:
    number = parse_decimal(value, field)
    return number if unit == "F" else number * Decimal("1.8") + 32


def _given(value: Any, field: str) -> str:
    """A measured value as the journal keeps it: the format's decimal string, places kept."""
    return decimal_string(parse_decimal(value, field))


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _observed_volume(
    tank: Mapping[str, Any], table: TankTable | None, *, tov: Any, level_mm: Any,
    ullage_mm: Any, reference_height_mm: Any, unit: str | None, allow_critical_zone: bool,
) -> tuple[Decimal, str, dict[str, Any]]:
    """TOV, its unit, and what the gauging records of how TOV was found.

    Exactly one of `tov`, `level_mm` and `ullage_mm` is given. A level (or an
    ullage, which gives the level as reference height − ullage) is read through
    the tank's calibration table `table` (`strapping.CalibrationTable.volume_at`).
    """
    given = [name for name, value in (("tov", tov), ("level_mm", level_mm),
                                      ("ullage_mm", ullage_mm)) if not _blank(value)]
    if len(given) != 1:
        raise InvalidInput(msg("give exactly one of the total observed volume (tov), the level "
                               "(level_mm) or the ullage (ullage_mm); got {count}",
                               count=len(given)), "tov")
    how = given[0]
    if how != "ullage_mm" and not _blank(reference_height_mm):
        raise InvalidInput("a reference height goes with an ullage only", "reference_height_mm")
    if how == "tov":
        return parse_decimal(tov, "tov"), unit or M3, {}
    code = tank["code"]
    if table is None:
        raise InvalidInput(
            msg("tank {code} has no calibration table: store one with `tijori tank table {code} "
                "FILE.csv` (or give the total observed volume)", code=code), how)
    if unit not in (None, "", table.table.unit):
        raise InvalidInput(
            msg("the calibration table of tank {code} gives volumes in {unit}: the chain (free "
                "water, floating-roof adjustment) is in {unit} too",
                code=code, unit=table.table.unit),
            "unit")
    recorded: dict[str, Any] = {}
    if how == "ullage_mm":
        level, height = table.table.level_from_ullage(ullage_mm, reference_height_mm)
        recorded.update(ullage_mm=_given(ullage_mm, "ullage_mm"),
                        reference_height_mm=decimal_string(height))
    else:
        level = parse_decimal(level_mm, "level_mm")
    zone = table.table.critical_zone
    # The service stores a critical zone for floating roofs only; a fixed roof has none.
    allowed = allow_critical_zone or tank["roof"] not in ROOFS_WITH_CRITICAL_ZONE
    try:
        volume = table.table.volume_at(level, allow_critical=allowed, field=how)
    except InvalidInput as exc:
        via = (f" (ullage {recorded['ullage_mm']} mm below the reference height "
               f"{recorded['reference_height_mm']} mm)" if recorded else "")
        raise type(exc)(f"tank {code}, calibration {table.label()}: {exc}{via}", how) from None
    recorded.update(level_mm=decimal_string(level), calibration=table.reference())
    if zone is not None and zone.contains(level):
        recorded["in_critical_zone"] = True
    return volume, table.table.unit, recorded


def compute(
    tank: Mapping[str, Any],
    *,
    tov: str | Decimal | None = None,
    level_mm: Any = None,
    ullage_mm: Any = None,
    reference_height_mm: Any = None,
    table: TankTable | None = None,
    allow_critical_zone: bool = False,
    unit: str | None = None,
    temperature: str | Decimal,
    temperature_unit: str = "C",
    api: Any = None,
    sg: Any = None,
    density60: Any = None,
    density15: Any = None,
    psig: Any = "0",
    free_water: Any = "0",
    sw_percent: Any = "0",
    ambient: Any = None,
    fra: Any = "0",
) -> Gauging:
    """The quantity chain of one gauging of `tank` (a holding with code, vcf_group, roof, shell).

    TOV is given directly (`tov`, in `unit`, m3 by default), or read from the tank's
    calibration `table` at a level: `level_mm`, or `ullage_mm` below the reference
    height (`reference_height_mm`, else the table's). A level in the critical zone of
    a floating-roof tank is refused unless `allow_critical_zone`. Raises `InvalidInput`
    (naming the parameter) for anything the standard or the table refuses.
    """
    observed, unit, gauged = _observed_volume(
        tank, table, tov=tov, level_mm=level_mm, ullage_mm=ullage_mm,
        reference_height_mm=reference_height_mm, unit=unit,
        allow_critical_zone=allow_critical_zone)
    if temperature_unit not in ("C", "F"):
        raise InvalidInput("temperature unit must be C or F", "temperature_unit")
    temp = {"temp_c" if temperature_unit == "C" else "temp_f": temperature}
    vcf = petroleum.volume_correction(tank["vcf_group"], api=api, sg=sg, density60=density60,
                                      density15=density15, psig=psig, **temp)
    liquid_f = _to_f(temperature, temperature_unit, "temperature")
    ambient_f = None if _blank(ambient) else _to_f(ambient, temperature_unit, "ambient")
    ctsh = petroleum.shell_correction(liquid_f, ambient_f, alpha_per_f=SHELLS[tank["shell"]])
    if tank["roof"] == "fixed" and parse_decimal(fra, "fra") != 0:
        raise InvalidInput("a fixed-roof tank has no floating-roof adjustment", "fra")
    chain = petroleum.quantity_chain(
        tov=observed, unit=unit, vcf=vcf,
        free_water=parse_decimal(free_water, "free_water"), ctsh=ctsh,
        fra=parse_decimal(fra, "fra"), sw_percent=parse_decimal(sw_percent, "sw_percent"),
        density15=None if _blank(density15) else parse_decimal(density15, "density15"),
    )
    inputs = {
        "tov": decimal_string(observed), "unit": unit,
        "temperature": _given(temperature, "temperature"),
        "temperature_unit": temperature_unit, "psig": _given(psig, "psig"),
        "free_water": _given(free_water, "free_water"),
        "sw_percent": _given(sw_percent, "sw_percent"),
        "ambient": "" if _blank(ambient) else _given(ambient, "ambient"),
        "fra": _given(fra, "fra"),
        "density": {k: _given(v, k) for k, v in
                    (("api", api), ("sg", sg), ("density60", density60),
                     ("density15", density15)) if not _blank(v)},
        **gauged,
    }
    return Gauging(chain=chain, inputs=inputs)


def level_line(inputs: Mapping[str, Any], symbols: Mapping[str, str] | None = None) -> str:
    """How TOV came from the level, for people: "ullage 2,345 mm below reference height
    15,000 mm → level 12,655 mm → table v2 (cert. ABC) → TOV 1,234.567 m3"; "" for a
    gauging given its TOV directly. `symbols` names units for display ({"m3": "m³"})."""
    calibration = inputs.get("calibration")
    if not calibration:
        return ""
    cert = f" (cert. {calibration['certificate']})" if calibration.get("certificate") else ""
    steps = []
    if inputs.get("ullage_mm") is not None:
        steps.append(f"ullage {group_digits(inputs['ullage_mm'])} mm below reference height "
                     f"{group_digits(inputs['reference_height_mm'])} mm")
    steps += [f"level {group_digits(inputs['level_mm'])} mm",
              f"table v{calibration['version']}{cert}",
              f"TOV {group_digits(inputs['tov'])} "
              f"{(symbols or {}).get(inputs['unit'], inputs['unit'])}"]
    line = " → ".join(steps)
    if inputs.get("in_critical_zone"):
        line += " (in the critical zone, allowed)"
    return line


def tanks(ledger: Ledger) -> list[dict[str, Any]]:
    """Every tank with what a gauging needs (code, site, vcf_group, roof, shell), by code."""
    found = [held for chunk in queries.iter_holdings_chunks(ledger, None, ("tanks",))
             for held in json.loads("[" + chunk + "]")]
    return sorted(found, key=lambda held: held["code"])


def gas_inventories(ledger: Ledger) -> list[dict[str, Any]]:
    """Every gas storage or LNG inventory already recorded, by code."""
    found = [held for chunk in queries.iter_holdings_chunks(ledger, None, ("gas",))
             for held in json.loads("[" + chunk + "]")]
    return sorted(found, key=lambda held: held["code"])
