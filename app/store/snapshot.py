"""The snapshot an attestation is made from: each holding in scope as the
canonical JSON of what is attested about it, in a stable order, and the journal
checkpoint it was taken at.

SQLite builds each holding's JSON itself (a million bars in seconds). Its
`json_object` writes keys in the order given and escapes strings as RFC 8785
does for the text Tijori stores (no control characters are ever stored), so
listing the keys sorted gives canonical JSON; `tests/test_attest_flow.py`
checks every leaf against the reference encoder.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from app.domain.units import BBL, M3, MMBTU, OZT, TONNE
from app.store.ledger import Ledger


def _object(fields: dict[str, str]) -> str:
    """json_object(...) with keys in canonical (sorted) order."""
    return "json_object(" + ", ".join(f"'{k}', {fields[k]}" for k in sorted(fields)) + ")"


def _quantities(*entries: tuple[str, str, str]) -> str:
    return "json_array(" + ", ".join(
        _object({"commodity": c, "quantity": q, "unit": f"'{u}'"}) for c, q, u in entries
    ) + ")"


def _flags() -> str:
    return ("CASE flags WHEN '' THEN json_array() "
            "ELSE json('[\"' || replace(flags, ',', '\",\"') || '\"]') END")


def _bool(column: str) -> str:
    return f"json(CASE {column} WHEN 1 THEN 'true' ELSE 'false' END)"


BAR_LEAF = _object({
    "kind": "'bar'", "id": "id", "site": "site", "commodity": "metal", "brand": "brand",
    "serial": "serial", "year": "year", "gross_oz": "gross_oz", "fineness": "fineness",
    "fine_oz": "fine_oz", "location": "location", "good_delivery": _bool("good_delivery"),
    "flags": _flags(), "standard": "?1", "edition": "?2",
    "quantities": _quantities(("metal", "fine_oz", OZT)),
})
LOT_LEAF = _object({
    "kind": "'lot'", "id": "id", "site": "site", "commodity": "metal", "warrant": "warrant",
    "brand": "brand", "shape": "shape", "grade": "grade", "bundles": "bundles",
    "gross_t": "gross_t", "net_t": "net_t", "location": "location",
    "within_tolerance": _bool("within_tolerance"), "flags": _flags(), "standard": "?1",
    "edition": "?2", "quantities": _quantities(("metal", "net_t", TONNE)),
})
_CHAIN = "json_extract(gauging, '$.chain.{}')"
_INPUT = "json_extract(gauging, '$.inputs.{}')"
# reports/FORMAT.md §4.1 "Tank leaves": every input of the quantity chain, so that it can
# be recomputed on paper from signed figures; members that do not apply are null (the
# level and calibration table of a gauging given its TOV directly, an ambient temperature
# not given). The calibration table's certificate is at most 100 printable characters.
_CALIBRATION = _object({
    "version": _INPUT.format("calibration.version"),
    "digest": _INPUT.format("calibration.digest"),
    "certificate": _INPUT.format("calibration.certificate"),
})
TANK_LEAF = _object({
    "kind": "'tank'", "id": "id", "site": "site", "code": "code", "commodity": "commodity",
    "product": "product", "gauged_at": "gauged_at",
    "level_mm": _INPUT.format("level_mm"), "ullage_mm": _INPUT.format("ullage_mm"),
    "reference_height_mm": _INPUT.format("reference_height_mm"),
    "calibration": f"json(CASE WHEN {_INPUT.format('calibration')} IS NULL THEN NULL "
                   f"ELSE {_CALIBRATION} END)",
    "in_critical_zone": f"json(CASE WHEN {_INPUT.format('in_critical_zone')} "
                        "THEN 'true' ELSE 'false' END)",
    "chain_unit": _CHAIN.format("unit"), "tov_m3": _CHAIN.format("tov_m3"),
    "free_water_m3": _CHAIN.format("free_water_m3"), "ctsh": _CHAIN.format("ctsh"),
    "fra_m3": _CHAIN.format("fra_m3"),
    "temperature": _INPUT.format("temperature"),
    "ambient_temperature": f"nullif({_INPUT.format('ambient')}, '')",
    "temperature_unit": _INPUT.format("temperature_unit"),
    "pressure_psig": _INPUT.format("psig"),
    "density": f"json({_INPUT.format('density')})",
    "gov_m3": _CHAIN.format("gov_m3"), "ctpl": _CHAIN.format("ctpl"),
    "gsv_m3": _CHAIN.format("gsv_m3"), "sw_percent": _CHAIN.format("sw_percent"),
    "nsv_m3": "nsv_m3", "nsv_bbl": "nsv_bbl",
    "standard": _CHAIN.format("vcf.standard"), "edition": _CHAIN.format("vcf.edition"),
    "table": _CHAIN.format("vcf.table"),
    "quantities": _quantities(("commodity", "nsv_bbl", BBL), ("commodity", "nsv_m3", M3)),
})
_READING = "json_extract(reading, '$.{}')"
GAS_LEAF = _object({
    "kind": "'gas'", "id": "id", "site": "site", "code": "code",
    "commodity": "CASE kind WHEN 'storage' THEN 'natural-gas' ELSE 'lng' END",
    "gas_kind": "kind", "measured_at": "measured_at", "energy_mmbtu": "energy_mmbtu",
    "cushion_mmbtu": "cushion_mmbtu",
    "standard": _READING.format("method.standard"), "edition": _READING.format("method.edition"),
    "quantities": _quantities(
        ("CASE kind WHEN 'storage' THEN 'natural-gas' ELSE 'lng' END", "energy_mmbtu", MMBTU)),
})

# (table, leaf expression, extra condition), kinds in this order; each kind in
# holding-id order: ids are stable (never reused) and the table is stored in
# that order, so a million bars are read sequentially.
SOURCES = (
    ("bars", BAR_LEAF, ""),
    ("lots", LOT_LEAF, ""),
    ("tanks", TANK_LEAF, "gauged_at IS NOT NULL"),
    ("gas", GAS_LEAF, ""),
)


def _scope(condition: str, sites: list[str] | None) -> tuple[str, list[str]]:
    where = [condition] if condition else []
    if sites:
        where.append(f"site IN ({', '.join('?' * len(sites))})")
    return (" WHERE " + " AND ".join(where)) if where else "", list(sites or [])


def count_holdings(ledger: Ledger, *, db: str = "main", sites: list[str] | None = None) -> int:
    """How many leaves `holding_batches` will give for the same scope."""
    total = 0
    for table, _, condition in SOURCES:
        where, params = _scope(condition, sites)
        with ledger.guard():
            total += ledger.conn.execute(
                f"SELECT count(*) FROM {db}.{table}{where}", params).fetchone()[0]
    return total


def holding_batches(
    ledger: Ledger,
    *,
    db: str = "main",
    sites: list[str] | None = None,
    methods: dict[str, tuple[str, str]],
) -> Iterator[list[bytes]]:
    """The holdings in scope as canonical JSON bytes, in batches: kinds in order, ids ascending.

    `methods` gives (standard, edition) for bars and lots, whose method is fixed
    for the ledger; tanks and gas carry theirs in each reading.
    """
    for table, expression, condition in SOURCES:
        where, site_params = _scope(condition, sites)
        params: list[Any] = [*methods.get(table, ()), *site_params]
        sql = f"SELECT CAST({expression} AS BLOB) FROM {db}.{table}{where} ORDER BY id"
        with ledger.guard():
            cursor = ledger.conn.execute(sql, params)
            while rows := cursor.fetchmany(10000):
                yield [text for (text,) in rows]


def event_hashes(ledger: Ledger, upto: int) -> list[bytes]:
    """The journal's event hashes 1..upto, as the leaves of its checkpoint tree."""
    with ledger.guard():
        rows = ledger.conn.execute(
            "SELECT hash FROM events WHERE seq <= ? ORDER BY seq", (upto,)
        ).fetchall()
    return [bytes.fromhex(h) for (h,) in rows]


def last_event_at(ledger: Ledger, as_of: str) -> int:
    """The last event recorded at or before `as_of` (RFC 3339 UTC, same format)."""
    with ledger.guard():
        row = ledger.conn.execute(
            "SELECT max(seq) FROM events WHERE time <= ?", (as_of,)
        ).fetchone()
    return row[0] or 0
