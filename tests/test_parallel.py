"""Work run ahead in a forked child: the same items, the same errors, no child left over."""

from __future__ import annotations

import os
import time

import pytest

from app.domain.barlist import BarListRejected, RowError
from app.services import importing, parallel
from app.store.ledger import Ledger
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.engines


@pytest.fixture(autouse=True)
def fork_allowed(monkeypatch):
    """As in the CLI's process (a test worker that imported app.gui has forbidden it)."""
    monkeypatch.setattr(parallel, "_FORK_ALLOWED", True)


def _pids(count: int):
    for number in range(count):
        yield f"{number}:{os.getpid()}".encode()


def test_items_come_from_a_child_in_order():
    items = [item.decode().split(":") for item in parallel.run_ahead(lambda: _pids(50))]
    assert [int(number) for number, _ in items] == list(range(50))
    assert {int(pid) for _, pid in items} != {os.getpid()}  # made in another process


def test_without_fork_the_items_are_made_here(monkeypatch):
    parallel.forbid_forking()
    items = [item.decode().split(":") for item in parallel.run_ahead(lambda: _pids(3))]
    assert {int(pid) for _, pid in items} == {os.getpid()}


def _failing():
    yield b"first"
    raise BarListRejected("list.csv", [RowError(7, "serial", "is empty")], 3)


def test_an_error_in_the_child_is_raised_here_whole():
    seen = []
    with pytest.raises(BarListRejected) as caught:
        for item in parallel.run_ahead(_failing):
            seen.append(item)
    assert seen == [b"first"]
    assert caught.value.source == "list.csv" and caught.value.total_bad == 3
    assert caught.value.errors == [RowError(7, "serial", "is empty")]
    assert "line 7, column serial: is empty" in str(caught.value)


def _endless():
    while True:
        yield b"x" * 100_000


def test_stopping_early_ends_the_child():
    import multiprocessing

    before = set(multiprocessing.active_children())
    items = parallel.run_ahead(_endless)
    assert next(items) == b"x" * 100_000
    items.close()  # the consumer gives up (a cancel, an error of its own)
    time.sleep(0.1)
    assert set(multiprocessing.active_children()) == before


@pytest.mark.file_only
def test_an_import_is_the_same_with_and_without_a_second_process(ledger, tmp_path,
                                                                  monkeypatch):
    monkeypatch.setattr(importing, "PART_BARS", 40)
    path = tmp_path / "list.csv"
    rows = [f"P{i:05d},PAMP,2021,400.{i % 1000:03d},999.9" for i in range(100)]
    path.write_text("serial,brand,year,gross_oz,fineness\n" + "\n".join(rows) + "\n")
    payloads = {}
    for forked in (True, False):
        monkeypatch.setattr(parallel, "_FORK_ALLOWED", forked)
        copy = tmp_path / f"copy-{forked}.tijori"
        copy.write_bytes(ledger.read_bytes())
        with Ledger.open(copy, PASSPHRASE, actor="t") as opened:
            importing.import_bars(opened, path, site="VLT", metal="gold")
            payloads[forked] = [bytes(row[0]) for row in opened.conn.execute(
                "SELECT payload FROM events WHERE kind = 'bars.imported' ORDER BY seq")]
    assert len(payloads[True]) == 3
    assert payloads[True] == payloads[False]
