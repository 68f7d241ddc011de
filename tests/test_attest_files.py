"""The files an attestation leaves on disk: who may read them, and what a kill leaves behind.

- Files that carry holdings (leaves, their tree cache, requests, reports with the
  leaves) are owner-only (0600); files meant to be handed out or published
  (responses, attestations, proofs, public reports) are 0644. README.md lists them.
- `tijori attest request` killed half-way leaves no temporary file behind when it
  can catch the signal, and the next request for the same leaves cleans up after
  one it could not catch (SIGKILL) and replaces leaves no finished request uses.
- `tijori attest finalize` records the attestation first and writes its file
  second; run again, it writes the recorded file again.

Real ledgers, real keys, real files, real processes.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.attest.certs import self_signed_certificate
from app.attest.keyfile import encrypt_private_key
from app.attest.keys import PrivateKey
from app.attest.policy import format_time
from app.domain.errors import InvalidInput
from app.domain.progress import Task
from app.services import attesting, importing, recording, reporting, session
from app.services import keys as keyservice
from tests.attest_helpers import (
    CUSTODIAN,
    FAR_FUTURE,
    FAST_KDF,
    KEY_PASSPHRASE,
    attest,
    leaf_lines,
    request,
    sign,
    statement_of,
)
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.engines

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _key_passphrase(monkeypatch):
    monkeypatch.setenv("TIJORI_KEY_PASSPHRASE", KEY_PASSPHRASE)


@pytest.fixture(autouse=True)
def _umask():
    """The usual umask, so that the modes asked for are the modes seen."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path | str) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def temporary_files(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.endswith(".tmp"))


def attestation_events(cli) -> int:
    events = cli("journal", "log", "--json").json()["events"]
    return [e["kind"] for e in events].count("attestation.finalized")


# -- 4. who may read each file ---------------------------------------------------------------


@pytest.fixture(scope="module")
def report_policy(ring, tmp_path_factory):
    """Policy v1's keys plus a report-signer (P-256, with its certificate beside it)."""
    folder = tmp_path_factory.mktemp("report-keys")
    now = datetime.now(UTC)
    key = PrivateKey.generate("ecdsa-p256")
    key_file = folder / "report.key"
    key_file.write_bytes(encrypt_private_key(key, KEY_PASSPHRASE, name="reporter",
                                             created=format_time(now), kdf_params=FAST_KDF))
    Path(f"{key_file}.crt").write_bytes(self_signed_certificate(
        key, name="reporter", not_before=now - timedelta(days=1),
        not_after=now + timedelta(days=365)))
    keyservice.export_public(str(key_file), str(folder / "report.pub"))
    policy = folder / "policy.json"
    keyservice.draft_policy(
        out=str(policy), name="Tijori trust policy", expires=FAR_FUTURE,
        custodians=[ring.pub("cust1"), ring.pub("cust2")], custodian_threshold=2,
        auditors=[ring.pub("aud")], auditor_threshold=1, admins=[ring.pub("admin")],
        admin_threshold=1, report_signers=[str(folder / "report.pub")])
    keyservice.sign_policy(str(policy), ring.key("admin"), KEY_PASSPHRASE)
    return {"policy": str(policy), "key": str(key_file)}


def make_report(attested, report_policy, out: Path, *, public: bool) -> None:
    att, leaves, _ = attested
    reporting.make_report(
        attestation_path=str(att), policy_path=report_policy["policy"],
        leaves_path=str(leaves), report_key_path=report_policy["key"],
        passphrase=lambda: KEY_PASSPHRASE, out=str(out), json_out=f"{out}.json",
        public=public, proofs=[1])


@pytest.fixture
def attested(stocked, cli, ring, report_policy, tmp_path):
    return attest(cli, ring, tmp_path, "files", policy=report_policy["policy"])


def test_a_report_with_the_holdings_is_owner_only_a_public_one_is_not(
        attested, report_policy, tmp_path, monkeypatch):
    made: dict[str, int] = {}  # each temporary file's mode the moment it is created
    real_open = os.open

    def watching_open(path, flags, mode=0o777, *args, **kwargs):
        fd = real_open(path, flags, mode, *args, **kwargs)
        if str(path).endswith(".tmp"):
            made[Path(path).name.split(".")[1]] = stat.S_IMODE(os.fstat(fd).st_mode)
        return fd

    monkeypatch.setattr(os, "open", watching_open)
    make_report(attested, report_policy, tmp_path / "full.pdf", public=False)
    make_report(attested, report_policy, tmp_path / "public.pdf", public=True)
    monkeypatch.undo()

    # The full report carries every leaf: owner-only, from the first byte written.
    assert mode(tmp_path / "full.pdf") == 0o600
    assert mode(tmp_path / "full.pdf.json") == 0o600
    assert made["full"] == 0o600
    # The public edition has no leaves and is made to be published.
    assert mode(tmp_path / "public.pdf") == 0o644
    assert mode(tmp_path / "public.pdf.json") == 0o644
    assert made["public"] == 0o644
    assert json.loads((tmp_path / "public.pdf.json").read_bytes())["leaves"] is None


def test_every_file_of_an_attestation_has_the_mode_the_readme_lists(
        attested, cli, ring, tmp_path):
    att, leaves, req = attested
    owner_only = {req, leaves, attesting.tree_cache_path(leaves)}
    public = {att, *req.parent.glob(f"{req.name}.*.sig")}
    proof = tmp_path / "proof.json"
    assert cli("proof", "--attestation", str(att), "--leaves", str(leaves), "--holding", "1",
               "--out", str(proof)).code == 0
    public.add(proof)  # a proof reveals its one holding: it is made to be handed out
    frames = tmp_path / "qr"
    assert cli("qr", "encode", str(req), "--out-dir", str(frames)).code == 0
    decoded = tmp_path / "carried.req.json"
    result = cli("qr", "decode", *map(str, sorted(frames.glob("*.png"))), "--out", str(decoded))
    assert result.code == 0, result.err
    owner_only.add(decoded)  # what came in on QR codes may be a request with its leaves
    assert decoded.read_bytes() == req.read_bytes()
    assert len(public) == 5
    assert {str(p): mode(p) for p in owner_only} == {str(p): 0o600 for p in owner_only}
    assert {str(p): mode(p) for p in public} == {str(p): 0o644 for p in public}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("LEAVES.tree", "REPORT.pdf", "--public", "0600", "0644"):
        assert name in readme


# -- 5. a request stopped half-way -------------------------------------------------------------


def test_leaves_that_no_finished_request_uses_are_replaced(stocked, cli, ring, tmp_path):
    req, leaves = request(cli, ring, tmp_path, "again")
    first, _ = leaf_lines(leaves)
    # What a kill after the leaves and before the request leaves behind: the leaves alone.
    req.unlink()
    attesting.tree_cache_path(leaves).unlink()
    req2, leaves2 = request(cli, ring, tmp_path, "again")
    header, _ = leaf_lines(leaves2)
    assert header["attestation_id"] != first["attestation_id"]
    assert header["attestation_id"] == statement_of(req2)["attestation_id"]
    assert attesting.tree_cache_path(leaves).exists()
    assert mode(leaves) == 0o600
    assert temporary_files(tmp_path) == []


def test_a_finished_request_is_never_overwritten(stocked, cli, ring, tmp_path):
    req, leaves = request(cli, ring, tmp_path, "done")
    before = (req.read_bytes(), leaves.read_bytes())
    tree = attesting.tree_cache_path(leaves)
    result = cli("attest", "request", "--policy", ring.policy, "--out", str(req),
                 "--leaves-out", str(leaves), "--custodian", CUSTODIAN)
    assert result.code == 2
    assert "finished signing request" in result.err
    assert f"rm {req} {leaves} {tree}" in result.err  # what to run to make it again
    assert (req.read_bytes(), leaves.read_bytes()) == before


def test_the_leaves_of_another_finished_request_are_kept(stocked, cli, ring, tmp_path):
    _, leaves = request(cli, ring, tmp_path, "first")
    before = leaves.read_bytes()
    other = tmp_path / "second.req.json"
    tree = attesting.tree_cache_path(leaves)
    result = cli("attest", "request", "--policy", ring.policy, "--out", str(other),
                 "--leaves-out", str(leaves), "--custodian", CUSTODIAN)
    assert result.code == 2
    assert "finished signing request" in result.err and f"rm {leaves} {tree}" in result.err
    assert leaves.read_bytes() == before and not other.exists()


def test_the_leaves_of_a_recorded_attestation_are_kept(stocked, cli, ring, tmp_path):
    att, leaves, req = attest(cli, ring, tmp_path, "kept")
    before = leaves.read_bytes()
    req.unlink()
    attesting.tree_cache_path(leaves).unlink()
    result = cli("attest", "request", "--policy", ring.policy, "--out", str(req),
                 "--leaves-out", str(leaves), "--custodian", CUSTODIAN)
    assert result.code == 2
    assert statement_of(att)["attestation_id"] in result.err
    assert "recorded in this ledger" in result.err
    assert leaves.read_bytes() == before and not req.exists()


def test_a_request_removes_the_temporary_files_a_killed_one_left(stocked, cli, ring, tmp_path):
    stale = [tmp_path / ".stale.leaves.jsonl.0123456789abcdef.tmp",
             tmp_path / ".stale.leaves.jsonl.tree.fedcba9876543210.tmp",
             tmp_path / ".stale.req.json.00112233445566aa.tmp"]
    others = [tmp_path / ".other.leaves.jsonl.0123456789abcdef.tmp", tmp_path / "notes.tmp",
              tmp_path / ".stale.leaves.jsonl.notours.tmp"]
    for path in stale + others:
        path.write_bytes(b"{}")
    request(cli, ring, tmp_path, "stale")
    assert temporary_files(tmp_path) == sorted(p.name for p in others)


@pytest.mark.parametrize("stop", ["leaves", "request"])
def test_an_interrupted_request_leaves_nothing(stocked, ring, ledger_path, tmp_path, stop,
                                               monkeypatch):
    out, leaves = tmp_path / "cut.req.json", tmp_path / "cut.leaves.jsonl"
    task, seen = Task(), []
    if stop == "leaves":  # Ctrl-C (or SIGTERM, made one by the CLI) while the leaves are made
        def interrupted() -> bool:
            seen.extend(temporary_files(tmp_path))
            raise KeyboardInterrupt

        task = Task(cancelled=interrupted)
    else:  # the request file cannot be written (a full disk)
        real = attesting.write_atomic

        def failing(path, data, **kwargs):
            if Path(path) == out:
                raise InvalidInput(f"cannot write {out}: No space left on device")
            return real(path, data, **kwargs)

        monkeypatch.setattr(attesting, "write_atomic", failing)
    ledger = session.open_ledger(ledger_path, PASSPHRASE, "test")
    try:
        with pytest.raises((KeyboardInterrupt, InvalidInput)):
            attesting.make_request(ledger, policy_path=ring.policy, out=str(out),
                                   leaves_out=str(leaves), custodian=CUSTODIAN, task=task)
    finally:
        ledger.close()
    assert sorted(p.name for p in tmp_path.iterdir()
                  if not p.name.startswith(ledger_path.name)) == []
    assert stop != "leaves" or seen  # it was stopped with the leaves half written


# The same through a real `tijori attest request` process, stopped by a signal while it
# writes the leaves of a ledger of some tens of thousands of bars.

BARS = 30000


@pytest.fixture(scope="module")
def big_ledger(tmp_path_factory):
    folder = tmp_path_factory.mktemp("big")
    bars = folder / "bars.csv"
    bars.write_text("serial,brand,year,gross_oz,fineness\n" + "".join(
        f"S{i:06d},PAMP,2022,400.100,999.9\n" for i in range(BARS)), encoding="utf-8")
    path = folder / "big.tijori"
    ledger = session.create_ledger(path, PASSPHRASE, "test-custodian")
    try:
        recording.add_site(ledger, "VLT", "Site VLT", "vault")
        importing.import_bars(ledger, bars, site="VLT", metal="gold")
    finally:
        ledger.close()
    return path


@pytest.fixture
def big(big_ledger, tmp_path):
    path = tmp_path / "big.tijori"
    shutil.copyfile(big_ledger, path)
    out = tmp_path / "out"
    out.mkdir()
    return path, out


def _command(ring, ledger: Path, out: Path) -> tuple[list[str], dict[str, str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIJORI_")}
    env.update(TIJORI_LEDGER=str(ledger), TIJORI_PASSPHRASE=PASSPHRASE, TIJORI_ACTOR="test")
    argv = [sys.executable, "-m", "app.cli.main", "attest", "request", "--policy", ring.policy,
            "--out", str(out / "big.req.json"), "--leaves-out", str(out / "big.leaves.jsonl"),
            "--custodian", CUSTODIAN]
    return argv, env


def _stop_while_writing_leaves(ring, ledger: Path, out: Path, how: signal.Signals):
    """Run the request and send `how` once its leaves' temporary file is there.

    Returns the finished process and its stderr, or None when it ended first.
    """
    argv, env = _command(ring, ledger, out)
    proc = subprocess.Popen(argv, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        if any(name.startswith(".big.leaves.jsonl.") for name in os.listdir(out)):
            proc.send_signal(how)
            break
        time.sleep(0.001)
    _, err = proc.communicate(timeout=60)
    return (proc, err) if proc.returncode != 0 else None


def _clear(folder: Path) -> None:
    for path in folder.iterdir():
        path.unlink()


def test_a_request_killed_while_writing_its_leaves_can_be_made_again(big, ring):
    ledger, out = big
    for _ in range(10):
        stopped = _stop_while_writing_leaves(ring, ledger, out, signal.SIGKILL)
        if stopped is not None and temporary_files(out):
            break
        _clear(out)  # it ended, or was killed just after the leaves: try again
    else:
        pytest.fail("the request could not be killed while it wrote its leaves")
    proc, _ = stopped
    assert proc.returncode == -signal.SIGKILL
    assert any(".big.leaves.jsonl." in name for name in temporary_files(out))

    argv, env = _command(ring, ledger, out)
    again = subprocess.run(argv, env=env, cwd=ROOT, capture_output=True, text=True,
                           timeout=120)
    assert again.returncode == 0, again.stderr
    assert temporary_files(out) == []
    header, leaves = leaf_lines(out / "big.leaves.jsonl")
    assert len(leaves) == BARS
    assert header["attestation_id"] == statement_of(out / "big.req.json")["attestation_id"]


def test_a_request_stopped_by_sigterm_leaves_nothing(big, ring):
    ledger, out = big
    for _ in range(10):
        stopped = _stop_while_writing_leaves(ring, ledger, out, signal.SIGTERM)
        if stopped is not None:
            break
        _clear(out)  # it ended before the signal came: try again
    else:
        pytest.fail("the request could not be stopped while it wrote its leaves")
    proc, err = stopped
    assert os.listdir(out) == []  # neither the leaves nor any temporary file
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err


# -- 6. finalize: recorded first, written second ----------------------------------------------


def _responses(req: Path, *signers: str) -> list[str]:
    return [str(req.with_name(f"{req.name}.{s}.sig")) for s in signers]


def test_finalize_again_writes_the_recorded_attestation_again(stocked, cli, ring, tmp_path):
    att, _, req = attest(cli, ring, tmp_path, "twice")
    data = att.read_bytes()
    att.unlink()
    result = cli("attest", "finalize", str(req), *_responses(req, "cust1", "cust2", "aud"),
                 "--out", str(att))
    assert result.code == 0, result.err
    assert "already recorded" in result.out
    assert att.read_bytes() == data
    assert mode(att) == 0o644
    assert attestation_events(cli) == 1
    # Once more with the file there: the same bytes are already there, nothing to do.
    result = cli("attest", "finalize", str(req), *_responses(req, "cust1", "cust2", "aud"),
                 "--out", str(att), "--json")
    assert result.code == 0, result.err
    assert result.json()["already_recorded"] is True
    assert att.read_bytes() == data and attestation_events(cli) == 1


def test_finalize_killed_after_recording_writes_the_file_on_the_next_run(
        stocked, cli, ring, ledger_path, tmp_path, monkeypatch):
    req, _ = request(cli, ring, tmp_path, "crash")
    for signer in ("cust1", "cust2", "aud"):
        assert sign(cli, ring, req, signer)[0].code == 0
    att = tmp_path / "crash.att.json"
    real = attesting.write_atomic
    calls = []

    def killed_once(path, data, **kwargs):
        calls.append(Path(path))
        if len(calls) == 1:
            raise KeyboardInterrupt  # the process stopped before the file was written
        return real(path, data, **kwargs)

    monkeypatch.setattr(attesting, "write_atomic", killed_once)
    args = ("attest", "finalize", str(req), *_responses(req, "cust1", "cust2", "aud"),
            "--out", str(att))
    assert cli(*args).code == 130
    assert calls == [att] and not att.exists()
    assert attestation_events(cli) == 1  # recorded, and committed

    result = cli(*args)
    assert result.code == 0, result.err
    ledger = session.open_ledger(ledger_path, PASSPHRASE, "test")
    try:
        (recorded,) = attesting.attestation_history(ledger)
        attesting.export_attestation(ledger, recorded["attestation_id"],
                                     str(tmp_path / "exported.json"))
    finally:
        ledger.close()
    assert recorded["attestation_id"] == statement_of(req)["attestation_id"]
    assert att.read_bytes() == (tmp_path / "exported.json").read_bytes()
    assert attestation_events(cli) == 1


def test_finalize_refuses_another_envelope_for_a_recorded_attestation(
        stocked, cli, ring, tmp_path):
    att, _, req = attest(cli, ring, tmp_path, "other")
    other = tmp_path / "other-order.att.json"
    result = cli("attest", "finalize", str(req), *_responses(req, "aud", "cust2", "cust1"),
                 "--out", str(other))
    assert result.code == 2
    attestation_id = statement_of(att)["attestation_id"]
    assert f"attestation {attestation_id} is already recorded in this ledger" in result.err
    assert "other signatures" in result.err
    assert not other.exists() and attestation_events(cli) == 1
