"""`tijori calc ...`: calculators that need no ledger, printing decimal strings."""

from __future__ import annotations

from decimal import Decimal


def test_vcf_worked_example_crude(cli):
    result = cli("calc", "vcf", "--commodity", "crude", "--api", "17.785", "--temp-f", "-27.7",
                 "--json")
    assert result.code == 0, result.err
    values = result.json()
    assert values["ctl"] == "1.033011591958"
    assert values["ctpl"] == "1.03301"
    assert values["alpha60"].startswith("0.000380407044")
    assert all(isinstance(v, str) for v in values.values())


def test_vcf_worked_example_jet(cli):
    values = cli("calc", "vcf", "--commodity", "jet", "--sg", "0.7943", "--temp-f", "85",
                 "--psig", "247.3", "--json").json()
    assert values["ctl"] == "0.986832406683"
    assert values["cpl"] == "1.001646525013"
    assert values["ctpl"] == "0.98846"


def test_vcf_out_of_limits_is_exit_2(cli):
    result = cli("calc", "vcf", "--commodity", "crude", "--api", "30", "--temp-c", "200")
    assert result.code == 2 and "Traceback" not in result.err


def test_vcf_needs_one_density(cli):
    assert cli("calc", "vcf", "--commodity", "crude", "--temp-c", "20").code == 2


def test_calc_bar(cli):
    values = cli("calc", "bar", "--metal", "gold", "--gross-oz", "401.125", "--fineness",
                 "995.8", "--json").json()
    assert values == {"gross_oz": "401.125", "fineness": "995.8", "fine_oz": "399.440",
                      "good_delivery": True, "flags": []}
    kg = cli("calc", "bar", "--metal", "silver", "--gross-kg", "31.1034768", "--fineness",
             "999.9", "--json").json()
    assert kg["gross_oz"] == "1000.0" and kg["fine_oz"] == "999.900"
    bad = cli("calc", "bar", "--metal", "gold", "--gross-oz", "400", "--fineness", "1001")
    assert bad.code == 2 and "1000" in bad.err


def test_calc_gas(cli):
    values = cli("calc", "gas", "--sm3", "1000000", "--gcv-mj-per-sm3", "40", "--json").json()
    assert set(values) >= {"gj", "mmbtu", "mwh", "therm"}
    assert values["gj"] == "40000.000"
    assert values["mwh"] == str((Decimal(40000) / Decimal("3.6")).quantize(Decimal("0.001")))
    assert values["mmbtu"] == str((Decimal(40000) / Decimal("1.055056")).quantize(
        Decimal("0.001")))
    nm3 = cli("calc", "gas", "--nm3", "273.15", "--gcv-mj-per-sm3", "40", "--json").json()
    assert nm3["gj"] == "11.526"  # 273.15 Nm³ = 288.15 Sm³; × 40 MJ = 11.526 GJ


def test_version(cli, capsys):
    result = cli("--version")
    assert result.code == 0 and "tijori" in result.out
