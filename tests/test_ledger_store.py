"""The encrypted ledger file: opening, refusing, re-keying, migrating, leaking nothing."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3

from app.domain.errors import LedgerError
from app.store import schema
from app.store.ledger import Ledger
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_beside(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def test_init_then_holdings_empty(cli, ledger_path):
    assert cli("init").code == 0
    assert ledger_path.exists()
    result = cli("holdings", "--json")
    assert result.code == 0, result.err
    assert result.json() == {"holdings": [], "totals": []}


def test_init_refuses_existing_file(cli, ledger_path):
    assert cli("init").code == 0
    before = digest(ledger_path)
    result = cli("init")
    assert result.code == 2
    assert "already exists" in result.err
    assert digest(ledger_path) == before


def test_init_refuses_short_passphrase(cli, ledger_path, monkeypatch):
    monkeypatch.setenv("TIJORI_PASSPHRASE", "short")
    result = cli("init")
    assert result.code == 2
    assert "too short" in result.err
    assert not ledger_path.exists()


def test_wrong_passphrase_is_one_sentence_and_changes_nothing(ledger, cli, monkeypatch):
    before = digest(ledger)
    names = files_beside(ledger)
    monkeypatch.setenv("TIJORI_PASSPHRASE", "not the passphrase")
    result = cli("holdings")
    assert result.code == 2
    assert result.err.strip().count("\n") == 0
    assert "passphrase is wrong" in result.err
    assert "Traceback" not in result.err
    assert digest(ledger) == before
    assert files_beside(ledger) == names


def test_passphrase_file_wins_over_environment(ledger, cli, tmp_path, monkeypatch):
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    monkeypatch.setenv("TIJORI_PASSPHRASE", "wrong one entirely")
    assert cli("site", "list", "--passphrase-file", str(secret)).code == 0


def test_no_passphrase_without_terminal_is_refused(ledger, cli, monkeypatch):
    monkeypatch.delenv("TIJORI_PASSPHRASE")
    result = cli("site", "list")
    assert result.code == 2
    assert "no Ledger passphrase given" in result.err


def test_missing_ledger_path(cli, monkeypatch):
    monkeypatch.delenv("TIJORI_LEDGER")
    result = cli("holdings")
    assert result.code == 2
    assert "--ledger" in result.err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"serial,brand\n1,2\n", "not a whole number of pages"),
        (bytes(range(256)) * 16, "passphrase is wrong, or the file is not a Tijori ledger"),
    ],
)
def test_not_a_ledger(cli, tmp_path, content, expected):
    path = tmp_path / "other.bin"
    path.write_bytes(content)
    result = cli("holdings", "--ledger", str(path))
    assert result.code == 2
    assert expected in result.err
    assert path.read_bytes() == content


def test_plain_sqlite_is_not_a_ledger(cli, tmp_path):
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    result = cli("holdings", "--ledger", str(path))
    assert result.code == 2
    assert "unencrypted SQLite database" in result.err
    assert digest(path) == before


def test_encrypted_database_of_another_application(cli, tmp_path):
    path = tmp_path / "other.db"
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    result = cli("holdings", "--ledger", str(path))
    assert result.code == 2
    assert "encrypted database, but not a Tijori ledger" in result.err


def test_damaged_file_is_reported_by_journal_verify(ledger, cli):
    data = bytearray(ledger.read_bytes())
    assert len(data) >= 3 * 4096
    for offset in range(2 * 4096 + 100, 2 * 4096 + 200):
        data[offset] ^= 0xFF
    ledger.write_bytes(bytes(data))
    result = cli("journal", "verify")
    assert result.code in (1, 2)
    assert "damaged" in (result.out + result.err)
    assert "Traceback" not in result.err


def test_no_plaintext_in_file_or_wal(ledger, cli, ledger_path):
    serial, site_name = "ZQX-SERIAL-778899", "Secret Vault Of Karachi"
    assert cli("site", "add", "KHI", "--name", site_name, "--kind", "vault").code == 0
    assert cli("bar", "add", "--site", "KHI", "--metal", "gold", "--brand", "PAMP",
               "--serial", serial, "--year", "2023", "--gross-oz", "400.125",
               "--fineness", "999.9").code == 0
    # Keep a connection open so the WAL file stays on disk to be searched too.
    with Ledger.open(ledger_path, PASSPHRASE, actor="t") as held:
        held.record("ledger.rekeyed", {"note": "touch the WAL"})
        files = [p for p in ledger_path.parent.iterdir() if p.name.startswith(ledger_path.name)]
        assert any(p.name.endswith("-wal") for p in files)
        for path in files:
            blob = path.read_bytes()
            for secret in (serial, site_name, "PAMP"):
                assert secret.encode() not in blob, f"{secret} found in {path.name}"
                assert secret.encode("utf-16-le") not in blob


def test_passwd_rekeys(ledger, cli, tmp_path, monkeypatch):
    monkeypatch.setenv("TIJORI_NEW_PASSPHRASE", OTHER_PASSPHRASE)
    result = cli("passwd")
    assert result.code == 0, result.err
    assert cli("holdings").code == 2  # the old passphrase no longer opens it
    monkeypatch.setenv("TIJORI_PASSPHRASE", OTHER_PASSPHRASE)
    assert cli("site", "list", "--json").json()["sites"][0]["code"] == "GS"
    assert cli("journal", "verify").code == 0


def test_passwd_refuses_short_new_passphrase(ledger, cli, monkeypatch):
    monkeypatch.setenv("TIJORI_NEW_PASSPHRASE", "short")
    assert cli("passwd").code == 2
    assert cli("site", "list").code == 0  # the old one still works


def test_schema_migrates_forward_on_open(tmp_path):
    path = tmp_path / "old.tijori"
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    schema.MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO meta VALUES ('application', ?)", (schema.APPLICATION,))
    conn.close()
    with Ledger.open(path, PASSPHRASE, actor="t") as ledger:
        assert ledger.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        indexes = {r[0] for r in ledger.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"bars_identity", "bars_site", "lots_site"} <= indexes


def test_newer_schema_is_refused(ledger):
    conn = sqlcipher3.connect(str(ledger), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(LedgerError, match="newer Tijori"):
        Ledger.open(ledger, PASSPHRASE, actor="t")


def test_wal_mode_and_foreign_keys(ledger):
    with Ledger.open(ledger, PASSPHRASE, actor="t") as opened:
        assert opened.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert opened.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_actor_recorded_from_option_env_and_os(ledger, cli, monkeypatch):
    import getpass

    cli("site", "add", "A1", "--name", "a", "--kind", "vault", "--actor", "alice")
    cli("site", "add", "A2", "--name", "b", "--kind", "vault")  # TIJORI_ACTOR
    monkeypatch.delenv("TIJORI_ACTOR")
    cli("site", "add", "A3", "--name", "c", "--kind", "vault")
    events = cli("journal", "log", "--json").json()["events"]
    actors = [e["actor"] for e in events if e["kind"] == "site.added"][-3:]
    assert actors == ["alice", "test-custodian", getpass.getuser()]
