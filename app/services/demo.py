"""A demonstration ledger: sample reserves of every kind, for trying Tijori out.

Offered on the start screen when no ledger has been opened on this computer.
Everything is recorded through the same services a custodian's entries go
through, so the journal and the holdings are real.
"""

from __future__ import annotations

import os
import random
import tempfile
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path

from app.domain.progress import QUIET, Task
from app.services import importing, recording, session, tokens
from app.services.movement import Movement

# Shown on the start screen: the demonstration ledger holds nothing secret.
PASSPHRASE = "demonstration ledger of amber tides"
BRANDS = ("ARGOR", "METALOR", "PAMP", "VALCAMBI", "RAND", "PERTH")
GOLD_BARS = 2500


def _bar_list(path: Path, count: int) -> None:
    rng = random.Random(2026)
    lines = ["serial,brand,year,gross_oz,fineness,fine_oz,location"]
    for i in range(count):
        gross = (Decimal(rng.randrange(14800, 16400)) * Decimal("0.025")).quantize(
            Decimal("0.001"), rounding=ROUND_DOWN)
        fineness = ("995.0", "999.0", "999.5", "999.9")[i % 4]
        fine = (gross * Decimal(fineness) / 1000).quantize(Decimal("0.001"), ROUND_HALF_UP)
        lines.append(f"D{100000 + i},{BRANDS[i % len(BRANDS)]},{2015 + i % 11},{gross},"
                     f"{fineness},{fine},V1-{i % 20:02d}-{i % 50:03d}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def create_demo_ledger(path: str | os.PathLike, actor: str, task: Task = QUIET) -> Path:
    """Create the demonstration ledger at `path` (which must not exist yet)."""
    path = Path(path)
    ledger = session.create_ledger(path, PASSPHRASE, actor)
    try:
        for code, name, kind, country in (
            ("LDN-V1", "London vault 1", "vault", "GB"),
            ("ZRH-V2", "Zurich vault 2", "vault", "CH"),
            ("RTM-WH", "Rotterdam metals warehouse", "warehouse", "NL"),
            ("RTM-TF", "Rotterdam tank farm", "tank-farm", "NL"),
            ("REH-GS", "Rehden gas storage", "gas-storage", "DE"),
            ("GATE", "Gate LNG terminal", "lng-terminal", "NL"),
        ):
            recording.add_site(ledger, code, name, kind, country, "Demo Custody Ltd")
        task.progress(1, 6)
        with tempfile.TemporaryDirectory(prefix="tijori-demo-") as folder:
            bar_list = Path(folder) / "demo-gold-bars.csv"
            _bar_list(bar_list, GOLD_BARS)
            importing.import_bars(ledger, bar_list, site="LDN-V1", metal="gold")
        task.progress(2, 6)
        recording.add_bar(ledger, site="ZRH-V2", metal="silver", brand="METALOR",
                          serial="S-99120", year="2021", fineness="999.9", gross_oz="1000.4",
                          location="V2-S-07",
                          movement=Movement.build("receipt", seals=["SEAL-4411"],
                                                  witness="A. Auditor"))
        for n, (gross, net) in enumerate((("25.210", "25.100"), ("25.050", "24.980"))):
            recording.add_lot(ledger, site="RTM-WH", metal="copper", warrant=f"CU-00{n + 1}",
                              brand="KGHM", shape="cathode", grade="Cu-CATH-1", bundles=10,
                              gross_t=gross, net_t=net, location=f"B{n + 1}")
        task.progress(3, 6)
        recording.add_tank(ledger, site="RTM-TF", code="T-101", commodity="crude-oil",
                           product="Arab Light", roof="floating")
        recording.gauge_tank(ledger, tank="T-101", tov="25000", unit="m3", free_water="12.5",
                             temperature="28.5", ambient="18", api="33.4", sw_percent="0.25",
                             fra="-4.2")
        recording.add_tank(ledger, site="RTM-TF", code="T-205", commodity="diesel",
                           product="ULSD 10 ppm")
        recording.gauge_tank(ledger, tank="T-205", tov="8200", unit="m3", temperature="17.2",
                             density15="845.0")
        task.progress(4, 6)
        recording.record_gas(ledger, site="REH-GS", code="REH-1", working_volume="120000000",
                             cushion_volume="80000000", gcv_mj_per_sm3="39.8")
        recording.record_gas(ledger, site="GATE", code="LNG-T1", kind="lng",
                             volume_m3="150000", density_kg_m3="450", gcv_mj_per_kg="54.2")
        task.progress(5, 6)
        tokens.add_token(ledger, "XAUD", "gold", "1 ozt")
        tokens.set_supply(ledger, "XAUD", "950000", None, "demonstration contract")
        tokens.add_token(ledger, "OILD", "crude-oil", "1 bbl")
        tokens.set_supply(ledger, "OILD", "160000", None, "demonstration contract")
        task.progress(6, 6)
    except BaseException:
        ledger.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    ledger.close()
    return path
