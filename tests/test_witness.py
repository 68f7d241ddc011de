"""The signer as a witness of the journal: what it remembers, and what it then refuses.

Journals here are real RFC 9162 trees over event hashes (`MerkleTree`), so every
consistency proof is a real one, and every forged one is refused by the real verifier.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.attest import canonical
from app.attest.datadir import data_dir, data_location, private_folder
from app.attest.merkle import MerkleTree
from app.attest.verdict import Verdict
from app.attest.witness import (
    AS_OF,
    JOURNAL,
    SEQUENCE,
    Checkpoint,
    Forgotten,
    WitnessStore,
    check_request,
)
from app.domain.errors import InvalidInput, NotFound

LEDGER = "6f1c1d5e-3a0b-4c57-9a53-2d1f6b1e8c11"
OTHER_LEDGER = "0b7e0f4a-9a51-4b0e-8d8a-6d0c2b7f3e90"
EVENTS = [hashlib.sha256(f"event {i}".encode()).digest() for i in range(40)]
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def statement_digest(sequence: int, salt: str = "") -> str:
    return hashlib.sha256(f"statement {sequence}{salt}".encode()).hexdigest()


def checkpoint(size: int, sequence: int | None = 1, *, events: list[bytes] = EVENTS,
               as_of: str = "2026-03-01T00:00:00Z", digest: str | None = None,
               ledger: str = LEDGER) -> Checkpoint:
    return Checkpoint(
        ledger_id=ledger, journal_size=size, journal_root=MerkleTree(events[:size]).root.hex(),
        sequence=sequence, as_of=as_of, attestation_id=f"attestation-{sequence}",
        digest=digest or statement_digest(sequence or 0), signed_at="2026-03-01T10:00:00Z")


def proof(old: int, new: int, events: list[bytes] = EVENTS) -> dict[int, list[bytes]]:
    return {old: MerkleTree(events[:new]).consistency_proof(old)}


def run(last, new, proofs=None, forgotten=None) -> dict[str, tuple[bool, str]]:
    verdict = Verdict("request")
    check_request(last, forgotten, new, proofs or {}, verdict)
    assert [c.name for c in verdict.checks] == [JOURNAL, SEQUENCE, AS_OF]
    return {c.name: (c.passed, c.reason) for c in verdict.checks}


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


# -- the checks ------------------------------------------------------------------------


def test_first_request_passes_and_says_so():
    checks = run(None, checkpoint(10, 1))
    assert all(passed for passed, _ in checks.values())
    assert checks[JOURNAL][1] == f"first request of ledger {LEDGER} this signer sees"


def test_a_proper_extension_with_a_real_consistency_proof_passes():
    for old, new in ((10, 11), (10, 17), (8, 33), (1, 2), (7, 40)):
        checks = run(checkpoint(old, 1), checkpoint(new, 2, as_of="2026-04-01T00:00:00Z"),
                     proof(old, new))
        assert checks[JOURNAL] == (True, f"the journal of {new} events extends the {old} "
                                   f"event{'s' if old > 1 else ''} you signed before "
                                   "(consistency proof checked)"), (old, new)
        assert checks[SEQUENCE][0] and checks[AS_OF][0]


def test_a_rolled_back_journal_is_refused():
    last = checkpoint(20, 3)
    passed, reason = run(last, checkpoint(12, 4), proof(12, 20))[JOURNAL]
    assert not passed
    assert reason == ("the journal is shorter than the one you signed (12 events now, "
                      "20 events then): the ledger was rolled back to an older copy")


def test_a_rollback_regrown_past_the_signed_size_is_refused():
    # An older copy (12 events) that then recorded 10 other events: 22 > 20, but its
    # first 20 are not the ones signed, and no proof can say they are.
    regrown = EVENTS[:12] + [hashlib.sha256(f"other {i}".encode()).digest() for i in range(10)]
    last = checkpoint(20, 3)
    new = checkpoint(22, 4, events=regrown)
    passed, reason = run(last, new, proof(20, 22, regrown))[JOURNAL]
    assert not passed
    assert "does not show that the journal of 22 events extends the 20 events" in reason


def test_a_rewritten_event_same_size_other_root_is_refused():
    rewritten = list(EVENTS)
    rewritten[5] = hashlib.sha256(b"event 5, rewritten").digest()
    passed, reason = run(checkpoint(20, 3), checkpoint(20, 4, events=rewritten))[JOURNAL]
    assert not passed
    assert reason.startswith("the journal has the 20 events of the one you signed but "
                             "another root: events were rewritten")


def test_the_same_journal_passes():
    passed, reason = run(checkpoint(20, 3), checkpoint(20, 4))[JOURNAL]
    assert passed
    assert reason == "the journal is the one you signed (20 events, same root)"


def test_a_missing_proof_is_refused_naming_the_size():
    last, new = checkpoint(10, 1), checkpoint(15, 2)
    for proofs in ({}, proof(9, 15)):  # none, or one from another size
        passed, reason = run(last, new, proofs)[JOURNAL]
        assert not passed
        assert reason.startswith("the request carries no consistency proof from the 10 "
                                 "events you signed before to the 15 events now")


def test_a_forged_proof_is_refused():
    last, new = checkpoint(10, 1), checkpoint(15, 2)
    real = proof(10, 15)[10]
    assert run(last, new, {10: real})[JOURNAL][0]
    flipped = [bytes([real[0][0] ^ 1]) + real[0][1:], *real[1:]]
    other_tree = MerkleTree([hashlib.sha256(b"x%d" % i).digest() for i in range(15)])
    for forged in (flipped, real[:-1], [*real, real[0]], other_tree.consistency_proof(10),
                   [b"\x00" * 31] * len(real), []):
        passed, reason = run(last, new, {10: forged})[JOURNAL]
        assert not passed, forged
        assert "does not show that the journal of 15 events extends" in reason


def test_a_fork_same_sequence_other_statement_is_refused():
    last = checkpoint(20, 7)
    new = checkpoint(20, 7, digest=statement_digest(7, "forked"))
    passed, reason = run(last, new)[SEQUENCE]
    assert not passed
    assert reason.startswith("fork: sequence 7 was already signed for another statement")


def test_re_signing_the_same_statement_passes():
    last = checkpoint(20, 7)
    checks = run(last, checkpoint(20, 7))
    assert all(passed for passed, _ in checks.values()), checks
    assert checks[SEQUENCE][1] == "sequence 7 is the statement you signed before, signed again"


def test_a_sequence_going_backwards_is_refused():
    passed, reason = run(checkpoint(20, 7), checkpoint(25, 6), proof(20, 25))[SEQUENCE]
    assert not passed
    assert reason.startswith("sequence 6 comes before sequence 7, which you already signed")


def test_a_sequence_dropped_after_one_was_signed_is_refused():
    passed, reason = run(checkpoint(20, 7), checkpoint(25, None), proof(20, 25))[SEQUENCE]
    assert not passed
    assert "carries no sequence number" in reason


def test_an_as_of_going_backwards_is_refused():
    last = checkpoint(20, 3, as_of="2026-03-01T00:00:00Z")
    later_clock_other_zone = checkpoint(25, 4, as_of="2026-03-01T00:30:00+01:00")  # 23:30 Z
    passed, reason = run(last, later_clock_other_zone, proof(20, 25))[AS_OF]
    assert not passed
    assert reason == ("the as-of 2026-03-01T00:30:00+01:00 is before 2026-03-01T00:00:00Z, "
                      "the as-of of the statement you signed before: the attestation goes "
                      "back in time")
    same = checkpoint(25, 4, as_of="2026-03-01T00:00:00Z")
    assert run(last, same, proof(20, 25))[AS_OF][0]


def test_checkpoints_of_another_ledger_fail_closed():
    checks = run(checkpoint(10, 1, ledger=OTHER_LEDGER), checkpoint(10, 2))
    assert not any(passed for passed, _ in checks.values())


# -- the store -------------------------------------------------------------------------


def test_state_survives_a_restart_owner_only(tmp_path):
    data = tmp_path / "data"
    first = checkpoint(10, 1)
    WitnessStore(data).record(first)
    again = WitnessStore(data)  # a new process
    assert again.last(LEDGER) == first
    assert again.last(OTHER_LEDGER) is None
    path = again.path(LEDGER)
    assert path.parent == data / "witness"
    assert mode(path) == 0o600
    assert mode(data / "witness") == 0o700 and mode(data) == 0o700
    later = checkpoint(15, 2, as_of="2026-04-01T00:00:00Z")
    again.record(later)
    assert WitnessStore(data).last(LEDGER) == later
    assert not [p for p in (data / "witness").iterdir() if p.name.endswith(".tmp")]


def test_the_file_name_does_not_come_from_the_ledger_id(tmp_path):
    store = WitnessStore(tmp_path)
    hostile = "../../../etc/passwd"
    store.record(checkpoint(3, 1, ledger=hostile))
    files = list((tmp_path / "witness").iterdir())
    assert [f.name for f in files] == [hashlib.sha256(hostile.encode()).hexdigest() + ".json"]
    assert store.last(hostile).ledger_id == hostile
    assert json.loads(files[0].read_bytes())["ledger_id"] == hostile


def test_a_restarted_signer_still_refuses_a_rollback(tmp_path):
    WitnessStore(tmp_path).record(checkpoint(20, 3))
    store = WitnessStore(tmp_path)
    verdict = Verdict("request")
    check_request(store.last(LEDGER), store.forgotten(LEDGER), checkpoint(12, 4), {}, verdict)
    assert not verdict.ok
    assert [c.name for c in verdict.failures] == [JOURNAL]


def test_forget_then_the_next_request_passes_with_the_forgotten_reason(tmp_path):
    store = WitnessStore(tmp_path)
    store.record(checkpoint(20, 3))
    record = store.forget(LEDGER, NOW)
    assert record == Forgotten(LEDGER, "2026-06-01T12:00:00Z", checkpoint(20, 3))
    restarted = WitnessStore(tmp_path)
    assert restarted.last(LEDGER) is None
    assert restarted.forgotten(LEDGER) == record
    checks = run(restarted.last(LEDGER), checkpoint(5, 1), forgotten=restarted.forgotten(LEDGER))
    assert all(passed for passed, _ in checks.values())
    assert checks[JOURNAL][1] == (f"ledger {LEDGER} was forgotten by this signer on "
                                  "2026-06-01T12:00:00Z (it had signed up to 20 events, "
                                  "sequence 3), so nothing signed before is checked")
    # The next signature clears the record.
    restarted.record(checkpoint(5, 1))
    assert restarted.forgotten(LEDGER) is None
    assert WitnessStore(tmp_path).last(LEDGER) == checkpoint(5, 1)


def test_forgetting_what_is_not_remembered_is_refused(tmp_path):
    store = WitnessStore(tmp_path)
    with pytest.raises(NotFound, match="remembers no checkpoint of ledger"):
        store.forget(LEDGER, NOW)
    store.record(checkpoint(20, 3))
    store.forget(LEDGER, NOW)
    with pytest.raises(NotFound, match="it was forgotten at 2026-06-01T12:00:00Z"):
        store.forget(LEDGER, NOW)


def test_the_listing_shows_checkpoints_and_forgettings(tmp_path):
    store = WitnessStore(tmp_path)
    store.record(checkpoint(20, 3))
    store.record(checkpoint(4, 1, ledger=OTHER_LEDGER))
    store.forget(OTHER_LEDGER, NOW)
    (tmp_path / "witness" / ".stray.tmp").write_bytes(b"half a file")
    listed = WitnessStore(tmp_path).ledgers()
    assert listed == [Forgotten(OTHER_LEDGER, "2026-06-01T12:00:00Z",
                                checkpoint(4, 1, ledger=OTHER_LEDGER)),
                      checkpoint(20, 3)]
    assert WitnessStore(tmp_path / "nothing").ledgers() == []


def _state(store: WitnessStore) -> dict:
    return json.loads(store.path(LEDGER).read_bytes())


def _damage(name: str, doc: dict) -> bytes | dict:
    cp = doc["checkpoint"]
    if name == "not json":
        return b"\x00\x01 not json"
    if name == "truncated":
        return canonical.dumps(doc)[:-7]
    if name == "empty":
        return b""
    if name == "unknown member":
        return {**doc, "trusted": True}
    if name == "missing member":
        return {k: v for k, v in doc.items() if k != "forgotten"}
    if name == "checkpoint member missing":
        return {**doc, "checkpoint": {k: v for k, v in cp.items() if k != "journal_root"}}
    if name == "checkpoint member unknown":
        return {**doc, "checkpoint": {**cp, "note": "x"}}
    if name == "size of wrong type":
        return {**doc, "checkpoint": {**cp, "journal_size": "20"}}
    if name == "size a boolean":
        return {**doc, "checkpoint": {**cp, "journal_size": True}}
    if name == "root not hex":
        return {**doc, "checkpoint": {**cp, "journal_root": cp["journal_root"].upper()}}
    if name == "as-of not a time":
        return {**doc, "checkpoint": {**cp, "as_of": "yesterday"}}
    if name == "neither set":
        return {**doc, "checkpoint": None}
    if name == "another format":
        return {**doc, "format": "tijori-something"}
    raise AssertionError(name)


DAMAGE = {
    "not json": "is not valid JSON", "truncated": "is not valid JSON",
    "empty": "is not valid JSON", "unknown member": "member trusted is not expected",
    "missing member": "member forgotten is missing",
    "checkpoint member missing": "member checkpoint.journal_root is missing",
    "checkpoint member unknown": "member checkpoint.note is not expected",
    "size of wrong type": "member checkpoint.journal_size is not a whole number",
    "size a boolean": "member checkpoint.journal_size is not a whole number",
    "root not hex": "member checkpoint.journal_root is not 64 lower-case hex",
    "as-of not a time": "member checkpoint.as_of 'yesterday' is not an RFC 3339 time",
    "neither set": "exactly one of the members checkpoint and forgotten",
    "another format": "member format is not 'tijori-witness'",
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_state_file_is_an_error_naming_it(tmp_path, damage):
    store = WitnessStore(tmp_path)
    store.record(checkpoint(20, 3))
    damaged = _damage(damage, _state(store))
    store.path(LEDGER).write_bytes(damaged if isinstance(damaged, bytes)
                                   else canonical.dumps(damaged))
    for read in (store.last, store.forgotten):
        with pytest.raises(InvalidInput) as caught:
            read(LEDGER)
        assert str(store.path(LEDGER)) in str(caught.value)
        assert DAMAGE[damage] in str(caught.value)
        assert "restored from a backup" in str(caught.value)
    with pytest.raises(InvalidInput, match=re.escape(DAMAGE[damage])):
        store.ledgers()
    with pytest.raises(InvalidInput):  # not "nothing to forget"
        store.forget(LEDGER, NOW)


def test_a_state_file_copied_over_another_ledgers_is_refused(tmp_path):
    store = WitnessStore(tmp_path)
    store.record(checkpoint(2, 1, ledger=OTHER_LEDGER))
    store.record(checkpoint(20, 3))
    # Another ledger's older, smaller state put in place of this one's.
    store.path(LEDGER).write_bytes(store.path(OTHER_LEDGER).read_bytes())
    with pytest.raises(InvalidInput, match="names another ledger than the file's name"):
        store.last(LEDGER)


def test_checkpoint_from_dict_is_strict():
    good = checkpoint(20, 3).to_dict()
    assert Checkpoint.from_dict(good, "f") == checkpoint(20, 3)
    assert Checkpoint.from_dict({**good, "sequence": None}, "f").sequence is None
    bad = [({**good, "extra": 1}, "f: member extra is not expected"),
           ({k: v for k, v in good.items() if k != "digest"}, "f: member digest is missing"),
           ({**good, "sequence": -1}, "f: member sequence is not a whole number ≥ 0 or null"),
           ({**good, "ledger_id": ""}, "f: member ledger_id is not a non-empty string"),
           ({**good, "signed_at": "2026-03-01T10:00:00"}, "has no time zone"),
           ([good], "f is not a JSON object")]
    for value, message in bad:
        with pytest.raises(InvalidInput) as caught:
            Checkpoint.from_dict(value, "f")
        assert message in str(caught.value)
    with pytest.raises(InvalidInput, match="journal_root"):
        Checkpoint(**{**good, "journal_root": "ab"})


def test_forgotten_round_trips_and_is_strict():
    record = Forgotten(LEDGER, "2026-06-01T12:00:00Z", checkpoint(20, 3))
    assert Forgotten.from_dict(record.to_dict(), "f") == record
    with pytest.raises(InvalidInput, match=r"member checkpoint\.digest is missing"):
        Forgotten.from_dict({**record.to_dict(), "checkpoint": {
            k: v for k, v in checkpoint(20, 3).to_dict().items() if k != "digest"}}, "f")
    with pytest.raises(InvalidInput, match="names another ledger"):
        Forgotten.from_dict({**record.to_dict(), "ledger_id": OTHER_LEDGER}, "f")


# -- the data folder -------------------------------------------------------------------


def test_xdg_data_home_is_honoured(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    folder = data_dir()
    assert folder == tmp_path / "xdg" / "tijori"
    assert folder.is_dir() and mode(folder) == 0o700 and mode(tmp_path / "xdg") == 0o700


def test_a_relative_xdg_data_home_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", "relative/path")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert data_location(platform="linux") == tmp_path / ".local" / "share" / "tijori"


def test_platform_data_folders(tmp_path):
    home = tmp_path / "home"
    assert data_location({}, "linux", home) == home / ".local" / "share" / "tijori"
    assert data_location({}, "darwin", home) == (home / "Library" / "Application Support"
                                                 / "tijori")
    appdata = r"C:\Users\ana\AppData\Roaming"
    assert data_location({"APPDATA": appdata}, "win32", home) == Path(appdata) / "tijori"
    assert data_location({}, "win32", home) == home / "AppData" / "Roaming" / "tijori"
    xdg = str(tmp_path / "xdg")
    for platform in ("linux", "darwin"):
        assert data_location({"XDG_DATA_HOME": xdg}, platform, home) == Path(xdg) / "tijori"


def test_an_existing_open_folder_is_made_owner_only(tmp_path):
    folder = tmp_path / "tijori"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    assert private_folder(folder) == folder
    assert mode(folder) == 0o700
    (tmp_path / "file").write_bytes(b"")
    with pytest.raises(InvalidInput, match="cannot make the folder"):
        private_folder(tmp_path / "file")
