"""Getting data out: the holdings a query shows as CSV or XLSX, and count sheets.

**Which holdings.** An export takes the desktop Holdings page's own query
(`app.services.browsing.Query`: kind, site, search, brand, year, location, and
its sort), and selects with that query's own WHERE and ORDER BY, so "Export…"
writes exactly the rows the page shows, in the page's order.

**One moment.** Everything is read inside one read transaction: the rows, the
totals and the journal event number the file names all come from the same
state of the ledger, even while another window or command records.

**CSV.** Bars are written in the bar-list columns of the import format plus
`site` and `metal` (`serial, brand, year, gross_oz, fineness, fine_oz,
location, site, metal`), so an export re-imports into an empty ledger unchanged
(`tijori import bars FILE.csv`, no options). Lots, tanks and gas are written in
the columns the Holdings page shows. RFC 4180, UTF-8, CRLF, one header row;
every quantity exactly as stored, a decimal string that never passes through a
float; booleans `true`/`false`; an unknown value (a tank never gauged) empty.

**XLSX** (`xlsx_stream`: rows stream into the file, memory stays flat). A sheet
of the holdings (header row frozen, column widths set, an autofilter) and a
sheet of totals: count and quantity per site and metal (commodity, or gas
kind), a total row per metal, and where the figures come from (ledger, journal
event, time, filter). A quantity is a *number* cell, so that a spreadsheet sums
it, whose value in the file is the stored decimal string itself, character for
character (the `<v>` of the cell), shown with exactly its own decimals
(`#,##0.000` for a fine weight of three places). A spreadsheet program reads it
into a binary double, exact to 15 significant digits; a value of more digits
than that (no real quantity has) is written as text, so that no digit is lost
silently. Totals are exact decimal sums made here, not spreadsheet formulas.

**Atomic.** The file is written beside its target under a temporary name and
renamed into place (`app.attest.fileio.write_atomic`), owner-only (0600: it
lists holdings): a cancel, an error or a full disk leaves no file, or the old
one. An existing file is replaced only with `overwrite`.

**Count sheets** (`write_count_sheet`): one site's bars or lots in location
order, for a physical count (`app.reporting.count_sheet`), as PDF or CSV.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.attest.fileio import write_atomic
from app.domain.errors import Cancelled, InvalidInput, NotFound
from app.domain.messages import msg
from app.domain.progress import QUIET, Task
from app.domain.times import format_time
from app.domain.units import BBL, EXACT, M3, MMBTU, OZT, TONNE, decimal_string
from app.services import browsing
from app.services.browsing import Query
from app.services.recording import site_for
from app.services.xlsx_stream import Number, Workbook
from app.store import queries
from app.store.ledger import Ledger

FORMATS = ("csv", "xlsx")
SHEET_FORMATS = ("pdf", "csv")
#: Rows read from the ledger at a time (and between progress reports and cancel checks).
BATCH = 5000
#: Excel keeps 15 significant digits of a number; a longer quantity is written as text.
EXCEL_DIGITS = 15
#: The column of the bar-list import format, plus where and what each bar is.
BAR_COLUMNS = ("serial", "brand", "year", "gross_oz", "fineness", "fine_oz", "location",
               "site", "metal")

TEXT, INTEGER, DECIMAL = 0, 1, 2
_INTEGERS = {"id", "year", "bundles"}
_DECIMALS = {"gross_oz", "fineness", "fine_oz", "gross_t", "net_t", "nsv_m3", "nsv_bbl",
             "energy_mmbtu", "cushion_mmbtu"}
# How a column is selected when it is not stored as it is written.
_EXPRESSIONS = {
    "good_delivery": "CASE good_delivery WHEN 1 THEN 'true' ELSE 'false' END",
    "within_tolerance": "CASE within_tolerance WHEN 1 THEN 'true' ELSE 'false' END",
}
# Spreadsheet column widths, in characters.
_WIDTHS = {
    "serial": 20, "brand": 12, "year": 7, "gross_oz": 12, "fineness": 10, "fine_oz": 12,
    "location": 16, "site": 10, "metal": 9, "id": 10, "warrant": 16, "shape": 12, "grade": 14,
    "bundles": 9, "gross_t": 12, "net_t": 12, "within_tolerance": 16, "flags": 26,
    "code": 12, "commodity": 13, "product": 18, "roof": 10, "gauged_at": 24, "nsv_m3": 15,
    "nsv_bbl": 15, "kind": 9, "measured_at": 24, "energy_mmbtu": 16, "cushion_mmbtu": 16,
}


@dataclass(frozen=True)
class Layout:
    """What an export of one kind of holding writes."""

    columns: tuple[str, ...]
    sheet: str  # the holdings sheet's name
    noun: tuple[str, str]
    group: str  # totals per site and this column
    group_title: str
    quantities: tuple[tuple[str, str, str], ...]  # (column, title, unit) totalled

    def type_of(self, column: str) -> int:
        return DECIMAL if column in _DECIMALS else INTEGER if column in _INTEGERS else TEXT


LAYOUTS = {
    "bar": Layout(BAR_COLUMNS, "Bars", ("bar", "bars"), "metal", "Metal",
                  (("fine_oz", "Fine weight", OZT),)),
    "lot": Layout(browsing.KINDS["lot"].columns, "Lots", ("lot", "lots"), "metal", "Metal",
                  (("net_t", "Net weight", TONNE),)),
    "tank": Layout(browsing.KINDS["tank"].columns, "Tanks", ("tank", "tanks"), "commodity",
                   "Commodity", (("nsv_bbl", "NSV", BBL), ("nsv_m3", "NSV", M3))),
    "gas": Layout(browsing.KINDS["gas"].columns, "Gas", ("inventory", "inventories"), "kind",
                  "Kind", (("energy_mmbtu", "Energy", MMBTU),)),
}


def export_format(out: str | os.PathLike, fmt: str | None,
                  formats: Sequence[str] = FORMATS) -> str:
    """The format asked for, else the one the file name ends with."""
    chosen = (fmt or Path(out).suffix.lstrip(".")).strip().lower()
    if chosen not in formats:
        names = " or ".join(formats)
        raise InvalidInput(msg("cannot tell the format of {out}: give it a .{formats} name, or "
                               "a format ({names})",
                               out=out, formats=' or .'.join(formats), names=names) if not fmt else
                           msg("format {fmt!r} is not {names}", fmt=fmt, names=names), "format")
    return chosen


def _writable(out: Path, overwrite: bool) -> None:
    """Refuse early what `write_atomic` would refuse at the end (it checks again)."""
    if not overwrite and os.path.lexists(out):
        raise InvalidInput(msg("{out} already exists; refusing to overwrite it", out=out), "path")
    if out.is_dir():
        raise InvalidInput(msg("{out} is a folder; name a file to write", out=out), "path")
    if not out.parent.is_dir():
        why = "is not a folder" if out.parent.exists() else "does not exist"
        raise InvalidInput(msg("cannot write {out}: {parent} {why}",
                               out=out, parent=out.parent, why=why), "path")


@contextlib.contextmanager
def _one_moment(ledger: Ledger) -> Iterator[None]:
    """A read transaction: every read inside sees the same state of the ledger."""
    if ledger.in_transaction:
        yield
        return
    if ledger.engine != "sqlcipher":  # a server: one REPEATABLE READ snapshot
        with ledger.consistent():
            yield
        return
    with ledger.guard():
        ledger.conn.execute("BEGIN")
    try:
        yield
    finally:
        ledger.conn.execute("COMMIT")  # it read, it wrote nothing: nothing to keep or undo


def _check(task: Task, out: Path) -> None:
    if task.cancelled():
        raise Cancelled(msg("Cancelled: the export was stopped and {name} was not written.",
                            name=out.name))


def _site_exists(ledger: Ledger, code: str | None) -> None:
    if code and code.strip() and queries.site(ledger, code.strip().upper()) is None:
        raise NotFound(msg("There is no site {code!r}; add it with `tijori site add`.",
                           code=code.strip().upper()))


def describe(query: Query) -> str:
    """The filter of a query in words ("bars at LDN, brand PAMP"), for the file and messages."""
    words = [LAYOUTS[query.kind].noun[1]]
    if query.site:
        words.append(f"at {query.site.strip().upper()}")
    spec = browsing.KINDS[query.kind]
    details = []
    if query.search.strip():
        details.append(f"{spec.search.replace('_key', '')} starting {query.search.strip()!r}")
    if query.brand and "brand" in spec.filters:
        details.append(f"brand {query.brand.strip().upper()}")
    if query.year and "year" in spec.filters:
        details.append(f"year {query.year.strip()}")
    if query.location.strip() and "location" in spec.filters:
        details.append(f"location starting {query.location.strip()!r}")
    return " ".join(words) + (", " + ", ".join(details) if details else "")


def _batches(ledger: Ledger, query: Query, layout: Layout) -> Iterator[list[tuple]]:
    """The query's rows in its order, `BATCH` at a time, in the layout's columns.

    The WHERE and ORDER BY are the Holdings page's own (`browsing`), so the rows are
    the ones it shows."""
    spec = browsing.KINDS[query.kind]
    where, params = browsing.where_clause(query)
    searching = bool(query.search.strip()) and query.sort != spec.search
    columns = ", ".join(_EXPRESSIONS.get(c, c) for c in layout.columns)
    sql = (f"SELECT {columns} FROM {spec.table}" + (f" WHERE {where}" if where else "")
           + f" ORDER BY {browsing.order_clause(query, plain=searching)}")
    with ledger.guard():
        cursor = ledger.conn.execute(sql, params)
        while rows := cursor.fetchmany(BATCH):
            yield rows


def export_holdings(
    ledger: Ledger,
    query: Query,
    out: str | os.PathLike,
    *,
    fmt: str | None = None,
    overwrite: bool = False,
    task: Task = QUIET,
) -> dict[str, Any]:
    """Write the holdings `query` selects to `out` as CSV or XLSX (`fmt`, else from the
    file name). Returns the path, format, kind, number of rows, the journal event number
    and time the export was taken at, and (XLSX) the totals it wrote."""
    out = Path(out)
    fmt = export_format(out, fmt)
    _writable(out, overwrite)
    _site_exists(ledger, query.site)
    _check(task, out)
    layout = LAYOUTS[query.kind]
    with _one_moment(ledger):
        total = browsing.count(ledger, query)
        seq = ledger.head()[0]
        info = {"path": str(out), "format": fmt, "kind": query.kind, "rows": total,
                "filter": describe(query), "journal_seq": seq,
                "as_of": format_time(ledger.clock())}
        batches = _batches(ledger, query, layout)
        if fmt == "csv":
            data = _csv(layout, batches, total, task, out)
        else:
            totals = _Totals(layout)
            info["totals"] = totals.rows
            data = _xlsx(layout, batches, total, task, out, totals, info, ledger)
        with contextlib.closing(batches), contextlib.closing(data):
            write_atomic(out, data, mode=0o600, overwrite=overwrite)
    task.progress(total, total)
    return info


# -- CSV ------------------------------------------------------------------------------------


def _csv(layout: Layout, batches: Iterator[list[tuple]], total: int, task: Task,
         out: Path) -> Iterator[bytes]:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(layout.columns)
    done = 0
    for rows in batches:
        _check(task, out)
        writer.writerows(rows)
        done += len(rows)
        task.progress(done, total)
        yield buffer.getvalue().encode("utf-8")
        buffer.seek(0)
        buffer.truncate()
    _check(task, out)  # a cancel during the last rows: still no file
    yield buffer.getvalue().encode("utf-8")


# -- XLSX -----------------------------------------------------------------------------------


class _Totals:
    """Count and exact sums per site and group (metal, commodity, gas kind)."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.site_at = layout.columns.index("site")
        self.group_at = layout.columns.index(layout.group)
        self.sums_at = [layout.columns.index(c) for c, _, _ in layout.quantities]
        self.groups: dict[tuple[str, str], list] = {}
        self.rows: list[dict[str, Any]] = []

    def add(self, row: tuple) -> None:
        key = (row[self.site_at], row[self.group_at])
        entry = self.groups.get(key)
        if entry is None:
            entry = self.groups[key] = [0] + [Decimal(0)] * len(self.sums_at)
        entry[0] += 1
        for n, at in enumerate(self.sums_at, 1):
            value = row[at]
            if value is not None:
                entry[n] = EXACT.add(entry[n], Decimal(value))

    def finish(self) -> list[tuple[str, str, int, list[Decimal], bool]]:
        """(site, group, count, sums, is a total row) in order: every site of a group, then
        the group's total over all sites. Also fills `rows` (for the result)."""
        lines = []
        per_group: dict[str, list] = {}
        for (site, group), (count, *sums) in sorted(self.groups.items(),
                                                    key=lambda item: (item[0][1], item[0][0])):
            lines.append((site, group, count, sums, False))
            total = per_group.setdefault(group, [0] + [Decimal(0)] * len(sums))
            total[0] += count
            for n, value in enumerate(sums, 1):
                total[n] = EXACT.add(total[n], value)
        out = []
        for group in sorted(per_group):
            out += [line for line in lines if line[1] == group]
            count, *sums = per_group[group]
            out.append(("All sites", group, count, sums, True))
        for site, group, count, sums, whole in out:
            self.rows.append({
                "site": site, self.layout.group: group, "count": count, "total": whole,
                **{f"{c}": decimal_string(s)
                   for (c, _, _), s in zip(self.layout.quantities, sums, strict=True)}})
        return out


def _significant(text: str) -> int:
    return len(text.replace("-", "").replace(".", "").lstrip("0"))


def _decimal(text: str) -> Number | str:
    """A number cell holding the decimal string `text` as it is, with its own decimals
    (text when a spreadsheet cannot hold that many digits)."""
    return Number(text) if _significant(text) <= EXCEL_DIGITS else text


def _xlsx(layout: Layout, batches: Iterator[list[tuple]], total: int, task: Task, out: Path,
          totals: _Totals, info: dict[str, Any], ledger: Ledger) -> Iterator[bytes]:
    columns = layout.columns
    decimals = [n for n, c in enumerate(columns) if layout.type_of(c) == DECIMAL]
    texts = [n for n, c in enumerate(columns) if layout.type_of(c) not in (DECIMAL, INTEGER)]
    with tempfile.TemporaryFile() as temp:  # the zip, before it goes beside its target
        book = Workbook(temp)
        try:
            sheet = book.sheet(layout.sheet, [_WIDTHS.get(name, 14) for name in columns],
                               columns)
            done = 0
            for rows in batches:
                _check(task, out)
                shown = []
                for row in rows:
                    totals.add(row)
                    values: list[Any] = list(row)
                    for n in decimals:
                        if values[n] is not None:
                            values[n] = _decimal(values[n])
                    for n in texts:
                        if values[n] == "":
                            values[n] = None  # an empty cell, not an empty string
                    shown.append(values)
                sheet.rows_of(shown)
                done += len(rows)
                task.progress(done, total)
            sheet.close(auto_filter=bool(done))
            _check(task, out)
            _summary(book, layout, totals, info, ledger)
            book.close()
        except BaseException:
            book.abandon()
            raise
        temp.seek(0)
        while block := temp.read(1 << 20):
            yield block


def _summary(book: Workbook, layout: Layout, totals: _Totals, info: dict[str, Any],
             ledger: Ledger) -> None:
    """The totals sheet: per site and group, a total row per group, and provenance."""
    titles = ["Site", layout.group_title, layout.noun[1].capitalize(),
              *(f"{title} ({unit})" for _, title, unit in layout.quantities)]
    sheet = book.sheet("Totals", (16, 14, 12, *([20] * len(layout.quantities))), titles)
    for site, group, count, sums, whole in totals.finish():
        sheet.row([site, group, count, *(_decimal(decimal_string(value)) for value in sums)],
                  bold=whole)
    sheet.row([])
    for label, value in (("Ledger", ledger.name),
                         ("Ledger id", ledger.meta("ledger_id") or ""),
                         ("Journal event", info["journal_seq"]),
                         ("Taken at (UTC)", info["as_of"]),
                         ("Holdings", info["filter"]), ("Rows", info["rows"])):
        sheet.row([label, value], bold_columns={0})
    sheet.close()


# -- count sheets ---------------------------------------------------------------------------

_SHEET_SQL = {
    "bar": ("SELECT location, serial, brand, metal, CAST(year AS TEXT), fine_oz FROM bars "
            "WHERE site = ? ORDER BY location, brand, serial, id"),
    "lot": ("SELECT location, warrant, brand, metal, net_t FROM lots "
            "WHERE site = ? ORDER BY location, brand, warrant, id"),
}
_SHEET_TABLES = {"bar": "bars", "lot": "lots"}


def _sheet_rows(ledger: Ledger, kind: str, site: str) -> Iterator[tuple]:
    with ledger.guard():
        cursor = ledger.conn.execute(_SHEET_SQL[kind], (site,))
        while rows := cursor.fetchmany(BATCH):
            yield from rows


def write_count_sheet(
    ledger: Ledger,
    site: str,
    out: str | os.PathLike,
    *,
    kind: str = "bar",
    fmt: str | None = None,
    overwrite: bool = False,
    task: Task = QUIET,
) -> dict[str, Any]:
    """Write the count sheet of `site`'s bars (or lots) to `out`, as PDF or CSV (`fmt`,
    else from the file name). Returns the path, format, site, kind, number of rows, and
    the journal event number and time the sheet was taken at."""
    from app.reporting import count_sheet as sheets  # reportlab: only for a sheet

    if kind not in _SHEET_SQL:
        raise InvalidInput(msg("a count sheet is of bars or lots, not {kind!r}", kind=kind), "kind")
    out = Path(out)
    fmt = export_format(out, fmt, SHEET_FORMATS)
    _writable(out, overwrite)
    site_row = site_for(ledger, site, kind)
    code = site_row["code"]
    table = _SHEET_TABLES[kind]
    with _one_moment(ledger), ledger.guard():
        count = ledger.conn.execute(f"SELECT count(*) FROM {table} WHERE site = ?",
                                    (code,)).fetchone()[0]
        metals = tuple(m for (m,) in ledger.conn.execute(
            f"SELECT DISTINCT metal FROM {table} WHERE site = ? ORDER BY metal", (code,)))
        sheet = sheets.Sheet(
            kind=kind, site=code, site_name=site_row["name"], ledger=ledger.name,
            ledger_id=ledger.meta("ledger_id") or "", as_of=format_time(ledger.clock()),
            journal_seq=ledger.head()[0], count=count, metals=metals)
        opened: list[Iterator[tuple]] = []

        def rows() -> Iterator[tuple]:  # the PDF reads them twice: measured, then drawn
            opened.append(_sheet_rows(ledger, kind, code))
            return opened[-1]

        try:
            if fmt == "pdf":
                data, pages = sheets.render_pdf(sheet, rows, task)
                write_atomic(out, data, mode=0o600, overwrite=overwrite)
            else:
                pages = None
                chunks = sheets.render_csv(sheet, rows(), task)
                with contextlib.closing(chunks):
                    write_atomic(out, chunks, mode=0o600, overwrite=overwrite)
        finally:
            for made in opened:
                made.close()
    return {"path": str(out), "format": fmt, "site": code, "kind": kind, "rows": count,
            "pages": pages,
            "journal_seq": sheet.journal_seq, "as_of": sheet.as_of}
