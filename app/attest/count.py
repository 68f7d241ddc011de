"""The count certificate: what an auditor found on the floor, as a signed document.

An auditor counts the holdings of a sample plan (FORMAT.md §11.1) and records,
for each, whether it was found, its identity as read, whether its seal was
intact and what it weighed or measured. Each result is classified by rules any
verifier re-applies (FORMAT.md §11.3): the leaf is what the attestation says,
the result is what the auditor saw, and the exceptions follow from the two and
the tolerances the certificate states. The conclusion is a sentence made from
the counts alone, so a verifier can rebuild it word for word.

Pure: dicts and strings in, dicts and strings out; quantities are exact decimals.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from app.attest import canonical
from app.domain.errors import InvalidInput
from app.domain.messages import msg
from app.domain.times import parse_time
from app.domain.units import (
    EXACT,
    exact_difference,
    exact_product,
    is_decimal_string,
)

COUNT_FORMAT = "tijori-count"
COUNT_VERSION = 1
PAYLOAD_TYPE = "application/vnd.tijori.count.v1+json"
SCHEMA = "tijori.count.v1"
#: The role whose keys sign a count certificate.
SIGNING_ROLE = "auditor"

MISSING = "missing"
IDENTITY = "identity mismatch"
SEAL = "seal broken"
WEIGHT = "weight outside tolerance"
VOLUME = "volume outside tolerance"
ENERGY = "energy outside tolerance"
#: Every exception a sampled or always-counted holding can have, in the order listed.
EXCEPTIONS = (MISSING, IDENTITY, SEAL, WEIGHT, VOLUME, ENERGY)
SEALS = ("intact", "broken", "n/a")

#: What is measured of each kind: the leaf's field, its unit, and the exception when
#: the measurement differs from it by more than the tolerance.
MEASURED = {
    "bar": ("gross_oz", "ozt", WEIGHT),
    "lot": ("gross_t", "t", WEIGHT),
    "tank": ("nsv_bbl", "bbl", VOLUME),
    "gas": ("energy_mmbtu", "MMBtu", ENERGY),
}
#: How many of a kind are named.
PLURALS = {"bar": "bars", "lot": "lots", "tank": "tanks", "gas": "gas inventories"}
#: What identifies a holding as read on the floor, by kind: (the result's field, the
#: leaf's field). A bar's year is compared when it was read.
IDENTIFIED_BY = {
    "bar": (("serial", "serial"), ("brand", "brand"), ("year", "year")),
    "lot": (("warrant", "warrant"), ("brand", "brand")),
    "tank": (("code", "code"),),
    "gas": (("code", "code"),),
}
#: The fields a found bar or lot must have been read (a count that did not read the
#: serial did not identify the bar).
MUST_READ = {"bar": ("serial", "brand"), "lot": ("warrant",), "tank": (), "gas": ()}


@dataclass(frozen=True)
class Tolerance:
    """How far a measurement may differ from the leaf's figure: `absolute` (in `unit`) or
    `percent` (of the leaf's figure), for holdings of `kind` and `commodity` ("*": any
    other), and where the figure comes from."""

    kind: str
    commodity: str
    source: str
    absolute: str | None = None
    unit: str | None = None
    percent: str | None = None

    def limit(self, recorded: Decimal) -> Decimal:
        """The largest difference that is still within the tolerance."""
        if self.absolute is not None:
            return Decimal(self.absolute)
        return EXACT.scaleb(exact_product(abs(recorded), Decimal(self.percent or "0")), -2)

    def describe(self) -> str:
        what = (f"±{self.absolute} {self.unit}" if self.absolute is not None
                else f"±{self.percent} % of the recorded figure")
        of = "" if self.commodity == "*" else f" of {self.commodity}"
        return f"{PLURALS[self.kind]}{of}: {what} ({self.source})"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"commodity": self.commodity, "kind": self.kind,
                               "source": self.source}
        if self.absolute is not None:
            out |= {"absolute": self.absolute, "unit": self.unit}
        else:
            out["percent"] = self.percent
        return out

    @classmethod
    def from_dict(cls, raw: Any, where: str = "tolerance") -> Tolerance:
        if not isinstance(raw, dict):
            raise InvalidInput(msg("{where} is not an object", where=where))
        kind, commodity, source = raw.get("kind"), raw.get("commodity"), raw.get("source")
        if kind not in MEASURED or not isinstance(commodity, str) or not commodity \
                or not isinstance(source, str) or not source:
            raise InvalidInput(msg("{where} needs a kind (bar, lot, tank, gas), a commodity and "
                                   "a source", where=where))
        absolute, unit, percent = raw.get("absolute"), raw.get("unit"), raw.get("percent")
        if (absolute is None) == (percent is None):
            raise InvalidInput(msg("{where} gives either an absolute limit or a percent",
                                   where=where))
        for name, value in (("absolute", absolute), ("percent", percent)):
            if value is not None and (not is_decimal_string(value) or value.startswith("-")):
                raise InvalidInput(msg("{where}: {name} is not a non-negative decimal string",
                                       where=where, name=name))
        if absolute is not None and unit != MEASURED[kind][1]:
            raise InvalidInput(msg("{where}: a {kind}'s limit is in {MEASURED}",
                                   where=where, kind=kind, MEASURED=MEASURED[kind][1]))
        known = {"kind", "commodity", "source", "absolute", "unit", "percent"}
        if set(raw) - known:
            raise InvalidInput(msg("{where} has unknown members {value}",
                                   where=where, value=sorted(set(raw) - known)))
        return cls(kind, commodity, source, absolute, unit, percent)


GOLD_STEP_SOURCE = ("one weighing step of the LBMA Good Delivery Rules: gold bars' gross "
                    "weights are stated in multiples of 0.025 ozt, rounded down")
SILVER_STEP_SOURCE = ("one weighing step of the LBMA Good Delivery Rules: silver bars' gross "
                      "weights are stated in multiples of 0.1 ozt, rounded down")
#: The tolerances a count uses unless the auditor states others (`--tolerance`).
DEFAULT_TOLERANCES = (
    Tolerance("bar", "silver", SILVER_STEP_SOURCE, absolute="0.1", unit="ozt"),
    Tolerance("bar", "*", GOLD_STEP_SOURCE, absolute="0.025", unit="ozt"),
    Tolerance("lot", "*", "the auditor's default for re-weighed lots", percent="0.5"),
    Tolerance("tank", "*", "the auditor's default for a re-gauged tank's net standard "
              "volume", percent="0.5"),
    Tolerance("gas", "*", "the auditor's default for a re-measured gas inventory",
              percent="1"),
)


def tolerance_for(tolerances: Sequence[Tolerance], kind: str, commodity: str) -> Tolerance | None:
    """The first tolerance of `kind` naming `commodity`, else the first of kind "*"."""
    exact = next((t for t in tolerances if t.kind == kind and t.commodity == commodity), None)
    return exact or next((t for t in tolerances if t.kind == kind and t.commodity == "*"),
                         None)


def read_key(text: str) -> str:
    """How a text read on the floor is compared with the leaf's: NFKC, case-folded, with
    all white space removed (FORMAT.md §11.3). Lookalikes such as O and 0 stay apart: a
    doubtful reading is an exception for the auditor to look into, never a match."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


@dataclass(frozen=True)
class Result:
    """What the auditor found of one holding of the plan."""

    index: int  # the leaf's position in the tree
    kind: str
    holding_id: int
    why: str  # "sampled" or "always"
    found: bool
    read: Mapping[str, str] = field(default_factory=dict)  # identity as read
    seal: str = "n/a"
    measured: str | None = None  # in MEASURED[kind]'s unit
    exceptions: tuple[str, ...] = ()
    remarks: str = ""

    def to_dict(self) -> dict[str, Any]:
        unit = MEASURED[self.kind][1]
        return {"exceptions": list(self.exceptions), "found": self.found,
                "holding": {"id": self.holding_id, "kind": self.kind}, "index": self.index,
                "measured": None if self.measured is None else {"quantity": self.measured,
                                                                "unit": unit},
                "read": dict(sorted(self.read.items())), "remarks": self.remarks,
                "seal": self.seal, "why": self.why}

    @classmethod
    def from_dict(cls, raw: Any, where: str) -> Result:
        try:
            holding, measured, read = raw["holding"], raw["measured"], raw["read"]
            kind = holding["kind"]
            fields = (raw["index"], holding["id"], raw["why"], raw["found"], raw["seal"],
                      raw["exceptions"], raw["remarks"])
        except (KeyError, TypeError):
            raise InvalidInput(msg("{where} lacks a member of a count result",
                                   where=where)) from None
        index, hid, why, found, seal, exceptions, remarks = fields
        ok = (kind in MEASURED and _count(index) and _count(hid) and why in ("sampled", "always")
              and isinstance(found, bool) and seal in SEALS and isinstance(remarks, str)
              and isinstance(exceptions, list) and all(e in EXCEPTIONS for e in exceptions)
              and isinstance(read, dict) and all(isinstance(k, str) and isinstance(v, str)
                                                 for k, v in read.items()))
        if ok and measured is not None:
            ok = (isinstance(measured, dict) and set(measured) == {"quantity", "unit"}
                  and is_decimal_string(measured["quantity"])
                  and measured["unit"] == MEASURED[kind][1])
        if not ok:
            raise InvalidInput(msg("{where} is not a well-formed count result", where=where))
        return cls(index, kind, hid, why, found, read, seal,
                   None if measured is None else measured["quantity"], tuple(exceptions),
                   remarks)


@dataclass(frozen=True)
class Unlisted:
    """A bar found on the floor that the attestation does not list."""

    site: str
    location: str
    serial: str
    brand: str
    year: str
    remarks: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"brand": self.brand, "location": self.location, "remarks": self.remarks,
                "serial": self.serial, "site": self.site, "year": self.year}

    @classmethod
    def from_dict(cls, raw: Any, where: str) -> Unlisted:
        names = ("site", "location", "serial", "brand", "year", "remarks")
        if not isinstance(raw, dict) or set(raw) != set(names) or not all(
                isinstance(raw[n], str) for n in names):
            raise InvalidInput(msg("{where} is not a well-formed unlisted bar", where=where))
        return cls(*(raw[n] for n in names))


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def classify(holding: Mapping[str, Any], *, found: bool, read: Mapping[str, str], seal: str,
             measured: str | None, tolerances: Sequence[Tolerance]) -> tuple[str, ...]:
    """The exceptions of one result against its leaf's holding (FORMAT.md §11.3)."""
    if not found:
        return (MISSING,)
    kind = holding["kind"]
    exceptions = []
    for mine, theirs in IDENTIFIED_BY[kind]:
        if mine in read and read_key(read[mine]) != read_key(str(holding.get(theirs, ""))):
            exceptions.append(IDENTITY)
            break
    if seal == "broken":
        exceptions.append(SEAL)
    if measured is not None:
        name, _, exception = MEASURED[kind]
        recorded = Decimal(str(holding.get(name) or "0"))
        rule = tolerance_for(tolerances, kind, str(holding.get("commodity", "")))
        limit = rule.limit(recorded) if rule is not None else Decimal(0)
        if abs(exact_difference(Decimal(measured), recorded)) > limit:
            exceptions.append(exception)
    return tuple(exceptions)


@dataclass(frozen=True)
class Summary:
    """The counts the conclusion is made of."""

    sampled: int  # sampled bars and lots with a result
    sampled_exceptions: int
    always: int  # tanks and gas inventories
    always_exceptions: int
    unlisted: int
    population: int  # bars and lots attested

    def to_dict(self) -> dict[str, int]:
        return {"always": self.always, "always_exceptions": self.always_exceptions,
                "population": self.population, "sampled": self.sampled,
                "sampled_exceptions": self.sampled_exceptions, "unlisted": self.unlisted}

    @classmethod
    def of(cls, results: Iterable[Result], unlisted: int, population: int) -> Summary:
        sampled = [r for r in results if r.why == "sampled"]
        always = [r for r in results if r.why == "always"]
        return cls(len(sampled), sum(1 for r in sampled if r.exceptions), len(always),
                   sum(1 for r in always if r.exceptions), unlisted, population)


def _holdings(n: int) -> str:
    return f"{n:,} holding" + ("" if n == 1 else "s")


def _exceptions(n: int) -> str:
    return f"{n:,} exception" + ("" if n == 1 else "s")


def conclusion(summary: Summary, *, method: str, confidence: str, tolerable_rate: str,
               exceptions: Sequence[tuple[Result, Mapping[str, Any]]] = ()) -> str:
    """The conclusion in words, from the counts alone (FORMAT.md §11.3 gives the template).
    `exceptions` are the results with exceptions and their leaves' holdings, listed."""
    s = summary
    what = ("of the bars and lots are missing or mismatched" if method == "attribute" else
            "of the quantity of each commodity is in bars and lots that are missing or "
            "mismatched")
    if s.sampled >= s.population:
        first = (f"All {s.population:,} bars and lots were counted: "
                 f"{_exceptions(s.sampled_exceptions)}.")
    elif s.sampled_exceptions == 0:
        first = (f"0 exceptions in {_holdings(s.sampled)} sampled: with {confidence} % "
                 f"confidence, fewer than {tolerable_rate} % {what}.")
    else:
        first = (f"{_exceptions(s.sampled_exceptions)} in {_holdings(s.sampled)} sampled: the "
                 f"count does not support the conclusion that fewer than {tolerable_rate} % "
                 f"{what}.")
    parts = [first]
    if s.always:
        parts.append(f"{s.always:,} tank" + ("" if s.always == 1 else "s")
                     + f" and gas inventories re-measured: {s.always_exceptions:,} with an "
                     "exception.")
    if s.unlisted:
        parts.append(f"{s.unlisted:,} bar" + (" was" if s.unlisted == 1 else "s were")
                     + " found that the attestation does not list.")
    for result, holding in exceptions:
        parts.append(f"Exception: leaf {result.index:,}, {describe_holding(holding)}: "
                     f"{', '.join(result.exceptions)}.")
    return " ".join(parts)


def describe_holding(holding: Mapping[str, Any]) -> str:
    """A holding as people name it: "bar 1234 PAMP 2021", "lot W-9", "tank T-1"."""
    kind = holding.get("kind")
    if kind == "bar":
        return f"bar {holding.get('serial')} {holding.get('brand')} {holding.get('year')}"
    if kind == "lot":
        return f"lot {holding.get('warrant')} {holding.get('brand')}"
    return f"{kind} {holding.get('code')}"


_ATTESTATION = ("as_of", "attestation_id", "digest", "root", "size")
_PLAN = ("confidence", "method", "nonce", "population", "sample_size", "seed",
         "tolerable_rate")
_COUNTED = ("by", "from", "sites", "to", "witnessed_by")


@dataclass(frozen=True)
class CountCertificate:
    """The signed payload of a count (FORMAT.md §11.3): which attestation and plan, who
    counted when, the tolerances, every result, the bars found unlisted, the counts and
    the conclusion."""

    attestation: Mapping[str, Any]
    plan: Mapping[str, Any]
    counted: Mapping[str, Any]
    tolerances: tuple[Tolerance, ...]
    results: tuple[Result, ...]
    unlisted: tuple[Unlisted, ...]
    summary: Summary
    conclusion: str

    def to_dict(self) -> dict[str, Any]:
        return {"attestation": dict(self.attestation), "conclusion": self.conclusion,
                "counted": dict(self.counted), "plan": dict(self.plan),
                "results": [r.to_dict() for r in self.results], "schema": SCHEMA,
                "summary": self.summary.to_dict(),
                "tolerances": [t.to_dict() for t in self.tolerances],
                "unlisted": [u.to_dict() for u in self.unlisted]}

    def payload(self) -> bytes:
        return canonical.dumps(self.to_dict())

    @classmethod
    def from_payload(cls, payload: bytes, source: str = "count certificate"
                     ) -> CountCertificate:
        raw = canonical.loads(payload, source=source)
        if not isinstance(raw, dict) or raw.get("schema") != SCHEMA:
            raise InvalidInput(msg("{source} is not a {SCHEMA} certificate",
                                   source=source, SCHEMA=SCHEMA))
        names = {"attestation", "conclusion", "counted", "plan", "results", "schema",
                 "summary", "tolerances", "unlisted"}
        if set(raw) != names:
            raise InvalidInput(msg("{source} has members {raw}, not {names}",
                                   source=source, raw=sorted(raw), names=sorted(names)))
        attestation, plan, counted = raw["attestation"], raw["plan"], raw["counted"]
        for name, value, keys in (("attestation", attestation, _ATTESTATION),
                                  ("plan", plan, _PLAN), ("counted", counted, _COUNTED)):
            if not isinstance(value, dict) or set(value) != set(keys):
                raise InvalidInput(msg("{source}: {name} must have exactly {keys}",
                                       source=source, name=name, keys=', '.join(keys)))
        for name in ("from", "to"):
            parse_time(counted[name], msg("{source}: counted {name}", source=source, name=name))
        if not all(isinstance(counted[n], str) and counted[n] for n in ("by", "witnessed_by")) \
                or not isinstance(counted["sites"], list) \
                or not all(isinstance(x, str) for x in counted["sites"]):
            raise InvalidInput(msg("{source}: counted names who counted and witnessed, and "
                                   "sites", source=source))
        lists = [raw[n] for n in ("results", "tolerances", "unlisted")]
        if not all(isinstance(x, list) for x in lists) or not isinstance(raw["conclusion"], str):
            raise InvalidInput(msg("{source}: results, tolerances and unlisted are lists",
                                   source=source))
        summary = raw["summary"]
        fields = ("sampled", "sampled_exceptions", "always", "always_exceptions", "unlisted",
                  "population")
        if not isinstance(summary, dict) or set(summary) != set(fields) or not all(
                _count(summary[f]) for f in fields):
            raise InvalidInput(msg("{source}: summary must have the counts {fields}",
                                   source=source, fields=', '.join(fields)))
        return cls(attestation, plan, counted,
                   tuple(Tolerance.from_dict(t, msg("{source}: tolerance {i}", source=source, i=i))
                         for i, t in enumerate(raw["tolerances"])),
                   tuple(Result.from_dict(r, msg("{source}: result {i}", source=source, i=i))
                         for i, r in enumerate(raw["results"])),
                   tuple(Unlisted.from_dict(u, msg("{source}: unlisted bar {i}",
                                                   source=source, i=i))
                         for i, u in enumerate(raw["unlisted"])),
                   Summary(*(summary[f] for f in fields)), raw["conclusion"])
