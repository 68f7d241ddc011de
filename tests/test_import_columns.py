"""The bar list's optional `site` and `metal` columns: each row says where its bar is and
what it is, and `import bars` needs no --site or --metal (README, "The bar-list CSV format")."""

from __future__ import annotations

import pytest

from app.domain.barlist import BarListRejected, parse_bar_list
from tests.conftest import write_csv

pytestmark = pytest.mark.engines

HEADER = "serial,brand,year,gross_oz,fineness,fine_oz,location,site,metal\n"
MIXED = (HEADER
         + "A1,PAMP,2022,400.000,999.9,,V-1,VLT,gold\n"
         + "A2,ARGOR,2022,401.125,995.8,399.440,V-2,wh,Gold\n"
         + "S1,METALOR,2021,1000.47,999.9,,S-1,WH,silver\n"
         + "A3,PAMP,2023,400.030,999.9,,V-3,VLT,gold\n")


def held(cli):
    return {h["serial"]: h for h in cli("holdings", "--json").json()["holdings"]}


def state(cli):
    return (len(cli("holdings", "--json").json()["holdings"]),
            len(cli("journal", "log", "--json").json()["events"]))


def test_rows_say_their_site_and_metal_and_no_option_is_needed(ledger, cli, tmp_path):
    path = write_csv(tmp_path / "mixed.csv", MIXED)
    result = cli("import", "bars", str(path), "--json")
    assert result.code == 0, result.err
    summary = result.json()
    assert summary["imported"] == 4
    assert summary["site"] == "VLT, WH" and summary["metal"] == "gold, silver"
    assert {(g["site"], g["metal"], g["count"]) for g in summary["groups"]} == {
        ("VLT", "gold", 2), ("WH", "gold", 1), ("WH", "silver", 1)}
    bars = held(cli)
    assert (bars["A1"]["site"], bars["A1"]["commodity"]) == ("VLT", "gold")
    assert (bars["A2"]["site"], bars["A2"]["commodity"]) == ("WH", "gold")
    assert (bars["S1"]["site"], bars["S1"]["commodity"]) == ("WH", "silver")
    # each bar is weighed by its own metal's rule: silver to 0.1 ozt, gold to 0.025 ozt
    assert bars["S1"]["gross_oz"] == "1000.4" and bars["A3"]["gross_oz"] == "400.025"
    assert cli("journal", "verify").code == 0
    text = cli("import", "bars", str(write_csv(tmp_path / "more.csv", HEADER
                                               + "A9,PAMP,2022,400.000,999.9,,,VLT,gold\n")))
    assert text.code == 0 and "1 gold into VLT" in text.out


def test_an_empty_cell_takes_the_option_and_the_option_checks_the_cells(ledger, cli, tmp_path):
    path = write_csv(tmp_path / "partly.csv", HEADER
                     + "B1,PAMP,2022,400.000,999.9,,V-1,,\n"
                     + "B2,PAMP,2022,400.000,999.9,,V-2,VLT,gold\n")
    result = cli("import", "bars", str(path), "--site", "VLT", "--metal", "gold")
    assert result.code == 0, result.err
    assert {h["site"] for h in held(cli).values()} == {"VLT"}
    before = state(cli)
    path = write_csv(tmp_path / "other.csv", HEADER + "B3,PAMP,2022,400.000,999.9,,V-3,WH,gold\n")
    result = cli("import", "bars", str(path), "--site", "VLT")
    assert result.code == 2
    assert "line 2, column site: site WH is not VLT" in result.err
    assert state(cli) == before


@pytest.mark.parametrize(("row", "column", "words"), [
    ("C1,PAMP,2022,400.000,999.9,,V,NOPE,gold", "site", "there is no site 'NOPE'"),
    ("C1,PAMP,2022,400.000,999.9,,V,TF,gold", "site", "site TF is a tank-farm"),
    ("C1,PAMP,2022,400.000,999.9,,V,VLT,platinum", "metal", "'platinum' is not gold or silver"),
    ("C1,PAMP,2022,400.000,999.9,,V,,gold", "site", "site is empty"),
    ("C1,PAMP,2022,400.000,999.9,,V,VLT,", "metal", "metal is empty"),
])
def test_a_bad_site_or_metal_cell_rejects_the_file(ledger, cli, tmp_path, row, column, words):
    path = write_csv(tmp_path / "bad.csv", HEADER + "C0,PAMP,2022,400.000,999.9,,V,VLT,gold\n"
                     + row + "\n")
    before = state(cli)
    result = cli("import", "bars", str(path))
    assert result.code == 2
    assert f"line 3, column {column}" in result.err and words in result.err, result.err
    assert "nothing was imported" in result.err
    assert state(cli) == before


def test_without_the_columns_the_options_are_needed(ledger, cli, tmp_path):
    path = write_csv(tmp_path / "plain.csv", "serial,brand,year,gross_oz,fineness\n"
                                             "D1,PAMP,2022,400.000,999.9\n")
    result = cli("import", "bars", str(path), "--site", "VLT")
    assert result.code == 2 and "missing column metal" in result.err
    result = cli("import", "bars", str(path), "--metal", "gold")
    assert result.code == 2 and "missing column site" in result.err
    assert state(cli)[0] == 0
    assert cli("import", "bars", str(path), "--site", "VLT", "--metal", "gold").code == 0


def test_the_parser_groups_bars_by_site_and_metal_in_file_order():
    groups = parse_bar_list(MIXED.splitlines(keepends=True), None)
    assert [(g.site, g.metal, g.count) for g in groups] == [
        ("VLT", "gold", 2), ("WH", "gold", 1), ("WH", "silver", 1)]
    assert groups[0].columns["serial"] == ["A1", "A3"] and groups[0].lines == [2, 5]
    with pytest.raises(BarListRejected, match="missing column metal"):
        parse_bar_list(["serial,brand,year,gross_oz,fineness\n"], None)


def test_a_mixed_file_is_imported_in_bounded_parts(ledger, cli, tmp_path, monkeypatch):
    """Parts are flushed every PART_BARS bars read, however the sites interleave."""
    from app.services import importing

    monkeypatch.setattr(importing, "PART_BARS", 3)
    rows = [f"E{i},PAMP,2022,400.000,999.9,,V,{'VLT' if i % 2 else 'WH'},gold" for i in range(7)]
    path = write_csv(tmp_path / "interleaved.csv", HEADER + "\n".join(rows) + "\n")
    assert cli("import", "bars", str(path)).code == 0
    events = [e for e in cli("journal", "log", "--json").json()["events"]
              if e["kind"] == "bars.imported"]
    assert max(e["payload"]["count"] for e in events) <= 3
    assert sum(e["payload"]["count"] for e in events) == 7
    assert [e["payload"]["part"] for e in events] == list(range(1, len(events) + 1))
    assert {h["serial"]: h["site"] for h in held(cli).values()} == {
        f"E{i}": "VLT" if i % 2 else "WH" for i in range(7)}
    assert cli("journal", "verify").code == 0
