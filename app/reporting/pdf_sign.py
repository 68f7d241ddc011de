"""A report PDF that proves itself: embedded files plus one PAdES signature.

Signing (`sign_pdf`) takes the report PDF as drawn, adds every attachment as an
embedded file (the document's ``/Names /EmbeddedFiles`` name tree, each with
its MIME type, size, description and date) and signs, in ONE incremental
update, so the signature covers the attachments. The signature is PAdES
baseline B-B: ``/SubFilter /ETSI.CAdES.detached``, SHA-256, ECDSA P-256
(deterministic, RFC 6979), with the signer's certificate (`app.attest.certs`)
inside the CMS: self-signed, or issued by an organisation CA, whose certificate
then travels in the CMS too, so that a reader who trusts the CA finds the path.
It is a certification signature with DocMDP "no changes allowed", so PDF
readers too flag any later change. The signed byte range is the whole file
except the hex string holding the signature value.

`app.reporting.pdf_verify` checks such a file (`verify_signed_pdf`); it does
not import this module, so verifying never loads pyHanko's signing code.

By hand, with standard tools (poppler, openssl; pyhanko-cli optional):

- ``pdfsig report.pdf``: "Signature is Valid", "Total document signed";
  ``pdfsig -dump report.pdf`` writes the CMS to ``report.pdf.sig0``.
- the keyid to compare with the policy: ``openssl pkcs7 -inform DER -in
  report.pdf.sig0 -print_certs -out signer.pem``, then ``openssl x509 -in
  signer.pem -pubkey -noout | openssl pkey -pubin -outform DER | sha256sum``.
- ``pyhanko sign validate --trust signer.pem --trust-replace --validation-time
  claimed --pretty-print report.pdf`` (summary ``INTACT:TRUSTED,UNTOUCHED``);
  for a CA-issued signer, ``--trust CA.key.crt`` instead of ``signer.pem``.
- a CA-issued signer with the CA in an NSS database (``certutil -A -t ",C,"``):
  ``pdfsig -nssdir sql:DIR report.pdf`` says "Certificate is Trusted".
- ``pdfdetach -list report.pdf``; ``pdfdetach -savefile leaves.jsonl report.pdf``
  or ``pdfdetach -saveall report.pdf``; or
  ``qpdf --list-attachments report.pdf``, ``qpdf --show-attachment=leaves.jsonl report.pdf``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from io import BytesIO
from typing import Any

from asn1crypto import algos as asn1_algos
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils import embed
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko_certvalidator.registry import SimpleCertificateStore

from app.attest.certs import (
    certificate_issuer,
    certificate_public_key,
    certificate_validity,
    check_issued_by,
    check_report_certificate,
    is_self_issued,
)
from app.attest.keys import Signer
from app.domain.errors import InvalidInput
from app.domain.messages import msg
from app.reporting.pdf_verify import verify_signed_pdf, why

FIELD_NAME = "TijoriReportSignature"
DEFAULT_REASON = "Tijori proof-of-reserve report"

_MIME_TYPES = {
    ".json": "application/json",
    ".jsonl": "application/jsonl",
    ".csv": "text/csv",
    ".txt": "text/plain",
    ".pem": "application/x-pem-file",
    ".cer": "application/pkix-cert",
    ".der": "application/pkix-cert",
}
_DESCRIPTIONS = {
    "attestation.json": "Signed attestation envelope (DSSE, canonical JSON)",
    "policy.json": "Trust policy the attestation was signed under (DSSE envelope)",
    "leaves.jsonl": "Merkle tree leaves, one canonical-JSON record per line",
    "schedule.csv": "Schedule of holdings",
}
_MEMBER_FILE = re.compile(r"member-([1-9][0-9]*)(-policy)?\.json")
_NAME_CHAR = re.compile(r"[A-Za-z0-9 ._+=,;@~#%&'()\[\]{}!$^-]+")


def check_attachment_name(name: Any) -> str:
    """An attachment name: printable ASCII path segments split by ``/``.

    No segment may be empty, ``.`` or ``..``.
    Characters that file systems refuse (``\\ : * ? " < > |``) are not allowed,
    so that ``pdfdetach -saveall`` can write every attachment out.
    """
    if not isinstance(name, str) or not name:
        raise InvalidInput("an attachment needs a name", "attachments")
    if len(name) > 200:
        raise InvalidInput(msg("attachment name {name!r}... is too long",
                               name=name[:40]), "attachments")
    for segment in name.split("/"):
        if segment in ("", ".", "..") or not _NAME_CHAR.fullmatch(segment):
            raise InvalidInput(
                msg("attachment name {name!r} is not a plain relative path of letters, digits "
                    "and punctuation", name=name),
                "attachments",
            )
        if segment != segment.strip():
            raise InvalidInput(msg("attachment name {name!r} has spaces around a part",
                                   name=name), "attachments")
    return name


def mime_type_of(name: str) -> str:
    """The MIME type recorded for an attachment, from its extension."""
    base = name.rsplit("/", 1)[-1]
    dot = base.rfind(".")
    if dot <= 0:
        return "application/octet-stream"
    return _MIME_TYPES.get(base[dot:].lower(), "application/octet-stream")


def description_of(name: str) -> str:
    if name in _DESCRIPTIONS:
        return _DESCRIPTIONS[name]
    if name.startswith("proof-") and name.endswith(".json"):
        return f"Merkle inclusion proof for holding {name[len('proof-') : -len('.json')]}"
    member = _MEMBER_FILE.fullmatch(name)
    if member is not None:  # a programme's report (app.services.programme_report)
        return (f"Trust policy member {member[1]}'s attestation was made under (DSSE envelope)"
                if member[2] else f"Signed attestation of member {member[1]} (DSSE envelope)")
    return f"Tijori report attachment {name}"


# ---------------------------------------------------------------------------
# signing


class _TijoriSigner(signers.Signer):
    """A pyhanko signer whose signatures come from our `PrivateKey` (ECDSA P-256, RFC 6979).

    Used instead of pyhanko's SimpleSigner, which would need the key exported as
    PKCS#8 and signs with random nonces.

    The private key never leaves the `PrivateKey` object; pyhanko only hands us
    the DER signed attributes to sign. The `chain` (the issuing CA's certificate)
    goes into the CMS beside the signer's; with ``embed_roots`` a self-signed root
    is carried too.
    """

    def __init__(
        self, key: Signer, certificate: asn1_x509.Certificate,
        chain: Sequence[asn1_x509.Certificate] = (),
    ) -> None:
        super().__init__(
            signing_cert=certificate,
            # pyHanko adds the signing certificate itself: in the registry too, it
            # would be carried twice.
            cert_registry=SimpleCertificateStore.from_certs(list(chain)),
            signature_mechanism=asn1_algos.SignedDigestAlgorithm({"algorithm": "sha256_ecdsa"}),
            embed_roots=True,
        )
        self._tijori_key = key

    async def async_sign_raw(self, data: bytes, digest_algorithm: str, dry_run: bool = False):
        if digest_algorithm.lower() != "sha256":  # pragma: no cover - we ask for SHA-256
            raise InvalidInput(msg("report signatures use SHA-256, not {digest_algorithm}",
                                   digest_algorithm=digest_algorithm))
        # A dry run only sizes the placeholder; a real signature is the right size.
        return self._tijori_key.sign(data)


class _PdfSigner(signers.PdfSigner):
    """`PdfSigner` with a signing time chosen by the caller (pyhanko takes the clock's)."""

    def __init__(
        self, meta: signers.PdfSignatureMetadata, signer: signers.Signer, signing_time: datetime
    ) -> None:
        super().__init__(meta, signer)
        self._signing_time = signing_time

    def init_signing_session(self, pdf_out, existing_fields_only=False):
        session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
        session.system_time = self._signing_time
        return session


def _as_bytes(data: Any, what: str) -> bytes:
    if isinstance(data, bytes | bytearray | memoryview):
        return bytes(data)
    raise InvalidInput(msg("{what} must be bytes", what=what))


def _check_chain(certificate: bytes, chain: Sequence[bytes]) -> list[bytes]:
    """The issuer certificates to carry: none for a self-signed certificate, else its CA's.

    A CA-issued certificate without its CA would leave a PDF reader no path to the
    root it trusts, so it is refused here rather than found out by the reader.
    """
    if isinstance(chain, bytes | bytearray | str) or not isinstance(chain, Sequence):
        raise InvalidInput("the certificate chain must be a list of certificates", "chain")
    issuers = [_as_bytes(der, "a chain certificate") for der in chain]
    if is_self_issued(certificate):
        if issuers:
            raise InvalidInput("the signer's certificate is self-signed; it has no chain", "chain")
        return []
    if len(issuers) != 1:
        raise InvalidInput(
            msg("the signer's certificate was issued by {certificate_issuer}; the signature "
                "needs exactly that CA's certificate beside it",
                certificate_issuer=certificate_issuer(certificate)),
            "chain",
        )
    check_issued_by(certificate, issuers[0])
    return issuers


def sign_pdf(
    pdf: bytes,
    *,
    attachments: Mapping[str, bytes],
    key: Signer,
    certificate: bytes,
    signer_name: str,
    reason: str = DEFAULT_REASON,
    signing_time: datetime | None = None,
    chain: Sequence[bytes] = (),
) -> bytes:
    """Embed `attachments` in `pdf` and sign the whole, in one incremental update.

    `key` must be the ``ecdsa-p256`` key of `certificate` (DER, see
    `app.attest.certs.self_signed_certificate`), and `signing_time` (default:
    now, UTC, whole seconds) must lie within the certificate's validity. A
    certificate issued by a CA needs that CA's certificate (DER) as `chain`; it
    is carried in the signature, and lends Tijori's own verifier no trust. The
    result is checked with `verify_signed_pdf` before it is returned.
    """
    pdf = _as_bytes(pdf, "the report PDF")
    certificate = _as_bytes(certificate, "the certificate")
    if not isinstance(key, Signer):
        raise InvalidInput("the report must be signed with a Tijori private key", "key")
    if not isinstance(attachments, Mapping) or not attachments:
        raise InvalidInput("a signed report needs at least one attachment", "attachments")
    files = {
        check_attachment_name(n): _as_bytes(d, f"attachment {n}") for n, d in attachments.items()
    }
    if not isinstance(signer_name, str) or not signer_name.strip():
        raise InvalidInput("the signature needs a signer name", "signer_name")
    if not isinstance(reason, str):
        raise InvalidInput("the signing reason must be text", "reason")

    check_report_certificate(certificate)
    issuers = _check_chain(certificate, chain)
    cert_key = certificate_public_key(certificate)
    if cert_key.keyid != key.public_key.keyid:
        raise InvalidInput(
            msg("the certificate is for key {keyid}…, not the signing key {keyid2}…",
                keyid=cert_key.keyid[:16], keyid2=key.public_key.keyid[:16]),
            "certificate",
        )
    if signing_time is None:
        signing_time = datetime.now(UTC)
    elif not isinstance(signing_time, datetime) or signing_time.tzinfo is None:
        raise InvalidInput("the signing time needs a time zone", "signing_time")
    signing_time = signing_time.astimezone(UTC).replace(microsecond=0)
    not_before, not_after = certificate_validity(certificate)
    if not not_before <= signing_time <= not_after:
        raise InvalidInput(
            msg("the signing time {signing_time:%Y-%m-%dT%H:%M:%SZ} is outside the "
                "certificate's validity ({not_before:%Y-%m-%dT%H:%M:%SZ} to "
                "{not_after:%Y-%m-%dT%H:%M:%SZ})",
                signing_time=signing_time, not_before=not_before, not_after=not_after),
            "signing_time",
        )

    try:
        writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=True)
        prev = writer.prev
        if prev.encrypted:
            raise InvalidInput("the report PDF is encrypted; sign an unencrypted one")
        if prev.embedded_signatures:
            raise InvalidInput("the report PDF is already signed")
        names = prev.root.get("/Names")
        if names is not None and "/EmbeddedFiles" in names.get_object():
            raise InvalidInput("the report PDF already has embedded files")
    except InvalidInput:
        raise
    except Exception as exc:
        raise InvalidInput(msg("the report PDF cannot be read: {why}", why=why(exc))) from None

    # The name tree must be sorted by name; embed_file appends, so embed in order.
    params = embed.EmbeddedFileParams(
        embed_size=True,
        embed_checksum=True,
        creation_date=signing_time,
        modification_date=signing_time,
    )
    for name in sorted(files):
        stream = embed.EmbeddedFileObject.from_file_data(
            writer, data=files[name], compress=True, params=params, mime_type=mime_type_of(name)
        )
        spec = embed.FileSpec(
            file_spec_string=name,
            file_name=name,
            embedded_data=stream,
            description=description_of(name),
        )
        embed.embed_file(writer, spec)

    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None,
        name=signer_name.strip(),
        certify=True,
        docmdp_permissions=fields.MDPPerm.NO_CHANGES,
        embed_validation_info=False,
        use_pades_lta=False,
    )
    signer = _TijoriSigner(
        key, asn1_x509.Certificate.load(certificate),
        [asn1_x509.Certificate.load(der) for der in issuers],
    )
    output = _PdfSigner(meta, signer, signing_time).sign_pdf(writer)
    signed = output.getvalue()

    verdict, extracted = verify_signed_pdf(
        signed, trusted_keyids={key.public_key.keyid}, source="report just signed"
    )
    if not verdict.ok or extracted != files:  # pragma: no cover - a bug, not a user error
        problems = "; ".join(f"{c.name}: {c.reason}" for c in verdict.failures)
        raise RuntimeError(f"the report just signed does not verify: {problems or 'attachments'}")
    return signed
