"""The report PDF's layout, read back from real PDFs with pypdf: the cover shows every
figure line and any shortfall, the signatures page each signer, the schedule every
holding with exact subtotals, and the fonts are embedded."""

from __future__ import annotations

import base64
import csv
import io
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.attest import canonical, merkle
from app.attest import statement as attest_statement
from app.attest.keys import keyid_words
from app.reporting import pdf_layout
from app.reporting.pdf_layout import (
    SignerLine,
    ThresholdLine,
    cover_lines,
    render_report,
    schedule_csv,
)
from app.reporting.pdf_style import group_digits, percent, printable, unit_symbol

SAMPLES = Path(__file__).resolve().parent.parent / "reports" / "samples"
AS_OF = "2026-11-25T09:30:00Z"
ATTESTATION_ID = "0f8e2c1a-7b4d-4e0a-9c3f-5a6b7c8d9e01"


# -- building statements and holdings ----------------------------------------------------------


def sample() -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any], dict[str, Any]]:
    """The published sample: statement, holdings, attestation envelope, policy payload."""
    envelope = json.loads((SAMPLES / "attestation.json").read_bytes())
    statement = json.loads(base64.b64decode(envelope["payload"]))
    lines = (SAMPLES / "leaves.jsonl").read_bytes().splitlines()[1:]
    holdings = [json.loads(line)["holding"] for line in lines]
    policy_envelope = json.loads((SAMPLES / "policy.json").read_bytes())
    policy = json.loads(base64.b64decode(policy_envelope["payload"]))
    return statement, holdings, envelope, policy


def sample_signers(envelope: dict[str, Any], policy: dict[str, Any]) -> list[SignerLine]:
    roles = {k: role for role, spec in policy["roles"].items() for k in spec["keyids"]}
    return [SignerLine(role=roles[s["keyid"]], name=policy["keys"][s["keyid"]]["name"],
                       keyid=s["keyid"], words=" ".join(keyid_words(s["keyid"])),
                       signed_at="2026-11-25T09:31:00Z", valid=True, reason="good signature")
            for s in envelope["signatures"]]


def bar(ident: int, site: str, metal: str, brand: str, **extra: Any) -> dict[str, Any]:
    if metal == "silver":
        gross = Decimal("1000.0") + Decimal(ident % 9) / 10
        fineness = "999.9"
    else:
        gross = Decimal("400.000") + Decimal(ident % 40) * Decimal("0.025")
        fineness = "999.9" if ident % 3 else "995.0"
    fine = (gross * Decimal(fineness) / 1000).quantize(Decimal("0.001"))
    holding = {
        "brand": brand, "commodity": metal, "edition": "2024", "fine_oz": str(fine),
        "fineness": fineness, "flags": [], "good_delivery": True, "gross_oz": str(gross),
        "id": ident, "kind": "bar", "location": f"{site}-R{ident % 7}",
        "quantities": [{"commodity": metal, "quantity": str(fine), "unit": "ozt"}],
        "serial": f"SN{ident:07d}", "site": site, "standard": "LBMA Good Delivery Rules",
        "year": 2018 + ident % 6,
    }
    holding.update(extra)
    return holding


def synthetic_holdings(bars: int = 120) -> list[dict[str, Any]]:
    """Bars of two metals at two vaults (gold at both), a copper lot, a tank, storage gas
    and LNG, in leaf order (kind, then id)."""
    holdings = []
    for i in range(1, bars + 1):
        if i <= bars * 7 // 12:
            holdings.append(bar(i, "LDN-V1", "gold", "ARGOR" if i % 2 else "PAMP"))
        elif i <= bars * 10 // 12:
            holdings.append(bar(i, "ZRH-V2", "gold", "VALCAMBI"))
        else:
            holdings.append(bar(i, "ZRH-V2", "silver", "ASAHI"))
    n = bars
    holdings.append({
        "brand": "KGHM", "bundles": 10, "commodity": "copper", "edition": "2024",
        "flags": [], "grade": "Cu-CATH-1", "gross_t": "25.120", "id": n + 1, "kind": "lot",
        "location": "Bay 3", "net_t": "25.010",
        "quantities": [{"commodity": "copper", "quantity": "25.010", "unit": "t"}],
        "shape": "cathode", "site": "RTM-WH", "standard": "LME warrant", "warrant": "W-000731",
        "within_tolerance": True})
    holdings.append({
        "code": "T-101", "commodity": "crude-oil", "ctpl": "0.98915", "edition": "2004",
        "gauged_at": "2026-11-25T08:00:00Z", "gov_m3": "24994.746", "gsv_m3": "24723.553",
        "id": n + 2, "kind": "tank", "nsv_bbl": "155117.70", "nsv_m3": "24661.744",
        "product": "Arab Light",
        "quantities": [{"commodity": "crude-oil", "quantity": "155117.70", "unit": "bbl"},
                       {"commodity": "crude-oil", "quantity": "24661.744", "unit": "m3"}],
        "site": "RTM-TF", "standard": "API MPMS 11.1", "sw_percent": "0.25", "table": "6A"})
    holdings.append({
        "code": "REH-1", "commodity": "natural-gas", "cushion_mmbtu": "3017849.290",
        "edition": "ISO 13443:1996, ISO 6976:2016", "energy_mmbtu": "4526773.934",
        "gas_kind": "storage", "id": n + 3, "kind": "gas",
        "measured_at": "2026-11-25T08:10:00Z",
        "quantities": [{"commodity": "natural-gas", "quantity": "4526773.934",
                        "unit": "MMBtu"}],
        "site": "REH-GS", "standard": "ISO 13443; ISO 6976"})
    holdings.append({
        "code": "LNG-A", "commodity": "lng", "cushion_mmbtu": "0.000",
        "edition": "GIIGNL 2021", "energy_mmbtu": "3100000.500", "gas_kind": "lng",
        "id": n + 4, "kind": "gas", "measured_at": "2026-11-25T08:20:00Z",
        "quantities": [{"commodity": "lng", "quantity": "3100000.500", "unit": "MMBtu"}],
        "site": "GTE-LNG", "standard": "GIIGNL LNG custody transfer handbook"})
    return holdings


SITES = [
    {"code": "LDN-V1", "jurisdiction": "GB", "kind": "vault", "name": "London vault 1",
     "operator": "Test Custody Ltd"},
    {"code": "ZRH-V2", "jurisdiction": "CH", "kind": "vault", "name": "Zurich vault 2",
     "operator": "Test Custody Ltd"},
    {"code": "RTM-WH", "jurisdiction": "NL", "kind": "warehouse",
     "name": "Rotterdam warehouse", "operator": "Test Custody Ltd"},
    {"code": "RTM-TF", "jurisdiction": "NL", "kind": "tank-farm",
     "name": "Rotterdam tank farm", "operator": "Test Custody Ltd"},
    {"code": "REH-GS", "jurisdiction": "DE", "kind": "gas-storage",
     "name": "Rehden gas storage", "operator": "Test Custody Ltd"},
    {"code": "GTE-LNG", "jurisdiction": "FR", "kind": "lng-terminal",
     "name": "Gate LNG terminal", "operator": "Test Custody Ltd"},
]


def make_statement(holdings: list[dict[str, Any]],
                   tokens: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A statement as `app.services.attesting` makes it: totals summed from the leaves,
    coverage by `app.attest.statement.coverage`, a real Merkle root."""
    holding_bytes = [canonical.dumps(h) for h in holdings]
    leaves = attest_statement.make_leaves(holding_bytes, bytes(32 * len(holdings)))
    totals = attest_statement.totals_of_leaves(leaves)
    if tokens is None:
        gold = sum(Decimal(t["quantity"]) for t in totals if t["commodity"] == "gold")
        silver = sum(Decimal(t["quantity"]) for t in totals if t["commodity"] == "silver")
        tokens = [
            {"symbol": "XAUT", "commodity": "gold", "per_token": "1", "unit": "ozt",
             "supply": str(int(gold) - 100), "supply_as_of": AS_OF, "supply_source": "chain"},
            {"symbol": "XAGT", "commodity": "silver", "per_token": "0.5", "unit": "ozt",
             "supply": str(int(silver) * 2 + 2000), "supply_as_of": AS_OF,
             "supply_source": "chain"},
        ]
    return {
        "as_of": AS_OF, "attestation_id": ATTESTATION_ID, "created": "2026-11-25T09:30:05Z",
        "custodian": {"ledger_id": "5d1f4c2e-0000-4000-8000-000000000001",
                      "name": "Test Custody Ltd"},
        "journal": {"consistency": {"from_size": 40, "proof": ["ab" * 32]},
                    "head": "cd" * 32, "root": "ef" * 32, "size": 57},
        "previous": {"as_of": "2026-10-25T09:30:00Z",
                     "attestation_id": "11111111-2222-4333-8444-555555555555",
                     "digest": "12" * 32},
        "schema": "tijori.statement.v1",
        "sites": SITES,
        "tokens": attest_statement.coverage(tokens, totals),
        "totals": totals,
        "tree": {"hashing": "RFC 9162 SHA-256", "root": merkle.root(leaves).hex(),
                 "size": len(leaves)},
    }


KEYS = ["9ed60bb0e0d1f3dd6dcc37cc5e15e1d91c329ef51f4a122d1f577a07a3b679a2",
        "c238f96eb057b0b675956cee5e7b2ec767899efd3690a57804a2853899fea2c8",
        "95c55e3030ae2f7baa3f25e33f78833fea33b89fb940ed1868ff50fc8e5ee2c7"]


def signers(valid: tuple[bool, bool, bool] = (True, True, True)) -> list[SignerLine]:
    names = [("custodian", "cust-1"), ("custodian", "cust-2"), ("auditor", "Audit & Co")]
    return [SignerLine(role, name, key, " ".join(keyid_words(key)),
                       "2026-11-25T09:40:12.123456Z" if ok else None, ok,
                       "good signature" if ok else "signature does not verify")
            for (role, name), key, ok in zip(names, KEYS, valid, strict=True)]


THRESHOLDS = [ThresholdLine("custodian", 2, 2, True), ThresholdLine("auditor", 1, 1, True)]


def render(statement: dict[str, Any], holdings: list[dict[str, Any]], **kwargs: Any) -> bytes:
    options: dict[str, Any] = {"signers": signers(), "thresholds": THRESHOLDS,
                               "policy_name": "Test policy", "policy_version": 3}
    options.update(kwargs)
    return render_report(statement, holdings, **options)


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    """Text with every run of white space as one space (as the verifier compares)."""
    return " ".join(text.split())


def schedule_text(texts: list[str]) -> str:
    """The text of the schedule's pages (from the page that opens with its heading)."""
    start = next(i for i, t in enumerate(texts) if t.lstrip().startswith("Schedule of holdings"))
    return "\n".join(texts[start:])


@pytest.fixture(scope="module")
def synthetic() -> tuple[dict[str, Any], list[dict[str, Any]], bytes, list[str]]:
    holdings = synthetic_holdings(120)
    statement = make_statement(holdings)
    pdf = render(statement, holdings)
    return statement, holdings, pdf, pages(pdf)


# -- the published sample ---------------------------------------------------------------------


def test_sample_report_cover_shows_every_figure_line_and_the_attestation_id():
    statement, holdings, envelope, policy = sample()
    pdf = render_report(statement, holdings, signers=sample_signers(envelope, policy),
                        thresholds=THRESHOLDS, policy_name=policy["name"],
                        policy_version=policy["version"])
    texts = pages(pdf)
    assert 5 <= len(texts) <= 9
    cover = texts[0]
    lines = cover_lines(statement)
    # Version 2 first: the sequence, the policy version and the scope.
    assert lines[:3] == [f"Attestation {statement['sequence']} in its series",
                         f"Trust policy version {statement['policy']['version']}",
                         "Scope: all holdings of the ledger"]
    commodities = {t["commodity"] for t in statement["totals"]}  # two units: one line
    assert len(lines) == 3 + len(commodities) + 2 * len(statement["tokens"]) + 2
    for line in lines:
        assert line in cover, line
        assert flat(line) in flat(cover), line
    assert statement["attestation_id"] in cover
    assert "SHORTFALL" not in cover  # the sample's token is covered
    # every leaf's identity is in the schedule
    rest = "\n".join(texts[1:])
    for h in holdings:
        assert (h.get("serial") or h.get("code")) in rest


def test_sample_cover_lines_are_the_statement_figures():
    statement, _, _, _ = sample()
    lines = cover_lines(statement)
    for total in statement["totals"]:  # each on exactly one line (two units share one)
        quantity = f"{group_digits(total['quantity'])} {unit_symbol(total['unit'])}"
        assert sum(line.startswith(f"{quantity} ") or f"({quantity})" in line
                   for line in lines) == 1, quantity
    token = statement["tokens"][0]
    assert f"{token['symbol']}: {percent(token['coverage'])} % covered" in lines
    assert lines[-2] == f"Merkle root: {statement['tree']['root']}"
    assert lines[-1] == f"Tree size: {statement['tree']['size']} leaves"


def test_qr_digest_is_the_statement_payload_digest():
    statement, holdings, envelope, policy = sample()
    payload = base64.b64decode(envelope["payload"])
    digest = attest_statement.statement_digest(payload)
    pdf = render_report(statement, holdings, signers=[], thresholds=THRESHOLDS,
                        policy_name=policy["name"], policy_version=policy["version"])
    cover = flat(pages(pdf)[0]).replace(" ", "")
    assert digest in cover


# -- cover figures ------------------------------------------------------------------------------


def test_cover_line_format_is_exact(synthetic):
    statement, holdings, _, _ = synthetic
    lines = cover_lines(statement)
    gold = next(t for t in statement["totals"] if t["commodity"] == "gold")
    assert f"{group_digits(gold['quantity'])} ozt of fine gold" in lines
    # one quantity of oil in two units: one line, never two that read as twice the oil
    assert "155,117.70 bbl (24,661.744 m³) of crude oil, net standard volume" in lines
    assert not any(line.startswith("24,661.744 m³") for line in lines)
    assert "4,526,773.934 MMBtu of natural gas, energy" in lines
    assert "3,100,000.500 MMBtu of LNG, energy" in lines
    assert "25.010 t of copper, net weight" in lines
    xaut = next(t for t in statement["tokens"] if t["symbol"] == "XAUT")
    assert f"XAUT: {percent(xaut['coverage'])} % covered" in lines
    assert (f"XAUT supply {group_digits(xaut['supply'])} × 1 ozt = "
            f"{group_digits(xaut['required']['quantity'])} ozt required; reserves "
            f"{group_digits(xaut['reserves']['quantity'])} ozt") in lines
    xagt = next(t for t in statement["tokens"] if t["symbol"] == "XAGT")
    assert (f"XAGT supply {group_digits(xagt['supply'])} × 0.5 ozt = "
            f"{group_digits(xagt['required']['quantity'])} ozt required; reserves "
            f"{group_digits(xagt['reserves']['quantity'])} ozt") in lines
    assert f"Tree size: {len(holdings)} leaves" in lines


def test_shortfall_is_marked_on_the_cover(synthetic):
    statement, _, pdf, texts = synthetic
    xagt = next(t for t in statement["tokens"] if t["symbol"] == "XAGT")
    assert xagt["covered"] is False and Decimal(xagt["coverage"]) < 1
    line = next(line for line in cover_lines(statement) if line.startswith("XAGT:"))
    assert line == f"XAGT: {percent(xagt['coverage'])} % SHORTFALL of " \
                   f"{group_digits(xagt['shortfall'])} ozt"
    assert line in texts[0]
    assert "COVERAGE SHORTFALL" in flat(texts[0])
    xaut_line = next(line for line in cover_lines(statement) if line.startswith("XAUT"))
    assert "SHORTFALL" not in xaut_line
    # drawn in the alert red and bold: the red fill is set on page 1
    content = PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data().decode("latin-1")
    assert re.search(r"(?:^|\s)0?\.72\d* 0?\.04\d* 0?\.07\d* rg", content)


def test_token_without_supply_is_marked(synthetic):
    _, holdings, _, _ = synthetic
    statement = make_statement(holdings, tokens=[
        {"symbol": "XPTT", "commodity": "gold", "per_token": "1", "unit": "ozt",
         "supply": None}])
    lines = cover_lines(statement)[-4:-2]
    assert lines[0] == "XPTT: NO SUPPLY RECORDED, coverage not shown"
    assert lines[1].startswith("XPTT reserves ")
    cover = pages(render(statement, holdings))[0]
    assert all(line in cover for line in lines)
    assert "SHORTFALL" not in cover


def test_cover_figures_stay_on_page_one_with_many_sites(synthetic):
    statement, holdings, _, _ = synthetic
    crowded = dict(statement, sites=[
        {"code": f"S{i:03d}", "jurisdiction": "", "kind": "vault",
         "name": f"Vault number {i} with a long name", "operator": "Operator"}
        for i in range(120)])
    texts = pages(render(crowded, holdings))
    for line in cover_lines(crowded):
        assert line in texts[0]
    assert "S119" in "\n".join(texts[:4])  # the site list continues after page 1


# -- signatures --------------------------------------------------------------------------------


def signatures_page(texts: list[str]) -> str:
    return next(t for t in texts if t.lstrip().startswith("Signatures"))


def test_signatures_page_lists_every_signer_and_the_thresholds(synthetic):
    _, _, _, texts = synthetic
    page = signatures_page(texts)
    for line in signers():
        assert line.keyid[:32] in page
        assert line.keyid[32:] in page
        assert flat(line.words) in flat(page)
        assert line.name in page
    assert "2026-11-25" in page and "09:40:12Z" in page  # times to the second
    assert "Every threshold of the policy is met." in flat(page)
    assert "Test policy" in page and "version 3" in page


def test_invalid_signature_and_unmet_threshold_are_shown(synthetic):
    statement, holdings, _, _ = synthetic
    pdf = render(statement, holdings, signers=signers((True, False, True)),
                 thresholds=[ThresholdLine("custodian", 2, 1, False),
                             ThresholdLine("auditor", 1, 1, True)])
    page = flat(signatures_page(pages(pdf)))
    assert "INVALID signature does not verify" in page
    assert "not recorded" in page
    assert "NOT MET" in page
    assert "THRESHOLDS NOT MET" in page
    assert "Every threshold" not in page


# -- the schedule --------------------------------------------------------------------------------


def _subtotal(holdings: list[dict[str, Any]], site: str, metal: str, name: str) -> str:
    return group_digits(str(sum(Decimal(h[name]) for h in holdings
                                if h["kind"] == "bar" and h["site"] == site
                                and h["commodity"] == metal)))


def test_schedule_lists_every_bar_with_exact_subtotals(synthetic):
    _, holdings, _, texts = synthetic
    schedule = schedule_text(texts)
    bars = [h for h in holdings if h["kind"] == "bar"]
    assert bars[0]["serial"] in schedule and bars[-1]["serial"] in schedule
    assert all(h["serial"] in schedule for h in bars)
    for site, metal, count in (("LDN-V1", "gold", 70), ("ZRH-V2", "gold", 30),
                               ("ZRH-V2", "silver", 20)):
        gross = _subtotal(holdings, site, metal, "gross_oz")
        fine = _subtotal(holdings, site, metal, "fine_oz")
        assert f"Subtotal {site} {metal}: {count} bars {gross} {fine}" in flat(schedule)
    # a bar row in LBMA weight-list order: serial, brand, year, gross, fineness, fine
    b = bars[5]
    assert (f"{b['id']} {b['serial']} {b['brand']} {b['year']} {b['gross_oz']} "
            f"{b['fineness']} {b['fine_oz']} {b['location']}") in flat(schedule)


def test_schedule_shows_lots_tanks_gas_and_reconciles(synthetic):
    _, _, _, texts = synthetic
    schedule = flat(schedule_text(texts))
    assert "W-000731 KGHM cathode Cu-CATH-1 10 25.120 25.010 Bay 3" in schedule
    assert ("T-101 Arab Light 24,994.746 0.98915 24,723.553 0.25 24,661.744 155,117.70"
            in schedule)
    assert "API MPMS 11.1, edition 2004 · table 6A" in schedule
    assert "REH-1 storage 2026-11-25T08:10:00Z 4,526,773.934 3,017,849.290" in schedule
    assert "LNG-A LNG" in schedule
    assert schedule.count("agrees") == 7 and "DIFFERS" not in schedule


def test_reconciliation_shows_a_difference(synthetic):
    statement, holdings, _, _ = synthetic
    wrong = dict(statement, totals=[dict(t) for t in statement["totals"]])
    wrong["totals"][0]["quantity"] = "1"
    text = flat(pages(render(wrong, holdings))[-1])
    assert "DIFFERS" in text


def test_header_and_footer_on_a_middle_page(synthetic):
    _, _, _, texts = synthetic
    assert len(texts) >= 6
    middle = len(texts) - 2  # a page of the schedule, before its last
    page = texts[middle]
    assert f"Attestation {ATTESTATION_ID} · as of {AS_OF}" in page
    assert f"Page {middle + 1} of {len(texts)}" in page
    assert "Schedule of holdings" in page


def test_fonts_are_embedded_truetype(synthetic):
    _, _, pdf, _ = synthetic
    reader = PdfReader(io.BytesIO(pdf))
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            seen.add(font["/BaseFont"])
            assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
    assert seen and all("Vera" in name for name in seen)


def test_long_identities_wrap_inside_their_cells():
    holdings = [bar(1, "LDN-V1", "gold", "ARGOR", serial="X" * 64,
                    location="Vault A, " + "row 12, shelf 7, " * 5 + "cage 3")]
    statement = make_statement(holdings, tokens=[])
    schedule = schedule_text(pages(render(statement, holdings)))
    assert "X" * 64 in schedule.replace("\n", "")
    assert "cage 3" in schedule


def test_unprintable_characters_are_shown_as_code_points():
    assert printable("कोड-1") == "[U+0915][U+094B][U+0921]-1"
    assert printable("Zürich ³") == "Zürich ³"


# -- large and public reports ------------------------------------------------------------------


def test_beyond_the_limit_the_schedule_is_summarised(monkeypatch, synthetic):
    _, holdings, _, _ = synthetic
    statement = make_statement(holdings)
    monkeypatch.setattr(pdf_layout, "FULL_SCHEDULE_LIMIT", 50)
    schedule = flat(schedule_text(pages(render(statement, holdings))))
    assert "Holdings by site, commodity and brand" in schedule
    assert f"has {len(holdings)} holdings, more than the 50 printed in full" in schedule
    assert "schedule.csv" in schedule
    ldn = [h for h in holdings if h["kind"] == "bar" and h["site"] == "LDN-V1"]
    argor = [h for h in ldn if h["brand"] == "ARGOR"]
    argor_fine = group_digits(str(sum(Decimal(h["fine_oz"]) for h in argor)))
    assert f"LDN-V1 gold bar ARGOR {len(argor)} {argor_fine} ozt" in schedule
    assert f"Subtotal LDN-V1 gold {len(ldn)} {_subtotal(holdings, 'LDN-V1', 'gold', 'fine_oz')}"\
        in schedule
    assert "SN0000005" not in schedule  # no individual bar
    rows = list(csv.DictReader(io.StringIO(schedule_csv(holdings).decode("utf-8"))))
    assert len(rows) == len(holdings)
    assert rows[4]["serial"] == "SN0000005" and rows[4]["leaf"] == "4"


def test_public_edition_lists_no_holding(synthetic):
    statement, holdings, _, _ = synthetic
    texts = pages(render(statement, holdings, public=True))
    schedule = flat(schedule_text(texts))
    assert "public edition" in schedule
    assert "SN0000001" not in schedule and "T-101" not in schedule
    assert "schedule.csv" not in flat("\n".join(texts))
    assert "public edition" in texts[0]
    for line in cover_lines(statement):
        assert line in texts[0]


def test_schedule_csv_round_trips():
    holdings = synthetic_holdings(12)
    holdings[0]["flags"] = ["fineness-below-995.0"]
    holdings[0]["good_delivery"] = False
    holdings[1]["serial"] = 'Q,"1"\nX'
    holdings[2]["future_field"] = "kept"
    holdings[3]["flags"] = ['Zürich "A"\t\u0001']
    holdings[3]["quantities"][0]["unit"] = "oz\\t"
    holdings[4]["quantities"].append({"commodity": "gold", "note": "x", "quantity": "1",
                                      "unit": "ozt"})
    data = schedule_csv(holdings)
    assert data.startswith(b"leaf,kind,id,site,commodity,serial,brand,year,")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    assert len(rows) == len(holdings)
    for index, (row, h) in enumerate(zip(rows, holdings, strict=True)):
        assert row["leaf"] == str(index)
        for name, value in h.items():
            if isinstance(value, bool):
                expected = "true" if value else "false"
            elif isinstance(value, list | dict):
                expected = canonical.dumps(value).decode()
            else:
                expected = str(value)
            assert row[name] == expected, (index, name)
            if name in ("flags", "quantities"):
                assert json.loads(row[name]) == value
        assert all(row[name] == "" for name in row if name not in h and name != "leaf")
    assert rows[2]["future_field"] == "kept" and rows[3]["future_field"] == ""


# -- properties of the output ------------------------------------------------------------------


def test_same_input_same_bytes_and_progress_reaches_the_total():
    holdings = synthetic_holdings(24)
    statement = make_statement(holdings)
    calls: list[tuple[int, int]] = []
    first = render(statement, holdings, progress=lambda done, total: calls.append((done, total)))
    assert render(statement, holdings) == first
    assert calls[0] == (0, len(holdings)) and calls[-1] == (len(holdings), len(holdings))
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert len(calls) > 2


@pytest.mark.parametrize(("given", "printed"), [
    ("4526773.934", "4,526,773.934"), ("155117.70", "155,117.70"), ("999.9", "999.9"),
    ("1000", "1,000"), ("-1234567.5", "-1,234,567.5"), ("0.000001", "0.000001"),
    ("1E+3", "1E+3"), ("12345678901234567890.123456789", "12,345,678,901,234,567,890.123456789"),
])
def test_numbers_keep_every_digit(given, printed):
    assert group_digits(given) == printed


def test_percent_moves_the_point_only():
    assert percent("1.043160") == "104.3160"
    assert percent("0.999999") == "99.9999"
    assert percent("12.5") == "1,250"
    assert percent(None) is None
