"""The streaming XLSX writer (app/services/xlsx_stream.py): every part well-formed XML, and
what a spreadsheet reads back (here openpyxl) is what was written: text as text, numbers
as their exact decimal strings with their own decimals, bold, frozen header, widths,
auto filter."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from decimal import Decimal

from openpyxl import load_workbook

from app.services.xlsx_stream import Number, Workbook, column_letter, escaped


def written(tmp_path, rows, totals=()):
    path = tmp_path / "book.xlsx"
    with path.open("wb") as file:
        book = Workbook(file)
        sheet = book.sheet("Bars & more", [20, 12, 14, 30], ["serial", "year", "fine", "note"])
        sheet.rows_of(rows)
        sheet.close(auto_filter=True)
        summary = book.sheet("Totals", [16, 20], ["Site", "Fine"])
        for row, bold in totals:
            summary.row(row, bold=bold)
        summary.row(["Ledger", "x.tijori"], bold_columns={0})
        summary.close()
        book.close()
    return path


def test_every_part_is_well_formed_xml(tmp_path):
    path = written(tmp_path, [["A1", 2020, Number("400.085"), "<&> \"quoted\""]])
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        assert {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/styles.xml",
                "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml",
                "xl/worksheets/sheet2.xml"} <= set(names)
        for name in names:
            ET.fromstring(archive.read(name))  # raises on malformed XML


def test_what_is_written_reads_back(tmp_path):
    rows = [["=HYPERLINK(1)", 1999, Number("400.080"), "  two spaces"],
            ["B-2", 2024, Number("12.5"), None],
            ["C\x07bell", 2001, Number("1234567.125"), "ünïcode ✓"]]
    path = written(tmp_path, rows, [(["LDN", Number("10.5")], False),
                                    (["All sites", Number("10.5")], True)])
    book = load_workbook(path)
    assert book.sheetnames == ["Bars & more", "Totals"]
    sheet = book["Bars & more"]
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width == 20
    assert sheet.column_dimensions["D"].width == 30
    assert sheet.auto_filter.ref == "A1:D4"
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == ("serial", "year", "fine", "note")
    assert values[1] == ("=HYPERLINK(1)", 1999, 400.08, "  two spaces")
    assert values[2][3] is None
    assert values[3][0] == "C\ufffdbell" and values[3][3] == "ünïcode ✓"
    cells = list(sheet.iter_rows(min_row=2))
    assert cells[0][0].data_type == "s"  # text, never a formula
    assert [c.number_format for c in (cells[0][2], cells[1][2], cells[2][2])] == [
        "#,##0.000", "#,##0.0", "#,##0.000"]
    assert Decimal(repr(cells[2][2].value)) == Decimal("1234567.125")
    assert all(cell.font.b for cell in next(sheet.iter_rows(max_row=1)))
    assert not cells[0][0].font.b
    totals = book["Totals"]
    assert [c.font.b for c in next(totals.iter_rows(min_row=3, max_row=3))] == [True, True]
    assert [c.font.b for c in next(totals.iter_rows(min_row=4, max_row=4))] == [True, False]
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<v>400.080</v>" in xml and "<v>1234567.125</v>" in xml  # as written, no float


def test_helpers():
    assert [column_letter(n) for n in (1, 26, 27, 52, 53)] == ["A", "Z", "AA", "AZ", "BA"]
    assert escaped('a<b & "c"\x00') == "a&lt;b &amp; &quot;c&quot;\ufffd"
    assert Number("12.500").places == 3 and Number("7").places == 0
