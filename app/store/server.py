"""A ledger's journal on a PostgreSQL server: what the server enforces (issue 19, first part).

Several terminals append to one journal. The file ledger (`app.store.ledger`) relies on
one writer; here the server itself keeps the journal whole, whatever a terminal sends:

- **Append-only.** Terminals' roles may insert events and read; UPDATE, DELETE and
  TRUNCATE of events are revoked from them, and a trigger refuses them for every role,
  the owner's included (`permission denied`, SQLSTATE 42501).
- **One chain.** A BEFORE INSERT trigger, run as the schema's owner, locks the journal's
  head row, and accepts an event only if its number is the head's plus one, its
  `prev_hash` the head's hash, its `actor` the session's role (never a free-text name),
  and its `hash` the SHA-256 of its own canonical header (`app.store.journal`), recomputed
  on the server. It then moves the head. Sequence numbers stay gapless and no two
  terminals can fork the chain: concurrent appends serialise on the head row.
- **Whole transactions.** An event and the head move commit together, or not at all: a
  terminal killed mid-transaction leaves nothing half-written.

Connections are TLS with the server's certificate verified (`sslmode=verify-full`)
unless the URL names a Unix socket (`?host=/path`) or says otherwise.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit, urlunsplit

from app.attest import canonical
from app.domain.errors import InvalidInput, LedgerError
from app.domain.messages import msg
from app.domain.times import rfc3339
from app.store import journal
from app.store.journal import Event
from app.store.schema import SCHEMA_VERSION

SCHEMES = ("postgresql", "postgres")
#: The advisory lock every appender takes before reading the head (the trigger's row
#: lock serialises them anyway; this keeps a terminal from reading a head about to move).
APPEND_LOCK = 0x74696A6F  # "tijo"

SCHEMA = """
CREATE TABLE events (
    seq bigint PRIMARY KEY,
    time text NOT NULL,
    actor text NOT NULL,
    kind text NOT NULL,
    payload bytea NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL UNIQUE
);
-- An import's events are large: lz4 compresses them several times faster than the
-- default, where the server has it.
DO $$ BEGIN
  ALTER TABLE events ALTER COLUMN payload SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN NULL;
END $$;
CREATE TABLE head (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    seq bigint NOT NULL,
    hash text NOT NULL
);
INSERT INTO head (seq, hash) VALUES (0, repeat('0', 64));
CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL);

-- The header's canonical JSON (RFC 8785: keys sorted, no spaces), as app.store.journal
-- hashes it. to_json() escapes a string as JCS does for the texts a header holds.
CREATE FUNCTION event_hash(e events) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(
    '{"actor":' || to_json(e.actor)::text || ',"kind":' || to_json(e.kind)::text ||
    ',"payload_sha256":"' || encode(sha256(e.payload), 'hex') || '","prev":"' ||
    e.prev_hash || '","seq":' || e.seq::text || ',"time":' || to_json(e.time)::text || '}',
    'UTF8')), 'hex')
$$;

CREATE FUNCTION events_append() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  last_seq bigint;
  last_hash text;
  recomputed text;
BEGIN
  EXECUTE format('SELECT seq, hash FROM %I.head FOR UPDATE', TG_TABLE_SCHEMA)
    INTO last_seq, last_hash;
  -- A migration (`tijori migrate`, run by the schema's owner into an empty journal) copies
  -- a file ledger's events with their own actors; every other insert is the session's.
  IF NEW.actor IS DISTINCT FROM session_user AND NOT (
      coalesce(current_setting('tijori.migrating', true), '') = 'on'
      AND session_user = (SELECT tableowner FROM pg_tables
                          WHERE schemaname = TG_TABLE_SCHEMA AND tablename = 'events')) THEN
    RAISE EXCEPTION 'the event''s actor % is not the session''s role %', NEW.actor,
      session_user USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.seq IS DISTINCT FROM last_seq + 1 OR NEW.prev_hash IS DISTINCT FROM last_hash THEN
    RAISE EXCEPTION 'event % does not follow the journal''s head (event % %)', NEW.seq,
      last_seq, last_hash USING ERRCODE = 'serialization_failure';
  END IF;
  EXECUTE format('SELECT %I.event_hash($1)', TG_TABLE_SCHEMA) USING NEW INTO recomputed;
  IF NEW.hash IS DISTINCT FROM recomputed THEN
    RAISE EXCEPTION 'event %''s hash is not the hash of its content', NEW.seq
      USING ERRCODE = 'check_violation';
  END IF;
  EXECUTE format('UPDATE %I.head SET seq = $1, hash = $2', TG_TABLE_SCHEMA)
    USING NEW.seq, NEW.hash;
  RETURN NEW;
END
$$;
CREATE TRIGGER events_append BEFORE INSERT ON events
  FOR EACH ROW EXECUTE FUNCTION events_append();

CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'permission denied: the journal is append-only (% refused)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER events_no_change BEFORE UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION events_append_only();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION events_append_only();
REVOKE ALL ON events, head, meta FROM PUBLIC;

-- Holdings change only in a transaction that has appended an event: the head row was
-- last written by this transaction (its xmin), which only the append trigger can do.
CREATE FUNCTION holdings_follow_journal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM head WHERE xmin::text =
      (pg_current_xact_id()::text::numeric % 4294967296)::text) THEN
    RAISE EXCEPTION 'permission denied: holdings change only with the journal event that '
      'records the change (% on %)', TG_OP, TG_TABLE_NAME
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NULL;
END
$$;
"""


def _pg_type(statement: str) -> str:
    """A projection table's SQLite DDL in PostgreSQL's types, without the schema prefix."""
    # An attestation's envelope is JSON text (SQLite keeps it as written, whatever the
    # column's declared type). Text compares by its bytes, as SQLite's does, whatever the
    # database's locale: one order of holdings, and prefix searches that mean the same.
    return (statement.replace("main.", "").replace(" INTEGER", " bigint")
            .replace("envelope BLOB", "envelope text").replace(" TEXT", ' text COLLATE "C"'))


def projection_schema() -> str:
    """The projection's tables and indexes (app.store.schema's, one definition for both
    engines), each guarded by `holdings_follow_journal`."""
    from app.store.schema import PROJECTION_TABLES, projection_ddl, projection_indexes

    statements = [_pg_type(s) for s in projection_ddl("main")]
    statements += [s.replace("main.", "") for s in projection_indexes("main")]
    for table in PROJECTION_TABLES:
        statements.append(
            f"CREATE TRIGGER {table}_follow_journal AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION holdings_follow_journal()")
        statements.append(f"REVOKE ALL ON {table} FROM PUBLIC")
    return ";\n".join(statements) + ";\n"


def bulk_schema(schema: str) -> str:
    """What a large import on a server needs (as `indexes_rebuilt` does on a file): the
    bar indexes dropped before the rows go in by COPY and built again after, several times
    faster than growing them row by row. A terminal does not own the table, so two
    functions of the owner's do it, and only inside a transaction that holds the journal's
    append lock; a deferred check at commit refuses a transaction that dropped them and
    did not build them again, so the indexes (the uniqueness of a bar among them) are
    never left out. `schema` is the ledger's schema, quoted."""
    from app.store.schema import INDEXES

    bars = [(name, unique, columns) for name, unique, table, columns in INDEXES
            if table == "bars"]
    drops = ", ".join(f"{schema}.{name}" for name, _, _ in bars)
    builds = "\n".join(
        f"  CREATE {'UNIQUE ' if unique else ''}INDEX {name} ON {schema}.bars ({columns});"
        for name, unique, columns in bars)
    present = " AND ".join(f"to_regclass('{schema}.{name}') IS NOT NULL" for name, _, _ in bars)
    definer = "LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp"
    return f"""
CREATE TABLE bulk_guard (started timestamptz NOT NULL DEFAULT now());
REVOKE ALL ON bulk_guard FROM PUBLIC;
CREATE FUNCTION bulk_guard_check() RETURNS trigger {definer} AS $$
BEGIN
  IF NOT ({present}) THEN
    RAISE EXCEPTION 'the bar indexes were dropped for an import and not built again'
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER bulk_guard_check AFTER INSERT ON bulk_guard
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bulk_guard_check();
CREATE FUNCTION bars_bulk_begin() RETURNS void {definer} AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted
                 AND pid = pg_backend_pid() AND classid = 0 AND objid = {APPEND_LOCK}) THEN
    RAISE EXCEPTION 'permission denied: the bar indexes are dropped only by an import '
      'holding the journal''s lock' USING ERRCODE = 'insufficient_privilege';
  END IF;
  INSERT INTO {schema}.bulk_guard DEFAULT VALUES;
  DROP INDEX {drops};
END
$$;
CREATE FUNCTION bars_bulk_end() RETURNS void {definer} AS $$
BEGIN
  SET LOCAL maintenance_work_mem = '256MB';
{builds}
  DELETE FROM {schema}.bulk_guard;
END
$$;
REVOKE ALL ON FUNCTION bars_bulk_begin(), bars_bulk_end() FROM PUBLIC;
"""


def display_url(url: str) -> str:
    """`url` without its password, to show and to put in messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}@{host}" if user else host))


def url_parts(url: str) -> tuple[str, str]:
    """(database, host) a server ledger's URL names; the host "" for the default one, a
    folder for a local socket (`?host=/…`)."""
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    database = (query.get("dbname") or [parts.path.lstrip("/")])[0]
    return database, parts.hostname or (query.get("host") or [""])[0]


def is_server_url(text: str | None) -> bool:
    return bool(text) and urlsplit(str(text)).scheme in SCHEMES


def connection_url(url: str) -> str:
    """`url` with TLS verified against the server's certificate (`sslmode=verify-full`)
    unless it names a Unix socket (`?host=/…`) or sets its own sslmode."""
    parts = urlsplit(url)
    if parts.scheme not in SCHEMES:
        raise InvalidInput(msg("{url} is not a postgresql:// URL", url=url), "ledger")
    query = parse_qs(parts.query)
    socket = (query.get("host") or [""])[0].startswith("/") or (
        not parts.hostname and not query.get("host"))
    if socket or "sslmode" in query:
        return url
    return url + ("&" if parts.query else "?") + "sslmode=verify-full"


def connect(url: str, password: str = "") -> Any:
    """A connection to the server ledger at `url`, with the role's `password` if given
    (else libpq's own means: ~/.pgpass, PGPASSWORD, a client certificate); LedgerError in
    one sentence if not, `PasswordNeeded` when the server asks for a password it did not
    get or refused."""
    import psycopg

    from app.domain.errors import PasswordNeeded

    extra = {"password": password} if password else {}
    try:
        return psycopg.connect(connection_url(url), autocommit=False,
                               application_name="tijori", **extra)
    except psycopg.OperationalError as exc:
        text = str(exc).strip()
        role = urlsplit(url).username or ""
        if "no password supplied" in text or "password authentication failed" in text:
            refused = "password authentication failed" in text
            said = (msg("The ledger server {url} refused the password of {role}.",
                        url=display_url(url), role=role) if refused else
                    msg("The ledger server {url} asks for the password of {role}: keep it in "
                        "~/.pgpass or PGPASSWORD, or type it when Tijori asks.",
                        url=display_url(url), role=role))
            raise PasswordNeeded(said, role, refused) from None
        raise LedgerError(msg("Cannot reach the ledger server {url}: {error}",
                              url=display_url(url),
                              error=text.splitlines()[0] if text else
                              type(exc).__name__)) from None


def _schema(conn: Any, ledger_id: str) -> None:
    """The journal's tables, triggers and head, in the connection's open transaction;
    LedgerError if the database already holds a ledger."""
    exists = conn.execute("SELECT to_regclass('events')").fetchone()[0]
    if exists is not None:
        raise LedgerError("this database already holds a Tijori ledger")
    conn.execute(SCHEMA)
    conn.execute(projection_schema())
    from psycopg import sql

    schema = conn.execute("SELECT current_schema()").fetchone()[0]
    conn.execute(bulk_schema(sql.Identifier(schema).as_string(conn)))
    conn.execute("INSERT INTO meta (key, value) VALUES ('application', 'tijori'), "
                 "('ledger_id', %s), ('schema', %s)", (ledger_id, str(SCHEMA_VERSION)))


def create_schema(conn: Any, clock: Callable[[], datetime] | None = None) -> Event:
    """Create the journal's tables, triggers and head in the connection's database (its
    owner's), and record the ledger's first event."""
    import psycopg

    try:
        with conn.transaction():
            _schema(conn, str(uuid.uuid4()))
    except psycopg.Error as exc:
        raise LedgerError(msg("Cannot create the ledger's schema: {error}",
                              error=str(exc).strip().splitlines()[0])) from None
    return append(conn, "ledger.created", {"application": "tijori"}, clock=clock)


def migrate(conn: Any, ledger_id: str, events: Iterable[Event],
            tables: Callable[[], Iterable[tuple[str, list[str], Iterable[tuple]]]],
            progress: Callable[[int], None] = lambda count: None) -> int:
    """Copy a file ledger's whole journal and its holdings into an empty database, in one
    transaction, as the schema's owner: the same ledger id, each event as it was (its
    actor, time and hash), every one checked by the server's trigger as it goes in; then
    each holdings table (`tables` gives (table, columns, rows)) by COPY. Returns the
    count of events."""
    import psycopg

    count = 0
    try:
        with conn.transaction():
            _schema(conn, ledger_id)
            conn.execute("SET LOCAL tijori.migrating = 'on'")
            batch: list[tuple] = []
            for event in events:
                batch.append((event.seq, event.time, event.actor, event.kind, event.payload,
                              event.prev_hash, event.hash))
                if len(batch) >= 1000:
                    count += _insert(conn, batch)
                    progress(count)
            count += _insert(conn, batch)
            progress(count)
            for table, columns, rows in tables():
                with conn.cursor() as cursor, cursor.copy(
                        f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
    except psycopg.Error as exc:
        raise LedgerError(msg("The migration stopped and nothing was kept: {error}",
                              error=str(exc).strip().splitlines()[0])) from None
    return count


def _insert(conn: Any, rows: list[tuple]) -> int:
    with conn.cursor() as cursor:
        cursor.executemany("INSERT INTO events (seq, time, actor, kind, payload, prev_hash, "
                           "hash) VALUES (%s, %s, %s, %s, %s, %s, %s)", rows)
    count = len(rows)
    rows.clear()
    return count


def _grant(conn: Any, role: str, statements: list[str]) -> None:
    import psycopg
    from psycopg import sql

    if not role or not role.replace("_", "").replace("-", "").isalnum():
        raise InvalidInput(msg("{role!r} is not a role name", role=role), "role")
    try:
        with conn.transaction():
            for statement in statements:
                conn.execute(sql.SQL(statement).format(role=sql.Identifier(role)))
    except psycopg.Error as exc:
        raise LedgerError(msg("Cannot grant {role} its rights: {error}", role=role,
                              error=str(exc).strip().splitlines()[0])) from None


def _holdings() -> str:
    from app.store.schema import PROJECTION_TABLES

    return ", ".join(PROJECTION_TABLES)


def grant_terminal(conn: Any, role: str) -> None:
    """Exactly the rights a terminal needs: read the journal and append to it; read the
    holdings and keep them, which the server allows only beside an appended event."""
    _grant(conn, role, ["GRANT USAGE ON SCHEMA public TO {role}",
                        "GRANT SELECT ON events, head, meta TO {role}",
                        "GRANT INSERT ON events TO {role}",
                        "REVOKE UPDATE, DELETE, TRUNCATE ON events FROM {role}",
                        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {_holdings()} TO {{role}}",
                        f"REVOKE TRUNCATE ON {_holdings()} FROM {{role}}",
                        "GRANT EXECUTE ON FUNCTION bars_bulk_begin(), bars_bulk_end() "
                        "TO {role}"])


def grant_auditor(conn: Any, role: str) -> None:
    """Read-only rights: the journal, its head, the ledger's facts and its holdings."""
    _grant(conn, role, ["GRANT USAGE ON SCHEMA public TO {role}",
                        "GRANT SELECT ON events, head, meta TO {role}",
                        f"GRANT SELECT ON {_holdings()} TO {{role}}",
                        "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON events FROM {role}",
                        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {_holdings()} "
                        "FROM {role}"])


def append(conn: Any, kind: str, payload: dict[str, Any], *,
           clock: Callable[[], datetime] | None = None) -> Event:
    """Append one event as the session's role, in a transaction of its own: the advisory
    lock, then the head read, then the insert the server checks (its trigger)."""
    data = canonical.dumps(payload)
    now = (clock or (lambda: datetime.now(UTC)))()
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (APPEND_LOCK,))
        seq, prev = conn.execute("SELECT seq, hash FROM head").fetchone()
        actor = conn.execute("SELECT session_user").fetchone()[0]
        event = journal.make_event(seq + 1, rfc3339(now), actor, kind, data, prev)
        conn.execute("INSERT INTO events (seq, time, actor, kind, payload, prev_hash, hash) "
                     "VALUES (%s, %s, %s, %s, %s, %s, %s)",
                     (event.seq, event.time, event.actor, event.kind, data, event.prev_hash,
                      event.hash))
    return event


def verify_chain(conn: Any) -> tuple[int, str]:
    """Every event's hash recomputed and linked to the one before, and the head the last;
    (count, head hash). LedgerError names the first event that breaks the chain."""
    prev, count = journal.GENESIS, 0
    with conn.transaction(), conn.cursor(name="tijori_events") as cursor:
        cursor.execute("SELECT seq, time, actor, kind, payload, prev_hash, hash FROM events "
                       "ORDER BY seq")
        for seq, time, actor, kind, payload, prev_hash, digest in cursor:
            count += 1
            if seq != count or prev_hash != prev or digest != journal.event_hash(
                    seq, time, actor, kind, bytes(payload), prev_hash):
                raise LedgerError(msg("the journal breaks at event {seq}", seq=seq))
            prev = digest
    head = conn.execute("SELECT seq, hash FROM head").fetchone()
    conn.commit()
    if tuple(head) != (count, prev):
        raise LedgerError(msg("the journal's head (event {seq}) is not its last event ({count})",
                              seq=head[0], count=count))
    return count, prev
