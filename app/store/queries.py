"""Read-only queries over the projection: sites, holdings, totals."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from app.domain.units import BBL, M3, MMBTU, OZT, TONNE
from app.store.ledger import Ledger

BATCH = 5000


def sites(ledger: Ledger) -> list[dict[str, Any]]:
    with ledger.guard():
        rows = ledger.conn.execute(
            "SELECT code, name, kind, jurisdiction, operator FROM sites ORDER BY code"
        ).fetchall()
    return [
        {"code": c, "name": n, "kind": k, "jurisdiction": j, "operator": o}
        for c, n, k, j, o in rows
    ]


def site(ledger: Ledger, code: str) -> dict[str, Any] | None:
    return next((s for s in sites(ledger) if s["code"] == code), None)


def _where(site_code: str | None) -> tuple[str, tuple]:
    return (" WHERE site = ?", (site_code,)) if site_code else ("", ())


def _batched(ledger: Ledger, sql: str, params: tuple) -> Iterator[tuple]:
    with ledger.guard():
        cursor = ledger.conn.execute(sql, params)
        while rows := cursor.fetchmany(BATCH):
            yield from rows


_FLAGS = (
    "CASE flags WHEN '' THEN json_array() "
    "ELSE json('[\"' || replace(flags, ',', '\",\"') || '\"]') END"
)

# Each holding as JSON, built by SQLite itself: one definition of the shape for
# every caller, and a million bars stream out without a Python dict apiece.
HOLDING_JSON = {
    "bars": (
        "json_object('id', id, 'kind', 'bar', 'site', site, 'commodity', metal, "
        "'brand', brand, 'serial', serial, 'year', year, 'gross_oz', gross_oz, "
        "'fineness', fineness, 'fine_oz', fine_oz, 'location', location, "
        "'good_delivery', json(CASE good_delivery WHEN 1 THEN 'true' ELSE 'false' END), "
        f"'flags', {_FLAGS}, 'quantity', fine_oz, 'unit', '{OZT}')"
    ),
    "lots": (
        "json_object('id', id, 'kind', 'lot', 'site', site, 'commodity', metal, "
        "'warrant', warrant, 'brand', brand, 'shape', shape, 'grade', grade, "
        "'bundles', bundles, 'gross_t', gross_t, 'net_t', net_t, 'location', location, "
        "'within_tolerance', json(CASE within_tolerance WHEN 1 THEN 'true' ELSE 'false' END), "
        f"'flags', {_FLAGS}, 'quantity', net_t, 'unit', '{TONNE}')"
    ),
    "tanks": (
        "json_object('id', id, 'kind', 'tank', 'site', site, 'code', code, "
        "'commodity', commodity, 'product', product, 'vcf_group', vcf_group, 'roof', roof, "
        "'shell', shell, 'gauged_at', gauged_at, 'nsv_m3', coalesce(nsv_m3, '0.000'), "
        "'nsv_bbl', coalesce(nsv_bbl, '0.00'), 'quantity', coalesce(nsv_bbl, '0.00'), "
        f"'unit', '{BBL}')"
    ),
    "gas": (
        "json_object('id', id, 'kind', 'gas', 'site', site, 'code', code, "
        "'commodity', CASE kind WHEN 'storage' THEN 'natural-gas' ELSE 'lng' END, "
        "'gas_kind', kind, 'measured_at', measured_at, 'energy_mmbtu', energy_mmbtu, "
        "'cushion_mmbtu', cushion_mmbtu, 'quantity', energy_mmbtu, "
        f"'unit', '{MMBTU}')"
    ),
}


def iter_holdings_json(
    ledger: Ledger, site_code: str | None = None, tables: tuple[str, ...] = tuple(HOLDING_JSON)
) -> Iterator[str]:
    """Every holding as a JSON object text, bars first, each table in id order."""
    where, params = _where(site_code)
    for table in tables:
        sql = f"SELECT {HOLDING_JSON[table]} FROM {table}{where} ORDER BY id"
        for (text,) in _batched(ledger, sql, params):
            yield text


def iter_holdings(ledger: Ledger, site_code: str | None = None) -> Iterator[dict[str, Any]]:
    return map(json.loads, iter_holdings_json(ledger, site_code))


def holding(ledger: Ledger, holding_id: int) -> dict[str, Any] | None:
    """One holding by id, whatever its kind."""
    for table, expression in HOLDING_JSON.items():
        with ledger.guard():
            found = ledger.conn.execute(
                f"SELECT {expression} FROM {table} WHERE id = ?", (holding_id,)
            ).fetchone()
        if found:
            return json.loads(found[0])
    return None


def _sum(ledger: Ledger, sql: str, params: tuple) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = {}
    for key, value in _batched(ledger, sql, params):
        if value is not None:
            totals[key] = totals.get(key, Decimal(0)) + Decimal(value)
    return totals


def totals(ledger: Ledger, site_code: str | None = None) -> list[dict[str, str]]:
    """Totals per commodity and unit: sums of the holdings' rounded quantities."""
    where, params = _where(site_code)
    out: list[dict[str, str]] = []

    def add(sums: dict[str, Decimal], unit: str) -> None:
        for commodity in sorted(sums):
            out.append({"commodity": commodity, "unit": unit, "quantity": str(sums[commodity])})

    with ledger.guard():
        metals = ledger.conn.execute(
            "SELECT DISTINCT metal FROM bars" + where, params
        ).fetchall()
    bars: dict[str, Decimal] = {}
    for (metal,) in metals:
        extra = " AND site = ?" if site_code else ""
        column = (r[0] for r in _batched(
            ledger, "SELECT fine_oz FROM bars WHERE metal = ?" + extra, (metal, *params)))
        bars[metal] = sum(map(Decimal, column), Decimal(0))
    add(bars, OZT)
    add(_sum(ledger, "SELECT metal, net_t FROM lots" + where, params), TONNE)
    add(_sum(ledger, "SELECT commodity, nsv_bbl FROM tanks" + where, params), BBL)
    add(_sum(ledger, "SELECT commodity, nsv_m3 FROM tanks" + where, params), M3)
    gas_sql = (
        "SELECT CASE kind WHEN 'storage' THEN 'natural-gas' ELSE 'lng' END, energy_mmbtu FROM gas"
    )
    add(_sum(ledger, gas_sql + where, params), MMBTU)
    return out
