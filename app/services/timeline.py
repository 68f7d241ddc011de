"""Journal events in sentences: what a custodian reads instead of kinds and payload keys.

`describe(event)` turns one journal event into an `Entry`: its number, time and
actor, one sentence ("Transferred bar 17 from LDN-V1 A-01 to ZRH-V2, location
B-04, seal S-9001, witness A. Auditor (event 31)"), the holdings it touched, the
documents its movement names with their SHA-256, and the payload itself for
whoever wants the details. Quantities appear exactly as the ledger stores them
(decimal strings), grouped by thousands for reading.

Every kind the journal can hold has a sentence; a kind this version does not
know gets a neutral one ("Event of kind X"), and a payload missing what its
sentence needs gets the kind's plain name: describing never fails.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from app.domain.errors import TijoriError
from app.domain.times import display_time, parse_time
from app.domain.units import decimal_string, exact_sum, group_digits
from app.services import gauging

#: A bar-list import's payload without its columns: everything canonical JSON sorts after
#: them, read from the payload's tail (see `import_tail`).
IMPORT_TAIL = 16384

UNITS = {"ozt": "ozt", "t": "t", "m3": "m³", "bbl": "bbl", "MMBtu": "MMBtu"}
HOLDING_NOUNS = {"bar": ("bar", "bars"), "lot": ("lot", "lots"), "tank": ("tank", "tanks"),
                 "gas": ("gas inventory", "gas inventories")}

#: Every kind this version writes, with its plain name (used when a payload lacks what
#: the sentence needs, and for the kind filters of the journal browser).
KINDS: dict[str, str] = {
    "ledger.created": "Ledger created",
    "ledger.rekeyed": "Passphrase changed",
    "ledger.restored": "Restored from a backup",
    "site.added": "Site added",
    "bar.received": "Bar received",
    "bars.imported": "Bar list imported",
    "lot.received": "Lot received",
    "tank.added": "Tank added",
    "tank.gauged": "Tank gauged",
    "tank.table": "Tank calibration table stored",
    "gas.recorded": "Gas inventory recorded",
    "holding.withdrawn": "Holding withdrawn",
    "holdings.withdrawn": "Holdings withdrawn",
    "holding.transferred": "Holding transferred",
    "holdings.transferred": "Holdings transferred",
    "holding.adjusted": "Holding adjusted",
    "token.added": "Token added",
    "token.supply": "Token supply recorded",
    "attestation.finalized": "Attestation finalised",
}


@dataclass(frozen=True)
class Entry:
    """One journal event as people read it."""

    seq: int
    time: str  # RFC 3339, UTC, as the journal stores it
    actor: str
    kind: str
    sentence: str
    holdings: Sequence[int] = ()  # a bar-list import's ids are a `range`
    documents: tuple[tuple[str, str], ...] = ()  # (name, sha256)
    details: dict[str, Any] = field(default_factory=dict)  # the payload, without columns
    hash: str = ""
    prev_hash: str = ""

    @property
    def moment(self) -> datetime | None:
        try:
            return parse_time(self.time, "the event's time")
        except TijoriError:
            return None

    @property
    def shown_time(self) -> str:
        """"2026-12-05 09:14" (UTC)."""
        moment = self.moment
        return display_time(moment) if moment is not None else self.time

    @property
    def line(self) -> str:
        """The entry on one line: "2026-12-05 09:14 · alice · Received … (event 31)"."""
        return f"{self.shown_time} · {self.actor} · {self.sentence}"

    @property
    def holdings_text(self) -> str:
        """The ids touched: "17", "3 5 9", an import's run as "1..25000"."""
        return holdings_text(self.holdings)

    def as_json(self) -> dict[str, Any]:
        """What `journal log --json` prints for the event (its payload included)."""
        return {"seq": self.seq, "time": self.time, "actor": self.actor, "kind": self.kind,
                "sentence": self.sentence, "holdings": self.holdings_text,
                "documents": [{"name": n, "sha256": h} for n, h in self.documents],
                "hash": self.hash, "prev_hash": self.prev_hash, "payload": self.details}


def holdings_text(ids: Sequence[int]) -> str:
    if isinstance(ids, range) and len(ids) > 1 and ids.step == 1:
        return f"{ids.start}..{ids.stop - 1}"
    return " ".join(str(i) for i in ids)


def import_tail(tail: bytes) -> dict[str, Any] | None:
    """A bar-list import's payload without its columns, from the payload's last bytes.

    Canonical JSON sorts `count`, `first_id`, `metal`, `method`, `movement`,
    `part`, `site` and `source` after `columns`, so the object from `"count":`
    to the end is the payload without the bulk.
    """
    start = bytes(tail).rfind(b'"count":')
    if start < 0:
        return None
    try:
        found = json.loads(b"{" + bytes(tail)[start:])
    except ValueError:
        return None
    return found if isinstance(found, dict) else None


# -- describing ---------------------------------------------------------------------------


def describe(event: Any) -> Entry:
    """One journal event (a `journal.Event`, or a mapping with seq, time, actor, kind and
    `payload` or `details`) as an `Entry`. Never raises for an odd payload."""
    if isinstance(event, Mapping):
        seq, time, actor, kind = (event.get("seq", 0), event.get("time", ""),
                                  event.get("actor", ""), event.get("kind", ""))
        payload = event.get("payload", event.get("details"))
        digest, prev = event.get("hash", ""), event.get("prev_hash", "")
    else:
        seq, time, actor, kind = event.seq, event.time, event.actor, event.kind
        payload, digest, prev = event.payload, event.hash, event.prev_hash
    if isinstance(payload, bytes | bytearray | memoryview):
        try:
            payload = json.loads(bytes(payload))
        except ValueError:
            payload = {}
    details = dict(payload) if isinstance(payload, Mapping) else {}
    details.pop("columns", None)
    try:
        sentence = _sentence(kind, details, _when(time))
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, ArithmeticError,
            TijoriError):
        sentence = KINDS.get(kind, f"Event of kind {kind}")
    try:
        touched = _holdings(kind, details)
    except (KeyError, TypeError, ValueError):
        touched = ()
    return Entry(seq=int(seq), time=str(time), actor=str(actor), kind=str(kind),
                 sentence=f"{sentence} (event {seq})", holdings=touched,
                 documents=_documents(kind, details), details=details, hash=str(digest),
                 prev_hash=str(prev))


def _sentence(kind: str, p: dict[str, Any], at: str) -> str:
    describer = DESCRIBERS.get(kind)
    if describer is None:
        return f"Event of kind {kind}"
    return describer(p, at)


def _holdings(kind: str, p: dict[str, Any]) -> Sequence[int]:
    if kind == "bars.imported":
        first, count = int(p["first_id"]), int(p["count"])
        return range(first, first + count)
    if isinstance(p.get("holdings"), list):
        return tuple(int(h["id"]) for h in p["holdings"] if isinstance(h, Mapping) and "id" in h)
    if kind == "tank.table" and isinstance(p.get("id"), int):
        return (p["id"],)
    if isinstance(p.get("id"), int) and not isinstance(p.get("id"), bool):
        return (p["id"],)
    return ()


def _pair(value: Any) -> tuple[str, str] | None:
    if isinstance(value, Mapping) and isinstance(value.get("name"), str) \
            and isinstance(value.get("sha256"), str) and value["sha256"]:
        return value["name"] or "(unnamed file)", value["sha256"]
    return None


def _documents(kind: str, p: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """The documents an event names: its movement's, an import's bar list or a
    calibration table's file, a restore's backup."""
    found: list[tuple[str, str]] = []
    for extra in (p.get("source"), p.get("backup")):
        pair = _pair(extra)
        if pair is not None:
            found.append(pair)
    movement = p.get("movement")
    if isinstance(movement, Mapping) and isinstance(movement.get("documents"), list):
        found += [pair for pair in map(_pair, movement["documents"]) if pair is not None]
    return tuple(dict.fromkeys(found))


# -- pieces of sentences --------------------------------------------------------------------


def _qty(value: Any, unit: str = "") -> str:
    text = group_digits(value)
    return f"{text} {UNITS.get(unit, unit)}" if unit else text


def _count(n: int, noun: tuple[str, str]) -> str:
    return f"{n:,} {noun[0] if n == 1 else noun[1]}"


def _and(items: Sequence[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _when(text: Any) -> str:
    try:
        return display_time(parse_time(text, "time"))
    except TijoriError:
        return str(text)


def _other_time(what: str, moment: Any, at: str) -> str:
    """"gauged 2026-12-04 18:00" when that is not the event's own minute."""
    if not moment or _when(moment) == at:
        return ""
    return f"{what} {_when(moment)}"


def _place(site: Any, location: Any = "") -> str:
    return f"{site} {location}" if location else str(site)


def _movement(p: Mapping[str, Any], direction: str = "") -> list[str]:
    """A movement's facts as phrases: counterparty, seals, witness, documents, reason, note."""
    m = p.get("movement")
    if not isinstance(m, Mapping):
        return []
    parts = []
    counterparty = m.get("counterparty")
    if counterparty:
        parts.append(f"{direction} {counterparty}" if direction else str(counterparty))
    seals = [s for s in m.get("seals") or () if s]
    if seals:
        parts.append(("seal " if len(seals) == 1 else "seals ") + ", ".join(seals))
    if m.get("witness"):
        parts.append(f"witness {m['witness']}")
    names = [d["name"] for d in m.get("documents") or () if isinstance(d, Mapping)
             and d.get("name")]
    if names:
        parts.append(("document " if len(names) == 1 else "documents ") + ", ".join(names))
    if m.get("reason"):
        parts.append(f"reason: {m['reason']}")
    if m.get("note"):
        parts.append(f"note: {m['note']}")
    return parts


def _join(head: str, *tails: str | Sequence[str]) -> str:
    parts = [head]
    for tail in tails:
        parts += [tail] if isinstance(tail, str) else list(tail)
    return ", ".join(p for p in parts if p)


def _holding_noun(kind: Any) -> str:
    return HOLDING_NOUNS.get(str(kind), (str(kind or "holding"), ""))[0]


def _held(record: Mapping[str, Any]) -> str:
    """A holding record (as `queries.holding` gives it) in a few words."""
    kind = record.get("kind")
    if kind == "bar":
        return (f"bar {record['brand']} {record['year']} {record['serial']}, "
                f"{_qty(record['fine_oz'], 'ozt')} fine {record['commodity']}")
    if kind == "lot":
        return (f"lot, warrant {record['warrant']}, {_qty(record['net_t'], 't')} net "
                f"{record['commodity']}")
    if kind == "tank":
        return f"tank {record['code']}"
    if kind == "gas":
        return f"gas inventory {record['code']}"
    return f"holding {record['id']}"


def _totals(records: Sequence[Mapping[str, Any]]) -> str:
    """The sum of each unit's quantities across holding records, exactly: "1,198.320 ozt"."""
    sums: dict[str, list[Decimal]] = {}
    for record in records:
        if record.get("quantity") is not None and record.get("unit"):
            sums.setdefault(record["unit"], []).append(Decimal(str(record["quantity"])))
    return _and([_qty(decimal_string(exact_sum(values)), unit) for unit, values in sums.items()])


def _counts(holdings: Sequence[Mapping[str, Any]]) -> str:
    """"3 bars", "2 bars and 1 lot"."""
    counts: dict[str, int] = {}
    for h in holdings:
        counts[str(h.get("holding_kind", "holding"))] = counts.get(
            str(h.get("holding_kind", "holding")), 0) + 1
    return _and([_count(n, HOLDING_NOUNS.get(k, (k, k + "s"))) for k, n in counts.items()])


# -- one function per kind ------------------------------------------------------------------


def _ledger_created(p: dict, at: str = "") -> str:
    return "Ledger created"


def _ledger_rekeyed(p: dict, at: str = "") -> str:
    return "Passphrase changed; the ledger was re-encrypted under the new one"


def _ledger_restored(p: dict, at: str = "") -> str:
    backup = p["backup"]
    return (f"Restored from backup {backup['name']} ({backup['events']:,} events verified, "
            f"head {backup['head'][:16]}…)")


def _site_added(p: dict, at: str = "") -> str:
    extra = [str(p["kind"]).replace("-", " ")]
    if p.get("jurisdiction"):
        extra.append(p["jurisdiction"])
    if p.get("operator"):
        extra.append(f"operated by {p['operator']}")
    return f"Added site {p['code']}, {p['name']} ({', '.join(extra)})"


def _bar_received(p: dict, at: str = "") -> str:
    head = (f"Received {p['brand']} {p['year']} {p['serial']}, {_qty(p['fine_oz'], 'ozt')} fine "
            f"{p['metal']}, at {_place(p['site'], p.get('location'))}")
    flags = p.get("flags") or []
    return _join(head, f"not Good Delivery ({', '.join(flags)})" if flags else "",
                 _movement(p, "from"))


def _bars_imported(p: dict, at: str = "") -> str:
    count, first = int(p["count"]), int(p["first_id"])
    source = p.get("source", {}).get("name") or "a bar list"
    part = p.get("part")
    span = f"holdings {first:,}–{first + count - 1:,}" if count > 1 else f"holding {first:,}"
    if isinstance(part, int) and part > 1:
        span += f", part {part}"
    head = (f"Imported {_count(count, ('bar', 'bars'))} of {p['metal']} from {source} into "
            f"{p['site']} ({span})")
    return _join(head, _movement(p, "from"))


def _lot_received(p: dict, at: str = "") -> str:
    head = (f"Received {p['metal']} lot, warrant {p['warrant']} ({p['brand']} {p['shape']} "
            f"{p['grade']}, {p['bundles']} bundles), {_qty(p['net_t'], 't')} net, "
            f"{_qty(p['gross_t'], 't')} gross, at {_place(p['site'], p.get('location'))}")
    flags = p.get("flags") or []
    return _join(head, f"outside lot tolerance ({', '.join(flags)})" if flags else "",
                 _movement(p, "from"))


def _tank_added(p: dict, at: str = "") -> str:
    return (f"Added tank {p['code']} at {p['site']}: {p['product']} ({p['commodity']}, "
            f"{str(p['roof']).replace('-', ' ')} roof)")


def _version(value: Any) -> str:
    """A table's version as people write it: 2 → "v2" ("v2" stays "v2")."""
    if isinstance(value, Mapping):
        value = value.get("version")
    if value in (None, ""):
        return ""
    return str(value) if str(value).startswith("v") else f"v{value}"


def _tank_gauged(p: dict, at: str = "") -> str:
    chain, inputs = p["chain"], p.get("inputs") or {}
    how = [gauging.level_line(inputs, UNITS)]
    if not how[0] and inputs.get("tov") not in (None, ""):
        how = [f"TOV {_qty(inputs['tov'], inputs.get('unit', ''))}"]
    if inputs.get("temperature") not in (None, ""):
        how.append(f"{inputs['temperature']} °{inputs.get('temperature_unit', 'C')}")
    head = (f"Gauged {p['tank']}: NSV {_qty(chain['nsv_m3'], 'm3')}, "
            f"{_qty(chain['nsv_bbl'], 'bbl')}" + (f" ({', '.join(how)})" if how else ""))
    return _join(head, _other_time("gauged", p.get("gauged_at"), at), _movement(p))


def _gas_recorded(p: dict, at: str = "") -> str:
    what = "LNG inventory" if p.get("kind") == "lng" else "Gas inventory"
    head = f"{what} {p['code']} at {p['site']}: {_qty(p['energy_mmbtu'], 'MMBtu')}"
    if p.get("kind") != "lng":
        head += " working gas"
        if p.get("cushion_mmbtu") not in (None, "", "0", "0.000"):
            head += f" (cushion {_qty(p['cushion_mmbtu'], 'MMBtu')})"
    return _join(head, _other_time("measured", p.get("measured_at"), at), _movement(p))


def _holding_withdrawn(p: dict, at: str = "", together: str = "") -> str:
    record = p.get("holding") or {}
    if record:
        head = f"Withdrawn: {_held(record)}, from {_place(record['site'], record.get('location'))}"
    else:
        head = f"Withdrawn: {_holding_noun(p.get('holding_kind'))} {p['id']}"
    return _join(head, together, _movement(p, "to"))


def _holding_transferred(p: dict, at: str = "", together: str = "") -> str:
    head = (f"Transferred {_holding_noun(p.get('holding_kind'))} {p['id']} from "
            f"{_place(p['from_site'], p.get('from_location'))} to {p['to_site']}")
    if p.get("location"):
        head += f", location {p['location']}"
    return _join(head, together, _movement(p, "with"))


ADJUSTED = {"gross_oz": ("gross", "ozt"), "fineness": ("fineness", ""),
            "fine_oz": ("fine", "ozt"), "bundles": ("bundles", ""), "gross_t": ("gross", "t"),
            "net_t": ("net", "t"), "location": ("location", ""), "flags": ("flags", "")}


def _shown(value: Any, unit: str) -> str:
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "none"
    if value in (None, ""):
        return "none"
    return _qty(value, unit) if unit else group_digits(value)


def _holding_adjusted(p: dict, at: str = "") -> str:
    before, after = p.get("before") or {}, p["changes"]
    order = [key for key in ADJUSTED if key in after] + [k for k in after if k not in ADJUSTED]
    changes = []
    for key in order:
        label, unit = ADJUSTED.get(key, (key, ""))
        changes.append(f"{label} {_shown(before.get(key), '')} → {_shown(after[key], unit)}")
    reason = f" ({p['reason']})" if p.get("reason") else ""
    head = (f"Adjusted {_holding_noun(p.get('holding_kind'))} {p['id']}{reason}: "
            f"{', '.join(changes)}")
    return _join(head, _movement(p))


def _token_added(p: dict, at: str = "") -> str:
    return (f"Added token {p['symbol']}: {_qty(p['per_token'], p['unit'])} of "
            f"{p['commodity']} per token")


def _token_supply(p: dict, at: str = "") -> str:
    head = f"Token {p['symbol']} supply recorded: {_qty(p['supply'])} as of {_when(p['as_of'])}"
    return _join(head, f"source: {p['source']}" if p.get("source") else "")


def _statement(envelope: Any) -> dict[str, Any]:
    """The statement inside an attestation's stored envelope (for its sequence and size)."""
    try:
        document = json.loads(envelope) if isinstance(envelope, str) else envelope
        statement = json.loads(base64.b64decode(document["payload"]))
        return {**statement, "_signatures": len(document.get("signatures") or ())}
    except (ValueError, TypeError, KeyError):
        return {}


def _attestation_finalized(p: dict, at: str = "") -> str:
    body = _statement(p.get("envelope"))
    number = body.get("sequence")
    head = f"Attestation {number} finalised" if number else "Attestation finalised"
    facts = [f"as of {_when(p['as_of'])}"]
    size = (body.get("tree") or {}).get("size")
    if isinstance(size, int):
        facts.append(_count(size, ("holding", "holdings")))
    if body.get("_signatures"):
        facts.append(_count(body["_signatures"], ("signature", "signatures")))
    facts.append(f"id {str(p['attestation_id'])[:8]}…")
    return f"{head}: {', '.join(facts)}"


def _together(p: dict) -> str:
    """Of a multi-holding event shown for one of its holdings (`overview.history`)."""
    moved = p.get("holdings_moved")
    return f"one of {moved:,} holdings moved together" if isinstance(moved, int) else ""


def _holdings_transferred(p: dict, at: str = "") -> str:
    if not isinstance(p.get("holdings"), list):  # one holding's entry, or a count
        if "id" in p:
            return _holding_transferred(p, at, _together(p))
        return _join(f"Transferred {_count(int(p['holdings']), ('holding', 'holdings'))} to "
                     f"{p['to_site']}" + (f", location {p['location']}" if p.get("location")
                                         else ""), _movement(p, "with"))
    holdings = p["holdings"]
    froms = list(dict.fromkeys(str(h.get("from_site")) for h in holdings if h.get("from_site")))
    head = f"Transferred {_counts(holdings)}"
    if froms:
        head += f" from {_and(froms)}"
    head += f" to {p['to_site']}"
    if p.get("location"):
        head += f", location {p['location']}"
    return _join(head, _movement(p, "with"))


def _holdings_withdrawn(p: dict, at: str = "") -> str:
    if not isinstance(p.get("holdings"), list):  # one holding's entry, or a count
        if "id" in p:
            return _holding_withdrawn(p, at, _together(p))
        return _join(f"Withdrawn: {_count(int(p['holdings']), ('holding', 'holdings'))}",
                     _movement(p, "to"))
    holdings = p["holdings"]
    records = [h["holding"] for h in holdings if isinstance(h.get("holding"), Mapping)]
    head = f"Withdrawn: {_counts(holdings)}"
    total = _totals(records)
    if total:
        head += f", {total}"
    sites = list(dict.fromkeys(str(r["site"]) for r in records if r.get("site")))
    if sites:
        head += f", from {_and(sites)}"
    return _join(head, _movement(p, "to"))


def _tank_table(p: dict, at: str = "") -> str:
    version = _version(p.get("version"))
    head = f"Calibration table {version + ' ' if version else ''}stored for tank {p['tank']}"
    table = p.get("table") or {}
    facts = []
    if isinstance(table.get("rows"), list):
        facts.append(_count(len(table["rows"]), ("row", "rows")))
    if table.get("certificate"):
        facts.append(f"certificate {table['certificate']}")
    if table.get("calibrated_on"):
        facts.append(f"calibrated {table['calibrated_on']}")
    source = (p.get("source") or {}).get("name")
    if source:
        facts.append(f"from {source}")
    return _join(head + (": " + facts[0] if facts else ""), facts[1:], _movement(p))


#: kind → sentence(payload, the event's time as shown); the time lets a sentence leave out
#: a measurement time that is the event's own.
DESCRIBERS: dict[str, Callable[[dict, str], str]] = {
    "ledger.created": _ledger_created,
    "ledger.rekeyed": _ledger_rekeyed,
    "ledger.restored": _ledger_restored,
    "site.added": _site_added,
    "bar.received": _bar_received,
    "bars.imported": _bars_imported,
    "lot.received": _lot_received,
    "tank.added": _tank_added,
    "tank.gauged": _tank_gauged,
    "tank.table": _tank_table,
    "gas.recorded": _gas_recorded,
    "holding.withdrawn": _holding_withdrawn,
    "holdings.withdrawn": _holdings_withdrawn,
    "holding.transferred": _holding_transferred,
    "holdings.transferred": _holdings_transferred,
    "holding.adjusted": _holding_adjusted,
    "token.added": _token_added,
    "token.supply": _token_supply,
    "attestation.finalized": _attestation_finalized,
}
