"""`make run`: a headless demonstration of the ledger.

Creates a ledger in a temporary folder, records sample reserves of all three
commodity classes (metals, oil, gas) through the same commands a custodian
types, and prints the holdings and the journal check.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from app.cli.main import main as tijori
from app.services.demo import PASSPHRASE as DEMO_PASSPHRASE


def _run(*argv: str) -> None:
    print(f"\n$ tijori {' '.join(argv)}", flush=True)
    code = tijori(list(argv))
    if code:
        raise SystemExit(f"demonstration step failed with exit code {code}")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="tijori-demo-") as folder:
        ledger = Path(folder) / "demo.tijori"
        os.environ.update(TIJORI_LEDGER=str(ledger), TIJORI_PASSPHRASE=DEMO_PASSPHRASE,
                          TIJORI_ACTOR="demo-custodian")
        bars = Path(folder) / "bars.csv"
        bars.write_text(
            "serial,brand,year,gross_oz,fineness,fine_oz,location\n"
            "AB12345,ARGOR,2022,401.125,995.8,399.440,V1-A-01\n"
            "AB12346,ARGOR,2022,399.950,999.9,399.910,V1-A-01\n"
            "K778812,PAMP,2023,400.325,999.9,400.285,V1-A-02\n",
            encoding="utf-8",
        )
        print(f"Demonstration ledger: {ledger}")
        _run("init")
        _run("site", "add", "LDN-V1", "--name", "London vault 1", "--kind", "vault",
             "--jurisdiction", "GB", "--operator", "Demo Custody Ltd")
        _run("site", "add", "RTM-TF", "--name", "Rotterdam tank farm", "--kind", "tank-farm",
             "--jurisdiction", "NL")
        _run("site", "add", "REH-GS", "--name", "Rehden gas storage", "--kind", "gas-storage",
             "--jurisdiction", "DE")
        _run("import", "bars", str(bars), "--site", "LDN-V1", "--metal", "gold")
        _run("bar", "add", "--site", "LDN-V1", "--metal", "silver", "--brand", "METALOR",
             "--serial", "S-99120", "--year", "2021", "--gross-oz", "1000.4",
             "--fineness", "999.9", "--location", "V1-S-07", "--seal", "SEAL-4411",
             "--witness", "A. Auditor")
        _run("tank", "add", "T-101", "--site", "RTM-TF", "--commodity", "crude-oil",
             "--product", "Arab Light", "--roof", "floating")
        _run("gauge", "T-101", "--tov", "25000", "--unit", "m3", "--free-water", "12.5",
             "--temp-c", "28.5", "--ambient", "18", "--api", "33.4", "--sw", "0.25",
             "--fra", "-4.2")
        _run("gas", "record", "REH-1", "--site", "REH-GS", "--working", "120000000",
             "--cushion", "80000000", "--gcv-mj-per-sm3", "39.8")
        _run("holdings")
        _run("journal", "verify")


if __name__ == "__main__":
    main()
