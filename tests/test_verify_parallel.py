"""The two-process path of `verify --leaves` gives the same verdict as the single one."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import parallel, verifying

SAMPLES = Path(__file__).resolve().parent.parent / "reports" / "samples"


def _verdict():
    return verifying.verify_file(str(SAMPLES / "attestation.json"), str(SAMPLES / "policy.json"),
                                 leaves=str(SAMPLES / "leaves.jsonl"))


def _checks(verdict):
    return [(c.name, c.passed, c.reason) for c in verdict.checks]


@pytest.fixture(autouse=True)
def fork_allowed(monkeypatch):
    """As in the CLI's process (a test worker that imported app.gui has forbidden it)."""
    monkeypatch.setattr(parallel, "_FORK_ALLOWED", True)


@pytest.mark.parametrize("threshold", [2, 3, 5])
def test_forked_workers_agree_with_one_process(monkeypatch, threshold):
    single = _verdict()
    monkeypatch.setattr(verifying, "PARALLEL_FROM", threshold)
    pools = []
    real_pool = verifying.ProcessPoolExecutor
    monkeypatch.setattr(verifying, "ProcessPoolExecutor",
                        lambda *a, **k: pools.append(1) or real_pool(*a, **k))
    forked = _verdict()
    assert pools == [1]
    assert forked.ok and single.ok
    assert _checks(forked) == _checks(single)


def test_forked_workers_catch_a_tampered_leaf(monkeypatch, tmp_path):
    lines = (SAMPLES / "leaves.jsonl").read_bytes().split(b"\n")
    lines[-2] = lines[-2].replace(b'"quantities":[{"commodity":"', b'"quantities":[{"commodity":"x')
    leaves = tmp_path / "leaves.jsonl"
    leaves.write_bytes(b"\n".join(lines))
    monkeypatch.setattr(verifying, "PARALLEL_FROM", 2)
    verdict = verifying.verify_file(str(SAMPLES / "attestation.json"),
                                    str(SAMPLES / "policy.json"), leaves=str(leaves))
    failed = {c.name for c in verdict.failures}
    assert {"root recomputed", "totals recomputed"} <= failed


def test_parallel_off_never_forks_and_agrees(monkeypatch):
    """The GUI verifies with parallel=False: same verdict, and no process pool at all."""
    single = _verdict()
    monkeypatch.setattr(verifying, "PARALLEL_FROM", 2)

    def no_pool(*args, **kwargs):
        raise AssertionError("parallel=False must not start a process pool")

    monkeypatch.setattr(verifying, "ProcessPoolExecutor", no_pool)
    unforked = verifying.verify_file(str(SAMPLES / "attestation.json"),
                                     str(SAMPLES / "policy.json"),
                                     leaves=str(SAMPLES / "leaves.jsonl"), parallel=False)
    assert unforked.ok
    assert _checks(unforked) == _checks(single)
    report = verifying.verify_file(str(SAMPLES / "report.pdf"), str(SAMPLES / "policy.json"),
                                   parallel=False)
    assert report.ok and "root recomputed" in {c.name for c in report.checks}


def test_a_gui_process_never_forks(monkeypatch):
    """Importing the desktop application forbids forking for every later verification."""
    import subprocess
    import sys

    probe = ("from app.services import parallel; before = parallel.may_fork(); "
             "import app.gui; print(before, parallel.may_fork())")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True, cwd=Path(__file__).resolve().parents[1])
    assert done.stdout.split() == ["True", "False"]

    parallel.forbid_forking()
    monkeypatch.setattr(verifying, "PARALLEL_FROM", 2)

    def no_pool(*args, **kwargs):
        raise AssertionError("a process that forbade forking started a process pool")

    monkeypatch.setattr(verifying, "ProcessPoolExecutor", no_pool)
    assert _verdict().ok
