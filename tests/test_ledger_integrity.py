"""The books hold: large imports anywhere in a history, attestations only of what the
journal proves, owner-only files, durable commits, backups and restores."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
import sqlcipher3

from app.domain.errors import WrongPassphrase
from app.services import importing, session
from app.store import projection
from app.store.ledger import Ledger
from tests.attest_helpers import KEY_PASSPHRASE, add_token, attest, request
from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "quartz lantern orchard velvet 42"


def bar_list(path: Path, count: int, *, prefix: str = "S", brand: str = "ARGOR") -> Path:
    """A bar list of `count` gold bars with serials PREFIX0000001…"""
    lines = ["serial,brand,year,gross_oz,fineness,location"]
    lines += [f"{prefix}{i:07d},{brand},2021,400.{i % 1000:03d},999.9,V{i % 7}"
              for i in range(1, count + 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def fresh_cli(ledger: Path, passphrase: str, *argv: str) -> subprocess.CompletedProcess:
    """`tijori ...` in a process of its own: nothing another test imported may matter."""
    env = {**os.environ, "TIJORI_LEDGER": str(ledger), "TIJORI_PASSPHRASE": passphrase,
           "TIJORI_ACTOR": "t"}
    return subprocess.run([sys.executable, "-m", "app.cli.main", *argv], env=env,
                          capture_output=True, text=True, timeout=300)


def events(cli) -> list[dict]:
    result = cli("journal", "log", "--json")
    assert result.code == 0, result.err
    return result.json()["events"]


def tamper(path: Path, sql: str, params: tuple = ()) -> None:
    """Write to the ledger's tables behind the journal, as any SQLCipher client can."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute(sql, params)
    conn.close()


def every_kind_of_event(cli, ring, tmp_path: Path, monkeypatch) -> None:
    """Record one event of every kind after whatever the ledger holds now."""
    def ok(*argv: str):
        result = cli(*argv)
        assert result.code == 0, (argv, result.err)
        return result

    ok("site", "add", "VLT2", "--name", "Second vault", "--kind", "vault")
    bar = ok("bar", "add", "--site", "VLT", "--metal", "gold", "--brand", "PAMP", "--serial",
             "LATE-1", "--year", "2023", "--gross-oz", "400.125", "--fineness", "999.9",
             "--json").json()
    ok("bar", "add", "--site", "VLT", "--metal", "gold", "--brand", "PAMP", "--serial",
       "LATE-2", "--year", "2023", "--gross-oz", "399.000", "--fineness", "999.9")
    ok("lot", "add", "--site", "WH", "--metal", "copper", "--warrant", "W-9", "--brand", "KGHM",
       "--shape", "cathode", "--grade", "Cu-CATH-1", "--bundles", "10", "--gross-t", "25.210",
       "--net-t", "25.100")
    ok("tank", "add", "T1", "--site", "TF", "--commodity", "crude-oil")
    table = tmp_path / "t1-table.csv"
    table.write_text("level_mm,volume_m3\n0,0\n10000,1000\n", encoding="utf-8")
    ok("tank", "table", "T1", str(table), "--certificate", "CAL-T1")
    ok("gauge", "T1", "--tov", "1000", "--temp-c", "20", "--api", "30")
    ok("gas", "record", "UGS1", "--site", "GS", "--working", "1000000", "--cushion", "500000",
       "--gcv-mj-per-sm3", "40")
    ok("move", "transfer", "--holding", str(bar["id"]), "--to", "VLT2")
    ok("move", "adjust", "--holding", str(bar["id"]), "--reason", "re-weighed",
       "--gross-oz", "400.000")
    ok("move", "withdraw", "--holding", str(bar["id"]))
    # Several holdings in one event each, found by serial and warrant.
    ok("move", "transfer", "--holding", "LATE-2", "--holding", "W-9", "--to", "VLT2")
    ok("move", "withdraw", "--holding", "LATE-2", "--holding", "W-9")
    add_token(cli, "PKG", supply="1000")
    attest(cli, ring, tmp_path, "mid")
    monkeypatch.setenv("TIJORI_NEW_PASSPHRASE", NEW_PASSPHRASE)
    ok("passwd")
    monkeypatch.setenv("TIJORI_PASSPHRASE", NEW_PASSPHRASE)
    ok("site", "add", "VLT3", "--name", "Third vault", "--kind", "vault")


@pytest.mark.slow
def test_bulk_import_in_the_middle_of_a_history_replays(ledger, cli, tmp_path, ring,
                                                          monkeypatch):
    """An import large enough for the bulk path, followed by events of every kind."""
    monkeypatch.setenv("TIJORI_KEY_PASSPHRASE", KEY_PASSPHRASE)
    count = projection.BULK_ROWS + 10
    imported = fresh_cli(ledger, PASSPHRASE, "import", "bars",
                         str(bar_list(tmp_path / "big.csv", count)), "--site", "VLT",
                         "--metal", "gold")
    assert imported.returncode == 0, imported.stderr
    parts = [e for e in events(cli) if e["kind"] == "bars.imported"]
    assert len(parts) == -(-count // importing.PART_BARS)  # recorded in parts
    imported_at = parts[-1]["time"]
    every_kind_of_event(cli, ring, tmp_path, monkeypatch)
    kinds = {e["kind"] for e in events(cli)}
    assert set(projection.APPLY) - kinds == {"ledger.restored"}

    verified = fresh_cli(ledger, NEW_PASSPHRASE, "journal", "verify", "--json")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert json.loads(verified.stdout)["events"] == len(events(cli))

    # An attestation as of just after the import: the journal is replayed to that point.
    _, leaves = request(cli, ring, tmp_path, "past", "--as-of", imported_at)
    with open(leaves, "rb") as handle:
        assert sum(1 for _ in handle) == 1 + count  # header line, then one leaf a bar


def test_small_parts_and_a_bulk_threshold_replay_anywhere(ledger, cli, tmp_path, monkeypatch):
    """The same paths at a small scale: many parts, indexes rebuilt, then more events."""
    monkeypatch.setattr(importing, "PART_BARS", 7)
    monkeypatch.setattr(importing, "BULK_ROWS", 20)
    for number in range(3):
        path = bar_list(tmp_path / f"l{number}.csv", 30 + number, prefix=f"P{number}-")
        assert cli("import", "bars", str(path), "--site", "VLT", "--metal", "gold").code == 0
        assert cli("bar", "add", "--site", "VLT", "--metal", "gold", "--brand", "PAMP",
                   "--serial", f"X{number}", "--year", "2023", "--gross-oz", "400.125",
                   "--fineness", "999.9").code == 0
    parts = [e for e in events(cli) if e["kind"] == "bars.imported"]
    assert len(parts) == 5 + 5 + 5
    assert cli("journal", "verify").code == 0
    with Ledger.open(ledger, PASSPHRASE, actor="t") as opened:
        indexes = {r[0] for r in opened.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"bars_identity", "bars_site"} <= indexes
        assert opened.conn.execute("SELECT count(*) FROM bars").fetchone()[0] == 93 + 3
        total = opened.conn.execute("SELECT fine_oz, bars FROM bar_totals").fetchall()
        fine = opened.conn.execute("SELECT fine_oz FROM bars").fetchall()
        assert total == [(str(sum(Decimal(f) for (f,) in fine)), 96)]


def test_a_bad_row_late_in_a_large_file_rolls_back_every_part(ledger, cli, tmp_path,
                                                              monkeypatch):
    monkeypatch.setattr(importing, "PART_BARS", 10)
    path = bar_list(tmp_path / "list.csv", 95)
    with path.open("a", encoding="utf-8") as handle:
        handle.write("BAD1,ARGOR,2021,-1,999.9,V1\n")
    before = len(events(cli))
    result = cli("import", "bars", str(path), "--site", "VLT", "--metal", "gold")
    assert result.code == 2 and "line 97" in result.err
    assert len(events(cli)) == before
    assert cli("holdings", "--json").json()["holdings"] == []


@pytest.mark.parametrize("bulk", [False, True])
def test_bars_held_or_listed_twice_are_named_after_a_streamed_import(ledger, cli, tmp_path,
                                                                   monkeypatch, bulk):
    monkeypatch.setattr(importing, "PART_BARS", 10)
    monkeypatch.setattr(importing, "BULK_ROWS", 5 if bulk else 10**6)
    assert cli("import", "bars", str(bar_list(tmp_path / "a.csv", 12)), "--site", "VLT",
               "--metal", "gold").code == 0
    before = len(events(cli))
    path = bar_list(tmp_path / "b.csv", 30)  # S0000001…S0000012 are already held
    result = cli("import", "bars", str(path), "--site", "VLT", "--metal", "gold")
    assert result.code == 2
    assert "ARGOR S0000001 (2021) is already held as holding 1" in result.err
    assert "12 bad rows" in result.err
    twice = tmp_path / "twice.csv"
    twice.write_text(path.read_text().replace("S0000030", "S0000029"), encoding="utf-8")
    result = cli("import", "bars", str(twice), "--site", "VLT", "--metal", "gold")
    assert result.code == 2 and "already listed on line 30" in result.err
    assert len(events(cli)) == before
    assert cli("journal", "verify").code == 0


# -- attestations only of what the journal proves -------------------------------------


@pytest.mark.parametrize("change, named", [
    ("INSERT INTO bars (id, site, metal, brand, serial, year, gross_oz, fineness, fine_oz, "
     "location, good_delivery, flags, seq, serial_key, brand_key) VALUES (900, 'VLT', 'gold', "
     "'PAMP', 'GHOST', 2022, '400.000', '999.9', '399.960', '', 1, '', 3, 'ghost', 'pamp')",
     "bars row id=900 is not in the journal"),
    ("UPDATE tokens SET supply = '1' WHERE symbol = 'PKG'",
     "tokens row symbol='PKG' was changed behind the journal: supply is '1'"),
    ("DELETE FROM bars WHERE id = 1", "bars row id=1 is in the journal but missing"),
])
def test_attest_request_refuses_holdings_the_journal_does_not_prove(
        ledgers, cli, ledger_path, ring, tmp_path, change, named):
    ledgers.copy("stocked", ledger_path)
    columns = {r[1] for r in _connect(ledger_path).execute("PRAGMA table_info(bars)")}
    if "serial_key" not in columns:
        change = change.replace(", serial_key, brand_key", "").replace(", 'ghost', 'pamp'", "")
    tamper(ledger_path, change)
    out, leaves = tmp_path / "r.json", tmp_path / "r.leaves.jsonl"
    result = cli("attest", "request", "--policy", ring.policy, "--out", str(out),
                 "--leaves-out", str(leaves), "--custodian", "C")
    assert result.code == 1, result.err
    assert named in result.err and "nothing was attested" in result.err
    assert not out.exists() and not leaves.exists()
    assert not list(tmp_path.glob(".*.tmp"))


def _connect(path: Path):
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    return conn


# -- files, permissions, durability ------------------------------------------------------


def _mode(path: Path | str) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_ledger_and_its_wal_are_owner_only_whatever_the_umask(tmp_path):
    path = tmp_path / "private.tijori"
    old = os.umask(0o022)
    try:
        with session.create_ledger(path, PASSPHRASE, "t") as ledger:
            ledger.record("ledger.rekeyed", {"note": "keep the WAL open"})
            for suffix in ("", "-wal", "-shm"):
                assert _mode(f"{path}{suffix}") == 0o600, suffix
            assert ledger.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    finally:
        os.umask(old)


def test_an_existing_world_readable_ledger_is_made_owner_only_on_open(ledger):
    os.chmod(ledger, 0o644)
    with Ledger.open(ledger, PASSPHRASE, actor="t"):
        assert _mode(ledger) == 0o600


# -- re-keying, backups and restores ---------------------------------------------------------


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_passwd_leaves_one_file_complete_on_its_own_with_its_event(ledger, cli, tmp_path,
                                                                  monkeypatch):
    monkeypatch.setenv("TIJORI_NEW_PASSPHRASE", NEW_PASSPHRASE)
    assert cli("passwd").code == 0
    assert not Path(f"{ledger}-wal").exists()
    alone = tmp_path / "alone.tijori"  # the main file alone, without any -wal
    alone.write_bytes(ledger.read_bytes())
    with pytest.raises(Exception, match="passphrase is wrong"):
        Ledger.open(alone, PASSPHRASE, actor="t")
    with Ledger.open(alone, NEW_PASSPHRASE, actor="t") as opened:
        assert opened.conn.execute(
            "SELECT kind FROM events ORDER BY seq DESC LIMIT 1").fetchone()[0] == "ledger.rekeyed"
    assert _mode(ledger) == 0o600
    assert [p.name for p in tmp_path.iterdir() if ".rekey-" in p.name] == []


def test_passwd_is_refused_while_another_connection_has_the_ledger_open(ledger, cli,
                                                                        monkeypatch):
    before = _digest(ledger)
    with Ledger.open(ledger, PASSPHRASE, actor="other"):
        monkeypatch.setenv("TIJORI_NEW_PASSPHRASE", NEW_PASSPHRASE)
        result = cli("passwd")
    assert result.code == 2 and "busy" in result.err
    assert cli("journal", "verify").code == 0  # still the old passphrase
    assert _digest(ledger) == before or cli("site", "list").code == 0


def test_backup_is_a_verified_copy_taken_while_the_ledger_is_written(ledger, cli, tmp_path):
    out = tmp_path / "backup.tijori"
    with Ledger.open(ledger, PASSPHRASE, actor="t") as writer:
        writer.conn.execute("BEGIN IMMEDIATE")
        writer.append("ledger.rekeyed", {"note": "not yet committed"})
        result = cli("backup", "--out", str(out), "--json")
        writer.conn.execute("COMMIT")
    assert result.code == 0, result.err
    made = result.json()
    assert made["events"] == 6 and made["path"] == str(out)  # created + five sites
    assert _mode(out) == 0o600
    with Ledger.open(out, PASSPHRASE, actor="t") as copy:
        assert copy.head()[0] == 6
    assert cli("backup", "--out", str(out)).code == 2  # never overwritten
    assert not [p for p in tmp_path.iterdir() if ".backup-" in p.name]


def test_restore_makes_a_new_ledger_and_never_overwrites(ledger, cli, tmp_path):
    out = tmp_path / "backup.tijori"
    assert cli("backup", "--out", str(out)).code == 0
    assert cli("site", "add", "LATE", "--name", "After the backup", "--kind", "vault").code == 0
    refused = cli("restore", str(out), "--to", str(ledger))
    assert refused.code == 2 and "already exists" in refused.err
    restored = tmp_path / "restored.tijori"
    result = cli("restore", str(out), "--to", str(restored), "--json")
    assert result.code == 0, result.err
    log = cli("journal", "log", "--ledger", str(restored), "--json").json()["events"]
    assert log[-1]["kind"] == "ledger.restored" and len(log) == 7
    assert "LATE" not in cli("site", "list", "--ledger", str(restored)).out
    assert cli("journal", "verify", "--ledger", str(restored)).code == 0
    assert _mode(restored) == 0o600


def test_a_backup_whose_journal_does_not_verify_is_not_restored(ledger, cli, tmp_path):
    out = tmp_path / "backup.tijori"
    assert cli("backup", "--out", str(out)).code == 0
    tamper(out, "UPDATE sites SET name = 'Elsewhere' WHERE code = 'VLT'")
    result = cli("restore", str(out), "--to", str(tmp_path / "r.tijori"))
    assert result.code == 1 and "sites row code='VLT' was changed" in result.err
    assert not (tmp_path / "r.tijori").exists()


# -- the bar totals the projection keeps -----------------------------------------------------


def _totals_agree(path: Path) -> list[tuple]:
    """The kept totals, after checking them against a sum of every bar."""
    conn = _connect(path)
    kept = conn.execute("SELECT site, metal, fine_oz, bars FROM bar_totals "
                        "ORDER BY site, metal").fetchall()
    summed: dict[tuple[str, str], list] = {}
    for site, metal, fine in conn.execute("SELECT site, metal, fine_oz FROM bars"):
        entry = summed.setdefault((site, metal), [Decimal(0), 0])
        entry[0] += Decimal(fine)
        entry[1] += 1
    conn.close()
    assert [(s, m, Decimal(f), n) for s, m, f, n in kept] == [
        (s, m, total, n) for (s, m), (total, n) in sorted(summed.items())]
    return kept


def test_bar_totals_follow_every_movement(ledger, cli):
    def bar(serial: str, gross: str = "400.000") -> int:
        result = cli("bar", "add", "--site", "VLT", "--metal", "gold", "--brand", "PAMP",
                     "--serial", serial, "--year", "2022", "--gross-oz", gross,
                     "--fineness", "999.9", "--json")
        assert result.code == 0, result.err
        return result.json()["id"]

    first, second = bar("T-1"), bar("T-2", "401.500")
    assert cli("site", "add", "VLT2", "--name", "Two", "--kind", "vault").code == 0
    assert _totals_agree(ledger) == [("VLT", "gold", "801.420", 2)]
    assert cli("move", "transfer", "--holding", str(first), "--to", "VLT2").code == 0
    assert len(_totals_agree(ledger)) == 2
    assert cli("move", "adjust", "--holding", str(second), "--reason", "re-weighed",
               "--gross-oz", "399.000").code == 0
    assert _totals_agree(ledger)[0][2] == "398.960"
    assert cli("move", "withdraw", "--holding", str(first)).code == 0
    assert _totals_agree(ledger) == [("VLT", "gold", "398.960", 1)]  # VLT2 holds none now
    assert cli("holdings", "--json").json()["totals"] == [
        {"commodity": "gold", "unit": "ozt", "quantity": "398.960"}]
    assert cli("journal", "verify").code == 0


def test_a_total_changed_behind_the_journal_is_named(ledger, cli):
    assert cli("bar", "add", "--site", "VLT", "--metal", "gold", "--brand", "PAMP", "--serial",
               "T-1", "--year", "2022", "--gross-oz", "400.000", "--fineness", "999.9").code == 0
    tamper(ledger, "UPDATE bar_totals SET fine_oz = '4000.000'")
    result = cli("journal", "verify")
    assert result.code == 1
    assert ("bar_totals row site='VLT', metal='gold' was changed behind the journal: "
            "fine_oz is '4000.000', the journal says '399.960'") in result.out


# -- passphrases in any normalisation form -----------------------------------------------------

COMPOSED = "Zürich crème brûlée über alles"


def test_a_passphrase_typed_in_another_normalisation_form_opens_the_ledger(tmp_path):
    path = tmp_path / "nfc.tijori"
    decomposed = unicodedata.normalize("NFD", COMPOSED)
    assert decomposed != COMPOSED
    session.create_ledger(path, decomposed, "t").close()  # typed on a system that decomposes
    with Ledger.open(path, COMPOSED, actor="t") as opened:
        assert opened.head()[0] == 1
    with Ledger.open(path, decomposed, actor="t") as opened:
        assert opened.head()[0] == 1


def test_a_ledger_keyed_before_normalisation_still_opens_as_typed(tmp_path):
    """A passphrase set, unnormalised, by an earlier Tijori keeps opening its ledger."""
    path = tmp_path / "old.tijori"
    decomposed = unicodedata.normalize("NFD", COMPOSED)
    session.create_ledger(path, COMPOSED, "t").close()
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{COMPOSED}'")
    conn.execute(f"PRAGMA rekey = '{decomposed}'")  # as the earlier `passwd` stored it
    conn.close()
    with Ledger.open(path, decomposed, actor="t") as opened:
        assert opened.head()[0] == 1
    with pytest.raises(WrongPassphrase):
        Ledger.open(path, "not the passphrase at all 77", actor="t")
