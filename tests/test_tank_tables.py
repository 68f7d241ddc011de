"""Calibration tables in real ledgers: stored and versioned through the CLI, gaugings by
level and ullage that name their table, refusals that store nothing, the journal's
replay, backups, an older ledger migrated, and a signed report whose schedule shows
the level and the table."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3
from jsonschema import Draft202012Validator
from pypdf import PdfReader

from app.attest.certs import self_signed_certificate
from app.attest.keyfile import encrypt_private_key
from app.attest.keys import PrivateKey
from app.attest.policy import format_time
from app.domain import strapping
from app.domain.units import group_digits
from app.services import keys as keyservice
from app.services import reporting, verifying
from app.store import schema
from app.store.ledger import Ledger
from tests.attest_helpers import FAR_FUTURE, FAST_KDF, KEY_PASSPHRASE, add_token, attest
from tests.conftest import PASSPHRASE, write_csv

pytestmark = pytest.mark.engines

ROOT = Path(__file__).resolve().parents[1]
TABLE_V1 = """level_mm,volume_m3
0,0.000
1000,100.000
2000,210.500
3000,321.000
20000,2200.000
"""
# Version 2: the same tank recalibrated, 0.1 % larger above 3 m.
TABLE_V2 = TABLE_V1.replace("20000,2200.000", "20000,2202.200")
WEATHER = ("--temp-c", "28.5", "--ambient", "18", "--api", "33.4", "--sw", "0.25")


def fresh_cli(ledger: Path, *argv: str) -> subprocess.CompletedProcess:
    """`tijori ...` in a process of its own: nothing this test imported may matter."""
    env = {**os.environ, "TIJORI_LEDGER": str(ledger), "TIJORI_PASSPHRASE": PASSPHRASE,
           "TIJORI_ACTOR": "t"}
    return subprocess.run([sys.executable, "-m", "app.cli.main", *argv], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def ok(cli, *argv: str):
    result = cli(*argv)
    assert result.code == 0, (argv, result.err)
    return result


def events(cli) -> list[dict]:
    return ok(cli, "journal", "log", "--json").json()["events"]


def tank_row(cli, code: str) -> dict:
    return next(h for h in ok(cli, "holdings", "--json").json()["holdings"]
                if h.get("code") == code)


@pytest.fixture
def tank(ledger, cli, tmp_path):
    """Floating-roof tank T-101 with table v1 (reference height, critical zone 900–1900 mm)."""
    ok(cli, "tank", "add", "T-101", "--site", "TF", "--commodity", "crude-oil", "--product",
       "Arab Light", "--roof", "floating")
    stored = ok(cli, "tank", "table", "T-101", str(write_csv(tmp_path / "v1.csv", TABLE_V1)),
                "--certificate", "CAL-1", "--calibrated-on", "2026-03-31",
                "--reference-height-mm", "20500", "--critical-zone-mm", "900-1900", "--json")
    return stored.json()


def test_a_table_is_stored_and_a_level_is_read_through_it(tank, cli):
    expected = strapping.parse_table(TABLE_V1, certificate="CAL-1", calibrated_on="2026-03-31",
                                     reference_height_mm="20500", critical_zone_mm="900-1900")
    assert (tank["version"], tank["digest"], tank["rows"]) == (1, expected.digest, 5)
    assert tank["critical_zone_mm"] == ["900", "1900"]
    event = events(cli)[-1]
    assert event["kind"] == "tank.table"
    assert event["payload"]["table"] == expected.as_json()

    text = ok(cli, "gauge", "T-101", "--level-mm", "11500", *WEATHER).out
    assert "level 11,500 mm → table v1 (cert. CAL-1) → TOV 1,260.500 m3" in text
    assert "calibration table  v1 cert. CAL-1" in text
    payload = events(cli)[-1]["payload"]
    inputs = payload["inputs"]
    assert inputs["level_mm"] == "11500" and inputs["tov"] == "1260.500"
    assert inputs["calibration"] == {"version": 1, "digest": expected.digest,
                                     "certificate": "CAL-1"}
    assert "ullage_mm" not in inputs and "in_critical_zone" not in inputs
    assert payload["chain"]["tov_m3"] == "1260.500"

    # The same chain as a gauging given that TOV directly.
    ok(cli, "tank", "add", "T-102", "--site", "TF", "--commodity", "crude-oil",
       "--roof", "floating")
    direct = ok(cli, "gauge", "T-102", "--tov", "1260.500", *WEATHER, "--json").json()
    assert direct["chain"] == payload["chain"]
    assert direct["level"] == "" and "level_mm" not in direct["inputs"]


def test_an_ullage_is_measured_down_from_the_reference_height(tank, cli):
    result = ok(cli, "gauge", "T-101", "--ullage-mm", "9000", *WEATHER, "--json").json()
    assert (result["inputs"]["ullage_mm"], result["inputs"]["reference_height_mm"],
            result["inputs"]["level_mm"], result["chain"]["tov_m3"]) == (
        "9000", "20500", "11500", "1260.500")
    assert result["level"].startswith("ullage 9,000 mm below reference height 20,500 mm → "
                                      "level 11,500 mm")
    given = ok(cli, "gauge", "T-101", "--ullage-mm", "9000", "--reference-height-mm", "21000",
               *WEATHER, "--json").json()
    assert given["inputs"]["level_mm"] == "12000"
    # 321 + 1879 × 9000 / 17000 = 1315.764705…
    assert given["chain"]["tov_m3"] == "1315.765"


def test_a_second_version_applies_to_new_gaugings(tank, cli, tmp_path, ledger):
    first = ok(cli, "gauge", "T-101", "--level-mm", "11500", *WEATHER, "--json").json()
    v2 = ok(cli, "tank", "table", "t-101", str(write_csv(tmp_path / "v2.csv", TABLE_V2)),
            "--certificate", "CAL-2", "--calibrated-on", "2026-06-30",
            "--reference-height-mm", "20500", "--critical-zone-mm", "900-1900", "--json").json()
    assert v2["version"] == 2 and v2["digest"] != tank["digest"]
    listed = ok(cli, "tank", "tables", "T-101", "--json").json()["tables"]
    assert [(t["version"], t["certificate"], t["digest"]) for t in listed] == [
        (1, "CAL-1", tank["digest"]), (2, "CAL-2", v2["digest"])]
    assert "v2 (current)" in ok(cli, "tank", "tables", "T-101").out

    second = ok(cli, "gauge", "T-101", "--level-mm", "11500", *WEATHER, "--json").json()
    assert second["inputs"]["calibration"] == {"version": 2, "digest": v2["digest"],
                                               "certificate": "CAL-2"}
    assert (first["chain"]["tov_m3"], second["chain"]["tov_m3"]) == ("1260.500", "1261.600")
    assert first["inputs"]["calibration"]["version"] == 1  # the journal keeps what was read
    verified = fresh_cli(ledger, "journal", "verify", "--json")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert json.loads(verified.stdout)["ok"] is True


def test_a_bad_table_is_refused_naming_line_and_column_and_nothing_is_stored(tank, cli,
                                                                           tmp_path):
    before = len(events(cli))
    bad = write_csv(tmp_path / "bad.csv", "level_mm,volume_m3\n0,0\n1000,100\n1000,200\n")
    result = cli("tank", "table", "T-101", str(bad))
    assert result.code == 2 and "Traceback" not in result.err
    assert "line 4, column level_mm: 1000 mm is not above the level of line 3" in result.err
    late = write_csv(tmp_path / "late.csv", "level_mm,volume_m3\n5,0\n1000,100\n")
    assert "must start at level 0" in cli("tank", "table", "T-101", str(late)).err
    assert cli("tank", "table", "T-101", str(tmp_path / "none.csv")).code == 2
    future = (datetime.now(UTC) + timedelta(days=3)).date().isoformat()
    assert "in the future" in cli("tank", "table", "T-101", str(write_csv(
        tmp_path / "ok.csv", TABLE_V1)), "--calibrated-on", future).err
    ok(cli, "tank", "add", "T-FIX", "--site", "TF", "--commodity", "diesel")
    fixed = cli("tank", "table", "T-FIX", str(tmp_path / "ok.csv"), "--critical-zone-mm",
                "900-1900")
    assert fixed.code == 2 and "floating-roof tanks only" in fixed.err
    assert cli("tank", "table", "T-NONE", str(tmp_path / "ok.csv")).code == 2
    kinds = [e["kind"] for e in events(cli)]
    assert len(kinds) == before + 1 and kinds[-1] == "tank.added"  # only T-FIX itself
    assert [t["version"] for t in ok(cli, "tank", "tables", "T-101", "--json").json()[
        "tables"]] == [1]


def test_levels_outside_the_table_or_in_the_critical_zone_are_refused(tank, cli):
    before = len(events(cli))
    above = cli("gauge", "T-101", "--level-mm", "20001", *WEATHER)
    assert above.code == 2
    assert ("tank T-101, calibration table v1 (cert. CAL-1): level 20001 mm is above the "
            "calibration table, which ends at 20000 mm") in above.err
    zone = cli("gauge", "T-101", "--level-mm", "1500", *WEATHER)
    assert zone.code == 2 and "critical zone (900–1900 mm)" in zone.err
    ullage = cli("gauge", "T-101", "--ullage-mm", "19000", *WEATHER)  # level 1500
    assert ullage.code == 2 and "critical zone" in ullage.err and "ullage 19000 mm" in ullage.err
    both = cli("gauge", "T-101", "--level-mm", "1500", "--tov", "10", *WEATHER)
    assert both.code == 2 and "not allowed with argument" in both.err
    height = cli("gauge", "T-101", "--level-mm", "1500", "--reference-height-mm", "2", *WEATHER)
    assert height.code == 2 and "reference height goes with an ullage" in height.err
    unit = cli("gauge", "T-101", "--level-mm", "5000", "--unit", "bbl", *WEATHER)
    assert unit.code == 2 and "gives volumes in m3" in unit.err
    ok(cli, "tank", "add", "T-NEW", "--site", "TF", "--commodity", "crude-oil")
    missing = cli("gauge", "T-NEW", "--level-mm", "1500", *WEATHER)
    assert missing.code == 2 and "`tijori tank table T-NEW FILE.csv`" in missing.err
    assert len(events(cli)) == before + 1  # T-NEW, and no gauging
    assert tank_row(cli, "T-101")["gauged_at"] is None

    allowed = ok(cli, "gauge", "T-101", "--level-mm", "1500", "--allow-critical-zone",
                 *WEATHER, "--json").json()
    assert allowed["inputs"]["in_critical_zone"] is True
    assert allowed["chain"]["tov_m3"] == "155.250"
    assert "(in the critical zone, allowed)" in allowed["level"]


@pytest.mark.file_only
def test_replay_sees_a_table_changed_behind_the_journal(tank, cli, ledger):
    ok(cli, "gauge", "T-101", "--level-mm", "11500", *WEATHER)
    assert ok(cli, "journal", "verify").code == 0
    conn = sqlcipher3.connect(str(ledger), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("UPDATE tank_tables SET calibration = replace(calibration, '321.000', "
                 "'331.000')")
    conn.close()
    result = fresh_cli(ledger, "journal", "verify")
    assert result.returncode == 1
    assert "tank_tables row tank=1, version=1 was changed behind the journal" in result.stdout
    refused = cli("gauge", "T-101", "--level-mm", "11500", *WEATHER)
    assert refused.code != 0 and "does not match its digest" in refused.err


@pytest.mark.file_only
def test_a_backup_and_its_restore_keep_the_tables(tank, cli, tmp_path):
    out = tmp_path / "copy.tijori"
    ok(cli, "backup", "--out", str(out))
    restored = tmp_path / "restored.tijori"
    ok(cli, "restore", str(out), "--to", str(restored))
    listed = fresh_cli(restored, "tank", "tables", "T-101", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [t["digest"] for t in json.loads(listed.stdout)["tables"]] == [tank["digest"]]
    gauged = fresh_cli(restored, "gauge", "T-101", "--level-mm", "3000", *WEATHER, "--json")
    assert json.loads(gauged.stdout)["chain"]["tov_m3"] == "321.000"
    assert fresh_cli(restored, "journal", "verify").returncode == 0


@pytest.mark.file_only
def test_a_ledger_written_before_tables_opens_and_takes_them(ledger, cli, tmp_path):
    ok(cli, "tank", "add", "T-OLD", "--site", "TF", "--commodity", "crude-oil")
    ok(cli, "gauge", "T-OLD", "--tov", "1000", "--temp-c", "20", "--api", "30")
    conn = sqlcipher3.connect(str(ledger), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("DROP TABLE tank_tables")
    conn.execute("PRAGMA user_version = 3")
    conn.close()
    with Ledger.open(ledger, PASSPHRASE, actor="t") as opened:
        assert opened.conn.execute("PRAGMA user_version").fetchone()[0] == \
            schema.SCHEMA_VERSION == 4
        assert opened.conn.execute("SELECT count(*) FROM tank_tables").fetchone()[0] == 0
    ok(cli, "tank", "table", "T-OLD", str(write_csv(tmp_path / "t.csv", TABLE_V1)))
    ok(cli, "gauge", "T-OLD", "--level-mm", "2000", "--temp-c", "20", "--api", "30")
    result = fresh_cli(ledger, "journal", "verify")
    assert result.returncode == 0, result.stdout + result.stderr


# -- a signed report ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def report_policy(ring, tmp_path_factory):
    """The keyring's policy plus a report signer (P-256, its certificate beside it)."""
    folder = tmp_path_factory.mktemp("report-keys")
    now = datetime.now(UTC)
    key = PrivateKey.generate("ecdsa-p256")
    key_file = folder / "report.key"
    key_file.write_bytes(encrypt_private_key(key, KEY_PASSPHRASE, name="reporter",
                                             created=format_time(now), kdf_params=FAST_KDF))
    Path(f"{key_file}.crt").write_bytes(self_signed_certificate(
        key, name="reporter", not_before=now - timedelta(days=1),
        not_after=now + timedelta(days=365)))
    keyservice.export_public(str(key_file), str(folder / "report.pub"))
    policy = folder / "policy.json"
    keyservice.draft_policy(
        out=str(policy), name="Tijori trust policy", expires=FAR_FUTURE,
        custodians=[ring.pub("cust1"), ring.pub("cust2")], custodian_threshold=2,
        auditors=[ring.pub("aud")], auditor_threshold=1, admins=[ring.pub("admin")],
        admin_threshold=1, report_signers=[str(folder / "report.pub")])
    keyservice.sign_policy(str(policy), ring.key("admin"), KEY_PASSPHRASE)
    return {"policy": str(policy), "key": str(key_file)}


def test_the_reports_schedule_shows_the_level_the_table_and_every_input(
        tank, cli, tmp_path, ring, report_policy, monkeypatch):
    monkeypatch.setenv("TIJORI_KEY_PASSPHRASE", KEY_PASSPHRASE)
    v2 = ok(cli, "tank", "table", "T-101", str(write_csv(tmp_path / "v2.csv", TABLE_V2)),
            "--certificate", "CAL-2", "--reference-height-mm", "20500", "--json").json()
    ok(cli, "gauge", "T-101", "--level-mm", "11500", *WEATHER, "--fra", "-4.2",
       "--free-water", "12.5")
    add_token(cli, "OIL", commodity="crude-oil", per_token="1 bbl", supply="1000")
    att, leaves, _ = attest(cli, ring, tmp_path, "tanks", policy=report_policy["policy"])

    # The leaf carries the level, the table and every input of the chain, as FORMAT.md says.
    [line] = [json.loads(x) for x in leaves.read_bytes().splitlines()[1:]]
    leaf = line["holding"]
    schema_doc = json.loads((ROOT / "reports/schemas/leaf.schema.json").read_text())
    Draft202012Validator(schema_doc).validate(line)
    assert (leaf["level_mm"], leaf["tov_m3"], leaf["free_water_m3"], leaf["fra_m3"]) == (
        "11500", "1261.600", "12.500", "-4.200")
    assert leaf["calibration"] == {"certificate": "CAL-2", "digest": v2["digest"], "version": 2}
    assert (leaf["temperature"], leaf["ambient_temperature"], leaf["temperature_unit"],
            leaf["density"], leaf["chain_unit"]) == ("28.5", "18", "C", {"api": "33.4"}, "m3")
    assert leaf["ullage_mm"] is None and leaf["in_critical_zone"] is False

    out = tmp_path / "report.pdf"
    reporting.make_report(
        attestation_path=str(att), policy_path=report_policy["policy"],
        leaves_path=str(leaves), report_key_path=report_policy["key"],
        passphrase=lambda: KEY_PASSPHRASE, out=str(out), public=False)
    verdict = verifying.verify_file(str(out), report_policy["policy"])
    assert verdict.ok, [(c.name, c.reason) for c in verdict.failures]  # the cover check too
    assert any(c.name == "cover figures" and c.passed for c in verdict.checks)
    pages = [p.extract_text() or "" for p in PdfReader(io.BytesIO(out.read_bytes())).pages]
    text = " ".join(" ".join(pages).split())
    start = text.index("Tanks (quantity chain")
    schedule = text[start:]
    assert "Level mm" in schedule and "Calibration" in schedule
    assert (f"{leaf['id']} T-101 Arab Light {group_digits(leaf['gov_m3'])} {leaf['ctpl']} "
            f"{group_digits(leaf['gsv_m3'])} 0.25 {group_digits(leaf['nsv_m3'])} "
            f"{group_digits(leaf['nsv_bbl'])}") in schedule
    assert (f"11,500 v2 · CAL-2 1,261.600 12.500 {leaf['ctsh']} -4.200 28.5 / 18 °C "
            "API 33.4") in schedule
    assert f"calibration table SHA-256 {v2['digest']}" in schedule

