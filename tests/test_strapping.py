"""Calibration (strapping) tables: parsing, refusals naming line and column, linear
interpolation, ullage, critical zone and the table's digest (app.domain.strapping)."""

from __future__ import annotations

import hashlib
from decimal import Decimal

import pytest

from app.attest import canonical
from app.domain import strapping
from app.domain.errors import InvalidInput, OutOfRange

TABLE = """level_mm,volume_m3
0,0.000
1000,100.000
2000,210.500
3000,321.000
20000,2200.000
"""


def table(text: str = TABLE, **options) -> strapping.CalibrationTable:
    return strapping.parse_table(text, **options)


def refusal(text: str, **options) -> str:
    with pytest.raises(InvalidInput) as caught:
        strapping.parse_table(text, **options)
    return str(caught.value)


# -- reading a level ----------------------------------------------------------------------------


@pytest.mark.parametrize(("level", "volume"), [
    ("0", "0.000"), ("1000", "100.000"), ("2000", "210.500"), ("20000", "2200.000"),
])
def test_a_level_on_a_row_gives_that_rows_volume(level, volume):
    assert table().volume_at(level) == Decimal(volume)
    assert str(table().volume_at(level)) == volume


@pytest.mark.parametrize(("level", "volume"), [
    ("500", "50.000"),        # midpoint of the first span
    ("1500", "155.250"),      # 100 + 110.5 × 0.5
    ("11500", "1260.500"),    # 321 + 1879 × 8500 / 17000
    ("1001", "100.111"),      # 100.1105: half up, not to even (100.110)
    ("2999.5", "320.945"),    # 210.5 + 110.5 × 0.9995 = 320.94475
    ("0.4", "0.040"),
])
def test_between_rows_the_volume_is_interpolated_linearly_and_rounded_half_up(level, volume):
    assert str(table().volume_at(level)) == volume


def test_a_table_in_barrels_rounds_to_a_hundredth():
    bbl = table("level_mm,volume_bbl\n0,0\n3,1\n")
    assert bbl.unit == "bbl"
    assert [str(bbl.volume_at(n)) for n in ("1", "2", "3")] == ["0.33", "0.67", "1.00"]


def test_a_level_outside_the_table_is_refused():
    with pytest.raises(OutOfRange, match=r"above the calibration table, which ends at 20000 mm"):
        table().volume_at("20000.1")
    with pytest.raises(OutOfRange, match="below the datum plate"):
        table().volume_at("-1")
    with pytest.raises(InvalidInput, match="not a number"):
        table().volume_at("12 m")


def test_the_critical_zone_is_refused_bounds_included_unless_allowed():
    zoned = table(critical_zone_mm="900-1900")
    for level in ("900", "1500", "1900"):
        with pytest.raises(OutOfRange, match=r"critical zone \(900–1900 mm\)") as caught:
            zoned.volume_at(level)
        assert caught.value.field == "level_mm"
    assert str(zoned.volume_at("1500", allow_critical=True)) == "155.250"
    assert str(zoned.volume_at("1901")) == "199.561"  # 100 + 110.5 × 0.901 = 199.5605
    assert str(zoned.volume_at("899")) == "89.900"


def test_an_ullage_gives_the_level_below_the_reference_height():
    given = table(reference_height_mm="20500")
    level, height = given.level_from_ullage("9000")
    assert (level, height) == (Decimal("11500"), Decimal("20500"))
    assert str(given.volume_at(level)) == "1260.500"
    assert given.level_from_ullage("500", "21000") == (Decimal("20500"), Decimal("21000"))
    with pytest.raises(OutOfRange, match="more than the reference height 20500 mm"):
        given.level_from_ullage("20501")
    with pytest.raises(InvalidInput, match="reference height") as caught:
        table().level_from_ullage("100")
    assert caught.value.field == "reference_height_mm"


# -- refusals, each naming where ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "words"), [
    ("level_mm,volume_m3\n0,0\n1000,100\n1000,200\n",
     "line 4, column level_mm: 1000 mm is not above the level of line 3 (1000 mm)"),
    ("level_mm,volume_m3\n0,0\n1000,100\n900,200\n",
     "line 4, column level_mm: 900 mm is not above the level of line 3"),
    ("level_mm,volume_m3\n10,0\n1000,100\n",
     "line 2, column level_mm: the table must start at level 0"),
    ("level_mm,volume_m3\n0,0\n1000,100\n2000,99.999\n",
     "line 4, column volume_m3: 99.999 is less than the volume of line 3 (100)"),
    ("level_mm,volume_m3\n0,-1\n1000,100\n", "line 2, column volume_m3: -1 is negative"),
    ("level_mm,volume_m3\n0,0\n1000,abc\n", "line 3, column volume_m3: 'abc' is not a number"),
    ("level_mm,volume_m3\n0,0\n1000\n", "line 3: expected 2 values"),
    ("level_mm,volume_m3\n0,0\n\n1000, \n", "line 4, column volume_m3 is empty"),
    ("level,volume\n0,0\n1000,100\n", "line 1: the header must be level_mm,volume_m3 or "
                                      "level_mm,volume_bbl, not 'level,volume'"),
    ("level_mm,volume_m3\n0,0\n", "at least two rows"),
    ("", "empty"),
    ("level_mm,volume_m3\n0,0\n200000,100\n", "more than a tank's 100000 mm"),
])
def test_a_bad_table_is_refused_naming_line_and_column(text, words):
    assert words in refusal(text)


def test_options_are_checked():
    assert "not LOW-HIGH" in refusal(TABLE, critical_zone_mm="900")
    assert "must run from" in refusal(TABLE, critical_zone_mm="1900-900")
    assert "goes above the table" in refusal(TABLE, critical_zone_mm="900-20001")
    assert "not a date" in refusal(TABLE, calibrated_on="31/03/2026")
    assert "not a date" in refusal(TABLE, calibrated_on="2026-02-30")
    assert "reference height 0 mm" in refusal(TABLE, reference_height_mm="0")
    assert "control character" in refusal(TABLE, certificate="CAL\u202e1")
    options = table(certificate=" CAL-1 ", calibrated_on="2026-03-31",
                    reference_height_mm="20500", critical_zone_mm="900 – 1900")
    assert options.certificate == "CAL-1" and options.calibrated_on == "2026-03-31"
    assert options.critical_zone == strapping.CriticalZone(Decimal(900), Decimal(1900))


def test_decimal_levels_quoted_cells_bom_and_crlf_are_read():
    text = '\ufefflevel_mm, Volume_M3\r\n0,0\r\n"0.5","1.25"\r\n1.5,3\r\n\r\n'
    read = table(text)
    assert read.levels == (Decimal(0), Decimal("0.5"), Decimal("1.5"))
    assert str(read.volume_at("1")) == "2.125"


# -- the digest ------------------------------------------------------------------------------


def test_the_digest_is_the_sha256_of_the_canonical_json_of_rows_and_options():
    read = table(certificate="CAL-ü", critical_zone_mm="900-1900")
    body = read.as_json()
    assert strapping.canonical_json(body) == canonical.dumps(body)  # RFC 8785, as attested
    assert read.digest == hashlib.sha256(canonical.dumps(body)).hexdigest()
    assert body["rows"][2] == ["2000", "210.500"]
    assert body["critical_zone_mm"] == ["900", "1900"] and body["reference_height_mm"] is None


def test_the_digest_follows_content_not_layout():
    plain = table()
    assert table(TABLE.replace("\n", "\r\n").replace(",", " , ")).digest == plain.digest
    assert table(TABLE.replace("210.500", "210.501")).digest != plain.digest
    assert table(TABLE.replace("210.500", "210.5")).digest != plain.digest  # places kept
    assert table(certificate="X").digest != plain.digest
    assert table(reference_height_mm="20500").digest != plain.digest


def test_a_stored_table_reads_back_the_same():
    read = table(certificate="CAL-1", calibrated_on="2026-03-31", reference_height_mm="20500",
                 critical_zone_mm="900-1900")
    again = strapping.table_from_json(read.as_json())
    assert again == read and again.digest == read.digest
    broken = read.as_json()
    broken["rows"][3] = ["1500", "300"]
    with pytest.raises(InvalidInput, match="row 4, column level_mm: 1500 mm is not above"):
        strapping.table_from_json(broken)
