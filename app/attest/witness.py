"""Every signer is a witness of the journal, as a certificate-transparency witness is.

For each ledger it has signed for, a signer remembers the journal checkpoint
(size and root), the sequence number, the as-of and the digest of the last
statement it signed. It refuses a request whose journal is not a consistent
extension of that checkpoint (the ledger file rolled back to an older copy,
events rewritten after an attestation, a fork), or whose sequence or as-of goes
backwards. So a rolled-back or rewritten ledger cannot be attested by an honest
signer, however convincing the request looks.

The memory lives in the signer's data folder (`app.attest.datadir`), one file per
ledger under ``witness/``, named by the SHA-256 of the ledger id (the id inside a
request is untrusted text; it never becomes a path). Each file is canonical JSON::

    {"checkpoint": {…} | null, "format": "tijori-witness",
     "forgotten": null | {"checkpoint": {…}, "forgotten_at": "…", "ledger_id": "…"},
     "ledger_id": "<id>", "version": 1}

with exactly one of `checkpoint` and `forgotten` set. Forgetting a ledger is an
explicit act that leaves a record (when, and what was forgotten) until the next
checkpoint of that ledger is recorded, so the next summary can say so. A state
file that cannot be read is an error naming it, never "no state": treating it as
a first request would let anyone who can damage the file erase the witness.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.attest import canonical
from app.attest.fileio import read_bounded, write_atomic
from app.attest.merkle import verify_consistency
from app.attest.policy import format_time, parse_time
from app.attest.verdict import Verdict
from app.domain.errors import InvalidInput, NotFound
from app.domain.messages import msg

FORMAT = "tijori-witness"
VERSION = 1
FOLDER = "witness"

JOURNAL = "witness: journal"
SEQUENCE = "witness: sequence"
AS_OF = "witness: as-of"

#: A state file is a few hundred bytes; anything much larger is not one.
_MAX_STATE_BYTES = 64 * 1024
_HEX64 = re.compile(r"[0-9a-f]{64}")
_STATE_NAME = re.compile(r"[0-9a-f]{64}\.json")
_MAX_ID = 256


# -- strict members ---------------------------------------------------------------------


def _members(d: Any, names: Sequence[str], source: str, where: str) -> dict[str, Any]:
    """`d` as an object with exactly the members `names`, else InvalidInput naming one."""
    label = f"{source}: {where}" if where else source
    if not isinstance(d, dict):
        raise InvalidInput(msg("{label} is not a JSON object", label=label))
    for name in names:
        if name not in d:
            raise InvalidInput(msg("{source}: member {value}{name} is missing",
                                   source=source, value=where + '.' if where else '', name=name))
    for name in sorted(d):
        if name not in names:
            raise InvalidInput(msg("{source}: member {value}{name} is not expected",
                                   source=source, value=where + '.' if where else '', name=name))
    return d


def _path(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


def _text(d: dict[str, Any], name: str, source: str, where: str) -> str:
    value = d[name]
    if not isinstance(value, str) or not value or len(value) > _MAX_ID:
        raise InvalidInput(msg("{source}: member {path} is not a non-empty string of at most "
                               "{MAX_ID} characters",
                               source=source, path=_path(where, name), MAX_ID=_MAX_ID))
    return value


def _hex(d: dict[str, Any], name: str, source: str, where: str) -> str:
    value = d[name]
    if not isinstance(value, str) or not _HEX64.fullmatch(value):
        raise InvalidInput(msg("{source}: member {path} is not 64 lower-case hex digits",
                               source=source, path=_path(where, name)))
    return value


def _count(d: dict[str, Any], name: str, source: str, where: str, *,
           nullable: bool = False) -> int | None:
    value = d[name]
    if value is None and nullable:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 1 << 63:
        member = _path(where, name)
        raise InvalidInput(
            msg("{source}: member {member} is not a whole number ≥ 0 or null", source=source,
                member=member) if nullable else
            msg("{source}: member {member} is not a whole number ≥ 0", source=source,
                member=member))
    return value


def _time(d: dict[str, Any], name: str, source: str, where: str) -> str:
    value = d[name]
    parse_time(value, msg("{source}: member {path}", source=source, path=_path(where, name)))
    return value


# -- what is remembered -----------------------------------------------------------------


@dataclass(frozen=True)
class Checkpoint:
    """What a signer signed for one ledger: its journal checkpoint and the statement's place.

    `journal_root` and `digest` (SHA-256 of the statement payload) are 64 lower-case
    hex digits; `as_of` and `signed_at` are RFC 3339 times; `sequence` is None for a
    statement that carries none.
    """

    ledger_id: str
    journal_size: int
    journal_root: str
    sequence: int | None
    as_of: str
    attestation_id: str
    digest: str
    signed_at: str

    MEMBERS = ("ledger_id", "journal_size", "journal_root", "sequence", "as_of",
               "attestation_id", "digest", "signed_at")

    def __post_init__(self) -> None:
        _checkpoint_members(self.to_dict(), "checkpoint", "")

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.MEMBERS}

    @classmethod
    def from_dict(cls, d: Any, source: str, where: str = "") -> Checkpoint:
        """Read `to_dict` output strictly; InvalidInput names `source` and the member."""
        values = _checkpoint_members(d, source, where)
        return cls(**values)


def _checkpoint_members(d: Any, source: str, where: str) -> dict[str, Any]:
    _members(d, Checkpoint.MEMBERS, source, where)
    return {
        "ledger_id": _text(d, "ledger_id", source, where),
        "journal_size": _count(d, "journal_size", source, where),
        "journal_root": _hex(d, "journal_root", source, where),
        "sequence": _count(d, "sequence", source, where, nullable=True),
        "as_of": _time(d, "as_of", source, where),
        "attestation_id": _text(d, "attestation_id", source, where),
        "digest": _hex(d, "digest", source, where),
        "signed_at": _time(d, "signed_at", source, where),
    }


@dataclass(frozen=True)
class Forgotten:
    """A ledger this signer was told to forget: when, and the checkpoint it forgot."""

    ledger_id: str
    forgotten_at: str
    checkpoint: Checkpoint

    MEMBERS = ("ledger_id", "forgotten_at", "checkpoint")

    def __post_init__(self) -> None:
        if not isinstance(self.checkpoint, Checkpoint):
            raise InvalidInput("a forgotten ledger's checkpoint must be a Checkpoint")
        _text({"ledger_id": self.ledger_id}, "ledger_id", "forgotten", "")
        _time({"forgotten_at": self.forgotten_at}, "forgotten_at", "forgotten", "")
        if self.checkpoint.ledger_id != self.ledger_id:
            raise InvalidInput("forgotten: the checkpoint is of another ledger")

    def to_dict(self) -> dict[str, Any]:
        return {"ledger_id": self.ledger_id, "forgotten_at": self.forgotten_at,
                "checkpoint": self.checkpoint.to_dict()}

    @classmethod
    def from_dict(cls, d: Any, source: str, where: str = "") -> Forgotten:
        _members(d, cls.MEMBERS, source, where)
        ledger_id = _text(d, "ledger_id", source, where)
        forgotten_at = _time(d, "forgotten_at", source, where)
        checkpoint = Checkpoint.from_dict(d["checkpoint"], source, _path(where, "checkpoint"))
        if checkpoint.ledger_id != ledger_id:
            raise InvalidInput(msg("{source}: member {path} names another ledger",
                                   source=source, path=_path(where, 'checkpoint.ledger_id')))
        return cls(ledger_id, forgotten_at, checkpoint)


# -- the store ---------------------------------------------------------------------------


class WitnessStore:
    """The witness state under `folder`/witness/: one file per ledger, written atomically,
    owner-only (files 0600, folders 0700)."""

    _MEMBERS = ("checkpoint", "format", "forgotten", "ledger_id", "version")

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder) / FOLDER

    def path(self, ledger_id: str) -> Path:
        """The state file of `ledger_id`: the SHA-256 of its UTF-8 bytes, in hex."""
        if not isinstance(ledger_id, str) or not ledger_id:
            raise InvalidInput("a ledger id must be a non-empty string", "ledger_id")
        try:
            raw = ledger_id.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidInput("a ledger id must be Unicode text", "ledger_id") from None
        return self.folder / f"{hashlib.sha256(raw).hexdigest()}.json"

    def last(self, ledger_id: str) -> Checkpoint | None:
        """The last checkpoint signed for `ledger_id`, or None (never seen, or forgotten)."""
        state = self._read(self.path(ledger_id), ledger_id)
        return None if state is None else state[0]

    def forgotten(self, ledger_id: str) -> Forgotten | None:
        """The record of `ledger_id` being forgotten, until its next checkpoint is recorded."""
        state = self._read(self.path(ledger_id), ledger_id)
        return None if state is None else state[1]

    def record(self, checkpoint: Checkpoint) -> None:
        """Remember `checkpoint` as the last one signed for its ledger (clears a forgetting)."""
        if not isinstance(checkpoint, Checkpoint):
            raise TypeError("record() takes a Checkpoint")
        self._write(checkpoint.ledger_id, checkpoint, None)

    def forget(self, ledger_id: str, now: datetime) -> Forgotten:
        """Forget `ledger_id`'s checkpoint, keeping a record of it; NotFound if none is held."""
        state = self._read(self.path(ledger_id), ledger_id)
        if state is None or state[0] is None:
            earlier = state[1] if state else None
            raise NotFound(msg("this signer remembers no checkpoint of ledger {ledger_id}: it "
                               "was forgotten at {forgotten_at}", ledger_id=ledger_id,
                               forgotten_at=earlier.forgotten_at) if earlier else
                           msg("this signer remembers no checkpoint of ledger {ledger_id}",
                               ledger_id=ledger_id))
        record = Forgotten(ledger_id, format_time(now), state[0])
        self._write(ledger_id, None, record)
        return record

    def ledgers(self) -> list[Checkpoint | Forgotten]:
        """Everything remembered, ordered by ledger id: a checkpoint, or a forgetting."""
        try:
            names = sorted(os.listdir(self.folder))
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise InvalidInput(msg("cannot read the witness folder {folder}: {value}",
                                   folder=self.folder, value=exc.strerror or exc)) from None
        found: list[Checkpoint | Forgotten] = []
        for name in names:
            if not _STATE_NAME.fullmatch(name):
                continue  # write_atomic's temporary files, and anything not ours
            state = self._read(self.folder / name, None)
            if state is not None:
                checkpoint, forgotten = state
                found.append(checkpoint if checkpoint is not None else forgotten)
        return sorted(found, key=lambda item: item.ledger_id)

    # -- files --

    def _read(self, path: Path, ledger_id: str | None
              ) -> tuple[Checkpoint | None, Forgotten | None] | None:
        source = f"the witness state {path}"
        try:
            data = read_bounded(path, _MAX_STATE_BYTES, "the witness state")
            if data is None:
                return None
            return self._parse(data, path, source, ledger_id)
        except InvalidInput as exc:
            raise InvalidInput(msg("{message}. This signer signs nothing for the ledger until "
                                   "the file is restored from a backup: without it, it cannot "
                                   "tell a rolled-back ledger from a new one",
                                   message=exc.message)) from None

    def _parse(self, data: bytes, path: Path, source: str, ledger_id: str | None
               ) -> tuple[Checkpoint | None, Forgotten | None]:
        obj = canonical.loads(data, source=source)
        _members(obj, self._MEMBERS, source, "")
        if obj["format"] != FORMAT:
            raise InvalidInput(msg("{source}: member format is not {FORMAT!r}",
                                   source=source, FORMAT=FORMAT))
        if obj["version"] != VERSION or isinstance(obj["version"], bool):
            raise InvalidInput(msg("{source}: member version is not {VERSION}",
                                   source=source, VERSION=VERSION))
        stored_id = _text(obj, "ledger_id", source, "")
        if self.path(stored_id).name != path.name or (ledger_id is not None
                                                      and stored_id != ledger_id):
            raise InvalidInput(msg("{source}: member ledger_id names another ledger than the "
                                   "file's name (a state file copied over another)", source=source))
        checkpoint = forgotten = None
        if obj["checkpoint"] is not None:
            checkpoint = Checkpoint.from_dict(obj["checkpoint"], source, "checkpoint")
        if obj["forgotten"] is not None:
            forgotten = Forgotten.from_dict(obj["forgotten"], source, "forgotten")
        if (checkpoint is None) == (forgotten is None):
            raise InvalidInput(msg("{source}: exactly one of the members checkpoint and "
                                   "forgotten must be set", source=source))
        held = checkpoint or forgotten
        assert held is not None
        if held.ledger_id != stored_id:
            raise InvalidInput(msg("{source}: the {value} member names another ledger",
                                   source=source,
                                   value='checkpoint' if checkpoint else 'forgotten'))
        return checkpoint, forgotten

    def _write(self, ledger_id: str, checkpoint: Checkpoint | None,
               forgotten: Forgotten | None) -> None:
        from app.attest.datadir import private_folder

        path = self.path(ledger_id)
        private_folder(self.folder)
        document = {
            "format": FORMAT, "version": VERSION, "ledger_id": ledger_id,
            "checkpoint": checkpoint.to_dict() if checkpoint else None,
            "forgotten": forgotten.to_dict() if forgotten else None,
        }
        write_atomic(path, canonical.dumps(document) + b"\n", mode=0o600, overwrite=True)


# -- the checks --------------------------------------------------------------------------


def _events(count: int) -> str:
    return f"{count} event{'' if count == 1 else 's'}"


def check_request(
    last: Checkpoint | None,
    forgotten: Forgotten | None,
    new: Checkpoint,
    proofs: Mapping[int, Sequence[bytes]],
    verdict: Verdict,
    *,
    journal: bool = True,
) -> None:
    """Add the witness checks (journal, sequence, as-of) for signing `new` to `verdict`.

    `last` is what this signer last signed for the ledger (`WitnessStore.last`),
    `forgotten` the record of its being forgotten, if any; `proofs` maps an earlier
    journal size to the RFC 9162 consistency proof from that size to `new`'s journal.
    Without a `journal` (a programme's series, FORMAT.md §13.5: its checkpoints carry an
    empty one) only the sequence and the as-of are checked.
    """
    names = (JOURNAL, SEQUENCE, AS_OF) if journal else (SEQUENCE, AS_OF)
    if last is None:
        if forgotten is not None and forgotten.ledger_id == new.ledger_id:
            old = forgotten.checkpoint
            reason = (f"ledger {new.ledger_id} was forgotten by this signer on "
                      f"{forgotten.forgotten_at} (it had signed up to "
                      f"{_events(old.journal_size)}"
                      + (f", sequence {old.sequence}" if old.sequence is not None else "")
                      + "), so nothing signed before is checked")
        else:
            reason = f"first request of ledger {new.ledger_id} this signer sees"
        for name in names:
            verdict.passed(name, reason)
        return
    if last.ledger_id != new.ledger_id:
        reason = (f"the remembered checkpoint is of ledger {last.ledger_id}, not of "
                  f"{new.ledger_id}, so nothing can be checked")
        for name in names:
            verdict.failed(name, reason)
        return
    if journal:
        _check_journal(last, new, proofs, verdict)
    _check_sequence(last, new, verdict)
    _check_as_of(last, new, verdict)


def _check_journal(last: Checkpoint, new: Checkpoint, proofs: Mapping[int, Sequence[bytes]],
                   verdict: Verdict) -> None:
    old_size, size = last.journal_size, new.journal_size
    if size < old_size:
        verdict.failed(JOURNAL, msg("the journal is shorter than the one you signed ({events} "
                                    "now, {events2} then): the ledger was rolled back to an "
                                    "older copy", events=_events(size), events2=_events(old_size)))
    elif size == old_size:
        if new.journal_root == last.journal_root:
            verdict.passed(JOURNAL, msg("the journal is the one you signed ({events}, same "
                                        "root)", events=_events(size)))
        else:
            verdict.failed(JOURNAL, msg("the journal has the {events} of the one you signed but "
                                        "another root: events were rewritten after you signed "
                                        "(or the ledger forked)", events=_events(size)))
    elif old_size == 0:
        verdict.passed(JOURNAL, msg("the journal of {events} extends the empty journal you "
                                    "signed before", events=_events(size)))
    elif old_size not in proofs:
        verdict.failed(JOURNAL, msg("the request carries no consistency proof from the {events} "
                                    "you signed before to the {events2} now, so it cannot show "
                                    "that the journal was only appended to",
                                    events=_events(old_size), events2=_events(size)))
    elif verify_consistency(old_size, size, bytes.fromhex(last.journal_root),
                            bytes.fromhex(new.journal_root), list(proofs[old_size])):
        verdict.passed(JOURNAL, msg("the journal of {events} extends the {events2} you signed "
                                    "before (consistency proof checked)",
                                    events=_events(size), events2=_events(old_size)))
    else:
        verdict.failed(JOURNAL, msg("the consistency proof does not show that the journal of "
                                    "{events} extends the {events2} you signed before: events "
                                    "were rewritten, removed or reordered after you signed, or "
                                    "the ledger forked",
                                    events=_events(size), events2=_events(old_size)))


def _check_sequence(last: Checkpoint, new: Checkpoint, verdict: Verdict) -> None:
    before, now = last.sequence, new.sequence
    if before is None and now is None:
        verdict.passed(SEQUENCE, "neither this statement nor the one you signed before "
                       "carries a sequence number")
    elif now is None:
        verdict.failed(SEQUENCE, msg("the statement carries no sequence number, but the one you "
                                     "signed before had sequence {before}", before=before))
    elif before is None:
        verdict.passed(SEQUENCE, msg("sequence {now} is the first sequence number you sign for "
                                     "this ledger", now=now))
    elif now > before:
        verdict.passed(SEQUENCE, msg("sequence {now} follows sequence {before}, which you "
                                     "signed before", now=now, before=before))
    elif now == before and new.digest == last.digest:
        verdict.passed(SEQUENCE, msg("sequence {now} is the statement you signed before, signed "
                                     "again", now=now))
    elif now == before:
        verdict.failed(SEQUENCE, msg("fork: sequence {now} was already signed for another "
                                     "statement (digest {digest}…, attestation "
                                     "{attestation_id})",
                                     now=now,
                                     digest=last.digest[:16],
                                     attestation_id=last.attestation_id))
    else:
        verdict.failed(SEQUENCE, msg("sequence {now} comes before sequence {before}, which you "
                                     "already signed: the chain goes backwards (an older copy "
                                     "of the ledger, or a request replayed)",
                                     now=now, before=before))


def _check_as_of(last: Checkpoint, new: Checkpoint, verdict: Verdict) -> None:
    before = parse_time(last.as_of, "the as-of you signed before")
    now = parse_time(new.as_of, "the as-of")
    if now >= before:
        verdict.passed(AS_OF, msg("the as-of {as_of} is not before {as_of2}, the as-of you "
                                  "signed before", as_of=new.as_of, as_of2=last.as_of))
    else:
        verdict.failed(AS_OF, msg("the as-of {as_of} is before {as_of2}, the as-of of the "
                                  "statement you signed before: the attestation goes back in "
                                  "time", as_of=new.as_of, as_of2=last.as_of))
