"""Read-only queries over the projection: sites, holdings, totals."""

from __future__ import annotations

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


def iter_bars(ledger: Ledger, site_code: str | None = None) -> Iterator[dict[str, Any]]:
    where, params = _where(site_code)
    sql = (
        "SELECT id, site, metal, brand, serial, year, gross_oz, fineness, fine_oz, location, "
        "good_delivery, flags FROM bars" + where + " ORDER BY id"
    )
    for i, s, m, b, ser, y, g, fn, fo, loc, gd, fl in _batched(ledger, sql, params):
        yield {
            "id": i, "kind": "bar", "site": s, "commodity": m, "brand": b, "serial": ser,
            "year": y, "gross_oz": g, "fineness": fn, "fine_oz": fo, "location": loc,
            "good_delivery": bool(gd), "flags": fl.split(",") if fl else [],
            "quantity": fo, "unit": OZT,
        }


def iter_lots(ledger: Ledger, site_code: str | None = None) -> Iterator[dict[str, Any]]:
    where, params = _where(site_code)
    sql = (
        "SELECT id, site, metal, warrant, brand, shape, grade, bundles, gross_t, net_t, "
        "location, within_tolerance, flags FROM lots" + where + " ORDER BY id"
    )
    for i, s, m, w, b, sh, gr, bu, g, n, loc, wt, fl in _batched(ledger, sql, params):
        yield {
            "id": i, "kind": "lot", "site": s, "commodity": m, "warrant": w, "brand": b,
            "shape": sh, "grade": gr, "bundles": bu, "gross_t": g, "net_t": n, "location": loc,
            "within_tolerance": bool(wt), "flags": fl.split(",") if fl else [],
            "quantity": n, "unit": TONNE,
        }


def iter_tanks(ledger: Ledger, site_code: str | None = None) -> Iterator[dict[str, Any]]:
    where, params = _where(site_code)
    sql = (
        "SELECT id, site, code, commodity, product, vcf_group, roof, shell, gauged_at, "
        "nsv_m3, nsv_bbl FROM tanks" + where + " ORDER BY id"
    )
    for i, s, c, com, prod, grp, roof, shell, at, m3, bbl in _batched(ledger, sql, params):
        yield {
            "id": i, "kind": "tank", "site": s, "code": c, "commodity": com, "product": prod,
            "vcf_group": grp, "roof": roof, "shell": shell, "gauged_at": at,
            "nsv_m3": m3 or "0.000", "nsv_bbl": bbl or "0.00",
            "quantity": bbl or "0.00", "unit": BBL,
        }


def iter_gas(ledger: Ledger, site_code: str | None = None) -> Iterator[dict[str, Any]]:
    where, params = _where(site_code)
    sql = (
        "SELECT id, site, code, kind, measured_at, energy_mmbtu, cushion_mmbtu FROM gas"
        + where + " ORDER BY id"
    )
    for i, s, c, k, at, energy, cushion in _batched(ledger, sql, params):
        yield {
            "id": i, "kind": "gas", "site": s, "code": c,
            "commodity": "natural-gas" if k == "storage" else "lng", "measured_at": at,
            "working_mmbtu" if k == "storage" else "energy_mmbtu": energy,
            "cushion_mmbtu": cushion, "quantity": energy, "unit": MMBTU,
        }


def iter_holdings(ledger: Ledger, site_code: str | None = None) -> Iterator[dict[str, Any]]:
    yield from iter_bars(ledger, site_code)
    yield from iter_lots(ledger, site_code)
    yield from iter_tanks(ledger, site_code)
    yield from iter_gas(ledger, site_code)


def holding(ledger: Ledger, holding_id: int) -> dict[str, Any] | None:
    """One holding by id, whatever its kind."""
    for table, rows in (("bars", iter_bars), ("lots", iter_lots), ("tanks", iter_tanks),
                        ("gas", iter_gas)):
        with ledger.guard():
            found = ledger.conn.execute(
                f"SELECT site FROM {table} WHERE id = ?", (holding_id,)
            ).fetchone()
        if found:
            return next(h for h in rows(ledger, found[0]) if h["id"] == holding_id)
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
