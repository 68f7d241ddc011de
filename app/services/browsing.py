"""Browsing the holdings a page at a time, for the desktop's holdings table.

A million bars never cross into Python at once. The table asks for its row
count and a list of *page boundaries* (the sort key of every PAGE-th row), then
fetches any page by keyset: the rows whose sort key is at or after that page's
boundary, PAGE of them. Boundaries come from walking the sort index with
LIMIT/OFFSET where an index serves the sort (id, and the search columns of
lots, tanks and gas), else from one pass that orders the ids into a temporary
table.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from app.domain.errors import InvalidInput
from app.domain.identity import identity_key
from app.domain.messages import msg
from app.domain.progress import QUIET, Task
from app.store import queries
from app.store.ledger import Ledger

PAGE = 200


@dataclass(frozen=True)
class Kind:
    """What the table shows of one kind of holding."""

    table: str
    columns: tuple[str, ...]
    search: str  # the column the search box matches by prefix
    search_key: Callable[[str], str]  # what the typed text becomes to match that column
    sorts: dict[str, tuple[str, ...]]  # sort name -> key columns (id is always last)
    indexed: frozenset[str]  # sorts an index serves, walked with OFFSET
    filters: tuple[str, ...]  # columns offered as exact (or prefix, for location) filters


KINDS: dict[str, Kind] = {
    "bar": Kind(
        "bars",
        ("id", "site", "metal", "brand", "serial", "year", "gross_oz", "fineness", "fine_oz",
         "location", "good_delivery", "flags"),
        # A serial is found through its identity key (the index a bar's identity is
        # unique on), so a search also finds bars whose serials only look alike.
        "serial_key", identity_key,
        {"id": (), "serial": ("serial", "brand", "year"), "brand": ("brand",),
         "year": ("year",), "location": ("location",), "site": ("site",),
         "fine_oz": ("CAST(fine_oz AS REAL)",), "metal": ("metal",)},
        frozenset({"id"}),
        ("brand", "year", "location"),
    ),
    "lot": Kind(
        "lots",
        ("id", "site", "metal", "warrant", "brand", "shape", "grade", "bundles", "gross_t",
         "net_t", "location", "within_tolerance", "flags"),
        "warrant", str.upper,
        {"id": (), "warrant": ("warrant",), "brand": ("brand",), "location": ("location",),
         "site": ("site",), "metal": ("metal",), "net_t": ("CAST(net_t AS REAL)",)},
        frozenset({"id", "warrant"}),
        ("brand", "location"),
    ),
    "tank": Kind(
        "tanks",
        ("id", "site", "code", "commodity", "product", "roof", "gauged_at", "nsv_m3", "nsv_bbl"),
        "code", str,
        {"id": (), "code": ("code",), "site": ("site",), "commodity": ("commodity",),
         "gauged_at": ("coalesce(gauged_at, '')",)},
        frozenset({"id", "code"}),
        (),
    ),
    "gas": Kind(
        "gas",
        ("id", "site", "code", "kind", "measured_at", "energy_mmbtu", "cushion_mmbtu"),
        "code", str,
        {"id": (), "code": ("code",), "site": ("site",), "kind": ("kind",),
         "measured_at": ("measured_at",)},
        frozenset({"id", "code"}),
        (),
    ),
}


@dataclass(frozen=True)
class Query:
    """Which holdings, in which order."""

    kind: str = "bar"
    site: str | None = None
    search: str = ""
    brand: str = ""
    year: str = ""
    location: str = ""
    sort: str = "id"
    descending: bool = False

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise InvalidInput(msg("no holdings of kind {kind!r}", kind=self.kind), "kind")
        if self.sort not in KINDS[self.kind].sorts:
            raise InvalidInput(msg("{kind} holdings cannot be sorted by {sort!r}",
                                   kind=self.kind, sort=self.sort), "sort")
        if self.year and not re.fullmatch(r"\d{4}", self.year.strip()):
            raise InvalidInput(msg("year {year!r} is not a four-digit year",
                                   year=self.year), "year")

    def with_sort(self, sort: str, descending: bool) -> Query:
        return replace(self, sort=sort, descending=descending)


def _prefix_bounds(text: str) -> tuple[str, str]:
    """[low, high) of the strings that start with `text` (an index range)."""
    return text, text[:-1] + chr(ord(text[-1]) + 1)


def where_clause(query: Query) -> tuple[str, list[Any]]:
    """The SQL condition (without WHERE) and parameters of the rows `query` shows:
    the one meaning of the Holdings page's filters, for the table and its exports."""
    spec = KINDS[query.kind]
    terms: list[str] = []
    params: list[Any] = []
    if query.site:
        terms.append("site = ?")
        params.append(query.site.strip().upper())
    search = spec.search_key(query.search.strip()) if query.search.strip() else ""
    if search:
        low, high = _prefix_bounds(search)
        terms.append(f"{spec.search} >= ? AND {spec.search} < ?")
        params += [low, high]
    if query.brand and "brand" in spec.filters:
        terms.append("brand = ?")
        params.append(query.brand.strip().upper())
    if query.year and "year" in spec.filters:
        terms.append("year = ?")
        params.append(int(query.year))
    if query.location.strip() and "location" in spec.filters:
        low, high = _prefix_bounds(query.location.strip())
        terms.append("location >= ? AND location < ?")
        params += [low, high]
    return " AND ".join(terms), params


def _key(query: Query) -> tuple[str, ...]:
    return (*KINDS[query.kind].sorts[query.sort], "id")


def order_clause(query: Query, *, plain: bool = False) -> str:
    """ORDER BY terms (the table's order, for its exports too); `plain` (+column)
    stops SQLite walking an index to sort, so that it filters through the search
    index first and sorts what is left."""
    direction = " DESC" if query.descending else ""
    mark = "+" if plain else ""
    return ", ".join(f"{mark}{column}{direction}" for column in _key(query))


def _keyset(query: Query, inclusive: bool) -> str:
    """The row-value comparison that starts a page at (or after) a boundary key."""
    columns = ", ".join(_key(query))
    marks = ", ".join("?" * len(_key(query)))
    op = ("<" if query.descending else ">") + ("=" if inclusive else "")
    return f"({columns}) {op} ({marks})"


#: What the table totals for each kind: (group column, quantity column, decimal places, unit).
QUANTITY = {
    "bar": ("metal", "fine_oz", 3, "ozt"),
    "lot": ("metal", "net_t", 3, "t"),
    "tank": ("commodity", "nsv_m3", 3, "m3"),
    "gas": ("kind", "energy_mmbtu", 3, "MMBtu"),
}


@dataclass(frozen=True)
class Total:
    """The quantity of the rows a query shows, for one commodity."""

    commodity: str
    count: int
    quantity: Decimal
    unit: str


def totals(ledger: Ledger, query: Query) -> list[Total]:
    """Count and exact quantity of the rows `query` shows, per commodity (the table's
    footer: "2 bars · 800.250 ozt gold")."""
    key, column, places, unit = QUANTITY[query.kind]
    where, params = where_clause(query)
    counts: dict[str, int] = {}
    if query.kind == "bar" and not (query.search.strip() or query.brand or query.year
                                    or query.location.strip()):
        # A whole site, or every bar: the totals the projection keeps, not a million rows.
        sums = queries.bar_sums(ledger, "main", "metal", f" WHERE {where}" if where else "",
                                tuple(params), counts)
        return [Total(name, counts[name], sums[name], unit)
                for name in sorted(counts) if counts[name]]
    sums = queries.exact_sums(ledger, KINDS[query.kind].table, key, column, places,
                              f" WHERE {where}" if where else "", tuple(params), counts)
    return [Total(name, counts[name], sums.get(name, Decimal(0)), unit)
            for name in sorted(counts)]


def count(ledger: Ledger, query: Query) -> int:
    where, params = where_clause(query)
    sql = f"SELECT count(*) FROM {KINDS[query.kind].table}" + (f" WHERE {where}" if where else "")
    with ledger.guard():
        return ledger.conn.execute(sql, params).fetchone()[0]


@dataclass
class View:
    """A query made ready for paging: its row count and how to find each page.

    `starts` holds the sort key of every PAGE-th row (keyset paging over an index).
    Sorts no index serves are materialised once into a temporary table of ids in
    display order (`ordered`); its positions are then the keys.
    """

    query: Query
    count: int
    starts: list[tuple] | None
    ordered: str | None = None

    @property
    def pages(self) -> int:
        return -(-self.count // PAGE)


_views = 0


def open_view(ledger: Ledger, query: Query, task: Task = QUIET) -> View:
    """Count the query's rows and prepare its pages (the slow part, once per query)."""
    global _views
    spec = KINDS[query.kind]
    where, params = where_clause(query)
    total = count(ledger, query)
    searching = bool(query.search.strip()) and query.sort != spec.search
    if query.sort in spec.indexed and not searching:
        return View(query, total, _walk(ledger, query, total, task))
    _views += 1
    if ledger.engine == "postgresql":
        return View(query, total, None, _ordered_on_server(ledger, query, _views))
    name = f"temp.holdings_order_{_views}"
    with ledger.guard():
        for (old,) in ledger.conn.execute(
                "SELECT name FROM temp.sqlite_master WHERE name LIKE 'holdings_order_%'"
        ).fetchall():
            ledger.conn.execute(f"DROP TABLE temp.{old}")
        ledger.conn.execute(
            f"CREATE TABLE {name} AS SELECT id FROM {spec.table}"
            + (f" WHERE {where}" if where else "") + f" ORDER BY {order_clause(query, plain=True)}",
            params)
    return View(query, total, None, name)


def _ordered_on_server(ledger: Ledger, query: Query, number: int) -> str:
    """`open_view`'s table of ids in display order, on a server ledger: a temporary table
    of the session, its positions numbered (`rowid`, as SQLite's table has)."""
    spec = KINDS[query.kind]
    where, params = where_clause(query)
    name = f"holdings_order_{number}"
    with ledger.guard():
        for (old,) in ledger.conn.execute(
                "SELECT relname FROM pg_class WHERE relnamespace = pg_my_temp_schema() "
                "AND relkind = 'r' AND relname LIKE 'holdings_order_%'").fetchall():
            ledger.conn.execute(f"DROP TABLE pg_temp.{old}")
        ledger.conn.execute(
            f"CREATE TEMPORARY TABLE {name} AS SELECT row_number() OVER (ORDER BY "
            f"{order_clause(query)}) AS rowid, id FROM {spec.table}"
            + (f" WHERE {where}" if where else ""), params)
    return name


def _walk(ledger: Ledger, query: Query, total: int, task: Task) -> list[tuple]:
    """The key of rows 0, PAGE, 2·PAGE, …, walking the sort index with OFFSET."""
    spec = KINDS[query.kind]
    where, params = where_clause(query)
    keys = ", ".join(_key(query))
    first_sql = (f"SELECT {keys} FROM {spec.table}" + (f" WHERE {where}" if where else "")
                 + f" ORDER BY {order_clause(query)} LIMIT 1")
    step_sql = (f"SELECT {keys} FROM {spec.table} WHERE {_keyset(query, False)}"
                + (f" AND {where}" if where else "")
                + f" ORDER BY {order_clause(query)} LIMIT 1 OFFSET {PAGE - 1}")
    with ledger.guard():
        row = ledger.conn.execute(first_sql, params).fetchone()
        out: list[tuple] = []
        while row is not None:
            out.append(tuple(row))
            if len(out) % 256 == 0:
                task.progress(len(out) * PAGE, total)
                task.check(msg("sorting the holdings"))
            row = ledger.conn.execute(step_sql, (*row, *params)).fetchone()
    return out


def page(ledger: Ledger, view: View, number: int) -> list[tuple]:
    """The rows of page `number` of a view (PAGE rows, fewer on the last page)."""
    spec = KINDS[view.query.kind]
    if not 0 <= number < view.pages:
        return []
    columns = ", ".join(f"h.{c}" for c in spec.columns)
    if view.ordered is not None:
        sql = (f"SELECT {columns} FROM {view.ordered} o JOIN {spec.table} h ON h.id = o.id "
               f"WHERE o.rowid > ? ORDER BY o.rowid LIMIT {PAGE}")
        args: tuple = (number * PAGE,)
    else:
        where, params = where_clause(view.query)
        sql = (f"SELECT {columns} FROM {spec.table} h WHERE {_keyset(view.query, True)}"
               + (f" AND {where}" if where else "")
               + f" ORDER BY {order_clause(view.query)} LIMIT {PAGE}")
        args = (*view.starts[number], *params)
    with ledger.guard():
        return [tuple(row) for row in ledger.conn.execute(sql, args)]


def distinct(ledger: Ledger, kind: str, column: str) -> list[str]:
    """The values a filter column takes (brands, years), for the filter menus."""
    spec = KINDS[kind]
    if column not in spec.filters:
        raise InvalidInput(msg("{kind} holdings have no filter {column!r}",
                               kind=kind, column=column), "column")
    with ledger.guard():
        rows = ledger.conn.execute(
            f"SELECT DISTINCT {column} FROM {spec.table} ORDER BY {column}").fetchall()
    return [str(value) for (value,) in rows]
