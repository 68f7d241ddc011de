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


def _flags(server: bool) -> str:
    if server:
        return "CASE flags WHEN '' THEN '[]'::json ELSE to_json(string_to_array(flags, ',')) END"
    return ("CASE flags WHEN '' THEN json_array() "
            "ELSE json('[\"' || replace(flags, ',', '\",\"') || '\"]') END")


def _bool(column: str, server: bool) -> str:
    return f"({column} = 1)" if server else \
        f"json(CASE {column} WHEN 1 THEN 'true' ELSE 'false' END)"


def _holding_fields(table: str, server: bool) -> list[tuple[str, str]]:
    """(key, SQL value) of each member of a holding's JSON, in order."""
    gas_commodity = "CASE kind WHEN 'storage' THEN 'natural-gas' ELSE 'lng' END"
    return {
        "bars": [("id", "id"), ("kind", "'bar'"), ("site", "site"), ("commodity", "metal"),
                 ("brand", "brand"), ("serial", "serial"), ("year", "year"),
                 ("gross_oz", "gross_oz"), ("fineness", "fineness"), ("fine_oz", "fine_oz"),
                 ("location", "location"), ("good_delivery", _bool("good_delivery", server)),
                 ("flags", _flags(server)), ("quantity", "fine_oz"), ("unit", f"'{OZT}'")],
        "lots": [("id", "id"), ("kind", "'lot'"), ("site", "site"), ("commodity", "metal"),
                 ("warrant", "warrant"), ("brand", "brand"), ("shape", "shape"),
                 ("grade", "grade"), ("bundles", "bundles"), ("gross_t", "gross_t"),
                 ("net_t", "net_t"), ("location", "location"),
                 ("within_tolerance", _bool("within_tolerance", server)),
                 ("flags", _flags(server)), ("quantity", "net_t"), ("unit", f"'{TONNE}'")],
        "tanks": [("id", "id"), ("kind", "'tank'"), ("site", "site"), ("code", "code"),
                  ("commodity", "commodity"), ("product", "product"),
                  ("vcf_group", "vcf_group"), ("roof", "roof"), ("shell", "shell"),
                  ("gauged_at", "gauged_at"), ("nsv_m3", "coalesce(nsv_m3, '0.000')"),
                  ("nsv_bbl", "coalesce(nsv_bbl, '0.00')"),
                  ("quantity", "coalesce(nsv_bbl, '0.00')"), ("unit", f"'{BBL}'")],
        "gas": [("id", "id"), ("kind", "'gas'"), ("site", "site"), ("code", "code"),
                ("commodity", gas_commodity), ("gas_kind", "kind"),
                ("measured_at", "measured_at"), ("energy_mmbtu", "energy_mmbtu"),
                ("cushion_mmbtu", "cushion_mmbtu"), ("quantity", "energy_mmbtu"),
                ("unit", f"'{MMBTU}'")],
    }[table]


def _holding_json(table: str, server: bool) -> str:
    fields = ", ".join(f"'{key}', {value}" for key, value in _holding_fields(table, server))
    if server:
        return f"json_build_object({fields})::text"
    return f"json_object({fields})"


# Each holding as JSON, built by the database itself: one definition of the shape for
# every caller, and a million bars stream out without a Python dict apiece.
HOLDING_JSON = {table: _holding_json(table, False) for table in ("bars", "lots", "tanks", "gas")}
_SERVER_HOLDING_JSON = {table: _holding_json(table, True) for table in HOLDING_JSON}


def holding_json(ledger: Ledger, table: str) -> str:
    """The SQL of a holding's JSON object in `table`, in the ledger's engine's dialect."""
    server = getattr(ledger, "engine", "") == "postgresql"
    return (_SERVER_HOLDING_JSON if server else HOLDING_JSON)[table]


def iter_holdings_chunks(
    ledger: Ledger, site_code: str | None = None, tables: tuple[str, ...] = tuple(HOLDING_JSON)
) -> Iterator[str]:
    """Holdings as comma-separated JSON objects, up to `BATCH` per chunk, in id order.

    SQLite joins each page of objects itself (keyset paging on id), so a million
    bars cross into Python as two hundred strings.
    """
    site_filter, params = ("AND site = ?", (site_code,)) if site_code else ("", ())
    for table in tables:
        sql = (
            f"SELECT group_concat(j, ','), max(id) FROM (SELECT id, {holding_json(ledger, table)} "
            "AS j "
            f"FROM {table} WHERE id > ? {site_filter} ORDER BY id LIMIT {BATCH}) AS page"
        )
        last = 0
        while True:
            with ledger.guard():
                text, last_id = ledger.conn.execute(sql, (last, *params)).fetchone()
            if text is None:
                break
            yield text
            last = last_id


def iter_holdings(ledger: Ledger, site_code: str | None = None) -> Iterator[dict[str, Any]]:
    """Every holding as a dict, bars first, each kind in id order."""
    for chunk in iter_holdings_chunks(ledger, site_code):
        yield from json.loads("[" + chunk + "]")


def holding(ledger: Ledger, holding_id: int) -> dict[str, Any] | None:
    """One holding by id, whatever its kind."""
    for table in HOLDING_JSON:
        with ledger.guard():
            found = ledger.conn.execute(
                f"SELECT {holding_json(ledger, table)} FROM {table} WHERE id = ?", (holding_id,)
            ).fetchone()
        if found:
            return json.loads(found[0])
    return None


def exact_sums(ledger: Ledger, table: str, key: str, column: str, places: int, where: str,
         params: tuple, counts: dict[str, int] | None = None) -> dict[str, Decimal]:
    """Exact sums of a decimal-string column, grouped by `key`.

    Every value of `column` carries exactly `places` decimals by construction,
    so SQLite adds them as integers of the minor unit, exactly and fast. Should
    any row break that rule (a file edited behind the journal), the sum falls
    back to Decimal in Python: slower, still exact.
    """
    minor = f"CAST(replace({column}, '.', '') AS INTEGER)"
    misshapen = (f"sum(CASE WHEN {column} IS NOT NULL AND instr({column}, '.') "
                 f"!= length({column}) - {places} THEN 1 ELSE 0 END)")
    sql = f"SELECT {key}, sum({minor}), {misshapen}, count(*) FROM {table}{where} GROUP BY 1"
    with ledger.guard():
        rows = ledger.conn.execute(sql, params).fetchall()
    totals: dict[str, Decimal] = {}
    for name, minor_total, bad, rows_counted in rows:
        if counts is not None:
            counts[name] = rows_counted
        if bad:
            values = ledger.conn.execute(
                f"SELECT {column} FROM {table}{where}{' AND' if where else ' WHERE'} "
                f"{key} = ? AND {column} IS NOT NULL", (*params, name)
            )
            totals[name] = sum((Decimal(v) for (v,) in values), Decimal(0))
        elif minor_total is not None:
            totals[name] = Decimal(minor_total).scaleb(-places)
    return totals


def bar_sums(ledger: Ledger, db: str, key: str, where: str, params: tuple,
              counts: dict[str, int] | None = None) -> dict[str, Decimal]:
    """Fine ounces of bars grouped by `key`, from the totals the projection keeps."""
    sums: dict[str, Decimal] = {}
    with ledger.guard():
        rows = ledger.conn.execute(
            f"SELECT {key}, fine_oz, bars FROM {db}.bar_totals{where}", params).fetchall()
    for name, fine_oz, bars in rows:
        sums[name] = sums.get(name, Decimal(0)) + Decimal(fine_oz)
        if counts is not None:
            counts[name] = counts.get(name, 0) + bars
    return sums


def totals(
    ledger: Ledger, site_code: str | None = None, *, db: str = "main",
    sites: list[str] | None = None,
) -> list[dict[str, str]]:
    """Totals per commodity and unit: sums of the holdings' rounded quantities.

    `sites` limits them to several sites; `db` "replay" reads a replayed past state.
    """
    chosen = [site_code] if site_code else list(sites or [])
    where = f" WHERE site IN ({', '.join('?' * len(chosen))})" if chosen else ""
    params = tuple(chosen)
    out: list[dict[str, str]] = []

    def add(sums: dict[str, Decimal], unit: str) -> None:
        for commodity in sorted(sums):
            out.append({"commodity": commodity, "unit": unit, "quantity": str(sums[commodity])})

    add(bar_sums(ledger, db, "metal", where, params), OZT)
    add(exact_sums(ledger, f"{db}.lots", "metal", "net_t", 3, where, params), TONNE)
    add(exact_sums(ledger, f"{db}.tanks", "commodity", "nsv_bbl", 2, where, params), BBL)
    add(exact_sums(ledger, f"{db}.tanks", "commodity", "nsv_m3", 3, where, params), M3)
    gas_kind = "CASE kind WHEN 'storage' THEN 'natural-gas' ELSE 'lng' END"
    add(exact_sums(ledger, f"{db}.gas", gas_kind, "energy_mmbtu", 3, where, params), MMBTU)
    return out


def commodities_outside(ledger: Ledger, sites: list[str], *, db: str = "main") -> set[str]:
    """The commodities of holdings at sites other than `sites` (as `totals` names them)."""
    marks = ", ".join("?" * len(sites)) or "NULL"
    gas_kind = "CASE kind WHEN 'storage' THEN 'natural-gas' ELSE 'lng' END"
    query = " UNION ".join(
        f"SELECT DISTINCT {key} FROM {db}.{table} WHERE site NOT IN ({marks})"
        for table, key in (("bar_totals", "metal"), ("lots", "metal"),
                           ("tanks", "commodity"), ("gas", gas_kind)))
    with ledger.guard():
        rows = ledger.conn.execute(query, tuple(sites) * 4).fetchall()
    return {name for (name,) in rows}


def totals_by_site(ledger: Ledger) -> list[dict[str, str]]:
    """Totals per site, commodity and unit, with the number of holdings behind each."""
    out: list[dict[str, str]] = []

    def add(sums: dict[str, Decimal], counts: dict[str, int], unit: str) -> None:
        for name in sorted(sums):
            site_code, commodity = name.split("\x1f", 1)
            out.append({"site": site_code, "commodity": commodity, "unit": unit,
                        "quantity": str(sums[name]), "holdings": str(counts.get(name, 0))})

    by_site = "site || char(31) || {}"
    counts: dict[str, int] = {}
    add(bar_sums(ledger, "main", by_site.format("metal"), "", (), counts), counts, OZT)
    gas_kind = "CASE kind WHEN 'storage' THEN 'natural-gas' ELSE 'lng' END"
    for table, key, column, places, unit in (
        ("lots", "metal", "net_t", 3, TONNE),
        ("tanks", "commodity", "nsv_bbl", 2, BBL), ("gas", gas_kind, "energy_mmbtu", 3, MMBTU),
    ):
        counts = {}
        add(exact_sums(ledger, table, by_site.format(key), column, places, "", (), counts), counts,
            unit)
    return out
