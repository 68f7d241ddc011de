"""Ledgers with a history, for the export and count-sheet tests (real SQLCipher files)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from app.services import importing, recording, session
from app.store.ledger import Ledger
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[1]
ACTOR = "export-tester"
SITES = (("VLT", "vault"), ("WH", "warehouse"), ("ZRH", "vault"), ("TF", "tank-farm"))
HEADER = "serial,brand,year,gross_oz,fineness,fine_oz,location"
BRANDS = ("PAMP", "ARGOR", "VALCAMBI")
# What a bar is, whatever its holding id: everything an export must carry over.
BAR_FIELDS = "brand, serial, year, gross_oz, fineness, fine_oz, location, site, metal"


def new_ledger(path: Path, sites: Iterable[tuple[str, str]] = SITES) -> Ledger:
    ledger = session.create_ledger(path, PASSPHRASE, ACTOR)
    for code, kind in sites:
        recording.add_site(ledger, code, f"Site {code}", kind)
    return ledger


def write_bar_list(path: Path, rows: Iterable[str], header: str = HEADER) -> Path:
    path.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def gold_rows(count: int, prefix: str, *, start: int = 0) -> list[str]:
    """`count` gold bars of three brands, five years, four finenesses, many places."""
    rows = []
    for i in range(start, start + count):
        fineness = ("995.0", "999.0", "999.5", "999.9")[i % 4]
        gross = f"{395 + i % 13}.{(i * 25) % 1000:03d}"
        rows.append(f"{prefix}{i:05d},{BRANDS[i % 3]},{2019 + i % 5},{gross},{fineness},,"
                    f"V{i % 3 + 1}-{'ABC'[i % 3]}-{i % 7:02d}")
    return rows


def history_ledger(folder: Path) -> Ledger:
    """Bars in three sites and two metals after imports, receipts, transfers, withdrawals
    and an adjustment (ids 1-40 the first import; the second import comes last but one)."""
    ledger = new_ledger(folder / "history.tijori")
    first = write_bar_list(folder / "first.csv", gold_rows(40, "G"))
    importing.import_bars(ledger, first, site="VLT", metal="gold")
    for n in range(5):
        recording.add_bar(ledger, site="WH", metal="silver", brand="METALOR",
                          serial=f"S-{n:03d}", year="2021", fineness="999.9",
                          gross_oz=f"100{n}.4", location=f"Cage \"B\", shelf {n}")
    for holding, site, place in ((3, "WH", "W-01"), (7, "WH", "W-02"), (11, "WH", ""),
                                 (5, "ZRH", "Z-9")):
        recording.transfer(ledger, holding, site, place)
    for holding in (2, 9):
        recording.withdraw(ledger, holding)
    recording.adjust(ledger, 13, reason="re-weighed on arrival", gross_oz="399.100",
                     location="V1-A-99")
    second = write_bar_list(folder / "second.csv", gold_rows(10, "Z", start=100))
    importing.import_bars(ledger, second, site="ZRH", metal="gold")
    for serial, place in (("000123", "=HYPERLINK(1)"), ("ab-12x", "V1-A-00")):
        recording.add_bar(ledger, site="VLT", metal="gold", brand="PAMP", serial=serial,
                          year="2024", fineness="999.9", gross_oz="400.000", location=place)
    return ledger


def bars_of(ledger: Ledger) -> list[tuple]:
    """Every bar, as what it is (no holding id), sorted."""
    return sorted(ledger.conn.execute(f"SELECT {BAR_FIELDS} FROM bars").fetchall())


def run_tijori(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None,
               timeout: int = 240) -> subprocess.CompletedProcess:
    """`tijori ARGS` in a fresh process, with the suite's passphrase."""
    environment = dict(os.environ, TIJORI_PASSPHRASE=PASSPHRASE, TIJORI_ACTOR=ACTOR,
                       PYTHONPATH=str(ROOT))
    environment.pop("TIJORI_LEDGER", None)
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "app.cli.main", *args], env=environment,
                          cwd=cwd or ROOT, capture_output=True, text=True, timeout=timeout)
