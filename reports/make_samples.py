"""Make the sample signed attestation in reports/samples/.

Creates a small ledger of all three commodity classes in a temporary folder,
keys (custodians, an auditor, an admin, a report signer), a trust policy, a
token, then a series of three attestations, each through a signing request,
three signatures on the signers' own data folders (pinned policy, witness
state) and finalising; between the first and the second the policy is rotated
(version 2 replaces custodian-2 by custodian-3 and names version 1). Then an
inclusion proof and the signed report of the newest. All through Tijori's own
services. The private keys and the ledger are thrown away; what an independent
verifier needs is kept:

    policy.json (version 2, the one to trust)  policy-v1.json
    attestation.json (the newest, number 3)  leaves.jsonl  proof.json  request.json
    chain/1.att.json  chain/2.att.json  chain/3.att.json
    responses/*.sig  keys/*.pub  report.pdf  report.json

    tijori verify-chain reports/samples/chain --policy reports/samples/policy.json \
        --policy reports/samples/policy-v1.json

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
    signing,
    tokens,
    verifying,
)

# Both must pass the rule for new passphrases (app.domain.passphrase.check_new).
PASSPHRASE = "sample ledger of amber tides"
KEY_PASSPHRASE = "sample key of cobalt rivers"
EXPIRES = "2036-12-31"
SIGNERS = ("custodian-1", "custodian-2", "auditor")
#: Who signs after the rotation: custodian-3 replaces custodian-2.
SIGNERS_V2 = ("custodian-1", "custodian-3", "auditor")


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


def _attest(ledger, out: Path, work: Path, policy: Path, signers: tuple[str, ...],
            stem: str, now) -> Path:
    """One attestation of the series: request, signatures on each signer's PC, finalise."""
    request, leaves = work / f"{stem}.req.json", work / f"{stem}.leaves.jsonl"
    attesting.make_request(ledger, policy_path=str(policy), out=str(request),
                           leaves_out=str(leaves), custodian="Sample Custody Ltd",
                           with_leaves=True)
    responses = []
    for name in signers:
        response = work / f"{stem}.{name}.sig"
        home = work / "signers" / name
        resolution = signing.pinned_policy(str(policy), now(), home)
        if resolution.outcome == "successor":
            signing.accept_policy(resolution, home)
        signing.sign_request(
            str(request), key_path=str(work / f"{name}.key"),
            passphrase=lambda: KEY_PASSPHRASE, out=str(response),
            confirm=lambda prepared: prepared.ok, folder=home)
        responses.append(str(response))
    attestation = out / "chain" / f"{stem}.att.json"
    attesting.finalize(str(request), responses, out=str(attestation), ledger=ledger)
    return attestation


def _policy(out: Path, work: Path, name: str, custodians: tuple[str, ...],
            replaces: Path | None = None) -> Path:
    pub = out / "keys"
    path = out / name
    keys.draft_policy(
        out=str(path), name="Tijori sample policy", expires=EXPIRES,
        custodians=[str(pub / f"{c}.pub") for c in custodians],
        custodian_threshold=2, auditors=[str(pub / "auditor.pub")], auditor_threshold=1,
        admins=[str(pub / "admin.pub")], admin_threshold=1,
        report_signers=[str(pub / "report-signer.pub")],
        replaces=str(replaces) if replaces else None,
    )
    keys.sign_policy(str(path), str(work / "admin.key"), KEY_PASSPHRASE)
    return path


def make(out: Path, keep: Path | None = None, supply: str = "1150") -> None:
    """Write the samples to `out`; the private keys and ledger go to `keep` if given
    (tests use them), else to a temporary folder that is thrown away. `supply` is the
    sample token's supply (the reserves are 1,199.635 ozt at the newest attestation)."""
    from datetime import UTC, datetime

    def now():
        return datetime.now(UTC)

    with tempfile.TemporaryDirectory(prefix="tijori-samples-") as temp:
        work = keep or Path(temp)
        out.mkdir(parents=True, exist_ok=True)
        for name in ("keys", "responses", "chain"):
            shutil.rmtree(out / name, ignore_errors=True)
            (out / name).mkdir()
        for name in ("policy.json", "policy-v1.json", "attestation.json", "leaves.jsonl",
                     "proof.json", "request.json", "report.pdf", "report.json"):
            (out / name).unlink(missing_ok=True)
        for name in (*SIGNERS, "custodian-3", "admin"):
            keys.create_key(name, str(work / f"{name}.key"), KEY_PASSPHRASE)
            keys.export_public(str(work / f"{name}.key"), str(out / "keys" / f"{name}.pub"))
        keys.create_key("report-signer", str(work / "report-signer.key"), KEY_PASSPHRASE,
                        algorithm="ecdsa-p256")
        keys.export_public(str(work / "report-signer.key"), str(out / "keys" / "report-signer.pub"))
        v1 = _policy(out, work, "policy-v1.json", ("custodian-1", "custodian-2"))
        ledger = _ledger(work, supply)
        try:
            _attest(ledger, out, work, v1, SIGNERS, "1", now)
            # The policy is rotated: version 2 names version 1 and carries its admin's
            # signature (the same admin here), so a verifier who trusts version 2 reaches it.
            v2 = _policy(out, work, "policy.json", ("custodian-1", "custodian-3"), replaces=v1)
            shipped = recording.add_bar(ledger, site="LDN-V1", metal="gold", brand="ARGOR",
                                        serial="AB12399", year="2023", gross_oz="400.010",
                                        fineness="999.9", location="V1-A-02")
            _attest(ledger, out, work, v2, SIGNERS_V2, "2", now)
            recording.withdraw(ledger, shipped["id"])
            newest = _attest(ledger, out, work, v2, SIGNERS_V2, "3", now)
        finally:
            ledger.close()
        shutil.copyfile(newest, out / "attestation.json")
        shutil.copyfile(work / "3.leaves.jsonl", out / "leaves.jsonl")
        shutil.copyfile(work / "3.req.json", out / "request.json")
        for name in SIGNERS_V2:
            shutil.copyfile(work / f"3.{name}.sig", out / "responses" / f"{name}.sig")
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
