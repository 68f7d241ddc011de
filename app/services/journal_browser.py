"""The journal, browsed: events in sentences, filtered, paged, counted and exported.

A `Filter` says which events (kinds, actor, a time range, a holding, events after
a number); `open_view` turns it into SQL once (finding a holding's events is the
costly part) and counts the matches; `page` reads one page after a cursor, the
last event number already shown (keyset paging: `seq < ?` newest first, `seq > ?`
oldest first; never OFFSET, so the thousandth page costs what the first does).

A bar-list import's bulky columns are never decoded: its payload is read from
its tail (`timeline.import_tail`). The chain itself is checked by
`ledger_views.verify_journal`.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from app.attest.fileio import write_atomic
from app.domain.errors import InvalidInput
from app.domain.messages import msg
from app.domain.progress import QUIET, Task
from app.domain.times import parse_time, rfc3339
from app.services import overview, timeline
from app.services.timeline import IMPORT_TAIL, Entry
from app.store.ledger import Ledger

#: Events per page, for the GUI's table and for exports.
PAGE = 200
#: What the dashboard lists as recent movements: events that change what is held.
MOVEMENTS = ("bar.received", "bars.imported", "lot.received", "tank.gauged", "gas.recorded",
             "holding.transferred", "holding.withdrawn", "holding.adjusted",
             "holdings.transferred", "holdings.withdrawn")
RECENT = 12
FORMATS = ("text", "csv", "json")
CSV_COLUMNS = ("seq", "time", "actor", "kind", "sentence", "holdings", "documents", "hash")

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MINUTE = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})[ T]([0-9]{2}:[0-9]{2})")


@dataclass(frozen=True)
class Filter:
    """Which events, as a user gives them; every part optional."""

    kinds: tuple[str, ...] = ()
    actor: str = ""
    since: str = ""  # a date (2026-12-05), "2026-12-05 09:14" (UTC) or RFC 3339: from then on
    until: str = ""  # likewise: up to then, the whole day or minute included
    holding: int | str | None = None  # events that touched it: an id, serial, warrant, code
    after: int = 0  # only events numbered after this one


@dataclass(frozen=True)
class View:
    """A filter made SQL, with its count (None when not counted)."""

    where: str
    params: tuple[Any, ...]
    count: int | None
    oldest_first: bool = False


# -- the filter ------------------------------------------------------------------------------


def time_bound(text: str | date | None, field: str, *, end: bool) -> tuple[str, str] | None:
    """A time limit as an SQL comparison on the journal's RFC 3339 times: (operator, time).

    A date is the whole day (UTC); "2026-12-05 09:14", as times are shown, is that
    whole minute (UTC); an RFC 3339 time with a zone is that instant.
    """
    if text is None or text == "":
        return None
    if isinstance(text, date) and not isinstance(text, datetime):
        text = text.isoformat()
    text = str(text).strip()
    step = None
    if _DATE.fullmatch(text):
        try:
            moment = datetime.combine(date.fromisoformat(text), datetime.min.time(), UTC)
        except ValueError:
            raise InvalidInput(msg("{field} {text!r} is not a date such as 2026-12-05",
                                   field=field, text=text),
                               field) from None
        step = timedelta(days=1)
    elif (minute := _MINUTE.fullmatch(text)) is not None:
        try:
            moment = datetime.fromisoformat(f"{minute[1]}T{minute[2]}:00+00:00")
        except ValueError:
            raise InvalidInput(msg("{field} {text!r} is not a time such as 2026-12-05 09:14",
                                   field=field, text=text),
                               field) from None
        step = timedelta(minutes=1)
    else:
        try:
            moment = parse_time(text, field)
        except InvalidInput:
            raise InvalidInput(
                msg("{field} {text!r} is not a date (2026-12-05), a UTC time (2026-12-05 09:14) "
                    "or an RFC 3339 time (2026-12-05T09:14:00Z)",
                    field=field, text=text), field) from None
    if not end:
        return ">=", rfc3339(moment)
    if step is not None:
        return "<", rfc3339(moment + step)
    return "<=", rfc3339(moment)


def holding_key(value: int | str) -> int | str:
    """A holding as the filter takes it: digits are its id (a holding no longer held
    included); any other text is a serial, warrant or code (`identify.resolve`)."""
    text = str(value).strip()
    if not text:
        raise InvalidInput("name a holding: its id, serial, warrant or code", "holding")
    return int(text) if text.isdigit() else text


def touching(ledger: Ledger, holding: int | str) -> list[int]:
    """The numbers of every event that touched `holding` (`overview.history`: the events
    that name it, the bar-list import that brought it in, the multi-holding moves and a
    tank's calibration tables), oldest first."""
    return [event["seq"] for event in overview.history(ledger, holding_key(holding))]


def kinds(ledger: Ledger) -> list[str]:
    """Every kind this version writes, and any other the journal holds, sorted."""
    with ledger.guard():
        present = {kind for (kind,) in ledger.conn.execute("SELECT DISTINCT kind FROM events")}
    return sorted(present | set(timeline.KINDS))


def actors(ledger: Ledger) -> list[str]:
    """Everyone who has recorded an event, sorted."""
    with ledger.guard():
        return [actor for (actor,) in ledger.conn.execute(
            "SELECT DISTINCT actor FROM events ORDER BY actor")]


def _where(ledger: Ledger, flt: Filter) -> tuple[str, tuple[Any, ...]]:
    terms: list[str] = []
    params: list[Any] = []
    chosen = tuple(dict.fromkeys(k.strip() for k in flt.kinds if k.strip()))
    if chosen:
        unknown = [k for k in chosen if k not in timeline.KINDS]
        if unknown and set(unknown) - set(kinds(ledger)):
            raise InvalidInput(
                msg("there is no event kind {unknown!r}; the kinds are {kinds}",
                    unknown=unknown[0], kinds=', '.join(kinds(ledger))), "kind")
        terms.append(f"kind IN ({', '.join('?' * len(chosen))})")
        params += chosen
    if flt.actor.strip():
        terms.append("actor = ?")
        params.append(flt.actor.strip())
    since = time_bound(flt.since, "since", end=False)
    until = time_bound(flt.until, "until", end=True)
    if since and until and (since[1] > until[1] or (since[1] == until[1] and until[0] == "<")):
        raise InvalidInput(msg("since ({since}) is after until ({until})",
                               since=flt.since, until=flt.until), "since")
    for bound in (since, until):
        if bound is not None:
            terms.append(f"time {bound[0]} ?")
            params.append(bound[1])
    if flt.after:
        terms.append("seq > ?")
        params.append(int(flt.after))
    if flt.holding not in (None, ""):
        seqs = touching(ledger, flt.holding)
        terms.append(f"seq IN ({', '.join(map(str, seqs))})" if seqs else "FALSE")
    return " AND ".join(terms) or "TRUE", tuple(params)


def open_view(ledger: Ledger, flt: Filter | None = None, *, oldest_first: bool = False,
              counted: bool = True) -> View:
    """The events `flt` chooses (all without one), ready to page through; InvalidInput
    naming the bad field."""
    where, params = _where(ledger, flt or Filter())
    count = None
    if counted:
        with ledger.guard():
            count = ledger.conn.execute(f"SELECT count(*) FROM events WHERE {where}",
                                        params).fetchone()[0]
    return View(where, params, count, oldest_first)


# -- reading ---------------------------------------------------------------------------------

_SELECT = (
    "SELECT seq, time, actor, kind, CASE WHEN kind = 'bars.imported' "
    f"THEN substr(payload, -{IMPORT_TAIL}) ELSE payload END, hash, prev_hash FROM events "
)


def _entry(row: Sequence[Any]) -> Entry:
    seq, time, actor, kind, payload, digest, prev = row
    details: Any
    if kind == "bars.imported":
        details = timeline.import_tail(bytes(payload)) or {}
    else:
        try:
            details = json.loads(bytes(payload))
        except ValueError:
            details = {}
    return timeline.describe({"seq": seq, "time": time, "actor": actor, "kind": kind,
                              "payload": details, "hash": digest, "prev_hash": prev})


def page(ledger: Ledger, view: View, after: int | None = None, size: int = PAGE) -> list[Entry]:
    """Up to `size` entries following the event numbered `after` in the view's order
    (None: from the start: the newest, or the oldest with `oldest_first`)."""
    if view.oldest_first:
        cursor, order = ("seq > ?", (after,)) if after is not None else ("TRUE", ())
        sql = f"{_SELECT} WHERE {view.where} AND {cursor} ORDER BY seq LIMIT ?"
    else:
        cursor, order = ("seq < ?", (after,)) if after is not None else ("TRUE", ())
        sql = f"{_SELECT} WHERE {view.where} AND {cursor} ORDER BY seq DESC LIMIT ?"
    with ledger.guard():
        rows = ledger.conn.execute(sql, (*view.params, *order, int(size))).fetchall()
    return [_entry(row) for row in rows]


def entries(ledger: Ledger, view: View, limit: int | None = None,
            task: Task = QUIET) -> Iterator[Entry]:
    """Every entry of the view in its order (at most `limit`), a page at a time."""
    done, after = 0, None
    total = view.count if limit is None else min(limit, view.count or limit)
    while limit is None or done < limit:
        size = PAGE if limit is None else min(PAGE, limit - done)
        rows = page(ledger, view, after, size)
        yield from rows
        done += len(rows)
        task.progress(done, max(total or 0, done))
        task.check(msg("the export"))
        if len(rows) < size:
            return
        after = rows[-1].seq


def recent(ledger: Ledger, limit: int = RECENT) -> list[Entry]:
    """The last movements (receipts, imports, gaugings, transfers, withdrawals…), newest first."""
    return page(ledger, open_view(ledger, Filter(kinds=MOVEMENTS), counted=False), size=limit)


def history(ledger: Ledger, holding: int | str) -> list[Entry]:
    """Every event that touched one holding, oldest first (multi-holding events included)."""
    view = open_view(ledger, Filter(holding=holding), oldest_first=True, counted=False)
    return list(entries(ledger, view))


# -- writing ---------------------------------------------------------------------------------


def _cell(value: Any) -> Any:
    """A CSV cell a spreadsheet will not run: text starting = + - @ gets a leading '."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def documents_text(entry: Entry) -> str:
    return "; ".join(f"{name} sha256:{digest}" for name, digest in entry.documents)


def csv_row(entry: Entry) -> list[Any]:
    return [_cell(v) for v in (entry.seq, entry.time, entry.actor, entry.kind, entry.sentence,
                               entry.holdings_text, documents_text(entry), entry.hash)]


def chunks(ledger: Ledger, view: View, fmt: str = "text", limit: int | None = None,
           task: Task = QUIET) -> Iterator[str]:
    """The view's events as text (one sentence a line), CSV (with a header) or JSON
    ({"events": [...]}), a page at a time."""
    return render(entries(ledger, view, limit, task), fmt)


def render(stream: Iterable[Entry], fmt: str) -> Iterator[str]:
    if fmt not in FORMATS:
        raise InvalidInput(msg("format {fmt!r} is not one of {FORMATS}",
                               fmt=fmt, FORMATS=', '.join(FORMATS)), "format")
    return _RENDER[fmt](stream)


def _text(stream: Iterable[Entry]) -> Iterator[str]:
    for entry in stream:
        yield entry.line + "\n"


def _csv(stream: Iterable[Entry]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for number, entry in enumerate(stream, 1):
        writer.writerow(csv_row(entry))
        if number % PAGE == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _json(stream: Iterable[Entry]) -> Iterator[str]:
    yield '{"events": ['
    for number, entry in enumerate(stream):
        yield ("," if number else "") + "\n" + json.dumps(entry.as_json(), ensure_ascii=False)
    yield "\n]}\n"


_RENDER = {"text": _text, "csv": _csv, "json": _json}


def export(ledger: Ledger, view: View, out: str | Path, fmt: str = "csv", *,
           limit: int | None = None, overwrite: bool = False, task: Task = QUIET
           ) -> dict[str, Any]:
    """Write the view's events to `out` atomically (never half a file), streamed.

    Without `overwrite` an existing file is refused. The file is owner-only: the
    journal names holdings and documents.
    """
    written = 0

    def counted() -> Iterator[Entry]:
        nonlocal written
        for entry in entries(ledger, view, limit, task):
            written += 1
            yield entry

    text = render(counted(), fmt)
    write_atomic(Path(out), (chunk.encode("utf-8") for chunk in text), mode=0o600,
                 overwrite=overwrite)
    return {"path": str(out), "format": fmt, "events": written}
