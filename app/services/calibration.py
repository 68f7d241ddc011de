"""Tank calibration (strapping) tables: stored in the journal, versioned per tank.

`store_table` records event `tank.table` with version 1, 2, … of a tank's table;
the newest version is the one a new gauging by level reads (`current`). Earlier
versions stay in the ledger, so every gauging names, by version and digest,
exactly the table it was read from. The rules of a table are those of
`app.domain.strapping`.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from app.attest import fileio
from app.domain import strapping
from app.domain.errors import CheckFailed, InvalidInput, NotFound
from app.domain.messages import msg
from app.domain.units import decimal_string
from app.store.ledger import Ledger

#: The largest table file read (a table of 100,000 rows is about 2 MB).
MAX_FILE_BYTES = 8 * 1024 * 1024
EVENT = "tank.table"
ROOFS_WITH_CRITICAL_ZONE = ("floating", "internal-floating")


@dataclass(frozen=True)
class TankTable:
    """One stored version of a tank's calibration table."""

    tank: str
    tank_id: int
    version: int
    table: strapping.CalibrationTable
    recorded_at: str

    @property
    def digest(self) -> str:
        return self.table.digest

    def label(self) -> str:
        """"table v2 (cert. ABC-123)": how messages and the GUI name this table."""
        cert = f" (cert. {self.table.certificate})" if self.table.certificate else ""
        return f"table v{self.version}{cert}"

    def reference(self) -> dict[str, Any]:
        """What a gauging records of the table it read: version, digest, certificate."""
        return {"version": self.version, "digest": self.digest,
                "certificate": self.table.certificate or None}

    def summary(self) -> dict[str, Any]:
        """The table without its rows, as `tijori tank tables --json` prints it."""
        table = self.table
        zone = table.critical_zone
        return {
            "tank": self.tank, "version": self.version, "digest": self.digest,
            "recorded_at": self.recorded_at, "unit": table.unit, "rows": table.rows,
            "top_mm": decimal_string(table.top_mm),
            "top_volume": decimal_string(table.volumes[-1]),
            "certificate": table.certificate or None,
            "calibrated_on": table.calibrated_on or None,
            "reference_height_mm": None if table.reference_height_mm is None
            else decimal_string(table.reference_height_mm),
            "critical_zone_mm": None if zone is None
            else [decimal_string(zone.low_mm), decimal_string(zone.high_mm)],
        }


def read_table_file(path: str | os.PathLike) -> bytes:
    """The bytes of a table file the user named (at most MAX_FILE_BYTES)."""
    data = fileio.read_bounded(path, MAX_FILE_BYTES, "calibration table")
    if data is None:
        raise InvalidInput(msg("cannot read calibration table {path}: No such file",
                               path=path), "table")
    return data


def parse_file(data: bytes, **options: Any) -> strapping.CalibrationTable:
    """A table file's bytes (UTF-8, with or without a BOM) as a checked table.

    `options` are those of `strapping.parse_table` (certificate, calibrated_on,
    reference_height_mm, critical_zone_mm).
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InvalidInput(msg("line {line}: the calibration table is not UTF-8 text", line=line),
                           "table") from None
    return strapping.parse_table(text, **options)


def _tank(ledger: Ledger, code: str) -> tuple[int, str, str]:
    row = ledger.conn.execute("SELECT id, code, roof FROM tanks WHERE code = ?",
                              ((code or "").strip().upper(),)).fetchone()
    if row is None:
        raise NotFound(msg("There is no tank {code!r}; add it with `tijori tank add`.", code=code))
    return row


def store_table(
    ledger: Ledger,
    *,
    tank: str,
    data: bytes,
    source: str = "",
    certificate: str = "",
    calibrated_on: str | date | None = None,
    reference_height_mm: Any = None,
    critical_zone_mm: Any = None,
) -> TankTable:
    """Record the next version of `tank`'s calibration table from a table file's bytes.

    Everything is checked first; a broken rule raises InvalidInput and stores nothing.
    A critical zone is for floating-roof tanks only; a calibration date may not lie
    after today (the ledger's clock, UTC).
    """
    table = parse_file(data, certificate=certificate, calibrated_on=calibrated_on,
                       reference_height_mm=reference_height_mm,
                       critical_zone_mm=critical_zone_mm)
    if table.calibrated_on and table.calibrated_on > ledger.clock().date().isoformat():
        raise InvalidInput(msg("calibration date {calibrated_on} is in the future",
                               calibrated_on=table.calibrated_on),
                           "calibrated_on")
    with ledger.transaction():
        tank_id, code, roof = _tank(ledger, tank)
        if table.critical_zone is not None and roof not in ROOFS_WITH_CRITICAL_ZONE:
            raise InvalidInput(
                msg("tank {code} has a {roof} roof: a critical zone belongs to floating-roof "
                    "tanks only", code=code, roof=roof), "critical_zone_mm")
        last = ledger.conn.execute("SELECT max(version) FROM tank_tables WHERE tank = ?",
                                   (tank_id,)).fetchone()[0] or 0
        ledger.record(EVENT, {
            "id": tank_id, "tank": code, "version": last + 1, "digest": table.digest,
            "table": table.as_json(),
            "source": {"name": Path(source).name if source else "",
                       "sha256": hashlib.sha256(data).hexdigest()},
        })
        stored = current(ledger, code)
    assert stored is not None
    return stored


_SELECT = ("SELECT t.tank, t.code, t.version, t.calibration, t.digest, e.time "
           "FROM tank_tables t JOIN events e ON e.seq = t.seq WHERE t.tank = ?")


def _loaded(row: tuple) -> TankTable:
    tank_id, code, number, text, digest, time = row
    stored = TankTable(tank=code, tank_id=tank_id, version=number,
                       table=strapping.table_from_json(json.loads(text)), recorded_at=time)
    if stored.digest != digest:
        raise CheckFailed(msg("The calibration table v{number} of tank {code} does not match "
                              "its digest: run `tijori journal verify`.", number=number, code=code))
    return stored


def current(ledger: Ledger, tank: str) -> TankTable | None:
    """The newest calibration table of `tank` (its code), or None if it has none."""
    tank_id = _tank(ledger, tank)[0]
    with ledger.guard():
        row = ledger.conn.execute(_SELECT + " ORDER BY t.version DESC LIMIT 1",
                                  (tank_id,)).fetchone()
    return None if row is None else _loaded(row)


def version(ledger: Ledger, tank: str, number: int) -> TankTable:
    """Version `number` of `tank`'s calibration table."""
    tank_id, code, _ = _tank(ledger, tank)
    with ledger.guard():
        row = ledger.conn.execute(_SELECT + " AND t.version = ?", (tank_id, number)).fetchone()
    if row is None:
        raise NotFound(msg("Tank {code} has no calibration table version {number}.",
                           code=code, number=number))
    return _loaded(row)


def versions(ledger: Ledger, tank: str) -> list[TankTable]:
    """Every stored version of `tank`'s calibration table, oldest first."""
    tank_id = _tank(ledger, tank)[0]
    with ledger.guard():
        rows = ledger.conn.execute(_SELECT + " ORDER BY t.version", (tank_id,)).fetchall()
    return [_loaded(row) for row in rows]
