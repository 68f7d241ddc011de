"""Tokens backed by the reserves, and their supply."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from app.domain.errors import InvalidInput, NotFound
from app.domain.messages import msg
from app.domain.text import clean_text
from app.domain.units import ALL_UNITS, decimal_string, parse_decimal

if TYPE_CHECKING:
    from app.store.ledger import Ledger

COMMODITIES = (
    "gold", "silver", "copper", "aluminium", "aluminium-alloy", "lead", "zinc", "nickel", "tin",
    "cobalt", "crude-oil", "gasoline", "jet-fuel", "diesel", "fuel-oil", "lube-oil",
    "refined-product", "natural-gas", "lng",
)
# The units each commodity's reserves are totalled in: coverage compares like with like.
HELD_IN = {
    **{metal: ("ozt",) for metal in ("gold", "silver")},
    **{metal: ("t",) for metal in ("copper", "aluminium", "aluminium-alloy", "lead", "zinc",
                                   "nickel", "tin", "cobalt")},
    **{oil: ("bbl", "m3") for oil in ("crude-oil", "gasoline", "jet-fuel", "diesel", "fuel-oil",
                                      "lube-oil", "refined-product")},
    "natural-gas": ("MMBtu",),
    "lng": ("MMBtu",),
}
_SYMBOL = re.compile(r"^[A-Z0-9][A-Z0-9._-]{0,15}$")


def _symbol(symbol: str) -> str:
    symbol = (symbol or "").strip().upper()
    if not _SYMBOL.match(symbol):
        raise InvalidInput(
            msg("token symbol {symbol!r} must be 1 to 16 letters, digits, '.', '_' or '-'",
                symbol=symbol), "symbol"
        )
    return symbol


def tokens(ledger: Ledger, db: str = "main") -> list[dict[str, Any]]:
    with ledger.guard():
        rows = ledger.conn.execute(
            "SELECT symbol, commodity, per_token, unit, supply, supply_as_of, supply_source "
            f"FROM {db}.tokens ORDER BY symbol"
        ).fetchall()
    keys = ("symbol", "commodity", "per_token", "unit", "supply", "supply_as_of", "supply_source")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def token_terms(symbol: str, commodity: str, per_token: str) -> dict[str, str]:
    """A token's symbol, commodity and per-token quantity ("1 ozt") checked and in the
    form they are stored: InvalidInput (with its field) names what is wrong."""
    symbol = _symbol(symbol)
    if commodity not in COMMODITIES:
        raise InvalidInput(msg("commodity {commodity!r} is not one of {COMMODITIES}",
                               commodity=commodity, COMMODITIES=', '.join(COMMODITIES)),
                           "commodity")
    parts = (per_token or "").split()
    if len(parts) != 2:
        raise InvalidInput(msg("per-token {per_token!r} must be a quantity and a unit, e.g. '1 "
                               "ozt'", per_token=per_token),
                           "per_token")
    quantity = parse_decimal(parts[0], "per_token")
    if quantity <= 0:
        raise InvalidInput("per-token quantity must be greater than 0", "per_token")
    unit = next((u for u in ALL_UNITS if u.lower() == parts[1].lower()), None)
    if unit is None:
        raise InvalidInput(msg("unit {parts!r} is not one of {ALL_UNITS}",
                               parts=parts[1], ALL_UNITS=', '.join(ALL_UNITS)), "per_token")
    held_in = HELD_IN.get(commodity, ())
    if unit not in held_in:
        raise InvalidInput(
            msg("{commodity} is held in {held_in}: give the per-token quantity in that unit, "
                "not {unit}", commodity=commodity, held_in=held_in[0], unit=unit)
            if len(held_in) == 1 else
            msg("{commodity} is held in {held_in}: give the per-token quantity in one of them, "
                "not {unit}", commodity=commodity, held_in=" or ".join(held_in), unit=unit),
            "per_token")
    return {"symbol": symbol, "commodity": commodity, "per_token": decimal_string(quantity),
            "unit": unit}


def add_token(ledger: Ledger, symbol: str, commodity: str, per_token: str) -> dict[str, Any]:
    """A token backed by `per_token` (e.g. "1 ozt") of `commodity` each."""
    payload = token_terms(symbol, commodity, per_token)
    if any(t["symbol"] == payload["symbol"] for t in tokens(ledger)):
        raise InvalidInput(msg("token {symbol} already exists", symbol=payload["symbol"]),
                           "symbol")
    ledger.record("token.added", payload)
    return payload


def set_supply(
    ledger: Ledger, symbol: str, supply: str, as_of: str | None, source: str = ""
) -> dict[str, Any]:
    """Record the token's supply as read from its chain or contract at `as_of`."""
    from app.services.recording import time_arg  # (recording loads the measurement code)

    symbol = _symbol(symbol)
    if not any(t["symbol"] == symbol for t in tokens(ledger)):
        raise NotFound(msg("There is no token {symbol}; add it with `tijori token add`.",
                           symbol=symbol))
    amount = parse_decimal(supply, "supply")
    if amount < 0:
        raise InvalidInput("supply must not be negative", "supply")
    payload = {"symbol": symbol, "supply": decimal_string(amount),
               "as_of": time_arg(as_of, "as_of", ledger),
               "source": clean_text(source, "source", 500, required=False)}
    ledger.record("token.supply", payload)
    return payload
