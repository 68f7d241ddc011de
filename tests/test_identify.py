"""Which holding a person means: serial (lookalike-proof), warrant, tank or gas code, id."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.errors import Ambiguous, InvalidInput, NotFound
from app.services import identify, recording, session
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.engines


def _bar(ledger, brand: str, serial: str, year: str, location: str = "",
         gross: str = "400.000") -> dict:
    return recording.add_bar(ledger, site="VLT", metal="gold", brand=brand, serial=serial,
                             year=year, gross_oz=gross, fineness="999.9", location=location)


@pytest.fixture
def held(tmp_path: Path):
    """An open ledger with bars (two of them sharing serial D100005), a lot, a tank, gas."""
    ledger = session.create_ledger(tmp_path / "identify.tijori", PASSPHRASE, "tester")
    for code, kind in (("VLT", "vault"), ("WH", "warehouse"), ("TF", "tank-farm"),
                       ("GS", "gas-storage")):
        recording.add_site(ledger, code, f"Site {code}", kind)
    found = {
        "argor": _bar(ledger, "ARGOR", "D100005", "2021", "A-01"),
        "pamp": _bar(ledger, "PAMP", "D100005", "2022", "A-02", gross="401.000"),
        "ab": _bar(ledger, "PAMP", "AB12345", "2022", "A-03"),
        "lot": recording.add_lot(ledger, site="WH", metal="copper", warrant="W-77",
                                 brand="KGHM", shape="cathode", grade="Cu-CATH-1",
                                 bundles=10, gross_t="25.300", net_t="25.100"),
        "tank": recording.add_tank(ledger, site="TF", code="t-1", commodity="crude-oil"),
        "gas": recording.record_gas(ledger, site="GS", code="gs-1", working_volume="1000",
                                    gcv_mj_per_sm3="39.5"),
    }
    yield ledger, found
    ledger.close()


def test_a_serial_names_its_bar(held):
    ledger, found = held
    bar = identify.resolve(ledger, "AB12345")
    assert bar["id"] == found["ab"]["id"]
    assert (bar["kind"], bar["brand"], bar["serial"]) == ("bar", "PAMP", "AB12345")
    assert identify.label(bar) == "PAMP AB12345 (2022) · 399.960 ozt · VLT A-03"


@pytest.mark.parametrize("typed", [
    "ab12345",  # case
    " AB 12345 ",  # spaces around and inside
    "ＡＢ１２３４５",  # full-width forms
    "\u0410\u041212345",  # Cyrillic А and В
    "AB12345\u200b",  # a zero-width space a scanner or a copy left behind
])
def test_a_lookalike_serial_names_the_same_bar(held, typed):
    ledger, found = held
    assert identify.resolve(ledger, typed)["id"] == found["ab"]["id"]


def test_warrant_tank_code_gas_code_and_id(held):
    ledger, found = held
    assert identify.resolve(ledger, "W-77")["id"] == found["lot"]["id"]
    assert identify.resolve(ledger, "w-77")["kind"] == "lot"  # typed in small letters
    assert identify.resolve(ledger, "t-1")["id"] == found["tank"]["id"]
    assert identify.resolve(ledger, "GS-1")["id"] == found["gas"]["id"]
    number = found["lot"]["id"]
    for typed in (str(number), f"#{number}", f"id:{number}", f"ID: {number}", number):
        assert identify.resolve(ledger, typed)["id"] == number, typed
    assert identify.resolve(ledger, "t-1", kind="tank")["code"] == "T-1"
    with pytest.raises(NotFound, match="none of kind bar"):
        identify.resolve(ledger, "t-1", kind="bar")


def test_a_shared_serial_is_ambiguous_and_carries_its_candidates(held):
    ledger, found = held
    with pytest.raises(Ambiguous) as caught:
        identify.resolve(ledger, "D100005")
    exc = caught.value
    assert isinstance(exc, InvalidInput) and exc.field == "holding" and exc.exit_code == 2
    assert [c["id"] for c in exc.candidates] == [found["argor"]["id"], found["pamp"]["id"]]
    assert [(c["brand"], c["serial"], c["year"], c["site"], c["location"], c["fine_oz"])
            for c in exc.candidates] == [("ARGOR", "D100005", 2021, "VLT", "A-01", "399.960"),
                                         ("PAMP", "D100005", 2022, "VLT", "A-02", "400.960")]
    assert str(exc).startswith("serial D100005 is held twice: ARGOR 2021 at VLT A-01 "
                               f"(holding {found['argor']['id']}), PAMP 2022 at VLT A-02 "
                               f"(holding {found['pamp']['id']}); give --brand or --year")
    assert [c["id"] for c in identify.candidates(ledger, "d1OOOO5")] == \
        [c["id"] for c in exc.candidates]  # lookalikes: the same two
    # Brand or year chooses; so does the id.
    assert identify.resolve(ledger, "D100005", brand="argor")["id"] == found["argor"]["id"]
    assert identify.resolve(ledger, "D100005", year="2022")["id"] == found["pamp"]["id"]
    assert identify.resolve(ledger, "D100005", year=2021, brand="ARGOR")["year"] == 2021
    with pytest.raises(NotFound, match="none of brand VALC"):
        identify.resolve(ledger, "D100005", brand="VALC")


def test_digits_that_are_one_holding_s_id_and_another_s_serial_are_ambiguous(held):
    ledger, found = held
    lot_id = found["lot"]["id"]
    twin = _bar(ledger, "VALC", str(lot_id), "2020")
    with pytest.raises(Ambiguous) as caught:
        identify.resolve(ledger, str(lot_id))
    assert {c["id"] for c in caught.value.candidates} == {lot_id, twin["id"]}
    assert f"holding id {lot_id}" in str(caught.value)
    assert identify.resolve(ledger, f"#{lot_id}")["id"] == lot_id  # the id, explicitly
    assert identify.resolve(ledger, str(lot_id), brand="VALC")["id"] == twin["id"]
    # A bar whose serial spells its own id is one holding, not two.
    own = _bar(ledger, "VALC", str(twin["id"] + 1), "2020")
    assert identify.resolve(ledger, str(own["id"]))["id"] == own["id"]


def test_nothing_found_names_what_was_typed(held):
    ledger, _ = held
    with pytest.raises(NotFound, match="There is no holding NOPE-1 in this ledger"):
        identify.resolve(ledger, "NOPE-1")
    with pytest.raises(NotFound, match="no holding 9999 "):
        identify.resolve(ledger, "9999")
    with pytest.raises(NotFound, match="no holding 9999 in this ledger"):
        identify.resolve(ledger, "#9999")
    with pytest.raises(InvalidInput, match="give a holding"):
        identify.resolve(ledger, "  ")
    with pytest.raises(InvalidInput, match="four-digit year"):
        identify.resolve(ledger, "AB12345", year="22")
    assert identify.candidates(ledger, "NOPE-1") == []


def test_the_serial_lookup_walks_the_identity_index(held):
    ledger, _ = held
    plan = " ".join(row[-1] for row in ledger.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM bars WHERE serial_key = ?", ("X",)))
    assert "bars_identity" in plan and "SCAN" not in plan


def test_recording_s_find_holding_takes_what_people_type(held):
    ledger, found = held
    assert recording.find_holding(ledger, "AB12345")["id"] == found["ab"]["id"]
    assert recording.find_holding(ledger, "D100005", brand="PAMP")["id"] == found["pamp"]["id"]
    with pytest.raises(Ambiguous):
        recording.find_holding(ledger, "D100005")


def test_a_list_as_a_scanner_writes_it():
    text = "\ufeffAB12345\r\n\r\n# pallet 2\r\n  D100005 \r\nid:7\r\n"
    assert identify.parse_list(text.lstrip("\ufeff")) == ["AB12345", "D100005", "id:7"]


def test_a_tally_in_words():
    holdings = [{"kind": "bar", "fine_oz": "399.440"}, {"kind": "bar", "fine_oz": "799.880"},
                {"kind": "lot", "net_t": "25.100"}]
    counted = identify.tally(holdings)
    assert (counted["count"], counted["bars"], counted["lots"]) == (3, 2, 1)
    assert identify.tally_words(counted) == "2 bars (1,199.320 ozt) and 1 lot (25.100 t)"
    assert identify.tally_words(identify.tally(holdings[:2]), running=True) == \
        "2 bars · 1,199.320 ozt"
