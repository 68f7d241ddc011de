"""The report verifier's own CMS check (app/attest/cms.py) against pyHanko's, on real
signatures made by pyHanko: good ones, ones over other content, and ones whose
signature, attributes, algorithms or certificate were changed."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from typing import ClassVar

import pytest
from asn1crypto import algos
from asn1crypto import cms as asn1_cms
from asn1crypto import core as asn1_core
from asn1crypto import tsp as asn1_tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from pyhanko.keys import load_private_key_from_pemder_data
from pyhanko.sign import signers
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.generic_cms import validate_sig_integrity
from pyhanko_certvalidator.registry import SimpleCertificateStore

from app.attest import cms
from app.attest.certs import self_signed_certificate
from app.attest.keys import PrivateKey

NOW = datetime(2025, 6, 30, 12, 0, 0, tzinfo=UTC)
CONTENT = b"%PDF-1.7 the bytes a report signature covers\n" * 50
OTHER = CONTENT.replace(b"report", b"ledger")


def _certificate(key: PrivateKey, name: str = "Report Signer") -> bytes:
    return self_signed_certificate(
        key, name=name, not_before=NOW - timedelta(days=1), not_after=NOW + timedelta(days=30)
    )


def _sign(key: PrivateKey, cert_der: bytes, content: bytes) -> asn1_cms.ContentInfo:
    cert = asn1_x509.Certificate.load(cert_der)
    signer = signers.SimpleSigner(
        signing_cert=cert,
        signing_key=load_private_key_from_pemder_data(key.private_bytes_pkcs8_der(), None),
        cert_registry=SimpleCertificateStore.from_certs([cert]),
    )
    return asyncio.run(signer.async_sign_general_data(content, "sha256", detached=True))


@pytest.fixture(scope="module")
def signer():
    key = PrivateKey.generate("ecdsa-p256")
    return key, _certificate(key)


@pytest.fixture(scope="module")
def good(signer) -> asn1_cms.ContentInfo:
    key, cert = signer
    return _sign(key, cert, CONTENT)


def _copy(info: asn1_cms.ContentInfo) -> asn1_cms.ContentInfo:
    return asn1_cms.ContentInfo.load(info.dump())


def _signer_info(info: asn1_cms.ContentInfo) -> asn1_cms.SignerInfo:
    return info["content"]["signer_infos"][0]


def _re_sign(info: asn1_cms.ContentInfo, key: PrivateKey) -> None:
    """Sign the (possibly changed) signed attributes again, with `key`."""
    signer_info = _signer_info(info)
    signer_info["signature"] = key.sign(signer_info["signed_attrs"].untag().dump())


def _variant(name: str, good: asn1_cms.ContentInfo, key: PrivateKey) -> asn1_cms.ContentInfo:
    info = _copy(good)
    signer_info = _signer_info(info)
    if name == "another key's signature":
        _re_sign(info, PrivateKey.generate("ecdsa-p256"))
    elif name == "signature bytes changed":
        value = bytearray(signer_info["signature"].native)
        value[-1] ^= 0x01
        signer_info["signature"] = bytes(value)
    elif name.startswith("message digest swapped"):
        attrs = signer_info["signed_attrs"]
        for attr in attrs:
            if attr["type"].native == "message_digest":
                attr["values"] = [hashlib.sha256(OTHER).digest()]
        signer_info["signed_attrs"] = attrs
        if name.endswith("and signed again"):
            _re_sign(info, key)
    return asn1_cms.ContentInfo.load(info.dump(force=True))


def _pyhanko_integrity(info: asn1_cms.ContentInfo, cert_der: bytes, digest: bytes):
    """pyHanko's (digest matches, signature valid) for the signature, or its refusal."""
    return validate_sig_integrity(
        _signer_info(info), asn1_x509.Certificate.load(cert_der), "data", digest
    )


VARIANTS = [
    "as signed",
    "another key's signature",
    "signature bytes changed",
    "message digest swapped, not signed again",
    "message digest swapped and signed again",
]


@pytest.mark.parametrize("content", [CONTENT, OTHER], ids=["same content", "other content"])
@pytest.mark.parametrize("variant", VARIANTS)
def test_digest_and_signature_verdicts_are_pyhankos(signer, good, variant, content):
    key, cert_der = signer
    info = _variant(variant, good, key)
    digest = hashlib.sha256(content).digest()
    theirs = _pyhanko_integrity(info, cert_der, digest)
    ours = cms.read_detached(info.dump())
    assert (ours.digest_matches(digest), ours.signature_verifies()) == tuple(theirs)
    assert ours.certificate == cert_der


def test_a_good_signature_reads_back_whole(signer, good):
    _, cert_der = signer
    ours = cms.read_detached(good.dump())
    assert ours.digest_algorithm == "sha256" and ours.mechanism == "sha256_ecdsa"
    assert ours.digest_matches(cms.content_digest("sha256", [CONTENT[:100], CONTENT[100:]]))
    assert ours.signature_verifies()
    assert ours.certificate == cert_der


def test_a_signature_algorithm_other_than_the_protected_one_is_refused_by_both(signer, good):
    _, cert_der = signer
    attrs = _signer_info(good)["signed_attrs"]
    assert "cms_algorithm_protection" in [a["type"].native for a in attrs]
    info = _copy(good)
    _signer_info(info)["signature_algorithm"] = algos.SignedDigestAlgorithm(
        {"algorithm": "sha384_ecdsa"}
    )
    info = asn1_cms.ContentInfo.load(info.dump(force=True))
    with pytest.raises(SignatureValidationError):
        _pyhanko_integrity(info, cert_der, hashlib.sha256(CONTENT).digest())
    with pytest.raises(ValueError, match="not the one the signed attributes protect"):
        cms.read_detached(info.dump())


def test_a_certificate_swapped_for_another_of_the_same_name_is_refused_by_both(signer, good):
    _, cert_der = signer
    original = x509.load_der_x509_certificate(cert_der)
    intruder = PrivateKey.generate("ecdsa-p256")
    builder = (
        x509.CertificateBuilder()
        .subject_name(original.subject)
        .issuer_name(original.issuer)
        .serial_number(original.serial_number)
        .public_key(intruder._key.public_key())
        .not_valid_before(original.not_valid_before_utc)
        .not_valid_after(original.not_valid_after_utc)
    )
    for extension in original.extensions:
        if extension.oid.dotted_string not in ("2.5.29.14", "2.5.29.35"):
            builder = builder.add_extension(extension.value, extension.critical)
    fake_der = builder.sign(intruder._key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)
    info = _copy(good)
    info["content"]["certificates"] = [asn1_x509.Certificate.load(fake_der)]
    _re_sign(info, intruder)  # the intruder signs, with the signer's name on his certificate
    info = asn1_cms.ContentInfo.load(info.dump(force=True))
    with pytest.raises(SignatureValidationError):
        _pyhanko_integrity(info, fake_der, hashlib.sha256(CONTENT).digest())
    with pytest.raises(ValueError, match="names another certificate"):
        cms.read_detached(info.dump())


@pytest.mark.parametrize(
    "der",
    [b"", b"\x30\x03\x02\x01\x01", b"not der at all", bytes(range(64))],
    ids=["empty", "an integer in a sequence", "text", "noise"],
)
def test_damaged_der_is_a_value_error_naming_cms(der):
    with pytest.raises(ValueError, match=r"CMS|signed data"):
        cms.read_detached(der)


def test_a_signature_without_its_certificate_is_refused(signer, good):
    info = _copy(good)
    info["content"]["certificates"] = []
    with pytest.raises(ValueError, match="certificate is not in the signature"):
        cms.read_detached(info.dump(force=True))


def test_a_digest_tijori_does_not_use_is_refused():
    with pytest.raises(ValueError, match="md5"):
        cms.content_digest("md5", [b"x"])


def test_a_signature_over_other_than_plain_data_is_refused(good):
    info = _copy(good)
    info["content"]["encap_content_info"]["content_type"] = "signed_data"
    with pytest.raises(cms.CmsError, match="not over plain data"):
        cms.read_detached(info.dump(force=True))


# --- the signed attributes that bind the certificate, found by OID in any process ----------
#
# The signature covers the signed attributes, not the certificate beside them: only the
# ESS signing-certificate-v2 attribute (RFC 5035) binds the certificate. The variants
# below change the signed attributes and are signed again with the signer's own key, so
# that the signature still verifies and only the attribute check can refuse them. Each
# must be refused with a reason, here (where pyHanko's import has registered asn1crypto
# names for these attributes) and in a fresh process that never loaded pyHanko.

SIGNING_CERTIFICATE = "1.2.840.113549.1.9.16.2.12"
SIGNING_CERTIFICATE_V2 = "1.2.840.113549.1.9.16.2.47"
ALGORITHM_PROTECTION = "1.2.840.113549.1.9.52"


class _RawValues(asn1_core.SetOf):
    _child_spec = asn1_core.Any


class _RawAttribute(asn1_core.Sequence):
    _fields: ClassVar = [("type", asn1_core.ObjectIdentifier), ("values", _RawValues)]


class _RawAttributes(asn1_core.SetOf):
    _child_spec = _RawAttribute


def _attributes_of(info: asn1_cms.ContentInfo) -> list[tuple[str, list[bytes]]]:
    """The signed attributes as (dotted OID, [value DER]), in their order."""
    raw = _RawAttributes.load(_signer_info(info)["signed_attrs"].untag().dump())
    return [(a["type"].dotted, [v.dump() for v in a["values"]]) for a in raw]


def _with_attributes(
    good: asn1_cms.ContentInfo, key: PrivateKey, attributes: list[tuple[str, list[bytes]]]
) -> bytes:
    """`good` with these signed attributes, signed again by `key` (so the signature verifies)."""
    der = _RawAttributes(
        [
            _RawAttribute({"type": oid, "values": [asn1_core.Any.load(value) for value in values]})
            for oid, values in attributes
        ]
    ).dump()
    info = _copy(good)
    signer_info = _signer_info(info)
    signer_info["signed_attrs"] = asn1_cms.CMSAttributes.load(der)
    signer_info["signature"] = key.sign(der)
    out = info.dump()
    assert _signed_attributes_of(out) == der
    return out


def _signed_attributes_of(der: bytes) -> bytes:
    return _RawAttributes.load(
        _signer_info(asn1_cms.ContentInfo.load(der))["signed_attrs"].untag().dump()
    ).dump()


def _v2_value(attributes, change) -> bytes:
    (value,) = dict(attributes)[SIGNING_CERTIFICATE_V2]
    parsed = asn1_tsp.SigningCertificateV2.load(value)
    change(parsed["certs"][0])
    return parsed.dump(force=True)


def _replace(attributes, oid: str, values: list[bytes]):
    return [(o, values if o == oid else v) for o, v in attributes]


def _another_certificate() -> bytes:
    return _certificate(PrivateKey.generate("ecdsa-p256"))


def _attribute_variant(name: str, good, key, cert_der: bytes) -> bytes:
    attributes = _attributes_of(good)
    (v2,) = dict(attributes)[SIGNING_CERTIFICATE_V2]
    junk = asn1_core.OctetString(b"not a SigningCertificateV2").dump()
    if name == "as signed":
        changed = attributes
    elif name == "signing-certificate-v2 removed":
        changed = [(o, v) for o, v in attributes if o != SIGNING_CERTIFICATE_V2]
    elif name == "signing-certificate-v2 twice":
        changed = [*attributes, (SIGNING_CERTIFICATE_V2, [v2])]
    elif name == "signing-certificate-v2 with two values":
        changed = _replace(attributes, SIGNING_CERTIFICATE_V2, [v2, v2])
    elif name == "signing-certificate-v2 naming another certificate's hash":
        other = hashlib.sha256(_another_certificate()).digest()
        changed = _replace(
            attributes,
            SIGNING_CERTIFICATE_V2,
            [_v2_value(attributes, lambda c: c.__setitem__("cert_hash", other))],
        )
    elif name == "signing-certificate-v2 naming another serial number":

        def other_serial(cert_id):
            cert_id["issuer_serial"]["serial_number"] = (
                cert_id["issuer_serial"]["serial_number"].native + 1
            )

        changed = _replace(
            attributes, SIGNING_CERTIFICATE_V2, [_v2_value(attributes, other_serial)]
        )
    elif name == "signing-certificate-v2 without issuer and serial":
        cert_id = asn1_tsp.SigningCertificateV2.load(v2)["certs"][0]
        bare = asn1_tsp.SigningCertificateV2(
            {"certs": [{"cert_hash": cert_id["cert_hash"].native}]}  # the hash alone, SHA-256
        ).dump()
        changed = _replace(attributes, SIGNING_CERTIFICATE_V2, [bare])
    elif name == "signing-certificate-v2 unreadable":
        changed = _replace(attributes, SIGNING_CERTIFICATE_V2, [junk])
    elif name == "signing-certificate (v1, SHA-1) beside v2":
        v1 = asn1_tsp.SigningCertificate(
            {"certs": [{"cert_hash": hashlib.sha1(cert_der).digest()}]}
        ).dump()
        changed = [*attributes, (SIGNING_CERTIFICATE, [v1])]
    elif name == "algorithm protection unreadable":
        changed = _replace(attributes, ALGORITHM_PROTECTION, [junk])
    elif name == "algorithm protection twice":
        (protection,) = dict(attributes)[ALGORITHM_PROTECTION]
        changed = [*attributes, (ALGORITHM_PROTECTION, [protection])]
    else:
        raise AssertionError(name)
    return _with_attributes(good, key, changed)


ATTRIBUTE_VARIANTS = {  # name: what the refusal says
    "as signed": None,
    "signing-certificate-v2 removed": r"hold no ESS signing-certificate-v2 \(1\.2\.840\.113549\.1"
    r"\.9\.16\.2\.47\) attribute",
    "signing-certificate-v2 twice": r"signing-certificate-v2 .* attribute 2 times",
    "signing-certificate-v2 with two values": r"signing-certificate-v2 .* has 2 values",
    "signing-certificate-v2 naming another certificate's hash": r"signing-certificate-v2 .* "
    "names another certificate",
    "signing-certificate-v2 naming another serial number": r"signing-certificate-v2 .* names "
    "another issuer and serial",
    "signing-certificate-v2 without issuer and serial": r"does not name the certificate's issuer",
    "signing-certificate-v2 unreadable": r"signing-certificate-v2 .* cannot be read",
    "signing-certificate (v1, SHA-1) beside v2": r"ESS signing-certificate \(1\.2\.840\.113549"
    r"\.1\.9\.16\.2\.12\) attribute, which names the certificate by SHA-1",
    "algorithm protection unreadable": r"algorithm-protection \(1\.2\.840\.113549\.1\.9\.52\) "
    "attribute cannot be read",
    "algorithm protection twice": r"algorithm-protection .* attribute 2 times",
}


VERDICT = """
import hashlib
from app.attest import cms

def verdict(der, content):
    try:
        ours = cms.read_detached(der)
    except ValueError as exc:
        return ["refused", str(exc)]
    digest = hashlib.sha256(content).digest()
    return ["read", ours.signature_verifies(), ours.digest_matches(digest)]
"""
_scope: dict = {}
exec(VERDICT, _scope)  # the same code runs in the fresh process below


def _verdict(der: bytes) -> list:
    return _scope["verdict"](der, CONTENT)


@pytest.fixture(scope="module")
def attribute_variants(signer, good) -> dict[str, bytes]:
    key, cert_der = signer
    return {name: _attribute_variant(name, good, key, cert_der) for name in ATTRIBUTE_VARIANTS}


@pytest.mark.parametrize("name", ATTRIBUTE_VARIANTS)
def test_the_certificate_binding_attributes_are_checked_with_a_reason(attribute_variants, name):
    verdict = _verdict(attribute_variants[name])
    reason = ATTRIBUTE_VARIANTS[name]
    if reason is None:
        assert verdict == ["read", True, True]
    else:
        assert verdict[0] == "refused", f"{name} was accepted"
        assert re.search(reason, verdict[1]), verdict[1]


BARE_PROCESS = (
    VERDICT
    + """
import json, sys
content = open(sys.argv[1], "rb").read()
results = {path: verdict(open(path, "rb").read(), content) for path in sys.argv[2:]}
print(json.dumps({"pyhanko.sign": "pyhanko.sign" in sys.modules, "results": results}))
"""
)


def test_the_verdicts_are_the_same_in_a_process_that_never_loaded_pyhanko(
    attribute_variants, tmp_path
):
    """asn1crypto knows the signing-certificate attributes by name only once something
    (pyHanko, here) has imported asn1crypto.tsp; the check must not depend on that."""
    files = {}
    for index, (name, der) in enumerate(attribute_variants.items()):
        files[name] = tmp_path / f"variant-{index}.der"
        files[name].write_bytes(der)
    content = tmp_path / "content"
    content.write_bytes(CONTENT)
    run = subprocess.run(
        [sys.executable, "-c", BARE_PROCESS, str(content), *map(str, files.values())],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PATH": os.defpath, "HOME": str(tmp_path)},
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    child = json.loads(run.stdout)
    assert child["pyhanko.sign"] is False
    for name, path in files.items():
        assert child["results"][str(path)] == _verdict(attribute_variants[name]), name
