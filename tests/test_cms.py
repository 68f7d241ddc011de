"""The report verifier's own CMS check (app/attest/cms.py) against pyHanko's, on real
signatures made by pyHanko: good ones, ones over other content, and ones whose
signature, attributes, algorithms or certificate were changed."""

from __future__ import annotations

import asyncio
import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from asn1crypto import algos
from asn1crypto import cms as asn1_cms
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
    fake_der = builder.sign(intruder._key, hashes.SHA256()).public_bytes(
        serialization.Encoding.DER
    )
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
