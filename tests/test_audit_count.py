"""The physical count: sheets, recording the results, the certificate, and its verification
(issue 14). Real ledgers, real keys, real files; every command in a fresh process."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from pypdf import PdfReader

from app.attest import canonical, count
from app.attest.dsse import Envelope
from app.domain.errors import InvalidInput
from app.services import auditing, counting
from tests.attest_helpers import KEY_PASSPHRASE, attest, cli_runner

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def made(ring, ledgers, tmp_path_factory):
    """The mixed ledger (6 bars, 2 lots, a gauged tank, a gas inventory), attested, and a
    plan of 2 bars or lots and the tank and gas inventory."""
    folder = tmp_path_factory.mktemp("count")
    cli = cli_runner(ledgers.copy("mixed", folder / "reserves.tijori"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TIJORI_KEY_PASSPHRASE", KEY_PASSPHRASE)
        att, leaves, _ = attest(cli, ring, folder, "a")
    (folder / "nonce.txt").write_text("5a" * 32 + "\n")
    plan = folder / "plan.json"
    result = tijori("audit", "plan", "--attestation", str(att), "--leaves", str(leaves),
                    "--policy", ring.policy, "--nonce-file", str(folder / "nonce.txt"),
                    "--confidence", "60", "--tolerable-rate", "40", "--out", str(plan))
    assert result.returncode == 0, result.stderr
    return SimpleNamespace(folder=folder, att=att, leaves=leaves, plan=plan,
                           body=auditing.load_plan(plan.read_bytes()))


def tijori(*argv: str, passphrase: bool = False) -> subprocess.CompletedProcess:
    """`tijori` in a fresh process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if passphrase:
        env["TIJORI_KEY_PASSPHRASE"] = KEY_PASSPHRASE
    return subprocess.run([sys.executable, "-m", "app.cli.main", *argv], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)


def holdings(made) -> dict[int, dict]:
    return {h["index"]: json.loads(h["leaf"])["holding"] for h in made.body["holdings"]}


def sheet(made, tmp_path: Path) -> list[dict[str, str]]:
    out = tmp_path / "results.csv"
    result = tijori("audit", "sheet", str(made.plan), "--out", str(out))
    assert result.returncode == 0, result.stderr
    return list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))


def fill_all_found(made, rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Every holding found as listed, seals intact, weighed and measured as recorded."""
    held = holdings(made)
    for row in rows:
        h = held[int(row["leaf"])]
        row["found"] = "yes"
        if h["kind"] == "bar":
            row |= {"serial_read": h["serial"], "brand_read": h["brand"],
                    "year_read": str(h["year"]), "seal_intact": "yes",
                    "measured": h["gross_oz"]}
        elif h["kind"] == "lot":
            row |= {"serial_read": h["warrant"], "brand_read": h["brand"],
                    "seal_intact": "yes", "measured": h["gross_t"]}
        elif h["kind"] == "tank":
            row |= {"serial_read": h["code"], "measured": h["nsv_bbl"]}
        else:
            row |= {"serial_read": h["code"], "measured": h["energy_mmbtu"]}
    return rows


def write_rows(path: Path, rows: list[dict[str, str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=counting.COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def record(made, ring, results: Path, out: Path, *extra: str, key: str = "aud"):
    return tijori("audit", "record", str(made.plan), str(results), "--key", ring.key(key),
                  "--out", str(out), "--counted-by", "A. Khan", "--witnessed-by", "B. Auditor",
                  *extra, passphrase=True)


def verify(ring, made, path: Path, *extra: str) -> subprocess.CompletedProcess:
    return tijori("verify", str(path), "--policy", ring.policy, "--leaves", str(made.leaves),
                  *extra)


def test_sheets_list_the_sample_by_site_and_show_no_recorded_quantity(made, tmp_path):
    rows = sheet(made, tmp_path)
    assert list(rows[0]) == list(counting.COLUMNS)
    planned = {h["index"] for h in made.body["holdings"]}
    assert {int(r["leaf"]) for r in rows} == planned and len(rows) == 4
    assert [r["site"] for r in rows] == sorted(r["site"] for r in rows)
    assert all(r[c] == "" for r in rows for c in counting.FILLED)
    held = holdings(made)
    text = (tmp_path / "results.csv").read_text(encoding="utf-8-sig")
    recorded = [h.get("gross_oz") or h.get("gross_t") or h.get("nsv_bbl") or h["energy_mmbtu"]
                for h in held.values()]
    assert not any(q in text for q in recorded), "the sheet must be blind"

    pdf = tmp_path / "sheet.pdf"
    result = tijori("audit", "sheet", str(made.plan), "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    reader = PdfReader(str(pdf))
    pages = [page.extract_text() for page in reader.pages]
    whole = "\n".join(pages)
    for h in held.values():
        name = h.get("serial") or h.get("warrant") or h["code"]
        assert name in whole
    assert "Tank re-gauge" in whole and "Gas inventory re-measurement" in whole
    assert "Counted by" in pages[-1] and "Witnessed by" in pages[-1]
    assert all(f"Page {n} of {len(pages)}" in p for n, p in enumerate(pages, 1))
    assert not any(q in whole for q in recorded)


def test_a_clean_count_verifies_and_concludes_in_words(made, ring, tmp_path):
    results = write_rows(tmp_path / "r.csv", fill_all_found(made, sheet(made, tmp_path)))
    out = tmp_path / "count.json"
    result = record(made, ring, results, out)
    assert result.returncode == 0, result.stderr
    document = json.loads(out.read_bytes())
    certificate = count.CountCertificate.from_payload(
        Envelope.from_json(document["certificate"]).payload)
    assert certificate.summary == count.Summary(2, 0, 2, 0, 0, 8)
    assert certificate.conclusion.startswith(
        "0 exceptions in 2 holdings sampled: with 60 % confidence, fewer than 40 % of the "
        "bars and lots are missing or mismatched.")
    assert {r.index for r in certificate.results} == {h["index"] for h in
                                                      made.body["holdings"]}
    assert all(not r.exceptions for r in certificate.results)
    run = verify(ring, made, out)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "VALID" in run.stdout and "count: sample" in run.stdout
    assert "count: results" in run.stdout
    # The statement carries no commitment to the nonce: said, amber, not a failure.
    assert "[CAUTION] count: nonce: the statement carries no commitment" in run.stdout


def test_exceptions_are_classified_and_listed(made, ring, tmp_path):
    rows = fill_all_found(made, sheet(made, tmp_path))
    held = holdings(made)
    sampled = [r for r in rows if r["kind"] in ("bar", "lot")]
    tank = next(r for r in rows if r["kind"] == "tank")
    gas = next(r for r in rows if r["kind"] == "gas")
    first, second = sampled
    first |= {"found": "no", "serial_read": "", "brand_read": "", "year_read": "",
              "seal_intact": "", "measured": ""}
    second |= {"seal_intact": "no", "serial_read": second["serial_read"] + "X"}
    recorded = Decimal(held[int(tank["leaf"])]["nsv_bbl"])
    tank["measured"] = str(recorded * Decimal("0.99"))  # 1 % short: outside 0.5 %
    gas["measured"] = str(Decimal(held[int(gas["leaf"])]["energy_mmbtu"]) * Decimal("1.005"))
    rows.append({c: "" for c in counting.COLUMNS} | {
        "kind": "bar", "site": first["site"], "location": "Z-9", "found": "yes",
        "serial_read": "ZZ999", "brand_read": "PAMP", "year_read": "2020"})
    out = tmp_path / "count.json"
    result = record(made, ring, write_rows(tmp_path / "r.csv", rows), out)
    assert result.returncode == 0, result.stderr
    certificate = count.CountCertificate.from_payload(
        Envelope.from_json(json.loads(out.read_bytes())["certificate"]).payload)
    by_leaf = {r.index: r for r in certificate.results}
    assert by_leaf[int(first["leaf"])].exceptions == ("missing",)
    assert by_leaf[int(second["leaf"])].exceptions == ("identity mismatch", "seal broken")
    assert by_leaf[int(tank["leaf"])].exceptions == ("volume outside tolerance",)
    assert by_leaf[int(gas["leaf"])].exceptions == ()  # 0.5 % is within gas's 1 %
    assert certificate.summary == count.Summary(2, 2, 2, 1, 1, 8)
    assert "2 exceptions in 2 holdings sampled: the count does not support" in \
        certificate.conclusion
    assert "1 bar was found that the attestation does not list" in certificate.conclusion
    assert f"Exception: leaf {first['leaf']}" in certificate.conclusion
    tolerances = {(t.kind, t.commodity): t for t in certificate.tolerances}
    assert tolerances[("bar", "*")].absolute == "0.025"
    assert "LBMA Good Delivery" in tolerances[("bar", "*")].source
    run = verify(ring, made, out)
    assert run.returncode == 0, run.stdout + run.stderr  # exceptions are findings
    assert "exception(s) found" in run.stdout


def test_a_weight_outside_the_stated_tolerance(made, ring, tmp_path):
    rows = fill_all_found(made, sheet(made, tmp_path))
    # The sample depends on the attestation's digest: its first holding is a bar or a lot.
    held = next(r for r in rows if r["kind"] in ("bar", "lot"))
    more = Decimal("0.5") if held["kind"] == "bar" else Decimal(held["measured"]) / 100
    held["measured"] = str(Decimal(held["measured"]) + more)  # 0.5 ozt, or 1 % heavier
    results = write_rows(tmp_path / "r.csv", rows)
    out = tmp_path / "count.json"
    assert record(made, ring, results, out).returncode == 0
    found = {r.index: r.exceptions for r in count.CountCertificate.from_payload(
        Envelope.from_json(json.loads(out.read_bytes())["certificate"]).payload).results}
    assert found[int(held["leaf"])] == ("weight outside tolerance",)
    wide = tmp_path / "wide.json"
    assert record(made, ring, results, wide, "--tolerance", "bar=1", "--tolerance",
                  "lot=2%").returncode == 0
    certificate = count.CountCertificate.from_payload(
        Envelope.from_json(json.loads(wide.read_bytes())["certificate"]).payload)
    assert {r.index: r.exceptions for r in certificate.results}[int(held["leaf"])] == ()
    assert certificate.tolerances[0].source == "stated by the auditor"


def _resign(ring, path: Path, change) -> Path:
    """The count file with its certificate changed by `change` and signed again by the
    auditor: a dishonest auditor's count, well signed."""
    document = json.loads(path.read_bytes())
    envelope = Envelope.from_json(document["certificate"])
    body = json.loads(envelope.payload)
    change(body)
    signed = Envelope(envelope.payload_type, canonical.dumps(body)).signed_by(
        ring.private["aud"])
    document["certificate"] = signed.to_json()
    out = path.with_name("changed.json")
    out.write_bytes(canonical.dumps(document))
    return out


def test_a_count_that_leaves_out_or_chooses_holdings_fails(made, ring, tmp_path):
    results = write_rows(tmp_path / "r.csv", fill_all_found(made, sheet(made, tmp_path)))
    out = tmp_path / "count.json"
    assert record(made, ring, results, out).returncode == 0

    def drop(body):
        body["results"] = [r for r in body["results"] if r["why"] == "always"] + [
            r for r in body["results"] if r["why"] == "sampled"][1:]
    run = verify(ring, made, _resign(ring, out, drop))
    assert run.returncode == 1 and "no result for leaves" in run.stdout

    def another_nonce(body):
        body["plan"]["nonce"] = "00" * 32
    run = verify(ring, made, _resign(ring, out, another_nonce))
    assert run.returncode == 1 and "the seed is not SHA-256" in run.stdout

    def hide_a_missing_bar(body):
        sampled = next(r for r in body["results"] if r["why"] == "sampled")
        sampled["found"] = False
        sampled["read"], sampled["measured"], sampled["seal"] = {}, None, "n/a"
    run = verify(ring, made, _resign(ring, out, hide_a_missing_bar))
    assert run.returncode == 1 and "the rules give missing" in run.stdout

    def soften(body):
        body["conclusion"] = body["conclusion"].replace("60 %", "99 %")
    run = verify(ring, made, _resign(ring, out, soften))
    assert run.returncode == 1 and "do not follow from the results" in run.stdout


def test_only_the_auditor_role_signs_a_count(made, ring, tmp_path):
    results = write_rows(tmp_path / "r.csv", fill_all_found(made, sheet(made, tmp_path)))
    out = tmp_path / "count.json"
    assert record(made, ring, results, out, key="cust1").returncode == 0
    run = verify(ring, made, out)
    assert run.returncode == 1 and "count certificate: auditor threshold" in run.stdout
    honest = tmp_path / "honest.json"
    assert record(made, ring, results, honest).returncode == 0
    document = json.loads(honest.read_bytes())
    body = json.loads(Envelope.from_json(document["certificate"]).payload)
    body["counted"]["by"] = "Someone Else"
    envelope = Envelope.from_json(document["certificate"])
    document["certificate"] = Envelope(envelope.payload_type, canonical.dumps(body),
                                       envelope.signatures).to_json()
    forged = tmp_path / "forged.json"
    forged.write_bytes(canonical.dumps(document))
    run = verify(ring, made, forged)
    assert run.returncode == 1 and "the signature does not verify" in run.stdout
    # Without the leaves, the sample cannot be re-derived: said, never passed.
    run = tijori("verify", str(honest), "--policy", ring.policy)
    assert run.returncode == 0 and "not done" in run.stdout.lower()


def test_cosign_adds_a_second_auditor_signature(made, ring, tmp_path):
    results = write_rows(tmp_path / "r.csv", fill_all_found(made, sheet(made, tmp_path)))
    out = tmp_path / "count.json"
    assert record(made, ring, results, out).returncode == 0
    run = tijori("audit", "cosign", str(out), "--key", ring.key("cust2"), passphrase=True)
    assert run.returncode == 0, run.stderr
    signatures = json.loads(out.read_bytes())["certificate"]["signatures"]
    assert [s["keyid"] for s in signatures] == [ring.keyid("aud"), ring.keyid("cust2")]


@pytest.mark.parametrize(("edit", "message"), [
    (lambda rows: rows.pop(), "has no row for 1 planned holding"),
    (lambda rows: rows.append(dict(rows[0])), "has a second row"),
    (lambda rows: rows[0].update(found=""), "found is blank"),
    (lambda rows: rows[0].update(found="maybe"), "write yes or no"),
    (lambda rows: rows[0].update(measured="1,234.5"), "without thousands separators"),
    (lambda rows: rows[0].update(measured="-3"), "is negative"),
    (lambda rows: rows[0].update(found="no"), "found is no, yet something was read"),
    (lambda rows: rows[0].update(leaf="99999"), "is not a holding of the plan"),
    (lambda rows: rows[0].update(kind="tank" if rows[0]["kind"] != "tank" else "bar"),
     "Tijori's columns were changed"),
])
def test_a_bad_results_sheet_is_named_and_nothing_is_written(made, ring, tmp_path, edit,
                                                             message):
    rows = fill_all_found(made, sheet(made, tmp_path))
    edit(rows)
    out = tmp_path / "count.json"
    result = record(made, ring, write_rows(tmp_path / "r.csv", rows), out)
    assert result.returncode == 2, result.stdout
    assert message in result.stderr and "Traceback" not in result.stderr
    assert "r.csv" in result.stderr
    assert not out.exists()


def test_a_found_bar_or_lot_needs_its_identity_as_read(made, ring, tmp_path):
    rows = fill_all_found(made, sheet(made, tmp_path))
    held = next(r for r in rows if r["kind"] in ("bar", "lot"))
    held["serial_read"] = ""
    result = record(made, ring, write_rows(tmp_path / "r.csv", rows), tmp_path / "c.json")
    noun = "serial" if held["kind"] == "bar" else "warrant"
    assert result.returncode == 2 and f"needs its {noun} as read" in result.stderr


def test_reading_is_compared_without_case_or_spaces_but_lookalikes_differ():
    holding = {"kind": "bar", "serial": "AB 1234", "brand": "PAMP", "year": 2020,
               "gross_oz": "400.000", "commodity": "gold"}
    rules = count.DEFAULT_TOLERANCES
    same = count.classify(holding, found=True, read={"serial": "ab1234", "brand": "pamp"},
                          seal="intact", measured="400.020", tolerances=rules)
    assert same == ()
    lookalike = count.classify(holding, found=True, read={"serial": "AB 12З4"},
                               seal="n/a", measured=None, tolerances=rules)
    assert lookalike == ("identity mismatch",)
    heavy = count.classify(holding, found=True, read={}, seal="n/a", measured="400.026",
                           tolerances=rules)
    assert heavy == ("weight outside tolerance",)
    silver = dict(holding, commodity="silver")
    assert count.classify(silver, found=True, read={}, seal="n/a", measured="400.090",
                          tolerances=rules) == ()


def test_stated_tolerances_replace_the_defaults_they_name():
    every_bar = counting.tolerances_with([counting.parse_tolerance("bar=1")])
    assert [(t.kind, t.commodity) for t in every_bar if t.kind == "bar"] == [("bar", "*")]
    silver = counting.tolerances_with([counting.parse_tolerance("bar:silver=0.2")])
    assert count.tolerance_for(silver, "bar", "silver").absolute == "0.2"
    assert count.tolerance_for(silver, "bar", "gold").absolute == "0.025"
    tank = counting.parse_tolerance("tank=0.3%")
    assert (tank.percent, tank.absolute) == ("0.3", None)
    for bad in ("bar", "ship=1", "bar=-1", "bar=abc", "=1"):
        with pytest.raises(Exception, match="tolerance"):
            counting.parse_tolerance(bad)


def test_a_scanned_serial_warrant_or_code_finds_its_planned_holdings():
    items = [counting.Planned(0, "sampled", {"kind": "bar", "serial": "S10", "brand": "VALC",
                                             "year": 2021}),
             counting.Planned(1, "sampled", {"kind": "bar", "serial": "S10", "brand": "PAMP",
                                             "year": 2023}),
             counting.Planned(2, "sampled", {"kind": "lot", "warrant": "W-1", "brand": "KGHM"}),
             counting.Planned(3, "always", {"kind": "tank", "code": "T1"}),
             counting.Planned(4, "always", {"kind": "gas", "code": "UGS1"})]
    assert [i.index for i in counting.find_planned(items, "s10")] == [0, 1]
    assert [i.index for i in counting.find_planned(items, " w-1 ")] == [2]
    assert [i.index for i in counting.find_planned(items, "T1")] == [3]
    assert [i.index for i in counting.find_planned(items, "ugs 1")] == [4]
    assert counting.find_planned(items, "KGHM") == []  # a brand names no holding
    assert counting.find_planned(items, "  ") == []


def test_saved_progress_with_an_unlisted_bar_reads_back(made, tmp_path):
    items = counting.planned(made.body)
    rows = [dict(zip(counting.COLUMNS, row, strict=True))
            for row in counting.sheet_rows(made.body)]
    rows[0] |= {"found": "no", "remarks": "not on its shelf"}
    bar = count.Unlisted("VLT", "Z-9", "ZZ999", "PAMP", "2020", "behind the door")
    assert counting.unlisted_bar(counting.unlisted_row(bar), "row") == bar
    out = tmp_path / "progress.csv"
    counting.save_results(made.body, rows, [bar], str(out))
    read, unlisted = counting.read_results(out.read_bytes(), items, str(out))
    assert unlisted == [bar]
    by_leaf = {item.index: row for item, row in read}
    assert by_leaf[int(rows[0]["leaf"])]["found"] == "no"
    assert by_leaf[int(rows[0]["leaf"])]["remarks"] == "not on its shelf"
    assert all(by_leaf[int(r["leaf"])]["found"] == "" for r in rows[1:])
    with pytest.raises(Exception, match="row 7: a bar found that the plan does not list "
                                        "needs its site, serial and brand"):
        counting.unlisted_bar({"serial_read": "ZZ1"}, "row 7")


def test_the_sample_size_is_checked_as_the_plan_command_checks_it():
    assert counting.sample_size_of("95", "1") == 299
    assert counting.sample_size_of("90", "5") == 45
    with pytest.raises(InvalidInput) as caught:
        counting.sample_size_of("100", "1")
    assert caught.value.field == "confidence"
    with pytest.raises(InvalidInput) as caught:
        counting.sample_size_of("95", "1.005")
    assert caught.value.field == "tolerable rate"


def test_a_plan_is_read_back_and_another_file_is_refused(made, tmp_path):
    assert counting.read_plan(str(made.plan)) == made.body
    with pytest.raises(InvalidInput, match="plan"):
        counting.read_plan(str(made.att))


def test_the_desktop_reads_every_default_tolerances_source_in_its_language():
    """The certificate states each source in English; the count window names them through
    the translation: a default whose source it does not know would show in English."""
    from app.gui.audit_record import SOURCES

    stated = counting.parse_tolerance("bar=1")
    sources = {t.source for t in counting.tolerances_with([])} | {stated.source}
    assert sources <= SOURCES


def test_tolerances_looser_than_the_defaults_are_a_finding(made, ring, tmp_path):
    assert counting.looser_than_defaults(counting.tolerances_with([])) == []
    tight = counting.tolerances_with([counting.parse_tolerance("bar=0.01")])
    assert counting.looser_than_defaults(tight) == []
    loose = counting.tolerances_with([counting.parse_tolerance("bar=1"),
                                      counting.parse_tolerance("tank=0.3%"),
                                      counting.parse_tolerance("lot=2")])
    assert counting.looser_than_defaults(loose) == [
        "bars: ±1 ozt, default ±0.025 ozt", "lots: ±2 t, default ±0.5 %"]
    rows = fill_all_found(made, sheet(made, tmp_path))
    results = write_rows(tmp_path / "r.csv", rows)
    out = tmp_path / "count.json"
    assert record(made, ring, results, out, "--tolerance", "bar=1").returncode == 0
    run = tijori("verify", str(out), "--policy", ring.policy, "--leaves", str(made.leaves),
                 "--json")
    assert run.returncode == 0, run.stdout + run.stderr
    checks = {c["check"]: c for c in json.loads(run.stdout)["checks"]}
    assert checks["count: tolerances"]["severity"] == "caution"
    assert "bars: ±1 ozt, default ±0.025 ozt" in checks["count: tolerances"]["reason"]
    default = tmp_path / "default.json"
    assert record(made, ring, results, default).returncode == 0
    run = tijori("verify", str(default), "--policy", ring.policy, "--leaves",
                 str(made.leaves), "--json")
    checks = {c["check"]: c for c in json.loads(run.stdout)["checks"]}
    assert checks["count: tolerances"]["severity"] == "clear"
