"""One bar, one record: serials and brands that only look different are the same bar."""

from __future__ import annotations

import unicodedata

import pytest
import sqlcipher3

from app.domain.errors import LedgerError
from app.services import session
from app.store import schema
from app.store.ledger import Ledger
from tests.conftest import PASSPHRASE, write_csv

pytestmark = pytest.mark.engines

HEADER = "serial,brand,year,gross_oz,fineness\n"
LOOKALIKES = [
    ("АВ12345", "Cyrillic А and В"),
    ("ΑΒ12345", "Greek Α and Β"),
    ("ＡＢ１２３４５", "full-width letters and digits"),
    ("AB\u00a012345", "a no-break space"),
    ("AB\u200912345", "a thin space"),
    ("ab12345", "small letters"),
    ("AB12345", "the same serial"),
]


def add_bar(cli, serial: str, brand: str = "PAMP", year: str = "2022"):
    return cli("bar", "add", "--site", "VLT", "--metal", "gold", "--brand", brand,
               "--serial", serial, "--year", year, "--gross-oz", "400.125", "--fineness",
               "999.9", "--json")


@pytest.mark.parametrize("serial, how", LOOKALIKES)
def test_bar_add_refuses_a_lookalike_naming_both_bars(ledger, cli, serial, how):
    first = add_bar(cli, "AB12345")
    assert first.code == 0, first.err
    before = len(cli("journal", "log", "--json").json()["events"])
    result = add_bar(cli, serial)
    assert result.code == 2, how
    assert f"bar PAMP {serial} (2022)" in result.err
    assert "already held as holding 1" in result.err
    if serial != "AB12345":
        assert "looks like bar PAMP AB12345 (2022)" in result.err
        assert "U+" in result.err  # the characters that differ are named
    assert len(cli("journal", "log", "--json").json()["events"]) == before


def test_a_lookalike_brand_is_the_same_refiner(ledger, cli):
    assert add_bar(cli, "K1", brand="VALCAMBI").code == 0
    result = add_bar(cli, "K1", brand="VАLCAMBI")  # Cyrillic А
    assert result.code == 2 and "U+0410 CYRILLIC CAPITAL LETTER A" in result.err


def test_the_serial_is_kept_as_stamped(ledger, cli):
    nfd = unicodedata.normalize("NFD", "É-77")
    result = add_bar(cli, nfd)
    assert result.code == 0, result.err
    bars = cli("holdings", "--json").json()["holdings"]
    assert [b["serial"] for b in bars] == [nfd]
    nfc = add_bar(cli, unicodedata.normalize("NFC", "É-77"))
    assert nfc.code == 2 and "looks like" in nfc.err


def test_different_bars_stay_different(ledger, cli):
    for serial in ("AB12345", "AB12346", "AL1", "AI2"):
        assert add_bar(cli, serial).code == 0, serial
    assert add_bar(cli, "AB12345", year="2023").code == 0  # another year, another bar


def test_import_refuses_lookalikes_of_held_bars_and_within_the_file(ledger, cli, tmp_path):
    assert add_bar(cli, "AB12345").code == 0
    events = len(cli("journal", "log", "--json").json()["events"])
    held = write_csv(tmp_path / "held.csv", HEADER + "ΑΒ12345,PAMP,2022,400.000,999.9\n"
                     + "Z1,PAMP,2022,400.000,999.9\n")
    result = cli("import", "bars", str(held), "--site", "VLT", "--metal", "gold")
    assert result.code == 2
    assert "line 2" in result.err and "looks like bar PAMP AB12345 (2022)" in result.err
    assert "already held as holding 1" in result.err
    twice = write_csv(tmp_path / "twice.csv", HEADER + "Q-100,PAMP,2022,400.000,999.9\n"
                      + "Z1,PAMP,2022,400.000,999.9\n" + "Ｑ-100,PAMP,2022,401.000,999.9\n")
    result = cli("import", "bars", str(twice), "--site", "VLT", "--metal", "gold")
    assert result.code == 2
    assert "line 4" in result.err and "already listed on line 2" in result.err
    assert "FULLWIDTH LATIN CAPITAL LETTER Q" in result.err
    assert len(cli("holdings", "--json").json()["holdings"]) == 1
    assert len(cli("journal", "log", "--json").json()["events"]) == events
    assert cli("journal", "verify").code == 0


def test_check_names_lookalikes_without_storing(ledger, cli, tmp_path):
    from app.services import importing

    assert add_bar(cli, "AB12345").code == 0
    path = write_csv(tmp_path / "l.csv", HEADER + "АВ12345,PAMP,2022,400.000,999.9\n")
    with session.open_ledger(ledger, PASSPHRASE, "t") as opened, pytest.raises(
            importing.BarListRejected, match="looks like bar PAMP AB12345"):
        importing.check_bar_list(opened, path, site="VLT", metal="gold")


# -- ledgers written before identity keys --------------------------------------------------


def _schema_2_ledger(path, bars: list[tuple[int, str]]):
    """A ledger as schema 2 wrote it: bars unique on their serial as written."""
    ledger = Ledger.create(path, PASSPHRASE, actor="t")
    ledger.close()
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("DROP INDEX bars_identity")
    conn.execute("ALTER TABLE bars DROP COLUMN serial_key")
    conn.execute("ALTER TABLE bars DROP COLUMN brand_key")
    conn.execute("CREATE UNIQUE INDEX bars_identity ON bars (serial, brand, year)")
    conn.execute("DROP TABLE bar_totals")
    conn.execute("CREATE INDEX bars_totals ON bars (metal, fine_oz)")
    for holding, serial in bars:
        conn.execute(
            "INSERT INTO bars (id, site, metal, brand, serial, year, gross_oz, fineness, "
            "fine_oz, location, good_delivery, flags, seq) VALUES (?, 'VLT', 'gold', 'PAMP', "
            "?, 2022, '400.000', '999.9', '399.960', '', 1, '', 1)", (holding, serial))
    conn.execute("PRAGMA user_version = 2")
    conn.close()


def test_schema_2_ledger_gains_identity_keys(tmp_path):
    path = tmp_path / "old.tijori"
    _schema_2_ledger(path, [(1, "АВ12345"), (2, "X9")])
    with Ledger.open(path, PASSPHRASE, actor="t") as opened:
        assert opened.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        keys = opened.conn.execute("SELECT serial_key FROM bars ORDER BY id").fetchall()
        assert keys == [("ABl2345",), ("X9",)]
        assert opened.conn.execute("SELECT * FROM bar_totals").fetchall() == [
            ("VLT", "gold", "799.920", 2)]
        columns = [r[1] for r in opened.conn.execute("PRAGMA table_info(bars)")]
        fresh = Ledger.create(tmp_path / "new.tijori", PASSPHRASE, actor="t")
        assert columns == [r[1] for r in fresh.conn.execute("PRAGMA table_info(bars)")]
        fresh.close()


def test_schema_2_ledger_holding_lookalikes_is_refused_naming_them(tmp_path):
    path = tmp_path / "old.tijori"
    _schema_2_ledger(path, [(1, "АВ12345"), (2, "AB12345")])
    with pytest.raises(LedgerError, match=r"holdings 1 PAMP АВ12345 \(2022\) and 2 PAMP "
                                          r"AB12345 \(2022\)"):
        Ledger.open(path, PASSPHRASE, actor="t")
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2  # nothing migrated
    conn.close()
