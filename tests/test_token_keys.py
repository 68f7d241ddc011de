"""Keys that never leave a PKCS#11 token, against a real one (SoftHSM2, tests/hsm.py).

The token's keys sign attestations, policies, reports and bundles exactly where key files
do, and their signatures verify as file keys' do; a wrong PIN, a locked or missing token
and a module that cannot be loaded each give one sentence and exit 2.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.attest.dsse import Envelope
from app.domain.errors import InvalidInput
from app.services import keys as keyservice
from app.services import token_keys, verifying
from app.services.signing_keys import key_info, unlocked
from tests import hsm
from tests.attest_helpers import (
    FAR_FUTURE,
    KEY_PASSPHRASE,
    REPORT_KEY_PASSPHRASE,
    request,
    sign,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def softhsm(tmp_path_factory):
    return hsm.start(tmp_path_factory.mktemp("softhsm"))


@pytest.fixture
def pin(monkeypatch, softhsm):
    monkeypatch.setenv("TIJORI_PKCS11_PIN", hsm.USER_PIN)
    monkeypatch.setenv("TIJORI_KEY_PASSPHRASE", KEY_PASSPHRASE)  # for the file keys beside
    return hsm.USER_PIN


def tijori(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`tijori ...` in a fresh process (nothing imported by another test)."""
    return subprocess.run([sys.executable, "-m", "app.cli.main", *argv], capture_output=True,
                          text=True, cwd=ROOT, env={**os.environ, **(env or {})}, timeout=120)


def new_token_key(softhsm, folder: Path, name: str, *extra: str, token: str = hsm.TOKENS[0]
                  ) -> tuple[str, Path]:
    """`tijori keys new --pkcs11` in a fresh process; (the key's URI, its public key file)."""
    pub = folder / f"{name}.pub"
    done = tijori("keys", "new", "--pkcs11", softhsm.module, "--token", token, "--name", name,
                  "--out", str(pub), "--json", *extra,
                  env={"TIJORI_PKCS11_PIN": hsm.USER_PIN, "SOFTHSM2_CONF": str(softhsm.conf)})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["uri"], pub


# -- URIs -----------------------------------------------------------------------------------

def test_a_uri_is_read_as_rfc_7512_says(monkeypatch):
    monkeypatch.delenv(token_keys.MODULE_ENV, raising=False)
    ref = token_keys.parse_uri("pkcs11:token=Reserve%20HSM;object=admin%2F1;id=%01%ff;"
                               "x-vendor=1?module-path=/opt/hsm/lib.so&pin-source=file:/run/p")
    assert (ref.token, ref.object, ref.id, ref.module, ref.pin_source) == (
        "Reserve HSM", "admin/1", b"\x01\xff", "/opt/hsm/lib.so", "/run/p")
    assert token_keys.parse_uri(ref.uri()) == token_keys.TokenRef(
        module="/opt/hsm/lib.so", token="Reserve HSM", object="admin/1", id=b"\x01\xff")
    monkeypatch.setenv(token_keys.MODULE_ENV, "/from/env.so")
    assert token_keys.parse_uri("pkcs11:token=T;object=k").module == "/from/env.so"


@pytest.mark.parametrize(("uri", "problem"), [
    ("pkcs11:token=T;object=k;pin-value=1234?module-path=/m.so", "never written in a key URI"),
    ("pkcs11:token=T;objet=k?module-path=/m.so", "'objet'"),
    ("pkcs11:token=T;object=k;object=j?module-path=/m.so", "gives object twice"),
    ("pkcs11:token=T;object=k%zz?module-path=/m.so", "% not followed by two hex digits"),
    ("pkcs11:object=k?module-path=/m.so", "names no token"),
    ("pkcs11:token=T?module-path=/m.so", "names no key"),
    ("pkcs11:token=T;object=k", "names no PKCS#11 module"),
    ("pkcs11:token=T;object=k;type=secret-key?module-path=/m.so", "type 'secret-key'"),
])
def test_a_bad_uri_is_refused_by_name(monkeypatch, uri, problem):
    monkeypatch.delenv(token_keys.MODULE_ENV, raising=False)
    with pytest.raises(InvalidInput) as caught:
        token_keys.parse_uri(uri)
    assert problem in str(caught.value)


# -- generating and signing -----------------------------------------------------------------

def test_a_key_made_in_the_token_writes_only_its_public_key(softhsm, tmp_path):
    uri, pub = new_token_key(softhsm, tmp_path, "custodian-hsm")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["custodian-hsm.pub"]
    name, public = keyservice.read_public_key(str(pub))
    assert (name, public.algorithm) == ("custodian-hsm", "ed25519")  # SoftHSM2 offers EdDSA
    assert key_info(uri).keyid == public.keyid

    import pkcs11
    from pkcs11 import Attribute, ObjectClass

    token = pkcs11.lib(softhsm.module).get_token(token_label=hsm.TOKENS[0])
    with token.open(user_pin=hsm.USER_PIN) as session:
        private = next(session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY,
                                            Attribute.LABEL: "custodian-hsm"}))
        assert private[Attribute.SENSITIVE] and not private[Attribute.EXTRACTABLE]
        assert private[Attribute.NEVER_EXTRACTABLE] and private[Attribute.ALWAYS_SENSITIVE]


@pytest.mark.parametrize("algorithm", ["ed25519", "p256"])
def test_a_token_signature_verifies_as_a_file_keys_does(softhsm, tmp_path, algorithm):
    uri, pub = new_token_key(softhsm, tmp_path, f"sig-{algorithm}", "--algorithm", algorithm)
    _, public = keyservice.read_public_key(str(pub))
    envelope = Envelope("application/vnd.test", b"a statement")
    with unlocked(uri, hsm.USER_PIN, keyid=public.keyid) as key:
        signed = envelope.signed_by(key)
    assert [s.keyid for s in signed.signatures] == [public.keyid]
    assert public.verify(signed.signatures[0].sig, envelope.pae())
    assert not public.verify(signed.signatures[0].sig, Envelope("x", b"other").pae())


def test_a_key_name_taken_in_the_token_is_refused(softhsm, tmp_path):
    new_token_key(softhsm, tmp_path, "taken")
    done = tijori("keys", "new", "--pkcs11", softhsm.module, "--token", hsm.TOKENS[0],
                  "--name", "taken", "--out", str(tmp_path / "again.pub"),
                  env={"TIJORI_PKCS11_PIN": hsm.USER_PIN, "SOFTHSM2_CONF": str(softhsm.conf)})
    assert done.returncode == 2
    assert "already holds a key named taken" in done.stderr
    assert not (tmp_path / "again.pub").exists()


def test_an_attestation_signed_through_the_token_verifies(softhsm, stocked, cli, ring, pin,
                                                          tmp_path, monkeypatch):
    """A custodian's key in the token signs a real request through `tijori sign --key URI`;
    the attestation verifies under a policy that names the token key's public key file."""
    uri, pub = new_token_key(softhsm, tmp_path, "cust-hsm")
    policy = tmp_path / "policy.json"
    keyservice.draft_policy(out=str(policy), name="HSM policy", expires=FAR_FUTURE,
                            custodians=[ring.pub("cust1"), str(pub)], custodian_threshold=2,
                            auditors=[ring.pub("aud")], auditor_threshold=1,
                            admins=[ring.pub("admin")], admin_threshold=1)
    keyservice.sign_policy(str(policy), ring.key("admin"), KEY_PASSPHRASE)
    req, leaves = request(cli, ring, tmp_path, "hsm", policy=str(policy))
    responses = []
    for signer in ("cust1", "aud"):
        result, out = sign(cli, ring, req, signer, policy=str(policy))
        assert result.code == 0, result.err
        responses.append(str(out))
    out = tmp_path / "hsm.sig"
    result = cli("sign", str(req), "--key", uri, "--policy", str(policy), "--out", str(out),
                 "--yes", "--accept-unchecked-totals")
    assert result.code == 0, result.err
    assert json.loads(out.read_bytes())["keyid"] == key_info(uri).keyid
    attestation = tmp_path / "hsm.att.json"
    result = cli("attest", "finalize", str(req), *responses, str(out), "--out", str(attestation))
    assert result.code == 0, result.err
    verdict = verifying.verify_file(str(attestation), str(policy), leaves=str(leaves))
    assert verdict.ok, [c.reason for c in verdict.failures]

    # The same request signed with a wrong PIN: exit 2, one sentence, nothing written.
    wrong = tmp_path / "wrong.sig"
    monkeypatch.setenv("TIJORI_PKCS11_PIN", "000000")
    result = cli("sign", str(req), "--key", uri, "--policy", str(policy), "--out", str(wrong),
                 "--yes", "--accept-unchecked-totals")
    assert result.code == 2
    assert "the PIN for token Reserve HSM is not right; nothing was signed" in result.err
    assert "Traceback" not in result.err and not wrong.exists()


def test_a_policy_and_a_bundle_signed_by_token_admin(softhsm, ring, tmp_path):
    uri, pub = new_token_key(softhsm, tmp_path, "admin-hsm")
    policy = tmp_path / "policy.json"
    keyservice.draft_policy(out=str(policy), name="HSM admin", expires=FAR_FUTURE,
                            custodians=[ring.pub("cust1")], custodian_threshold=1,
                            auditors=[ring.pub("aud")], auditor_threshold=1,
                            admins=[str(pub)], admin_threshold=1)
    env = {"TIJORI_PKCS11_PIN": hsm.USER_PIN, "SOFTHSM2_CONF": str(softhsm.conf)}
    assert not keyservice.show_policy(str(policy))["valid"]
    done = tijori("policy", "sign", str(policy), "--key", uri, env=env)
    assert done.returncode == 0, done.stderr
    assert keyservice.show_policy(str(policy))["valid"]

    archive = tmp_path / "bundle.tar.gz"
    archive.write_bytes(b"an offline bundle")
    sums = tmp_path / "SHA256SUMS"
    from app.services.bundles import write_sums
    write_sums([archive], sums)
    pin_file = tmp_path / "pin.txt"
    pin_file.write_text(hsm.USER_PIN + "\n")
    done = tijori("bundle", "sign", str(sums), "--key", uri, "--pin-file", str(pin_file),
                  env={"SOFTHSM2_CONF": str(softhsm.conf)})
    assert done.returncode == 0, done.stderr
    done = tijori("bundle", "verify", str(archive), "--signature", f"{sums}.dsse.json",
                  "--signer", str(pub))
    assert done.returncode == 0, done.stderr


def test_a_report_signed_by_a_p256_key_in_the_token(softhsm, stocked, cli, ring, pin,
                                                    tmp_path):
    """The report signer's key and its self-signed certificate live in the token; the PDF
    verifies with the policy naming the token key."""
    from tests.attest_helpers import attest

    uri, pub = new_token_key(softhsm, tmp_path, "report-hsm", "--algorithm", "p256")
    assert json.loads(pub.read_bytes())["certificate"]
    policy = tmp_path / "policy.json"
    keyservice.draft_policy(out=str(policy), name="HSM reports", expires=FAR_FUTURE,
                            custodians=[ring.pub("cust1"), ring.pub("cust2")],
                            custodian_threshold=2, auditors=[ring.pub("aud")],
                            auditor_threshold=1, admins=[ring.pub("admin")], admin_threshold=1,
                            report_signers=[str(pub)])
    keyservice.sign_policy(str(policy), ring.key("admin"), KEY_PASSPHRASE)
    attestation, leaves, _ = attest(cli, ring, tmp_path, "rep", policy=str(policy))
    report = tmp_path / "report.pdf"
    result = cli("report", "--attestation", str(attestation), "--policy", str(policy),
                 "--leaves", str(leaves),
                 "--report-key", uri, "--out", str(report))
    assert result.code == 0, result.err
    verdict = verifying.verify_file(str(report), str(policy))
    assert verdict.ok, [c.reason for c in verdict.failures]
    assert REPORT_KEY_PASSPHRASE  # a file key's passphrase was never needed


# -- what goes wrong ------------------------------------------------------------------------

def test_a_wrong_pin_a_missing_token_and_a_bad_module_each_say_so(softhsm, tmp_path):
    uri, _ = new_token_key(softhsm, tmp_path, "errors")
    env = {"SOFTHSM2_CONF": str(softhsm.conf)}
    archive = tmp_path / "b.tar.gz"
    archive.write_bytes(b"x")
    sums = tmp_path / "SHA256SUMS"
    from app.services.bundles import write_sums
    write_sums([archive], sums)
    not_a_module = tmp_path / "libnothing.so"
    not_a_module.write_bytes(b"not a shared object")
    cases = {
        "the PIN for token Reserve HSM is not right; nothing was signed":
            (uri, {"TIJORI_PKCS11_PIN": "999999"}),
        "no token Vault 9 is present in":
            (softhsm.uri("errors", token="Vault 9"), {"TIJORI_PKCS11_PIN": hsm.USER_PIN}),
        "token Reserve HSM holds no public key named nobody":
            (softhsm.uri("nobody"), {"TIJORI_PKCS11_PIN": hsm.USER_PIN}),
        f"the PKCS#11 module {not_a_module} cannot be loaded":
            (f"pkcs11:token=T;object=k?module-path={not_a_module}", {}),
        "the PKCS#11 module /no/such/module.so cannot be loaded: there is no such file":
            ("pkcs11:token=T;object=k?module-path=/no/such/module.so", {}),
    }
    for sentence, (key, extra) in cases.items():
        done = tijori("bundle", "sign", str(sums), "--key", key, env={**env, **extra})
        assert done.returncode == 2, (sentence, done.stderr)
        assert sentence in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert not Path(f"{sums}.dsse.json").exists()


def test_a_locked_token_is_refused_before_any_pin_is_tried(softhsm, tmp_path):
    """The token's flags say its user PIN is locked: Tijori names it and tries nothing."""
    uri, _ = new_token_key(softhsm, tmp_path, "locked", token=hsm.TOKENS[1])
    copy = tmp_path / "hsm-copy"
    shutil.copytree(softhsm.folder, copy)
    conf = copy / "softhsm2.conf"
    conf.write_text(softhsm.conf.read_text().replace(str(softhsm.folder), str(copy)))
    hsm.mark_pin_locked(hsm.SoftHSM(copy, softhsm.module, conf).token_folder(hsm.TOKENS[1]))
    archive = tmp_path / "b.tar.gz"
    archive.write_bytes(b"x")
    sums = tmp_path / "SHA256SUMS"
    from app.services.bundles import write_sums
    write_sums([archive], sums)
    done = tijori("bundle", "sign", str(sums), "--key", uri,
                  env={"SOFTHSM2_CONF": str(conf), "TIJORI_PKCS11_PIN": hsm.USER_PIN})
    assert done.returncode == 2
    assert ("token Spare HSM is locked after too many wrong PINs: its security officer must "
            "unlock it") in done.stderr, done.stderr


def test_an_admin_key_in_the_token_signs_a_rotation(softhsm, ring, tmp_path):
    """The rotation ceremony's signature file made by a token key through the CLI counts
    for the current admin it belongs to; the successor is then written."""
    from app.services import rotation

    uri, pub = new_token_key(softhsm, tmp_path, "rotating-admin")
    current = tmp_path / "v1.json"
    keyservice.draft_policy(out=str(current), name="Rotated", expires=FAR_FUTURE,
                            custodians=[ring.pub("cust1")], custodian_threshold=1,
                            auditors=[ring.pub("aud")], auditor_threshold=1,
                            admins=[str(pub), ring.pub("admin")], admin_threshold=1)
    keyservice.sign_policy(str(current), ring.key("admin"), KEY_PASSPHRASE)
    successor = tmp_path / "v2.unsigned.json"
    rotation.propose(str(current), retire=["admin"], out=str(successor))
    sig = tmp_path / "hsm.sig"
    done = tijori("policy", "rotate", "sign", str(successor), "--current", str(current),
                  "--key", uri, "--out", str(sig),
                  env={"TIJORI_PKCS11_PIN": hsm.USER_PIN, "SOFTHSM2_CONF": str(softhsm.conf)})
    assert done.returncode == 0, done.stderr
    new = tmp_path / "v2.json"
    done = tijori("policy", "rotate", "finish", str(successor), "--current", str(current),
                  "--signatures", str(sig), "--out", str(new))
    assert done.returncode == 0, done.stderr
    shown = keyservice.show_policy(str(new), trusted=str(current))
    assert shown["valid"] and shown["version"] == 2
    assert [k["name"] for k in shown["roles"]["admin"]["keys"]] == ["rotating-admin"]
