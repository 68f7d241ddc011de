"""The figures printed on a report's cover, as exact lines of text.

Kept apart from the layout so that `tijori verify` can compare a PDF's cover
with its statement without loading reportlab's page layout machinery.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from app.reporting.text import commodity_name, group_digits, percent, printable, unit_symbol


@dataclass(frozen=True)
class Figure:
    lead: str  # the leading part, right-aligned on a common tab stop ("" for a detail line)
    text: str  # the whole line, exactly as printed
    alert: bool = False
    detail: bool = False  # a second, smaller line that starts under the text after the lead


_PRECIOUS = {"gold", "silver", "platinum", "palladium"}
_ENERGY = {"MMBtu", "GJ", "MWh", "therm"}


def _total_figure(total: dict[str, Any]) -> Figure:
    quantity = group_digits(printable(total.get("quantity")))
    unit = str(total.get("unit", ""))
    commodity = str(total.get("commodity", ""))
    name = commodity_name(commodity)
    if unit == "ozt" and commodity in _PRECIOUS:
        what = f"of fine {name}"
    elif unit == "t":
        what = f"of {name}, net weight"
    elif unit in ("bbl", "m3"):
        what = f"of {name}, net standard volume"
    elif unit in _ENERGY:
        what = f"of {name}, energy"
    else:
        what = f"of {name}"
    return Figure(quantity, f"{quantity} {unit_symbol(unit)} {what}")


def _amount(entry: Any) -> str:
    """A {"quantity","unit"} object as printed: ``"1,199.635 ozt"``."""
    if not isinstance(entry, dict):
        return "none"
    return f"{group_digits(printable(entry.get('quantity')))} {unit_symbol(entry.get('unit'))}"


def _positive(text: Any) -> bool:
    try:
        return text is not None and Decimal(str(text)) > 0
    except InvalidOperation:
        return False


def token_short(token: dict[str, Any]) -> bool:
    """True when the token's reserves fall below what its supply requires.

    Any sign of it counts: `covered` false with a supply, a ratio below 1, or
    a positive shortfall, so that an inconsistent statement still shows it."""
    if token.get("supply") is None:
        return False
    ratio = token.get("coverage")
    try:
        below = ratio is not None and Decimal(str(ratio)) < 1
    except InvalidOperation:
        below = False
    return (token.get("covered") is not True) or below or _positive(token.get("shortfall"))


def _token_figures(token: dict[str, Any]) -> list[Figure]:
    """Two lines per token: its coverage, then how it is made."""
    symbol = printable(token.get("symbol"))
    reserves = _amount(token.get("reserves"))
    if token.get("supply") is None:
        lead = f"{symbol}:"
        return [Figure(lead, f"{lead} NO SUPPLY RECORDED, coverage not shown", alert=True),
                Figure("", f"{symbol} reserves {reserves}", alert=True, detail=True)]
    per = token.get("per_token") if isinstance(token.get("per_token"), dict) else {}
    supply = group_digits(printable(token.get("supply")))
    short = token_short(token)
    detail = Figure("", f"{symbol} supply {supply} × {_amount(per)} = "
                         f"{_amount(token.get('required'))} required; reserves {reserves}",
                     alert=short, detail=True)
    ratio = percent(token.get("coverage"))
    shortfall = _amount({"quantity": token.get("shortfall"), "unit": per.get("unit")})
    if ratio is None:  # nothing can be required of a supply of zero
        lead = f"{symbol}:"
        state = f"SHORTFALL of {shortfall}" if short else "nothing required"
        return [Figure(lead, f"{lead} {state}", alert=short), detail]
    lead = f"{symbol}: {ratio} %"
    state = f"SHORTFALL of {shortfall}" if short else "covered"
    return [Figure(lead, f"{lead} {state}", alert=short), detail]


def _tree_figures(statement: dict[str, Any]) -> list[Figure]:
    tree = statement.get("tree") if isinstance(statement.get("tree"), dict) else {}
    size = tree.get("size")
    count = f"{size:,}" if isinstance(size, int) else printable(size)
    noun = "leaf" if size == 1 else "leaves"
    return [Figure("", f"Merkle root: {printable(tree.get('root'))}"),
            Figure("", f"Tree size: {count} {noun}")]


def figures(statement: dict[str, Any]) -> tuple[list[Figure], list[Figure], list[Figure]]:
    totals = [_total_figure(t) for t in statement.get("totals") or [] if isinstance(t, dict)]
    tokens = [f for t in statement.get("tokens") or [] if isinstance(t, dict)
              for f in _token_figures(t)]
    return totals, tokens, _tree_figures(statement)


def cover_lines(statement: dict[str, Any]) -> list[str]:
    """The exact text lines of the cover's figures, in the order printed on page 1:

    - one per total, the quantity first: ``"1,199.635 ozt of fine gold"``,
      ``"155,117.70 bbl of crude oil, net standard volume"``,
      ``"24,661.744 m³ of crude oil, net standard volume"``,
      ``"4,526,773.934 MMBtu of natural gas, energy"``, ``"25.010 t of copper, net weight"``;
    - two per token: ``"XAUT: 104.3160 % covered"`` (or ``"XAGT: 95.2425 % SHORTFALL of
      999.300 ozt"``, or ``"XPTT: NO SUPPLY RECORDED, coverage not shown"``), then
      ``"XAUT supply 1,150 × 1 ozt = 1,150 ozt required; reserves 1,199.635 ozt"``;
    - ``"Merkle root: <64 hex>"`` and ``"Tree size: 5 leaves"``.

    Each line is drawn as one string, so it appears whole in the extracted text.
    Quantities are the statement's strings with thousands separators; a ratio is
    shown as a percentage by moving its decimal point (``"1.043160"`` →
    ``"104.3160 %"``); units are the statement's (``m3`` printed ``m³``).
    """
    totals, tokens, tree = figures(statement)
    return [f.text for f in (*totals, *tokens, *tree)]
