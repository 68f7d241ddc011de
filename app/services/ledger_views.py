"""What the ledger holds and what its journal says: holdings, totals, log, verify."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from app.domain.errors import NotFound
from app.domain.messages import msg
from app.domain.progress import QUIET, Task
from app.store import queries, verify
from app.store.ledger import Ledger
from app.store.verify import JournalReport

__all__ = [
    "JournalReport", "holdings", "holdings_json", "journal_log", "sites", "totals",
    "verify_journal",
]


def sites(ledger: Ledger) -> list[dict[str, Any]]:
    return queries.sites(ledger)


def _check_site(ledger: Ledger, site: str | None) -> str | None:
    if site is None:
        return None
    code = site.strip().upper()
    if queries.site(ledger, code) is None:
        raise NotFound(msg("There is no site {site!r}.", site=site))
    return code


def holdings(ledger: Ledger, site: str | None = None) -> Iterator[dict[str, Any]]:
    """Every holding, bars first, in id order; streamed."""
    return queries.iter_holdings(ledger, _check_site(ledger, site))


def holdings_json(ledger: Ledger, site: str | None = None) -> Iterator[str]:
    """Holdings as chunks of comma-separated JSON objects, for streaming a million out."""
    return queries.iter_holdings_chunks(ledger, _check_site(ledger, site))


def totals(ledger: Ledger, site: str | None = None) -> list[dict[str, str]]:
    return queries.totals(ledger, _check_site(ledger, site))


def journal_log(ledger: Ledger, *, since: int = 0, limit: int | None = None
                ) -> list[dict[str, Any]]:
    """Events as plain dicts, without the bulk of import payloads."""
    out = []
    for event in ledger.events(since=since):
        size = len(event.payload)
        summary = event.payload_obj() if size < 65536 else {"bytes": size}
        if isinstance(summary, dict) and "columns" in summary:
            summary = {k: v for k, v in summary.items() if k != "columns"}
        out.append({"seq": event.seq, "time": event.time, "actor": event.actor,
                    "kind": event.kind, "hash": event.hash, "prev_hash": event.prev_hash,
                    "payload": summary})
        if limit is not None and len(out) >= limit:
            break
    return out


def verify_journal(ledger: Ledger, task: Task = QUIET) -> JournalReport:
    return verify.verify(ledger, task.progress)
