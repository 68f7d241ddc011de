"""The projection: current holdings as a pure function of the journal.

Beside the holdings it keeps each site's total of each metal in bars
(`bar_totals`), so that no total ever sums a million bars.

`apply` is the only code that writes the projection tables. The ledger calls it
on the live database ("main") as each event is recorded; `journal verify` calls
it on an in-memory copy ("replay") to rebuild the holdings from the journal
alone and compare. It trusts the payload: validation happens before an event is
recorded, in the services.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

from app.attest import canonical
from app.domain.errors import CheckFailed
from app.domain.identity import identity_key, identity_keys
from app.domain.messages import msg
from app.store.schema import drop_indexes, projection_indexes

NEXT_ID = "next_holding_id"
#: From this many bars, an import rebuilds the bar indexes instead of growing them.
BULK_ROWS = 50_000
#: The page cache while a bulk insert rebuilds indexes (negative: KiB, as SQLite takes it).
BULK_CACHE_KIB = -131072

# Fields an adjustment may change, per holding table.
ADJUSTABLE = {
    "bars": ("gross_oz", "fineness", "fine_oz", "location", "flags"),
    "lots": ("bundles", "gross_t", "net_t", "location", "flags"),
}
HOLDING_TABLES = {"bar": "bars", "lot": "lots", "tank": "tanks", "gas": "gas"}


class ReplayError(CheckFailed):
    """An event cannot be applied: the journal contradicts itself."""


def _bump(conn: Any, db: str, next_id: int) -> None:
    conn.execute(
        f"INSERT INTO {db}.counters (name, value) VALUES (?, ?) "
        "ON CONFLICT (name) DO UPDATE SET value = CASE WHEN excluded.value > counters.value "
        "THEN excluded.value ELSE counters.value END",
        (NEXT_ID, next_id),
    )


def next_holding_id(conn: Any, db: str = "main") -> int:
    row = conn.execute(f"SELECT value FROM {db}.counters WHERE name = ?", (NEXT_ID,)).fetchone()
    return row[0] if row else 1


def _site_added(conn: Any, db: str, seq: int, p: dict) -> None:
    conn.execute(
        f"INSERT INTO {db}.sites (code, name, kind, jurisdiction, operator, seq) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (p["code"], p["name"], p["kind"], p["jurisdiction"], p["operator"], seq),
    )


def _bar_row(p: dict, seq: int) -> tuple:
    flags = ",".join(p["flags"])
    return (p["id"], p["site"], p["metal"], p["brand"], p["serial"], int(p["year"]),
            p["gross_oz"], p["fineness"], p["fine_oz"], p["location"], int(not flags), flags, seq,
            identity_key(p["serial"]), identity_key(p["brand"]))


_BAR_INSERT = (
    "INSERT INTO {db}.bars (id, site, metal, brand, serial, year, gross_oz, fineness, fine_oz, "
    "location, good_delivery, flags, seq, serial_key, brand_key) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
# An import's rows share site, metal and event: bound once per part rather than
# once per bar (`?N` numbers a parameter; `?9 = ''` is 1 for a bar with no flags).
_PART_INSERT = (
    "INSERT INTO {db}.bars (id, brand, serial, year, gross_oz, fineness, fine_oz, location, "
    "flags, good_delivery, serial_key, brand_key, site, metal, seq) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9 = '', ?10, ?11, {site}, {metal}, {seq})"
)

_COPY_COLUMNS = ("id", "brand", "serial", "year", "gross_oz", "fineness", "fine_oz", "location",
                 "flags", "good_delivery", "serial_key", "brand_key", "site", "metal", "seq")
# Columns of an import's part that hold only numbers (the bar list's cells were checked
# as numbers before they were recorded; the server's types check them again).
_COPY_NUMERIC = frozenset({"id", "year", "gross_oz", "fineness", "fine_oz", "good_delivery",
                           "seq"})


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _add_to_totals(conn: Any, db: str, site: str, metal: str, fine_oz: Decimal,
                   bars: int) -> None:
    """Add bars (or take them away, with negative figures) to a site's total of a metal.

    Exact decimal arithmetic on the stored string; a total of no bars is removed.
    """
    row = conn.execute(f"SELECT fine_oz, bars FROM {db}.bar_totals WHERE site = ? AND metal = ?",
                       (site, metal)).fetchone()
    total, count = (Decimal(row[0]) + fine_oz, row[1] + bars) if row else (fine_oz, bars)
    if count == 0:
        conn.execute(f"DELETE FROM {db}.bar_totals WHERE site = ? AND metal = ?", (site, metal))
    elif row is None:
        conn.execute(f"INSERT INTO {db}.bar_totals (site, metal, fine_oz, bars) "
                     "VALUES (?, ?, ?, ?)", (site, metal, str(total), count))
    else:
        conn.execute(f"UPDATE {db}.bar_totals SET fine_oz = ?, bars = ? WHERE site = ? "
                     "AND metal = ?", (str(total), count, site, metal))


def _held_bar(conn: Any, db: str, seq: int, holding: int) -> tuple[str, str, str]:
    """Site, metal and fine weight of a bar an event changes."""
    row = conn.execute(f"SELECT site, metal, fine_oz FROM {db}.bars WHERE id = ?",
                       (holding,)).fetchone()
    if row is None:
        raise ReplayError(msg("event {seq} changes holding {holding}, which is not held",
                              seq=seq, holding=holding))
    return row


def _bar_received(conn: Any, db: str, seq: int, p: dict) -> None:
    conn.execute(_BAR_INSERT.format(db=db), _bar_row(p, seq))
    _add_to_totals(conn, db, p["site"], p["metal"], Decimal(p["fine_oz"]), 1)
    _bump(conn, db, p["id"] + 1)


def _bars_imported(conn: Any, db: str, seq: int, p: dict) -> None:
    cols = p["columns"]
    first, count = p["first_id"], p["count"]
    if any(len(values) != count for values in cols.values()):
        raise ReplayError(msg("event {seq}: the import's columns do not all hold {count} bars",
                              seq=seq, count=count))
    brands = {brand: identity_key(brand) for brand in set(cols["brand"])}
    serial_keys = identity_keys(cols["serial"])
    if hasattr(conn, "copy_columns"):  # a server ledger: COPY, its bulk path
        _copy_part(conn, seq, p, serial_keys, list(map(brands.__getitem__, cols["brand"])))
    else:
        rows = zip(
            range(first, first + count),
            cols["brand"], cols["serial"], map(int, cols["year"]),
            cols["gross_oz"], cols["fineness"], cols["fine_oz"], cols["location"],
            cols["flags"], serial_keys, map(brands.__getitem__, cols["brand"]),
            strict=True,
        )
        conn.executemany(
            _PART_INSERT.format(db=db, site=_literal(p["site"]), metal=_literal(p["metal"]),
                                seq=int(seq)),
            rows,
        )
    _add_to_totals(conn, db, p["site"], p["metal"],
                   sum(map(Decimal, cols["fine_oz"]), Decimal(0)), count)
    _bump(conn, db, first + count)


def _copy_part(conn: Any, seq: int, p: dict, serial_keys: list[str],
               brand_keys: list[str]) -> None:
    """An import's part into a server's bars table by COPY, column by column."""
    cols, first, count = p["columns"], p["first_id"], p["count"]
    years = cols["year"] if isinstance(cols["year"][0], str) else list(map(str, cols["year"]))
    flags = cols["flags"]
    conn.copy_columns("bars", _COPY_COLUMNS, [
        list(map(str, range(first, first + count))), cols["brand"], cols["serial"], years,
        cols["gross_oz"], cols["fineness"], cols["fine_oz"], cols["location"], flags,
        ["0" if f else "1" for f in flags], serial_keys, brand_keys,
        [p["site"]] * count, [p["metal"]] * count, [str(int(seq))] * count],
        numeric=_COPY_NUMERIC)


@contextlib.contextmanager
def indexes_rebuilt(conn: Any, db: str, table: str) -> Iterator[None]:
    """Drop `table`'s secondary indexes for a bulk insert and build them again after.

    Several times faster than growing them row by row in random order. Called
    inside the insert's transaction, with no other statement of the connection
    pending (SQLite refuses to drop an index while one is); a uniqueness
    failure surfaces when the indexes are built again, and rolls the whole
    insert back.
    """
    if hasattr(conn, "copy_columns"):  # a server ledger: through the owner's functions
        if table != "bars":
            yield
            return
        conn.execute("SELECT bars_bulk_begin()")
        yield
        conn.execute("SELECT bars_bulk_end()")
        return
    cache = conn.execute(f"PRAGMA {db}.cache_size").fetchone()[0]
    # Building an index reads the whole table: with the new rows still in the
    # page cache they are not decrypted again for each index, and a second
    # thread shares the sorting.
    conn.execute(f"PRAGMA {db}.cache_size = {BULK_CACHE_KIB}")
    conn.execute("PRAGMA threads = 2")
    try:
        for statement in drop_indexes(db, table):
            conn.execute(statement)
        yield
        for statement in projection_indexes(db, table):
            conn.execute(statement)
    finally:
        conn.execute(f"PRAGMA {db}.cache_size = {int(cache)}")
        conn.execute("PRAGMA threads = 0")


def _lot_received(conn: Any, db: str, seq: int, p: dict) -> None:
    flags = ",".join(p["flags"])
    conn.execute(
        f"INSERT INTO {db}.lots (id, site, metal, warrant, brand, shape, grade, bundles, gross_t, "
        "net_t, location, within_tolerance, flags, seq) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (p["id"], p["site"], p["metal"], p["warrant"], p["brand"], p["shape"], p["grade"],
         p["bundles"], p["gross_t"], p["net_t"], p["location"], int(p["within_tolerance"]),
         flags, seq),
    )
    _bump(conn, db, p["id"] + 1)


def _tank_added(conn: Any, db: str, seq: int, p: dict) -> None:
    conn.execute(
        f"INSERT INTO {db}.tanks (id, site, code, commodity, product, vcf_group, roof, shell, seq) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (p["id"], p["site"], p["code"], p["commodity"], p["product"], p["vcf_group"], p["roof"],
         p["shell"], seq),
    )
    _bump(conn, db, p["id"] + 1)


def _tank_gauged(conn: Any, db: str, seq: int, p: dict) -> None:
    chain = p["chain"]
    _update(
        conn, db, seq, "tanks", p["id"],
        {"gauged_at": p["gauged_at"], "gauging": canonical.dumps(p).decode(),
         "nsv_m3": chain["nsv_m3"], "nsv_bbl": chain["nsv_bbl"]},
    )


def _tank_table(conn: Any, db: str, seq: int, p: dict) -> None:
    """The next version of a tank's calibration table (versions count 1, 2, … per tank)."""
    row = conn.execute(f"SELECT code FROM {db}.tanks WHERE id = ?", (p["id"],)).fetchone()
    if row is None or row[0] != p["tank"]:
        raise ReplayError(msg("event {seq} gives a calibration table to tank {tank} (holding "
                              "{id}), which is not held", seq=seq, tank=p['tank'], id=p['id']))
    last = conn.execute(f"SELECT max(version) FROM {db}.tank_tables WHERE tank = ?",
                        (p["id"],)).fetchone()[0] or 0
    if p["version"] != last + 1:
        raise ReplayError(msg("event {seq} records version {version} of the calibration table "
                              "of tank {tank}, whose last version is {last}",
                              seq=seq, version=p['version'], tank=p['tank'], last=last))
    conn.execute(
        f"INSERT INTO {db}.tank_tables (tank, version, code, digest, calibration, seq) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (p["id"], p["version"], p["tank"], p["digest"], canonical.dumps(p["table"]).decode(),
         seq),
    )


def _gas_recorded(conn: Any, db: str, seq: int, p: dict) -> None:
    conn.execute(
        f"INSERT INTO {db}.gas (id, site, code, kind, measured_at, reading, energy_mmbtu, "
        "cushion_mmbtu, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET measured_at = excluded.measured_at, "
        "reading = excluded.reading, energy_mmbtu = excluded.energy_mmbtu, "
        "cushion_mmbtu = excluded.cushion_mmbtu, seq = excluded.seq",
        (p["id"], p["site"], p["code"], p["kind"], p["measured_at"],
         canonical.dumps(p["reading"]).decode(), p["energy_mmbtu"], p["cushion_mmbtu"], seq),
    )
    _bump(conn, db, p["id"] + 1)


def _update(conn: Any, db: str, seq: int, table: str, holding: int, values: dict) -> None:
    sets = ", ".join(f"{column} = ?" for column in values)
    cursor = conn.execute(
        f"UPDATE {db}.{table} SET {sets}, seq = ? WHERE id = ?",
        (*values.values(), seq, holding),
    )
    if cursor.rowcount != 1:
        raise ReplayError(msg("event {seq} changes holding {holding}, which is not held",
                              seq=seq, holding=holding))


def _withdrawn(conn: Any, db: str, seq: int, p: dict) -> None:
    table = HOLDING_TABLES[p["holding_kind"]]
    if table == "bars":
        site, metal, fine_oz = _held_bar(conn, db, seq, p["id"])
        _add_to_totals(conn, db, site, metal, -Decimal(fine_oz), -1)
    cursor = conn.execute(f"DELETE FROM {db}.{table} WHERE id = ?", (p["id"],))
    if cursor.rowcount != 1:
        raise ReplayError(msg("event {seq} withdraws holding {id}, which is not held",
                              seq=seq, id=p['id']))


def _transferred(conn: Any, db: str, seq: int, p: dict) -> None:
    table = HOLDING_TABLES[p["holding_kind"]]
    if table == "bars":
        site, metal, fine_oz = _held_bar(conn, db, seq, p["id"])
        _add_to_totals(conn, db, site, metal, -Decimal(fine_oz), -1)
        _add_to_totals(conn, db, p["to_site"], metal, Decimal(fine_oz), 1)
    _update(conn, db, seq, table, p["id"], {"site": p["to_site"], "location": p["location"]})


def _bar_moves(conn: Any, db: str, seq: int, entries: list[dict]) -> dict[tuple[str, str], list]:
    """Site, metal and fine weight of the bars of a multi-holding event, summed per site
    and metal: [fine_oz, bars] to take away from each, so totals change once per site."""
    sums: dict[tuple[str, str], list] = {}
    for entry in entries:
        if HOLDING_TABLES[entry["holding_kind"]] == "bars":
            site, metal, fine_oz = _held_bar(conn, db, seq, entry["id"])
            total = sums.setdefault((site, metal), [Decimal(0), 0])
            total[0] += Decimal(fine_oz)
            total[1] += 1
    return sums


def _many_withdrawn(conn: Any, db: str, seq: int, p: dict) -> None:
    """Several bars and lots leave custody in one event (`holdings.withdrawn`)."""
    for (site, metal), (fine_oz, bars) in _bar_moves(conn, db, seq, p["holdings"]).items():
        _add_to_totals(conn, db, site, metal, -fine_oz, -bars)
    for entry in p["holdings"]:
        table = HOLDING_TABLES[entry["holding_kind"]]
        cursor = conn.execute(f"DELETE FROM {db}.{table} WHERE id = ?", (entry["id"],))
        if cursor.rowcount != 1:
            raise ReplayError(msg("event {seq} withdraws holding {id}, which is not held",
                                  seq=seq, id=entry['id']))


def _many_transferred(conn: Any, db: str, seq: int, p: dict) -> None:
    """Several bars and lots move to one site and location in one event
    (`holdings.transferred`)."""
    for (site, metal), (fine_oz, bars) in _bar_moves(conn, db, seq, p["holdings"]).items():
        _add_to_totals(conn, db, site, metal, -fine_oz, -bars)
        _add_to_totals(conn, db, p["to_site"], metal, fine_oz, bars)
    for entry in p["holdings"]:
        _update(conn, db, seq, HOLDING_TABLES[entry["holding_kind"]], entry["id"],
                {"site": p["to_site"], "location": p["location"]})


def _adjusted(conn: Any, db: str, seq: int, p: dict) -> None:
    table = HOLDING_TABLES[p["holding_kind"]]
    allowed = ADJUSTABLE[table]
    changes = p["changes"]
    values = {}
    for column, value in changes.items():
        if column not in allowed:
            raise ReplayError(msg("event {seq} adjusts {column}, which cannot be adjusted",
                                  seq=seq, column=column))
        values[column] = ",".join(value) if column == "flags" else value
    if "flags" in changes:
        key = "good_delivery" if table == "bars" else "within_tolerance"
        values[key] = int(not changes["flags"])
    if table == "bars" and "fine_oz" in changes:
        site, metal, fine_oz = _held_bar(conn, db, seq, p["id"])
        _add_to_totals(conn, db, site, metal, Decimal(changes["fine_oz"]) - Decimal(fine_oz), 0)
    _update(conn, db, seq, table, p["id"], values)


def _token_added(conn: Any, db: str, seq: int, p: dict) -> None:
    conn.execute(
        f"INSERT INTO {db}.tokens (symbol, commodity, per_token, unit, seq) VALUES (?, ?, ?, ?, ?)",
        (p["symbol"], p["commodity"], p["per_token"], p["unit"], seq),
    )


def _token_supply(conn: Any, db: str, seq: int, p: dict) -> None:
    cursor = conn.execute(
        f"UPDATE {db}.tokens SET supply = ?, supply_as_of = ?, supply_source = ?, seq = ? "
        "WHERE symbol = ?",
        (p["supply"], p["as_of"], p["source"], seq, p["symbol"]),
    )
    if cursor.rowcount != 1:
        raise ReplayError(msg("event {seq} sets the supply of unknown token {symbol}",
                              seq=seq, symbol=p['symbol']))


def _attestation_finalized(conn: Any, db: str, seq: int, p: dict) -> None:
    conn.execute(
        f"INSERT INTO {db}.attestations (attestation_id, as_of, payload_sha256, envelope, seq) "
        "VALUES (?, ?, ?, ?, ?)",
        (p["attestation_id"], p["as_of"], p["payload_sha256"], p["envelope"], seq),
    )


def _no_change(conn: Any, db: str, seq: int, p: dict) -> None:
    """Events that are recorded for the audit trail but change no holding."""


APPLY: dict[str, Callable[[Any, str, int, dict], None]] = {
    "ledger.created": _no_change,
    "ledger.rekeyed": _no_change,
    "ledger.restored": _no_change,
    "site.added": _site_added,
    "bar.received": _bar_received,
    "bars.imported": _bars_imported,
    "lot.received": _lot_received,
    "tank.added": _tank_added,
    "tank.gauged": _tank_gauged,
    "tank.table": _tank_table,
    "gas.recorded": _gas_recorded,
    "holding.withdrawn": _withdrawn,
    "holding.transferred": _transferred,
    "holding.adjusted": _adjusted,
    "holdings.withdrawn": _many_withdrawn,
    "holdings.transferred": _many_transferred,
    "token.added": _token_added,
    "token.supply": _token_supply,
    "attestation.finalized": _attestation_finalized,
}


def apply(conn: Any, db: str, seq: int, kind: str, payload: dict) -> None:
    handler = APPLY.get(kind)
    if handler is None:
        raise ReplayError(msg("event {seq} has an unknown kind {kind!r}", seq=seq, kind=kind))
    handler(conn, db, seq, payload)
