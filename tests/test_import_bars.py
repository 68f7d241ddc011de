"""Bar-list import: all or nothing, every bad row named by line and column."""

from __future__ import annotations

import pytest

from tests.conftest import write_csv

pytestmark = pytest.mark.engines

HEADER = "serial,brand,year,gross_oz,fineness,fine_oz,location\n"
GOOD = (
    HEADER
    + "AB12345,ARGOR,2022,401.125,995.8,399.440,V1-A-01\n"
    + "AB12346,ARGOR,2022,399.950,999.9,399.910,V1-A-01\n"
    + "K778812,pamp,2023,400.325,999.9,,V1-A-02\n"
)


def state(cli):
    holdings = cli("holdings", "--json").json()
    events = cli("journal", "log", "--json").json()["events"]
    return len(holdings["holdings"]), len(events)


def test_good_import_stores_every_bar_with_totals(ledger, cli, tmp_path):
    path = write_csv(tmp_path / "list.csv", GOOD)
    result = cli("import", "bars", str(path), "--site", "VLT", "--metal", "gold", "--json")
    assert result.code == 0, result.err
    assert result.json()["imported"] == 3
    holdings = cli("holdings", "--json").json()
    bars = holdings["holdings"]
    assert [b["serial"] for b in bars] == ["AB12345", "AB12346", "K778812"]
    assert bars[2]["brand"] == "PAMP"
    assert bars[2]["fine_oz"] == "400.285"  # 400.325 × 0.9999 = 400.2849675 → 400.285
    assert holdings["totals"] == [
        {"commodity": "gold", "unit": "ozt", "quantity": str(
            sum(__import__("decimal").Decimal(b["fine_oz"]) for b in bars))}
    ]
    assert holdings["totals"][0]["quantity"] == "1199.635"
    assert len({b["id"] for b in bars}) == 3
    assert cli("journal", "verify").code == 0


def test_header_is_case_insensitive_any_order_and_kg_accepted(ledger, cli, tmp_path):
    path = write_csv(tmp_path / "list.csv",
                     "Fineness,SERIAL,Brand,YEAR,Gross_KG\n999.9,S1,PAMP,2024,12.5\n")
    assert cli("import", "bars", str(path), "--site", "VLT", "--metal", "gold").code == 0
    bar = cli("holdings", "--json").json()["holdings"][0]
    # 12.5 kg = 12500 / 31.1034768 = 401.8843… ozt, rounded down to 0.025 → 401.875
    assert bar["gross_oz"] == "401.875"


BAD_ROWS = [
    ("serial,brand,year,gross_oz\nA,B,2020,400\n", 1, None, "missing column fineness"),
    (HEADER.replace("location", "locaton"), 1, None, "unknown column 'locaton'"),
    (HEADER + "A1,PAMP,2022,400.000,999.9\n", 2, None, "has 5 fields, the header has 7"),
    (HEADER + ",PAMP,2022,400.000,999.9,,\n", 2, "serial", "serial"),
    (HEADER + "A1,PAMP,2022,4OO.000,999.9,,\n", 2, "gross_oz", "not a number"),
    (HEADER + "A1,PAMP,2022,-400.000,999.9,,\n", 2, "gross_oz", ""),
    (HEADER + "A1,PAMP,2022,400.000,1000.5,,\n", 2, "fineness", "1000"),
    (HEADER + "A1,PAMP,20x2,400.000,999.9,,\n", 2, "year", ""),
    (HEADER + "A1,PAMP,2022,400.000,999.9,399.000,\n", 2, "fine_oz", "disagrees"),
    (HEADER + "A1,PAMP,2022,400.000,999.9,,\nA1,pamp,2022,400.000,999.9,,\n", 3, "serial",
     "already listed on line 2"),
]


@pytest.mark.parametrize(("text", "line", "column", "words"), BAD_ROWS)
def test_bad_row_rejects_whole_file(ledger, cli, tmp_path, text, line, column, words):
    path = write_csv(tmp_path / "bad.csv", text)
    before = state(cli)
    result = cli("import", "bars", str(path), "--site", "VLT", "--metal", "gold")
    assert result.code == 2
    assert "nothing was imported" in result.err
    assert f"line {line}" in result.err
    if column:
        assert f"column {column}" in result.err
    assert words in result.err
    assert "Traceback" not in result.err
    assert state(cli) == before


def test_every_bad_row_is_listed(ledger, cli, tmp_path):
    path = write_csv(tmp_path / "bad.csv", HEADER + "A1,PAMP,2022,400.000,999.9,,\n"
                     "A2,PAMP,2022,400.000,1001,,\nA3,PAMP,2022,400.000,999.9,,\n"
                     "A4,PAMP,2022,abc,999.9,,\n")
    result = cli("import", "bars", str(path), "--site", "VLT", "--metal", "gold")
    assert result.code == 2
    assert "2 bad rows" in result.err
    assert "line 3, column fineness" in result.err
    assert "line 5, column gross_oz" in result.err


def test_bar_already_held_rejects_whole_file(ledger, cli, tmp_path):
    assert cli("bar", "add", "--site", "VLT", "--metal", "gold", "--brand", "PAMP", "--serial",
               "K778812", "--year", "2023", "--gross-oz", "400", "--fineness", "999.9").code == 0
    path = write_csv(tmp_path / "list.csv", GOOD)
    before = state(cli)
    result = cli("import", "bars", str(path), "--site", "VLT", "--metal", "gold")
    assert result.code == 2
    assert "line 4, column serial" in result.err
    assert "already held as holding" in result.err
    assert state(cli) == before
    assert cli("journal", "verify").code == 0


def test_not_utf8_and_empty_and_missing_files(ledger, cli, tmp_path):
    latin = tmp_path / "latin.csv"
    latin.write_bytes(HEADER.encode() + "A1,SAMSÜNG,2022,400,999.9,,\n".encode("latin-1"))
    result = cli("import", "bars", str(latin), "--site", "VLT", "--metal", "gold")
    assert result.code == 2 and "line 2" in result.err and "not UTF-8" in result.err
    empty = write_csv(tmp_path / "empty.csv", "")
    result = cli("import", "bars", str(empty), "--site", "VLT", "--metal", "gold")
    assert result.code == 2 and "empty" in result.err
    result = cli("import", "bars", str(tmp_path / "nope.csv"), "--site", "VLT", "--metal", "gold")
    assert result.code == 2 and "cannot read" in result.err
    header_only = write_csv(tmp_path / "header.csv", HEADER)
    result = cli("import", "bars", str(header_only), "--site", "VLT", "--metal", "gold")
    assert result.code == 2 and "no bars" in result.err


def test_import_into_wrong_kind_of_site_is_refused(ledger, cli, tmp_path):
    path = write_csv(tmp_path / "list.csv", GOOD)
    result = cli("import", "bars", str(path), "--site", "TF", "--metal", "gold")
    assert result.code == 2
    assert "tank-farm" in result.err


def test_non_good_delivery_bars_are_flagged_not_refused(ledger, cli, tmp_path):
    path = write_csv(tmp_path / "list.csv", HEADER + "L1,PAMP,2022,400.000,990.0,,\n")
    assert cli("import", "bars", str(path), "--site", "VLT", "--metal", "gold").code == 0
    bar = cli("holdings", "--json").json()["holdings"][0]
    assert bar["good_delivery"] is False
    assert bar["flags"]
