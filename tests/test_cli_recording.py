"""Recording through the CLI: bars, lots, tanks and gaugings, gas, and movements."""

from __future__ import annotations

import hashlib
from decimal import Decimal

import pytest

from tests.conftest import write_csv

pytestmark = pytest.mark.engines


def holdings(cli, site=None):
    args = ["holdings", "--json"] + (["--site", site] if site else [])
    result = cli(*args)
    assert result.code == 0, result.err
    return result.json()


def add_gold(cli, serial="S1", **extra):
    argv = ["bar", "add", "--site", "VLT", "--metal", "gold", "--brand", "PAMP", "--serial",
            serial, "--year", "2022", "--gross-oz", extra.pop("gross", "400.125"),
            "--fineness", extra.pop("fineness", "999.9"), "--json"]
    for key, value in extra.items():
        argv += [f"--{key.replace('_', '-')}", value]
    return cli(*argv)


def test_bar_add_records_weights_and_movement(ledger, cli, tmp_path):
    doc = tmp_path / "assay.pdf"
    doc.write_bytes(b"%PDF-1.7 assay certificate")
    result = add_gold(cli, gross="400.130", seal="SEAL-1", witness="A. Auditor",
                      document=str(doc), location="V1-A-01")
    assert result.code == 0, result.err
    bar = result.json()
    assert bar["gross_oz"] == "400.125"  # rounded down to 0.025
    assert bar["fine_oz"] == "400.085"  # 400.125 × 0.9999 = 400.0849875
    assert bar["good_delivery"] is True
    event = cli("journal", "log", "--json").json()["events"][-1]
    movement = event["payload"]["movement"]
    assert movement["seals"] == ["SEAL-1"] and movement["witness"] == "A. Auditor"
    assert movement["documents"] == [
        {"name": "assay.pdf", "sha256": hashlib.sha256(doc.read_bytes()).hexdigest()}]
    assert event["payload"]["method"]["standard"] == "LBMA Good Delivery Rules"


def test_duplicate_bar_is_refused_and_nothing_changes(ledger, cli):
    assert add_gold(cli).code == 0
    before = holdings(cli)
    result = add_gold(cli)
    assert result.code == 2
    assert "already held as holding" in result.err
    assert holdings(cli) == before


def test_bad_bar_inputs(ledger, cli):
    for extra, words in (({"fineness": "1000.1"}, "1000"), ({"gross": "-5"}, "gross_oz"),
                         ({"fineness": "abc"}, "not a number")):
        result = add_gold(cli, **extra)
        assert result.code == 2 and words in result.err and "Traceback" not in result.err
    assert holdings(cli)["holdings"] == []


def test_non_good_delivery_bar_is_flagged(ledger, cli):
    bar = add_gold(cli, fineness="990.0").json()
    assert bar["good_delivery"] is False
    assert "fineness-below-995.0" in bar["flags"]


def test_lot_with_tolerance_flag(ledger, cli):
    base = ["lot", "add", "--site", "WH", "--metal", "copper", "--brand", "KGHM", "--shape",
            "cathode", "--grade", "Cu-CATH-1", "--bundles", "10", "--json"]
    ok = cli(*base, "--warrant", "W1", "--gross-t", "25.300", "--net-t", "25.100").json()
    assert ok["within_tolerance"] is True and ok["quantity"] == "25.100" and ok["unit"] == "t"
    off = cli(*base, "--warrant", "W2", "--gross-t", "26.000", "--net-t", "25.600").json()
    assert off["within_tolerance"] is False and "outside-lot-tolerance" in off["flags"]
    again = cli(*base, "--warrant", "W1", "--gross-t", "25.300", "--net-t", "25.100")
    assert again.code == 2 and "already held" in again.err
    totals = holdings(cli)["totals"]
    assert {"commodity": "copper", "unit": "t", "quantity": "50.700"} in totals


def test_tank_gauging_chain_is_recorded(ledger, cli):
    assert cli("tank", "add", "T1", "--site", "TF", "--commodity", "jet-fuel").code == 0
    result = cli("gauge", "T1", "--tov", "1000", "--unit", "m3", "--temp-f", "85",
                 "--sg", "0.7943", "--psig", "247.3", "--sw", "0.5", "--json")
    assert result.code == 0, result.err
    chain = result.json()["chain"]
    # CTPL 0.98846 is the standard's worked example. With no ambient temperature the
    # mild-steel shell is at 85 °F: CTSh = 1 + 2·6.2e-6·25 + (6.2e-6·25)² = 1.00031 (5 dp),
    # GOV = 1000.310, GSV = 1000.310 × 0.98846 = 988.76642 → 988.766, NSV = GSV × 0.995.
    assert chain["ctpl"] == "0.98846"
    assert chain["ctsh"] == "1.00031"
    assert chain["gov_m3"] == "1000.310"
    assert chain["gsv_m3"] == "988.766"
    assert chain["nsv_m3"] == str((Decimal("988.766") * Decimal("0.995")).quantize(
        Decimal("0.001")))
    assert chain["vcf"]["standard"] == "API MPMS 11.1" and chain["vcf"]["edition"] == "2004"
    tank = holdings(cli, "TF")["holdings"][0]
    assert tank["nsv_m3"] == chain["nsv_m3"] and tank["quantity"] == chain["nsv_bbl"]
    assert {"commodity": "jet-fuel", "unit": "bbl", "quantity": chain["nsv_bbl"]} in (
        holdings(cli)["totals"])
    # A later gauging replaces the quantity; both stay in the journal.
    cli("gauge", "T1", "--tov", "500", "--temp-f", "60", "--sg", "0.7943")
    assert holdings(cli, "TF")["holdings"][0]["nsv_m3"] == "500.000"
    kinds = [e["kind"] for e in cli("journal", "log", "--json").json()["events"]]
    assert kinds.count("tank.gauged") == 2
    assert cli("journal", "verify").code == 0


def test_gauging_outside_the_standard_is_refused(ledger, cli):
    cli("tank", "add", "T1", "--site", "TF", "--commodity", "crude-oil")
    result = cli("gauge", "T1", "--tov", "1000", "--temp-f", "400", "--api", "30")
    assert result.code == 2 and "302" in result.err
    result = cli("gauge", "T1", "--tov", "1000", "--temp-c", "20", "--api", "30",
                 "--free-water", "2000")
    assert result.code == 2
    assert holdings(cli, "TF")["holdings"][0]["gauged_at"] is None


def test_fixed_roof_refuses_roof_adjustment(ledger, cli):
    cli("tank", "add", "T1", "--site", "TF", "--commodity", "crude-oil")
    result = cli("gauge", "T1", "--tov", "1000", "--temp-c", "20", "--api", "30", "--fra", "-2")
    assert result.code == 2 and "fixed-roof" in result.err


def test_gas_storage_and_lng(ledger, cli):
    result = cli("gas", "record", "UGS1", "--site", "GS", "--working", "1000000",
                 "--cushion", "500000", "--gcv-mj-per-sm3", "40", "--json")
    assert result.code == 0, result.err
    # 1e6 Sm³ × 40 MJ = 40,000 GJ; / 1.055056 = 37912.68… MMBtu
    assert result.json()["quantity"] == str(
        (Decimal(40000) / Decimal("1.055056")).quantize(Decimal("0.001")))
    reading = cli("journal", "log", "--json").json()["events"][-1]["payload"]["reading"]
    assert reading["given"] == {"working_volume": "1000000", "cushion_volume": "500000",
                                "unit": "Sm3", "gcv_mj_per_sm3": "40"}
    assert "ISO 6976" in reading["method"]["standard"]
    assert reading["reference"]["volume_reference"] == "15 °C, 101.325 kPa"
    lng = cli("gas", "record", "TK1", "--site", "LNG", "--kind", "lng", "--volume-m3", "1000",
              "--density", "450", "--gcv-mj-per-kg", "54", "--json")
    assert lng.code == 0, lng.err
    # 1000 m³ × 450 kg/m³ × 54 MJ/kg = 24,300 GJ
    assert lng.json()["quantity"] == str(
        (Decimal(24300) / Decimal("1.055056")).quantize(Decimal("0.001")))
    commodities = {t["commodity"] for t in holdings(cli)["totals"]}
    assert {"natural-gas", "lng"} <= commodities
    wrong_site = cli("gas", "record", "UGS2", "--site", "VLT", "--working", "1",
                     "--gcv-mj-per-sm3", "40")
    assert wrong_site.code == 2 and "vault" in wrong_site.err


def test_transfer_withdraw_adjust(ledger, cli):
    bar = add_gold(cli).json()
    moved = cli("move", "transfer", "--holding", str(bar["id"]), "--to", "WH", "--location",
                "R9", "--json").json()
    assert moved["site"] == "WH" and moved["location"] == "R9"
    no_reason = cli("move", "adjust", "--holding", str(bar["id"]), "--reason", " ",
                    "--gross-oz", "400.000")
    assert no_reason.code == 2 and "reason" in no_reason.err
    adjusted = cli("move", "adjust", "--holding", str(bar["id"]), "--reason", "re-weighed",
                   "--gross-oz", "400.000", "--json").json()
    assert adjusted["gross_oz"] == "400.000" and adjusted["fine_oz"] == "399.960"
    event = cli("journal", "log", "--json").json()["events"][-1]
    assert event["payload"]["reason"] == "re-weighed"
    assert event["payload"]["before"]["gross_oz"] == "400.125"
    assert cli("move", "withdraw", "--holding", str(bar["id"])).code == 0
    assert holdings(cli)["holdings"] == []
    again = cli("move", "withdraw", "--holding", str(bar["id"]))
    assert again.code == 2 and "no holding" in again.err
    assert cli("journal", "verify").code == 0
    # Withdrawn, the same bar may be received again later.
    assert add_gold(cli).code == 0


def test_tank_cannot_be_withdrawn_like_a_bar(ledger, cli):
    tank = cli("tank", "add", "T1", "--site", "TF", "--commodity", "crude-oil", "--json").json()
    result = cli("move", "withdraw", "--holding", str(tank["id"]))
    assert result.code == 2 and "gauging" in result.err


def test_holdings_by_site_and_unknown_site(ledger, cli, tmp_path):
    add_gold(cli, "A")
    cli("bar", "add", "--site", "WH", "--metal", "gold", "--brand", "PAMP", "--serial", "B",
        "--year", "2022", "--gross-oz", "400", "--fineness", "999.9")
    assert [h["serial"] for h in holdings(cli, "WH")["holdings"]] == ["B"]
    result = cli("holdings", "--site", "NOPE")
    assert result.code == 2 and "no site" in result.err


def test_totals_equal_sum_of_holdings(ledger, cli, tmp_path):
    rows = "".join(f"S{i},ARGOR,2021,{400 + i}.025,999.9,,\n" for i in range(30))
    path = write_csv(tmp_path / "l.csv", "serial,brand,year,gross_oz,fineness,fine_oz,location\n"
                     + rows)
    assert cli("import", "bars", str(path), "--site", "VLT", "--metal", "gold").code == 0
    data = holdings(cli)
    total = sum(Decimal(h["fine_oz"]) for h in data["holdings"])
    assert data["totals"] == [{"commodity": "gold", "unit": "ozt", "quantity": str(total)}]


def test_site_add_errors(ledger, cli):
    dup = cli("site", "add", "VLT", "--name", "again", "--kind", "vault")
    assert dup.code == 2 and "already exists" in dup.err
    bad = cli("site", "add", "BAD CODE!", "--name", "x", "--kind", "vault")
    assert bad.code == 2 and "code" in bad.err
    usage = cli("site", "add", "X1", "--name", "x", "--kind", "castle")
    assert usage.code == 2
