"""Shared pieces of the attestation end-to-end tests: keys, policies, ledgers, files.

Keys are real Ed25519 keys in real encrypted key files, made once per test
module. Their Argon2id cost is the reader's floor (19 MiB, 2 passes) rather
than the 64 MiB default, so that each `tijori sign` unlocks a key in a few
hundredths of a second; the file format and the code paths are the same.

Ledgers are real SQLCipher files too. Opening one costs a key derivation
(about a quarter of a second), so each kind of starting ledger is recorded once
per module, through the services the CLI calls, and copied into each test's
folder, where the test then runs `tijori ...` against its own copy.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
import shutil
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.attest import canonical, statement
from app.attest.dsse import Envelope
from app.attest.keyfile import encrypt_private_key
from app.attest.keys import PrivateKey
from app.attest.policy import format_time, new_policy
from app.cli.main import main as tijori_main
from app.services import keys as keyservice
from app.services import recording, session
from app.services import tokens as tokenservice
from tests.conftest import PASSPHRASE, Result

# The suite's passphrases for new keys: signing keys, and report-signing keys (kept
# apart to show the right one unlocks each). They must pass the rule, as the ledger's do.
KEY_PASSPHRASE = "saffron glacier mosaic pylon"
REPORT_KEY_PASSPHRASE = "juniper anvil dossier ferret"
FAST_KDF = {"memory_kib": 19 * 1024, "iterations": 2, "lanes": 1}
KEY_NAMES = ("cust1", "cust2", "aud", "admin", "admin2", "outsider")
FAR_FUTURE = "2099-12-31"
CUSTODIAN = "State Reserve Custody"


@dataclass
class Keyring:
    """The module's keys: files on disk and the same keys in memory, and policy v1."""

    folder: Path
    private: dict[str, PrivateKey] = field(default_factory=dict)

    def key(self, name: str) -> str:
        return str(self.folder / f"{name}.key")

    def pub(self, name: str) -> str:
        return str(self.folder / f"{name}.pub")

    def keyid(self, name: str) -> str:
        return self.private[name].public_key.keyid

    @property
    def policy(self) -> str:
        """Policy v1: custodians cust1+cust2 (2 of 2), auditor aud (1 of 1), admin admin."""
        return str(self.folder / "policy-v1.json")


def make_keyring(folder: Path) -> Keyring:
    ring = Keyring(Path(folder))
    created = format_time(datetime.now(UTC))
    for name in KEY_NAMES:
        key = PrivateKey.generate("ed25519")
        ring.private[name] = key
        data = encrypt_private_key(key, KEY_PASSPHRASE, name=name, created=created,
                                   kdf_params=FAST_KDF)
        Path(ring.key(name)).write_bytes(data)
        keyservice.export_public(ring.key(name), ring.pub(name))
    draft_policy(ring, ring.policy)
    return ring


def draft_policy(
    ring: Keyring,
    out: str | Path,
    *,
    custodians: tuple[str, ...] = ("cust1", "cust2"),
    custodian_threshold: int = 2,
    auditors: tuple[str, ...] = ("aud",),
    auditor_threshold: int = 1,
    admins: tuple[str, ...] = ("admin",),
    admin_threshold: int = 1,
    version: int = 1,
    expires: str = FAR_FUTURE,
    valid_from: str | None = None,
    sign_with: tuple[str, ...] | None = None,
    name: str = "Tijori trust policy",
    replaces: str | None = None,
) -> str:
    """Draft a policy with the service the CLI uses, and sign it with admin keys.

    With `replaces` (a policy file) the draft is that version's successor and names it
    (`policy new --replaces`); its admins must sign it too for a verifier to reach the
    older version through it: put them in `sign_with`."""
    keyservice.draft_policy(
        out=str(out), name=name, expires=expires, version=version,
        custodians=[ring.pub(n) for n in custodians], custodian_threshold=custodian_threshold,
        auditors=[ring.pub(n) for n in auditors], auditor_threshold=auditor_threshold,
        admins=[ring.pub(n) for n in admins], admin_threshold=admin_threshold,
        valid_from=valid_from, replaces=replaces,
    )
    for admin in admins if sign_with is None else sign_with:
        keyservice.sign_policy(str(out), ring.key(admin), KEY_PASSPHRASE)
    return str(out)


def policy_with_key_periods(ring: Keyring, out: Path, periods: dict[str, tuple[str, str]],
                            *, expires: str = FAR_FUTURE + "T00:00:00Z",
                            roles: dict[str, tuple[list[str], int]] | None = None) -> str:
    """Policy v1's roles (or `roles`: role -> (key names, threshold)), each key with its own
    (valid_from, valid_until); signed by admin, who must be in the admin role."""
    roles = roles or {"custodian": (["cust1", "cust2"], 2), "auditor": (["aud"], 1),
                      "admin": (["admin"], 1)}
    keys = []
    for name in dict.fromkeys(n for names, _ in roles.values() for n in names):
        start, until = periods.get(name, ("2000-01-01T00:00:00Z", expires))
        keys.append((ring.private[name].public_key, name, start, until))
    policy = new_policy(
        name="Tijori trust policy", expires=expires, keys=keys,
        roles={role: ([ring.keyid(n) for n in names], threshold)
               for role, (names, threshold) in roles.items()},
    )
    Path(out).write_bytes(policy.envelope().signed_by(ring.private["admin"]).dumps())
    return str(out)


# -- the CLI outside a test ---------------------------------------------------------------


def cli_runner(ledger_path: Path):
    """Like the `cli` fixture, for module-scoped fixtures: `tijori ...` against `ledger_path`."""
    def run(*argv: str) -> Result:
        out, err = io.StringIO(), io.StringIO()
        with pytest.MonkeyPatch.context() as patch, redirect_stdout(out), redirect_stderr(err):
            patch.setenv("TIJORI_LEDGER", str(ledger_path))
            patch.setenv("TIJORI_PASSPHRASE", PASSPHRASE)
            patch.setenv("TIJORI_ACTOR", "test-custodian")
            patch.setenv("TIJORI_KEY_PASSPHRASE", KEY_PASSPHRASE)
            try:
                code = tijori_main(list(argv))
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 2
        return Result(code, out.getvalue(), err.getvalue())

    return run


# -- the ledger --------------------------------------------------------------------------

SITES = (("VLT", "vault"), ("WH", "warehouse"), ("TF", "tank-farm"), ("GS", "gas-storage"),
         ("LNG", "lng-terminal"))
#: The "stocked" ledger: five gold bars in VLT (2002.850 ozt fine) backing 1000 PKG.
STOCKED_BARS = (("B-1", "400.100"), ("B-2", "401.000"), ("B-3", "399.500"),
                ("B-4", "400.250"), ("B-5", "402.000"))


def _mixed(ledger) -> None:
    """Holdings of every kind, recorded interleaved: ids are not in kind or serial order."""
    def bar(serial, year="2022", **kw):
        recording.add_bar(ledger, site=kw.pop("site", "VLT"), metal=kw.pop("metal", "gold"),
                          brand=kw.pop("brand", "PAMP"), serial=serial, year=year,
                          gross_oz=kw.pop("gross", "400.100"),
                          fineness=kw.pop("fineness", "999.9"))

    def lot(warrant, net):
        recording.add_lot(ledger, site="WH", metal="copper", warrant=warrant, brand="KGHM",
                          shape="cathode", grade="Cu-CATH-1", bundles="10", gross_t="25.300",
                          net_t=net)

    recording.record_gas(ledger, site="GS", code="UGS1", working_volume="1000000",
                         gcv_mj_per_sm3="40")                                       # id 1
    bar("S9")                                                                      # 2
    lot("W2", "25.100")                                                            # 3
    bar("S10", "2021", brand="VALC")                                               # 4
    recording.add_tank(ledger, site="TF", code="T1", commodity="jet-fuel")         # 5
    recording.gauge_tank(ledger, tank="T1", tov="1000", temperature="85", temperature_unit="F",
                         sg="0.7943", sw_percent="0.5")
    bar("A1", "2020")                                                              # 6
    lot("W1", "24.950")                                                            # 7
    recording.add_tank(ledger, site="TF", code="T0", commodity="crude-oil")        # 8, ungauged
    bar("S10", "2023")                                                             # 9
    bar("S10", "2021")                                                             # 10
    bar("AG-7", metal="silver", gross="1000.0", fineness="999.0", brand="Zürich «Ag»")  # 11


def build_ledger(path: Path, kind: str) -> Path:
    ledger = session.create_ledger(path, PASSPHRASE, "test-custodian")
    try:
        for code, site_kind in SITES:
            recording.add_site(ledger, code, f"Site {code}", site_kind)
        if kind == "stocked":
            for serial, gross in STOCKED_BARS:
                recording.add_bar(ledger, site="VLT", metal="gold", brand="PAMP", serial=serial,
                                  year="2022", gross_oz=gross, fineness="999.9")
            tokenservice.add_token(ledger, "PKG", "gold", "1 ozt")
            tokenservice.set_supply(ledger, "PKG", "1000", None, "chain")
        elif kind == "mixed":
            _mixed(ledger)
        else:
            assert kind == "base", kind
    finally:
        ledger.close()
    return path


class Ledgers:
    """Starting ledgers ("base": the five sites; "stocked"; "mixed"), each made once."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.built: dict[str, Path] = {}

    def copy(self, kind: str, dest: Path) -> Path:
        if kind not in self.built:
            self.built[kind] = build_ledger(self.folder / f"{kind}.tijori", kind)
        source = self.built[kind]
        if str(dest).startswith("postgresql://"):  # a server ledger: the file migrated into it
            from app.services import server_admin
            from tests.conftest import PASSPHRASE

            server_admin.migrate(str(source), PASSPHRASE, "test-custodian", str(dest))
            return dest
        shutil.copyfile(source, dest)
        for suffix in ("-wal", "-shm"):
            extra = Path(f"{source}{suffix}")
            if extra.exists():
                shutil.copyfile(extra, f"{dest}{suffix}")
        return Path(dest)



def add_bar(cli, serial: str, *, site: str = "VLT", brand: str = "PAMP", year: str = "2022",
            gross: str = "400.100", fineness: str = "999.9", metal: str = "gold") -> dict:
    result = cli("bar", "add", "--site", site, "--metal", metal, "--brand", brand, "--serial",
                 serial, "--year", year, "--gross-oz", gross, "--fineness", fineness, "--json")
    assert result.code == 0, result.err
    return result.json()


def add_token(cli, symbol: str = "PKG", *, commodity: str = "gold", per_token: str = "1 ozt",
              supply: str | None = "1000") -> None:
    result = cli("token", "add", "--symbol", symbol, "--commodity", commodity,
                 "--per-token", per_token)
    assert result.code == 0, result.err
    if supply is not None:
        result = cli("token", "supply", symbol, "--supply", supply, "--source", "chain")
        assert result.code == 0, result.err


def holdings(cli, *site: str) -> dict:
    result = cli("holdings", *(("--site", site[0]) if site else ()), "--json")
    assert result.code == 0, result.err
    return result.json()


# -- requests, responses, attestations ------------------------------------------------


def request(cli, ring: Keyring, folder: Path, stem: str, *args: str,
            policy: str | None = None) -> tuple[Path, Path]:
    """`tijori attest request`; returns (request path, leaves path)."""
    req, leaves = folder / f"{stem}.req.json", folder / f"{stem}.leaves.jsonl"
    result = cli("attest", "request", "--policy", policy or ring.policy, "--out", str(req),
                 "--leaves-out", str(leaves), "--custodian", CUSTODIAN, *args)
    assert result.code == 0, result.err
    return req, leaves


def signer_home(req: Path, signer: str, policy: str) -> Path:
    """The data folder of `signer`'s offline PC in a test (its pinned policy and its
    witness state live there): one per signer and policy file, in the test's own data
    folder (conftest). Tests of pinning and witnessing give their own `home`."""
    tag = hashlib.sha256(str(policy).encode()).hexdigest()[:8]
    base = os.environ.get("XDG_DATA_HOME")  # unset in module-scoped fixtures
    return (Path(base) if base else req.parent / ".data") / "signer-homes" / f"{signer}-{tag}"


def sign(cli, ring: Keyring, req: Path, signer: str, *args: str, policy: str | None = None,
         out: Path | None = None, home: Path | None = None, unchecked_totals: bool = True):
    """`tijori sign --yes` on `signer`'s PC (its data folder `home`, by default
    `signer_home`); a request without leaves is signed with --accept-unchecked-totals
    unless `unchecked_totals` is False."""
    out = out or req.with_name(f"{req.name}.{signer}.sig")
    extra = ["--accept-unchecked-totals"] if unchecked_totals else []
    before = os.environ.get("XDG_DATA_HOME")
    os.environ["XDG_DATA_HOME"] = str(home or signer_home(req, signer, policy or ring.policy))
    try:
        result = cli("sign", str(req), "--key", ring.key(signer), "--policy",
                     policy or ring.policy, "--out", str(out), "--yes", *extra, *args)
    finally:
        if before is None:
            os.environ.pop("XDG_DATA_HOME", None)
        else:
            os.environ["XDG_DATA_HOME"] = before
    return result, out


PIN_NOTICE = re.compile(
    r"Pinned policy version \d+ on this signer: digest [0-9a-f]{64}\n"
    r"  words to compare with the administrators': [a-z]+(?: [a-z]+){7}\n")


def without_pin_notice(err: str) -> str:
    """`tijori sign`'s stderr without the notice it prints when it pins its policy on
    first use (two lines: the digest, and its words); anything else is left as it is."""
    return PIN_NOTICE.sub("", err, count=1) if err.startswith("Pinned policy") else err


def attest(cli, ring: Keyring, folder: Path, stem: str, *args: str,
           signers: tuple[str, ...] = ("cust1", "cust2", "aud"),
           policy: str | None = None) -> tuple[Path, Path, Path]:
    """Request, sign with each signer through the CLI, finalize; (attestation, leaves, request)."""
    req, leaves = request(cli, ring, folder, stem, *args, policy=policy)
    responses = []
    for signer in signers:
        result, out = sign(cli, ring, req, signer, policy=policy)
        assert result.code == 0, result.err
        responses.append(str(out))
    att = folder / f"{stem}.att.json"
    result = cli("attest", "finalize", str(req), *responses, "--out", str(att))
    assert result.code == 0, result.err
    return att, leaves, req


def read_request(path: Path) -> dict[str, Any]:
    return json.loads(Path(path).read_bytes())


def payload_of(req: Path) -> bytes:
    return base64.b64decode(read_request(req)["payload"])


def statement_of(path: Path) -> dict[str, Any]:
    """The statement inside an attestation envelope or a signing request."""
    obj = json.loads(Path(path).read_bytes())
    return json.loads(base64.b64decode(obj["payload"]))


def envelope_of(path: Path) -> Envelope:
    return Envelope.loads(Path(path).read_bytes())


def seal(payload: bytes, *keys: PrivateKey,
         payload_type: str = statement.PAYLOAD_TYPE) -> Envelope:
    """A statement envelope signed in memory by `keys`; of the version 2 payload type
    unless `payload_type` says otherwise (statement.PAYLOAD_TYPE_V1 for a v1 statement)."""
    envelope = Envelope(payload_type, payload)
    for key in keys:
        envelope = envelope.signed_by(key)
    return envelope


def respond(req: Path, key: PrivateKey, out: Path, **override: Any) -> Path:
    """A response file signed in memory, bypassing the signer's checks."""
    request_doc = read_request(req)
    payload = base64.b64decode(request_doc["payload"])
    signature = seal(payload, key).signatures[0]
    response = {"format": "tijori-signature", "version": 1,
                "request_id": request_doc["request_id"],
                "payload_sha256": request_doc["payload_sha256"], "keyid": signature.keyid,
                "sig": base64.b64encode(signature.sig).decode(),
                "signed_at": "2026-01-01T00:00:00Z", **override}
    Path(out).write_bytes(canonical.dumps(response))
    return Path(out)


def leaf_lines(leaves: Path) -> tuple[dict, list[bytes]]:
    lines = Path(leaves).read_bytes().split(b"\n")
    assert lines[-1] == b""
    return json.loads(lines[0]), lines[1:-1]


def write_leaves(path: Path, header: dict, leaves: list[bytes]) -> Path:
    Path(path).write_bytes(b"".join([canonical.dumps(header) + b"\n",
                                     *(leaf + b"\n" for leaf in leaves)]))
    return Path(path)


# -- verdicts ------------------------------------------------------------------------------


def verify(cli, path: Path, policy: str, *args: str):
    return cli("verify", str(path), "--policy", policy, *args, "--json")


def failed(result) -> dict[str, str]:
    """Failed checks of a `verify --json` run: name -> reason."""
    return {c["check"]: c["reason"] for c in result.json()["checks"] if not c["passed"]}


def passed(result) -> set[str]:
    """Checks of a `verify --json` run that were made and passed (not those not done)."""
    return {c["check"] for c in result.json()["checks"] if c["passed"] and c.get("done", True)}


def signature_check(ring: Keyring, name: str, label: str = "attestation") -> str:
    return f"{label}: signature by {name} {ring.keyid(name)[:16]}"
