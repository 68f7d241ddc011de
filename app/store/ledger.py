"""The encrypted ledger: one SQLCipher 4 file, opened with a passphrase.

Every change goes through `Ledger.record`, which appends a hash-chained event
to the journal and applies it to the projection tables in one transaction.
Errors a user can cause (no file, wrong passphrase, damage, not a ledger)
become `LedgerError` with one sentence; nothing is written until the file is
unlocked and recognised.

The file and its `-wal`/`-shm` are owner-only (0600): SQLite gives the journal
files the main file's mode, and the main file is created with it. Commits are
`synchronous = FULL`: once `record` returns, the event survives a power cut.
"""

from __future__ import annotations

import contextlib
import os
import stat
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from app.attest import canonical
from app.domain import passphrase as passphrase_rules
from app.domain.errors import InvalidInput, LedgerError, WrongPassphrase
from app.domain.messages import msg
from app.domain.times import rfc3339
from app.store import journal, projection
from app.store.journal import Event
from app.store.schema import APPLICATION, MIGRATIONS, SCHEMA_VERSION

DatabaseError = sqlcipher3.DatabaseError
_SQLITE_MAGIC = b"SQLite format 3\x00"
_PAGE = 4096
#: How long a command waits for another process's write to finish, in ms.
BUSY_TIMEOUT_MS = 5000
PRIVATE = 0o600


def utc_now() -> datetime:
    return datetime.now(UTC)


def quote_passphrase(passphrase: str) -> str:
    """The passphrase as an SQL string literal, for `PRAGMA key` and `ATTACH ... KEY`."""
    if not passphrase:
        raise InvalidInput("the passphrase is empty", "passphrase")
    if "\x00" in passphrase:
        raise InvalidInput("the passphrase contains a NUL character", "passphrase")
    return "'" + passphrase.replace("'", "''") + "'"


def check_new_passphrase(passphrase: str, *, user_inputs: tuple[str, ...] = ()) -> None:
    """The rules for a new ledger passphrase (app.domain.passphrase is their home)."""
    passphrase_rules.check_new(passphrase, what=msg("ledger passphrase"), user_inputs=user_inputs)


def create_private(path: Path) -> None:
    """Create `path` empty, owner-only, failing if it exists (SQLite then fills it)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0),
                 PRIVATE)
    os.close(fd)


def make_private(path: Path) -> None:
    """Take group and other permissions off an existing ledger file and its journal files."""
    for suffix in ("", "-wal", "-shm"):
        name = f"{path}{suffix}"
        with contextlib.suppress(FileNotFoundError, PermissionError):
            if stat.S_IMODE(os.stat(name).st_mode) & 0o077:
                os.chmod(name, PRIVATE)


class Ledger:
    """An open ledger. One connection, used from one thread at a time."""

    #: The store's engine: this encrypted file, or "postgresql" (app.store.server_ledger).
    engine = "sqlcipher"

    def __init__(self, conn: Any, path: Path, actor: str, clock: Callable[[], datetime],
                 passphrase: str = "") -> None:
        self.conn = conn
        self.path = path
        self.actor = actor
        self.clock = clock
        # Kept to open copies of this ledger (a backup is checked before it is
        # declared good); never written anywhere.
        self._passphrase = passphrase
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
        check_new_passphrase(passphrase, user_inputs=(path.stem, actor))
        passphrase = passphrase_rules.normalize(passphrase)
        if path.exists():
            raise LedgerError(msg("{path} already exists; choose another path for the new "
                                  "ledger.", path=path))
        if not path.parent.is_dir():
            raise LedgerError(msg("Cannot create {path}: folder {parent} does not exist.",
                                  path=path, parent=path.parent))
        try:
            create_private(path)
        except FileExistsError:
            raise LedgerError(
                msg("{path} already exists; choose another path for the new ledger.",
                    path=path)) from None
        except OSError as exc:
            raise LedgerError(msg("Cannot create {path}: {strerror}.",
                                  path=path, strerror=exc.strerror)) from None
        conn = None
        try:
            conn = _connect(path, passphrase)
            conn.execute("PRAGMA journal_mode = WAL")
            _tune(conn)
            ledger = cls(conn, path, actor, clock, passphrase)
            ledger._migrate()
            with ledger.transaction():
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('application', ?), ('ledger_id', ?)",
                    (APPLICATION, str(uuid.uuid4())),
                )
                ledger.record("ledger.created", {"application": APPLICATION})
        except BaseException:
            if conn is not None:
                conn.close()
            remove_ledger_files(path)
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
        conn, passphrase = _unlock(path, passphrase)
        try:
            ledger = cls(conn, path, actor, clock, passphrase)
            _tune(conn)
            with ledger.guard():
                ledger._recognise()
                if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    # A re-key stopped before its rename leaves the old file in
                    # rollback mode; WAL is this ledger's mode.
                    conn.execute("PRAGMA journal_mode = WAL")
                ledger._migrate()
            make_private(path)
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

    def reopen_as(self, path: Path, passphrase: str) -> None:
        """Swap this object's connection for one to `path` (after a re-key)."""
        self.close()
        conn, passphrase = _unlock(path, passphrase)
        _tune(conn)
        self.conn, self.path, self._passphrase = conn, path, passphrase

    def same_key_open(self, path: Path, actor: str | None = None) -> Ledger:
        """Open another ledger file under this ledger's passphrase (a backup of it)."""
        return Ledger.open(path, self._passphrase, actor=actor or self.actor, clock=self.clock)

    def _recognise(self) -> None:
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master")}
        if "meta" not in tables:
            raise LedgerError(msg("{path} is an encrypted database, but not a Tijori ledger.",
                                  path=self.path))
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'application'").fetchone()
        if row is None or row[0] != APPLICATION:
            raise LedgerError(msg("{path} is an encrypted database, but not a Tijori ledger.",
                                  path=self.path))
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise LedgerError(
                msg("{path} was written by a newer Tijori (schema {version}); this version "
                    "reads up to schema {SCHEMA_VERSION}.",
                    path=self.path, version=version, SCHEMA_VERSION=SCHEMA_VERSION)
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
            if "locked" in str(exc) or "busy" in str(exc):
                raise LedgerError(
                    msg("Ledger {path} is busy: another Tijori window or command is using it. "
                        "Close it and try again.", path=self.path)) from None
            raise LedgerError(msg("Ledger {path} is damaged or unreadable: {exc}.",
                                  path=self.path, exc=exc)) from None

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

    @property
    def name(self) -> str:
        """What exports and sheets call the ledger: its file's name."""
        return Path(self.path).name

    @property
    def in_transaction(self) -> bool:
        return self._in_tx

    def consistent(self) -> contextlib.AbstractContextManager:
        """Reads that must agree with each other (the journal and the holdings it proves).
        A file has one writer at a time; a server ledger reads them in one snapshot."""
        return contextlib.nullcontext()

    # -- the journal -----------------------------------------------------------

    def head(self, db: str = "main") -> tuple[int, str]:
        """The last event's number and hash.

        Read from `meta`, written in the same transaction as each event: reading the
        events table's last row would walk a large import's overflow pages to reach
        the hash stored after its payload. `journal verify` checks the two agree.
        """
        row = self.conn.execute(f"SELECT value FROM {db}.meta WHERE key = 'head'").fetchone()
        if row and row[0]:
            seq, _, digest = row[0].partition(":")
            return int(seq), digest
        row = self.conn.execute(
            f"SELECT seq, hash FROM {db}.events ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        return (row[0], row[1]) if row else (0, journal.GENESIS)

    def record(self, kind: str, payload: dict[str, Any], *, encoded: bytes | None = None) -> Event:
        """Append an event and apply it to the projection, inside a transaction.

        `encoded`, when given, is `payload` already in canonical JSON.
        """
        if not self._in_tx:
            with self.transaction():
                return self.record(kind, payload, encoded=encoded)
        event = self.append(kind, payload, encoded=encoded)
        projection.apply(self.conn, "main", event.seq, kind, payload)
        return event

    def append(self, kind: str, payload: dict[str, Any], *, encoded: bytes | None = None,
               db: str = "main") -> Event:
        """Append an event to the journal of schema `db` without touching the projection.

        For `record`, and for events that change no holding written into a copy
        of the ledger (the re-key event goes into the re-keyed file).
        """
        data = encoded if encoded is not None else canonical.dumps(payload)
        seq, prev = self.head(db)
        event = journal.make_event(seq + 1, rfc3339(self.clock()), self.actor, kind, data, prev)
        self.conn.execute(
            f"INSERT INTO {db}.events (seq, time, actor, kind, payload, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (event.seq, event.time, event.actor, event.kind, data, event.prev_hash, event.hash),
        )
        self._move_head(db, event)
        return event

    def _move_head(self, db: str, event: Event) -> None:
        """Record `event` as the journal's head, in the transaction that appended it."""
        self.conn.execute(
            f"INSERT INTO {db}.meta (key, value) VALUES ('head', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (f"{event.seq}:{event.hash}",),
        )

    def events(self, *, since: int = 0, kinds: tuple[str, ...] = (),
               upto: int | None = None) -> Iterator[Event]:
        """The events after `since` (through `upto`), of `kinds` if given, in order."""
        sql, params = events_query(since, kinds, upto)
        with self.guard():
            for row in self.conn.execute(sql, params):
                yield Event(*row)

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None


def events_query(since: int, kinds: tuple[str, ...], upto: int | None) -> tuple[str, list]:
    """`Ledger.events`'s statement and parameters, for either engine."""
    sql = ("SELECT seq, time, actor, kind, payload, prev_hash, hash FROM events "
           "WHERE seq > ? AND seq <= ?")
    params: list[Any] = [since, upto if upto is not None else 2**62]
    if kinds:
        sql += f" AND kind IN ({','.join('?' * len(kinds))})"
        params.extend(kinds)
    return sql + " ORDER BY seq", params


def remove_ledger_files(path: Path | str) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")


def _check_file(path: Path) -> None:
    """Refuse, before any SQLCipher call, what is plainly not a ledger."""
    if not path.exists():
        raise LedgerError(msg("There is no ledger at {path}; create one with `tijori init`.",
                              path=path))
    if path.is_dir():
        raise LedgerError(msg("{path} is a folder, not a ledger file.", path=path))
    size = path.stat().st_size
    if size == 0:
        raise LedgerError(msg("{path} is empty: it is not a Tijori ledger.", path=path))
    with open(path, "rb") as handle:
        head = handle.read(16)
    if head == _SQLITE_MAGIC:
        raise LedgerError(msg("{path} is an unencrypted SQLite database, not a Tijori ledger.",
                              path=path))
    if size % _PAGE:
        raise LedgerError(
            msg("{path} is damaged or not a Tijori ledger: its size ({size} bytes) is not a "
                "whole number of pages.", path=path, size=size)
        )


def _unlock(path: Path, passphrase: str) -> tuple[Any, str]:
    """A connection that has read the file under `passphrase`, and the form that opened it.

    The passphrase is tried in Unicode NFC first (the form every new passphrase
    is stored in), then exactly as typed, for ledgers whose passphrase was set
    before passphrases were normalised.
    """
    normal = passphrase_rules.normalize(passphrase)
    for form in dict.fromkeys((normal, passphrase)):
        conn = _connect(path, form)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError:
            conn.close()
            continue
        except BaseException:
            conn.close()
            raise
        return conn, form
    raise WrongPassphrase(
        msg("Cannot unlock {path}: the passphrase is wrong, or the file is not a Tijori ledger.",
            path=path)
    )


def _connect(path: Path, passphrase: str) -> Any:
    key = quote_passphrase(passphrase)
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key}")
        conn.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        conn.close()
        raise
    return conn


def _tune(conn: Any) -> None:
    """Settings for an unlocked connection (they read the file, so not before)."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cache_size = -65536")
    # A custody ledger: a commit the CLI reported survives a power cut.
    conn.execute("PRAGMA synchronous = FULL")
