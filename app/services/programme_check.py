"""No holding counted twice across a programme's custodians (FORMAT.md §13.2).

The programme operator holds every member custodian's leaves file. Before a programme
statement is made, every physical identity in them is listed once:

- a bar: its brand, serial and year, brand and serial compared on their identity keys
  (`app.domain.identity`: case, spacing and lookalike characters ignored);
- a lot: its warrant, on its identity key;
- a tank: its site's code and its own code, each on its identity key.

Gas inventories are a storage's contents, not a countable object, and have no identity
here. An identity that appears twice, in two members' files or in one, is a collision;
the check lists every one with the members and holding ids it was found under.

Five million identities do not fit in memory as Python objects: the identities go to
an SQLite file in a temporary folder, one row each (key, member, holding), are indexed
on disk, and only the keys found more than once come back. The leaves are read from a
memory map, one line at a time, decoding only the fields an identity needs.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from app.attest.fileio import mapped
from app.attest.leaflines import LeafLines
from app.attest.statement import read_leaves_header
from app.domain.errors import InvalidInput
from app.domain.identity import identity_key
from app.domain.messages import msg
from app.domain.progress import QUIET, Task

KINDS = ("bar", "lot", "tank")
_SEPARATOR = "\x1f"  # no identity key holds a control character
_BATCH = 50_000


class _Holding(msgspec.Struct):
    kind: str
    id: int
    site: str = ""
    brand: str | None = None
    serial: str | None = None
    year: int | None = None
    warrant: str | None = None
    code: str | None = None


class _Leaf(msgspec.Struct):
    holding: _Holding


_decode = msgspec.json.Decoder(_Leaf).decode


@dataclass(frozen=True)
class Member:
    """One custodian of the programme, by the name the operator gives it, and its
    leaves file."""

    name: str
    leaves: str


@dataclass(frozen=True)
class Found:
    """Where an identity was found: the member's name and the holding's id there."""

    member: str
    holding: int

    def to_dict(self) -> dict[str, Any]:
        return {"member": self.member, "holding": self.holding}


@dataclass(frozen=True)
class Collision:
    """One identity listed more than once."""

    kind: str
    identity: str  # as the first leaf that has it spells it: "PAMP AB12345 2022"
    found: tuple[Found, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "identity": self.identity,
                "found": [f.to_dict() for f in self.found]}


@dataclass(frozen=True)
class CheckResult:
    """What the check went over and what it found: numbers, never prose to parse back."""

    members: int
    identities: int
    by_kind: dict[str, int]
    unidentified: int  # leaves of a kind without an identity here (gas)
    collisions: tuple[Collision, ...]

    @property
    def ok(self) -> bool:
        return not self.collisions

    def to_dict(self) -> dict[str, Any]:
        return {"members": self.members, "identities": self.identities,
                "by_kind": dict(self.by_kind), "unidentified": self.unidentified,
                "collisions": [c.to_dict() for c in self.collisions], "ok": self.ok}


def identity_of(holding: _Holding) -> tuple[str, str] | None:
    """(comparison key, the identity as written) of a holding, None for a gas inventory."""
    if holding.kind == "bar":
        brand, serial, year = holding.brand or "", holding.serial or "", holding.year
        return (_SEPARATOR.join(("bar", identity_key(brand), identity_key(serial), str(year))),
                f"{brand} {serial} {year}")
    if holding.kind == "lot":
        warrant = holding.warrant or ""
        return _SEPARATOR.join(("lot", identity_key(warrant))), warrant
    if holding.kind == "tank":
        site, code = holding.site, holding.code or ""
        return (_SEPARATOR.join(("tank", identity_key(site), identity_key(code))),
                f"{site} {code}")
    return None


def _leaves(member: Member, data: Any) -> Iterator[tuple[int, _Holding]]:
    """(line number, holding) of each leaf of a member's leaves file."""
    source = msg("the leaves of {member} ({path})", member=member.name, path=member.leaves)
    header = read_leaves_header(data, source, count=False)  # counted below, as they are read
    start = data.find(b"\n") + 1
    lines = LeafLines(data, start, len(data))
    if len(lines) != header["count"]:
        raise InvalidInput(msg("{source} announces {count} leaves but holds {lines}",
                               source=source, count=header["count"], lines=len(lines)))
    for number, line in enumerate(lines, start=2):
        try:
            holding = _decode(line).holding
        except (msgspec.DecodeError, msgspec.ValidationError):
            raise InvalidInput(msg("line {number} of {source} is not a leaf Tijori can read",
                                   number=number, source=source)) from None
        yield number, holding


def check_collisions(members: Sequence[Member], task: Task = QUIET,
                     work_dir: str | None = None) -> CheckResult:
    """Every identity of every member's leaves, and those found more than once.

    Progress is counted in leaves read, then one step for the index. Names must be
    distinct (they name the members in the collisions). InvalidInput for a leaves file
    that cannot be read, names no file, or holds a line that is not a leaf.
    """
    names = [m.name for m in members]
    if len(set(names)) != len(names):
        raise InvalidInput("two members have the same name; give each custodian its own",
                           "members")
    by_kind = dict.fromkeys(KINDS, 0)
    unidentified = 0
    with tempfile.TemporaryDirectory(dir=work_dir, prefix="tijori-check-") as folder:
        db = sqlite3.connect(Path(folder) / "identities.sqlite")
        try:
            db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; "
                             "PRAGMA temp_store=FILE; PRAGMA cache_size=-65536; "
                             "CREATE TABLE ids (key TEXT NOT NULL, member INTEGER NOT NULL, "
                             "holding INTEGER NOT NULL, shown TEXT NOT NULL)")
            total, counts = 0, []
            for member in members:
                with mapped(member.leaves, "leaves file") as data:
                    counts.append(read_leaves_header(
                        data, msg("the leaves of {member} ({path})", member=member.name,
                                  path=member.leaves), count=False)["count"])
            total = sum(counts)
            done = 0
            for index, member in enumerate(members):
                with mapped(member.leaves, "leaves file") as data:
                    rows: list[tuple[str, int, int, str]] = []
                    for _, holding in _leaves(member, data):
                        found = identity_of(holding)
                        if found is None:
                            unidentified += 1
                        else:
                            by_kind[holding.kind] += 1
                            rows.append((found[0], index, holding.id, found[1]))
                        done += 1
                        if len(rows) >= _BATCH:
                            db.executemany("INSERT INTO ids VALUES (?, ?, ?, ?)", rows)
                            rows.clear()
                            task.check(msg("the collision check"))
                            task.progress(done, total + 1)
                    db.executemany("INSERT INTO ids VALUES (?, ?, ?, ?)", rows)
            task.check(msg("the collision check"))
            db.execute("CREATE INDEX ids_key ON ids (key)")
            twice = db.execute(
                "SELECT key, member, holding, shown FROM ids WHERE key IN "
                "(SELECT key FROM ids GROUP BY key HAVING count(*) > 1) "
                "ORDER BY key, member, holding").fetchall()
            identities = db.execute("SELECT count(*) FROM ids").fetchone()[0]
        finally:
            db.close()
    task.progress(total + 1, total + 1)
    return CheckResult(len(members), identities, by_kind, unidentified,
                       _collisions(twice, names))


def _collisions(rows: list[tuple[str, int, int, str]], names: list[str]
                ) -> tuple[Collision, ...]:
    found: dict[str, list[tuple[int, int, str]]] = {}
    for key, member, holding, shown in rows:
        found.setdefault(key, []).append((member, holding, shown))
    collisions = [Collision(key.split(_SEPARATOR, 1)[0], places[0][2],
                            tuple(Found(names[m], h) for m, h, _ in places))
                  for key, places in found.items()]
    # In the order of the members and holdings where each was first found.
    order = {name: index for index, name in enumerate(names)}
    collisions.sort(key=lambda c: (order[c.found[0].member], c.found[0].holding))
    return tuple(collisions)
