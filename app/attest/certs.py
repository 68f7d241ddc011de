"""X.509 certificates for report-signing keys.

PDF readers verify PAdES signatures against an X.509 certificate, and none of
them verifies Ed25519, so a report is signed with an ``ecdsa-p256`` key wrapped
in a self-signed certificate made here. The certificate carries no trust of its
own: a verifier trusts it only because the trust policy lists the keyid of its
public key (SHA-256 of the SubjectPublicKeyInfo DER, as everywhere in Tijori) in
the ``report-signer`` role.

The certificate: subject = issuer = ``CN=<name>, O=Tijori report signer``; a
random 159-bit serial; SHA-256 with ECDSA; critical KeyUsage with
digitalSignature and contentCommitment (nonRepudiation) only; critical
BasicConstraints CA=false; a SubjectKeyIdentifier.
"""

from __future__ import annotations

from datetime import UTC, datetime

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.attest.keys import PrivateKey, PublicKey
from app.domain.errors import InvalidInput

ORGANIZATION = "Tijori report signer"
REPORT_KEY_ALGORITHM = "ecdsa-p256"

_DER = serialization.Encoding.DER
_SPKI = serialization.PublicFormat.SubjectPublicKeyInfo


def _utc(moment: datetime, what: str) -> datetime:
    if not isinstance(moment, datetime) or moment.tzinfo is None:
        raise InvalidInput(f"{what} must be a date and time with a time zone", what)
    return moment.astimezone(UTC)


def self_signed_certificate(
    key: PrivateKey, *, name: str, not_before: datetime, not_after: datetime
) -> bytes:
    """A self-signed report-signer certificate for `key`, as DER.

    Only ``ecdsa-p256`` keys: PDF readers do not verify Ed25519 signatures.
    """
    if not isinstance(key, PrivateKey):
        raise InvalidInput("a report certificate needs a Tijori private key", "key")
    if key.algorithm != REPORT_KEY_ALGORITHM:
        raise InvalidInput(
            f"a report-signing certificate needs an {REPORT_KEY_ALGORITHM} key, not "
            f"{key.algorithm}: PDF readers do not verify {key.algorithm} signatures",
            "key",
        )
    if not isinstance(name, str) or not name.strip():
        raise InvalidInput("the certificate needs a signer name", "name")
    if len(name) > 64:  # RFC 5280 ub-common-name
        raise InvalidInput("the signer name is longer than 64 characters", "name")
    start = _utc(not_before, "not_before")
    end = _utc(not_after, "not_after")
    if end <= start:
        raise InvalidInput("the certificate must end after it begins", "not_after")

    private = key._key  # the cryptography key object, kept inside this package
    public = private.public_key()
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name.strip()),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORGANIZATION),
        ]
    )
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
    )
    certificate = builder.sign(private, hashes.SHA256())
    return certificate.public_bytes(_DER)


def _load(der: bytes) -> x509.Certificate:
    if not isinstance(der, bytes | bytearray):
        raise InvalidInput("a certificate must be DER bytes")
    try:
        return x509.load_der_x509_certificate(bytes(der))
    except (ValueError, TypeError):
        raise InvalidInput("this is not a DER X.509 certificate") from None


def certificate_public_key(der: bytes) -> PublicKey:
    """The certificate's public key as a Tijori `PublicKey` (so its keyid is the policy's)."""
    certificate = _load(der)
    try:
        public = certificate.public_key()
    except (ValueError, UnsupportedAlgorithm):
        raise InvalidInput("the certificate's public key cannot be read") from None
    if not isinstance(public, ec.EllipticCurvePublicKey):
        raise InvalidInput(
            f"the certificate's key is not an elliptic-curve key; a report signer's must be "
            f"{REPORT_KEY_ALGORITHM}"
        )
    if not isinstance(public.curve, ec.SECP256R1):
        raise InvalidInput(
            f"the certificate's key is on curve {public.curve.name}, not P-256 (secp256r1)"
        )
    return PublicKey(REPORT_KEY_ALGORITHM, public.public_bytes(_DER, _SPKI))


def check_report_certificate(der: bytes) -> None:
    """InvalidInput unless the certificate has a P-256 key and the non-repudiation usage."""
    certificate = _load(der)
    certificate_public_key(der)
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        raise InvalidInput(
            "the certificate has no key usage extension; a report signer's needs "
            "non-repudiation (contentCommitment)"
        ) from None
    except ValueError:
        raise InvalidInput("the certificate's extensions cannot be read") from None
    if not usage.content_commitment:
        raise InvalidInput(
            "the certificate's key usage lacks non-repudiation (contentCommitment), "
            "which a report signer's certificate needs"
        )


def certificate_validity(der: bytes) -> tuple[datetime, datetime]:
    """The certificate's not-before and not-after times, in UTC."""
    certificate = _load(der)
    return certificate.not_valid_before_utc, certificate.not_valid_after_utc


def certificate_subject(der: bytes) -> str:
    """The certificate's subject in its own order: ``CN=<name>, O=Tijori report signer``."""
    return ", ".join(attribute.rfc4514_string() for attribute in _load(der).subject)
