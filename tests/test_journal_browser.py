"""The journal browser: filters, keyset paging, the holding filter, CSV export, the CLI."""

from __future__ import annotations

import csv
import json
import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.domain.errors import InvalidInput, NotFound
from app.services import journal_browser, ledger_views, recording, session
from app.services.journal_browser import Filter
from app.services.movement import Movement
from tests.conftest import PASSPHRASE
from tests.export_helpers import run_tijori

pytestmark = pytest.mark.engines

START = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


class Clock:
    """A ledger clock that moves on by `step` at each reading, from START."""

    def __init__(self, step: timedelta = timedelta(hours=6)) -> None:
        self.now = START
        self.step = step

    def __call__(self) -> datetime:
        now = self.now
        self.now += self.step
        return now


@pytest.fixture(scope="module")
def path(tmp_path_factory) -> Path:
    """38 events over ten days, by two actors: receipts, single and multi moves."""
    path = tmp_path_factory.mktemp("browser") / "browse.tijori"
    clock = Clock()
    ledger = session.create_ledger(path, PASSPHRASE, "alice", clock=clock)
    try:
        for code in ("VLT", "VLT2"):
            recording.add_site(ledger, code, f"Site {code}", "vault")
        for n in range(1, 31):
            ledger.actor = "alice" if n % 3 else "bob"
            recording.add_bar(ledger, site="VLT", metal="gold", brand="PAMP", serial=f"B-{n}",
                              year="2022", gross_oz="400.100", fineness="999.9",
                              location=f"A-{n:02d}",
                              movement=Movement.build("receipt", seals=[f"S-{n}"]))
        ledger.actor = "carol"
        recording.transfer(ledger, 4, "VLT2", "B-04", Movement.build("transfer",
                                                                     seals=["S-9001"]))
        recording.transfer_many(ledger, [5, 6, 7], "VLT2", "C-01")
        recording.withdraw_many(ledger, [8, 9])
        recording.adjust(ledger, 5, reason="re-weighed", gross_oz="400.200")
        ledger.actor = "=cmd|' /C calc'!A0"  # a spreadsheet formula, as an actor's name
        recording.add_site(ledger, "VLT3", "Site VLT3", "vault")
    finally:
        ledger.close()
    return path


@pytest.fixture
def ledger(path):
    with session.open_ledger(path, PASSPHRASE, "reader") as opened:
        yield opened


def seqs(ledger, flt=None, **kw) -> list[int]:
    view = journal_browser.open_view(ledger, flt, **kw)
    found = [e.seq for e in journal_browser.entries(ledger, view)]
    assert view.count == len(found)
    return found


def every(ledger) -> list:
    return ledger_views.journal_log(ledger)


def test_newest_first_by_default_and_counted(ledger):
    found = seqs(ledger)
    assert found == sorted(found, reverse=True)
    assert found == [e["seq"] for e in reversed(every(ledger))]
    assert seqs(ledger, oldest_first=True) == sorted(found)


@pytest.mark.parametrize("size", [1, 7, 10, 50])
@pytest.mark.parametrize("oldest_first", [False, True])
def test_paging_loses_and_repeats_nothing(ledger, size, oldest_first):
    view = journal_browser.open_view(ledger, Filter(kinds=("bar.received",)),
                                     oldest_first=oldest_first)
    assert view.count == 30
    got, after, pages = [], None, 0
    while True:
        page = journal_browser.page(ledger, view, after, size)
        assert len(page) <= size
        got += [e.seq for e in page]
        pages += 1
        if len(page) < size:
            break
        after = page[-1].seq
    assert len(got) == len(set(got)) == 30
    assert got == sorted(got, reverse=not oldest_first)
    assert got == sorted(e["seq"] for e in every(ledger) if e["kind"] == "bar.received")[
        :: 1 if oldest_first else -1]
    assert pages == 30 // size + 1


def test_filter_by_kinds_and_actor(ledger):
    log = every(ledger)
    moves = ("holding.transferred", "holdings.transferred")
    assert seqs(ledger, Filter(kinds=moves), oldest_first=True) == [
        e["seq"] for e in log if e["kind"] in moves]
    bob = seqs(ledger, Filter(actor="bob"), oldest_first=True)
    assert len(bob) == 10 and bob == [e["seq"] for e in log if e["actor"] == "bob"]
    assert seqs(ledger, Filter(actor="bob", kinds=("holding.adjusted",))) == []
    with pytest.raises(InvalidInput, match=r"no event kind 'bar\.recieved'") as refused:
        journal_browser.open_view(ledger, Filter(kinds=("bar.recieved",)))
    assert refused.value.field == "kind"


def test_filter_by_dates_minutes_and_times(ledger):
    log = every(ledger)
    day = [e["seq"] for e in log if e["time"].startswith("2026-12-03")]
    assert len(day) == 4  # an event every six hours
    assert seqs(ledger, Filter(since="2026-12-03", until="2026-12-03"), oldest_first=True) == day
    # The minute as times are shown includes all of it; an RFC 3339 time is that instant.
    at = next(e for e in log if e["time"].startswith("2026-12-03T14:00"))
    assert seqs(ledger, Filter(since="2026-12-03 14:00", until="2026-12-03 14:00")) == [
        at["seq"]]
    assert seqs(ledger, Filter(until="2026-12-03T14:00:00Z"), oldest_first=True)[-1] == at["seq"]
    assert seqs(ledger, Filter(since="2026-12-03T15:00:00+01:00"))[-1] == at["seq"]
    with pytest.raises(InvalidInput, match="not a date") as bad:
        journal_browser.open_view(ledger, Filter(since="yesterday"))
    assert bad.value.field == "since"
    with pytest.raises(InvalidInput, match="is after until"):
        journal_browser.open_view(ledger, Filter(since="2026-12-05", until="2026-12-04"))
    with pytest.raises(InvalidInput) as month:
        journal_browser.open_view(ledger, Filter(until="2026-13-01"))
    assert month.value.field == "until"


def test_filter_by_holding_finds_single_and_multi_holding_events(ledger):
    log = {e["seq"]: e for e in every(ledger)}
    five = seqs(ledger, Filter(holding=5), oldest_first=True)
    assert [log[s]["kind"] for s in five] == ["bar.received", "holdings.transferred",
                                              "holding.adjusted"]
    four = seqs(ledger, Filter(holding="4"), oldest_first=True)
    assert [log[s]["kind"] for s in four] == ["bar.received", "holding.transferred"]
    # A withdrawn bar keeps its history; the multi-holding withdrawal names it.
    nine = seqs(ledger, Filter(holding=9))
    assert [log[s]["kind"] for s in nine] == ["holdings.withdrawn", "bar.received"]
    # By serial, as people name a bar; combined with another filter.
    assert seqs(ledger, Filter(holding="B-5", kinds=("holdings.transferred",))) == [five[1]]
    with pytest.raises(NotFound):
        journal_browser.open_view(ledger, Filter(holding="NO-SUCH-BAR"))
    multi = journal_browser.history(ledger, 6)
    assert "Transferred 3 bars from VLT to VLT2, location C-01" in multi[1].sentence


def test_after_an_event_number(ledger):
    after = seqs(ledger, Filter(after=35), oldest_first=True)
    assert after == [e["seq"] for e in every(ledger) if e["seq"] > 35] == [36, 37, 38]


def test_recent_movements_are_sentences_newest_first(ledger):
    recent = journal_browser.recent(ledger, 4)
    assert [e.kind for e in recent] == ["holding.adjusted", "holdings.withdrawn",
                                        "holdings.transferred", "holding.transferred"]
    assert recent[1].sentence.startswith("Withdrawn: 2 bars, 800.120 ozt, from VLT")


def test_csv_export_reads_back(ledger, tmp_path):
    out = tmp_path / "bob.csv"
    view = journal_browser.open_view(ledger, Filter(actor="bob"))
    result = journal_browser.export(ledger, view, out)
    assert result == {"path": str(out), "format": "csv", "events": 10}
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(journal_browser.CSV_COLUMNS)
    log = {e["seq"]: e for e in every(ledger)}
    assert [int(r["seq"]) for r in rows] == sorted(
        (s for s, e in log.items() if e["actor"] == "bob"), reverse=True)
    for row in rows:
        event = log[int(row["seq"])]
        assert row["hash"] == event["hash"] and row["time"] == event["time"]
        assert row["kind"] == "bar.received" and row["actor"] == "bob"
        serial = event["payload"]["serial"]
        assert f"Received PAMP 2022 {serial}" in row["sentence"]
        assert row["sentence"].endswith(f"(event {row['seq']})")
        assert row["holdings"] == str(event["payload"]["id"])
    # Never overwritten unless asked (the GUI's file dialog asks first).
    with pytest.raises(InvalidInput, match="already exists"):
        journal_browser.export(ledger, view, out)
    again = journal_browser.export(ledger, journal_browser.open_view(ledger), out,
                                   overwrite=True)
    with out.open(newline="", encoding="utf-8") as handle:
        assert len(list(csv.reader(handle))) == again["events"] + 1 == len(log) + 1


def test_csv_cells_never_start_a_formula(ledger, tmp_path):
    out = tmp_path / "all.csv"
    journal_browser.export(ledger, journal_browser.open_view(ledger, Filter(
        kinds=("site.added",))), out)
    with out.open(newline="", encoding="utf-8") as handle:
        actors = [row["actor"] for row in csv.DictReader(handle)]
    assert actors[0] == "'=cmd|' /C calc'!A0" and "alice" in actors


def test_documents_in_the_csv(tmp_path):
    doc = tmp_path / "release.pdf"
    doc.write_bytes(b"release order")
    path = tmp_path / "docs.tijori"
    with session.create_ledger(path, PASSPHRASE, "alice") as ledger:
        recording.add_site(ledger, "VLT", "Vault", "vault")
        recording.add_bar(ledger, site="VLT", metal="gold", brand="PAMP", serial="D-1",
                          year="2022", gross_oz="400.100", fineness="999.9",
                          movement=Movement.build("receipt", documents=[doc]))
        out = tmp_path / "docs.csv"
        journal_browser.export(ledger, journal_browser.open_view(
            ledger, Filter(kinds=("bar.received",))), out)
    row = next(csv.DictReader(out.open(newline="", encoding="utf-8")))
    import hashlib

    assert row["documents"] == f"release.pdf sha256:{hashlib.sha256(b'release order').hexdigest()}"


def test_cli_in_a_fresh_process(path, tmp_path):
    ledger = ["--ledger", str(path)]
    text = run_tijori("journal", "log", *ledger, "--kind", "holding.transferred",
                      "--kind", "holdings.transferred")
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert len(lines) == 2
    assert "carol · Transferred bar 4 from VLT A-04 to VLT2, location B-04, seal S-9001" in lines[0]
    assert "Transferred 3 bars from VLT to VLT2, location C-01" in lines[1]

    out = run_tijori("journal", "log", *ledger, "--kind", "bar.received", "--by", "bob",
                     "--format", "csv", "--newest-first", "--limit", "4")
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(out.stdout.splitlines()))
    assert len(rows) == 4 and {r["actor"] for r in rows} == {"bob"}
    assert [int(r["seq"]) for r in rows] == sorted((int(r["seq"]) for r in rows), reverse=True)

    target = tmp_path / "journal.json"
    wrote = run_tijori("journal", "log", *ledger, "--holding", "5", "--format", "json",
                       "--out", str(target))
    assert wrote.returncode == 0, wrote.stderr
    assert f"Wrote 3 events to {target}" in wrote.stdout
    events = json.loads(target.read_text(encoding="utf-8"))["events"]
    assert [e["kind"] for e in events] == ["bar.received", "holdings.transferred",
                                           "holding.adjusted"]
    assert events[1]["holdings"] == "5 6 7" and events[1]["payload"]["to_site"] == "VLT2"

    refused = run_tijori("journal", "log", *ledger, "--since", "last week")
    assert refused.returncode == 2 and "since 'last week' is not a date" in refused.stderr


def test_cli_keeps_its_old_options(cli, path, monkeypatch):
    monkeypatch.setenv("TIJORI_LEDGER", str(path))
    old = cli("journal", "log", "--since", "35", "--limit", "2", "--json")
    assert old.code == 0, old.err
    events = old.json()["events"]
    assert [e["seq"] for e in events] == [36, 37]  # oldest first, after event 35
    assert {"seq", "time", "actor", "kind", "hash", "prev_hash", "payload"} <= set(events[0])
    assert events[0]["sentence"].endswith("(event 36)")
