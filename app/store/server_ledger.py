"""A ledger on a PostgreSQL server, behind the same interface as the SQLCipher file
(`app.store.ledger.Ledger`): the services, the CLI and the GUI call `record`,
`transaction`, `head`, `events`, `meta` and run their queries on `conn` alike.

What differs is underneath (`app.store.server` has the schema and what the server
enforces):

- Each write transaction first takes the journal's advisory lock, so terminals
  serialise: the checks a service makes before recording (a bar already held, the next
  holding id) see every event committed before, and the head the event links to is
  the head when it commits.
- The event's actor is the session's role (`session_user`), which the server checks;
  the head is the `head` row the append trigger moves.
- A connection that drops is said in one sentence (nothing of the interrupted action
  was kept: its transaction rolls back on the server), and the next action connects
  again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from app.domain.errors import ConnectionLost, LedgerError
from app.domain.messages import msg
from app.store import server
from app.store.journal import Event
from app.store.ledger import Ledger, events_query, utc_now
from app.store.server import display_url, url_parts
from app.store.server_sql import Connection, ServerIntegrityError, translate

ENGINE = "postgresql"
#: Why a server ledger has no Back up or Change passphrase of Tijori's (the services
#: refuse with these; the GUI says them beside the actions it disables).
NO_PASSPHRASE = msg("A server ledger has no passphrase of Tijori's: who may use it is the "
                    "server's roles and TLS.")
NO_BACKUP = msg("A server ledger is backed up on the server, with `pg_dump`, and the restore "
                "checked with `tijori journal verify` (see the README).")


class ServerLedger(Ledger):
    """An open server ledger. One connection, used from one thread at a time."""

    engine = ENGINE

    def __init__(self, url: str, clock: Callable[[], datetime], password: str = "") -> None:
        self.url = url
        # Kept to connect again after a dropped connection; never written anywhere.
        self._password = password
        raw = server.connect(url, password)
        raw.autocommit = True
        super().__init__(Connection(raw), display_url(url), "", clock)  # type: ignore[arg-type]
        self.actor = self._session_role()

    @property
    def name(self) -> str:
        """What exports and sheets call the ledger: its database, and the server's host
        unless it is reached through a local socket."""
        database, host = url_parts(self.url)
        return f"{database} ({host})" if host and not host.startswith("/") else database

    def _session_role(self) -> str:
        with self.guard():
            return self.conn.execute("SELECT session_user").fetchone()[0]

    @classmethod
    def create(cls, url: str, passphrase: str = "", *, actor: str = "",  # type: ignore[override]
               clock: Callable[[], datetime] = utc_now) -> ServerLedger:
        """The ledger's schema made in the (empty) database `url` names, as its owner
        (`passphrase`: the role's password, if libpq's own means do not give it)."""
        conn = server.connect(url, passphrase)
        try:
            server.create_schema(conn, clock)
        finally:
            conn.close()
        return cls.open(url, passphrase, clock=clock)

    @classmethod
    def open(cls, url: str, passphrase: str = "", *, actor: str = "",  # type: ignore[override]
             clock: Callable[[], datetime] = utc_now) -> ServerLedger:
        """The server ledger at `url`; `passphrase` is the role's password, if libpq's own
        means (~/.pgpass, PGPASSWORD, a client certificate) do not give it."""
        ledger = cls(url, clock, passphrase)
        try:
            ledger._recognise()
        except BaseException:
            ledger.close()
            raise
        return ledger

    def _recognise(self) -> None:
        with self.guard():
            found = self.conn.execute("SELECT to_regclass('events'), to_regclass('bars')"
                                      ).fetchone()
            if found[0] is None:
                raise LedgerError(msg("{path} holds no Tijori ledger; create one with "
                                      "`tijori init --ledger URL`.", path=self.path))
            if found[1] is None:
                raise LedgerError(msg("{path} holds a journal made by an earlier Tijori "
                                      "without holdings; migrate it again into a new "
                                      "database.", path=self.path))

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.close()

    def same_key_open(self, path: Any, actor: str | None = None) -> Ledger:
        raise LedgerError(NO_BACKUP)

    def reopen_as(self, path: Any, passphrase: str) -> None:
        raise LedgerError(NO_PASSPHRASE)

    # -- the connection --------------------------------------------------------

    def _reconnect_if_lost(self) -> None:
        if self.conn.raw.closed or self.conn.raw.broken:
            raw = server.connect(self.url, self._password)
            raw.autocommit = True
            self.conn = Connection(raw)

    @contextlib.contextmanager
    def guard(self) -> Iterator[None]:
        """The server's errors as one sentence about this ledger; a lost connection said
        as such (and made again at the next action)."""
        import psycopg

        if not self._in_tx:
            self._reconnect_if_lost()
        try:
            yield
        except ServerIntegrityError:
            raise
        except psycopg.errors.InsufficientPrivilege as exc:
            raise LedgerError(msg("The ledger server {path} refused: {error}. Ask its "
                                  "administrator for a terminal's rights (`tijori server "
                                  "grant-terminal`).", path=self.path,
                                  error=_first_line(exc))) from None
        except psycopg.OperationalError as exc:
            raise ConnectionLost(msg("The connection to the ledger server {path} was lost "
                                     "({error}); nothing of this action was recorded. Try "
                                     "again: Tijori connects again.", path=self.path,
                                     error=_first_line(exc))) from None
        except psycopg.Error as exc:
            raise LedgerError(msg("The ledger server {path} refused the action: {error}",
                                  path=self.path, error=_first_line(exc))) from None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction holding the journal's lock; rolled back whole on any error."""
        if self._in_tx:
            yield
            return
        with self.guard(), self.conn.raw.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(?)", (server.APPEND_LOCK,))
            self._in_tx = True
            try:
                yield
            finally:
                self._in_tx = False

    @contextlib.contextmanager
    def consistent(self) -> Iterator[None]:
        """One snapshot of the server for reads that must agree (the journal replayed and
        the holdings compared with it), whatever other terminals record meanwhile."""
        if self._in_tx:
            yield
            return
        with self.guard(), self.conn.raw.transaction():
            self.conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            self._in_tx = True
            try:
                yield
            finally:
                self._in_tx = False

    # -- the journal -----------------------------------------------------------

    def head(self, db: str = "main") -> tuple[int, str]:
        with self.guard():
            seq, digest = self.conn.execute("SELECT seq, hash FROM head").fetchone()
        return int(seq), digest

    def _move_head(self, db: str, event: Event) -> None:
        """Nothing to do: the server's append trigger moves the `head` row itself."""

    def events(self, *, since: int = 0, kinds: tuple[str, ...] = (),
               upto: int | None = None) -> Iterator[Event]:
        """The events after `since` (through `upto`), streamed from the server in batches
        through a server-side cursor (a million-bar import's events never all in memory)."""
        sql, params = events_query(since, kinds, upto)
        text, _ = translate(sql)
        with self.guard():
            raw = self.conn.raw
            with (contextlib.nullcontext() if self._in_tx else raw.transaction()), \
                    raw.cursor(name="tijori_events") as cursor:
                cursor.itersize = 200
                cursor.execute(text, params)
                for seq, time, actor, kind, payload, prev, digest in cursor:
                    yield Event(seq, time, actor, kind, bytes(payload), prev, digest)

    def meta(self, key: str) -> str | None:
        if key == "head":
            seq, digest = self.head()
            return f"{seq}:{digest}"
        with self.guard():
            row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
