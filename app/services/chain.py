"""Verifying a published series of attestations (`tijori verify-chain`, FORMAT.md §8.2).

Each attestation must verify on its own; together they must be one series of one
ledger: sequence numbers contiguous and none shared (two attestations with one
number are a fork), each naming its predecessor's digest, and each journal
checkpoint an RFC 9162-consistent extension of the one before. A programme's
attestations (FORMAT.md §13.4) make a series of one programme the same way, each
linked to the one before as §13.6 says (a programme has no journal).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.attest.dsse import Envelope
from app.attest.fileio import read_file
from app.attest.programme_statement import PAYLOAD_TYPE as PROGRAMME_TYPE
from app.attest.programme_statement import ProgrammeStatement
from app.attest.statement import Statement, statement_digest
from app.attest.verdict import Verdict
from app.domain.errors import InvalidInput
from app.domain.messages import joined, listed, msg
from app.services.programme_attest import link as programme_link
from app.services.programme_attest import verify_programme_attestation
from app.services.verifying import Trust, check_link, kind_of, read_trust, verify_attestation

__all__ = ["ChainResult", "Entry", "verify_chain", "verify_chain_files"]


@dataclass
class Entry:
    """One attestation of the series and its own verdict."""

    source: str
    verdict: Verdict
    body: Any = None  # a Statement, or a programme's ProgrammeStatement
    payload: bytes = b""
    data: bytes = b""  # the attestation file as given

    @property
    def sequence(self) -> int | None:
        return self.body.sequence if self.body else None

    @property
    def as_of(self) -> str:
        return self.body.as_of if self.body else ""

    def as_json(self) -> dict[str, Any]:
        return {"file": self.source, "sequence": self.sequence, "as_of": self.as_of or None,
                "attestation_id": self.body.attestation_id if self.body else None,
                **self.verdict.as_json()}


@dataclass
class ChainResult:
    """The series' own checks, and each attestation's verdict, oldest first."""

    verdict: Verdict
    entries: list[Entry] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.verdict.ok and all(entry.verdict.ok for entry in self.entries)

    def as_json(self) -> dict[str, Any]:
        return {"valid": self.ok, "series": self.verdict.as_json(),
                "attestations": [entry.as_json() for entry in self.entries]}


def _statement(data: bytes, source: str) -> tuple[Any, bytes] | None:
    """The attestation's statement (a custodian's or a programme's) and its payload."""
    try:
        envelope = Envelope.loads(data, source=source)
        if envelope.payload_type == PROGRAMME_TYPE:
            return ProgrammeStatement.from_payload(envelope.payload, source), envelope.payload
        return Statement.from_payload(envelope.payload, source, envelope.payload_type), \
            envelope.payload
    except InvalidInput:
        return None  # its own verdict says why


def _series_of(body: Any) -> str:
    """Whose series a statement belongs to: its ledger, or its programme."""
    if isinstance(body, ProgrammeStatement):
        return msg("programme {name}", name=body.programme["name"])
    return msg("ledger {ledger_id}", ledger_id=body.ledger_id)


def _order(entries: list[Entry]) -> list[Entry]:
    """Oldest first: by sequence (version 1 by as-of, before them)."""
    return sorted(entries, key=lambda e: (e.sequence is not None, e.sequence or 0, e.as_of))


def verify_chain(documents: Sequence[tuple[str, bytes]], trust: Trust, *,
                 leaves: bytes | None = None, now: datetime | None = None,
                 max_age: timedelta | None = None, parallel: bool = True) -> ChainResult:
    """Verify each attestation of `documents` ((name, bytes) pairs) and the series they
    make. `leaves` are the newest attestation's; `max_age` applies to the newest."""
    now = now or datetime.now(UTC)
    series = Verdict("series")
    if not documents:
        series.failed("series", "no attestation was given")
        return ChainResult(series)
    entries = []
    for source, data in documents:
        found = _statement(data, source)
        entries.append(Entry(source, Verdict(source), *(found or (None, b"")), data=data))
    entries = _order(entries)
    newest = entries[-1]
    for entry in entries:
        last = entry is newest
        if isinstance(entry.body, ProgrammeStatement):
            entry.verdict = verify_programme_attestation(
                entry.data, trust, now=now, max_age=max_age if last else None,
                source=entry.source)
            continue
        entry.verdict = verify_attestation(
            entry.data, trust, leaves=leaves if last else None, now=now,
            max_age=max_age if last else None, source=entry.source, parallel=parallel)
    digests = {statement_digest(e.payload) for e in entries if e.body}
    for entry in entries:  # a link within the series is checked by the series, below
        if entry.body and entry.body.previous and entry.body.previous["digest"] in digests:
            entry.verdict.checks = [c for c in entry.verdict.checks
                                    if not (c.name == "chain" and not c.done)]
    _series(entries, series)
    return ChainResult(series, entries)


def _series(entries: list[Entry], series: Verdict) -> None:
    readable = [e for e in entries if e.body is not None]
    if len(readable) < len(entries):
        series.failed("readable", msg("{value} of the files cannot be read as attestations (see "
                                      "each one's checks)", value=len(entries) - len(readable)))
    if not readable:
        return
    ledgers = sorted({_series_of(e.body) for e in readable})
    series.add("one ledger", len(ledgers) == 1, msg("every attestation is of {series}",
                                                    series=ledgers[0])
               if len(ledgers) == 1 else msg("the attestations are of {count} series: "
                                             "{series}", count=len(ledgers),
                                             series=", ".join(ledgers)))
    numbered = [e for e in readable if e.sequence is not None]
    if len(numbered) < len(readable):
        series.not_done("sequence", msg("{value} attestation(s) of version 1 carry no sequence "
                                        "number: their place is taken from their as-of",
                                        value=len(readable) - len(numbered)))
    by_number: dict[int, list[Entry]] = {}
    for entry in numbered:
        by_number.setdefault(entry.sequence, []).append(entry)
    forks = {n: group for n, group in by_number.items() if len(group) > 1}
    series.add("no fork", not forks, "no two attestations share a sequence number"
               if not forks else joined(
                   msg("fork: number {number} is shared by {sources}", number=n,
                       sources=listed(e.source for e in group))
                   for n, group in sorted(forks.items())))
    numbers = sorted(by_number)
    gaps = [(a, b) for a, b in itertools.pairwise(numbers) if b != a + 1]
    if numbers:
        series.add("contiguous", not gaps,
                   msg("numbers {numbers} to {numbers2}, none missing",
                       numbers=numbers[0], numbers2=numbers[-1]) if not gaps else
                   "; ".join(f"a gap after number {a}: the next is {b}" for a, b in gaps))
        first = by_number[numbers[0]][0]
        if numbers[0] == 1:
            series.add("first", first.body.previous is None, "number 1 names no previous "
                       "attestation" if first.body.previous is None
                       else "number 1 names a previous attestation")
        else:
            series.not_done("first", msg("the series given starts at number {numbers}: the "
                                         "attestation before it was not given, so its link is "
                                         "not checked", numbers=numbers[0]))
    ordered = _order(readable)
    for prior, body in itertools.pairwise(ordered):
        if prior.sequence is not None and prior.sequence == body.sequence:
            continue  # a fork, named above: these two are not a link
        pair = Verdict("link")
        if isinstance(body.body, ProgrammeStatement) and isinstance(prior.body,
                                                                   ProgrammeStatement):
            programme_link(prior.data, body.body, pair)
        elif isinstance(body.body, ProgrammeStatement) or isinstance(prior.body,
                                                                     ProgrammeStatement):
            continue  # a programme's and a custodian's: "one ledger" failed above
        else:
            check_link(prior.payload, prior.body, body.body, pair)
        label = (f"{Path(prior.source).name} → {Path(body.source).name}")
        for check in pair.checks:
            if check.done:
                series.add(f"{label}: {check.name}", check.passed, check.reason)
            else:
                series.not_done(f"{label}: {check.name}", check.reason)


def _files(paths: Sequence[str]) -> list[tuple[str, bytes]]:
    """The files named, and the attestation files in the folders named."""
    out: list[tuple[str, bytes]] = []
    for path in paths:
        folder = Path(path)
        if folder.is_dir():
            for file in sorted(folder.glob("*.json")):
                data = read_file(file, "attestation")
                try:
                    if kind_of(data, str(file)) in ("attestation", "programme attestation"):
                        out.append((str(file), data))
                except InvalidInput:
                    continue  # not an attestation: a folder may hold other files
        else:
            out.append((str(path), read_file(path, "attestation")))
    return out


def verify_chain_files(paths: Sequence[str], policy_paths: str | Sequence[str], *,
                       leaves: str | None = None, trusted_policy: str | None = None,
                       max_age: timedelta | None = None, now: datetime | None = None,
                       parallel: bool = True) -> ChainResult:
    """`verify_chain` of attestation files (or folders of them) under your policy files."""
    documents = _files(paths)
    trust = read_trust(policy_paths, trusted_policy)
    return verify_chain(documents, trust, leaves=read_file(leaves, "leaves file")
                        if leaves else None, now=now, max_age=max_age, parallel=parallel)
