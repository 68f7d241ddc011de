"""Killed at any moment: `tijori import bars` and `tijori passwd` under SIGKILL.

Each command runs in a process of its own and is killed at several points of
its run (fractions of the time a full run takes on this machine). Afterwards
the ledger must open, its journal verify, and its holdings be all of the import
or none of it; after a killed re-key, exactly one of the two passphrases opens
the ledger file, on its own, complete.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.domain.errors import LedgerError
from app.services import session
from app.store.ledger import Ledger
from app.store.verify import verify
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

BARS = 30_000  # two parts of an import
FRACTIONS = (0.15, 0.35, 0.55, 0.75, 0.9)


def _bar_list(path: Path) -> Path:
    lines = ["serial,brand,year,gross_oz,fineness"]
    lines += [f"K{i:06d},PAMP,2020,400.{i % 1000:03d},999.9" for i in range(BARS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _start(ledger: Path, *argv: str, new: str | None = None) -> subprocess.Popen:
    env = {**os.environ, "TIJORI_LEDGER": str(ledger), "TIJORI_PASSPHRASE": PASSPHRASE,
           "TIJORI_ACTOR": "crash-test"}
    if new:
        env["TIJORI_NEW_PASSPHRASE"] = new
    return subprocess.Popen([sys.executable, "-m", "app.cli.main", *argv], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _full_run(ledger: Path, *argv: str, new: str | None = None) -> float:
    start = time.perf_counter()
    proc = _start(ledger, *argv, new=new)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    return time.perf_counter() - start


def _killed(ledger: Path, delay: float, *argv: str, new: str | None = None) -> bool:
    """Run and SIGKILL after `delay` seconds; True if it was still running."""
    proc = _start(ledger, *argv, new=new)
    time.sleep(delay)
    running = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    return running


@pytest.fixture(scope="module")
def start(tmp_path_factory) -> Path:
    """A ledger with a vault and a few events, closed cleanly."""
    folder = tmp_path_factory.mktemp("crash")
    path = folder / "start.tijori"
    with session.create_ledger(path, PASSPHRASE, "crash-test") as ledger:
        from app.services import recording

        recording.add_site(ledger, "VLT", "Vault", "vault")
    return path


def _copy(start: Path, folder: Path) -> Path:
    path = folder / "ledger.tijori"
    shutil.copyfile(start, path)
    return path


def _state(path: Path, passphrase: str) -> tuple[int, int]:
    """(events, bars) of a ledger whose journal must verify."""
    with Ledger.open(path, passphrase, actor="check") as ledger:
        report = verify(ledger)
        assert report.ok, report.problems
        bars = ledger.conn.execute("SELECT count(*) FROM bars").fetchone()[0]
    return report.events, bars


@pytest.mark.slow
def test_a_killed_import_leaves_all_of_it_or_none(start, tmp_path):
    csv_path = _bar_list(tmp_path / "bars.csv")
    timing = tmp_path / "timing"
    timing.mkdir()
    events_before, _ = _state(_copy(start, timing), PASSPHRASE)
    duration = _full_run(_copy(start, timing), "import", "bars", str(csv_path), "--site",
                         "VLT", "--metal", "gold")
    outcomes = set()
    for number, fraction in enumerate(FRACTIONS):
        folder = tmp_path / f"kill-{number}"
        folder.mkdir()
        ledger = _copy(start, folder)
        _killed(ledger, duration * fraction, "import", "bars", str(csv_path), "--site",
                "VLT", "--metal", "gold")
        events, bars = _state(ledger, PASSPHRASE)
        assert (events, bars) in {(events_before, 0), (events_before + 2, BARS)}, fraction
        outcomes.add(bars)
    assert 0 in outcomes  # some kills came before the commit (and were rolled back)


def _opens(path: Path, passphrase: str) -> bool:
    try:
        Ledger.open(path, passphrase, actor="check").close()
    except LedgerError:
        return False
    return True


@pytest.mark.slow
def test_a_killed_passwd_leaves_exactly_one_passphrase_opening_a_whole_ledger(start, tmp_path):
    csv_path = _bar_list(tmp_path / "bars.csv")
    base = tmp_path / "base"
    base.mkdir()
    stocked = _copy(start, base)
    _full_run(stocked, "import", "bars", str(csv_path), "--site", "VLT", "--metal", "gold")
    events_before, _ = _state(stocked, PASSPHRASE)
    timing = tmp_path / "timing"
    timing.mkdir()
    duration = _full_run(_copy(stocked, timing), "passwd", new=OTHER_PASSPHRASE)
    seen = set()
    for number, fraction in enumerate(FRACTIONS):
        folder = tmp_path / f"kill-{number}"
        folder.mkdir()
        ledger = _copy(stocked, folder)
        _killed(ledger, duration * fraction, "passwd", new=OTHER_PASSPHRASE)
        alone = folder / "alone.tijori"  # the main file by itself, without a -wal
        shutil.copyfile(ledger, alone)
        old, new = _opens(alone, PASSPHRASE), _opens(alone, OTHER_PASSPHRASE)
        assert old != new, f"killed at {fraction:.0%}: old opens {old}, new opens {new}"
        passphrase = PASSPHRASE if old else OTHER_PASSPHRASE
        events, bars = _state(alone, passphrase)
        assert bars == BARS
        assert events == events_before + (0 if old else 1)  # the re-key event came with it
        assert _opens(ledger, passphrase) and not _opens(
            ledger, OTHER_PASSPHRASE if old else PASSPHRASE)
        seen.add("old" if old else "new")
    assert "old" in seen  # some kills came before the new file was in place
