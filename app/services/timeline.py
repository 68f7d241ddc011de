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

Sentences in other languages: every sentence is one whole template with named
fields ("Received {brand} {year} {serial}, {fine} fine {metal}, at {place}"), so
that a language may put the fields in its own order, and every word the sentence
takes from a code (a metal, a lot's shape, a site's kind, a flag) is a phrase of
its own. `describe(event, translate)` passes each template and phrase through
`translate` (str → str) before filling it in; without it they stay English, as
the CLI prints them. The desktop application passes Qt's translation of the
context "Timeline" (`app.gui.i18n.timeline_words`). The templates are marked for
`lupdate` with `QT_TRANSLATE_NOOP("Timeline", "…")`, defined below as a plain
function: lupdate reads the source as text, so the services need no Qt. Values from
the ledger (serials, codes, names, quantities, sites) stay as they are.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from app.domain.errors import TijoriError
from app.domain.times import display_time, parse_time
from app.domain.units import decimal_string, exact_sum, group_digits

# Turns an English template or phrase into the reader's language.
Translate = Callable[[str], str]
# The context of the templates in the translation files.
CONTEXT = "Timeline"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Marks `text` for `lupdate` under `context`, as Qt's macro of that name does;
    returns it unchanged. Translating is `describe`'s `translate`'s work."""
    return text


def english(text: str) -> str:
    """The templates as written: the default `translate`."""
    return text


class Words:
    """Templates in the reader's language, filled in: `words(template, **fields)`.

    A translation that names a field the template does not give (a mistake in a
    translation file) is not used: the English template is filled in instead."""

    def __init__(self, translate: Translate | None = None,
                 name: Translate | None = None) -> None:
        self.translate = translate or english
        #: What a code the ledger stores (a commodity, a lot shape, a site kind) is called
        #: in the reader's language: the GUI's `names.name`, the one home of those names.
        #: Without it a sentence shows the code, as the CLI always has ("crude-oil").
        self.name = name
        #: The comma between the items of a list: seals, documents, the facts of a sentence.
        self.comma = self.translate(QT_TRANSLATE_NOOP("Timeline", ", "))

    def __call__(self, template: str, **fields: Any) -> str:
        text = self.translate(template)
        if not fields:
            return text
        try:
            return text.format(**fields)
        except (KeyError, IndexError, ValueError, AttributeError):
            return template.format(**fields)

    def code(self, code: Any, english: str | None = None) -> str:
        """A code's name; without a `name`, `english` or else the code as it is."""
        if self.name is not None and isinstance(code, str):
            return self.name(code)
        return english if english is not None else str(code)

    def join(self, items: Iterable[str]) -> str:
        """Items one after another: "S-1, S-2"."""
        return self.comma.join(items)


# A bar-list import's payload without its columns: everything canonical JSON sorts after
# them, read from the payload's tail (see `import_tail`).
IMPORT_TAIL = 16384

# Units as shown; symbols, the same in every language.
UNITS = {"ozt": "ozt", "t": "t", "m3": "m³", "bbl": "bbl", "MMBtu": "MMBtu"}

#: Every kind this version writes, with its plain name (used when a payload lacks what
#: the sentence needs, and for the kind filters of the journal browser).
KINDS: dict[str, str] = {
    "ledger.created": QT_TRANSLATE_NOOP("Timeline", "Ledger created"),
    "ledger.rekeyed": QT_TRANSLATE_NOOP("Timeline", "Passphrase changed"),
    "ledger.restored": QT_TRANSLATE_NOOP("Timeline", "Restored from a backup"),
    "site.added": QT_TRANSLATE_NOOP("Timeline", "Site added"),
    "bar.received": QT_TRANSLATE_NOOP("Timeline", "Bar received"),
    "bars.imported": QT_TRANSLATE_NOOP("Timeline", "Bar list imported"),
    "lot.received": QT_TRANSLATE_NOOP("Timeline", "Lot received"),
    "tank.added": QT_TRANSLATE_NOOP("Timeline", "Tank added"),
    "tank.gauged": QT_TRANSLATE_NOOP("Timeline", "Tank gauged"),
    "tank.table": QT_TRANSLATE_NOOP("Timeline", "Tank calibration table stored"),
    "gas.recorded": QT_TRANSLATE_NOOP("Timeline", "Gas inventory recorded"),
    "holding.withdrawn": QT_TRANSLATE_NOOP("Timeline", "Holding withdrawn"),
    "holdings.withdrawn": QT_TRANSLATE_NOOP("Timeline", "Holdings withdrawn"),
    "holding.transferred": QT_TRANSLATE_NOOP("Timeline", "Holding transferred"),
    "holdings.transferred": QT_TRANSLATE_NOOP("Timeline", "Holdings transferred"),
    "holding.adjusted": QT_TRANSLATE_NOOP("Timeline", "Holding adjusted"),
    "token.added": QT_TRANSLATE_NOOP("Timeline", "Token added"),
    "token.supply": QT_TRANSLATE_NOOP("Timeline", "Token supply recorded"),
    "attestation.finalized": QT_TRANSLATE_NOOP("Timeline", "Attestation finalised"),
}

#: A number of things: (one, many), "{n}" the number with its thousands grouped.
COUNTS: dict[str, tuple[str, str]] = {
    "bar": (QT_TRANSLATE_NOOP("Timeline", "{n} bar"), QT_TRANSLATE_NOOP("Timeline", "{n} bars")),
    "lot": (QT_TRANSLATE_NOOP("Timeline", "{n} lot"), QT_TRANSLATE_NOOP("Timeline", "{n} lots")),
    "tank": (QT_TRANSLATE_NOOP("Timeline", "{n} tank"),
             QT_TRANSLATE_NOOP("Timeline", "{n} tanks")),
    "gas": (QT_TRANSLATE_NOOP("Timeline", "{n} gas inventory"),
            QT_TRANSLATE_NOOP("Timeline", "{n} gas inventories")),
    "holding": (QT_TRANSLATE_NOOP("Timeline", "{n} holding"),
                QT_TRANSLATE_NOOP("Timeline", "{n} holdings")),
    "signature": (QT_TRANSLATE_NOOP("Timeline", "{n} signature"),
                  QT_TRANSLATE_NOOP("Timeline", "{n} signatures")),
    "row": (QT_TRANSLATE_NOOP("Timeline", "{n} row"), QT_TRANSLATE_NOOP("Timeline", "{n} rows")),
}
#: One holding by its number, by its kind ("bar 17").
ONE = {
    "bar": QT_TRANSLATE_NOOP("Timeline", "bar {id}"),
    "lot": QT_TRANSLATE_NOOP("Timeline", "lot {id}"),
    "tank": QT_TRANSLATE_NOOP("Timeline", "tank {id}"),
    "gas": QT_TRANSLATE_NOOP("Timeline", "gas inventory {id}"),
    "holding": QT_TRANSLATE_NOOP("Timeline", "holding {id}"),
}
#: Why a bar is not Good Delivery, or a lot outside its tolerance (app/domain/metals.py).
FLAGS = {code: code for code in (
    QT_TRANSLATE_NOOP("Timeline", "fineness-below-995.0"),
    QT_TRANSLATE_NOOP("Timeline", "fine-weight-below-350"),
    QT_TRANSLATE_NOOP("Timeline", "fine-weight-above-430"),
    QT_TRANSLATE_NOOP("Timeline", "fineness-below-999.0"),
    QT_TRANSLATE_NOOP("Timeline", "gross-weight-below-500"),
    QT_TRANSLATE_NOOP("Timeline", "gross-weight-above-1250"),
    QT_TRANSLATE_NOOP("Timeline", "gross-weight-outside-750-1100"),
    QT_TRANSLATE_NOOP("Timeline", "outside-lot-tolerance"),
)}
ROOFS = {
    "fixed": QT_TRANSLATE_NOOP("Timeline", "fixed roof"),
    "floating": QT_TRANSLATE_NOOP("Timeline", "floating roof"),
    "internal-floating": QT_TRANSLATE_NOOP("Timeline", "internal floating roof"),
}
#: What an adjustment changes: payload key → (its word, its unit).
ADJUSTED = {"gross_oz": (QT_TRANSLATE_NOOP("Timeline", "gross"), "ozt"),
            "fineness": (QT_TRANSLATE_NOOP("Timeline", "fineness"), ""),
            "fine_oz": (QT_TRANSLATE_NOOP("Timeline", "fine"), "ozt"),
            "bundles": (QT_TRANSLATE_NOOP("Timeline", "bundles"), ""),
            "gross_t": (QT_TRANSLATE_NOOP("Timeline", "gross"), "t"),
            "net_t": (QT_TRANSLATE_NOOP("Timeline", "net"), "t"),
            "location": (QT_TRANSLATE_NOOP("Timeline", "location"), ""),
            "flags": (QT_TRANSLATE_NOOP("Timeline", "flags"), "")}
#: Who a movement's counterparty is to the holdings: where they came from, went to, or
#: who moved them.
FROM = QT_TRANSLATE_NOOP("Timeline", "from {counterparty}")
TO = QT_TRANSLATE_NOOP("Timeline", "to {counterparty}")
WITH = QT_TRANSLATE_NOOP("Timeline", "with {counterparty}")


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


def kind_name(kind: str, translate: Translate | None = None) -> str:
    """A kind's plain name ("Bar received"); a kind this version does not know, as it is."""
    english_name = KINDS.get(kind) if isinstance(kind, str) else None
    return (translate or english)(english_name) if english_name is not None else str(kind)


# -- describing ---------------------------------------------------------------------------


def describe(event: Any, translate: Translate | None = None,
             name: Translate | None = None) -> Entry:
    """One journal event (a `journal.Event`, an `Entry` to say again in another language,
    or a mapping with seq, time, actor, kind and `payload` or `details`) as an `Entry`,
    its sentence in the language of `translate` (English without it), codes called as
    `name` calls them (see `Words`). Never raises for
    an odd payload."""
    if isinstance(event, Mapping):
        seq, time, actor, kind = (event.get("seq", 0), event.get("time", ""),
                                  event.get("actor", ""), event.get("kind", ""))
        payload = event.get("payload", event.get("details"))
        digest, prev = event.get("hash", ""), event.get("prev_hash", "")
    elif isinstance(event, Entry):
        seq, time, actor, kind = event.seq, event.time, event.actor, event.kind
        payload, digest, prev = event.details, event.hash, event.prev_hash
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
    words = Words(translate, name)
    try:
        sentence = _sentence(kind, details, _when(time), words)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, ArithmeticError,
            TijoriError):
        sentence = (words(KINDS[kind]) if isinstance(kind, str) and kind in KINDS
                    else words(QT_TRANSLATE_NOOP("Timeline", "Event of kind {kind}"), kind=kind))
    try:
        touched = _holdings(kind, details)
    except (KeyError, TypeError, ValueError):
        touched = ()
    return Entry(seq=int(seq), time=str(time), actor=str(actor), kind=str(kind),
                 sentence=words(QT_TRANSLATE_NOOP("Timeline", "{sentence} (event {seq})"),
                                sentence=sentence, seq=seq),
                 holdings=touched, documents=_documents(kind, details, words), details=details,
                 hash=str(digest), prev_hash=str(prev))


def _sentence(kind: str, p: dict[str, Any], at: str, w: Words) -> str:
    describer = DESCRIBERS.get(kind)
    if describer is None:
        return w(QT_TRANSLATE_NOOP("Timeline", "Event of kind {kind}"), kind=kind)
    return describer(p, at, w)


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


def _pair(value: Any, w: Words) -> tuple[str, str] | None:
    if isinstance(value, Mapping) and isinstance(value.get("name"), str) \
            and isinstance(value.get("sha256"), str) and value["sha256"]:
        return value["name"] or w(QT_TRANSLATE_NOOP("Timeline", "(unnamed file)")), \
            value["sha256"]
    return None


def _documents(kind: str, p: dict[str, Any], w: Words) -> tuple[tuple[str, str], ...]:
    """The documents an event names: its movement's, an import's bar list or a
    calibration table's file, a restore's backup."""
    found: list[tuple[str, str]] = []
    for extra in (p.get("source"), p.get("backup")):
        pair = _pair(extra, w)
        if pair is not None:
            found.append(pair)
    movement = p.get("movement")
    if isinstance(movement, Mapping) and isinstance(movement.get("documents"), list):
        found += [pair for pair in (_pair(d, w) for d in movement["documents"])
                  if pair is not None]
    return tuple(dict.fromkeys(found))


# -- pieces of sentences --------------------------------------------------------------------


def _qty(value: Any, unit: str = "") -> str:
    text = group_digits(value)
    return f"{text} {UNITS.get(unit, unit)}" if unit else text


def _count(n: int, noun: str, w: Words) -> str:
    """"1 bar", "2,000 bars"; a noun this version has no words for is the kind's own."""
    forms = COUNTS.get(noun)
    if forms is None:
        return f"{n:,} {noun if n == 1 else noun + 's'}"
    return w(forms[0] if n == 1 else forms[1], n=f"{n:,}")


def _and(items: Sequence[str], w: Words) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return w(QT_TRANSLATE_NOOP("Timeline", "{items} and {last}"), items=w.join(items[:-1]),
             last=items[-1])


def _flags(flags: Iterable[Any], w: Words) -> str:
    return w.join(w(FLAGS[flag]) if isinstance(flag, str) and flag in FLAGS else str(flag)
                  for flag in flags)


def _when(text: Any) -> str:
    try:
        return display_time(parse_time(text, "time"))
    except TijoriError:
        return str(text)


def _other_time(template: str, moment: Any, at: str, w: Words) -> str:
    """"gauged 2026-12-04 18:00" when that is not the event's own minute."""
    if not moment or _when(moment) == at:
        return ""
    return w(template, time=_when(moment))


def _place(site: Any, location: Any = "") -> str:
    return f"{site} {location}" if location else str(site)


def _movement(p: Mapping[str, Any], w: Words, direction: str = "") -> list[str]:
    """A movement's facts as phrases: counterparty, seals, witness, documents, reason, note."""
    m = p.get("movement")
    if not isinstance(m, Mapping):
        return []
    parts = []
    counterparty = m.get("counterparty")
    if counterparty:
        parts.append(w(direction, counterparty=counterparty) if direction else str(counterparty))
    seals = [s for s in m.get("seals") or () if s]
    if seals:
        parts.append(w(QT_TRANSLATE_NOOP("Timeline", "seal {seals}") if len(seals) == 1
                       else QT_TRANSLATE_NOOP("Timeline", "seals {seals}"), seals=w.join(seals)))
    if m.get("witness"):
        parts.append(w(QT_TRANSLATE_NOOP("Timeline", "witness {witness}"), witness=m["witness"]))
    names = [d["name"] for d in m.get("documents") or () if isinstance(d, Mapping)
             and d.get("name")]
    if names:
        parts.append(w(QT_TRANSLATE_NOOP("Timeline", "document {names}") if len(names) == 1
                       else QT_TRANSLATE_NOOP("Timeline", "documents {names}"),
                       names=w.join(names)))
    if m.get("reason"):
        parts.append(w(QT_TRANSLATE_NOOP("Timeline", "reason: {reason}"), reason=m["reason"]))
    if m.get("note"):
        parts.append(w(QT_TRANSLATE_NOOP("Timeline", "note: {note}"), note=m["note"]))
    return parts


def _join(w: Words, head: str, *tails: str | Sequence[str]) -> str:
    parts = [head]
    for tail in tails:
        parts += [tail] if isinstance(tail, str) else list(tail)
    return w.join(p for p in parts if p)


def _one(kind: Any, ident: Any, w: Words) -> str:
    """One holding by kind and number: "bar 17"; "holding 17" when the kind is not said."""
    noun = str(kind) if str(kind) in ONE else str(kind or "holding")
    return w(ONE[noun], id=ident) if noun in ONE else f"{noun} {ident}"


def _held(record: Mapping[str, Any], w: Words) -> str:
    """A holding record (as `queries.holding` gives it) in a few words."""
    kind = record.get("kind")
    if kind == "bar":
        return w(QT_TRANSLATE_NOOP("Timeline", "bar {brand} {year} {serial}, {fine} fine {metal}"),
                 brand=record["brand"], year=record["year"], serial=record["serial"],
                 fine=_qty(record["fine_oz"], "ozt"),
                 metal=w.code(record["commodity"]))
    if kind == "lot":
        return w(QT_TRANSLATE_NOOP("Timeline", "lot, warrant {warrant}, {net} net {metal}"),
                 warrant=record["warrant"], net=_qty(record["net_t"], "t"),
                 metal=w.code(record["commodity"]))
    if kind == "tank":
        return w(QT_TRANSLATE_NOOP("Timeline", "tank {code}"), code=record["code"])
    if kind == "gas":
        return w(QT_TRANSLATE_NOOP("Timeline", "gas inventory {code}"), code=record["code"])
    return w(ONE["holding"], id=record["id"])


def _totals(records: Sequence[Mapping[str, Any]], w: Words) -> str:
    """The sum of each unit's quantities across holding records, exactly: "1,198.320 ozt"."""
    sums: dict[str, list[Decimal]] = {}
    for record in records:
        if record.get("quantity") is not None and record.get("unit"):
            sums.setdefault(record["unit"], []).append(Decimal(str(record["quantity"])))
    return _and([_qty(decimal_string(exact_sum(values)), unit) for unit, values in sums.items()],
                w)


def _counts(holdings: Sequence[Mapping[str, Any]], w: Words) -> str:
    """"3 bars", "2 bars and 1 lot"."""
    counts: dict[str, int] = {}
    for h in holdings:
        counts[str(h.get("holding_kind", "holding"))] = counts.get(
            str(h.get("holding_kind", "holding")), 0) + 1
    return _and([_count(n, k, w) for k, n in counts.items()], w)


def level_line(inputs: Mapping[str, Any], translate: Translate | None = None,
               symbols: Mapping[str, str] = UNITS) -> str:
    """How TOV came from the level, for people: "ullage 2,345 mm below reference height
    15,000 mm → level 12,655 mm → table v2 (cert. ABC) → TOV 1,234.567 m³"; "" for a
    gauging given its TOV directly. In English, `gauging.level_line`'s words."""
    w = Words(translate)
    calibration = inputs.get("calibration")
    if not calibration:
        return ""
    certificate = calibration.get("certificate")
    steps = []
    if inputs.get("ullage_mm") is not None:
        steps.append(w(QT_TRANSLATE_NOOP(
            "Timeline", "ullage {ullage} mm below reference height {height} mm"),
            ullage=group_digits(inputs["ullage_mm"]),
            height=group_digits(inputs["reference_height_mm"])))
    steps += [
        w(QT_TRANSLATE_NOOP("Timeline", "level {level} mm"),
          level=group_digits(inputs["level_mm"])),
        w(QT_TRANSLATE_NOOP("Timeline", "table v{version} (cert. {certificate})"),
          version=calibration["version"], certificate=certificate) if certificate else
        w(QT_TRANSLATE_NOOP("Timeline", "table v{version}"), version=calibration["version"]),
        f"TOV {group_digits(inputs['tov'])} {symbols.get(inputs['unit'], inputs['unit'])}"]
    #: Between the steps from a tank's level to its volume: the arrow points the way the
    #: text is read.
    line = w(QT_TRANSLATE_NOOP("Timeline", " → ")).join(steps)
    if inputs.get("in_critical_zone"):
        line = w(QT_TRANSLATE_NOOP("Timeline", "{steps} (in the critical zone, allowed)"),
                 steps=line)
    return line


# -- one function per kind ------------------------------------------------------------------


def _ledger_created(p: dict, at: str, w: Words) -> str:
    return w(KINDS["ledger.created"])


def _ledger_rekeyed(p: dict, at: str, w: Words) -> str:
    return w(QT_TRANSLATE_NOOP("Timeline",
                               "Passphrase changed; the ledger was re-encrypted under the new one"))


def _ledger_restored(p: dict, at: str, w: Words) -> str:
    backup = p["backup"]
    return w(QT_TRANSLATE_NOOP(
        "Timeline", "Restored from backup {name} ({events} events verified, head {head}…)"),
        name=backup["name"], events=f"{backup['events']:,}", head=backup["head"][:16])


def _site_added(p: dict, at: str, w: Words) -> str:
    kind = str(p["kind"])
    extra = [w.code(kind, kind.replace("-", " "))]
    if p.get("jurisdiction"):
        extra.append(p["jurisdiction"])
    if p.get("operator"):
        extra.append(w(QT_TRANSLATE_NOOP("Timeline", "operated by {operator}"),
                       operator=p["operator"]))
    return w(QT_TRANSLATE_NOOP("Timeline", "Added site {code}, {name} ({details})"),
             code=p["code"], name=p["name"], details=w.join(extra))


def _bar_received(p: dict, at: str, w: Words) -> str:
    head = w(QT_TRANSLATE_NOOP(
        "Timeline", "Received {brand} {year} {serial}, {fine} fine {metal}, at {place}"),
        brand=p["brand"], year=p["year"], serial=p["serial"], fine=_qty(p["fine_oz"], "ozt"),
        metal=w.code(p["metal"]), place=_place(p["site"], p.get("location")))
    flags = p.get("flags") or []
    return _join(w, head, w(QT_TRANSLATE_NOOP("Timeline", "not Good Delivery ({flags})"),
                            flags=_flags(flags, w)) if flags else "",
                 _movement(p, w, FROM))


def _bars_imported(p: dict, at: str, w: Words) -> str:
    count, first = int(p["count"]), int(p["first_id"])
    source = p.get("source", {}).get("name") or w(QT_TRANSLATE_NOOP("Timeline", "a bar list"))
    part = p.get("part")
    fields = {"first": f"{first:,}", "last": f"{first + count - 1:,}", "part": part}
    if isinstance(part, int) and part > 1:
        span = w(QT_TRANSLATE_NOOP("Timeline", "holdings {first}–{last}, part {part}")
                 if count > 1 else QT_TRANSLATE_NOOP("Timeline", "holding {first}, part {part}"),
                 **fields)
    else:
        span = w(QT_TRANSLATE_NOOP("Timeline", "holdings {first}–{last}") if count > 1
                 else QT_TRANSLATE_NOOP("Timeline", "holding {first}"), **fields)
    head = w(QT_TRANSLATE_NOOP(
        "Timeline", "Imported {bars} of {metal} from {source} into {site} ({span})"),
        bars=_count(count, "bar", w), metal=w.code(p["metal"]), source=source,
        site=p["site"], span=span)
    return _join(w, head, _movement(p, w, FROM))


def _lot_received(p: dict, at: str, w: Words) -> str:
    head = w(QT_TRANSLATE_NOOP(
        "Timeline", "Received {metal} lot, warrant {warrant} ({brand} {shape} {grade}, "
                    "{bundles} bundles), {net} net, {gross} gross, at {place}"),
        metal=w.code(p["metal"]), warrant=p["warrant"], brand=p["brand"],
        shape=w.code(p["shape"]), grade=p["grade"], bundles=p["bundles"],
        net=_qty(p["net_t"], "t"), gross=_qty(p["gross_t"], "t"),
        place=_place(p["site"], p.get("location")))
    flags = p.get("flags") or []
    return _join(w, head, w(QT_TRANSLATE_NOOP("Timeline", "outside lot tolerance ({flags})"),
                            flags=_flags(flags, w)) if flags else "",
                 _movement(p, w, FROM))


def _tank_added(p: dict, at: str, w: Words) -> str:
    roof = str(p["roof"])
    return w(QT_TRANSLATE_NOOP("Timeline", "Added tank {code} at {site}: {product} "
                                           "({commodity}, {roof})"),
             code=p["code"], site=p["site"], product=p["product"],
             commodity=w.code(p["commodity"]),
             roof=w(ROOFS[roof]) if roof in ROOFS else f"{roof.replace('-', ' ')} roof")


def _version(value: Any) -> str:
    """A table's version as people write it: 2 → "v2" ("v2" stays "v2")."""
    if isinstance(value, Mapping):
        value = value.get("version")
    if value in (None, ""):
        return ""
    return str(value) if str(value).startswith("v") else f"v{value}"


def _tank_gauged(p: dict, at: str, w: Words) -> str:
    chain, inputs = p["chain"], p.get("inputs") or {}
    how = [level_line(inputs, w.translate)]
    if not how[0] and inputs.get("tov") not in (None, ""):
        how = [f"TOV {_qty(inputs['tov'], inputs.get('unit', ''))}"]
    if inputs.get("temperature") not in (None, ""):
        how.append(f"{inputs['temperature']} °{inputs.get('temperature_unit', 'C')}")
    head = w(QT_TRANSLATE_NOOP("Timeline", "Gauged {tank}: NSV {m3}, {bbl} ({how})"),
             tank=p["tank"], m3=_qty(chain["nsv_m3"], "m3"), bbl=_qty(chain["nsv_bbl"], "bbl"),
             how=w.join(how))
    return _join(w, head, _other_time(QT_TRANSLATE_NOOP("Timeline", "gauged {time}"),
                                      p.get("gauged_at"), at, w), _movement(p, w))


def _gas_recorded(p: dict, at: str, w: Words) -> str:
    fields = {"code": p["code"], "site": p["site"], "energy": _qty(p["energy_mmbtu"], "MMBtu")}
    if p.get("kind") == "lng":
        head = w(QT_TRANSLATE_NOOP("Timeline", "LNG inventory {code} at {site}: {energy}"),
                 **fields)
    elif p.get("cushion_mmbtu") not in (None, "", "0", "0.000"):
        head = w(QT_TRANSLATE_NOOP("Timeline", "Gas inventory {code} at {site}: {energy} "
                                               "working gas (cushion {cushion})"),
                 cushion=_qty(p["cushion_mmbtu"], "MMBtu"), **fields)
    else:
        head = w(QT_TRANSLATE_NOOP("Timeline",
                                   "Gas inventory {code} at {site}: {energy} working gas"),
                 **fields)
    return _join(w, head, _other_time(QT_TRANSLATE_NOOP("Timeline", "measured {time}"),
                                      p.get("measured_at"), at, w), _movement(p, w))


def _holding_withdrawn(p: dict, at: str, w: Words, together: str = "") -> str:
    record = p.get("holding") or {}
    if record:
        head = w(QT_TRANSLATE_NOOP("Timeline", "Withdrawn: {what}, from {origin}"),
                 what=_held(record, w), origin=_place(record["site"], record.get("location")))
    else:
        head = w(QT_TRANSLATE_NOOP("Timeline", "Withdrawn: {what}"),
                 what=_one(p.get("holding_kind"), p["id"], w))
    return _join(w, head, together, _movement(p, w, TO))


def _transferred(w: Words, what: str, origin: str | None, site: Any, location: Any) -> str:
    """"Transferred {what} [from {origin}] to {site}[, location {location}]"."""
    fields = {"what": what, "origin": origin, "site": site, "location": location}
    if origin is not None and location:
        return w(QT_TRANSLATE_NOOP(
            "Timeline", "Transferred {what} from {origin} to {site}, location {location}"),
            **fields)
    if origin is not None:
        return w(QT_TRANSLATE_NOOP("Timeline", "Transferred {what} from {origin} to {site}"),
                 **fields)
    if location:
        return w(QT_TRANSLATE_NOOP("Timeline", "Transferred {what} to {site}, location {location}"),
                 **fields)
    return w(QT_TRANSLATE_NOOP("Timeline", "Transferred {what} to {site}"), **fields)


def _holding_transferred(p: dict, at: str, w: Words, together: str = "") -> str:
    what = _one(p.get("holding_kind"), p["id"], w)
    origin = _place(p["from_site"], p.get("from_location"))
    head = _transferred(w, what, origin, p["to_site"], p.get("location"))
    return _join(w, head, together, _movement(p, w, WITH))


def _shown(value: Any, unit: str, w: Words) -> str:
    if isinstance(value, list):
        return _flags(map(str, value), w) or w(QT_TRANSLATE_NOOP("Timeline", "none"))
    if value in (None, ""):
        return w(QT_TRANSLATE_NOOP("Timeline", "none"))
    return _qty(value, unit) if unit else group_digits(value)


def _holding_adjusted(p: dict, at: str, w: Words) -> str:
    before, after = p.get("before") or {}, p["changes"]
    order = [key for key in ADJUSTED if key in after] + [k for k in after if k not in ADJUSTED]
    changes = []
    for key in order:
        label, unit = ADJUSTED.get(key, (key, ""))
        #: One change of an adjustment: "gross 401.000 → 402.100 ozt".
        changes.append(w(QT_TRANSLATE_NOOP("Timeline", "{label} {before} → {after}"),
                         label=w(label) if key in ADJUSTED else label,
                         before=_shown(before.get(key), "", w),
                         after=_shown(after[key], unit, w)))
    fields = {"what": _one(p.get("holding_kind"), p["id"], w), "changes": w.join(changes)}
    if p.get("reason"):
        head = w(QT_TRANSLATE_NOOP("Timeline", "Adjusted {what} ({reason}): {changes}"),
                 reason=p["reason"], **fields)
    else:
        head = w(QT_TRANSLATE_NOOP("Timeline", "Adjusted {what}: {changes}"), **fields)
    return _join(w, head, _movement(p, w))


def _token_added(p: dict, at: str, w: Words) -> str:
    return w(QT_TRANSLATE_NOOP("Timeline",
                               "Added token {symbol}: {quantity} of {commodity} per token"),
             symbol=p["symbol"], quantity=_qty(p["per_token"], p["unit"]),
             commodity=w.code(p["commodity"]))


def _token_supply(p: dict, at: str, w: Words) -> str:
    head = w(QT_TRANSLATE_NOOP("Timeline", "Token {symbol} supply recorded: {supply} as of {time}"),
             symbol=p["symbol"], supply=_qty(p["supply"]), time=_when(p["as_of"]))
    return _join(w, head, w(QT_TRANSLATE_NOOP("Timeline", "source: {source}"), source=p["source"])
                 if p.get("source") else "")


def _statement(envelope: Any) -> dict[str, Any]:
    """The statement inside an attestation's stored envelope (for its sequence and size)."""
    try:
        document = json.loads(envelope) if isinstance(envelope, str) else envelope
        statement = json.loads(base64.b64decode(document["payload"]))
        return {**statement, "_signatures": len(document.get("signatures") or ())}
    except (ValueError, TypeError, KeyError):
        return {}


def _attestation_finalized(p: dict, at: str, w: Words) -> str:
    body = _statement(p.get("envelope"))
    number = body.get("sequence")
    facts = [w(QT_TRANSLATE_NOOP("Timeline", "as of {time}"), time=_when(p["as_of"]))]
    size = (body.get("tree") or {}).get("size")
    if isinstance(size, int):
        facts.append(_count(size, "holding", w))
    if body.get("_signatures"):
        facts.append(_count(body["_signatures"], "signature", w))
    facts.append(w(QT_TRANSLATE_NOOP("Timeline", "id {id}…"), id=str(p["attestation_id"])[:8]))
    if number:
        return w(QT_TRANSLATE_NOOP("Timeline", "Attestation {number} finalised: {facts}"),
                 number=number, facts=w.join(facts))
    return w(QT_TRANSLATE_NOOP("Timeline", "Attestation finalised: {facts}"), facts=w.join(facts))


def _together(p: dict, w: Words) -> str:
    """Of a multi-holding event shown for one of its holdings (`overview.history`)."""
    moved = p.get("holdings_moved")
    return (w(QT_TRANSLATE_NOOP("Timeline", "one of {n} holdings moved together"),
              n=f"{moved:,}") if isinstance(moved, int) else "")


def _holdings_transferred(p: dict, at: str, w: Words) -> str:
    if not isinstance(p.get("holdings"), list):  # one holding's entry, or a count
        if "id" in p:
            return _holding_transferred(p, at, w, _together(p, w))
        head = _transferred(w, _count(int(p["holdings"]), "holding", w), None, p["to_site"],
                            p.get("location"))
        return _join(w, head, _movement(p, w, WITH))
    holdings = p["holdings"]
    froms = list(dict.fromkeys(str(h.get("from_site")) for h in holdings if h.get("from_site")))
    head = _transferred(w, _counts(holdings, w), _and(froms, w) if froms else None,
                        p["to_site"], p.get("location"))
    return _join(w, head, _movement(p, w, WITH))


def _holdings_withdrawn(p: dict, at: str, w: Words) -> str:
    if not isinstance(p.get("holdings"), list):  # one holding's entry, or a count
        if "id" in p:
            return _holding_withdrawn(p, at, w, _together(p, w))
        return _join(w, w(QT_TRANSLATE_NOOP("Timeline", "Withdrawn: {what}"),
                          what=_count(int(p["holdings"]), "holding", w)), _movement(p, w, TO))
    holdings = p["holdings"]
    records = [h["holding"] for h in holdings if isinstance(h.get("holding"), Mapping)]
    fields = {"what": _counts(holdings, w), "total": _totals(records, w)}
    sites = list(dict.fromkeys(str(r["site"]) for r in records if r.get("site")))
    fields["origin"] = _and(sites, w)
    if fields["total"] and sites:
        head = w(QT_TRANSLATE_NOOP("Timeline", "Withdrawn: {what}, {total}, from {origin}"),
                 **fields)
    elif fields["total"]:
        head = w(QT_TRANSLATE_NOOP("Timeline", "Withdrawn: {what}, {total}"), **fields)
    elif sites:
        head = w(QT_TRANSLATE_NOOP("Timeline", "Withdrawn: {what}, from {origin}"), **fields)
    else:
        head = w(QT_TRANSLATE_NOOP("Timeline", "Withdrawn: {what}"), **fields)
    return _join(w, head, _movement(p, w, TO))


def _tank_table(p: dict, at: str, w: Words) -> str:
    version = _version(p.get("version"))
    table = p.get("table") or {}
    facts = []
    if isinstance(table.get("rows"), list):
        facts.append(_count(len(table["rows"]), "row", w))
    if table.get("certificate"):
        facts.append(w(QT_TRANSLATE_NOOP("Timeline", "certificate {certificate}"),
                       certificate=table["certificate"]))
    if table.get("calibrated_on"):
        facts.append(w(QT_TRANSLATE_NOOP("Timeline", "calibrated {date}"),
                       date=table["calibrated_on"]))
    source = (p.get("source") or {}).get("name")
    if source:
        facts.append(w(QT_TRANSLATE_NOOP("Timeline", "from {source}"), source=source))
    fields = {"version": version, "tank": p["tank"], "facts": w.join(facts)}
    if version and facts:
        head = w(QT_TRANSLATE_NOOP(
            "Timeline", "Calibration table {version} stored for tank {tank}: {facts}"), **fields)
    elif version:
        head = w(QT_TRANSLATE_NOOP(
            "Timeline", "Calibration table {version} stored for tank {tank}"), **fields)
    elif facts:
        head = w(QT_TRANSLATE_NOOP("Timeline", "Calibration table stored for tank {tank}: {facts}"),
                 **fields)
    else:
        head = w(QT_TRANSLATE_NOOP("Timeline", "Calibration table stored for tank {tank}"),
                 **fields)
    return _join(w, head, _movement(p, w))


# kind → sentence(payload, the event's time as shown, the words of the reader's language);
# the time lets a sentence leave out a measurement time that is the event's own.
DESCRIBERS: dict[str, Callable[[dict, str, Words], str]] = {
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
