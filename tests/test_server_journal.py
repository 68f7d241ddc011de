"""A ledger's journal on a real PostgreSQL server, started by the tests (tests/pg.py): the
terminals' rights, what the server refuses whoever asks, four terminals appending at once,
and a terminal killed in the middle of a transaction."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from app.domain.errors import InvalidInput, LedgerError
from app.services import recording, session
from app.store import journal, server
from tests import pg

ROOT = Path(__file__).resolve().parent.parent
TERMINALS = ("dock", "floor", "office", "hut")


@pytest.fixture(scope="module")
def ledger():
    """A fresh database with the journal's schema, four terminal roles and an auditor."""
    db = pg.server()
    name = f"ledger_{os.getpid()}_{int(time.time() * 1000) % 100000}"
    db.psql(f"CREATE DATABASE {name} OWNER {pg.OWNER}")
    for role in (*TERMINALS, "inspector"):
        db.psql(f"DO $$ BEGIN CREATE ROLE {role} LOGIN; EXCEPTION WHEN duplicate_object "
                "THEN NULL; END $$")
    done = tijori("init", "--ledger", db.url(database=name))  # as `server init` does
    assert done.returncode == 0, done.stderr
    done = tijori("site", "add", "VLT", "--name", "Vault", "--kind", "vault", "--ledger",
                  db.url(database=name))
    assert done.returncode == 0, done.stderr
    for role in TERMINALS:
        assert tijori("server", "grant-terminal", role, "--ledger",
                      db.url(database=name)).returncode == 0
    assert tijori("server", "grant-auditor", "inspector", "--ledger",
                  db.url(database=name)).returncode == 0
    return lambda role=pg.OWNER: db.url(role, name)


def tijori(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app.cli.main", *argv], text=True,
                          capture_output=True, cwd=ROOT, env=dict(os.environ), timeout=120)


def refused(conn, sql: str, params=()) -> psycopg.Error:
    with pytest.raises(psycopg.Error) as caught:
        conn.execute(sql, params)
    conn.rollback()
    return caught.value


def test_a_terminal_appends_as_itself_and_never_changes_an_event(ledger):
    with server.connect(ledger("dock")) as dock:
        event = server.append(dock, "ledger.restored", {"note": "Zürich \"q\"\n"})
        assert event.actor == "dock"  # the session's role, not a name typed anywhere
        for sql in ("UPDATE events SET kind = 'x' WHERE seq = 1", "DELETE FROM events",
                    "TRUNCATE events", "UPDATE head SET seq = 0"):
            error = refused(dock, sql)
            assert error.sqlstate == "42501" and "permission denied" in str(error)
        # A forged actor, a gap, another head's hash, a hash not of the content: refused.
        seq, prev = dock.execute("SELECT seq, hash FROM head").fetchone()
        dock.rollback()
        insert = ("INSERT INTO events (seq, time, actor, kind, payload, prev_hash, hash) "
                  "VALUES (%s, %s, %s, %s, %s, %s, %s)")
        cases = {
            "not the session's role": journal.make_event(seq + 1, "2026-01-01T00:00:00Z",
                                                         "office", "x", b"{}", prev),
            "does not follow the journal's head": journal.make_event(
                seq + 2, "2026-01-01T00:00:00Z", "dock", "x", b"{}", prev),
            "does not follow": journal.make_event(seq + 1, "2026-01-01T00:00:00Z", "dock",
                                                  "x", b"{}", journal.GENESIS),
        }
        for words, bad in cases.items():
            error = refused(dock, insert, (bad.seq, bad.time, bad.actor, bad.kind, bad.payload,
                                           bad.prev_hash, bad.hash))
            assert words in str(error)
        # A terminal that claims a migration is running still signs as itself (only the
        # schema's owner migrates).
        dock.execute("SET tijori.migrating = 'on'")
        forged = cases["not the session's role"]
        error = refused(dock, insert, (forged.seq, forged.time, forged.actor, forged.kind,
                                       forged.payload, forged.prev_hash, forged.hash))
        assert "not the session's role" in str(error)
        good = journal.make_event(seq + 1, "2026-01-01T00:00:00Z", "dock", "x", b"{}", prev)
        error = refused(dock, insert, (good.seq, good.time, good.actor, good.kind, b"{ }",
                                       good.prev_hash, good.hash))
        assert "hash is not the hash of its content" in str(error)
    # Not even the database's owner may rewrite the journal.
    with server.connect(ledger()) as owner:
        for sql in ("UPDATE events SET kind = 'x' WHERE seq = 1", "DELETE FROM events",
                    "TRUNCATE events"):
            error = refused(owner, sql)
            assert error.sqlstate == "42501" and "append-only" in str(error)


def test_an_auditor_reads_and_cannot_append(ledger):
    with server.connect(ledger("inspector")) as inspector:
        count, head = server.verify_chain(inspector)
        assert count >= 1 and len(head) == 64
        with pytest.raises(psycopg.Error) as caught:
            server.append(inspector, "bar.received", {})
        assert caught.value.sqlstate == "42501"


TERMINAL = """
import sys, time
from app.services import recording, session
ledger = session.open_ledger(sys.argv[1], "", "")
print("ready", flush=True)
sys.stdin.readline()  # all start together
waits = []
for number in range(int(sys.argv[2])):
    started = time.perf_counter()
    recording.add_bar(ledger, site="VLT", metal="gold", brand="PAMP",
                      serial=f"{ledger.actor.upper()}{number:05d}", year="2024",
                      gross_oz="400.000", fineness="999.9")
    waits.append(time.perf_counter() - started)
ledger.close()
print("done", flush=True)
"""


def _bars(url: str) -> list[dict]:
    done = tijori("holdings", "--site", "VLT", "--json", "--ledger", url)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["holdings"]


def test_four_terminals_record_at_once_and_keep_one_gapless_chain(ledger):
    """Four terminal processes record 1,000 bar receipts each at the same time: every one
    is there, numbered without a gap, each linked to the one before and made by its
    terminal's role; `journal verify` replays the journal and finds the holdings equal."""
    with server.connect(ledger()) as owner:
        before = owner.execute("SELECT seq FROM head").fetchone()[0]
        held = owner.execute("SELECT count(*) FROM bars").fetchone()[0]
        owner.rollback()
    procs = [subprocess.Popen([sys.executable, "-c", TERMINAL, ledger(role), "1000"],
                              cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for role in TERMINALS]
    for proc in procs:
        assert proc.stdout.readline().strip() == "ready"
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0 and "done" in out, err
    with server.connect(ledger("inspector")) as inspector:
        count, _ = server.verify_chain(inspector)
        by_actor = dict(inspector.execute(
            "SELECT actor, count(*) FROM events WHERE seq > %s GROUP BY actor", (before,)
        ).fetchall())
        seqs = [row[0] for row in inspector.execute(
            "SELECT seq FROM events ORDER BY seq").fetchall()]
        bars = inspector.execute("SELECT count(*) FROM bars").fetchone()[0]
    assert count == before + 4000 and seqs == list(range(1, count + 1))
    assert by_actor == dict.fromkeys(TERMINALS, 1000)
    assert bars == held + 4000
    done = tijori("journal", "verify", "--ledger", ledger("inspector"))
    assert done.returncode == 0, done.stderr
    assert f"{count:,} events" in done.stdout or f"{count} events" in done.stdout


KILLED = """
import sys, time
from app.services import recording, session
ledger = session.open_ledger(sys.argv[1], "", "")
bar = dict(site="VLT", metal="gold", brand="VALC", year="2024", gross_oz="400.000",
           fineness="999.9")
recording.add_bar(ledger, serial="KEPT1", **bar)
with ledger.transaction():
    recording.add_bar(ledger, serial="LOST1", **bar)
    print(ledger.head()[0], flush=True)
    time.sleep(60)  # killed here: the event and the bar written, the transaction open
"""


def test_a_terminal_killed_mid_transaction_loses_only_what_it_had_not_committed(ledger):
    proc = subprocess.Popen([sys.executable, "-c", KILLED, ledger("hut")], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    assert line.strip().isdigit(), proc.stderr.read()
    pending = int(line)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    serials = {bar["serial"] for bar in _bars(ledger("office"))}
    assert "KEPT1" in serials and "LOST1" not in serials
    # The head is the committed event's; the office's next receipt takes the number left.
    ledger_office = session.open_ledger(ledger("office"), "", "")
    try:
        recording.add_bar(ledger_office, site="VLT", metal="gold", brand="VALC",
                          serial="AFTER1", year="2024", gross_oz="400.000", fineness="999.9")
        assert ledger_office.head()[0] == pending
        last = list(ledger_office.events(since=pending - 1))
        assert [e.actor for e in last] == ["office"]
    finally:
        ledger_office.close()
    done = tijori("journal", "verify", "--ledger", ledger("inspector"))
    assert done.returncode == 0, done.stderr


def test_holdings_change_only_with_their_event_and_a_change_behind_it_is_named(ledger):
    """A terminal may not write holdings except beside the event that records the change
    (`permission denied`); the owner who disables that guard is caught by the replay."""
    with server.connect(ledger("dock")) as dock:
        for sql in ("UPDATE bars SET fine_oz = '1.000'", "DELETE FROM bars",
                    "INSERT INTO counters (name, value) VALUES ('x', 1)"):
            error = refused(dock, sql)
            assert error.sqlstate == "42501" and "journal event" in str(error)
        error = refused(dock, "TRUNCATE bars")
        assert error.sqlstate == "42501"
    with psycopg.connect(ledger()) as owner:
        owner.execute("ALTER TABLE bars DISABLE TRIGGER bars_follow_journal")
        changed = owner.execute("UPDATE bars SET fine_oz = '1.000' WHERE id = "
                                "(SELECT min(id) FROM bars) RETURNING id").fetchone()[0]
        owner.execute("ALTER TABLE bars ENABLE TRIGGER bars_follow_journal")
    try:
        done = tijori("journal", "verify", "--ledger", ledger("inspector"))
        assert done.returncode != 0
        assert f"bars row id={changed} was changed behind the journal" in done.stderr + \
            done.stdout
    finally:
        with psycopg.connect(ledger()) as owner:  # put it back for the other tests
            owner.execute("ALTER TABLE bars DISABLE TRIGGER bars_follow_journal")
            owner.execute("UPDATE bars SET fine_oz = (SELECT payload FROM events LIMIT 0) "
                          "WHERE false")
            rows = owner.execute("SELECT payload FROM events WHERE kind = 'bar.received' "
                                 "AND convert_from(payload, 'UTF8')::json->>'id' = %s",
                                 (str(changed),)).fetchone()
            fine = json.loads(bytes(rows[0]))["fine_oz"]
            owner.execute("UPDATE bars SET fine_oz = %s WHERE id = %s", (fine, changed))
            owner.execute("ALTER TABLE bars ENABLE TRIGGER bars_follow_journal")
    assert tijori("journal", "verify", "--ledger", ledger("inspector")).returncode == 0


def test_urls_and_mistakes(ledger):
    assert server.connection_url("postgresql://db.example/tijori") == \
        "postgresql://db.example/tijori?sslmode=verify-full"
    assert server.connection_url("postgresql://db.example/tijori?sslmode=require").endswith(
        "sslmode=require")  # said otherwise, on purpose
    assert "sslmode" not in server.connection_url("postgresql:///tijori?host=/run/pg")
    with pytest.raises(InvalidInput, match="is not a postgresql:// URL"):
        server.connection_url("mysql://db/tijori")
    with server.connect(ledger()) as owner, \
            pytest.raises(LedgerError, match="already holds a Tijori ledger"):
        server.create_schema(owner)
    done = tijori("server", "grant-terminal", "dock; DROP TABLE events", "--ledger", ledger())
    assert done.returncode == 2 and "is not a role name" in done.stderr
    done = tijori("server", "verify", "--ledger", pg.server().url(database="nowhere"))
    assert done.returncode != 0 and "Traceback" not in done.stderr
    done = tijori("backup", "--out", "/nonexistent/copy.tijori", "--ledger", ledger())
    assert done.returncode == 2 and "pg_dump" in done.stderr and "Traceback" not in done.stderr


def test_a_backup_with_pg_dump_restores_a_journal_that_verifies(ledger, tmp_path):
    """The README's backup: `pg_dump`, restored into a new database, checked with
    `tijori server verify` (the same events and head) and `tijori journal verify` (the
    holdings are the journal's, and the original's)."""
    db = pg.server()
    source = ledger().split("@/")[1].split("?")[0]
    dump = tmp_path / "ledger.dump"
    pg_dump, pg_restore = pg.binary("pg_dump"), pg.binary("pg_restore")
    subprocess.run([pg_dump, "-Fc", "-f", str(dump), ledger()], check=True, timeout=120)
    copy = f"{source}_restored"
    db.psql(f"CREATE DATABASE {copy} OWNER {pg.OWNER}")
    subprocess.run([pg_restore, "--no-owner", "-d", db.url(database=copy), str(dump)],
                   check=True, timeout=120, capture_output=True)
    original = tijori("server", "verify", "--ledger", ledger(), "--json")
    restored = tijori("server", "verify", "--ledger", db.url(database=copy), "--json")
    assert original.returncode == restored.returncode == 0, restored.stderr
    assert original.stdout == restored.stdout
    # The README's check of a restore: the whole journal replayed, the holdings equal.
    checked = tijori("journal", "verify", "--ledger", db.url(database=copy))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert _bars(db.url(database=copy)) == _bars(ledger())
    # ... and a restored copy that was tampered with is caught, event named.
    with psycopg.connect(db.url(database=copy)) as owner:
        owner.execute("ALTER TABLE events DISABLE TRIGGER events_no_change")
        forged = owner.execute("UPDATE events SET kind = 'forged' WHERE seq = "
                               "(SELECT max(seq) FROM events) RETURNING seq").fetchone()[0]
    done = tijori("server", "verify", "--ledger", db.url(database=copy))
    assert done.returncode != 0
    assert f"the journal breaks at event {forged}" in done.stderr


def _certificates(folder: Path) -> tuple[Path, bytes, bytes]:
    """A CA (its certificate written to `folder`), and a server certificate it issued
    for the name `localhost` only, with its key."""
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    def name(text: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])

    now = datetime.now(UTC)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(name("Test CA")).issuer_name(name("Test CA"))
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - timedelta(hours=1)).not_valid_after(now + timedelta(days=1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .sign(ca_key, hashes.SHA256()))
    cert = (x509.CertificateBuilder().subject_name(name("localhost")).issuer_name(ca.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(hours=1)).not_valid_after(now + timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]),
                           critical=False)
            .sign(ca_key, hashes.SHA256()))
    root = folder / "root.crt"
    root.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    return (root, cert.public_bytes(serialization.Encoding.PEM),
            key.private_bytes(serialization.Encoding.PEM,
                              serialization.PrivateFormat.TraditionalOpenSSL,
                              serialization.NoEncryption()))


def test_over_tcp_the_servers_certificate_is_verified(tmp_path):
    """By default a TCP connection is TLS with the certificate checked against the CA and
    the host's name (`verify-full`): the right name connects; another name for the same
    server, or no CA to check with, is refused in one sentence."""
    root, cert, key = _certificates(tmp_path)
    db = pg.start(durable=False, tls=(cert, key))
    good = db.tcp_url("localhost") + f"?sslrootcert={root}"
    with server.connect(good) as conn:
        assert conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
                            ).fetchone()[0] is True
        assert conn.info.parameter_status("server_version")
    wrong_name = db.tcp_url("127.0.0.1") + f"?sslrootcert={root}"
    with pytest.raises(LedgerError, match="Cannot reach the ledger server"):
        server.connect(wrong_name)
    (tmp_path / "other").mkdir()
    other_ca, _, _ = _certificates(tmp_path / "other")
    with pytest.raises(LedgerError, match="Cannot reach the ledger server"):
        server.connect(db.tcp_url("localhost") + f"?sslrootcert={other_ca}")
    done = tijori("server", "verify", "--ledger", wrong_name)
    assert done.returncode != 0 and "Cannot reach the ledger server" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_ledger_file_migrates_with_its_whole_journal(tmp_path):
    """`tijori server migrate` in a fresh process: the mixed ledger's journal copied with its
    id, actors and hashes; the copy's head is the file's; a terminal then appends after it;
    a database already holding a ledger is refused and keeps what it held."""
    from app.services import session
    from app.store import verify as journal_verify
    from tests.attest_helpers import PASSPHRASE, build_ledger

    path = build_ledger(tmp_path / "mixed.tijori", "mixed")
    with session.open_ledger(path, PASSPHRASE, "test") as ledger:
        report = journal_verify.verify(ledger)
        ledger_id, actors = ledger.meta("ledger_id"), {e.actor for e in ledger.events()}
    db = pg.server()
    name = f"migrated_{os.getpid()}"
    db.psql(f"CREATE DATABASE {name} OWNER {pg.OWNER}")
    db.psql("DO $$ BEGIN CREATE ROLE dock LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; "
            "END $$")
    env = dict(os.environ, TIJORI_PASSPHRASE=PASSPHRASE)
    argv = [sys.executable, "-m", "app.cli.main", "migrate", "--from", str(path),
            "--to", db.url(database=name), "--json"]
    done = subprocess.run(argv, text=True, capture_output=True, cwd=ROOT, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert f'"events": {report.events}' in done.stdout and report.head_hash in done.stdout
    with server.connect(db.url(database=name)) as owner:
        assert owner.execute("SELECT value FROM meta WHERE key = 'ledger_id'"
                             ).fetchone()[0] == ledger_id
        assert {r[0] for r in owner.execute("SELECT DISTINCT actor FROM events")} == actors
        owner.rollback()
        server.grant_terminal(owner, "dock")
    with server.connect(db.url("dock", name)) as dock:
        event = server.append(dock, "ledger.restored", {"after": "the migration"})
        assert event.seq == report.events + 1 and event.prev_hash == report.head_hash
        assert server.verify_chain(dock) == (event.seq, event.hash)
    again = subprocess.run(argv, text=True, capture_output=True, cwd=ROOT, env=env, timeout=120)
    assert again.returncode == 2 and "already holds a Tijori ledger" in again.stderr
    with server.connect(db.url(database=name)) as owner:
        assert server.verify_chain(owner)[0] == report.events + 1


def test_a_terminal_drops_the_bar_indexes_only_for_an_import_that_builds_them_again(
        ledger, monkeypatch, tmp_path):
    """A large import on a server drops the bar indexes and builds them again through the
    owner's functions: a terminal may call them only holding the journal's lock, and a
    transaction that dropped them and did not build them again does not commit."""
    from app.services import importing
    from app.store import projection

    with server.connect(ledger("dock")) as dock:
        error = refused(dock, "SELECT bars_bulk_begin()")
        assert error.sqlstate == "42501" and "journal's lock" in str(error)
        dock.execute("SELECT pg_advisory_xact_lock(%s)", (server.APPEND_LOCK,))
        dock.execute("SELECT bars_bulk_begin()")
        with pytest.raises(psycopg.errors.IntegrityConstraintViolation,
                           match="dropped for an import and not built again"):
            dock.commit()
    with server.connect(ledger("inspector")) as inspector:
        names = {name for (name,) in inspector.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'bars'")}
    assert {"bars_identity", "bars_site"} <= names
    # A terminal's import above the bulk size goes through them; the same list again is
    # refused, naming a bar already held, and nothing is kept.
    monkeypatch.setattr(projection, "BULK_ROWS", 5)
    monkeypatch.setattr(importing, "BULK_ROWS", 5)
    bar_list = tmp_path / "list.csv"
    bar_list.write_text("serial,brand,year,gross_oz,fineness\n" + "".join(
        f"BULK{i:03d},PAMP,2023,400.000,999.9\n" for i in range(40)))
    floor = session.open_ledger(ledger("floor"), "", "")
    try:
        done = importing.import_bars(floor, bar_list, site="VLT", metal="gold")
        assert done["imported"] == 40
        head = floor.head()
        with pytest.raises(importing.BarListRejected, match="BULK00"):
            importing.import_bars(floor, bar_list, site="VLT", metal="gold")
        assert floor.head() == head
    finally:
        floor.close()
    done = tijori("journal", "verify", "--ledger", ledger("inspector"))
    assert done.returncode == 0, done.stdout + done.stderr
