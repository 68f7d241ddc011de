"""A programme of two member custodians for the programme tests: keys, the members' own
ledgers, policies and finalised attestations, and the programme policy over them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.services import keys as keyservice
from app.services.programme import MemberFiles, draft_programme_policy
from tests.attest_helpers import (
    FAR_FUTURE,
    KEY_PASSPHRASE,
    REPORT_KEY_PASSPHRASE,
    Keyring,
    attest,
    build_ledger,
    cli_runner,
    draft_policy,
    make_keyring,
    sign,
)


def programme_keyring(folder: Path) -> Keyring:
    """Keys, a custodian's policy (v1) and a second custodian's (Zurich); the programme's
    operator is the outsider key, its auditor aud, its admin admin2."""
    ring = make_keyring(folder)
    draft_policy(ring, ring.folder / "zurich.json", name="Zurich vault",
                 custodians=("cust2",), custodian_threshold=1)
    return ring


def policies(ring: Keyring) -> list[str]:
    """The two members' policy files."""
    return [ring.policy, str(ring.folder / "zurich.json")]


def programme(ring: Keyring, out: Path, **change) -> dict:
    """Draft the programme policy over both members (unsigned); `change` overrides."""
    args = dict(out=str(out), name="Reserve programme", expires=FAR_FUTURE,
                members=policies(ring), window="24h",
                operators=[ring.pub("outsider")], operator_threshold=1,
                auditors=[ring.pub("aud")], auditor_threshold=1,
                admins=[ring.pub("admin2")], admin_threshold=1,
                now=datetime.now(UTC) - timedelta(days=1))  # before the members' as-of
    args.update(change)
    return draft_programme_policy(**args)


def signed_programme_policy(ring: Keyring, folder: Path, **change) -> str:
    """The programme policy drafted (`change` overrides, as for `programme`) and signed by
    its admin."""
    out = folder / "programme.json"
    programme(ring, out, **change)
    keyservice.sign_policy(str(out), ring.key("admin2"), KEY_PASSPHRASE)
    return str(out)


def report_signer(folder: Path, name: str = "Programme report signer") -> tuple[str, str]:
    """A report signer's P-256 key file (its self-signed certificate beside it), under
    REPORT_KEY_PASSPHRASE, and its public key file."""
    key, pub = folder / "report.key", folder / "report.pub"
    keyservice.create_key(name, str(key), REPORT_KEY_PASSPHRASE, "ecdsa-p256")
    keyservice.export_public(str(key), str(pub))
    return str(key), str(pub)


def finalised_programme(ring: Keyring, members: list[MemberFiles], programme_policy: str,
                        folder: Path, *extra: str) -> Path:
    """A programme attestation over `members`: the operator's request (`tijori programme
    attest`, with `extra` arguments such as --tokens), signed by the programme's operator
    (the outsider key) and auditor (aud) through `tijori sign`, and finalised."""
    cli = cli_runner(folder / "unused.tijori")
    req = folder / "programme.req.json"
    result = cli("programme", "attest", "--programme-policy", programme_policy,
                 *(a for m in members for a in ("--member", m.attestation, m.leaves)),
                 *(a for p in policies(ring) for a in ("--policy", p)), *extra,
                 "--out", str(req))
    assert result.code == 0, result.err
    responses = []
    for signer in ("outsider", "aud"):
        signed, response = sign(cli, ring, req, signer, policy=programme_policy)
        assert signed.code == 0, signed.err
        responses.append(str(response))
    att = folder / "programme.att.json"
    result = cli("attest", "finalize", str(req), *responses, "--out", str(att))
    assert result.code == 0, result.err
    return att


def member_files(ring: Keyring, folder: Path) -> dict[str, MemberFiles]:
    """Two member custodians, each with its own ledger, policy and finalised attestation:
    the vault (the ring's policy, five PAMP bars) and Zurich (its own policy, bars, lots,
    tanks and gas of the 'mixed' ledger); and a third attestation of the vault's bars made
    by Zurich's ledger copy, for the collision."""
    out = {}
    for stem, kind, policy, signers in (
            ("vault", "stocked", ring.policy, ("cust1", "cust2", "aud")),
            ("zurich", "mixed", str(ring.folder / "zurich.json"), ("cust2", "aud")),
            ("zurich-copy", "stocked", str(ring.folder / "zurich.json"), ("cust2", "aud"))):
        ledger = build_ledger(folder / f"{stem}.tijori", kind)
        att, leaves, _ = attest(cli_runner(ledger), ring, folder, stem, "--with-leaves",
                                signers=signers, policy=policy)
        out[stem] = MemberFiles(str(att), str(leaves))
    return out
