"""X.509 certificates for report-signing keys, and the organisation CA that may issue them.

PDF readers verify PAdES signatures against an X.509 certificate, and none of
them verifies Ed25519, so a report is signed with an ``ecdsa-p256`` key wrapped
in a certificate made here. The certificate carries no trust of its own for
Tijori: a verifier trusts it only because the trust policy lists the keyid of
its public key (SHA-256 of the SubjectPublicKeyInfo DER, as everywhere in
Tijori) in the ``report-signer`` role. The CA is for the PDF readers of people
who do not run Tijori (Acrobat, poppler's ``pdfsig``): they trust a
certificate path to a root they have imported.

A report-signer certificate is one of two kinds, both with a random 159-bit
serial, SHA-256 with ECDSA, critical KeyUsage with digitalSignature and
contentCommitment (nonRepudiation) only, critical BasicConstraints CA=false and
a SubjectKeyIdentifier:

- self-signed (`self_signed_certificate`): subject = issuer =
  ``CN=<name>, O=Tijori report signer``;
- issued by an organisation CA (`issued_certificate`): subject
  ``CN=<name>, O=<the CA's organisation>``, issuer = the CA's subject, an
  AuthorityKeyIdentifier equal to the CA's SubjectKeyIdentifier, and an
  ExtendedKeyUsage of emailProtection and id-kp-documentSigning (RFC 9336):
  NSS (``pdfsig``) checks a signer's certificate for emailProtection and calls
  one with documentSigning alone "unknown issue", while Acrobat accepts either.
  Its validity lies within the CA's.

The CA certificate (`ca_certificate`): self-signed P-256, subject = issuer =
``CN=<name>, O=<name>``; critical BasicConstraints CA=true, pathLen 0 (it
issues report signers only, never another CA); critical KeyUsage keyCertSign
and cRLSign only; a SubjectKeyIdentifier. A CA certificate is never a report
signer's (`check_report_certificate` refuses it).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, SignatureAlgorithmOID

from app.attest.keys import PrivateKey, PublicKey, Signer
from app.domain.errors import InvalidInput
from app.domain.messages import msg

ORGANIZATION = "Tijori report signer"
REPORT_KEY_ALGORITHM = "ecdsa-p256"
#: id-kp-documentSigning (RFC 9336).
DOCUMENT_SIGNING = x509.ObjectIdentifier("1.3.6.1.5.5.7.3.36")
REPORT_EXTENDED_USAGES = (ExtendedKeyUsageOID.EMAIL_PROTECTION, DOCUMENT_SIGNING)

_DER = serialization.Encoding.DER
_SPKI = serialization.PublicFormat.SubjectPublicKeyInfo
_PEM_BEGIN = b"-----BEGIN CERTIFICATE-----"
_MAX_CERTIFICATE_BYTES = 64 * 1024


def _utc(moment: datetime, what: str) -> datetime:
    if not isinstance(moment, datetime) or moment.tzinfo is None:
        raise InvalidInput(msg("{what} must be a date and time with a time zone", what=what), what)
    return moment.astimezone(UTC)


def _check_key(key: Signer, what: str) -> None:
    if not isinstance(key, Signer):
        raise InvalidInput(msg("a {what} needs a Tijori private key", what=what), "key")
    if key.algorithm != REPORT_KEY_ALGORITHM:
        raise InvalidInput(
            msg("a {what} needs an {REPORT_KEY_ALGORITHM} key, not {algorithm}: PDF readers do "
                "not verify {algorithm} signatures",
                what=what, REPORT_KEY_ALGORITHM=REPORT_KEY_ALGORITHM, algorithm=key.algorithm),
            "key",
        )


def _check_name(name: str, what: str) -> str:
    if not isinstance(name, str) or not name.strip():
        raise InvalidInput(msg("the certificate needs a {what} name", what=what), "name")
    if len(name.strip()) > 64:  # RFC 5280 ub-common-name and ub-organization-name
        raise InvalidInput(msg("the {what} name is longer than 64 characters", what=what), "name")
    return name.strip()


def _window(not_before: datetime, not_after: datetime) -> tuple[datetime, datetime]:
    start = _utc(not_before, "not_before")
    end = _utc(not_after, "not_after")
    if end <= start:
        raise InvalidInput("the certificate must end after it begins", "not_after")
    return start, end


def _name(common: str, organization: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
        ]
    )


def _key_usage(*, signer: bool) -> x509.KeyUsage:
    """A report signer's usages (digitalSignature, contentCommitment), or a CA's."""
    return x509.KeyUsage(
        digital_signature=signer,
        content_commitment=signer,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=not signer,
        crl_sign=not signer,
        encipher_only=False,
        decipher_only=False,
    )


def _builder(
    public: ec.EllipticCurvePublicKey, subject: x509.Name, issuer: x509.Name,
    start: datetime, end: datetime,
) -> x509.CertificateBuilder:
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
    )


def _signer_builder(
    key: Signer, name: str, issuer: x509.Name | None, organization: str,
    start: datetime, end: datetime,
) -> x509.CertificateBuilder:
    subject = _name(name, organization)
    return (
        _builder(key.public_key._key, subject, issuer or subject, start, end)
        .add_extension(_key_usage(signer=True), critical=True)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
    )


def _signed(builder: x509.CertificateBuilder, key: Signer) -> bytes:
    """The certificate `builder` describes, signed by `key` (ECDSA P-256 with SHA-256).

    cryptography signs only with its own key objects; a key inside a token signs the
    to-be-signed part itself, and the certificate is put back together around it (the
    signature algorithm, ecdsa-with-SHA256, is the same either way).
    """
    if isinstance(key, PrivateKey):
        # key._key: the cryptography key object, kept inside this package
        return builder.sign(key._key, hashes.SHA256()).public_bytes(_DER)
    from asn1crypto import x509 as asn1_x509

    draft = asn1_x509.Certificate.load(
        builder.sign(ec.generate_private_key(ec.SECP256R1()), hashes.SHA256()).public_bytes(_DER))
    tbs = draft["tbs_certificate"].dump()
    certificate = asn1_x509.Certificate({
        "tbs_certificate": asn1_x509.TbsCertificate.load(tbs),
        "signature_algorithm": draft["signature_algorithm"],
        "signature_value": key.sign(tbs)}).dump()
    if not key.public_key.verify(_load(certificate).signature, tbs):
        raise InvalidInput("the token's signature of the certificate does not verify", "key")
    return certificate


def self_signed_certificate(
    key: Signer, *, name: str, not_before: datetime, not_after: datetime
) -> bytes:
    """A self-signed report-signer certificate for `key`, as DER.

    Only ``ecdsa-p256`` keys: PDF readers do not verify Ed25519 signatures.
    """
    _check_key(key, "report-signing certificate")
    name = _check_name(name, "signer")
    start, end = _window(not_before, not_after)
    return _signed(_signer_builder(key, name, None, ORGANIZATION, start, end), key)


def ca_certificate(
    key: PrivateKey, *, name: str, not_before: datetime, not_after: datetime
) -> bytes:
    """The self-signed certificate of an organisation CA whose key is `key`, as DER."""
    _check_key(key, "CA certificate")
    name = _check_name(name, "CA")
    start, end = _window(not_before, not_after)
    public = key._key.public_key()
    subject = _name(name, name)
    builder = (
        _builder(public, subject, subject, start, end)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(signer=False), critical=True)
    )
    return builder.sign(key._key, hashes.SHA256()).public_bytes(_DER)


def issued_certificate(
    key: Signer,
    *,
    name: str,
    issuer: PrivateKey,
    issuer_certificate: bytes,
    not_before: datetime,
    not_after: datetime,
) -> bytes:
    """A report-signer certificate for `key`, issued by the CA `issuer`, as DER.

    `issuer_certificate` is the CA's certificate (DER); `issuer` must be its key.
    The validity is `not_before` to `not_after`, which must lie within the CA's.
    """
    _check_key(key, "report-signing certificate")
    _check_key(issuer, "CA")
    name = _check_name(name, "signer")
    start, end = _window(not_before, not_after)
    check_ca_certificate(issuer_certificate)
    ca = _load(issuer_certificate)
    if certificate_public_key(issuer_certificate).keyid != issuer.public_key.keyid:
        raise InvalidInput("the CA certificate is not the certificate of the CA key", "issuer")
    if not ca.not_valid_before_utc <= start or end > ca.not_valid_after_utc:
        raise InvalidInput(
            msg("the CA certificate is valid from {not_valid_before_utc:%Y-%m-%dT%H:%M:%SZ} to "
                "{not_valid_after_utc:%Y-%m-%dT%H:%M:%SZ}; a certificate it issues must lie "
                "within that",
                not_valid_before_utc=ca.not_valid_before_utc,
                not_valid_after_utc=ca.not_valid_after_utc),
            "not_after",
        )
    organizations = ca.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    organization = str(organizations[0].value) if organizations else ORGANIZATION
    ca_ski = ca.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    builder = (
        _signer_builder(key, name, ca.subject, organization, start, end)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage(list(REPORT_EXTENDED_USAGES)), critical=False)
    )
    return builder.sign(issuer._key, hashes.SHA256()).public_bytes(_DER)


def _load(der: bytes) -> x509.Certificate:
    if not isinstance(der, bytes | bytearray):
        raise InvalidInput("a certificate must be DER bytes")
    try:
        return x509.load_der_x509_certificate(bytes(der))
    except (ValueError, TypeError):
        raise InvalidInput("this is not a DER X.509 certificate") from None


def read_certificate(data: bytes, source: str = "the certificate file") -> bytes:
    """The DER of one certificate given as PEM or as DER (a CA file may be either)."""
    if not isinstance(data, bytes | bytearray) or len(data) > _MAX_CERTIFICATE_BYTES:
        raise InvalidInput(msg("{source} is not an X.509 certificate", source=source))
    data = bytes(data)
    try:
        if data.lstrip().startswith(_PEM_BEGIN):
            if data.count(_PEM_BEGIN) != 1:
                raise InvalidInput(msg("{source} holds more than one certificate; it needs one",
                                       source=source))
            certificate = x509.load_pem_x509_certificate(data)
        else:
            certificate = x509.load_der_x509_certificate(data)
    except (ValueError, TypeError):
        raise InvalidInput(msg("{source} is not an X.509 certificate (PEM or DER)",
                               source=source)) from None
    return certificate.public_bytes(_DER)


def certificate_pem(der: bytes) -> bytes:
    """The certificate as PEM text (``-----BEGIN CERTIFICATE-----``)."""
    return _load(der).public_bytes(serialization.Encoding.PEM)


def certificate_fingerprint(der: bytes) -> str:
    """SHA-256 of the whole DER certificate, as Acrobat and certutil show it: ``AB:01:…``."""
    _load(der)
    return ":".join(f"{byte:02X}" for byte in hashlib.sha256(bytes(der)).digest())


def certificate_public_key(der: bytes) -> PublicKey:
    """The certificate's public key as a Tijori `PublicKey` (so its keyid is the policy's)."""
    certificate = _load(der)
    try:
        public = certificate.public_key()
    except (ValueError, UnsupportedAlgorithm):
        raise InvalidInput("the certificate's public key cannot be read") from None
    if not isinstance(public, ec.EllipticCurvePublicKey):
        raise InvalidInput(
            msg("the certificate's key is not an elliptic-curve key; a report signer's must be "
                "{REPORT_KEY_ALGORITHM}", REPORT_KEY_ALGORITHM=REPORT_KEY_ALGORITHM)
        )
    if not isinstance(public.curve, ec.SECP256R1):
        raise InvalidInput(
            msg("the certificate's key is on curve {name}, not P-256 (secp256r1)",
                name=public.curve.name)
        )
    return PublicKey(REPORT_KEY_ALGORITHM, public.public_bytes(_DER, _SPKI))


def _extension(certificate: x509.Certificate, kind: type) -> x509.ExtensionType | None:
    try:
        return certificate.extensions.get_extension_for_class(kind).value
    except x509.ExtensionNotFound:
        return None
    except ValueError:
        raise InvalidInput("the certificate's extensions cannot be read") from None


def check_report_certificate(der: bytes) -> None:
    """InvalidInput unless the certificate is a report signer's.

    That is: a P-256 key, the non-repudiation usage, and not a CA (no CA=true,
    no certificate or CRL signing), whether it is self-signed or issued by a CA.
    """
    certificate = _load(der)
    certificate_public_key(der)
    usage = _extension(certificate, x509.KeyUsage)
    if usage is None:
        raise InvalidInput(
            "the certificate has no key usage extension; a report signer's needs "
            "non-repudiation (contentCommitment)"
        )
    basic = _extension(certificate, x509.BasicConstraints)
    if (basic is not None and basic.ca) or usage.key_cert_sign or usage.crl_sign:
        raise InvalidInput(
            "the certificate is a CA's (it may sign certificates); a CA never signs a "
            "report, only the report signer's own certificate does"
        )
    if not usage.content_commitment:
        raise InvalidInput(
            "the certificate's key usage lacks non-repudiation (contentCommitment), "
            "which a report signer's certificate needs"
        )


def check_ca_certificate(der: bytes) -> None:
    """InvalidInput unless the certificate is a Tijori organisation CA's.

    That is: a P-256 key; critical BasicConstraints CA=true; KeyUsage with
    keyCertSign; a SubjectKeyIdentifier; self-signed (its own key verifies it).
    """
    certificate = _load(der)
    certificate_public_key(der)
    basic = _extension(certificate, x509.BasicConstraints)
    usage = _extension(certificate, x509.KeyUsage)
    if basic is None or not basic.ca or usage is None or not usage.key_cert_sign:
        raise InvalidInput(
            "the certificate is not a CA certificate (it needs CA=true and the "
            "certificate-signing key usage)"
        )
    if _extension(certificate, x509.SubjectKeyIdentifier) is None:
        raise InvalidInput("the CA certificate has no subject key identifier")
    if certificate.issuer != certificate.subject or not _signed_by(certificate, certificate):
        raise InvalidInput("the CA certificate is not self-signed; Tijori's CA is a root")


def _signed_by(certificate: x509.Certificate, issuer: x509.Certificate) -> bool:
    """True when `issuer`'s P-256 key made `certificate`'s ECDSA-with-SHA-256 signature."""
    if certificate.signature_algorithm_oid != SignatureAlgorithmOID.ECDSA_WITH_SHA256:
        return False
    try:
        key = issuer.public_key()
        if not isinstance(key, ec.EllipticCurvePublicKey):
            return False
        key.verify(
            certificate.signature, certificate.tbs_certificate_bytes, ec.ECDSA(hashes.SHA256())
        )
    except (InvalidSignature, ValueError, UnsupportedAlgorithm):
        return False
    return True


def is_self_issued(der: bytes) -> bool:
    """True when the certificate's issuer is its own subject (a self-signed certificate)."""
    certificate = _load(der)
    return certificate.issuer == certificate.subject


def check_issued_by(der: bytes, issuer_der: bytes) -> None:
    """InvalidInput unless `issuer_der`, a CA certificate, issued the certificate `der`.

    The issuer's subject is the certificate's issuer, its SubjectKeyIdentifier
    is the certificate's AuthorityKeyIdentifier, its key verifies the
    certificate's signature, and the certificate's validity lies within its own.
    """
    check_ca_certificate(issuer_der)
    certificate, issuer = _load(der), _load(issuer_der)
    who = f"the CA {certificate_subject(issuer_der)}"
    if certificate.issuer != issuer.subject:
        raise InvalidInput(msg("the certificate was not issued by {who}: its issuer is another",
                               who=who))
    authority = _extension(certificate, x509.AuthorityKeyIdentifier)
    subject_key = _extension(issuer, x509.SubjectKeyIdentifier)
    if authority is None or subject_key is None or authority.key_identifier != subject_key.digest:
        raise InvalidInput(
            msg("the certificate's authority key identifier is not the key of {who}", who=who)
        )
    if not _signed_by(certificate, issuer):
        raise InvalidInput(msg("the certificate's signature does not verify with the key of "
                               "{who}", who=who))
    if (certificate.not_valid_before_utc < issuer.not_valid_before_utc
            or certificate.not_valid_after_utc > issuer.not_valid_after_utc):
        raise InvalidInput(msg("the certificate is valid beyond the validity of {who}", who=who))


def certificate_validity(der: bytes) -> tuple[datetime, datetime]:
    """The certificate's not-before and not-after times, in UTC."""
    certificate = _load(der)
    return certificate.not_valid_before_utc, certificate.not_valid_after_utc


def certificate_subject(der: bytes) -> str:
    """The certificate's subject in its own order: ``CN=<name>, O=<organisation>``."""
    return ", ".join(attribute.rfc4514_string() for attribute in _load(der).subject)


def certificate_issuer(der: bytes) -> str:
    """The certificate's issuer, in the same form as `certificate_subject`."""
    return ", ".join(attribute.rfc4514_string() for attribute in _load(der).issuer)
