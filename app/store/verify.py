"""`journal verify`: check every hash link, then rebuild the holdings from the
journal alone and compare them with the stored ones.

The replay goes into an in-memory database attached to the ledger's
connection, so the comparison runs in SQL and nothing decrypted touches disk.
Events are read one at a time and their payloads are small (a large import is
recorded in parts), so memory does not grow with the journal; the replayed
tables carry no secondary indexes (nothing in a replay looks a holding up by
anything but its key), so no index is ever dropped or built while the events
are being read.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlcipher3

from app.attest import canonical
from app.domain.errors import CheckFailed, TijoriError
from app.domain.messages import msg
from app.store import journal, projection
from app.store.ledger import DatabaseError, Ledger
from app.store.schema import PROJECTION_TABLES, projection_ddl

Progress = Callable[[int, int], None]
REPLAY = "replay"


@dataclass(frozen=True)
class JournalReport:
    """The verdict of `journal verify`: ok only if `problems` is empty."""

    events: int
    head_hash: str
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _describe(event: journal.Event) -> str:
    return f"event {event.seq} ({event.kind}, {event.time})"


def verify(ledger: Ledger, progress: Progress | None = None) -> JournalReport:
    problems = integrity(ledger)
    if problems:
        return JournalReport(0, journal.GENESIS, problems)
    with ledger.consistent():
        return _verify(ledger, progress)


def _verify(ledger: Ledger, progress: Progress | None) -> JournalReport:
    with ledger.guard():
        total = ledger.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    with _attached(ledger) as replay:
        problem = replay.advance(None, progress, total)
        if problem is None:
            problem = _check_head(ledger, replay.seq, replay.prev)
        if problem is None:
            problem = replay.difference()
        return JournalReport(replay.seq, replay.prev, [problem] if problem else [])


def integrity(ledger: Ledger) -> list[str]:
    """SQLCipher's page check and SQLite's structure check, as sentences (a server keeps
    its own pages; its journal and holdings are checked by the replay)."""
    if ledger.engine != "sqlcipher":
        return []
    try:
        bad = [r[0] for r in ledger.conn.execute("PRAGMA cipher_integrity_check")]
        if bad:
            return [f"the file is damaged: {bad[0]}"]
        result = [r[0] for r in ledger.conn.execute("PRAGMA quick_check")]
    except DatabaseError as exc:
        return [f"the file is damaged: {exc}"]
    if result != ["ok"]:
        return [f"the database structure is damaged: {result[0]}"]
    return []


@contextlib.contextmanager
def _attached(ledger: Ledger) -> Iterator[Replay]:
    """A `Replay` into the schema "replay" of an in-memory database: attached to the
    ledger file's own connection, or, for a server ledger, to a local connection of its
    own (the replay never writes to the server)."""
    local = ledger.engine != "sqlcipher"
    conn = sqlcipher3.connect(":memory:", isolation_level=None) if local else ledger.conn
    conn.execute(f"ATTACH DATABASE ':memory:' AS {REPLAY} KEY ''")
    try:
        for statement in projection_ddl(REPLAY):
            conn.execute(statement)
        yield Replay(ledger, conn)
    except BaseException:
        # An interrupt may leave a statement on the replay pending, and the
        # detach would then fail and hide the interrupt.
        with contextlib.suppress(DatabaseError):
            conn.execute(f"DETACH DATABASE {REPLAY}")
        raise
    else:
        conn.execute(f"DETACH DATABASE {REPLAY}")
    finally:
        if local:
            conn.close()


@contextlib.contextmanager
def replayed(ledger: Ledger, upto: int) -> Iterator[Replay]:
    """The holdings as they stood after event `upto`, in the attached schema "replay".

    The `Replay` it yields can be advanced further (to the head, then
    `prove_current` compares with the stored holdings). Its `source` is what to read
    the replayed holdings through (`app.store.queries`, `app.store.snapshot`).
    """
    with _attached(ledger) as replay:
        problem = replay.advance(upto)
        if problem:
            raise CheckFailed(msg("The journal cannot be replayed: {problem}.", problem=problem))
        yield replay


class _Local:
    """The replay's own connection, read as a ledger is (`conn`, `guard`, `engine`)."""

    engine = "sqlcipher"

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def guard(self) -> contextlib.AbstractContextManager:
        return contextlib.nullcontext()


class Replay:
    """The journal applied, event by event, to the attached replay tables."""

    def __init__(self, ledger: Ledger, conn: Any) -> None:
        self.ledger = ledger
        self.conn = conn
        self.source: Any = ledger if conn is ledger.conn else _Local(conn)
        self.seq = 0
        self.prev = journal.GENESIS

    def difference(self) -> str | None:
        """The first row where the stored holdings and the replayed ones differ."""
        if self.conn is self.ledger.conn:
            return first_difference(self.conn)
        return first_difference_across(self.ledger, self.conn)

    def advance(self, upto: int | None, progress: Progress | None = None,
                total: int = 0) -> str | None:
        """Apply the events after the last one applied, through `upto` (None: all).

        Returns the first problem found (a broken link, an edited or missing
        event, an event that cannot be applied), or None.
        """
        conn = self.conn
        events = self.ledger.events(since=self.seq, upto=upto)
        try:
            for event in events:
                problem = self._apply(conn, event)
                if problem is not None:
                    return problem
                if progress is not None:
                    progress(event.seq, total)
        finally:
            events.close()  # its statement ends before the replay is detached
        return None

    def _apply(self, conn: Any, event: journal.Event) -> str | None:
        expected = self.seq + 1
        where = _describe(event)
        if event.seq != expected:
            return (f"event {expected} is missing: the journal jumps from "
                    f"{expected - 1} to {event.seq} (an event was deleted)")
        if event.prev_hash != self.prev:
            return (f"{where} does not follow event {event.seq - 1}: its link to the previous "
                    "event is broken (an event before it was edited, deleted, inserted or moved)")
        payload_bytes = bytes(event.payload)
        recomputed = journal.event_hash(
            event.seq, event.time, event.actor, event.kind, payload_bytes, event.prev_hash
        )
        if recomputed != event.hash:
            return f"{where} was edited: its hash does not match it"
        try:
            payload = canonical.loads(payload_bytes)
            del payload_bytes
            projection.apply(conn, REPLAY, event.seq, event.kind, payload)
        except (TijoriError, KeyError, TypeError, ValueError, DatabaseError) as exc:
            self.seq, self.prev = event.seq, event.hash
            return f"{where} cannot be replayed: {exc}"
        self.seq, self.prev = event.seq, event.hash
        return None

    def prove_current(self, progress: Progress | None = None) -> None:
        """Replay to the head and require the stored holdings to be exactly the replay.

        Raises `CheckFailed` naming the first row that differs: nothing may be
        attested that the journal does not prove.
        """
        head, _ = self.ledger.head()
        problem = self.advance(head, progress, head)
        if problem is None:
            problem = _check_head(self.ledger, self.seq, self.prev)
        if problem is None:
            problem = self.difference()
        if problem is not None:
            raise CheckFailed(
                msg("The holdings are not what the journal says ({problem}); nothing was "
                    "attested. Run `tijori journal verify` and restore a good backup.",
                    problem=problem))


def _check_head(ledger: Ledger, count: int, head: str) -> str | None:
    recorded = ledger.meta("head") or ""
    if recorded != f"{count}:{head}":
        seq = recorded.split(":", 1)[0]
        return (
            f"the journal ends at event {count}, but the ledger last recorded event {seq}: "
            "events were removed from the end, or the head was altered"
        )
    return None


def first_difference(conn: Any, stored: str = "main", rebuilt: str = REPLAY) -> str | None:
    """Name the first row where the stored holdings and the replayed ones differ.

    Each table is walked in key order and joined to the other side by its key,
    so the comparison streams: nothing the size of the table is sorted or kept.
    """
    for table, key in PROJECTION_TABLES.items():
        keys = (key,) if isinstance(key, str) else key
        columns = [r[1] for r in conn.execute(f"PRAGMA {stored}.table_info({table})")]
        same = " AND ".join(f"s.{c} IS r.{c}" for c in columns)
        joined = " AND ".join(f"r.{k} = s.{k}" for k in keys)
        changed = conn.execute(
            f"SELECT {', '.join(f's.{k}' for k in keys)} FROM {stored}.{table} s "
            f"LEFT JOIN {rebuilt}.{table} r ON {joined} "
            f"WHERE r.{keys[0]} IS NULL OR NOT ({same}) "
            f"ORDER BY {', '.join(f's.{k}' for k in keys)} LIMIT 1"
        ).fetchone()
        missing = conn.execute(
            f"SELECT {', '.join(f'r.{k}' for k in keys)} FROM {rebuilt}.{table} r "
            f"WHERE NOT EXISTS (SELECT 1 FROM {stored}.{table} s WHERE {joined}) "
            f"ORDER BY {', '.join(f'r.{k}' for k in keys)} LIMIT 1"
        ).fetchone()
        if changed is None and missing is None:
            continue
        first = changed if missing is None or (changed is not None and changed < missing) \
            else missing
        where = ", ".join(f"{k}={v!r}" for k, v in zip(keys, first, strict=True))
        if first is missing:
            return f"{table} row {where} is in the journal but missing from the ledger"
        match = " AND ".join(f"{k} = ?" for k in keys)
        mine = conn.execute(f"SELECT * FROM {stored}.{table} WHERE {match}", first).fetchone()
        theirs = conn.execute(f"SELECT * FROM {rebuilt}.{table} WHERE {match}", first).fetchone()
        if theirs is None:
            return f"{table} row {where} is not in the journal (added behind its back)"
        differences = [
            f"{name} is {a!r}, the journal says {b!r}"
            for name, a, b in zip(columns, mine, theirs, strict=True) if a != b
        ]
        return f"{table} row {where} was changed behind the journal: " + "; ".join(differences)
    return None


def _describe_difference(table: str, keys: tuple[str, ...], columns: list[str],
                         mine: Any, theirs: Any) -> str:
    """The sentence `first_difference` says of a row: in the ledger only, in the
    journal only, or changed (each column that differs)."""
    row = mine if mine is not None else theirs
    where = ", ".join(f"{k}={row[columns.index(k)]!r}" for k in keys)
    if mine is None:
        return f"{table} row {where} is in the journal but missing from the ledger"
    if theirs is None:
        return f"{table} row {where} is not in the journal (added behind its back)"
    differences = [f"{name} is {a!r}, the journal says {b!r}"
                   for name, a, b in zip(columns, mine, theirs, strict=True) if a != b]
    return f"{table} row {where} was changed behind the journal: " + "; ".join(differences)


def first_difference_across(ledger: Ledger, replay: Any) -> str | None:
    """`first_difference` between a server ledger's holdings and a replay held in a local
    database: each table read in key order on both sides and merged, so nothing the size
    of a table is kept."""
    for table, key in PROJECTION_TABLES.items():
        keys = (key,) if isinstance(key, str) else key
        info = list(replay.execute(f"PRAGMA {REPLAY}.table_info({table})"))
        columns = [r[1] for r in info]
        text = {r[1] for r in info if r[2] == "TEXT"}
        # SQLite's order of text is its bytes'; the server's database may collate otherwise.
        server_order = ", ".join(f'{k} COLLATE "C"' if k in text else k for k in keys)
        order = ", ".join(keys)
        listed = ", ".join(columns)
        at = [columns.index(k) for k in keys]
        theirs_rows = replay.execute(f"SELECT {listed} FROM {REPLAY}.{table} ORDER BY {order}")
        with ledger.guard():
            raw = ledger.conn.raw
            with raw.transaction(), raw.cursor(name=f"tijori_{table}") as cursor:
                cursor.itersize = 5000
                cursor.execute(f"SELECT {listed} FROM {table} ORDER BY {server_order}")
                mine_rows = (tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)
                             for row in cursor)
                problem = _merge(table, keys, columns, at, mine_rows, theirs_rows)
        theirs_rows.close()
        if problem is not None:
            return problem
    return None


def _merge(table: str, keys: tuple[str, ...], columns: list[str], at: list[int],
           mine_rows: Iterator[tuple], theirs_rows: Any) -> str | None:
    mine, theirs = next(mine_rows, None), theirs_rows.fetchone()
    while mine is not None or theirs is not None:
        mine_key = None if mine is None else [mine[i] for i in at]
        theirs_key = None if theirs is None else [theirs[i] for i in at]
        if mine_key == theirs_key:
            if tuple(mine) != tuple(theirs):
                return _describe_difference(table, keys, columns, mine, theirs)
            mine, theirs = next(mine_rows, None), theirs_rows.fetchone()
        elif theirs_key is None or (mine_key is not None and mine_key < theirs_key):
            return _describe_difference(table, keys, columns, mine, None)
        else:
            return _describe_difference(table, keys, columns, None, theirs)
    return None
