"""What the dashboard shows, and the history of one holding."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from app.attest.statement import coverage
from app.services.tokens import tokens
from app.store import queries
from app.store.ledger import Ledger

RECENT = 12
# Events that change what is held (the dashboard's "recent movements").
MOVEMENT_KINDS = ("bar.received", "bars.imported", "lot.received", "tank.gauged", "gas.recorded",
                  "holding.transferred", "holding.withdrawn", "holding.adjusted")


def _age(moment: str, now: datetime) -> str:
    then = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    seconds = max(0, int((now - then).total_seconds()))
    for size, unit in ((86400, "day"), (3600, "hour"), (60, "minute")):
        if seconds >= size:
            n = seconds // size
            return f"{n} {unit}{'s' if n != 1 else ''}"
    return "moments"


def dashboard(ledger: Ledger) -> dict[str, Any]:
    """Totals, token coverage, the last attestation and recent movements (the quick part)."""
    totals = queries.totals(ledger)
    with ledger.guard():
        last = ledger.conn.execute(
            "SELECT a.attestation_id, a.as_of, a.payload_sha256, e.time FROM attestations a "
            "JOIN events e ON e.seq = a.seq ORDER BY a.seq DESC LIMIT 1").fetchone()
        count = ledger.conn.execute("SELECT count(*) FROM attestations").fetchone()[0]
        held = {table: ledger.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("bars", "lots", "tanks", "gas")}
    attestation = None
    if last:
        attestation = {"attestation_id": last[0], "as_of": last[1], "payload_sha256": last[2],
                       "recorded": last[3], "age": _age(last[1], ledger.clock()),
                       "count": count}
    seq, head = ledger.head()
    return {
        "totals": totals,
        "tokens": coverage(tokens(ledger), totals),
        "attestation": attestation,
        "journal": {"events": seq, "head": head},
        "recent": _recent_movements(ledger),
        "held": held,
    }


def by_site(ledger: Ledger) -> list[dict[str, str]]:
    """Totals per site and commodity (a full pass over the holdings: the slow part)."""
    return queries.totals_by_site(ledger)


def _recent_movements(ledger: Ledger) -> list[dict[str, Any]]:
    """The last movements, newest first; an import's bulky columns are never read."""
    marks = ", ".join("?" * len(MOVEMENT_KINDS))
    with ledger.guard():
        rows = ledger.conn.execute(
            "SELECT seq, time, actor, kind, CASE WHEN length(payload) < 65536 "
            f"THEN CAST(payload AS TEXT) END FROM events WHERE kind IN ({marks}) "
            f"ORDER BY seq DESC LIMIT {RECENT}", MOVEMENT_KINDS).fetchall()
    out = []
    for seq, time, actor, kind, payload in rows:
        details = json.loads(payload) if payload else {}
        details.pop("method", None)
        out.append({"seq": seq, "time": time, "actor": actor, "kind": kind, "details": details})
    return out


# How much of an import's payload to read from its end: everything after the columns.
IMPORT_TAIL = 16384


def history(ledger: Ledger, holding_id: int) -> list[dict[str, Any]]:
    """Every journal event that touched one holding, oldest first.

    Small events are matched by their payload's `id` inside SQLite. A bar-list
    import is one event for many bars: its id range is read from the tail of its
    payload (canonical JSON sorts `count` and `first_id` after the columns).
    """
    out = []
    with ledger.guard():
        rows = ledger.conn.execute(
            "SELECT seq, time, actor, kind, CAST(payload AS TEXT) FROM events "
            "WHERE kind NOT IN ('bars.imported', 'site.added', 'token.added', 'token.supply', "
            "'attestation.finalized', 'ledger.rekeyed') "
            "AND json_extract(CAST(payload AS TEXT), '$.id') = ? ORDER BY seq",
            (holding_id,)).fetchall()
        imports = ledger.conn.execute(
            f"SELECT seq, time, actor, kind, substr(payload, -{IMPORT_TAIL}) FROM events "
            "WHERE kind = 'bars.imported' ORDER BY seq").fetchall()
    for seq, time, actor, kind, tail in imports:
        tail = bytes(tail)
        start = tail.rfind(b'"count":')
        if start < 0:
            continue
        import_ = json.loads(b"{" + tail[start:])  # the members after the columns
        first, count = import_["first_id"], import_["count"]
        if first <= holding_id < first + count:
            import_.pop("method", None)
            out.append({"seq": seq, "time": time, "actor": actor, "kind": kind,
                        "details": import_})
    for seq, time, actor, kind, payload in rows:
        details = json.loads(payload)
        details.pop("method", None)
        out.append({"seq": seq, "time": time, "actor": actor, "kind": kind, "details": details})
    return sorted(out, key=lambda e: e["seq"])
