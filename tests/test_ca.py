"""The organisation CA: `tijori ca new`, `keys new --ca`, and a report signed under it.

Everything is real: key files under Argon2id, certificates read back with
`cryptography`, a real report made by `tijori report` from a real attestation
(the samples script's ledger and signers), verified by `tijori verify` in a
fresh process, and by poppler's `pdfsig` against a real NSS database made with
`certutil`, with the CA trusted and without it.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import runpy
import shutil
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import cms as asn1_cms
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.pdf_utils.reader import PdfFileReader

from app.attest.certs import (
    DOCUMENT_SIGNING,
    check_issued_by,
    check_report_certificate,
    issued_certificate,
    read_certificate,
)
from app.attest.keyfile import decrypt_private_key, read_key_header
from app.attest.keys import PrivateKey, keyid_words
from app.cli.main import main as tijori_main
from app.domain.errors import InvalidInput
from app.reporting.pdf_sign import sign_pdf
from app.reporting.pdf_verify import CHECK_TRUSTED, verify_signed_pdf
from app.services import keys
from tests.conftest import Result

ROOT = Path(__file__).resolve().parents[1]
SAMPLES_SCRIPT = runpy.run_path(str(ROOT / "reports" / "make_samples.py"), run_name="samples")
KEY_PASSPHRASE = SAMPLES_SCRIPT["KEY_PASSPHRASE"]  # the sample signers' and admin's keys
CA_PASSPHRASE = "walnut lantern odyssey prism"  # not the report signer's: they may differ
REPORT_KEY_PASSPHRASE = "juniper anvil dossier ferret"
CA_NAME = "Acme Custody Ltd"
SIGNER_NAME = "Acme report signer"


def run_cli(*argv: str, key_passphrase: str, ca_passphrase: str | None = None) -> Result:
    """`tijori ...` in this process, with the key passphrases in the environment."""
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as patch, redirect_stdout(out), redirect_stderr(err):
        patch.setenv("TIJORI_KEY_PASSPHRASE", key_passphrase)
        if ca_passphrase is None:
            patch.delenv("TIJORI_CA_PASSPHRASE", raising=False)
        else:
            patch.setenv("TIJORI_CA_PASSPHRASE", ca_passphrase)
        try:
            code = tijori_main(list(argv))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
    return Result(code, out.getvalue(), err.getvalue())


def new_ca(folder: Path, *extra: str) -> Result:
    return run_cli("ca", "new", "--name", CA_NAME, "--out", str(folder / "CA.key"), *extra,
                   key_passphrase=CA_PASSPHRASE)


def new_signer(folder: Path, ca: Path, *extra: str, name: str = "report-signer",
               ca_passphrase: str | None = CA_PASSPHRASE) -> Result:
    return run_cli("keys", "new", "--name", name, "--algorithm", "p256", "--ca", str(ca),
                   "--out", str(folder / f"{name}.key"), *extra,
                   key_passphrase=REPORT_KEY_PASSPHRASE, ca_passphrase=ca_passphrase)


def pem_certificate(path: Path) -> x509.Certificate:
    return x509.load_pem_x509_certificate(path.read_bytes())


def der_certificate(path: Path) -> x509.Certificate:
    return x509.load_der_x509_certificate(path.read_bytes())


def extension(certificate: x509.Certificate, kind: type) -> x509.Extension:
    return certificate.extensions.get_extension_for_class(kind)


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Path:
    """A CA, a report signer it issued, a policy naming that signer, one attestation made
    and signed through the services, and the report `tijori report` signs with the key."""
    out = tmp_path_factory.mktemp("ca-report")
    work = out / "private"
    for name in ("private", "keys", "chain"):
        (out / name).mkdir(exist_ok=True)
    created = new_ca(work)
    assert created.code == 0, created.err
    (out / "CA.out").write_text(created.out)
    signer = new_signer(work, work / "CA.key")
    assert signer.code == 0, signer.err
    for name in (*SAMPLES_SCRIPT["SIGNERS"], "admin"):
        keys.create_key(name, str(work / f"{name}.key"), KEY_PASSPHRASE)
    for name in (*SAMPLES_SCRIPT["SIGNERS"], "admin", "report-signer"):
        keys.export_public(str(work / f"{name}.key"), str(out / "keys" / f"{name}.pub"))
    # The samples script's own steps: its policy (with keys/report-signer.pub as the
    # report-signer), its ledger, and one attestation signed on each signer's data folder.
    policy = SAMPLES_SCRIPT["_policy"](out, work, "policy.json", ("custodian-1", "custodian-2"))
    ledger = SAMPLES_SCRIPT["_ledger"](work, "1150")
    try:
        attestation = SAMPLES_SCRIPT["_attest"](ledger, out, work, policy,
                                                SAMPLES_SCRIPT["SIGNERS"], "1",
                                                lambda: datetime.now(UTC))
    finally:
        ledger.close()
    report = run_cli("report", "--attestation", str(attestation), "--policy", str(policy),
                     "--leaves", str(work / "1.leaves.jsonl"),
                     "--report-key", str(work / "report-signer.key"),
                     "--out", str(out / "report.pdf"), key_passphrase=REPORT_KEY_PASSPHRASE)
    assert report.code == 0, report.err
    return out


# -- the CA ---------------------------------------------------------------------------------


def test_the_ca_certificate_has_the_profile_of_an_offline_root(made):
    ca = pem_certificate(made / "private" / "CA.key.crt")
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, CA_NAME),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, CA_NAME)])
    assert ca.subject == name and ca.issuer == name
    basic = extension(ca, x509.BasicConstraints)
    assert basic.critical and basic.value.ca is True and basic.value.path_length == 0
    usage = extension(ca, x509.KeyUsage)
    assert usage.critical
    assert usage.value.key_cert_sign and usage.value.crl_sign
    assert not (usage.value.digital_signature or usage.value.content_commitment
                or usage.value.key_encipherment or usage.value.key_agreement)
    ski = extension(ca, x509.SubjectKeyIdentifier).value
    assert ski == x509.SubjectKeyIdentifier.from_public_key(ca.public_key())
    ca.verify_directly_issued_by(ca)  # self-signed: its own key verifies it
    lifetime = ca.not_valid_after_utc - ca.not_valid_before_utc
    assert timedelta(days=3650) <= lifetime <= timedelta(days=3653)


def test_the_ca_key_is_a_tijori_key_file_under_its_own_passphrase(made):
    path = made / "private" / "CA.key"
    assert path.stat().st_mode & 0o777 == 0o600
    data = path.read_bytes()
    header = read_key_header(data)
    assert header["algorithm"] == "ecdsa-p256" and header["name"] == CA_NAME
    key = decrypt_private_key(data, CA_PASSPHRASE)
    ca = pem_certificate(made / "private" / "CA.key.crt")
    spki = ca.public_key().public_bytes(serialization.Encoding.DER,
                                        serialization.PublicFormat.SubjectPublicKeyInfo)
    assert key.public_key.spki_der == spki
    with pytest.raises(InvalidInput, match="wrong passphrase"):
        decrypt_private_key(data, REPORT_KEY_PASSPHRASE)


def test_ca_new_prints_the_fingerprints_people_compare(made):
    printed = (made / "CA.out").read_text()
    der = read_certificate((made / "private" / "CA.key.crt").read_bytes())
    digest = hashlib.sha256(der).hexdigest().upper()
    colon_hex = ":".join(digest[i:i + 2] for i in range(0, 64, 2))
    assert f"SHA-256 fingerprint {colon_hex}" in printed
    keyid = read_key_header((made / "private" / "CA.key").read_bytes())["keyid"]
    assert f"words {' '.join(keyid_words(keyid))}" in printed


# -- the report signer it issues ------------------------------------------------------------


def test_the_issued_certificate_chains_to_the_ca(made):
    ca = pem_certificate(made / "private" / "CA.key.crt")
    signer = der_certificate(made / "private" / "report-signer.key.crt")
    assert signer.issuer == ca.subject
    assert signer.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "report-signer"
    aki = extension(signer, x509.AuthorityKeyIdentifier).value
    assert aki.key_identifier == extension(ca, x509.SubjectKeyIdentifier).value.digest
    signer.verify_directly_issued_by(ca)  # issuer name and signature, with the CA's key
    other_ca = PrivateKey.generate("ecdsa-p256")
    with pytest.raises(InvalidSignature):  # a CA of the same name, but not this CA's key
        signer.verify_directly_issued_by(x509.load_der_x509_certificate(
            _ca_der(other_ca, CA_NAME)))
    assert ca.not_valid_before_utc <= signer.not_valid_before_utc
    assert signer.not_valid_after_utc <= ca.not_valid_after_utc


def test_the_issued_certificate_is_a_report_signers_and_not_a_cas(made):
    signer = der_certificate(made / "private" / "report-signer.key.crt")
    basic = extension(signer, x509.BasicConstraints)
    assert basic.critical and basic.value.ca is False
    usage = extension(signer, x509.KeyUsage)
    assert usage.critical and usage.value.digital_signature and usage.value.content_commitment
    assert not (usage.value.key_cert_sign or usage.value.crl_sign)
    assert set(extension(signer, x509.ExtendedKeyUsage).value) == {
        ExtendedKeyUsageOID.EMAIL_PROTECTION, DOCUMENT_SIGNING}
    der = (made / "private" / "report-signer.key.crt").read_bytes()
    check_report_certificate(der)  # accepted as a report signer's
    ca_der = read_certificate((made / "private" / "CA.key.crt").read_bytes())
    with pytest.raises(InvalidInput, match="a CA never signs a report"):
        check_report_certificate(ca_der)
    check_issued_by(der, ca_der)
    # The CA certificate travels beside the key, the same certificate as CA.key.crt.
    beside = made / "private" / "report-signer.key.ca.crt"
    assert beside.read_bytes() == (made / "private" / "CA.key.crt").read_bytes()


def _ca_der(key: PrivateKey, name: str) -> bytes:
    from app.attest.certs import ca_certificate
    now = datetime.now(UTC)
    return ca_certificate(key, name=name, not_before=now - timedelta(days=1),
                          not_after=now + timedelta(days=365))


def test_a_ca_certificate_cannot_sign_a_report(made):
    """Even with its own key: sign_pdf refuses a CA's certificate as the signer's."""
    ca_key = decrypt_private_key((made / "private" / "CA.key").read_bytes(), CA_PASSPHRASE)
    ca_der = read_certificate((made / "private" / "CA.key.crt").read_bytes())
    pdf = (made / "report.pdf").read_bytes()
    with pytest.raises(InvalidInput, match="a CA never signs a report"):
        sign_pdf(pdf, attachments={"a.json": b"{}"}, key=ca_key, certificate=ca_der,
                 signer_name="ca")


def test_an_issued_certificate_needs_its_own_ca_beside_it():
    now = datetime.now(UTC)
    ca_key, other_key, signer_key = (PrivateKey.generate("ecdsa-p256") for _ in range(3))
    ca_der, other_der = _ca_der(ca_key, "Real CA"), _ca_der(other_key, "Other CA")
    der = issued_certificate(signer_key, name="rs", issuer=ca_key, issuer_certificate=ca_der,
                             not_before=now - timedelta(hours=1),
                             not_after=now + timedelta(days=30))
    pdf = _small_pdf()
    common = dict(attachments={"a.json": b"{}"}, key=signer_key, certificate=der,
                  signer_name="rs")
    with pytest.raises(InvalidInput, match="issued by CN=Real CA"):
        sign_pdf(pdf, **common)
    with pytest.raises(InvalidInput, match="not issued by the CA CN=Other CA"):
        sign_pdf(pdf, **common, chain=[other_der])
    signed = sign_pdf(pdf, **common, chain=[ca_der])
    verdict, _ = verify_signed_pdf(signed, trusted_keyids={signer_key.public_key.keyid})
    assert verdict.ok, [c.reason for c in verdict.failures]
    # A CA certificate issues within its own validity only.
    with pytest.raises(InvalidInput, match="must lie within that"):
        issued_certificate(signer_key, name="rs", issuer=ca_key, issuer_certificate=ca_der,
                           not_before=now, not_after=now + timedelta(days=400))


def _small_pdf() -> bytes:
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Tijori CA test")
    page.showPage()
    page.save()
    return out.getvalue()


# -- the report ------------------------------------------------------------------------------


def _cms_certificates(pdf: Path) -> list[bytes]:
    (signature,) = PdfFileReader(io.BytesIO(pdf.read_bytes())).embedded_signatures
    signed_data = signature.signed_data
    assert isinstance(signed_data, asn1_cms.SignedData)
    return [choice.chosen.dump() for choice in signed_data["certificates"]]


def test_the_report_signature_carries_the_signer_and_its_ca(made):
    carried = _cms_certificates(made / "report.pdf")
    signer = (made / "private" / "report-signer.key.crt").read_bytes()
    ca = read_certificate((made / "private" / "CA.key.crt").read_bytes())
    assert sorted(carried) == sorted([signer, ca])


def _clean_env(home: Path) -> dict[str, str]:
    return {"PATH": os.defpath, "HOME": str(home), "LC_ALL": "C.UTF-8",
            "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config")}


def test_tijori_verify_accepts_the_report_in_a_fresh_process(made, tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "app.cli.main", "verify", str(made / "report.pdf"),
         "--policy", str(made / "policy.json"), "--json"],
        capture_output=True, text=True, cwd=ROOT, env=_clean_env(tmp_path), timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    checks = {c["check"]: c for c in json.loads(run.stdout)["checks"]}
    assert all(c["passed"] for c in checks.values()), checks
    assert f"issued by CN={CA_NAME}" in checks[CHECK_TRUSTED]["reason"]


def test_tijori_trust_comes_from_the_policy_not_from_the_ca(made):
    pdf = (made / "report.pdf").read_bytes()
    ca_keyid = read_key_header((made / "private" / "CA.key").read_bytes())["keyid"]
    signer_keyid = read_key_header((made / "private" / "report-signer.key").read_bytes())["keyid"]
    verdict, _ = verify_signed_pdf(pdf, trusted_keyids={ca_keyid})
    reasons = {c.name: c.reason for c in verdict.failures}
    assert set(reasons) == {CHECK_TRUSTED}
    assert "is not a report signer in the trust policy" in reasons[CHECK_TRUSTED]
    verdict, _ = verify_signed_pdf(pdf, trusted_keyids={signer_keyid})
    assert verdict.ok


# -- pdfsig, with the CA in an NSS database and without ---------------------------------------


def _nss_database(folder: Path, ca: Path | None, trust: str = ",C,") -> str:
    if not (shutil.which("pdfsig") and shutil.which("certutil")):
        pytest.skip("poppler's pdfsig and NSS's certutil are not installed "
                    "(apt-get install poppler-utils libnss3-tools)")
    folder.mkdir()
    database = f"sql:{folder}"
    subprocess.run(["certutil", "-N", "--empty-password", "-d", database], check=True,
                   capture_output=True, timeout=60)
    if ca is not None:
        subprocess.run(["certutil", "-A", "-n", "tijori-ca", "-t", trust, "-i", str(ca),
                        "-d", database], check=True, capture_output=True, timeout=60)
    return database


def _pdfsig(report: Path, database: str) -> str:
    run = subprocess.run(["pdfsig", "-nssdir", database, str(report)], capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return run.stdout


def test_pdfsig_trusts_the_report_when_the_ca_is_trusted(made, tmp_path):
    database = _nss_database(tmp_path / "nss", made / "private" / "CA.key.crt")
    output = _pdfsig(made / "report.pdf", database)
    assert "Signature Validation: Signature is Valid." in output
    assert "Certificate Validation: Certificate is Trusted." in output
    assert "Signer Certificate Common Name: report-signer" in output
    assert "Total document signed" in output


@pytest.mark.parametrize("trust", [None, "C,,"], ids=["no CA", "CA trusted for TLS only"])
def test_pdfsig_does_not_trust_the_report_without_the_ca_trusted_for_signing(
        made, tmp_path, trust):
    ca = None if trust is None else made / "private" / "CA.key.crt"
    database = _nss_database(tmp_path / "nss", ca, trust or "")
    output = _pdfsig(made / "report.pdf", database)
    assert "Signature Validation: Signature is Valid." in output
    assert "Certificate Validation: Certificate issuer isn't Trusted." in output
    assert "Certificate is Trusted" not in output


# -- mistakes: one sentence, exit 2, nothing written -----------------------------------------


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _refused(result: Result, fragment: str) -> None:
    assert result.code == 2, (result.out, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tijori: "), result.err
    assert "Traceback" not in result.err
    assert fragment in lines[0], lines[0]


@pytest.fixture(scope="module")
def ca_folder(tmp_path_factory) -> Path:
    """A CA and, beside it, a self-signed report signer's key and an Ed25519 key."""
    folder = tmp_path_factory.mktemp("ca-only")
    assert new_ca(folder).code == 0
    keys.create_key("plain", str(folder / "plain.key"), REPORT_KEY_PASSPHRASE,
                    algorithm="ecdsa-p256")
    keys.create_key("ed", str(folder / "ed.key"), REPORT_KEY_PASSPHRASE)
    return folder


@pytest.mark.parametrize("not_a_ca", ["plain.key", "ed.key", "CA.key.crt"])
def test_keys_new_refuses_a_ca_that_is_not_one(ca_folder, tmp_path, not_a_ca):
    fragment = {"plain.key": "is not a CA key: ", "ed.key": "is not a CA key: ",
                "CA.key.crt": "is not a Tijori key file"}[not_a_ca]
    _refused(new_signer(tmp_path, ca_folder / not_a_ca), fragment)
    assert _listing(tmp_path) == {}


def test_keys_new_refuses_the_wrong_ca_passphrase(ca_folder, tmp_path):
    before = _listing(ca_folder)
    result = new_signer(tmp_path, ca_folder / "CA.key", ca_passphrase=REPORT_KEY_PASSPHRASE)
    _refused(result, f"wrong passphrase for CA key {ca_folder / 'CA.key'}")
    assert _listing(tmp_path) == {} and _listing(ca_folder) == before


def test_keys_new_reads_the_ca_passphrase_from_its_own_file(ca_folder, tmp_path):
    secret = tmp_path / "ca-passphrase.txt"
    secret.write_text(CA_PASSPHRASE + "\n")
    made = tmp_path / "made"
    made.mkdir()
    result = new_signer(made, ca_folder / "CA.key", "--ca-passphrase-file", str(secret),
                        ca_passphrase=REPORT_KEY_PASSPHRASE)  # the file wins over the variable
    assert result.code == 0, result.err
    assert sorted(_listing(made)) == ["report-signer.key", "report-signer.key.ca.crt",
                                      "report-signer.key.crt"]
    check_issued_by((made / "report-signer.key.crt").read_bytes(),
                    read_certificate((ca_folder / "CA.key.crt").read_bytes()))


def test_keys_new_refuses_a_ca_for_an_ed25519_key(ca_folder, tmp_path):
    result = run_cli("keys", "new", "--name", "ed", "--ca", str(ca_folder / "CA.key"),
                     "--out", str(tmp_path / "ed.key"), key_passphrase=REPORT_KEY_PASSPHRASE,
                     ca_passphrase=CA_PASSPHRASE)
    _refused(result, "a CA issues certificates to p256 report-signing keys only")
    assert _listing(tmp_path) == {}


@pytest.mark.parametrize("existing", ["report-signer.key", "report-signer.key.crt",
                                      "report-signer.key.ca.crt"])
def test_keys_new_refuses_to_overwrite_any_of_its_files(ca_folder, tmp_path, existing):
    (tmp_path / existing).write_bytes(b"kept")
    _refused(new_signer(tmp_path, ca_folder / "CA.key"), "already exists; refusing")
    assert _listing(tmp_path) == {existing: b"kept"}


@pytest.mark.parametrize("existing", ["CA.key", "CA.key.crt"])
def test_ca_new_refuses_to_overwrite_unless_forced(tmp_path, existing):
    (tmp_path / existing).write_bytes(b"kept")
    _refused(new_ca(tmp_path), "already exists; refusing to overwrite it")
    assert _listing(tmp_path) == {existing: b"kept"}
    forced = new_ca(tmp_path, "--force")
    assert forced.code == 0, forced.err
    assert sorted(_listing(tmp_path)) == ["CA.key", "CA.key.crt"]
    assert (tmp_path / existing).read_bytes() != b"kept"
    keys.read_ca(str(tmp_path / "CA.key"))  # a CA again


@pytest.mark.parametrize("years", ["0", "31"])
def test_ca_new_refuses_a_validity_out_of_range(tmp_path, years):
    _refused(new_ca(tmp_path, "--years", years), "a CA certificate is valid 1 to 30 years")
    assert _listing(tmp_path) == {}


def test_ca_new_years_sets_the_validity(tmp_path):
    assert new_ca(tmp_path, "--years", "2", "--json").code == 0
    ca = pem_certificate(tmp_path / "CA.key.crt")
    assert ca.not_valid_after_utc.year - ca.not_valid_before_utc.year == 2
