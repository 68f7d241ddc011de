"""The figures printed on a report's cover, as exact lines of text.

Kept apart from the layout (no reportlab here): `pdf_layout` draws these lines,
and `cover_lines` lists them for readers and tests. `tijori verify` checks the
whole of page 1 by rebuilding it (`app.reporting.cover_check`).

Version 2 statements add three members that the cover shows (`sequence`,
`policy`, `scope`), and tokens whose commodity the scope does not cover; a
version 1 statement has none of them and its cover is drawn as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from app.domain.errors import InvalidInput
from app.domain.messages import joined, msg
from app.domain.times import format_time, parse_time
from app.reporting.text import commodity_name, group_digits, percent, printable, unit_symbol


@dataclass(frozen=True)
class Figure:
    lead: str  # the leading part, right-aligned on a common tab stop ("" for a detail line)
    text: str  # the whole line, exactly as printed
    alert: bool = False
    detail: bool = False  # a second, smaller line that starts under the text after the lead


_PRECIOUS = {"gold", "silver", "platinum", "palladium"}
#: The note of a version 2 token outside the statement's scope (as
#: `app.attest.statement.NOT_IN_SCOPE`): no reserves, ratio or shortfall are stated.
NOT_COVERED = msg("not covered by this attestation")
_ENERGY = {"MMBtu", "GJ", "MWh", "therm"}


def total_description(commodity: str, unit: str) -> str:
    """What a total of `commodity` in `unit` is, after its quantity: ``"of fine gold"``,
    ``"of crude oil, net standard volume"``."""
    name = commodity_name(commodity)
    if unit == "ozt" and commodity in _PRECIOUS:
        return msg("of fine {name}", name=name)
    if unit == "t":
        return msg("of {name}, net weight", name=name)
    if unit in ("bbl", "m3"):
        return msg("of {name}, net standard volume", name=name)
    if unit in _ENERGY:
        return msg("of {name}, energy", name=name)
    return msg("of {name}", name=name)


def total_line(commodity: str, amounts: list[tuple[str, str]]) -> tuple[str, str]:
    """(lead, line) of one commodity's reserves in each unit the statement gives them: the
    first unit leads and the others follow in brackets, ``"155,117.70 bbl (24,661.744 m³)
    of crude oil, net standard volume"``: one quantity of oil measured twice, never two
    lines that read as twice the oil."""
    (quantity, unit), *others = [(group_digits(printable(q)), u) for q, u in amounts]
    what = total_description(commodity, unit)
    if others:
        also = ", ".join(f"{q} {unit_symbol(u)}" for q, u in others)
        return quantity, msg("{quantity} {unit} ({also}) {what}", quantity=quantity,
                             unit=unit_symbol(unit), also=also, what=what)
    return quantity, msg("{quantity} {unit} {what}", quantity=quantity, unit=unit_symbol(unit),
                         what=what)


def _total_figures(totals: list[Any]) -> list[Figure]:
    """The totals, one figure per commodity (in the order of its first total)."""
    by_commodity: dict[str, list[tuple[str, str]]] = {}
    for total in totals:
        if isinstance(total, dict):
            by_commodity.setdefault(str(total.get("commodity", "")), []).append(
                (str(total.get("quantity")), str(total.get("unit", ""))))
    return [Figure(*total_line(commodity, amounts))
            for commodity, amounts in by_commodity.items()]


def amount(entry: Any) -> str:
    """A {"quantity","unit"} object as printed: ``"1,199.635 ozt"``."""
    if not isinstance(entry, dict):
        return "none"
    return f"{group_digits(printable(entry.get('quantity')))} {unit_symbol(entry.get('unit'))}"


def _positive(text: Any) -> bool:
    try:
        return text is not None and Decimal(str(text)) > 0
    except InvalidOperation:
        return False


def token_not_covered(token: dict[str, Any]) -> bool:
    """True for a token the attestation does not cover (version 2): its note says so
    and it states no reserves, requirement, ratio or shortfall, and `covered` false.
    A token with that note but any figure is drawn as any other, shortfall and all."""
    return (token.get("note") == NOT_COVERED and token.get("covered") is False
            and all(token.get(k) is None
                    for k in ("reserves", "required", "coverage", "shortfall")))


def token_short(token: dict[str, Any]) -> bool:
    """True when the token's reserves fall below what its supply requires.

    Any sign of it counts: `covered` false with a supply, a ratio below 1, or
    a positive shortfall, so that an inconsistent statement still shows it."""
    if token.get("supply") is None or token_not_covered(token):
        return False
    ratio = token.get("coverage")
    try:
        below = ratio is not None and Decimal(str(ratio)) < 1
    except InvalidOperation:
        below = False
    return (token.get("covered") is not True) or below or _positive(token.get("shortfall"))


def token_figures(token: dict[str, Any]) -> list[Figure]:
    """One token's coverage as every reader prints it (the cover, the app, `tijori verify`):
    its coverage, then how it is made; one line for a token outside the scope."""
    symbol = printable(token.get("symbol"))
    lead = f"{symbol}:"
    if token_not_covered(token):
        return [Figure(lead, msg("{lead} {state}", lead=lead, state=NOT_COVERED))]
    reserves = amount(token.get("reserves"))
    if token.get("supply") is None:
        return [Figure(lead, msg("{lead} NO SUPPLY RECORDED, coverage not shown", lead=lead),
                       alert=True),
                Figure("", msg("{symbol} reserves {reserves}", symbol=symbol,
                               reserves=reserves), alert=True, detail=True)]
    per = token.get("per_token") if isinstance(token.get("per_token"), dict) else {}
    supply = group_digits(printable(token.get("supply")))
    short = token_short(token)
    detail = Figure("", msg("{symbol} supply {supply} × {per} = {required} required; reserves "
                            "{reserves}", symbol=symbol, supply=supply, per=amount(per),
                            required=amount(token.get("required")), reserves=reserves),
                    alert=short, detail=True)
    ratio = percent(token.get("coverage"))
    shortfall = amount({"quantity": token.get("shortfall"), "unit": per.get("unit")})
    if ratio is not None:
        lead = f"{symbol}: {ratio} %"
    if short:
        state = msg("SHORTFALL of {shortfall}", shortfall=shortfall)
    else:  # nothing can be required of a supply of zero
        state = msg("nothing required") if ratio is None else msg("covered")
    return [Figure(lead, msg("{lead} {state}", lead=lead, state=state), alert=short), detail]


def _tree_figures(statement: dict[str, Any]) -> list[Figure]:
    tree = statement.get("tree") if isinstance(statement.get("tree"), dict) else {}
    size = tree.get("size")
    count = f"{size:,}" if isinstance(size, int) else printable(size)
    return [Figure("", msg("Merkle root: {root}", root=printable(tree.get("root")))),
            Figure("", msg("Tree size: 1 leaf") if size == 1 else
                   msg("Tree size: {count} leaves", count=count))]


#: The cover's section headings over the totals and the tokens, and what it says when
#: a section is empty (`pdf_layout` draws them; `tijori verify` prints them too).
RESERVES_HEADING = msg("Reserves attested")
TOKENS_HEADING = msg("Token coverage")
NO_TOTALS = msg("No holdings are in the scope of this attestation.")
NO_TOKENS = msg("This attestation backs no token.")
TREE_HEADING = msg("Merkle tree of holdings")


def custodian_line(statement: dict[str, Any]) -> str:
    """``"Custodian: State Reserve Custody, ledger 6f1c…"``: who states the holdings (the
    cover's "Custodian" fact: its name, and the ledger id in small type)."""
    custodian = statement.get("custodian") if isinstance(statement.get("custodian"), dict) else {}
    return msg("Custodian: {name}, ledger {ledger_id}", name=printable(custodian.get("name", "")),
               ledger_id=printable(custodian.get("ledger_id", "")))


def to_the_second(text: Any) -> str:
    """An RFC 3339 time as reports print it, to the second ("2026-12-05T09:14:07Z"); text
    that is not a time, as it is (a statement that failed its checks is still shown)."""
    try:
        return format_time(parse_time(text, "time"))
    except InvalidInput:
        return str(text)


def as_of_line(statement: dict[str, Any]) -> str:
    """``"As of (UTC): 2026-12-05T13:01:54.768074Z"``: the moment the statement is of."""
    return msg("As of (UTC): {as_of}", as_of=printable(to_the_second(statement.get("as_of", ""))))


def attestation_line(statement: dict[str, Any]) -> str:
    """``"Attestation id: b4262a05-…"`` (the cover's "Attestation id" fact)."""
    return msg("Attestation id: {id}", id=printable(statement.get("attestation_id", "")))


def sequence_line(statement: dict[str, Any]) -> str | None:
    """``"Attestation 7 in its series"`` (version 2), printed under the attestation id."""
    sequence = statement.get("sequence")
    if sequence is None:
        return None
    return msg("Attestation {sequence} in its series", sequence=printable(sequence))


def policy_line(statement: dict[str, Any]) -> str | None:
    """``"Trust policy version 3"``: the policy the statement names (version 2)."""
    policy = statement.get("policy")
    if not isinstance(policy, dict):
        return None
    return msg("Trust policy version {version}", version=printable(policy.get("version")))


def _sites(names: list[str]) -> str:
    if not names:
        return msg("no site")
    return msg("site {names}", names=names[0]) if len(names) == 1 else \
        msg("sites {names}", names=", ".join(names))


def _commodities(names: list[str]) -> str:
    if not names:
        return msg("no commodity")
    return msg("commodity {names}", names=names[0]) if len(names) == 1 else \
        msg("commodities {names}", names=joined(names, ", "))


def scope_line(statement: dict[str, Any]) -> str | None:
    """What the attestation covers (version 2): ``"Scope: all holdings of the ledger"``, or
    ``"Scope: sites LDN-V1, ZRH-V2; commodities gold, silver (not every holding of the
    ledger)"``. Only ``complete`` exactly true claims the whole ledger."""
    scope = statement.get("scope")
    if not isinstance(scope, dict):
        return None
    if scope.get("complete") is True:
        return msg("Scope: all holdings of the ledger")
    sites = scope.get("sites") if isinstance(scope.get("sites"), list) else []
    commodities = scope.get("commodities") if isinstance(scope.get("commodities"), list) else []
    return msg("Scope: {sites}; {commodities} (not every holding of the ledger)",
               sites=_sites([printable(s) for s in sites]),
               commodities=_commodities([commodity_name(c) for c in commodities]))


def figures(statement: dict[str, Any]) -> tuple[list[Figure], list[Figure], list[Figure]]:
    totals = _total_figures(list(statement.get("totals") or []))
    tokens = [f for t in statement.get("tokens") or [] if isinstance(t, dict)
              for f in token_figures(t)]
    return totals, tokens, _tree_figures(statement)


def cover_lines(statement: dict[str, Any]) -> list[str]:
    """The exact text lines of the cover's figures, in the order printed on page 1:

    - of a version 2 statement: ``"Attestation 7 in its series"``, ``"Trust policy
      version 3"`` and the scope, ``"Scope: all holdings of the ledger"`` (see
      `scope_line`);
    - one per commodity, the quantity first: ``"1,199.635 ozt of fine gold"``,
      ``"155,117.70 bbl (24,661.744 m³) of crude oil, net standard volume"`` (a commodity
      in two units is one line, `total_line`),
      ``"4,526,773.934 MMBtu of natural gas, energy"``, ``"25.010 t of copper, net weight"``;
    - two per token: ``"XAUT: 104.3160 % covered"`` (or ``"XAGT: 95.2425 % SHORTFALL of
      999.300 ozt"``, or ``"XPTT: NO SUPPLY RECORDED, coverage not shown"``), then
      ``"XAUT supply 1,150 × 1 ozt = 1,150 ozt required; reserves 1,199.635 ozt"``;
      one for a token outside a version 2 scope: ``"XAGT: not covered by this
      attestation"``;
    - ``"Merkle root: <64 hex>"`` and ``"Tree size: 5 leaves"``.

    Each line is drawn as one string, so it appears whole in the extracted text.
    Quantities are the statement's strings with thousands separators; a ratio is
    shown as a percentage by moving its decimal point (``"1.043160"`` →
    ``"104.3160 %"``); units are the statement's (``m3`` printed ``m³``).
    """
    totals, tokens, tree = figures(statement)
    header = [sequence_line(statement), policy_line(statement), scope_line(statement)]
    return [line for line in header if line is not None] + [
        f.text for f in (*totals, *tokens, *tree)]
