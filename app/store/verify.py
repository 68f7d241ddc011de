"""`journal verify`: check every hash link, then rebuild the holdings from the
journal alone and compare them with the stored ones.

The replay goes into an in-memory database attached to the ledger's
connection, so the comparison runs in SQL and nothing decrypted touches disk.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from app.attest import canonical
from app.domain.errors import CheckFailed, TijoriError
from app.store import journal, projection
from app.store.ledger import DatabaseError, Ledger
from app.store.schema import PROJECTION_TABLES, projection_ddl, projection_indexes

Progress = Callable[[int, int], None]


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
    conn = ledger.conn
    problems = _integrity(ledger)
    if problems:
        return JournalReport(0, journal.GENESIS, problems)
    total = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    conn.execute("ATTACH DATABASE ':memory:' AS replay KEY ''")
    try:
        for statement in projection_ddl("replay") + projection_indexes("replay"):
            conn.execute(statement)
        count, head, problem = _replay(ledger, total, progress)
        if problem is None:
            problem = _check_head(ledger, count, head)
        if problem is None:
            problem = _compare(conn)
        return JournalReport(count, head, [problem] if problem else [])
    finally:
        conn.execute("DETACH DATABASE replay")


def _integrity(ledger: Ledger) -> list[str]:
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
def replayed(ledger: Ledger, upto: int) -> Iterator[None]:
    """The holdings as they stood after event `upto`, in the attached schema "replay"."""
    conn = ledger.conn
    conn.execute("ATTACH DATABASE ':memory:' AS replay KEY ''")
    try:
        for statement in projection_ddl("replay") + projection_indexes("replay"):
            conn.execute(statement)
        _, _, problem = _replay(ledger, upto, None, upto)
        if problem:
            raise CheckFailed(f"The journal cannot be replayed: {problem}.")
        yield
    finally:
        conn.execute("DETACH DATABASE replay")


def _replay(
    ledger: Ledger, total: int, progress: Progress | None, upto: int | None = None
) -> tuple[int, str, str | None]:
    """Walk the chain in order, applying each event to the replay tables."""
    conn = ledger.conn
    expected_seq, prev = 1, journal.GENESIS
    rows = conn.execute(
        "SELECT seq, time, actor, kind, payload, prev_hash, hash FROM events WHERE seq <= ? "
        "ORDER BY seq", (upto if upto is not None else 2**62,)
    )
    for row in rows:
        event = journal.Event(*row)
        where = _describe(event)
        if event.seq != expected_seq:
            return expected_seq - 1, prev, (
                f"event {expected_seq} is missing: the journal jumps from "
                f"{expected_seq - 1} to {event.seq} (an event was deleted)"
            )
        if event.prev_hash != prev:
            return expected_seq - 1, prev, (
                f"{where} does not follow event {event.seq - 1}: its link to the previous "
                "event is broken (an event before it was edited, deleted, inserted or moved)"
            )
        recomputed = journal.event_hash(
            event.seq, event.time, event.actor, event.kind, bytes(event.payload), event.prev_hash
        )
        if recomputed != event.hash:
            return expected_seq - 1, prev, f"{where} was edited: its hash does not match it"
        try:
            payload = canonical.loads(event.payload)
            projection.apply(conn, "replay", event.seq, event.kind, payload)
        except (TijoriError, KeyError, TypeError, ValueError, DatabaseError) as exc:
            return event.seq, event.hash, f"{where} cannot be replayed: {exc}"
        prev = event.hash
        expected_seq += 1
        if progress is not None:
            progress(event.seq, total)
    return expected_seq - 1, prev, None


def _check_head(ledger: Ledger, count: int, head: str) -> str | None:
    recorded = ledger.meta("head") or ""
    if recorded != f"{count}:{head}":
        seq = recorded.split(":", 1)[0]
        return (
            f"the journal ends at event {count}, but the ledger last recorded event {seq}: "
            "events were removed from the end, or the head was altered"
        )
    return None


def _compare(conn: Any) -> str | None:
    """Name the first row where the stored holdings and the replayed ones differ."""
    for table, key in PROJECTION_TABLES.items():
        columns = [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]
        stored = conn.execute(
            f"SELECT * FROM (SELECT * FROM main.{table} EXCEPT SELECT * FROM replay.{table}) "
            f"ORDER BY {key} LIMIT 1"
        ).fetchone()
        rebuilt = conn.execute(
            f"SELECT * FROM (SELECT * FROM replay.{table} EXCEPT SELECT * FROM main.{table}) "
            f"ORDER BY {key} LIMIT 1"
        ).fetchone()
        if stored is None and rebuilt is None:
            continue
        index = columns.index(key)
        if stored is not None and rebuilt is not None and stored[index] == rebuilt[index]:
            changed = [
                f"{name} is {a!r}, the journal says {b!r}"
                for name, a, b in zip(columns, stored, rebuilt, strict=True)
                if a != b
            ]
            return f"{table} row {key}={stored[index]!r} was changed behind the journal: " + (
                "; ".join(changed)
            )
        first = min(
            (r for r in (stored, rebuilt) if r is not None), key=lambda r: r[index]
        )
        if first is stored:
            return (
                f"{table} row {key}={stored[index]!r} is not in the journal "
                "(added behind its back)"
            )
        return f"{table} row {key}={rebuilt[index]!r} is in the journal but missing from the ledger"
    return None

