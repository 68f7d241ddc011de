"""Which holding a person means: a bar's serial, a lot's warrant, a tank or gas code, an id.

What people type (or a barcode scanner types for them) is what is stamped on the
bar or written on the warrant, not the ledger's internal number. `resolve`
turns such a text into the one holding it names:

- `#123` or `id:123` is the holding id 123, and nothing else. So is an `int`
  (a program that already holds an id, e.g. the Holdings table's selection).
- Any other text is matched, each through an index, as
  - a bar's serial, on its lookalike-proof identity key (app.domain.identity),
    as the Holdings page's serial search does: "D1OOOO5" finds bar D100005;
  - a lot's warrant (as written, or in capitals);
  - a tank's code and a gas inventory's code (in capitals);
  - and, when it is all digits, also the holding id it spells.
- `kind` ("bar", "lot", "tank", "gas"), `brand` and `year` narrow the matches
  (a brand or year keeps only bars and lots of that brand, or bars of that year).
- One holding matched: that one. None: `NotFound` naming the text. Several
  (a serial two brands or two years share; digits that are one holding's id and
  another's serial): `Ambiguous`, which lists them in its message and carries
  them as data, for a form to offer as a choice. Never a guess: moving the wrong
  bar is worse than asking.

Every lookup is an index probe (the bar identity index is serial-key first), so
resolving is as fast at a million bars as at ten.
"""

from __future__ import annotations

import json
import os
import re
from decimal import Decimal
from typing import Any

from app.domain.errors import Ambiguous, InvalidInput, NotFound
from app.domain.identity import identity_key
from app.domain.messages import msg
from app.store.ledger import Ledger
from app.store.queries import HOLDING_JSON, holding_json

KINDS = ("bar", "lot", "tank", "gas")
#: `#123`, `id:123`, `ID: 123`: the holding id, explicitly.
_ID = re.compile(r"(?:#|id:)\s*(\d{1,18})", re.IGNORECASE)
HINT = "give --brand or --year, or #ID for one holding id"
_TIMES = {2: "twice", 3: "three times"}


def _rows(ledger: Ledger, table: str, where: str, params: tuple) -> list[dict[str, Any]]:
    with ledger.guard():
        rows = ledger.conn.execute(
            f"SELECT {holding_json(ledger, table)} FROM {table} WHERE {where}", params).fetchall()
    return [json.loads(text) for (text,) in rows]


def _by_id(ledger: Ledger, number: int) -> list[dict[str, Any]]:
    if not 1 <= number < 2**63:
        return []
    for table in HOLDING_JSON:
        found = _rows(ledger, table, "id = ?", (number,))
        if found:
            return found
    return []


def _explicit_id(text: Any) -> int | None:
    """The id that `text` names explicitly (an int, `#123`, `id:123`), else None."""
    if isinstance(text, int) and not isinstance(text, bool):
        return text
    match = _ID.fullmatch(str(text).strip())
    return int(match.group(1)) if match else None


def spelled_id(text: Any) -> int | None:
    """The id `text` spells, as an id or as digits (`#123`, `id:123`, `123`), else None.

    For what needs no ledger to find (an inclusion proof, the history of a holding
    withdrawn since): there the digits are the id, as they always were.
    """
    number = _explicit_id(text)
    if number is None and str(text).strip().isascii() and str(text).strip().isdigit():
        number = int(str(text).strip())
    return number


def _matches(ledger: Ledger, text: str) -> list[tuple[str, dict[str, Any]]]:
    """(how it matched, holding) for every holding `text` could name, by id order."""
    found: list[tuple[str, dict[str, Any]]] = []
    key = identity_key(text)
    if key:
        found += [("serial", h) for h in _rows(ledger, "bars", "serial_key = ?", (key,))]
    found += [("warrant", h) for h in _rows(ledger, "lots", "warrant IN (?, ?)",
                                               (text, text.upper()))]
    found += [("code", h) for h in _rows(ledger, "tanks", "code = ?", (text.upper(),))]
    found += [("code", h) for h in _rows(ledger, "gas", "code = ?", (text.upper(),))]
    if text.isascii() and text.isdigit():
        found += [("id", h) for h in _by_id(ledger, int(text))]
    seen: dict[int, tuple[str, dict[str, Any]]] = {}
    for how, held in found:  # one holding both by its serial and by its id: once
        seen.setdefault(held["id"], (how, held))
    return [seen[i] for i in sorted(seen)]


def _text(text: Any, field: str) -> str:
    value = str(text).strip() if text is not None else ""
    if not value:
        raise InvalidInput("give a holding: its serial, warrant, tank or gas code, or #id",
                           field)
    return value


def _narrow(held: dict[str, Any], kind: str | None, brand: str | None,
            year: str | int | None) -> bool:
    """Whether a match is of the kind, brand and year asked for (those given)."""
    brand = str(brand or "").strip()
    year = str(year if year is not None else "").strip()
    return not (
        (kind and held["kind"] != kind)
        or (brand and (held["kind"] not in ("bar", "lot")
                       or identity_key(held["brand"]) != identity_key(brand)))
        or (year and (held["kind"] != "bar" or str(held["year"]) != year))
    )


def _check_filters(kind: str | None, year: str | int | None) -> None:
    if kind is not None and kind not in KINDS:
        raise InvalidInput(msg("kind {kind!r} is not one of {KINDS}",
                               kind=kind, KINDS=', '.join(KINDS)), "kind")
    if year not in (None, "") and not re.fullmatch(r"\d{4}", str(year).strip()):
        raise InvalidInput(msg("year {year!r} is not a four-digit year", year=year), "year")


def _search(ledger: Ledger, text: Any, kind: str | None, brand: str | None,
            year: str | int | None, field: str
            ) -> tuple[str, list[tuple[str, dict[str, Any]]], list[tuple[str, dict[str, Any]]]]:
    """The text as shown, every match, and the matches the filters keep."""
    _check_filters(kind, year)
    number = _explicit_id(text)
    if number is not None:
        shown = f"#{number}"
        found = [("id", h) for h in _by_id(ledger, number)]
    else:
        shown = _text(text, field)
        found = _matches(ledger, shown)
    kept = [(how, h) for how, h in found if _narrow(h, kind, brand, year)]
    return shown, found, kept


def candidates(ledger: Ledger, text: Any, *, kind: str | None = None, brand: str | None = None,
               year: str | int | None = None) -> list[dict[str, Any]]:
    """Every holding `text` could name (after the filters), in id order; maybe none."""
    return [held for _, held in _search(ledger, text, kind, brand, year, "holding")[2]]


def resolve(ledger: Ledger, text: Any, *, kind: str | None = None, brand: str | None = None,
            year: str | int | None = None, field: str = "holding",
            hint: str = HINT) -> dict[str, Any]:
    """The one holding `text` names (see the module docstring for the rules).

    Raises `NotFound` naming the text, or `Ambiguous` (an `InvalidInput` on
    `field`) carrying the candidates; `hint` ends its message: what to give to choose.
    """
    shown, found, kept = _search(ledger, text, kind, brand, year, field)
    if len(kept) == 1:
        return kept[0][1]
    if kept:
        raise Ambiguous(ambiguity(shown, kept, hint), field, [held for _, held in kept])
    if found:
        names = "; ".join(f"{label(held)} (holding {held['id']})" for _, held in found[:5])
        wanted = ", ".join(f"{name} {value}" for name, value in
                           (("kind", kind), ("brand", brand), ("year", year)) if value)
        raise NotFound(msg("{shown} is {names}: none of {wanted}.",
                           shown=shown, names=names, wanted=wanted))
    if shown.startswith("#"):
        raise NotFound(msg("There is no holding {shown} in this ledger.", shown=shown[1:]))
    raise NotFound(msg("There is no holding {shown} in this ledger: no holding id, bar serial, "
                       "lot warrant, tank or gas code is that.", shown=shown))


def ambiguity(shown: str, kept: list[tuple[str, dict[str, Any]]], hint: str) -> str:
    """The message of an ambiguous text: what it could be, each named."""
    ways = {how for how, _ in kept}
    times = _TIMES.get(len(kept), f"{len(kept)} times")
    opening = (f"serial {shown} is held {times}" if ways == {"serial"}
               else f"{shown} names {len(kept)} holdings")
    parts = []
    for how, held in kept:
        where = f"{held['site']} {held.get('location') or ''}".strip()
        if held["kind"] == "bar" and ways == {"serial"}:
            parts.append(f"{held['brand']} {held['year']} at {where} (holding {held['id']})")
        else:
            what = "holding id" if how == "id" else how
            parts.append(f"{what} {held['id'] if how == 'id' else shown}: {label(held)} "
                         f"(holding {held['id']})")
    return msg("{opening}: {parts}; {hint}", opening=opening, parts=', '.join(parts), hint=hint)


def _amount(value: Decimal | str) -> str:
    """A decimal with thousands separators, its places kept: 1,198.320."""
    return format(Decimal(value), ",")


def label(held: dict[str, Any]) -> str:
    """One line naming a holding as a custodian recognises it.

    "ARGOR AB12345 (2022) · 399.440 ozt · LDN-V1 A-01" (a bar: brand, serial and
    year as `bar_clash` names a bar), "W-1 KGHM copper · 25.100 t · WH R-1" (a lot),
    "tank T-1 · TF" (a tank).
    """
    where = f"{held['site']} {held.get('location') or ''}".strip()
    if held["kind"] == "bar":
        return (f"{held['brand']} {held['serial']} ({held['year']}) · "
                f"{_amount(held['fine_oz'])} ozt · {where}")
    if held["kind"] == "lot":
        return (f"{held['warrant']} {held['brand']} {held['commodity']} · "
                f"{_amount(held['net_t'])} t · {where}")
    return f"{held['kind']} {held.get('code', '')} · {where}"


def tally(holdings: list[dict[str, Any]]) -> dict[str, Any]:
    """How many bars and lots, their fine ounces and net tonnes (Decimals)."""
    bars = [h for h in holdings if h["kind"] == "bar"]
    lots = [h for h in holdings if h["kind"] == "lot"]
    return {
        "count": len(holdings), "bars": len(bars), "lots": len(lots),
        "fine_oz": sum((Decimal(h["fine_oz"]) for h in bars), Decimal("0.000")),
        "net_t": sum((Decimal(h["net_t"]) for h in lots), Decimal("0.000")),
    }


def tally_words(counted: dict[str, Any], *, running: bool = False) -> str:
    """"3 bars (1,198.320 ozt) and 1 lot (25.100 t)", for a sentence; `running`:
    "3 bars · 1,198.320 ozt", the running total a form shows beside its list."""
    parts = []
    for key, noun, amount, unit in (("bars", "bar", "fine_oz", "ozt"),
                                    ("lots", "lot", "net_t", "t")):
        n = counted[key]
        if n:
            head = f"{n:,} {noun}{'s' if n != 1 else ''}"
            figure = f"{_amount(counted[amount])} {unit}"
            parts.append(f"{head} · {figure}" if running else f"{head} ({figure})")
    return (" · " if running else " and ").join(parts) if parts else "nothing"


def parse_list(text: str) -> list[str]:
    """The holdings a list names, one per line, as a barcode scanner writes them.

    Lines are stripped (a scanner's CR LF too); blank lines and lines that begin
    with "#" are left out, so in a list an id is written plainly or as `id:123`.
    """
    return [line.strip() for line in text.splitlines()
            if line.strip() and not line.strip().startswith("#")]


def read_list(path: str | os.PathLike) -> list[str]:
    """`parse_list` of a UTF-8 text file (a byte-order mark is ignored)."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            return parse_list(handle.read())
    except OSError as exc:
        raise InvalidInput(msg("cannot read the holdings file {path}: {strerror}",
                               path=path, strerror=exc.strerror),
                           "holdings_file") from None
    except UnicodeDecodeError:
        raise InvalidInput(msg("the holdings file {path} is not UTF-8 text", path=path),
                           "holdings_file") from None


__all__ = ["HINT", "KINDS", "ambiguity", "candidates", "label", "parse_list", "read_list",
           "resolve", "spelled_id", "tally", "tally_words"]
