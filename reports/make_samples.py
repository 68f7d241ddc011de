"""Make the sample signed attestation in reports/samples/.

Creates a small ledger of all three commodity classes in a temporary folder,
four keys (two custodians, an auditor, an admin), a trust policy, a token,
then a signing request, three signatures, the final attestation and an
inclusion proof, all through Tijori's own services. The private keys and the
ledger are thrown away; what an independent verifier needs is kept:

    policy.json  attestation.json  leaves.jsonl  proof.json  request.json
    responses/*.sig  keys/*.pub  report.pdf  report.json

    python reports/make_samples.py [OUT_DIR]
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from app.services import (  # noqa: E402
    attesting,
    keys,
    recording,
    reporting,
    session,
    tokens,
    verifying,
)

# Both must pass the rule for new passphrases (app.domain.passphrase.check_new).
PASSPHRASE = "sample ledger of amber tides"
KEY_PASSPHRASE = "sample key of cobalt rivers"
EXPIRES = "2036-12-31"
SIGNERS = ("custodian-1", "custodian-2", "auditor")


def _ledger(folder: Path, supply: str):
    ledger = session.create_ledger(folder / "sample.tijori", PASSPHRASE, "sample-custodian")
    for code, name, kind in (("LDN-V1", "London vault 1", "vault"),
                             ("RTM-TF", "Rotterdam tank farm", "tank-farm"),
                             ("REH-GS", "Rehden gas storage", "gas-storage")):
        recording.add_site(ledger, code, name, kind, "", "Sample Custody Ltd")
    for serial, gross, fineness in (("AB12345", "401.125", "995.8"),
                                    ("AB12346", "399.950", "999.9"),
                                    ("K778812", "400.325", "999.9")):
        recording.add_bar(ledger, site="LDN-V1", metal="gold", brand="ARGOR", serial=serial,
                          year="2022", gross_oz=gross, fineness=fineness, location="V1-A-01")
    recording.add_tank(ledger, site="RTM-TF", code="T-101", commodity="crude-oil",
                       product="Arab Light")
    recording.gauge_tank(ledger, tank="T-101", tov="25000", unit="m3", temperature="28.5",
                         temperature_unit="C", api="33.4", free_water="12.5", sw_percent="0.25")
    recording.record_gas(ledger, site="REH-GS", code="REH-1", working_volume="120000000",
                         cushion_volume="80000000", gcv_mj_per_sm3="39.8")
    tokens.add_token(ledger, "XAUT", "gold", "1 ozt")
    tokens.set_supply(ledger, "XAUT", supply, None, "sample supply")
    return ledger


def make(out: Path, keep: Path | None = None, supply: str = "1150") -> None:
    """Write the samples to `out`; the private keys and ledger go to `keep` if given
    (tests use them), else to a temporary folder that is thrown away. `supply` is the
    sample token's supply (the reserves are 1,199.635 ozt)."""
    with tempfile.TemporaryDirectory(prefix="tijori-samples-") as temp:
        work = keep or Path(temp)
        out.mkdir(parents=True, exist_ok=True)
        for name in ("keys", "responses"):
            shutil.rmtree(out / name, ignore_errors=True)
            (out / name).mkdir()
        for name in ("policy.json", "attestation.json", "leaves.jsonl", "proof.json",
                     "request.json", "report.pdf", "report.json"):
            (out / name).unlink(missing_ok=True)
        for name in (*SIGNERS, "admin"):
            keys.create_key(name, str(work / f"{name}.key"), KEY_PASSPHRASE)
            keys.export_public(str(work / f"{name}.key"), str(out / "keys" / f"{name}.pub"))
        keys.create_key("report-signer", str(work / "report-signer.key"), KEY_PASSPHRASE,
                        algorithm="ecdsa-p256")
        keys.export_public(str(work / "report-signer.key"), str(out / "keys" / "report-signer.pub"))
        pub = out / "keys"
        keys.draft_policy(
            out=str(out / "policy.json"), name="Tijori sample policy", expires=EXPIRES,
            custodians=[str(pub / "custodian-1.pub"), str(pub / "custodian-2.pub")],
            custodian_threshold=2, auditors=[str(pub / "auditor.pub")], auditor_threshold=1,
            admins=[str(pub / "admin.pub")], admin_threshold=1,
            report_signers=[str(pub / "report-signer.pub")],
        )
        keys.sign_policy(str(out / "policy.json"), str(work / "admin.key"), KEY_PASSPHRASE)
        ledger = _ledger(work, supply)
        try:
            attesting.make_request(
                ledger, policy_path=str(out / "policy.json"), out=str(out / "request.json"),
                leaves_out=str(out / "leaves.jsonl"), custodian="Sample Custody Ltd",
            )
            responses = []
            for name in SIGNERS:
                response = out / "responses" / f"{name}.sig"
                attesting.sign_request(
                    str(out / "request.json"), key_path=str(work / f"{name}.key"),
                    passphrase=lambda: KEY_PASSPHRASE, policy_path=str(out / "policy.json"),
                    out=str(response), confirm=lambda summary: True,
                )
                responses.append(str(response))
            attesting.finalize(str(out / "request.json"), responses,
                               out=str(out / "attestation.json"), ledger=ledger)
        finally:
            ledger.close()
        verifying.make_proof(str(out / "attestation.json"), str(out / "leaves.jsonl"), 1,
                             str(out / "proof.json"))
        reporting.make_report(
            attestation_path=str(out / "attestation.json"), policy_path=str(out / "policy.json"),
            leaves_path=str(out / "leaves.jsonl"), report_key_path=str(work / "report-signer.key"),
            passphrase=lambda: KEY_PASSPHRASE, out=str(out / "report.pdf"),
            json_out=str(out / "report.json"), proofs=[1],
        )
        (out / "leaves.jsonl.tree").unlink(missing_ok=True)  # a local cache, not a sample
    print(f"Samples written to {out}")


if __name__ == "__main__":
    make(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "samples")
