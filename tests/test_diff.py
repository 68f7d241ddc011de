"""`tijori diff`: two attestations of one ledger compared holding by holding, with the
journal's consistency between them (issue 14, FORMAT.md §12)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.attest import canonical, statement
from app.services import holding_diff
from tests.attest_helpers import (
    KEY_PASSPHRASE,
    add_bar,
    attest,
    cli_runner,
    leaf_lines,
    write_leaves,
)

ROOT = Path(__file__).resolve().parents[1]


def make_series(ring, ledgers, folder: Path) -> SimpleNamespace:
    """The stocked ledger (bars B-1 … B-5, ids 1-5, in VLT; token PKG) attested three times:
    `one`; then B-1 moved to WH, bar B-6 added, B-2 withdrawn and B-3 reweighed, `two`;
    then B-4's location corrected, `three`. And the mixed ledger attested once (`other`)."""
    cli = cli_runner(ledgers.copy("stocked", folder / "reserves.tijori"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TIJORI_KEY_PASSPHRASE", KEY_PASSPHRASE)
        one, one_leaves, _ = attest(cli, ring, folder, "one")
        for argv in (("move", "transfer", "--holding", "B-1", "--to", "WH", "--location",
                      "R-1"),
                     ("move", "withdraw", "--holding", "B-2"),
                     ("move", "adjust", "--holding", "B-3", "--reason", "reweighed",
                      "--gross-oz", "399.000")):
            result = cli(*argv)
            assert result.code == 0, result.err
        add_bar(cli, "B-6")
        two, two_leaves, _ = attest(cli, ring, folder, "two", "--previous", str(one))
        result = cli("move", "adjust", "--holding", "B-4", "--reason", "shelf renumbered",
                     "--location", "S-4")
        assert result.code == 0, result.err
        three, three_leaves, _ = attest(cli, ring, folder, "three", "--previous", str(two))
        other_cli = cli_runner(ledgers.copy("mixed", folder / "other.tijori"))
        other, other_leaves, _ = attest(other_cli, ring, folder, "other")
    return SimpleNamespace(cli=cli, one=one, one_leaves=one_leaves, two=two,
                           two_leaves=two_leaves, three=three, three_leaves=three_leaves,
                           other=other, other_leaves=other_leaves)


@pytest.fixture(scope="module")
def series(ring, ledgers, tmp_path_factory):
    return make_series(ring, ledgers, tmp_path_factory.mktemp("series"))


def diff(series, ring, old: Path, new: Path, old_leaves: Path, new_leaves: Path, *extra: str):
    return series.cli("diff", str(old), str(new), "--leaves", str(old_leaves),
                      str(new_leaves), "--policy", ring.policy, *extra)


def tijori(*argv: str) -> subprocess.CompletedProcess:
    """`tijori` in a fresh process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "app.cli.main", *argv], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)


BAR = {"brand": "PAMP", "year": 2022}


def checks(report: dict, name: str = "consistency") -> dict[str, dict]:
    return {c["check"]: c for c in report[name]["checks"]}


# -- two neighbours of one series ---------------------------------------------------------


def test_the_next_attestation_is_compared_holding_by_holding(series, ring):
    result = diff(series, ring, series.one, series.two, series.one_leaves, series.two_leaves,
                  "--json")
    assert result.code == 0, result.out + result.err
    report = result.json()
    assert report["valid"] is True and report["relation"] == "successor"
    assert report["old"]["sequence"] == 1 and report["new"]["sequence"] == 2
    consistency = checks(report)
    assert [c["check"] for c in report["consistency"]["checks"]] == [
        "chain link", "same ledger", "sequence", "as-of order", "journal consistency",
        "changes account for totals"]
    assert all(c["passed"] and c["done"] for c in consistency.values())
    assert consistency["journal consistency"]["reason"].startswith("the journal of ")
    # NEW's own "previous attestation not given" is the link checked here.
    assert "chain" not in {c["check"] for c in report["new"]["checks"]}

    holdings = report["holdings"]
    assert holdings["counts"] == {"added": 1, "removed": 1, "changed": 2}
    assert holdings["unchanged"] == 2  # B-4 and B-5
    assert holdings["added"] == [{
        "change": "added", "kind": "bar", "id": 6, "site": "VLT",
        "identity": {"serial": "B-6", **BAR}, "fields": [],
        "quantities": [{"commodity": "gold", "unit": "ozt", "old": None, "new": "400.060",
                        "change": "+400.060"}]}]
    assert holdings["removed"] == [{
        "change": "removed", "kind": "bar", "id": 2, "site": "VLT",
        "identity": {"serial": "B-2", **BAR}, "fields": [],
        "quantities": [{"commodity": "gold", "unit": "ozt", "old": "400.960", "new": None,
                        "change": "-400.960"}]}]
    assert holdings["changed"] == [
        {"change": "changed", "kind": "bar", "id": 1, "site": "WH",
         "identity": {"serial": "B-1", **BAR}, "quantities": [],
         "fields": [{"field": "location", "old": "", "new": "R-1"},
                    {"field": "site", "old": "VLT", "new": "WH"}]},
        {"change": "changed", "kind": "bar", "id": 3, "site": "VLT",
         "identity": {"serial": "B-3", **BAR},
         "quantities": [{"commodity": "gold", "unit": "ozt", "old": "399.460",
                         "new": "398.960", "change": "-0.500"}],
         "fields": [{"field": "fine_oz", "old": "399.460", "new": "398.960"},
                    {"field": "gross_oz", "old": "399.500", "new": "399.000"}]}]
    # +400.060 − 400.960 − 0.500: the totals change by exactly what the holdings say.
    assert report["totals"] == [{"commodity": "gold", "unit": "ozt", "old": "2002.650",
                                 "new": "2001.250", "change": "-1.400"}]
    assert report["tokens"] == [{
        "symbol": "PKG", "commodity": "gold", "unit": "ozt",
        "supply": {"old": "1000", "new": "1000", "change": "0"},
        "reserves": {"old": "2002.650", "new": "2001.250"},
        "coverage": {"old": "2.002650", "new": "2.001250", "change": "-0.001400"},
        "covered": {"old": True, "new": True}}]
    assert report["sites"] == {"added": [], "removed": []}


def test_the_cli_in_a_fresh_process_prints_what_changed(series, ring):
    run = tijori("diff", str(series.one), str(series.two), "--leaves", str(series.one_leaves),
                 str(series.two_leaves), "--policy", ring.policy)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    lines = run.stdout.splitlines()
    assert lines[0] == f"OLD  {series.one}"
    assert lines[1].endswith(", number 1 of its series, 5 holdings: VALID")
    assert "NEW is the next attestation of OLD's series:" in lines
    assert any(line.startswith("  [PASS] journal consistency: the journal of ")
               for line in lines)
    totals = lines.index("Totals, as the statements state them:")
    assert lines[totals + 3].split() == ["gold", "ozt", "2,002.650", "2,001.250", "-1.400"]
    start = lines.index("Holdings: 1 added, 1 removed, 2 changed, 2 unchanged.")
    assert lines[start + 1:start + 13] == [
        "Added (1):",
        "  bar 6  B-6 / PAMP / 2022  at VLT  gold +400.060 ozt",
        "Removed (1):",
        "  bar 2  B-2 / PAMP / 2022  at VLT  gold -400.960 ozt",
        "Changed (2):",
        "  bar 1  B-1 / PAMP / 2022  at WH",
        '      location: "" → R-1',
        "      site: VLT → WH",
        "  bar 3  B-3 / PAMP / 2022  at VLT",
        "      fine_oz: 399.460 → 398.960",
        "      gross_oz: 399.500 → 399.000",
        "      gold: 399.460 → 398.960 ozt (-0.500)",
    ]
    assert lines[-1] == "The comparison: VALID"


def test_limit_truncates_the_lists_and_says_how_many_more(series, ring):
    result = diff(series, ring, series.one, series.two, series.one_leaves, series.two_leaves,
                  "--limit", "1")
    assert result.code == 0, result.err
    changed = result.out[result.out.index("Changed (2):"):]
    assert "bar 1  B-1" in changed and "bar 3  B-3" not in changed
    assert "  … and 1 more (--limit)" in changed
    limited = diff(series, ring, series.one, series.two, series.one_leaves,
                   series.two_leaves, "--limit", "1", "--json").json()["holdings"]
    assert [e["id"] for e in limited["changed"]] == [1]
    assert limited["counts"]["changed"] == 2  # the counts stay whole


def test_without_the_leaves_only_the_totals_and_tokens_are_compared(series, ring):
    result = series.cli("diff", str(series.one), str(series.two), "--policy", ring.policy)
    assert result.code == 0, result.out + result.err
    assert "Holdings not compared: the leaves of both attestations are needed." in result.out
    assert "[PASS] journal consistency: " in result.out
    report = series.cli("diff", str(series.one), str(series.two), "--policy", ring.policy,
                        "--json").json()
    assert report["holdings"] == {"compared": False,
                                  "not_compared": "the leaves of both attestations are needed"}
    assert [t["change"] for t in report["totals"]] == ["-1.400"]
    leaves = {c["check"]: c for c in report["new"]["checks"]}["leaves"]
    assert leaves["done"] is False  # not recomputed, and said so


# -- what cannot be relied on ---------------------------------------------------------------


def test_tampered_leaves_are_not_valid_and_the_reason_is_given(series, ring, tmp_path):
    header, leaves = leaf_lines(series.two_leaves)
    edited = [leaf.replace(b'"location":"R-1"', b'"location":"R-9"') for leaf in leaves]
    assert edited != leaves
    bad = write_leaves(tmp_path / "two.leaves.jsonl", header, edited)
    result = diff(series, ring, series.one, series.two, series.one_leaves, bad, "--json")
    assert result.code == 1
    report = result.json()
    assert report["valid"] is False and report["old"]["valid"] is True
    failed = {c["check"]: c["reason"] for c in report["new"]["checks"] if not c["passed"]}
    assert failed["root recomputed"].startswith("the leaves give root ")
    # Shown all the same, under NOT VALID: what the edited leaves claim.
    assert report["holdings"]["changed"][0]["fields"][0] == {
        "field": "location", "old": "", "new": "R-9"}

    text = diff(series, ring, series.one, series.two, series.one_leaves, bad)
    assert text.code == 1
    first = text.out.splitlines()[0]
    assert first.startswith(f"NOT VALID: {series.two} does not verify (root recomputed: ")
    assert first.endswith("Do not rely on the comparison below.")
    assert text.out.splitlines()[-1] == "The comparison: NOT VALID"


def test_new_older_than_old_is_named(series, ring):
    result = diff(series, ring, series.two, series.one, series.two_leaves, series.one_leaves,
                  "--json")
    assert result.code == 1
    report = result.json()
    assert report["relation"] == "earlier"
    assert report["old"]["valid"] and report["new"]["valid"]  # each verifies on its own
    order = checks(report)["order"]
    assert order["passed"] is False
    assert order["reason"] == (f"{series.one} (number 1, as of {report['new']['as_of']}) comes "
                               f"before {series.two} (number 2, as of "
                               f"{report['old']['as_of']}): give the older one first")


def test_a_later_attestation_says_what_cannot_be_checked_without_those_between(series, ring):
    result = diff(series, ring, series.one, series.three, series.one_leaves,
                  series.three_leaves, "--json")
    assert result.code == 0, result.out
    report = result.json()
    assert report["relation"] == "later"
    found = checks(report)
    assert found["order"]["reason"].startswith("number 3 comes 2 after number 1")
    assert found["journal size"]["passed"] is True
    assert not found["journal consistency"]["done"]
    assert "tijori verify-chain" in found["journal consistency"]["reason"]
    assert not found["chain link"]["done"]
    assert "numbers 2 to 2" in found["chain link"]["reason"]
    changed = {e["id"]: [f["field"] for f in e["fields"]]
               for e in report["holdings"]["changed"]}
    assert changed == {1: ["location", "site"], 3: ["fine_oz", "gross_oz"], 4: ["location"]}
    text = diff(series, ring, series.one, series.three, series.one_leaves, series.three_leaves)
    assert "[NOT DONE] journal consistency:" in text.out
    assert text.out.splitlines()[-1] == ("The comparison: VALID, with 2 check(s) not done "
                                         "(see above)")


def test_attestations_of_different_ledgers_are_not_one_series(series, ring):
    result = diff(series, ring, series.one, series.other, series.one_leaves,
                  series.other_leaves, "--json")
    assert result.code == 1
    report = result.json()
    assert report["relation"] == "other ledger"
    assert checks(report)["same ledger"]["passed"] is False
    assert report["holdings"]["compared"] is False
    assert "different ledgers" in report["holdings"]["not_compared"]
    assert {t["commodity"] for t in report["totals"]} >= {"gold", "copper"}


def test_an_attestation_compared_with_itself_has_no_change(series, ring):
    result = diff(series, ring, series.two, series.two, series.two_leaves, series.two_leaves,
                  "--json")
    assert result.code == 0
    report = result.json()
    assert report["relation"] == "same"
    assert report["holdings"]["counts"] == {"added": 0, "removed": 0, "changed": 0}
    assert report["holdings"]["unchanged"] == 5
    assert all(t["change"] == "0.000" for t in report["totals"])


# -- the wrong files ------------------------------------------------------------------------


@pytest.mark.parametrize("case", ["leaves as OLD", "swapped leaves", "policy as NEW",
                                  "missing", "attestation as leaves"])
def test_wrong_files_are_one_sentence_and_exit_2(series, ring, tmp_path, case):
    args = {
        "leaves as OLD": (series.one_leaves, series.two, series.one_leaves, series.two_leaves),
        "swapped leaves": (series.one, series.two, series.two_leaves, series.one_leaves),
        "policy as NEW": (series.one, Path(ring.policy), series.one_leaves,
                          series.two_leaves),
        "missing": (series.one, tmp_path / "nowhere.json", series.one_leaves,
                    series.two_leaves),
        "attestation as leaves": (series.one, series.two, series.one, series.two_leaves),
    }[case]
    run = tijori("diff", str(args[0]), str(args[1]), "--leaves", str(args[2]), str(args[3]),
                 "--policy", ring.policy)
    assert run.returncode == 2, run.stdout + run.stderr
    assert run.stdout == ""
    message = run.stderr.strip()
    assert message.startswith("tijori: ") and "\n" not in message
    assert "Traceback" not in run.stderr
    expected = {
        "leaves as OLD": "is a leaves file, not an attestation",
        "swapped leaves": "were the two swapped?",
        "policy as NEW": "is not an attestation: it is a policy",
        "missing": "cannot read attestation",
        "attestation as leaves": "is not a Tijori leaves file",
    }[case]
    assert expected in message, message


# -- the comparison itself, at the edges of its blocks --------------------------------------


def _holding(number: int, location: str = "V1") -> bytes:
    return canonical.dumps({
        "kind": "bar", "id": number, "site": "LDN", "commodity": "gold", "serial": f"S{number}",
        "brand": "PAMP", "year": 2020, "location": location, "fine_oz": "400.000",
        "quantities": [{"commodity": "gold", "quantity": "400.000", "unit": "ozt"}]})


def _leaves(holdings: list[bytes]) -> bytes:
    leaves = statement.make_leaves(holdings, random.randbytes(32 * len(holdings)))
    return b"".join(statement.leaves_file("x", leaves))


def test_changes_are_found_at_every_place_among_many_leaves():
    n = 5 * holding_diff.BLOCK + 17
    old = [_holding(i) for i in range(1, n + 1)]
    moved = {1, holding_diff.BLOCK, holding_diff.BLOCK + 1, 3 * holding_diff.BLOCK - 3, n}
    gone = {2, 2 * holding_diff.BLOCK, 2 * holding_diff.BLOCK + 5}
    new = [_holding(i, "V2" if i in moved else "V1") for i in range(1, n + 1) if i not in gone]
    new.insert(100, _holding(100_000 + 1))  # out of order: found where it stands
    new += [_holding(n + 1), _holding(n + 2)]
    # The same holding spelled otherwise (not canonically) is not a change.
    spelled = new.index(_holding(7))
    new[spelled] = new[spelled].replace(b'"id":7,', b'"id": 7,')
    change = holding_diff.compare_leaves(
        holding_diff.holdings_of(_leaves(old), "OLD"),
        holding_diff.holdings_of(_leaves(new), "NEW"))
    assert [e.id for e in change.changed] == sorted(moved - gone)
    assert all(e.fields == (holding_diff.FieldChange("location", "V1", "V2"),)
               for e in change.changed)
    assert [e.id for e in change.removed] == sorted(gone)
    assert sorted(e.id for e in change.added) == [n + 1, n + 2, 100_001]
    assert change.unchanged == n - len(gone) - len(moved - gone)
    assert change.sums() == {("gold", "ozt"): Decimal("0.000")}  # 3 added, 3 removed


def test_a_leaf_that_is_not_a_holding_is_named():
    data = _leaves([_holding(1)]) + b'{"salt":"00","v":1}\n'
    with pytest.raises(Exception) as error:
        holding_diff.holdings_of(data, "NEW")
    assert "the leaves of NEW cannot be read" in str(error.value)


def test_json_values_of_the_report_are_the_leaves_values():
    entry = holding_diff.FieldChange("calibration", None, {"version": 2, "digest": "ab"})
    assert entry.as_json() == {"field": "calibration", "old": None,
                               "new": {"version": 2, "digest": "ab"}}
    assert holding_diff.value_text(entry.new) == '{"version":2,"digest":"ab"}'
    assert json.loads(holding_diff.value_text(True)) is True
