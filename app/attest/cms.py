"""A detached CMS signature (RFC 5652) as a PAdES report carries it, read and checked.

The report verifier needs only this: one SignedData with one SignerInfo over
signed attributes, the signer's certificate inside, and an ECDSA signature.
pyHanko can check it too, but loading its validation stack costs more than the
whole of the rest of `tijori verify` (about 0.15 s of a 1 s budget), so the few
steps are done here with asn1crypto and cryptography, the libraries pyHanko
itself uses for them. `tests/test_cms.py` checks the verdicts against
pyHanko's on the same signatures, good and bad.

What is checked, and what each failure means, follows RFC 5652 §5.4 and §11:
the content-type attribute says ``data``; the message-digest attribute is the
one to compare with the content's digest; the signature is over the DER of the
signed attributes as a SET OF. RFC 5035's signing-certificate(-v2) attribute, if
present, must name the certificate used, and RFC 6211's algorithm-protection
attribute, if present, must name the algorithms used. Anything else that is
odd is a `CmsError` (a `ValueError`) naming what.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from asn1crypto import cms
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509 import load_der_x509_certificate

_HASHES = {"sha256": hashes.SHA256, "sha384": hashes.SHA384, "sha512": hashes.SHA512}
_ECDSA = {"ecdsa", "sha256_ecdsa", "sha384_ecdsa", "sha512_ecdsa"}


class CmsError(ValueError):
    """The signature is not the detached, single-signer CMS a report carries."""


@dataclass(frozen=True)
class DetachedSignature:
    """What a detached SignedData says, before anything is trusted."""

    certificate: bytes  # the signer's certificate, DER, as embedded
    digest_algorithm: str  # e.g. "sha256"
    mechanism: str  # e.g. "sha256_ecdsa"
    message_digest: bytes  # the content digest the signer signed
    signed_attributes: bytes  # DER (SET OF) the signature value is over
    signature: bytes
    signing_time: datetime | None  # the signing-time attribute, when there is one

    def digest_matches(self, content_digest: bytes) -> bool:
        return self.message_digest == content_digest

    def signature_verifies(self) -> bool:
        """True if the ECDSA signature over the signed attributes verifies with the
        certificate's key. Other mechanisms are never accepted."""
        hash_type = _HASHES.get(self.digest_algorithm)
        if hash_type is None or self.mechanism not in _ECDSA:
            return False
        if self.mechanism != "ecdsa" and not self.mechanism.startswith(self.digest_algorithm):
            return False
        try:
            key = load_der_x509_certificate(self.certificate).public_key()
        except ValueError:
            return False
        if not isinstance(key, ec.EllipticCurvePublicKey):
            return False
        try:
            key.verify(self.signature, self.signed_attributes, ec.ECDSA(hash_type()))
        except InvalidSignature:
            return False
        return True


def content_digest(algorithm: str, pieces: list[bytes] | tuple[bytes, ...]) -> bytes:
    """The digest of the signed content given in pieces (a PDF's byte ranges)."""
    if algorithm not in _HASHES:
        raise CmsError(f"the signature uses the digest {algorithm}, which Tijori does not use")
    digest = hashlib.new(algorithm)
    for piece in pieces:
        digest.update(piece)
    return digest.digest()


def _attribute(attributes: cms.CMSAttributes, name: str) -> Any | None:
    """The one value of the attribute `name`, None when absent."""
    found = [a["values"] for a in attributes if a["type"].native == name]
    if not found:
        return None
    if len(found) > 1 or len(found[0]) != 1:
        raise CmsError(f"the signed attributes hold {name} more than once")
    return found[0][0]


def _signer_certificate(signed_data: cms.SignedData, sid: cms.SignerIdentifier) -> Any:
    matches: dict[bytes, Any] = {}  # by DER: a signer may embed its certificate twice
    for choice in signed_data["certificates"] or []:
        if choice.name != "certificate":
            continue
        cert = choice.chosen
        if sid.name == "issuer_and_serial_number":
            wanted = sid.chosen
            if (
                cert.issuer == wanted["issuer"]
                and cert.serial_number == wanted["serial_number"].native
            ):
                matches[cert.dump()] = cert
        elif sid.name == "subject_key_identifier" and cert.key_identifier == sid.chosen.native:
            matches[cert.dump()] = cert
    if len(matches) != 1:
        raise CmsError(
            "the signer's certificate is not in the signature"
            if not matches
            else "the signature holds more than one certificate for its signer"
        )
    return next(iter(matches.values()))


def _check_signing_certificate(attributes: cms.CMSAttributes, cert_der: bytes) -> None:
    for name, default in (("signing_certificate_v2", "sha256"), ("signing_certificate", "sha1")):
        value = _attribute(attributes, name)
        if value is None:
            continue
        cert_id = value["certs"][0]
        algorithm = default
        if name == "signing_certificate_v2":
            algorithm = cert_id["hash_algorithm"]["algorithm"].native
        if hashlib.new(algorithm, cert_der).digest() != cert_id["cert_hash"].native:
            raise CmsError(f"the {name} attribute names another certificate than the signer's")


def _check_algorithm_protection(attributes: cms.CMSAttributes, info: cms.SignerInfo) -> None:
    protection = _attribute(attributes, "cms_algorithm_protection")
    if protection is None:
        return
    if protection["digest_algorithm"].native != info["digest_algorithm"].native:
        raise CmsError("the digest algorithm is not the one the signed attributes protect")
    if protection["signature_algorithm"].native != info["signature_algorithm"].native:
        raise CmsError("the signature algorithm is not the one the signed attributes protect")


def read_detached(der: bytes) -> DetachedSignature:
    """Parse a detached SignedData with one signer; ValueError names what is wrong."""
    try:
        info = cms.ContentInfo.load(der, strict=True)
        if info["content_type"].native != "signed_data":
            raise CmsError(f"the signature is CMS {info['content_type'].native}, not signed data")
        signed_data = info["content"]
        if signed_data["encap_content_info"]["content_type"].native != "data":
            raise CmsError("the signature is not over plain data")
        if signed_data["encap_content_info"]["content"].native is not None:
            raise CmsError("the signature carries its content; a PDF signature is detached")
        signers = list(signed_data["signer_infos"])
        if len(signers) != 1:
            raise CmsError(f"the signature has {len(signers)} signers, not one")
        signer = signers[0]
        tagged = signer["signed_attrs"]
        if not tagged:
            raise CmsError("the signature has no signed attributes")
        attributes = tagged.untag()
        content_type = _attribute(attributes, "content_type")
        if content_type is None or content_type.native != "data":
            raise CmsError("the signed content type is missing or not data")
        message_digest = _attribute(attributes, "message_digest")
        if message_digest is None:
            raise CmsError("the signed attributes hold no message digest")
        cert = _signer_certificate(signed_data, signer["sid"])
        cert_der = cert.dump()
        _check_signing_certificate(attributes, cert_der)
        _check_algorithm_protection(attributes, signer)
        signing_time = _attribute(attributes, "signing_time")
        return DetachedSignature(
            certificate=cert_der,
            digest_algorithm=signer["digest_algorithm"]["algorithm"].native,
            mechanism=signer["signature_algorithm"]["algorithm"].native,
            message_digest=message_digest.native,
            signed_attributes=attributes.dump(),
            signature=signer["signature"].native,
            signing_time=signing_time.native if signing_time is not None else None,
        )
    except CmsError:
        raise
    except Exception as exc:  # asn1crypto raises many kinds on damaged DER
        raise CmsError(f"the signature is not valid CMS ({exc})") from None
