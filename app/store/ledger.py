"""The encrypted ledger: one SQLCipher 4 file, opened with a passphrase.

Every change goes through `Ledger.record`, which appends a hash-chained event
to the journal and applies it to the projection tables in one transaction.
Errors a user can cause (no file, wrong passphrase, damage, not a ledger)
become `LedgerError` with one sentence; nothing is written until the file is
unlocked and recognised.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from app.attest import canonical
from app.domain.errors import InvalidInput, LedgerError
from app.store import journal, projection
from app.store.journal import Event
from app.store.schema import APPLICATION, MIGRATIONS, SCHEMA_VERSION

DatabaseError = sqlcipher3.DatabaseError
_SQLITE_MAGIC = b"SQLite format 3\x00"
_PAGE = 4096
MIN_PASSPHRASE = 8


def utc_now() -> datetime:
    return datetime.now(UTC)


def rfc3339(moment: datetime) -> str:
    """UTC time as RFC 3339 with a Z, to the microsecond."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _quote(passphrase: str) -> str:
    if not passphrase:
        raise InvalidInput("the passphrase is empty", "passphrase")
    if "\x00" in passphrase:
        raise InvalidInput("the passphrase contains a NUL character", "passphrase")
    return "'" + passphrase.replace("'", "''") + "'"


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput(
            f"the new passphrase is too short: use at least {MIN_PASSPHRASE} characters",
            "passphrase",
        )
    _quote(passphrase)


class Ledger:
    """An open ledger. One connection, used from one thread at a time."""

    def __init__(self, conn: Any, path: Path, actor: str, clock: Callable[[], datetime]) -> None:
        self.conn = conn
        self.path = path
        self.actor = actor
        self.clock = clock
        self._in_tx = False

    # -- opening -------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | os.PathLike,
        passphrase: str,
        *,
        actor: str,
        clock: Callable[[], datetime] = utc_now,
    ) -> Ledger:
        path = Path(path)
        check_new_passphrase(passphrase)
        if path.exists():
            raise LedgerError(f"{path} already exists; choose another path for the new ledger.")
        if not path.parent.is_dir():
            raise LedgerError(f"Cannot create {path}: folder {path.parent} does not exist.")
        conn = _connect(path, passphrase)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            _tune(conn)
            ledger = cls(conn, path, actor, clock)
            ledger._migrate()
            with ledger.transaction():
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('application', ?), ('ledger_id', ?)",
                    (APPLICATION, str(uuid.uuid4())),
                )
                ledger.record("ledger.created", {"application": APPLICATION})
        except BaseException:
            conn.close()
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    os.remove(f"{path}{suffix}")
            raise
        return ledger

    @classmethod
    def open(
        cls,
        path: str | os.PathLike,
        passphrase: str,
        *,
        actor: str,
        clock: Callable[[], datetime] = utc_now,
    ) -> Ledger:
        path = Path(path)
        _check_file(path)
        conn = _connect(path, passphrase)
        try:
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except DatabaseError:
                raise LedgerError(
                    f"Cannot unlock {path}: the passphrase is wrong, "
                    "or the file is not a Tijori ledger."
                ) from None
            ledger = cls(conn, path, actor, clock)
            _tune(conn)
            with ledger.guard():
                ledger._recognise()
                ledger._migrate()
        except BaseException:
            conn.close()
            raise
        return ledger

    def close(self) -> None:
        with contextlib.suppress(DatabaseError):
            self.conn.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _recognise(self) -> None:
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master")}
        if "meta" not in tables:
            raise LedgerError(f"{self.path} is an encrypted database, but not a Tijori ledger.")
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'application'").fetchone()
        if row is None or row[0] != APPLICATION:
            raise LedgerError(f"{self.path} is an encrypted database, but not a Tijori ledger.")
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise LedgerError(
                f"{self.path} was written by a newer Tijori (schema {version}); "
                f"this version reads up to schema {SCHEMA_VERSION}."
            )

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        for number in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                MIGRATIONS[number - 1](self.conn)
                self.conn.execute(f"PRAGMA user_version = {number}")

    # -- transactions and errors ----------------------------------------------

    @contextlib.contextmanager
    def guard(self) -> Iterator[None]:
        """Turn SQLCipher's errors into one sentence about this ledger."""
        try:
            yield
        except (sqlcipher3.IntegrityError, sqlcipher3.ProgrammingError,
                sqlcipher3.InterfaceError):
            raise
        except DatabaseError as exc:
            raise LedgerError(f"Ledger {self.path} is damaged or unreadable: {exc}.") from None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction; rolled back whole on any error."""
        if self._in_tx:
            yield
            return
        with self.guard():
            self.conn.execute("BEGIN IMMEDIATE")
            self._in_tx = True
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")
            finally:
                self._in_tx = False

    # -- the journal -----------------------------------------------------------

    def head(self) -> tuple[int, str]:
        """The last event's number and hash.

        Read from `meta`, written in the same transaction as each event: reading the
        events table's last row would walk a large import's overflow pages to reach
        the hash stored after its payload. `journal verify` checks the two agree.
        """
        recorded = self.meta("head")
        if recorded:
            seq, _, digest = recorded.partition(":")
            return int(seq), digest
        row = self.conn.execute(
            "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        return (row[0], row[1]) if row else (0, journal.GENESIS)

    def record(self, kind: str, payload: dict[str, Any], *, encoded: bytes | None = None) -> Event:
        """Append an event and apply it to the projection, inside a transaction.

        `encoded`, when given, is `payload` already in canonical JSON (large imports
        encode it once, with progress).
        """
        if not self._in_tx:
            with self.transaction():
                return self.record(kind, payload, encoded=encoded)
        data = encoded if encoded is not None else canonical.dumps(payload)
        seq, prev = self.head()
        event = journal.make_event(seq + 1, rfc3339(self.clock()), self.actor, kind, data, prev)
        self.conn.execute(
            "INSERT INTO events (seq, time, actor, kind, payload, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (event.seq, event.time, event.actor, event.kind, data, event.prev_hash, event.hash),
        )
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES ('head', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (f"{event.seq}:{event.hash}",),
        )
        projection.apply(self.conn, "main", event.seq, kind, payload)
        return event

    def events(self, *, since: int = 0, kinds: tuple[str, ...] = ()) -> Iterator[Event]:
        sql = "SELECT seq, time, actor, kind, payload, prev_hash, hash FROM events WHERE seq > ?"
        params: list[Any] = [since]
        if kinds:
            sql += f" AND kind IN ({','.join('?' * len(kinds))})"
            params.extend(kinds)
        with self.guard():
            for row in self.conn.execute(sql + " ORDER BY seq", params):
                yield Event(*row)

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    # -- passphrase ----------------------------------------------------------------

    def rekey(self, new_passphrase: str) -> None:
        """Re-encrypt the whole file under a new passphrase."""
        check_new_passphrase(new_passphrase)
        with self.guard():
            self.conn.execute(f"PRAGMA rekey = {_quote(new_passphrase)}")
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _check_file(path: Path) -> None:
    """Refuse, before any SQLCipher call, what is plainly not a ledger."""
    if not path.exists():
        raise LedgerError(f"There is no ledger at {path}; create one with `tijori init`.")
    if path.is_dir():
        raise LedgerError(f"{path} is a folder, not a ledger file.")
    size = path.stat().st_size
    if size == 0:
        raise LedgerError(f"{path} is empty: it is not a Tijori ledger.")
    with open(path, "rb") as handle:
        head = handle.read(16)
    if head == _SQLITE_MAGIC:
        raise LedgerError(f"{path} is an unencrypted SQLite database, not a Tijori ledger.")
    if size % _PAGE:
        raise LedgerError(
            f"{path} is damaged or not a Tijori ledger: its size ({size} bytes) "
            "is not a whole number of pages."
        )


def _connect(path: Path, passphrase: str) -> Any:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {_quote(passphrase)}")
        conn.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        conn.close()
        raise
    return conn


def _tune(conn: Any) -> None:
    """Settings for an unlocked connection (they read the file, so not before)."""
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute("PRAGMA synchronous = NORMAL")

