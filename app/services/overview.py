"""What the dashboard shows, and the history of one holding."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from app.attest.statement import coverage
from app.services import identify
from app.services.tokens import tokens
from app.store import queries
from app.store.ledger import Ledger

# Events that move several holdings at once: their payload lists them under "holdings".
MANY_KINDS = ("holdings.transferred", "holdings.withdrawn")


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
        "held": held,
    }


def by_site(ledger: Ledger) -> list[dict[str, str]]:
    """Totals per site and commodity (a full pass over the holdings: the slow part)."""
    return queries.totals_by_site(ledger)


# How much of an import's payload to read from its end: everything after the columns.
IMPORT_TAIL = 16384


def history(ledger: Ledger, holding: int | str) -> list[dict[str, Any]]:
    """Every journal event that touched one holding, oldest first.

    `holding` is an id, or anything `identify.resolve` takes (a serial, a
    warrant, a code): the holding must then still be held.

    Small events are matched by their payload's `id` inside SQLite. An event
    that moved several holdings lists them under "holdings"; it is first
    matched on the bytes `"id":N}` (each entry's canonical JSON ends with its
    id, the last of its sorted keys), then confirmed on the parsed list, and
    shown with this holding's own entry and the number moved, not the whole
    list. A bar-list import is one event for many bars: its id range is read
    from the tail of its payload (canonical JSON sorts `count` and `first_id`
    after the columns).
    """
    holding_id = identify.resolve(ledger, holding)["id"] if not isinstance(holding, int) \
        else holding
    marks = ", ".join("?" * len(MANY_KINDS))
    out = []
    with ledger.guard():
        # The payload as text, its id, and whether it holds some bytes, in each engine.
        if ledger.engine == "postgresql":
            text, its_id, holds = ("convert_from(payload, 'UTF8')",
                                   "(convert_from(payload, 'UTF8')::json ->> 'id') = ?",
                                   "position(CAST(? AS bytea) in payload) > 0")
            wanted: Any = str(holding_id)
        else:
            text, its_id, holds = ("CAST(payload AS TEXT)",
                                   "json_extract(CAST(payload AS TEXT), '$.id') = ?",
                                   "instr(payload, CAST(? AS BLOB)) > 0")
            wanted = holding_id
        rows = ledger.conn.execute(
            f"SELECT seq, time, actor, kind, {text} FROM events "
            "WHERE kind NOT IN ('bars.imported', 'site.added', 'token.added', 'token.supply', "
            f"'attestation.finalized', 'ledger.rekeyed', {marks}) "
            f"AND {its_id} ORDER BY seq",
            (*MANY_KINDS, wanted)).fetchall()
        many = ledger.conn.execute(
            f"SELECT seq, time, actor, kind, {text} FROM events "
            f"WHERE kind IN ({marks}) AND {holds} ORDER BY seq",
            (*MANY_KINDS, f'"id":{holding_id}}}'.encode())).fetchall()
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
    for seq, time, actor, kind, payload in many:
        details = json.loads(payload)
        entries = details.pop("holdings")
        mine = next((e for e in entries if e["id"] == holding_id), None)
        if mine is not None:
            out.append({"seq": seq, "time": time, "actor": actor, "kind": kind,
                        "details": {**mine, **details, "holdings_moved": len(entries)}})
    for seq, time, actor, kind, payload in rows:
        details = json.loads(payload)
        details.pop("method", None)
        out.append({"seq": seq, "time": time, "actor": actor, "kind": kind, "details": details})
    return sorted(out, key=lambda e: e["seq"])
