"""Count sheets (app/reporting/count_sheet.py, `tijori count-sheet`): the rows in the order
of the walk through the vault, a header on every page, totals and signature lines; the CSV."""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.domain.errors import Cancelled, InvalidInput, NotFound
from app.domain.progress import Task
from app.domain.units import group_digits
from app.reporting import count_sheet
from app.services import exporting, importing, recording
from tests.export_helpers import gold_rows, history_ledger, new_ledger, write_bar_list

pytestmark = pytest.mark.engines


@pytest.fixture
def history(tmp_path):
    ledger = history_ledger(tmp_path)
    yield ledger
    ledger.close()


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def walk(ledger, site: str) -> list[tuple[str, str, str, str]]:
    """The bars of `site` as (location, brand, serial, fine_oz), in the walk's order."""
    rows = ledger.conn.execute("SELECT location, brand, serial, fine_oz FROM bars WHERE site = ?",
                               (site,)).fetchall()
    return sorted(rows)


def test_the_pdf_lists_the_site_in_location_order_with_totals_and_signatures(history,
                                                                              tmp_path):
    out = tmp_path / "vlt.pdf"
    result = exporting.write_count_sheet(history, "vlt", out)
    expected = walk(history, "VLT")
    assert result["rows"] == len(expected) == 40 - 2 - 4 + 2  # 4 moved away, 2 withdrawn
    assert result["site"] == "VLT" and result["journal_seq"] == history.head()[0]
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    texts = pages_text(out)
    assert len(texts) == result["pages"] == 2
    for number, text in enumerate(texts, 1):
        assert "Count sheet" in text and "Site VLT" in text
        assert f"Page {number} of {len(texts)}" in text
        assert f"journal event {result['journal_seq']:,}" in text
        assert result["as_of"] in text
        assert "Counter's initials" in text and "Witness's initials" in text
    whole = "\n".join(texts)
    serials = re.findall(r"\b(G\d{5}|000123|ab-12x)\b", whole)
    assert serials == [serial for _, _, serial, _ in expected]
    first = texts[0]
    for column in ("No.", "Location", "Serial", "Brand", "Year", "Fine ozt", "Found", "Seal",
                   "Remarks"):
        assert column in first
    total = sum(Decimal(fine) for *_, fine in expected)
    last = texts[-1]
    assert f"Gold: {len(expected)} bars" in last
    assert f"{group_digits(str(total))} fine ozt" in last
    for words in ("Totals on this sheet", "Result of the count", "Counted by",
                  "Witnessed by", "Signature", "Name", "Date"):
        assert words in last
    assert "Totals on this sheet" not in texts[0]


def test_the_csv_has_the_same_columns_with_the_blank_ones_empty(history, tmp_path):
    out = tmp_path / "vlt.csv"
    result = exporting.write_count_sheet(history, "VLT", out)
    assert result["format"] == "csv" and result["pages"] is None
    data = out.read_bytes()
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["No.", "Location", "Serial", "Brand", "Year", "Fine ozt", "Found ✓",
                       "Seal", "Remarks"]
    expected = walk(history, "VLT")
    assert [(r[1], r[3], r[2], r[5]) for r in rows[1:]] == expected
    assert [r[0] for r in rows[1:]] == [str(n) for n in range(1, len(expected) + 1)]
    assert {tuple(r[6:]) for r in rows[1:]} == {("", "", "")}


def test_several_metals_get_a_metal_column_and_a_total_each(history, tmp_path):
    out = tmp_path / "wh.pdf"
    exporting.write_count_sheet(history, "WH", out)
    text = "\n".join(pages_text(out))
    assert "Metal" in text
    held = history.conn.execute("SELECT metal, count(*), fine_oz FROM bars WHERE site = 'WH' "
                                "GROUP BY metal").fetchall()
    assert {metal for metal, *_ in held} == {"gold", "silver"}
    assert "Gold: 3 bars" in text and "Silver: 5 bars" in text and "All: 8 bars" in text
    csv_out = tmp_path / "wh.csv"
    exporting.write_count_sheet(history, "WH", csv_out)
    header = csv_out.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.split(",")[:6] == ["No.", "Location", "Serial", "Brand", "Metal", "Year"]


def test_lots_are_counted_by_warrant(history, tmp_path):
    for n, place in enumerate(("B-2", "B-1", "A-9")):
        recording.add_lot(history, site="WH", metal="copper", warrant=f"CU-{n}", brand="KGHM",
                          shape="cathode", grade="Cu-CATH-1", bundles=10, gross_t="25.210",
                          net_t="25.100", location=place)
    out = tmp_path / "lots.csv"
    result = exporting.write_count_sheet(history, "WH", out, kind="lot")
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    assert rows[0] == ["No.", "Location", "Warrant", "Brand", "Net t", "Found ✓", "Seal",
                       "Remarks"]
    assert [r[1:3] for r in rows[1:]] == [["A-9", "CU-2"], ["B-1", "CU-1"], ["B-2", "CU-0"]]
    assert result["rows"] == 3
    pdf = tmp_path / "lots.pdf"
    exporting.write_count_sheet(history, "WH", pdf, kind="lot")
    text = "\n".join(pages_text(pdf))
    assert "Copper: 3 lots" in text and "75.300 net t" in text and "Warrant" in text


@pytest.mark.parametrize("metals", [("gold",), ("gold", "silver")])
def test_long_serials_and_locations_are_never_cut(tmp_path, metals):
    """The longest a serial (64) and a location (100) may be, in the narrower columns of a
    site of two metals too: the row grows."""
    ledger = new_ledger(tmp_path / "long.tijori")
    serial = "LONG" + "0123456789ABCDEFGHIJ" * 3
    place = "Aisle 12, rack 7, shelf 3, position 22 (left) " + "X" * 54
    assert len(serial) == 64 and len(place) == 100
    try:
        for n, metal in enumerate(metals):
            recording.add_bar(ledger, site="VLT", metal=metal, brand="PAMP",
                              serial=serial if n == 0 else f"S{n}", year="2020",
                              fineness="999.9", gross_oz="1000.0" if metal == "silver"
                              else "400.000", location=place if n == 0 else "short")
        out = tmp_path / "long.pdf"
        result = exporting.write_count_sheet(ledger, "VLT", out)
    finally:
        ledger.close()
    joined = re.sub(r"\s+", "", "".join(pages_text(out)))
    assert serial in joined and "…" not in joined
    assert re.sub(r"\s+", "", place) in joined
    assert result["pages"] == 1


def test_many_bars_make_many_pages_each_with_its_header(tmp_path):
    ledger = new_ledger(tmp_path / "many.tijori")
    try:
        importing.import_bars(ledger, write_bar_list(tmp_path / "b.csv", gold_rows(300, "M")),
                              site="VLT", metal="gold")
        out = tmp_path / "many.pdf"
        result = exporting.write_count_sheet(ledger, "VLT", out)
    finally:
        ledger.close()
    per_page = count_sheet.ROWS_PER_PAGE  # rows of one line each
    row_pages = -(-300 // per_page)
    room = count_sheet.TABLE_HEIGHT - (300 - (row_pages - 1) * per_page) * count_sheet.ROW
    end = count_sheet.END_BASE + count_sheet.END_LINE  # one metal
    assert result["pages"] == row_pages + (room < end) == len(count_sheet.paginate(
        [count_sheet.ROW] * 300, end))
    texts = pages_text(out)
    assert len(texts) == result["pages"]
    assert all(f"Page {n} of {len(texts)}" in t for n, t in enumerate(texts, 1))
    assert f"Found on this page: ________ of {per_page}" in texts[0]
    assert len(set(re.findall(r"M\d{5}", "".join(texts)))) == 300
    assert "Gold: 300 bars" in texts[-1]


def test_bad_input_writes_nothing(history, tmp_path):
    out = tmp_path / "x.pdf"
    with pytest.raises(NotFound, match="no site 'NOPE'"):
        exporting.write_count_sheet(history, "NOPE", out)
    with pytest.raises(InvalidInput, match="TF is a tank-farm"):
        exporting.write_count_sheet(history, "TF", out)
    with pytest.raises(InvalidInput, match="bars or lots"):
        exporting.write_count_sheet(history, "VLT", out, kind="tank")
    with pytest.raises(InvalidInput, match="cannot tell the format"):
        exporting.write_count_sheet(history, "VLT", tmp_path / "x.xlsx")
    out.write_bytes(b"old")
    with pytest.raises(InvalidInput, match="already exists"):
        exporting.write_count_sheet(history, "VLT", out)
    assert out.read_bytes() == b"old"
    for name in ("c.csv", "c.pdf"):
        with pytest.raises(Cancelled):
            exporting.write_count_sheet(history, "VLT", tmp_path / name,
                                        task=Task(cancelled=lambda: True))
    assert sorted(p.name for p in tmp_path.iterdir()
                  if p.suffix in (".csv", ".pdf", ".tmp")) == ["first.csv", "second.csv", "x.pdf"]


def test_the_count_sheet_command(cli, ledger, tmp_path, ledger_path):
    path = write_bar_list(tmp_path / "list.csv", gold_rows(5, "K"))
    assert cli("import", "bars", str(path), "--site", "VLT", "--metal", "gold").code == 0
    out = tmp_path / "sheet.pdf"
    result = cli("count-sheet", str(ledger_path), "--site", "VLT", "--out", str(out))
    assert result.code == 0, result.err
    assert f"Count sheet of 5 bars at VLT written to {out} (PDF, 1 page)" in result.out
    assert "Page 1 of 1" in pages_text(out)[0]
    again = cli("count-sheet", "--site", "VLT", "--out", str(out))
    assert again.code == 2 and "already exists" in again.err
    assert cli("count-sheet", "--site", "VLT", "--out", str(out), "--force").code == 0
    for args, words in ((["--site", "NOPE"], "no site 'NOPE'"),
                        (["--site", "TF"], "tank-farm"),
                        (["--site", "VLT", "--kind", "tank"], "invalid choice")):
        target = tmp_path / "bad.pdf"
        result = cli("count-sheet", *args, "--out", str(target))
        assert result.code == 2 and words in result.err, result.err
        assert not target.exists()
    missing = tmp_path / "nowhere" / "sheet.csv"
    result = cli("count-sheet", "--site", "VLT", "--out", str(missing))
    assert result.code == 2 and "does not exist" in result.err
    csv_out = tmp_path / "sheet.csv"
    result = cli("count-sheet", "--site", "VLT", "--out", str(csv_out), "--json")
    assert result.code == 0 and result.json()["rows"] == 5
