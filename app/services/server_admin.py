"""A ledger on a PostgreSQL server: creating its schema, granting terminals and auditors
their rights, checking its chain, and migrating a ledger file into it (`app.store.server`).

The file ledger stays the default; every other service works on either engine through
`app.store.server_ledger`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from app.domain.progress import QUIET, Task
from app.store import server


def init(url: str, password: str = "") -> dict[str, Any]:
    """Create the ledger's schema in the database `url` names (as its owner; `password`:
    the role's, if libpq's own means do not give it)."""
    with server.connect(url, password) as conn:
        event = server.create_schema(conn)
        ledger_id = conn.execute("SELECT value FROM meta WHERE key = 'ledger_id'").fetchone()[0]
        conn.commit()
    return {"ledger_id": ledger_id, "head": event.seq, "actor": event.actor}


def grant(url: str, role: str, *, auditor: bool = False, password: str = "") -> dict[str, Any]:
    """Give `role` a terminal's rights (read, append) or an auditor's (read only)."""
    with server.connect(url, password) as conn:
        (server.grant_auditor if auditor else server.grant_terminal)(conn, role)
    return {"role": role, "rights": "auditor" if auditor else "terminal"}


def verify(url: str, password: str = "") -> dict[str, Any]:
    """Every event of the server's journal recomputed and linked; its head the last."""
    with server.connect(url, password) as conn:
        count, head = server.verify_chain(conn)
    return {"events": count, "head": head}


def migrate(source: str, passphrase: str, actor: str, url: str,
            task: Task = QUIET, password: str = "") -> dict[str, Any]:
    """Copy the ledger file `source` (its whole journal, the same ledger id) into the empty
    database `url`: the file's journal is verified first (`journal verify`: chain and
    holdings); the copy's chain is then recomputed on the way in by the server and again
    here, and its head must be the file's. A database that holds a ledger is refused."""
    from app.domain.errors import CheckFailed
    from app.domain.messages import joined, msg
    from app.services import session
    from app.store import verify as journal_verify

    ledger = session.open_ledger(source, passphrase, actor)
    try:
        report = journal_verify.verify(ledger, task.progress)
        if not report.ok:
            raise CheckFailed(msg("{source} does not verify, so it is not migrated: {problems}",
                                  source=source, problems=joined(report.problems)))
        ledger_id = ledger.meta("ledger_id") or ""
        total = report.events
        with server.connect(url, password) as conn:
            count = server.migrate(conn, ledger_id, ledger.events(), lambda: _tables(ledger),
                                   lambda done: task.progress(done, total))
            copied, head = server.verify_chain(conn)
    finally:
        ledger.close()
    if (copied, head) != (report.events, report.head_hash):
        raise CheckFailed(msg("the copy's journal ({copied} events, head {head}) is not the "
                              "file's ({events}, {file_head})", copied=copied, head=head,
                              events=report.events, file_head=report.head_hash))
    # The copy's holdings must be what its journal says, read back from the server.
    copy = session.open_ledger(url, password, "")
    try:
        checked = journal_verify.verify(copy)
    finally:
        copy.close()
    if not checked.ok:
        raise CheckFailed(msg("the copy on the server does not verify: {problems}",
                              problems=joined(checked.problems)))
    return {"events": count, "head": head, "ledger_id": ledger_id}


def _tables(ledger: Any) -> Iterator[tuple[str, list[str], Iterator[tuple]]]:
    """Each holdings table of a ledger file: its name, columns and rows."""
    from app.store.schema import PROJECTION_TABLES

    for table in PROJECTION_TABLES:
        columns = [r[1] for r in ledger.conn.execute(f"PRAGMA main.table_info({table})")]
        rows = ledger.conn.execute(f"SELECT {', '.join(columns)} FROM main.{table}")
        yield table, columns, iter(rows)
