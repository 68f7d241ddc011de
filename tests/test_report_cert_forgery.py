"""A report whose signer certificate was renamed, with no key, inside the PDF's CMS.

The signature is over the signed attributes, not over the certificate that travels
beside them: anyone can rewrite the certificate's subject, put it back into the
SignedData and write the CMS back into /Contents, leaving every signed byte as it
was. Only the ESS signing-certificate-v2 attribute (RFC 5035), which the signer did
sign, holds the hash of the real certificate. `tijori verify` must refuse the file
in a fresh process, as a user runs it, and give the same verdict in a process that
has imported pyHanko's signing code (which registers asn1crypto names for those
attributes as a side effect).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from asn1crypto import cms as asn1_cms
from asn1crypto import x509 as asn1_x509

SAMPLES = Path(__file__).resolve().parents[1] / "reports" / "samples"
REPORT = SAMPLES / "report.pdf"
POLICY = SAMPLES / "policy.json"
FORGED_ORG = "Forged Reserves Trust Ltd"
FORGED_CN = "totally-the-report-signer"

# The same command line, in a process that imports pyHanko's signing code first.
WITH_PYHANKO_SIGN = (
    "import sys, pyhanko.sign\nfrom app.cli.main import main\nsys.exit(main(sys.argv[1:]))\n"
)


def _contents_span(data: bytes) -> tuple[int, int]:
    """(start, end) of the hex digits of the one signature's /Contents, from /ByteRange."""
    (match,) = re.finditer(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)
    _, first, second, _ = (int(x) for x in match.groups())
    assert data[first : first + 1] == b"<" and data[second - 1 : second] == b">"
    return first + 1, second - 1


def forge_signer_name(data: bytes) -> bytes:
    """The report with its signer certificate's subject rewritten, no key used, same length."""
    start, end = _contents_span(data)
    raw = bytes.fromhex(data[start:end].decode("ascii"))
    info = asn1_cms.ContentInfo.load(raw, strict=False)  # strict=False: zero padding follows
    signed_data = info["content"]
    sid = signed_data["signer_infos"][0]["sid"].chosen
    certificates = []
    renamed = 0
    for choice in signed_data["certificates"]:
        cert = asn1_x509.Certificate.load(choice.chosen.dump())
        if cert.issuer == sid["issuer"] and cert.serial_number == sid["serial_number"].native:
            tbs = cert["tbs_certificate"]
            tbs["subject"] = asn1_x509.Name.build(
                {"common_name": FORGED_CN, "organization_name": FORGED_ORG}
            )
            cert["tbs_certificate"] = tbs
            cert = asn1_x509.Certificate.load(cert.dump(force=True))
            renamed += 1
        certificates.append(asn1_cms.CertificateChoices(name="certificate", value=cert))
    assert renamed, "the sample's signer certificate was not found"
    signed_data["certificates"] = asn1_cms.CertificateSet(certificates)
    hexed = info.dump(force=True).hex().encode()
    assert len(hexed) <= end - start, "the forged CMS no longer fits the /Contents"
    forged = data[:start] + hexed.ljust(end - start, b"0") + data[end:]
    assert len(forged) == len(data)
    return forged


def _clean_env(tmp_path: Path) -> dict[str, str]:
    env = {"PATH": os.defpath, "HOME": str(tmp_path), "LC_ALL": "C.UTF-8"}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return env


def _verify(report: Path, tmp_path: Path, *, import_pyhanko_sign: bool):
    args = ["verify", str(report), "--policy", str(POLICY)]
    if import_pyhanko_sign:
        command = [sys.executable, "-c", WITH_PYHANKO_SIGN, *args]
    else:
        command = [sys.executable, "-m", "app.cli.main", *args]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_clean_env(tmp_path),
        timeout=120,
    )


@pytest.fixture(scope="module")
def forged_report(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("forged") / "report.pdf"
    path.write_bytes(forge_signer_name(REPORT.read_bytes()))
    return path


def test_the_forgery_changes_only_the_unsigned_certificate(forged_report):
    """The forged file differs from the sample only inside /Contents, and its certificate
    does carry the forged name, so the test below is about the certificate alone."""
    original, forged = REPORT.read_bytes(), forged_report.read_bytes()
    start, end = _contents_span(original)
    assert original[:start] == forged[:start] and original[end:] == forged[end:]
    assert original[start:end] != forged[start:end]
    raw = bytes.fromhex(forged[start:end].decode("ascii"))
    info = asn1_cms.ContentInfo.load(raw, strict=False)
    names = {
        c.chosen.subject.native.get("organization_name") for c in info["content"]["certificates"]
    }
    assert FORGED_ORG in names


@pytest.mark.parametrize(
    "import_pyhanko_sign", [False, True], ids=["fresh process", "after import pyhanko.sign"]
)
def test_a_renamed_signer_certificate_is_not_valid_in_any_process(
    forged_report, tmp_path, import_pyhanko_sign
):
    run = _verify(forged_report, tmp_path, import_pyhanko_sign=import_pyhanko_sign)
    out = run.stdout + run.stderr
    assert run.returncode == 1, out
    assert "NOT VALID" in run.stdout, out
    assert re.search(r"\n  ✗ pdf signature intact: .*signing-certificate", run.stdout), out
    assert FORGED_ORG not in out and FORGED_CN not in out, out


def test_both_processes_give_the_same_verdict(forged_report, tmp_path):
    plain = _verify(forged_report, tmp_path, import_pyhanko_sign=False)
    loaded = _verify(forged_report, tmp_path, import_pyhanko_sign=True)
    def verdict(run):  # all but the as-of's age at the moment of each run
        return run.returncode, [line for line in run.stdout.splitlines()
                                if not line.strip().startswith("Age at this verification")]

    assert verdict(plain) == verdict(loaded)


def test_the_untouched_sample_is_valid_in_both_processes(tmp_path):
    """The control: the sample itself verifies, so the failure above is the forgery's."""
    for import_pyhanko_sign in (False, True):
        run = _verify(REPORT, tmp_path, import_pyhanko_sign=import_pyhanko_sign)
        assert run.returncode == 0, run.stdout + run.stderr
        assert ": VALID" in run.stdout
