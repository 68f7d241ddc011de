"""A ledger on a PostgreSQL server: creating its journal, granting terminals and auditors
their rights, and checking its chain (issue 19, first part; `app.store.server`).

The file ledger stays the default. On a server, this version keeps the journal and what
the server enforces on it; the services that record holdings, import and attest work on
the file ledger only, until the store's second engine reaches them.
"""

from __future__ import annotations

from typing import Any

from app.store import server


def init(url: str) -> dict[str, Any]:
    """Create the journal's schema in the database `url` names (as its owner)."""
    with server.connect(url) as conn:
        event = server.create_schema(conn)
        ledger_id = conn.execute("SELECT value FROM meta WHERE key = 'ledger_id'").fetchone()[0]
        conn.commit()
    return {"ledger_id": ledger_id, "head": event.seq, "actor": event.actor}


def grant(url: str, role: str, *, auditor: bool = False) -> dict[str, Any]:
    """Give `role` a terminal's rights (read, append) or an auditor's (read only)."""
    with server.connect(url) as conn:
        (server.grant_auditor if auditor else server.grant_terminal)(conn, role)
    return {"role": role, "rights": "auditor" if auditor else "terminal"}


def verify(url: str) -> dict[str, Any]:
    """Every event of the server's journal recomputed and linked; its head the last."""
    with server.connect(url) as conn:
        count, head = server.verify_chain(conn)
    return {"events": count, "head": head}
