"""The ledger's schema, migrated forward on open through `PRAGMA user_version`.

Migrations are numbered functions; each runs once, in order, inside the
transaction that also bumps `user_version`. The projection tables (sites,
bars, lots, tanks, gas) are a pure function of the journal: `PROJECTION_DDL`
is also what `journal verify` builds in memory to replay the journal into.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

APPLICATION = "tijori-ledger"

# Tables that hold the current state, each with its primary key for ordered comparison.
PROJECTION_TABLES: dict[str, str | tuple[str, ...]] = {
    "sites": "code",
    "bars": "id",
    "bar_totals": ("site", "metal"),
    "lots": "id",
    "tanks": "id",
    "tank_tables": ("tank", "version"),
    "gas": "id",
    "tokens": "symbol",
    "attestations": "attestation_id",
    "counters": "name",
}


# Secondary indexes of the projection: (name, unique, table, columns). A bar's
# identity is unique through `bars_identity`: its serial and brand compared on
# their lookalike-proof keys (app.domain.identity), and its year; the
# serial-first order also serves a search by serial alone. Large imports drop a
# table's indexes and build them again after the insert, several times faster
# than growing them row by row in random order.
INDEXES = (
    ("bars_identity", True, "bars", "serial_key, brand_key, year"),
    ("bars_site", False, "bars", "site, id"),
    ("lots_site", False, "lots", "site, id"),
)


def projection_indexes(db: str, table: str | None = None) -> list[str]:
    """CREATE INDEX statements of the projection in schema `db`, optionally of one table."""
    return [
        f"CREATE {'UNIQUE ' if unique else ''}INDEX {db}.{name} ON {on} ({columns})"
        for name, unique, on, columns in INDEXES
        if table is None or on == table
    ]


def drop_indexes(db: str, table: str) -> list[str]:
    return [f"DROP INDEX {db}.{name}" for name, _, on, _ in INDEXES if on == table]


def projection_ddl(db: str, *, schema_1: bool = False) -> list[str]:
    """CREATE statements of the projection tables in schema `db` ("main" or "replay").

    The bar identity keys and the bar totals came with schema 3 (`_v3` adds them
    to older files, the keys as the last columns, where these statements put
    them too), the calibration tables with schema 4 (`_v4`); `schema_1` gives
    the tables as schema 1 made them.
    """
    keys = (",\n            serial_key TEXT NOT NULL DEFAULT '',"
            "\n            brand_key TEXT NOT NULL DEFAULT ''") if not schema_1 else ""
    return [
        f"""CREATE TABLE {db}.sites (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            jurisdiction TEXT NOT NULL,
            operator TEXT NOT NULL,
            seq INTEGER NOT NULL
        )""",
        f"""CREATE TABLE {db}.bars (
            id INTEGER PRIMARY KEY,
            site TEXT NOT NULL,
            metal TEXT NOT NULL,
            brand TEXT NOT NULL,
            serial TEXT NOT NULL,
            year INTEGER NOT NULL,
            gross_oz TEXT NOT NULL,
            fineness TEXT NOT NULL,
            fine_oz TEXT NOT NULL,
            location TEXT NOT NULL,
            good_delivery INTEGER NOT NULL,
            flags TEXT NOT NULL,
            seq INTEGER NOT NULL{keys}
        )""",
        *([f"""CREATE TABLE {db}.bar_totals (
            site TEXT NOT NULL,
            metal TEXT NOT NULL,
            fine_oz TEXT NOT NULL,
            bars INTEGER NOT NULL,
            PRIMARY KEY (site, metal)
        )"""] if not schema_1 else []),
        f"""CREATE TABLE {db}.lots (
            id INTEGER PRIMARY KEY,
            site TEXT NOT NULL,
            metal TEXT NOT NULL,
            warrant TEXT NOT NULL UNIQUE,
            brand TEXT NOT NULL,
            shape TEXT NOT NULL,
            grade TEXT NOT NULL,
            bundles INTEGER NOT NULL,
            gross_t TEXT NOT NULL,
            net_t TEXT NOT NULL,
            location TEXT NOT NULL,
            within_tolerance INTEGER NOT NULL,
            flags TEXT NOT NULL,
            seq INTEGER NOT NULL
        )""",
        f"""CREATE TABLE {db}.tanks (
            id INTEGER PRIMARY KEY,
            site TEXT NOT NULL,
            code TEXT NOT NULL UNIQUE,
            commodity TEXT NOT NULL,
            product TEXT NOT NULL,
            vcf_group TEXT NOT NULL,
            roof TEXT NOT NULL,
            shell TEXT NOT NULL,
            gauged_at TEXT,
            gauging TEXT,
            nsv_m3 TEXT,
            nsv_bbl TEXT,
            seq INTEGER NOT NULL
        )""",
        *([_tank_tables_ddl(db)] if not schema_1 else []),
        f"""CREATE TABLE {db}.gas (
            id INTEGER PRIMARY KEY,
            site TEXT NOT NULL,
            code TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            measured_at TEXT NOT NULL,
            reading TEXT NOT NULL,
            energy_mmbtu TEXT NOT NULL,
            cushion_mmbtu TEXT NOT NULL,
            seq INTEGER NOT NULL
        )""",
        f"""CREATE TABLE {db}.tokens (
            symbol TEXT PRIMARY KEY,
            commodity TEXT NOT NULL,
            per_token TEXT NOT NULL,
            unit TEXT NOT NULL,
            supply TEXT,
            supply_as_of TEXT,
            supply_source TEXT,
            seq INTEGER NOT NULL
        )""",
        f"""CREATE TABLE {db}.attestations (
            attestation_id TEXT PRIMARY KEY,
            as_of TEXT NOT NULL,
            payload_sha256 TEXT NOT NULL,
            envelope BLOB NOT NULL,
            seq INTEGER NOT NULL
        )""",
        f"""CREATE TABLE {db}.counters (
            name TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        )""",
    ]


def _tank_tables_ddl(db: str) -> str:
    """Each version of each tank's calibration table: `calibration` is the table's
    canonical JSON (app.domain.strapping), `digest` its SHA-256."""
    return f"""CREATE TABLE {db}.tank_tables (
            tank INTEGER NOT NULL,
            version INTEGER NOT NULL,
            code TEXT NOT NULL,
            digest TEXT NOT NULL,
            calibration TEXT NOT NULL,
            seq INTEGER NOT NULL,
            PRIMARY KEY (tank, version)
        )"""


def _v1(conn) -> None:
    conn.execute(
        """CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )"""
    )
    conn.execute(
        """CREATE TABLE events (
            seq INTEGER PRIMARY KEY,
            time TEXT NOT NULL,
            actor TEXT NOT NULL,
            kind TEXT NOT NULL,
            payload BLOB NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )"""
    )
    for statement in projection_ddl("main", schema_1=True):
        conn.execute(statement)


def _v2(conn) -> None:
    """Indexes: a bar held once, holdings by site, search by serial."""
    for statement in (
        "CREATE UNIQUE INDEX main.bars_identity ON bars (serial, brand, year)",
        "CREATE INDEX main.bars_site ON bars (site, id)",
        "CREATE INDEX main.bars_totals ON bars (metal, fine_oz)",
        "CREATE INDEX main.lots_site ON lots (site, id)",
    ):
        conn.execute(statement)


def _v3(conn) -> None:
    """A bar's identity compares on lookalike-proof keys of its serial and brand;
    the totals of bars per site and metal are kept as bars come and go.

    A ledger that already holds two bars whose serials differ only by lookalike
    characters cannot take the unique index: it is refused, naming both bars,
    rather than silently keeping a bar that may be counted twice.
    """
    from app.domain.errors import LedgerError
    from app.domain.identity import identity_key

    conn.create_function("tijori_identity_key", 1, identity_key, deterministic=True)
    conn.execute("ALTER TABLE bars ADD COLUMN serial_key TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE bars ADD COLUMN brand_key TEXT NOT NULL DEFAULT ''")
    conn.execute("UPDATE bars SET serial_key = tijori_identity_key(serial), "
                 "brand_key = tijori_identity_key(brand)")
    twins = conn.execute(
        "SELECT group_concat(id || ' ' || brand || ' ' || serial || ' (' || year || ')', "
        "' and ') FROM bars GROUP BY serial_key, brand_key, year HAVING count(*) > 1 LIMIT 3"
    ).fetchall()
    if twins:
        raise LedgerError(
            "This ledger holds bars whose serials differ only by lookalike characters, "
            "so one bar may be counted twice: " + "; ".join(f"holdings {t[0]}" for t in twins)
            + ". Withdraw the wrong record with the Tijori that wrote this ledger, then open "
            "it again.")
    conn.execute("DROP INDEX main.bars_identity")
    for statement in projection_indexes("main", "bars"):
        if "bars_identity" in statement:
            conn.execute(statement)
    # The bar totals, kept by the projection as bars come and go, replace the
    # index that covered summing every bar.
    conn.execute("DROP INDEX main.bars_totals")
    conn.execute(next(s for s in projection_ddl("main") if ".bar_totals (" in s))
    sums: dict[tuple[str, str], list] = {}
    for site, metal, fine_oz in conn.execute("SELECT site, metal, fine_oz FROM bars"):
        entry = sums.setdefault((site, metal), [Decimal(0), 0])
        entry[0] += Decimal(fine_oz)
        entry[1] += 1
    conn.executemany("INSERT INTO bar_totals (site, metal, fine_oz, bars) VALUES (?, ?, ?, ?)",
                     [(site, metal, str(total), count)
                      for (site, metal), (total, count) in sums.items()])


def _v4(conn) -> None:
    """Tanks' calibration tables (event `tank.table`): none in a ledger written before.

    A file that already has the table (made by this version and then marked as
    older, as tests of migrations do) keeps it.
    """
    exists = conn.execute("SELECT 1 FROM main.sqlite_master WHERE type = 'table' "
                          "AND name = 'tank_tables'").fetchone()
    if exists is None:
        conn.execute(_tank_tables_ddl("main"))


MIGRATIONS: list[Callable] = [_v1, _v2, _v3, _v4]
SCHEMA_VERSION = len(MIGRATIONS)
