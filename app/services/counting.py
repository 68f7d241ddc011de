"""Recording and verifying an auditor's physical count (FORMAT.md §11.3–11.4).

`record_count` reads the results sheet the counters filled in (the CSV that
`tijori audit sheet` writes), checks every row against the plan, classifies each
result by the rules of `app.attest.count`, and writes the count file: the
attestation and the count certificate, a DSSE envelope signed by the auditor.
`verify_count` re-derives the sample from the statement, the nonce and the
leaves, requires a result for every sampled holding and no other, re-classifies
each against its leaf, and checks the auditor role's signatures.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.attest import canonical, count, sampling, statement
from app.attest.count import CountCertificate, Result, Summary, Tolerance, Unlisted
from app.attest.dsse import Envelope
from app.attest.fileio import read_file, write_atomic
from app.attest.formats import load_document
from app.attest.policy import count_signatures, load_policy_envelope, outsiders, verify_policy
from app.attest.verdict import ALERT, CAUTION, CLEAR, Verdict
from app.domain.errors import InvalidInput
from app.domain.messages import joined, msg
from app.domain.progress import QUIET, Task
from app.domain.times import format_time, in_future, parse_time
from app.domain.units import decimal_string, parse_decimal
from app.services import auditing, verifying
from app.services.signing_keys import unlocked

#: The columns of a results sheet (the CSV of `tijori audit sheet`), in order.
COLUMNS = ("leaf", "kind", "site", "location", "listed_as", "found", "serial_read",
           "brand_read", "year_read", "seal_intact", "measured", "unit", "remarks")
#: What the counters fill in; the other columns are Tijori's, and must not be changed.
FILLED = ("found", "serial_read", "brand_read", "year_read", "seal_intact", "measured",
          "remarks")
_YES, _NO = ("yes", "y", "✓", "x"), ("no", "n", "✗")
#: The result's `read` names of the three read columns, by kind.
_READ_AS = {"bar": ("serial", "brand", "year"), "lot": ("warrant", "brand", None),
            "tank": ("code", None, None), "gas": ("code", None, None)}


@dataclass(frozen=True)
class Planned:
    """One holding of a plan, decoded: its leaf index, why it is counted, and its holding."""

    index: int
    why: str
    holding: dict[str, Any]

    @property
    def kind(self) -> str:
        return self.holding["kind"]

    def listed_as(self) -> str:
        """How the sheet names it for the people on the floor."""
        h = self.holding
        if self.kind == "bar":
            return f"{h.get('serial')} · {h.get('brand')} · {h.get('year')}"
        if self.kind == "lot":
            return f"{h.get('warrant')} · {h.get('brand')}"
        return str(h.get("code"))


def planned(plan: dict[str, Any], source: str = "plan") -> list[Planned]:
    """The plan's holdings, each leaf decoded and checked to be the index's kind."""
    found = []
    for number, entry in enumerate(plan["holdings"]):
        where = f"{source}: holding {number}"
        if not isinstance(entry, dict) or not isinstance(entry.get("leaf"), str) or \
                entry.get("why") not in ("sampled", "always"):
            raise InvalidInput(msg("{where} is not a planned holding", where=where))
        holding = statement.parse_leaf(entry["leaf"].encode(), where)
        if holding.get("kind") not in count.MEASURED:
            raise InvalidInput(msg("{where} is of an unknown kind", where=where))
        found.append(Planned(entry["index"], entry["why"], holding))
    return found


def walk_order(items: Sequence[Planned]) -> list[Planned]:
    """The order of the walk through the sites: by site, then kind (bars, lots, tanks,
    gas), then location, then how it is listed."""
    rank = {kind: n for n, kind in enumerate(statement.KINDS)}
    return sorted(items, key=lambda p: (str(p.holding.get("site")), rank[p.kind],
                                        str(p.holding.get("location") or ""), p.listed_as(),
                                        p.index))


def sheet_rows(plan: dict[str, Any]) -> list[list[str]]:
    """The rows of a results sheet, in walk order, the counters' columns blank."""
    rows = []
    for item in walk_order(planned(plan)):
        h = item.holding
        rows.append([str(item.index), item.kind, str(h.get("site")), str(h.get("location") or ""),
                     item.listed_as(), "", "", "", "", "", "", count.MEASURED[item.kind][1], ""])
    return rows


def results_csv(plan: dict[str, Any]) -> bytes:
    """The results sheet as CSV (UTF-8 with a byte-order mark, CRLF), ready to fill in."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(sheet_rows(plan))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _details(holding: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """A tank's or gas inventory's particulars for its form (never a recorded quantity)."""
    if holding["kind"] == "tank":
        names = (("product", "product"), ("API MPMS 11.1 group", "vcf_group"),
                 ("roof", "roof"), ("shell", "shell"), ("last gauged", "gauged_at"))
    else:
        names = (("kind", "gas_kind"), ("last measured", "measured_at"))
    return (("site", str(holding.get("site"))),
            *((label, str(holding.get(name) or "")) for label, name in names))


def write_sheet(plan_path: str, out: str, *, overwrite: bool = False,
                task: Task = QUIET) -> dict[str, Any]:
    """The count sheets of a plan: PDF (to print) or CSV (the results sheet to fill in),
    by the extension of `out`."""
    suffix = Path(out).suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise InvalidInput(msg("the count sheets are written as .pdf or .csv, not {out}",
                               out=out), "out")
    if Path(out).exists() and not overwrite:
        raise InvalidInput(msg("{out} exists; choose another name (or --force)", out=out), "out")
    plan = auditing.load_plan(read_file(plan_path, "plan"), str(plan_path))
    items = walk_order(planned(plan, str(plan_path)))
    if suffix == ".csv":
        data, pages = results_csv(plan), 0
    else:
        from app.reporting import audit_sheet
        head = audit_sheet.SheetHead(
            plan["attestation"]["attestation_id"], plan["attestation"]["as_of"], plan["method"],
            plan["confidence"], plan["tolerable_rate"], plan["sample_size"], plan["seed"],
            sum(1 for i in items if i.why == "sampled"), sum(1 for i in items if i.why ==
                                                            "always"))
        data, pages = audit_sheet.render_pdf(head, [audit_sheet.SheetItem(
            i.index, i.kind, str(i.holding.get("site")), str(i.holding.get("location") or ""),
            i.listed_as(), count.MEASURED[i.kind][1], _details(i.holding)) for i in items], task)
    write_atomic(out, data, overwrite=overwrite)
    return {"path": str(out), "holdings": len(items), "pages": pages,
            "sites": sorted({str(i.holding.get("site")) for i in items})}


# -- recording --------------------------------------------------------------------------


def _yes_no(text: str, where: str, *, blank: bool | None = None) -> bool | None:
    word = text.strip().casefold()
    if word in _YES:
        return True
    if word in _NO:
        return False
    if not word and blank is not None:
        return blank
    if not word:
        return None
    raise InvalidInput(msg("{where} is {text!r}: write yes or no", where=where, text=text))


def _quantity(text: str, where: str) -> str | None:
    text = text.strip()
    if not text:
        return None
    if "," in text:
        raise InvalidInput(msg("{where} is {text!r}: write the number without thousands "
                               "separators (a point for decimals)", where=where, text=text))
    value = parse_decimal(text, where)
    if value < 0:
        raise InvalidInput(msg("{where} is negative ({text})", where=where, text=text))
    return decimal_string(value)


def read_results(data: bytes, items: Sequence[Planned], source: str = "results sheet"
                 ) -> tuple[list[tuple[Planned, dict[str, str]]], list[Unlisted]]:
    """The filled-in rows of a results sheet: one per planned holding (each paired with its
    holding), and the bars found that the plan does not list (rows with no leaf)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(msg("{source} is not UTF-8 text", source=source)) from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise InvalidInput(msg("{source} lacks the columns {missing}: fill in the CSV that "
                               "`tijori audit sheet` writes",
                               source=source, missing=', '.join(missing)))
    by_index = {item.index: item for item in items}
    rows: dict[int, tuple[Planned, dict[str, str]]] = {}
    unlisted: list[Unlisted] = []
    for line, raw in enumerate(reader, 2):
        row = {k: (v or "").strip() for k, v in raw.items() if k in COLUMNS}
        where = f"{source}, line {line}"
        if None in raw:
            raise InvalidInput(msg("{where} has more cells than the header", where=where))
        if not any(row.values()):
            continue
        if not row["leaf"]:
            unlisted.append(_unlisted(row, where))
            continue
        if not row["leaf"].isdigit() or int(row["leaf"]) not in by_index:
            raise InvalidInput(msg("{where}: leaf {leaf!r} is not a holding of the plan",
                                   where=where, leaf=row['leaf']))
        item = by_index[int(row["leaf"])]
        if int(row["leaf"]) in rows:
            raise InvalidInput(msg("{where}: leaf {leaf} has a second row",
                                   where=where, leaf=row['leaf']))
        if row["kind"] != item.kind or row["site"] != str(item.holding.get("site")):
            raise InvalidInput(msg("{where}: leaf {leaf} is a {kind} at {site}, not a {kind2} "
                                   "at {site2}: Tijori's columns were changed",
                                   where=where,
                                   leaf=row['leaf'],
                                   kind=item.kind,
                                   site=item.holding.get('site'),
                                   kind2=row['kind'],
                                   site2=row['site']))
        rows[item.index] = (item, row)
    absent = [i for i in by_index if i not in rows]
    if absent:
        shown = ", ".join(str(i) for i in sorted(absent)[:10])
        raise InvalidInput(msg("{source} has no row for {count} planned holding(s) (leaves "
                               "{shown}{value}); a holding not found is written found = no",
                               source=source,
                               count=len(absent),
                               shown=shown,
                               value=', …' if len(absent) > 10 else ''))
    return [rows[i] for i in sorted(rows)], unlisted


def _unlisted(row: dict[str, str], where: str) -> Unlisted:
    if row["kind"] not in ("", "bar"):
        raise InvalidInput(msg("{where}: a row without a leaf is a bar found that the plan does "
                               "not list; only bars are recorded so", where=where))
    if not row["serial_read"] or not row["brand_read"] or not row["site"]:
        raise InvalidInput(msg("{where}: a bar found that the plan does not list needs its "
                               "site, serial and brand as read", where=where))
    return Unlisted(row["site"], row["location"], row["serial_read"], row["brand_read"],
                    row["year_read"], row["remarks"])


def make_result(item: Planned, row: dict[str, str], tolerances: Sequence[Tolerance],
                where: str) -> Result:
    """One row of the sheet as a classified result; a contradictory row is InvalidInput."""
    found = _yes_no(row["found"], f"{where}: found")
    if found is None:
        raise InvalidInput(msg("{where}: found is blank: write yes or no", where=where))
    names = _READ_AS[item.kind]
    read = {name: row[column] for name, column in zip(
        names, ("serial_read", "brand_read", "year_read"), strict=True) if name and row[column]}
    intact = _yes_no(row["seal_intact"], f"{where}: seal intact")
    seal = "n/a" if intact is None else "intact" if intact else "broken"
    measured = _quantity(row["measured"], msg("{where}: measured", where=where))
    if row["unit"] and row["unit"] != count.MEASURED[item.kind][1]:
        raise InvalidInput(msg("{where}: a {kind} is measured in {MEASURED}, not {unit}",
                               where=where,
                               kind=item.kind,
                               MEASURED=count.MEASURED[item.kind][1],
                               unit=row['unit']))
    if not found and (read or measured is not None or seal != "n/a"):
        raise InvalidInput(msg("{where}: found is no, yet something was read or measured",
                               where=where))
    if found:
        unread = [n for n in count.MUST_READ[item.kind] if n not in read]
        if unread:
            raise InvalidInput(msg("{where}: a {kind} found needs its {unread} as read",
                                   where=where, kind=item.kind, unread=' and '.join(unread)))
        if item.kind in ("tank", "gas") and measured is None:
            raise InvalidInput(msg("{where}: a {kind} is always re-measured: give its {value} "
                                   "in {MEASURED}",
                                   where=where,
                                   kind=item.kind,
                                   value='net standard volume' if item.kind == 'tank' else 'energy',
                                   MEASURED=count.MEASURED[item.kind][1]))
    exceptions = count.classify(item.holding, found=bool(found), read=read, seal=seal,
                                measured=measured, tolerances=tolerances)
    return Result(item.index, item.kind, item.holding["id"], item.why, bool(found), read, seal,
                  measured, exceptions, row["remarks"])


def parse_tolerance(text: str) -> Tolerance:
    """`KIND[:COMMODITY]=LIMIT`, LIMIT a quantity in the kind's unit ("bar:silver=0.1") or
    a percentage of the recorded figure ("tank=0.3%")."""
    what, sep, limit = text.partition("=")
    kind, _, commodity = what.strip().partition(":")
    limit = limit.strip()
    if not sep or kind not in count.MEASURED or not limit:
        raise InvalidInput(msg("a tolerance is KIND[:COMMODITY]=LIMIT (bar:silver=0.1, "
                               "tank=0.3%), not {text!r}", text=text), "tolerance")
    percent = limit.endswith("%")
    value = parse_decimal(limit.rstrip("%").strip(), "tolerance")
    if value < 0:
        raise InvalidInput(msg("a tolerance cannot be negative ({text})", text=text), "tolerance")
    number = decimal_string(value)
    return Tolerance(kind, commodity.strip() or "*", "stated by the auditor",
                     absolute=None if percent else number,
                     unit=None if percent else count.MEASURED[kind][1],
                     percent=number if percent else None)


def tolerances_with(stated: Sequence[Tolerance]) -> tuple[Tolerance, ...]:
    """The auditor's stated tolerances, then each default they do not replace: a stated
    rule for every commodity of a kind ("bar=0.05") replaces all of that kind's defaults,
    one for a commodity ("bar:silver=0.2") only that commodity's."""
    keys = {(t.kind, t.commodity) for t in stated}
    whole = {t.kind for t in stated if t.commodity == "*"}
    return (*stated, *(t for t in count.DEFAULT_TOLERANCES
                       if (t.kind, t.commodity) not in keys and t.kind not in whole))


def _times(plan: dict[str, Any], counted_from: str | None, counted_to: str | None,
           now: datetime) -> tuple[str, str]:
    # Written to the second (format_time), rounded up, so that a count recorded in the
    # second its attestation was made never reads as begun before it.
    start = _second_up(parse_time(counted_from, "--counted-from") if counted_from else now)
    end = _second_up(parse_time(counted_to, "--counted-to") if counted_to else now)
    as_of = parse_time(plan["attestation"]["as_of"], "the plan's as-of")
    if end < start:
        raise InvalidInput("the count cannot end before it began (--counted-from, --counted-to)")
    if start < as_of:
        raise InvalidInput(msg("the count began before the attestation's as-of ({as_of}): it "
                               "cannot count its holdings", as_of=plan['attestation']['as_of']))
    if in_future(end, now):
        raise InvalidInput("the count cannot end in the future (--counted-to)")
    return format_time(start), format_time(end)


def _second_up(moment: datetime) -> datetime:
    whole = moment.replace(microsecond=0)
    return whole + timedelta(seconds=1) if whole != moment else whole


def certificate_of(plan: dict[str, Any], results: Sequence[Result], unlisted: Sequence[Unlisted],
                   items: dict[int, Planned], *, counted: dict[str, Any],
                   tolerances: Sequence[Tolerance]) -> CountCertificate:
    """The certificate of a classified count: its summary and conclusion made here."""
    summary = Summary.of(results, len(unlisted), plan["population"]["sampled_from"])
    text = count.conclusion(
        summary, method=plan["method"], confidence=plan["confidence"],
        tolerable_rate=plan["tolerable_rate"],
        exceptions=[(r, items[r.index].holding) for r in results if r.exceptions])
    return CountCertificate(
        {k: plan["attestation"][k] for k in ("as_of", "attestation_id", "digest", "root",
                                             "size")},
        {k: plan[k] for k in ("confidence", "method", "nonce", "population", "sample_size",
                              "seed", "tolerable_rate")},
        counted, tuple(tolerances), tuple(results), tuple(unlisted), summary, text)


def record_count(plan_path: str, results_path: str, key_path: str, passphrase: str, *,
                 out: str, counted_by: str, witnessed_by: str, counted_from: str | None = None,
                 counted_to: str | None = None, tolerances: Sequence[str] = (),
                 overwrite: bool = False, now: datetime | None = None) -> dict[str, Any]:
    """Read the filled sheet, classify, sign with the auditor's key, write the count file;
    what was recorded (the certificate's summary and conclusion)."""
    if Path(out).exists() and not overwrite:
        raise InvalidInput(msg("{out} exists; choose another name (or --force)", out=out), "out")
    plan = auditing.load_plan(read_file(plan_path, "plan"), str(plan_path))
    items = planned(plan, str(plan_path))
    rows, unlisted = read_results(read_file(results_path, "results sheet"), items,
                                  str(results_path))
    return record_rows(plan, rows, unlisted, key_path, passphrase, out=out,
                       counted_by=counted_by, witnessed_by=witnessed_by,
                       counted_from=counted_from, counted_to=counted_to,
                       tolerances=tolerances, overwrite=overwrite, now=now,
                       source=str(results_path))


def classify_rows(rows: Sequence[tuple[Planned, dict[str, str]]],
                  tolerances: Sequence[str] = (), source: str = "results"
                  ) -> tuple[list[Result], tuple[Tolerance, ...]]:
    """Each planned holding's row (the COLUMNS of a results sheet) as a classified result,
    under the stated tolerances and the defaults they leave; a contradictory row is
    InvalidInput naming it. What the desktop shows as the count goes on."""
    rules = tolerances_with([parse_tolerance(t) for t in tolerances])
    return [make_result(item, row, rules, f"{source}, leaf {item.index}")
            for item, row in rows], rules


def record_rows(plan: dict[str, Any], rows: Sequence[tuple[Planned, dict[str, str]]],
                unlisted: Sequence[Unlisted], key_path: str, passphrase: str, *, out: str,
                counted_by: str, witnessed_by: str, counted_from: str | None = None,
                counted_to: str | None = None, tolerances: Sequence[str] = (),
                overwrite: bool = False, now: datetime | None = None,
                source: str = "results") -> dict[str, Any]:
    """Classify the rows of every planned holding, sign the certificate with the auditor's
    key, write the count file (for the command line's sheet and the desktop's table alike)."""
    now = now or datetime.now(UTC)
    if Path(out).exists() and not overwrite:
        raise InvalidInput(msg("{out} exists; choose another name (or --force)", out=out), "out")
    items = planned(plan)
    absent = {i.index for i in items} - {item.index for item, _ in rows}
    if absent:
        raise InvalidInput(msg("{count} planned holding(s) have no result (leaves {few}); a "
                               "holding not found is recorded as not found",
                               count=len(absent), few=_few(sorted(absent))))
    results, rules = classify_rows(rows, tolerances, source)
    start, end = _times(plan, counted_from, counted_to, now)
    names = {"by": counted_by.strip(), "witnessed_by": witnessed_by.strip()}
    if not all(names.values()):
        raise InvalidInput("name who counted and who witnessed (--counted-by, --witnessed-by)")
    sites = sorted({str(i.holding.get("site")) for i in items})
    certificate = certificate_of(plan, results, unlisted, {i.index: i for i in items},
                                 counted={"by": names["by"], "from": start, "sites": sites,
                                          "to": end, "witnessed_by": names["witnessed_by"]},
                                 tolerances=rules)
    with unlocked(key_path, passphrase) as key:
        envelope = Envelope(count.PAYLOAD_TYPE, certificate.payload()).signed_by(key)
    document = {"attestation": plan["envelope"], "certificate": envelope.to_json(),
                "format": count.COUNT_FORMAT, "version": count.COUNT_VERSION}
    write_atomic(out, canonical.dumps(document) + b"\n", overwrite=overwrite)
    return {"summary": certificate.summary.to_dict(), "conclusion": certificate.conclusion,
            "keyid": key.public_key.keyid, "path": str(out)}


def save_results(plan: dict[str, Any], rows: Sequence[dict[str, str]],
                 unlisted: Sequence[Unlisted], out: str) -> None:
    """A results sheet (COLUMNS) of the rows entered so far and the unlisted bars found, to
    take up again later or record from the command line."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([row.get(column, "") for column in COLUMNS])
    for bar in unlisted:
        row = unlisted_row(bar)
        writer.writerow([row[column] for column in COLUMNS])
    write_atomic(out, ("\ufeff" + buffer.getvalue()).encode("utf-8"), overwrite=True)


def unlisted_row(bar: Unlisted) -> dict[str, str]:
    """A bar found that the plan does not list, as its row of a results sheet (no leaf)."""
    return {"leaf": "", "kind": "bar", "site": bar.site, "location": bar.location,
            "listed_as": "", "found": "yes", "serial_read": bar.serial,
            "brand_read": bar.brand, "year_read": bar.year, "seal_intact": "", "measured": "",
            "unit": count.MEASURED["bar"][1], "remarks": bar.remarks}


def unlisted_bar(row: dict[str, str], where: str) -> Unlisted:
    """A row without a leaf as the bar found that the plan does not list, as
    `read_results` reads it; InvalidInput names `where` and what the row lacks."""
    return _unlisted({column: (row.get(column) or "").strip() for column in COLUMNS}, where)


def find_planned(items: Sequence[Planned], text: str) -> list[Planned]:
    """The planned holdings a text read or scanned on the floor names: a bar by its serial,
    a lot by its warrant, a tank or gas inventory by its code, compared as readings are
    (`count.read_key`: case and white space aside). Bars may share a serial: then several."""
    key = count.read_key(text)
    if not key:
        return []
    return [item for item in items if count.read_key(str(item.holding.get(
        count.IDENTIFIED_BY[item.kind][0][1]) or "")) == key]


def read_plan(path: str) -> dict[str, Any]:
    """A plan file, read and checked as `tijori audit sheet` reads it (its holdings too)."""
    plan = auditing.load_plan(read_file(path, "plan"), str(path))
    planned(plan, str(path))
    return plan


def sample_size_of(confidence: str, tolerable_rate: str) -> int:
    """n for a plan's confidence and tolerable rate (FORMAT.md §11.2), each checked as
    `tijori audit plan` checks it (InvalidInput naming "confidence" or "tolerable rate")."""
    c = sampling.percent(confidence, "confidence", Decimal(50), Decimal(100))
    r = sampling.percent(tolerable_rate, "tolerable rate", Decimal(0), Decimal(50))
    return sampling.sample_size(c, r)


def cosign_count(path: str, key_path: str, passphrase: str) -> dict[str, Any]:
    """Add another auditor's signature to a count file's certificate."""
    document, envelope = _load(read_file(path, "count file"), str(path))
    with unlocked(key_path, passphrase) as key:
        signed = envelope.signed_by(key)
    document["certificate"] = signed.to_json()
    write_atomic(path, canonical.dumps(document) + b"\n", overwrite=True)
    return {"signatures": len(signed.signatures), "keyid": key.public_key.keyid}


def _load(data: bytes, source: str) -> tuple[dict[str, Any], Envelope]:
    document = load_document(data, count.COUNT_FORMAT, source)
    if set(document) != {"attestation", "certificate", "format", "version"}:
        raise InvalidInput(msg("{source} has members {document}, not attestation, certificate, "
                               "format and version", source=source, document=sorted(document)))
    envelope = Envelope.from_json(document["certificate"], source=msg("the certificate of "
                                                                      "{source}", source=source))
    return document, envelope


# -- verifying --------------------------------------------------------------------------


def verify_count(data: bytes, policy: bytes | verifying.Trust, *, leaves: bytes | None,
                 now: datetime | None = None, source: str = "count",
                 parallel: bool = True, verified: bytes | None = None) -> Verdict:
    """Every check of a count file (FORMAT.md §11.5): the attestation it counts (with its
    leaves), the certificate's signatures by the auditor role, the plan re-derived, and
    every result re-classified against its leaf.

    `verified` is an attestation the caller has verified already (a report's): the count
    must carry that one, and it is not verified a second time."""
    now = now or datetime.now(UTC)
    document, envelope = _load(data, source)
    trust = verifying.Trust.of(policy)
    attestation = canonical.dumps(document["attestation"])
    if verified is None:
        verdict = verifying.verify_attestation(attestation, trust, leaves=leaves, now=now,
                                               source=msg("the attestation in {source}",
                                                          source=source),
                                               parallel=parallel)
    else:
        verdict = Verdict(source)
        same = attestation == canonical.dumps(canonical.loads(verified, source="attestation"))
        verdict.add("count: attestation", same, "the count is of this report's attestation"
                    if same else "the count is of another attestation than this report's")
        if not same:
            return verdict
    verdict.subject = source
    if envelope.payload_type != count.PAYLOAD_TYPE:
        verdict.failed("count certificate", msg("its payload type is {payload_type!r}, not "
                                                "{PAYLOAD_TYPE}",
                                                payload_type=envelope.payload_type,
                                                PAYLOAD_TYPE=count.PAYLOAD_TYPE))
        return verdict
    try:
        certificate = CountCertificate.from_payload(envelope.payload, msg("the certificate in "
                                                                          "{source}",
                                                                          source=source))
    except InvalidInput as exc:
        verdict.failed("count certificate", exc.message)
        return verdict
    _signed(envelope, certificate, trust, now, verdict)
    body = canonical.loads(Envelope.from_json(document["attestation"]).payload)
    digest = statement.statement_digest(Envelope.from_json(document["attestation"]).payload)
    same = {"as_of": body["as_of"], "attestation_id": body["attestation_id"], "digest": digest,
            "root": body["tree"]["root"], "size": body["tree"]["size"]}
    verdict.add("count: attestation", dict(certificate.attestation) == same,
                "the certificate names the attestation it carries" if dict(
                    certificate.attestation) == same else
                "the certificate names another attestation than the one it carries")
    _count_times(certificate, body, now, verdict)
    if leaves is None:
        verdict.not_done("count: sample", "no leaves given (--leaves): the sample was not "
                         "re-derived and the results were not checked against the leaves")
        return verdict
    _sample_and_results(certificate, body, digest, leaves, verdict, parallel)
    return verdict


def _signed(envelope: Envelope, certificate: CountCertificate, trust: verifying.Trust,
            now: datetime, verdict: Verdict) -> None:
    """The auditor role's threshold of signatures, by keys valid when the count ended."""
    policy_envelope, _ = load_policy_envelope(trust.policy, "policy")
    pinned = load_policy_envelope(trust.pinned, "pinned policy")[1] if trust.pinned else None
    policy, _ = verify_policy(policy_envelope, now=now, trusted=pinned)
    if policy is None:
        verdict.failed("count certificate: signatures", "your policy does not hold, so no "
                       "signature can be trusted")
        return
    auditors = [policy.keys[k].public for k in policy.roles[count.SIGNING_ROLE].keyids] \
        if count.SIGNING_ROLE in policy.roles else []
    named, unmatched = envelope.named(auditors)
    for number in unmatched:
        verdict.failed(f"count certificate: signature {number} (no keyid)",
                       "no auditor key of the trust policy verifies it")
    outsiders(named, policy, verdict, "count certificate")
    end = parse_time(certificate.counted["to"], "counted to")
    count_signatures(named, policy, count.SIGNING_ROLE, [("the end of the count", end)],
                     verdict, "count certificate")


def _count_times(certificate: CountCertificate, body: dict[str, Any], now: datetime,
                 verdict: Verdict) -> None:
    start = parse_time(certificate.counted["from"], "counted from")
    end = parse_time(certificate.counted["to"], "counted to")
    as_of = parse_time(body["as_of"], "as_of")
    problem = ("it ends before it begins" if end < start else
               "it began before the attestation's as-of" if start < as_of else
               f"it ends in the future (your clock says {format_time(now)})"
               if in_future(end, now) else None)
    verdict.add("count: times", problem is None, (problem and msg("the count's times: {problem}",
                                                                  problem=problem))
                or msg("counted from {value} to {to}, after the as-of {as_of}",
                       value=certificate.counted['from'],
                       to=certificate.counted['to'],
                       as_of=body['as_of']))


def _sample_and_results(certificate: CountCertificate, body: dict[str, Any], digest: str,
                        leaves: bytes, verdict: Verdict, parallel: bool) -> None:
    plan = certificate.plan
    try:
        c = sampling.percent(plan["confidence"], "confidence", Decimal(50), Decimal(100))
        r = sampling.percent(plan["tolerable_rate"], "tolerable rate", Decimal(0), Decimal(50))
        nonce = bytes.fromhex(plan["nonce"]) if isinstance(plan["nonce"], str) else b""
        if len(nonce) != auditing.NONCE_BYTES or plan["method"] not in sampling.METHODS:
            raise InvalidInput("its nonce or method is malformed")
    except (InvalidInput, ValueError) as exc:
        verdict.failed("count: plan", msg("the plan the certificate states is malformed: {exc}",
                                          exc=exc))
        return
    seed = sampling.seed(digest, nonce)
    n = sampling.sample_size(c, r)
    committed = auditing.check_commitment(body, nonce)
    if committed is None:
        verdict.finding("count: nonce", "the statement carries no commitment to the nonce: "
                        "an auditor could have drawn several and kept the sample it liked "
                        "(FORMAT.md §11.1)", CAUTION)
    else:
        verdict.add("count: nonce", committed, "the nonce is the one the statement's auditor "
                    "committed to" if committed else "the nonce is not the one the statement's "
                    "auditor committed to (audit.nonce_commitment)")
    verdict.add("count: seed", plan["seed"] == seed.hex(),
                "the seed is SHA-256 of the statement digest and the nonce"
                if plan["seed"] == seed.hex() else "the seed is not SHA-256 of the statement "
                "digest and the nonce")
    verdict.add("count: sample size", plan["sample_size"] == n,
                msg("n = {n} for {c} % confidence and a {r} % tolerable rate", n=n, c=c, r=r)
                if plan["sample_size"] == n else
                msg("the certificate says n = {sample_size}; {c} % and {r} % give {n}",
                    sample_size=plan['sample_size'], c=c, r=r, n=n))
    try:
        frame, _ = auditing.read_frame(leaves, body, plan["method"], parallel=parallel)
    except InvalidInput as exc:
        verdict.failed("count: sample", msg("the sample cannot be drawn from the leaves: {exc}",
                                            exc=exc))
        return
    sample = auditing.derive_sample(seed, frame, plan["method"], n)
    expected = {i: "sampled" for i in sample.sampled} | {i: "always" for i in sample.always}
    stated = {result.index: result.why for result in certificate.results}
    population = {"always": len(sample.always), "sampled_from": sample.population}
    lacking = sorted(set(expected) - set(stated))
    extra = sorted(set(stated) - set(expected))
    wrong_why = sorted(i for i in set(expected) & set(stated) if expected[i] != stated[i])
    duplicates = len(stated) != len(certificate.results)
    ok = not (lacking or extra or wrong_why or duplicates) and plan["population"] == population
    verdict.add("count: sample", ok, (
        msg("a result for each of the {count:,} holdings the seed chooses, and no other",
            count=len(expected))
        if ok else joined(filter(None, [
            lacking and msg("no result for leaves {leaves}", leaves=_few(lacking)),
            extra and msg("results for leaves {leaves}, which the seed does not choose",
                          leaves=_few(extra)),
            wrong_why and msg("leaves {leaves} are counted for the wrong reason",
                              leaves=_few(wrong_why)),
            duplicates and msg("a leaf has two results"),
            plan["population"] != population and msg("the population stated is not the leaves'"),
        ]))))
    rows = auditing.leaf_rows_at(leaves, [i for i in stated if i < body["tree"]["size"]])
    _results(certificate, rows, verdict)


def _few(indexes: Sequence[int]) -> str:
    return ", ".join(f"{i:,}" for i in indexes[:8]) + (", …" if len(indexes) > 8 else "")


def _results(certificate: CountCertificate, rows: dict[int, bytes], verdict: Verdict) -> None:
    """Each result against its leaf: the holding it names, and its exceptions re-classified."""
    problems: list[str] = []
    holdings: dict[int, dict[str, Any]] = {}
    for result in certificate.results:
        row = rows.get(result.index)
        if row is None:
            problems.append(msg("leaf {index:,} is not in the leaves", index=result.index))
            continue
        try:
            holding = statement.parse_leaf(row, msg("leaf {index}", index=result.index))
        except InvalidInput as exc:
            problems.append(exc.message)
            continue
        holdings[result.index] = holding
        if (holding.get("kind"), holding.get("id")) != (result.kind, result.holding_id):
            problems.append(msg("the result for leaf {index:,} names {kind} {holding_id}; the "
                                "leaf is {kind2} {id}", index=result.index, kind=result.kind,
                                holding_id=result.holding_id, kind2=holding.get("kind"),
                                id=holding.get("id")))
            continue
        again = count.classify(holding, found=result.found, read=result.read, seal=result.seal,
                               measured=result.measured, tolerances=certificate.tolerances)
        if again != result.exceptions:
            problems.append(msg("leaf {index:,}: the certificate says {said}; the rules give "
                                "{given}", index=result.index,
                                said=", ".join(result.exceptions) or msg("no exception"),
                                given=", ".join(again) or msg("no exception")))
    verdict.add("count: results", not problems, (
        msg("{problems} (and {more} more)", problems=joined(problems[:5]),
            more=len(problems) - 5) if len(problems) > 5 else joined(problems))
        if problems else
        "every result re-classified against its leaf under the stated tolerances")
    if problems:
        return
    summary = Summary.of(certificate.results, len(certificate.unlisted),
                         certificate.plan["population"]["sampled_from"])
    text = count.conclusion(
        summary, method=certificate.plan["method"], confidence=certificate.plan["confidence"],
        tolerable_rate=certificate.plan["tolerable_rate"],
        exceptions=[(r, holdings[r.index]) for r in certificate.results if r.exceptions])
    verdict.add("count: conclusion", summary == certificate.summary
                and text == certificate.conclusion,
                "the counts and the conclusion follow from the results"
                if summary == certificate.summary and text == certificate.conclusion else
                "the counts or the conclusion do not follow from the results")
    _tolerances(certificate.tolerances, verdict)
    exceptions = summary.sampled_exceptions + summary.always_exceptions + summary.unlisted
    verdict.finding("count: exceptions", certificate.conclusion if not exceptions else
                    msg("{exceptions} exception(s) found (a finding, not a verification "
                        "failure): {conclusion}",
                        exceptions=exceptions,
                        conclusion=certificate.conclusion), ALERT if exceptions else CLEAR)


def looser_than_defaults(tolerances: Sequence[Tolerance]) -> list[str]:
    """Each stated tolerance looser than Tijori's default for its holdings, in words ("bars:
    ±1 ozt, default ±0.025 ozt"); one not comparable with its default (a percentage for
    an absolute limit) counts as looser, since nothing shows it is not."""
    found = []
    for rule in tolerances:
        default = count.tolerance_for(count.DEFAULT_TOLERANCES, rule.kind, rule.commodity)
        if default is None or rule == default:
            continue
        comparable = (rule.absolute is None) == (default.absolute is None)
        mine = Decimal(rule.absolute if rule.absolute is not None else rule.percent or "0")
        theirs = Decimal(default.absolute if default.absolute is not None
                         else default.percent or "0")
        if not comparable or mine > theirs:
            what = count.PLURALS[rule.kind] + ("" if rule.commodity == "*" else
                                               f" of {rule.commodity}")
            found.append(f"{what}: {_limit(rule)}, default {_limit(default)}")
    return found


def _limit(rule: Tolerance) -> str:
    return f"±{rule.absolute} {rule.unit}" if rule.absolute is not None else \
        f"±{rule.percent} %"


def _tolerances(tolerances: Sequence[Tolerance], verdict: Verdict) -> None:
    """How the certificate's tolerances stand to the defaults: a finding, since a count
    classified under looser limits finds fewer exceptions."""
    looser = looser_than_defaults(tolerances)
    if looser:
        verdict.finding("count: tolerances", msg("looser than Tijori's defaults (FORMAT.md "
                                                 "§11.3), so fewer weights read as exceptions: "
                                                 "{looser}", looser='; '.join(looser)),
                        CAUTION)
    else:
        verdict.finding("count: tolerances", "Tijori's defaults (FORMAT.md §11.3), or "
                        "tighter", CLEAR)


def describe(result: dict[str, Any]) -> str:
    """One line for the command line after recording."""
    s = result["summary"]
    return (f"Count written to {result['path']}: {s['sampled']:,} sampled and {s['always']:,} "
            f"always counted, {s['sampled_exceptions'] + s['always_exceptions']:,} with "
            f"exceptions, {s['unlisted']:,} unlisted found.")
