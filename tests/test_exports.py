"""Exports of holdings (app/services/exporting.py, `tijori export holdings`): CSV that
re-imports unchanged, the Holdings page's filter to the row, XLSX read back, and files that
are whole or absent."""

from __future__ import annotations

import csv
import io
import json
import os
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.domain.errors import Cancelled, InvalidInput, NotFound
from app.domain.progress import Task
from app.services import browsing, exporting, importing, ledger_views, recording
from app.services.browsing import Query
from app.store import queries
from tests.conftest import PASSPHRASE
from tests.export_helpers import (
    bars_of,
    gold_rows,
    history_ledger,
    new_ledger,
    run_tijori,
    write_bar_list,
)

pytestmark = pytest.mark.engines


@pytest.fixture
def history(tmp_path):
    ledger = history_ledger(tmp_path)
    yield ledger
    ledger.close()


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def leftovers(folder: Path) -> list[str]:
    """Temporary files an atomic write would leave beside its target."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# -- the round trip ---------------------------------------------------------------------------


def test_a_csv_export_of_several_sites_reimports_into_an_empty_ledger_unchanged(history,
                                                                                 tmp_path):
    out = tmp_path / "all-bars.csv"
    result = exporting.export_holdings(history, Query(kind="bar"), out)
    held = bars_of(history)
    assert result["rows"] == len(held) == 40 - 2 + 5 + 10 + 2
    assert {site for *_, site, _ in held} == {"VLT", "WH", "ZRH"}
    assert {metal for *_, metal in held} == {"gold", "silver"}
    rows = read_csv(out)
    assert rows[0] == ["serial", "brand", "year", "gross_oz", "fineness", "fine_oz", "location",
                       "site", "metal"]
    assert out.read_bytes().count(b"\r\n") == len(held) + 1
    # the transferred, adjusted and withdrawn bars as the ledger holds them now
    by_serial = {row[0]: row for row in rows[1:]}
    assert by_serial["G00002"][6:] == ["W-01", "WH", "gold"]  # holding 3, transferred
    assert by_serial["G00012"][3] == "399.100" and by_serial["G00012"][6] == "V1-A-99"
    assert "G00001" not in by_serial and "G00008" not in by_serial  # withdrawn
    assert by_serial["S-002"][6] == 'Cage "B", shelf 2'
    assert by_serial["000123"][6] == "=HYPERLINK(1)"

    empty = new_ledger(tmp_path / "empty.tijori")
    try:
        imported = importing.import_bars(empty, out)  # no --site, no --metal: the file says
        assert imported["imported"] == len(held)
        assert {(g["site"], g["metal"]) for g in imported["groups"]} == {
            ("VLT", "gold"), ("WH", "gold"), ("WH", "silver"), ("ZRH", "gold")}
        assert bars_of(empty) == held
        assert queries.totals_by_site(empty) == queries.totals_by_site(history)
        assert ledger_views.verify_journal(empty).ok
        # the same holdings in the same order make the same file, byte for byte
        by_serial_order = Query(kind="bar", sort="serial")
        exporting.export_holdings(history, by_serial_order, tmp_path / "a.csv")
        exporting.export_holdings(empty, by_serial_order, tmp_path / "b.csv")
        assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    finally:
        empty.close()


def test_the_round_trip_through_the_command_line_in_fresh_processes(history, tmp_path):
    source = history.path
    held = bars_of(history)
    history.close()
    out = tmp_path / "export.csv"
    done = run_tijori("export", "holdings", str(source), "--out", str(out), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["rows"] == len(held)
    target = tmp_path / "restocked.tijori"
    empty = new_ledger(target)
    empty.close()
    done = run_tijori("import", "bars", str(out), "--ledger", str(target))
    assert done.returncode == 0, done.stderr
    assert "into VLT" in done.stdout and "silver into WH" in done.stdout
    from app.services import session

    with session.open_ledger(target, PASSPHRASE, "reader") as again:
        assert bars_of(again) == held


# -- the filter is the Holdings page's -------------------------------------------------------


def browsed(ledger, query: Query, columns: tuple[str, ...]) -> list[list[str]]:
    """What the Holdings page shows for `query`, page by page, in the export's columns."""
    spec = browsing.KINDS[query.kind]
    view = browsing.open_view(ledger, query)
    at = [spec.columns.index(c) for c in columns]
    flags = {spec.columns.index(c) for c in ("good_delivery", "within_tolerance")
             if c in spec.columns}
    rows = []
    for number in range(view.pages):
        for row in browsing.page(ledger, view, number):
            rows.append(["" if row[i] is None else ("true" if row[i] else "false")
                         if i in flags else str(row[i]) for i in at])
    return rows


@pytest.mark.parametrize("query", [
    Query(kind="bar", site="WH"),
    Query(kind="bar", brand="pamp"),
    Query(kind="bar", year="2021"),
    Query(kind="bar", location="V2-"),
    Query(kind="bar", search="G0001"),
    Query(kind="bar", search="g0oo1"),  # a serial search finds lookalikes, as the page does
    Query(kind="bar", site="VLT", brand="ARGOR", location="V2", sort="location",
          descending=True),
    Query(kind="bar", site="zrh", sort="fine_oz"),
], ids=lambda q: exporting.describe(q))
def test_an_export_holds_exactly_the_rows_the_holdings_page_shows(history, tmp_path, query):
    out = tmp_path / "some.csv"
    result = exporting.export_holdings(history, query, out)
    shown = browsed(history, query, exporting.BAR_COLUMNS)
    assert read_csv(out)[1:] == shown
    assert result["rows"] == len(shown) == browsing.count(history, query)
    assert shown, "every filter here selects some bars"
    assert len(shown) < len(bars_of(history)) or query.site is None


def test_lots_tanks_and_gas_are_written_in_their_own_columns(tmp_path, demo_ledger):
    for kind, column, value in (("lot", "net_t", "25.100"), ("tank", "code", "T-101"),
                                ("gas", "code", "LNG-T1")):
        out = tmp_path / f"{kind}.csv"
        exporting.export_holdings(demo_ledger, Query(kind=kind), out)
        rows = read_csv(out)
        columns = browsing.KINDS[kind].columns
        assert tuple(rows[0]) == columns
        assert rows[1:] == browsed(demo_ledger, Query(kind=kind), columns)
        assert value in [row[columns.index(column)] for row in rows[1:]]
    lots = read_csv(tmp_path / "lot.csv")
    assert [row[lots[0].index("within_tolerance")] for row in lots[1:]] == ["true", "true"]
    tanks = read_csv(tmp_path / "tank.csv")
    nsv = tanks[1][tanks[0].index("nsv_bbl")]
    held = queries.holding(demo_ledger, int(tanks[1][0]))
    assert nsv == held["nsv_bbl"] and "." in nsv  # the decimal string as stored


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    from app.services import demo

    return demo.create_demo_ledger(tmp_path_factory.mktemp("demo") / "demo.tijori", "tester")


@pytest.fixture
def demo_ledger(demo_file, tmp_path):
    import shutil

    from app.services import demo, session

    path = tmp_path / "demo.tijori"
    shutil.copy(demo_file, path)
    with session.open_ledger(path, demo.PASSPHRASE, "tester") as ledger:
        yield ledger


# -- XLSX -------------------------------------------------------------------------------------


def test_xlsx_holds_numbers_with_their_exact_decimals_and_exact_totals(history, tmp_path):
    out = tmp_path / "bars.xlsx"
    result = exporting.export_holdings(history, Query(kind="bar"), out)
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    book = load_workbook(out)
    assert book.sheetnames == ["Bars", "Totals"]
    sheet = book["Bars"]
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width == 20
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == exporting.BAR_COLUMNS
    assert len(rows) == 1 + result["rows"]
    stored = {serial: (gross, fineness, fine, location) for serial, gross, fineness, fine,
              location in history.conn.execute(
                  "SELECT serial, gross_oz, fineness, fine_oz, location FROM bars")}
    cells = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    assert set(cells) == set(stored)
    for serial, (gross, fineness, fine, location) in stored.items():
        row = cells[serial]
        for cell, text in ((row[3], gross), (row[4], fineness), (row[5], fine)):
            assert cell.data_type == "n" and isinstance(cell.value, int | float)
            assert Decimal(repr(cell.value)) == Decimal(text)
            places = len(text.split(".")[1])
            assert cell.number_format == "#,##0." + "0" * places
        assert row[2].value == int(history.conn.execute(
            "SELECT year FROM bars WHERE serial = ?", (serial,)).fetchone()[0])
        assert row[6].value == (location or None)
    assert cells["000123"][6].data_type == "s"  # "=HYPERLINK(1)" stays text, not a formula
    # in the file, each quantity is the stored decimal string itself
    with zipfile.ZipFile(out) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    for gross, fineness, fine, _ in stored.values():
        for text in (gross, fineness, fine):
            assert f"<v>{text}</v>" in xml
    assert any(fine.endswith("0") for _, _, fine, _ in stored.values())  # trailing zeros kept

    totals = list(book["Totals"].iter_rows(values_only=True))
    assert totals[0] == ("Site", "Metal", "Bars", "Fine weight (ozt)")
    expected = {(t["site"], t["commodity"]): (int(t["holdings"]), Decimal(t["quantity"]))
                for t in queries.totals_by_site(history) if t["unit"] == "ozt"}
    found = {(site, metal): (count, Decimal(repr(fine)))
             for site, metal, count, fine in totals[1:] if site and site != "All sites"
             and metal in ("gold", "silver")}
    assert found == expected
    whole = {metal: (count, Decimal(repr(fine))) for site, metal, count, fine in totals[1:]
             if site == "All sites"}
    for metal in ("gold", "silver"):
        assert whole[metal] == (sum(c for (_, m), (c, _) in expected.items() if m == metal),
                                sum(f for (_, m), (_, f) in expected.items() if m == metal))
    assert ("Journal event", history.head()[0], None, None) in totals
    assert any(row[:1] == ("Holdings",) and row[1] == "bars" for row in totals)
    assert result["totals"][-1]["site"] == "All sites"


def test_xlsx_of_lots_tanks_and_gas_totals_per_unit(demo_ledger, tmp_path):
    out = tmp_path / "tanks.xlsx"
    exporting.export_holdings(demo_ledger, Query(kind="tank"), out)
    totals = list(load_workbook(out)["Totals"].iter_rows(values_only=True))
    assert totals[0] == ("Site", "Commodity", "Tanks", "NSV (bbl)", "NSV (m3)")
    stated = {(t["commodity"], t["unit"]): Decimal(t["quantity"])
              for t in queries.totals(demo_ledger)}
    for site, commodity, count, bbl, m3 in totals[1:]:
        if site == "All sites":
            assert count == 1
            assert Decimal(repr(bbl)) == stated[(commodity, "bbl")]
            assert Decimal(repr(m3)) == stated[(commodity, "m3")]


# -- files whole or absent ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["bars.csv", "bars.xlsx"])
def test_a_cancelled_export_leaves_no_file_and_no_leftovers(history, tmp_path, name):
    import openpyxl.worksheet._writer as sheet_writer

    folder = tmp_path / "out"
    folder.mkdir()
    seen = []

    def progress(done, total):
        seen.append(done)

    task = Task(progress=progress, cancelled=lambda: bool(seen))
    with pytest.raises(Cancelled, match=f"{name} was not written"):
        exporting.export_holdings(history, Query(kind="bar"), folder / name, task=task)
    assert list(folder.iterdir()) == []
    assert not [p for p in sheet_writer.ALL_TEMP_FILES if os.path.exists(p)]
    # the ledger is usable afterwards (its read transaction ended)
    recording.add_site(history, "NEW", "New vault", "vault")


def test_an_existing_file_is_kept_unless_overwrite_is_asked(history, tmp_path):
    out = tmp_path / "bars.csv"
    out.write_text("keep me", encoding="utf-8")
    with pytest.raises(InvalidInput, match="already exists"):
        exporting.export_holdings(history, Query(kind="bar"), out)
    assert out.read_text(encoding="utf-8") == "keep me"
    exporting.export_holdings(history, Query(kind="bar"), out, overwrite=True)
    assert read_csv(out)[0][0] == "serial"
    assert leftovers(tmp_path) == []


def test_an_unknown_site_or_format_is_refused(history, tmp_path):
    with pytest.raises(NotFound, match="no site 'NOPE'"):
        exporting.export_holdings(history, Query(kind="bar", site="nope"), tmp_path / "x.csv")
    with pytest.raises(InvalidInput, match="cannot tell the format"):
        exporting.export_holdings(history, Query(kind="bar"), tmp_path / "x.txt")
    assert list(tmp_path.glob("x.*")) == []


# -- the command --------------------------------------------------------------------------------


@pytest.fixture
def exported(cli, ledger, tmp_path):
    """The CLI's test ledger (conftest) with 12 gold bars in VLT and 2 in WH."""
    path = write_bar_list(tmp_path / "list.csv", gold_rows(12, "C"))
    assert cli("import", "bars", str(path), "--site", "VLT", "--metal", "gold").code == 0
    path = write_bar_list(tmp_path / "wh.csv", gold_rows(2, "W"))
    assert cli("import", "bars", str(path), "--site", "WH", "--metal", "gold").code == 0
    return tmp_path


def test_export_holdings_on_the_command_line(cli, exported):
    out = exported / "vlt.csv"
    result = cli("export", "holdings", "--site", "VLT", "--brand", "PAMP", "--out", str(out))
    assert result.code == 0, result.err
    assert "Exported 4 bars at VLT, brand PAMP" in result.out
    rows = read_csv(out)
    assert len(rows) == 5 and {r[1] for r in rows[1:]} == {"PAMP"}
    assert {r[7] for r in rows[1:]} == {"VLT"}
    xlsx = exported / "all.xlsx"
    result = cli("export", "holdings", "--out", str(xlsx), "--json")
    assert result.code == 0, result.err
    assert result.json()["rows"] == 14 and result.json()["format"] == "xlsx"
    assert load_workbook(xlsx)["Bars"].max_row == 15


@pytest.mark.parametrize(("args", "words"), [
    (["--site", "NOPE"], "no site 'NOPE'"),
    (["--year", "20x1"], "not a four-digit year"),
    (["--format", "pdf"], "invalid choice"),
])
def test_bad_export_input_is_exit_2_and_writes_nothing(cli, exported, args, words):
    out = exported / "x.csv"
    result = cli("export", "holdings", "--out", str(out), *args)
    assert result.code == 2
    assert words in result.err and "Traceback" not in result.err
    assert not out.exists() and leftovers(exported) == []


def test_existing_output_needs_force_and_an_unwritable_folder_is_named(cli, exported):
    out = exported / "bars.csv"
    out.write_text("old", encoding="utf-8")
    result = cli("export", "holdings", "--out", str(out))
    assert result.code == 2 and "already exists" in result.err
    assert out.read_text(encoding="utf-8") == "old"
    assert cli("export", "holdings", "--out", str(out), "--force").code == 0
    assert read_csv(out)[0][0] == "serial"
    for target in (exported / "missing" / "bars.csv", out / "inside.csv"):
        result = cli("export", "holdings", "--out", str(target))
        assert result.code == 2 and "cannot write" in result.err, result.err
        assert not target.exists()
    if os.geteuid() != 0:  # root writes anywhere
        locked = exported / "locked"
        locked.mkdir(mode=0o500)
        result = cli("export", "holdings", "--out", str(locked / "bars.csv"))
        assert result.code == 2 and "Permission denied" in result.err
    assert leftovers(exported) == []


def test_a_big_export_shows_its_progress_on_stderr(tmp_path):
    ledger = new_ledger(tmp_path / "big.tijori")
    try:
        importing.import_bars(ledger, write_bar_list(tmp_path / "big.csv",
                                                     gold_rows(20_500, "B")),
                              site="VLT", metal="gold")
    finally:
        ledger.close()
    out = tmp_path / "big-export.csv"
    done = run_tijori("export", "holdings", str(tmp_path / "big.tijori"), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "exporting: 100% (20,500/20,500)" in done.stderr
    assert len(read_csv(out)) == 20_501


def test_the_ledger_is_named_once(cli, exported, ledger_path):
    out = exported / "x.csv"
    result = cli("export", "holdings", str(exported / "other.tijori"), "--ledger",
                 str(ledger_path), "--out", str(out))
    assert result.code == 2 and "two ledgers given" in result.err
    assert not out.exists()
    result = cli("export", "holdings", str(ledger_path), "--ledger", str(ledger_path),
                 "--out", str(out))
    assert result.code == 0, result.err


def test_xlsx_rows_are_streamed_in_text_and_numbers_from_the_ledger(history, tmp_path):
    """An XLSX of lots reads back with the ledger's strings and numbers."""
    recording.add_lot(history, site="WH", metal="copper", warrant="CU-1", brand="KGHM",
                      shape="cathode", grade="Cu-CATH-1", bundles=10, gross_t="25.210",
                      net_t="25.100", location="B1")
    out = tmp_path / "lots.xlsx"
    exporting.export_holdings(history, Query(kind="lot"), out)
    rows = list(load_workbook(out)["Lots"].iter_rows(values_only=True))
    header = rows[0]
    lot = dict(zip(header, rows[1], strict=True))
    assert lot["warrant"] == "CU-1" and lot["bundles"] == 10
    assert Decimal(repr(lot["net_t"])) == Decimal("25.100")
    assert lot["within_tolerance"] == "true"
    text = io.BytesIO(out.read_bytes())
    with zipfile.ZipFile(text) as archive:
        assert "<v>25.100</v>" in archive.read("xl/worksheets/sheet1.xml").decode()
