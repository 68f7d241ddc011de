"""Importing an LBMA bar list: all or nothing.

Every row is validated before anything is stored; the bars then go in as one
journal event (`bars.imported`, columnar) in one transaction. A bar already
held, like any bad row, rejects the whole file.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import hashlib
import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlcipher3

from app.attest import canonical
from app.domain.barlist import (
    MAX_LISTED,
    BarList,
    BarListRejected,
    RowError,
    parse_bar_list,
)
from app.domain.errors import InvalidInput
from app.domain.progress import QUIET, Task
from app.services.movement import Movement
from app.services.recording import BAR_METHOD, _site_for
from app.store.ledger import Ledger
from app.store.projection import next_holding_id


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


def _read(path: Path) -> tuple[bytes, str]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror}", "file") from None
    return data, hashlib.sha256(data).hexdigest()


def _decode(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise BarListRejected(
            source, [RowError(line, None, f"is not UTF-8 text (byte {exc.start})")], 1
        ) from None


def validate_bar_list(
    path: str | os.PathLike, metal: str, task: Task = QUIET, *, max_listed: int = MAX_LISTED
) -> tuple[BarList, str]:
    """Parse and check a bar-list file; return the bars and the file's SHA-256."""
    path = Path(path)
    data, digest = _read(path)
    text = _decode(data, path.name)
    del data
    total = max(text.count("\n") - 1, 1)
    with _no_cyclic_gc():
        bars = parse_bar_list(text.splitlines(), metal, source=path.name, total=total,
                              task=task, max_listed=max_listed)
    return bars, digest


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
        raise InvalidInput(f"cannot read {path}: {exc.strerror}", "file") from None
    if not rows:
        return [], []
    return rows[0], rows[1:]


def held_bars(ledger: Ledger, bars: BarList, source: str, *, max_listed: int = MAX_LISTED,
              task: Task = QUIET) -> BarListRejected | None:
    """The rows whose bars (brand, serial, year) the ledger already holds, or None.

    Looked up a few hundred serials at a time through the serial-first identity
    index, so a million-bar list is checked in seconds.
    """
    cols = bars.columns
    serials, brands, years = cols["serial"], cols["brand"], cols["year"]
    errors: list[RowError] = []
    total = 0
    step = 500
    for start in range(0, bars.count, step):
        task.check("the check")
        chunk = serials[start:start + step]
        marks = ",".join("?" * len(chunk))
        held = {(serial, brand, year): holding for serial, brand, year, holding in
                ledger.conn.execute(f"SELECT serial, brand, year, id FROM bars "
                                    f"WHERE serial IN ({marks})", chunk)}
        if not held:
            continue
        for i in range(start, min(start + step, bars.count)):
            holding = held.get((serials[i], brands[i], int(years[i])))
            if holding is None:
                continue
            total += 1
            if len(errors) < max_listed:
                errors.append(RowError(bars.lines[i], "serial", (
                    f"bar {brands[i]} {serials[i]} ({years[i]}) "
                    f"is already held as holding {holding}")))
    return BarListRejected(source, errors, total) if total else None


def check_bar_list(
    ledger: Ledger,
    path: str | os.PathLike,
    *,
    site: str,
    metal: str,
    max_listed: int = MAX_LISTED,
    task: Task = QUIET,
) -> dict[str, Any]:
    """Everything `import_bars` would refuse, found without storing anything.

    Raises `BarListRejected` naming every bad row, every bar listed twice and
    every bar the ledger already holds (up to `max_listed` of them; all are
    counted). Returns what an import would store: count, site, metal, total
    fine weight and the file's SHA-256.
    """
    path = Path(path)
    site_row = _site_for(ledger, site, "bar")
    bars, digest = validate_bar_list(path, metal, task, max_listed=max_listed)
    rejected = held_bars(ledger, bars, path.name, max_listed=max_listed, task=task)
    if rejected is not None:
        raise rejected
    fine = sum((Decimal(v) for v in bars.columns["fine_oz"]), Decimal(0))
    return {"count": bars.count, "site": site_row["code"], "metal": bars.metal,
            "fine_oz": str(fine), "sha256": digest}


def _already_held(ledger: Ledger, bars: BarList, source: str) -> BarListRejected:
    """After a uniqueness failure: name the rows whose bars are already held."""
    cols = bars.columns
    errors: list[RowError] = []
    total = 0
    lookup = "SELECT id FROM bars WHERE brand = ? AND serial = ? AND year = ?"
    for i, line in enumerate(bars.lines):
        row = ledger.conn.execute(
            lookup, (cols["brand"][i], cols["serial"][i], int(cols["year"][i]))
        ).fetchone()
        if row:
            total += 1
            if len(errors) < 50:
                errors.append(RowError(line, "serial", (
                    f"bar {cols['brand'][i]} {cols['serial'][i]} ({cols['year'][i]}) "
                    f"is already held as holding {row[0]}")))
    if not errors:
        errors.append(RowError(0, None, "a bar conflicts with one already held"))
        total = 1
    return BarListRejected(source, errors, total)


def import_bars(
    ledger: Ledger,
    path: str | os.PathLike,
    *,
    site: str,
    metal: str,
    movement: Movement | None = None,
    task: Task = QUIET,
) -> dict[str, Any]:
    """Import a bar list into `site`. Returns the count, id range and file digest."""
    path = Path(path)
    site_row = _site_for(ledger, site, "bar")
    bars, digest = validate_bar_list(path, metal, task)
    task.check("the import")
    with ledger.transaction():
        first = next_holding_id(ledger.conn)
        payload = {
            "site": site_row["code"], "metal": bars.metal, "first_id": first,
            "count": bars.count, "columns": bars.columns, "method": BAR_METHOD,
            "source": {"name": path.name, "sha256": digest},
            "movement": (movement or Movement()).as_json(),
        }
        with _no_cyclic_gc():
            encoded = canonical.dumps(payload)
            task.check("the import")
            try:
                ledger.record("bars.imported", payload, encoded=encoded)
            except sqlcipher3.IntegrityError:
                error = _already_held(ledger, bars, path.name)
                raise error from None
        task.check("the import")
    return {
        "imported": bars.count, "site": site_row["code"], "metal": bars.metal,
        "first_id": first, "last_id": first + bars.count - 1, "sha256": digest,
    }
