"""The ledger's schema, migrated forward on open through `PRAGMA user_version`.

Migrations are numbered functions; each runs once, in order, inside the
transaction that also bumps `user_version`. The projection tables (sites,
bars, lots, tanks, gas) are a pure function of the journal: `PROJECTION_DDL`
is also what `journal verify` builds in memory to replay the journal into.
"""

from __future__ import annotations

from collections.abc import Callable

APPLICATION = "tijori-ledger"

# Tables that hold the current state, each with its primary key for ordered comparison.
PROJECTION_TABLES: dict[str, str] = {
    "sites": "code",
    "bars": "id",
    "lots": "id",
    "tanks": "id",
    "gas": "id",
    "tokens": "symbol",
    "attestations": "attestation_id",
    "counters": "name",
}


# Secondary indexes of the projection: (name, unique, table, columns). A bar's
# identity (brand, serial, year) is unique through `bars_identity`, whose
# serial-first order also serves a search by serial alone. Large imports
# drop a table's indexes and build them again after the insert, several times
# faster than growing them row by row in random order.
INDEXES = (
    ("bars_identity", True, "bars", "serial, brand, year"),
    ("bars_site", False, "bars", "site, id"),
    # Covers the totals: summing a million fine weights reads this, not the table.
    ("bars_totals", False, "bars", "metal, fine_oz"),
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


def projection_ddl(db: str) -> list[str]:
    """CREATE statements of the projection tables in schema `db` ("main" or "replay")."""
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
            seq INTEGER NOT NULL
        )""",
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
    for statement in projection_ddl("main"):
        conn.execute(statement)


def _v2(conn) -> None:
    """Indexes: a bar held once, holdings by site, search by serial."""
    for statement in projection_indexes("main"):
        conn.execute(statement)


MIGRATIONS: list[Callable] = [_v1, _v2]
SCHEMA_VERSION = len(MIGRATIONS)
