"""No holding counted twice across a programme's custodians: the collision check over
real leaves files (written by `tijori attest request`) and crafted ones."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.errors import InvalidInput
from app.domain.progress import Task
from app.services.programme_check import Member, check_collisions
from tests.attest_helpers import CUSTODIAN, build_ledger, cli_runner, make_keyring

ROOT = Path(__file__).resolve().parent.parent
SALT = "ab" * 32


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    """The leaves of two real ledgers: 'stocked' (five PAMP bars) and 'mixed' (bars, lots,
    tanks, gas), each written by `tijori attest request`."""
    folder = tmp_path_factory.mktemp("programme")
    ring = make_keyring(folder)
    out = {}
    for kind in ("stocked", "mixed"):
        ledger = build_ledger(folder / f"{kind}.tijori", kind)
        leaves = folder / f"{kind}.leaves.jsonl"
        result = cli_runner(ledger)("attest", "request", "--policy", ring.policy, "--out",
                                    str(folder / f"{kind}.req.json"), "--leaves-out",
                                    str(leaves), "--custodian", CUSTODIAN)
        assert result.code == 0, result.err
        out[kind] = str(leaves)
    return out


def leaves_file(path: Path, holdings: list[dict]) -> str:
    """A leaves file of these holdings (each given its id in order)."""
    lines = [json.dumps({"attestation_id": path.stem, "count": len(holdings),
                         "format": "tijori-leaves", "version": 1}, sort_keys=True,
                        separators=(",", ":"))]
    for number, holding in enumerate(holdings, start=1):
        lines.append(json.dumps({"holding": {"id": number, **holding}, "salt": SALT, "v": 1},
                                sort_keys=True, separators=(",", ":"), ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def bar(brand: str, serial: str, year: int = 2022, site: str = "VLT") -> dict:
    return {"kind": "bar", "brand": brand, "serial": serial, "year": year, "site": site,
            "commodity": "gold"}


def test_the_same_bars_listed_by_two_custodians_are_each_named(real):
    """Both custodians list the same five PAMP bars: five collisions, each naming both."""
    result = check_collisions([Member("Central Bank vault", real["stocked"]),
                               Member("Zurich vault", real["stocked"])])
    assert not result.ok
    assert result.members == 2 and result.identities == 10 and result.by_kind["bar"] == 10
    assert len(result.collisions) == 5
    first = result.collisions[0]
    assert first.kind == "bar" and first.identity.startswith("PAMP B-")
    assert [(f.member, f.holding) for f in first.found] == [
        ("Central Bank vault", 1), ("Zurich vault", 1)]


def test_distinct_custodians_pass_and_every_kind_is_counted(real):
    progress: list[tuple[int, int]] = []
    result = check_collisions([Member("vault", real["stocked"]), Member("terminal",
                                                                        real["mixed"])],
                              Task(progress=lambda done, total: progress.append((done, total))))
    assert result.ok, [c.to_dict() for c in result.collisions]
    assert result.by_kind["bar"] >= 5 and result.by_kind["lot"] >= 2
    assert result.by_kind["tank"] >= 1 and result.unidentified >= 1  # the gas inventories
    assert result.identities == sum(result.by_kind.values())
    assert progress and progress[-1][0] == progress[-1][1]


def test_lookalikes_and_repeats_within_one_member_collide(tmp_path):
    one = leaves_file(tmp_path / "one.jsonl", [
        bar("PAMP", "AB12345"),
        {"kind": "lot", "warrant": "CU-001", "site": "WH", "commodity": "copper"},
        {"kind": "lot", "warrant": "cu-001 ", "site": "WH", "commodity": "copper"},  # again
        {"kind": "tank", "code": "T-101", "site": "RTM-TF", "commodity": "crude-oil"},
        {"kind": "gas", "code": "UGS1", "site": "GS", "commodity": "natural-gas"},
    ])
    other = leaves_file(tmp_path / "other.jsonl", [
        bar("pamp", "АВ 12345"),           # Cyrillic А and В, lower-case brand, a space
        bar("PAMP", "AB12345", year=2023),  # another year: another bar
        bar("VALCAMBI", "AB12345"),         # another brand: another bar
        {"kind": "tank", "code": "T-101", "site": "RTM-TF", "commodity": "crude-oil"},
        {"kind": "tank", "code": "T-101", "site": "SGP-TF", "commodity": "crude-oil"},
        {"kind": "gas", "code": "UGS1", "site": "GS", "commodity": "natural-gas"},
    ])
    result = check_collisions([Member("A", one), Member("B", other)])
    found = {(c.kind, c.identity): [(f.member, f.holding) for f in c.found]
             for c in result.collisions}
    assert found == {("bar", "PAMP AB12345 2022"): [("A", 1), ("B", 1)],
                     ("lot", "CU-001"): [("A", 2), ("A", 3)],
                     ("tank", "RTM-TF T-101"): [("A", 4), ("B", 4)]}
    assert result.unidentified == 2 and result.identities == 9


def test_bad_input_is_named_and_nothing_is_kept(tmp_path):
    good = leaves_file(tmp_path / "good.jsonl", [bar("PAMP", "X1")])
    with pytest.raises(InvalidInput, match="two members have the same name"):
        check_collisions([Member("A", good), Member("A", good)])
    broken = tmp_path / "broken.jsonl"
    broken.write_text(Path(good).read_text().replace('"kind":"bar"', '"kind":7'))
    with pytest.raises(InvalidInput, match="line 2 of the leaves of B"):
        check_collisions([Member("A", good), Member("B", str(broken))], work_dir=str(tmp_path))
    short = tmp_path / "short.jsonl"
    short.write_text(Path(good).read_text().replace('"count":1', '"count":2'))
    with pytest.raises(InvalidInput, match="announces 2 leaves but holds 1"):
        check_collisions([Member("A", str(short))])
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("tijori-check-")]


def tijori(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app.cli.main", *argv], capture_output=True,
                          text=True, cwd=ROOT, env=dict(os.environ), timeout=120)


def test_the_command_in_a_fresh_process(real, tmp_path):
    done = tijori("programme", "collisions", "--member", f"Vault={real['stocked']}",
                  "--member", f"Zurich={real['stocked']}", "--limit", "2")
    assert done.returncode == 1
    assert "5 identities are listed more than once:" in done.stderr
    assert "bar PAMP B-1 2022: Vault holding 1; Zurich holding 1" in done.stderr
    assert "… and 3 more" in done.stderr
    done = tijori("programme", "collisions", "--member", f"Vault={real['stocked']}",
                  "--member", f"Terminal={real['mixed']}", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["ok"] is True
    done = tijori("programme", "collisions", "--member", "no-equals-sign")
    assert done.returncode == 2 and "is not NAME=LEAVES" in done.stderr
    assert "Traceback" not in done.stderr
