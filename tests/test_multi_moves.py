"""Several holdings moved in one journal event: transfer_many, withdraw_many, the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain.errors import Ambiguous, InvalidInput, NotFound
from app.services import overview, recording, session
from app.store import verify
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.engines

ROOT = Path(__file__).resolve().parent.parent
GROSS = {"B-1": "400.000", "B-2": "401.000", "B-3": "402.000", "B-4": "403.000",
         "B-5": "404.000"}


def _open(path: Path):
    return session.open_ledger(path, PASSPHRASE, "tester")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A ledger: bars B-1..B-5 in vault VLT, two bars sharing serial D7, a lot, a tank."""
    path = tmp_path / "moves.tijori"
    ledger = session.create_ledger(path, PASSPHRASE, "tester")
    with ledger:
        for code, kind in (("VLT", "vault"), ("VLT2", "vault"), ("WH", "warehouse"),
                           ("TF", "tank-farm")):
            recording.add_site(ledger, code, f"Site {code}", kind)
        for serial, gross in GROSS.items():
            recording.add_bar(ledger, site="VLT", metal="gold", brand="PAMP", serial=serial,
                              year="2022", gross_oz=gross, fineness="999.9", location="A-1")
        for brand, year in (("ARGOR", "2021"), ("VALC", "2023")):
            recording.add_bar(ledger, site="VLT", metal="gold", brand=brand, serial="D7",
                              year=year, gross_oz="400.000", fineness="999.9")
        recording.add_lot(ledger, site="WH", metal="copper", warrant="W-1", brand="KGHM",
                          shape="cathode", grade="Cu-CATH-1", bundles=10, gross_t="25.300",
                          net_t="25.100")
        recording.add_tank(ledger, site="TF", code="T-1", commodity="crude-oil")
    return path


@pytest.fixture
def ledger(path: Path):
    with _open(path) as opened:
        yield opened


def _ids(ledger, *serials: str) -> list[int]:
    return [recording.find_holding(ledger, s, brand="PAMP")["id"] for s in serials]


def _totals(ledger) -> dict[str, tuple[str, int]]:
    """bar_totals, checked against a sum over the bars themselves."""
    kept = {site: (Decimal(oz), n) for site, oz, n in ledger.conn.execute(
        "SELECT site, fine_oz, bars FROM bar_totals WHERE metal = 'gold'")}
    summed: dict[str, tuple[Decimal, int]] = {}
    for site, fine in ledger.conn.execute("SELECT site, fine_oz FROM bars"):
        oz, n = summed.get(site, (Decimal(0), 0))
        summed[site] = (oz + Decimal(fine), n + 1)
    assert kept == summed
    return {site: (str(oz), n) for site, (oz, n) in kept.items()}


def _events(ledger) -> list[tuple[int, str, dict]]:
    return [(e.seq, e.kind, e.payload_obj()) for e in ledger.events()]


def _replays(ledger) -> None:
    report = verify.verify(ledger)
    assert report.ok, report.problems


def test_one_event_moves_several_holdings_and_totals_follow(ledger):
    before = _totals(ledger)
    assert before == {"VLT": ("2809.720", 7)}
    head = ledger.head()[0]
    result = recording.transfer_many(ledger, ["B-1", "b-2", "W-1", "B-3"], "VLT2", "B-04")
    events = _events(ledger)
    assert len(events) == head + 1  # one event for four holdings
    seq, kind, payload = events[-1]
    b1, b2, b3 = _ids(ledger, "B-1", "B-2", "B-3")
    lot = recording.find_holding(ledger, "W-1")
    assert kind == "holdings.transferred"
    assert payload["holdings"] == [
        {"id": b1, "holding_kind": "bar", "from_site": "VLT", "from_location": "A-1"},
        {"id": b2, "holding_kind": "bar", "from_site": "VLT", "from_location": "A-1"},
        {"id": lot["id"], "holding_kind": "lot", "from_site": "WH", "from_location": ""},
        {"id": b3, "holding_kind": "bar", "from_site": "VLT", "from_location": "A-1"},
    ]
    assert (payload["to_site"], payload["location"]) == ("VLT2", "B-04")
    assert payload["movement"]["kind"] == "transfer"
    # 400 + 401 + 402 ozt gross at 999.9: 399.960 + 400.960 + 401.960 fine.
    assert (result["count"], result["bars"], result["lots"]) == (4, 3, 1)
    assert (result["fine_oz"], result["net_t"]) == ("1202.880", "25.100")
    assert result["event"] == seq and result["holdings"] == [b1, b2, lot["id"], b3]
    assert result["summary"] == ("Transferred 3 bars (1,202.880 ozt) and 1 lot (25.100 t) to "
                                 f"VLT2 B-04 — event {seq}")
    assert _totals(ledger) == {"VLT": ("1606.840", 4), "VLT2": ("1202.880", 3)}
    assert (lot["site"], lot["location"]) == ("VLT2", "B-04")
    _replays(ledger)
    for holding in (b1, b2, b3, lot["id"]):
        history = overview.history(ledger, holding)
        [moved] = [e for e in history if e["seq"] == seq]
        assert moved["kind"] == "holdings.transferred"
        assert moved["details"]["id"] == holding and moved["details"]["holdings_moved"] == 4
        assert moved["details"]["to_site"] == "VLT2"
    [b4] = _ids(ledger, "B-4")
    assert seq not in [e["seq"] for e in overview.history(ledger, b4)]
    # A second move of a holding is found too, and its history stays in order.
    again = recording.transfer_many(ledger, ["B-1", "B-4"], "VLT", "A-9")
    assert [e["kind"] for e in overview.history(ledger, b1)] == [
        "bar.received", "holdings.transferred", "holdings.transferred"]
    assert [e["seq"] for e in overview.history(ledger, "B-1")][-1] == again["event"]


def test_one_event_withdraws_several_and_replays(ledger):
    b2, b5 = _ids(ledger, "B-2", "B-5")
    lot = recording.find_holding(ledger, "W-1")
    result = recording.withdraw_many(ledger, ["B-2", "B-5", "W-1"])
    seq, kind, payload = _events(ledger)[-1]
    assert kind == "holdings.withdrawn"
    assert [(h["id"], h["holding_kind"]) for h in payload["holdings"]] == [
        (b2, "bar"), (b5, "bar"), (lot["id"], "lot")]
    assert payload["holdings"][2]["holding"] == lot  # the full record, as it was
    assert payload["holdings"][0]["holding"]["serial"] == "B-2"
    assert (result["count"], result["fine_oz"], result["net_t"]) == (3, "804.920", "25.100")
    assert result["summary"] == (f"Withdrew 2 bars (804.920 ozt) and 1 lot (25.100 t) — "
                                 f"event {seq}")
    assert [h["id"] for h in result["withdrawn"]] == [b2, b5, lot["id"]]
    for holding in ("B-2", "B-5", "W-1"):
        with pytest.raises(NotFound):
            recording.find_holding(ledger, holding, brand="PAMP" if "B" in holding else None)
    assert _totals(ledger) == {"VLT": ("2004.800", 5)}
    assert ledger.conn.execute("SELECT count(*) FROM lots").fetchone()[0] == 0
    _replays(ledger)
    assert [e["kind"] for e in overview.history(ledger, b5)] == ["bar.received",
                                                                 "holdings.withdrawn"]
    assert overview.history(ledger, b5)[-1]["details"]["holding"]["serial"] == "B-5"


def test_a_single_move_keeps_the_event_of_old(ledger):
    [b1] = _ids(ledger, "B-1")
    moved = recording.transfer(ledger, "B-1", "VLT2")
    assert (moved["id"], moved["site"]) == (b1, "VLT2")
    _, kind, payload = _events(ledger)[-1]
    assert kind == "holding.transferred" and payload["id"] == b1
    gone = recording.withdraw(ledger, f"#{b1}")
    assert gone["id"] == b1 and _events(ledger)[-1][1] == "holding.withdrawn"
    _replays(ledger)


@pytest.mark.parametrize(("named", "error", "words"), [
    (["B-1", "NOPE-9", "B-3"], NotFound, "entry 2 of 3: There is no holding NOPE-9"),
    (["B-1", "T-1", "B-3"], InvalidInput, "entry 2 of 3: holding"),
    (["B-1", "D7"], Ambiguous, "entry 2 of 2: serial D7 is held twice"),
    (["B-1", "B-2", "b-1"], InvalidInput, "is named twice, as entries 1 and 3"),
    ([], InvalidInput, "name at least one holding"),
])
def test_a_bad_holding_in_a_list_stores_nothing(ledger, named, error, words):
    head, totals = ledger.head(), _totals(ledger)
    with pytest.raises(error) as caught:
        recording.transfer_many(ledger, named, "VLT2", "B-04")
    assert words in str(caught.value)
    with pytest.raises(error):
        recording.withdraw_many(ledger, named)
    assert ledger.head() == head and _totals(ledger) == totals


def test_each_holding_must_be_able_to_go_to_the_site(ledger):
    head = ledger.head()
    with pytest.raises(InvalidInput, match="entry 1 of 2: site TF is a tank-farm"):
        recording.transfer_many(ledger, ["B-1", "W-1"], "TF")
    with pytest.raises(InvalidInput, match=r"entry 2 of 2: holding \d+ is already at VLT A-1"):
        recording.transfer_many(ledger, ["W-1", "B-1"], "VLT", "A-1")
    assert ledger.head() == head


def test_a_list_has_a_limit(ledger, monkeypatch):
    monkeypatch.setattr(recording, "MAX_PER_EVENT", 2)
    with pytest.raises(InvalidInput, match="3 holdings are named, but one transfer moves at "
                                           "most 2: split the list"):
        recording.transfer_many(ledger, ["B-1", "B-2", "B-3"], "VLT2")
    assert recording.transfer_many(ledger, ["B-1", "B-2"], "VLT2")["count"] == 2


def _tijori(path: Path, *argv: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "TIJORI_LEDGER": str(path), "TIJORI_PASSPHRASE": PASSPHRASE,
           "TIJORI_ACTOR": "scanner"}
    return subprocess.run([sys.executable, "-m", "app.cli.main", *argv], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_the_cli_moves_a_scanned_list_in_a_fresh_process(path, tmp_path):
    scan = tmp_path / "scan.txt"
    scan.write_text("B-1\r\n\r\n# second pallet\r\nB-2\r\nW-1\r\n", encoding="utf-8")
    moved = _tijori(path, "move", "transfer", "--holdings-file", str(scan), "--holding", "B-3",
                    "--to", "VLT2", "--location", "B-04", "--seal", "S-1", "--json")
    assert moved.returncode == 0, moved.stderr
    result = json.loads(moved.stdout)
    assert (result["count"], result["bars"], result["lots"]) == (4, 3, 1)
    assert result["fine_oz"] == "1202.880" and result["kind"] == "holdings.transferred"

    ambiguous = _tijori(path, "move", "withdraw", "--holding", "D7")
    assert ambiguous.returncode == 2
    assert "serial D7 is held twice: ARGOR 2021 at VLT" in ambiguous.stderr
    assert "VALC 2023 at VLT" in ambiguous.stderr and "--brand" in ambiguous.stderr
    out = _tijori(path, "move", "withdraw", "--holding", "D7", "--brand", "argor")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Withdrew holding ")
    history = _tijori(path, "move", "history", "--holding", "b-2", "--json")
    assert history.returncode == 0, history.stderr
    events = json.loads(history.stdout)["events"]
    assert [e["kind"] for e in events] == ["bar.received", "holdings.transferred"]
    assert events[-1]["seq"] == result["event"]
    assert _tijori(path, "journal", "verify").returncode == 0
    with _open(path) as ledger:
        assert [e.kind for e in ledger.events()][-2:] == ["holdings.transferred",
                                                          "holding.withdrawn"]
        assert recording.find_holding(ledger, "D7")["brand"] == "VALC"  # ARGOR's is gone


def test_the_cli_takes_a_serial_where_it_took_an_id(ledger, path, cli, monkeypatch):
    monkeypatch.setenv("TIJORI_LEDGER", str(path))
    [b1] = _ids(ledger, "B-1")
    ledger.close()
    moved = cli("move", "transfer", "--holding", "B-1", "--to", "VLT2", "--json")
    assert moved.code == 0, moved.err
    assert (moved.json()["id"], moved.json()["site"]) == (b1, "VLT2")  # one: the holding
    adjusted = cli("move", "adjust", "--holding", "b-1", "--reason", "re-weighed",
                   "--gross-oz", "399.000", "--json")
    assert adjusted.code == 0 and adjusted.json()["fine_oz"] == "398.960"
    nothing = cli("move", "transfer", "--to", "VLT")
    assert nothing.code == 2 and "--holdings-file" in nothing.err
    missing = cli("move", "withdraw", "--holdings-file", str(path.parent / "none.txt"))
    assert missing.code == 2 and "cannot read the holdings file" in missing.err
    assert cli("move", "withdraw", "--holding", str(b1)).code == 0
    gone = cli("move", "history", "--holding", str(b1))  # withdrawn: found by its id
    assert gone.code == 0 and "no longer held" in gone.out and "holding.withdrawn" in gone.out
