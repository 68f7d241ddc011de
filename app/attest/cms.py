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
signed attributes as a SET OF. The signed attributes hold exactly one RFC 5035
signing-certificate-v2 attribute (and no signing-certificate of version 1),
whose first ESSCertIDv2 names the signer's certificate as carried in the
SignedData: its hash (SHA-256 by default) over the whole certificate, and its
issuer and serial number. Only that attribute binds the certificate to the
signature; without it, anyone could rewrite the certificate (its subject, say)
with no key. RFC 6211's algorithm-protection attribute, if present, must name
the algorithms used. Anything else that is odd is a `CmsError` (a `ValueError`)
naming what.

Attributes are found by their dotted OID and parsed here, with the spec this
module names, never through asn1crypto's registry of attribute names: other
imports add to that registry (`pyhanko.sign` registers the signing-certificate
names), and the verdict must not depend on what else the process has loaded.
An attribute Tijori checks that cannot be parsed fails the check.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from asn1crypto import cms, core, tsp, x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509 import load_der_x509_certificate

from app.domain.messages import msg

_HASHES = {"sha256": hashes.SHA256, "sha384": hashes.SHA384, "sha512": hashes.SHA512}
_ECDSA = {"ecdsa", "sha256_ecdsa", "sha384_ecdsa", "sha512_ecdsa"}

# Signed attributes, by OID (RFC 5652 §11, RFC 5035 §5.4, RFC 6211 §2).
OID_CONTENT_TYPE = "1.2.840.113549.1.9.3"
OID_MESSAGE_DIGEST = "1.2.840.113549.1.9.4"
OID_SIGNING_TIME = "1.2.840.113549.1.9.5"
OID_SIGNING_CERTIFICATE = "1.2.840.113549.1.9.16.2.12"
OID_SIGNING_CERTIFICATE_V2 = "1.2.840.113549.1.9.16.2.47"
OID_ALGORITHM_PROTECTION = "1.2.840.113549.1.9.52"
OID_DATA = "1.2.840.113549.1.7.1"

_ATTRIBUTE_NAMES = {
    OID_CONTENT_TYPE: "content-type",
    OID_MESSAGE_DIGEST: "message-digest",
    OID_SIGNING_TIME: "signing-time",
    OID_SIGNING_CERTIFICATE: "ESS signing-certificate",
    OID_SIGNING_CERTIFICATE_V2: "ESS signing-certificate-v2",
    OID_ALGORITHM_PROTECTION: "CMS algorithm-protection",
}


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
        raise CmsError(msg("the signature uses the digest {algorithm}, which Tijori does not "
                           "use", algorithm=algorithm))
    digest = hashlib.new(algorithm)
    for piece in pieces:
        digest.update(piece)
    return digest.digest()


class _AttributeValues(core.SetOf):
    _child_spec = core.Any


class _Attribute(core.Sequence):
    """An Attribute (RFC 5652 §5.3) whose values are left unparsed, whatever its type."""

    _fields: ClassVar[list[tuple[str, type]]] = [
        ("type", core.ObjectIdentifier),
        ("values", _AttributeValues),
    ]


class _Attributes(core.SetOf):
    _child_spec = _Attribute


def _attribute(attributes: _Attributes, oid: str, spec: type[core.Asn1Value]) -> Any | None:
    """The one value of the attribute `oid`, parsed as `spec`; None when absent.

    More than one such attribute, other than one value, or a value that does not
    parse as `spec` is a CmsError naming the attribute.
    """
    label = f"{_ATTRIBUTE_NAMES.get(oid, 'attribute')} ({oid})"
    found = [a for a in attributes if a["type"].dotted == oid]
    if not found:
        return None
    if len(found) > 1:
        raise CmsError(msg("the signed attributes hold the {label} attribute {count} times",
                           label=label, count=len(found)))
    values = found[0]["values"]
    if len(values) != 1:
        raise CmsError(msg("the {label} attribute has {count} values, not one",
                           label=label, count=len(values)))
    try:
        value = spec.load(values[0].dump(), strict=True)
        value.native  # parse all of it now, so that damage is found here  # noqa: B018
    except Exception as exc:
        raise CmsError(msg("the {label} attribute cannot be read ({exc})",
                           label=label, exc=exc)) from None
    return value


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


def _check_signing_certificate(attributes: _Attributes, cert: x509.Certificate) -> None:
    """Exactly one signing-certificate-v2 attribute, naming `cert` by hash, issuer and serial."""
    label = f"ESS signing-certificate-v2 ({OID_SIGNING_CERTIFICATE_V2})"
    if any(a["type"].dotted == OID_SIGNING_CERTIFICATE for a in attributes):
        raise CmsError(
            msg("the signed attributes hold an ESS signing-certificate "
                "({OID_SIGNING_CERTIFICATE}) attribute, which names the certificate by SHA-1; a "
                "report has only signing-certificate-v2",
                OID_SIGNING_CERTIFICATE=OID_SIGNING_CERTIFICATE)
        )
    value = _attribute(attributes, OID_SIGNING_CERTIFICATE_V2, tsp.SigningCertificateV2)
    if value is None:
        raise CmsError(
            msg("the signed attributes hold no {label} attribute, so nothing signed names the "
                "signer's certificate", label=label)
        )
    if len(value["certs"]) == 0:
        raise CmsError(msg("the {label} attribute names no certificate", label=label))
    cert_id = value["certs"][0]  # RFC 5035 §5.4: the first one is the signer's
    algorithm = cert_id["hash_algorithm"]["algorithm"].native
    if algorithm not in _HASHES:
        raise CmsError(msg("the {label} attribute hashes the certificate with {algorithm}",
                           label=label, algorithm=algorithm))
    if hashlib.new(algorithm, cert.dump()).digest() != cert_id["cert_hash"].native:
        raise CmsError(
            msg("the {label} attribute names another certificate than the one in the signature "
                "(its hash differs: the certificate was changed after signing)", label=label)
        )
    issuer_serial = cert_id["issuer_serial"]
    if not issuer_serial:
        raise CmsError(msg("the {label} attribute does not name the certificate's issuer and "
                           "serial", label=label))
    names = list(issuer_serial["issuer"])
    if (
        len(names) != 1
        or names[0].name != "directory_name"
        or names[0].chosen != cert.issuer
        or issuer_serial["serial_number"].native != cert.serial_number
    ):
        raise CmsError(
            msg("the {label} attribute names another issuer and serial number than the signer's "
                "certificate", label=label)
        )


def _check_algorithm_protection(attributes: _Attributes, info: cms.SignerInfo) -> None:
    protection = _attribute(attributes, OID_ALGORITHM_PROTECTION, cms.CMSAlgorithmProtection)
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
            raise CmsError(msg("the signature is CMS {native}, not signed data",
                               native=info['content_type'].native))
        signed_data = info["content"]
        if signed_data["encap_content_info"]["content_type"].native != "data":
            raise CmsError("the signature is not over plain data")
        if signed_data["encap_content_info"]["content"].native is not None:
            raise CmsError("the signature carries its content; a PDF signature is detached")
        signers = list(signed_data["signer_infos"])
        if len(signers) != 1:
            raise CmsError(msg("the signature has {count} signers, not one", count=len(signers)))
        signer = signers[0]
        tagged = signer["signed_attrs"]
        if not tagged:
            raise CmsError("the signature has no signed attributes")
        signed_attributes = tagged.untag().dump()
        attributes = _Attributes.load(signed_attributes, strict=True)
        content_type = _attribute(attributes, OID_CONTENT_TYPE, core.ObjectIdentifier)
        if content_type is None or content_type.dotted != OID_DATA:
            raise CmsError("the signed content type is missing or not data")
        message_digest = _attribute(attributes, OID_MESSAGE_DIGEST, core.OctetString)
        if message_digest is None:
            raise CmsError("the signed attributes hold no message digest")
        cert = _signer_certificate(signed_data, signer["sid"])
        cert_der = cert.dump()
        _check_signing_certificate(attributes, cert)
        _check_algorithm_protection(attributes, signer)
        signing_time = _attribute(attributes, OID_SIGNING_TIME, cms.Time)
        return DetachedSignature(
            certificate=cert_der,
            digest_algorithm=signer["digest_algorithm"]["algorithm"].native,
            mechanism=signer["signature_algorithm"]["algorithm"].native,
            message_digest=message_digest.native,
            signed_attributes=signed_attributes,
            signature=signer["signature"].native,
            signing_time=signing_time.native if signing_time is not None else None,
        )
    except CmsError:
        raise
    except Exception as exc:  # asn1crypto raises many kinds on damaged DER
        raise CmsError(msg("the signature is not valid CMS ({exc})", exc=exc)) from None
