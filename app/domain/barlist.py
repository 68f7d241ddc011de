"""LBMA bar-list CSV: parse and validate every row before anything is stored.

Header (case-insensitive, any order): `serial, brand, year, fineness` and a gross
weight, `gross_oz` or `gross_kg` (both may be given; they must then agree);
optional `fine_oz` (checked against gross × fineness / 1000) and `location`;
optional `site` and `metal`, which say where each bar is held and what it is
(an export of several sites or metals re-imports as one file). Without those
columns, the site and metal chosen for the whole list apply; with them, a
cell left empty takes the one chosen for the list, and a cell that names
another is a bad row.
The result is columnar (one list per field) because that is how the import
event stores a million bars compactly: one `BarList` per site and metal.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from app.domain.errors import InvalidInput
from app.domain.identity import bar_clash, identity_key
from app.domain.messages import joined, msg
from app.domain.metals import (
    BarWeights,
    Metal,
    bar_weights,
    check_fine_oz,
    normalize_brand,
    normalize_serial,
    parse_year,
)
from app.domain.progress import QUIET, Task
from app.domain.text import clean_text

REQUIRED = ("serial", "brand", "year", "fineness")
OPTIONAL = ("gross_oz", "gross_kg", "fine_oz", "location", "site", "metal")
COLUMNS = ("brand", "serial", "year", "gross_oz", "fineness", "fine_oz", "location", "flags")
MAX_LISTED = 50
_intern = sys.intern


@dataclass(frozen=True)
class RowError:
    line: int
    column: str | None
    reason: str

    def __str__(self) -> str:
        if self.column:
            return msg("line {line}, column {column}: {reason}", line=self.line,
                       column=self.column, reason=self.reason)
        return msg("line {line}: {reason}", line=self.line, reason=self.reason)


class BarListRejected(InvalidInput):
    """The whole file is refused: every bad row found, with line and column."""

    def __init__(self, source: str, errors: list[RowError], total_bad: int) -> None:
        self.source = source
        self.errors = errors
        self.total_bad = total_bad
        more = total_bad - len(errors)
        rows = [str(e) for e in errors]
        if more > 0:
            rows.append(msg("… and {more} more", more=more))
        listed = joined(rows, "\n  ")
        super().__init__(
            msg("{source}: rejected, nothing was imported: 1 bad row.\n  {rows}", source=source,
                rows=listed) if total_bad == 1 else
            msg("{source}: rejected, nothing was imported: {count} bad rows.\n  {rows}",
                source=source, count=total_bad, rows=listed),
            errors[0].column if errors else None,
        )

    def __reduce__(self) -> tuple:
        # Rebuilt from what it was made of (it crosses from a worker process).
        return (type(self), (self.source, self.errors, self.total_bad))


@dataclass
class BarList:
    """Validated bars of one metal at one site, one list per column, in file order.

    `site` is "" when neither the file nor the caller named one (a file checked
    on its own, before a site is chosen)."""

    metal: str
    columns: dict[str, list[str]] = field(default_factory=lambda: {c: [] for c in COLUMNS})
    lines: list[int] = field(default_factory=list)
    site: str = ""

    @property
    def count(self) -> int:
        return len(self.lines)


def _header(row: list[str], source: str, *, need_metal: bool, need_site: bool
            ) -> dict[str, int]:
    names = [name.strip().lower().lstrip("\ufeff") for name in row]
    index: dict[str, int] = {}
    problems = []
    for position, name in enumerate(names):
        if name not in REQUIRED and name not in OPTIONAL:
            problems.append(f"unknown column {name!r}" if name else f"empty column {position + 1}")
        elif name in index:
            problems.append(f"column {name!r} appears twice")
        else:
            index[name] = position
    missing = [name for name in REQUIRED if name not in index]
    if missing:
        problems.append("missing column " + ", ".join(missing))
    if "gross_oz" not in index and "gross_kg" not in index:
        problems.append("missing column gross_oz (or gross_kg)")
    if need_metal and "metal" not in index:
        problems.append("missing column metal (no metal was chosen for the whole list)")
    if need_site and "site" not in index:
        problems.append("missing column site (no site was chosen for the whole list)")
    if problems:
        raise BarListRejected(source, [RowError(1, None, "; ".join(problems))], 1)
    return index


def site_code(text: str) -> str:
    """A site code as a bar list writes it: the code, any case, spaces around ignored."""
    return text.strip().upper()


def _chosen(given: str, chosen: str | None, what: str) -> str:
    """A bar's site or metal from its cell (`given`, normalised) and the list's choice."""
    if not given:
        if chosen is None:
            raise InvalidInput(msg("{what} is empty and no {what} was chosen for the whole list",
                                   what=what),
                               what)
        return chosen
    if chosen is not None and given != chosen:
        raise InvalidInput(msg("{what} {given} is not {chosen}, the {what} chosen for the whole "
                               "list (choose none to take each bar's {what} from the file)",
                               what=what, given=given, chosen=chosen), what)
    return given


def _metal_of(text: str) -> Metal | None:
    name = text.strip().lower()
    if not name:
        return None
    try:
        return Metal(name)
    except ValueError:
        choices = " or ".join(m.value for m in Metal)
        raise InvalidInput(msg("metal {text!r} is not {choices}",
                               text=text.strip(), choices=choices), "metal") from None


def parse_bar_list(
    lines: Iterable[str],
    metal: Metal | str | None,
    *,
    site: str | None = None,
    check_site: Callable[[str], str] | None = None,
    need_site: bool = False,
    source: str = "bar list",
    total: int = 0,
    task: Task = QUIET,
    max_listed: int = MAX_LISTED,
) -> list[BarList]:
    """Validate a bar list; raise `BarListRejected` naming every bad row.

    `lines` is the file's text (an open file works); `total` the expected number
    of rows, for progress only. At most `max_listed` bad rows are described (all
    are counted): the CLI prints a screenful, the GUI lists many more. Bars
    listed twice are named with both lines. Returns one `BarList` per site and
    metal, in the order the file first names them.
    """
    groups = list(iter_bar_list(lines, metal, site=site, check_site=check_site,
                                need_site=need_site, source=source, total=total, task=task,
                                max_listed=max_listed, chunk_size=0, find_duplicates=True))
    assert groups  # iter_bar_list raises rather than yield nothing
    return groups


def iter_bar_list(
    lines: Iterable[str],
    metal: Metal | str | None,
    *,
    site: str | None = None,
    check_site: Callable[[str], str] | None = None,
    need_site: bool = False,
    source: str = "bar list",
    total: int = 0,
    task: Task = QUIET,
    max_listed: int = MAX_LISTED,
    chunk_size: int = 25_000,
    find_duplicates: bool = True,
) -> Iterator[BarList]:
    """Validate a bar list as it is read, yielding the good bars `chunk_size` at a time.

    Each chunk holds bars of one site and one metal. `metal` and `site` are the
    ones chosen for the whole list (None: each row's `metal` / `site` cell says,
    and a list without such a column is refused where `metal`, or with
    `need_site` the site, is needed); `check_site(code)` returns a site code from
    the file as the ledger knows it, or raises `InvalidInput` (an unknown site).

    Chunks are yielded only while no bad row has been seen; after the last row,
    any bad row raises `BarListRejected` naming them all, so a caller that stores
    chunks inside one transaction rolls back whole. Every `chunk_size` bars read,
    the bars of every site and metal so far are yielded (so memory holds at most
    `chunk_size` bars however the file mixes them); `chunk_size` 0 yields once at
    the end. Without `find_duplicates`, a bar listed twice is left for the
    ledger's uniqueness index to find: remembering every bar of a million-bar
    list would cost more memory than the rest of the import.
    """
    chosen_metal = Metal(metal) if metal else None
    chosen_site = site_code(site) if site else None
    reader = csv.reader(lines, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise BarListRejected(source, [RowError(1, None, msg("not valid CSV: {exc}",
                                                             exc=exc))], 1) from None
    if header is None:
        raise BarListRejected(source, [RowError(1, None, "the file is empty")], 1)
    index = _header(header, source, need_metal=chosen_metal is None,
                    need_site=need_site and chosen_site is None)
    width = len(header)
    i_serial, i_brand, i_year, i_fineness = (index[n] for n in REQUIRED)
    i_oz, i_kg = index.get("gross_oz"), index.get("gross_kg")
    i_fine, i_loc = index.get("fine_oz"), index.get("location")
    i_site, i_metal = index.get("site"), index.get("metal")
    known_site = check_site or site_code
    if chosen_site is not None and check_site is not None:
        chosen_site = check_site(chosen_site)

    def site_cell(raw: str) -> str:
        code = site_code(raw)
        given = known_site(code) if code else ""
        if not given and not need_site and chosen_site is None:
            return ""
        return _chosen(given, chosen_site, "site")

    def metal_cell(raw: str) -> Metal:
        given = _metal_of(raw)
        found = _chosen(given.value if given else "",
                        chosen_metal.value if chosen_metal else None, "metal")
        return Metal(found)

    # A bar list repeats brands, years, locations, sites, metals and weight/fineness
    # pairs endlessly: each distinct raw value is validated once.
    brands: dict[str, str] = {}
    years: dict[str, str] = {}
    places: dict[str, str] = {}
    site_cells: dict[str, str] = {}
    metal_cells: dict[str, Metal] = {}
    weighed: dict[tuple[str, str, str, Metal], tuple[str, str, str, str, BarWeights]] = {}
    seen: dict[tuple[str, str, str], tuple[int, str, str]] = {}
    brand_keys: dict[str, str] = {}
    errors: list[RowError] = []
    bad = 0
    stored = 0
    row_number = 0
    bar_site = chosen_site or ""
    bar_metal = chosen_metal
    # The bars not yet yielded, per (site, metal), with their columns' appenders.
    groups: dict[tuple[str, Metal | None], tuple[BarList, tuple]] = {}
    current: tuple[str, Metal | None] | None = None
    pending = 0
    flush_at = chunk_size or -1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            bad += 1
            if len(errors) < max_listed:
                errors.append(RowError(reader.line_num, None, msg("not valid CSV: {exc}", exc=exc)))
            break
        row_number += 1
        if not row_number % 20000:
            task.check(msg("the import"))
            task.progress(row_number, total)
        line = reader.line_num
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        try:
            if len(row) != width:
                raise InvalidInput(msg("has {count} fields, the header has {width}",
                                       count=len(row), width=width))
            if i_site is not None:
                raw = row[i_site]
                bar_site = site_cells.get(raw)
                if bar_site is None:
                    bar_site = site_cells[raw] = _intern(site_cell(raw))
            if i_metal is not None:
                raw = row[i_metal]
                bar_metal = metal_cells.get(raw)
                if bar_metal is None:
                    bar_metal = metal_cells[raw] = metal_cell(raw)
            raw = row[i_brand]
            brand = brands.get(raw)
            if brand is None:
                brand = brands[raw] = _intern(normalize_brand(raw))
            serial = normalize_serial(row[i_serial])
            raw = row[i_year]
            year = years.get(raw)
            if year is None:
                year = years[raw] = _intern(str(parse_year(raw)))
            key = (row[i_oz] if i_oz is not None else "",
                   row[i_kg] if i_kg is not None else "", row[i_fineness], bar_metal)
            known = weighed.get(key)
            if known is None:
                weights = _weights(bar_metal, key[0].strip(), key[1].strip(), key[2])
                known = weighed[key] = (
                    _intern(str(weights.gross_oz)), _intern(str(weights.fineness)),
                    str(weights.fine_oz), _intern(",".join(weights.flags)), weights,
                )
            if i_fine is not None:
                given = row[i_fine].strip()
                if given and given != known[2]:
                    check_fine_oz(known[4], given)
            if find_duplicates:
                brand_key = brand_keys.get(brand)
                if brand_key is None:
                    brand_key = brand_keys[brand] = identity_key(brand)
                first = seen.setdefault((identity_key(serial), brand_key, year),
                                        (line, brand, serial))
                if first[0] != line:
                    raise InvalidInput(bar_clash(
                        (brand, serial, year), (first[1], first[2], year),
                        msg("already listed on line {line}", line=first[0])), "serial")
            if i_loc is not None:
                raw = row[i_loc]
                place = places.get(raw)
                if place is None:
                    place = places[raw] = clean_text(raw, "location", 100, required=False)
            else:
                place = ""
        except InvalidInput as exc:
            bad += 1
            if len(errors) < max_listed:
                errors.append(RowError(line, exc.field, exc.message))
            continue
        if bad:
            continue
        if current is None or bar_site != current[0] or bar_metal is not current[1]:
            current = (bar_site, bar_metal)
            group = groups.get(current)
            if group is None:
                bars = BarList(bar_metal.value, site=bar_site)
                group = groups[current] = (bars, _appenders(bars))
            (add_brand, add_serial, add_year, add_gross, add_fineness, add_fine, add_place,
             add_flags, add_line) = group[1]
        add_brand(brand)
        add_serial(serial)
        add_year(year)
        add_gross(known[0])
        add_fineness(known[1])
        add_fine(known[2])
        add_place(place)
        add_flags(known[3])
        add_line(line)
        stored += 1
        pending += 1
        if pending == flush_at:
            yield from (bars for bars, _ in groups.values() if bars.count)
            groups, current, pending = {}, None, 0
    if bad:
        raise BarListRejected(source, errors, bad)
    if not stored:
        raise BarListRejected(source, [RowError(2, None, "the file lists no bars")], 1)
    task.progress(row_number, max(total, row_number))
    yield from (bars for bars, _ in groups.values() if bars.count)


def _appenders(bars: BarList) -> tuple:
    """The `append` of each column of `bars`, in the order the parser fills them."""
    cols = bars.columns
    return (*(cols[name].append for name in (
        "brand", "serial", "year", "gross_oz", "fineness", "fine_oz", "location", "flags")),
        bars.lines.append)


def _weights(metal: Metal, gross_oz: str, gross_kg: str, fineness: str) -> BarWeights:
    if gross_oz and gross_kg:
        from_kg = bar_weights(metal, gross_kg=gross_kg, fineness=fineness)
        stated = bar_weights(metal, gross_oz=gross_oz, fineness=fineness)
        if from_kg.gross_oz != stated.gross_oz:
            raise InvalidInput(
                msg("gross_oz {gross_oz} disagrees with gross_kg {gross_kg} (= {gross_oz2} ozt)",
                    gross_oz=gross_oz, gross_kg=gross_kg, gross_oz2=from_kg.gross_oz),
                "gross_oz",
            )
        return stated
    if gross_kg:
        return bar_weights(metal, gross_kg=gross_kg, fineness=fineness)
    if not gross_oz:
        raise InvalidInput("gross_oz is empty", "gross_oz")
    return bar_weights(metal, gross_oz=gross_oz, fineness=fineness)
