"""Tank calibration (strapping) tables: from a gauged level to the total observed volume.

A tank is calibrated once (API MPMS Chapter 2, ISO 7507) and its certificate gives a
table of volume against the liquid level measured up from the datum plate (the
innage). A gauger reads that level with a tape or a radar gauge, or reads the
ullage, measured down from the reference gauge point whose height above the datum
plate is the tank's reference height:

    innage (level) = reference height − ullage

and the total observed volume (TOV, MEASUREMENT.md) is read from the table.

Reading the table. Between two rows the volume is interpolated linearly, as API
MPMS Chapter 2 and ISO 7507 tables are read: for a level L between rows (L0, V0)
and (L1, V1), V = V0 + (V1 − V0) · (L − L0) / (L1 − L0), computed with 34
significant digits; a level exactly on a row gives that row's volume. The result
is rounded ROUND_HALF_UP to 0.001 m³ (a table in cubic metres) or 0.01 bbl (a
table in barrels): the step to which the quantity chain rounds TOV on entry
(`petroleum.quantity_chain`), so the interpolated TOV is the TOV the chain uses.
A level below the datum plate or above the last row is refused: a table is never
extrapolated.

The critical zone of a floating-roof tank is the band of levels where the roof
rests on its legs or floats only partly; there the table does not account for the
roof and is unreliable (API MPMS Chapter 2.2A, 3.1A). A level inside it (its
bounds included) is refused unless the caller allows it explicitly.

A table file is CSV text with the header `level_mm,volume_m3` or
`level_mm,volume_bbl`; levels are in millimetres (integers or decimals), strictly
increasing from 0; volumes are non-negative and never decrease. A table is
identified by the SHA-256 of the canonical JSON of its rows and options
(`CalibrationTable.digest`), so a gauging can name exactly the table it used.

Plausibility limits (Tijori's, not a standard's): at most 100,000 rows and
100 m (100,000 mm) of level; they catch a table in micrometres or a file that is
not a table before it becomes a signed record.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from functools import cached_property
from typing import Any

from app.domain.errors import InvalidInput, OutOfRange
from app.domain.messages import msg
from app.domain.text import clean_text
from app.domain.units import BBL, M3, decimal_string, parse_decimal

__all__ = [
    "CalibrationTable",
    "CriticalZone",
    "parse_critical_zone",
    "parse_table",
    "table_from_json",
]

FORMAT = "tijori-calibration-table"
FORMAT_VERSION = 1
LEVEL_COLUMN = "level_mm"
#: The volume column of a table file, and the unit it gives.
VOLUME_COLUMNS = {"volume_m3": M3, "volume_bbl": BBL}
#: The step an interpolated volume is rounded to (ROUND_HALF_UP), by unit.
VOLUME_STEP = {M3: Decimal("0.001"), BBL: Decimal("0.01")}
MAX_ROWS = 100_000
MAX_LEVEL_MM = Decimal(100_000)
#: Significant digits of the interpolation (as `petroleum` computes).
PRECISION = 34
#: Where a table's problems are shown (the CLI's file argument, the GUI's file field).
FIELD = "table"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ZONE = re.compile(r"\s*([^\s\-–]+)\s*[-–]\s*([^\s\-–]+)\s*")


@dataclass(frozen=True)
class CriticalZone:
    """The levels (bounds included) where a floating roof rests or partly floats."""

    low_mm: Decimal
    high_mm: Decimal

    def contains(self, level_mm: Decimal) -> bool:
        return self.low_mm <= level_mm <= self.high_mm

    def __str__(self) -> str:
        return f"{decimal_string(self.low_mm)}–{decimal_string(self.high_mm)} mm"


@dataclass(frozen=True)
class CalibrationTable:
    """A validated calibration table: levels (mm) and volumes (in `unit`), with its options.

    Build one with `parse_table` (from a file) or `table_from_json` (as stored).
    """

    unit: str
    levels: tuple[Decimal, ...]
    volumes: tuple[Decimal, ...]
    certificate: str = ""
    calibrated_on: str = ""
    reference_height_mm: Decimal | None = None
    critical_zone: CriticalZone | None = None

    @property
    def rows(self) -> int:
        return len(self.levels)

    @property
    def top_mm(self) -> Decimal:
        """The level of the last row: the highest level the table can be read at."""
        return self.levels[-1]

    def as_json(self) -> dict[str, Any]:
        """The table as stored and digested: decimal strings as written (places kept),
        options that were not given as null."""
        zone = self.critical_zone
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "unit": self.unit,
            "rows": [[decimal_string(level), decimal_string(volume)]
                     for level, volume in zip(self.levels, self.volumes, strict=True)],
            "certificate": self.certificate or None,
            "calibrated_on": self.calibrated_on or None,
            "reference_height_mm": None if self.reference_height_mm is None
            else decimal_string(self.reference_height_mm),
            "critical_zone_mm": None if zone is None
            else [decimal_string(zone.low_mm), decimal_string(zone.high_mm)],
        }

    @cached_property
    def digest(self) -> str:
        """SHA-256 (hex) of the canonical JSON of `as_json()`."""
        return hashlib.sha256(canonical_json(self.as_json())).hexdigest()

    def describe(self) -> str:
        """One line: rows, levels and volumes covered, and the options given."""
        parts = [f"{self.rows:,} rows, 0 to {decimal_string(self.top_mm)} mm, "
                 f"{decimal_string(self.volumes[0])} to {decimal_string(self.volumes[-1])} "
                 f"{self.unit}"]
        if self.certificate:
            parts.append(f"certificate {self.certificate}")
        if self.calibrated_on:
            parts.append(f"calibrated {self.calibrated_on}")
        if self.reference_height_mm is not None:
            parts.append(f"reference height {decimal_string(self.reference_height_mm)} mm")
        if self.critical_zone is not None:
            parts.append(f"critical zone {self.critical_zone}")
        return "; ".join(parts)

    def volume_at(self, level_mm: object, *, allow_critical: bool = False,
                  field: str = "level_mm") -> Decimal:
        """TOV at `level_mm` by linear interpolation, rounded to the unit's step.

        Raises `OutOfRange` (naming `field`) below 0, above the last row, or inside
        the critical zone unless `allow_critical`.
        """
        level = parse_decimal(level_mm, field)
        shown = decimal_string(level)
        if level < 0:
            raise OutOfRange(msg("level {shown} mm is below the datum plate (0 mm)",
                                 shown=shown), field)
        if level > self.top_mm:
            raise OutOfRange(
                msg("level {shown} mm is above the calibration table, which ends at "
                    "{decimal_string} mm",
                    shown=shown, decimal_string=decimal_string(self.top_mm)), field)
        zone = self.critical_zone
        if zone is not None and zone.contains(level) and not allow_critical:
            raise OutOfRange(
                msg("level {shown} mm is in the critical zone ({zone}), where the floating roof "
                    "rests on its legs or floats partly and the table is unreliable; gauge "
                    "outside it, or allow the critical zone", shown=shown, zone=zone), field)
        index = bisect_left(self.levels, level)
        if self.levels[index] == level:
            volume = self.volumes[index]
        else:
            low, high = self.levels[index - 1], self.levels[index]
            v_low, v_high = self.volumes[index - 1], self.volumes[index]
            with localcontext() as ctx:
                ctx.prec = PRECISION
                volume = v_low + (v_high - v_low) * (level - low) / (high - low)
        return volume.quantize(VOLUME_STEP[self.unit], ROUND_HALF_UP)

    def level_from_ullage(self, ullage_mm: object,
                          reference_height_mm: object = None) -> tuple[Decimal, Decimal]:
        """(innage, reference height used) for an ullage: reference height − ullage.

        The reference height is the one given, else the table's.
        """
        ullage = parse_decimal(ullage_mm, "ullage_mm")
        if ullage < 0:
            raise InvalidInput(msg("ullage {decimal_string} mm is negative",
                                   decimal_string=decimal_string(ullage)), "ullage_mm")
        if reference_height_mm in (None, ""):
            if self.reference_height_mm is None:
                raise InvalidInput(
                    "an ullage needs the tank's reference height: give it (in mm), or store "
                    "a calibration table that states it", "reference_height_mm")
            height = self.reference_height_mm
        else:
            height = reference_height(reference_height_mm)
        if ullage > height:
            raise OutOfRange(
                msg("ullage {decimal_string} mm is more than the reference height "
                    "{decimal_string2} mm",
                    decimal_string=decimal_string(ullage),
                    decimal_string2=decimal_string(height)), "ullage_mm")
        with localcontext() as ctx:
            ctx.prec = PRECISION
            return height - ullage, height


def canonical_json(value: Any) -> bytes:
    """RFC 8785 canonical JSON of a table's JSON (`CalibrationTable.as_json`).

    For what a table holds (objects with ASCII keys, strings of printable text,
    small integers, null) JCS is exactly sorted keys, no white space, UTF-8 and
    JSON's short escapes, which is what `json.dumps` writes with these options;
    `tests/test_strapping.py` checks it against the attestation encoder.
    """
    return json.dumps(value, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


# -- parsing ---------------------------------------------------------------------------------


def parse_table(
    text: str,
    *,
    certificate: str = "",
    calibrated_on: str | date | None = None,
    reference_height_mm: object = None,
    critical_zone_mm: object = None,
) -> CalibrationTable:
    """A calibration table from CSV text (see the module's docstring for the rules).

    Every problem is an `InvalidInput` naming the line and the column (field "table"),
    or the option (field "certificate", "calibrated_on", "reference_height_mm",
    "critical_zone_mm").
    """
    if not isinstance(text, str):
        raise InvalidInput("a calibration table is CSV text", FIELD)
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), strict=True)
    try:
        header = next(reader, None)
        while header is not None and not any(cell.strip() for cell in header):
            header = next(reader, None)
        if header is None:
            raise InvalidInput("the calibration table is empty", FIELD)
        unit, volume_column = _header(header, reader.line_num)
        rows = _csv_rows(reader, volume_column)
        return _table(unit, volume_column, rows, certificate=certificate,
                      calibrated_on=calibrated_on, reference_height_mm=reference_height_mm,
                      critical_zone_mm=critical_zone_mm)
    except csv.Error as exc:
        raise InvalidInput(msg("line {line_num}: not valid CSV ({exc})",
                               line_num=reader.line_num, exc=exc), FIELD) from None


def _header(cells: list[str], line: int) -> tuple[str, str]:
    names = [cell.strip().lower() for cell in cells]
    if len(names) == 2 and names[0] == LEVEL_COLUMN and names[1] in VOLUME_COLUMNS:
        return VOLUME_COLUMNS[names[1]], names[1]
    allowed = " or ".join(f"{LEVEL_COLUMN},{column}" for column in VOLUME_COLUMNS)
    found = ",".join(cell.strip() for cell in cells)[:80]
    raise InvalidInput(msg("line {line}: the header must be {allowed}, not {found!r}",
                           line=line, allowed=allowed, found=found), FIELD)


def _csv_rows(reader: Any, volume_column: str) -> Iterator[tuple[str, object, object]]:
    for cells in reader:
        if not any(cell.strip() for cell in cells):
            continue  # blank lines (a trailing newline, a spreadsheet's empty rows)
        if len(cells) != 2:
            raise InvalidInput(
                msg("line {line_num}: expected 2 values ({LEVEL_COLUMN}, {volume_column}), "
                    "found {count}",
                    line_num=reader.line_num,
                    LEVEL_COLUMN=LEVEL_COLUMN,
                    volume_column=volume_column,
                    count=len(cells)), FIELD)
        yield f"line {reader.line_num}", cells[0], cells[1]


def table_from_json(value: Any) -> CalibrationTable:
    """A table as `CalibrationTable.as_json` wrote it, checked by the same rules."""
    if not isinstance(value, dict) or value.get("format") != FORMAT \
            or value.get("format_version") != FORMAT_VERSION:
        raise InvalidInput(msg("not a {FORMAT} version {FORMAT_VERSION}",
                               FORMAT=FORMAT, FORMAT_VERSION=FORMAT_VERSION), FIELD)
    unit = value.get("unit")
    column = next((c for c, u in VOLUME_COLUMNS.items() if u == unit), None)
    rows = value.get("rows")
    if column is None or not isinstance(rows, list):
        raise InvalidInput(msg("a {FORMAT} needs a unit (m3 or bbl) and rows",
                               FORMAT=FORMAT), FIELD)

    def cells() -> Iterator[tuple[str, object, object]]:
        for number, row in enumerate(rows, start=1):
            if not isinstance(row, list) or len(row) != 2:
                raise InvalidInput(msg("row {number}: expected [level, volume]",
                                       number=number), FIELD)
            yield f"row {number}", row[0], row[1]

    return _table(unit, column, cells(), certificate=value.get("certificate") or "",
                  calibrated_on=value.get("calibrated_on"),
                  reference_height_mm=value.get("reference_height_mm"),
                  critical_zone_mm=value.get("critical_zone_mm"))


def _number(text: object, where: str) -> Decimal:
    raw = text.strip() if isinstance(text, str) else text
    if not isinstance(raw, str) or not raw:
        raise InvalidInput(msg("{where} is empty", where=where), FIELD)
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise InvalidInput(msg("{where}: {raw!r} is not a number",
                               where=where, raw=raw[:40]), FIELD) from None
    if not value.is_finite():
        raise InvalidInput(msg("{where}: {raw!r} is not a finite number",
                               where=where, raw=raw[:40]), FIELD)
    return value


def _table(unit: str, volume_column: str, cells: Iterable[tuple[str, object, object]], *,
           certificate: str, calibrated_on: object, reference_height_mm: object,
           critical_zone_mm: object) -> CalibrationTable:
    levels: list[Decimal] = []
    volumes: list[Decimal] = []
    before = ""
    for where, level_text, volume_text in cells:
        level = _number(level_text, msg("{where}, column {LEVEL_COLUMN}",
                                        where=where, LEVEL_COLUMN=LEVEL_COLUMN))
        volume = _number(volume_text, msg("{where}, column {volume_column}",
                                          where=where, volume_column=volume_column))
        at_level, at_volume = f"{where}, column {LEVEL_COLUMN}", f"{where}, column {volume_column}"
        if not levels and level != 0:
            raise InvalidInput(
                msg("{at_level}: the table must start at level 0 (the datum plate), not "
                    "{decimal_string} mm",
                    at_level=at_level, decimal_string=decimal_string(level)), FIELD)
        if levels and level <= levels[-1]:
            raise InvalidInput(
                msg("{at_level}: {decimal_string} mm is not above the level of {before} "
                    "({decimal_string2} mm); levels must increase strictly",
                    at_level=at_level,
                    decimal_string=decimal_string(level),
                    before=before,
                    decimal_string2=decimal_string(levels[-1])), FIELD)
        if level > MAX_LEVEL_MM:
            raise InvalidInput(
                msg("{at_level}: {decimal_string} mm is more than a tank's {decimal_string2} mm "
                    "(levels are in millimetres)",
                    at_level=at_level,
                    decimal_string=decimal_string(level),
                    decimal_string2=decimal_string(MAX_LEVEL_MM)), FIELD)
        if volume < 0:
            raise InvalidInput(msg("{at_volume}: {decimal_string} is negative",
                                   at_volume=at_volume,
                                   decimal_string=decimal_string(volume)), FIELD)
        if volumes and volume < volumes[-1]:
            raise InvalidInput(
                msg("{at_volume}: {decimal_string} is less than the volume of {before} "
                    "({decimal_string2}); volumes must not decrease as the level rises",
                    at_volume=at_volume,
                    decimal_string=decimal_string(volume),
                    before=before,
                    decimal_string2=decimal_string(volumes[-1])), FIELD)
        if len(levels) == MAX_ROWS:
            raise InvalidInput(msg("{where}: a calibration table has at most {MAX_ROWS:,} rows",
                                   where=where, MAX_ROWS=MAX_ROWS),
                               FIELD)
        levels.append(level)
        volumes.append(volume)
        before = where
    if len(levels) < 2:
        raise InvalidInput("a calibration table needs at least two rows (level 0 and the "
                           "top of the tank)", FIELD)
    zone = parse_critical_zone(critical_zone_mm)
    if zone is not None and zone.high_mm > levels[-1]:
        raise InvalidInput(
            msg("the critical zone {zone} goes above the table, which ends at {decimal_string} "
                "mm", zone=zone, decimal_string=decimal_string(levels[-1])), "critical_zone_mm")
    return CalibrationTable(
        unit=unit, levels=tuple(levels), volumes=tuple(volumes),
        certificate=clean_text(certificate or "", "certificate", 100, required=False),
        calibrated_on=parse_calibration_date(calibrated_on),
        reference_height_mm=None if reference_height_mm in (None, "")
        else reference_height(reference_height_mm),
        critical_zone=zone,
    )


def parse_calibration_date(value: object) -> str:
    """A calibration date as YYYY-MM-DD ("" when not given)."""
    if value in (None, ""):
        return ""
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    try:
        if not _DATE.fullmatch(text):
            raise ValueError
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise InvalidInput(msg("calibration date {text!r} is not a date such as 2026-03-31",
                               text=text[:40]),
                           "calibrated_on") from None


def reference_height(value: object) -> Decimal:
    """A reference height in mm: above 0 and within a tank's height."""
    height = parse_decimal(value, "reference_height_mm")
    if not 0 < height <= MAX_LEVEL_MM:
        raise OutOfRange(
            msg("reference height {decimal_string} mm is not between 0 and {decimal_string2} mm",
                decimal_string=decimal_string(height),
                decimal_string2=decimal_string(MAX_LEVEL_MM)), "reference_height_mm")
    return height


def parse_critical_zone(value: object) -> CriticalZone | None:
    """A critical zone from "LOW-HIGH" (mm; an en dash also separates) or [low, high]."""
    if value in (None, ""):
        return None
    if isinstance(value, list | tuple) and len(value) == 2:
        texts = [str(v) for v in value]
    else:
        match = _ZONE.fullmatch(str(value))
        if match is None:
            raise InvalidInput(
                msg("critical zone {value!r} is not LOW-HIGH in mm, e.g. 300-1800",
                    value=str(value)[:40]),
                "critical_zone_mm")
        texts = [match.group(1), match.group(2)]
    low, high = (parse_decimal(text, "critical_zone_mm") for text in texts)
    if low < 0 or high <= low:
        raise InvalidInput(
            msg("critical zone {decimal_string}–{decimal_string2} mm must run from a level of "
                "at least 0 up to a higher one",
                decimal_string=decimal_string(low),
                decimal_string2=decimal_string(high)), "critical_zone_mm")
    return CriticalZone(low, high)
