"""`tijori journal verify` catches every edit made behind the application's back.

Each case opens the ledger file with sqlcipher3 directly, as an insider with the
passphrase would, changes rows, and expects verify to fail naming the first bad
event or row.
"""

from __future__ import annotations

import hashlib

import pytest
import sqlcipher3

from tests.conftest import PASSPHRASE, write_csv


def raw(path):
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    return conn


@pytest.fixture
def busy(ledger, cli, tmp_path):
    """A ledger with a dozen events of several kinds."""
    csv = write_csv(tmp_path / "bars.csv",
                    "serial,brand,year,gross_oz,fineness\n"
                    "A1,PAMP,2022,400.100,999.9\nA2,PAMP,2022,401.000,999.9\n"
                    "A3,VALC,2021,399.000,995.0\n")
    assert cli("import", "bars", str(csv), "--site", "VLT", "--metal", "gold").code == 0
    assert cli("bar", "add", "--site", "VLT", "--metal", "gold", "--brand", "ARGOR",
               "--serial", "Z9", "--year", "2020", "--gross-oz", "400", "--fineness",
               "999.9").code == 0
    assert cli("lot", "add", "--site", "WH", "--metal", "copper", "--warrant", "W-1",
               "--brand", "KGHM", "--shape", "cathode", "--grade", "Cu-CATH-1", "--bundles",
               "10", "--gross-t", "25.210", "--net-t", "25.100").code == 0
    assert cli("move", "transfer", "--holding", "1", "--to", "WH", "--location",
               "R1").code == 0
    assert cli("journal", "verify").code == 0
    return ledger


def events(conn):
    return conn.execute("SELECT seq, kind, hash FROM events ORDER BY seq").fetchall()


def test_clean_ledger_verifies(busy, cli):
    result = cli("journal", "verify", "--json")
    assert result.code == 0
    report = result.json()
    assert report["ok"] is True and report["problems"] == []
    assert report["events"] == len(events(raw(busy)))


def test_edited_payload_is_named(busy, cli):
    conn = raw(busy)
    payload = conn.execute("SELECT payload FROM events WHERE kind = 'bar.received'").fetchone()
    seq = conn.execute("SELECT seq FROM events WHERE kind = 'bar.received'").fetchone()[0]
    conn.execute("UPDATE events SET payload = ? WHERE seq = ?",
                 (bytes(payload[0]).replace(b"999.9", b"999.8"), seq))
    result = cli("journal", "verify")
    assert result.code == 1
    assert f"event {seq} (bar.received" in result.out
    assert "was edited" in result.out


def test_edited_actor_is_named(busy, cli):
    conn = raw(busy)
    conn.execute("UPDATE events SET actor = 'mallory' WHERE seq = 3")
    result = cli("journal", "verify")
    assert result.code == 1 and "event 3 " in result.out and "edited" in result.out


def test_deleted_event_is_named(busy, cli):
    conn = raw(busy)
    conn.execute("DELETE FROM events WHERE seq = 4")
    result = cli("journal", "verify")
    assert result.code == 1
    assert "event 4 is missing" in result.out


def test_deleted_last_event_is_caught(busy, cli):
    conn = raw(busy)
    last = conn.execute("SELECT max(seq) FROM events").fetchone()[0]
    conn.execute("DELETE FROM events WHERE seq = ?", (last,))
    result = cli("journal", "verify")
    assert result.code == 1
    assert f"ends at event {last - 1}" in result.out


def test_inserted_event_is_named(busy, cli):
    conn = raw(busy)
    conn.execute("UPDATE events SET seq = seq + 1000 WHERE seq >= 5")
    conn.execute("UPDATE events SET seq = seq - 999 WHERE seq >= 1005")
    row = conn.execute("SELECT time, actor, kind, payload, prev_hash, hash FROM events "
                       "WHERE seq = 4").fetchone()
    forged = hashlib.sha256(b"forged").hexdigest()
    conn.execute("INSERT INTO events VALUES (5, ?, ?, ?, ?, ?, ?)",
                 (row[0], "mallory", row[2], row[3], row[5], forged))
    result = cli("journal", "verify")
    assert result.code == 1
    assert "event 5 " in result.out


def test_reordered_events_are_named(busy, cli):
    conn = raw(busy)
    conn.execute("UPDATE events SET seq = -1 WHERE seq = 5")
    conn.execute("UPDATE events SET seq = 5 WHERE seq = 6")
    conn.execute("UPDATE events SET seq = 6 WHERE seq = -1")
    result = cli("journal", "verify")
    assert result.code == 1
    assert "event 5 " in result.out
    assert "link to the previous event is broken" in result.out


def test_holding_changed_behind_the_journal(busy, cli):
    conn = raw(busy)
    bar_id = conn.execute("SELECT id FROM bars WHERE serial = 'A2'").fetchone()[0]
    conn.execute("UPDATE bars SET fine_oz = '500.000' WHERE id = ?", (bar_id,))
    result = cli("journal", "verify")
    assert result.code == 1
    assert f"bars row id={bar_id} was changed" in result.out
    assert "fine_oz is '500.000'" in result.out


def test_holding_deleted_behind_the_journal(busy, cli):
    conn = raw(busy)
    conn.execute("DELETE FROM lots")
    result = cli("journal", "verify")
    assert result.code == 1
    assert "lots row id=" in result.out and "missing from the ledger" in result.out


def test_holding_added_behind_the_journal(busy, cli):
    conn = raw(busy)
    conn.execute("INSERT INTO bars (id, site, metal, brand, serial, year, gross_oz, fineness, "
                 "fine_oz, location, good_delivery, flags, seq) VALUES "
                 "(999, 'VLT', 'gold', 'FAKE', 'F1', 2020, '400.000', '999.9', '399.960', '', "
                 "1, '', 2)")
    result = cli("journal", "verify")
    assert result.code == 1
    assert "bars row id=999 is not in the journal" in result.out


def test_forged_chain_without_holding_change_still_fails_on_head(busy, cli):
    """Truncating the journal and its projection alike still leaves the recorded head."""
    conn = raw(busy)
    last = conn.execute("SELECT max(seq) FROM events").fetchone()[0]
    conn.execute("DELETE FROM events WHERE seq = ?", (last,))
    result = cli("journal", "verify", "--json")
    assert result.code == 1
    assert result.json()["ok"] is False
