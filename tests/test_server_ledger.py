"""A ledger on a PostgreSQL server is the same ledger as the file it was migrated from:
holding for holding and leaf for leaf, through the services the CLI and the GUI call; a
large import in the middle of its history replays as the file's does; and migrating
into a database that already holds a ledger is refused."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.errors import ConnectionLost, LedgerError, PasswordNeeded
from app.services import importing, recording, server_admin, session
from app.store import queries, snapshot
from app.store.verify import replayed, verify
from tests import pg
from tests.attest_helpers import build_ledger
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
METHODS = {"bars": ("LBMA Good Delivery", "2024"), "lots": ("LME", "2024")}


def _leaves(ledger, upto: int) -> list[bytes]:
    """Every leaf of the holdings after event `upto`, as the attestation makes them."""
    with replayed(ledger, upto) as replay:
        return [leaf for batch in snapshot.holding_batches(replay.source, db="replay",
                                                           methods=METHODS)
                for leaf in batch]


def _seen(ledger) -> tuple:
    """What the services show of a ledger: sites, holdings, totals, per-site totals."""
    return (queries.sites(ledger), list(queries.iter_holdings(ledger)), queries.totals(ledger),
            queries.totals_by_site(ledger), [queries.holding(ledger, n) for n in (1, 5, 11)])


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    """A file ledger with holdings of every kind, interleaved, and its migrated copy."""
    path = build_ledger(tmp_path_factory.mktemp("mixed") / "mixed.tijori", "mixed")
    url = pg.new_database()
    info = server_admin.migrate(str(path), PASSPHRASE, "test-custodian", url)
    assert info["events"] > 10
    return path, url


def test_the_copy_on_the_server_is_the_file_holding_for_holding_and_leaf_for_leaf(pair):
    path, url = pair
    with session.open_ledger(path, PASSPHRASE, "t") as file, \
            session.open_ledger(url, "", "") as server:
        assert server.engine == "postgresql" and file.engine == "sqlcipher"
        # What exports and count sheets call it: the file's name, the database's.
        assert file.name == "mixed.tijori" and server.name == url.split("@/")[1].split("?")[0]
        assert server.head() == file.head()
        assert server.meta("ledger_id") == file.meta("ledger_id")
        assert _seen(server) == _seen(file)
        head = file.head()[0]
        for upto in (head // 2, head):  # a past as-of, and now
            assert _leaves(server, upto) == _leaves(file, upto)
        assert len(_leaves(server, head)) == snapshot.count_holdings(file)
        assert verify(server).ok


def test_migrating_into_a_database_that_holds_a_ledger_is_refused(pair):
    path, url = pair
    with session.open_ledger(url, "", "") as server:
        before = server.head()
    with pytest.raises(LedgerError, match="already holds a Tijori ledger"):
        server_admin.migrate(str(path), PASSPHRASE, "test-custodian", url)
    with session.open_ledger(url, "", "") as server:
        assert server.head() == before


def test_a_large_import_in_the_middle_of_the_history_replays_on_the_server(tmp_path,
                                                                          monkeypatch):
    """An import of several parts (COPY on the server), between other events: the
    holdings are the replay's, a duplicate list changes nothing, and a bar withdrawn
    after it is gone from the replay too."""
    monkeypatch.setattr(importing, "PART_BARS", 700)
    url = pg.new_database()
    with session.create_ledger(url, "", "") as ledger:
        recording.add_site(ledger, code="VLT", name="Vault", kind="vault")
        recording.add_bar(ledger, site="VLT", metal="gold", brand="PAMP", serial="FIRST1",
                          year="2020", gross_oz="400.000", fineness="999.9")
        # One location holds what COPY's text format escapes: a backslash, and \N.
        odd = "Shelf \\N\\2"
        rows = "".join(f"B{i:05d},VALC,2021,400.{i % 1000:03d},999.9,"
                       f"{odd if i == 5 else f'V1-{i % 7}'}\n" for i in range(3000))
        bar_list = Path(tmp_path / "list.csv")
        bar_list.write_text("serial,brand,year,gross_oz,fineness,location\n" + rows)
        done = importing.import_bars(ledger, bar_list, site="VLT", metal="gold")
        assert done["imported"] == 3000
        head = ledger.head()
        with pytest.raises(importing.BarListRejected):
            importing.import_bars(ledger, bar_list, site="VLT", metal="gold")
        assert ledger.head() == head  # nothing recorded of the refused list
        recording.withdraw(ledger, done["first_id"] + 10)
        recording.add_bar(ledger, site="VLT", metal="gold", brand="PAMP", serial="LAST1",
                          year="2020", gross_oz="400.000", fineness="999.9")
        report = verify(ledger)
        assert report.ok, report.problems
        held = list(queries.iter_holdings(ledger))
        assert len(held) == 3001 and held[-1]["serial"] == "LAST1"
        assert done["first_id"] + 10 not in {h["id"] for h in held}
        gold = next(t for t in queries.totals(ledger) if t["commodity"] == "gold")
        assert gold["quantity"] == str(sum(_fine(h) for h in held))
        leaves = _leaves(ledger, ledger.head()[0])
        assert len(leaves) == 3001
        assert json.loads(leaves[1])["serial"] == "B00000"
        assert held[6]["serial"] == "B00005" and held[6]["location"] == odd


def _fine(holding: dict):
    from decimal import Decimal

    return Decimal(holding["fine_oz"])


@pytest.fixture(scope="module")
def clerk(pair) -> str:
    """The URL of the migrated ledger for a terminal role whose password the server asks
    for ("amber-kestrel-9")."""
    from app.store import server

    _, url = pair
    pg.password_role("clerk", "amber-kestrel-9")
    with session.open_ledger(url, "", "") as owner:
        server.grant_terminal(owner.conn.raw, "clerk")
    return url.replace(f"{pg.OWNER}@", "clerk@")


def test_a_role_that_needs_a_password_is_asked_for_it_and_it_is_kept_for_reconnecting(clerk):
    """A server that wants the role's password: none given is `PasswordNeeded`, a wrong one
    is refused, the right one opens the ledger and serves again after a dropped
    connection; the CLI finds it in PGPASSWORD, and without it says what to do."""
    with pytest.raises(PasswordNeeded, match="asks for the password of clerk") as asked:
        session.open_ledger(clerk, "", "")
    assert not asked.value.refused and asked.value.role == "clerk"
    with pytest.raises(PasswordNeeded, match="refused the password of clerk") as refused:
        session.open_ledger(clerk, "not-the-password", "")
    assert refused.value.refused and "not-the-password" not in str(refused.value)
    with session.open_ledger(clerk, "amber-kestrel-9", "") as ledger:
        assert ledger.actor == "clerk"
        pg.server().psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         "WHERE usename = 'clerk'")
        with pytest.raises(ConnectionLost):
            queries.sites(ledger)
        assert queries.sites(ledger)  # connected again, with the password it was given
    env = {k: v for k, v in os.environ.items() if k != "PGPASSWORD"}

    def sites_of(env: dict[str, str]) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "app.cli.main", "site", "list",
                               "--ledger", clerk], capture_output=True, text=True, env=env,
                              stdin=subprocess.DEVNULL, cwd=ROOT, timeout=120)

    done = sites_of(env)  # no terminal to ask at, no PGPASSWORD
    assert done.returncode != 0 and "asks for the password of clerk" in done.stderr
    assert "PGPASSWORD" in done.stderr and "Traceback" not in done.stderr
    done = sites_of(dict(env, PGPASSWORD="amber-kestrel-9"))
    assert done.returncode == 0 and "VLT" in done.stdout, done.stderr


def test_the_cli_asks_at_a_terminal_for_the_password_the_server_wants(clerk, monkeypatch,
                                                                     capsys):
    """At a terminal, the CLI asks once for the password the server wants, and uses it; a
    wrong one typed is said in one sentence (not asked again, not shown)."""
    import getpass

    from app.cli.main import main

    typed: list[str] = []
    answers = iter(["amber-kestrel-9", "a-wrong-one"])
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(getpass, "getpass", lambda prompt: typed.append(prompt) or next(answers))
    assert main(["site", "list", "--ledger", clerk]) == 0
    assert typed == ["Password of clerk: "] and "VLT" in capsys.readouterr().out
    assert main(["site", "list", "--ledger", clerk]) != 0
    err = capsys.readouterr().err
    assert "refused the password of clerk" in err and "a-wrong-one" not in err
    assert len(typed) == 2
