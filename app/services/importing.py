"""Importing an LBMA bar list: all or nothing.

The file is read as a stream: its rows are validated as they come and the good
bars go into the journal in parts of `PART_BARS` (`bars.imported` events,
columnar, numbered by `part`, each of one site and one metal), all inside one
transaction that is committed only once every row has passed. The site and
metal are chosen for the whole file, or given on each row (the `site` and
`metal` columns: an export of several sites re-imports as one file). A bad
row, like a bar already held or listed twice, rolls the whole file back.
Memory stays flat whatever the file's size: no part of the file is held
longer than its part takes to record.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import gc
import hashlib
import os
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

import msgspec
import sqlcipher3

from app.attest import canonical
from app.domain.barlist import (
    MAX_LISTED,
    BarList,
    BarListRejected,
    RowError,
    iter_bar_list,
    parse_bar_list,
    site_code,
)
from app.domain.errors import InvalidInput
from app.domain.identity import bar_clash, identity_key
from app.domain.messages import msg
from app.domain.progress import QUIET, Task
from app.domain.units import decimal_string
from app.services.movement import Movement
from app.services.parallel import run_ahead
from app.services.recording import BAR_METHOD, SITE_KINDS, site_for
from app.store import queries
from app.store.ledger import Ledger
from app.store.projection import BULK_ROWS, indexes_rebuilt, next_holding_id

#: Bars per `bars.imported` event: a part is a few megabytes of JSON.
PART_BARS = 25_000


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cycle collector while a million small objects are made.

    They hold no cycles; left on, the collector rescans them all again and again.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _scan(path: Path) -> tuple[str, int]:
    """The file's SHA-256 and its number of lines, read once in blocks.

    Also refuses, naming the line, a file that is not UTF-8, so that the pass
    that parses it can decode as it goes.
    """
    digest = hashlib.sha256()
    decoder = codecs.getincrementaldecoder("utf-8")()
    lines = 0
    try:
        with path.open("rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
                try:
                    decoder.decode(block)
                except UnicodeDecodeError as exc:
                    line = lines + block.count(b"\n", 0, max(exc.start, 0)) + 1
                    raise BarListRejected(path.name, [RowError(
                        line, None, msg("is not UTF-8 text (byte {start})",
                                        start=exc.start))], 1) from None
                lines += block.count(b"\n")
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise BarListRejected(path.name, [RowError(
            lines + 1, None, "is not UTF-8 text (the file ends inside a character)")], 1) from None
    except OSError as exc:
        raise InvalidInput(msg("cannot read {path}: {strerror}",
                               path=path, strerror=exc.strerror), "file") from None
    return digest.hexdigest(), lines


def _text(path: Path) -> TextIO:
    try:
        return path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InvalidInput(msg("cannot read {path}: {strerror}",
                               path=path, strerror=exc.strerror), "file") from None


def bar_sites(ledger: Ledger) -> Callable[[str], str]:
    """What checks a bar list's `site` cells: a code of one of the ledger's vaults or
    warehouses comes back as the ledger writes it; any other is an `InvalidInput`.

    The ledger's sites are read once, here: the check runs where the file is read,
    which may be another process (`app.services.parallel`)."""
    kinds = {site["code"]: site["kind"] for site in queries.sites(ledger)}
    allowed = {kind.value for kind in SITE_KINDS["bar"]}
    names = " or ".join(sorted(allowed))

    def check(code: str) -> str:
        code = site_code(code)
        kind = kinds.get(code)
        if kind is None:
            raise InvalidInput(msg("there is no site {code!r}; add it with `tijori site add`",
                                   code=code),
                               "site")
        if kind not in allowed:
            raise InvalidInput(msg("site {code} is a {kind}; bars belong in a {names}",
                                   code=code, kind=kind, names=names), "site")
        return code

    return check


def validate_bar_list(
    path: str | os.PathLike, metal: str | None, task: Task = QUIET, *,
    max_listed: int = MAX_LISTED, site: str | None = None,
    check_site: Callable[[str], str] | None = None, need_site: bool = False,
) -> tuple[list[BarList], str]:
    """Parse and check a whole bar-list file; return its bars, one `BarList` per site and
    metal, and the file's SHA-256."""
    path = Path(path)
    digest, lines = _scan(path)
    with _text(path) as handle, _no_cyclic_gc():
        groups = parse_bar_list(handle, metal, site=site, check_site=check_site,
                                need_site=need_site, source=path.name,
                                total=max(lines - 1, 1), task=task, max_listed=max_listed)
    return groups, digest


def preview_bar_list(path: str | os.PathLike, limit: int = 20) -> tuple[list[str], list[list[str]]]:
    """The header and the first `limit` rows of a CSV file as written, unchecked.

    For showing a file before it is checked: a line that is not valid CSV ends
    the preview rather than failing it (the check names it).
    """
    path = Path(path)
    rows: list[list[str]] = []
    try:
        with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
            reader = csv.reader(handle, strict=True)
            try:
                for row in reader:
                    rows.append(row)
                    if len(rows) > limit:
                        break
            except csv.Error:
                pass
    except OSError as exc:
        raise InvalidInput(msg("cannot read {path}: {strerror}",
                               path=path, strerror=exc.strerror), "file") from None
    if not rows:
        return [], []
    return rows[0], rows[1:]


def held_bars(ledger: Ledger, bars: BarList, source: str, *, max_listed: int = MAX_LISTED,
              task: Task = QUIET) -> BarListRejected | None:
    """The rows whose bars the ledger already holds, or holds a lookalike of, or None.

    Looked up a few hundred serials at a time through the identity index (serial
    key first), so a million-bar list is checked in seconds.
    """
    cols = bars.columns
    serials, brands, years = cols["serial"], cols["brand"], cols["year"]
    brand_keys = {brand: identity_key(brand) for brand in set(brands)}
    errors: list[RowError] = []
    total = 0
    step = 500
    for start in range(0, bars.count, step):
        task.check(msg("the check"))
        keys = [identity_key(serial) for serial in serials[start:start + step]]
        marks = ",".join("?" * len(keys))
        held = {(serial_key, brand_key, year): (holding, brand, serial, year)
                for serial_key, brand_key, year, holding, brand, serial in ledger.conn.execute(
                    "SELECT serial_key, brand_key, year, id, brand, serial FROM bars "
                    f"WHERE serial_key IN ({marks})", keys)}
        if not held:
            continue
        for offset, key in enumerate(keys):
            i = start + offset
            found = held.get((key, brand_keys[brands[i]], int(years[i])))
            if found is None:
                continue
            total += 1
            if len(errors) < max_listed:
                errors.append(RowError(bars.lines[i], "serial", bar_clash(
                    (brands[i], serials[i], years[i]), found[1:],
                    msg("already held as holding {id}", id=found[0]))))
    return BarListRejected(source, errors, total) if total else None


def _held_in(ledger: Ledger, groups: list[BarList], source: str, *,
             max_listed: int = MAX_LISTED, task: Task = QUIET) -> BarListRejected | None:
    """`held_bars` over every site and metal of a list, as one refusal in line order."""
    errors: list[RowError] = []
    total = 0
    for bars in groups:
        rejected = held_bars(ledger, bars, source, max_listed=max_listed, task=task)
        if rejected is not None:
            errors += rejected.errors
            total += rejected.total_bad
    if not total:
        return None
    errors.sort(key=lambda error: error.line)
    return BarListRejected(source, errors[:max_listed], total)


def _named(values: list[str]) -> str:
    """One site or metal, or several ("gold, silver"), as a result names them."""
    return ", ".join(dict.fromkeys(values))


def _choices(ledger: Ledger, site: str | None) -> tuple[str | None, Callable[[str], str]]:
    """The site chosen for a whole list (checked, as the ledger writes it) and the check
    of each row's site."""
    chosen = site_for(ledger, site, "bar")["code"] if site else None
    return chosen, bar_sites(ledger)


def check_bar_list(
    ledger: Ledger,
    path: str | os.PathLike,
    *,
    site: str | None = None,
    metal: str | None = None,
    max_listed: int = MAX_LISTED,
    task: Task = QUIET,
) -> dict[str, Any]:
    """Everything `import_bars` would refuse, found without storing anything.

    Raises `BarListRejected` naming every bad row, every bar listed twice and
    every bar the ledger already holds (up to `max_listed` of them; all are
    counted). Returns what an import would store: count, site, metal, total
    fine weight and the file's SHA-256, and per site and metal (`groups`) the
    count and fine weight (`site` and `metal` name several, comma-separated,
    when the file's rows do).
    """
    path = Path(path)
    chosen, check_site = _choices(ledger, site)
    groups, digest = validate_bar_list(path, metal, task, max_listed=max_listed, site=chosen,
                                       check_site=check_site, need_site=True)
    rejected = _held_in(ledger, groups, path.name, max_listed=max_listed, task=task)
    if rejected is not None:
        raise rejected
    per_group: dict[tuple[str, str], list[Any]] = {}
    for bars in groups:
        entry = per_group.setdefault((bars.site, bars.metal), [0, Decimal(0)])
        entry[0] += bars.count
        entry[1] += sum(map(Decimal, bars.columns["fine_oz"]), Decimal(0))
    fine = sum((entry[1] for entry in per_group.values()), Decimal(0))
    return {"count": sum(bars.count for bars in groups),
            "site": _named([bars.site for bars in groups]),
            "metal": _named([bars.metal for bars in groups]),
            "fine_oz": decimal_string(fine), "sha256": digest,
            "groups": [{"site": s, "metal": m, "count": n, "fine_oz": decimal_string(f)}
                       for (s, m), (n, f) in per_group.items()]}


def _duplicates(ledger: Ledger, path: Path, metal: str | None, site: str | None,
                check_site: Callable[[str], str], task: Task) -> BarListRejected:
    """After a uniqueness failure (and the rollback): name the bars listed twice or held."""
    try:
        groups, _ = validate_bar_list(path, metal, task, site=site, check_site=check_site,
                                      need_site=True)
    except BarListRejected as rejected:
        return rejected
    rejected = _held_in(ledger, groups, path.name, task=task)
    if rejected is not None:
        return rejected
    return BarListRejected(path.name, [RowError(0, None, "a bar conflicts with one already held")],
                           1)


def import_bars(
    ledger: Ledger,
    path: str | os.PathLike,
    *,
    site: str | None = None,
    metal: str | None = None,
    movement: Movement | None = None,
    task: Task = QUIET,
) -> dict[str, Any]:
    """Import a bar list into `site` (None: each row's `site` cell says; likewise
    `metal`). Returns the count, id range, file digest and, per site and metal
    (`groups`), the bars imported; `site` and `metal` name several, comma-separated,
    when the file's rows do.

    Reading and checking the file, and encoding its parts, run ahead in a second
    process where this one may fork (`app.services.parallel`), while this one
    records the parts: each half takes about as long as the other.
    """
    path = Path(path)
    chosen, check_site = _choices(ledger, site)
    digest, lines = _scan(path)
    task.check(msg("the import"))
    common = {
        "method": BAR_METHOD,
        "source": {"name": path.name, "sha256": digest},
        "movement": (movement or Movement()).as_json(),
    }
    groups: dict[tuple[str, str], int] = {}
    try:
        with ledger.transaction():
            first = next_id = next_holding_id(ledger.conn)
            bulk = (indexes_rebuilt(ledger.conn, "main", "bars") if lines > BULK_ROWS
                    else contextlib.nullcontext())
            with bulk:
                parts = run_ahead(lambda: _encoded_parts(
                    path, metal, chosen, check_site, common, first, lines, task))
                for encoded in parts:
                    payload = msgspec.json.decode(encoded)
                    ledger.record("bars.imported", payload, encoded=encoded)
                    next_id += payload["count"]
                    group = (payload["site"], payload["metal"])
                    groups[group] = groups.get(group, 0) + payload["count"]
                    task.check(msg("the import"))
    except sqlcipher3.IntegrityError:
        raise _duplicates(ledger, path, metal, chosen, check_site, task) from None
    return {
        "imported": next_id - first, "site": _named([s for s, _ in groups]),
        "metal": _named([m for _, m in groups]),
        "first_id": first, "last_id": next_id - 1, "sha256": digest,
        "groups": [{"site": s, "metal": m, "count": n} for (s, m), n in groups.items()],
    }


def _encoded_parts(path: Path, metal: str | None, site: str | None,
                   check_site: Callable[[str], str], common: dict[str, Any], first: int,
                   lines: int, task: Task) -> Iterator[bytes]:
    """The import's `bars.imported` payloads, in canonical JSON, as the file is read."""
    next_id = first
    with _text(path) as handle, _no_cyclic_gc():
        parts = iter_bar_list(handle, metal, site=site, check_site=check_site, need_site=True,
                              source=path.name, total=max(lines - 1, 1), task=task,
                              chunk_size=PART_BARS, find_duplicates=False)
        for number, part in enumerate(parts, 1):
            yield canonical.dumps({
                **common, "site": part.site, "metal": part.metal, "first_id": next_id,
                "count": part.count, "columns": part.columns, "part": number,
            })
            next_id += part.count
