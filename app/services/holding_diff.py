"""The holdings of two attestations' leaves, compared holding by holding (FORMAT.md §12).

A holding is the same holding in both when its `kind` and `id` are the same (ids are
stable and never reused, §4.1). Its leaf is not: each attestation draws new salts, so
two leaves of an unchanged holding differ in every byte of the salt. What is compared
is the holding object inside the leaf.

A million leaves a side are compared without building a million objects of them:
msgspec cuts each leaf's holding out as raw JSON bytes (a view into the leaves file,
nothing decoded), and the two lists, both in the order of §4.1, are walked together,
a block of leaves at a time while the blocks are equal byte for byte. Only where they
differ is a holding's kind and id read, and only the holdings that were added,
removed or whose bytes differ are decoded in full, then compared member by member: a
holding spelled differently (not canonically) but equal is not a change.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import msgspec

from app.attest.statement import KINDS
from app.domain.errors import InvalidInput
from app.domain.messages import msg
from app.domain.units import (
    decimal_string,
    exact_difference,
    exact_sum,
    group_digits,
    read_decimal_string,
)

__all__ = ["IDENTITY", "Change", "FieldChange", "HoldingChange", "QuantityChange",
           "amount_text", "change_text", "compare_leaves", "holdings_of", "signed",
           "value_text"]

#: How a person names a holding of each kind: bars by serial, brand and year; lots by
#: warrant; tanks and gas inventories by code.
IDENTITY = {"bar": ("serial", "brand", "year"), "lot": ("warrant",), "tank": ("code",),
            "gas": ("code",)}
#: Members that are not compared as fields: the identity of the holding (kind, id), and
#: its quantities, which are compared as amounts (QuantityChange).
_NOT_FIELDS = frozenset({"kind", "id", "quantities"})
_RANK = {kind: rank for rank, kind in enumerate(KINDS)}
#: Leaves compared at once while equal: large enough that a million take a thousand
#: comparisons of lists, small enough that a change costs little to find within one.
BLOCK = 1024


class _Leaf(msgspec.Struct, gc=False):
    holding: msgspec.Raw


class _Key(msgspec.Struct, gc=False):
    kind: str
    id: int


_decode_leaves = msgspec.json.Decoder(_Leaf).decode_lines
_decode_key = msgspec.json.Decoder(_Key).decode
# A float in a holding (the format writes none) is read as the Decimal it spells.
_decode_holding = msgspec.json.Decoder(dict[str, Any], float_hook=Decimal).decode


def signed(value: Decimal) -> str:
    """A change as a decimal string with its sign: "+400.060", "-0.100", "0.000"."""
    text = decimal_string(value)
    return f"+{text}" if value > 0 else text


def amount_text(value: Decimal | None) -> str:
    """An amount for people: "2,002.650"; "—" for none."""
    return "—" if value is None else group_digits(decimal_string(value))


def change_text(value: Decimal | None) -> str:
    """A change for people, with its sign: "+400.060", "-1,400.000"; "—" for none."""
    if value is None:
        return "—"
    text = group_digits(decimal_string(value))
    return f"+{text}" if value > 0 else text


def value_text(value: Any) -> str:
    """A holding's member as its leaf states it: text as it is ('""' when empty), null,
    anything else as compact JSON."""
    if value is None:
        return "null"
    if isinstance(value, str):
        return value if value else '""'
    return json.dumps(_jsonable(value), ensure_ascii=False, separators=(",", ":"))


def _jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return decimal_string(value)
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


@dataclass(frozen=True)
class FieldChange:
    """One member of a holding that differs: its value in OLD and in NEW (as the leaves
    state it: a string, number, true/false, list or object; None when null or not
    stated)."""

    field: str
    old: Any
    new: Any

    def as_json(self) -> dict[str, Any]:
        return {"field": self.field, "old": _jsonable(self.old), "new": _jsonable(self.new)}


@dataclass(frozen=True)
class QuantityChange:
    """What a holding (or the totals) holds of one commodity in one unit, in OLD and in
    NEW (None: none), and the change: NEW − OLD, exact."""

    commodity: str
    unit: str
    old: Decimal | None
    new: Decimal | None

    @property
    def change(self) -> Decimal:
        return exact_difference(self.new if self.new is not None else Decimal(0),
                                self.old if self.old is not None else Decimal(0))

    def as_json(self) -> dict[str, Any]:
        return {"commodity": self.commodity, "unit": self.unit,
                "old": None if self.old is None else decimal_string(self.old),
                "new": None if self.new is None else decimal_string(self.new),
                "change": signed(self.change)}


@dataclass(frozen=True)
class HoldingChange:
    """One holding added, removed or changed between OLD and NEW: its kind and id, its
    site and identity (NEW's, or OLD's for a removed one), the quantities that changed
    and, for a changed holding, each member that differs."""

    change: str  # "added", "removed" or "changed"
    kind: str
    id: int
    site: str
    identity: tuple[tuple[str, Any], ...]
    quantities: tuple[QuantityChange, ...]
    fields: tuple[FieldChange, ...] = ()

    @property
    def label(self) -> str:
        """How a person names it: "B-1 / PAMP / 2022" (a bar), "W1" (a lot), "T1"."""
        return " / ".join(str(value) for _, value in self.identity if value not in (None, ""))

    def as_json(self) -> dict[str, Any]:
        return {"change": self.change, "kind": self.kind, "id": self.id, "site": self.site,
                "identity": {name: _jsonable(value) for name, value in self.identity},
                "quantities": [q.as_json() for q in self.quantities],
                "fields": [f.as_json() for f in self.fields]}


@dataclass(frozen=True)
class Change:
    """The holdings compared: added, removed, changed (each in the order of §4.1) and
    how many are the same in both."""

    added: tuple[HoldingChange, ...]
    removed: tuple[HoldingChange, ...]
    changed: tuple[HoldingChange, ...]
    unchanged: int

    def sums(self) -> dict[tuple[str, str], Decimal]:
        """What the listed changes add to the totals, per (commodity, unit): the added
        holdings' quantities, less the removed ones', plus each changed one's change."""
        parts: dict[tuple[str, str], list[Decimal]] = {}
        for entry in (*self.added, *self.removed, *self.changed):
            for q in entry.quantities:
                parts.setdefault((q.commodity, q.unit), []).append(q.change)
        return {key: exact_sum(values) for key, values in parts.items()}


def holdings_of(leaves_data: bytes, source: str) -> list[msgspec.Raw]:
    """The holding of each leaf of a leaves file (header first, FORMAT.md §4.3), as raw
    JSON bytes in tree order; InvalidInput when a line is not a leaf with a holding."""
    body = memoryview(leaves_data)[leaves_data.find(b"\n") + 1:]
    try:
        return [leaf.holding for leaf in _decode_leaves(body)]
    except (msgspec.DecodeError, RecursionError) as exc:
        raise InvalidInput(msg("the leaves of {source} cannot be read: {exc}",
                               source=source, exc=exc)) from None


def _key(raw: msgspec.Raw, source: str) -> tuple[int, str, int]:
    """A holding's place in the order of §4.1: (rank of its kind, kind, id); a kind the
    format does not know (which fails verification) after the known ones."""
    try:
        key = _decode_key(raw)
    except (msgspec.DecodeError, RecursionError) as exc:
        raise InvalidInput(msg("a leaf of {source} has no holding kind and id: {exc}",
                               source=source, exc=exc)) from None
    return _RANK.get(key.kind, len(KINDS)), key.kind, key.id


def _holding(raw: msgspec.Raw, source: str) -> dict[str, Any]:
    try:
        holding = _decode_holding(raw)
    except (msgspec.DecodeError, RecursionError) as exc:
        raise InvalidInput(msg("a holding of {source} cannot be read: {exc}",
                               source=source, exc=exc)) from None
    if not isinstance(holding.get("kind"), str) or not isinstance(holding.get("id"), int):
        raise InvalidInput(msg("a holding of {source} has no kind and id", source=source))
    return holding


def _amounts(holding: dict[str, Any], source: str) -> dict[tuple[str, str], Decimal]:
    """A holding's quantities per (commodity, unit), exact."""
    out: dict[tuple[str, str], list[Decimal]] = {}
    entries = holding.get("quantities")
    where = f"{holding.get('kind')} {holding.get('id')} of {source}"
    if not isinstance(entries, list):
        raise InvalidInput(msg("{where} has no quantities", where=where))
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("commodity"), str) \
                or not isinstance(entry.get("unit"), str):
            raise InvalidInput(msg("{where} has a quantity without a commodity and unit",
                                   where=where))
        out.setdefault((entry["commodity"], entry["unit"]), []).append(
            read_decimal_string(entry.get("quantity"), msg("a quantity of {where}", where=where)))
    return {key: exact_sum(values) for key, values in out.items()}


def _entry(change: str, old: dict[str, Any] | None, new: dict[str, Any] | None,
           sources: tuple[str, str]) -> HoldingChange | None:
    """The change of one holding; None when OLD and NEW state the same."""
    shown = new if new is not None else old
    assert shown is not None
    before = _amounts(old, sources[0]) if old is not None else {}
    after = _amounts(new, sources[1]) if new is not None else {}
    quantities = tuple(QuantityChange(c, u, before.get((c, u)), after.get((c, u)))
                       for c, u in sorted(before.keys() | after.keys())
                       if before.get((c, u)) != after.get((c, u)))
    fields: tuple[FieldChange, ...] = ()
    if old is not None and new is not None:
        fields = tuple(FieldChange(name, old.get(name), new.get(name))
                       for name in sorted((old.keys() | new.keys()) - _NOT_FIELDS)
                       if old.get(name) != new.get(name) or type(old.get(name))
                       is not type(new.get(name)))
        if not quantities and old.get("quantities") != new.get("quantities"):
            fields += (FieldChange("quantities", old.get("quantities"), new.get("quantities")),)
        if not fields and not quantities:
            return None
    kind = str(shown["kind"])
    return HoldingChange(change, kind, int(shown["id"]), str(shown.get("site", "")),
                         tuple((name, shown.get(name)) for name in IDENTITY.get(kind, ())),
                         quantities, fields)


Progress = Callable[[int, int], None]


def _align(old: list[msgspec.Raw], new: list[msgspec.Raw], sources: tuple[str, str],
           progress: Progress) -> tuple[list[int], list[int], list[tuple[int, int]]]:
    """Walk both lists in (kind, id) order: the positions of OLD's holdings that are not
    in NEW, of NEW's that are not in OLD, and the pairs (OLD, NEW) of one holding whose
    bytes differ. Equal blocks are passed over at once (a list comparison, in C)."""
    removed: list[int] = []
    added: list[int] = []
    differ: list[tuple[int, int]] = []
    i = j = 0
    n_old, n_new = len(old), len(new)
    key_old: tuple[int, str, int] | None = None  # the key of old[i], once read
    key_new: tuple[int, str, int] | None = None
    blocks = 0
    while i < n_old and j < n_new:
        if old[i:i + BLOCK] == new[j:j + BLOCK]:  # equal slices: equally long
            step = min(BLOCK, n_old - i)
            i, j, key_old, key_new = i + step, j + step, None, None
            blocks += 1
            if blocks % 64 == 0:
                progress(i, n_old)
            continue
        stop = i + BLOCK
        while i < min(stop, n_old) and j < n_new:
            if key_old is None and key_new is None and old[i] == new[j]:
                i, j = i + 1, j + 1
                continue
            key_old = key_old or _key(old[i], sources[0])
            key_new = key_new or _key(new[j], sources[1])
            if key_old == key_new:
                if old[i] != new[j]:
                    differ.append((i, j))
                i, j, key_old, key_new = i + 1, j + 1, None, None
            elif key_old < key_new:
                removed.append(i)
                i, key_old = i + 1, None
            else:
                added.append(j)
                j, key_new = j + 1, None
    removed.extend(range(i, n_old))
    added.extend(range(j, n_new))
    progress(n_old, n_old)
    return _reconcile(old, new, sources, removed, added, differ)


def _reconcile(old: list[msgspec.Raw], new: list[msgspec.Raw], sources: tuple[str, str],
               removed: list[int], added: list[int], differ: list[tuple[int, int]]
               ) -> tuple[list[int], list[int], list[tuple[int, int]]]:
    """A holding the walk took for removed from OLD and added to NEW is one holding when
    the two keys are equal: leaves out of the order of §4.1 (which fail verification)
    still pair up by kind and id. Costs nothing when nothing was both."""
    if not removed or not added:
        return removed, added, differ
    where = {_key(new[j], sources[1]): j for j in added}
    paired: set[int] = set()
    still_removed = []
    for i in removed:
        j = where.pop(_key(old[i], sources[0]), None)
        if j is None:
            still_removed.append(i)
            continue
        paired.add(j)
        if old[i] != new[j]:
            differ.append((i, j))
    return still_removed, [j for j in added if j not in paired], differ


def compare_leaves(old: list[msgspec.Raw], new: list[msgspec.Raw], *,
                   sources: tuple[str, str] = ("OLD", "NEW"),
                   progress: Progress = lambda done, total: None) -> Change:
    """Compare the holdings of two attestations' leaves (`holdings_of` each), both in the
    order of FORMAT.md §4.1. A holding that cannot be read raises InvalidInput."""
    removed, added, differ = _align(old, new, sources, progress)

    def entries(change: str, pairs: Iterable[tuple[int | None, int | None]]
                ) -> tuple[HoldingChange, ...]:
        out = []
        for i, j in pairs:
            entry = _entry(change, None if i is None else _holding(old[i], sources[0]),
                           None if j is None else _holding(new[j], sources[1]), sources)
            if entry is not None:
                out.append(entry)
        out.sort(key=lambda e: (_RANK.get(e.kind, len(KINDS)), e.kind, e.id))  # §4.1's order
        return tuple(out)

    changed = entries("changed", differ)
    return Change(added=entries("added", ((None, j) for j in added)),
                  removed=entries("removed", ((i, None) for i in removed)),
                  changed=changed,
                  unchanged=len(old) - len(removed) - len(changed))
