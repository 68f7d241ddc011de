"""A tank gauging's quantity chain, computed without storing anything.

`compute` is the one place where a gauging's inputs become the quantity chain
TOV → GOV → CTPL → GSV → NSV: `recording.gauge_tank` records what it returns,
and the desktop application calls it on every keystroke to show the chain live
(it needs only the tank's VCF group, roof and shell, not the ledger).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.domain import petroleum
from app.domain.errors import InvalidInput
from app.domain.units import parse_decimal
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


def compute(
    tank: Mapping[str, Any],
    *,
    tov: str | Decimal,
    unit: str = "m3",
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
    """The quantity chain of one gauging of `tank` (a holding with vcf_group, roof, shell).

    Raises `InvalidInput` (naming the parameter) for anything the standard refuses.
    """
    if temperature_unit not in ("C", "F"):
        raise InvalidInput("temperature unit must be C or F", "temperature_unit")
    temp = {"temp_c" if temperature_unit == "C" else "temp_f": temperature}
    vcf = petroleum.volume_correction(tank["vcf_group"], api=api, sg=sg, density60=density60,
                                      density15=density15, psig=psig, **temp)
    liquid_f = _to_f(temperature, temperature_unit, "temperature")
    ambient_f = None if ambient in (None, "") else _to_f(ambient, temperature_unit, "ambient")
    ctsh = petroleum.shell_correction(liquid_f, ambient_f, alpha_per_f=SHELLS[tank["shell"]])
    if tank["roof"] == "fixed" and parse_decimal(fra, "fra") != 0:
        raise InvalidInput("a fixed-roof tank has no floating-roof adjustment", "fra")
    chain = petroleum.quantity_chain(
        tov=parse_decimal(tov, "tov"), unit=unit, vcf=vcf,
        free_water=parse_decimal(free_water, "free_water"), ctsh=ctsh,
        fra=parse_decimal(fra, "fra"), sw_percent=parse_decimal(sw_percent, "sw_percent"),
        density15=None if density15 in (None, "") else parse_decimal(density15, "density15"),
    )
    inputs = {
        "tov": str(tov), "unit": unit, "temperature": str(temperature),
        "temperature_unit": temperature_unit, "psig": str(psig),
        "free_water": str(free_water), "sw_percent": str(sw_percent),
        "ambient": "" if ambient in (None, "") else str(ambient), "fra": str(fra),
        "density": {k: str(v) for k, v in
                    (("api", api), ("sg", sg), ("density60", density60),
                     ("density15", density15)) if v not in (None, "")},
    }
    return Gauging(chain=chain, inputs=inputs)


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
