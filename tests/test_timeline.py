"""Journal events in sentences: every kind the code can write has one, with its facts.

One real ledger records every kind of event through the services (and an
attestation through the CLI, signed by real keys), is re-keyed, backed up and
restored; the restored ledger's journal then holds every kind, and each event's
sentence is checked for the facts a custodian needs.
"""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain.times import display_time, parse_time
from app.services import (
    calibration,
    importing,
    journal_browser,
    overview,
    recording,
    session,
    timeline,
)
from app.services import tokens as tokenservice
from app.services.movement import Movement
from app.store import journal, projection
from tests.attest_helpers import attest, cli_runner
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

APP = Path(__file__).resolve().parents[1] / "app"
ACTOR = "timeline-tester"
BARS_CSV = ("serial,brand,year,gross_oz,fineness,fine_oz,location\n"
            "L-1,VALCAMBI,2021,400.000,999.9,399.960,R-1\n"
            "L-2,VALCAMBI,2021,401.000,999.9,400.960,R-2\n"
            "L-3,VALCAMBI,2021,402.000,999.9,401.960,R-3\n")
TABLE_CSV = "level_mm,volume_m3\n" + "".join(f"{i * 100},{i * 250}.000\n" for i in range(101))


def written_kinds() -> set[str]:
    """Every kind the code can write: the projection's handlers, and every
    `record("…")` / `append("…")` / `EVENT = "…"` in app/services and app/store."""
    kinds = set(projection.APPLY)
    pattern = re.compile(r"""(?:\.record|\.append)\(\s*["']([a-z]+\.[a-z_]+)["']|"""
                         r"""^EVENT\s*=\s*["']([a-z]+\.[a-z_]+)["']""", re.M)
    for layer in ("services", "store"):
        for path in (APP / layer).rglob("*.py"):
            for found in pattern.finditer(path.read_text(encoding="utf-8")):
                kinds.add(found.group(1) or found.group(2))
    return kinds


def _movement(kind: str, folder: Path, **kw) -> Movement:
    return Movement.build(kind, **kw, documents=[folder / "receipt.pdf"])


@pytest.fixture(scope="module")
def built(tmp_path_factory, ring):
    """The restored ledger's journal, described, and the folder it was built in."""
    folder = tmp_path_factory.mktemp("timeline")
    (folder / "receipt.pdf").write_bytes(b"%PDF-1.4 receipt 2291")
    (folder / "bars.csv").write_text(BARS_CSV, encoding="utf-8")
    path = folder / "full.tijori"
    ledger = session.create_ledger(path, PASSPHRASE, ACTOR)
    try:
        for code, kind in (("VLT", "vault"), ("VLT2", "vault"), ("WH", "warehouse"),
                           ("TF", "tank-farm"), ("GS", "gas-storage"), ("LNG", "lng-terminal")):
            recording.add_site(ledger, code, f"Site {code}", kind, "CH", "Custody AG")
        for n in range(1, 6):
            recording.add_bar(
                ledger, site="VLT", metal="gold", brand="PAMP", serial=f"SER-{n}", year="2022",
                gross_oz="400.100", fineness="999.9", location=f"A-0{n}",
                movement=_movement("receipt", folder, seals=[f"S-10{n}"],
                                   witness="A. Auditor"))
        importing.import_bars(ledger, folder / "bars.csv", site="VLT", metal="gold")
        recording.add_lot(ledger, site="WH", metal="copper", warrant="W-1", brand="KGHM",
                          shape="cathode", grade="Cu-CATH-1", bundles="10", gross_t="25.300",
                          net_t="25.100", location="B1")
        recording.add_tank(ledger, site="TF", code="T1", commodity="crude-oil",
                           product="Arab Light", roof="floating")
        calibration.store_table(ledger, tank="T1", data=TABLE_CSV.encode(),
                                source=str(folder / "t1-table.csv"), certificate="CAL-9")
        recording.gauge_tank(ledger, tank="T1", level_mm="5000", temperature="25", api="33.4")
        recording.gauge_tank(ledger, tank="T1", tov="12000", temperature="25", api="33.4")
        recording.record_gas(ledger, site="GS", code="UGS1", working_volume="1000000",
                             gcv_mj_per_sm3="40")
        recording.record_gas(ledger, site="LNG", code="LNG-T1", kind="lng", volume_m3="1000",
                             density_kg_m3="450", gcv_mj_per_kg="54.2")
        recording.transfer(ledger, 1, "VLT2", "B-04",
                           Movement.build("transfer", seals=["S-9001"], witness="A. Auditor"))
        recording.transfer_many(ledger, [2, 3], "VLT2", "C-01",
                                Movement.build("transfer", seals=["S-9002"]))
        recording.withdraw(ledger, 4, Movement.build("withdrawal", seals=["S-7001"]))
        recording.withdraw_many(ledger, [5, 6], _movement("withdrawal", folder,
                                                          seals=["S-7002", "S-7003"]))
        recording.adjust(ledger, 7, reason="re-weighed on arrival", gross_oz="402.100")
        tokenservice.add_token(ledger, "PKG", "gold", "1 ozt")
        tokenservice.set_supply(ledger, "PKG", "1000", None, "chain")
    finally:
        ledger.close()
    attest(cli_runner(path), ring, folder, "first")
    ledger = session.open_ledger(path, PASSPHRASE, ACTOR)
    try:
        session.change_passphrase(ledger, OTHER_PASSPHRASE)
        session.backup_ledger(ledger, folder / "copy.tijori")
    finally:
        ledger.close()
    session.restore_ledger(folder / "copy.tijori", folder / "restored.tijori",
                           OTHER_PASSPHRASE, ACTOR)
    with session.open_ledger(folder / "restored.tijori", OTHER_PASSPHRASE, ACTOR) as ledger:
        entries = list(journal_browser.entries(ledger, journal_browser.open_view(
            ledger, oldest_first=True)))
        raw = {event.seq: event for event in ledger.events()}
    return entries, raw, folder


def first(entries, kind: str):
    return next(e for e in entries if e.kind == kind)


def test_the_journal_holds_every_kind_the_code_can_write(built):
    entries, _, _ = built
    kinds = written_kinds()
    assert {"holdings.transferred", "holdings.withdrawn", "tank.table", "ledger.rekeyed",
            "ledger.restored", "attestation.finalized"} <= kinds
    assert kinds <= {e.kind for e in entries}, kinds - {e.kind for e in entries}
    assert kinds <= set(timeline.DESCRIBERS) and kinds <= set(timeline.KINDS)


def test_no_event_gets_the_neutral_sentence(built):
    entries, _, _ = built
    for entry in entries:
        assert entry.sentence.endswith(f"(event {entry.seq})"), entry.sentence
        assert not entry.sentence.startswith("Event of kind"), entry.sentence
        # The kind's plain name is the fallback for a payload lacking what it needs.
        assert entry.sentence != f"{timeline.KINDS[entry.kind]} (event {entry.seq})" \
            or entry.kind in ("ledger.created",), entry.sentence
        assert "{" not in entry.sentence and "None" not in entry.sentence, entry.sentence


FACTS = {
    "ledger.created": ["Ledger created"],
    "site.added": ["Added site VLT", "Site VLT", "vault", "CH", "Custody AG"],
    "bar.received": ["Received PAMP 2022 SER-1", "400.060 ozt fine gold", "at VLT A-01",
                     "seal S-101", "witness A. Auditor", "document receipt.pdf"],
    "bars.imported": ["Imported 3 bars of gold from bars.csv into VLT", "holdings 6–8"],
    "lot.received": ["warrant W-1", "25.100 t net", "at WH B1"],
    "tank.added": ["Added tank T1 at TF", "Arab Light", "floating roof"],
    "tank.table": ["Calibration table v1 stored for tank T1", "101 rows", "certificate CAL-9",
                   "from t1-table.csv"],
    "tank.gauged": ["Gauged T1: NSV", "m³", "bbl", "level 5,000 mm", "table v1 (cert. CAL-9)",
                    "TOV 12,500.000 m³"],
    "gas.recorded": ["Gas inventory UGS1 at GS", "MMBtu working gas"],
    "holding.transferred": ["Transferred bar 1 from VLT A-01 to VLT2, location B-04",
                            "seal S-9001", "witness A. Auditor"],
    "holdings.transferred": ["Transferred 2 bars from VLT to VLT2, location C-01",
                             "seal S-9002"],
    "holding.withdrawn": ["Withdrawn: bar PAMP 2022 SER-4, 400.060 ozt fine gold, from VLT A-04",
                          "seal S-7001"],
    "holdings.withdrawn": ["Withdrawn: 2 bars", "800.020 ozt", "from VLT",
                           "seals S-7002, S-7003", "document receipt.pdf"],
    "holding.adjusted": ["Adjusted bar 7 (re-weighed on arrival)", "gross 401.000 → 402.100 ozt",
                         "fine 400.960 → 402.060 ozt"],
    "token.added": ["Added token PKG: 1 ozt of gold per token"],
    "token.supply": ["Token PKG supply recorded: 1,000", "source: chain"],
    "attestation.finalized": ["Attestation 1 finalised", "3 signatures"],
    "ledger.rekeyed": ["Passphrase changed"],
    "ledger.restored": ["Restored from backup copy.tijori"],
}


@pytest.mark.parametrize("kind", sorted(FACTS))
def test_each_sentence_names_its_facts(built, kind):
    entries, _, _ = built
    entry = first(entries, kind)
    for fact in FACTS[kind]:
        assert fact in entry.sentence, (fact, entry.sentence)
    assert f"(event {entry.seq})" in entry.sentence


def test_lng_and_measurement_sentences(built):
    entries, _, _ = built
    lng = [e for e in entries if e.kind == "gas.recorded"][1]
    assert lng.sentence.startswith("LNG inventory LNG-T1 at LNG: ")
    assert lng.details["energy_mmbtu"].split(".")[0][-3:] in lng.sentence.replace(",", "")
    gauged = [e for e in entries if e.kind == "tank.gauged"][1]
    assert "TOV 12,000 m³" in gauged.sentence and "level" not in gauged.sentence


def test_documents_holdings_and_details(built):
    entries, raw, folder = built
    digest = hashlib.sha256((folder / "receipt.pdf").read_bytes()).hexdigest()
    received = first(entries, "bar.received")
    assert received.documents == (("receipt.pdf", digest),)
    assert received.holdings == (1,)
    assert received.details["serial"] == "SER-1" and received.hash == raw[received.seq].hash
    imported = first(entries, "bars.imported")
    assert list(imported.holdings) == [6, 7, 8] and imported.holdings_text == "6..8"
    assert "columns" not in imported.details
    bars_digest = hashlib.sha256(BARS_CSV.encode()).hexdigest()
    assert ("bars.csv", bars_digest) in imported.documents
    assert tuple(first(entries, "holdings.withdrawn").holdings) == (5, 6)
    assert tuple(first(entries, "holdings.transferred").holdings) == (2, 3)
    assert first(entries, "tank.table").holdings == (first(entries, "tank.added").holdings[0],)
    assert first(entries, "ledger.restored").documents[0][0] == "copy.tijori"


def test_the_withdrawn_total_is_the_exact_sum(built):
    entries, _, _ = built
    entry = first(entries, "holdings.withdrawn")
    total = sum(Decimal(h["holding"]["fine_oz"]) for h in entry.details["holdings"])
    assert f"{total:,} ozt" in entry.sentence  # 400.060 + 399.960, places kept


def test_a_journal_event_object_is_described_as_its_dict_is(built):
    entries, raw, _ = built
    for entry in entries[:12]:
        again = timeline.describe(raw[entry.seq])
        assert again.sentence == entry.sentence and again.hash == entry.hash


def test_times_are_shown_in_utc_to_the_minute(built):
    entries, _, _ = built
    entry = entries[0]
    assert entry.shown_time == display_time(parse_time(entry.time, "t"))
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", entry.shown_time)
    assert display_time(parse_time("2026-12-05T10:14:59+01:00", "t")) == "2026-12-05 09:14"
    assert entry.line == f"{entry.shown_time} · {ACTOR} · {entry.sentence}"


def test_unknown_kinds_and_odd_payloads_never_fail():
    unknown = timeline.describe({"seq": 5, "time": "2026-12-05T09:14:00Z", "actor": "x",
                                 "kind": "vault.painted", "payload": {"colour": "blue"}})
    assert unknown.sentence == "Event of kind vault.painted (event 5)"
    assert unknown.shown_time == "2026-12-05 09:14"
    odd = timeline.describe({"seq": 6, "time": "garbage", "actor": "x", "kind": "bar.received",
                             "payload": {"brand": 3}})
    assert odd.sentence == "Bar received (event 6)" and odd.shown_time == "garbage"
    broken = timeline.describe(journal.make_event(7, "2026-12-05T09:14:00Z", "x",
                                                  "holding.transferred", b"not json", "0" * 64))
    assert broken.sentence == "Holding transferred (event 7)" and broken.details == {}


def test_multi_holding_events_as_the_holding_history_gives_them(built):
    """`overview.history` shows a multi-holding event by the holding's own entry."""
    _, _, folder = built
    with session.open_ledger(folder / "restored.tijori", OTHER_PASSPHRASE, ACTOR) as ledger:
        history = [timeline.describe(e) for e in overview.history(ledger, 3)]
    moved = next(e for e in history if e.kind == "holdings.transferred")
    assert "Transferred bar 3 from VLT A-03 to VLT2, location C-01" in moved.sentence
    assert "one of 2 holdings moved together" in moved.sentence
    assert moved.sentence.endswith(f"(event {moved.seq})")
